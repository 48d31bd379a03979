"""Executors: run code_articles over shards in-process or in a process pool.

Workers load the compiled dictionaries once each (from the disk cache) and code whole
shards, so only articles and rows cross process boundaries.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

from .model import Article, CodedBatch
from .pipeline import Config, code_articles

_WORKER_CONFIG: Config | None = None


def _init(config: Config) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config


def _run(shard: list[Article]) -> CodedBatch:
    assert _WORKER_CONFIG is not None
    return code_articles(shard, _WORKER_CONFIG)


def map_shards(shards: list[list[Article]], config: Config, workers: int = 1) -> Iterator[CodedBatch]:
    """Coded batches in shard order."""
    if workers <= 1 or len(shards) <= 1:
        for shard in shards:
            yield code_articles(shard, config)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(config,)) as pool:
        yield from pool.map(_run, shards)
