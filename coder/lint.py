"""`coder dict lint`: every dictionary problem at once, with file:line and a stable code."""

from __future__ import annotations

from pathlib import Path

from .dictionary import DEFAULT_DIR, build
from .errors import DictionaryError, Problem


def lint(directory: Path | None = None) -> list[Problem]:
    try:
        build(Path(directory or DEFAULT_DIR))
    except DictionaryError as e:
        return e.problems
    return []
