"""The rule author's helpers: the time sweep finds exactly the pairs an all-pairs comparison finds."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rulekit import disagreeing_in_overlapping_periods, lower, upper
from factcheck.testing.strategies import claims, quantities, time_spans
from factcheck.units import compatible


@st.composite
def dated_claims(draw, index: int):
    unit = draw(st.sampled_from(("dimensionless", "percent", "USD", "KZT", "km", "m")))
    claim = draw(claims(kind="count", document=f"d{draw(st.integers(1, 4))}"))
    return attrs.evolve(claim, id=f"c{index}", quantity=draw(quantities(unit=unit, max_value=100)),
                        time=draw(time_spans()), scope=draw(st.sampled_from((None, "Kazakhstan", "Akmola region"))))


@st.composite
def claim_lists(draw):
    size = draw(st.integers(0, 25))
    return [draw(dated_claims(index)) for index in range(size)]


def all_pairs(found):
    ordered = sorted(found, key=lambda c: (c.time.start, c.document, c.span.start))
    return {(earlier.id, later.id)
            for position, later in enumerate(ordered) for earlier in ordered[:position]
            if earlier.time.end >= later.time.start and earlier.scope == later.scope
            and compatible(earlier.quantity.unit, later.quantity.unit)
            and (upper(earlier) < lower(later) or lower(earlier) > upper(later))}


@settings(max_examples=300, deadline=None)
@given(found=claim_lists())
def test_sweep_finds_what_all_pairs_find(found):
    swept = [(earlier.id, later.id) for earlier, later in disagreeing_in_overlapping_periods(found)]
    assert len(swept) == len(set(swept))
    assert set(swept) == all_pairs(found)
