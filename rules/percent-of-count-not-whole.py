"""A percentage of a small count must be a whole number of things: 15 percent of 12 is not.

"25 percent of 12 complaints" is 3 complaints; "15 percent of 12 complaints" would be 1.8,
which no count can be. When a share of a stated count is given without the part itself, some
whole number of the counted things must fall inside the share's interval (the GRIM test of
psychology, applied to news). Rounding of the percentage is allowed, so only a figure that no
whole count can produce is flagged.

Inconsistent: "The ombudsman upheld 15 percent of the 12 complaints it received."
Consistent:   "The ombudsman upheld 25 percent of the 12 complaints it received."
"""

import math
from datetime import date

import sympy

from factcheck.model import ShareStatement
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated, what

MAX_WHOLE = 1000  # above this a percentage with one decimal fits some count anyway
percent_low, percent_high, whole, hundred = sympy.symbols("percent_low percent_high whole hundred")
# The smallest count the percentage allows is not above the largest one: some whole count fits.
# In percent and divided last (17.5 * 40 / 100 is exactly 7; 0.01 * 17.5 * 40 is not), so 100 is
# a symbol: sympy would fold a literal 1/100 into a float coefficient.
SOME_COUNT_FITS = Relation(sympy.ceiling(percent_low * whole / hundred) <= sympy.floor(percent_high * whole / hundred))


def scenario(draw, names):
    """A whole percentage of a small count that some number of the counted things makes;
    planted: a percentage no whole count can make."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    whole = names.integer(3, 40)
    possible = {round(100 * k / whole) for k in range(1, whole)}
    impossible = [p for p in range(1, 100) if all(abs(p - 100 * k / whole) > 0.5 for k in range(whole + 1))]
    share = names.choice(sorted(possible))
    wrong = names.choice(impossible) if impossible else share

    def text(percent):
        return doc(f"In {year} {subject} repaired ", Amount(percent, "percent"), " of the ", Amount(whole),
                   f" {noun} it inspected.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(share)], planted=[text(wrong)])


@rule(id="percent-of-count-not-whole", severity="error", applies_to=ShareStatement, scenario=scenario)
def percent_of_count_not_whole(statement):
    share, total = statement.share, statement.whole
    if share is None or statement.part is not None or share.quantity.unit != "percent":
        return None
    if total.kind != "count" or total.quantity.unit != "dimensionless" or total.qualifier != "exact":
        return None
    counts = range(math.ceil(total.quantity.lower), math.floor(total.quantity.upper) + 1)
    if not counts or counts[-1] > MAX_WHOLE or counts[0] <= 0:
        return None
    if not (math.isfinite(share.quantity.lower) and math.isfinite(share.quantity.upper)):
        return None  # "more than 30 percent": some whole count always fits an open-ended share
    low, high = (float(f"{bound:.10g}") for bound in (share.quantity.lower, share.quantity.upper))
    verdicts = [SOME_COUNT_FITS.check(percent_low=low, percent_high=high, whole=n, hundred=100) for n in counts]
    fitting = next((v for v in verdicts if v.holds), None)
    if fitting is not None:
        return passed(f"{stated(share)} of {stated(total)} can be a whole count", [share, total], fitting)
    verdict = verdicts[0]
    nearest = total.quantity.value * share.quantity.value / 100
    return finding(f"{stated(share)} of {stated(total)} is {nearest:.3g}, not a whole number: no count of "
                   f"{what(total)} gives {stated(share)}", [share, total], verdict,
                   inputs={"counts tried": ", ".join(str(n) for n in counts)})
