import datetime as dt

from coder.explain import explain
from coder.model import Article
from coder.pipeline import Config, code_articles

TEXT = "MOSUL, Iraq (Reuters) - Clashes erupted near Mosul on Sunday, killing three people. The president condemned Iran."


def test_explain_shows_the_rows_coder_code_writes(project_dicts):
    day = dt.date(2024, 4, 21)
    shown = [e for step in explain(TEXT, day, project_dicts) for e in step["events"]]
    coded = code_articles([Article("explain", TEXT, day)], Config(), project_dicts).events
    key = ("event_id", "cameo_code", "source_code", "target_code", "location", "event_type")
    assert shown and [tuple(e[k] for k in key) for e in shown] == [tuple(e[k] for k in key) for e in coded]


def test_each_row_is_shown_with_the_candidate_that_made_it(project_dicts):
    # rows dropped after coding (one-sided, not an ACLED event) must not shift the pairing
    text = "Iran condemned the decision, and Turkey arrested two Syrian journalists in Ankara."
    for step in explain(text, dt.date(2024, 4, 21), project_dicts):
        pairs = list(zip(step.get("coded", []), step["events"]))
        assert len(pairs) == len(step["events"])
        for c, e in pairs:
            assert c.verb.entry_id == e["verb_entry"] or e["verb_entry"].startswith("acled:"), (c.verb.entry_id, e["verb_entry"])
