"""A change given as an amount and a percent must fit the level it reached: the start is the level less the amount.

Business news writes "sales rose $2bn, or 20%, to $12bn": the amount, the percent and the new level.
The old level is the new one less the amount ($10bn, or plus it for a fall), and the amount over the
old level must be the percent, within the rounding of all three figures.

Inconsistent: "The brewer's shares rose 64 pence, or 16%, to 1,130 pence."
Consistent:   "The brewer's shares rose 64 pence, or 6%, to 1,130 pence."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import as_written, lower, stated, upper

amount_low, amount_high, start_low, start_high, percent_low, percent_high = sympy.symbols(
    "amount_low amount_high start_low start_high percent_low percent_high")
NOT_TOO_SMALL = Relation(100 * amount_high / start_low >= percent_low)
NOT_TOO_LARGE = Relation(100 * amount_low / start_high <= percent_high)


def scenario(draw, names):
    """A rise stated as an amount and a percent, with the level reached; planted: the percent is wrong."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    start = names.integer(1_000, 50_000)
    amount = names.integer(start // 20, start)
    percent = round(100 * amount / start, 1)
    wrong = round(percent + names.choice([-1, 1]) * names.integer(5, 30), 1)
    wrong = wrong if wrong > 0 else percent + names.integer(5, 30)

    def text(stated_percent):
        return doc(f"In {year} the number of {noun} at {subject} rose ", Amount(amount), ", or ",
                   Amount(stated_percent, "percent", 1), ", to ", Amount(start + amount), ".",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text(percent)], planted=[text(wrong)])


@rule(id="change-amount-contradicts-percent", severity="error", applies_to=ClaimSet, scenario=scenario)
def change_amount_contradicts_percent(claims):
    by_id = claims.by_id()
    for statement in claims.statements:
        if statement.kind != "change_by":
            continue
        amount, percent, end = (by_id.get(statement.role(role) or "") for role in ("amount", "change", "end"))
        if amount is not None and percent is not None and end is not None:
            yield _check(amount, percent, end, statement.role("direction"))


def _check(amount, percent, end, direction):
    sign = -1 if direction == "up" else 1  # the start: the end less a rise, plus a fall
    start_low, start_high = sorted((lower(end) + sign * upper(amount), upper(end) + sign * lower(amount)))
    if start_low <= 0 or percent.quantity.low is None or percent.quantity.high is None:
        return None
    values = dict(amount_low=lower(amount), amount_high=upper(amount), start_low=start_low, start_high=start_high,
                  percent_low=percent.quantity.low, percent_high=percent.quantity.high)
    verdicts = [relation.check(**values) for relation in (NOT_TOO_SMALL, NOT_TOO_LARGE)]
    failed = next((verdict for verdict in verdicts if not verdict.holds), None)
    start = end.quantity.value + sign * amount.quantity.value
    change = 100 * amount.quantity.value / start
    said = (f"{'A rise' if direction == 'up' else 'A fall'} of {_figure(amount)} to {_figure(end)} is one from "
            f"{format_number(start)}: {format_number(round(change, 1))}%")
    if failed is None:
        return passed(f"{said}, as \"{stated(percent)}\" says", [amount, percent, end], verdicts[0])
    return finding(f"{said}, not \"{stated(percent)}\"", [amount, percent, end], failed,
                   inputs={"start": format_number(start), "change": f"{format_number(round(change, 1))}%"})


def _figure(claim):
    """ "64 pence", "$2bn": the figure with the noun it counts, where the sentence writes one after it."""
    noun = as_written(claim) if claim.kind == "count" else None
    return f"{stated(claim)} {noun}" if noun and noun.casefold() not in claim.text.casefold() else stated(claim)
