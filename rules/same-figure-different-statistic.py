"""The same figure should not be given as two different statistics of one thing.

"An average speed of 43.6 Mbps" in one place and "a median speed of 43.6 Mbps" in another
cannot both be right unless the mean and the median happen to coincide to the last digit: one
source has most likely mislabelled the statistic. Only figures precise enough to be unlikely
to coincide (three significant digits or a decimal) are compared; the result is a warning.

Inconsistent: "The average download speed was 43.6 Mbps in April 2024." ...
  "The median download speed was 43.6 Mbps in April 2024."
Consistent:   "The average download speed was 43.6 Mbps in April 2024." ...
  "The median download speed was 38.2 Mbps in April 2024."
"""

from datetime import date

import sympy

from factcheck.identity import identity
from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated
from factcheck.units import to_base

first_value, second_value, rounding = sympy.symbols("first_value second_value rounding")
# Two different statistics of one distribution should differ by more than the figure's rounding.
DIFFERENT_FIGURES = Relation(abs(first_value - second_value) >= rounding)


def _precise(claim):
    digits = [ch for ch in claim.text if ch.isdigit()]
    return "." in claim.text or len("".join(digits).strip("0")) >= 3


def scenario(draw, names):
    """The average and the median of one measurement in two sources; planted: both print the same figure."""
    from factcheck.testing import Amount, Case, doc

    subject, year = names.subject(), names.year()
    average = names.integer(100, 9_000) / 10
    median = round(average - names.integer(5, 90) / 10, 1)
    median = median if median > 0 else round(average + 2.5, 1)

    def texts(second):
        return [doc(f"In May {year} the average download speed in {subject} was ", Amount(average, "measurement", 1,
                    unit="Mbps"), ".", published=date(year, 6, 1)),
                doc(f"In May {year} the median download speed in {subject} was ", Amount(second, "measurement", 1,
                    unit="Mbps"), ".", published=date(year, 6, 3))]

    return Case(consistent=texts(median), planted=texts(average))


@rule(id="same-figure-different-statistic", severity="warning", applies_to=ClaimSet, scenario=scenario)
def same_figure_different_statistic(claims, context):
    by_figure = {}
    for claim in claims.claims:
        if claim.statistic and claim.kind in {"measurement", "money", "count"} and _precise(claim):
            figure = to_base(claim.quantity)  # "43.6 Mbps" and "0.0436 Gbps" are one figure
            key = (figure.unit, float(f"{figure.value:.9g}"), claim.measure)  # a median rent is no average wage
            by_figure.setdefault(key, []).append(claim)
    for members in by_figure.values():
        first_of_each = {}
        for claim in members:
            first_of_each.setdefault(claim.statistic, claim)
        if len(first_of_each) < 2:
            continue
        first, second = list(first_of_each.values())[:2]
        if first.time and second.time and not first.time.overlaps(second.time):
            continue
        same = identity(first, second, aspects=("rate",))  # the statistic is what differs: its word modifies
        if not same.comparable:
            continue
        first_base, second_base = to_base(first.quantity), to_base(second.quantity)  # Mbps against Gbps
        verdict = DIFFERENT_FIGURES.check(first_value=first_base.value, second_value=second_base.value,
                                          rounding=first_base.upper - first_base.lower)
        if verdict.holds:
            continue
        yield finding(f"{stated(first)} is given as the {first.statistic} ({context.document_label(first.document)}) "
                      f"and as the {second.statistic} ({context.document_label(second.document)}); one label is "
                      f"probably wrong", [first, second], verdict, severity=same.severity("warning"),
                      notes=same.notes)
