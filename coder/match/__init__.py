"""Match stage: dictionary mentions in a sentence.

find_mentions(sentence, compiled) runs the exact matcher (Aho-Corasick), resolves overlaps,
combines country words with agents and titles with people, then tries rapidfuzz on the
capitalised spans that found no exact match.
"""

from __future__ import annotations

from ..dictionary import Compiled
from ..model import Mention, Sentence
from .combine import combine
from .exact import exact_mentions
from .fuzzy import fuzzy_mentions
from .resolve import resolve_overlaps


# "an attack by", "the fighting", "a meeting": a verb pattern after a determiner is a noun
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "no", "every", "each"}


def _noun_use(v: Mention, norms: list[str]) -> bool:
    return not v.nominal and not v.passive and v.start > 0 and norms[v.start - 1] in _DETERMINERS


def find_mentions(sentence: Sentence, comp: Compiled, fuzzy: bool = True) -> list[Mention]:
    raw = exact_mentions(sentence, comp)
    entities = resolve_overlaps([m for m in raw if m.kind in ("actor", "agent", "adjective")])
    verbs = resolve_overlaps([m for m in raw if m.kind == "verb"])
    discards = [m for m in raw if m.kind == "discard"]
    entities = combine(sentence, entities, comp)
    # a verb whose first word is part of a name is a noun ("forces in Iraq", "Rally for Peace")
    inside = {i for m in entities for i in range(m.start, m.end)}
    norms = [t.norm for t in sentence.tokens]
    verbs = [v for v in verbs if (v.start not in inside or v.passive) and not _noun_use(v, norms)]
    if fuzzy:
        entities = sorted(entities + fuzzy_mentions(sentence, entities, comp), key=lambda m: m.start)
    return entities + verbs + discards
