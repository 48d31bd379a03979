"""The `coder code` job: ingest -> code (per shard) -> validate -> write, with a summary.

Articles are coded in shards of SHARD_SIZE so progress can be shown and memory stays flat
in the coding stage; validation and writing run once over the coded rows.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .dictionary import load_compiled
from .executors import map_shards
from .harvest import Harvest
from .ingest import read_articles
from .model import Reject
from .pipeline import Config
from .schema import to_arrow
from .store import write_events, write_json, write_table

SHARD_SIZE = 200


@dataclass
class Summary:
    out: str
    articles_read: int = 0
    articles_coded: int = 0
    articles_no_events: int = 0
    articles_rejected: int = 0
    sentences: int = 0
    events: int = 0
    events_rejected: int = 0
    rejects: int = 0
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)
    dictionary_version: str = ""
    validation_success: bool = True
    validation_failures: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def _reject_row(r: Reject) -> dict:
    return {"article_id": r.article_id, "stage": r.stage, "reason_code": r.reason_code, "message": r.message, "origin": r.origin, "detail": r.detail}


def run_code(
    inputs: list[Path],
    out: Path,
    config: Config = Config(),
    default_date: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> Summary:
    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    comp = load_compiled(config.dictionaries)
    stages: dict[str, float] = {"load": time.perf_counter() - t0}
    t = time.perf_counter()
    ingested = read_articles(inputs, default_date)
    stages["ingest"] = time.perf_counter() - t
    rejects: list[Reject] = list(ingested.rejects)
    events: list[dict] = []
    articles: list[dict] = [
        {"article_id": r.article_id, "published": None, "source": None, "url": None, "title": None, "language": "en", "dateline": None, "origin": r.origin, "status": "rejected", "sentences": 0, "events": 0}
        for r in ingested.rejects
    ]
    summary = Summary(str(out), dictionary_version=comp.version)
    total = len(ingested.articles)
    shards = [ingested.articles[i : i + SHARD_SIZE] for i in range(0, total, SHARD_SIZE)]
    done = 0
    harvest = Harvest()
    t = time.perf_counter()
    for batch in map_shards(shards, config, workers):
        events += batch.events
        harvest.merge(batch.harvest)
        articles += batch.articles
        rejects += batch.rejects
        summary.sentences += batch.sentences
        for k, v in batch.stage_seconds.items():  # summed over workers: CPU seconds per stage
            stages[k] = stages.get(k, 0.0) + v
        done += len(batch.articles)
        if progress:
            progress(done, total)
    stages["code_wall"] = time.perf_counter() - t
    t = time.perf_counter()
    from .validate import validate  # lazy: Great Expectations takes seconds to import

    outcome = validate(to_arrow(events, "events"))
    stages["validate"] = time.perf_counter() - t
    t = time.perf_counter()
    for row, why in outcome.rejected:
        rejects.append(Reject(row.get("article_id"), "validate", "V001", f"event {row.get('event_id')} failed: {', '.join(why)}", row.get("article_id") or "", json.dumps(row, default=str)))
    meta = {"coder_version": __version__, "dictionary_version": comp.version, "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    write_events(outcome.valid, out, meta)
    kept = {}
    for r in outcome.valid.column("article_id").to_pylist():
        kept[r] = kept.get(r, 0) + 1
    for a in articles:  # counts reflect what was written
        if a["status"] != "rejected":
            a["events"] = kept.get(a["article_id"], 0)
            a["status"] = "coded" if a["events"] else "no_events"
    write_table(to_arrow(articles, "articles"), out / "articles.parquet", meta)
    write_table(to_arrow([_reject_row(r) for r in rejects], "rejects"), out / "rejects.parquet", meta)
    write_json(outcome.result, out / "validation" / "events.json")
    write_table(to_arrow(harvest.rows(), "harvest"), out / "harvest.parquet", meta)
    stages["write"] = time.perf_counter() - t
    summary.articles_read = len(articles)
    summary.articles_coded = sum(a["status"] == "coded" for a in articles)
    summary.articles_no_events = sum(a["status"] == "no_events" for a in articles)
    summary.articles_rejected = sum(a["status"] == "rejected" for a in articles)
    summary.events = outcome.valid.num_rows
    summary.events_rejected = len(outcome.rejected)
    summary.rejects = len(rejects)
    summary.validation_success = outcome.success
    summary.validation_failures = outcome.failures
    summary.stage_seconds = {k: round(v, 4) for k, v in stages.items()}
    summary.seconds = round(time.perf_counter() - t0, 3)
    write_json({**json.loads(summary.to_json()), **meta}, out / "manifest.json")
    return summary
