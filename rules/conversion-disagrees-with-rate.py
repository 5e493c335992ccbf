"""A money amount and its stated equivalent must match the exchange rate of their date.

"3.2 trillion KZT (over $6 billion)" implies a rate of at most 533 tenge per dollar; the ECB's
reference rates and our table (`factcheck.rates`) say what the rate was. The rates that count are
those of every day the conversion may have been made: for a published article the month before
publication and the period its sentence states; for an undated page, which does not say when the
writer converted, any day at all. Its date is never guessed: an undated conversion is flagged only
when no day's rate explains it.
Rounded equivalents are allowed two significant digits of slack and the table 3%.

Inconsistent: "The court fined the outlet 103,500 tenge ($22)." (published 2024-10-22)
Consistent:   "Fines reach 69,000 tenge ($147)." (published 2024-10-22)
"""

from datetime import date, timedelta

import attrs
import sympy

from factcheck.errors import ConversionError
from factcheck.model import Conversion
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import rounded_to_two_digits, stated
from factcheck.units import is_currency

TABLE_SLACK = 0.03  # a monthly average stands for every day of its month
DAILY_SLACK = 0.01  # an official rate of the day: only the writer's own rounding of it
DAILY_SOURCES = frozenset({"ecb", "nbk"})
ERROR_FACTOR = 1.2  # beyond 20% off the rate, no rounding or date doubt explains it
amount_low, amount_high, equivalent_low, equivalent_high, rate_low, rate_high = sympy.symbols(
    "amount_low amount_high equivalent_low equivalent_high rate_low rate_high")
# The rate the sentence implies (amount per unit of the equivalent) against the rates in force.
NOT_ABOVE = Relation(amount_low / equivalent_high <= rate_high)
NOT_BELOW = Relation(amount_high / equivalent_low >= rate_low)


def _rates_in_force(table, base, quote, conversion):
    """A published article: the rates of the month before publication and of the period the sentence
    names (if it ends by then): the writer may have used either. One the run was told was published
    within a period: the rates from the month before that period to its end, and the sentence's period;
    none when the table starts within that period. An undated one: every rate there is."""
    if conversion.date_basis == Conversion.UNDATED:
        return table.rates_between(base, quote, date.min, date.max)
    first = (conversion.since or conversion.on) - timedelta(days=31)
    rates = table.rates_between(base, quote, first, conversion.on)
    if conversion.date_basis == Conversion.BETWEEN and rates and rates[0].on > first + timedelta(days=7):
        return []  # the table starts within the period (the ECB's rouble, April 2005): its early rates are unknown
    stated_time = conversion.amount.time
    if stated_time is not None and stated_time.end <= conversion.on:
        rates += table.rates_between(base, quote, stated_time.start, stated_time.end)
    return sorted(set(rates), key=lambda r: r.on)


def scenario(draw, names):
    """A fine in tenge and its dollar equivalent at the month's rate, rounded as papers round it;
    planted: the equivalent is off by a factor no rounding explains."""
    from factcheck.rates import RateTable
    from factcheck.testing import Amount, Case, doc

    subject = names.subject()
    published = names.day(names.integer(2016, 2024))
    rate = RateTable.load().rate("USD", "KZT", published).value
    tenge = names.integer(10, 2_000) * 1_000
    dollars = float(f"{tenge / rate:.2g}")
    wrong = float(f"{dollars * names.choice([0.3, 0.5, 2, 3]):.2g}")

    def text(equivalent):
        return doc(f"The court fined {subject} ", Amount(tenge), " tenge ($", Amount(equivalent, "plain"), ").",
                   published=published)

    return Case(consistent=[text(dollars)], planted=[text(wrong)])


@rule(id="conversion-disagrees-with-rate", severity="error", applies_to=Conversion, scenario=scenario)
def conversion_disagrees_with_rate(conversion, context):
    amount, equivalent = conversion.amount, conversion.equivalent
    base, quote = equivalent.quantity.unit, amount.quantity.unit
    if not (is_currency(base) and is_currency(quote)) or base == quote:
        return None
    if _bracket_checked(context.rates, conversion):
        return None  # the bracket's amount, converted to each, proves both: one finding per wrong figure
    try:
        rates = _rates_in_force(context.rates, base, quote, conversion)
    except ConversionError:
        return None
    if not rates:
        return None  # no rate of the pair for any day it may refer to
    eq_low, eq_high = rounded_to_two_digits(equivalent.quantity.low, equivalent.quantity.high,
                                             equivalent.quantity.value)
    if (eq_high is not None and eq_high <= 0) or (amount.quantity.low is not None and amount.quantity.low < 0):
        return None
    if amount.quantity.high is not None and amount.quantity.high <= 0:  # "up to 0 tenge": no rate makes it $5
        return None
    amount_low, amount_high = _converted_figure(amount, equivalent)
    values = dict(
        amount_low=amount_low,
        amount_high=amount_high,
        equivalent_low=eq_low or 1e-300,
        equivalent_high=eq_high if eq_high is not None else float("inf"),
        rate_low=min(r.value for r in rates) * (1 - _slack(rates)),
        rate_high=max(r.value for r in rates) * (1 + _slack(rates)),
    )
    inputs = {"rate": _rate_range(rates, base, quote), "date from": conversion.date_basis}
    for relation in (NOT_ABOVE, NOT_BELOW):
        verdict = relation.check(**values)
        if verdict.holds:
            continue
        implied_low = values["amount_low"] / values["equivalent_high"]
        implied_high = values["amount_high"] / values["equivalent_low"]
        off_by = max(implied_low / values["rate_high"], values["rate_low"] / implied_high)
        return finding(
            f"{stated(amount)} is not {stated(equivalent)}: {_at_the_rates(amount, rates, base, quote, conversion)}",
            [amount, equivalent], verdict, severity="error" if off_by > ERROR_FACTOR else "warning",
            inputs=inputs,
            notes=[f"the arithmetic is in {quote} per {base}: the stated amounts against the rates in force, "
                   f"widened by {_slack(rates):.0%} for the rates' rounding",
                   f"rates in force: {_rate_range(rates, base, quote)}",
                   f"date: {conversion.date_basis}"])
    return passed(f"{stated(amount)} is {stated(equivalent)}: {_at_the_rates(amount, rates, base, quote, conversion)}",
                  [amount, equivalent], verdict, inputs=inputs)


def _bracket_checked(table, conversion) -> bool:
    """ "30bn baht (£398m; $768m)": the pounds and the dollars are compared with each other only when the
    baht cannot be converted to both (no rate of the days it may refer to)."""
    bracket = conversion.bracket
    if bracket is None:
        return False
    for equivalent in (conversion.amount, conversion.equivalent):
        try:
            rates = _rates_in_force(table, equivalent.quantity.unit, bracket.quantity.unit,
                                    attrs.evolve(conversion, amount=bracket, equivalent=equivalent))
        except ConversionError:
            return False
        if not rates:
            return False
    return True


def _converted_figure(amount, equivalent) -> tuple[float, float]:
    """What a bracket converts: the figure as written, to two significant digits at most ("$1m
    (£522,000)" converts $0.95m-$1.05m, not every amount "$1m" may round); "over $600m (£322m)" says
    $600m is £322m, the "over" covering both. An equivalent with a qualifier of its own, or the
    amount a range, converts the amount's whole interval."""
    quantity = amount.quantity
    if equivalent.qualifier != "exact" or amount.qualifier == "range":
        return quantity.low or 0.0, quantity.high if quantity.high is not None else float("inf")
    low, high = rounded_to_two_digits(quantity.value, quantity.value, quantity.value)
    if amount.qualifier == "exact":
        low, high = max(low, quantity.low), min(high, quantity.high)
    return low, high


def _slack(rates):
    """Daily official rates (the ECB's, the NBK's) need less room than a table of monthly averages."""
    daily = all(part in DAILY_SOURCES for rate in rates for part in rate.source.split("+"))
    return DAILY_SLACK if daily else TABLE_SLACK


def _at_the_rates(amount, rates, base, quote, conversion):
    """ "at the USD/KZT rate of November 2024 (495 KZT per USD) it is about 209.1 USD"; over a span of
    rates, the range of what the amount was worth."""
    if conversion.date_basis == Conversion.PUBLISHED:
        return (f"at the {base}/{quote} rate of {conversion.on:%B %Y} ({format_number(rates[-1].value)} {quote} "
                f"per {base}) it is about {format_number(amount.quantity.value / rates[-1].value)} {base}")
    low, high = min(r.value for r in rates), max(r.value for r in rates)
    worth = format_number(amount.quantity.value / high), format_number(amount.quantity.value / low)
    about = worth[0] if worth[0] == worth[1] else f"{worth[0]} to {worth[1]}"
    span = format_number(low) if low == high else f"{format_number(low)}–{format_number(high)}"
    return (f"at any {base}/{quote} rate {_date_said(conversion)} ({span} {quote} per {base}) it is "
            f"about {about} {base}")


def _date_said(conversion):
    if conversion.date_basis == Conversion.UNDATED:
        return "ever published"
    if conversion.date_basis == Conversion.BETWEEN:
        return f"from {conversion.since - timedelta(days=31):%B %Y} to {conversion.on:%B %Y}"
    return f"{conversion.on:%d %B %Y}"


def _rate_range(rates, base, quote):
    low, high = min(r.value for r in rates), max(r.value for r in rates)
    sources = sorted({r.source for r in rates})
    months = f"{rates[0].on:%Y-%m}" if len(rates) == 1 else f"{rates[0].on:%Y-%m} to {rates[-1].on:%Y-%m}"
    span = format_number(low) if low == high else f"{format_number(low)}–{format_number(high)}"
    return f"{span} {quote} per {base} ({', '.join(sources)}, {months})"
