"""Overlap resolution with one documented sort key: longest, then earliest, then priority, then
the pattern that matched more words literally ("{provide} ... military_intelligence" over
"{provide} ... intelligence" on the same span), then the entry id."""

from __future__ import annotations

from ..model import Mention

# lower wins among equally long, equally early spans
PRIORITY = {"actor": 0, "agent": 1, "adjective": 2, "verb": 0}


def sort_key(m: Mention):
    return (-(m.end - m.start), m.start, PRIORITY.get(m.kind, 9), -m.literal, m.entry_id)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    taken: set[int] = set()
    kept: list[Mention] = []
    for m in sorted(mentions, key=sort_key):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
