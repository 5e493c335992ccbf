"""`factcheck run | extract | rules`: the command line.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input errors.
Errors are one line each, `path:line:column: message`; no traceback reaches the user.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
from rich.console import Console

from factcheck import __version__
from factcheck.errors import FactcheckError

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
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
@click.option("--verbose", "-v", is_flag=True, help="Also list the checks that held, with their arithmetic.")
def run(paths, output_format, output, fail_on, rule_folders, quiet, verbose):
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
    if verbose and output_format == "text":
        _echo_checks(report)
    sys.exit(_exit_code(report, fail_on))


def _echo_checks(report) -> None:
    click.echo(f"\nChecks that held ({len(report.checks)})")
    for check in report.checks:
        first = report.claim(check.claims[0])
        document = report.document(first.document)
        click.echo(f"  {document.path or document.id}:{first.span.line}:{first.span.column}  {check.rule}")
        click.echo(f"    {check.message}\n    arithmetic: {check.evidence.relation}")


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
    """List, show and test rules."""


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
    if current.path:
        kind = "written as data, TOML with safe expressions" if current.path.endswith(".toml") else "Python"
        click.echo(f"Rule file: {current.path} ({kind}); laws: "
                   f"{'scenario declared' if current.scenario else 'no SCENARIO, fixtures only'}\n")
    fixtures = current.fixtures_path
    if fixtures and fixtures.is_file():
        click.echo(f"Fixtures: {fixtures}\n")
        click.echo(fixtures.read_text(encoding="utf-8"))



@rules.command("test")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--examples", default=25, show_default=True, help="Generated cases per rule for the laws.")
@click.option("--verbose", "-v", is_flag=True, help="Print every problem in full.")
def rules_test(folder, examples, verbose):
    """Check the rules of FOLDER (default: the bundled rules): documentation, fixtures and laws.

    Exit code 0 when every rule passes, 1 when one fails, 2 when the folder cannot be loaded.
    """
    from factcheck.bundled import rules_dir
    from factcheck.ruletest import test_corpus, test_folder

    target = Path(folder) if folder else rules_dir()
    try:
        results = test_folder(target, examples=examples)
        made, quiet, corpus_problems = test_corpus(target, examples=max(1, examples // 5))
    except FactcheckError as error:
        _fail(str(error))
    for result in results:
        click.echo(result.line())
        for problem in result.problems if verbose else result.problems[:3]:
            click.echo("    " + problem.replace("\n", "\n    "))
        if not verbose and len(result.problems) > 3:
            click.echo(f"    ... {len(result.problems) - 3} more (use --verbose)")
    click.echo(f"{'ok  ' if not corpus_problems else 'FAIL'}  consistent corpora of every scenario loaded: "
               f"{quiet}/{made} raised nothing")
    for problem in corpus_problems[:1]:
        click.echo("    " + problem)
    failed = [result for result in results if not result.ok]
    click.echo(f"\n{len(results) - len(failed)} of {len(results)} rules in {target} pass"
               + (f"; failing: {', '.join(r.rule for r in failed)}" if failed else "")
               + ("; a consistent corpus raised findings" if corpus_problems else ""))
    sys.exit(EXIT_FINDINGS if failed or corpus_problems or not results else EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main()
