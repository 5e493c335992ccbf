"""Time expressions in a sentence, resolved to inclusive date intervals.

"as of May 2024", "by August", "since 2023", "in the third quarter of 2024", "late 2024",
"from January to November 2024". A month without a year takes the year the document was
last talking about (`context_year`), else the publication year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

import attrs

from factcheck.extract.lexicon import Lexicon, alternation
from factcheck.model import TimeSpan

YEAR = r"(?:1[89]\d\d|20\d\d|2100)"


@attrs.frozen
class TimeMention:
    start: int
    end: int
    span: TimeSpan | None  # None when the year could not be resolved
    preposition: str = ""


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen
class TimePatterns:
    lexicon: Lexicon
    pattern: re.Pattern

    def find(self, sentence: str, *, context_year: int | None, published: date | None) -> list[TimeMention]:
        if not _DIGIT.search(sentence) and not _month_words(self.lexicon).search(sentence):
            return []  # perf: every time expression has a digit or a month name; most sentences have neither
        mentions = []
        for match in self.pattern.finditer(sentence):
            resolved = self._resolve(_groups(match), context_year, published)
            if resolved is None and not match.group("month_only"):
                continue
            preposition = (match.group("prep") or "").casefold().strip()
            span = _apply_preposition(resolved, preposition, published, match.group(0).strip())
            mentions.append(TimeMention(match.start("body"), match.end(), span, preposition))
        return mentions

    def _resolve(self, groups: dict, context_year: int | None, published: date | None) -> tuple | None:
        months = self.lexicon.months
        if groups["full_month"]:
            year = int(groups["full_year"])
            month = months[groups["full_month"].casefold().rstrip(".")]
            day = int(groups["full_day"] or groups["full_day2"])
            if day > calendar.monthrange(year, month)[1]:
                return None
            return date(year, month, day), date(year, month, day)
        if groups["range_first"]:
            year = int(groups["range_year"])
            first = months[groups["range_first"].casefold().rstrip(".")]
            last = months[groups["range_last"].casefold().rstrip(".")]
            if last < first:
                return None
            return date(year, first, 1), month_end(year, last)
        if groups["years_first"]:
            first, last = int(groups["years_first"]), int(groups["years_last"])
            if last < first:
                return None
            return date(first, 1, 1), date(last, 12, 31)
        if groups["quarter"]:
            year = int(groups["quarter_year"])
            quarter = self.lexicon.quarters[groups["quarter"].casefold()]
            return date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
        if groups["part"]:
            year = int(groups["part_year"])
            first, last = self.lexicon.year_parts[_part_key(groups["part"])]
            return date(year, first, 1), month_end(year, last)
        if groups["month"]:
            month = months[groups["month"].casefold().rstrip(".")]
            year = int(groups["month_year"])
            return date(year, month, 1), month_end(year, month)
        if groups["year"]:
            year = int(groups["year"])
            return date(year, 1, 1), date(year, 12, 31)
        if groups["month_only"]:
            month = months[groups["month_only"].casefold().rstrip(".")]
            year = _year_for_month(month, context_year, published)
            if year is None:
                return None
            day = groups["month_only_day"]
            if day and 1 <= int(day) <= calendar.monthrange(year, month)[1]:
                return date(year, month, int(day)), date(year, month, int(day))
            return date(year, month, 1), month_end(year, month)
        return None


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=None)
def _month_words(lexicon: Lexicon) -> re.Pattern:
    return re.compile(alternation(lexicon.months, word=False), re.IGNORECASE)


def _part_key(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


def _year_for_month(month: int, context_year: int | None, published: date | None) -> int | None:
    if context_year is not None:
        return context_year
    if published is not None:
        return published.year if month <= published.month else published.year - 1
    return None


def _apply_preposition(resolved, preposition: str, published: date | None, text: str) -> TimeSpan | None:
    if resolved is None:
        return None
    start, end = resolved
    if preposition == "since":
        until = published if published and published >= start else end
        return TimeSpan(start, until, text, "since")
    return TimeSpan(start, end, text, "point")


@lru_cache(maxsize=None)
def time_patterns(lexicon: Lexicon) -> TimePatterns:
    month = alternation(lexicon.months, word=True, suffix=r"\.?")
    part = alternation(lexicon.year_parts, word=False)
    ordinal = alternation(lexicon.quarters, word=True)
    prep = r"(?P<prep>\b(?:since|by|as of|as at|until|till|through|in|on|during|from|at|before|after|for|of)\s+(?:the\s+)?)?"
    body = "|".join([
        rf"(?P<full_month>{month})\s+(?P<full_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<full_year>{YEAR})",
        rf"(?P<full_day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<full_month2>{month})\s+(?P<full_year2>{YEAR})",
        rf"(?P<range_first>{month})\s*(?:-|–|—|to|through|and)\s*(?P<range_last>{month}),?\s+(?P<range_year>{YEAR})",
        rf"(?P<years_first>{YEAR})\s*(?:-|–|—|to|and)\s*(?P<years_last>{YEAR})\b",
        rf"(?P<quarter>{ordinal})\s+quarter\s+(?:of\s+)?(?P<quarter_year>{YEAR})",
        rf"\bQ(?P<quarter_digit>[1-4])\s+(?P<quarter_digit_year>{YEAR})",
        rf"(?P<part>{part})[\s-]*(?P<part_year>{YEAR})\b",
        rf"(?P<month>{month}),?\s+(?P<month_year>{YEAR})\b",
        rf"(?P<month_only>{month})(?:\s+(?P<month_only_day>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?!\s*\d)",
        rf"(?<![\d,.$€₸£])\b(?P<year>{YEAR})\b(?!\s*(?:%|percent|per cent|[.,]\d))",
    ])
    return TimePatterns(lexicon, re.compile(rf"{prep}(?P<body>{body})", re.IGNORECASE))


_QUARTER_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _groups(match: re.Match) -> dict:
    """Named groups, with the alternative spellings ("12 March 2024", "Q3 2024") folded into the long forms."""
    groups = match.groupdict()
    groups["full_month"] = groups["full_month"] or groups["full_month2"]
    groups["full_year"] = groups["full_year"] or groups["full_year2"]
    if groups["quarter_digit"]:
        groups["quarter"] = _QUARTER_WORDS[groups["quarter_digit"]]
        groups["quarter_year"] = groups["quarter_digit_year"]
    return groups
