"""The one pint registry of factcheck, and conversion of claim quantities to base units.

Claims carry plain `(value, low, high, unit name)` records so they pickle and travel
between processes; pint is used here, at the edges, with cached `Unit` objects.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pint

from factcheck.errors import ConversionError
from factcheck.model import Quantity

UNITS_FILE = Path(__file__).parent / "data" / "units.txt"
# Each currency is a dimension of its own in units.txt ("USD = [currency_USD]"): read from there.
CURRENCIES = frozenset(re.findall(r"^([A-Z]{3}) = \[currency_\1\]", UNITS_FILE.read_text(encoding="utf-8"), re.M))


def _build_registry() -> pint.UnitRegistry:
    registry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=None)
    registry.load_definitions(str(UNITS_FILE))
    return registry


REGISTRY = _build_registry()


@lru_cache(maxsize=None)
def unit(name: str) -> pint.Unit:
    try:
        return REGISTRY.Unit(name)
    except (pint.errors.UndefinedUnitError, AttributeError, ValueError, TypeError) as error:
        raise ConversionError(f"unknown unit {name!r}") from error


@lru_cache(maxsize=None)
def base_factor(name: str) -> tuple[float, str]:
    """The factor that takes `name` to its base unit, and that base unit's name."""
    source = unit(name)
    base = REGISTRY.Quantity(1.0, source).to_base_units()
    return float(base.magnitude), str(base.units)


def is_currency(name: str) -> bool:
    return name in CURRENCIES


@lru_cache(maxsize=None)  # asked for pairs of claims; comparing pint dimensions is slow
def compatible(first: str, second: str) -> bool:
    """True when quantities in these units may be compared without outside information."""
    if first == second:
        return True
    if is_currency(first) or is_currency(second):
        return False
    return unit(first).dimensionality == unit(second).dimensionality


def to_base(quantity: Quantity) -> Quantity:
    """The same interval in the base unit of its dimension (Gbps to bit/s, km to m, % to 1)."""
    factor, base_name = base_factor(quantity.unit)
    if factor == 1.0 and base_name == quantity.unit:
        return quantity
    return quantity.scaled(factor, base_name)


def convert(quantity: Quantity, target: str) -> Quantity:
    if not compatible(quantity.unit, target):
        raise ConversionError(f"cannot convert {quantity.unit} to {target}")
    source_factor, _ = base_factor(quantity.unit)
    target_factor, _ = base_factor(target)
    return quantity.scaled(source_factor / target_factor, target)
