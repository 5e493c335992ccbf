"""`factcheck run | extract | rules`: the command line.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input errors.
Errors are one line each, `path:line:column: message`; no traceback reaches the user.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import click
from rich.console import Console

from factcheck import __version__
from factcheck.errors import FactcheckError, internal_error_line

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(EXIT_INPUT)


def _checker(rule_folders: tuple[str, ...]):
    from factcheck.engine import Checker

    return Checker(rules=[Path(folder) for folder in rule_folders])


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            _fail(f"{output}: cannot write report: {error.strerror or error}")
    else:
        click.echo(text, nl=False)


class _LastResort(click.Group):
    """No traceback reaches the user: input errors and our own bugs both end as one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except FactcheckError as error:
            if _debugging(ctx):
                raise
            _fail(str(error))
        except Exception as error:  # noqa: BLE001 - the last resort: anything else is our bug
            if _debugging(ctx):
                raise
            _fail(internal_error_line(error))


def _debugging(ctx: click.Context) -> bool:
    return bool(ctx.params.get("debug")) or os.environ.get("FACTCHECK_DEBUG", "") not in {"", "0"}


@click.group(cls=_LastResort, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error (also FACTCHECK_DEBUG=1).")
def main(debug: bool) -> None:
    """Extract numeric claims from articles and check that they hold together."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit with 1 when a finding of this severity or worse is reported.")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(file_okay=False),
              help="A folder of extra rules (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="Only findings and errors.")
def run(paths, output_format, output, fail_on, rule_folders, quiet):
    """Check PATHS (files or folders; default: the bundled Kazakhstan corpus)."""
    from factcheck.report.json import report_json
    from factcheck.report.text import render

    try:
        report = _checker(rule_folders).check_paths(list(paths) or None)
    except FactcheckError as error:
        _fail(str(error))
    if output_format == "json":
        _write(report_json(report), output)
    elif output:
        buffer = io.StringIO()
        render(report, Console(file=buffer, width=120, no_color=True, highlight=False), quiet=quiet)
        _write(buffer.getvalue(), output)
    else:
        render(report, Console(highlight=False, soft_wrap=True), quiet=quiet)
    sys.exit(_exit_code(report, fail_on))


def _exit_code(report, fail_on: str) -> int:
    if any(not problem.skipped for problem in report.problems):
        return EXIT_INPUT
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] <= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def extract(paths):
    """Print the claims found in PATHS, one JSON object per line."""
    from factcheck.report.json import claim_lines

    try:
        report = _checker(()).check_paths(list(paths))
    except FactcheckError as error:
        _fail(str(error))
    click.echo(claim_lines(report.claims), nl=False)
    for problem in report.problems:
        click.echo(str(problem), err=True)
    sys.exit(EXIT_INPUT if any(not p.skipped for p in report.problems) else EXIT_CLEAN)


@main.group()
def rules():
    """List and show the rules."""


@rules.command("list")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(file_okay=False))
def rules_list(rule_folders):
    """Every rule: id, severity and what it checks."""
    try:
        rulebook = _checker(rule_folders).rulebook
    except FactcheckError as error:
        _fail(str(error))
    width = max(len(r.id) for r in rulebook.rules)
    for current in rulebook.rules:
        click.echo(f"{current.id:<{width}}  {current.severity:<7}  {current.summary}")


@rules.command("show")
@click.argument("rule_id")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(file_okay=False))
def rules_show(rule_id, rule_folders):
    """A rule's documentation and its fixtures."""
    try:
        current = _checker(rule_folders).rulebook.by_id(rule_id)
    except FactcheckError as error:
        _fail(str(error))
    click.echo(f"{current.id} ({current.severity}, checks {current.applies_to.__name__})\n")
    click.echo(current.description.strip() + "\n")
    fixtures = current.fixtures_path
    if fixtures and fixtures.is_file():
        click.echo(f"Fixtures: {fixtures}\n")
        click.echo(fixtures.read_text(encoding="utf-8"))


if __name__ == "__main__":  # pragma: no cover
    main()
