"""Shared pieces of the PETRARCH2/TABARI importer: reading lines (comments stripped, line
numbers kept), the import report, ids and code parsing."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem

# Importer warning codes (Problem.code); every warning names file:line.
WARNINGS = {
    "I001": "file family not recognised; file skipped",
    "I002": "line is not UTF-8; decoded as cp1252",
    "I003": "line not understood; skipped",
    "I010": "actor entry without a usable code; skipped",
    "I011": "actor code not expressible (null ---, invalid characters); dropped",
    "I012": "actor code rewritten to fit the 3-character-block rule (lower case, truncated); several codes A/B -> sibling entries <id>~2 ...",
    "I013": "actor date restriction unreadable; dropped",
    "I014": "actor periods overlap; the earlier-listed period wins (PETRARCH order), the later one is trimmed",
    "I015": "actor has no default code; the code of its latest period is used outside the periods",
    "I016": "second default code for one actor; ignored",
    "I017": "actor name already given to an earlier actor (first wins); dropped here",
    "I020": "agent line without a code; skipped",
    "I021": "(not emitted since prefix agents are supported: id suffix ~prefix)",
    "I022": "agent code invalid; skipped",
    "I030": "verb pattern uses roles the engine cannot express; skipped (not emitted since role markers $? +? ^? %$? %+? exist)",
    "I031": "(not emitted since paired codes are supported: code a:b)",
    "I032": "code is not a CAMEO-shaped event code; skipped",
    "I033": "null code ---: nothing to code (PETRARCH uses it to block a shorter match; the engine has no null verbs); skipped",
    "I034": "verb pattern not understood (no * verb marker, unknown synset, empty); skipped",
    "I035": "synset redefined with other members; renamed",
    "I036": "transformation rules (~ ...) are not supported; skipped",
    "I037": "verb pattern too large to expand; skipped",
    "I038": "(not emitted since % is written as a compound marker %$? / %+?)",
    "I039": "pattern or verb form already written by an earlier entry (first wins, as `dict lint` D016/D018 require); dropped here",
    "I040": "(not emitted since story-level discards are imported with scope: story)",
}

EVENT_CODE = re.compile(r"^[0-9]{2,4}[A-Za-z]?$")
ACTOR_BLOCKS = re.compile(r"^(?:[A-Z0-9]{3})+$")


@dataclass
class Line:
    no: int
    text: str  # comments removed, right-stripped (leading whitespace kept)


def _strip_hash(s: str) -> str:
    """Cut a '#' comment, ignoring '#' inside [...] (codes such as [###])."""
    depth = 0
    for i, ch in enumerate(s):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return s[:i]
    return s


_HTML_OPEN = re.compile(r"<!\s*--")


def read_lines(path: Path, report: "ImportReport", family: str) -> list[Line]:
    """Lines of a dictionary file with <!-- --> (possibly multi-line) and # comments removed."""
    out: list[Line] = []
    in_html = False
    for no, raw in enumerate(path.read_bytes().split(b"\n"), 1):
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            s = raw.decode("cp1252", errors="replace")
            report.warn(family, "I002", path, no, "decoded as cp1252", skipped=False)
        s = s.rstrip("\r\n")
        text = ""
        while s:
            if in_html:
                end = s.find("-->")
                if end < 0:
                    s = ""
                    break
                s = s[end + 3 :]
                in_html = False
                continue
            m = _HTML_OPEN.search(s)
            hash_at = _strip_hash(s)
            if m and len(hash_at) > m.start():
                text += s[: m.start()]
                s = s[m.end() :]
                in_html = True
                continue
            text += hash_at
            s = ""
        out.append(Line(no, text.rstrip()))
    return out


@dataclass
class FamilyCount:
    files: int = 0
    written: int = 0  # entries written
    skipped: int = 0  # input lines not converted
    warnings: int = 0


@dataclass
class ImportReport:
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, FamilyCount] = field(default_factory=dict)
    extra: dict[str, int] = field(default_factory=dict)  # other figures for the summary
    out: str = ""

    def fam(self, family: str) -> FamilyCount:
        return self.counts.setdefault(family, FamilyCount())

    def warn(self, family: str, code: str, path: Path | str, line: int, message: str, skipped: bool = True) -> None:
        self.problems.append(Problem(code, str(path), line, message, "warning"))
        f = self.fam(family)
        f.warnings += 1
        f.skipped += skipped

    def by_code(self) -> Counter:
        return Counter(p.code for p in self.problems)

    def summary(self) -> str:
        rows = [f"imported into {self.out}" if self.out else "import summary"]
        for family in ("actors", "agents", "verbs", "discards", "issues", "other"):
            if family not in self.counts:
                continue
            f = self.counts[family]
            rows.append(f"  {family:9s} files {f.files}, entries written {f.written}, lines skipped {f.skipped}, warnings {f.warnings}")
        for k, v in self.extra.items():
            rows.append(f"  {k}: {v}")
        codes = self.by_code()
        if codes:
            rows.append("  warnings by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
        return "\n".join(rows)


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return s or "x"


class IdMaker:
    """Stable, unique ids: the first use of a base keeps it, later ones get .2, .3 ..."""

    def __init__(self):
        self.seen: Counter = Counter()

    def __call__(self, base: str) -> str:
        self.seen[base] += 1
        n = self.seen[base]
        return base if n == 1 else f"{base}.{n}"


def phrase(text: str) -> str:
    """PETRARCH phrase -> plain words: underscores are spaces, a trailing _ (phrase end) dropped."""
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip()


def name_phrase(text: str) -> str:
    """PETRARCH actor/agent phrase -> a name: words joined by _ are adjacent, words joined by a
    space may have other words of the noun phrase between them ("ITHILEN TELEVISION" matches
    "Ithilen state-run television"), written `...` (coder/match/exact.py)."""
    out = ""
    for word, sep in re.findall(r"([^\s_]+)([\s_]*)", text.strip()):
        out += word + (" " if "_" in sep or not sep else " ... ")  # FOR_ YOUTH: the _ joins them
    return re.sub(r"( \.\.\.)? $", "", out)


def parse_event_code(raw: str) -> tuple[str | None, str | None, str]:
    """'031' | '031:032' | ':173' | '---' -> (forward, reverse, status).

    status: 'ok', 'null' (--- or empty forward), 'bad' (not an event code)."""
    raw = raw.strip()
    fwd, sep, rev = raw.partition(":")
    fwd, rev = fwd.strip(), rev.strip()
    if not sep and fwd == "---":
        return None, None, "null"
    if fwd and not EVENT_CODE.match(fwd):
        return None, None, "bad"
    if rev and not EVENT_CODE.match(rev):
        rev = ""
    if not fwd:
        return None, rev or None, "null"
    return fwd, rev or None, "ok"
