"""Dated currency conversion through the rate table in `claims/reference/`.

A conversion always names its date; there is no "current" rate. For a date we take the
last published rate on or before it (bisect over the sorted dates of that pair).
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections import defaultdict
from datetime import date
from pathlib import Path

import attrs

from factcheck.bundled import reference_dir
from factcheck.errors import ConversionError, InputError

PIVOT = "USD"


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


class RateTable:
    """Rates per (base, quote) pair; inverse and cross rates through USD are derived."""

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
        path = path or reference_dir() / "exchange_rates.csv"
        rows = []
        with open(path, encoding="utf-8", newline="") as handle:
            for line_number, record in enumerate(csv.DictReader(handle), start=2):
                try:
                    rows.append((date.fromisoformat(record["date"]), record["base"].strip(),
                                 record["quote"].strip(), float(record["rate"]), record["source"].strip()))
                except (KeyError, TypeError, ValueError) as error:
                    raise InputError(f"bad rate row: {error}", path=str(path), line=line_number,
                                     expected="date,base,quote,rate,source") from error
        return cls(rows)

    def currencies(self) -> set[str]:
        return {code for pair in self._series for code in pair}

    def _direct(self, base: str, quote: str, on: date) -> Rate | None:
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

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """The rate in force on `on`: 1 base = value quote."""
        if base == quote:
            return Rate(base, quote, 1.0, on, "identity")
        direct = self._direct(base, quote, on)
        if direct is not None:
            return direct
        to_pivot, from_pivot = self._direct(base, PIVOT, on), self._direct(PIVOT, quote, on)
        if to_pivot is None or from_pivot is None:
            raise ConversionError(f"no {base}/{quote} rate on or before {on.isoformat()}")
        return Rate(base, quote, to_pivot.value * from_pivot.value, min(to_pivot.on, from_pivot.on),
                    f"{to_pivot.source}+{from_pivot.source}")

    def rates_between(self, base: str, quote: str, start: date, end: date) -> list[Rate]:
        """Every rate in force at some moment from `start` to `end`, in date order."""
        dates = self._dates_for(base, quote)
        later = dates[bisect_right(dates, start):bisect_right(dates, end)]  # start < on <= end, by bisection
        return [self.rate(base, quote, start), *(self.rate(base, quote, on) for on in later)]

    def _dates_for(self, base: str, quote: str) -> list[date]:
        """Every date on which a rate for base/quote (direct, inverse or through USD) was published."""
        key = (base, quote)
        if key not in self._dates_cache:
            self._dates_cache[key] = self._collect_dates(base, quote)
        return self._dates_cache[key]

    def _collect_dates(self, base: str, quote: str) -> list[date]:
        dates: set[date] = set()
        for code in (base, quote):
            for pair in ((code, PIVOT), (PIVOT, code)):
                if pair in self._series:
                    dates.update(self._series[pair].dates)
        if (base, quote) in self._series:
            dates.update(self._series[(base, quote)].dates)
        if (quote, base) in self._series:
            dates.update(self._series[(quote, base)].dates)
        return sorted(dates)
