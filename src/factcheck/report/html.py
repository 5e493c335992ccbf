"""The HTML report: one self-contained page (inline CSS, JS and SVG; nothing fetched when it opens).

Each document's text with its claims highlighted in the colour of the worst finding they take
part in; clicking a claim shows its record; a findings panel with the messages and arithmetic,
linking to the claims in every document involved; for findings over a series of dated figures, a
timeline of the values by date and source with their intervals as bars.

Everything taken from documents goes through jinja2's autoescaping (text and attributes) or, for
the claim records the script reads, through `tojson`, which escapes `<`, `>`, `&` and quotes.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from datetime import date
from pathlib import Path

import attrs
import jinja2
import markupsafe

from factcheck import __version__
from factcheck.index import series_key
from factcheck.model import Claim, Document, Finding
from factcheck.relations import format_number
from factcheck.report.common import (
    SEVERITY_WORDS,
    claim_record,
    copies_line,
    counted,
    document_label,
    location,
    quotations,
    worst_severity_by_claim,
)
from factcheck.results import Report
from factcheck.rulekit import sentence_case, what
from factcheck.units import to_base

TEMPLATES = Path(__file__).parent / "templates"
SOURCE_COLOURS = ("#1f6fb2", "#d9822b", "#2a9d5b", "#8e44ad", "#c0392b", "#16a2b8", "#7f6a00", "#5d6d7e")
_BLANK_RUN = re.compile(r"[ \t]{3,}")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def render_html(report: Report) -> str:
    from factcheck.engines.pipeline import with_texts

    report = with_texts(report)  # engines keep no text; the page shows every article
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                                     autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["anchor"] = anchor
    environment.filters["web_link"] = web_link
    environment.filters["counted"] = counted
    worst = worst_severity_by_claim(report)
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    context = {
        "script": markupsafe.Markup(script),  # noqa: S704 - our own packaged file, never document text
        # Only our own script may run, even if a document's text ever slipped past the escaping.
        "script_hash": "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode(),
        "version": __version__,
        "report": report,
        "counts": {s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITY_WORDS},
        "severity_words": SEVERITY_WORDS,
        "findings": [_finding_view(report, finding) for finding in report.findings],
        "suppressed": report.suppressed,
        "documents": [_document_view(report, document, worst) for document in report.documents],
        "claim_data": {claim.id: _claim_data(report, claim) for claim in report.claims},
        "problems": report.problems,
        "copies": copies_line(report),
    }
    return environment.get_template("report.html.j2").render(context)


def web_link(url: str | None) -> str | None:
    """Only http(s) addresses become links: a `javascript:` URL in front matter must stay text."""
    if url and re.match(r"https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def anchor(claim_id: str) -> str:
    return "c-" + re.sub(r"[^A-Za-z0-9_-]", "-", claim_id)


# -- documents


@attrs.frozen
class Piece:
    text: str
    claim: str | None = None
    css: str = ""


def _document_view(report: Report, document: Document, worst: dict[str, str]) -> dict:
    claims = sorted((c for c in report.claims if c.document == document.id), key=lambda c: c.span.start)
    coverage = next((c for c in report.coverage if c.document == document.id), None)
    return {
        "id": document.id,
        "label": document_label(report, document.id),
        "document": document,
        "archived": document.id in report.archived,
        "coverage": coverage,
        "pieces": _pieces(document, claims, report, worst),
    }


def _pieces(document: Document, claims: list[Claim], report: Report, worst: dict[str, str]) -> list[Piece]:
    text = document.text
    cursor = document.body_start
    pieces = []
    for claim in claims:
        if claim.span.start < cursor:
            continue
        pieces.append(Piece(_tidy(text[cursor:claim.span.start])))
        pieces.append(Piece(text[claim.span.start:claim.span.end], claim.id, _claim_css(report, claim, worst)))
        cursor = claim.span.end
    pieces.append(Piece(_tidy(text[cursor:])))
    return pieces


def _tidy(text: str) -> str:
    """Masked HTML markup leaves long runs of blanks: show them as the reader would see the page."""
    return _BLANK_LINES.sub("\n\n", _BLANK_RUN.sub(" ", text))


def _claim_css(report: Report, claim: Claim, worst: dict[str, str]) -> str:
    if claim.id in worst:
        return f"sev-{worst[claim.id]}"
    return "checked" if claim.id in report.checked_by else "unverifiable"


def _claim_data(report: Report, claim: Claim) -> dict:
    involved = [f for f in report.findings if claim.id in f.claims]
    return {
        "title": f"{claim.text} — {location(report, claim)}",
        "rows": claim_record(report, claim),
        "findings": [[f.id, f"{SEVERITY_WORDS[f.severity]}: {f.message}", report.fingerprint(f)] for f in involved],
    }


# -- findings


def _finding_view(report: Report, finding: Finding) -> dict:
    quotes = []
    for first, pieces in quotations(report, finding):
        claims = [report.claim(c) for c in finding.claims if report.claim(c).document == first.document
                  and report.claim(c).sentence_span == first.sentence_span]
        quotes.append({
            "label": document_label(report, first.document),
            "location": location(report, first),
            "archived": first.document in report.archived,
            "pieces": [Piece(text, None, "quoted" if marked else "") for text, marked in pieces],
            "links": [(anchor(c.id), c.id, c.text) for c in claims],
        })
    return {
        "finding": finding,
        "title": report.title(finding.rule),
        "word": SEVERITY_WORDS[finding.severity],
        "fingerprint": report.fingerprint(finding),
        "status": report.status(finding),
        "quotes": quotes,
        "chart": timeline(report, finding),
    }


# -- the timeline chart


@attrs.frozen
class Mark:
    claim: str
    anchor: str
    label: str
    colour: str
    x1: float
    x2: float
    x: float
    y: float
    y_low: float
    y_high: float
    open_low: bool
    open_high: bool
    in_finding: bool
    tooltip: str


@attrs.frozen
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    marks: tuple[Mark, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_ticks: tuple[tuple[float, str], ...]
    legend: tuple[tuple[str, str], ...]
    caption: str


def timeline(report: Report, finding: Finding, *, width: int = 560, height: int = 230) -> Chart | None:
    """Values by date and source for a finding about one dated series, or None when it is not one."""
    own = [report.claim(c) for c in finding.claims]
    keys = {series_key(c) for c in own}
    if len(keys) != 1 or None in keys or any(c.time is None for c in own):
        return None
    key = keys.pop()
    series = [c for c in report.claims if c.time is not None and series_key(c) == key]
    if len({(c.time.start, c.time.end) for c in series}) < 2 and len({c.document for c in series}) < 2:
        return None
    left, right, top, bottom = 64, 16, 14, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    first_day = min(c.time.start for c in series).toordinal() - 15
    last_day = max(c.time.end for c in series).toordinal() + 15
    values = [to_base(c.quantity) for c in series]
    finite = [v for q in values for v in (q.low, q.high, q.value) if v is not None and math.isfinite(v)]
    ceiling = _nice_ceiling(max(finite) * 1.08 if finite else 1.0)
    floor = 0.0 if min(finite, default=0.0) >= 0 else -_nice_ceiling(-min(finite) * 1.08)

    def x_of(day: date) -> float:
        return left + plot_width * (day.toordinal() - first_day) / max(1, last_day - first_day)

    def y_of(value: float) -> float:
        return top + plot_height * (1 - (value - floor) / max(1e-12, ceiling - floor))

    documents = sorted({c.document for c in series}, key=lambda d: [x.id for x in report.documents].index(d))
    colours = {d: SOURCE_COLOURS[i % len(SOURCE_COLOURS)] for i, d in enumerate(documents)}
    marks = []
    for claim, quantity in sorted(zip(series, values, strict=True), key=lambda pair: (pair[0].time.start, pair[0].id)):
        x1, x2 = x_of(claim.time.start), x_of(claim.time.end)
        marks.append(Mark(
            claim=claim.id, anchor=anchor(claim.id), label=claim.text, colour=colours[claim.document],
            x1=round(x1, 1), x2=round(max(x2, x1 + 2), 1), x=round((x1 + x2) / 2, 1),
            y=round(y_of(quantity.value), 1),
            y_low=round(y_of(max(quantity.lower, floor)), 1), y_high=round(y_of(min(quantity.upper, ceiling)), 1),
            open_low=quantity.low is None, open_high=quantity.high is None,
            in_finding=claim.id in finding.claims,
            tooltip=f"{claim.text} ({claim.time.label()}), {document_label(report, claim.document)}"))
    return Chart(
        width=width, height=height, left=left, right=right, top=top, bottom=bottom, marks=tuple(marks),
        y_ticks=tuple((round(y_of(v), 1), format_number(v)) for v in _ticks(floor, ceiling)),
        x_ticks=tuple((round(x_of(day), 1), label) for day, label in _month_ticks(first_day, last_day)),
        legend=tuple((colours[d], document_label(report, d)) for d in documents),
        caption=f"{sentence_case(what(own[0]))} by date and source: dots are the stated values, "
                f"vertical bars the intervals they allow, horizontal bars the periods they are for",
    )


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _ticks(floor: float, ceiling: float, count: int = 4) -> list[float]:
    step = (ceiling - floor) / count
    return [floor + step * index for index in range(count + 1)]


def _month_ticks(first_day: int, last_day: int, most: int = 7) -> list[tuple[date, str]]:
    """Month starts to label the time axis: every month, every quarter or every year, whichever fits."""
    start, end = date.fromordinal(first_day), date.fromordinal(last_day)
    months = []
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        if date(year, month, 1) >= start:
            months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for keep, label in ((lambda d: True, "%b %Y"), (lambda d: d.month in (1, 4, 7, 10), "%b %Y"),
                        (lambda d: d.month == 1, "%Y")):
        chosen = [d for d in months if keep(d)]
        if len(chosen) <= most:
            return [(d, d.strftime(label)) for d in chosen]
    years = [d for d in months if d.month == 1]
    stride = math.ceil(len(years) / most)
    return [(d, str(d.year)) for d in years[::stride]]
