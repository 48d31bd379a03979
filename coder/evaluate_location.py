"""`coder eval` for location gold (location_dev): the place chosen for the gold verb.

Each record is a short text, a `verb` (character span) and `expected.locations`: the span(s)
naming where that verb's event happened, or none. The prediction is what the pipeline would
choose: `geo.find_places` over the verb's sentence (with the countries of that sentence's
actor mentions as context, as `pipeline.code_article` passes them) and `geo.event_place` for
the verb (the chooser `pipeline._place_for` uses). The dateline fallback is not scored.

How records count
- `span_exact`: over records with a usable gold location, the share whose predicted span is
  exactly one of the gold spans (character offsets). Any one of several gold places is right.
- Gold spans that are empty or blank (start == end, or only whitespace: 156 records of
  location_dev, an annotation artefact: the annotator accepted without selecting text) cannot
  be matched by any prediction, and they do not say "no location" either. Records whose gold
  spans are all like that are reported as `records_unusable` and left out of every rate;
  `span_exact_all` is the same figure with them counted as misses, for comparison.
- `span_normalised`: the predicted text equals a gold text after folding accents and case
  (the same place named at another offset).
- `no_location_right`: over records with no gold location, the share where nothing was chosen.
- `overall_right`: (exact spans + right "no location") / (usable records + no-location records).
"""

from __future__ import annotations

import unicodedata

from .dictionary import load_compiled
from .geo import event_place, find_places, gazetteer
from .match import find_mentions
from .model import Article
from .pipeline import Config
from .text import split_sentences


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


def predict_location(r: dict, comp, index, fuzzy: bool = False):
    """(start, end, text, PlaceHit) chosen for the record's verb, or None."""
    art = Article(r["id"], r["text"], None)
    sents, _ = split_sentences(art)
    verb = (r.get("verb") or [{}])[0]
    vstart = verb.get("start", 0)
    vend = verb.get("end", vstart + 1)
    for s in sents:
        if not (s.start <= vstart < s.end + 1):
            continue
        toks = s.tokens
        vt = next((i for i, t in enumerate(toks) if t.end > vstart), max(0, len(toks) - 1))
        ve = next((i for i, t in enumerate(toks) if t.start >= vend), len(toks))
        countries: list[str] = []
        for m in find_mentions(s, comp, fuzzy=fuzzy):
            if m.country and m.country not in countries:
                countries.append(m.country)
        hits = find_places(s, comp.country_names, tuple(countries), index)
        h = event_place(s, hits, vt, max(ve, vt + 1))
        if h is None:
            return None
        return (toks[h.start].start, toks[h.end - 1].end, h.text, h)
    return None


def eval_location(records, config: Config, report) -> None:
    comp = load_compiled(config.dictionaries)
    index = gazetteer(str(config.dictionaries))
    exact = folded = empty_right = empty_total = unusable = 0
    predicted = 0
    for r in records:
        all_gold = r["expected"]["locations"]
        gold = [g for g in all_gold if g["end"] > g["start"] and g["text"].strip()]
        best = predict_location(r, comp, index, fuzzy=config.fuzzy)
        predicted += best is not None
        if not all_gold:
            empty_total += 1
            empty_right += best is None
            if best is not None and len(report.errors) < 2000:
                report.errors.append({"id": r["id"], "expected": [], "got": best[2]})
            continue
        if not gold:
            unusable += 1
            continue
        spans = {(g["start"], g["end"]) for g in gold}
        texts = {_fold(g["text"]) for g in gold}
        ok = best is not None and (best[0], best[1]) in spans
        exact += ok
        folded += best is not None and _fold(best[2]) in texts
        if not ok and len(report.errors) < 2000:
            report.errors.append({"id": r["id"], "expected": [g["text"] for g in gold], "got": best[2] if best else None})
    with_gold = len(records) - empty_total - unusable
    report.metrics = {
        "span_exact": round(exact / max(1, with_gold), 4),
        "span_exact_all": round(exact / max(1, with_gold + unusable), 4),
        "span_normalised": round(folded / max(1, with_gold), 4),
        "no_location_right": round(empty_right / empty_total, 4) if empty_total else None,
        "records_with_location": with_gold,
        "records_unusable": unusable,
        "records_without_location": empty_total,
        "predicted": predicted,
        "overall_right": round((exact + empty_right) / max(1, with_gold + empty_total), 4),
    }
