"""How `coder eval` compares the coder's PLOVER 2021 categories with PLOVER 1.x gold."""

import pytest

from coder.evaluate import plover_1x


@pytest.mark.parametrize("code,root,plover2021,expected", [
    ("0814", "08", "RETREAT", "CONCEDE"),   # easing a state of emergency was 1.x CONCEDE
    ("0813", "08", "RETREAT", "CONCEDE"),   # easing a curfew
    ("163", "16", "COERCE", "SANCTION"),    # sanctions and embargoes were 1.x SANCTION
    ("0841", "08", "RETREAT", "RETREAT"),   # a release stays RETREAT
    ("112", "11", "ACCUSE", "DISAPPROVE"),  # a root 1.x did not split keeps its root's name
    ("172", "17", "COERCE", "COERCE"),
    ("1712", "17", "ASSAULT", "COERCE"),    # destroying property, filed apart from root 17 in 2021
])
def test_plover_1x_crosswalk(code, root, plover2021, expected):
    assert plover_1x({"cameo_code": code, "cameo_root": root, "plover_type": plover2021}) == expected


@pytest.mark.parametrize("code,country", [
    ("JAP", "JPN"),        # PLOVER gold's pre-ISO spelling of Japan
    ("VTNMIL", "VNM"),     # and of Viet Nam, agent dropped at country level
    ("JOR", "JOR"),        # ISO codes stay as they are
    ("IGOUNO", "IGO"),
    (None, ""),
])
def test_country_level_scoring_reads_legacy_codes_as_iso(code, country):
    from coder.evaluate import _ctry

    assert _ctry(code) == country


def test_a_row_plover_has_no_category_for_is_not_scored_against_plover_gold(project_dicts):
    # an appeal (02) has no PLOVER category: PLOVER gold cannot name it, so it is no false positive
    from pathlib import Path

    from coder.evaluate import Report, eval_cameo
    from coder.pipeline import Config

    record = {"id": "p1", "text": "Russia urged China to reduce tariffs.", "date": "2024-04-21",
              "expected": [{"source": "USA", "target": "CHN", "plover": "SANCTION"}], "gold_kind": "events"}
    report = Report("t", "cameo")
    eval_cameo([record], Config(dictionaries=Path(project_dicts.directory)), report)
    assert report.metrics["events_country_root"]["fp"] == 0 and report.metrics["events_country_root"]["fn"] == 1
    # against CAMEO gold the same row is scored by its root, and is wrong
    record = dict(record, expected=[{"source": "USA", "target": "CHN", "code": "163"}])
    report = Report("t", "cameo")
    eval_cameo([record], Config(dictionaries=Path(project_dicts.directory)), report)
    assert report.metrics["events_country_root"]["fp"] == 1


def test_a_hypothetical_act_is_not_a_prediction_but_an_expressed_intent_is(project_dicts):
    from pathlib import Path

    from coder.evaluate import Report, eval_cameo
    from coder.pipeline import Config

    cfg = Config(dictionaries=Path(project_dicts.directory))
    records = [
        {"id": "h1", "text": "If China were ever to invade Taiwan, chip supplies would be disrupted.", "date": "2024-04-21",
         "expected": [], "gold_kind": "noevents"},
        {"id": "h2", "text": "King Hassan of Morocco said he would be ready to host a meeting between Israel and the PLO.",
         "date": "2024-04-21", "expected": [{"source": "MARGOV", "target": "ISR", "code": "039"}], "gold_kind": "events"},
    ]
    report = Report("t", "cameo")
    eval_cameo(records, cfg, report)
    assert report.metrics["noevents_right"] == 1.0
    assert report.metrics["events_country_root"]["tp"] >= 1
