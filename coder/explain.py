"""`coder explain`: show why a row exists — mentions, the grammar rule, the coded events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .dictionary import Compiled
from .model import Article
from .pipeline import Config, code_article


def explain(text: str, published: dt.date, comp: Compiled) -> list[dict]:
    """One dict per sentence: its mentions, candidates (with rule) and event rows, exactly as
    `coder code` produces them (the same pipeline function, with a trace)."""
    trace: list[dict] = []
    code_article(Article("explain", text, published), comp, Config(dictionaries=Path(comp.directory)), trace=trace)
    return trace


def render(result: list[dict], console) -> None:
    from rich.table import Table

    story = any(r.get("note") for r in result)
    for r in result:
        if r.get("note"):
            console.print(f"[bold]Article[/bold]: {r['note']}")
            continue
        console.print(f"[bold]Sentence {r['index']}[/bold]: {r['sentence']}")
        t = Table("kind", "text", "code", "entry", "method", "score", "tokens")
        for m in r["mentions"]:
            t.add_row(m.kind, m.text, m.code, m.entry_id, m.method, f"{m.score:.0f}", f"{m.start}-{m.end}" + (" passive" if m.passive else "") + (" nominal" if m.nominal else ""))
        console.print(t)
        if not r["candidates"]:
            why = "a discard phrase matched" if any(m.kind == "discard" for m in r["mentions"]) else "cancelled with the whole article" if story else "no verb pattern with an actor"
            console.print("  no event: " + why)
        if r["candidates"] and not r["events"]:
            console.print("  no event: its rows were dropped (one-sided and no ACLED event, or historical)")
        for c, e in zip(r.get("coded", r["candidates"]), r["events"]):
            console.print(
                f"  rule [cyan]{c.rule}[/cyan]: source={e['source_code']} ({c.source_via or '-'}: {e['source_text']}) "
                f"verb={e['cameo_code']} '{e['verb_text']}' [{c.verb.pattern}] target={e['target_code']} ({c.target_via or '-'}: {e['target_text']}) "
                f"mode={e['mode']} date={e['event_date']} ({e['date_text'] or 'article date'}) fatalities={e['fatalities']}"
            )
        console.print()
