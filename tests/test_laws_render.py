"""Every style a renderer writes an amount in extracts to the same interval (in base units)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.segment import segment
from factcheck.testing import amounts, claims, documents, quantities, renderer, to_documents
from factcheck.testing.render import Amount, ordinal
from factcheck.units import to_base


def _intervals(generated, style):
    (document,) = to_documents([generated], style=style)
    claims = extract_document(document, segment(document)).claims
    return [(to_base(c.quantity).lower, to_base(c.quantity).upper, c.kind) for c in claims]


def _close(first, second):
    return len(first) == len(second) and all(
        a[2] == b[2] and abs(a[0] - b[0]) <= 1e-9 * max(1, abs(a[0])) and abs(a[1] - b[1]) <= 1e-9 * max(1, abs(a[1]))
        for a, b in zip(first, second, strict=True))


@settings(max_examples=60)
@given(documents())
def test_every_style_states_the_same_interval(generated):
    writer = renderer(generated.language)
    (amount,) = generated.amounts()
    reference = _intervals(generated, 0)
    assert len(reference) == 1, f"{generated.text(0)!r} gave {reference}"
    for style in range(1, writer.styles(amount)):
        assert _close(_intervals(generated, style), reference), (generated.text(0), generated.text(style))


@given(amounts())
def test_amounts_render_in_every_style(amount):
    writer = renderer("en")
    texts = [writer.render(amount, style) for style in range(writer.styles(amount))]
    assert all(any(ch.isdigit() for ch in text) or "fold" in text for text in texts)
    assert len(set(texts)) == len(texts)


@given(st.integers(1, 10_000))
def test_ordinals(number):
    written = ordinal(number)
    assert written.startswith(str(number)) and written[-2:] in {"st", "nd", "rd", "th"}
    assert ordinal(11) == "11th" and ordinal(22) == "22nd" and ordinal(103) == "103rd"


def test_amount_kinds_are_checked():
    import pytest

    with pytest.raises(ValueError):
        Amount(1, "colour")


@given(claims())
def test_generated_claims_are_valid_records(claim):
    record = claim.to_dict()
    assert record["kind"] == claim.kind and record["span"]["end"] >= record["span"]["start"]
    if claim.quantity.low is not None and claim.quantity.high is not None:
        assert claim.quantity.low <= claim.quantity.high


@given(quantities(unit="percent"))
def test_generated_quantities_are_intervals(quantity):
    assert quantity.lower <= quantity.upper and quantity.unit == "percent"
