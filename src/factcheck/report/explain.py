"""`factcheck explain`: one finding in full — what the rule checks, every claim's record, the arithmetic."""

from __future__ import annotations

import textwrap

from factcheck.model import Finding
from factcheck.report.common import SEVERITY_WORDS, claim_record, location, plain_pieces, quotations
from factcheck.results import Report, SuppressedFinding
from factcheck.rulebook import Rulebook, RuleError


def explain_finding(report: Report, found: Finding | SuppressedFinding, rulebook: Rulebook) -> str:
    suppressed = found if isinstance(found, SuppressedFinding) else None
    finding = suppressed.finding if suppressed else found
    fingerprint = suppressed.fingerprint if suppressed else report.fingerprint(finding)
    lines = [f"{finding.id}  {SEVERITY_WORDS[finding.severity]}: {report.title(finding.rule)}",
             f"  {finding.message}", ""]
    status = report.status(finding) if not suppressed else None
    lines.append(f"rule: {finding.rule}   severity: {finding.severity}   fingerprint: {fingerprint}"
                 + (f"   status: {status}" if status else ""))
    if suppressed:
        lines.append(f"suppressed: {suppressed.suppression.reason} ({suppressed.suppression.origin})")
    lines += ["", "Where:"]
    for claim, pieces in quotations(report, finding):
        lines.append(f"  “{plain_pieces(pieces)}”  ({location(report, claim)})")
    lines += ["", "Arithmetic:", f"  {finding.evidence.relation}"]
    lines += [f"  {name} = {value}" for name, value in finding.evidence.inputs]
    lines += [f"  note: {note}" for note in finding.evidence.notes]
    for claim_id in finding.claims:
        claim = report.claim(claim_id)
        lines += ["", f"Claim {claim.id}:"]
        width = max(len(label) for label, _ in claim_record(report, claim))
        for label, value in claim_record(report, claim):
            wrapped = textwrap.wrap(value, 96 - width) or [""]
            lines.append(f"  {label:<{width}}  {wrapped[0]}")
            lines += [f"  {'':<{width}}  {more}" for more in wrapped[1:]]
    lines += ["", "What the rule checks:"]
    try:
        description = rulebook.by_id(finding.rule).description.strip()
    except RuleError:
        description = "(rule not loaded in this run)"
    lines += [f"  {line}" if line else "" for line in description.splitlines()]
    lines += ["", f"To silence it, add to a suppressions file:  - fingerprint: {fingerprint}",
              "                                              reason: <why it is fine>",
              f"or write in the article:  <!-- factcheck: ignore {fingerprint} <why it is fine> -->"]
    return "\n".join(lines) + "\n"
