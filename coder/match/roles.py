"""What a verb pattern says about its arguments, beyond its words (TABARI/PETRARCH notation).

Role markers are tokens of the pattern text, written with a trailing `?` so that the phrase
compiler treats them as zero-width (an optional token that never occurs in text):

  $?   the source is here          +?   the target is here
  ^?   skip one actor here          *?   the verb word starts here (only needed when
                                         pattern words come before the verb)
  %$?  the pattern applies only when the source is compound ("A and B agree"); %+? the same
       for the target. These two say which role they mean, so they may stand anywhere,
       also as a segment of their own ("{agree} ... %$?")

A marker belongs to the gap next to the pattern word it touches: leading markers of a segment
to the gap before it, trailing ones to the gap after it. Gap 0 is before the pattern (read
right to left, nearest actor first), gap n after its last segment (read left to right):

  "+? {be} shot dead in $?"          target before the pattern, source after "in"
  "{celebrate} ... eid ... at ^? ... with +?"   the target follows "with"
  "noted +? ... *? {regret}"         target between "noted" and the verb; source before "noted"
  "neither ... *? {boycott}"         the source is the nearest actor before the verb word

A verb entry's code may be a PETRARCH pair `a:b` (the importer declares it in codes.tsv):
a is coded source -> target, b target -> source (LEFT [032:033]: a visit and its reception).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention

MARKERS = {"$": "source", "+": "target", "^": "skip", "*": "verb", "%$": "compound source", "%+": "compound target"}
MARKER_TOKENS = {"$", "+", "^", "*", "%"}  # what the markers are made of, as tokens
_SPLIT = re.compile(r"\s*\.\.\.\s*")


def marker(tok: str) -> str | None:
    """'$?' (or a bare '$') -> '$'; None for a pattern word."""
    t = tok[:-1] if tok.endswith("?") and len(tok) in (2, 3) else tok
    return t if t in MARKERS else None


@dataclass(frozen=True)
class Roles:
    verb_seg: int  # index of the segment that holds the verb word
    gaps: tuple[tuple[int, tuple[str, ...]], ...]  # (gap index, markers in text order)
    compound: tuple[str, ...] = ()  # "$" / "+": roles that must be coordinated actors


@lru_cache(maxsize=65536)
def pattern_roles(text: str) -> Roles | None:
    """Markers of a pattern text, or None when it has none (the common case)."""
    if not any(marker(t) for t in text.split()):
        return None
    segs = _SPLIT.split(text.strip())
    gaps: dict[int, list[str]] = {}
    compound: list[str] = []
    verb_seg = 0
    for k, seg in enumerate(segs):
        toks = seg.split()
        words = [i for i, t in enumerate(toks) if not marker(t)]
        first = words[0] if words else len(toks)
        for i, t in enumerate(toks):
            m = marker(t)
            if m is None:
                continue
            if m == "*":
                verb_seg = k
            elif m[0] == "%":
                compound.append(m[1])
            else:
                gaps.setdefault(k if i < first else k + 1, []).append(m)
    return Roles(verb_seg, tuple((g, tuple(ms)) for g, ms in sorted(gaps.items())), tuple(compound))


def split_code(code: str) -> tuple[str, str | None]:
    """'032:033' -> ('032', '033'); '190' -> ('190', None)."""
    fwd, sep, rev = code.partition(":")
    return (fwd, rev or None) if sep else (code, None)


@dataclass(frozen=True)
class VerbMention(Mention):
    """A verb mention whose pattern names its arguments' places or pairs its code."""

    segs: tuple[tuple[int, int], ...] = ()  # token span of each pattern segment
    verb_at: int = -1  # token index of the verb word
    gaps: tuple[tuple[int, tuple[str, ...]], ...] = ()  # Roles.gaps
    reverse: str | None = None  # paired code: the event coded target -> source
    compound: tuple[str, ...] = ()  # Roles.compound: the pattern applies only to coordinated actors there


def anchor(v: Mention) -> int:
    """Where the verb word of a mention is (the pattern start unless a `*` says otherwise)."""
    at = getattr(v, "verb_at", -1)
    return v.start if at < 0 else at
