"""Rates: "60,000 barrels a day", "$5 per hour", "2 Mio. Tonnen pro Jahr", "300 тонн в сутки"; prices per
unit or per person: "$50 a barrel", "0,30 Euro je Aktie", "за унцию", "per capita".

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
TIME_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})  # the rest: per unit or person
_NOUN_WORDS = r"(?:\s{1,3}[^\W\d_][\w'’-]{0,30}){0,3}?"  # the figure's noun, if any, before the phrase


def per(text: str, start: int, end: int, kind: str, lexicon: Lexicon) -> str | None:
    """The span the figure at `start`..`end` is a rate per, or None for a stock: a rate phrase after it
    (its noun between), or right before it ("тәулігіне 250 тонна", "täglich 250 Tonnen")."""
    if kind not in RATE_KINDS or not lexicon.rates:
        return None
    match = _rates_patterns(lexicon)["after_noun"].match(text, end)
    if match:
        return _span_of(match, lexicon)
    before = span_before(text, start, lexicon)
    return before[0] if before else None


def span_before(text: str, start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The span of a rate phrase written right before the figure at `start`, and where the phrase starts."""
    if not lexicon.rates or not _a_last_word_before(text, start, lexicon):
        return None
    match = _rates_patterns(lexicon)["before"].search(text, max(0, start - 40), start)
    return (_span_of(match, lexicon), match.start()) if match else None


def _a_last_word_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word right before the figure (and one or two spaces) may end a rate phrase: the test
    that spares most figures the search of the phrases."""
    before = text[max(0, start - 32):start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and folded(words[-1]).endswith(_last_words(lexicon))


@lru_cache(maxsize=None)
def _last_words(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple({phrase.split()[-1] for phrase in lexicon.rates})


def span_after(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "25 метров в секунду", "120 Kilometern pro Stunde": the span of time a rate phrase right after a
    unit divides it by, and where the phrase ends."""
    match = _rates_patterns(lexicon)["adjacent"].match(text, end) if lexicon.rates else None
    return (_span_of(match, lexicon), match.end()) if match else None


def _span_of(match: re.Match, lexicon: Lexicon) -> str:
    return lexicon.rates[" ".join(folded(match.group("phrase")).split())]


@lru_cache(maxsize=None)
def _rates_patterns(lexicon: Lexicon) -> dict[str, re.Pattern]:
    """The rate phrases after the figure's noun, right after a unit, and right before the figure."""
    phrases = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split()))
                       for phrase in sorted(lexicon.rates, key=len, reverse=True))
    return {"after_noun": re.compile(rf"{_NOUN_WORDS}[\s,]{{1,3}}(?P<phrase>{phrases})(?![^\W\d_])", re.IGNORECASE),
            "adjacent": re.compile(rf"[ \u00a0]{{1,2}}(?P<phrase>{phrases})(?![^\W\d_])", re.IGNORECASE),
            "before": re.compile(rf"(?<![^\W\d_])(?P<phrase>{phrases})[ \u00a0]{{1,2}}\Z", re.IGNORECASE)}
