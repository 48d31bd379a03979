import datetime as dt

from coder.ingest import read_articles, text_id

from .conftest import FIXTURES

A = FIXTURES / "articles"


def test_jsonl_bad_lines_become_rejects_naming_file_and_line():
    res = read_articles([A / "mixed.jsonl"])
    assert [a.id for a in res.articles] == ["ok1", "empty", "ok2"]
    (rej,) = res.rejects
    assert rej.reason_code == "E001" and rej.origin.endswith("mixed.jsonl:2") and "mixed.jsonl:2" in rej.message


def test_non_utf8_file_is_rejected_with_reason():
    res = read_articles([A / "bad_utf8.txt"], dt.date(2024, 1, 1))
    assert not res.articles and res.rejects[0].reason_code == "E002"
    assert "bad_utf8.txt" in res.rejects[0].message


def test_front_matter_metadata():
    (a,) = read_articles([A / "front_matter.txt"]).articles
    assert (a.id, a.published, a.source) == ("fm1", dt.date(2024, 5, 2), "AP")
    assert a.text.startswith("BAGHDAD (AP)")


def test_csv_missing_date_rejected_unless_date_given():
    res = read_articles([A / "articles.csv"])
    assert [a.id for a in res.articles] == ["c1"] and res.rejects[0].reason_code == "E005"
    assert res.rejects[0].origin.endswith("articles.csv:3")
    res = read_articles([A / "articles.csv"], dt.date(2024, 4, 1))
    assert [a.published for a in res.articles] == [dt.date(2024, 4, 22), dt.date(2024, 4, 1)]


def test_missing_id_is_a_stable_text_hash(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "Iraq condemned Syria.", "published": "2024-01-01"}\n')
    (a,) = read_articles([p]).articles
    assert a.id == text_id("Iraq condemned Syria.") == read_articles([p]).articles[0].id


def test_parquet_input(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["p1"], "text": ["Iraq condemned Syria."], "published": ["2024-02-02"]}), tmp_path / "a.parquet")
    (a,) = read_articles([tmp_path]).articles
    assert (a.id, a.published) == ("p1", dt.date(2024, 2, 2))


def test_huge_and_empty_articles_are_rejected_with_reasons(tmp_path):
    from coder.pipeline import Config, code_articles

    from .conftest import FIXTURES

    p = tmp_path / "big.jsonl"
    p.write_text('{"id": "big", "text": "' + "Iraq condemned Syria. " * 60000 + '", "published": "2024-01-01"}\n{"id": "empty", "text": "", "published": "2024-01-01"}\n')
    arts = read_articles([p]).articles
    batch = code_articles(arts, Config(dictionaries=FIXTURES / "dictionaries" / "mini", locations=False))
    assert sorted((r.article_id, r.reason_code) for r in batch.rejects) == [("big", "E004"), ("empty", "E003")]
    assert "limit" in next(r.message for r in batch.rejects if r.reason_code == "E004")
