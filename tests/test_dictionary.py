import datetime as dt

import pytest

from coder.dictionary import PatternError, build, compile_pattern, load_compiled
from coder.errors import DictionaryError

from .conftest import FIXTURES


def test_pattern_expansion_and_passive_flag():
    segs, passive = compile_pattern("&P {be} {launch:pp}", {"P": ["rocket", "rockets"]})
    assert ("rockets", "were", "launched") in segs[0] and passive
    segs, passive = compile_pattern("{carry:out} ... strike|airstrike", {})
    assert ("carried", "out") in segs[0] and ("airstrike",) in segs[1] and not passive


def test_unknown_synset_is_a_pattern_error():
    with pytest.raises(PatternError):
        compile_pattern("{fire} ... &NOPE", {})


def test_alternatives_inside_braces_are_a_pattern_error():
    # "{reject|dismiss}" is no alternation: it would silently match nothing
    with pytest.raises(PatternError, match="inside"):
        compile_pattern("{reject|dismiss} ... proposal", {})


def test_broken_dictionary_reports_every_problem_with_file_and_line():
    with pytest.raises(DictionaryError) as err:
        build(FIXTURES / "dictionaries" / "broken")
    codes = {(p.code, p.file.rsplit("/", 1)[-1]) for p in err.value.problems}
    assert ("D001", "agents.yaml") in codes  # YAML syntax
    assert ("D010", "bad.yaml") in codes  # duplicate id
    assert ("D011", "bad.yaml") in codes  # bad actor code
    assert ("D013", "bad.yaml") in codes  # overlapping roles
    assert ("D004", "bad.yaml") in codes  # unknown field (schema)
    assert ("D012", "19_fight.yaml") in codes  # unknown CAMEO code
    assert ("D014", "19_fight.yaml") in codes  # unknown synset
    dup = next(p for p in err.value.problems if p.code == "D010")
    assert dup.line == 2


def test_roles_are_date_bounded(mini):
    biden = mini.actors[mini.actor_index["person.biden"]]
    assert biden.code_on(dt.date(2024, 4, 21)) == "USAGOV"
    assert biden.code_on(dt.date(2026, 1, 1)) == "USAELI"


def test_compiled_dictionaries_are_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path))
    from coder import dictionary

    dictionary._MEMO.clear()
    first = load_compiled(FIXTURES / "dictionaries" / "mini")
    assert list(tmp_path.glob("dict-*.pkl"))
    dictionary._MEMO.clear()
    again = load_compiled(FIXTURES / "dictionaries" / "mini")
    assert again.version == first.version and len(again.patterns) == len(first.patterns)


def test_a_story_discard_cancels_the_whole_article(project_dicts):
    from tests.conftest import code_text

    story = "Brazil attacked Argentina from the first whistle. The match ended 2-1 after a late minute penalty."
    assert code_text(story, project_dicts) == []
    # the same attack without the match report is coded
    assert code_text("Brazil attacked Argentina from the first whistle.", project_dicts)


def test_code_table_names_follow_the_manual_numbering_the_dictionaries_use():
    from coder.dictionary import read_codes
    from coder.intent import DEMANDED

    codes = read_codes()
    # intent.DEMANDED follows the manual: a demanded meeting is 106, mediation 108, yielding 105
    assert "meeting" in codes[DEMANDED["04"]].name.lower()
    assert "mediation" in codes[DEMANDED["045"]].name.lower()
    assert "yield" in codes[DEMANDED["08"]].name.lower()
    # the manual's later codes are there, weighted like their parent
    for code, parent in (("1952", "195"), ("176", "170"), ("155", "150")):
        assert codes[code].goldstein == codes[parent].goldstein and codes[code].root == codes[parent].root
    assert all(ch not in c.name for c in codes.values() for ch in "\u00d2\u00d3")  # no garbled quotes


def test_drone_and_cyber_attacks_take_the_manual_codes(project_dicts):
    from .conftest import code_text

    assert "1952" in {e["cameo_code"] for e in code_text("Russia launched dozens of drones at Kyiv overnight.", project_dicts)}
    assert "176" in {e["cameo_code"] for e in code_text("North Korean hackers launched a cyberattack on South Korean banks.", project_dicts)}


def test_the_emirates_is_the_uae(project_dicts):
    from .conftest import code_text

    got = {(e["source_code"], e["target_code"]) for e in code_text("Oman mediated between the Emirates and Qatar on Sunday.", project_dicts)}
    assert any(t == "ARE" for _, t in got), got


def test_every_cameo_code_has_a_verb_pattern(project_dicts):
    # issue #3: patterns for every root, every 3-digit base code and (so a specific act is not
    # coded as its parent) every 4-digit code of the code table
    coded = {part for p in project_dicts.patterns for part in p.code.split(":")}
    missing = sorted(c for c in project_dicts.codes if len(c) >= 3 and c.isdigit() and c not in coded)
    assert missing == [], missing


@pytest.mark.parametrize("text,code", [
    # a device placed beforehand is a location bombing (1834); roadside and car bombs keep theirs
    ("Three US soldiers were killed by an improvised explosive device outside Basra.", "1834"),
    ("A roadside bomb killed three Iraqi policemen in Kirkuk.", "1833"),
    # the reporter's words for a guided aerial weapon (1951)
    ("US jets dropped laser-guided bombs on Islamic State positions near Mosul.", "1951"),
])
def test_the_weapon_named_gives_the_specific_code(project_dicts, text, code):
    from .conftest import code_text

    assert code in {e["cameo_code"] for e in code_text(text, project_dicts)}


@pytest.mark.parametrize("text,code", [
    # what an opened investigation is into decides its kind, past a date in between
    ("The ICC prosecutor opened an investigation on Wednesday into possible war crimes committed by Russian forces.", "094"),
    ("The UN rights council launched an investigation on Thursday into the crackdown by Iranian security forces.", "092"),
])
def test_an_investigation_is_coded_by_what_it_is_into(project_dicts, text, code):
    from .conftest import code_text

    assert code in {e["cameo_code"] for e in code_text(text, project_dicts)}
