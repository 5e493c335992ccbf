"""An amount restated in another currency by another source must match the rate of its date.

One source reports a budget in tenge; a later one reports the same budget in dollars. The
dollar figure was converted at some rate between the two publications: the rate table in
`claims/reference/` says what rates were in force then. Only the same measure of the same
subject, place and period is compared; the result is a warning, because the sources may mean
different amounts.

Inconsistent: "In 2023 Kazgrid's budget was 480 billion tenge." ...
  "In 2023 Kazgrid's budget was $2.5 billion." (published 2024-03-01)
Consistent:   "In 2023 Kazgrid's budget was 480 billion tenge." ...
  "In 2023 Kazgrid's budget was $1 billion." (published 2024-03-01)
"""

from datetime import date, timedelta

import sympy

from factcheck.errors import ConversionError
from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import rounded_to_two_digits, stated
from factcheck.units import is_currency

TABLE_SLACK = 0.03
RATE_WINDOW = timedelta(days=31)
amount_low, amount_high, equivalent_low, equivalent_high, rate_low, rate_high = sympy.symbols(
    "amount_low amount_high equivalent_low equivalent_high rate_low rate_high")
NOT_ABOVE = Relation(amount_low / equivalent_high <= rate_high)
NOT_BELOW = Relation(amount_high / equivalent_low >= rate_low)


def _in_conversions(claim_set):
    """Claims a sentence already pairs with a conversion: conversion-disagrees-with-rate checks those."""
    return {claim_id for statement in claim_set.statements if statement.kind == "conversion"
            for _, claim_id in statement.roles}


def _comparable(claim_set):
    excluded = _in_conversions(claim_set)
    grouped = {}
    for claim in claim_set.claims:
        if claim.kind == "money" and claim.measure and claim.subject and claim.time and claim.id not in excluded \
                and is_currency(claim.quantity.unit) and claim.modality == "actual":
            grouped.setdefault((claim.measure, claim.subject, claim.scope), []).append(claim)
    return grouped


def _pairs(members):
    """Each claim with the first earlier one of another document, in another currency, for an
    overlapping period: one pair per claim, not one per pair of claims. A document stating the same
    currency for the same period again is seen once, so copies of a figure cost nothing."""
    earlier: dict[str, dict[tuple, object]] = {}  # currency → (document, period) → its first claim
    for second in members:
        period = (second.time.start, second.time.end)
        first = next((claim for currency, firsts in earlier.items() if currency != second.quantity.unit
                      for (document, _), claim in firsts.items()
                      if document != second.document and claim.time.overlaps(second.time)), None)
        if first is not None:
            yield first, second
        earlier.setdefault(second.quantity.unit, {}).setdefault((second.document, period), second)


def scenario(draw, names):
    """A budget in tenge, and the same budget in dollars in a later source at that date's rate;
    planted: the dollar figure is off by a factor no rate in the period explains."""
    from factcheck.rates import RateTable
    from factcheck.testing import Amount, Case, doc

    subject, year = names.subject(), names.integer(2016, 2023)
    first, later = date(year + 1, 1, 15), date(year + 1, names.integer(2, 12), 1)
    rate = RateTable.load().rate("USD", "KZT", later).value
    tenge = names.integer(10, 900) * 1e9
    dollars = float(f"{tenge / rate:.2g}")
    wrong = float(f"{dollars * names.choice([0.4, 0.6, 1.6, 2.5]):.2g}")

    def texts(equivalent):
        return [doc(f"In {year} {subject}'s budget was ", Amount(tenge, "money", 0, 1e9, "KZT"), ".", published=first),
                doc(f"In {year} {subject}'s budget was ", Amount(equivalent, "money", 2, 1e6, "USD"), ".",
                    published=later)]

    return Case(consistent=texts(dollars), planted=texts(wrong))


@rule(id="currency-restatement-disagrees", severity="warning", applies_to=ClaimSet, scenario=scenario)
def currency_restatement_disagrees(claim_set, context):
    for members in _comparable(claim_set).values():
        for first, second in _pairs(members):
            documents = (context.documents.get(first.document), context.documents.get(second.document))
            dates = [d.published for d in documents if d is not None and d.published is not None]
            if len(dates) < 2:
                continue
            amount, equivalent = (first, second) if first.quantity.value >= second.quantity.value else (second, first)
            base, quote = equivalent.quantity.unit, amount.quantity.unit
            try:
                rates = context.rates.rates_between(base, quote, min(dates) - RATE_WINDOW, max(dates))
            except ConversionError:
                continue
            eq_low, eq_high = rounded_to_two_digits(equivalent.quantity.low, equivalent.quantity.high,
                                                    equivalent.quantity.value)
            if not eq_low or eq_low <= 0 or amount.quantity.low is None or amount.quantity.low < 0:
                continue
            values = dict(amount_low=amount.quantity.low,
                          amount_high=amount.quantity.high if amount.quantity.high is not None else float("inf"),
                          equivalent_low=eq_low, equivalent_high=eq_high if eq_high is not None else float("inf"),
                          rate_low=min(r.value for r in rates) * (1 - TABLE_SLACK),
                          rate_high=max(r.value for r in rates) * (1 + TABLE_SLACK))
            verdicts = [relation.check(**values) for relation in (NOT_ABOVE, NOT_BELOW)]
            failed = next((v for v in verdicts if not v.holds), None)
            used = "; ".join(r.describe() for r in rates)
            if failed is None:
                yield passed(f"{stated(amount)} and {stated(equivalent)} agree at the rates in force",
                             [amount, equivalent], verdicts[0], inputs={"rate": used})
                continue
            yield finding(
                f"{stated(amount)} ({context.document_label(amount.document)}) and {stated(equivalent)} "
                f"({context.document_label(equivalent.document)}) are not the same amount: between "
                f"{min(dates):%B %Y} and {max(dates):%B %Y} {stated(amount)} was about "
                f"{format_number(amount.quantity.value / rates[-1].value)} {base}",
                [amount, equivalent], failed, inputs={"rate": used},
                notes=[f"rates in force: {format_number(min(r.value for r in rates))}–"
                       f"{format_number(max(r.value for r in rates))} {quote} per {base}, "
                       f"widened by {TABLE_SLACK:.0%}"])
