"""What every report format shows the same way: places, sentences, a claim's record, severities."""

from __future__ import annotations

import re

from factcheck.model import Claim, Finding
from factcheck.relations import format_number
from factcheck.results import SEVERITY_ORDER, Report

SEVERITY_WORDS = {"error": "Inconsistent", "warning": "Needs checking", "info": "Note"}


def counted(number: int, noun: str) -> str:
    """ "1 document", "3 documents"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def location(report: Report, claim: Claim) -> str:
    document = report.document(claim.document)
    return f"{document.path or document.url or document.title or document.id}:{claim.span.line}:{claim.span.column}"


def document_label(report: Report, document_id: str) -> str:
    document = report.document(document_id)
    return document.title or document.path or document.url or document.source or document.id


COPIES_NAMED = 3  # copied documents a report names before it says "and N more"


def copies_line(report: Report) -> str | None:
    """One line telling an editor which documents repeat others' sentences, and that each was checked once."""
    if not report.copies:
        return None

    def name(document_id: str) -> str:
        try:
            document = report.document(document_id)
        except KeyError:
            return document_id
        return document.path or document.url or document.title or document.id

    named = [f"{name(c.document)} repeats {counted(c.sentences, 'sentence')} of {name(c.source)}"
             for c in report.copies[:COPIES_NAMED]]
    more = len(report.copies) - COPIES_NAMED
    return (f"copies: {'; '.join(named)}{f'; and {more} more' if more > 0 else ''} "
            f"(one source: each sentence checked once)")


def sentence_bounds(text: str, claim: Claim) -> tuple[int, int]:
    if claim.sentence_span is not None:
        return claim.sentence_span
    return max(0, claim.span.start - 80), min(len(text), claim.span.end + 80)


def quotations(report: Report, finding: Finding) -> list[tuple[Claim, list[tuple[str, bool]]]]:
    """Each sentence the finding's claims sit in, once, with its first claim and its (text, is_claim) pieces."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[Claim]] = {}
    for claim_id in finding.claims:
        claim = report.claim(claim_id)
        bounds = sentence_bounds(report.document(claim.document).text, claim)
        by_sentence.setdefault((claim.document, bounds), []).append(claim)
    return [(claims[0], _pieces(report.document(document_id).text, bounds, claims))
            for (document_id, bounds), claims in by_sentence.items()]


def sentence_pieces(report: Report, finding: Finding, document_id: str) -> list[tuple[str, bool]]:
    """The sentence of the finding's first claim in this document, cut into (text, is_claim) pieces."""
    return next(pieces for claim, pieces in quotations(report, finding) if claim.document == document_id)


def _pieces(text: str, bounds: tuple[int, int], claims: list[Claim]) -> list[tuple[str, bool]]:
    start, end = bounds
    pieces, cursor = [], start
    for claim in sorted(claims, key=lambda c: c.span.start):
        if claim.span.start < cursor or claim.span.end > end:
            continue
        pieces.append((text[cursor:claim.span.start], False))
        pieces.append((claim.text, True))
        cursor = claim.span.end
    pieces.append((text[cursor:end], False))
    return [(piece if marked else _collapse(piece), marked) for piece, marked in pieces]


def plain_pieces(pieces: list[tuple[str, bool]], mark: tuple[str, str] = ("«", "»")) -> str:
    return " ".join("".join(f"{mark[0]}{piece}{mark[1]}" if marked else piece for piece, marked in pieces).split())


def _collapse(text: str) -> str:
    """Runs of whitespace (line breaks included) become one space; an edge space stays, so words keep apart."""
    return re.sub(r"\s+", " ", text)


def plain_sentence(report: Report, finding: Finding, document_id: str, mark: tuple[str, str] = ("«", "»")) -> str:
    return plain_pieces(sentence_pieces(report, finding, document_id), mark)


def documents_of(report: Report, finding: Finding) -> list[str]:
    """Documents a finding involves, in the order of its claims."""
    seen: list[str] = []
    for claim_id in finding.claims:
        document = report.claim(claim_id).document
        if document not in seen:
            seen.append(document)
    return seen


def worst_severity_by_claim(report: Report) -> dict[str, str]:
    worst: dict[str, str] = {}
    for finding in report.findings:
        for claim_id in finding.claims:
            if claim_id not in worst or SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[worst[claim_id]]:
                worst[claim_id] = finding.severity
    return worst


def interval_text(claim: Claim) -> str:
    quantity = claim.quantity
    unit = "" if quantity.unit == "dimensionless" else f" {quantity.unit}"
    if quantity.low is None and quantity.high is None:
        return "any value"
    if quantity.high is None:
        return f"≥ {format_number(quantity.low)}{unit}"
    if quantity.low is None:
        return f"≤ {format_number(quantity.high)}{unit}"
    if quantity.low == quantity.high:
        return f"exactly {format_number(quantity.low)}{unit}"
    return f"{format_number(quantity.low)} – {format_number(quantity.high)}{unit}"


def time_text(claim: Claim) -> str:
    if claim.time is None:
        return "undated"
    span = claim.time
    dates = span.start.isoformat() if span.start == span.end else f"{span.start.isoformat()} to {span.end.isoformat()}"
    said = f" (“{span.text}”)" if span.text else ""
    basis = ", running since" if span.basis == "since" else ""
    return f"{dates}{said}{basis}"


def claim_record(report: Report, claim: Claim) -> list[tuple[str, str]]:
    """A claim as an editor reads it: (label, value) rows, provenance last."""
    rows = [
        ("quoted", claim.text),
        ("value", f"{format_number(claim.quantity.value)}"
                  f"{'' if claim.quantity.unit == 'dimensionless' else ' ' + claim.quantity.unit}"),
        ("interval", interval_text(claim)),
        ("unit", claim.quantity.unit),
        ("qualifier", claim.qualifier),
        ("kind", claim.kind + (" (running total)" if claim.cumulative else "")
         + ("" if claim.modality == "actual" else f", {claim.modality}")),
        ("measure", claim.measure or "—"),
        ("subject", claim.subject or "—"),
        ("scope", claim.scope or "—"),
        ("time", time_text(claim)),
    ]
    if claim.direction:
        rows.append(("direction", claim.direction))
    rules = report.checked_by.get(claim.id, ())
    rows.append(("checked by", ", ".join(rules) if rules else "no rule could check it (unverifiable)"))
    document = report.document(claim.document)
    rows.append(("document", document.path or document.title or document.id))
    if document.source:
        rows.append(("source", document.source))
    rows.append(("position", f"line {claim.span.line}, column {claim.span.column} "
                             f"(characters {claim.span.start}–{claim.span.end})"))
    rows.append(("sentence", " ".join(claim.sentence.split())))
    return rows


def coverage_rows(report: Report) -> list[tuple[str, int, int, int]]:
    """(document, extracted, checked, unverifiable) for every checked document."""
    return [(report.document(c.document).path or c.document, c.extracted, c.checked, c.unverifiable)
            for c in report.coverage]
