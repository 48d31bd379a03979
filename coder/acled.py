"""ACLED-style columns for an event: event_type, sub_event_type, actors in ACLED's naming style,
inter codes, interaction, civilian targeting. Rules live in dictionaries/acled.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .dictionary import DEFAULT_DIR, Compiled
from .model import Mention

STATE_ROLES = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
NONSTATE_ROLES = {"REB", "INS", "UAF", "SEP", "RAD", "CRM"}
CIVILIAN_ROLES = {"CVL", "REF", "EDU", "HLH", "MED", "LAB", "BUS", "AGR", "HRI", "NGO"}
CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|villagers?|residents?|worshippers?|pilgrims?|children|women|farmers?|passengers?|students?|shoppers|families|family|journalists?|aid workers?|teachers?|displaced|refugees?)\b", re.I)


@dataclass(frozen=True)
class Rule:
    id: str
    event_type: str
    sub_event_type: str
    codes: tuple[str, ...]
    words: re.Pattern | None
    not_words: re.Pattern | None
    target: str | None
    source: str | None


def _words(ws) -> re.Pattern | None:
    if not ws:
        return None
    parts = []
    for w in ws:
        esc = re.escape(w.lower()).replace(r"\ \*\ ", r"\s+(?:\S+\s+){0,3}?").replace(r"\ ", r"\s+")
        parts.append(esc[:-2] + r"\w*" if esc.endswith(r"\*") else esc + r"\b")
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.I)


@lru_cache(maxsize=4)
def rules(directory: str = str(DEFAULT_DIR)) -> tuple[tuple[Rule, ...], tuple[str, ...]]:
    path = Path(directory) / "acled.yaml"
    if not path.exists():
        path = DEFAULT_DIR / "acled.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = tuple(
        Rule(r["id"], r["event_type"], r["sub_event_type"], tuple(r.get("codes", [])), _words(r.get("words")), _words(r.get("not_words")), r.get("target"), r.get("source"))
        for r in raw["rules"]
    )
    return out, tuple(raw["precedence"])


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


def classify(code: str, sentence: str, src: Mention | None, src_code: str | None, tgt: Mention | None, tgt_code: str | None, directory: str) -> tuple[str, str] | None:
    after_verb = sentence
    for r in rules(directory)[0]:
        if r.codes and not any(code.startswith(c) for c in r.codes):
            continue
        if r.words and not r.words.search(sentence):
            continue
        if r.not_words and r.not_words.search(sentence):
            continue
        if r.source and side(src, src_code) != r.source:
            continue
        if r.target == "civilian" and not (side(tgt, tgt_code) == "civilian" or (tgt is None and CIVILIAN_WORDS.search(after_verb))):
            continue
        return r.event_type, r.sub_event_type
    return None


def rank(event_type: str | None, directory: str = str(DEFAULT_DIR)) -> int:
    order = rules(directory)[1]
    return order.index(event_type) if event_type in order else len(order)


# ---- ACLED-style actor names and inter codes ----
INTER = {"state": 1, "nonstate": 2, "militia": 3, "rioters": 5, "protesters": 6, "civilian": 7, "external": 8}


def country_names(comp: Compiled) -> dict[str, str]:
    return {a.country: a.name for a in comp.actors if a.kind == "country" and a.country}


def actor_name(m: Mention | None, code: str | None, country: str | None, event_type: str | None, names: dict[str, str], location_country: str | None) -> tuple[str | None, int | None]:
    """("Military Forces of Iraq", 1), ("Protesters (Kenya)", 6), ("Unidentified Armed Group (Syria)", 3) ..."""
    place = names.get(country or location_country or "", None)
    where = f" ({place})" if place else ""
    if m is None:
        if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            return f"Unidentified Armed Group{where}", INTER["militia"]
        if event_type == "Protests":
            return f"Protesters{where}", INTER["protesters"]
        if event_type == "Riots":
            return f"Rioters{where}", INTER["rioters"]
        return None, None
    roles = _roles(code)
    foreign = bool(country and location_country and country != location_country)
    if m.actor_kind == "group":
        return m.text, INTER["nonstate"] if roles & {"REB", "INS", "SEP"} else INTER["militia"]
    if event_type == "Protests" or (roles & {"CVL", "OPP"} and event_type == "Riots"):
        kind = "Protesters" if event_type == "Protests" else "Rioters"
        return f"{kind}{where}", INTER["protesters" if kind == "Protesters" else "rioters"]
    if roles & {"CVL", "REF", "EDU", "HLH", "MED", "LAB", "BUS", "AGR"}:
        return f"Civilians{where}", INTER["civilian"]
    if roles & {"REB", "INS", "SEP"}:
        return f"Rebel Group{where}", INTER["nonstate"]
    if roles & {"UAF", "RAD", "CRM"}:
        return f"Unidentified Armed Group{where}", INTER["militia"]
    if place and country:
        if "COP" in roles:
            return f"Police Forces of {place}", INTER["external" if foreign else "state"]
        if roles & {"MIL", "SPY"} or event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            return f"Military Forces of {place}", INTER["external" if foreign else "state"]
        return f"Government of {place}", INTER["external" if foreign else "state"]
    return m.text, INTER["external"]


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b
