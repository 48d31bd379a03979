"""Benchmark the whole `coder code` job on generated articles.

python benchmarks/run.py --articles 1000 --workers 1 [--seed 7] [--repeat 3]
Prints one JSON object (median over repeats) and appends it to benchmarks/results/history.jsonl.
Each repeat runs in a fresh process (in-process caches of dates, places and ACLED typing would
otherwise flatter later repeats on the same text); the on-disk dictionary and gazetteer caches
are warmed first (compile time is reported separately as `dict_compile_cold_s`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate import generate  # noqa: E402
from coder import __version__  # noqa: E402
from coder.dictionary import DEFAULT_DIR, build, load_compiled  # noqa: E402
from coder.pipeline import Config  # noqa: E402
from coder.runner import run_code  # noqa: E402


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: one timed run in this process
    args = ap.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as out:
            summary = run_code([args.one], Path(out), Config(), workers=args.workers)
        print(json.dumps({**json.loads(summary.to_json()), "peak_rss_mb": peak_rss_mb()}))
        return

    t = time.perf_counter()
    build(DEFAULT_DIR)
    cold = time.perf_counter() - t
    load_compiled()  # warm the disk cache
    t = time.perf_counter()
    from coder import dictionary

    dictionary._MEMO.clear()
    load_compiled()
    warm = time.perf_counter() - t

    data = HERE / "data" / f"articles_{args.articles}_{args.seed}.jsonl"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        with open(data, "w", encoding="utf-8") as fh:
            for rec in generate(args.articles, args.seed):
                fh.write(json.dumps(rec) + "\n")

    runs = []
    for _ in range(args.repeat):
        got = subprocess.run([sys.executable, __file__, "--one", str(data), "--workers", str(args.workers)], capture_output=True, text=True, check=True)
        runs.append(json.loads(got.stdout.strip().splitlines()[-1]))
    med = sorted(runs, key=lambda s: s["seconds"])[len(runs) // 2]
    secs = [s["seconds"] for s in runs]
    result = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "coder_version": __version__,
        "articles": med["articles_read"],
        "sentences": med["sentences"],
        "events": med["events"],
        "workers": args.workers,
        "repeat": args.repeat,
        "seconds": round(statistics.median(secs), 3),
        "seconds_all": secs,
        "sentences_per_s": round(med["sentences"] / statistics.median(secs), 1),
        "articles_per_s": round(med["articles_read"] / statistics.median(secs), 1),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "stage_seconds": med["stage_seconds"],
        "dict_compile_cold_s": round(cold, 3),
        "dict_load_cached_s": round(warm, 3),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
    }
    print(json.dumps(result, indent=2))
    (HERE / "results").mkdir(exist_ok=True)
    with open(HERE / "results" / "history.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
