"""The basis of a change: the span it compares over ("in the month", "year on year", "over the past
year", "gegenüber dem Vorjahr", "в годовом выражении").

A 1.2% rise "in the month" and an 8% rise "for the year" are different changes even where the
text gives no date; `factcheck.identity` never compares changes on different bases. The phrases
are data: the `[bases]` table of each lexicon maps a phrase to "week", "month", "quarter" or
"year". The phrase nearest the figure in its sentence is its basis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import folded

BASES = ("week", "month", "quarter", "year")


def basis(text: str, start: int, end: int, kind: str, lexicon: Lexicon) -> str | None:
    """The basis of the change at text[start:end], or None (a figure of another kind has none)."""
    pattern = _bases_pattern(lexicon)
    if kind != "change" or pattern is None:
        return None
    nearest = min(pattern.finditer(text), default=None,
                  key=lambda match: match.start() - end if match.start() >= end else start - match.end())
    return lexicon.bases[_key(nearest.group(0))] if nearest else None


def past_basis(text: str, position: int, lexicon: Lexicon) -> int:
    """ "a 0.2% rise in month-on-month output": the position after a basis phrase that opens a noun phrase
    at `position` (a basis is when, never what, a change measures), else `position` itself."""
    pattern = _bases_pattern(lexicon)
    match = pattern.match(text, position) if pattern else None
    return match.end() if match else position


def _key(phrase: str) -> str:
    return " ".join(folded(phrase).replace("-", " ").split())


@lru_cache(maxsize=None)
def _bases_pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.bases:
        return None
    phrases = sorted(lexicon.bases, key=len, reverse=True)
    alternatives = "|".join(r"[\s-]{1,3}".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
