"""`factcheck run | explain | extract | rules | ledger`: the command line.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input errors, 130 interrupted.
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
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


def _fail(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(EXIT_INPUT)


def _checker(rule_folders: tuple[str, ...], *, ledger: str | None = None, suppressions: str | None = None,
             rule_time_limit: float | None = None, published_between=None):
    from factcheck.engine import Checker
    from factcheck.rulebook import RULE_TIME_LIMIT
    from factcheck.suppress import load_suppressions

    limit = RULE_TIME_LIMIT if rule_time_limit is None else (rule_time_limit or None)
    return Checker(rules=[Path(folder) for folder in rule_folders], ledger=ledger,
                   suppressions=load_suppressions(suppressions) if suppressions else (),
                   strict=_debugging(click.get_current_context().find_root()), rule_time_limit=limit,
                   published_between=published_between)


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            _fail(f"{output}: cannot write report: {error.strerror or error}")
    else:
        click.echo(text, nl=False)


class _ProgressBar:
    """A progress bar on stderr for runs over many files, only where a person watches a terminal."""

    SHOWN_FROM = 5

    def __init__(self, enabled: bool):
        self.console = Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal
        self.bar = None
        self.task = None

    def __call__(self, done: int, total: int, current: str) -> None:
        if not self.enabled or total < self.SHOWN_FROM:
            return
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                TextColumn("[dim]{task.description}"), console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, completed=done, description=Path(current).name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.bar is not None:
            self.bar.stop()



class _LastResort(click.Group):
    """No traceback reaches the user: input errors and our own bugs both end as one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # Ctrl-C: not "findings" (1) nor "bad input" (2), but the shell's 128 + SIGINT
            click.echo("factcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except FactcheckError as error:
            if _debugging(ctx):
                raise
            _fail(str(error))
        except OSError as error:  # the disk or the terminal, not our bug: stdout on a full disk, a closed pipe
            if _debugging(ctx):
                raise
            _fail(io_error_line(error))
        except Exception as error:  # noqa: BLE001 - the last resort: anything else is our bug
            if _debugging(ctx):
                raise
            _fail(internal_error_line(error))


def io_error_line(error: OSError) -> str:
    where = f"{error.filename}: " if error.filename else "writing the output: "
    return f"{where}I/O error: {error.strerror or error}"


def _refuse_output_over_input(output: str | None, paths) -> None:
    """`-o article.md article.md` would replace the article with its report: refuse before checking."""
    from factcheck.ingest import discover

    if not output or not Path(output).exists():
        return
    target = Path(output)
    for path, shown, _ in discover(list(paths)):
        if path is not None and path.exists() and path.samefile(target):
            _fail(f"{output}: --output names an input file ({shown}); refusing to write the report over it")


def _review_url(ctx, param, value: str) -> str:
    from factcheck.report.claimreview import check_review_url

    try:
        check_review_url(value)
    except FactcheckError as error:
        raise click.BadParameter(error.message) from error
    return value


def _debugging(ctx: click.Context) -> bool:
    return bool(ctx.params.get("debug")) or os.environ.get("FACTCHECK_DEBUG", "") not in {"", "0"}


@click.group(cls=_LastResort, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error (also FACTCHECK_DEBUG=1).")
def main(debug: bool) -> None:
    """Extract numeric claims from articles and check that they hold together."""


FORMATS = ["text", "json", "html", "markdown", "claimreview"]


def _common_check_options(command):
    command = click.option("--rules", "rule_folders", multiple=True, type=click.Path(file_okay=False),
                           help="A folder of extra rules (repeatable).")(command)
    command = click.option("--ledger", "ledger", type=click.Path(dir_okay=False, exists=True),
                           help="Also check against every claim archived in this ledger (see `factcheck ledger`).")(
        command)
    command = click.option("--suppressions", type=click.Path(dir_okay=False, exists=False),
                           help="A YAML list of findings to suppress: fingerprint and reason.")(command)
    return command


def _period(context, parameter, value):
    """The two dates of --published-between as dates, the first not after the last."""
    if not value:
        return None
    first, last = (moment.date() for moment in value)
    if first > last:
        raise click.BadParameter(f"{first} is after {last}", ctx=context, param=parameter)
    return first, last


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="Exit with 1 when a finding of this severity or worse is reported.")
@_common_check_options
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="An earlier JSON report: mark findings new or unchanged and list the fixed ones.")
@click.option("--author", default="factcheck", show_default=True, help="ClaimReview: who reviewed the claims.")
@click.option("--review-url", default="factcheck-report.html", show_default=True, callback=_review_url,
              help="ClaimReview: where the HTML report is published, http(s) or relative (each review links to "
                   "its finding there).")
@click.option("--quiet", "-q", is_flag=True, help="Only findings and errors; no progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Also list the checks that held, with their arithmetic.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run here, or on a Dask cluster (needs the scale extra).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Local worker processes for extraction (0: one per core).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
@click.option("--rule-time-limit", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Stop a rule running longer than this (plus 2 ms per claim it checks); 0: no limit. "
                   "[default: 20]")
@click.option("--published-between", nargs=2, type=click.DateTime(formats=["%Y-%m-%d"]), metavar="FIRST LAST",
              callback=_period, help="When the files that state no date were published (an archive's years, "
                                     "YYYY-MM-DD YYYY-MM-DD): their conversions are checked at that period's rates.")
def run(paths, output_format, output, fail_on, rule_folders, ledger, suppressions, baseline, author, review_url,
        quiet, verbose, engine, jobs, scheduler, rule_time_limit, published_between):
    """Check PATHS (files or folders; default: the bundled Kazakhstan corpus)."""
    from factcheck.fingerprint import load_baseline

    _refuse_output_over_input(output, paths)
    try:
        checker = _checker(rule_folders, ledger=ledger, suppressions=suppressions, rule_time_limit=rule_time_limit,
                           published_between=published_between)
        earlier = load_baseline(baseline) if baseline else None
        with _ProgressBar(enabled=not quiet) as progress:
            report = checker.check_paths(list(paths) or None, progress=progress, engine=engine, jobs=jobs,
                                         scheduler=scheduler)
    except FactcheckError as error:
        _fail(str(error))
    if earlier is not None:
        report = report.with_baseline(earlier)
    _emit(report, output_format, output, quiet=quiet, author=author, review_url=review_url)
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


def _emit(report, output_format: str, output: str | None, *, quiet: bool, author: str, review_url: str) -> None:
    if output_format == "json":
        from factcheck.report.json import report_json

        _write(report_json(report), output)
    elif output_format == "html":
        from factcheck.report.html import render_html

        _write(render_html(report), output)
    elif output_format == "markdown":
        from factcheck.report.markdown import render_markdown

        _write(render_markdown(report), output)
    elif output_format == "claimreview":
        from factcheck.report.claimreview import claimreview_json

        _write(claimreview_json(report, author=author, review_url=review_url), output)
    else:
        from factcheck.report.text import render

        if output:
            buffer = io.StringIO()
            render(report, Console(file=buffer, width=120, no_color=True, highlight=False), quiet=quiet)
            _write(buffer.getvalue(), output)
        else:
            render(report, Console(highlight=False, soft_wrap=True), quiet=quiet)


def _exit_code(report, fail_on: str) -> int:
    if any(not problem.skipped for problem in report.problems):
        return EXIT_INPUT
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] <= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


@main.command()
@click.argument("finding_id")
@click.argument("paths", nargs=-1, type=click.Path())
@_common_check_options
def explain(finding_id, paths, rule_folders, ledger, suppressions):
    """Show one finding in full: FINDING_ID is its id in this run (f2) or its fingerprint."""
    from factcheck.report.explain import explain_finding

    try:
        checker = _checker(rule_folders, ledger=ledger, suppressions=suppressions)
        report = checker.check_paths(list(paths) or None)
    except FactcheckError as error:
        _fail(str(error))
    try:
        found = report.find(finding_id)
    except KeyError:
        known = ", ".join(f"{f.id} ({report.fingerprint(f)})" for f in report.findings) or "none"
        _fail(f"no finding {finding_id!r} in this run (findings: {known})")
    click.echo(explain_finding(report, found, checker.rulebook), nl=False)


@main.group()
def ledger():
    """Archive published articles' claims, so that drafts are checked against them."""


def _ledger_option(command):
    from factcheck.ledger import DEFAULT_LEDGER

    return click.option("--ledger", "ledger_path", type=click.Path(dir_okay=False),
                        help=f"The ledger file (default: $FACTCHECK_LEDGER or ./{DEFAULT_LEDGER.as_posix()}).")(command)


@ledger.command("add")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_ledger_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def ledger_add(paths, ledger_path, quiet):
    """Archive the claims of PATHS, one transaction per document (re-adding an article replaces it)."""
    from factcheck.ledger import default_ledger_path

    try:
        checker = _checker((), ledger=ledger_path or str(default_ledger_path()))
        documents, problems = checker.read_paths(list(paths))
        for document in documents:
            count, notes = checker.archive(document)
            problems.extend(notes)
            if not quiet and count is not None:
                click.echo(f"archived {document.path}: {count} claims")
                sys.stdout.flush()  # the line is a promise that the document is committed
        checker.ledger.close()
    except FactcheckError as error:
        _fail(str(error))
    for problem in problems:
        if not quiet or not problem.skipped:
            click.echo(str(problem), err=True)
    sys.exit(EXIT_INPUT if any(not p.skipped for p in problems) else EXIT_CLEAN)


@ledger.command("stats")
@_ledger_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def ledger_stats(ledger_path, output_format):
    """How much the ledger holds."""
    import json

    from factcheck.ledger import Ledger

    try:
        with Ledger(ledger_path) as archive:
            stats = archive.stats()
    except FactcheckError as error:
        _fail(str(error))
    if output_format == "json":
        click.echo(json.dumps(stats.to_dict(), indent=2))
        return
    languages = ", ".join(f"{language} {count}" for language, count in stats.by_language) or "none"
    click.echo(f"ledger {stats.path} (schema version {stats.schema_version})\n"
               f"  {stats.documents} documents, {stats.claims} claims, {stats.measure_keys} measure keys\n"
               f"  languages: {languages}\n"
               f"  added: {stats.first_added or '-'} to {stats.last_added or '-'}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Local worker processes (0: one per core).")
@click.option("--set-aside", "set_aside", is_flag=True,
              help="Print the numbers read and set aside as no amount (labels, names, scores...) instead.")
def extract(paths, jobs, set_aside):
    """Print the claims found in PATHS, one JSON object per line, as each file is done."""
    from factcheck.engines.local import stream_files
    from factcheck.engines.pipeline import problems_in_order
    from factcheck.report.json import claim_lines, set_aside_lines

    try:
        discovery, results = stream_files(list(paths), jobs=jobs,
                                          strict=_debugging(click.get_current_context().find_root()))
        with_problems = []
        for result in results:  # streamed: memory stays flat however large the folder
            if set_aside and result.document is not None:
                click.echo(set_aside_lines(result.document.id, result.set_aside), nl=False)
            elif not set_aside:
                click.echo(claim_lines(result.claims), nl=False)
            if result.problems:
                with_problems.append(result)
    except FactcheckError as error:
        _fail(str(error))
    problems = problems_in_order(discovery, with_problems)
    for problem in problems:
        click.echo(str(problem), err=True)
    sys.exit(EXIT_INPUT if any(not p.skipped for p in problems) else EXIT_CLEAN)


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
                   f"{'scenario declared' if current.scenario else 'no scenario, fixtures only'}\n")
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
