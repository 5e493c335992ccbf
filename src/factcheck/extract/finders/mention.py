"""A numeric mention: where a number stands in its sentence, its interval, unit, qualifier and kind."""

from __future__ import annotations

import attrs

from factcheck.errors import ConversionError
from factcheck.units import compatible

APPROXIMATE_TOLERANCE = 0.10  # "about 3 million" allows 2.7 to 3.3 million


DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def unit_kind(unit: str) -> str:
    """The kind of figure a number in this unit (not a currency, not percent) makes."""
    return "change" if unit in {"percentage_point", "fold"} else "count" if unit == "dimensionless" else \
        "duration" if unit in DURATION_UNITS else "measurement"


def is_length(unit: str) -> bool:
    try:
        return unit != "dimensionless" and compatible(unit, "m")
    except ConversionError:  # a unit pint does not know ("shared:Rupee") is no length
        return False


SHARED = "shared:"  # the unit of "40m rupees" until the article's countries tell the currency: "shared:Rupee"


def shared_unit(name: str) -> str:
    return SHARED + name


@attrs.frozen
class Mention:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    kind: str
    direction: str | None = None
    out_of: float | None = None
    number_start: int = 0
    scale: float = 1.0  # the scale word applied ("million"): a range may state it once, at its end
    change_pair: bool = False  # the start or end of "from X to Y" next to a change verb
    half_unit: float = 0.5  # the rounding the digits allow, kept for ranges whose end is stated as a bound
    reversed_range: bool = False  # "between 64 and 50": stated high end first, read in order
