"""Combine adjacent mentions: country + agent ("Iraqi police"), agent + in <country>,
"<country>-backed <agent>", and title + person ("President Joe Biden").

Two conventions of the dictionary ids (used by imported PETRARCH sets):
  * an agent whose id ends in `~prefix` (PETRARCH `[NGO~]`) is written before the actor's code:
    "MSF Arnor" -> NGO + ARN = NGOARN (other agents follow the code as usual: NGOARNGOV);
  * see `siblings` in match/__init__.py for actors with several codes.
"""

from __future__ import annotations

from dataclasses import replace

from ..dictionary import Compiled
from ..model import Mention, Sentence

_BACKED = {"backed", "supported", "allied", "aligned", "funded", "sponsored", "linked", "affiliated"}
_OF = {"in", "of", "from"}
_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "aide", "aides", "adviser", "advisers", "advisor", "advisors"}
# words that may sit between a country word and an agent ("Iraqi senior officials", "Iraq's army")
# "its troops in Lebanon" are the owner's troops, not Lebanon's
POSSESSIVES = {"its", "their", "his", "her", "our"}


_TOWNS = {"city", "town", "port", "village", "province", "region", "district", "capital"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
            "northwestern", "southeastern", "southwestern"}


def _owner_starts(norms: list[str], i: int) -> set[int]:
    """Where the owner named after "of" may start: past "the", and past a compass word ("the
    mayor of the northern West Bank city of Nablus"; but "the East African Community")."""
    if norms[i : i + 1] == ["the"]:
        i += 1
    return {i, i + 1} if norms[i : i + 1] and norms[i] in _COMPASS else {i}


def _possessed(norms: list[str], agent: Mention) -> bool:
    return agent.start > 0 and norms[agent.start - 1] in POSSESSIVES and norms[agent.end] != "of"


_NOT_MODIFIER = {"to", "towards", "toward", "at", "in", "on", "of", "and", "or", "the", "a", "an", "from", "with", "by", "against", "for", "as", "than", "that", "said", "says", "is", "was", "were", "are",
                 # clause openers: "from Chad unless President X" is no Chadian president
                 "unless", "if", "while", "when", "because", "after", "before", "since", "until", "although", "though", "whereas", "where", "who", "which", "but",
                 # prepositions: "in Baghdad between insurgents and security forces" is no Baghdad insurgent
                 "between", "among", "amid", "into", "near", "across", "over", "under", "during", "outside", "inside", "around",
                 "through", "via", "along", "within", "behind", "beyond", "despite", "without"}
PREFIX = "~prefix"


def _span_text(s: Sentence, a: int, b: int) -> str:
    return s.text[s.tokens[a].start - s.start : s.tokens[b - 1].end - s.start]


def _owner(m: Mention) -> bool:
    """An actor an agent can belong to ("officials of X", "activists of Amnesty"): not a person
    and not an agent-only mention."""
    return m.kind in ("actor", "adjective") and m.actor_kind not in ("person", "agent")


# a bare agent word naming a thing, not people: "a military base", "a police station"
THING_HEADS = {"base", "bases", "camp", "camps", "station", "stations", "post", "posts", "checkpoint", "checkpoints", "compound", "facility", "facilities",
               "installation", "installations", "airport", "airbase", "barracks", "headquarters", "building", "buildings", "vehicle", "vehicles",
               "truck", "trucks", "aircraft", "jet", "jets", "helicopter", "helicopters", "plane", "planes", "court", "courts", "budget", "spending",
               "exercise", "exercises", "drill", "drills", "operation", "operations", "source", "sources", "statement", "statements", "hospital", "academy",
               "visit", "visits", "trip", "trips", "tour", "tours", "ceremony", "ceremonies", "residence", "figures", "data", "website"}
# things that belong to the role that names them: an attack on "an army vehicle" or "a police
# station" is an attack on the army or the police (grammar._property_targets); a subset of
# THING_HEADS, so these role words are never actors themselves
PROPERTY_HEADS = {"base", "bases", "camp", "camps", "station", "stations", "post", "posts", "checkpoint", "checkpoints", "compound",
                  "facility", "facilities", "installation", "installations", "airbase", "barracks", "headquarters", "building",
                  "buildings", "vehicle", "vehicles", "truck", "trucks"}
# heads that show an agent word is an adjective even one word away ("his first official foreign visit")
_EVENT_HEADS = {"visit", "visits", "trip", "trips", "tour", "tours", "ceremony", "ceremonies"}


def _thing(norms: list[str], tokens, m: Mention) -> bool:
    if m.kind != "agent" or m.end >= len(norms):
        return False
    nxt = norms[m.end]
    if nxt in THING_HEADS:
        return True
    return (m.end + 1 < len(norms) and norms[m.end + 1] in _EVENT_HEADS and nxt.isalpha() and nxt not in _NOT_MODIFIER
            and tokens[m.end].text[:1].islower())


def join_code(actor: str, agent: str) -> str:
    """IRQ + COP -> IRQCOP; USAGOV + GOV -> USAGOV, HGWGOVMED + GOVMED -> HGWGOVMED (roles the
    actor already has are not repeated)."""
    blocks = {actor[i : i + 3] for i in range(0, len(actor), 3)}
    return actor + "".join(b for b in (agent[i : i + 3] for i in range(0, len(agent), 3)) if b not in blocks)


def is_prefix(m: Mention) -> bool:
    return m.kind == "agent" and m.entry_id.endswith(PREFIX)


def _combined(s: Sentence, a: int, b: int, actor: Mention, agent: Mention) -> Mention:
    if actor.actor_kind == "group":
        code = actor.code
    elif is_prefix(agent):
        code = agent.code + actor.code if not actor.code.startswith(agent.code) else actor.code
    else:
        code = join_code(actor.code, agent.code)
    return Mention("actor", a, b, f"{actor.entry_id}+{agent.entry_id}", code, "combined", 100.0, _span_text(s, a, b), country=actor.country, actor_kind="agent")


def _joined(norms: list[str], a: Mention, b: Mention) -> bool:
    """a and b are adjacent items of one list: "A, B", "A and B", "A, and B"."""
    return norms[a.end : b.start] in ([","], ["and"], [",", "and"], ["or"])


def _modifier_gap(gap: list[str]) -> bool:
    """Words between a country word and its agent: one modifier ("Iraqi senior officials"), or
    after a possessive up to three ("Dagolath's first deputy prime minister", "Ithilen's awful
    and evil minister"), 'and' only between two of them."""
    if gap[:1] == ["'s"]:
        words = gap[1:]
        if len(words) > 3:
            return False
        return all(g.isalpha() and (g not in _NOT_MODIFIER or (g == "and" and 0 < k < len(words) - 1)) for k, g in enumerate(words))
    return len(gap) <= 1 and all(g == "'s" or (g.isalpha() and g not in _NOT_MODIFIER) for g in gap)


# verb forms that are also adjectives before a role word ("US armed forces", "Allied troops")
_ADJECTIVE_PARTICIPLES = {"armed", "allied", "united", "elected", "appointed"}


def combine(s: Sentence, ms: list[Mention], comp: Compiled, verbs: frozenset[int] = frozenset()) -> list[Mention]:
    """`verbs`: token indexes where a verb pattern starts; such a word between a country and a
    role word is a verb, not a modifier ("Britain mobilized army reservists")."""
    norms = [t.norm for t in s.tokens]
    ms = [m for m in ms if not _thing(norms, s.tokens, m)]
    agents = [m for m in ms if m.kind == "agent"]  # before they are merged into combinations
    out: list[Mention] = []
    bases: dict[int, Mention] = {}  # combined mention -> what its last agent was added to
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        # a prefix agent before its actor ("MSF Arnor" -> NGOARN); the result can take more agents
        if nxt is not None and is_prefix(m) and nxt.start == m.end and _owner(nxt):
            ms[i + 1] = replace(_combined(s, m.start, nxt.end, nxt, m), actor_kind=nxt.actor_kind)
            i += 1
            continue
        # "Iran-backed groups": the backer is not the group's country
        backed = nxt is not None and nxt.kind == "agent" and norms[m.end : m.end + 1] == ["-"] and (
            (m.end + 2 == nxt.start and norms[m.end + 1] in _BACKED) or (m.end + 1 == nxt.start and norms[nxt.start] in _BACKED)
        )
        if m.kind in ("actor", "adjective") and backed:
            out.append(replace(nxt, start=m.start, text=_span_text(s, m.start, nxt.end), method="combined"))
            i += 2
            continue
        # actor/adjective (+ 's) (+ modifiers) + agent -> actor code + agent code ("White House officials");
        # the result can take the next agent too ("Danish Islamist media" -> DNK + MUS + MED)
        if m.kind in ("actor", "adjective") and m.actor_kind != "person" and nxt and nxt.kind == "agent" and not is_prefix(nxt):
            verb_between = any(i in verbs and norms[i] not in _ADJECTIVE_PARTICIPLES for i in range(m.end, nxt.start))
            if _modifier_gap(norms[m.end : nxt.start]) and not verb_between and (id(m) not in bases or m.end == nxt.start):
                ms[i + 1] = _combined(s, m.start, nxt.end, m, nxt)
                bases[id(ms[i + 1])] = m
                i += 1
                continue
        out.append(m)
        i += 1
    # agent + in|of|from + country (and the countries listed with it) -> country + agent;
    # a country word shared by listed agents ("Danish media and government"); title + person -> person
    merged: list[Mention] = []
    shared_agents: list[Mention] = []  # "ambassadors of A, B and C": the agent applies to each
    shared_spans: list[Mention] = []  # where the listed agents stand ("lawmakers and officials in A and B")
    shared_actor: Mention | None = None  # "Danish media and government": the country applies to each
    for m in out:
        prev = merged[-1] if merged else None
        # "a spokesman for Chancellor Scholz": who speaks for someone speaks as them
        speaks_for = norms[prev.end] == "for" and norms[prev.end - 1] in _SPEAKERS if prev else False
        # "the mayor of the southern Ukrainian city of Kherson": a country word before a place noun owns it too
        town = m.kind == "adjective" and norms[m.end : m.end + 1] and norms[m.end] in _TOWNS
        # "a terror group based in Trinidad" is where "a group in Trinidad" is
        link = prev.end + 1 if prev and norms[prev.end : prev.end + 2] == ["based", "in"] else prev.end if prev else 0
        if prev and prev.kind == "agent" and (m.kind == "actor" or town) and (_owner(m) or (speaks_for and m.actor_kind == "person")) and (norms[link] in _OF or speaks_for) and m.start in _owner_starts(norms, link + 1) and not _possessed(norms, prev):
            merged[-1] = _combined(s, prev.start, m.end, m, prev)
            # agents listed before this one share its country: "lawmakers and officials in A"
            k = len(merged) - 2
            listed = [prev]
            spans = [merged[-1]]
            while k >= 0 and merged[k].kind == "agent" and _joined(norms, merged[k], listed[-1]):
                listed.append(merged[k])
                merged[k] = _combined(s, merged[k].start, merged[k].end, m, merged[k])
                spans.append(merged[k])
                k -= 1
            shared_agents, shared_spans, shared_actor = listed, spans, None
            continue
        if prev and shared_agents and m.kind == "actor" and _owner(m) and _joined(norms, prev, m):
            for agent, where in zip(shared_agents[1:], shared_spans[1:]):  # same tokens, another code
                merged.append(_combined(s, where.start, where.end, m, agent))
            merged.append(_combined(s, m.start, m.end, m, shared_agents[0]))
            continue
        if prev and m.kind == "agent" and "+" in prev.entry_id and prev.actor_kind == "agent" and _joined(norms, prev, m) and not shared_agents:
            base = shared_actor or bases.get(id(prev))
            if base is not None and base.kind in ("actor", "adjective"):
                merged.append(_combined(s, m.start, m.end, base, m))
                shared_actor = base
                continue
        if not (prev and _joined(norms, prev, m)):
            shared_agents, shared_spans = [], []
        if prev and prev.end == m.start and prev.kind in ("agent", "actor", "adjective") and prev.actor_kind != "person" and m.kind == "actor":
            if m.actor_kind == "person":
                # "Bree Prime Minister Romendacil": a title richer than the person's bare country code wins
                richer = prev.actor_kind == "agent" and len(m.code) == 3 and prev.code.startswith(m.code)
                merged[-1] = replace(m, start=prev.start, text=_span_text(s, prev.start, m.end), code=prev.code if richer else m.code)
                continue
            if prev.actor_kind == "agent" and m.actor_kind not in ("agent",):
                # a named actor after a country's title ("Dagolath's deputy prime minister Telemar"):
                # the title says who it is
                merged[-1] = replace(prev, end=m.end, text=_span_text(s, prev.start, m.end))
                continue
            if prev.kind == "agent" and s.tokens[prev.start].text[:1].isupper() and m.actor_kind != "agent":
                # a capitalised title before a named actor ("President Romendacil"): the actor's code + the title's
                merged[-1] = replace(_combined(s, prev.start, m.end, m, prev), actor_kind=m.actor_kind if m.actor_kind != "group" else "agent")
                continue
        merged.append(m)
    merged.sort(key=lambda x: x.start)  # a second code for listed agents was added out of order
    return _shared_agent(s, norms, _envoys_to(s, norms, merged), agents)


def _envoys_to(s: Sentence, norms: list[str], merged: list[Mention]) -> list[Mention]:
    """"Russia's U.N. ambassador" is Russia's envoy to the UN, not a UN official: a country's
    possessive before an IGO + diplomat combination gives the country's code."""
    out = list(merged)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if (c.method == "combined" and c.code.startswith("IGO") and c.entry_id.endswith("+agent.diplomats") and prev.kind in ("actor", "adjective")
                and prev.actor_kind == "country" and norms[prev.end : c.start] == ["'s"]):
            out[k - 1] = _combined(s, prev.start, c.end, prev, replace(c, code="GOV"))
            out[k] = None
    return [m for m in out if m is not None]


def _shared_agent(s: Sentence, norms: list[str], merged: list[Mention], agents: list[Mention]) -> list[Mention]:
    """'US and British activists', 'French and Egyptian warships': country words listed before
    an agent all qualify it. Only adjectives and short forms ("US", "UK"): "Russia and Chinese
    officials" names Russia itself."""
    for k in range(len(merged) - 1, 0, -1):
        c = merged[k]
        if c.method != "combined" or "+" not in c.entry_id:
            continue
        agent = next((x for x in agents if x.end == c.end), None)
        j = k - 1
        while agent is not None and j >= 0:
            prev = merged[j]
            attributive = prev.kind == "adjective" or (prev.kind == "actor" and prev.text.replace(".", "").isupper() and len(prev.text) <= 5)
            if prev.method == "combined" or prev.actor_kind in ("person", "group") or not attributive or not _joined(norms, prev, merged[j + 1]):
                break
            merged[j] = _combined(s, prev.start, prev.end, prev, agent)
            j -= 1
    return merged
