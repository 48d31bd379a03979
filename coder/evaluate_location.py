"""`coder eval` for location gold (location_dev): the place chosen for the gold verb."""

from __future__ import annotations

import unicodedata

from .dictionary import load_compiled
from .geo import find_places, gazetteer
from .model import Article
from .pipeline import Config
from .text import split_sentences


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


def eval_location(records, config: Config, report) -> None:
    comp = load_compiled(config.dictionaries)
    index = gazetteer(str(config.dictionaries))
    exact = folded = empty_right = empty_total = 0
    predicted = 0
    for r in records:
        gold = r["expected"]["locations"]
        art = Article(r["id"], r["text"], None)
        sents, _ = split_sentences(art)
        verb = (r.get("verb") or [{}])[0]
        vstart = verb.get("start", 0)
        best = None
        for s in sents:
            if not (s.start <= vstart < s.end + 1):
                continue
            vt = next((i for i, t in enumerate(s.tokens) if t.start >= vstart), 0)
            hits = find_places(s, comp.country_names, (), index)
            if hits:
                h = min(hits, key=lambda h: (abs(h.start - vt), h.start))
                best = (s.tokens[h.start].start, s.tokens[h.end - 1].end, h.text)
        predicted += best is not None
        if not gold:
            empty_total += 1
            empty_right += best is None
            continue
        spans = {(g["start"], g["end"]) for g in gold}
        texts = {_fold(g["text"]) for g in gold}
        ok = best is not None and (best[0], best[1]) in spans
        exact += ok
        folded += best is not None and _fold(best[2]) in texts
        if not ok and len(report.errors) < 2000:
            report.errors.append({"id": r["id"], "expected": [g["text"] for g in gold], "got": best[2] if best else None})
    with_gold = len(records) - empty_total
    report.metrics = {
        "span_exact": round(exact / max(1, with_gold), 4),
        "span_normalised": round(folded / max(1, with_gold), 4),
        "no_location_right": round(empty_right / empty_total, 4) if empty_total else None,
        "records_with_location": with_gold,
        "records_without_location": empty_total,
        "overall_right": round((exact + empty_right) / max(1, len(records)), 4),
    }
