"""Command line: parses arguments, builds a config, calls library functions. No logic here."""

from __future__ import annotations

import datetime as dt
import json
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_CHECKS_FAILED, EXIT_INTERNAL, CoderError

DICT_OPTION = click.option("--dictionaries", "dictionaries", type=click.Path(file_okay=False, path_type=Path), default=None, help="Dictionary directory to use instead of the project's own (e.g. one made by `coder dict import`).")


def _config(dictionaries: Path | None, **kw):
    from .dictionary import DEFAULT_DIR
    from .pipeline import Config

    return Config(dictionaries=(dictionaries or DEFAULT_DIR).resolve(), **kw)


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


class Main(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CoderError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as e:  # internal error: exit 3, traceback only with --debug
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            else:
                click.echo(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", err=True)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=Main)
@click.version_option(__version__, prog_name="coder")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.pass_context
def main(ctx, debug):
    """coder: news articles in, CAMEO/ACLED-style political events out (validated Parquet)."""
    ctx.obj = {"debug": debug}


@main.command("code")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output directory (events/, articles.parquet, rejects.parquet, validation/).")
@click.option("--date", "date", callback=_date, help="Publication date (YYYY-MM-DD) for articles that lack one.")
@DICT_OPTION
@click.option("--no-fuzzy", is_flag=True, help="Exact actor matching only.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes coding shards in parallel.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def code_cmd(inputs, out, date, dictionaries, no_fuzzy, workers, as_json):
    """Code article files or folders (.txt, .jsonl, .csv, .parquet) into an event dataset."""
    from rich.console import Console
    from rich.progress import Progress

    from .runner import run_code

    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=as_json) as bar:
        task = bar.add_task("coding articles", total=None)
        summary = run_code(list(inputs), out, _config(dictionaries, fuzzy=not no_fuzzy), date, lambda done, total: bar.update(task, completed=done, total=total), workers)
    if as_json:
        click.echo(summary.to_json())
    else:
        s = summary
        click.echo(
            f"articles read {s.articles_read}: coded {s.articles_coded}, no events {s.articles_no_events}, rejected {s.articles_rejected}\n"
            f"sentences {s.sentences}, events {s.events} (failed validation {s.events_rejected}), reject rows {s.rejects}\n"
            f"dictionaries {s.dictionary_version}, {s.seconds:.2f} s -> {s.out}"
        )
    sys.exit(0)


@main.command("query")
@click.argument("sql")
@click.option("--out", "out", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="Dataset directory written by `coder code`.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
def query_cmd(sql, out, fmt):
    """Run SQL over the dataset: views `events`, `articles`, `rejects`."""
    from .query import run_query

    df = run_query(sql, out)
    if fmt == "csv":
        click.echo(df.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(df.to_json(orient="records", date_format="iso"))
    else:
        click.echo(df.to_string(index=False))


@main.command("explain")
@click.argument("text")
@click.option("--date", "date", callback=_date, help="Article date (default: today).")
@DICT_OPTION
def explain_cmd(text, date, dictionaries):
    """Show the actors, verbs, rule and events coded from TEXT."""
    from rich.console import Console

    from .dictionary import load_compiled
    from .explain import explain, render

    cfg = _config(dictionaries)
    render(explain(text, date or dt.date.today(), load_compiled(cfg.dictionaries)), Console())


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DICT_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary.")
@click.option("--errors", "show_errors", type=int, default=0, help="Also print up to N records coded wrongly.")
def eval_cmd(gold, dictionaries, as_json, show_errors):
    """Score the coder on a gold JSONL file (see docs/accuracy.md)."""
    from .evaluate import run_eval

    report = run_eval(gold, _config(dictionaries))
    if as_json:
        click.echo(json.dumps({"file": report.file, "kind": report.kind, "records": report.records, "skipped": report.skipped, "metrics": report.metrics}, indent=2))
    else:
        click.echo(f"{report.file} ({report.kind}): {report.records} records, {report.skipped} skipped")
        for k, v in report.metrics.items():
            click.echo(f"  {k}: {v}")
    for e in report.errors[:show_errors]:
        click.echo(json.dumps(e), err=True)


@main.group("dict")
def dict_group():
    """Dictionary tools."""


@dict_group.command("lint")
@click.argument("directory", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def dict_lint(directory):
    """Check a dictionary directory; report every problem with file:line and a code."""
    from .lint import lint

    problems = lint(directory)
    for p in problems:
        click.echo(str(p) + ("" if p.severity == "error" else " (warning)"))
    errors = sum(p.severity == "error" for p in problems)
    click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=True)
    sys.exit(EXIT_CHECKS_FAILED if errors else 0)


@dict_group.command("harvest")
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--top", type=int, default=30, show_default=True, help="Phrases to list per kind.")
@click.option("--min-count", type=int, default=1, show_default=True, help="Only phrases seen at least this often.")
def dict_harvest(out, top, min_count):
    """List unknown actor phrases and uncoded verb phrases of a coded run, most frequent first."""
    import pyarrow.parquet as pq

    path = out / "harvest.parquet"
    if not path.exists():
        raise CoderError(f"{path} not found; code articles with `coder code ... --out {out}` first")
    rows = pq.read_table(path).to_pylist()
    for kind, title in (("actor", "Unknown actor phrases"), ("verb", "Uncoded verb phrases")):
        picked = [r for r in rows if r["kind"] == kind and r["count"] >= min_count][:top]
        click.echo(f"{title} ({len(picked)}):")
        for r in picked:
            click.echo(f"  {r['count']:>6}  {r['phrase']}    e.g. {r['example'][:120]}")


@dict_group.command("import")
@click.option("--from", "fmt", type=click.Choice(["petrarch2"]), required=True, help="Format of the input dictionaries (PETRARCH2 / TABARI).")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Directory to write the YAML dictionary set to.")
def dict_import(fmt, files, out):
    """Convert PETRARCH2/TABARI actor, agent, verb, discard and issue files into YAML."""
    from .importer import import_petrarch

    report = import_petrarch(list(files), out)
    for p in report.problems:
        click.echo(str(p), err=True)
    click.echo(report.summary())
    sys.exit(0)


if __name__ == "__main__":
    main()
