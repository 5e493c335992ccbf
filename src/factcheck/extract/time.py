"""Time expressions in a sentence, resolved to inclusive date intervals.

"as of May 2024", "by August", "since 2023", "in the third quarter of 2024", "late 2024",
"from January to November 2024". A month without a year takes the year the document was
last talking about (`context_year`), else the year of its last occurrence by the publication date
("December" in an article of January 2005 is December 2004).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

import attrs

from factcheck.extract.lexicon import Lexicon, folded_key
from factcheck.extract.text_words import LETTER_RUN, NEXT_WORD, alternation, folded, folded_runs, initials
from factcheck.extract.time_pieces import (
    YEAR,
    Pieces,
    either,
    expression_bodies,
    time_words,
    year_word,
)
from factcheck.model import TimeSpan

# Four digits before this year are a year only where the text says so: "in 1450", "between 1450 and
# 1520", "1450 года", "March 1450"; a bare "1450" is an amount.
MODERN_YEARS = 1800


@attrs.frozen
class TimeMention:
    start: int
    end: int
    span: TimeSpan | None  # None when the year could not be resolved
    preposition: str = ""
    month: int | None = None  # a month named without a year that could not be placed ("in December")


def relative_periods(sentence: str, lexicon: Lexicon) -> list[TimeMention]:
    """ "the following year", "a year later", "im folgenden Jahr": a period stated relative to another one,
    which this reading does not place in time (the lexicon's `time.words.relative`)."""
    pattern, words = _relative_pattern(lexicon)
    if pattern is None or words.isdisjoint(folded_runs(sentence)):
        return []
    return [TimeMention(match.start(), match.end(), None) for match in pattern.finditer(sentence)]


@lru_cache(maxsize=None)
def _relative_pattern(lexicon: Lexicon) -> tuple[re.Pattern | None, frozenset]:
    phrases = lexicon.time_words.get("relative", [])
    if not phrases:
        return None, frozenset()
    words = frozenset(folded(run) for phrase in phrases for run in LETTER_RUN.findall(phrase)[-1:])
    longest_first = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split())) for phrase in longest_first)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE), words


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen
class TimePatterns:
    lexicon: Lexicon
    pattern: re.Pattern

    def find(self, sentence: str, *, context_year: int | None, published: date | None) -> list[TimeMention]:
        mentions = []
        for match in self._matches(sentence):
            groups = _groups(match)
            resolved = self._resolve(groups, context_year, published)
            if resolved is None and not groups["month_only"] or not self._a_year_here(sentence, match, resolved):
                continue
            preposition = folded(match.group("prep") or "").strip()
            since = frozenset() if _states_its_end(groups) else _since_words(self.lexicon)
            span = _apply_preposition(resolved, preposition, published, match.group(0).strip(), since)
            month = self._month(groups["month_only"]) if span is None and preposition not in _since_words(
                self.lexicon) else None
            mentions.append(TimeMention(match.start("body"), match.end(), span, preposition, month))
        return mentions

    def _a_year_here(self, sentence: str, match: re.Match, resolved: tuple | None) -> bool:
        """Whether the text marks old four digits as a year: a preposition (other than a change's
        "by"), "between", a month or a word for "year", and no word after them but a function word
        ("in 1450 the", not "in 1500 stores"); years since 1800 need none."""
        if resolved is None or resolved[0].year >= MODERN_YEARS:
            return True
        following = NEXT_WORD.match(sentence, match.end())
        if following and folded(following.group(1)) not in self.lexicon.stopwords:
            return False  # "at 1115 pence", "in 1500 stores": a count
        preposition = folded(match.group("prep") or "").strip()
        if preposition and preposition not in map(folded, self.lexicon.by_words):
            return True
        between = self.lexicon.range_words.get("between", ())
        before = folded(sentence[max(0, match.start() - 20):match.start()]).split()
        connectors = set(map(folded, time_words(self.lexicon, "year_range")))
        words = {folded(run) for run in LETTER_RUN.findall(match.group("body"))}
        return bool(before and before[-1] in map(folded, between)) or not words <= connectors

    def _matches(self, sentence: str) -> Iterator[re.Match]:
        """The pattern's matches, tried only near years and month names.

        Every time expression holds a year or a month name and none is longer than `_REACH`
        before or after it, so windows around them hold every match a scan of the whole sentence
        finds, at a fraction of the cost: most sentences have neither. A match also starts a word
        and starts no later than the last of its window's anchors, so only those words are tried.
        """
        anchors = [m.span() for m in _YEAR_DIGITS.finditer(sentence)]
        if _may_name_a_month(sentence, self.lexicon):
            anchors += [m.span() for m in _month_words(self.lexicon).finditer(sentence)]
        for low, high, last_anchor in _merged_windows(sorted(anchors), len(sentence)):
            resume = low
            for word in _WORD_START.finditer(sentence, low, last_anchor + 1):
                if word.start() >= resume and (match := self.pattern.match(sentence, word.start(), high)):
                    resume = match.end()
                    yield match

    def _month(self, text: str) -> int:
        """The month of a month name, also when it carries a case ending ("қарашада", "сәуірде")."""
        months = self.lexicon.months
        key = folded(text).rstrip(".")
        for ending in ("", *sorted(self.lexicon.inflections, key=len, reverse=True)):
            if key.endswith(ending) and (name := folded_key(months, key[: len(key) - len(ending)])) is not None:
                return months[name]
        raise KeyError(text)

    def _resolve(self, groups: dict, context_year: int | None, published: date | None) -> tuple | None:
        """The first and last day the matched expression names; None for no such span ("31 April")."""
        if groups["month_only"]:
            return self._month_alone(groups, context_year, published)
        resolve = next((resolve for name, resolve in _RESOLVERS if groups[name]), None)
        return resolve(self, groups) if resolve else None

    def _full_date(self, groups: dict) -> tuple | None:
        year, month = int(groups["full_year"]), self._month(groups["full_month"])
        day = int(groups["full_day"] or groups["full_day2"])
        first = int(groups.get("full_first") or day)
        if not 1 <= first <= day <= calendar.monthrange(year, month)[1]:  # "0 June", "31 April": no such day
            return None
        return date(year, month, first), date(year, month, day)

    def _month_range(self, groups: dict) -> tuple | None:
        year = int(groups["range_year"])
        first, last = self._month(groups["range_first"]), self._month(groups["range_last"])
        return None if last < first else (date(year, first, 1), month_end(year, last))

    def _quarter(self, groups: dict) -> tuple:
        year = int(groups["quarter_year"])
        written, quarters = groups["quarter"], self.lexicon.quarters
        quarter = int(written) if written.isdigit() else quarters[folded_key(quarters, written)]
        return date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)

    def _year_part(self, groups: dict) -> tuple:
        year = int(groups["part_year"])
        first, last = self.lexicon.year_parts[folded_key(self.lexicon.year_parts, _part_key(groups["part"]))]
        return date(year, first, 1), month_end(year, last)

    def _month_of_year(self, groups: dict) -> tuple:
        month, year = self._month(groups["month"]), int(groups["month_year"])
        return date(year, month, 1), month_end(year, month)

    def _month_alone(self, groups: dict, context_year: int | None, published: date | None) -> tuple | None:
        month = self._month(groups["month_only"])
        year = _year_for_month(month, context_year, published)
        if year is None:
            return None
        days_in_month = calendar.monthrange(year, month)[1]
        first, last = groups["month_only_day"], groups.get("month_only_last") or groups["month_only_day"]
        if first and 1 <= int(first) <= int(last) <= days_in_month:  # "August 12", "Aug. 12-15"
            return date(year, month, int(first)), date(year, month, int(last))
        return date(year, month, 1), month_end(year, month)


def _year_range(_: TimePatterns, groups: dict) -> tuple | None:
    first = int(groups["years_first"])
    if groups.get("years_short"):  # "2026-27", "1973-90"; "1999-00" rolls over the century, "2026-20" is none
        last = first // 100 * 100 + int(groups["years_short"])
        last += 100 if last < first and first % 100 >= 90 else 0
        return (date(first, 1, 1), date(last, 12, 31)) if last > first else None
    last = int(groups["years_last"])
    return None if last < first else (date(first, 1, 1), date(last, 12, 31))


def _year(_: TimePatterns, groups: dict) -> tuple:
    year = int(groups["year"])
    return date(year, 1, 1), date(year, 12, 31)


# The group each kind of expression sets when it matches, and how its span is read.
_RESOLVERS = (("full_month", TimePatterns._full_date), ("range_first", TimePatterns._month_range),
              ("years_first", _year_range), ("quarter", TimePatterns._quarter), ("part", TimePatterns._year_part),
              ("month", TimePatterns._month_of_year), ("year", _year))


# A year is never part of a longer number; the digits before it are looked at after them, which lets the
# scan skip ahead to the next "1" or "2" (a pattern opening with a lookbehind is tried at every position).
_YEAR_DIGITS = re.compile(rf"{YEAR}(?<!\d\d{{4}})(?!\d)")
_WORD_START = re.compile(r"\w+")  # where the pattern's opening "\b" can hold
# Far enough for "in the third quarter of" before a year, or "2024 жылдың үшінші тоқсанында" after one.
_REACH = 80


def _merged_windows(anchors: list[tuple[int, int]], length: int) -> list[tuple[int, int, int]]:
    """(start, end, start of the last anchor) of the windows around the anchors, overlapping ones merged."""
    windows: list[list[int]] = []
    for start, end in anchors:
        low, high = max(0, start - _REACH), min(length, end + _REACH)
        if windows and low <= windows[-1][1]:
            windows[-1][1], windows[-1][2] = max(windows[-1][1], high), max(windows[-1][2], start)
        else:
            windows.append([low, high, start])
    return [(low, high, last) for low, high, last in windows]


@lru_cache(maxsize=None)
def _month_words(lexicon: Lexicon) -> re.Pattern:
    """Month names as the time pattern reads them: whole words, with a case ending or a dot at most
    ("Mar." and "March", not "market"; "қарашада")."""
    suffix = f"(?:{alternation(lexicon.inflections, word=False)})?" if lexicon.inflections else ""
    return re.compile(rf"\b{alternation(lexicon.months, word=False)}{suffix}\.?(?!\w)", re.IGNORECASE)


def _may_name_a_month(sentence: str, lexicon: Lexicon) -> bool:
    """False when `_month_words` cannot match: a set test of the sentence's words, where the
    pattern's alternation would be tried at every word. Languages that inflect month names
    ("қарашада") always go to the pattern."""
    months = _folded_month_names(lexicon)
    return months is None or not months.isdisjoint(folded_runs(sentence))


@lru_cache(maxsize=None)
def _folded_month_names(lexicon: Lexicon) -> frozenset[str] | None:
    """The month names as `folded_runs` would give them, or None if a run cannot hold one."""
    if lexicon.inflections or not all(LETTER_RUN.fullmatch(name) for name in lexicon.months):
        return None
    return frozenset(map(folded, lexicon.months))


def _part_key(text: str) -> str:
    return " ".join(folded(text).replace("-", " ").split())



def _states_its_end(groups: dict) -> bool:
    """ "с 11 по 14 апреля", "з 2010 по 2015 рік": a range names its own end; "с"/"з" is "from" there,
    not "since"."""
    return any(groups.get(name) for name in ("full_first", "dm_first", "years_first", "range_first"))


def _year_for_month(month: int, context_year: int | None, published: date | None) -> int | None:
    if context_year is not None:
        return context_year
    if published is not None:
        return published.year if month <= published.month else published.year - 1
    return None


def _apply_preposition(resolved, preposition: str, published: date | None, text: str,
                       since: frozenset = frozenset({"since"})) -> TimeSpan | None:
    if resolved is None:
        return None
    start, end = resolved
    if preposition in since:
        until = published if published and published >= start else end
        return TimeSpan(start, until, text, "since")
    return TimeSpan(start, end, text, "point")




@lru_cache(maxsize=None)  # asked for every time expression found
def _since_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(map(folded, time_words(lexicon, "since")))


@lru_cache(maxsize=None)
def time_patterns(lexicon: Lexicon) -> TimePatterns:
    pieces = Pieces.of(lexicon)
    preps, articles = either(time_words(lexicon, "prepositions")), either(time_words(lexicon, "articles"))
    prep = rf"(?P<prep>\b(?:{preps})\s+(?:(?:{articles})\s+)?)?" if preps else "(?P<prep>(?!))?"
    body = [*expression_bodies(lexicon, pieces),
            rf"(?<![\d,.$€₸£])\b(?P<year>{YEAR})\b(?!\s*(?:{pieces.not_amount}|[.,]\d)){year_word(lexicon, pieces)}"]
    # Every time expression starts a word with a preposition, a month, a part of the year, an
    # ordinal, "Q" or a digit: testing that first lets the engine skip most positions at once.
    starts = initials([*time_words(lexicon, "prepositions"), *lexicon.months, *lexicon.year_parts, *lexicon.quarters,
                       "Q", *"0123456789"])
    return TimePatterns(lexicon, re.compile(rf"\b{starts}{prep}(?P<body>{'|'.join(body)})", re.IGNORECASE))


def _groups(match: re.Match) -> dict:
    """Named groups, with the alternative spellings ("12 March 2024", "Q3 2024") folded into the long forms."""
    groups = match.groupdict()
    groups.setdefault("month_only", None)
    groups.setdefault("month_only_day", None)
    groups["full_month"] = groups["full_month"] or groups["full_month2"] or groups.get("yf_month")
    groups["full_year"] = groups["full_year"] or groups["full_year2"] or groups.get("yf_year")
    groups["full_day"] = groups["full_day"] or groups.get("yf_day")
    if groups.get("yq_year"):
        groups["quarter"], groups["quarter_year"] = groups["yq_quarter"], groups["yq_year"]
    if groups.get("yp_year"):
        groups["part"], groups["part_year"] = groups["yp_part"], groups["yp_year"]
    if groups.get("ym_year"):
        groups["month"], groups["month_year"] = groups["ym_month"], groups["ym_year"]
    if groups.get("dm_day"):
        groups["month_only"], groups["month_only_day"] = groups["dm_month"], groups.get("dm_first") or groups["dm_day"]
        groups["month_only_last"] = groups["dm_day"]
    if groups["quarter_digit"]:
        groups["quarter"] = groups["quarter_digit"]  # "Q3": the number itself, in any language
        groups["quarter_year"] = groups["quarter_digit_year"]
    return groups
