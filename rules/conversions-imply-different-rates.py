"""Conversions between the same two currencies in one article must imply one rate.

A writer converts the amounts of an article at the rate of one day: "£1.35bn ($2.5bn)" and
"$500m (£350m)" cannot both hold, whatever the day (1.85 and 1.43 dollars a pound). Unlike
conversion-disagrees-with-rate this needs no rate table and no date, so it checks undated pages
too. A published article whose pair the rate table covers on its day is left to that rule, which
checks each conversion against the day's rate (one finding per inconsistency, not one from each
rule). Conversions whose sentences state different periods are not compared (a past amount may be
given at the rate of its time). The rate most of the article's conversions allow is its rate; a
conversion that rate does not explain is one finding, which lists the conversions it disagrees
with. Each stated amount is read with two significant digits of slack, as papers round them.

Inconsistent: "The firm earned 350 million TMT ($100 million). It paid $20 million (140 million TMT) for a mill."
Consistent:   "The firm earned 350 million TMT ($100 million). It paid $20 million (70 million TMT) for a mill."
"""

from collections import defaultdict

import sympy

from factcheck.errors import ConversionError
from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import rounded_to_two_digits, stated
from factcheck.units import is_currency

LISTED = 3  # conversions of the common rate a finding quotes: enough to show it, never a fan of every one
rate_low, rate_high, common_low, common_high = sympy.symbols("rate_low rate_high common_low common_high")
NOT_BELOW_THE_COMMON_RATE = Relation(rate_high >= common_low)
NOT_ABOVE_THE_COMMON_RATE = Relation(rate_low <= common_high)


def scenario(draw, names):
    """Two conversions of an undated article at the rate of one day; planted: the second one's equivalent
    is off."""
    from factcheck.rates import RateTable
    from factcheck.testing import Amount, Case, doc

    subject = names.subject()
    rate = RateTable.load().rate("GBP", "USD", names.day(names.integer(2005, 2024))).value
    first, second = names.integer(20, 900), names.integer(20, 900)

    def text(second_pounds):
        return doc(f"{subject} earned £", Amount(first, "plain"), "m ($", Amount(round(first * rate), "plain"),
                   f"m) last year. {subject} paid $", Amount(second, "plain"), "m (£",
                   Amount(second_pounds, "plain"), "m) for a rival.")

    wrong = round(second / rate * names.choice([0.5, 0.6, 1.6, 2]))
    return Case(consistent=[text(round(second / rate))], planted=[text(wrong)])


@rule(id="conversions-imply-different-rates", severity="warning", applies_to=ClaimSet, scenario=scenario)
def conversions_imply_different_rates(claim_set, context):
    for (document, pair, _), conversions in _by_article_pair_and_period(claim_set).items():
        if len(conversions) > 1 and not _rated_on_its_day(context, document, pair):
            yield from _check(conversions)


def _rated_on_its_day(context, document_id, pair) -> bool:
    """An article published on a known day (or in a period the run was told) whose pair the rate table
    covers then: conversion-disagrees-with-rate's."""
    document = context.documents.get(document_id)
    if document is None:
        return False
    day = document.published or (document.published_between[1] if document.published_between else None)
    if day is None:
        return False
    try:
        context.rates.rate(*pair, day)
    except ConversionError:
        return False
    return True


def _by_article_pair_and_period(claim_set):
    """(document, currency pair, stated period) → [(rate low, rate high, amount, equivalent)], each rate in
    units of the pair's second currency per one of its first."""
    grouped = defaultdict(list)
    for amount, equivalent in claim_set.related("conversion", "amount", "equivalent"):
        implied = _implied_rate(amount, equivalent)
        if implied is not None:
            pair, low, high = implied
            grouped[(amount.document, pair, _periods(amount, equivalent))].append((low, high, amount, equivalent))
    return grouped


def _periods(*claims):
    """The periods the conversion's figures are stated for, placed or not ("the following year")."""
    return tuple((claim.time.start, claim.time.end) if claim.time else claim.period_unplaced for claim in claims)


def _implied_rate(amount, equivalent):
    units = (amount.quantity.unit, equivalent.quantity.unit)
    if units[0] == units[1] or not all(map(is_currency, units)):
        return None
    bounds = [rounded_to_two_digits(c.quantity.low, c.quantity.high, c.quantity.value) for c in (amount, equivalent)]
    if any(low is None or high is None or low <= 0 for low, high in bounds):
        return None  # "over $6 billion": an open bound implies no one rate
    (amount_low, amount_high), (equivalent_low, equivalent_high) = bounds
    pair = tuple(sorted(units))
    if units[0] == pair[1]:  # the amount is in the pair's second currency: rate = amount / equivalent
        return pair, amount_low / equivalent_high, amount_high / equivalent_low
    return pair, equivalent_low / amount_high, equivalent_high / amount_low


def _check(conversions):
    common, agreeing = _most_agreeing(conversions)
    if len(agreeing) == len(conversions):
        first, *others = conversions
        verdict = NOT_BELOW_THE_COMMON_RATE.check(rate_high=first[1], common_low=common[0])
        yield passed(f"The article's {len(conversions)} conversions between {first[2].quantity.unit} and "
                     f"{first[3].quantity.unit} agree on one rate", _claims(conversions), verdict)
        return
    outliers = [conversion for conversion in conversions if conversion not in agreeing]
    if len(agreeing) == 1:  # no two agree: the conversions contradict one another, one finding for all
        outliers, agreeing = conversions[1:], conversions[:1]
        common = agreeing[0][:2]
    for outlier in outliers:
        values = dict(rate_low=outlier[0], rate_high=outlier[1], common_low=common[0], common_high=common[1])
        verdict = next(v for v in (NOT_BELOW_THE_COMMON_RATE.check(**values), NOT_ABOVE_THE_COMMON_RATE.check(**values))
                       if not v.holds)
        yield finding(_message(outlier, agreeing, common), _claims([outlier, *agreeing[:LISTED]]), verdict)


def _most_agreeing(conversions):
    """The rates most conversions allow (a sweep over the intervals' ends) and those conversions."""
    ends = sorted([(c[0], 0, i) for i, c in enumerate(conversions)] + [(c[1], 1, i) for i, c in enumerate(conversions)])
    open_now, best = set(), set()
    for _, closing, index in ends:  # at equal values an interval opens before another closes: they touch
        if closing:
            open_now.discard(index)
        else:
            open_now.add(index)
            if len(open_now) > len(best):
                best = set(open_now)
    agreeing = [c for i, c in enumerate(conversions) if i in best]
    return (max(c[0] for c in agreeing), min(c[1] for c in agreeing)), agreeing


def _message(outlier, agreeing, common):
    low, high, amount, equivalent = outlier
    pair = tuple(sorted((amount.quantity.unit, equivalent.quantity.unit)))
    inverted = (common[0] + common[1]) / 2 < 1  # said the way round that gives more than one: "7 TMT per USD"
    per = f"{pair[0]} per {pair[1]}" if inverted else f"{pair[1]} per {pair[0]}"
    others = ", ".join(f"{stated(a)} ({stated(e)})" for _, _, a, e in agreeing[:LISTED])
    more = f" and {len(agreeing) - LISTED} more" if len(agreeing) > LISTED else ""
    return (f"{stated(amount)} ({stated(equivalent)}) implies {_rate(low, high, inverted)} {per}, but the "
            f"article's {others}{more} {'imply' if len(agreeing) > 1 else 'implies'} "
            f"{_rate(*common, inverted)}: one article converts at one rate")


def _rate(low, high, inverted):
    middle = (low + high) / 2
    return f"about {format_number(float(f'{1 / middle if inverted else middle:.3g}'))}"


def _claims(conversions):
    return [claim for _, _, amount, equivalent in conversions for claim in (amount, equivalent)]
