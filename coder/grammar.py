"""Grammar stage: who did what to whom, by shallow rules (TABARI-style, no parser).

find_candidates(sentence, mentions, context) -> list[Candidate]. Rules, in order:
  * a discard phrase silences the sentence (a `scope: verb` one only the verb it dates);
  * clauses split at ; : , and subordinators (which, who, while, after, ...);
  * a pattern that names its arguments' places ($ source, + target, ^ skipped actor; see
    match/roles.py) is obeyed; the roles it leaves open are found as below;
  * passive verbs: target before the verb, source from a "by X" (or "from X") phrase;
  * active verbs and nominal events: source is the nearest actor before the verb word in its
    clause (falling back to earlier clauses: the sentence subject), target the first actor
    after it; actors after a place preposition ("in Iraq") are places, not arguments; an actor
    after "by" / "from" is a target only when nothing better follows ("condemned an attack by
    X", "departed from X");
  * a "which/who" clause takes its antecedent as source; an -ing verb right after an actor takes
    that actor ("rebels fighting the army");
  * the source's own forces are no target ("its troops", "contribute 4,000 troops to X",
    "mobilized army reservists"), nor are regions, role words and borders after a place
    preposition ("in the Mediterranean", "near parliament", "near the Syrian border");
  * "that" and time words between a verb and its object keep it the direct object; a denial or
    rejection answers whoever made the accusation or demand ("a demand from X");
  * a verb joined to an earlier one by "and" ("condemned X and promised Y") shares its subject,
    even an unnamed one ("a bomb killed A and wounded B");
  * "he/she" resolves to the last person named in this or an earlier sentence; a pronoun that
    resolves to no one leaves the verb without a source;
  * coordinated actors ("Iran and Turkey") expand to one candidate per actor, and an actor
    with several codes to one candidate per code;
  * a paired code (a:b) also codes the reverse event, target -> source, with code b;
    coordinated actors of a symmetric verb (or a pair a:a) are coded both ways;
  * negation ("did not attack") and modality ("may attack") set `mode`; "said ... would" is the
    future of reported speech;
  * one row per violent incident: a nominal attack and the killing it caused, "in a bomb
    attack" after the verb, a victims' row with no attacker; two verbs coding the same dyad and
    code are one event; a nominal or -ing event in a time phrase ("after two days of fighting")
    with no subject of its own is background;
  * "X said Y must (should) do Z" is a demand (appeal) by X on Y; an unspecified demand or appeal
    takes its code from the act asked for (intent.as_request);
  * a generic statement (01x) is dropped when the sentence has a more specific event;
  * what is not asserted is not coded as done: what a denial denies, a demand asks for, a threat
    threatens (the threat takes the act's kind: "could blockade the ports" is 1381), an
    accusation or claim says ("accusation that X had shelled Y"), reports under investigation
    say, a plan or trip is for ("a trip aimed at pushing for a ceasefire"); an act in an
    if/unless clause is hypothetical; "vowed not to" negates;
  * arguments: a number before the object keeps it the object ("deported more than 200
    Venezuelans to X"); the slot a pattern names holds the target ("handed over X to <Y>");
    forces sent or given are the source's own; a body appealed to ("complained to the UN over
    Israeli raids") is the audience; "with X's help" helps; the party an if/unless clause names
    is the one a threat targets; "by the head of X", "by Baloch separatists", a reduced passive
    ("settlers accused of attacking"), "X that has seized", a possessor or adjective owning a
    nominal ("Poland's formal demand", "killed in Russian shelling") give the source;
  * mutual acts: coordinated subjects of a symmetric or reciprocal act ("joint", "exchange")
    act on each other, and an actor after on/about is the topic ("held talks on Syria");
  * what protesters demand is the protest's cause and gives it a target.

Two PETRARCH conventions are settings (settings.yaml; the PETRARCH importer turns both on):
`passive_needs_agent`, a verb is passive only when a by-phrase (or from-phrase) follows it, else
its clause is read as active; and `highest_verb_only`, a verb inside the clause of an earlier
verb ("he said the government proposed ...") is not coded apart from it. `require_dyad` drops
candidates that lack a source or a target.
"""

from __future__ import annotations

from dataclasses import replace

from .dictionary import NULL_CODE
from .inflect import IRREGULAR
from .intent import THREAT_ROOTS, as_intent, as_request, specificity
from .match.combine import POSSESSIVES, join_code
from .match.roles import anchor
from .model import Candidate, Mention, Sentence

BOUNDARY_WORDS = {"while", "whereas", "which", "who", "whom", "whose", "after", "before", "when", "because", "although", "though", "but", "where", "whereby", "since", "until", "unless", "if"}
RELATIVES = {"which", "who"}
SUBORDINATORS = {"after", "before", "when", "because", "while", "although", "though", "since", "until", "unless", "if", "whereas"}
BOUNDARY_PUNCT = {";", ":", ",", "(", ")", '"', "--"}
LOC_PREPS = {"in", "near", "inside", "outside", "across", "around", "into", "throughout", "within", "over"}
TARGET_PREPS = {"against", "at", "on", "towards", "toward", "to", "with", "upon", "between", "for"}
SOURCE_PREPS = {"by", "from"}
NOT_SOURCE = LOC_PREPS | TARGET_PREPS | {"of", "for"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "two", "three", "several", "some", "senior", "top", "local"}
# "in south Ithilen", "in northern Iraq": the preposition governs the place past these words
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
           "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without", "failed", "fails", "fail"}  # "failed to hit" did not hit
FUTURE = {"will", "'ll", "shall", "plans", "planned", "plan", "intends", "intend", "expected", "wants", "want", "wanted", "seeks", "sought", "hopes", "aims", "vowed", "vows",
          "pending", "awaiting"}  # "pending the trial of its leaders": not yet
HYPOTHETICAL = {"would", "could", "may", "might", "should", "can", "if"}
FRAMING = {"during", "after", "before", "following", "since", "amid", "ahead", "despite"}
OBLIGATION = {"must", "should", "ought"}
REPORTING = {"said", "says", "say", "announced", "announces", "told", "warned", "warns", "declared", "insisted", "stated", "vowed", "pledged", "promised", "confirmed", "added"}
PLAIN_STATEMENT = {"01", "010"}
# "its troops", "their government": the subject's own apparatus, what it acts with, not on
OWN_ROLES = {"GOV", "MIL", "COP", "SPY", "UAF"}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group"}
# short references to an actor named earlier: "the group said", "the ministry announced"
REFERENCES = {"group": "group", "movement": "group", "organisation": "group", "organization": "group", "militia": "group",
              "ministry": "state", "kingdom": "state", "country": "state", "republic": "state", "regime": "state"}


def _reference(norms: list[str], i: int) -> str | None:
    """The kind of actor a pronoun or 'the <noun>' at token i refers to, or None."""
    w = norms[i]
    if w in PRONOUNS:
        return PRONOUNS[w]
    if w in REFERENCES and i > 0 and norms[i - 1] == "the":
        return REFERENCES[w]
    return None


def _compatible(a: Mention, ref: str, strict: bool) -> bool:
    """Can the actor be what the reference points at? strict: the best kind only."""
    if ref == "person":
        return a.actor_kind == "person"
    if ref == "group":
        armed = a.actor_kind == "group" or a.code[3:6] in ("REB", "UAF", "INS", "OPP")
        return armed or (not strict and a.actor_kind in ("country", "igo"))
    return a.actor_kind == "country" or a.code[3:6] == "GOV"
# words that end a list of coordinated actors ("A and B said", "A and then B")
CONNECTIVE_STOP = {"said", "says", "and", "or", "but", "then", "with", "of", "in", "on", "at", "to", "from", "by", "for", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "would"}
QUANTITY = {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "group", "groups", "members", "member", "supporters", "crowd", "crowds", "number", "band", "unit", "units", "convoy", "team", "teams", "delegation", "squad", "contingent"}
# events that stand without a named actor (ACLED codes them with "Unidentified ..." actors)
ACTORLESS_ROOTS = {"14", "17", "18", "19", "20"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
_PP_IRREGULAR = {pp for _, pp in IRREGULAR.values()}


_NORMS: list = [None, None]  # the last sentence and its normalised tokens (one sentence is coded at a time)


def _norms(s: Sentence) -> list[str]:
    if _NORMS[0] is not s:
        _NORMS[0], _NORMS[1] = s, [t.norm for t in s.tokens]
    return _NORMS[1]


def is_passive(s: Sentence, v: Mention) -> bool:
    """Passive pattern, or an active pattern met in passive form ("were attacked by")."""
    if v.passive:
        return True
    at = anchor(v)
    first = s.tokens[at].norm
    if not (first.endswith("ed") or first in _PP_IRREGULAR):
        return False
    before = [t.norm for t in s.tokens[max(0, at - 2) : at]]
    if first in _READY and at + 1 < len(s.tokens) and s.tokens[at + 1].norm == "to":
        return False  # "is prepared to impose martial law": a readiness, not a passive
    if bool(before) and (before[-1] in BE_FORMS or (len(before) == 2 and before[0] in BE_FORMS and before[1].endswith("ly"))):
        return True
    norms = _norms(s)
    if at > 2 and norms[at - 1] in ("and", "or") and (norms[at - 2].endswith("ed") or norms[at - 2] in _PP_IRREGULAR) and norms[at - 3] in BE_FORMS:
        return True  # "were killed or wounded", "was arrested and charged": one passive
    # "four settlers accused of attacking Palestinians", "soldiers killed in the blast": a
    # participle after a noun with a preposition next, not an object, is a reduced passive
    nxt = norms[at + 1] if at + 1 < len(norms) else ""
    return (first in _REDUCED_PASSIVE and nxt in _AFTER_PARTICIPLE and not _lead_in(norms, at + 1)  # not "killed at least 50"
            and bool(before) and before[-1].isalpha() and before[-1] not in CONNECTIVE_STOP)


_PAST = {past for past, _ in IRREGULAR.values()}
_READY = {"prepared", "determined", "committed", "poised", "inclined", "resolved", "set"}
_REDUCED_PASSIVE = {"accused", "charged", "suspected", "convicted", "sentenced", "arrested", "detained", "killed", "wounded", "injured",
                    "abducted", "kidnapped", "jailed", "held", "captured", "targeted", "wanted"}
_AFTER_PARTICIPLE = {"of", "by", "in", "for", "over", "on", "during", "after", "near", "at"}


def _inline_quote(norms: list[str], i: int) -> bool:
    """A quote mark of a short quoted phrase ('rejected as "totally baseless" accusations'):
    part of its clause, not a boundary."""
    if norms[i] != '"':
        return False
    near = [j for j in range(max(0, i - 6), min(len(norms), i + 7)) if j != i and norms[j] == '"']
    return any(not any(norms[k] in BOUNDARY_PUNCT or norms[k] in BOUNDARY_WORDS for k in range(min(i, j) + 1, max(i, j))) for j in near)


def clause_bounds(s: Sentence, at: int) -> tuple[int, int]:
    norms = _norms(s)
    start = 0
    for i in range(at - 1, -1, -1):
        if (norms[i] in BOUNDARY_PUNCT or norms[i] in BOUNDARY_WORDS) and not _inline_quote(norms, i):
            start = i + 1
            break
    end = len(norms)
    for i in range(at, len(norms)):
        if (norms[i] in BOUNDARY_PUNCT or norms[i] in BOUNDARY_WORDS) and not _inline_quote(norms, i):
            end = i
            break
    return start, end


def preposition(s: Sentence, m: Mention, actors: list[Mention]) -> str:
    """The word governing an actor, skipping determiners; coordinated actors inherit it."""
    i = m.start - 1
    while i >= 0 and (s.tokens[i].norm in DETERMINERS or s.tokens[i].norm in COMPASS):
        i -= 1
    if i < 0:
        return ""
    word = s.tokens[i].norm
    if word in ("and", "or"):
        for other in actors:
            if other.end == i:
                return preposition(s, other, actors)
    if word == "'s":
        return "'s"
    if word == "of" and i > 0 and s.tokens[i - 1].norm in QUANTITY:  # "thousands of protesters" is the subject
        return ""
    return word


def _modifiers(norms: list[str], a: int, b: int, verbs: set[int]) -> bool:
    """Tokens a..b are only determiners/adjectives ("the evil awful"), at most three."""
    return b - a <= 3 and all(w.isalpha() and w not in CONNECTIVE_STOP for w in norms[a:b]) and not verbs & set(range(a, b))


def coordinated(s: Sentence, m: Mention, actors: list[Mention], verbs: set[int] = frozenset()) -> list[Mention]:
    """m plus actors joined to it by 'and' / ',' ("Iran and Turkey", "A, B and the evil C")."""
    norms = _norms(s)
    ordered = sorted(actors, key=lambda a: a.start)

    def next_after(cur):
        i = cur.end
        past_noun = False
        if cur.kind == "adjective":  # "an Israeli peace movement and the PLO": past the noun it modifies
            k = i
            while k < min(len(norms), i + 2) and norms[k].isalpha() and s.tokens[k].text.islower() and norms[k] not in CONNECTIVE_STOP and k not in verbs:
                k += 1
            if k > i and k < len(norms) and norms[k] in ("and", "or"):
                i, past_noun = k, True
        if i >= len(norms) or norms[i] not in ("and", ",", "or", "nor"):
            return None
        j = i + 1 + (norms[i] == "," and i + 1 < len(norms) and norms[i + 1] in ("and", "or"))
        for a in ordered:
            if a.start >= j and _modifiers(norms, j, a.start, verbs):
                # "French rail and refinery workers" are one group of one country
                return None if past_noun and (a.kind == "agent" or a.code[:3] == cur.code[:3]) else a
        return None

    # the whole chain of joined actors, then the list m is in: a list is "A, B, C and D", so a
    # comma after a plain "and" starts another one ("A and B, and C and D" is two lists)
    chain = [m]
    while (nxt := next_after(chain[-1])) is not None:
        chain.append(nxt)
    while (prev := next((a for a in reversed(ordered) if a.end <= chain[0].start and next_after(a) is chain[0]), None)) is not None:
        chain.insert(0, prev)
    lists = [[chain[0]]]
    joined = [False]  # a pair with no conjunction is no list: "Lebanon, the minister said"
    after_and = False
    for a, b in zip(chain, chain[1:]):
        comma = norms[a.end] == ","
        if comma and after_and:
            lists.append([])
            joined.append(False)
        after_and = not comma
        joined[-1] = joined[-1] or not comma or norms[a.end + 1] in ("and", "or")
        lists[-1].append(b)
    group, has_and = next((g, j) for g, j in zip(lists, joined) if any(x is m for x in g))
    return group if has_and or len(group) > 2 else [m]


def _mode(s: Sentence, v: Mention, lo: int) -> tuple[bool, str]:
    window = [t.norm for t in s.tokens[max(lo, v.start - 3) : v.start]]
    at = anchor(v)
    if any(w in NEGATORS for w in window) or [t.norm for t in s.tokens[at + 1 : at + 3]] in (["not", "to"], ["never", "to"]):
        return True, "negated"  # "did not attack"; "vowed not to return the Golan Heights"
    if any(w in FUTURE for w in window):
        return False, "future"
    if "would" in window and any(t.norm in REPORTING for t in s.tokens[: v.start]):
        return False, "future"  # "said they would boycott": the future of reported speech, not a hypothesis
    if any(w in HYPOTHETICAL for w in window) or (lo > 0 and s.tokens[lo - 1].norm in ("if", "unless")):
        return False, "hypothetical"  # "... if they sailed closer for joint drills with Seoul"
    return False, "actual"


def _pick_source(s, at, actors, context, lo, skip=()):
    """Nearest non-place actor before the verb word (token `at`) in its clause, else the
    sentence subject; a pronoun subject that resolves to no one gives no source."""
    norms = _norms(s)
    before = [a for a in actors if lo <= a.start and a.end <= at and id(a) not in skip]
    k = at - 1
    while k > lo and norms[k] in _AUXILIARIES:
        k -= 1
    if k > lo and norms[k] == "that" and (owner := next((a for a in actors if a.end == k and id(a) not in skip), None)) is not None:
        return owner, "relative"  # "the militant group that has seized parts of Iraq": the group
    for a in reversed(before):
        if preposition(s, a, actors) not in NOT_SOURCE:
            return a, "subject"
    if lo and norms[lo - 1] in RELATIVES:  # "Macedonia, which is preparing an offensive": the antecedent
        k = lo - 1 - (lo > 1 and norms[lo - 2] == ",")
        owner = next((a for a in actors if a.end == k and id(a) not in skip), None)
        return (owner, "relative") if owner is not None else (None, "")
    for i in range(at - 1, lo - 1, -1):
        ref = _reference(norms, i)
        if ref:
            here = [a for a in actors if a.end <= i and id(a) not in skip][::-1]  # nearest first
            told = [a for a in reversed(context) if a not in actors]  # previous sentence's subject first
            for strict in (True, False):
                fits = [a for a in here + told if _compatible(a, ref, strict)]
                if fits:
                    return fits[0], "pronoun"
            return None, ""  # "he said ...": someone we cannot name, not an earlier clause's actor
    between = [a for a in before if preposition(s, a, actors) == "between"]
    if between:  # "(talks) between A and B may spur ...": the pair is the subject
        return between[-1], "between"
    if lo and norms[lo - 1] in SUBORDINATORS and any(w.isalpha() and w not in DETERMINERS and not w.endswith("ly") for w in norms[lo:at]):
        return None, ""  # "after a powerful earthquake killed thousands": its own subject, no actor
    earlier = [a for a in actors if a.end <= lo and id(a) not in skip and preposition(s, a, actors) not in NOT_SOURCE]
    if earlier:
        return earlier[0], "sentence-subject"
    return None, ""


def _governor(s: Sentence, m: Mention) -> int:
    """Token index of the word governing an actor (its preposition), skipping determiners."""
    i = m.start - 1
    while i >= 0 and s.tokens[i].norm in DETERMINERS:
        i -= 1
    return i


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "more", "additional", "extra"}

# words between a verb and its object that leave the object direct: "demanded that the US",
# "rejected Thursday a United Nations appeal"
_LEAD_INS = DETERMINERS | {"that", "again", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

ANSWERED = {"demand", "demands", "call", "calls", "appeal", "appeals", "request", "requests", "proposal", "proposals", "offer", "offers", "plan", "plea", "pleas",
            "ultimatum", "invitation", "bid", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "report", "reports"}
ASKED_FOR = {"apology", "apologies", "compensation", "reparations", "explanation", "explanations", "assurances", "guarantees", "help", "aid",
             "assistance", "support", "funds", "money", "loan", "loans", "weapons", "arms", "clarification", "answers", "information",
             "cooperation", "access", "protection", "admission", "acknowledgement", "acknowledgment", "commitment", "pledge"}
WRONGS = {"crimes", "crime", "abuses", "abuse", "violations", "killings", "killing", "atrocities", "corruption", "fraud", "attacks", "attack",
          "misconduct", "torture", "massacre", "massacres", "wrongdoing", "bribery", "embezzlement", "crackdown", "crackdowns",
          "repression", "violence"}

# (prepositions, event code prefixes, nouns): an actor after such a noun is the one the event
# answers ("rejected a demand from X", "denied accusations by X"), asks ("demanded an apology
# from Japan") or investigates ("investigating war crimes by X"). Prefixes never overlap.
_NOUN_TARGETS = ((SOURCE_PREPS, ("12", "016"), ANSWERED), (SOURCE_PREPS, ("10", "02"), ASKED_FOR), ({"by"}, ("09",), WRONGS))


# what a force acts with is no target: "shelled the city with artillery", "struck with drones"
_WEAPON_WORDS = {"artillery", "tanks", "tank", "drones", "drone", "warplanes", "warplane", "jets", "aircraft", "helicopters", "helicopter",
                 "missiles", "rockets", "warships", "warship", "gunboats", "fighter", "military"}


_HELP = ("help", "support", "assistance", "backing", "aid", "cooperation", "blessing", "consent", "approval")


def _means_or_venue(s: Sentence, a: Mention, actors: list[Mention]) -> bool:
    """'with artillery': the means; 'at the White House': where (an institution as a venue)."""
    p = preposition(s, a, actors)
    if p == "with" and a.kind == "agent" and s.tokens[a.start].norm in _WEAPON_WORDS:
        return True
    if p == "at" and a.code.startswith("IGO") and "JUD" in a.code:  # "filed a case at the ICJ": the court hears it
        return True
    after = [t.norm for t in s.tokens[a.end : a.end + 2]]
    if p == "with" and len(after) == 2 and after[0] == "'s" and after[1] in _HELP:
        return True  # "with Albania's help": who helps, not whom the act is aimed at
    return p == "at" and a.actor_kind == "other" and a.country is not None and a.kind == "actor"


def _border(s: Sentence, a: Mention) -> bool:
    """'shelled positions near the Syrian border', 'villages near Macedonia's border with
    Bulgaria': a place, not Syria, Macedonia or Bulgaria (but troops massed near a border face
    that country: force posture, 15, keeps it)."""
    norms = _norms(s)
    if a.kind == "adjective" and a.end < len(norms) and norms[a.end] in _BORDERS:
        return True
    # a border after "near", "on", "along" is where ("villages near Macedonia's border with
    # Bulgaria"); a border closed or marched to is what the act is about ("closed its border with X")
    if norms[a.end : a.end + 1] == ["'s"] and norms[a.end + 1 : a.end + 2] and norms[a.end + 1] in _BORDERS:
        return _after_locative(s, norms, a.start)
    if a.start > 1 and norms[a.start - 1] == "with" and norms[a.start - 2] in _BORDERS:
        return _after_locative(s, norms, a.start - 2)
    return False


def _after_locative(s: Sentence, norms: list[str], i: int) -> bool:
    """Does the noun phrase ending at i stand after a locative preposition ("near the
    border", "on Macedonia's northern border")? Walks back over determiners, compass words and
    a capitalised owner with its 's."""
    k = i - 1
    while k >= 0 and (norms[k] in DETERMINERS or norms[k] in COMPASS or norms[k] == "'s" or s.tokens[k].text[:1].isupper()):
        k -= 1
    return k >= 0 and norms[k] in _BORDER_PREPS


_BORDERS = {"border", "borders", "frontier", "frontiers", "side"}
_BORDER_PREPS = {"near", "on", "along", "at", "across", "by", "from", "nearby"}


_COUNTS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"}
# words that are part of a number only before one ("at least 20", "about 300"; not "fired at X")
_APPROX = {"more", "than", "at", "least", "some", "about", "nearly", "almost", "around", "roughly", "over", "fewer", "less", "up", "to"}


def _lead_in(norms: list[str], i: int) -> bool:
    """Word i may stand between a verb and its direct object: a determiner, a time word, or part
    of a number ("deported more than 200 Venezuelans", "detained hundreds of protesters")."""
    w = norms[i]
    if w in _LEAD_INS or w in _NUMBER_WORDS or w in _COUNTS or _numeral(w) or (w == "of" and i > 0 and norms[i - 1] in _COUNTS):
        return True
    return w in _APPROX and i + 1 < len(norms) and (_numeral(norms[i + 1]) or norms[i + 1] in _APPROX | _NUMBER_WORDS | _COUNTS)


def _numeral(w: str) -> bool:
    return w.replace(",", "").replace(".", "").isdigit()


def _right_after(norms: list[str], start: int, ends: set[int]) -> bool:
    i = start
    while i not in ends and i > 0 and _lead_in(norms, i - 1):
        i -= 1
    return i in ends and i != start


_DISPATCH = {"deploy", "deploys", "deployed", "deploying", "send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched",
             "dispatching", "contribute", "contributes", "contributed", "contributing"}


def _own(s: Sentence, a: Mention, code: str = "") -> bool:
    """'its troops', 'their peacekeeping force': the subject's own; so are the forces a show of
    force moves ('mobilized army reservists'); and in an offer ('to contribute 4,000 troops to
    X') a number of troops is what it gives."""
    forces = (a.kind == "agent" and a.code[:3] in OWN_ROLES) or a.code.endswith("PKO")
    if not forces or a.start == 0:
        return False
    g = _governor(s, a)
    if g >= 0 and s.tokens[g].norm in _DISPATCH:  # "refused to deploy peacekeepers in Iraq": its own, sent to Iraq
        return True
    if code[:2] in ("06", "07") and a.kind == "agent":  # "delivered fighter jets to X": what is given
        return True
    prev = s.tokens[a.start - 1].norm
    counted = prev.replace(",", "").isdigit() or prev in _NUMBER_WORDS
    posture = code[:2] == "15" and a.kind == "agent"  # "mobilized army reservists": its own
    return prev in POSSESSIVES or posture or (counted and code[:2] not in ("17", "18", "19", "20"))


def _after_noun_target(s: Sentence, norms: list[str], a: Mention, p: str, code: str) -> bool:
    """Whether `a`, after preposition `p`, follows a noun that makes it the target (_NOUN_TARGETS)."""
    for preps, prefixes, nouns in _NOUN_TARGETS:
        if p in preps and code.startswith(prefixes):
            g = _governor(s, a)
            return g > 0 and norms[g - 1] in nouns
    return False


_PLACE_NOUNS = {"capital", "city", "town", "port", "village", "province", "region", "district", "island", "enclave", "state"}


def _in_place_phrase(norms: list[str], g: int) -> bool:
    """The place noun at g ends a phrase opened by a place preposition ("in the Saudi capital")."""
    for i in range(g - 1, max(-1, g - 6), -1):
        if norms[i] in LOC_PREPS:
            return True
        if (not norms[i].isalpha() and norms[i] != "'s") or norms[i] in CONNECTIVE_STOP:
            return False  # "in East Timor's capital Dili" reads through the possessive
    return False


_FORCE_ROOTS = {"17", "18", "19", "20"}


def _custodian(norms: list[str], a: Mention) -> bool:
    """'in Israeli police custody', 'in the custody of the police': who holds the detainee."""
    return norms[a.end : a.end + 1] == ["custody"] or (a.start > 1 and norms[a.start - 2 : a.start] == ["custody", "of"]) or (
        a.start > 2 and norms[a.start - 3 : a.start] == ["custody", "of", "the"])


def _bare_count(norms: list[str], i: int) -> bool:
    """A number standing alone as the object ('and arresting 12,'): the people it counts are the
    ones named before."""
    return i < len(norms) and (_numeral(norms[i]) or norms[i] in _NUMBER_WORDS) and (i + 1 == len(norms) or norms[i + 1] in BOUNDARY_PUNCT | {"and", "."} | BOUNDARY_WORDS)


def _seceded_from(norms: list[str], a: Mention) -> bool:
    """'Iraqi Kurds ... calling for independence from Iraq': the state a people would leave is
    the target, though it is their own."""
    return a.start > 1 and norms[a.start - 1] == "from" and norms[a.start - 2] in ("independence", "autonomy", "secession", "separation")


_ORGANISED = {"staged", "organized", "organised", "held", "called", "led", "planned", "mounted", "announced"}


_PROTEST_NOUNS = {"march", "marches", "protest", "protests", "rally", "rallies", "demonstration", "demonstrations", "sit-in", "strike", "vigil"}


def _before_by(norms: list[str], a: Mention, floor: int = 0) -> int:
    """Index of the word before "by X" (past X's determiners, not below `floor`), else -1."""
    i = a.start - 1
    while i > floor and norms[i] in DETERMINERS:
        i -= 1
    return i - 1 if i > 0 and norms[i] == "by" else -1


def _held_by(norms: list[str], a: Mention, end: int) -> bool:
    """'the demonstration staged by students', right after the pattern's object: who holds the
    event the act is done to is its target."""
    k = _before_by(norms, a, end)
    return k == end and norms[k] in _ORGANISED


def _protest_by(norms: list[str], a: Mention) -> bool:
    """'deployed riot police ahead of a march by opposition supporters': force or repression
    aimed at a protest is aimed at its marchers."""
    k = _before_by(norms, a)
    return k >= 0 and norms[k] in _PROTEST_NOUNS


def _pick_target(s, v, actors, hi, exclude=(), same=()):
    """First actor after the verb by preference: after a target preposition or as the direct
    object; then one entered ("into Mordor"); then after "of", "by" or "from" ("an attack by
    X", "departed from X"); last, a place's owner ("in Bree"). Actors coded like the source
    (`same`) are not its target."""
    head = v.head_end or v.end  # actors inside a pattern's gap ("clashed with X" as "{clash} ... with") count
    at = anchor(v)
    head = max([head] + [e for b, e in getattr(v, "segs", ()) if b <= at < e])  # not before the verb word
    norms = _norms(s)
    # "met Sunday and decided to approve a plan ...", "agreed to resign without returning to X": a
    # verb conjoined after "and" (or "without") starts a predicate of its own; its words are not
    # this verb's target
    named = {i for a in actors for i in range(a.start, a.end)}
    hi = next((j for j in range(head, hi - 1) if (norms[j] == "and" and j + 1 not in named and _past_form(norms[j + 1])
               and not s.tokens[j + 1].text[:1].isupper()) or (norms[j] == "without" and norms[j + 1].endswith("ing"))), hi)
    after = [a for a in actors if head <= a.start and a.end <= hi and id(a) not in exclude and (a.code not in same or _seceded_from(norms, a)) and not _own(s, a, v.code)
             and not (_border(s, a) and v.code[:2] != "15") and not _means_or_venue(s, a, actors)]
    ranked = []
    ends_in_prep = v.end > head and norms[v.end - 1] in TARGET_PREPS  # "{hand:over} ... to": the pattern names the target's slot
    same3 = {c[:3] for c in same}
    for a in after:
        p = preposition(s, a, actors)
        if a.end < len(norms) and (norms[a.end] in _AUXILIARIES or norms[a.end] in HYPOTHETICAL) and len(a.code) == 3 and a.code in same3:
            continue  # "Xi pledged that Beijing would keep backing X": the source itself, named again
        if (ends_in_prep and _right_after(norms, a.start, {v.end})) or (a.end <= v.end and p in TARGET_PREPS):
            ranked.append((-1, a.start, a, p))  # "handed over a suspect to Iraqi authorities": the slot the pattern names
        elif p == "by" and (_held_by(norms, a, v.end) or (v.code[:2] in ("15", "17") and _protest_by(norms, a))):
            ranked.append((-1, a.start, a, "organisers"))  # "prevented the demonstration staged by students": the protesters
        elif v.code[:2] == "11" and p in _ACCUSING:  # "filed a case at the ICJ accusing Israel of genocide"
            ranked.append((-1, a.start, a, p))
        elif _right_after(norms, a.start, {v.end, head}):  # "demanded that the US ...", "rejected Thursday a UN appeal"
            ranked.append((0, a.start, a, "object"))
        elif a.end <= v.end and p not in TARGET_PREPS | SOURCE_PREPS | LOC_PREPS:
            if (v.nominal and a.end < v.end and norms[a.end].isalpha() and s.tokens[a.end].text.islower()
                    and norms[a.end] not in TARGET_PREPS | SOURCE_PREPS | LOC_PREPS | CONNECTIVE_STOP):
                continue  # "the lifting of U.S. sanctions": whose sanctions, an attribute of the noun
            ranked.append((0, a.start, a, "object"))  # inside the pattern's object: "ready to release Israeli hostages"
        elif _after_noun_target(s, norms, a, p, v.code):
            ranked.append((0, a.start, a, p))
        elif p == "for" and _governor(s, a) > max(head, v.end) + 2:  # "left (yesterday) for X"; not "support for X" far away
            ranked.append((2, a.start, a, p))
        elif p in TARGET_PREPS:
            ranked.append((0, a.start, a, p))
        elif a.start in (v.end, head) or p == "'s" or (a.start - 1 in (v.end, head) and s.tokens[a.start - 1].norm in DETERMINERS):
            ranked.append((0, a.start, a, "object"))
        elif p in SOURCE_PREPS:
            if v.code[:2] == "01" and v.code[:3] != "016":  # "said ... support from X": not the addressee; but
                continue  # "denied accusations by X" answers X
            ranked.append((2, a.start, a, p))
        elif p in ("into", "over", "across"):
            ranked.append((1, a.start, a, p))
        elif p in _PLACE_NOUNS and _in_place_phrase(norms, _governor(s, a)):
            ranked.append((3, a.start, a, "place"))  # "met in the Saudi capital Riyadh": where, not whom
        elif p == "of":
            ranked.append((2, a.start, a, "of"))
        elif p in LOC_PREPS:
            if (a.actor_kind == "other" and not a.country and len(a.code) == 3) or a.kind == "agent":
                continue  # "in the Mediterranean", "near parliament": where, not whom
            ranked.append((3, a.start, a, "place"))
        else:  # a lone adjective far from the verb qualifies some other noun ("the Palestinian uprising")
            ranked.append((3 if a.kind == "adjective" else 1, a.start, a, "object"))
    if not ranked:
        return None, ""
    _, _, a, how = min(ranked, key=lambda r: (r[0], r[1]))
    if v.code[:2] == "11" and a.code.startswith("IGO") and preposition(s, a, actors) == "to":
        # "complained to the United Nations over Israeli air raids": a body appealed to is the
        # audience; the complaint is about the party named after "over" / "about"
        about = [r for r in ranked if r[1] > a.start and preposition(s, r[2], actors) in ("over", "about") and not r[2].code.startswith("IGO")]
        if about:
            return about[0][2], preposition(s, about[0][2], actors)
    return a, how


def _by_roles(s, v, actors, context, lo, hi):
    """Arguments a pattern places itself (match/roles.py): (source, how, target, how, ids of
    skipped actors, whether the source / target was placed)."""
    segs = v.segs
    n = len(segs)
    src = tgt = None
    sv = tv = ""
    placed_src = placed_tgt = False
    skip: set[int] = set()
    for g, marks in v.gaps:
        if g == 0:
            pool = [a for a in actors if lo <= a.start and a.end <= segs[0][0] and preposition(s, a, actors) not in LOC_PREPS][::-1]
            marks = marks[::-1]  # read outwards from the pattern
        else:
            a0, b0 = segs[g - 1][1], (segs[g][0] if g < n else hi)
            pool = [a for a in actors if a0 <= a.start and a.end <= b0]
        units: list[tuple[Mention, set[int]]] = []  # (first actor met, ids of its list): "^" skips a whole list
        for a in pool:
            if not any(id(a) in ids for _, ids in units):
                units.append((a, {id(x) for x in coordinated(s, a, actors)}))
        for k, mk in enumerate(marks):
            first, ids = units[k] if k < len(units) else (None, set())
            if mk == "^":
                skip |= ids
            elif mk == "$":
                placed_src = True
                if first is not None:
                    src, sv = first, "pattern"
                elif g == 0:  # nothing before the pattern in its clause: the sentence subject, a pronoun
                    src, sv = _pick_source(s, segs[0][0], actors, context, lo, skip)
            elif mk == "+":
                placed_tgt = True
                if first is not None:
                    tgt, tv = first, "pattern"
    return src, sv, tgt, tv, skip, placed_src, placed_tgt


_THREATENING = {"13"} | THREAT_ROOTS  # threats, and coercion announced as future


def _condition_subject(s: Sentence, norms: list[str], actors: list[Mention], hi: int, same: set[str]):
    """'threatened to quit the talks if the United States deploys missiles': whoever must act
    for the threat to be carried out is the one threatened (the subject of the if/unless clause)."""
    j = hi + (hi < len(norms) and norms[hi] == ",")
    if j >= len(norms) or norms[j] not in ("if", "unless"):
        return None, ""
    end = clause_bounds(s, j + 1)[1]
    for a in actors:
        if j < a.start and a.end <= end and a.code not in same:
            if preposition(s, a, actors) in NOT_SOURCE:
                return None, ""  # the clause opens with a place or an object, not a party
            return a, "condition"
    return None, ""


def _after_by(s: Sentence, a: Mention) -> bool:
    """'planted by Baloch separatists': "by" before the actor, past determiners and up to two
    capitalised words the dictionaries do not know."""
    i, names = a.start - 1, 0
    while i >= 0 and (s.tokens[i].norm in DETERMINERS or s.tokens[i].norm in ("pro", "-") or (s.tokens[i].text[:1].isupper() and names < 2)):
        names += s.tokens[i].norm not in DETERMINERS and s.tokens[i].norm not in ("pro", "-")
        i -= 1  # "by Baloch separatists", "by pro-Russia rebels"
    return i >= 0 and s.tokens[i].norm == "by"


def _owns_noun(s: Sentence, a: Mention, v: Mention) -> bool:
    """An adjective right before a nominal event ("Israeli air raids"), or a possessor with at most
    two plain words between ("Poland's formal demand"): the act is theirs."""
    if a.kind == "adjective" and a.end == v.start:
        return True
    gap = s.tokens[a.end + 1 : v.start]
    return (a.end < v.start and s.tokens[a.end].norm == "'s" and len(gap) <= 2
            and all(t.text.isalpha() and t.text.islower() for t in gap))


_HEADS = {"head", "heads", "chief", "chiefs", "director", "leader", "leaders", "members", "member", "envoy", "representatives", "president"}


def _by_head_of(s: Sentence, a: Mention) -> bool:
    """'was urged by the head of the IAEA', 'condemned by members of the Security Council': the
    body the head or members belong to is the agent."""
    g = _governor(s, a)
    if g < 1 or s.tokens[g].norm != "of" or s.tokens[g - 1].norm not in _HEADS:
        return False
    i = g - 2
    while i >= 0 and s.tokens[i].norm in DETERMINERS:
        i -= 1
    return i >= 0 and s.tokens[i].norm == "by"


def _agent_named(s, v, actors, hi) -> bool:
    """A passive verb names its agent ("by X", "from X"). With `passive_needs_agent` (PETRARCH)
    a passive without one is read as active: a verb is passive only when a by-phrase follows
    ("X was criticized over its dispute with Y": X -> Y)."""
    return any(t.norm == "by" for t in s.tokens[v.head_end or v.end : hi]) or any(
        preposition(s, a, actors) == "from" for a in actors if (v.head_end or v.end) <= a.start and a.end <= hi)


# a verb right after "and" continues the previous verb's clause: "X condemned Y and promised Z"
_CONJOINED = {"and", "but"}


_AUXILIARIES = {"has", "have", "had", "will", "would", "was", "were", "is", "are"}


def _conjoined(norms: list[str], at: int) -> bool:
    i = at - 1
    if i >= 0 and norms[i] in _AUXILIARIES:  # "and has urged"
        i -= 1
    if i >= 0 and (norms[i].endswith("ly") or norms[i] in ("also", "then", "later")):
        i -= 1
    return i >= 0 and norms[i] in _CONJOINED


def _governed(s: Sentence, norms: list[str], v: Mention, earlier: list[Mention]) -> bool:
    """PETRARCH codes the highest verb of a phrase only: a verb in the clause of an earlier verb
    ("he said the government proposed ...") is part of that verb's phrase, not an event of its
    own, unless it is joined to it by "and" (a second verb phrase). With `highest_verb_only`."""
    return not _conjoined(norms, anchor(v)) and any(w.end <= v.start and clause_bounds(s, w.start)[1] >= v.start for w in earlier)


def _primaries(actors: list[Mention]) -> tuple[list[Mention], dict[tuple[int, int], list[Mention]]]:
    """One mention per span; the others at that span are further codes of the same actor."""
    first: dict[tuple[int, int], Mention] = {}
    more: dict[tuple[int, int], list[Mention]] = {}
    for a in actors:
        key = (a.start, a.end)
        if key in first:
            if a.code != first[key].code:
                more.setdefault(key, []).append(a)
        else:
            first[key] = a
    return list(first.values()), more


def _codes_of(m: Mention | None, more) -> set[str]:
    return set() if m is None else {m.code} | {x.code for x in more.get((m.start, m.end), [])}


def find_candidates(s: Sentence, mentions: list[Mention], context: list[Mention] | None = None, require_dyad: bool = False,
                    passive_needs_agent: bool = False, highest_verb_only: bool = False) -> list[Candidate]:
    context = context or []
    discards = [m for m in mentions if m.kind == "discard"]
    if any(m.code != "verb" for m in discards):
        return []
    actors, more = _primaries([m for m in mentions if m.kind in ("actor", "agent", "adjective")])
    verbs = [m for m in mentions if m.kind == "verb" and m.code != NULL_CODE]  # null patterns only block
    verb_tokens = {i for v in verbs for i in range(v.start, v.end)}
    norms = _norms(s)

    def codes(group):  # an actor with several codes stands for each of them
        return [x for a in group for x in ([a] + more.get((a.start, a.end), []) if a is not None else [None])]

    def arguments(v, subject):
        at = anchor(v)
        lo, hi = clause_bounds(s, v.start)
        if hi < v.end:  # a pattern may span a comma ("complete, full ties"): its clause goes on after it
            _, hi = clause_bounds(s, v.end - 1)
            hi = max(hi, v.end)
        if len(verbs) > 1:  # "condemned X and promised Y to Z": the second verb's object is not the
            # first's (but "donated and delivered goods to Z" shares it)
            hi = min([hi] + [w.start for w in verbs if w.start > v.end + 1 and _conjoined(norms, anchor(w))])
        src = tgt = None
        sv = tv = ""
        gaps = getattr(v, "gaps", ())
        if gaps:
            src, sv, tgt, tv, skip, placed_src, placed_tgt = _by_roles(s, v, actors, context, lo, hi)
            if not placed_src:
                taken = skip | ({id(a) for a in coordinated(s, tgt, actors)} if tgt is not None else set())
                src, sv = _pick_source(s, at, actors, context, lo, taken)
            if not placed_tgt:
                tgt, tv = _pick_target(s, replace(v, head_end=v.end), actors, hi, skip | {id(src)}, _codes_of(src, more))
            rule = "pattern"
        elif is_passive(s, v) and not (passive_needs_agent and not _agent_named(s, v, actors, hi)):
            before = [a for a in actors if lo <= a.start and a.end <= at and preposition(s, a, actors) not in LOC_PREPS]
            if before:
                tgt, tv = before[-1], "passive-subject"
            after = [a for a in actors if (v.head_end or v.end) <= a.start and a.end <= hi]
            for a in after:
                p = preposition(s, a, actors)
                if (p == "by" or _by_head_of(s, a)) and src is None:
                    src, sv = a, "by-phrase"
            for a in after:
                p = preposition(s, a, actors)
                if src is None and p == "from":
                    src, sv = a, "from-phrase"
                elif tgt is None and p in TARGET_PREPS:
                    tgt, tv = a, p
            if src is None:  # "were killed in Russian shelling": the pattern's own noun names whose
                src = next((a for a in actors if at < a.start and a.end < v.end and a.kind == "adjective"), None)
                sv = "attributive" if src is not None else sv
            if src is None and v.code[:2] == "17":  # "... were arrested, the Philippine police said": the police did
                src = next((a for a in actors if a.start >= v.end and a.end < len(norms) and norms[a.end] in REPORTING and a.code.endswith("COP") and "police" in a.text.lower()), None)
                sv = "attribution" if src is not None else sv
            rule = "passive"
        else:
            if subject is not None and _conjoined(norms, at):  # "X killed A and wounded B": X, even if unnamed
                src, sv = subject[0], "conjoined" if subject[0] is not None else ""
            elif norms[at].endswith("ing") and (doer := next((a for a in actors if a.end == at), None)) is not None:
                src, sv = doer, "participle"  # "a ceasefire with rebels fighting the government": the rebels
            elif v.nominal and (doer := next((a for a in actors if _owns_noun(s, a, v)), None)) is not None:
                src, sv = doer, "attributive"  # "over two Israeli air raids", "Poland's formal demand": whose act it is
            else:
                src, sv = _pick_source(s, at, actors, context, lo)
            if src is None:  # "a car bomb planted by al-Shabaab killed ...": the agent inside the pattern
                src = next((a for a in actors if v.start <= a.start and a.end <= v.end and _after_by(s, a)), None)
                sv = "by-phrase" if src is not None else sv
            tgt, tv = _pick_target(s, v, actors, hi, {id(src)}, _codes_of(src, more))
            if tgt is None and v.code[:2] in _THREATENING:
                tgt, tv = _condition_subject(s, norms, actors, hi, _codes_of(src, more))
            rule = "nominal" if v.nominal else "active"
        return src, sv, tgt, tv, rule, lo

    # a pattern for coordinated actors ("%$": "A and B agree") applies when they are coordinated,
    # and then wins over the plain patterns it overlaps; else it does not apply
    conditional = [v for v in verbs if getattr(v, "compound", ())]
    if conditional:
        held = []
        for v in conditional:
            src, _, tgt, _, _, _ = arguments(v, None)
            if all(x is not None and len(coordinated(s, x, actors, verb_tokens)) > 1 for x in ((src,) if "$" in v.compound else ()) + ((tgt,) if "+" in v.compound else ())):
                held.append(v)
        verbs = [v for v in verbs if any(v is h for h in held) or not (getattr(v, "compound", ()) or any(v.start < h.end and h.start < v.end for h in held))]

    out: list[Candidate] = []
    subject: tuple[Mention, str] | None = None  # the previous verb's source, for a conjoined verb
    for k, v in enumerate(verbs):
        if highest_verb_only and _governed(s, norms, v, verbs[:k]):
            continue
        src, sv, tgt, tv, rule, lo = arguments(v, subject)
        if src is None and v.code[:2] in _FORCE_ROOTS:  # "died of torture in Israeli police custody"
            src = next((a for a in actors if _custodian(norms, a)), None)
            sv = "custody" if src is not None else sv
        if tgt is None and _bare_count(norms, v.end):  # "killing one person and arresting 12": 12 of the same
            tgt = next((c.target for c in reversed(out) if c.target is not None), None)
            tv = "ellipsis" if tgt is not None else tv
        negated, mode = _mode(s, v, lo)
        subject = (src, sv) if rule != "passive" else None
        if src is None and tgt is None:
            # "clashes erupted near X": an event with no actor named anywhere in the sentence
            if v.code[:2] in ACTORLESS_ROOTS and not negated and not actors:
                out.append(Candidate(s, v, None, None, negated, mode, "", "", "actorless"))
            continue
        if v.code[:2] == "01" and (src is None or tgt is None):  # a statement needs a speaker and an addressee
            continue
        sources = coordinated(s, src, actors, verb_tokens) if src else [None]
        targets = coordinated(s, tgt, actors, verb_tokens) if tgt else [None]
        if tv == "object" and norms[v.end - 1] == "between":  # the pattern ends in "between" ("talks between")
            tv = "between"
        if v.nominal and src is None and tgt is not None and tv == "between" and len(targets) > 1:  # "talks between A and B"
            sources, tgt, tv = targets, None, "between"
        reverse = getattr(v, "reverse", None)
        if more:
            sources, targets = codes(sources), codes(targets)
        # "A and B agreed to hold joint exercises", "began exchanging data": a reciprocal word in the pattern
        mutual = v.symmetric or tv == "between" or (reverse is not None and reverse == v.code) or bool(_RECIPROCAL.intersection(norms[v.start : v.end]))
        # "pledged to step up the exchange of intelligence": in a cooperative act's object too
        mutual = mutual or (v.code[:2] in _COOPERATIVE and bool(_RECIPROCAL.intersection(norms[v.end : min(v.end + 5, clause_bounds(s, v.start)[1])])))
        # "A and B met (in C)", "talks between A and B", "A and B held talks on C" (a topic)
        if mutual and (tgt is None or tv in ("place", "over", "on", "about")) and len(sources) > 1:
            for a in sources:
                for b in sources:
                    if a is not b and a.code != b.code:
                        out.append(Candidate(s, v, a, b, negated, mode, sv, "symmetric", rule))
            continue
        if require_dyad and (src is None or tgt is None):
            continue
        back = replace(v, code=reverse) if reverse else None
        for a in sources:
            for b in targets:
                if a is not None and b is not None and a.code == b.code and not _seceded_from(norms, b):
                    continue
                out.append(Candidate(s, v, a, b, negated, mode, sv, tv, rule))
                if back is not None and a is not None and b is not None:  # LEFT [032:033]: the visit is also received
                    out.append(Candidate(s, back, b, a, negated, mode, tv, sv, rule + "-reverse"))
    seen: set[tuple] = set()
    unique = []
    for c in out:  # "Kofi Annan, UN secretary-general": one event, not one per name of the same actor
        key = (c.verb.start, c.verb.code, c.source.code if c.source else None, c.target.code if c.target else None)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    for d in discards:  # a verb-scoped discard ("during World War Two") cancels the verb it dates:
        # the one before it; with none, the next ("the day in 1945 when a U.S. bomber dropped")
        last = max((v for v in verbs if anchor(v) < d.start), key=lambda v: v.start, default=None)
        if last is None:
            last = min((v for v in verbs if v.start >= d.end), key=lambda v: v.start, default=None)
        elif _uncoded_verb_between(norms, actors, last.end, d.start):
            last = None
        if last is not None:
            unique = [c for c in unique if c.verb.start != last.start]
    out = _requested(s, verbs, _demands(s, verbs, actors, context, _protest_demands(s, _one_per_incident(_manner(s, _same_event_once(unique))))))
    # a plain "said" (010) only carries the reported event; denials, pessimism etc. (011-018) are events
    if any(c.verb.code not in PLAIN_STATEMENT for c in out):
        out = [c for c in out if c.verb.code not in PLAIN_STATEMENT]
    return _property_targets(s, mentions, _associates(_drop_complements(s, _drop_unasserted(s, _claimed_own(s, out)))))


def _property_targets(s: Sentence, mentions: list[Mention], cands: list[Candidate]) -> list[Candidate]:
    """'A roadside bomb hit a Pakistani army vehicle': an attack on what a role owns (a vehicle,
    base, station or checkpoint named by the role word, match.PROPERTY_HEADS) is an attack on that
    role; its country is the adjective before it, else the context's (code stage)."""
    things = [m for m in mentions if m.kind == "thing"]
    if not things:
        return cands
    out = []
    for c in cands:
        if c.verb.code[:2] in _VIOLENCE and (c.target is None or c.target.kind == "adjective" or c.target_via == "place"):
            _, hi = clause_bounds(s, c.verb.start)
            t = next((t for t in things if (c.verb.head_end or c.verb.end) <= t.start < hi
                      and (c.target is None or c.target_via == "place" or c.target.end == t.start)), None)
            if t is not None:
                adj = c.target if c.target is not None and c.target.kind == "adjective" and c.target.end == t.start else None
                if adj is not None:
                    tgt = replace(t, kind="actor", code=join_code(adj.code, t.code), start=adj.start, country=adj.country,
                                  actor_kind="country", text=f"{adj.text} {t.text}", method="combined")
                else:
                    tgt = replace(t, kind="agent")
                c = replace(c, target=tgt, target_via="property")
        out.append(c)
    return out


def _uncoded_verb_between(norms: list[str], actors: list[Mention], a: int, b: int) -> bool:
    """A past-tense word outside any actor between tokens a and b: the words after it belong to
    a verb no pattern coded ("demanded that Germany pay for crimes its troops committed during
    the war": the war dates the crimes, not the demand)."""
    named = {i for m in actors for i in range(m.start, m.end)}
    return any(i not in named and (norms[i].endswith("ed") or norms[i] in _PP_IRREGULAR) for i in range(a, b))


_VIOLENCE = {"18", "19", "20"}
_COOPERATIVE = {"03", "04", "05", "06", "08"}
_RECIPROCAL = {"joint", "jointly", "bilateral", "mutual", "exchange", "exchanges", "exchanging", "exchanged", "reciprocal"}


def _violent(code: str) -> bool:
    """Roots 18-20, and a riot (145): "protesters stormed parliament and set it on fire" is one."""
    return code[:2] in _VIOLENCE or code.startswith("145")


def _dyad(c: Candidate) -> tuple:
    """Who did it to whom, and whether and how it happened: what makes two rows one event."""
    return (c.source.code if c.source else None, c.target.code if c.target else None, c.negated, c.mode)


def _same_event_once(cands: list[Candidate]) -> list[Candidate]:
    """Two verbs of a sentence coding the same dyad and code ("established ties with and opened
    an embassy in X") are one event told twice."""
    seen: set[tuple] = set()
    out = []
    for c in cands:
        key = (c.verb.code,) + _dyad(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    # "air-dropped food and medical supplies ... aid": the act by its most specific code, once;
    # an unspecified code (070) beside a specific one of its root (073) for the same dyad is it
    specific = {(_dyad(c), c.verb.code[:2]) for c in out if specificity(c.verb.code) > 0}
    return [c for c in out if specificity(c.verb.code) > 0 or (_dyad(c), c.verb.code[:2]) not in specific]


def _manner(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """'wounded two soldiers in a bomb attack', 'arrested 20 people in overnight raids': the
    nominal names how the verb's act was done. One event: the verb's dyad; of two violent codes,
    the more specific."""
    norms = _norms(s)
    out = list(cands)
    for c in cands:
        i = c.verb.start
        if not c.verb.nominal or c.verb.code[:2] not in _FORCE_ROOTS or "in" not in norms[max(0, i - 4) : i]:
            continue
        # the main act is a verb, or a pattern that ends on one ("British aircraft ... killed")
        main = next((d for d in out if d is not c and (not d.verb.nominal or _past_form(norms[d.verb.end - 1])) and d.verb.code[:2] in _FORCE_ROOTS
                     and d.verb.end <= i and d.negated == c.negated), None)
        if main is None:
            continue
        if _violent(c.verb.code) and _violent(main.verb.code) and specificity(c.verb.code) > specificity(main.verb.code):
            verb = replace(main.verb, code=c.verb.code, text=f"{main.verb.text} ... {c.verb.text}")
            out[out.index(main)] = replace(main, verb=verb)
        out.remove(c)
    return out


def _past_form(word: str) -> bool:
    return (len(word) > 3 and word.endswith("ed")) or word in _PAST


_PROTEST_KINDS = {"141", "142", "143", "144", "145"}


def _protest_demands(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """'Protesters blocked roads in Algiers, demanding the resignation of the government': what a
    protest demands is the protest's cause, not an event of its own; its target, if the protest
    names none, is the protest's."""
    norms = _norms(s)
    out = list(cands)
    for c in cands:
        if c.verb.code[:2] not in ("10", "02") or not norms[anchor(c.verb)].endswith("ing"):  # demanding, calling for
            continue
        protest = next((d for d in out if d.verb.code[:2] == "14" and d.verb.end <= c.verb.start
                        and (c.source is None or d.source is None or c.source.code[:3] == d.source.code[:3] or c.source is d.source)), None)
        if protest is None:
            continue
        k = out.index(protest)
        if (protest.target is None or protest.target_via == "place") and c.target is not None:
            protest = out[k] = replace(protest, target=c.target, target_via="demand")
        # what it demands says what kind of protest it is: leadership change, policy change,
        # rights, institutions (1041-1044, 0241-0244 -> 1411 ... 1454)
        p3, d = protest.verb.code, c.verb.code
        if len(p3) == 3 and p3 in _PROTEST_KINDS and d[:3] in ("104", "024") and len(d) == 4 and d[3] in "1234":
            out[k] = replace(protest, verb=replace(protest.verb, code=p3 + d[3]))
        out.remove(c)
    return out


def _one_per_incident(cands: list[Candidate]) -> list[Candidate]:
    """One event per incident: "a roadside bombing killed a soldier" is one attack, not a
    bombing (1833) and a killing (190). Violent rows (18-20) of a sentence with the same dyad
    and mode keep the most specific code; other acts stay apart ("dispersed and arrested")."""
    best: dict[tuple, Candidate] = {}
    for c in cands:
        if not _violent(c.verb.code):
            continue
        key = _dyad(c)
        kept = best.get(key)
        if kept is None or specificity(c.verb.code) > specificity(kept.verb.code):
            best[key] = c
    full = [(k, c) for k, c in best.items() if k[0] and k[1]]

    def folded(k: tuple, c: Candidate) -> bool:
        """A row missing one side is the same incident as a fuller row (same negation and mode)
        sharing the other side; and in "five people were killed when police opened fire on
        demonstrators" the victims' row has no attacker and its target no other country."""
        like = [(fk, fc) for fk, fc in full if fk[2:] == k[2:]]
        if any((k[0], k[1]) in ((fk[0], None), (None, fk[1])) for fk, _ in like):
            return True
        return k[0] is None and c.target is not None and any(c.target.country in (None, fc.target.country) for _, fc in like)

    keep = {id(c) for k, c in best.items() if (k[0] and k[1]) or not folded(k, c)}
    # "a rocket attack on the town of X wounded four people": the country (the place attacked)
    # and its people are one target of one incident; the most specific code stays
    places = {(k[0],) + k[2:]: c for k, c in full if c.target.kind != "agent" and len(k[1]) == 3 and c.target.country}
    for k, c in full:
        other = places.get((k[0],) + k[2:])
        if other is not None and c.target.kind == "agent":  # "four people": no country of their own here
            keep.discard(id(c if specificity(c.verb.code) <= specificity(other.verb.code) else other))
    return [c for c in cands if not _violent(c.verb.code) or id(c) in keep]


def _associates(cands: list[Candidate]) -> list[Candidate]:
    """Each row of a listed dyad names the other listed actors (ACLED's associated actors)."""
    groups: dict[tuple, tuple[list, list]] = {}
    for c in cands:
        srcs, tgts = groups.setdefault((c.verb.start, c.verb.code), ([], []))
        if c.source is not None and c.source not in srcs:
            srcs.append(c.source)
        if c.target is not None and c.target not in tgts:
            tgts.append(c.target)
    for c in cands:
        srcs, tgts = groups[(c.verb.start, c.verb.code)]
        c.source_with = tuple(m for m in srcs if m is not c.source and m is not c.target and m.code != getattr(c.source, "code", None))
        c.target_with = tuple(m for m in tgts if m is not c.target and m is not c.source and m.code != getattr(c.target, "code", None))
    return cands


def _demands(s: Sentence, verbs: list[Mention], actors: list[Mention], context, out: list[Candidate]) -> list[Candidate]:
    """"X said Y must do Z" is a demand by X on Y (CAMEO 10), "X said Y should (needs to) do Z"
    an appeal (02), not Y doing Z."""
    norms = _norms(s)
    for v in verbs:
        if v.code[:2] != "01":
            continue
        k = next((i for i in range(v.end, len(norms)) if norms[i] in OBLIGATION or norms[i : i + 2] in (["has", "to"], ["have", "to"], ["needs", "to"], ["need", "to"])), None)
        if k is None or (k and norms[k - 1] in HYPOTHETICAL):  # "NATO would need to remain strong": an opinion
            continue
        code = "100" if norms[k] in ("must", "has", "have") else "020"  # "should", "ought", "needs to": weaker
        lo, _ = clause_bounds(s, v.start)
        src, sv = _pick_source(s, anchor(v), actors, context, lo)
        subject = [a for a in actors if v.end <= a.start and a.end <= k]
        if src is None or not subject:
            continue
        demand = Mention("verb", v.start, k + 1, "grammar.obligation", code, text=f"{v.text} ... {s.tokens[k].text}", pattern="<statement> ... <actor> must|should")
        out = [c for c in out if c.verb.start <= k]  # the demanded act is not an event
        for b in coordinated(s, subject[0], actors):
            if b.code != src.code:
                out.append(Candidate(s, demand, src, b, False, "actual", sv, "obligation", "active"))
    return out


def _requested(s: Sentence, verbs: list[Mention], cands: list[Candidate]) -> list[Candidate]:
    """An unspecified demand or appeal (100, 020) takes its code from the act it asks for, the
    next event verb in its clause ("urged Iran to release ...": 0253)."""
    out = []
    for c in cands:
        if c.verb.code in ("100", "020"):
            _, hi = clause_bounds(s, c.verb.end)
            act = next((w for w in verbs if c.verb.end <= w.start < max(hi, c.verb.end + 8) and w.code[:2] not in ("01", "02", "10")), None)
            if act is not None:
                c = replace(c, verb=replace(c.verb, code=as_request(c.verb.code, act.code)))
        out.append(c)
    return out


_ACCUSING = {"accused", "accuses", "accuse", "accusing"}
_CLAIMS = {"accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "suspicion", "suspicions",
           "rumour", "rumours", "rumor", "rumors"}


def alleged(norms: list[str], at: int, checking: bool) -> bool:
    """The verb at `at` is what an accusation or claim says ("Moscow's accusation that Ukraine had
    tried to kill Putin"), or what reports being checked or denied say ("to investigate reports
    that its forces had shelled villages"): alleged, not reported as done."""
    for i in range(at - 1, max(-1, at - 16), -1):
        if norms[i] in BOUNDARY_PUNCT and norms[i] != ",":
            return False
        if norms[i] == "that" and i > 0 and at - i < 12 and (norms[i - 1] in _CLAIMS or (checking and norms[i - 1] in ("reports", "report"))):
            return True
        if norms[i] in _ACCUSING:  # "accused X of torturing detained activists": all of it alleged
            return True
    return False


# what an act or plan is for, not what was done: "a trip aimed at pushing for a ceasefire",
# "a resolution that aims to tighten sanctions and impose a blockade"
_PURPOSE = [("aimed", "at"), ("aiming", "at"), ("aims", "to"), ("aim", "to"), ("aimed", "to"), ("aiming", "to"), ("intended", "to"),
            ("designed", "to"), ("meant", "to"), ("bid", "to"), ("effort", "to"), ("efforts", "to"), ("order", "to"), ("as", "to")]


_PLANNING = {"preparing", "prepares", "prepare", "planning", "plans", "plan", "planned", "plotting", "plotted", "plot", "mulling", "considering"}
_NOUN_LEAD = {"a", "an", "the", "its", "their", "his", "her", "new", "major", "large-scale", "fresh", "possible", "further", "ground", "military", "full-scale", "another"}


def _planned(norms: list[str], c: Candidate) -> bool:
    """A nominal act being prepared or planned has not happened: "Macedonia, which is preparing a
    major offensive against the guerrillas", "a planned attack on the embassy"."""
    if not c.verb.nominal:
        return False
    i = c.verb.start - 1
    while i >= 0 and norms[i] in _NOUN_LEAD:
        i -= 1
    return i >= 0 and norms[i] in _PLANNING


def _purpose(norms: list[str], at: int) -> bool:
    """The verb word at `at` (a base form or an -ing form: not "... and killed") is governed by a
    purpose phrase before it in its clause."""
    w = norms[at]
    if _past_form(w) or (w.endswith("s") and not w.endswith("ss")):
        return False
    for i in range(at - 1, max(0, at - 12), -1):
        if norms[i] in BOUNDARY_PUNCT or norms[i] in BOUNDARY_WORDS:
            return False
        if (norms[i - 1], norms[i]) in _PURPOSE:
            return True
        if i < at - 1 and _past_form(norms[i]) and norms[i - 1] in ("and", "or"):
            return False  # "... aimed at retaking Y and killed ...": a new finite verb
    return False


_CLAIM = {"claim", "claims", "claimed", "claiming"}
_SELF = {"they", "it", "he", "she", "we", "i"}


def _claimed_own(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """'The US claimed that they had attacked Iraq': claiming one's own attack is claiming
    responsibility for it (015), with the attack's target; the attack itself is not reported as
    done by anyone else."""
    norms = _norms(s)
    out = []
    for c in cands:
        i = c.verb.start - 1
        while i >= 0 and norms[i] in ("had", "has", "have", "already"):
            i -= 1
        if c.verb.code[:2] in _FORCE_ROOTS and i > 0 and norms[i] in _SELF and (norms[i - 1] in _CLAIM or (norms[i - 1] == "that" and i > 1 and norms[i - 2] in _CLAIM)):
            c = replace(c, verb=replace(c.verb, code="015"))
        out.append(c)
    return out


def _drop_unasserted(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """Drop events the text does not assert happened. 'Iran denied supplying missiles to Russia',
    'denied that it had carried out air strikes': the denial (016) is the event, not what it
    denies. Likewise a demand or an appeal (10, 02): 'demanded that Israel withdraw' asks for,
    not reports, it; and hopes, fears and options weighed (012-014): 'considering sending police
    to Haiti'."""
    norms = _norms(s)
    checking = any(c.verb.code[:2] in ("09", "12") or c.verb.code[:3] == "016" for c in cands)
    cands = [c for c in cands if not alleged(norms, c.verb.start, checking) and not _purpose(norms, anchor(c.verb)) and not _planned(norms, c)]
    # what is threatened is not done either: "threatened to walk away from talks with the US"
    framing = [c for c in cands if c.verb.code[:3] in ("012", "013", "014", "016") or c.verb.code[:2] in ("10", "02", "13")]
    # what is condemned or rejected, named as a noun, is its object: "denounced Russia's annexation of X"
    verdicts = [c for c in cands if c.verb.code[:2] in ("11", "12") or c.verb.code[:3] == "051"]  # and praise: "praised X for brokering a truce"
    if not framing and not verdicts:
        return cands

    def inside(d, c):
        return d.verb.end <= c.verb.start < clause_bounds(s, d.verb.end)[1] and not _conjoined(norms, anchor(c.verb))

    def content(c):  # a noun ("Russia's annexation") or a participle ("a resolution calling for ...")
        i = c.verb.start
        return c.verb.nominal or (norms[anchor(c.verb)].endswith("ing") and i > 0 and norms[i - 1] != ",")

    def subject_of(d, c):  # "Russia's missile strike on Kyiv was condemned by ...": the passive verdict's subject
        return d.rule == "passive" and c.verb.nominal and c.verb.end <= d.verb.start and clause_bounds(s, d.verb.start)[0] <= c.verb.start

    out = [c for c in cands if not any(inside(d, c) for d in framing) and not (content(c) and any(inside(d, c) for d in verdicts))
           and not any(subject_of(d, c) for d in verdicts)]
    for d in verdicts:  # the verdict is on whoever did the act its subject names
        act = next((c for c in cands if subject_of(d, c) and c.source is not None), None)
        if act is not None and d in out and d.target is not act.source:
            out[out.index(d)] = replace(d, target=act.source, target_via="act")
    # an unspecified threat takes the kind of the act it threatens ("threatened to blockade the
    # ports" is 1381, not 130): the act is not done, but it says what is threatened
    for d in [d for d in framing if d.verb.code == "130" and d in out]:
        out[out.index(d)] = _kind_of_act(d, [c for c in cands if c not in out and inside(d, c) and c.verb.code[:2] in THREAT_ROOTS])
    return out


def _kind_of_act(d: Candidate, acts: list[Candidate]) -> Candidate:
    """An unspecified threat or intent (130, 030) takes the kind of the first act it announces,
    which is not itself coded: "threatened to blockade the ports" is 1381, "promised to host X" 036."""
    code = as_intent(acts[0].verb.code, "future") if acts else d.verb.code
    return replace(d, verb=replace(d.verb, code=code)) if code[:2] == d.verb.code[:2] and code != d.verb.code else d


def _drop_complements(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """An infinitive ("urged X to support Y"), a gerund after "of"/"with" ("accused X of attacking Y")
    or a trailing participle (", killing eight") that follows another event belongs to that
    event: CAMEO codes the governing verb only (the accusation, not the alleged attack)."""
    norms = _norms(s)
    first = min((c.verb.start for c in cands), default=0)
    keep = []
    for c in cands:
        i = c.verb.start
        others = any(d.verb.start != i for d in cands)
        prev = norms[i - 1] if i else ""
        prev2 = norms[i - 2] if i > 1 else ""
        complement = prev == "to" or (prev2 == "to" and (prev.endswith("ly") or prev == "be")) or (prev in ("of", "with") and norms[i].endswith("ing"))
        participle = norms[i].endswith("ing") and prev == ","
        # "... during a brief visit to X": a nominal event inside a time phrase frames the main one
        framed = (c.verb.nominal and any(w in FRAMING or w == "over" for w in norms[max(0, i - 4) : i])) or (prev in FRAMING and norms[i].endswith("ing"))  # "after leaving X"; "over its offensive"
        if i > first and (complement or participle or framed):
            continue
        if others and (_background(norms, c) or _passive_background(s, norms, c) or _relative_background(s, norms, c) or _dated_apart(s, norms, c)):
            continue
        keep.append(c)
    # "agreed to hold joint exercises with X": an unspecified intent (030) takes the kind of the
    # act it announces (0312), as a threat does (130 -> 138x)
    for k, d in enumerate(keep):
        if d.verb.code == "030":
            keep[k] = _kind_of_act(d, [c for c in cands if c not in keep and d.verb.start < c.verb.start < clause_bounds(s, d.verb.end)[1]])
    return keep


def _passive_background(s: Sentence, norms: list[str], c: Candidate) -> bool:
    """'... clashed with police after the opposition leader was sentenced': an agentless passive
    in a time clause is the background of the sentence's event; so is one in a relative clause
    of a place or an event ("a curfew in Montenegro, where 28 people have been killed", "two air
    raids in which 20 people were killed")."""
    if c.rule != "passive" or c.source is not None:
        return False
    lo, _ = clause_bounds(s, c.verb.start)
    return lo > 0 and (norms[lo - 1] in FRAMING or _relative_opener(norms, lo))


_WHICH_PREPS = {"in", "during", "after", "since", "amid"}


def _relative_opener(norms: list[str], lo: int) -> bool:
    """The clause starting at lo is a relative clause of a place or an event: "where ...", "in
    which ...", "during which ..."."""
    return lo > 0 and (norms[lo - 1] == "where" or (norms[lo - 1] == "which" and lo > 1 and norms[lo - 2] in _WHICH_PREPS))


_SPANS = {"week", "weeks", "month", "months", "year", "years", "decade", "decades"}  # a day or two after is still news


def _dated_apart(s: Sentence, norms: list[str], c: Candidate) -> bool:
    """'..., two weeks after Al-Qaeda-linked rebels kidnapped dozens of peacekeepers': a clause the
    sentence itself dates weeks or years away from its event is that event's background."""
    lo, _ = clause_bounds(s, c.verb.start)
    return lo > 1 and norms[lo - 1] in ("after", "before", "since") and norms[lo - 2] in _SPANS


def _relative_background(s: Sentence, norms: list[str], c: Candidate) -> bool:
    """'... in Montenegro where 28 people have been killed in ethnic riots this year': a nominal
    event in a relative clause of a place or an event, with no named actor of its own, is
    background too."""
    at = anchor(c.verb)
    as_noun = c.verb.nominal or any(w in ("in", "during", "amid") for w in norms[max(0, at - 2) : at])  # "killed in ethnic riots"
    if not as_noun or (c.source is not None and c.source.kind != "agent"):
        return False
    return _relative_opener(norms, clause_bounds(s, c.verb.start)[0])


def _background(norms: list[str], c: Candidate) -> bool:
    """'... agreed to a ceasefire after two days of fierce fighting': a nominal or -ing event in
    a time phrase with no subject of its own is the background of the sentence's event."""
    i = c.verb.start
    if not (c.verb.nominal or norms[i].endswith("ing")):
        return False
    j = next((k for k in range(i - 1, max(-1, i - 8), -1) if norms[k] in FRAMING or norms[k] in BOUNDARY_PUNCT), None)
    if j is None or norms[j] not in FRAMING:
        return False
    return c.source is None or c.source.end <= j
