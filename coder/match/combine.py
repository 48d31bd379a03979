"""Combine adjacent mentions: country + agent ("Iraqi police"), agent + in <country>,
"<country>-backed <agent>", and title + person ("President Joe Biden")."""

from __future__ import annotations

from dataclasses import replace

from ..dictionary import Compiled
from ..model import Mention, Sentence

_BACKED = {"backed", "supported", "allied", "aligned", "funded", "sponsored", "linked", "affiliated"}
_OF = {"in", "of", "from"}
# words that may sit between a country word and an agent ("Iraqi senior officials", "Iraq's army")
_NOT_MODIFIER = {"to", "towards", "toward", "at", "in", "on", "of", "and", "or", "the", "a", "an", "from", "with", "by", "against", "for", "as", "than", "that", "said", "says", "is", "was", "were", "are"}


def _span_text(s: Sentence, a: int, b: int) -> str:
    return s.text[s.tokens[a].start - s.start : s.tokens[b - 1].end - s.start]


def _is_country(m: Mention) -> bool:
    return m.kind == "adjective" or (m.kind == "actor" and m.actor_kind in ("country", "igo"))


# a bare agent word naming a thing, not people: "a military base", "a police station"
THING_HEADS = {"base", "bases", "camp", "camps", "station", "stations", "post", "posts", "checkpoint", "checkpoints", "compound", "facility", "facilities",
               "installation", "installations", "airport", "airbase", "barracks", "headquarters", "building", "buildings", "vehicle", "vehicles",
               "truck", "trucks", "aircraft", "jet", "jets", "helicopter", "helicopters", "plane", "planes", "court", "courts", "budget", "spending",
               "exercise", "exercises", "drill", "drills", "operation", "operations", "source", "sources", "statement", "statements", "hospital", "academy"}


def join_code(actor: str, agent: str) -> str:
    """IRQ + COP -> IRQCOP; USAGOV + GOV -> USAGOV (a role the actor already has is not repeated)."""
    blocks = {actor[i : i + 3] for i in range(0, len(actor), 3)}
    return actor if agent in blocks else actor + agent


def _combined(s: Sentence, a: int, b: int, actor: Mention, agent: Mention) -> Mention:
    code = actor.code if actor.actor_kind == "group" else join_code(actor.code, agent.code)
    return Mention("actor", a, b, f"{actor.entry_id}+{agent.entry_id}", code, "combined", 100.0, _span_text(s, a, b), country=actor.country, actor_kind="agent")


def _joined(norms: list[str], a: Mention, b: Mention) -> bool:
    """a and b are adjacent items of one list: "A, B", "A and B", "A, and B"."""
    return norms[a.end : b.start] in ([","], ["and"], [",", "and"], ["or"])


def combine(s: Sentence, ms: list[Mention], comp: Compiled) -> list[Mention]:
    norms = [t.norm for t in s.tokens]
    ms = [m for m in ms if not (m.kind == "agent" and m.end < len(norms) and norms[m.end] in THING_HEADS)]
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        # "Iran-backed groups": the backer is not the group's country
        backed = nxt is not None and nxt.kind == "agent" and norms[m.end : m.end + 1] == ["-"] and (
            (m.end + 2 == nxt.start and norms[m.end + 1] in _BACKED) or (m.end + 1 == nxt.start and norms[nxt.start] in _BACKED)
        )
        if m.kind in ("actor", "adjective") and backed:
            out.append(replace(nxt, start=m.start, text=_span_text(s, m.start, nxt.end), method="combined"))
            i += 2
            continue
        # actor/adjective (+ 's) (+ one modifier) + agent -> actor code + agent code ("White House officials")
        if m.kind in ("actor", "adjective") and m.actor_kind != "person" and nxt and nxt.kind == "agent":
            gap = norms[m.end : nxt.start]
            if len(gap) <= 1 and all(g == "'s" or (g.isalpha() and g not in _NOT_MODIFIER) for g in gap):
                out.append(_combined(s, m.start, nxt.end, m, nxt))
                i += 2
                continue
        out.append(m)
        i += 1
    # agent + in|of|from + country (and the countries listed with it) -> country + agent;
    # a country word shared by listed agents ("Danish media and government"); title + person -> person
    merged: list[Mention] = []
    shared_agent: Mention | None = None  # "ambassadors of A, B and C": the agent applies to each
    shared_actor: Mention | None = None  # "Danish media and government": the country applies to each
    for m in out:
        prev = merged[-1] if merged else None
        if prev and prev.kind == "agent" and m.kind == "actor" and _is_country(m) and m.start == prev.end + 1 and norms[prev.end] in _OF:
            merged[-1] = _combined(s, prev.start, m.end, m, prev)
            shared_agent, shared_actor = prev, None
            continue
        if prev and shared_agent and m.kind == "actor" and _is_country(m) and _joined(norms, prev, m):
            merged.append(_combined(s, m.start, m.end, m, shared_agent))
            continue
        if prev and m.kind == "agent" and prev.entry_id.count("+") == 1 and prev.actor_kind == "agent" and _joined(norms, prev, m) and shared_agent is None:
            base = shared_actor or next((x for x in ms if x.start == prev.start), None)
            if base is not None and base.kind in ("actor", "adjective"):
                merged.append(_combined(s, m.start, m.end, base, m))
                shared_actor = base
                continue
        shared_agent = None if not (prev and _joined(norms, prev, m)) else shared_agent
        if prev and m.actor_kind == "person" and prev.end == m.start and prev.kind in ("agent", "actor", "adjective") and prev.actor_kind != "person":
            # "Bree Prime Minister Romendacil": a title richer than the person's bare country code wins
            richer = prev.actor_kind == "agent" and len(m.code) == 3 and prev.code.startswith(m.code)
            merged[-1] = replace(m, start=prev.start, text=_span_text(s, prev.start, m.end), code=prev.code if richer else m.code)
            continue
        merged.append(m)
    return merged
