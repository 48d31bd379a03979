"""PETRARCH agents file -> AgentEntry dicts.

  !PERSON! = MAN, MEN, WOMAN        substitution set, used inside names (CONGRESS!PERSON!)
  NAME [~GOV]                       suffix agent: country code + GOV (Iraqi police -> IRQCOP)
  NAME [NGO~]                       prefix agent: NGO + country code in PETRARCH
  NAME {} [~X]                      no plural generated
  NAME {PLURAL_1 PLURAL_2} [~X]     explicit plurals, no regular plural generated
  NAME [~X]                         regular plural of the last word added (PETRARCH does this)
  WORD WORD / WORD_WORD             a space lets other words stand between (`word ... word`), _ not

A prefix agent keeps its code and gets the id suffix `~prefix`, which tells the engine to write
its code before the actor's (coder/match/combine.py): "MSF Arnor" -> NGO + ARN. Names are
written in lower case: agents match case-insensitively.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..match.combine import PREFIX
from .common import ACTOR_BLOCKS, IdMaker, ImportReport, name_phrase, phrase, read_lines

FAMILY = "agents"
_SUBST = re.compile(r"^\s*(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_LINE = re.compile(r"^(?P<name>[^\[{]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")


def plural(word_phrase: str) -> str:
    """Regular English plural of the last word of a phrase."""
    head, _, last = word_phrase.rpartition(" ")
    lw = last.lower()
    if lw.endswith("man"):
        p = last[:-3] + "men"
    elif lw.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es"
    elif lw.endswith("y") and len(lw) > 1 and lw[-2] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _expand(name: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Za-z0-9_]+!", name)
    if not m:
        return [name]
    alts = subst.get(m.group().upper())
    if alts is None:
        return []
    out = []
    for a in alts:
        out += _expand(name[: m.start()] + a + name[m.end() :], subst)
    return out


def convert_agents(path: Path, rep: ImportReport, ids: IdMaker) -> list[dict]:
    rep.fam(FAMILY).files += 1
    subst: dict[str, list[str]] = {}
    out: list[dict] = []
    for ln in read_lines(path, rep, FAMILY):
        text = ln.text.strip()
        if not text:
            continue
        s = _SUBST.match(text)
        if s:
            subst[s.group(1).upper()] = [w.strip() for w in s.group(2).split(",") if w.strip()]
            continue
        m = _LINE.match(text)
        if not m:
            rep.warn(FAMILY, "I020", path, ln.no, f"agent line without a readable [code]: {text!r}")
            continue
        raw_code = m.group("code").replace(" ", "")
        if raw_code.startswith("~"):
            code, prefix = raw_code[1:], False
        elif raw_code.endswith("~"):
            code, prefix = raw_code[:-1], True
        else:
            code, prefix = raw_code, False
        code = code.upper()
        if not ACTOR_BLOCKS.match(code):
            rep.warn(FAMILY, "I022", path, ln.no, f"agent code [{m.group('code')}] is not 3-character blocks")
            continue
        raw_name = m.group("name").strip()
        names = [name_phrase(n) for n in _expand(raw_name, subst)]
        if not names:
            rep.warn(FAMILY, "I020", path, ln.no, f"unknown substitution set in {raw_name!r}")
            continue
        forms = m.group("forms")
        if forms is not None:
            names += [phrase(f) for f in forms.split() if f.strip("_")]
        elif "!" not in raw_name:
            names.append(plural(names[0]))
        names = list(dict.fromkeys(n.lower() for n in names if n))
        comment = f"{path.name}:{ln.no}"
        eid = ids(f"agent.{re.sub(r'[^a-z0-9]+', '_', names[0]).strip('_') or 'x'}")
        if prefix:
            eid += PREFIX
            comment += f" prefix agent [{code}~]: {code} is written before the actor's code"
        out.append({"id": eid, "code": code, "names": names, "comment": comment})
    rep.fam(FAMILY).written += len(out)
    return out
