"""Exact phrase matching over normalised tokens with one Aho-Corasick automaton."""

from __future__ import annotations

from ..dictionary import Compiled
from ..model import Mention, Sentence
from ..text import tokenize
from .roles import MARKER_TOKENS, VerbMention, pattern_roles, split_code

_KIND = {"a": "actor", "j": "adjective", "g": "agent", "d": "discard"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "overnight"}
_GAP_STOP = {",", ";", ":", ".", '"', "(", ")", "?", "!"}
# a comma inside a gap is allowed between two plain words of one phrase ("complete, full
# diplomatic ties"); not next to a word that starts a clause or a list of actors
_NOT_LISTED = {"and", "or", "but", "nor", "the", "a", "an", "who", "which", "that", "said", "says", "say", "while", "when",
               "after", "before", "as", "to", "of", "in", "on", "at", "by", "for", "with", "from", "it", "they", "he", "she", "we"}


# "{attack:inf}": the base form is a verb only after these ("to attack", "will not attack"),
# not the noun of "rocket attack kills five"
INFINITIVE_MARKERS = {"to", "will", "would", "could", "can", "cannot", "may", "might", "must", "shall", "should",
                      "'ll", "'d", "not", "n't", "never", "did", "does", "do"}


def _after_infinitive_marker(norms: list[str], at: int) -> bool:
    i = at - 1
    if i > 0 and norms[i].endswith("ly"):  # "to swiftly attack"
        i -= 1
    return i >= 0 and norms[i] in INFINITIVE_MARKERS


def _case_ok(sentence: Sentence, start: int, end: int, case) -> bool:
    if case is None:
        return True
    toks = sentence.tokens[start:end]
    if case == "":
        return toks[0].text[:1].isupper() or not toks[0].text[:1].isalpha()
    return [t.text for t in toks] == [t.text for t in tokenize(case)]


def _listed_comma(tokens, norms: list[str], end: int, p: int) -> bool:
    """norms[p - 1] is a comma between two plain lower-case words inside the gap after `end`."""
    if p - 2 < end or p >= len(norms):
        return False
    a, b = norms[p - 2], norms[p]
    return (a.isalpha() and b.isalpha() and a not in _NOT_LISTED and b not in _NOT_LISTED and not b.endswith("ing")
            and tokens[p - 2].text[:1].islower() and tokens[p].text[:1].islower())


# words that may stand between the parts of a disconnected name ("Ithilen state-run television"):
# words of the same noun phrase, so not these, nor punctuation
_NOT_IN_NAME = _NOT_LISTED | {"is", "are", "was", "were", "has", "have", "had", "will", "would", "says", "told", "against", "into"}
_NAME_GAP = 4


def _name_end(norms: list[str], end: int, rest: tuple[tuple[str, ...], ...]) -> int | None:
    """End of a disconnected name whose first part ends at `end`, or None."""
    for part in rest:
        k = len(part)
        for p in range(end, min(end + _NAME_GAP + 1, len(norms))):
            if tuple(norms[p : p + k]) == part:
                end = p + k
                break
            w = norms[p]
            if not (w == "-" or w == "'s" or (w.isalnum() and w not in _NOT_IN_NAME)):
                return None
        else:
            return None
    return end


_SEGS: dict[frozenset, tuple[tuple[int, ...], bool, frozenset]] = {}


def _segment(seg: frozenset) -> tuple[tuple[int, ...], bool, frozenset]:
    """(phrase lengths, longest first; whether the segment is only a role marker; the words its
    phrases start with), cached."""
    got = _SEGS.get(seg)
    if got is None:
        got = _SEGS[seg] = (tuple(sorted({len(ph) for ph in seg}, reverse=True)), all(all(w in MARKER_TOKENS for w in ph) for ph in seg),
                            frozenset(ph[0] for ph in seg if ph))
    return got


def _extend_spans(tokens, norms: list[str], end: int, segments, gap: int, glued: frozenset[int] = frozenset()) -> list[tuple[int, int]] | None:
    """Match the remaining pattern segments after `end`, each within `gap` words: the span of
    each segment, or None. A comma between two plain words does not end a gap (once). A
    hyphenated word and a name of several words (tokens in `glued`) count as one word."""
    spans = []
    n = len(norms)
    for seg in segments:
        lengths, marker_only, firsts = _segment(seg)
        if marker_only:  # a role marker written as its own segment: zero-width
            spans.append((end, end))
            continue
        found = None
        comma = -1
        words = 0
        for p in range(end, n):
            if p > end:  # "F-16", "the Democratic Republic of Congo": one word of the gap each
                words += not (p in glued or (tokens[p].start == tokens[p - 1].end and "-" in (norms[p], norms[p - 1])))
                if words > gap:
                    break
            if p > end and norms[p - 1] in _GAP_STOP:
                if norms[p - 1] == "," and comma < 0 and _listed_comma(tokens, norms, end, p):
                    comma = p - 1
                else:
                    break
            if p == comma + 1:  # "complete, full diplomatic ties", not a list of nouns "artillery, mortar"
                continue
            # longest phrase of the segment starting at p: look up by length, not by scanning
            best = next((k for k in lengths if p + k <= n and tuple(norms[p : p + k]) in seg), 0) if norms[p] in firsts else 0
            if best:
                found = (p, p + best)
                break
        if found is None:
            return None
        spans.append(found)
        end = found[1]
    return spans


def _extend(tokens, end: int, segments, gap: int) -> int | None:
    """Match the remaining pattern segments after `end`, each within `gap` tokens; new end or None."""
    spans = _extend_spans(tokens, [t.norm for t in tokens], end, segments, gap)
    return None if spans is None else (spans[-1][1] if spans else end)


def exact_mentions(sentence: Sentence, comp: Compiled) -> list[Mention]:
    toks = sentence.tokens
    if not toks:
        return []
    norms = [t.norm for t in toks]
    joined = " ".join(norms)
    starts, ends, pos = {}, {}, 0
    for i, t in enumerate(toks):
        starts[pos] = i
        pos += len(t.norm)
        ends[pos] = i + 1
        pos += 1
    out: list[Mention] = []
    hits = []
    glued: set[int] = set()  # tokens after the first of a name of several words
    for end_char, (key, payloads) in comp.automaton.iter(joined):
        s_char = end_char - len(key) + 1
        if s_char not in starts or end_char + 1 not in ends:
            continue
        s, e = starts[s_char], ends[end_char + 1]
        hits.append((s, e, payloads))
        if e - s > 1 and any(kind in ("a", "j", "g") and _case_ok(sentence, s, e, case) for kind, _, case in payloads):
            glued.update(range(s + 1, e))
    # a date inside a gap ("threatened on Tuesday to launch ...") takes no room either
    for i, w in enumerate(norms):
        if w in _DAY_WORDS:
            glued.add(i)
            if i > 0 and norms[i - 1] == "on":
                glued.add(i - 1)
    frozen = frozenset(glued)
    for s, e, payloads in hits:
        for kind, idx, case in payloads:
            if not _case_ok(sentence, s, e, case):
                continue
            if kind == "v":
                pat = comp.patterns[idx]
                if pat.infinitive and not _after_infinitive_marker(norms, s):
                    continue
                spans = _extend_spans(toks, norms, e, pat.segments[1:], comp.settings.max_gap, frozen) if len(pat.segments) > 1 else []
                if spans is None:
                    continue
                e2 = spans[-1][1] if spans else e
                text = sentence.text[toks[s].start - sentence.start : toks[e2 - 1].end - sentence.start]
                code, reverse = split_code(pat.code)
                roles = pattern_roles(pat.text)
                fields = dict(text=text, passive=pat.passive, nominal=pat.nominal, pattern=pat.text, head_end=e, symmetric=pat.symmetric,
                              literal=(e - s) + sum(b - a for a, b in spans))
                if roles is None and reverse is None:
                    out.append(Mention("verb", s, e2, pat.entry_id, code, **fields))
                    continue
                segs = ((s, e),) + tuple(spans)
                verb_at = segs[roles.verb_seg][0] if roles and roles.verb_seg < len(segs) else -1
                out.append(VerbMention("verb", s, e2, pat.entry_id, code, **fields, segs=segs, verb_at=verb_at, gaps=roles.gaps if roles else (), reverse=reverse,
                                       compound=roles.compound if roles else ()))
                continue
            end = e
            if kind == "n":
                kind, idx, rest = comp.name_gaps[idx]
                end = _name_end(norms, e, rest)
                if end is None:
                    continue
            text = sentence.text[toks[s].start - sentence.start : toks[end - 1].end - sentence.start]
            if kind in ("a", "j"):
                actor = comp.actors[idx]
                out.append(Mention(_KIND[kind], s, end, actor.id, actor.code, text=text, country=actor.country, actor_kind=actor.kind))
            elif kind == "g":
                aid, code = comp.agents[idx]
                out.append(Mention("agent", s, end, aid, code, text=text))
            else:
                did = comp.discards[idx]  # the code says how far it reaches (DiscardEntry.scope)
                out.append(Mention("discard", s, end, did, "verb" if did in comp.verb_discards else "", text=text))
    return out
