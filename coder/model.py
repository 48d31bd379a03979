"""Plain dataclasses handed from stage to stage (see docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: dt.date | None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str = "en"
    origin: str = ""  # file:line the article came from, for error messages
    dateline: str | None = None  # place named in the dateline ("MOSUL")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # lower-cased, quotes/dashes folded
    start: int  # char offsets in the article text
    end: int


@dataclass
class Sentence:
    article_id: str
    index: int
    text: str
    start: int
    end: int
    tokens: list[Token]


@dataclass(frozen=True)
class Mention:
    """A dictionary hit over tokens [start, end) of one sentence."""

    kind: str  # actor | agent | verb | discard | place
    start: int
    end: int
    entry_id: str
    code: str  # actor/agent code or CAMEO event code
    method: str = "exact"  # exact | fuzzy | combined
    score: float = 100.0
    text: str = ""
    passive: bool = False  # verb pattern is passive ("rockets were launched")
    nominal: bool = False  # verb pattern is a noun phrase ("an attack on")
    country: str | None = None  # actor's home country (ISO3)
    actor_kind: str = ""  # country | igo | group | person ... (actors only)
    pattern: str = ""  # verb pattern that fired
    head_end: int = 0  # verbs: end of the pattern's first segment (arguments may sit in its gaps)
    symmetric: bool = False  # verbs: coded both ways between coordinated actors ("A and B met")
    literal: int = 0  # verbs: tokens the pattern matched word for word (its span minus its gaps)


@dataclass
class Candidate:
    """One verb with the arguments the grammar found for it."""

    sentence: Sentence
    verb: Mention
    source: Mention | None
    target: Mention | None
    negated: bool = False
    mode: str = "actual"  # actual | negated | hypothetical | future
    source_via: str = ""  # how the source was found (subject, by-phrase, from-place ...)
    target_via: str = ""
    rule: str = ""  # the grammar rule that produced it, for `coder explain`
    source_with: tuple = ()  # other actors listed with the source ("A and B attacked C": B for A)
    target_with: tuple = ()


@dataclass
class Event:
    row: dict  # one row of the events table, keys = schemas/events.yaml columns


@dataclass
class Reject:
    article_id: str | None
    stage: str  # ingest | code | validate
    reason_code: str  # stable code from coder.errors
    message: str
    origin: str = ""  # file:line
    detail: str | None = None  # JSON of the offending row for validation rejects


@dataclass
class CodedBatch:
    events: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    sentences: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    harvest: object = None  # coder.harvest.Harvest: what the dictionaries missed
