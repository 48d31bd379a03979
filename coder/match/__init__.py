"""Match stage: dictionary mentions in a sentence.

find_mentions(sentence, compiled) runs the exact matcher (Aho-Corasick), resolves overlaps,
combines country words with agents and titles with people, then tries rapidfuzz on the
capitalised spans that found no exact match.

Several actor mentions over the same tokens are one actor with several codes (the grammar
codes one event per code): an actor entry whose id is `<id>~<n>` (names: none) adds its code
to actor `<id>` (PETRARCH's `THE_SHIRE [FRO/BIL/SAM]`), and listed agents share the countries
listed after them ("lawmakers and officials in A and B": A and B's LEG and GOV).
"""

from __future__ import annotations

from dataclasses import replace

from ..dictionary import Compiled
from ..geo import nationality_adjectives
from ..inflect import IRREGULAR
from ..intent import specificity
from ..model import Mention, Sentence
from .combine import PROPERTY_HEADS, combine
from .exact import exact_mentions
from .fuzzy import fuzzy_mentions
from .resolve import resolve_overlaps
from .roles import anchor

# "an attack by", "the fighting", "a meeting": a verb pattern after a determiner is a noun
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "no", "every", "each", "'s"}
# "a brief private visit": adjectives between the determiner and the noun (not these words)
_NOT_ADJECTIVE = _DETERMINERS | {"and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "is", "are", "was", "were", "be",
                                 "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "shall",
                                 "not", "n't", "also", "then", "who", "which", "said", "says", "did", "does", "do", "it", "they", "he", "she", "we"}
_NOUN_PREPS = {"in", "during", "amid", "amidst", "of"}
_MODIFIERS = {"overnight", "deadly", "fierce", "heavy", "fresh", "new", "renewed", "separate", "twin", "coordinated", "simultaneous",
              "joint", "recent", "similar", "further", "repeated", "failed", "suspected", "alleged", "apparent", "possible", "major",
              "large", "small", "early", "late", "night", "dawn", "retaliatory", "cross-border", "sporadic", "intense", "violent"}
_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few", "some"}
# "very close to the border": a degree word makes the next word an adjective
_DEGREE = {"very", "so", "too", "quite", "extremely", "fairly", "rather"}
_PAST = {past for past, _ in IRREGULAR.values()} | {pp for _, pp in IRREGULAR.values()}


# role words that are adjectives before a noun: "an official protest", "an official visit"
_ADJECTIVAL = {"official"}
_SPEECH = {"said", "says", "say", "told", "added", "stated", "confirmed", "denied", "warned"}


# a currency named after a country is no actor: "trade in their own currencies instead of the U.S.
# dollar" ("won" and "pound(s)" are also verbs, so they are not listed)
_CURRENCIES = {"dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees",
               "peso", "pesos", "lira", "franc", "francs", "shekel", "shekels", "rand", "naira", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "hryvnia"}
# "Russian-made rockets", "Gaza-based groups", "a U.S.-brokered truce": where a thing comes from or
# who arranged it, not an actor
_ORIGIN = {"made", "based", "built", "manufactured", "designed", "born", "produced",
           "brokered", "mediated", "drafted"}  # "a U.S.-brokered ceasefire" (but a Greek-flagged tanker is Greece's)


# "military aid", "military exercises": the role word qualifies a thing, it is no actor
_MILITARY_THINGS = {"aid", "assistance", "exercises", "exercise", "drills", "drill", "operation", "operations", "base", "bases", "intelligence",
                    "equipment", "hardware", "support", "cooperation", "spending", "budget", "action", "campaign", "parade", "training",
                    "sales", "supplies", "advisers", "advisors", "ties", "pact", "alliance", "escalation", "buildup", "build-up", "deployment"}


# "a return to civilian rule": a kind of government, not civilians
_CIVILIAN_THINGS = {"rule", "control", "oversight", "transition", "administration", "leadership"}


def _adjectival(m: Mention, tokens) -> bool:
    if m.kind == "agent" and m.end - m.start == 1 and tokens[m.start].norm == "military" and m.end < len(tokens) and tokens[m.end].norm in _MILITARY_THINGS:
        return True
    if m.kind == "agent" and m.end - m.start == 1 and tokens[m.start].norm == "civilian" and m.end < len(tokens) and tokens[m.end].norm in _CIVILIAN_THINGS:
        return True
    if m.kind in ("actor", "adjective") and m.end + 1 < len(tokens) and tokens[m.end].norm == "-" and tokens[m.end + 1].norm in _ORIGIN:
        return True
    if m.kind in ("actor", "adjective") and m.end < len(tokens) and tokens[m.end].norm in _CURRENCIES and m.actor_kind not in ("person", "group"):
        return True
    if m.kind in ("actor", "adjective") and m.start > 1 and tokens[m.start - 1].norm == "-" and tokens[m.start - 2].norm == "pro":
        return True  # "pro-Palestinian demonstrators in London", "pro-Russian separatists": a side taken, not a nationality
    if m.kind != "agent" or m.end - m.start != 1 or tokens[m.start].norm not in _ADJECTIVAL or m.end >= len(tokens):
        return False
    nxt = tokens[m.end]
    return nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in _SPEECH


def _noun_use(v: Mention, norms: list[str], tokens, inside: set[int]) -> bool:
    at = anchor(v)  # the verb word ("suicide bomber ... *? killed": "killed")
    if v.nominal or v.passive or at == 0:
        return False
    prev = norms[at - 1]
    if prev in _DETERMINERS or prev in _DEGREE:
        return True
    if prev == "-" and at > 1 and tokens[at].start == tokens[at - 1].end and tokens[at - 2].text[:1].isupper() and norms[at].endswith("ed"):
        return True  # "a UN-brokered deal": an adjective (but "re-examine" is a verb)
    word = norms[at]
    # "in overnight raids", "during clashes": after a preposition (and an adjective) it is a noun
    if not word.endswith("ing") and (prev in _NOUN_PREPS or (at > 1 and norms[at - 2] in _NOUN_PREPS and prev in _MODIFIERS)):
        return True
    if word.endswith("ed") and at > 1 and prev in _COUNT_WORDS and norms[at - 2] in _DETERMINERS:
        return True  # "the two exiled dissidents": a participle used as an adjective
    if word.endswith(("ed", "s", "ing")) or word in _PAST or not tokens[at].text[:1].islower():
        return False  # "the group attacked", "a declaration demanding": a verb after a noun
    for d in (2, 3, 4):  # "a brief private visit", "his first official foreign visit"
        k = at - d
        if k < 0:
            break
        if norms[k] in _DETERMINERS:
            between = range(k + 1, at)
            # after "a"/"an" a named actor is an attribute too ("a Russian request", "a Hamas attack");
            # after "the" it may be the subject ("the Houthis attack ships")
            named_ok = norms[k] in ("a", "an")
            return all(norms[j].isalpha() and norms[j] not in _NOT_ADJECTIVE and ((named_ok and j in inside) or (j not in inside and tokens[j].text[:1].islower())) for j in between)
    return False


def _part_of_other_name(m: Mention, tokens, covered: set[int]) -> bool:
    """A one-word person alias inside a longer name the dictionaries do not know ("K.P. Sharma
    Oli" is not the Sharma of the leaders list): a capitalised word right before or after it
    that no other mention covers."""
    if m.actor_kind != "person" or m.end - m.start != 1:
        return False

    def name_word(i: int) -> bool:
        return 0 <= i < len(tokens) and i not in covered and tokens[i].text[:1].isupper() and any(ch.isalpha() for ch in tokens[i].text)
    return name_word(m.end) or (m.start > 0 and name_word(m.start - 1) and m.start - 1 != 0)


_PEOPLE_OF = {"of", "in"}
_COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


def _people_of(m: Mention, norms: list[str], entities: list[Mention], comp: Compiled | None) -> bool:
    """'the Albanians of southern Serbia', 'Serbs in Kosovo': a people living in another country
    (a plural demonym alone: not "Russian forces in Ukraine", not "the United States in Oman")."""
    if "+" in m.entry_id or not norms[m.end - 1].endswith("s") or m.end >= len(norms) or norms[m.end] not in _PEOPLE_OF:
        return False
    idx = comp.actor_index.get(m.entry_id) if comp is not None else None
    text = " ".join(norms[m.start : m.end])
    if idx is None or text == comp.actors[idx].name.lower() or (text[:-1] not in nationality_adjectives() and text[:-2] not in nationality_adjectives()):
        return False  # "the Philippines in ...", "the United States in Oman": the state
    i = m.end + 1 + (norms[m.end + 1 : m.end + 2] == ["the"])
    i += i < len(norms) and norms[i] in _COMPASS_WORDS
    return any(e.start == i and e is not m and e.entry_id.startswith("country.") and e.code[:3] != m.code[:3] for e in entities)


def _ethnic(m: Mention, norms: list[str], entities: list[Mention] = (), comp: Compiled | None = None) -> Mention:
    """'ethnic Albanians in Macedonia', 'ethnic Russian separatists', 'the Albanians of southern
    Serbia': a people, not the state of that name. A role word with no country (civilians, or the
    role named), which takes the country of the event's place or of the government it faces, as
    protesters do (code.py)."""
    if m.kind not in ("actor", "adjective") or not m.entry_id.startswith("country."):
        return m
    if not ((m.start > 0 and norms[m.start - 1] == "ethnic") or _people_of(m, norms, entities, comp)):
        return m
    role = m.code[3:] if "+" in m.entry_id and len(m.code) > 3 else "CVL"
    return replace(m, kind="agent", code=role, country=None, actor_kind="agent")


_SIBLINGS: dict[str, dict[str, list[int]]] = {}


def siblings(comp: Compiled) -> dict[str, list[int]]:
    """actor id -> indexes of the entries `<id>~<n>` that give it further codes."""
    key = f"{comp.directory}:{comp.version}"
    got = _SIBLINGS.get(key)
    if got is None:
        got = {}
        for i, a in enumerate(comp.actors):
            base, sep, _ = a.id.partition("~")
            if sep and base in comp.actor_index:
                got.setdefault(base, []).append(i)
        _SIBLINGS[key] = got
    return got


def _with_siblings(ms: list[Mention], comp: Compiled) -> list[Mention]:
    index = siblings(comp)
    if not index:
        return ms
    out = []
    for m in ms:
        out.append(m)
        if m.kind not in ("actor", "adjective"):
            continue
        for part in m.entry_id.split("+"):
            idx = comp.actor_index.get(part)
            if idx is None or part not in index:
                continue
            own = comp.actors[idx].code
            for j in index[part]:
                other = comp.actors[j]
                if own in m.code:
                    out.append(replace(m, entry_id=m.entry_id.replace(part, other.id), code=m.code.replace(own, other.code, 1), country=other.country))
    return out


_VIOLENT = ("18", "19", "20")


def _sharper(kept: list[Mention], found: list[Mention]) -> list[Mention]:
    """'A roadside bomb killed three policemen': the longer '{kill} ... policemen' (190) keeps the
    span, but a pattern on the same verb word that names the weapon ('roadside bomb ... {kill}',
    1833) spans the same verb word and says how: one act, coded by the more specific of two
    violent codes."""
    out = []
    for k in kept:
        if k.code[:2] in _VIOLENT and specificity(k.code) < 2:
            at = anchor(k)
            sharper = [m for m in found if m is not k and m.code[:2] in _VIOLENT and specificity(m.code) > specificity(k.code) and m.start <= at < m.end]
            if sharper:
                best = min(sharper, key=lambda m: (-specificity(m.code), -(m.end - m.start), m.entry_id))
                k = replace(k, code=best.code, entry_id=best.entry_id, pattern=best.pattern)
        out.append(k)
    return out


def find_mentions(sentence: Sentence, comp: Compiled, fuzzy: bool = True) -> list[Mention]:
    raw = exact_mentions(sentence, comp)
    entities = resolve_overlaps([m for m in raw if m.kind in ("actor", "agent", "adjective")])
    covered = {i for m in entities for i in range(m.start, m.end)}
    entities = [m for m in entities if not _part_of_other_name(m, sentence.tokens, covered - set(range(m.start, m.end)))]
    # a pattern that applies only to coordinated actors (a %$ / %+ marker) competes with the others
    # in the grammar, which knows whether its actors are coordinated
    discards = [m for m in raw if m.kind == "discard"]
    norms = [t.norm for t in sentence.tokens]
    # role words naming a thing ("an army vehicle", "a military base"): no actors, but kept as
    # "thing" mentions, which the grammar reads as the target of an attack on them
    things = [replace(m, kind="thing") for m in entities if m.kind == "agent" and m.end < len(norms) and norms[m.end] in PROPERTY_HEADS]
    entities = [m for m in entities if not _adjectival(m, sentence.tokens)]
    entities = combine(sentence, entities, comp, frozenset(anchor(v) for v in raw if v.kind == "verb"))
    entities = [_ethnic(m, norms, entities, comp) for m in entities]
    # a verb whose first word is part of a name is a noun ("forces in Iraq", "Rally for Peace");
    # dropped before overlaps are resolved, so a noun reading cannot take a verb reading down with it
    inside = {i for m in entities for i in range(m.start, m.end)}
    verbs = [m for m in raw if m.kind == "verb" and (anchor(m) not in inside or m.passive)]
    nouns = [v for v in verbs if _noun_use(v, norms, sentence.tokens, inside)]
    # what a noun reading spans after its noun is its object, not another event: "a pause in the
    # bombing"; words before it ("have postponed ... *? their meeting") are not
    covered = {i for v in nouns for i in range(anchor(v) + 1, v.end)}
    verbs = [v for v in verbs if not any(v is n for n in nouns) and anchor(v) not in covered]
    plain = [v for v in verbs if not getattr(v, "compound", ())]
    verbs = _sharper(resolve_overlaps(plain), plain) + resolve_overlaps([v for v in verbs if getattr(v, "compound", ())])
    verbs.sort(key=lambda v: v.start)
    if fuzzy:
        entities = sorted(entities + [m for m in fuzzy_mentions(sentence, entities, comp) if not _adjectival(m, sentence.tokens)], key=lambda m: m.start)
    return _with_siblings(entities, comp) + verbs + discards + things
