"""Grammar stage: who did what to whom, by shallow rules (TABARI-style, no parser).

find_candidates(sentence, mentions, context) -> list[Candidate]. Rules, in order:
  * a discard phrase silences the sentence;
  * clauses split at ; : , and subordinators (which, who, while, after, ...);
  * passive verbs: target before the verb, source from a "by X" (or "from X") phrase;
  * active verbs and nominal events: source is the nearest actor before the verb in its
    clause (falling back to earlier clauses: the sentence subject), target the first actor
    after it; actors after a place preposition ("in Iraq") are places, not arguments;
  * "he/she" resolves to the last person named in this or an earlier sentence;
  * coordinated actors ("Iran and Turkey") expand to one candidate per actor;
  * negation ("did not attack") and modality ("may attack") set `mode`;
  * a generic statement (01x) is dropped when the sentence has a more specific event.
"""

from __future__ import annotations

from .dictionary import NULL_CODE
from .inflect import IRREGULAR
from .model import Candidate, Mention, Sentence

BOUNDARY_WORDS = {"while", "whereas", "which", "who", "whom", "whose", "after", "before", "when", "because", "although", "though", "but", "where", "whereby", "since", "until", "unless", "if"}
BOUNDARY_PUNCT = {";", ":", ",", "(", ")", '"', "--"}
LOC_PREPS = {"in", "near", "inside", "outside", "across", "around", "into", "throughout", "within", "over"}
TARGET_PREPS = {"against", "at", "on", "towards", "toward", "to", "with", "upon", "between"}
SOURCE_PREPS = {"by", "from"}
NOT_SOURCE = LOC_PREPS | TARGET_PREPS | {"of", "for"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "two", "three", "several", "some", "senior", "top", "local"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
FUTURE = {"will", "'ll", "shall", "plans", "planned", "plan", "intends", "intend", "expected", "wants", "want", "wanted", "seeks", "sought", "hopes", "aims", "vowed", "vows"}
HYPOTHETICAL = {"would", "could", "may", "might", "should", "can", "if"}
FRAMING = {"during", "after", "before", "following", "since", "amid", "ahead", "despite"}
OBLIGATION = {"must", "should", "ought"}
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


def is_passive(s: Sentence, v: Mention) -> bool:
    """Passive pattern, or an active pattern met in passive form ("were attacked by")."""
    if v.passive:
        return True
    first = s.tokens[v.start].norm
    if not (first.endswith("ed") or first in _PP_IRREGULAR):
        return False
    before = [t.norm for t in s.tokens[max(0, v.start - 2) : v.start]]
    return bool(before) and (before[-1] in BE_FORMS or (len(before) == 2 and before[0] in BE_FORMS and before[1].endswith("ly")))


def clause_bounds(s: Sentence, at: int) -> tuple[int, int]:
    norms = [t.norm for t in s.tokens]
    start = 0
    for i in range(at - 1, -1, -1):
        if norms[i] in BOUNDARY_PUNCT or norms[i] in BOUNDARY_WORDS:
            start = i + 1
            break
    end = len(norms)
    for i in range(at, len(norms)):
        if norms[i] in BOUNDARY_PUNCT or norms[i] in BOUNDARY_WORDS:
            end = i
            break
    return start, end


def preposition(s: Sentence, m: Mention, actors: list[Mention]) -> str:
    """The word governing an actor, skipping determiners; coordinated actors inherit it."""
    i = m.start - 1
    while i >= 0 and s.tokens[i].norm in DETERMINERS:
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
    norms = [t.norm for t in s.tokens]
    group = [m]
    ordered = sorted(actors, key=lambda a: a.start)

    def next_after(cur):
        i = cur.end
        if i >= len(norms) or norms[i] not in ("and", ",", "or", "nor"):
            return None
        j = i + 1 + (norms[i] == "," and i + 1 < len(norms) and norms[i + 1] in ("and", "or"))
        for a in ordered:
            if a.start >= j and _modifiers(norms, j, a.start, verbs):
                return a
        return None

    cur = m
    while (nxt := next_after(cur)) is not None:
        group.append(nxt)
        cur = nxt
    cur = m
    while True:
        prev = next((a for a in reversed(ordered) if a.end <= cur.start and next_after(a) is cur), None)
        if prev is None:
            break
        group.insert(0, prev)
        cur = prev
    return group


def _mode(s: Sentence, v: Mention, lo: int) -> tuple[bool, str]:
    window = [t.norm for t in s.tokens[max(lo, v.start - 3) : v.start]]
    if any(w in NEGATORS for w in window):
        return True, "negated"
    if any(w in FUTURE for w in window):
        return False, "future"
    if any(w in HYPOTHETICAL for w in window):
        return False, "hypothetical"
    return False, "actual"


def _pick_source(s, v, actors, context, lo):
    """Nearest non-place actor before the verb in its clause, else the sentence subject."""
    norms = [t.norm for t in s.tokens]
    before = [a for a in actors if lo <= a.start and a.end <= v.start]
    for a in reversed(before):
        if preposition(s, a, actors) not in NOT_SOURCE:
            return a, "subject"
    for i in range(v.start - 1, lo - 1, -1):
        ref = _reference(norms, i)
        if ref:
            here = [a for a in actors if a.end <= i][::-1]  # nearest first
            before = [a for a in reversed(context) if a not in actors]  # previous sentence's subject first
            for strict in (True, False):
                fits = [a for a in here + before if _compatible(a, ref, strict)]
                if fits:
                    return fits[0], "pronoun"
            break
    earlier = [a for a in actors if a.end <= lo and preposition(s, a, actors) not in NOT_SOURCE]
    if earlier:
        return earlier[0], "sentence-subject"
    return None, ""


def _pick_target(s, v, actors, hi, exclude):
    """First actor after the verb by preference: after a target preposition or as the direct
    object; then one entered ("into Mordor"); then after "of"; last, a place's owner ("in Bree")."""
    head = v.head_end or v.end  # actors inside a pattern's gap ("clashed with X" as "{clash} ... with") count
    after = [a for a in actors if head <= a.start and a.end <= hi and a is not exclude]
    ranked = []
    for a in after:
        p = preposition(s, a, actors)
        if p in TARGET_PREPS:
            ranked.append((0, a.start, a, p))
        elif a.start in (v.end, head) or p == "'s" or (a.start - 1 in (v.end, head) and s.tokens[a.start - 1].norm in DETERMINERS):
            ranked.append((0, a.start, a, "object"))
        elif p in SOURCE_PREPS:
            continue
        elif p in ("into", "over", "across"):
            ranked.append((1, a.start, a, p))
        elif p == "of":
            ranked.append((2, a.start, a, "of"))
        elif p in LOC_PREPS:
            ranked.append((3, a.start, a, "place"))
        else:
            ranked.append((1, a.start, a, "object"))
    if not ranked:
        return None, ""
    _, _, a, how = min(ranked, key=lambda r: (r[0], r[1]))
    return a, how


def find_candidates(s: Sentence, mentions: list[Mention], context: list[Mention] | None = None, require_dyad: bool = False) -> list[Candidate]:
    context = context or []
    if any(m.kind == "discard" for m in mentions):
        return []
    actors = [m for m in mentions if m.kind in ("actor", "agent", "adjective")]
    verbs = [m for m in mentions if m.kind == "verb" and m.code != NULL_CODE]  # null patterns only block
    verb_tokens = {i for v in verbs for i in range(v.start, v.end)}
    out: list[Candidate] = []
    for v in verbs:
        lo, hi = clause_bounds(s, v.start)
        hi = max(hi, v.end)
        negated, mode = _mode(s, v, lo)
        src = tgt = None
        sv = tv = ""
        if is_passive(s, v):
            before = [a for a in actors if lo <= a.start and a.end <= v.start and preposition(s, a, actors) not in LOC_PREPS]
            if before:
                tgt, tv = before[-1], "passive-subject"
            after = [a for a in actors if (v.head_end or v.end) <= a.start and a.end <= hi]
            for a in after:
                p = preposition(s, a, actors)
                if p == "by" and src is None:
                    src, sv = a, "by-phrase"
            for a in after:
                p = preposition(s, a, actors)
                if src is None and p == "from":
                    src, sv = a, "from-phrase"
                elif tgt is None and p in TARGET_PREPS:
                    tgt, tv = a, p
            rule = "passive"
        else:
            src, sv = _pick_source(s, v, actors, context, lo)
            tgt, tv = _pick_target(s, v, actors, hi, src)
            rule = "nominal" if v.nominal else "active"
        if src is None and tgt is None:
            # "clashes erupted near X": an event with no actor named anywhere in the sentence
            if v.code[:2] in ACTORLESS_ROOTS and not negated and not actors:
                out.append(Candidate(s, v, None, None, negated, mode, "", "", "actorless"))
            continue
        if v.code[:2] == "01" and (src is None or tgt is None):  # a statement needs a speaker and an addressee
            continue
        sources = coordinated(s, src, actors, verb_tokens) if src else [None]
        targets = coordinated(s, tgt, actors, verb_tokens) if tgt else [None]
        if v.nominal and src is None and tgt is not None and tv == "between" and len(targets) > 1:  # "talks between A and B"
            sources, tgt, tv = targets, None, "between"
        if (v.symmetric or tv == "between") and tgt is None and len(sources) > 1:  # "A and B met", "talks between A and B"
            for a in sources:
                for b in sources:
                    if a is not b and a.code != b.code:
                        out.append(Candidate(s, v, a, b, negated, mode, sv, "symmetric", rule))
            continue
        if require_dyad and (src is None or tgt is None):
            continue
        for a in sources:
            for b in targets:
                if a is not None and b is not None and a.code == b.code:
                    continue
                out.append(Candidate(s, v, a, b, negated, mode, sv, tv, rule))
    out = _demands(s, verbs, actors, context, out)
    if any(c.verb.code[:2] != "01" for c in out):
        out = [c for c in out if c.verb.code[:2] != "01"]
    return _drop_complements(s, out)


def _demands(s: Sentence, verbs: list[Mention], actors: list[Mention], context, out: list[Candidate]) -> list[Candidate]:
    """"X said Y must (should) do Z" is a demand by X on Y (CAMEO 10), not Y doing Z."""
    norms = [t.norm for t in s.tokens]
    for v in verbs:
        if v.code[:2] != "01":
            continue
        k = next((i for i in range(v.end, len(norms)) if norms[i] in OBLIGATION or norms[i : i + 2] in (["has", "to"], ["have", "to"])), None)
        if k is None:
            continue
        lo, _ = clause_bounds(s, v.start)
        src, sv = _pick_source(s, v, actors, context, lo)
        subject = [a for a in actors if v.end <= a.start and a.end <= k]
        if src is None or not subject:
            continue
        demand = Mention("verb", v.start, k + 1, "grammar.obligation", "100", text=f"{v.text} ... {s.tokens[k].text}", pattern="<statement> ... <actor> must|should")
        out = [c for c in out if c.verb.start <= k]  # the demanded act is not an event
        for b in coordinated(s, subject[0], actors):
            if b.code != src.code:
                out.append(Candidate(s, demand, src, b, False, "actual", sv, "obligation", "active"))
    return out


def _drop_complements(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """An infinitive ("urged X to support Y"), a gerund after "of" ("accused X of attacking Y")
    or a trailing participle (", killing eight") that follows another event belongs to that
    event: CAMEO codes the governing verb only (the accusation, not the alleged attack)."""
    norms = [t.norm for t in s.tokens]
    first = min((c.verb.start for c in cands), default=0)
    keep = []
    for c in cands:
        i = c.verb.start
        prev = norms[i - 1] if i else ""
        prev2 = norms[i - 2] if i > 1 else ""
        complement = prev == "to" or (prev.endswith("ly") and prev2 == "to") or (prev == "of" and norms[i].endswith("ing"))
        participle = norms[i].endswith("ing") and prev == ","
        # "... during a brief visit to X": a nominal event inside a time phrase frames the main one
        framed = c.verb.nominal and any(w in FRAMING for w in norms[max(0, i - 4) : i])
        if i > first and (complement or participle or framed):
            continue
        keep.append(c)
    return keep
