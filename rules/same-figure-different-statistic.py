"""The same figure should not be given as two different statistics of one thing.

"An average speed of 43.6 Mbps" in one place and "a median speed of 43.6 Mbps" in another
cannot both be right unless the mean and the median happen to coincide to the last digit: one
source has most likely mislabelled the statistic. Only figures precise enough to be unlikely
to coincide (three significant digits or a decimal) are compared; the result is a warning.

Inconsistent: "The average download speed was 43.6 Mbps in April 2024." ... "The median download speed was 43.6 Mbps in April 2024."
Consistent:   "The average download speed was 43.6 Mbps in April 2024." ... "The median download speed was 38.2 Mbps in April 2024."
"""

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated

first_value, second_value, rounding = sympy.symbols("first_value second_value rounding")
# Two different statistics of one distribution should differ by more than the figure's rounding.
DIFFERENT_FIGURES = Relation(abs(first_value - second_value) >= rounding)


def _precise(claim):
    digits = [ch for ch in claim.text if ch.isdigit()]
    return "." in claim.text or len("".join(digits).strip("0")) >= 3


@rule(id="same-figure-different-statistic", severity="warning", applies_to=ClaimSet)
def same_figure_different_statistic(claims, context):
    by_figure = {}
    for claim in claims.claims:
        if claim.statistic and claim.kind in {"measurement", "money", "count"} and _precise(claim):
            by_figure.setdefault((claim.quantity.unit, claim.quantity.value), []).append(claim)
    for members in by_figure.values():
        first_of_each = {}
        for claim in members:
            first_of_each.setdefault(claim.statistic, claim)
        if len(first_of_each) < 2:
            continue
        first, second = list(first_of_each.values())[:2]
        if first.time and second.time and not first.time.overlaps(second.time):
            continue
        verdict = DIFFERENT_FIGURES.check(first_value=first.quantity.value, second_value=second.quantity.value,
                                          rounding=first.quantity.upper - first.quantity.lower)
        yield finding(f"{stated(first)} is given as the {first.statistic} ({context.document_label(first.document)}) "
                      f"and as the {second.statistic} ({context.document_label(second.document)}); one label is "
                      f"probably wrong", [first, second], verdict)
