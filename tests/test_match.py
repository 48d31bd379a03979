import pytest

from coder.match import find_mentions
from coder.match.resolve import resolve_overlaps
from coder.model import Article, Mention
from coder.text import split_sentences


def mentions(text, comp, kind=None):
    s, _ = split_sentences(Article("t", text, None))
    ms = find_mentions(s[0], comp)
    return [m for m in ms if kind is None or m.kind == kind]


def test_country_adjective_combines_with_agent(mini):
    ms = mentions("Iraqi security forces fired rockets.", mini, "actor")
    assert [(m.text, m.code, m.method) for m in ms] == [("Iraqi security forces", "IRQMIL", "combined")]


def test_agent_in_country_combines(mini):
    ms = mentions("Iran-backed groups in Iraq stopped.", mini, "actor")
    assert [(m.text, m.code) for m in ms] == [("Iran-backed groups in Iraq", "IRQUAF")]


def test_title_and_person_merge(mini):
    ms = mentions("Iraqi Prime Minister Mohammed Shia al-Sudani met with President Joe Biden.", mini, "actor")
    assert [m.entry_id for m in ms] == ["person.sudani", "person.biden"]
    assert ms[0].text == "Iraqi Prime Minister Mohammed Shia al-Sudani"


def test_fuzzy_spelling_variant_records_method_and_score(mini):
    ms = mentions("Kataeb Hezbollah fired rockets.", mini, "actor")
    assert len(ms) == 1 and ms[0].entry_id == "group.kh" and ms[0].method == "fuzzy" and 88 <= ms[0].score < 100


def test_capitalised_alias_needs_capital_in_text(mini):
    assert mentions("the turkey was roasted in Ankara.", mini, "actor")[0].text == "Ankara"
    assert not mentions("us and them attack", mini, "actor")  # "=US" is case-sensitive


def test_gap_patterns_match_within_four_tokens(mini):
    ms = mentions("Militants fired two more rockets at the base.", mini, "verb")
    assert [m.text for m in ms] == ["fired two more rockets"]


def test_overlap_key_longest_then_earliest():
    a = Mention("verb", 0, 2, "a", "190")
    b = Mention("verb", 1, 4, "b", "190")
    c = Mention("verb", 3, 5, "c", "190")
    assert [m.entry_id for m in resolve_overlaps([a, b, c])] == ["b"]
    assert [m.entry_id for m in resolve_overlaps([a, c])] == ["a", "c"]


def test_gap_segment_at_the_end_of_a_sentence():
    from coder.match.exact import _extend
    from coder.text import tokenize

    # at the last token, a two-word alternative's slice is one word long: it must not count
    toks = tokenize("they fired rockets")
    assert _extend(toks, 2, [frozenset({("rockets", "again"), ("rockets",)})], 4) == 3


# ---------- PETRARCH conformance: role markers, gaps, nouns, codes ----------
@pytest.mark.parametrize("text, verb_seg, gaps, compound", [
    ("{fire} ... &PROJECTILE", None, None, None),  # no markers: nothing to say
    ("+? {be} shot dead in $?", 0, ((0, ("+",)), (1, ("$",))), ()),
    ("{celebrate} ... eid ... at ^? ... with +?", 0, ((3, ("^",)), (4, ("+",))), ()),
    ("$? ^? for ... *? {warn}", 1, ((0, ("$", "^")),), ()),
    ("noted +? ... *? {regret}", 1, ((1, ("+",)),), ()),
    ("{agree} ... %$?", 0, (), ("$",)),
    ("{agree} ... with %+?", 0, (), ("+",)),
])
def test_pattern_roles(text, verb_seg, gaps, compound):
    from coder.match.roles import pattern_roles

    r = pattern_roles(text)
    if verb_seg is None:
        assert r is None
    else:
        assert (r.verb_seg, r.gaps, r.compound) == (verb_seg, gaps, compound)


def test_verb_mention_carries_segments_anchor_and_pair(mini):
    (v,) = mentions("Iran noted that Valdoria regretted the decision.", mini, "verb")
    assert (v.start, v.verb_at, v.segs) == (1, 4, ((1, 2), (4, 5)))
    (v,) = mentions("Valdoria departed for Braska.", mini, "verb")
    assert (v.code, v.reverse) == ("032", "033")


@pytest.mark.parametrize("actor, agent, code", [
    ("IRQ", "COP", "IRQCOP"), ("USAGOV", "GOV", "USAGOV"),
    ("HGWGOVMED", "GOVMED", "HGWGOVMED"), ("ISRGOV", "GOVMED", "ISRGOVMED"),  # roles the actor has are not repeated
])
def test_join_code(actor, agent, code):
    from coder.match.combine import join_code

    assert join_code(actor, agent) == code


@pytest.mark.parametrize("text, verbs", [
    ("Valdoria renewed complete, full diplomatic ties with Braska.", ["renewed complete, full diplomatic ties"]),  # adjectives
    ("Militants fired mortars, rockets at the base.", []),  # a list of nouns: the comma ends the gap
    ("Militants fired, witnesses said, rockets at the base.", ["said"]),  # not "fired ... rockets"
    ("Turkey condemned the sudden mass arrest of protesters.", ["condemned"]),  # determiner + adjectives: a noun
    ("The rebels arrested the protesters.", ["arrested"]),  # a past form after its subject is a verb
])
def test_gaps_and_noun_uses(mini, text, verbs):
    assert [m.text for m in mentions(text, mini, "verb")] == verbs


def test_an_actor_with_two_codes_is_two_mentions_over_the_same_tokens(mini):
    ms = mentions("The Twin Cities condemned Iran.", mini, "actor")
    assert [(m.start, m.end, m.code) for m in ms] == [(1, 3, "TWA"), (1, 3, "TWB"), (4, 5, "IRN")]


def test_prefix_agent_goes_before_the_actor_code(mini):
    ms = mentions("Relief Corps Valdoria officials condemned Iran.", mini, "actor")
    assert [(m.text, m.code) for m in ms][0] == ("Relief Corps Valdoria officials", "NGOVALGOV")


@pytest.mark.parametrize("text, codes", [
    ("Syrian opposition students condemned Russia.", ["SYROPPEDU", "RUS"]),  # country + two agents
    ("Syrian opposition students and journalists condemned Russia.", ["SYROPPEDU", "SYROPPMED", "RUS"]),  # both words shared
    ("Iraqi army and police attacked Syria.", ["IRQMIL", "IRQCOP", "SYR"]),  # the country alone is shared
    ("Turkish police arrested students.", ["TURCOP", "---EDU"]),  # a second agent must follow at once
])
def test_a_combined_actor_takes_the_next_agent(project_dicts, text, codes):
    assert [m.code if m.kind == "actor" else "---" + m.code for m in mentions(text, project_dicts) if m.kind in ("actor", "agent")] == codes


@pytest.fixture(scope="module")
def gapped(tmp_path_factory):
    """The mini set plus disconnected names (PETRARCH "SYRIAN TELEVISION": words may stand between)."""
    import shutil

    from coder.dictionary import build
    from tests.conftest import FIXTURES

    d = tmp_path_factory.mktemp("gapped") / "dicts"
    shutil.copytree(FIXTURES / "dictionaries" / "mini", d)
    (d / "actors" / "gapped.yaml").write_text("- {id: media.syr_tv, kind: media, code: SYRMED, country: SYR, names: [Syrian ... Television]}\n", encoding="utf-8")
    (d / "agents.yaml").write_text((d / "agents.yaml").read_text(encoding="utf-8") + "- {id: agent.spy, code: SPY, names: [security ... service]}\n", encoding="utf-8")
    return build(d)


@pytest.mark.parametrize("text, found", [
    ("Syrian state-run television said Iraq attacked.", [("Syrian state-run television", "SYRMED")]),  # words of the noun phrase between
    ("Syrian Television said Iraq attacked.", [("Syrian Television", "SYRMED")]),  # or none
    ("Syrian officials told television that Iraq attacked.", [("Syrian officials", "SYRGOV")]),  # a verb between: two phrases
    ("Syrian and Iraqi television reported it.", []),  # a list between: not the name
    ("The Iraqi security intelligence service arrested him.", [("Iraqi security intelligence service", "IRQSPY")]),  # agents too
])
def test_disconnected_names(gapped, text, found):
    assert [(m.text, m.code) for m in mentions(text, gapped, "actor") if m.code.endswith(("MED", "GOV", "SPY"))] == found


@pytest.mark.parametrize("text,unwanted", [
    ("Poland bought Patriot missiles from the United States.", "BRA"),  # not Antonio Patriota
    ("Pro-Palestinian demonstrators marched in London on Saturday.", "PSE"),  # a side, not a nationality
])
def test_words_that_only_look_like_actors(project_dicts, text, unwanted):
    from coder.match import find_mentions
    from coder.model import Article
    from coder.text import split_sentences

    s = split_sentences(Article("t", text, None))[0][0]
    assert not any((m.code or "").startswith(unwanted) for m in find_mentions(s, project_dicts) if m.kind != "verb")


def test_a_demonym_ending_still_fuzzy_matches(project_dicts):
    from coder.match import find_mentions
    from coder.model import Article
    from coder.text import split_sentences

    s = split_sentences(Article("t", "Troops shelled Kampuchean guerrilla camps near the border.", None))[0][0]
    assert any(m.code == "KHM" for m in find_mentions(s, project_dicts))


def test_a_name_of_several_words_is_one_word_of_a_gap_and_the_more_literal_pattern_wins_a_tie(project_dicts):
    s = split_sentences(Article("t", "Turkey gave the Syrian Democratic Forces a final ultimatum on Thursday.", None))[0][0]
    verbs = [m for m in find_mentions(s, project_dicts) if m.kind == "verb"]
    assert any(v.code == "139" for v in verbs), verbs  # "gave ... ultimatum" across a four-word name
    s = split_sentences(Article("t", "Washington is providing aerial photographs and military intelligence to Kyiv.", None))[0][0]
    verbs = [m for m in find_mentions(s, project_dicts) if m.kind == "verb"]
    assert [v.code for v in verbs] == ["072"], verbs  # "military intelligence" over "intelligence"


@pytest.fixture(scope="module")
def postponing(tmp_path_factory):
    """The mini set plus two patterns that start on the same word: the longer one ends on a noun."""
    import shutil

    from coder.dictionary import build
    from tests.conftest import FIXTURES

    d = tmp_path_factory.mktemp("postponing") / "dicts"
    shutil.copytree(FIXTURES / "dictionaries" / "mini", d)
    (d / "verbs" / "19b.yaml").write_text(
        'root: "19"\nentries:\n'
        '  - {id: v19.postpone, code: "191", patterns: ["have ... *? {postpone}"]}\n'
        '  - {id: v19.postpone_meeting, code: "190", patterns: ["have ... postponed ... *? {meet}"]}\n',
        encoding="utf-8",
    )
    return build(d)


def test_a_noun_reading_covers_only_what_follows_its_noun(postponing):
    # "have postponed ... their meeting" read as a noun ("their meeting") does not swallow the
    # verb before it: only the words after a noun are its object
    verbs = mentions("Iran and Iraq have postponed their meeting.", postponing, "verb")
    assert [(m.text, m.code) for m in verbs] == [("have postponed", "191")]


@pytest.mark.parametrize("text, codes", [
    ("A terror group based in Trinidad threatened Britain.", ["TTOUAF", "GBR"]),  # "based in" is where it is
    ("Battles raged in Baghdad between insurgents and police.", ["IRQ", "---INS", "---COP"]),  # a preposition is no modifier
])
def test_where_a_role_word_is(project_dicts, text, codes):
    assert [m.code if m.kind == "actor" else "---" + m.code for m in mentions(text, project_dicts) if m.kind in ("actor", "agent")] == codes


def test_property_heads_are_things():
    # a role word before a property head is never an actor itself (combine drops THING_HEADS),
    # so find_mentions may keep it as a "thing" mention without meeting it twice
    from coder.match.combine import PROPERTY_HEADS, THING_HEADS

    assert PROPERTY_HEADS <= THING_HEADS
