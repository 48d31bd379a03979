"""The whole job on fixture inputs: counts add up, rejects kept, Parquet typed, DuckDB reads it."""

import datetime as dt
import json

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coder.pipeline import Config
from coder.runner import run_code
from coder.schema import table, to_arrow

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    cfg = Config(dictionaries=FIXTURES / "dictionaries" / "mini")
    inputs = [FIXTURES / "articles" / n for n in ("mixed.jsonl", "bad_utf8.txt", "front_matter.txt")]
    return run_code(inputs, out, cfg, default_date=None), out


def test_counts_add_up_and_nothing_is_lost(run):
    s, out = run
    # mixed.jsonl: ok1, broken line, empty, ok2; bad_utf8.txt; front_matter.txt
    assert s.articles_read == 6
    assert s.articles_read == s.articles_coded + s.articles_no_events + s.articles_rejected
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert sorted(r["reason_code"] for r in rejects) == ["E001", "E002", "E003"]
    assert all(r["origin"] and r["message"] for r in rejects)


def test_events_parquet_has_the_declared_schema(run):
    _, out = run
    files = sorted((out / "events").rglob("*.parquet"))
    assert files and all("event_year=" in str(f.parent.name) for f in files)
    got = pq.read_schema(files[0])
    want = table("events").arrow()
    for f in want:
        if f.name != "event_year":  # the partition key lives in the path
            assert got.field(f.name).type == f.type, f.name
    assert pq.ParquetFile(files[0]).metadata.row_group(0).column(0).compression == "ZSTD"


def test_duckdb_reads_the_dataset_as_is(run):
    _, out = run
    rows = duckdb.sql(f"select article_id, cameo_code, event_date, event_year from read_parquet('{out}/events/**/*.parquet', hive_partitioning=true) order by article_id").fetchall()
    assert ("ok1", "190", dt.date(2024, 4, 15), 2024) in rows
    assert json.loads((out / "manifest.json").read_text())["events"] == len(rows)
    assert (out / "validation" / "events.json").exists()


def test_failing_rows_go_to_rejects_with_the_expectation():
    from coder.validate import validate

    good = {c.name: None for c in table("events").columns}
    good.update(event_id="0" * 16, article_id="a", sentence_index=0, event_date=dt.date(2024, 1, 1), date_precision="day", article_date=dt.date(2024, 1, 2),
                cameo_code="190", cameo_root="19", quad_class=4, goldstein=-10.0, verb_text="x", verb_entry="x", verb_pattern="x", rule="active",
                negated=False, mode="actual", match_method="exact", match_score=100.0, sentence_text="x", dictionary_version="x", coder_version="x", event_year=2024, time_precision=1)
    bad_code = {**good, "event_id": "1" * 16, "cameo_code": "999"}
    future = {**good, "event_id": "2" * 16, "event_date": dt.date(2024, 2, 1)}
    outcome = validate(to_arrow([good, bad_code, future], "events"))
    assert outcome.valid.num_rows == 1 and not outcome.success
    why = {r["event_id"]: reasons for r, reasons in outcome.rejected}
    assert any("expect_column_values_to_be_in_set(cameo_code)" in w for w in why["1" * 16])
    assert any("a_to_be_greater_than_b" in w for w in why["2" * 16])


def test_arrow_types_are_r_friendly():
    schema = table("events").arrow()
    for f in schema:
        assert not pa.types.is_unsigned_integer(f.type) and f.type != pa.int64(), f.name


def test_process_pool_gives_the_same_events(tmp_path):
    import json as _json

    p = tmp_path / "a.jsonl"
    texts = ["Iraqi troops attacked Syria on Monday.", "Iran and Turkey condemned Israel.", "Israeli troops were attacked by Hamas.", "Nothing happened."]
    p.write_text("".join(_json.dumps({"id": f"a{i}", "text": texts[i % 4], "published": "2024-04-21"}) + "\n" for i in range(450)))
    cfg = Config(dictionaries=FIXTURES / "dictionaries" / "mini", locations=False)
    one = run_code([p], tmp_path / "one", cfg)
    two = run_code([p], tmp_path / "two", cfg, workers=2)
    ids = [sorted(pq.read_table(d / "events").column("event_id").to_pylist()) for d in (tmp_path / "one", tmp_path / "two")]
    assert ids[0] == ids[1] and one.events == two.events > 300
