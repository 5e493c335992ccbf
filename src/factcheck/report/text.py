"""The terminal report: findings grouped by severity, each with its place, sentence and arithmetic.

Each finding leads with what is wrong in plain words (the rule's own one-line summary); the rule
id follows, dimmed, for those who want to look it up. Coverage closes the report, so that a run
that found nothing says how much it could actually check.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from factcheck.model import Finding
from factcheck.report.common import copies_line, counted, coverage_rows, location, quotations
from factcheck.results import Report

HEADINGS = {"error": ("Errors", "bold red"), "warning": ("Warnings", "bold yellow"), "info": ("Notes", "bold cyan")}
STATUS_STYLES = {"new": "bold magenta", "unchanged": "dim"}


def _marked(pieces: list[tuple[str, bool]]) -> str:
    return " ".join("".join(f"[bold]«{escape(piece)}»[/bold]" if marked else escape(piece)
                            for piece, marked in pieces).split())


def render(report: Report, console: Console, *, quiet: bool = False) -> None:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in HEADINGS}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "no findings"
    checked = report.checked_documents()
    if not quiet:
        extracted = sum(c.extracted for c in report.coverage)
        examined = sum(c.checked for c in report.coverage)
        console.print(f"[bold]factcheck[/bold]: {counted(len(checked), 'document')}, {counted(extracted, 'claim')} "
                      f"({examined} checked by a rule, {extracted - examined} unverifiable), {summary}")
    if not quiet and (copies := copies_line(report)):
        console.print(f"[dim]{escape(copies)}[/dim]")
    for problem in report.problems:
        if not quiet or not problem.skipped:
            style = "dim" if problem.skipped else "red"
            console.print(f"[{style}]{escape(str(problem))}[/{style}]")
    for severity, (heading, style) in HEADINGS.items():
        findings = [f for f in report.findings if f.severity == severity]
        if not findings:
            continue
        console.print(f"\n[{style}]{heading}[/{style}]")
        for finding in findings:
            _render_finding(report, finding, console)
    if report.suppressed and not quiet:
        console.print("\n[bold]Suppressed[/bold]")
        for suppressed in report.suppressed:
            finding = suppressed.finding
            console.print(f"  {escape(report.title(finding.rule))}: {escape(finding.message)}  "
                          f"[dim]({suppressed.fingerprint})[/dim]")
            console.print(f"    [dim]reason: {escape(suppressed.suppression.reason)} "
                          f"({escape(suppressed.suppression.origin)})[/dim]")
    if report.fixed and not quiet:
        console.print("\n[bold green]Fixed since the baseline[/bold green]")
        for fixed in report.fixed:
            console.print(f"  {escape(fixed.message)}  [dim]({fixed.fingerprint})[/dim]")
    if not quiet:
        _render_coverage(report, console)


def _render_finding(report: Report, finding: Finding, console: Console) -> None:
    first = report.claim(finding.claims[0])
    status = report.status(finding)
    badge = f"[{STATUS_STYLES[status]}]{status}[/{STATUS_STYLES[status]}]  " if status else ""
    console.print(f"  {badge}[bold]{escape(location(report, first))}[/bold]  {escape(report.title(finding.rule))}  "
                  f"[dim]{finding.rule} {finding.id} {report.fingerprint(finding)}[/dim]")
    console.print(f"    {escape(finding.message)}")
    for number, (claim, pieces) in enumerate(quotations(report, finding)):
        prefix = "" if number == 0 else f"{escape(location(report, claim))}  "
        console.print(f"    [italic]{prefix}“{_marked(pieces)}”[/italic]")
    console.print(f"    arithmetic: {escape(finding.evidence.relation)}")
    for note in finding.evidence.notes:
        console.print(f"    [dim]note: {escape(note)}[/dim]")


def _render_coverage(report: Report, console: Console) -> None:
    rows = coverage_rows(report)
    if not rows:
        return
    console.print("\n[bold]Coverage[/bold] [dim](claims extracted, checked by at least one rule, unverifiable)[/dim]")
    width = max(len(path) for path, *_ in rows)
    for path, extracted, checked, unverifiable in rows:
        console.print(f"  {escape(path):<{width}}  {extracted:>5} extracted  {checked:>5} checked  "
                      f"{unverifiable:>5} unverifiable")
