import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from coder.cli import main
from coder.schema import table

from .conftest import FIXTURES, ROOT

MINI = str(FIXTURES / "dictionaries" / "mini")
GOLDEN = ROOT / "tests" / "golden"


def _commands(group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + (name,), cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path, cmd in _commands(main):
        assert cmd.help, f"coder {' '.join(path)} has no help text"
        if not hasattr(cmd, "commands"):
            assert f"coder {' '.join(path)}" in readme, f"README does not show `coder {' '.join(path)}`"


def test_cli_help_matches_golden():
    runner = CliRunner()
    text = []
    for path, _ in _commands(main):
        text.append(f"$ coder {' '.join(path)} --help\n" + runner.invoke(main, [*path, "--help"], terminal_width=100).output)
    got = "\n".join(text)
    golden = GOLDEN / "cli_help.txt"
    assert golden.read_text(encoding="utf-8") == got, "CLI help changed: python tests/golden/update.py"


def test_events_arrow_schema_matches_golden():
    assert (GOLDEN / "events_schema.txt").read_text(encoding="utf-8") == str(table("events").arrow().remove_metadata()) + "\n", "python tests/golden/update.py"


def test_code_query_explain(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    r = runner.invoke(main, ["code", str(FIXTURES / "articles" / "mixed.jsonl"), "--out", str(out), "--dictionaries", MINI, "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert summary["articles_read"] == 4 and summary["articles_rejected"] == 2
    assert pq.read_table(out / "articles.parquet").num_rows == 4
    r = runner.invoke(main, ["query", "select count(*) as n from events", "--out", str(out), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["n"] == summary["events"]
    r = runner.invoke(main, ["query", "select nope from events", "--out", str(out)])
    assert r.exit_code == 2 and "query failed" in r.output
    r = runner.invoke(main, ["explain", "Israeli troops were attacked by Hamas on Monday.", "--date", "2024-04-21", "--dictionaries", MINI])
    assert r.exit_code == 0 and "passive" in r.output and "PSEREB" in r.output


def test_usage_errors_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["code", str(FIXTURES / "articles" / "mixed.jsonl"), "--out", str(tmp_path), "--date", "yesterday"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["query", "select 1", "--out", str(tmp_path)])
    assert r.exit_code == 2 and "no events/ folder" in r.output


def test_broken_dictionary_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["explain", "x", "--dictionaries", str(FIXTURES / "dictionaries" / "broken")])
    assert r.exit_code == 1 and "D010" in r.output and "bad.yaml:2" in r.output


def test_harvest_lists_unknown_actors_and_uncoded_verbs(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        '{"id": "h1", "text": "Zorblatt Liberation Front attacked Iraq on Monday. Iraq deplored the Zorblatt Liberation Front.", "published": "2024-04-21"}\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["code", str(p), "--out", str(tmp_path / "o"), "--dictionaries", MINI]).exit_code == 0
    r = runner.invoke(main, ["dict", "harvest", str(tmp_path / "o")])
    assert r.exit_code == 0
    assert "2  Zorblatt Liberation Front" in r.output and "deplored the" in r.output
