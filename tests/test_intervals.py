"""Interval laws of Quantity: the arithmetic every rule relies on."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Quantity

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-6, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def quantities(draw):
    a, b = sorted((draw(finite), draw(finite)))
    low = draw(st.one_of(st.none(), st.just(a)))
    high = draw(st.one_of(st.none(), st.just(b)))
    value = a if low is not None else (b if high is not None else draw(finite))
    return Quantity(value, low, high)


@given(quantities(), quantities())
def test_overlap_is_symmetric(first, second):
    assert first.overlaps(second) == second.overlaps(first)


@given(quantities())
def test_an_interval_overlaps_itself(quantity):
    assert quantity.overlaps(quantity)


@given(quantities(), quantities(), positive)
def test_scaling_both_sides_keeps_the_verdict(first, second, factor):
    assert first.overlaps(second) == first.scaled(factor).overlaps(second.scaled(factor))


@given(quantities(), finite)
def test_contains_agrees_with_bounds(quantity, number):
    if quantity.lower < number < quantity.upper:
        assert quantity.contains(number)


def test_unbounded_sides_are_infinite():
    over = Quantity(12.5e6, 12.5e6, None)
    assert over.upper == math.inf and over.lower == 12.5e6
    assert over.overlaps(Quantity(12.5e6, 12.45e6, 12.55e6))
    assert not Quantity(3.6e6, 3.55e6, 3.65e6).overlaps(Quantity(6.3e6, 6.25e6, 6.35e6))


def test_empty_interval_is_refused():
    with pytest.raises(ValueError):
        Quantity(1, 2, 1)
