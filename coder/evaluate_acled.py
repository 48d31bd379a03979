"""`coder eval` for ACLED-style gold: event types (acled_style_dev)."""

from __future__ import annotations

import unicodedata

from .acled import rank
from .dictionary import load_compiled
from .evaluate import articles
from .pipeline import Config, code_articles


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
