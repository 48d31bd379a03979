"""Event dates: find date expressions in a sentence and resolve them against the article date.

dateparser does the resolving (RELATIVE_BASE = article date, PREFER_DATES_FROM = past);
results are cached per (expression, article date). A date is never after the article date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_EXPR = re.compile(
    rf"\b(?P<day>\d{{1,2}}\s+{_MON}\.?(?:,?\s+\d{{4}})?"
    rf"|{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_WD}(?:['\u2019]s)?|yesterday|today|last night|this morning|tonight)\b"
    rf"|\b(?P<week>last week|this week|earlier this week)\b"
    rf"|\b(?P<month>(?:earlier |late |early )?(?:this|last) month|(?:in |early |late )?{_MON}(?:\s+\d{{4}})?)\b",
)
# expressions after these words do not date the event ("since early February")
_NOT_EVENT = {"since", "until", "till", "by", "before", "from"}


@dataclass(frozen=True)
class DateHit:
    text: str
    start: int  # char offset in the sentence
    day: dt.date
    precision: str  # day | week | month


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "yesterday": 1, "last night": 1}


@lru_cache(maxsize=20000)
def resolve(expr: str, base: dt.date) -> dt.date | None:
    import dateparser  # lazy: ~0.5 s import

    clean = re.sub(r"['\u2019]s$", "", expr.strip())
    low = clean.lower()
    if low in _RELATIVE:
        return base - dt.timedelta(days=_RELATIVE[low])
    if low in _WEEKDAYS:  # news usage: the latest such day on or before the article date
        return base - dt.timedelta(days=(base.weekday() - _WEEKDAYS.index(low)) % 7)
    base_dt = dt.datetime.combine(base, dt.time(12))
    got = dateparser.parse(clean, languages=["en"], settings={"RELATIVE_BASE": base_dt, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"})
    if got is None:
        return None
    day = got.date()
    if day > base:  # "May 3" read as next year, or a bare weekday read forward
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day if day <= base else None


def find_dates(sentence: str, published: dt.date | None) -> list[DateHit]:
    if published is None:
        return []
    hits = []
    for m in _EXPR.finditer(sentence):
        prev = sentence[: m.start()].split()[-1:] if m.start() else []
        if prev and prev[0].lower().strip(",") in _NOT_EVENT:
            continue
        kind = "day" if m.group("day") else "week" if m.group("week") else "month"
        text = m.group()
        if kind == "month" and not re.search(_MON, text) and "month" not in text:
            continue
        day = resolve(text, published)
        if day is not None:
            hits.append(DateHit(text, m.start(), day, kind))
    return hits


def event_date(hits: list[DateHit], verb_char: int, published: dt.date | None) -> tuple[dt.date | None, str, str | None]:
    """The date nearest the verb (day precision preferred); else the article date."""
    if hits:
        best = min(hits, key=lambda h: ({"day": 0, "week": 1, "month": 2}[h.precision], abs(h.start - verb_char)))
        return best.day, best.precision, best.text
    return published, "day", None
