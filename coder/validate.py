"""Validate stage: a Great Expectations suite derived from schemas/<table>.yaml.

Every row is checked before it is written; rows that fail any expectation are moved to the
rejects table with the names of the expectations they failed, never dropped. GX is imported
here only (it takes ~3 s), and its JSON result is kept for the output's validation/ folder.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa

from .schema import SCHEMA_DIR, Table, table


@dataclass
class ValidationOutcome:
    valid: pa.Table
    rejected: list[tuple[dict, list[str]]]  # (row, failed expectation descriptions)
    result: dict  # GX validation result as JSON
    success: bool
    expectations: int = 0
    failures: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=None)
def _table_values(ref: str) -> tuple[str, ...]:
    fname, col = ref.split(":")
    with open(SCHEMA_DIR / fname, encoding="utf-8") as fh:
        return tuple(sorted({r[col] for r in csv.DictReader(fh, delimiter="\t")}))


def expectations(t: Table) -> list:
    """The suite's expectations, derived column by column from the table's YAML."""
    import great_expectations as gx

    E = gx.expectations
    out = [E.ExpectTableColumnsToMatchOrderedList(column_list=t.names)]
    for c in t.columns:
        ck = c.checks
        if not c.nullable:
            out.append(E.ExpectColumnValuesToNotBeNull(column=c.name))
        if ck.get("unique"):
            out.append(E.ExpectColumnValuesToBeUnique(column=c.name))
        if "in_set" in ck:
            out.append(E.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(ck["in_set"])))
        if "in_table" in ck:
            out.append(E.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(_table_values(ck["in_table"]))))
        if "between" in ck:
            lo, hi = ck["between"]
            out.append(E.ExpectColumnValuesToBeBetween(column=c.name, min_value=lo, max_value=hi))
        if "regex" in ck:
            out.append(E.ExpectColumnValuesToMatchRegex(column=c.name, regex=ck["regex"]))
    for x in t.checks:
        if x["kind"] == "a_not_after_b":
            out.append(E.ExpectColumnPairValuesAToBeGreaterThanB(column_A=x["b"], column_B=x["a"], or_equal=True))
    return out


@lru_cache(maxsize=None)
def _context(name: str):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch_def = ctx.data_sources.add_pandas("coder").add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
    suite = gx.ExpectationSuite(name=f"coder.{name}")
    for e in expectations(table(name)):
        suite.add_expectation(e)
    return batch_def, ctx.suites.add(suite)


def _describe(cfg) -> str:
    col = cfg.kwargs.get("column") or "/".join(filter(None, [cfg.kwargs.get("column_A"), cfg.kwargs.get("column_B")]))
    return f"{cfg.type}({col})" if col else cfg.type


def _plain(t: pa.Table) -> pa.Table:
    """Dictionary columns decoded to strings so pandas sees plain values."""
    fields = [pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type) for f in t.schema]
    return t.cast(pa.schema(fields))


def validate(t: pa.Table, name: str = "events") -> ValidationOutcome:
    batch_def, suite = _context(name)
    df = _plain(t).to_pandas()
    res = batch_def.get_batch(batch_parameters={"dataframe": df}).validate(suite, result_format={"result_format": "COMPLETE"})
    bad: dict[int, list[str]] = {}
    failures: dict[str, int] = {}
    for r in res.results:
        if r.success:
            continue
        desc = _describe(r.expectation_config)
        idx = r.result.get("unexpected_index_list") or []
        failures[desc] = len(idx) or 1
        if not idx and t.num_rows:  # table-level failure (wrong columns): every row fails
            idx = range(t.num_rows)
        for i in idx:
            bad.setdefault(int(i), []).append(desc)
    rows = t.to_pylist() if bad else []
    rejected = [(rows[i], why) for i, why in sorted(bad.items())]
    keep = [i for i in range(t.num_rows) if i not in bad]
    valid = t.take(pa.array(keep, type=pa.int64())) if bad else t
    result = json.loads(json.dumps(res.to_json_dict(), default=str))
    return ValidationOutcome(valid, rejected, result, bool(res.success), len(suite.expectations), failures)
