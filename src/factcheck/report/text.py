"""The terminal report: findings grouped by severity, each with its place, sentence and arithmetic."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from factcheck.engine import Report
from factcheck.model import Claim, Finding

HEADINGS = {"error": ("Errors", "bold red"), "warning": ("Warnings", "bold yellow"), "info": ("Notes", "bold cyan")}


def location(report: Report, claim: Claim) -> str:
    document = report.document(claim.document)
    return f"{document.path or document.id}:{claim.span.line}:{claim.span.column}"


def marked_sentence(report: Report, finding: Finding, document_id: str) -> str:
    """The sentence of the finding's first claim in this document, with its claims marked «like this»."""
    claims = [report.claim(c) for c in finding.claims if report.claim(c).document == document_id]
    document = report.document(document_id)
    first = claims[0]
    start, end = _sentence_bounds(document.text, first)
    pieces, cursor = [], start
    for claim in sorted(claims, key=lambda c: c.span.start):
        if claim.span.start < cursor or claim.span.end > end:
            continue
        pieces.append(escape(document.text[cursor:claim.span.start]))
        pieces.append(f"[bold]«{escape(claim.text)}»[/bold]")
        cursor = claim.span.end
    pieces.append(escape(document.text[cursor:end]))
    return " ".join("".join(pieces).split())


def _sentence_bounds(text: str, claim: Claim) -> tuple[int, int]:
    if claim.sentence_span is not None:
        return claim.sentence_span
    return max(0, claim.span.start - 80), min(len(text), claim.span.end + 80)


def render(report: Report, console: Console, *, quiet: bool = False) -> None:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in HEADINGS}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "no findings"
    if not quiet:
        console.print(f"[bold]factcheck[/bold]: {len(report.documents)} documents, {len(report.claims)} claims, "
                      f"{summary}")
    for problem in report.problems:
        if not quiet or not problem.skipped:
            console.print(f"[dim]{escape(str(problem))}[/dim]" if problem.skipped else f"[red]{escape(str(problem))}[/red]")
    for severity, (heading, style) in HEADINGS.items():
        findings = [f for f in report.findings if f.severity == severity]
        if not findings:
            continue
        console.print(f"\n[{style}]{heading}[/{style}]")
        for finding in findings:
            _render_finding(report, finding, console)


def _render_finding(report: Report, finding: Finding, console: Console) -> None:
    first = report.claim(finding.claims[0])
    console.print(f"  [bold]{escape(location(report, first))}[/bold]  [dim]{finding.rule}[/dim]  ({finding.id})")
    console.print(f"    {escape(finding.message)}")
    shown_documents = []
    for claim_id in finding.claims:
        claim = report.claim(claim_id)
        if claim.document in shown_documents:
            continue
        shown_documents.append(claim.document)
        prefix = "" if len(shown_documents) == 1 else f"{escape(location(report, claim))}  "
        console.print(f"    [italic]{prefix}“{marked_sentence(report, finding, claim.document)}”[/italic]")
    console.print(f"    arithmetic: {escape(finding.evidence.relation)}")
    for note in finding.evidence.notes:
        console.print(f"    [dim]note: {escape(note)}[/dim]")
