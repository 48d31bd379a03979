"""Typed error vocabulary: tests compare codes, not prose."""

from __future__ import annotations

from dataclasses import dataclass

# reason codes for rejected articles and rows
CODES = {
    "E001": "broken JSON line",
    "E002": "file is not valid UTF-8",
    "E003": "empty article text",
    "E004": "article too large",
    "E005": "missing or unparseable publication date",
    "E006": "unreadable input file",
    "E007": "unsupported input format",
    "E008": "CSV/Parquet input lacks a text column",
    "E010": "internal error while coding the article",
    "V001": "row failed a validation expectation",
}

# exit codes (docs/architecture.md)
EXIT_OK, EXIT_CHECKS_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class CoderError(Exception):
    """A user-facing error: names where (file:line) and what to do."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, where: str = ""):
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class DictionaryError(CoderError):
    """Dictionary problems, collected so all are reported at once."""

    exit_code = EXIT_CHECKS_FAILED

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        lines = "\n".join(str(p) for p in problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} dictionary problem(s):\n{lines}{more}")


@dataclass(frozen=True)
class Problem:
    code: str  # D001 ...
    file: str
    line: int
    message: str
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.code} {self.message}"
