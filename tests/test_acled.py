"""ACLED-style analyst notes (written for these tests): type, fatalities, date and place."""

import json

import pytest

from coder.acled import interaction
from coder.pipeline import Config, code_articles
from coder.ingest import read_articles

from .conftest import FIXTURES

NOTES = [json.loads(line) for line in open(FIXTURES / "articles" / "acled_notes.jsonl", encoding="utf-8")]


@pytest.fixture(scope="module")
def coded(project_dicts):
    arts = read_articles([FIXTURES / "articles" / "acled_notes.jsonl"]).articles
    batch = code_articles(arts, Config(), project_dicts)
    out: dict[str, list[dict]] = {}
    for e in batch.events:
        if e["event_type"]:
            out.setdefault(e["article_id"], []).append(e)
    return out


@pytest.mark.parametrize("note", NOTES, ids=[n["id"] for n in NOTES])
def test_acled_note(coded, note):
    exp = note["expected"]
    events = coded.get(note["id"], [])
    assert events, "no ACLED-typed event"
    assert {(e["event_type"], e["sub_event_type"]) for e in events} >= {(exp["event_type"], exp["sub_event_type"])}
    e = next(e for e in events if e["sub_event_type"] == exp["sub_event_type"])
    assert str(e["event_date"]) == exp["event_date"] and e["time_precision"] == 1
    assert e["fatalities"] == exp["fatalities"]
    assert e["location"] == exp["location"] and e["latitude"] is not None
    assert e["actor1"]


def test_interaction_codes():
    assert interaction(1, 2) == 12 and interaction(2, 1) == 12 and interaction(6, None) == 60
