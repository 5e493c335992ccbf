"""A figure said to be a multiple of another must be about that multiple: 337,000 is twice 169,000.

News compares two figures with a multiple word ("the 337,000 jobs added were twice the 169,000
forecast", "300 cars, nearly three times the 110 sold a year earlier"). A multiple written as a
word is loose: it holds within a tenth of its factor, or within its qualifier ("nearly twice" is
1.8 to 2 times). A ratio beyond that which still rounds to the factor ("twice" for 1.7 times) is
noted, not flagged; any other ratio means one of the three figures is wrong.

Inconsistent: "In 2004 the firm sold 218,000 cars, twice the 79,000 it sold in 2003."
Consistent:   "In 2004 the firm sold 218,000 cars, twice the 109,000 it sold in 2003."
"""

from datetime import date

import sympy

from factcheck.extract.finders.mention import APPROXIMATE_TOLERANCE
from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import lower, stated, upper

figure_low, figure_high, base_low, base_high, factor_low, factor_high = sympy.symbols(
    "figure_low figure_high base_low base_high factor_low factor_high")
NOT_TOO_SMALL = Relation(figure_high / base_low >= factor_low)
NOT_TOO_LARGE = Relation(figure_low / base_high <= factor_high)
MULTIPLE_WORDS = {2: "twice", 3: "three times"}


def scenario(draw, names):
    """A year's sales stated as a multiple of the year before; planted: the earlier figure is off by a whole factor."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    factor = names.choice(sorted(MULTIPLE_WORDS))
    base = names.integer(1_000, 50_000)
    wrong = base * factor // (factor + names.choice([-1, 1]))

    def text(earlier):
        return doc(f"In {year} {subject} counted ", Amount(base * factor), f" {noun}, {MULTIPLE_WORDS[factor]} the ",
                   Amount(earlier), f" it counted in {year - 1}.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(base)], planted=[text(wrong)])


@rule(id="multiple-contradicts-figures", severity="error", applies_to=ClaimSet, scenario=scenario)
def multiple_contradicts_figures(claims):
    for figure, multiple, base in claims.related("ratio", "figure", "multiple", "base"):
        if lower(base) <= 0:
            continue
        low, high = _loose(multiple)
        values = dict(figure_low=lower(figure), figure_high=upper(figure), base_low=lower(base),
                      base_high=upper(base), factor_low=low, factor_high=high)
        verdicts = [relation.check(**values) for relation in (NOT_TOO_SMALL, NOT_TOO_LARGE)]
        failed = next((verdict for verdict in verdicts if not verdict.holds), None)
        ratio = figure.quantity.value / base.quantity.value
        times = f"{stated(figure)} is {format_number(round(ratio, 2))} times {stated(base)}"
        if failed is None:
            yield passed(f"{times}, as \"{stated(multiple)}\" says", [figure, multiple, base], verdicts[0])
        elif round(ratio) == multiple.quantity.value:
            yield finding(f"{times}: \"{stated(multiple)}\" rounds it loosely", [figure, multiple, base], failed,
                          severity="info")
        else:
            yield finding(f"{times}, not \"{stated(multiple)}\"", [figure, multiple, base], failed)


def _loose(multiple) -> tuple[float, float]:
    """The factors a multiple word allows: its qualifier's span ("nearly twice"), else a tenth either way."""
    quantity = multiple.quantity
    if multiple.qualifier != "exact":
        return (quantity.low if quantity.low is not None else 0.0,
                quantity.high if quantity.high is not None else float("inf"))
    return quantity.value * (1 - APPROXIMATE_TOLERANCE), quantity.value * (1 + APPROXIMATE_TOLERANCE)
