"""`coder eval` for ACLED-style gold: event types (acled_style_dev)."""

from __future__ import annotations

from .acled import rank
from .dictionary import load_compiled
from .evaluate import _no_internal_errors, articles
from .pipeline import Config, code_articles


def _counts(pairs: list[tuple[str, str]], lab: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of one label over (gold, predicted) pairs."""
    tp = sum(1 for g, p in pairs if g == lab and p == lab)
    fp = sum(1 for g, p in pairs if g != lab and p == lab)
    fn = sum(1 for g, p in pairs if g == lab and p != lab)
    return tp, fp, fn


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = {g for g, _ in pairs} | {p for _, p in pairs}
    f1s = []
    for lab in labels:
        tp, fp, fn = _counts(pairs, lab)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return round(sum(f1s) / len(f1s), 4) if f1s else 0.0


def record_label(events: list[dict], directory: str | None = None) -> dict | None:
    """The event a snippet is about: the first sentence that reports an ACLED event (news puts
    the main event in its lead; later sentences add background: earlier clashes, reactions),
    and within that sentence the most severe event in ACLED's order of precedence."""
    if not events:
        return None
    first = min(e["sentence_index"] for e in events)
    here = [e for e in events if e["sentence_index"] == first]
    return min(here, key=lambda e: rank(e["event_type"], directory) if directory else rank(e["event_type"]))


def per_label_f1(pairs: list[tuple[str, str]]) -> dict[str, dict]:
    """label -> {f1, precision, recall, support} over (gold, predicted) pairs."""
    out = {}
    for lab in sorted({g for g, _ in pairs}):
        tp, fp, fn = _counts(pairs, lab)
        out[lab] = {
            "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
            "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
            "support": tp + fn,
        }
    return out


def eval_acled(records, config: Config, report) -> None:
    comp = load_compiled(config.dictionaries)
    batch = code_articles(articles(records), config, comp)
    _no_internal_errors(batch)
    by_id: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for e in batch.events:
        if not e["negated"] and e.get("event_type"):
            by_id[e["article_id"]].append(e)
    types, subs = [], []
    null_right = null_total = 0
    for r in records:
        exp = r["expected"]
        pred = by_id[r["id"]]
        best = record_label(pred, str(config.dictionaries))
        pt, ps = (best["event_type"], best["sub_event_type"]) if best else ("none", "none")
        if exp.get("event_type") is None:
            null_total += 1
            null_right += best is None
            if best is not None and len(report.errors) < 2000:
                report.errors.append({"id": r["id"], "expected": [None, None], "got": [pt, ps]})
            continue
        types.append((exp["event_type"], pt))
        subs.append((exp["sub_event_type"], ps))
        if (pt, ps) != (exp["event_type"], exp["sub_event_type"]) and len(report.errors) < 2000:
            report.errors.append({"id": r["id"], "expected": [exp["event_type"], exp["sub_event_type"]], "got": [pt, ps]})
    report.metrics = {
        "event_type_accuracy": round(sum(g == p for g, p in types) / max(1, len(types)), 4),
        "event_type_macro_f1": macro_f1(types),
        "sub_event_type_accuracy": round(sum(g == p for g, p in subs) / max(1, len(subs)), 4),
        "sub_event_type_macro_f1": macro_f1(subs),
        "null_records_right": round(null_right / null_total, 4) if null_total else None,
        "sub_event_type_f1": per_label_f1(subs),
        "records_typed": len(types),
        "null_records": null_total,
    }
