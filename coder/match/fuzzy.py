"""Fuzzy fallback: capitalised spans with no exact hit, scored by rapidfuzz against actor
names that share the first letter (blocking keeps it fast and avoids wild matches)."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from ..dictionary import Compiled
from ..model import Mention, Sentence

CUTOFF = 88.0
_JOIN = {"al", "-", "bin", "ibn", "el", "of", "de", "'s"}


def _runs(s: Sentence, covered: set[int]):
    toks, i = s.tokens, 0
    while i < len(toks):
        if i in covered or not toks[i].text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j not in covered and (toks[j].text[:1].isupper() or (toks[j].norm in _JOIN and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())):
            j += 1
        yield i, j
        i = j


_DEMONYM_ENDINGS = {"n", "an", "ian", "ese", "i", "ish", "s"}


def _extension(text: str, name: str) -> bool:
    """A one-word text that is a name cut short or lengthened is another word ("Patriot" for
    "Patriota"), unless the ending makes a demonym ("Kampuchean" for "Kampuchea")."""
    a, b = text.lower(), name.lower()
    if " " in b:
        return False
    if b.startswith(a):
        return True
    return a.startswith(b) and a[len(b):] not in _DEMONYM_ENDINGS


def fuzzy_mentions(s: Sentence, exact: list[Mention], comp: Compiled) -> list[Mention]:
    covered = {i for m in exact for i in range(m.start, m.end)}
    out: list[Mention] = []
    for a, b in _runs(s, covered):
        text = s.text[s.tokens[a].start - s.start : s.tokens[b - 1].end - s.start]
        if a == 0 and b - a == 1 or len(text) < 6:
            continue
        block = comp.fuzzy_index.get(text[0].lower())
        if not block:
            continue
        names, idxs = block
        hit = process.extractOne(text, names, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=CUTOFF)
        if hit and b - a == 1 and _extension(text, hit[0]):
            continue  # "Patriot" is not "Patriota": one word plus a letter or two is another word
        if hit:
            actor = comp.actors[idxs[hit[2]]]
            out.append(Mention("actor", a, b, actor.id, actor.code, "fuzzy", round(float(hit[1]), 1), text, country=actor.country, actor_kind=actor.kind))
    return out
