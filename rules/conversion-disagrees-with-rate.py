"""A money amount and its stated equivalent must match the exchange rate of their date.

"3.2 trillion KZT (over $6 billion)" implies a rate of at most 533 tenge per dollar; the rate
table in `claims/reference/` says what the rate was. The rates that count are those of the period
the conversion can refer to: the month before the article's publication and the period its
sentence states; on an undated page, only the stated period. A conversion with neither is
unverifiable: its date is never guessed. Rounded equivalents are allowed two significant digits
of slack and the table 3%.

Inconsistent: "The court fined the outlet 103,500 tenge ($22)." (published 2024-10-22)
Consistent:   "Fines reach 69,000 tenge ($147)." (published 2024-10-22)
"""

from datetime import timedelta

import sympy

from factcheck.errors import ConversionError
from factcheck.model import Conversion
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated, when
from factcheck.units import is_currency

TABLE_SLACK = 0.03
ERROR_FACTOR = 1.2  # beyond 20% off the rate, no rounding or date doubt explains it
amount_low, amount_high, equivalent_low, equivalent_high, rate_low, rate_high = sympy.symbols(
    "amount_low amount_high equivalent_low equivalent_high rate_low rate_high")
# The rate the sentence implies (amount per unit of the equivalent) against the rates in force.
NOT_ABOVE = Relation(amount_low / equivalent_high <= rate_high)
NOT_BELOW = Relation(amount_high / equivalent_low >= rate_low)


def _rounded_to_two_digits(low, high, value):
    """A stated equivalent like "$1,200" may be rounded to two significant digits: 1,150 to 1,250."""
    if value <= 0:
        return low, high
    step = 10 ** (len(str(int(abs(value)))) - 2) if abs(value) >= 10 else 0.5
    slack = step / 2
    return (None if low is None else min(low, value - slack)), (None if high is None else max(high, value + slack))


def _rates_in_force(table, base, quote, conversion):
    """Rates of the period the sentence names (if it ends by the date) and, for a published article, of
    the month before publication: the writer may have used either."""
    rates = []
    stated_time = conversion.amount.time
    if stated_time is not None and stated_time.end <= conversion.on:
        rates += table.rates_between(base, quote, stated_time.start, stated_time.end)
    if conversion.date_basis == Conversion.PUBLISHED:
        rates += table.rates_between(base, quote, conversion.on - timedelta(days=31), conversion.on)
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
    if conversion.on is None or not (is_currency(base) and is_currency(quote)) or base == quote:
        return None
    try:
        rates = _rates_in_force(context.rates, base, quote, conversion)
    except ConversionError:
        return None
    eq_low, eq_high = _rounded_to_two_digits(equivalent.quantity.low, equivalent.quantity.high,
                                             equivalent.quantity.value)
    if (eq_high is not None and eq_high <= 0) or (amount.quantity.low is not None and amount.quantity.low < 0):
        return None
    if amount.quantity.high is not None and amount.quantity.high <= 0:  # "up to 0 tenge": no rate makes it $5
        return None
    values = dict(
        amount_low=amount.quantity.low or 0.0,
        amount_high=amount.quantity.high if amount.quantity.high is not None else float("inf"),
        equivalent_low=eq_low or 1e-300,
        equivalent_high=eq_high if eq_high is not None else float("inf"),
        rate_low=min(r.value for r in rates) * (1 - TABLE_SLACK),
        rate_high=max(r.value for r in rates) * (1 + TABLE_SLACK),
    )
    for relation in (NOT_ABOVE, NOT_BELOW):
        verdict = relation.check(**values)
        if verdict.holds:
            continue
        implied_low = values["amount_low"] / values["equivalent_high"]
        implied_high = values["amount_high"] / values["equivalent_low"]
        off_by = max(implied_low / values["rate_high"], values["rate_low"] / implied_high)
        used = "; ".join(r.describe() for r in rates)
        return finding(
            f"{stated(amount)} is not {stated(equivalent)}: at the {base}/{quote} rate of "
            f"{conversion.on:%B %Y} ({format_number(rates[-1].value)} {quote} per {base}) it is about "
            f"{format_number(amount.quantity.value / rates[-1].value)} {base}",
            [amount, equivalent], verdict, severity="error" if off_by > ERROR_FACTOR else "warning",
            inputs={"rate": used, "date": conversion.on.isoformat(), "date from": conversion.date_basis},
            notes=[f"the arithmetic is in {quote} per {base}: the stated amounts against the rates in force, "
                   f"widened by {TABLE_SLACK:.0%} for the table's rounding",
                   f"rates in force: {_rate_range(rates, base, quote)}",
                   f"date: {_date_said(conversion)}, {conversion.date_basis}"])
    return None


def _date_said(conversion):
    stated_time = conversion.amount.time
    if conversion.date_basis != Conversion.PUBLISHED and stated_time is not None:
        return when(conversion.amount)  # "November 2024", "2004": the period as the sentence gives it
    return f"{conversion.on:%d %B %Y}"


def _rate_range(rates, base, quote):
    low, high = min(r.value for r in rates), max(r.value for r in rates)
    sources = sorted({r.source for r in rates})
    months = f"{rates[0].on:%Y-%m}" if len(rates) == 1 else f"{rates[0].on:%Y-%m} to {rates[-1].on:%Y-%m}"
    span = format_number(low) if low == high else f"{format_number(low)}–{format_number(high)}"
    return f"{span} {quote} per {base} ({', '.join(sources)}, {months})"
