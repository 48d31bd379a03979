"""Write stage: Arrow tables -> a Parquet dataset directory.

DIR/events/event_year=YYYY/part-0.parquet  (Hive-partitioned, zstd, schema from schemas/)
DIR/articles.parquet, DIR/rejects.parquet, DIR/validation/events.json, DIR/manifest.json
Each part is written to a temporary name and renamed into place, so a crash never leaves a
half-written file where a reader would find it.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .schema import table

COMPRESSION = "zstd"


def _metadata(extra: dict) -> dict[bytes, bytes]:
    return {k.encode(): str(v).encode() for k, v in extra.items()}


def write_table(t: pa.Table, path: Path, meta: dict | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if meta:
        t = t.replace_schema_metadata({**(t.schema.metadata or {}), **_metadata(meta)})
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(t, tmp, compression=COMPRESSION)
    os.replace(tmp, path)


def write_events(t: pa.Table, out: Path, meta: dict | None = None) -> Path:
    """Replace DIR/events with a Hive-partitioned dataset of `t`."""
    target = out / "events"
    staging = out / f".events.{uuid.uuid4().hex}.tmp"
    if meta:
        t = t.replace_schema_metadata({**(t.schema.metadata or {}), **_metadata(meta)})
    spec = table("events")
    part_schema = pa.schema([t.schema.field(c) for c in spec.partition_by])
    ds.write_dataset(
        t,
        staging,
        format="parquet",
        partitioning=ds.partitioning(part_schema, flavor="hive"),
        basename_template="part-{i}.parquet",
        file_options=ds.ParquetFileFormat().make_write_options(compression=COMPRESSION),
        existing_data_behavior="error",
    )
    if not any(staging.rglob("*.parquet")):  # keep an empty but readable dataset
        (staging / "event_year=0").mkdir(parents=True, exist_ok=True)
        pq.write_table(t.drop_columns(list(spec.partition_by)), staging / "event_year=0" / "part-0.parquet", compression=COMPRESSION)
    old = out / f".events.old.{uuid.uuid4().hex}"
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def write_json(obj, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(obj, indent=2, default=str, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
