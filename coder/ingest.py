"""Ingest stage: files and folders -> Article objects, or Rejects naming file and line.

Formats: .txt (optional YAML front matter between '---' lines, or a sidecar NAME.meta.yaml /
NAME.json), .jsonl, .csv, .parquet. Missing id -> stable hash of the text. Nothing is lost:
every record becomes an Article or a Reject.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

from .model import Article, Reject

SUFFIXES = {".txt", ".jsonl", ".csv", ".parquet", ".json"}
FIELDS = ("id", "text", "published", "source", "url", "title", "language")
_ALIASES = {"date": "published", "publish_date": "published", "publication_date": "published", "lang": "language", "body": "text", "content": "text"}


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def text_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"date {s!r} is not ISO (YYYY-MM-DD)") from None


def _article(rec: dict, origin: str, default_date: dt.date | None) -> Article:
    rec = {_ALIASES.get(k, k): v for k, v in rec.items()}
    text = rec.get("text")
    if not isinstance(text, str):
        raise KeyError("record has no 'text' string")
    published = parse_date(rec.get("published")) or default_date
    if published is None:
        raise ValueError("no publication date: add 'published' (YYYY-MM-DD) or pass --date")
    aid = str(rec["id"]) if rec.get("id") not in (None, "") else text_id(text)
    return Article(aid, text, published, rec.get("source"), rec.get("url"), rec.get("title"), rec.get("language") or "en", origin)


def _reject(origin: str, code: str, msg: str, aid: str | None = None) -> Reject:
    return Reject(aid, "ingest", code, f"{origin}: {msg}", origin)


def _front_matter(text: str) -> tuple[dict, str]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            meta = yaml.safe_load(text[4:end]) or {}
            return (meta if isinstance(meta, dict) else {}), text[end + 4 :].lstrip("\n")
    return {}, text


def _read_txt(path: Path, out: IngestResult, default_date):
    origin = f"{path}:1"
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        out.rejects.append(_reject(origin, "E002", f"not valid UTF-8 (byte {e.start}: {e.reason}); re-encode the file as UTF-8"))
        return
    meta, body = _front_matter(raw.lstrip("\ufeff"))
    for side in (path.with_suffix(".meta.yaml"), path.with_suffix(".yaml"), path.with_suffix(".json")):
        if side.exists() and side != path:
            loaded = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
            meta = {**loaded, **meta}
    meta.setdefault("id", path.stem)
    try:
        out.articles.append(_article({**meta, "text": body}, origin, default_date))
    except (KeyError, ValueError) as e:
        out.rejects.append(_reject(origin, "E005" if "date" in str(e) else "E008", str(e), meta.get("id")))


def _read_jsonl(path: Path, out: IngestResult, default_date):
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            origin = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as e:
                out.rejects.append(_reject(origin, "E002", f"line is not valid UTF-8 (byte {e.start})"))
                continue
            except json.JSONDecodeError as e:
                out.rejects.append(_reject(origin, "E001", f"broken JSON ({e.msg} at column {e.colno}); fix or remove the line"))
                continue
            if not isinstance(rec, dict):
                out.rejects.append(_reject(origin, "E001", "JSON line is not an object"))
                continue
            try:
                out.articles.append(_article(rec, origin, default_date))
            except (KeyError, ValueError) as e:
                out.rejects.append(_reject(origin, "E005" if "date" in str(e) else "E008", str(e), str(rec.get("id")) if rec.get("id") else None))


def _records(path: Path, rows: Iterator[dict], out: IngestResult, default_date, first_line: int):
    for n, rec in enumerate(rows, first_line):
        origin = f"{path}:{n}"
        try:
            out.articles.append(_article({k: v for k, v in rec.items() if k is not None}, origin, default_date))
        except (KeyError, ValueError) as e:
            out.rejects.append(_reject(origin, "E005" if "date" in str(e) else "E008", str(e)))


def _read_csv(path: Path, out: IngestResult, default_date):
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            _records(path, csv.DictReader(fh), out, default_date, 2)
    except UnicodeDecodeError as e:
        out.rejects.append(_reject(f"{path}:1", "E002", f"not valid UTF-8 (byte {e.start}); re-encode as UTF-8"))


def _read_parquet(path: Path, out: IngestResult, default_date):
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    if "text" not in table.column_names:
        out.rejects.append(_reject(f"{path}:1", "E008", "Parquet file has no 'text' column"))
        return
    _records(path, iter(table.to_pylist()), out, default_date, 1)


def expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUFFIXES and not f.name.endswith((".meta.yaml", ".meta.json")) and not f.name.startswith("."))
        else:
            files.append(p)
    # a .json next to a .txt of the same name is that file's sidecar, not an input
    return [f for f in files if not (f.suffix == ".json" and f.with_suffix(".txt").exists())]


def read_articles(paths: list[Path], default_date: dt.date | None = None) -> IngestResult:
    out = IngestResult()
    readers = {".txt": _read_txt, ".jsonl": _read_jsonl, ".csv": _read_csv, ".parquet": _read_parquet}
    for f in expand(paths):
        reader = readers.get(f.suffix)
        if reader is None:
            out.rejects.append(_reject(f"{f}:1", "E007", f"unsupported format {f.suffix!r} (use .txt, .jsonl, .csv or .parquet)"))
            continue
        try:
            reader(f, out, default_date)
        except OSError as e:
            out.rejects.append(_reject(f"{f}:1", "E006", f"cannot read file: {e.strerror or e}"))
    return out
