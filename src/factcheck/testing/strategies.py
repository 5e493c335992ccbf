"""Hypothesis strategies for factcheck's records: quantities, claims, amounts and documents.

Everything generated satisfies the records' validators by construction and shrinks towards
small, plain values (exact counts, no time, no scope).
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from factcheck.model import KINDS, Claim, Quantity, Span, TimeSpan
from factcheck.testing.render import RENDERERS, Amount
from factcheck.testing.scenarios import GeneratedDocument

SCALES = (1.0, 1e3, 1e6, 1e9)


@st.composite
def quantities(draw, *, unit: str = "dimensionless", max_value: float = 1e12) -> Quantity:
    """An interval as the extractor makes them: exact, rounded, bounded on one side, or a range."""
    value = draw(st.floats(0, max_value, allow_nan=False, allow_infinity=False))
    half = draw(st.sampled_from((0.0, 0.5, 0.05, value * 0.1)))
    shape = draw(st.sampled_from(("exact", "rounded", "lower", "upper", "range")))
    if shape == "exact":
        return Quantity.exact(value, unit)
    if shape == "rounded":
        return Quantity(value, value - half, value + half, unit)
    if shape == "lower":
        return Quantity(value, value, None, unit)
    if shape == "upper":
        return Quantity(value, None, value, unit)
    high = draw(st.floats(value, max(value, max_value), allow_nan=False, allow_infinity=False))
    return Quantity(value, value, high, unit)


@st.composite
def time_spans(draw) -> TimeSpan:
    start = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    end = draw(st.dates(start, date(2030, 12, 31)))
    return TimeSpan(start, end, basis=draw(st.sampled_from(("point", "since"))))


@st.composite
def claims(draw, *, kind: str | None = None, document: str = "d1") -> Claim:
    """A Claim record with a consistent span and optional measure, time and direction."""
    chosen = kind or draw(st.sampled_from(KINDS))
    unit = {"share": "percent", "money": "USD", "change": "percent", "rank": "rank", "score": "point"}.get(
        chosen, "dimensionless")
    start = draw(st.integers(0, 10_000))
    text = draw(st.sampled_from(("12", "3.5 million", "25%", "$1,200", "66th", "12 / 25")))
    return Claim(
        id=f"{document}:c{draw(st.integers(1, 999))}", document=document, text=text,
        span=Span(start, start + len(text), draw(st.integers(1, 500)), draw(st.integers(1, 200))),
        sentence=text, quantity=draw(quantities(unit=unit)),
        qualifier=draw(st.sampled_from(("exact", "lower", "upper", "approximate", "range"))), kind=chosen,
        measure=draw(st.none() | st.sampled_from(("school", "user", "fine"))),
        time=draw(st.none() | time_spans()),
        direction=draw(st.sampled_from(("up", "down"))) if chosen == "change" else None,
    )


@st.composite
def amounts(draw, *, kind: str | None = None) -> Amount:
    """A number slot any renderer can write in all its styles."""
    chosen = kind or draw(st.sampled_from(("count", "percent", "points", "money", "measurement")))
    if chosen == "count":
        scale = draw(st.sampled_from(SCALES[:3]))
        decimals = 0 if scale == 1.0 else draw(st.integers(0, 2))
        mantissa = draw(st.integers(1, 999_999 if scale == 1.0 else 999))
        step = 10 ** -decimals
        return Amount(round(mantissa * step, decimals) * scale if scale != 1.0 else mantissa, "count",
                      decimals, scale)
    if chosen in {"percent", "points"}:
        decimals = draw(st.integers(0, 1))
        return Amount(draw(st.integers(1, 999)) / 10 ** decimals, chosen, decimals)
    if chosen == "money":
        scale = draw(st.sampled_from(SCALES))
        decimals = 0 if scale == 1.0 else draw(st.integers(0, 1))
        mantissa = draw(st.integers(1, 9_999 if scale == 1.0 else 999)) / 10 ** decimals
        return Amount(mantissa * scale, "money", decimals, scale, draw(st.sampled_from(("USD", "KZT", "EUR"))))
    decimals = draw(st.integers(1, 2))
    return Amount(draw(st.integers(10, 9_999)) / 10 ** decimals, "measurement", decimals, unit="Mbps")


def documents(*, languages: tuple[str, ...] | None = None):
    """A short generated document with one amount, in any language that has a renderer."""
    templates = {"en": (("In 2023 the operator reported ", " at its sites."),
                        ("According to the ministry, the figure stood at ", " in March 2024."),
                        ("Officials said on Monday that ", " had been recorded by the end of 2022."))}
    usable = [language for language in (languages or tuple(RENDERERS)) if language in templates]

    @st.composite
    def build(draw) -> GeneratedDocument:
        language = draw(st.sampled_from(usable))
        before, after = draw(st.sampled_from(templates[language]))
        published = draw(st.dates(date(2024, 1, 1), date(2024, 12, 31)))
        return GeneratedDocument((before, draw(amounts()), after), published, language)

    return build()
