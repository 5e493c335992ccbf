"""The regex pieces of a language's time expressions: months, parts of the year, quarters, the
words around years, and the expressions they make ("12 March 2024", "Q3 2024", "Aug. 12-15")."""

from __future__ import annotations

import re

import attrs

from factcheck.extract.finders.lexicon_words import inflected
from factcheck.extract.lexicon import Lexicon, load_lexicon
from factcheck.extract.text_words import alternation

YEAR = r"(?:1\d\d\d|20\d\d|2100)"


def expression_bodies(lexicon: Lexicon, p: Pieces) -> list[str]:
    """Every expression but a bare year, longest forms first."""
    return [*_full_dates(p), *_year_first_dates(lexicon, p), *_spans(p), *_days_and_months(lexicon, p)]


def time_words(lexicon: Lexicon, key: str) -> list[str]:
    """The lexicon's words for `key` of [time.words], English's where it leaves the key out."""
    return list(lexicon.time_words.get(key, load_lexicon("en").time_words[key]))


def either(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@attrs.frozen
class Pieces:
    """The regex pieces a language's dates are made of."""

    month: str
    part: str  # a part of the year: "early", "the first half of"
    ordinal: str  # of a quarter
    quarter: str
    quarter_of: str
    year_words: list[str]  # "года", "жылы": the word for "year" after the digits
    year_tail: str
    not_amount: str  # what after four digits makes them an amount, not a year ("2024 percent", "2000 Euro")
    dotted: str  # German "15. Juli"
    month_range: str
    day_range: str  # also "or": "on 4 or 5 April" is a day of those two
    year_range: str
    ordinal_ending: str  # "June 21st"

    @classmethod
    def of(cls, lexicon: Lexicon) -> Pieces:
        suffix = f"(?:{alternation(lexicon.inflections, word=False)})?" if lexicon.inflections else ""
        year_words = time_words(lexicon, "year_words")
        return cls(
            month=_month(lexicon, suffix), part=alternation(lexicon.year_parts, word=False),
            ordinal=alternation(lexicon.quarters, word=True),
            quarter=alternation(time_words(lexicon, "quarter"), word=False, suffix=suffix),
            quarter_of=either(time_words(lexicon, "quarter_of")), year_words=year_words,
            # "2024 года", "2024 жылы": the word for "year" after the digits belongs to the date.
            year_tail=rf"(?:[\s-]?{alternation(year_words, word=False)}(?![\w]))?" if year_words else "",
            not_amount=_not_amount(lexicon), dotted=r"\.?" if lexicon.dotted_ordinals else "",
            month_range=either(time_words(lexicon, "month_range")),
            day_range="|".join([either(time_words(lexicon, "month_range")),
                                *(rf"(?<=\s){re.escape(word)}(?=\s)" for word in lexicon.range_words.get("or", ()))]),
            year_range=either(time_words(lexicon, "year_range")),
            ordinal_ending="|".join(map(re.escape, lexicon.ordinal_endings)) or "(?!)")


def _not_amount(lexicon: Lexicon) -> str:
    """ "2024 percent", "до 2000 долларов", "bis 2000 €": a percent word, a currency's name or its sign, but
    not a sign opening the next amount ("in 2023 $4 billion")."""
    signs = either([sign for sign in lexicon.currency_symbols if not any(map(str.isalpha, sign))])
    return "|".join([either(time_words(lexicon, "percent_after")), rf"(?:{signs})(?![ \u00a0]?\d)",
                     rf"(?:{inflected(lexicon.currency_names, lexicon)})(?![^\W\d_])"])


def year_word(lexicon: Lexicon, p: Pieces) -> str:
    """The word for "year" after a year's digits: optional, unless the language always writes it
    (Kazakh "2024 жылы": a bare "2000 адам" counts 2,000 people) and the year stands alone in brackets
    ("«Кек алушылар: Финал» (2019)": a film's year)."""
    if lexicon.time_words.get("year_alone", True) or not p.year_tail:
        return p.year_tail
    return rf"(?:{p.year_tail[:-1]}|(?<=\(\d{{4}})(?=\)))"  # the same group, optional only in brackets


def _month(lexicon: Lexicon, suffix: str) -> str:
    # Only abbreviations take a dot ("Jan.", "сент."): after a full name it ends the sentence.
    abbreviations = [m for m in lexicon.months
                     if any(other != m and other.startswith(m) and lexicon.months[other] == lexicon.months[m]
                            for other in lexicon.months)]
    full_names = [m for m in lexicon.months if m not in abbreviations]
    dotted_suffix = rf"{suffix}\.?"
    return (f"(?:{alternation(full_names, word=True, suffix=suffix)}"
            f"|{alternation(abbreviations, word=True, suffix=dotted_suffix)})")


def _full_dates(p: Pieces) -> list[str]:
    return [rf"(?P<full_month>{p.month})\s+(?P<full_day>\d{{1,2}})(?:{p.ordinal_ending})?,?\s+"
            rf"(?P<full_year>{YEAR}){p.year_tail}",
            rf"{_first_day('full_first', p)}(?P<full_day2>\d{{1,2}})(?:{p.ordinal_ending})?{p.dotted}\s+"
            rf"(?P<full_month2>{p.month})\s+(?P<full_year2>{YEAR}){p.year_tail}"]


def _first_day(group: str, p: Pieces) -> str:
    """ "12 по 25 червня", "11.–14. April", "12-15 June", "4 or 5 April": the first day of a range of days,
    written before the last one and its month."""
    return rf"(?:(?P<{group}>3[01]|[12]\d|0?[1-9]){p.dotted}\s*(?:{p.day_range})\s*)?"


def _year_first_dates(lexicon: Lexicon, p: Pieces) -> list[str]:
    """Kazakh: "2024 жылғы 22 қарашада", "2024 жылдың үшінші тоқсанында", "2023 жылдың соңында"."""
    if not lexicon.time_words.get("year_first"):
        return []
    year_word = alternation(p.year_words, word=False)
    return [rf"(?P<yf_year>{YEAR})[\s-]?{year_word}\s+(?P<yf_day>\d{{1,2}})\s+(?P<yf_month>{p.month})",
            rf"(?P<yq_year>{YEAR})[\s-]?{year_word}\s+(?P<yq_quarter>{p.ordinal})\s+{p.quarter}",
            rf"(?P<yp_year>{YEAR})[\s-]?{year_word}\s+(?P<yp_part>{p.part})(?![\w])",
            rf"(?P<ym_year>{YEAR})[\s-]?{year_word}\s+(?P<ym_month>{p.month})"]


def _spans(p: Pieces) -> list[str]:
    """Month ranges, year ranges, quarters, parts of a year, months of a year."""
    return [rf"(?P<range_first>{p.month})\s*(?:{p.month_range})\s*(?P<range_last>{p.month}),?\s+"
            rf"(?P<range_year>{YEAR}){p.year_tail}",
            rf"(?P<years_first>{YEAR})(?:\s*(?:{p.year_range})\s*(?P<years_last>{YEAR})\b"
            rf"|[-–/](?P<years_short>\d\d)\b(?![-–/.:,]\d)){p.year_tail}",  # "2026-27 season", "Saison 2015/16"
            rf"(?P<quarter>{p.ordinal})\s+{p.quarter}\s+(?:(?:{p.quarter_of})\s+)?"
            rf"(?P<quarter_year>{YEAR}){p.year_tail}",
            rf"\bQ(?P<quarter_digit>[1-4])\s+(?P<quarter_digit_year>{YEAR}){p.year_tail}",
            rf"(?P<part>{p.part})[\s-]*(?P<part_year>{YEAR})\b{p.year_tail}",
            rf"(?P<month>{p.month}),?\s+(?P<month_year>{YEAR})\b{p.year_tail}"]


def _days_and_months(lexicon: Lexicon, p: Pieces) -> list[str]:
    found = []
    if lexicon.time_words.get("day_first"):
        # Not before a year's or an amount's digits; a day or a count may follow ("28 желтоқсаннан 29
        # желтоқсанға", "5 мая 12 человек").
        found.append(rf"{_first_day('dm_first', p)}(?P<dm_day>\d{{1,2}}){p.dotted}\s+(?P<dm_month>{p.month})"
                     r"(?!\s*(?:\d{3}|\d{1,2}[.,:]\d))")
    if lexicon.time_words.get("month_alone", True):
        # "August 12" names a day in English; in German or Russian the day comes first ("12. August").
        day = rf"\d{{1,2}})(?:{p.ordinal_ending})?\b"
        last_day = (rf"(?:\s*(?:{p.month_range})\s*(?P<month_only_last>(?:3[01]|[12]\d|0?[1-9])(?![%.,]?\d|\s*%))"
                    rf"(?:{p.ordinal_ending})?\b)?")
        day_after = "" if lexicon.time_words.get("day_first_only") else \
            rf"(?:\s+(?P<month_only_day>{day}{last_day})?(?!\s*\d)"
        found.append(rf"(?P<month_only>{p.month}){day_after}")
    return found
