"""Rewrite the golden files after an intended change: python tests/golden/update.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from click.testing import CliRunner

from coder.cli import main
from coder.schema import table
from tests.test_cli import _commands

HERE = Path(__file__).parent
runner = CliRunner()
text = [f"$ coder {' '.join(p)} --help\n" + runner.invoke(main, [*p, "--help"], terminal_width=100).output for p, _ in _commands(main)]
(HERE / "cli_help.txt").write_text("\n".join(text), encoding="utf-8")
(HERE / "events_schema.txt").write_text(str(table("events").arrow().remove_metadata()) + "\n", encoding="utf-8")
print("updated", HERE)
