"""`coder eval` for ACLED-style gold: event types (acled_style_dev) and locations (location_dev)."""

from __future__ import annotations

import unicodedata

from .acled import rank
from .dictionary import load_compiled
from .evaluate import articles
from .geo import find_places, gazetteer
from .model import Article
from .pipeline import Config, code_articles
from .text import split_sentences


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = {g for g, _ in pairs} | {p for _, p in pairs}
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return round(sum(f1s) / len(f1s), 4) if f1s else 0.0


def eval_acled(records, config: Config, report) -> None:
    comp = load_compiled(config.dictionaries)
    batch = code_articles(articles(records), config, comp)
    by_id: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for e in batch.events:
        if not e["negated"] and e.get("event_type"):
            by_id[e["article_id"]].append(e)
    types, subs = [], []
    null_right = null_total = 0
    for r in records:
        exp = r["expected"]
        pred = by_id[r["id"]]
        # the record's label is its most severe event: the first in ACLED's order of precedence
        best = min(pred, key=lambda e: rank(e["event_type"], str(config.dictionaries))) if pred else None
        pt, ps = (best["event_type"], best["sub_event_type"]) if best else ("none", "none")
        if exp.get("event_type") is None:
            null_total += 1
            null_right += best is None
            continue
        types.append((exp["event_type"], pt))
        subs.append((exp["sub_event_type"], ps))
        if pt != exp["event_type"] and len(report.errors) < 2000:
            report.errors.append({"id": r["id"], "expected": [exp["event_type"], exp["sub_event_type"]], "got": [pt, ps]})
    report.metrics = {
        "event_type_accuracy": round(sum(g == p for g, p in types) / max(1, len(types)), 4),
        "event_type_macro_f1": macro_f1(types),
        "sub_event_type_accuracy": round(sum(g == p for g, p in subs) / max(1, len(subs)), 4),
        "sub_event_type_macro_f1": macro_f1(subs),
        "null_records_right": round(null_right / null_total, 4) if null_total else None,
        "records_typed": len(types),
        "null_records": null_total,
    }


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
