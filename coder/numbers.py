"""Numbers in words and digits, and fatality counts attached to killed/dead wording.

Ranges and hedges take the lower bound, as ACLED does ("at least five" -> 5,
"between 10 and 15" -> 10); vague words take the smallest number they allow (see VAGUE).
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# vague quantities: ACLED codes the lowest number the wording allows
VAGUE = {"a": 1, "an": 1, "a dozen": 12, "dozen": 12, "dozens": 24, "several": 3, "a few": 3, "few": 3, "scores": 40,
         "hundreds": 200, "thousands": 2000, "a couple": 2, "couple": 2, "a number": 3, "many": 10, "a handful": 3}
_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:hundred|thousand|million))?"
    rf"|(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"
    r"|a dozen|dozens|a couple|a few|a handful|several|scores|hundreds|thousands|a number|a|an|one"
)
HEDGE = r"(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|an estimated|no fewer than|at most|fewer than|less than)"
VICTIM = (
    r"(?:(?:[A-Za-z'-]+\s+){0,3}?(?:people|persons|civilians|soldiers|troops|police(?:men)?|officers?|fighters|militants|"
    r"rebels|insurgents|members?|protesters|demonstrators|children|women|men|villagers|residents|students|workers|"
    r"worshippers|pilgrims|guards|servicemen|personnel|others|gunmen|attackers|policem[ae]n|farmers|miners|"
    r"journalists|staff|passengers|officials|civilian|soldier|man|woman|child|boy|girl|person|fighter|militant))"
)
KILL_AFTER = re.compile(
    rf"\b(?:killed|killing|kills|kill|massacred|slaughtered|executed|claimed the lives of|left|leaving)\s+"
    rf"(?:{HEDGE}\s+)?(?P<n>{NUMBER})\b(?:\s+{VICTIM})?(?P<dead>\s+dead)?",
    re.I,
)
KILL_BEFORE = re.compile(
    rf"\b(?:{HEDGE}\s+)?(?P<n>{NUMBER})\s+(?:{VICTIM}\s+)?(?:(?:were|was|have|has|had|been|are|being|reportedly|all|may|might|could|also|later|shot|among the)\s+)*(?:killed|dead|died|slain|perished|executed)\b",
    re.I,
)
TOLL = re.compile(rf"\b(?:death toll|toll)\s+(?:\w+\s+){{0,3}}?(?:to|at|of|reached|hit|stood at)\s+(?:{HEDGE}\s+)?(?P<n>{NUMBER})\b", re.I)
BETWEEN = re.compile(rf"\bbetween\s+(?P<n>{NUMBER})\s+and\s+(?:{NUMBER})\s+(?:{VICTIM}\s+)?(?:(?:were|have been)\s+)?(?:killed|dead)", re.I)
NONE_KILLED = re.compile(r"\b(?:no one|nobody|none|no (?:one|people|casualties|deaths|fatalities))\b(?:\s+\w+){0,3}?\s+(?:was|were|had been|has been|have been|reported)?\s*(?:killed|dead|hurt)|\bno (?:deaths|fatalities|casualties)\b", re.I)
INJURED = re.compile(rf"\b(?:{HEDGE}\s+)?(?P<n>{NUMBER})\s+(?:{VICTIM}\s+)?(?:(?:were|was|have been|had been)\s+)?(?:injured|wounded|hurt)\b", re.I)


def parse_number(text: str) -> int | None:
    t = text.lower().replace("-", " ").strip()
    if t in VAGUE:
        return VAGUE[t]
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(hundred|thousand|million))?", t)
    if m:
        return int(m.group(1).replace(",", "")) * (SCALES[m.group(2)] if m.group(2) else 1)
    total = current = 0
    seen = False
    for w in t.split():
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _first(pattern: re.Pattern, text: str) -> int | None:
    for m in pattern.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None:
            return n
    return None


_UNKNOWN = re.compile(r"\b(?:an?\s+)?(?:unknown|unspecified|undisclosed|unconfirmed) number of\b[^.;,]*", re.I)


def fatalities(text: str) -> int | None:
    """Deaths reported in a sentence, summed over "two soldiers and three civilians" lists."""
    text = _UNKNOWN.sub(" ", text)
    if not re.search(r"\b(?:kill|dead|died|death|slain|perish|massacre|slaughter|execut|lives)", text, re.I):
        return None
    if NONE_KILLED.search(text):
        return 0
    lst = rf"(?P<list>(?:(?:{NUMBER})\s+{VICTIM}(?:,\s*|\s+and\s+)?){{2,}})"
    m = re.search(rf"\b(?:killed|killing|kills)\s+{lst}", text, re.I) or re.search(rf"{lst}\s+(?:were|have been|had been)\s+killed", text, re.I)
    if m:
        parts = re.findall(rf"(?P<n>{NUMBER})\s+{VICTIM}", m.group("list"), re.I)
        nums = [parse_number(p) for p in parts]
        if nums and all(n is not None for n in nums):
            return sum(nums)
    for pat in (BETWEEN, TOLL, KILL_BEFORE, KILL_AFTER):
        n = _first(pat, text)
        if n is not None:
            return n
    if re.search(r"\b(?:killed|killing)\b", text, re.I):
        return None  # killing reported, number unknown
    return None


def injuries(text: str) -> int | None:
    return _first(INJURED, text)
