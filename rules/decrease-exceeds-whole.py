"""A count or amount that cannot go below zero cannot fall by more than 100 percent.

"Reduced by 500%" usually means "reduced fivefold" (by 80%): a cut of more than the whole
leaves less than nothing. Measures that can turn negative (profit, balance, temperature) are
left alone; for everything else a decrease of more than 100% is impossible.

Inconsistent: "The number of road deaths fell by 150% in 2023."
Consistent:   "The number of road deaths fell by 15% in 2023."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated

# Measures that may go below zero, so a fall of more than 100% is possible.
SIGNED_MEASURES = frozenset({"profit", "income", "earnings", "balance", "surplus", "deficit", "loss", "margin",
                             "growth", "temperature", "return", "result", "net", "inflation", "rate", "yield"})
cut_low = sympy.Symbol("cut_low")
AT_MOST_THE_WHOLE = Relation(cut_low <= 100)


def scenario(draw, names):
    """A fall in a count by some percentage; planted: a fall of more than 100%."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()

    def text(percent):
        return doc(f"The number of {noun} at {subject} fell by ", Amount(percent, "percent"), f" in {year}.",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text(names.integer(1, 99))], planted=[text(names.integer(101, 900))])


@rule(id="decrease-exceeds-whole", severity="error", applies_to=ClaimSet, scenario=scenario)
def decrease_exceeds_whole(claims):
    for claim in claims.claims:
        if claim.kind != "change" or claim.direction != "down" or claim.quantity.unit != "percent":
            continue
        if claim.measure and set(claim.measure.split()) & SIGNED_MEASURES:
            continue
        verdict = AT_MOST_THE_WHOLE.check(cut_low=claim.quantity.lower)
        if not verdict.holds:
            fold = 1 + claim.quantity.value / 100
            yield finding(f"A fall of \"{stated(claim)}\" would leave less than nothing: nothing falls by more "
                          f"than 100%", [claim], verdict,
                          notes=[f"if the old figure was {fold:.3g} times the new one, the fall is "
                                 f"{100 * (1 - 1 / fold):.3g}%"])
