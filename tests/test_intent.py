"""Intent, threat and request codes: a future act is an intent (03x) or a threat (13x) of the
kind the act names; an unspecified demand or appeal takes the family of the act asked for.

Sentences are written for these tests (not taken from the gold sets)."""

import pytest

from coder.intent import as_intent, as_request

from .conftest import code_text


@pytest.mark.parametrize("code,mode,expected", [
    ("071", "future", "0331"),     # will give economic aid
    ("190", "future", "138"),      # will attack: unspecified force, unspecified threat
    ("195", "future", "1384"),     # will bomb from the air: a conventional attack
    ("163", "future", "1312"),     # will impose sanctions
    ("161", "future", "1313"),     # will break off relations
    ("1723", "future", "1323"),    # will impose a curfew
    ("145", "future", "133"),      # will riot / protest
    ("190", "hypothetical", "190"),  # "may attack": speculation, kept with mode=hypothetical
    ("071", "actual", "071"),
])
def test_as_intent(code, mode, expected):
    assert as_intent(code, mode) == expected


@pytest.mark.parametrize("code,act,expected", [
    ("100", "0874", "1056"),  # demand a withdrawal
    ("100", "0841", "1053"),  # demand a release
    ("100", "046", "106"),    # demand talks
    ("020", "073", "0233"),   # appeal for humanitarian aid
    ("020", "057", "022"),    # appeal to sign
    ("100", "190", "100"),    # a demanded attack names no demand family
    ("111", "0874", "111"),   # only unspecified demands and appeals change
])
def test_as_request(code, act, expected):
    assert as_request(code, act) == expected


def test_would_in_reported_speech_is_the_future(project_dicts):
    # "said they would boycott": announced, so a threat; a bare "would" stays hypothetical
    said = code_text("Palestinian leaders said they would boycott all contact with the United States.", project_dicts)
    assert any(e["cameo_root"] == "13" for e in said), [(e["cameo_code"], e["mode"]) for e in said]
    bare = code_text("Israel would attack Iran if it built a bomb.", project_dicts)
    assert all(e["mode"] == "hypothetical" for e in bare if e["cameo_root"] == "19")


def test_needs_to_is_an_appeal_must_a_demand(project_dicts):
    got = {(e["source_code"], e["target_code"], e["cameo_code"]) for e in code_text("Germany said Russia needs to withdraw its troops from Ukraine.", project_dicts)}
    assert ("DEU", "RUS", "0256") in got  # an appeal (should, needs to), not a demand (must)
    must = {e["cameo_code"] for e in code_text("Germany said Russia must withdraw its troops from Ukraine.", project_dicts)}
    assert "1056" in must
    opinion = {e["cameo_root"] for e in code_text("Powell said NATO would need to remain strong.", project_dicts)}
    assert not opinion & {"02", "10"}


@pytest.mark.parametrize("text,expected", [
    ("The US Secretary of State wants to help Israel.", {("USAGOV", "ISR", "033")}),  # intent to aid
    ("Russia helped Syria.", {("RUS", "SYR", "070")}),
    ("Troops advanced with the help of Russian jets.", set()),  # the noun is no event
])
def test_help_as_a_verb(project_dicts, text, expected):
    got = {(e["source_code"], e["target_code"], e["cameo_code"]) for e in code_text(text, project_dicts) if e["cameo_root"] in ("03", "07")}
    assert got == expected

