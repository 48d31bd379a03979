"""Dictionaries: load YAML (with line numbers), validate with pydantic, compile once, cache.

`load_compiled(dir)` is the one entry point the pipeline uses. Every problem found while
loading is collected and reported at once (DictionaryError), each with file:line and a code.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import itertools
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import ahocorasick
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import __version__
from .errors import DictionaryError, Problem
from .inflect import forms as verb_forms
from .text import tokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "dictionaries"
CODES_TSV = ROOT / "schemas" / "cameo_codes.tsv"
COMPILE_FORMAT = "4"  # bump when the compiled layout changes, to invalidate caches
MAX_EXPANSIONS = 20000
ACTOR_CODE = re.compile(r"^(?:[A-Z0-9]{3})+$")
NULL_CODE = "---"  # a verb pattern that codes nothing: it only blocks shorter matches ("riot police")


# ---------- YAML with line numbers ----------
class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _mapping_with_line(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_yaml(path: Path, problems: list[Problem]):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except UnicodeDecodeError as e:
        problems.append(Problem("D002", str(path), 1, f"file is not UTF-8 ({e.reason} at byte {e.start})"))
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", 0) + 1
        problems.append(Problem("D001", str(path), line, f"YAML syntax error: {getattr(e, 'problem', e)}"))
    return None


# ---------- entry models ----------
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Role(_Model):
    code: str
    start: dt.date | None = Field(None, alias="from")
    end: dt.date | None = Field(None, alias="to")
    title: str | None = None


class ActorEntry(_Model):
    id: str
    kind: str = "other"
    code: str
    country: str | None = None
    names: list[str] = []
    adjectives: list[str] = []
    roles: list[Role] = []
    comment: str | None = None


class AgentEntry(_Model):
    id: str
    code: str
    names: list[str]
    comment: str | None = None


class VerbEntry(_Model):
    id: str
    code: str
    patterns: list[str]
    nominal: bool = False
    symmetric: bool = False  # "A and B met": one event each way between coordinated actors
    forms: dict[str, dict[str, str]] = {}
    comment: str | None = None


class Settings(_Model):
    """DIR/settings.yaml: how the engine treats this dictionary set."""

    require_dyad: bool = False  # drop events that lack a source or a target (PETRARCH's default)
    max_gap: int = Field(4, ge=0, le=20)  # tokens a `...` gap may span
    future_as_intent: bool = True  # "will give aid" -> 033 (CAMEO manual); PETRARCH codes the verb as is
    agent_country_from_context: bool = True  # "President X" with X unknown: the sentence's (else dateline's) country
    # an event with a source but no target (or the reverse): "all" keeps it; "acled" keeps it only
    # when it is an ACLED event ("Protesters (Iraq)" need no target), as CAMEO events are dyadic
    one_sided: Literal["all", "acled"] = "acled"
    # PETRARCH conventions (the importer turns them on): a passive needs a by-phrase to be read as
    # passive; a verb in an earlier verb's clause is part of that verb's phrase, not an event
    passive_needs_agent: bool = False
    highest_verb_only: bool = False
    # an event the text dates more than this many days before the article ("Iraq invaded Kuwait in
    # August 1990", "in 1979") is history the article recalls, not news: not written. None keeps all.
    max_event_age_days: int | None = Field(365, ge=0)

    @model_validator(mode="before")
    @classmethod
    def _petrarch_defaults(cls, data):
        # sets imported before these two settings existed said only `require_dyad: true`, which
        # then implied both: unset, they follow it
        if isinstance(data, dict):
            for key in ("passive_needs_agent", "highest_verb_only"):
                data.setdefault(key, bool(data.get("require_dyad", False)))
        return data


class DiscardEntry(_Model):
    id: str
    phrases: list[str]
    # sentence: the phrase cancels its sentence; story: the whole article (PETRARCH's +PHRASE,
    # e.g. a sports report whose other sentences read like politics); verb: only the event of
    # the verb it follows ("demanded Moscow admit it murdered officers during World War Two")
    scope: Literal["sentence", "story", "verb"] = "sentence"
    comment: str | None = None


# ---------- compiled objects (plain, picklable) ----------
@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    level: int
    quad_class: int
    goldstein: float
    plover: str | None = None


@dataclass
class Actor:
    id: str
    kind: str
    code: str
    country: str | None
    roles: list[tuple[str, dt.date | None, dt.date | None]]
    name: str  # first name, for display
    adjectives: tuple[str, ...] = ()

    def code_on(self, day: dt.date | None) -> str:
        """The actor's code on a date: the role in force, else the default code."""
        if day is not None:
            for code, start, end in self.roles:
                if (start is None or start <= day) and (end is None or day < end):
                    return code
        return self.code


@dataclass
class VerbPattern:
    entry_id: str
    code: str
    text: str
    segments: list[frozenset]  # each a set of token tuples; gaps of <= settings.max_gap tokens between
    passive: bool
    nominal: bool
    symmetric: bool = False
    infinitive: bool = False  # starts with {verb:inf}: only after "to", a modal or a negator


@dataclass
class Compiled:
    version: str
    directory: str
    actors: list[Actor]
    agents: list[tuple[str, str]]  # (id, code)
    patterns: list[VerbPattern]
    discards: list[str]
    automaton: object
    fuzzy_index: dict[str, tuple[list[str], list[int]]]  # first letter -> (names, actor indexes)
    codes: dict[str, CameoCode]
    country_names: dict[str, str] = field(default_factory=dict)  # norm name -> ISO3
    actor_index: dict[str, int] = field(default_factory=dict)  # actor id -> index in actors
    settings: Settings = field(default_factory=Settings)
    # disconnected names ("Ithilen ... Television"): (kind a|j|g, entry index, the parts after the first)
    name_gaps: list[tuple[str, int, tuple[tuple[str, ...], ...]]] = field(default_factory=list)
    story_discards: frozenset[str] = frozenset()  # discard entries that cancel the whole article
    verb_discards: frozenset[str] = frozenset()  # discard entries that cancel the verb before them


def read_codes(extra_dir: Path | None = None) -> dict[str, CameoCode]:
    """CAMEO codes from schemas/ plus a dictionary set's own `codes.tsv` (test-only codes)."""
    out: dict[str, CameoCode] = {}
    for path in [CODES_TSV] + ([extra_dir / "codes.tsv"] if extra_dir and (extra_dir / "codes.tsv").exists() else []):
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                out[r["code"]] = CameoCode(r["code"], r["name"], r["root"], int(r["level"]), int(r["quadclass"]), float(r["goldstein"]), r.get("plover") or None)
    return out


# ---------- pattern compiler ----------
def _literal(word: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(word))


class PatternError(ValueError):
    pass


def _slot(tok: str, synsets: dict[str, list[str]], overrides: dict[str, dict[str, str]]) -> list[tuple[str, ...]]:
    optional = tok.endswith("?") and len(tok) > 1
    if optional:
        tok = tok[:-1]
    alts: list[tuple[str, ...]] = []
    if tok.startswith("{") and tok.endswith("}"):
        inner = tok[1:-1]
        if "|" in inner:  # "{reject|dismiss}" would read as one odd lemma and match nothing
            raise PatternError(f"'|' inside {tok}: write one {{verb}} per pattern or use a synset")
        lemma, _, part = inner.partition(":")
        base = verb_forms(lemma)
        if lemma in overrides:
            base = {**base, **{k: (v,) for k, v in overrides[lemma].items()}}
        if part in ("base", "s", "past", "pp", "ing", "inf"):
            alts = [(f,) for f in base["base" if part == "inf" else part]]
        else:
            tail = _literal(part) if part else ()
            alts = [(f,) + tail for f in dict.fromkeys(itertools.chain(*base.values()))]
    else:
        for alt in tok.split("|"):
            if alt.startswith("&"):
                if alt[1:] not in synsets:
                    raise PatternError(f"unknown synset {alt}")
                alts += [_literal(w) for w in synsets[alt[1:]]]
            else:
                lit = _literal(alt.replace("_", " "))
                if not lit:
                    raise PatternError(f"empty alternative in {tok!r}")
                alts.append(lit)
    if optional:
        alts.append(())
    return alts


def compile_pattern(text: str, synsets, overrides=None) -> tuple[list[frozenset], bool]:
    """Pattern string -> list of segments (sets of token tuples) and a passive flag."""
    overrides = overrides or {}
    segments: list[frozenset] = []
    for seg in re.split(r"\s*\.\.\.\s*", text.strip()):
        if not seg:
            raise PatternError("'...' at the start or end of a pattern")
        slots = [_slot(t, synsets, overrides) for t in seg.split()]
        size = 1
        for s in slots:
            size *= len(s)
        if size > MAX_EXPANSIONS:
            raise PatternError(f"expands to {size} phrases (max {MAX_EXPANSIONS}); split it")
        phrases = frozenset(tuple(itertools.chain(*combo)) for combo in itertools.product(*slots))
        phrases = frozenset(p for p in phrases if p)
        if not phrases:
            raise PatternError("segment matches nothing")
        segments.append(phrases)
    passive = bool(re.search(r"\{be\}\s+(?:\S+\?\s+)?\{\w+:pp", text)) or bool(re.search(r"\{be\}\s+\S+ed\b", text))
    return segments, passive


# ---------- loading ----------
def _entries(data, path: Path, model, problems: list[Problem], key: str | None = None):
    items = data.get(key) if (key and isinstance(data, dict)) else data
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(Problem("D003", str(path), 1, f"expected a list of entries{' under ' + key if key else ''}"))
        return []
    out = []
    for item in items:
        if not isinstance(item, dict):
            problems.append(Problem("D003", str(path), 1, f"entry is not a mapping: {item!r}"))
            continue
        line = item.pop("__line__", 0)
        for v in item.values():  # nested mappings (roles) carry line marks too
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, dict):
                        x.pop("__line__", None)
        try:
            out.append((model.model_validate(item), line))
        except ValidationError as e:
            for err in e.errors():
                loc = ".".join(str(p) for p in err["loc"])
                problems.append(Problem("D004", str(path), line, f"{item.get('id', '?')}: {loc}: {err['msg']}"))
    return out


def _strip_lines(obj):
    if isinstance(obj, dict):
        return {k: _strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [_strip_lines(x) for x in obj]
    return obj


def dictionary_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml", ".tsv") and p.is_file())


def content_hash(directory: Path) -> str:
    # the compiler's own source is part of the key: a code change never meets a stale cache
    h = hashlib.sha256(COMPILE_FORMAT.encode() + Path(__file__).read_bytes())
    for p in dictionary_files(directory) + [CODES_TSV]:
        h.update(str(p.relative_to(p.parent.parent if p == CODES_TSV else directory)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_entries(directory: Path):
    """Read and validate every dictionary file; returns (entries by family, problems)."""
    directory = Path(directory)
    problems: list[Problem] = []
    fam: dict[str, list] = {"actors": [], "agents": [], "verbs": [], "discards": []}
    synsets: dict[str, list[str]] = {}
    if not directory.is_dir():
        raise DictionaryError([Problem("D000", str(directory), 0, "dictionary directory not found")])
    syn_path = directory / "synsets.yaml"
    if syn_path.exists():
        data = _strip_lines(read_yaml(syn_path, problems) or {})
        if not isinstance(data, dict):
            problems.append(Problem("D003", str(syn_path), 1, "synsets.yaml must map NAME -> [words]"))
        else:
            for name, words in data.items():
                if not words:
                    problems.append(Problem("D020", str(syn_path), 1, f"synset &{name} is empty"))
                synsets[str(name)] = [str(w) for w in (words or [])]
    for path in sorted((directory / "actors").glob("*.y*ml")) if (directory / "actors").is_dir() else []:
        fam["actors"] += [(e, path, ln) for e, ln in _entries(read_yaml(path, problems), path, ActorEntry, problems)]
    for name, model, key in (("agents", AgentEntry, "agents"), ("discards", DiscardEntry, "discards")):
        path = directory / f"{name}.yaml"
        if path.exists():
            fam[key] += [(e, path, ln) for e, ln in _entries(read_yaml(path, problems), path, model, problems)]
    for path in sorted((directory / "verbs").glob("*.y*ml")) if (directory / "verbs").is_dir() else []:
        data = read_yaml(path, problems)
        if data is None:
            continue
        fam["verbs"] += [(e, path, ln) for e, ln in _entries(data, path, VerbEntry, problems, key="entries")]
    return fam, synsets, problems


def build(directory: Path) -> Compiled:
    directory = Path(directory).resolve()
    fam, synsets, problems = load_entries(directory)
    codes = read_codes(directory)
    auto = ahocorasick.Automaton()
    payloads: dict[str, list] = {}
    name_gaps: list[tuple[str, int, tuple[tuple[str, ...], ...]]] = []

    def add(phrase: str, payload: tuple):
        if " ... " in phrase:  # a disconnected name: other words of its noun phrase may stand between the parts
            first, *rest = [p for p in (_literal(x) for x in phrase.lstrip("=").split("...")) if p]
            payloads.setdefault(" ".join(first), []).append(("n", len(name_gaps), "" if phrase.lstrip("=")[:1].isupper() else None))
            name_gaps.append((payload[0], payload[1], tuple(rest)))
            return
        case = None
        if phrase.startswith("="):
            phrase, case = phrase[1:], phrase[1:]
        elif phrase[:1].isupper():
            case = ""  # the first letter must be capitalised in the text
        key = " ".join(_literal(phrase))
        if key:
            payloads.setdefault(key, []).append(payload + (case,))

    seen_ids: dict[str, str] = {}

    def check_id(eid: str, path: Path, line: int, family: str):
        k = f"{family}:{eid}"
        if k in seen_ids:
            problems.append(Problem("D010", str(path), line, f"duplicate id {eid!r} (first in {seen_ids[k]})"))
        seen_ids[k] = f"{path.name}:{line}"

    actors: list[Actor] = []
    fuzzy: dict[str, set[tuple[str, int]]] = {}
    country_names: dict[str, str] = {}
    for e, path, line in fam["actors"]:
        check_id(e.id, path, line, "actor")
        for c in [e.code] + [r.code for r in e.roles]:
            if not ACTOR_CODE.match(c):
                problems.append(Problem("D011", str(path), line, f"{e.id}: actor code {c!r} is not a sequence of 3-character blocks"))
        spans = sorted((r.start or dt.date.min, r.end or dt.date.max) for r in e.roles)
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                problems.append(Problem("D013", str(path), line, f"{e.id}: role periods overlap ({s2} < {e1})"))
        idx = len(actors)
        actors.append(Actor(e.id, e.kind, e.code, e.country, [(r.code, r.start, r.end) for r in e.roles], (e.names or e.adjectives or [e.id])[0], tuple(e.adjectives)))
        for n in e.names:
            add(n, ("a", idx))
            bare = n.lstrip("=").replace(" ... ", " ")
            if len(bare) >= 6 and " " in bare or len(bare) >= 8:
                fuzzy.setdefault(bare[0].lower(), set()).add((bare, idx))
            if e.kind == "country" and e.country and bare == n.lstrip("="):
                country_names[" ".join(_literal(bare))] = e.country
        for a in e.adjectives:
            add(a, ("j", idx))
    agents: list[tuple[str, str]] = []
    for e, path, line in fam["agents"]:
        check_id(e.id, path, line, "agent")
        if not ACTOR_CODE.match(e.code):
            problems.append(Problem("D011", str(path), line, f"{e.id}: agent code {e.code!r} is not 3-character blocks"))
        for n in e.names:
            add(n.lower() if not n.startswith("=") else n, ("g", len(agents)))
        agents.append((e.id, e.code))
    patterns: list[VerbPattern] = []
    for e, path, line in fam["verbs"]:
        check_id(e.id, path, line, "verb")
        if e.code not in codes and e.code != NULL_CODE and not all(part in codes for part in e.code.split(":")):  # "046:046": each half
            problems.append(Problem("D012", str(path), line, f"{e.id}: unknown CAMEO code {e.code!r}"))
        for p in e.patterns:
            try:
                segs, passive = compile_pattern(p, synsets, e.forms)
            except PatternError as err:
                problems.append(Problem("D014", str(path), line, f"{e.id}: pattern {p!r}: {err}"))
                continue
            pi = len(patterns)
            patterns.append(VerbPattern(e.id, e.code, p, segs, passive, e.nominal, e.symmetric, p.lstrip().startswith("{") and ":inf}" in p.split()[0]))
            for phrase in segs[0]:
                payloads.setdefault(" ".join(phrase), []).append(("v", pi, None))
    discards: list[str] = []
    story_discards: set[str] = set()
    verb_discards: set[str] = set()
    for e, path, line in fam["discards"]:
        check_id(e.id, path, line, "discard")
        if e.scope == "story":
            story_discards.add(e.id)
        elif e.scope == "verb":
            verb_discards.add(e.id)
        for ph in e.phrases:
            add(ph.lower(), ("d", len(discards)))
        discards.append(e.id)
    settings = Settings()
    spath = directory / "settings.yaml"
    if spath.exists():
        raw = _strip_lines(read_yaml(spath, problems) or {})
        try:
            settings = Settings.model_validate(raw)
        except ValidationError as e:
            for err in e.errors():
                problems.append(Problem("D004", str(spath), 1, f"{'.'.join(map(str, err['loc']))}: {err['msg']}"))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DictionaryError(errors)
    for key, vals in payloads.items():
        auto.add_word(key, (key, tuple(vals)))
    auto.make_automaton()
    fuzzy_index = {k: ([n for n, _ in sorted(v)], [i for _, i in sorted(v)]) for k, v in fuzzy.items()}
    actor_index = {a.id: i for i, a in enumerate(actors)}
    return Compiled(content_hash(directory), str(directory), actors, agents, patterns, discards, auto, fuzzy_index, codes, country_names, actor_index, settings, name_gaps,
                    frozenset(story_discards), frozenset(verb_discards))


def cache_dir() -> Path:
    base = os.environ.get("CODER_CACHE_DIR") or os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "coder")
    return Path(base)


_MEMO: dict[str, Compiled] = {}


def load_compiled(directory: Path | str | None = None, use_cache: bool = True) -> Compiled:
    """Compiled dictionaries for a directory: memory memo, then disk cache keyed by content hash."""
    directory = Path(directory or DEFAULT_DIR).resolve()
    version = content_hash(directory)
    key = f"{directory}:{version}"
    if key in _MEMO:
        return _MEMO[key]
    path = cache_dir() / f"dict-{version}-{__version__}.pkl"
    comp = None
    if use_cache and path.exists():
        try:
            with open(path, "rb") as fh:
                comp = pickle.load(fh)
        except Exception:  # a stale or partial cache is rebuilt, never trusted
            comp = None
    if comp is None:
        comp = build(directory)
        if use_cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with open(tmp, "wb") as fh:
                pickle.dump(comp, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
    comp.directory = str(directory)
    _MEMO[key] = comp
    return comp
