"""PETRARCH issues file -> a plain list kept in issues.yaml (the engine does not use it yet).

  <ISSUE CATEGORY="EDUCATION" TYPE="ALL"> ... </ISSUE>   a category block
  n:school [SCHOOLS]      phrase -> issue code (n: marks a noun; + joins words with a hyphen)
  ~phrase                 an exclusion: the phrase does not count for the category
"""

from __future__ import annotations

import re
from pathlib import Path

from .common import IdMaker, ImportReport, read_lines

FAMILY = "issues"
_OPEN = re.compile(r'<ISSUE\s+CATEGORY="([^"]*)"(?:\s+TYPE="([^"]*)")?\s*>', re.I)
_PAIR = re.compile(r"([^\[\]]*)\[([^\]]+)\]")


def _clean(p: str) -> str:
    p = re.sub(r"\bn:", "", p).replace("+", "-").replace("_", " ")
    return re.sub(r"\s+", " ", p).strip().lower()


def convert_issues(path: Path, rep: ImportReport, ids: IdMaker) -> list[dict]:
    rep.fam(FAMILY).files += 1
    by_code: dict[tuple[str, str], dict] = {}
    category = ""
    for ln in read_lines(path, rep, FAMILY):
        text = ln.text.strip()
        if not text:
            continue
        m = _OPEN.match(text)
        if m:
            category = m.group(1)
            continue
        if text.upper().startswith("</ISSUE"):
            category = ""
            continue
        if text.startswith("~"):
            p = _clean(text.lstrip("~"))
            if p:
                key = (category, "~")
                e = by_code.setdefault(key, {"id": "", "code": None, "category": category, "phrases": [], "exclude": []})
                e["exclude"].append(p)
            continue
        pairs = [(ph.strip(), c.strip()) for ph, c in _PAIR.findall(text)]
        if not pairs or not pairs[0][0]:
            rep.warn(FAMILY, "I003", path, ln.no, f"issue line without 'phrase [CODE]': {text!r}")
            continue
        for ph, code in pairs:  # a few lines hold two entries
            p = _clean(ph)
            if not p:
                continue
            e = by_code.setdefault((category, code), {"id": "", "code": code, "category": category, "phrases": [], "exclude": []})
            if p not in e["phrases"]:
                e["phrases"].append(p)
    out = []
    for (cat, code), e in by_code.items():
        if code == "~":  # the category's exclusions, kept once
            out.append({"id": ids(f"issue.{(cat or 'none').lower()}.exclude"), "code": None, "category": cat or None, "exclude": list(dict.fromkeys(e["exclude"]))})
            continue
        out.append({"id": ids(f"issue.{(cat or 'none').lower()}.{code.lower()}"), "code": code, "category": cat or None, "phrases": e["phrases"]})
    rep.fam(FAMILY).written += len(out)
    return out
