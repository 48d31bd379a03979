"""Exact phrase matching over normalised tokens with one Aho-Corasick automaton."""

from __future__ import annotations

from ..dictionary import Compiled
from ..model import Mention, Sentence
from ..text import tokenize

_KIND = {"a": "actor", "j": "adjective", "g": "agent", "d": "discard"}
_GAP_STOP = {",", ";", ":", ".", '"', "(", ")", "?", "!"}


def _case_ok(sentence: Sentence, start: int, end: int, case) -> bool:
    if case is None:
        return True
    toks = sentence.tokens[start:end]
    if case == "":
        return toks[0].text[:1].isupper() or not toks[0].text[:1].isalpha()
    return [t.text for t in toks] == [t.text for t in tokenize(case)]


def _extend(tokens, end: int, segments, gap: int) -> int | None:
    """Match the remaining pattern segments after `end`, each within `gap` tokens; new end or None."""
    norms = [t.norm for t in tokens]
    for seg in segments:
        found = None
        lengths = sorted({len(ph) for ph in seg}, reverse=True)
        for p in range(end, min(end + gap + 1, len(norms))):
            if p > end and norms[p - 1] in _GAP_STOP:
                break
            # longest phrase of the segment starting at p: look up by length, not by scanning
            best = next((n for n in lengths if p + n <= len(norms) and tuple(norms[p : p + n]) in seg), 0)
            if best:
                found = p + best
                break
        if found is None:
            return None
        end = found
    return end


def exact_mentions(sentence: Sentence, comp: Compiled) -> list[Mention]:
    toks = sentence.tokens
    if not toks:
        return []
    joined = " ".join(t.norm for t in toks)
    starts, ends, pos = {}, {}, 0
    for i, t in enumerate(toks):
        starts[pos] = i
        pos += len(t.norm)
        ends[pos] = i + 1
        pos += 1
    out: list[Mention] = []
    for end_char, (key, payloads) in comp.automaton.iter(joined):
        s_char = end_char - len(key) + 1
        if s_char not in starts or end_char + 1 not in ends:
            continue
        s, e = starts[s_char], ends[end_char + 1]
        for kind, idx, case in payloads:
            if not _case_ok(sentence, s, e, case):
                continue
            if kind == "v":
                pat = comp.patterns[idx]
                e2 = _extend(toks, e, pat.segments[1:], comp.settings.max_gap) if len(pat.segments) > 1 else e
                if e2 is None:
                    continue
                text = sentence.text[toks[s].start - sentence.start : toks[e2 - 1].end - sentence.start]
                out.append(Mention("verb", s, e2, pat.entry_id, pat.code, text=text, passive=pat.passive, nominal=pat.nominal, pattern=pat.text, head_end=e, symmetric=pat.symmetric))
                continue
            text = sentence.text[toks[s].start - sentence.start : toks[e - 1].end - sentence.start]
            if kind in ("a", "j"):
                actor = comp.actors[idx]
                out.append(Mention(_KIND[kind], s, e, actor.id, actor.code, text=text, country=actor.country, actor_kind=actor.kind))
            elif kind == "g":
                aid, code = comp.agents[idx]
                out.append(Mention("agent", s, e, aid, code, text=text))
            else:
                out.append(Mention("discard", s, e, comp.discards[idx], "", text=text))
    return out
