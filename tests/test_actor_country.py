"""Whose country a role word with no country of its own takes ("protesters", "the president"),
and possessed forces ("its troops") that are not a target.

Sentences are written for these tests (not taken from the gold sets)."""

import copy
import datetime as dt
from pathlib import Path

import pytest

from coder.model import Article
from coder.pipeline import Config, code_articles


def dyads(text, comp, locations=False):
    cfg = Config(dictionaries=Path(comp.directory), locations=locations)
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], cfg, comp).events
    return {(e["source_code"], e["cameo_root"], e["target_code"]) for e in events if not e["verb_entry"].startswith("acled:")}


# (sentence, an expected (source, root, target))
FACING = [
    # a non-state role facing a country's government, police or court shares its country
    ("Hundreds of protesters demanded the resignation of the Algerian president.", ("DZAOPP", "10", "DZAGOV")),
    ("The Mozambique government accepted demands from the rebels.", ("MOZGOV", "08", "MOZREB")),
    ("Militants attacked Iraqi police on Tuesday.", ("IRQUAF", "19", "IRQCOP")),
    # a state role takes the country the sentence names ("President X banned Ugandan ...")
    ("The president banned Ugandan opposition candidates from the election.", ("UGAGOV", "17", "UGAOPP")),
]


@pytest.mark.parametrize("text,expected", FACING)
def test_role_word_takes_the_country_it_faces(project_dicts, text, expected):
    assert expected in dyads(text, project_dicts)


def test_protesters_a_country_condemns_stay_without_country(project_dicts):
    # Turkey (a country, not its government at home) condemning an arrest says nothing of where
    got = dyads("Turkey condemned the mass arrest of protesters.", project_dicts)
    assert ("TUR", "11", "---OPP") in got, got


def test_protesters_take_the_country_of_the_event_place(project_dicts):
    got = dyads("Thousands of protesters rallied in Basra against corruption.", project_dicts, locations=True)
    assert any(s == "IRQOPP" for s, _, _ in got), got


def test_setting_off_keeps_role_words_without_country(project_dicts):
    # PETRARCH-derived sets (agent_country_from_context: false) keep CAMEO's "---"
    off = copy.copy(project_dicts)
    off.settings = project_dicts.settings.model_copy(update={"agent_country_from_context": False})
    text = "Hundreds of protesters demanded the resignation of the Algerian president."
    assert ("---OPP", "10", "DZAGOV") in dyads(text, off)
    assert ("DZAOPP", "10", "DZAGOV") in dyads(text, project_dicts)


POSSESSED = [
    ("Syria withdrew its troops from Lebanon.", ("SYR", "LBN")),
    ("Russia offered its soldiers to the Syrian government.", ("RUS", "SYRGOV")),
]


@pytest.mark.parametrize("text,dyad", POSSESSED)
def test_own_forces_are_not_the_target(project_dicts, text, dyad):
    got = dyads(text, project_dicts)
    assert any((s, t) == dyad for s, _, t in got), got
    assert not any(t and t[:3] == s[:3] and t != s for s, _, t in got), got


PLACE_TARGETS = [
    # force with no target named: the foreign country where it happened is the target
    ("Turkish troops shelled positions in northern Syria on Monday.", ("TURMIL", "SYR")),
    # at home it is not: Iraqi police in Basra have no Iraqi target
    ("Iraqi police arrested 12 men in Basra on Monday.", ("IRQCOP", None)),
    # but rebels fight their own state: a town they take at home is their target's place
    ("Houthi rebels seized control of the port city of Hodeidah on Sunday.", ("YEMREB", "YEM")),
]


@pytest.mark.parametrize("text,dyad", PLACE_TARGETS)
def test_a_foreign_place_is_the_target_of_force(project_dicts, text, dyad):
    cfg = Config(dictionaries=Path(project_dicts.directory), locations=True)
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], cfg, project_dicts).events
    assert dyad in {(e["source_code"], e["target_code"]) for e in events}


def test_a_state_role_takes_the_event_place_when_the_sentence_names_no_country(project_dicts):
    assert ("CODREB", "CODMIL") in {(s, t) for s, _, t in dyads("Rebels clashed with the army near Goma on Friday.", project_dicts, locations=True)}


def test_a_country_releasing_or_arresting_activists_holds_its_own(project_dicts):
    got = dyads("Belarus released 14 jailed opposition activists on Saturday.", project_dicts)
    assert ("BLR", "08", "BLROPP") in got, got



# "ethnic X" is a people, not the state X: a role word that takes the country of the place or
# of the government it faces
ETHNIC = [
    ("Police fired tear gas at ethnic Hungarians protesting in Cluj on Sunday.", ("ROUCOP", "ROUCVL")),
    ("Ethnic Armenian fighters attacked Azerbaijani troops on Tuesday.", ("---UAF", "AZEMIL")),  # not ARM; troops lend no country
    # a people named with the country they live in
    ("The Hungarians of southern Slovakia demanded autonomy from the Slovak government.", ("SVKCVL", "SVKGOV")),
    # but a state named with a place is the state: "the United States in Oman"
    ("Iran held indirect talks with the United States in Oman on Saturday.", ("IRN", "USA")),
]


@pytest.mark.parametrize("text,dyad", ETHNIC)
def test_an_ethnic_group_is_not_the_state_of_its_name(project_dicts, text, dyad):
    got = {(s, t) for s, _, t in dyads(text, project_dicts, locations=True)}
    assert dyad in got, got


def test_an_agentless_arrest_is_the_state_where_it_happened(project_dicts):
    cfg = Config(dictionaries=Path(project_dicts.directory), locations=True)
    events = code_articles([Article("t", "Four journalists were detained in Belarus on Monday.", dt.date(2024, 4, 21))], cfg, project_dicts).events
    rows = {(e["source_code"], e["target_code"], e["match_method"]) for e in events if e["cameo_root"] == "17"}
    assert rows == {("BLR", "BLRMED", "context")}, rows
    # police reporting an arrest made it
    events = code_articles([Article("t", "Three Vietnamese fishermen were arrested off Palawan on Sunday, the Philippine police said.", dt.date(2024, 4, 21))], cfg, project_dicts).events
    assert {(e["source_code"], e["target_code"]) for e in events if e["cameo_root"] == "17"} == {("PHLCOP", "VNMAGR")}  # fishermen: agriculture role


@pytest.mark.parametrize("text,dyad", [
    # a curfew, a state of emergency or martial law falls on the country
    ("Kazakhstan's president lifted the state of emergency on Wednesday.", ("KAZGOV", "KAZ")),
    ("Sri Lanka's government imposed a nationwide curfew on Sunday.", ("LKAGOV", "LKA")),
    # dissent eased with no one named: a strike called off is towards the unions' own state
    ("Nigeria's labour unions called off a nationwide strike on Monday.", ("NGALAB", "NGA")),
])
def test_domestic_measures_fall_on_the_country(project_dicts, text, dyad):
    assert dyad in {(s, t) for s, _, t in dyads(text, project_dicts)}


def test_a_threatened_measure_falls_on_the_country_once(project_dicts):
    # "is prepared to" is a readiness (a threat, 13x), not a passive; the sides battling "between"
    # are not whom martial law falls on; two candidates coding the same row are one event
    text = "Iraq's interim government said it is prepared to impose martial law as street battles raged in Baghdad between insurgents and security forces."
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], Config(dictionaries=Path(project_dicts.directory)), project_dicts).events
    assert [(e["source_code"], e["cameo_code"], e["target_code"]) for e in events if e["cameo_root"] == "13"] == [("IRQGOV", "1324", "IRQ")]


@pytest.mark.parametrize("text,expected", [
    # an attack with no attacker named is an unidentified armed group's, where it happened (ACLED)
    ("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", {("IRQUAF", "USAMIL", "context")}),
    # a disaster is no attack: nobody did it
    ("An earthquake struck central Morocco late on Friday, killing dozens of people.", set()),
    # no place named: no country to give the attacker
    ("Gunmen killed two policemen on Sunday.", {("---UAF", "---COP", "exact")}),
])
def test_an_unnamed_attacker_is_an_unidentified_armed_group_where_it_happened(project_dicts, text, expected):
    cfg = Config(dictionaries=Path(project_dicts.directory))
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], cfg, project_dicts).events
    got = {(e["source_code"], e["target_code"], e["match_method"]) for e in events if e["source_code"] and e["cameo_root"] in ("18", "19", "20")}
    assert got == expected, got


@pytest.mark.parametrize("text,row", [
    # expelling diplomats reduces diplomatic relations (161, the manual's usage note), not 174
    ("Niger's military junta ordered the French ambassador to leave the country within 48 hours.", ("NERGOV", "FRAGOV", "161")),
    ("Moldova's ambassador was expelled from Russia on Friday.", ("RUS", "MDAGOV", "161")),
    # other people expelled or deported stay 174
    ("Germany deported 28 Afghan men convicted of crimes.", ("DEU", "AFG", "174")),
])
def test_expelling_diplomats_is_161(project_dicts, text, row):
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], Config(dictionaries=Path(project_dicts.directory)), project_dicts).events
    assert row in {(e["source_code"], e["target_code"], e["cameo_code"]) for e in events}


@pytest.mark.parametrize("text,code", [
    # two parties meeting in a third country meet at a "third" location (044)
    ("Senior U.S. and Russian officials met in the Saudi capital Riyadh on Tuesday.", "044"),
    # in one party's own country it stays a meeting
    ("Senior U.S. and Russian officials met in Moscow on Tuesday.", "040"),
])
def test_a_meeting_in_a_third_country(project_dicts, text, code):
    events = code_articles([Article("t", text, dt.date(2024, 4, 21))], Config(dictionaries=Path(project_dicts.directory), locations=True), project_dicts).events
    assert {e["cameo_code"] for e in events if e["cameo_root"] == "04"} == {code}
