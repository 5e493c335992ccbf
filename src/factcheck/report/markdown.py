"""Markdown for pasting into a ticket: findings with their sentences and arithmetic, then coverage.

Text taken from documents is escaped for Markdown (so an article's `*`, `|` or `<script>` stays
text in the ticket), and quoted sentences mark the claims in bold.
"""

from __future__ import annotations

import re

from factcheck.model import Finding
from factcheck.report.common import SEVERITY_WORDS, copies_line, counted, coverage_rows, location, quotations
from factcheck.results import Report

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|<>~])")


def escape(text: str) -> str:
    """Characters that would start emphasis, code, links, tables or HTML; dots and dashes stay readable."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(report: Report) -> str:
    lines = ["# factcheck report", ""]
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITY_WORDS}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "no findings"
    lines += [f"{counted(len(report.checked_documents()), 'document')}, {summary}.", ""]
    for finding in report.findings:
        lines += finding_markdown(report, finding)
    if report.suppressed:
        lines += ["## Suppressed", ""]
        for suppressed in report.suppressed:
            lines.append(f"- {escape(suppressed.finding.message)} (`{suppressed.fingerprint}`): "
                         f"{escape(suppressed.suppression.reason)} — {escape(suppressed.suppression.origin)}")
        lines.append("")
    if report.fixed:
        lines += ["## Fixed since the baseline", ""]
        lines += [f"- {escape(fixed.message)} (`{fixed.fingerprint}`)" for fixed in report.fixed]
        lines.append("")
    lines += coverage_markdown(report)
    if copies := copies_line(report):
        lines += [escape(copies), ""]
    problems = [p for p in report.problems if not p.skipped]
    if problems:
        lines += ["## Files that could not be checked", ""]
        lines += [f"- {escape(str(problem))}" for problem in problems]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def finding_markdown(report: Report, finding: Finding, *, level: int = 2) -> list[str]:
    status = report.status(finding)
    badge = f" — {status}" if status else ""
    lines = [f"{'#' * level} {finding.id}: {escape(report.title(finding.rule))} "
             f"({SEVERITY_WORDS[finding.severity].lower()}{badge})", "",
             escape(finding.message), ""]
    for first, pieces in quotations(report, finding):
        quoted = "".join(f"**{escape(piece)}**" if marked else f" {escape(piece)} " for piece, marked in pieces)
        lines.append(f"> {' '.join(quoted.split())}")
        lines.append(f"> — {escape(location(report, first))}")
        lines.append("")
    lines.append(f"Arithmetic: `{finding.evidence.relation.replace('`', '')}`")
    lines.append("")
    for note in finding.evidence.notes:
        lines.append(f"- note: {escape(note)}")
    if finding.evidence.notes:
        lines.append("")
    lines.append(f"Rule `{finding.rule}`, fingerprint `{report.fingerprint(finding)}`.")
    lines.append("")
    return lines


def coverage_markdown(report: Report) -> list[str]:
    rows = coverage_rows(report)
    if not rows:
        return []
    lines = ["## Coverage", "", "| document | claims | checked | unverifiable |", "|---|---:|---:|---:|"]
    lines += [f"| {escape(path)} | {extracted} | {checked} | {unverifiable} |"
              for path, extracted, checked, unverifiable in rows]
    return lines + [""]
