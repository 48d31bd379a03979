"""Invariants checked on generated input (hypothesis)."""

import datetime as dt

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coder.dates import find_dates
from coder.model import Article
from coder.pipeline import Config, code_articles
from coder.schema import table, to_arrow

from .conftest import FIXTURES

NEWSY = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:'\"-()0123456789\n\u2019\u00e9")), max_size=400)
WORDS = st.lists(st.sampled_from(["Iraq", "Iraqi", "troops", "attacked", "were", "by", "Hamas", "U.S.", "on", "Sunday", "said", "killing", "five",
                                  "people", "and", "Turkey", "the", "met", "with", "in", "Mosul", ",", ".", "not", "may", "rockets", "fired", "at"]), max_size=40)
DAY = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(NEWSY, WORDS.map(" ".join)), day=DAY)
def test_the_coder_never_crashes_and_never_dates_after_the_article(mini, text, day):
    batch = code_articles([Article("p", text, day)], Config(dictionaries=FIXTURES / "dictionaries" / "mini", locations=False), mini)
    assert not [r for r in batch.rejects if r.reason_code == "E010"]
    for e in batch.events:
        assert e["event_date"] <= day


@settings(max_examples=80, deadline=None)
@given(text=st.one_of(NEWSY, WORDS.map(" ".join)), day=DAY)
def test_resolved_dates_never_fall_after_the_article_date(text, day):
    for hit in find_dates(text, day):
        assert hit.day <= day


def _value(col):
    t = col.type
    if t in ("string", "dictionary_string"):
        return st.one_of(st.none(), st.text(max_size=12)) if col.nullable else st.text(min_size=1, max_size=12)
    if t in ("int8", "int16", "int32"):
        v = st.integers(min_value=-100, max_value=100)
    elif t in ("float32",):
        v = st.floats(min_value=-10, max_value=10, width=32)
    elif t == "float64":
        v = st.floats(min_value=-90, max_value=90)
    elif t == "bool":
        v = st.booleans()
    elif t == "date32":
        v = DAY
    else:
        raise AssertionError(f"no strategy for {t}")
    return st.one_of(st.none(), v) if col.nullable else v


ROW = st.fixed_dictionaries({c.name: _value(c) for c in table("events").columns})


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=5))
def test_parquet_round_trips_every_events_column(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("rt") / "e.parquet"
    pq.write_table(to_arrow(rows, "events"), path)
    back = pq.read_table(path)
    assert back.schema.equals(table("events").arrow(), check_metadata=False)
    for got, want in zip(back.to_pylist(), rows):
        for k, v in want.items():
            if isinstance(v, float):
                assert abs(got[k] - v) <= 1e-6 * max(1.0, abs(v)), k
            else:
                assert got[k] == v, k


def test_no_sentence_of_the_probe_sets_crashes_the_coder(project_dicts):
    # an exception inside a stage becomes an E010 reject (the article is kept, with the reason);
    # on wire-style text it means a bug, so none may occur
    import datetime as dt
    import json
    from pathlib import Path

    from coder.model import Article
    from coder.pipeline import Config, code_articles

    probes = Path(__file__).resolve().parents[1] / "benchmarks" / "probes"
    arts = []
    for name in ("news_probes.jsonl", "news_probes2.jsonl", "news_probes3.jsonl"):
        for line in (probes / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            arts.append(Article(r["id"], r["text"], dt.date.fromisoformat(r["date"])))
    batch = code_articles(arts, Config(dictionaries=Path(project_dicts.directory), locations=True), project_dicts)
    crashed = [(r.article_id, r.message) for r in batch.rejects if r.reason_code == "E010"]
    assert crashed == [], crashed[:3]
