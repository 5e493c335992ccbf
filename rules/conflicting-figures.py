"""Sources disagree: the same measure for the same period and place, with values that cannot both hold.

Two statements of the same figure for overlapping times must have overlapping intervals. Rounding
and qualifiers are part of the interval, so "over 12.5 million" and "12.5 million" agree, while
"3.6 million" and "6.3 million" for the same month do not. A round whole number may be rounded
("130,000" restating 130,159): its trailing zeros are not taken as significant.

Inconsistent: "In 2023, the firm had 3.6 million subscribers." ... "The firm counted 6.3 million subscribers in 2023."
Consistent:   "The app had over 12.5 million users in 2024." ... "The app had 12.5 million users in 2024."
"""

from datetime import date

import sympy

from factcheck.identity import identity
from factcheck.model import MeasureSeries
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import (
    disagreeing_in_overlapping_periods,
    lower,
    possibly_rounded,
    rounded_readings,
    sentence_case,
    stated,
    upper,
    what,
    when,
)

low_a, high_b = sympy.symbols("low_a high_b")
OVERLAP = Relation(low_a <= high_b)


def _verdict(other, current):
    high, low = (current, other) if lower(current) > upper(other) else (other, current)
    return OVERLAP.check(low_a=possibly_rounded(high).lower, high_b=possibly_rounded(low).upper)


def scenario(draw, names):
    """Two sources give one year's figure; planted: the second source's figure is a different number."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    figure = names.unrounded(1_000, 900_000)
    wrong = names.not_round(figure + names.choice([-1, 1]) * names.integer(max(2, figure // 20), figure // 2))

    def texts(second):
        return [doc(f"In {year} {subject} had ", Amount(figure), f" {noun}.", published=date(year + 1, 2, 1)),
                doc("Inspectors counted ", Amount(second), f" {noun} at {subject} in {year}.",
                    published=date(year + 1, 3, 1))]

    return Case(consistent=texts(figure), planted=texts(wrong))


@rule(id="conflicting-figures", severity="error", applies_to=MeasureSeries, scenario=scenario)
def conflicting_figures(series, context):
    def disagree(other, current) -> bool:
        return other.document != current.document and context.may_compare(other, current) \
            and not _verdict(other, current).holds

    dated = [c for c in series.claims if c.time is not None and not c.cumulative]
    for other, current in disagreeing_in_overlapping_periods(dated, first_that=disagree):
        verdict = _verdict(other, current)
        same = identity(other, current, aspects=("subject",))  # the series shares measure and subject name
        same_period = other.time.start == current.time.start and other.time.end == current.time.end
        notes = [] if same_period else ["the two figures are for overlapping but different periods"]
        yield finding(
            f"{sentence_case(what(current))} for {when(current)} disagree: {stated(other)} "
            f"({context.document_label(other.document)}) against {stated(current)} "
            f"({context.document_label(current.document)})",
            [other, current], verdict, severity=same.severity("error" if same_period else "warning"),
            notes=[*same.notes, *notes, *rounded_readings([other, current])],
        )
