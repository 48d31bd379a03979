"""ACLED-style typing. Analyst notes (written for these tests) through the whole pipeline: type,
fatalities, date and place; sentences (ACLED note style, written for these tests) through the
typing rules: sub-event type, or no ACLED event; actor names and inter codes; the sentence pass
for sentences where no CAMEO verb fires; the record label the eval scores."""

import datetime as dt
import json

import pytest

from coder import acled
from coder.acled import interaction
from coder.evaluate_acled import macro_f1, per_label_f1, record_label
from coder.ingest import read_articles
from coder.model import Article, Mention
from coder.pipeline import Config, code_articles

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


# ---- the typing rules, sentence by sentence ----
TYPED = [
    ("On 9 May 2020, clashes erupted between Nigerian troops and Boko Haram militants in Gwoza, killing 3.", "Armed clash"),
    ("On 2 May 2021, militants attacked a military base near Monguno, killing 5 soldiers.", "Armed clash"),
    ("On 12 June 2021, fighting between the army and the rebels continued for a third day in Ndele.", "Armed clash"),
    ("On 1 June 2021, Malian soldiers recaptured the town of Boni from JNIM militants.", "Government regains territory"),
    ("On 3 March 2019, government troops retook Palmyra from Islamic State fighters.", "Government regains territory"),
    ("On 10 August 2021, Taliban fighters seized the city of Kunduz.", "Non-state actor overtakes territory"),
    ("On 3 June 2021, an airstrike by the Syrian air force hit a market in Ariha, killing 12 civilians.", "Air/drone strike"),
    ("On 5 July 2020, a US drone strike killed an al-Shabaab commander near Jilib.", "Air/drone strike"),
    ("On 4 April 2022, Russian forces shelled residential areas of Kharkiv.", "Shelling/artillery/missile attack"),
    ("On 14 September 2019, Houthi rebels fired a ballistic missile at Jizan.", "Shelling/artillery/missile attack"),
    ("On 5 January 2023, a suicide bomber blew himself up at a checkpoint in Mogadishu, killing 6 soldiers.", "Suicide bomb"),
    ("On 11 August 2021, a roadside bomb exploded next to an army patrol in Kidal.", "Remote explosive/landmine/IED"),
    ("On 20 May 2019, a landmine exploded under a bus near Kandahar, killing 9 passengers.", "Remote explosive/landmine/IED"),
    ("On 2 February 2020, unidentified men threw a grenade at a bar in Bujumbura, injuring 4 people.", "Grenade"),
    ("On 7 April 2018, helicopters dropped chlorine gas on Douma, killing 43 civilians.", "Chemical weapon"),
    ("On 7 July 2019, soldiers raped two women in a village near Bunia.", "Sexual violence"),
    ("On 12 March 2021, gunmen abducted 27 students from a school in Kaduna.", "Abduction/forced disappearance"),
    ("On 14 May 2020, bandits attacked a village in Zamfara, killing 11 villagers.", "Attack"),
    ("On 2 March 2021, gunmen killed 15 worshippers in an attack on a mosque near Tillaberi.", "Attack"),
    ("On 20 October 2020, thousands of protesters demonstrated peacefully in Lagos against police brutality.", "Peaceful protest"),
    ("On 6 May 2022, hundreds of farmers marched to parliament in Nairobi to demand higher maize prices.", "Peaceful protest"),
    ("On 3 March 2021, police fired tear gas to disperse protesters in Yangon.", "Protest with intervention"),
    ("On 9 August 2020, police arrested 30 protesters during a rally in Minsk.", "Protest with intervention"),
    ("On 27 March 2021, security forces opened fire on protesters in Mandalay, killing 5 protesters.", "Excessive force against protesters"),
    ("On 12 July 2021, rioters looted shops and clashed with police in Durban.", "Violent demonstration"),
    ("On 7 July 2020, protesters threw stones at police, who responded with tear gas, in Nairobi.", "Violent demonstration"),
    ("On 5 May 2022, an angry mob lynched a suspected thief in Kisumu.", "Mob violence"),
    ("On 8 February 2024, police arrested 12 opposition activists in Karachi.", "Arrests"),
    ("On 29 February 2020, the United States signed an agreement with the Taliban in Doha.", "Agreement"),
    ("On 2 June 2019, the government and the rebels agreed to a ceasefire in Juba.", "Agreement"),
    ("On 1 October 2020, the two sides carried out a prisoner exchange near Aden.", "Agreement"),
    ("On 15 September 2022, the army withdrew from Tessit without a fight, handing the town over to local militias.", "Non-violent transfer of territory"),
    ("On 4 April 2021, police seized 40 rifles and 2,000 rounds of ammunition in Bangui.", "Disrupted weapons use"),
    ("On 6 June 2022, army engineers defused an IED on the road to Gao.", "Disrupted weapons use"),
    ("On 12 May 2021, air defences intercepted two rockets fired at Ashkelon.", "Disrupted weapons use"),
    ("On 9 September 2020, Turkish forces set up a new military base near Idlib.", "Headquarters or base established"),
    ("On 2 April 2021, 40 fighters of the group defected to the government in Diffa.", "Change to group/activity"),
    ("On 23 June 2020, militiamen burned down 40 houses in Djugu.", "Looting/property destruction"),
    ("On 17 May 2021, a mass grave was found near Tarhuna.", "Other"),
]

NOT_ACLED = [
    "On 5 May 2020, floods killed 20 people in Kasese.",  # natural disaster
    "A gas explosion at a chemical plant killed 4 workers on Monday.",  # industrial accident
    "The plane crashed shortly after take-off, killing all 150 passengers.",
    "Militants will attack the city if talks fail, the group warned.",  # threat
    "The president said the army will launch an offensive against the rebels next month.",  # plan
    "No one was killed when the building collapsed in Lagos.",  # negated
    "The army denied that it had shelled the village.",
    "The Islamic State claimed responsibility for the bombing in Kabul.",  # attribution
    "Two men robbed a bank in Nairobi and shot a guard.",  # ordinary crime
    "The foreign minister condemned the sanctions and expelled two diplomats.",  # diplomacy
    "Police plan to arrest the protest leaders next week.",
    "Stocks rallied in March after the central bank cut rates.",
    "A fire at a market in Onitsha destroyed 200 shops.",
]


@pytest.mark.parametrize("text,sub", TYPED)
def test_typed(text, sub):
    r = acled.type_text(text)
    assert r is not None and r.sub_event_type == sub, (r.id if r else None)


@pytest.mark.parametrize("text", NOT_ACLED)
def test_not_acled(text):
    r = acled.type_text(text)
    assert r is None, r.id


def test_accident_in_a_neighbouring_sentence():
    """A blast with no attacker, after a sentence about an industrial fire, is an accident."""
    text = "The blasts killed at least 50 people and injured more than 700, state media reported."
    assert acled.type_text(text) is not None
    assert acled.type_text(text, neighbours=("Explosions tore through a warehouse where chemicals were stored.",)) is None


def test_background_cue_gives_way_to_the_main_event():
    r = acled.type_text("On 3 May 2019, peace talks between the government and the rebels opened in Geneva despite air strikes on rebel-held areas.")
    assert r.sub_event_type == "Agreement"
    r = acled.type_text("On 2 May 2019, thousands of opposition supporters rallied in Kampala, undeterred by the killing of two protesters last week.")
    assert r.sub_event_type == "Peaceful protest"


def test_separate_events_in_one_sentence():
    """Parts joined by "; " or ", while" are separate events: the first is the sentence's."""
    r = acled.type_text("On 6 May 2021, Taliban fighters seized a district centre in Baghlan, while a bomb at an army base in Helmand killed five people.")
    assert r.sub_event_type == "Non-state actor overtakes territory"


def test_side_of_territory_capture():
    assert acled.type_text("On 2 May 2017, the rebels captured the town of Kalemie from government forces.").sub_event_type == "Non-state actor overtakes territory"
    assert acled.type_text("On 2 May 2017, the town of Kalemie was captured by government forces.").sub_event_type == "Government regains territory"


def _verb(code: str) -> Mention:
    return Mention("verb", 0, 1, "v.test", code)


def test_classify_needs_an_actual_event():
    text = "On 9 May 2020, clashes erupted between Nigerian troops and Boko Haram militants in Gwoza."
    assert acled.classify("190", text, None, None, None, None) == ("Battles", "Armed clash")
    assert acled.classify("190", text, None, None, None, None, mode="future") is None
    assert acled.classify("190", text, None, None, None, None, mode="negated") is None
    assert acled.classify("010", text, None, None, None, None) is None  # a statement about clashes is no clash
    assert acled.classify(None, text, None, None, None, None) == ("Battles", "Armed clash")


def test_code_fallback_uses_the_event_actors():
    """No telling words: a CAMEO attack on civilians by an armed actor is an attack."""
    text = "On 4 May 2020, gunmen killed a man in Kasai."
    gunmen = Mention("agent", 2, 3, "agent.gunmen", "UAF", text="gunmen")
    man = Mention("agent", 4, 6, "agent.civilian", "CVL", text="a man")
    assert acled.classify("190", text, gunmen, "---UAF", man, "---CVL", verb=(29, 35)) == ("Violence against civilians", "Attack")


# ---- the sentence pass: sentences where no CAMEO verb fired ----
def test_sentence_pass_adds_an_actorless_acled_event(project_dicts):
    from coder.grammar import find_candidates
    from coder.match import find_mentions
    from coder.text import split_sentences

    art = Article("sp", "On 9 September 2020, Turkish forces set up a new military base near Idlib. The minister said the talks were useful.", dt.date(2020, 9, 10))
    sentences, _ = split_sentences(art)
    out = []
    for s in sentences:
        mentions = find_mentions(s, project_dicts)
        cands = acled.sentence_pass(s, mentions, find_candidates(s, mentions), sentences, project_dicts)
        out.append(cands)
    worded = [c for c in out[0] if c.verb.entry_id.startswith("acled:")]
    assert len(worded) == 1 and worded[0].source is None and worded[0].rule == "actorless"
    assert project_dicts.codes[worded[0].verb.code].root == "15"
    assert not any(c.verb.entry_id.startswith("acled:") for c in out[1])  # a statement: nothing added
    assert all(getattr(c, "neighbours", None) == (sentences[0].text,) for c in out[1])


def test_sentence_pass_rows_are_typed(project_dicts):
    """Wired as in pipeline.code_article, the added event is coded like any other."""
    from coder.code import code_candidate
    from coder.grammar import find_candidates
    from coder.match import find_mentions
    from coder.text import split_sentences

    art = Article("sp2", "On 4 April 2021, 40 rifles and 2,000 rounds of ammunition were found in a house in Bangui.", dt.date(2021, 4, 5))
    sentences, _ = split_sentences(art)
    s = sentences[0]
    mentions = find_mentions(s, project_dicts)
    cands = acled.sentence_pass(s, mentions, find_candidates(s, mentions), sentences, project_dicts)
    rows = [code_candidate(c, project_dicts, art.published, [], None) for c in cands]
    assert ("Strategic developments", "Disrupted weapons use") in {(r["event_type"], r["sub_event_type"]) for r in rows}


# ---- actor names and inter codes ----
NAMES = {"IRQ": "Iraq", "KEN": "Kenya", "SYR": "Syria", "AFG": "Afghanistan", "TUR": "Turkey"}
ACTORS = [
    # (mention kind, actor kind, code, country, event type, location country, canonical) -> (name, inter)
    (("agent", "", "IRQMIL", "IRQ", "Battles", "IRQ", None), ("Military Forces of Iraq", 1)),
    (("agent", "", "KENCOP", "KEN", "Protests", "KEN", None), ("Police Forces of Kenya", 1)),
    (("agent", "", "---COP", None, "Protests", "KEN", None), ("Police Forces of Kenya", 1)),
    (("agent", "", "---OPP", None, "Protests", "KEN", None), ("Protesters (Kenya)", 6)),
    (("agent", "", "---OPP", None, "Riots", "KEN", None), ("Rioters (Kenya)", 5)),
    (("agent", "", "---UAF", None, "Battles", "SYR", None), ("Unidentified Armed Group (Syria)", 3)),
    (("agent", "", "---CVL", None, "Violence against civilians", "AFG", None), ("Civilians (Afghanistan)", 7)),
    (("actor", "country", "TUR", "TUR", "Explosions/Remote violence", "SYR", None), ("Military Forces of Turkey", 8)),  # abroad: external
    (("actor", "country", "IRQ", "IRQ", "Strategic developments", "IRQ", None), ("Government of Iraq", 1)),
    (("actor", "group", "SYRREB", "SYR", "Battles", "SYR", "Hayat Tahrir al-Sham"), ("Hayat Tahrir al-Sham", 2)),
    (("actor", "group", "IMGMOSISI", None, "Battles", "IRQ", "Islamic State"), ("Islamic State", 3)),
    (("actor", "igo", "IGOAFRAFU", None, "Battles", "SYR", "African Union"), ("African Union", 8)),
]


@pytest.mark.parametrize("args,want", ACTORS)
def test_actor_name(args, want):
    kind, actor_kind, code, country, event_type, where, canonical = args
    m = Mention(kind, 0, 1, "x", code.lstrip("-"), text="them", actor_kind=actor_kind)
    assert acled.actor_name(m, code, country, event_type, NAMES, where, canonical) == want


def test_unnamed_actor():
    assert acled.actor_name(None, None, None, "Battles", NAMES, "SYR") == ("Unidentified Armed Group (Syria)", 3)
    assert acled.actor_name(None, None, None, "Protests", NAMES, "KEN") == ("Protesters (Kenya)", 6)
    assert acled.actor_name(None, None, None, "Strategic developments", NAMES, "KEN") == (None, None)


def test_interaction_codes():
    assert interaction(1, 2) == 12 and interaction(2, 1) == 12 and interaction(6, None) == 60


# ---- the eval's record label ----
def test_record_label_is_the_lead_sentence_event():
    ev = [
        {"sentence_index": 1, "event_type": "Battles", "sub_event_type": "Armed clash"},
        {"sentence_index": 0, "event_type": "Strategic developments", "sub_event_type": "Agreement"},
        {"sentence_index": 0, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
    ]
    assert record_label(ev)["sub_event_type"] == "Air/drone strike"
    assert record_label([]) is None


def test_per_label_f1():
    pairs = [("Arrests", "Arrests"), ("Arrests", "none"), ("Agreement", "Arrests")]
    got = per_label_f1(pairs)
    assert got["Arrests"]["support"] == 2 and got["Arrests"]["f1"] == 0.5 and got["Agreement"]["f1"] == 0.0
    assert macro_f1(pairs) == round((0.5 + 0 + 0) / 3, 4)


def test_listed_actors_become_associated_actors(project_dicts):
    from coder.model import Article

    arts = [Article("assoc", "On 3 May 2021, Nigerian troops and Cameroonian soldiers clashed with Boko Haram militants near Maiduguri.", __import__("datetime").date(2021, 5, 4))]
    events = [e for e in code_articles(arts, Config(), project_dicts).events if e["event_type"] == "Battles"]
    assert events
    by_actor = {e["actor1"]: e["assoc_actor_1"] for e in events}
    assert by_actor.get("Military Forces of Nigeria") == "Military Forces of Cameroon"


def test_denied_cues_make_no_event(project_dicts):
    import datetime as dt

    from coder.model import Article

    arts = [Article("neg", "The army said it was investigating and there were no warplanes in the sky at the time.", dt.date(2024, 4, 21))]
    assert not [e for e in code_articles(arts, Config(), project_dicts).events if e["event_type"]]


def test_a_halt_to_attacks_is_no_battle():
    # 087 (de-escalate): the sentence's attack words say what stopped, not a battle
    text = "Iranian-backed groups in Iraq stopped their attacks against U.S. troops in February."
    assert acled.classify("087", text, None, None, None, None) is None
    assert acled.classify("190", "Iranian-backed groups in Iraq attacked U.S. troops in February.", None, None, None, None) is not None


def test_a_participle_adjective_is_no_cue():
    # "the detained sailors", "the destroyed truck": states, not an arrest or an attack here
    assert acled.classify(None, "The United States urged Iran to release the detained sailors.", None, None, None, None) is None
    assert acled.classify(None, "Police detained five sailors in the port.", None, None, None, None) is not None


def test_released_hostages_are_no_abduction():
    assert acled.classify(None, "Hamas released four Israeli hostages on Sunday.", None, None, None, None) is None
    assert acled.classify(None, "Gunmen took four villagers hostage on Sunday.", None, None, None, None) is not None


def test_a_threatened_protest_is_no_protest(project_dicts):
    import datetime as dt

    from coder.model import Article

    arts = [Article("t", "Kenyan traders threatened to close their shops in protest against the new tax.", dt.date(2024, 4, 21))]
    assert not [e for e in code_articles(arts, Config(), project_dicts).events if e["event_type"]]
