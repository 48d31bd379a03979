"""docs/codebook.md, rendered from schemas/*.yaml (run `python -m coder.codebook` after a schema change)."""

from __future__ import annotations

from pathlib import Path

from .schema import table

TABLES = ("events", "articles", "rejects", "harvest")
OUT = Path(__file__).resolve().parent.parent / "docs" / "codebook.md"


def _checks(ck: dict) -> str:
    parts = []
    if ck.get("unique"):
        parts.append("unique")
    if "in_set" in ck:
        parts.append("one of " + ", ".join(f"`{v}`" for v in ck["in_set"]))
    if "in_table" in ck:
        parts.append(f"in `schemas/{ck['in_table'].split(':')[0]}`")
    if "between" in ck:
        parts.append(f"between {ck['between'][0]} and {ck['between'][1]}")
    if "regex" in ck:
        parts.append(f"matches `{ck['regex']}`")
    return "; ".join(parts)


def render() -> str:
    lines = ["# Codebook", "", "Generated from `schemas/*.yaml` by `python -m coder.codebook`; do not edit by hand.", ""]
    for name in TABLES:
        t = table(name)
        lines += [f"## {name} (schema version {t.version})", ""]
        if t.partition_by:
            lines += [f"Partitioned by {', '.join(t.partition_by)} (Hive directories).", ""]
        lines += ["| column | type | nullable | checks | description |", "|---|---|---|---|---|"]
        for c in t.columns:
            desc = c.description.replace("|", "\\|")
            lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {_checks(c.checks).replace('|', chr(92) + '|')} | {desc} |")
        for x in t.checks:
            lines.append(f"\nRow check: {x['description']} (`{x['a']}` <= `{x['b']}`).")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
