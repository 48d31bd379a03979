"""`coder explain`: show why a row exists — mentions, the grammar rule, the coded events."""

from __future__ import annotations

import datetime as dt

from .code import code_candidate
from .dates import find_dates
from .dictionary import Compiled
from .grammar import find_candidates
from .match import find_mentions
from .model import Article, Mention
from .text import split_sentences


def explain(text: str, published: dt.date, comp: Compiled) -> list[dict]:
    """One dict per sentence: its mentions, candidates (with rule) and event rows."""
    art = Article("explain", text, published)
    sentences, dateline = split_sentences(art)
    out = []
    context: list[Mention] = []
    for s in sentences:
        mentions = find_mentions(s, comp)
        cands = find_candidates(s, mentions, context, comp.settings.require_dyad)
        # reversed: the sentence's first actor (its subject) ends up most recent for references
        context = (context + [m for m in mentions if m.kind == "actor"][::-1])[-20:]
        dates = find_dates(s.text, published)
        events = [code_candidate(c, comp, published, dates, None) for c in cands]
        out.append({"sentence": s.text, "index": s.index, "dateline": dateline.place if dateline else None, "mentions": mentions, "candidates": cands, "events": events})
    return out


def render(result: list[dict], console) -> None:
    from rich.table import Table

    for r in result:
        console.print(f"[bold]Sentence {r['index']}[/bold]: {r['sentence']}")
        t = Table("kind", "text", "code", "entry", "method", "score", "tokens")
        for m in r["mentions"]:
            t.add_row(m.kind, m.text, m.code, m.entry_id, m.method, f"{m.score:.0f}", f"{m.start}-{m.end}" + (" passive" if m.passive else "") + (" nominal" if m.nominal else ""))
        console.print(t)
        if not r["candidates"]:
            console.print("  no event: " + ("a discard phrase matched" if any(m.kind == "discard" for m in r["mentions"]) else "no verb pattern with an actor"))
        for c, e in zip(r["candidates"], r["events"]):
            console.print(
                f"  rule [cyan]{c.rule}[/cyan]: source={e['source_code']} ({c.source_via or '-'}: {e['source_text']}) "
                f"verb={e['cameo_code']} '{e['verb_text']}' [{c.verb.pattern}] target={e['target_code']} ({c.target_via or '-'}: {e['target_text']}) "
                f"mode={e['mode']} date={e['event_date']} ({e['date_text'] or 'article date'}) fatalities={e['fatalities']}"
            )
        console.print()
