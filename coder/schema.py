"""Tables as declared in schemas/*.yaml -> pyarrow schemas and column specs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import yaml

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

TYPES = {
    "string": pa.string(),
    "dictionary_string": pa.dictionary(pa.int32(), pa.string()),
    "int8": pa.int8(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "float32": pa.float32(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date32": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "list_string": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str
    checks: dict


@dataclass(frozen=True)
class Table:
    name: str
    version: int
    columns: tuple[Column, ...]
    checks: tuple[dict, ...]
    partition_by: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, TYPES[c.type], nullable=c.nullable, metadata={"description": c.description}) for c in self.columns], metadata={"table": self.name, "schema_version": str(self.version)})


@lru_cache(maxsize=None)
def table(name: str) -> Table:
    raw = yaml.safe_load((SCHEMA_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    cols = []
    for c in raw["columns"]:
        checks = {k: v for k, v in c.items() if k not in ("name", "type", "nullable", "description")}
        if c["type"] not in TYPES:
            raise ValueError(f"schemas/{name}.yaml: column {c['name']}: unknown type {c['type']!r}")
        cols.append(Column(c["name"], c["type"], bool(c.get("nullable", True)), c.get("description", ""), checks))
    return Table(raw["table"], int(raw.get("version", 1)), tuple(cols), tuple(raw.get("checks", [])), tuple(raw.get("partition_by", [])))


def to_arrow(rows: list[dict], name: str) -> pa.Table:
    """Rows -> an Arrow table with exactly the declared schema (types enforced here)."""
    t = table(name)
    schema = t.arrow()
    arrays = []
    for f in schema:
        values = [r.get(f.name) for r in rows]
        if pa.types.is_dictionary(f.type):
            arrays.append(pa.array(values, type=pa.string()).dictionary_encode())
        else:
            arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)
