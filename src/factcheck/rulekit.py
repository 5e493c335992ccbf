"""Small helpers rule authors share: intervals in base units, and words for claims in messages."""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left, bisect_right, insort
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Iterator

import attrs

from factcheck.extract.lexicon import load_lexicon
from factcheck.model import Claim, Quantity
from factcheck.relations import format_number
from factcheck.units import is_currency, to_base, unit


def base(claim: Claim) -> Quantity:
    """The claim's interval in the base unit of its dimension (percent becomes a fraction)."""
    return to_base(claim.quantity)


def lower(claim: Claim) -> float:
    return base(claim).lower


def upper(claim: Claim) -> float:
    return base(claim).upper


ROUND_FIGURE_ZEROS = 3  # "130,000", "2,000": whole numbers written with at least this many trailing zeros


def possibly_rounded(claim: Claim) -> Quantity:
    """The claim's interval in base units, read as a rounded figure when it is a round whole number.

    A whole number's trailing zeros are not significant (the usual convention of significant
    figures): a source writing "130,000" may have rounded 130,159, so when sources are compared it
    is read as 125,000-135,000. Only figures stated exactly are widened: "about 130,000" carries its
    own interval, and "130 thousand" or "3.6 million" their own precision.
    """
    quantity = claim.quantity
    half = rounding_half_width(claim)
    if half is None:
        return base(claim)
    return to_base(attrs.evolve(quantity, low=quantity.value - half, high=quantity.value + half))


def rounding_half_width(claim: Claim) -> float | None:
    """How far a round whole number may lie from what it rounds, in its unit; None when it is not round."""
    quantity = claim.quantity
    if claim.qualifier != "exact" or quantity.low is None or quantity.high is None or quantity.value <= 0:
        return None
    step = quantity.high - quantity.low  # the written precision: 1 for "130,000", 1,000 for "130 thousand"
    if step <= 0 or not math.isfinite(quantity.value / step):
        return None
    digits = round(quantity.value / step)
    if not math.isclose(digits * step, quantity.value, rel_tol=1e-9):
        return None
    zeros = _trailing_zeros(digits)
    return step * 10 ** zeros / 2 if zeros >= ROUND_FIGURE_ZEROS else None


def open_above(claim: Claim) -> bool:
    """Whether the claim's upper end belongs to the next figure: a number stated exactly stands for
    what rounds to it, "3" for 2.5 up to but not including 3.5 (which rounds to 4). So "three of
    the two titles" is no part within its whole, though 2.5 ends the one and starts the other."""
    quantity = claim.quantity
    return claim.qualifier == "exact" and quantity.low is not None and quantity.high is not None and \
        quantity.high > quantity.low


def rounded_readings(claims: list[Claim]) -> list[str]:
    """Notes for a finding: which round figures were read as rounded, and how widely."""
    notes = []
    for claim in claims:
        half = rounding_half_width(claim)
        if half is not None:
            value = claim.quantity.value
            notes.append(f"{stated(claim)} is read as a rounded figure (trailing zeros are not significant): "
                         f"{format_number(value - half)} to {format_number(value + half)}")
    return notes


def _trailing_zeros(number: int) -> int:
    zeros = 0
    while number and number % 10 == 0:
        number //= 10
        zeros += 1
    return zeros


def what(claim: Claim) -> str:
    """ "Starlink rural schools", "Telegram users", "Nominierungen": what the claim counts, for messages,
    in the text's own words where its sentence has them (never a lemma with "s" added, nor a German noun
    pluralised in English), else the measure's English id in the plural. The subject is named only where
    the figure's own clause names it: one carried over from elsewhere is a guess a message must not state."""
    measure = as_written(claim)
    if measure is None:
        measure = claim.measure or claim.kind
        if claim.measure and claim.kind == "count" and not measure.endswith("s"):
            measure = _plural(measure)
    if not claim.subject or claim.subject_inferred or claim.subject.casefold() in measure.casefold().split():
        return measure  # "Virgin Blue" is its own subject: not "Blue Blue"
    return f"{claim.subject} {measure}"


def as_written(claim: Claim) -> str | None:
    """The words of the claim's sentence that name its measure ("retail sales", "people found guilty",
    "депутатов"), nearest the figure, as written; None when the sentence does not spell them (a measure id
    from a lexicon, "user" for "Nutzer")."""
    if not claim.measure:
        return None
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(claim.sentence)]
    wanted = claim.measure.split()
    figure = _figure_position(claim)
    matches = []
    for index in range(len(words) - len(wanted) + 1):
        found = words[index:index + len(wanted)]
        if all(_same_word(written, word) for (_, written), word in zip(found, wanted, strict=True)):
            matches.append(found)
    if not matches:
        return None
    nearest = min(matches, key=lambda found: abs(found[0][0] - figure))
    first = words.index(nearest[0])
    while first > 0 and words[first - 1][1].casefold() in claim.modifiers:  # "ticket prices", "retail sales"
        first -= 1
    nearest = [words[first], *nearest]
    text = claim.sentence[nearest[0][0]:nearest[-1][0] + len(nearest[-1][1])]
    return text[0].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() and nearest[0][0] == 0 else text


def _same_word(written: str, word: str) -> bool:
    """ "schools" is "school", "депутатов" is "депутатов": the same stem, whatever ending the text gave it."""
    written, word = written.casefold(), word.casefold()
    stem = word[:max(3, len(word) - 2)] if len(word) > 3 else word
    return written.startswith(stem) and len(written) - len(word) <= 3


def _figure_position(claim: Claim) -> int:
    if claim.sentence_span is None:
        return 0
    return max(0, claim.span.start - claim.sentence_span[0])


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _plural(noun: str) -> str:
    """ "schools", "people", "children": the English plural of a measure id, the lexicon's irregular ones first."""
    plurals = load_lexicon("en").plurals
    if noun in plurals:
        return noun  # "people", "series": a plural already
    irregular = next((plural for plural, singular in plurals.items() if singular == noun), None)
    if irregular:
        return irregular
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy", "uy")):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def when(claim: Claim) -> str:
    """ "April 2024", "2023", "since 1997": the claim's period as an editor would say it."""
    if claim.time is None:
        return "undated"
    start, end = claim.time.start, claim.time.end
    if claim.time.basis == "since":
        return f"since {start:%B %Y}" if start.month != 1 or start.day != 1 else f"since {start.year}"
    if start.year == end.year and start.month == end.month:
        return start.strftime("%B %Y")
    if start.year == end.year and (start.month, end.month) == (1, 12):
        return str(start.year)
    return f"{start:%b %Y}–{end:%b %Y}"


def sentence_case(text: str) -> str:
    """The first letter raised, the rest as written: "BDO quarters", not "Bdo quarters"."""
    return text[:1].upper() + text[1:]


def quoted_with_period(claim: Claim) -> str:
    """ '"0.3%" (January 2005)', '"1.1%" (in December)', '"4%"': a figure as written, with its period
    where the text gives one, so a message says which time each figure is for."""
    period = when(claim) if claim.time is not None else claim.period_unplaced
    return f"\"{stated(claim)}\" ({period})" if period else f"\"{stated(claim)}\""


def stated(claim: Claim) -> str:
    """The number as the document put it, with its unit: "447", "over 12.5 million", "$1,200"."""
    return " ".join(claim.text.split())


def head(measure: str | None) -> str | None:
    """The counted noun of a measure: "rural school" → "school" (what plans and totals are matched by)."""
    return measure.split()[-1] if measure else None


def by_sentence(claims) -> dict[tuple[str, int], list[Claim]]:
    """Claims grouped by (document, sentence index), each group in text order."""
    grouped: dict[tuple[str, int], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.position):
        grouped.setdefault((claim.document, claim.sentence_index), []).append(claim)
    return grouped


def by_document(claims) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.position):
        grouped.setdefault(claim.document, []).append(claim)
    return grouped


def text_between(context, first: Claim, second: Claim) -> str | None:
    """The document's text between two claims of one sentence, or None if they are not in one sentence."""
    document = context.documents.get(first.document)
    if document is None or first.document != second.document or first.sentence_index != second.sentence_index:
        return None
    return document.text[first.span.end:second.span.start]


def rounded_to_two_digits(low: float | None, high: float | None, value: float) -> tuple[float | None, float | None]:
    """A stated equivalent like "$1,200" may be rounded to two significant digits: 1,150 to 1,250."""
    if value <= 0:
        return low, high
    step = 10 ** (len(str(int(abs(value)))) - 2) if abs(value) >= 10 else 0.5
    slack = step / 2
    return (None if low is None else min(low, value - slack)), (None if high is None else max(high, value + slack))


def disagreeing_in_overlapping_periods(claims, same_place=lambda claim: claim.scope, *, first_that=None):
    """(earlier, later) pairs of dated claims whose periods overlap and whose intervals in base units are
    disjoint: the candidates for a disagreement between sources.

    A sweep over time, not a comparison of all pairs: claims are bucketed by place and by what their
    unit can be compared with, and a bucket keeps its open claims sorted by bounds, so each claim meets
    only the claims it disagrees with. Pairs come in the order the claims were sorted (by start date).

    With `first_that(earlier, later)`, each claim is paired with one earlier claim at most: the first
    the test accepts. A claim many others disagree with then costs one pair, not one pair each (a
    figure restated in every paragraph would otherwise pair every copy with every other source's).
    """
    buckets: dict[tuple, _OpenClaims] = {}
    for index, claim in enumerate(sorted(claims, key=lambda c: (c.time.start, c.document, c.span.start))):
        bucket = buckets.setdefault((same_place(claim), comparable_as(claim.quantity.unit)), _OpenClaims())
        bucket.close_before(claim.time.start)
        others = bucket.disjoint_from(lower(claim), upper(claim))
        if first_that is None:
            yield from ((other, claim) for other in others)
        elif (first := next((other for other in others if first_that(other, claim)), None)) is not None:
            yield first, claim
        bucket.open(index, claim)


@lru_cache(maxsize=None)  # asked for every claim of a series; pint formats a dimension slowly
def comparable_as(unit_name: str) -> str:
    """Units with the same answer compare without outside information (`units.compatible`)."""
    return f"currency {unit_name}" if is_currency(unit_name) else str(unit(unit_name).dimensionality)


class _OpenClaims:
    """Claims whose periods are still open in a sweep, sorted by upper and by lower bound."""

    def __init__(self):
        self.by_upper: list[tuple[float, int]] = []
        self.by_lower: list[tuple[float, int]] = []
        self.closing: list[tuple[date, int]] = []  # a heap of period ends
        self.claims: dict[int, Claim] = {}

    def open(self, index: int, claim: Claim) -> None:
        insort(self.by_upper, (upper(claim), index))
        insort(self.by_lower, (lower(claim), index))
        heapq.heappush(self.closing, (claim.time.end, index))
        self.claims[index] = claim

    def close_before(self, start: date) -> None:
        while self.closing and self.closing[0][0] < start:
            _, index = heapq.heappop(self.closing)
            claim = self.claims.pop(index)
            del self.by_upper[bisect_left(self.by_upper, (upper(claim), index))]
            del self.by_lower[bisect_left(self.by_lower, (lower(claim), index))]

    def disjoint_from(self, low: float, high: float) -> Iterator[Claim]:
        """The open claims whose bounds are disjoint from [low, high], earliest first, read lazily."""
        below = self.by_upper[:bisect_left(self.by_upper, (low, -1))]
        above = self.by_lower[bisect_right(self.by_lower, (high, math.inf)):]
        return (self.claims[index] for _, index in sorted(below + above, key=itemgetter(1)))
