from click.testing import CliRunner

from coder.cli import main
from coder.lint import lint

from .conftest import FIXTURES


def test_lint_finds_conflicts_and_warnings():
    problems = lint(FIXTURES / "dictionaries" / "conflicts")
    got = {(p.code, p.severity) for p in problems}
    assert ("D015", "error") in got  # Georgetown names AAA and BBB
    assert ("D017", "warning") in got  # Carpania twice with one code
    assert ("D016", "error") in got  # "talks with" is 040 and 046
    assert ("D021", "warning") in got  # unused synset
    d015 = next(p for p in problems if p.code == "D015")
    assert d015.file.endswith("a.yaml") and d015.line == 2


def test_lint_cli_exit_codes():
    r = CliRunner().invoke(main, ["dict", "lint", str(FIXTURES / "dictionaries" / "conflicts")])
    assert r.exit_code == 1 and "D015" in r.output
    r = CliRunner().invoke(main, ["dict", "lint", str(FIXTURES / "dictionaries" / "mini")])
    assert r.exit_code == 0


def test_project_dictionaries_lint_clean():
    errors = [p for p in lint() if p.severity == "error"]
    assert not errors, "\n".join(map(str, errors[:20]))
