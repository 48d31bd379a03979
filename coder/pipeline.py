"""One shard of articles through every stage: code_articles(articles, config) -> CodedBatch.

A pure function of (articles, compiled dictionaries, config), so any executor can run it.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from . import acled
from .code import code_candidate
from .dates import find_dates
from .dictionary import DEFAULT_DIR, Compiled, load_compiled
from .geo import EventPlace, event_place, find_places, gazetteer, lookup
from .grammar import find_candidates
from .harvest import Harvest, collect
from .match import find_mentions
from .model import Article, CodedBatch, Mention, Reject
from .text import split_sentences

# credit lines carry names, not events
_BOILERPLATE = re.compile(r"^\W*(?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b", re.I)
MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Config:
    dictionaries: Path = DEFAULT_DIR
    fuzzy: bool = True
    locations: bool = True
    max_chars: int = MAX_CHARS


class _Timer:
    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)

    def add(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] += now - since
        return now


_YEAR = re.compile(r"\b(?:in|during)\s+(1[89]\d\d|20\d\d)\b")


def _historical(text: str, row: dict, published, max_age: int) -> bool:
    """An event the text dates long before the article: by its resolved date, or by a bare year
    just after its verb ("invaded Afghanistan in 1979"; not "..., the worst since 2022", nor a
    year that dates another verb further on)."""
    if row["event_date"] is not None and (published - row["event_date"]).days > max_age:
        return True
    at = text.find(row["verb_text"] or "\0")
    if at < 0 or row["date_text"] is not None:
        return False
    after = re.split(r"[,;:]", text[at + len(row["verb_text"]) :], maxsplit=1)[0]
    near = " ".join(after.split()[:5])  # the verb's object and its date: "Afghanistan in 1979"
    years = [int(y) for y in _YEAR.findall(near)]
    return bool(years) and max(years) <= published.year - 2


def _place_for(s, verb, places, dateline_place: EventPlace | None) -> EventPlace | None:
    # the sentence place geo.event_place picks for this verb (nearest in its clause, in/at over
    # from/to, towns over the province or country qualifying them), else the dateline
    best = event_place(s, places, verb.start, max(verb.end, verb.start + 1)) if places else None
    if best is not None:
        return EventPlace(best.place, best.text, "sentence", best.start)
    return dateline_place


def code_article(
    article: Article, comp: Compiled, config: Config, timer: _Timer | None = None, harvest: Harvest | None = None, trace: list[dict] | None = None
) -> tuple[list[dict], int, str | None]:
    """Events of one article, its sentence count and its dateline place. `trace`, when given,
    receives one dict per sentence (mentions, candidates, events) for `coder explain`."""
    timer = timer or _Timer()
    t = time.perf_counter()
    sentences, dateline = split_sentences(article)
    t = timer.add("text", t)
    index = gazetteer(str(config.dictionaries)) if config.locations else None
    countries: list[str] = []
    dateline_place: EventPlace | None = None
    if dateline and index is not None:
        region_iso = comp.country_names.get((dateline.region or "").lower())
        p = lookup(dateline.place, tuple(filter(None, [region_iso])), index)
        if p is not None:
            dateline_place = EventPlace(p, dateline.place, "dateline")
            countries.append(p.country_iso3)
    t = timer.add("geo", t)
    st = comp.settings
    rows: list[dict] = []
    context: list[Mention] = []
    discarded = False  # a story-level discard phrase cancels the whole article
    for s in sentences:
        if _BOILERPLATE.match(s.text):
            continue
        mentions = find_mentions(s, comp, fuzzy=config.fuzzy)
        t = timer.add("match", t)
        discarded = discarded or any(m.kind == "discard" and m.entry_id in comp.story_discards for m in mentions)
        cands = find_candidates(s, mentions, context, st.require_dyad, st.passive_needs_agent, st.highest_verb_only)
        # reversed: the sentence's first actor (its subject) ends up most recent for references
        context = (context + [m for m in mentions if m.kind == "actor"][::-1])[-20:]
        for m in mentions:
            if m.country and m.country not in countries:
                countries.append(m.country)
        t = timer.add("grammar", t)
        if harvest is not None:
            collect(s, mentions, bool(cands), harvest)
        # ACLED events no CAMEO verb carries (actorless, so not for dyad-only sets); not where a
        # discard phrase (sport, history) has cancelled what the verbs say
        if not st.require_dyad and not any(m.kind == "discard" for m in mentions):
            cands = acled.sentence_pass(s, mentions, cands, sentences, comp)
        step = {"sentence": s.text, "index": s.index, "dateline": dateline.place if dateline else None, "mentions": mentions, "candidates": cands, "events": []}
        if trace is not None:
            trace.append(step)
        if not cands:
            continue
        places = find_places(s, comp.country_names, tuple(countries), index) if index is not None else []
        t = timer.add("geo", t)
        dates = find_dates(s.text, article.published)
        # the country a bare role word belongs to: the sentence's first country, else the dateline's
        here = next((m.country for m in mentions if m.kind in ("actor", "adjective") and m.country), None)
        context_country = here or (dateline_place.place.country_iso3 if dateline_place else None)
        coded = [code_candidate(c, comp, article.published, dates, _place_for(s, c.verb, places, dateline_place), context_country) for c in cands]
        # two candidates that code to the same row (same verb, dyad and code) are one event
        seen: set[str] = set()
        step["events"] = [e for e in coded if not (e["event_id"] in seen or seen.add(e["event_id"]))]
        if st.one_sided == "acled":
            step["events"] = _dyadic_or_acled(step["events"])
        if st.max_event_age_days is not None and article.published is not None:
            step["events"] = [e for e in step["events"] if not _historical(s.text, e, article.published, st.max_event_age_days)]
        if trace is not None:  # the candidate of each row kept, for `coder explain`
            of_row = {id(e): c for c, e in zip(cands, coded)}
            step["coded"] = [of_row[id(e)] for e in step["events"]]
        rows += step["events"]
        t = timer.add("code", t)
    if discarded:
        rows = []
        if trace is not None:
            for step in trace:
                step["candidates"], step["events"] = [], []
            trace.append({"sentence": "", "index": -1, "note": "a story-level discard phrase cancels every event of the article",
                          "dateline": None, "mentions": [], "candidates": [], "events": []})
    return rows, len(sentences), dateline.place if dateline else None


def _dyadic_or_acled(events: list[dict]) -> list[dict]:
    """`one_sided: acled`: a row lacking a source or target is kept when it is an ACLED event; but
    not when it is another act told in the sentence (a resignation demanded at a rally) while a
    row of the act itself carries that ACLED event."""
    carriers = {e["event_type"] for e in events if acled.carries(e["event_type"], e["sub_event_type"], e["cameo_code"])}
    return [e for e in events if (e["source_code"] and e["target_code"])
            or acled.carries(e["event_type"], e["sub_event_type"], e["cameo_code"]) or (e["event_type"] and e["event_type"] not in carriers)]


def code_articles(articles: Iterable[Article], config: Config = Config(), comp: Compiled | None = None) -> CodedBatch:
    comp = comp or load_compiled(config.dictionaries)
    batch = CodedBatch(harvest=Harvest())
    timer = _Timer()
    for a in articles:
        base = {"article_id": a.id, "published": a.published, "source": a.source, "url": a.url, "title": a.title, "language": a.language, "dateline": None, "origin": a.origin}
        if not a.text.strip():
            batch.rejects.append(Reject(a.id, "code", "E003", f"{a.origin}: article {a.id} has no text", a.origin))
            batch.articles.append({**base, "status": "rejected", "sentences": 0, "events": 0})
            continue
        if len(a.text) > config.max_chars:
            batch.rejects.append(Reject(a.id, "code", "E004", f"{a.origin}: article {a.id} has {len(a.text):,} characters (limit {config.max_chars:,}); split it", a.origin))
            batch.articles.append({**base, "status": "rejected", "sentences": 0, "events": 0})
            continue
        try:
            rows, n, base["dateline"] = code_article(a, comp, config, timer, batch.harvest)
        except Exception as e:  # one bad article must not sink the shard; it is kept as a reject
            batch.rejects.append(Reject(a.id, "code", "E010", f"{a.origin}: {type(e).__name__}: {e}", a.origin))
            batch.articles.append({**base, "status": "rejected", "sentences": 0, "events": 0})
            continue
        batch.events += rows
        batch.sentences += n
        batch.articles.append({**base, "status": "coded" if rows else "no_events", "sentences": n, "events": len(rows)})
    batch.stage_seconds = dict(timer.seconds)
    return batch
