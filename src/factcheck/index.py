"""Group claims for the rules: by what they measure across documents, and by what the text relates.

Rules only ever see one group at a time, so no stage compares all pairs of claims.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Iterable

from factcheck.copies import Copies
from factcheck.model import (
    ChangeRestatement,
    ChangeStatement,
    Claim,
    Conversion,
    Document,
    MeasureSeries,
    PartsOfWhole,
    Quantity,
    ShareStatement,
    Statement,
)

SERIES_KINDS = frozenset({"count", "share", "money", "measurement", "rank"})


def _time_order(claim: Claim) -> tuple:
    start = claim.time.start if claim.time else date.max
    return (start, claim.document, claim.span.start)


def series_key(claim: Claim) -> tuple[str, ...] | None:
    if claim.kind not in SERIES_KINDS or not claim.measure or claim.modality != "actual":
        return None
    if claim.per:  # a rate ("barrels a day") is another measure than the stock of the same things
        return (claim.kind, claim.measure, claim.subject or "", f"per {claim.per}")
    return (claim.kind, claim.measure, claim.subject or "")


def measure_series(claims: Iterable[Claim]) -> list[MeasureSeries]:
    grouped: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = series_key(claim)
        if key is not None:
            grouped[key].append(claim)
    return [MeasureSeries(key, tuple(sorted(members, key=_time_order)))
            for key, members in sorted(grouped.items()) if len(members) > 1]


def text_groups(documents: dict[str, Document], claims: list[Claim], statements: Iterable[Statement],
                copies: Copies) -> list:
    """The groups the text of documents relates (shares, conversions, parts, changes, restatements), copies
    left out: what `Checker.rule_groups` builds for a run and the Dask engine for each file."""
    return statement_groups(documents, copies.kept(claims), copies.kept_statements(statements))


def statement_groups(documents: dict[str, Document], claims: list[Claim], statements: Iterable[Statement]) -> list:
    by_id = {claim.id: claim for claim in claims}
    groups: list = []
    for statement in statements:
        group = _group(statement, by_id, documents)
        if group is not None:
            groups.append(group)
    groups.extend(change_restatements(claims))
    return groups


def _group(statement: Statement, by_id: dict, documents: dict):
    roles = dict(statement.roles)
    role = lambda name: by_id.get(roles.get(name) or "")  # noqa: E731
    if statement.kind == "share" and role("whole"):
        return ShareStatement(statement.document, role("whole"), role("part"), role("share"))
    if statement.kind == "conversion" and role("amount") and role("equivalent"):
        on, basis, since = _conversion_date(documents[statement.document])
        return Conversion(statement.document, role("amount"), role("equivalent"), on, basis, since, role("bracket"))
    if statement.kind == "parts":
        parts = tuple(by_id[claim_id] for name, claim_id in statement.roles if name.startswith("part_"))
        whole = statement.role("sums_to") or statement.role("at_most")
        sums_to = Quantity.exact(100.0, "percent") if whole else None
        return PartsOfWhole(statement.document, parts, role("total"), sums_to, at_most=bool(statement.role("at_most")),
                            listed=statement.role("listed") or "all")
    if statement.kind == "change" and role("start") and role("end"):
        return ChangeStatement(statement.document, role("start"), role("end"), role("change"), roles.get("direction"),
                               roles.get("reading") == "comparison")
    return None


def _conversion_date(document: Document) -> tuple[date | None, str, date | None]:
    """When the conversion was made: the article's publication date (the rule also tries the period
    its sentence states). An undated article does not say, as writers convert at the rate of the day
    they write, and a period its sentence names may be another figure's ("£4bn over ten years ...
    saved by 2015"): its date is never guessed (issue 16), and the rule tries every day's rate, or every
    day's of the period the run was told the undated articles were published in."""
    if document.published:
        return document.published, Conversion.PUBLISHED, None
    if document.published_between:
        since, until = document.published_between
        return until, Conversion.BETWEEN, since
    return None, Conversion.UNDATED, None


def change_restatements(claims: Iterable[Claim]) -> list[ChangeRestatement]:
    grouped: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "change" and claim.measure and claim.direction and claim.quantity.unit in {"percent", "fold"}:
            grouped[(claim.document, claim.measure)].append(claim)
    return [ChangeRestatement(document, measure, tuple(members))
            for (document, measure), members in sorted(grouped.items()) if len(members) > 1]
