"""Rates: "60,000 barrels a day", "$5 per hour", "2 Mio. Tonnen pro Jahr", "300 тонн в сутки".

A flow per unit of time is not a stock: "a field thought to hold a billion barrels" and a target
of "60,000 barrels a day" count the same barrels but are never compared. The phrase belongs to
the figure's unit; the claim keeps it as `per` ("day", "week", "month", "year", "hour"), and
`factcheck.identity` treats a rate and a stock, or two rates per different spans, as different
things. The phrases are data: the `[rates]` table of each lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import folded

RATE_KINDS = frozenset({"count", "money", "measurement"})
_NOUN_WORDS = r"(?:\s{1,3}[^\W\d_][\w'’-]{0,30}){0,3}?"  # the figure's noun, if any, before the phrase


def per(text: str, start: int, end: int, kind: str, lexicon: Lexicon) -> str | None:
    """The span the figure at `start`..`end` is a rate per, or None for a stock: a rate phrase after it
    (its noun between), or right before it ("тәулігіне 250 тонна", "täglich 250 Tonnen")."""
    pattern = _rates_pattern(lexicon)
    if kind not in RATE_KINDS or pattern is None:
        return None
    match = pattern.match(text, end)
    if match:
        return lexicon.rates[" ".join(folded(match.group("phrase")).split())]
    before = span_before(text, start, lexicon)
    return before[0] if before else None


def span_before(text: str, start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The span of a rate phrase written right before the figure at `start`, and where the phrase starts."""
    pattern = _rates_before_pattern(lexicon)
    match = pattern.search(text, max(0, start - 40), start) if pattern is not None else None
    return (lexicon.rates[" ".join(folded(match.group("phrase")).split())], match.start()) if match else None


@lru_cache(maxsize=None)
def _rates_pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.rates:
        return None
    phrases = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split()))
                       for phrase in sorted(lexicon.rates, key=len, reverse=True))
    return re.compile(rf"{_NOUN_WORDS}[\s,]{{1,3}}(?P<phrase>{phrases})(?![^\W\d_])", re.IGNORECASE)


def span_after(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "25 метров в секунду", "120 Kilometern pro Stunde": the span of time a rate phrase right after a
    unit divides it by, and where the phrase ends."""
    pattern = _adjacent_rates_pattern(lexicon)
    match = pattern.match(text, end) if pattern is not None else None
    return (lexicon.rates[" ".join(folded(match.group("phrase")).split())], match.end()) if match else None


@lru_cache(maxsize=None)
def _adjacent_rates_pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.rates:
        return None
    phrases = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split()))
                       for phrase in sorted(lexicon.rates, key=len, reverse=True))
    return re.compile(rf"[ \u00a0]{{1,2}}(?P<phrase>{phrases})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _rates_before_pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.rates:
        return None
    phrases = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split()))
                       for phrase in sorted(lexicon.rates, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?P<phrase>{phrases})[ \u00a0]{{1,2}}\Z", re.IGNORECASE)
