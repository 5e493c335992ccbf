"""A stated gap must be the difference of the two figures it separates: 21,400 against 15,100 is a majority of 6,300.

Election results, budgets and league tables state two figures and the gap between them ("won with
21,400 votes against 15,100, a majority of 6,300"; "3,200 jobs this year against 2,950 last year,
250 more"; "borrowed £35m, £2.5m less than the £37.5m it had planned"). The gap is redundant, so it
can be checked: the larger figure minus the smaller one must fall within what the stated gap
allows, rounding included. A gap that no reading of the two figures gives means one of the three
numbers is wrong.

Inconsistent: "In 2010 Smith won the seat with 21,400 votes, against 15,100 for Jones, a majority of 7,300."
Consistent:   "In 2010 Smith won the seat with 21,400 votes, against 15,100 for Jones, a majority of 6,300."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated, what

larger_low, larger_high, smaller_low, smaller_high, gap_low, gap_high = sympy.symbols(
    "larger_low larger_high smaller_low smaller_high gap_low gap_high")
NOT_TOO_SMALL = Relation(larger_high - smaller_low >= gap_low)
NOT_TOO_LARGE = Relation(larger_low - smaller_high <= gap_high)


def scenario(draw, names):
    """Two vote counts and the majority between them; planted: the majority is off by more than rounding."""
    from factcheck.testing import Amount, Case, doc

    subject, year = names.subject(), names.year()
    smaller = names.integer(1_000, 40_000)
    larger = smaller + names.integer(100, 20_000)
    wrong = larger - smaller + names.choice([-1, 1]) * names.integer(50, 900)

    def text(majority):
        return doc(f"In {year} {subject} won the seat with ", Amount(larger), " votes, against ", Amount(smaller),
                   " for the runner-up, a majority of ", Amount(majority), ".", published=date(year, 12, 1))

    return Case(consistent=[text(larger - smaller)], planted=[text(wrong)])


@rule(id="difference-contradicts-figures", severity="error", applies_to=ClaimSet, scenario=scenario)
def difference_contradicts_figures(claims):
    for larger, smaller, gap in claims.related("difference", "larger", "smaller", "difference"):
        values = dict(larger_low=larger.quantity.lower, larger_high=larger.quantity.upper,
                      smaller_low=smaller.quantity.lower, smaller_high=smaller.quantity.upper,
                      gap_low=gap.quantity.lower, gap_high=gap.quantity.upper)
        verdicts = [relation.check(**values) for relation in (NOT_TOO_SMALL, NOT_TOO_LARGE)]
        failed = next((verdict for verdict in verdicts if not verdict.holds), None)
        gap_between = format_number(larger.quantity.value - smaller.quantity.value)
        if larger.kind == "money":
            gap_between = f"{gap_between} {larger.quantity.unit}"
        if failed is None:
            yield passed(f"{stated(larger)} against {stated(smaller)} is a gap of {gap_between}, as \"{stated(gap)}\" "
                         f"says", [larger, smaller, gap], verdicts[0])
            continue
        counted = f" {what(larger)}" if larger.kind == "count" else ""
        yield finding(f"{stated(larger)} against {stated(smaller)}{counted} is a gap of {gap_between}, not "
                      f"\"{stated(gap)}\"", [larger, smaller, gap], failed,
                      inputs={"larger - smaller": gap_between})
