"""The immutable records that flow through the pipeline.

Every stage takes these records and returns new ones; nothing is mutated after
construction. Numbers are intervals (`Quantity`), positions are `Span`s into the
text as read, and every `Finding` names the claims it rests on.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Iterator, Mapping

import attrs

UNBOUNDED_LOW = -math.inf
UNBOUNDED_HIGH = math.inf
RELATIVE_TOLERANCE = 1e-9

QUALIFIERS = ("exact", "lower", "upper", "approximate", "range")
KINDS = ("count", "share", "change", "money", "score", "rank", "measurement", "duration", "difference")
SEVERITIES = ("error", "warning", "info")


def _finite_or_none(value: float | None) -> float | None:
    if value is None or math.isinf(value):
        return None
    return float(value)


@attrs.frozen
class Span:
    """A stretch of a document's text: Python string offsets, 1-based line and column."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    line: int = attrs.field(validator=attrs.validators.ge(1))
    column: int = attrs.field(validator=attrs.validators.ge(1))

    @end.validator
    def _end_not_before_start(self, _attribute, value):
        if value < self.start:
            raise ValueError(f"span ends ({value}) before it starts ({self.start})")

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "line": self.line, "column": self.column}


@attrs.frozen
class Quantity:
    """A stated number as an interval: `value` as written, `low`/`high` the bounds it allows.

    `None` bounds are unbounded ("over 12.5 million" has no upper bound). `unit` is a
    unit name of our pint registry ("dimensionless", "percent", "KZT", "fold", ...).
    """

    value: float
    low: float | None = attrs.field(converter=_finite_or_none)
    high: float | None = attrs.field(converter=_finite_or_none)
    unit: str = "dimensionless"

    def __attrs_post_init__(self):
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"interval [{self.low}, {self.high}] is empty")

    @classmethod
    def exact(cls, value: float, unit: str = "dimensionless") -> Quantity:
        return cls(value, value, value, unit)

    @property
    def lower(self) -> float:
        return UNBOUNDED_LOW if self.low is None else self.low

    @property
    def upper(self) -> float:
        return UNBOUNDED_HIGH if self.high is None else self.high

    def scaled(self, factor: float, unit: str | None = None) -> Quantity:
        """The same interval multiplied by a positive factor (a unit or scale change)."""
        if factor <= 0:
            raise ValueError("scale factor must be positive")
        return Quantity(
            self.value * factor,
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            unit or self.unit,
        )

    def overlaps(self, other: Quantity) -> bool:
        return _at_most(self.lower, other.upper) and _at_most(other.lower, self.upper)

    def contains(self, number: float) -> bool:
        return _at_most(self.lower, number) and _at_most(number, self.upper)

    def to_dict(self) -> dict:
        return {"value": _plain(self.value), "low": _plain(self.low), "high": _plain(self.high), "unit": self.unit}


def _at_most(first: float, second: float) -> bool:
    """first <= second, forgiving float noise relative to the numbers' size (so scaling never flips it)."""
    if first <= second:
        return True
    return math.isfinite(first) and math.isfinite(second) and \
        first - second <= RELATIVE_TOLERANCE * max(abs(first), abs(second))


def _plain(number: float | None) -> float | int | None:
    """JSON-friendly number: integral floats print without a trailing `.0`."""
    if number is None:
        return None
    if float(number).is_integer() and abs(number) < 2**53:
        return int(number)
    return float(repr(float(number)))


@attrs.frozen
class TimeSpan:
    """The period a claim is about, inclusive on both ends; `text` is what the document said."""

    start: date
    end: date = attrs.field()
    text: str = ""
    # "point": as of a moment or a period; "since": from start until the document's date.
    basis: str = "point"

    @end.validator
    def _end_not_before_start(self, _attribute, value):
        if value < self.start:
            raise ValueError(f"time span ends {value} before it starts {self.start}")

    def overlaps(self, other: TimeSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def label(self) -> str:
        if self.text:
            return self.text
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    def to_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@attrs.frozen
class Document:
    """A source text with its metadata. `text` is the whole file as read, front matter included."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    body_start: int = 0
    notes: tuple[str, ...] = ()
    # An undated document's publication, as far as the user knows it ("the archive is 2004-2005").
    published_between: tuple[date, date] | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
        }


@attrs.frozen
class Claim:
    """One numeric statement found in a document, with everything needed to check it."""

    id: str
    document: str
    text: str
    span: Span
    sentence: str
    quantity: Quantity
    qualifier: str = attrs.field(validator=attrs.validators.in_(QUALIFIERS))
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    measure: str | None = None
    subject: str | None = None
    scope: str | None = None
    time: TimeSpan | None = None
    # "up" or "down" for changes ("increased by 25%", "reduced fivefold"); None otherwise.
    direction: str | None = None
    # The maximum of a score ("12 / 25") or the size of the field of a rank ("66th of 140").
    out_of: float | None = None
    # "planned" for targets and promises ("aims to connect 2,000 schools"), else "actual".
    modality: str = "actual"
    # True for running totals ("by April, 447 schools were connected"), which never go down.
    cumulative: bool = False
    # "average", "median", "mean" ...: the statistic a figure is ("an average speed of 43.6 Mbps").
    statistic: str | None = None
    sentence_index: int = 0
    sentence_span: tuple[int, int] | None = None  # offsets of the sentence in the document text
    # How the figure was read where the text is unusual ("stated high end first: read as 50 to 64").
    notes: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    # Words that narrow the measure: "retail" sales, "like-for-like" sales, "excluding car" (identity.py).
    modifiers: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    # The span a change compares over: "week", "month", "quarter" or "year" ("up 9% year on year").
    basis: str | None = None
    # True when the subject was taken from an earlier sentence, its own naming none: a guess that
    # identity.py does not count as the text establishing whose figure it is.
    subject_inferred: bool = False
    # True when the scope was taken from outside the figure's sentence (an earlier one, the title, the
    # country the document talks most of): a guess, as for the subject.
    scope_inferred: bool = False
    # A rate: the span the figure is per ("60,000 barrels a day" → "day"); None for a stock.
    per: str | None = None
    # A period the sentence states but the year of which nothing gives ("in December" in an undated
    # article): no `time`, yet not the text's present either (identity.py).
    period_unplaced: str | None = None
    unplaced_month: int | None = None  # the month of the year an unplaced period names ("in December": 12)

    @property
    def position(self) -> tuple[str, int]:
        return (self.document, self.span.start)

    def to_dict(self) -> dict:
        record = {
            "id": self.id,
            "document": self.document,
            "text": self.text,
            "span": self.span.to_dict(),
            "sentence": self.sentence,
            **self.quantity.to_dict(),
            "qualifier": self.qualifier,
            "kind": self.kind,
            "measure": self.measure,
            "subject": self.subject,
            "scope": self.scope,
            "time": self.time.to_dict() if self.time else None,
        }
        if self.direction:
            record["direction"] = self.direction
        if self.out_of is not None:
            record["out_of"] = _plain(self.out_of)
        if self.modality != "actual":
            record["modality"] = self.modality
        if self.cumulative:
            record["cumulative"] = True
        if self.statistic:
            record["statistic"] = self.statistic
        if self.notes:
            record["notes"] = list(self.notes)
        if self.modifiers:
            record["modifiers"] = list(self.modifiers)
        if self.basis:
            record["basis"] = self.basis
        if self.subject_inferred:
            record["subject_inferred"] = True
        if self.scope_inferred:
            record["scope_inferred"] = True
        if self.per:
            record["per"] = self.per
        if self.period_unplaced:
            record["period_unplaced"] = self.period_unplaced
        if self.unplaced_month:
            record["unplaced_month"] = self.unplaced_month
        return record


@attrs.frozen
class Statement:
    """Claims the text itself relates to each other, keyed by the role each plays.

    kind is one of "share" (part, share, whole), "conversion" (amount, equivalent, and for two
    equivalents of one bracket the amount they both convert, its "bracket"),
    "parts" (total, part_1..part_n), "change" (start, end, and the change or the verb's direction;
    "reading": "comparison" for "9% smaller than"),
    "difference" (larger, smaller, difference: "21,400 votes against 15,100, a majority of 6,300"),
    "fraction" (fraction, percent),
    "multiple" (multiple, percent), "ratio" (figure, multiple, base: "337,000, twice the 169,000"),
    "ranking" (rank, field), "share_change" (share, change: "13% of retail trade, up 0.5%": points or
    percent?), "change_by" (amount, change, end and the
    direction, "up" or "down": "rose $2bn, or 20%, to $12bn").
    """

    kind: str
    document: str
    roles: Mapping[str, str] = attrs.field(converter=lambda roles: tuple(sorted(dict(roles).items())))

    def role(self, name: str) -> str | None:
        return dict(self.roles).get(name)


@attrs.frozen
class Evidence:
    """The arithmetic behind a finding, with the numbers put in."""

    relation: str
    holds: bool
    inputs: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        record: dict = {"relation": self.relation, "holds": self.holds}
        if self.inputs:
            record["inputs"] = dict(self.inputs)
        if self.notes:
            record["notes"] = list(self.notes)
        return record


@attrs.frozen
class Finding:
    """An inconsistency a rule proved (error), suspects (warning) or notes (info)."""

    rule: str
    # Empty while a rule builds it: the rulebook fills in the rule's default severity.
    severity: str = attrs.field(validator=attrs.validators.in_((*SEVERITIES, "")))
    message: str
    claims: tuple[str, ...]
    evidence: Evidence
    id: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "claims": list(self.claims),
            "evidence": self.evidence.to_dict(),
        }


@attrs.frozen
class Check:
    """A relation a rule checked and found to hold: shown by `factcheck run --verbose`."""

    rule: str
    message: str
    claims: tuple[str, ...]
    evidence: Evidence

    def to_dict(self) -> dict:
        return {"rule": self.rule, "message": self.message, "claims": list(self.claims),
                "evidence": self.evidence.to_dict()}


# Groups: what the index hands to rules. Each rule declares which kind of group it checks.


@attrs.frozen
class MeasureSeries:
    """Claims from any document about the same thing (kind, measure, subject), ordered by time."""

    key: tuple[str, ...]
    claims: tuple[Claim, ...]


@attrs.frozen
class ShareStatement:
    """ "12.5 million users, more than half of the nation's 20 million": part, share and whole."""

    document: str
    whole: Claim
    part: Claim | None = None
    share: Claim | None = None


@attrs.frozen
class Conversion:
    """ "100,000 KGS ($1,200)": an amount, its stated equivalent and the date the rate is taken for."""

    document: str
    amount: Claim
    equivalent: Claim
    on: date | None
    date_basis: str  # PUBLISHED, BETWEEN or UNDATED: where `on` comes from, in words for the finding
    since: date | None = None  # with BETWEEN: the first day the article may have been published
    # "30bn baht (£398m; $768m)": for two equivalents of one bracket, the amount both convert
    bracket: Claim | None = None

    PUBLISHED = "the article's publication date"
    BETWEEN = "the period the article was published in, as the run was told"
    UNDATED = "the article has no date: any day"


@attrs.frozen
class PartsOfWhole:
    """Listed parts and their total; `sums_to` is set instead of `total` when parts must make 100%, or
    (`at_most`) may make no more than it: "85% owned by the state and 15% by its workers"."""

    document: str
    parts: tuple[Claim, ...]
    total: Claim | None = None
    sums_to: Quantity | None = None
    at_most: bool = False
    # "all" parts listed; "some" ("385 members, including 270 ..., 87 ... and 16 ..."): the list may leave
    # parts out; "few" ("£4m, of which £2.5m ... and £1m ..."): two parts, most likely not all of them
    listed: str = "all"


@attrs.frozen
class ChangeStatement:
    """ "from 5 million to 6 million, a 30% rise": endpoints and the change stated for them."""

    document: str
    start: Claim
    end: Claim
    change: Claim | None = None
    direction: str | None = None  # "up" or "down": the verb before the endpoints, or the comparative's
    comparison: bool = False  # "7.5bn euros, 9% smaller than 8.2bn euros": two figures compared, no change in time


@attrs.frozen
class ChangeRestatement:
    """Changes of one measure stated more than once in a document ("fivefold" and "by 80%")."""

    document: str
    measure: str
    claims: tuple[Claim, ...]


@attrs.frozen
class ClaimSet:
    """Every claim of a run and the statements relating them, for rules that pick their own claims.

    Such a rule must index what it needs (by value, by measure, by document) rather than compare
    all pairs: the set may hold a whole archive.
    """

    claims: tuple[Claim, ...]
    statements: tuple[Statement, ...] = ()

    def by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    def related(self, kind: str, *roles: str) -> Iterator[tuple[Claim, ...]]:
        """The claims in `roles` of every statement of `kind` ("difference": larger, smaller, ...), for the
        statements whose text gives every one of them."""
        by_id = self.by_id()
        for statement in self.statements:
            if statement.kind == kind:
                found = tuple(by_id.get(statement.role(role) or "") for role in roles)
                if None not in found:
                    yield found
