"""Acceptance: the Reuters Zummar seed article coded with the project's dictionaries."""

import datetime as dt
from pathlib import Path

import pytest

from coder.pipeline import Config
from coder.runner import run_code

ROOT = Path(__file__).resolve().parents[1]
SUNDAY, SATURDAY = dt.date(2024, 4, 21), dt.date(2024, 4, 20)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    summary = run_code([ROOT / "seeds"], out, Config())
    from coder.query import run_query

    events = run_query("select * from events where article_id = 'reuters_2024-04-21_zummar_rockets' order by sentence_index", out).to_dict("records")
    return summary, events, out


def test_every_seed_article_is_accounted_for(seed_run):
    s, _, _ = seed_run
    assert s.articles_read == 6 and s.articles_rejected == 0
    assert s.articles_coded + s.articles_no_events == 6 and s.events_rejected == 0


def test_rockets_from_iraq_at_us_forces_on_sunday(seed_run):
    _, events, _ = seed_run
    hits = [e for e in events if e["cameo_root"] == "19" and e["target_country"] == "USA" and e["source_country"] == "IRQ" and e["event_date"].date() == SUNDAY]
    assert hits, "expected a root-19 event Iraq -> USA on 2024-04-21"


def test_coalition_air_strike_on_the_launcher(seed_run):
    _, events, _ = seed_run
    hits = [e for e in events if e["cameo_code"] == "195" and e["event_date"].date() == SUNDAY and "strike" in e["verb_text"]]
    assert hits and hits[0]["source_code"] is not None


def test_sudani_meets_biden(seed_run):
    _, events, _ = seed_run
    hits = [e for e in events if e["cameo_root"] == "04" and {e["source_code"], e["target_code"]} == {"IRQGOV", "USAGOV"}]
    assert hits


def test_saturday_blast_kills_one_member_of_iraqi_force(seed_run):
    _, events, _ = seed_run
    hits = [e for e in events if e["fatalities"] == 1 and e["event_date"].date() == SATURDAY and e["target_country"] == "IRQ"]
    assert hits and hits[0]["cameo_root"] in ("18", "19", "20")


def test_locations_come_from_the_gazetteer(seed_run):
    _, events, _ = seed_run
    first = events[0]
    assert first["location"] == "Zummar" and first["country_iso3"] == "IRQ"
    assert 36 < first["latitude"] < 37.5 and 41.5 < first["longitude"] < 43.5
