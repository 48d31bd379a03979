"""DuckDB over a dataset directory: views events, articles, rejects."""

from __future__ import annotations

from pathlib import Path

from .errors import CoderError


def connect(out: Path):
    import duckdb

    out = Path(out)
    if not (out / "events").is_dir():
        raise CoderError(f"{out} has no events/ folder; run `coder code ... --out {out}` first")
    con = duckdb.connect()
    con.execute(f"create view events as select * from read_parquet('{(out / 'events').as_posix()}/**/*.parquet', hive_partitioning=true)")
    for name in ("articles", "rejects"):
        if (out / f"{name}.parquet").exists():
            con.execute(f"create view {name} as select * from read_parquet('{(out / f'{name}.parquet').as_posix()}')")
    return con


def run_query(sql: str, out: Path):
    import duckdb

    con = connect(out)
    try:
        return con.execute(sql).df()
    except duckdb.Error as e:
        raise CoderError(f"query failed: {e}") from None
