"""ACLED-style columns for an event: event_type, sub_event_type, actors in ACLED's naming style,
inter codes, interaction, civilian targeting. Rules live in dictionaries/acled.yaml.

Typing is driven by the sentence's wording (ACLED's typology is about weapons, targets and who
acted, which CAMEO codes do not say), checked for being an actual event (not negated, planned,
threatened; not an accident, ordinary crime or a claim of responsibility), with the CAMEO code
and actors as fall-backs:

  classify(...)            one CAMEO event (its code, sentence, actors, mode)
  type_text(text, ...)     a sentence alone (also used for sentences where no CAMEO verb fired)
  sentence_pass(...)       the pipeline hook: passes the article's neighbouring sentences to the
                           CAMEO events of a sentence and adds one actorless ACLED event for a
                           sentence whose events got no ACLED type but whose wording has one
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .dictionary import DEFAULT_DIR, Compiled
from .grammar import alleged
from .model import Candidate, Mention, Sentence

STATE_ROLES = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
NONSTATE_ROLES = {"REB", "INS", "UAF", "SEP", "RAD", "CRM"}
CIVILIAN_ROLES = {"CVL", "REF", "EDU", "HLH", "MED", "LAB", "BUS", "AGR", "HRI", "NGO", "REL", "OPP", "DEV"}
ARMED_ROLES = {"MIL", "COP", "SPY"} | NONSTATE_ROLES

# a representative CAMEO code for an ACLED event found from wording alone (sentence_pass)
SUB_EVENT_CAMEO = {
    "Armed clash": "190", "Government regains territory": "192", "Non-state actor overtakes territory": "192",
    "Chemical weapon": "2041", "Air/drone strike": "195", "Suicide bomb": "1831", "Shelling/artillery/missile attack": "194",
    "Remote explosive/landmine/IED": "183", "Grenade": "183", "Sexual violence": "1821", "Attack": "180",
    "Abduction/forced disappearance": "181", "Peaceful protest": "141", "Protest with intervention": "175",
    "Excessive force against protesters": "175", "Violent demonstration": "145", "Mob violence": "145",
    "Agreement": "057", "Arrests": "173", "Change to group/activity": "154", "Disrupted weapons use": "171",
    "Headquarters or base established": "154", "Looting/property destruction": "171",
    "Non-violent transfer of territory": "0874", "Other": "150",
}

_BOUNDARY = re.compile(r"[;:,()]|\s(?:that|after|when|while|as|before|since|following|until|which|who|whom|where|because|amid|but|whereas|although|though|according to|said|says)\s", re.I)
_PREP_BEFORE = re.compile(r"(?:\b(?:with|against|from|of|by|on|at|to|into|onto|between|for|among|targeting|targetting|near|toward|towards|upon)|\b(?:pro|anti)-)\s*(?:(?:the|a|an|its|their|his|her|some|several|many|two|three|four|five|six|dozens of|hundreds of|\d+|[a-z]+-(?:backed|led|linked|allied))\s+){0,3}$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)
_BY_AFTER = re.compile(r"^\s*(?:\S+\s+){0,4}?by\b", re.I)
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Rule:
    id: str
    event_type: str
    sub_event_type: str
    codes: tuple[str, ...]
    words: re.Pattern | None
    also: re.Pattern | None
    near: re.Pattern | None
    not_words: re.Pattern | None
    target: str | None
    source: str | None
    generic: bool
    blocked_by: tuple[str, ...]


VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
# CAMEO roots that can carry an ACLED type: an event of another kind in the same sentence (a
# demanded resignation at a rally, a trade pact) is typed from the sentence but is not that event
_CARRIER_ROOTS = {"Battles": {"18", "19", "20"}, "Explosions/Remote violence": {"18", "19", "20"}, "Violence against civilians": {"18", "19", "20"},
                  "Riots": {"14", "18", "19", "20"}, "Protests": {"14", "17"}}
_CARRIER_SUB_ROOTS = {"Agreement": {"05", "08"}}


def carries(event_type: str | None, sub_event_type: str | None, cameo_code: str) -> bool:
    """Whether an event row with this CAMEO code is itself the ACLED event it was typed as
    (rather than another act told in the sentence that has it)."""
    if not event_type:
        return False
    roots = _CARRIER_ROOTS.get(event_type) or _CARRIER_SUB_ROOTS.get(sub_event_type or "") or {SUB_EVENT_CAMEO.get(sub_event_type or "", "")[:2]}
    return cameo_code[:2] in roots


@dataclass(frozen=True)
class Book:
    rules: tuple[Rule, ...]
    precedence: tuple[str, ...]
    statement_roots: frozenset[str]
    contexts: dict[str, re.Pattern]
    cues: re.Pattern | None = None  # any rule's words: a sentence without one cannot be typed by wording
    cooperation_roots: frozenset[str] = frozenset()


def _word(tok: str) -> str:
    """One word of a phrase: `*` at its end a prefix, `?` an optional letter, `-` also a space."""
    prefix = tok.endswith("*")
    tok = tok[:-1] if prefix else tok
    esc = re.escape(tok).replace(r"\?", r"\w?").replace(r"\-", r"[-\s]?")
    return esc + (r"[\w'’]*" if prefix else "")


def _words(ws) -> re.Pattern | None:
    """Word list -> one regex: whole words, `*` prefix, ` * ` gap of up to 3 words, `?` an optional
    letter, a leading `=` for a case-sensitive word; a space also matches a hyphen."""
    if not ws:
        return None
    parts = []
    for w in ws:
        w = str(w)
        sensitive = w.startswith("=")
        w = w[1:] if sensitive else w.lower()
        toks = w.split()
        out = ""
        for k, tok in enumerate(toks):
            if tok == "*":
                out += r"(?:[^\s]+\s+){0,3}?"
                continue
            out += _word(tok)
            if k < len(toks) - 1:
                out += r"[\s-]+" if toks[k + 1] != "*" else r"\s+"
        esc = out + ("" if toks[-1].endswith("*") else r"(?![\w])")
        parts.append(esc if sensitive else "(?i:" + esc + ")")
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(parts) + ")")


@lru_cache(maxsize=4)
def book(directory: str = str(DEFAULT_DIR)) -> Book:
    path = Path(directory) / "acled.yaml"
    if not path.exists():
        path = DEFAULT_DIR / "acled.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    named = raw.get("contexts") or {}

    def expand(ws, seen=()):  # "@protest" -> the words of context `protest`
        out = []
        for w in ws or []:
            if isinstance(w, str) and w.startswith("@") and w[1:] not in seen:
                out += expand(named[w[1:]], seen + (w[1:],))
            else:
                out.append(w)
        return out

    def pat(ws):
        return _words(expand(ws))

    out = tuple(
        Rule(
            r["id"], r["event_type"], r["sub_event_type"], tuple(r.get("codes", [])), pat(r.get("words")), pat(r.get("also")),
            pat(r.get("near")), pat(r.get("not_words")), r.get("target"), r.get("source"), bool(r.get("generic")), tuple(r.get("blocked_by", [])),
        )
        for r in raw["rules"]
    )
    contexts = {k: pat(v) for k, v in named.items()}
    cues = _words([w for r in raw["rules"] for w in expand(r.get("words"))])
    return Book(out, tuple(raw["precedence"]), frozenset(raw.get("statement_roots", [])), contexts, cues, frozenset(raw.get("cooperation_roots", [])))


def rules(directory: str = str(DEFAULT_DIR)) -> tuple[tuple[Rule, ...], tuple[str, ...]]:
    b = book(directory)
    return b.rules, b.precedence


def _roles(code: str | None) -> set[str]:
    if not code:
        return set()
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def side(m: Mention | None, code: str | None) -> str | None:
    """state | nonstate | civilian | None, from the actor's code and kind."""
    if m is None or not code:
        return None
    roles = _roles(code)
    if roles & NONSTATE_ROLES or m.actor_kind == "group":
        return "nonstate"
    if roles & CIVILIAN_ROLES:
        return "civilian"
    if roles & STATE_ROLES or m.actor_kind in ("country", "person") or (len(code) == 3 and code.isalpha()):
        return "state"
    return None


# ---- reading a sentence ----
@dataclass
class Scene:
    """One sentence as the rules see it: its text and the contexts found in it and its neighbours."""

    text: str
    here: frozenset[str]  # contexts found in the sentence
    near: frozenset[str]  # contexts found in the neighbouring sentences


@lru_cache(maxsize=4096)
def _contexts(text: str, directory: str) -> frozenset[str]:
    b = book(directory)
    return frozenset(k for k, p in b.contexts.items() if p is not None and p.search(text))


def scene(text: str, neighbours: tuple[str, ...] = (), b: Book | None = None, directory: str = str(DEFAULT_DIR)) -> Scene:
    here = _contexts(text, directory)
    near = frozenset().union(*(_contexts(n, directory) for n in neighbours))
    return Scene(text, here, near)


def _actual(text: str, start: int, b: Book) -> bool:
    """The cue at `start` is reported as having happened: no negator or modal word among the few
    words before it in its clause."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(","), before.rfind(";"))
    before = before[cut + 1 :]
    window = " ".join(_WORD.findall(before)[-4:])
    for name in ("negator", "modal"):
        p = b.contexts.get(name)
        if p is not None and p.search(window):
            return False
    if re.search(r"\b(?:the|a|an|its|their|his|her)\s*$", before, re.I) and re.match(r"\w+ed\s+[a-z]", text[start:]):
        return False  # "release the detained sailors": a participle adjective, not an arrest
    if re.search(r"n[’']t\b", window) or re.search(r"\b(?:in an effort|in a bid|in order|bid|effort|attack|assault|offensive|attempt|attempts|sought|seeks?|aims?|aiming)\s+to\s*$", before, re.I):
        return False
    return not _purpose(text, start, before)


_NOT_INFINITIVE = re.compile(r"\b(?:led|lead|leads|leading|due|owing|prior|up|close|next|similar|response|subjected|exposed|began|begun|started|continued|continues|continue|went on|came|come|return|returned|used|fell|fallen|decision|decided|forced|forcing|compelled|managed|able)\s+to\s*$", re.I)


def _purpose(text: str, start: int, before: str) -> bool:
    """A cue that is a verb's infinitive of purpose ("deployed to break up the protest", "tried
    to kidnap"): what someone set out to do, not what happened."""
    if not re.search(r"\bto\s*$", before, re.I) or _NOT_INFINITIVE.search(before):
        return False
    first = re.match(r"[\w'’-]+", text[start:])
    word = first.group(0).lower() if first else ""
    return not re.search(r"(?:s|ed|ing|ence|ion|ment|ity|ness)$", word)


_RELATIVE = re.compile(r"\b(?:who|which|whose|that)\s+(?:\S+\s+){0,6}?$", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|say|told|reported|reports|confirmed|claimed|claims|announced|added|noted|stated|stating|warned|showed|shows|found|learnt|learned|believe[sd]?|know|knew|alleged|revealed|report|reveals?|saying|insisted|explained|suggest(?:s|ed)?)\s+(?:\S+\s+)?that\s", re.I)


def _background(text: str, start: int, b: Book) -> bool:
    """The cue at `start` is background to the sentence's main event: a `background` word comes
    before it in its clause ("despite the air strikes", "the scene of fierce fighting"), or it is
    in a relative clause ("a commander who led the shelling", not "officials said that ...")."""
    lo = max([m.end() for m in _BOUNDARY.finditer(text, 0, start) if m.group(0) in ",;:()"] + [0])
    p = b.contexts.get("background")
    if p is not None and p.search(text, lo, start):
        return True
    rel = _RELATIVE.search(text[lo:start])
    if rel is None:
        return False
    if rel.group(0).lower().startswith("that") and _SAID_THAT.search(text[max(0, lo + rel.start() - 40) : lo + rel.start() + 5]):
        return False  # "officials said that militants attacked": reported, not relative
    return True


_SOURCE_NOTE = re.compile(r"\baccording to\b[^,;.]*", re.I)


def _unsourced(text: str, b: Book | None = None) -> str:
    """The sentence with "according to X" (a source names no event: "according to vigilantes")
    and the `masked` phrases ("riot police") blanked, offsets kept."""
    text = _SOURCE_NOTE.sub(lambda m: " " * len(m.group(0)), text)
    masked = b.contexts.get("masked") if b is not None else None
    return masked.sub(lambda m: " " * len(m.group(0)), text) if masked is not None else text


_SEGMENT = re.compile(r";\s+|,\s+while\s+", re.I)


def segments(text: str) -> list[tuple[int, int]]:
    """Spans of the sentence's separately reported events: parts joined by ";" or ", while"."""
    out, lo = [], 0
    for m in _SEGMENT.finditer(text):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, len(text)))
    return out


def _clauses_before(text: str, start: int) -> list[tuple[int, int]]:
    """Clause spans before `start`, nearest first."""
    spans, end = [], start
    cuts = [m for m in _BOUNDARY.finditer(text, 0, start)]
    for m in reversed(cuts):
        spans.append((m.end(), end))
        end = m.start()
    spans.append((0, end))
    return spans


def _actors_in(text: str, lo: int, hi: int, b: Book) -> list[tuple[int, int, str]]:
    """(start, end, state|nonstate) actor words in text[lo:hi] that are not objects of a
    preposition, longest match first at a position."""
    found: list[tuple[int, int, str]] = []
    for name, kind in (("state_actor", "state"), ("nonstate_actor", "nonstate")):
        p = b.contexts.get(name)
        if p is None:
            continue
        for m in p.finditer(text, lo, hi):
            found.append((m.start(), m.end(), kind))
    # a longer match covering a shorter one wins ("rebel forces" over "forces")
    keep = []
    for s, e, k in found:
        if any((s2 <= s and e <= e2) and (e2 - s2) > (e - s) for s2, e2, _ in found):
            continue
        if _PREP_BEFORE.search(text[max(0, s - 50) : s]):
            continue
        if re.match(r"-(?:held|controlled|backed|led|linked|affiliated|allied|run|occupied)", text[e : e + 12], re.I):
            continue
        keep.append((s, e, k))
    return sorted(keep)


def subject_side(text: str, start: int, end: int, b: Book) -> str | None:
    """state | nonstate: who did the cue at [start, end): the agent of a passive ("seized by
    rebels"), else the first actor word of its clause, else of the clauses before it."""
    passive = bool(_PASSIVE_BEFORE.search(text[max(0, start - 30) : start]))
    by = _BY_AFTER.match(text[end : end + 60])
    if passive or by:
        if by:
            after = text[end + by.end() : end + by.end() + 80]
            hit = _actors_in(after, 0, len(after), b) if after else []
            if hit:
                return hit[0][2]
        if passive:
            return None
    for lo, hi in _clauses_before(text, start):
        hit = _actors_in(text, lo, hi, b)
        if hit:
            return hit[0][2]
    return None


def victims(text: str, start: int, end: int, b: Book) -> str | None:
    """civilian | armed | None: who the cue at [start, end) hit: words after it in its clause, or
    before it when passive ("24 people were killed")."""
    civ, arm = b.contexts.get("civilian_victim"), b.contexts.get("armed_victim")
    if civ is None or arm is None:
        return None
    if _PASSIVE_BEFORE.search(text[max(0, start - 30) : start]):
        lo = max([m.end() for m in _BOUNDARY.finditer(text, 0, start)], default=0)
        span = text[lo:start]
    else:
        m = _BOUNDARY.search(text, end)
        hi = m.start() if m else len(text)
        span = text[end : min(hi, end + 90)]
        by = re.search(r"\bby\b", span)
        span = span[: by.start()] if by else span
    if arm.search(span):
        return "armed"
    if civ.search(span):
        return "civilian"
    return None


def _blocked(r: Rule, sc: Scene, b: Book) -> bool:
    if r.generic:
        if "crime" in sc.here:
            return True
        if ("accident" in sc.here or "accident" in sc.near) and "hostile" not in sc.here:
            return True
    for ctx in r.blocked_by:
        if ctx in sc.here and (ctx != "accident" or "hostile" not in sc.here):
            return True
        if ctx == "accident" and "accident" in sc.near and "hostile" not in sc.here:
            return True
    return False


def _near(r: Rule, text: str, start: int, end: int) -> bool:
    if r.near is None:
        return True
    lo = max([m.end() for m in _BOUNDARY.finditer(text, max(0, start - 60), start) if m.group(0) != ","] + [max(0, start - 60)])
    m = _BOUNDARY.search(text, end)
    hi = min(m.start() if m else len(text), end + 80)
    return bool(r.near.search(text, lo, hi))


def match_rule(r: Rule, sc: Scene, b: Book, code: str | None = None, src_side: str | None = None, tgt_side: str | None = None,
               verb: tuple[int, int] | None = None, background: bool = False, span: tuple[int, int] | None = None, memo: dict | None = None) -> bool:
    """Does rule `r` type this sentence (and CAMEO event)? `verb` is the event's verb span in the
    sentence: the CAMEO actors stand in for the text's only for a cue at the verb. Background
    cues count only when `background` is set."""
    text = sc.text
    if r.codes and not (code and any(code.startswith(c) for c in r.codes)):
        return False
    # what depends on the sentence alone is worked out once per rule (type_text tries each rule
    # on every part of the sentence, first without background cues, then with)
    key = id(r)
    got = memo.get(key) if memo is not None else None
    if got is None:
        ok = not (r.also and not r.also.search(text)) and not (r.not_words and r.not_words.search(text)) and not _blocked(r, sc, b)
        words = [(m.start(), m.end()) for m in r.words.finditer(text) if _actual(text, m.start(), b) and _near(r, text, m.start(), m.end())] if ok and r.words else []
        got = (ok, words)
        if memo is not None:
            memo[key] = got
    ok, words = got
    if not ok:
        return False
    if r.words:
        hits = list(words)
    elif verb is not None:
        hits = [verb] if _actual(text, verb[0], b) else []
    else:
        hits = [(0, 0)]
    if span is not None:
        hits = [h for h in hits if span[0] <= h[0] < span[1]]
    if not background:
        hits = [h for h in hits if not _background(text, h[0], b)]
    if not hits:
        return False

    def at_verb(h):
        return verb is not None and h[0] < verb[1] and verb[0] < max(h[1], h[0] + 1)

    if r.source:
        first = None
        for h in hits:
            first = subject_side(text, h[0], h[1], b) if r.words else None
            first = first or (src_side if at_verb(h) or not r.words else None)
            if first:
                break
        if first != r.source:
            return False
    if r.target:
        got = None
        for h in hits:
            got = victims(text, h[0], h[1], b) if r.words else None
            if got is None and (at_verb(h) or not r.words):
                got = {"civilian": "civilian", "state": "armed", "nonstate": "armed"}.get(tgt_side or "")
            if got:
                break
        if got != r.target:
            return False
    return True


@lru_cache(maxsize=8192)
def type_text(text: str, neighbours: tuple[str, ...] = (), directory: str = str(DEFAULT_DIR), code: str | None = None,
              src_side: str | None = None, tgt_side: str | None = None, verb: tuple[int, int] | None = None) -> Rule | None:
    """The first rule that types this sentence (and CAMEO event, when `code` is given) from its
    main-event cues; failing that, from its background cues."""
    b = book(directory)
    sc = scene(_unsourced(text, b), tuple(_unsourced(n, b) for n in neighbours), b, directory)
    parts = segments(sc.text)
    if verb is not None:  # an event is typed from its own part of the sentence
        parts = [p for p in parts if p[0] <= verb[0] < p[1]] or parts[:1]
    memo: dict = {}
    for background in (False, True):
        for part in parts:
            for r in b.rules:
                if match_rule(r, sc, b, code, src_side, tgt_side, verb, background, part if len(parts) > 1 or verb is not None else None, memo):
                    return r
    return None


def _target_side(m: Mention | None, code: str | None) -> str | None:
    if m is None or not code:
        return None
    roles = _roles(code)
    if roles & ARMED_ROLES or m.actor_kind == "group":
        return "nonstate" if roles & NONSTATE_ROLES or m.actor_kind == "group" else "state"
    if roles & CIVILIAN_ROLES:
        return "civilian"
    return None


def classify(code: str | None, sentence: str, src: Mention | None, src_code: str | None, tgt: Mention | None, tgt_code: str | None,
             directory: str = str(DEFAULT_DIR), mode: str = "actual", neighbours: tuple[str, ...] = (), verb: tuple[int, int] | None = None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) of one event, or None when it is no ACLED event: a statement,
    appeal or threat (by its CAMEO root), an event that did not (yet) happen (mode), or wording
    that matches no rule. `code` None types the sentence alone."""
    if mode != "actual":
        return None
    b = book(directory)
    if code and code[:2] in b.statement_roots:
        return None
    s_side = side(src, src_code)
    r = type_text(sentence, neighbours, directory, code, s_side if s_side in ("state", "nonstate") else None, _target_side(tgt, tgt_code), verb)
    if r and code and code[:2] in b.cooperation_roots and r.event_type in VIOLENT_TYPES and not any(code.startswith(c) for c in r.codes):
        return None  # "stopped their attacks" (087) is no battle
    return (r.event_type, r.sub_event_type) if r else None


def rank(event_type: str | None, directory: str = str(DEFAULT_DIR)) -> int:
    order = book(directory).precedence
    return order.index(event_type) if event_type in order else len(order)


# ---- the pipeline hook: sentences where no CAMEO event carries the ACLED event ----
@dataclass
class AcledCandidate(Candidate):
    """A Candidate that knows its article's neighbouring sentences (for accident context)."""

    neighbours: tuple[str, ...] = ()


def _neighbours(s: Sentence, sentences: list[Sentence] | None) -> tuple[str, ...]:
    if not sentences:
        return ()
    return tuple(o.text for o in sentences if o.index != s.index and abs(o.index - s.index) <= 2)


_NEGATED_CUE = re.compile(r"\b(?:no|not|never|without|neither|nor|any)\s+(?:\w+\s+){0,1}$", re.I)


def sentence_pass(s: Sentence, mentions: list[Mention], cands: list[Candidate], sentences: list[Sentence] | None = None,
                  comp: Compiled | None = None) -> list[Candidate]:
    """Candidates of sentence `s`, told their neighbouring sentences, plus one actorless ACLED
    candidate when none of them is an ACLED event but the sentence's wording is (weapons seized,
    a base set up, clashes with no actor the dictionaries know ...). Call right after
    grammar.find_candidates in pipeline.code_article:

        cands = acled.sentence_pass(s, mentions, cands, sentences, comp)
    """
    directory = comp.directory if comp is not None else str(DEFAULT_DIR)
    near = _neighbours(s, sentences)
    out: list[Candidate] = [AcledCandidate(**{f.name: getattr(c, f.name) for f in dataclasses.fields(Candidate)}, neighbours=near) for c in cands]
    if any(c.verb.code[:3] == "016" or c.verb.code[:2] == "13" for c in cands):
        return out  # a denial or a threat reports no event: "threatened to close their shops in protest"
    for c in cands:
        sc = c.source.code if c.source is not None and c.source.kind != "agent" else (("---" + c.source.code) if c.source is not None else None)
        tc = c.target.code if c.target is not None and c.target.kind != "agent" else (("---" + c.target.code) if c.target is not None else None)
        if classify(c.verb.code, s.text, c.source, sc, c.target, tc, directory, c.mode if not c.negated else "negated", near, verb_span(c)):
            return out
    b = book(directory)
    r = type_text(s.text, near, directory) if b.cues is None or b.cues.search(s.text) else None  # cheap pre-check on the hot path
    if r is None or comp is not None and SUB_EVENT_CAMEO[r.sub_event_type] not in comp.codes:
        return out
    hit = next((m for m in r.words.finditer(s.text)), None) if r.words else None
    if hit is not None and _NEGATED_CUE.search(s.text[max(0, hit.start() - 30) : hit.start()]):
        return out  # "there were no warplanes in the sky": a cue that is denied is not an event
    first, last = _token_span(s, hit.start() if hit else 0, hit.end() if hit else 1)
    if alleged([t.norm for t in s.tokens], first, any(c.verb.code[:2] in ("09", "12") for c in cands)):
        return out  # "investigate reports that troops had attacked a camp": alleged, as in the CAMEO rows
    verb = Mention("verb", first, last, f"acled:{r.id}", SUB_EVENT_CAMEO[r.sub_event_type], text=s.text[hit.start() : hit.end()] if hit else s.text[:40],
                   pattern=f"acled:{r.id}", head_end=last)
    out.append(AcledCandidate(s, verb, None, None, False, "actual", "", "", "actorless", neighbours=near))
    return out


def verb_span(c: Candidate) -> tuple[int, int]:
    """Character span of a candidate's verb in its sentence."""
    s, v = c.sentence, c.verb
    toks = s.tokens[v.start : max(v.end, v.start + 1)]
    return (toks[0].start - s.start, toks[-1].end - s.start) if toks else (0, 0)


def _token_span(s: Sentence, start: int, end: int) -> tuple[int, int]:
    first = last = None
    for i, t in enumerate(s.tokens):
        ts, te = t.start - s.start, t.end - s.start
        if first is None and te > start:
            first = i
        if ts < end:
            last = i + 1
    first = first if first is not None else 0
    return first, max(first + 1, last or first + 1)


# ---- ACLED-style actor names and inter codes ----
INTER = {"state": 1, "rebel": 2, "nonstate": 2, "militia": 3, "identity": 4, "rioters": 5, "protesters": 6, "civilian": 7, "external": 8}
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def country_names(comp: Compiled) -> dict[str, str]:
    return {a.country: a.name for a in comp.actors if a.kind == "country" and a.country}


def actor_name(m: Mention | None, code: str | None, country: str | None, event_type: str | None, names: dict[str, str], location_country: str | None,
               canonical: str | None = None) -> tuple[str | None, int | None]:
    """An actor in ACLED's naming style, with its inter code:
    state forces "Military Forces of Iraq" / "Police Forces of Kenya" / "Government of Iraq" (1;
    8 when acting outside their own country, as ACLED codes foreign state forces), named armed
    groups by their dictionary name (2 rebels, 3 militias), "Unidentified Armed Group (Syria)" (3)
    for unnamed armed men, "Protesters (Kenya)" (6), "Rioters (Kenya)" (5), "Civilians
    (Afghanistan)" (7), international forces by name (8). The country in brackets is the actor's
    own when known, else the event's. ACLED's regime years ("Military Forces of Iraq (2022-)")
    are left out: nothing here records the regime periods ACLED uses."""
    own = names.get(country or "", None)
    place = names.get(location_country or "", None)
    home = own or place
    where = f" ({place or own})" if (place or own) else ""
    mine = f" ({home})" if home else ""
    if m is None:
        if event_type in _VIOLENT:
            return f"Unidentified Armed Group{where}", INTER["militia"]
        if event_type == "Protests":
            return f"Protesters{where}", INTER["protesters"]
        if event_type == "Riots":
            return f"Rioters{where}", INTER["rioters"]
        return None, None
    roles = _roles(code)
    name = canonical or m.text
    if code and code[:3] in ("IGO", "NGO", "NGM", "MNC") and not roles & NONSTATE_ROLES and m.actor_kind != "group":
        return name, INTER["external"] if code.startswith("IGO") else INTER["civilian"]
    if m.actor_kind == "group" or (code and code.startswith("IMG")):
        return name, INTER["rebel"] if roles & {"REB", "INS", "SEP"} else INTER["militia"]
    foreign = bool(country and location_country and country != location_country)
    forces = roles & {"COP", "MIL", "SPY"}
    bare_country = bool(code) and len(code) == 3 and code.isalpha() and m.actor_kind == "country"
    if event_type in ("Protests", "Riots") and not forces and (bare_country or roles & (CIVILIAN_ROLES | {"OPP"})):
        kind = "Protesters" if event_type == "Protests" else "Rioters"
        return f"{kind}{mine}", INTER["protesters" if kind == "Protesters" else "rioters"]
    if roles & CIVILIAN_ROLES and not forces:
        return f"Civilians{mine}", INTER["civilian"]
    if roles & NONSTATE_ROLES:
        # ACLED names unnamed armed men by the country they act in; it has no generic "rebels" actor
        return f"Unidentified Armed Group{where}", INTER["militia"]
    if forces or roles & {"GOV", "JUD", "LEG"} or (home and (bare_country or m.actor_kind in ("country", "person"))):
        inter = INTER["external" if foreign else "state"]
        of = f" of {home}" if home else ""  # a role with no country anywhere ("police"): no country to name
        if "COP" in roles:
            return f"Police Forces{of}", inter
        if forces or event_type in _VIOLENT:
            return f"Military Forces{of}", inter
        return f"Government{of}", inter
    return name, INTER["external"]


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b
