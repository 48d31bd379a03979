"""PETRARCH/TABARI actor files -> ActorEntry dicts.

Syntax handled:
  NAME [CODE]            a new actor; NAME words joined by _ (adjacent) or spaces (other words may
                         stand between: written `a ... b`), a trailing _ ends it
  +NAME                  a synonym of the current actor
  <TAB>[CODE]            a code line for the current actor (several allowed, also after NAME)
  [CODE d1-d2]           role from d1 to d2, both inclusive (the project's `to` is exclusive,
                         so to = d2 + 1 day); dates YYMMDD (YY <= 30 -> 20YY) or YYYYMMDD
  [CODE <d] / [CODE >d]  role until d (to = d) / from d (from = d)
  [CODE]                 the default code (the first one; later ones are reported)

Decisions (each reported as a warning with file:line):
  * overlapping periods: PETRARCH takes the first restriction that matches, so the earlier-
    listed period wins and later ones are trimmed around it (our roles must not overlap, D013);
  * no default code: the code of the latest period is used outside all periods;
  * `---` (null actor) cannot be expressed: a null default drops the entry, a null period
    still claims its dates (so later overlapping periods do not take them) but writes no role;
  * `A/B/C` (one actor coded as several: "the Shire" is FRO, BIL and SAM) is written as the
    entry with code A plus entries `<id>~2` (B), `<id>~3` (C) without names: the engine codes
    the actor once per code (coder/match/__init__.py); dated periods keep A only;
    lower-case codes are upper-cased; codes that are not 3-character blocks (ITHTV) are cut
    to whole blocks (ITH);
  * a name given to several actors stays with the first one (later copies are reported);
  * kind: person when the entry has dated roles, igo for IGO..., group for armed groups
    (IMG... or a REB/INS/UAF/SEP block: their code is kept whole when an agent joins them),
    other for other multi-block codes (MORMIL, GMWGOV), NGO/NGM/MNC... codes and bare role
    codes (ELI): agents append to them as PETRARCH does ("activists of Amnesty" -> NGMOPP),
    else country (country = the code).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..dictionary import _literal
from .common import ACTOR_BLOCKS, IdMaker, ImportReport, name_phrase, read_lines

FAMILY = "actors"
INTERNATIONAL = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"}
ROLE_CODES = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
    "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
}
_GROUP = re.compile(r"\[([^\]]*)\]")
_RESTRICT = re.compile(r"^(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))$")
LOW, HIGH = dt.date.min, dt.date.max


@dataclass
class _Raw:
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, int]] = field(default_factory=list)  # (bracket content, line)


def parse_date(s: str) -> dt.date | None:
    try:
        if len(s) == 6:
            yy = int(s[:2])
            return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


def format_name(name: str) -> str:
    """Lower case (matched case-insensitively, as PETRARCH does), except short one-word names
    (US, UN, EU, ENT): kept in capitals so the matcher wants a capital ("us" is not the US)."""
    if re.fullmatch(r"[A-Za-z]{1,3}", name):
        return name.upper()
    return name.lower()


def _fix_code(code: str, rep: ImportReport, path: Path, line: int, more: list[str] | None = None) -> str | None:
    """A PETRARCH actor code -> a valid project code, or None (reported). `A/B`: A, and B goes
    to `more` when given (else it is dropped, reported)."""
    if "/" in code:
        parts = [p for p in code.split("/") if p]
        if more is not None:
            rep.warn(FAMILY, "I012", path, line, f"several codes {code!r} for one actor: {parts[0] if parts else '?'} and sibling entries for the others", skipped=False)
            more += [c for c in (_fix_code(p, rep, path, line) for p in parts[1:]) if c]
        else:
            rep.warn(FAMILY, "I012", path, line, f"several codes {code!r} for one period: kept {parts[0] if parts else '?'}", skipped=False)
        if not parts:
            return None
        code = parts[0]
    if code == "---":
        return None
    if not re.fullmatch(r"[A-Za-z0-9]+", code):
        rep.warn(FAMILY, "I011", path, line, f"code {code!r} is not an actor code; dropped")
        return None
    fixed = code.upper()
    if len(fixed) % 3:
        fixed = fixed[: len(fixed) // 3 * 3]
    if not fixed or not ACTOR_BLOCKS.match(fixed):
        rep.warn(FAMILY, "I011", path, line, f"code {code!r} is not an actor code; dropped")
        return None
    if fixed != code:
        rep.warn(FAMILY, "I012", path, line, f"code {code!r} written as {fixed!r} (codes are upper-case 3-character blocks)", skipped=False)
    return fixed


def _subtract(start: dt.date, end: dt.date, claimed: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    pieces = [(start, end)]
    for cs, ce in claimed:
        nxt = []
        for s, e in pieces:
            if ce <= s or e <= cs:
                nxt.append((s, e))
                continue
            if s < cs:
                nxt.append((s, cs))
            if ce < e:
                nxt.append((ce, e))
        pieces = nxt
    return pieces


def _fmt(d: dt.date) -> str:
    return "open" if d in (LOW, HIGH) else d.isoformat()


ARMED = {"REB", "INS", "UAF", "SEP"}


def _kind(code: str, has_roles: bool) -> tuple[str, str | None]:
    head = code[:3]
    country = head if head.isalpha() and head not in INTERNATIONAL and head not in ROLE_CODES else None
    if has_roles:
        return "person", country
    if head == "IGO":
        return "igo", None
    blocks = {code[i : i + 3] for i in range(0, len(code), 3)}
    if head == "IMG" or blocks & ARMED:
        return "group", country
    if head in INTERNATIONAL:
        return "other", None
    if len(code) == 3:
        return ("other", None) if head in ROLE_CODES else ("country", country)
    return "other", country


def _convert(raw: _Raw, path: Path, rep: ImportReport, ids: IdMaker, seen: dict[str, str] | None) -> list[dict] | None:
    names: list[str] = []
    for n in raw.names:
        f = format_name(n)
        if f and f.lower() not in {x.lower() for x in names}:
            names.append(f)
    if not names:
        rep.warn(FAMILY, "I003", path, raw.line, "actor without a name; skipped")
        return None
    if not raw.codes:
        rep.warn(FAMILY, "I010", path, raw.line, f"actor {names[0]!r} has no code; skipped")
        return None
    default: str | None = None
    default_seen = False
    claimed: list[tuple[dt.date, dt.date, str | None]] = []
    roles: list[tuple[dt.date, dt.date, str, int]] = []
    undated: list[str] = []  # codes whose dates could not be read: last-resort default
    extra: list[str] = []  # further codes of the default (A/B/C)
    for content, line in raw.codes:
        content = content.strip()
        m = re.match(r"^([^\s<>]*)\s*(.*)$", content)
        code_s, restr = m.group(1), m.group(2).strip()
        if not restr:
            if default_seen:
                rep.warn(FAMILY, "I016", path, line, f"second default code [{content}] for {names[0]!r}; kept the first")
                continue
            default_seen = True
            default = _fix_code(code_s, rep, path, line, extra)
            if default is None and code_s == "---":
                rep.warn(FAMILY, "I011", path, line, f"null default code [---] for {names[0]!r} cannot be expressed")
            continue
        r = _RESTRICT.match(restr)
        if not r or not code_s:
            rep.warn(FAMILY, "I013", path, line, f"date restriction [{content}] not understood; dropped")
            undated.append(code_s)
            continue
        if r.group("op"):
            d = parse_date(r.group("d"))
            if d is None:
                rep.warn(FAMILY, "I013", path, line, f"bad date in [{content}]; dropped")
                undated.append(code_s)
                continue
            start, end = (LOW, d) if r.group("op") == "<" else (d, HIGH)
        else:
            d1, d2 = parse_date(r.group("d1")), parse_date(r.group("d2"))
            if d1 is None or d2 is None or d2 < d1:
                rep.warn(FAMILY, "I013", path, line, f"bad date range in [{content}]; dropped")
                undated.append(code_s)
                continue
            start, end = d1, d2 + dt.timedelta(days=1)
        code = _fix_code(code_s, rep, path, line)
        pieces = _subtract(start, end, [(cs, ce) for cs, ce, _ in claimed])
        lost = [(max(start, cs), min(end, ce), cc) for cs, ce, cc in claimed if cs < end and start < ce and cc != code]
        if lost:
            kept = ", ".join(f"{_fmt(s)}..{_fmt(e)}" for s, e in pieces) or "nothing"
            who = ", ".join(f"{cc or '---'} {_fmt(a)}..{_fmt(b)}" for a, b, cc in lost)
            rep.warn(FAMILY, "I014", path, line, f"[{content}] overlaps earlier period(s) of {names[0]!r} ({who}); kept {kept}", skipped=not pieces)
        claimed.append((start, end, code))
        if code is None:
            if code_s == "---":
                rep.warn(FAMILY, "I011", path, line, f"null period [{content}] cannot be expressed; its dates get no role", skipped=True)
            continue
        roles += [(s, e, code, line) for s, e in pieces]
    roles.sort(key=lambda r: (r[0], r[1]))
    merged: list[tuple[dt.date, dt.date, str, int]] = []
    for r in roles:  # touching periods with the same code are one period
        if merged and merged[-1][2] == r[2] and merged[-1][1] == r[0]:
            merged[-1] = (merged[-1][0], r[1], r[2], merged[-1][3])
        else:
            merged.append(r)
    roles = merged
    if default is None and not roles:
        for c in undated:
            default = _fix_code(c, rep, path, raw.line) if c else None
            if default:
                rep.warn(FAMILY, "I015", path, raw.line, f"{names[0]!r}: only undatable periods; using {default} as its code at all dates", skipped=False)
                break
    if default is None:
        if not roles:
            rep.warn(FAMILY, "I010", path, raw.line, f"actor {names[0]!r} has no usable code; skipped")
            return None
        latest = max(roles, key=lambda r: (r[1], r[0]))
        default = latest[2]
        rep.warn(FAMILY, "I015", path, raw.line, f"{names[0]!r} has no default code; using {default} outside its periods", skipped=False)
    if seen is not None:  # an alias names one actor: the first entry keeps it (dict lint D015/D017)
        kept = []
        for n in names:
            key = " ".join(_literal(n))
            if key in seen:
                rep.warn(FAMILY, "I017", path, raw.line, f"name {n!r} already names {seen[key]}; dropped here", skipped=False)
            else:
                kept.append(n)
        if not kept:
            rep.warn(FAMILY, "I010", path, raw.line, f"every name of {names[0]!r} already names an earlier actor; skipped")
            return None
        names = kept
    kind, country = _kind(default, bool(roles))
    entry: dict = {"id": ids(f"actor.{re.sub(r'[^a-z0-9]+', '_', names[0].lower()).strip('_') or 'x'}"), "kind": kind, "code": default, "country": country, "names": names}
    if seen is not None:
        for n in names:
            seen[" ".join(_literal(n))] = f"{entry['id']} ({default}, {path.name}:{raw.line})"
    if roles:
        entry["roles"] = [{"code": c, "from": None if s == LOW else s, "to": None if e == HIGH else e} for s, e, c, _ in roles]
    entry["comment"] = f"{path.name}:{raw.line}"
    out = [entry]
    for n, code in enumerate(dict.fromkeys(c for c in extra if c != default), 2):
        k, ctry = _kind(code, False)
        out.append({"id": f"{entry['id']}~{n}", "kind": k, "code": code, "country": ctry, "names": [],
                    "comment": f"{path.name}:{raw.line} also coded as {code}: {entry['id']} has several codes"})
    return out


def convert_actors(path: Path, rep: ImportReport, ids: IdMaker, seen: dict[str, str] | None = None) -> list[dict]:
    """Actor entries of one file; `seen` (normalised name -> owner, shared by all actor files of
    an import) makes the first actor keep a name that several entries give."""
    rep.fam(FAMILY).files += 1
    out: list[dict] = []
    cur: _Raw | None = None

    def finish():
        if cur is not None:
            e = _convert(cur, path, rep, ids, seen)
            if e is not None:
                out.extend(e)

    for ln in read_lines(path, rep, FAMILY):
        text = ln.text
        if not text.strip():
            continue
        head = text.split("[", 1)[0].strip()
        groups = _GROUP.findall(text)
        if text[0] in " \t" or text.startswith("+"):
            # a synonym (+NAME, or an indented NAME before its codes) and/or a code line
            if cur is None:
                rep.warn(FAMILY, "I003", path, ln.no, f"synonym or code line before any actor: {text.strip()!r}")
                continue
            if head:
                cur.names.append(name_phrase(head.lstrip("+")))
            cur.codes += [(g, ln.no) for g in groups]
            continue
        if cur is not None and not cur.codes:
            # consecutive names before a code line are one actor (CountryInfo writes
            # LEONID_BREZHNEV_ / SECRETARY_BREZHNEV / <TAB>[codes])
            cur.names.append(name_phrase(head))
            cur.codes += [(g, ln.no) for g in groups]
            continue
        finish()
        cur = _Raw(ln.no, [name_phrase(head)], [(g, ln.no) for g in groups])
    finish()
    rep.fam(FAMILY).written += len(out)
    return out
