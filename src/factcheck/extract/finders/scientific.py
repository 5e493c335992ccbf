"""Numbers in scientific notation: "6.02×10^23", "3.2 x 10−5 metres", "1,6·10⁹ Tonnen"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.numerals import unit_at
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.spans import Glance
from factcheck.extract.numbers import is_sane

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
TIMES = "×xX·*"
MAX_EXPONENT = 300  # a float's range


@lru_cache(maxsize=None)
def _pattern(decimal_marks: tuple[str, ...]) -> re.Pattern:
    decimal = "".join(re.escape(mark) for mark in decimal_marks)
    return re.compile(
        rf"(?<![\w.,])(?P<mantissa>\d{{1,3}}(?:[{decimal}]\d{{1,12}})?)[ \u00a0]?[{re.escape(TIMES)}][ \u00a0]?10"
        # "10^23", "10**23", "10⁹", "10−5"; but "2 x 100 metres" is two hundred-metre laps, no power of ten
        r"(?:(?:\^|\*\*)(?P<exponent>[-−–]?\d{1,3})|(?P<negative>[-−–]\d{1,3})|(?P<superscript>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
        r"(?![\w.,]\d|\d)")


def scientific(sentence: str, patterns: MentionPatterns) -> Iterator[Mention]:
    for match in _pattern(patterns.lexicon.decimal_marks).finditer(sentence):
        mantissa = match.group("mantissa")
        for mark in patterns.lexicon.decimal_marks:
            mantissa = mantissa.replace(mark, ".")
        exponent = _exponent(match)
        if abs(exponent) > MAX_EXPONENT or not is_sane(value := float(mantissa) * 10.0 ** exponent):
            continue
        decimals = len(mantissa.partition(".")[2])
        half = 0.5 * 10.0 ** (exponent - decimals)
        unit, end, kind = unit_at(sentence, match.end(), patterns)
        yield Mention(match.start(), end, value, value - half, value + half, unit, "exact", kind,
                      number_start=match.start(), half_unit=half)


def _exponent(match: re.Match) -> int:
    written = match.group("exponent") or match.group("negative") or match.group("superscript").translate(SUPERSCRIPTS)
    return int(written.replace("−", "-").replace("–", "-"))


def may_find_scientific(glance: Glance, patterns: MentionPatterns) -> bool:
    """ "×10", "x 10": a multiplication sign before a ten."""
    return glance.digits and "10" in glance.sentence and any(sign in glance.sentence for sign in TIMES)
