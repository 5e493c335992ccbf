"""A fraction word and the percent that restates it must agree: "nearly half" is not "some 27%".

Articles give a share in words and then in figures: "a third of voters, or 33%", "nearly half of
the households - some 48% -", or a percent and then the count it is ("8% of the judges - 13 out of
659 -": a count out of a count is exact). A fraction word is loose ("a third" is said of 30% to 37%), so it
is read with four points either side of what its qualifier allows ("nearly half": 45% to 50%), and
a stated bound stays a bound ("more than a quarter": at least 25%); the percent is read as written.

Inconsistent: "Nearly half of the town's households - some 27% - have no car."
Consistent:   "Nearly half of the town's households - some 47% - have no car."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated

LOOSE = 0.04  # a fraction word covers four points either side of its value ("a third": 29% to 37%)
fraction_low, fraction_high, percent_low, percent_high = sympy.symbols(
    "fraction_low fraction_high percent_low percent_high")
NOT_BELOW = Relation(percent_high >= 100 * fraction_low)
NOT_ABOVE = Relation(percent_low <= 100 * fraction_high)


def scenario(draw, names):
    """A fraction word of a count and its percent; planted: the percent is far from the fraction."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    word, value = names.choice([("half", 50), ("a third", 33), ("a quarter", 25), ("two-thirds", 67)])
    wrong = value + names.choice([-1, 1]) * names.integer(12, 20)

    def text(percent):
        return doc(f"In {year}, {word} of the {noun} at {subject}, or ", Amount(percent, "percent"),
                   ", were new.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(value + names.integer(-2, 2))], planted=[text(wrong)])


@rule(id="fraction-and-percent-disagree", severity="error", applies_to=ClaimSet, scenario=scenario)
def fraction_and_percent_disagree(claim_set):
    for fraction, percent in claim_set.related("fraction", "fraction", "percent"):
        yield _check(fraction, percent)


def _check(fraction, percent):
    low, high = _loose_bounds(fraction)
    percent_low = percent.quantity.low if percent.quantity.low is not None else 0.0  # in percent, as written
    percent_high = percent.quantity.high if percent.quantity.high is not None else 100.0
    values = dict(fraction_low=low, fraction_high=high, percent_low=percent_low, percent_high=percent_high)
    verdicts = [relation.check(**values) for relation in (NOT_BELOW, NOT_ABOVE)]
    failed = next((verdict for verdict in verdicts if not verdict.holds), None)
    if failed is None:
        return passed(f"\"{stated(fraction)}\" and \"{stated(percent)}\" agree", [fraction, percent], verdicts[0])
    return finding(f"\"{stated(fraction)}\" is not \"{stated(percent)}\": {_as_percent(fraction)}",
                   [fraction, percent], failed)


def _loose_bounds(fraction):
    """The fraction's interval, widened by LOOSE where the word itself is what is loose (not a stated bound).
    A count out of a count ("13 out of 659") is exact: no looseness, only the rounding of the percent."""
    if fraction.kind == "score":
        return fraction.quantity.value / fraction.out_of, fraction.quantity.value / fraction.out_of
    quantity = fraction.quantity
    low = quantity.low if quantity.low is not None else 0.0
    high = quantity.high if quantity.high is not None else 1.0
    if fraction.qualifier in {"exact", "approximate"}:
        return max(0.0, low - LOOSE), min(1.0, high + LOOSE)
    if fraction.qualifier == "upper":
        return max(0.0, low - LOOSE), high
    return low, min(1.0, high + LOOSE)


def _as_percent(fraction):
    """ "half is about 50%", "less than half is at most 50%": the fraction in plain numbers."""
    if fraction.kind == "score":
        return f"{stated(fraction)} is {format_number(round(100 * fraction.quantity.value / fraction.out_of, 1))}%"
    value = format_number(round(100 * fraction.quantity.value, 1))
    if fraction.qualifier == "upper":
        return f"{stated(fraction).lower()} is at most {value}%"
    if fraction.qualifier == "lower":
        return f"{stated(fraction).lower()} is at least {value}%"
    return f"{stated(fraction).lower()} is about {value}%"
