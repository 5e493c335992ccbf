"""Numerals to numbers with the precision their digits state.

"12.5" is 12.5 ± 0.05; "447" is 447 ± 0.5; "four million" is 4,000,000 ± 500,000.
Digits are parsed by hand (no `float()` of arbitrary text lengths, no `eval`), and
absurd inputs (ten thousand digits, 1e999999) are refused instead of overflowing.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import attrs

from factcheck.extract.lexicon import Lexicon

MAX_DIGITS = 30
MAX_MAGNITUDE = 1e30

_GROUPED = re.compile(r"^\d{1,3}(?:([,  ])\d{3})+(?:([.,])\d+)?$")


@attrs.frozen
class Numeral:
    value: float
    half_unit: float  # half of the last stated digit's place: the rounding the digits allow

    def times(self, factor: float) -> Numeral:
        # "4.1 million" must be 4100000, not 4099999.9999999995: keep the digits that were written.
        return Numeral(float(f"{self.value * factor:.15g}"), float(f"{self.half_unit * factor:.15g}"))


def parse_digits(text: str, *, decimal: str = ".") -> Numeral | None:
    """A digit string with thousands separators and an optional decimal part, or None if absurd."""
    cleaned = text.replace("\u202f", " ").replace("\u00a0", " ")
    thousands = "," if decimal == "." else ". "
    integer_part, _, fraction_part = _split_decimal(cleaned, decimal, thousands)
    integer_digits = re.sub(r"[,. ]", "", integer_part)
    if not integer_digits.isdigit() and integer_digits != "":
        return None
    if fraction_part and not fraction_part.isdigit():
        return None
    if len(integer_digits) + len(fraction_part) > MAX_DIGITS or not (integer_digits or fraction_part):
        return None
    value = float(f"{integer_digits or '0'}.{fraction_part or '0'}")
    half_unit = 0.5 * 10 ** (-len(fraction_part)) if fraction_part else 0.5
    return Numeral(value, half_unit)


def parse_localized(text: str, decimal_marks: tuple[str, ...], thousands_marks: tuple[str, ...]) -> Numeral | None:
    """Digits as a language writes them: "12,5" and "1.731" in German, "3,2" or "120 000" in Russian."""
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        return Numeral(float(text), 0.5)  # most numbers: plain digits, in any language
    if decimal_marks == (".",) and thousands_marks == (",",):
        return parse_digits(text)
    cleaned = text.replace("\u202f", " ").replace("\u00a0", " ")
    decimal_at = max((cleaned.rfind(mark) for mark in decimal_marks), default=-1)
    if decimal_at >= 0 and cleaned[decimal_at] in thousands_marks and re.fullmatch(r"\d{3}", cleaned[decimal_at + 1:]):
        decimal_at = -1  # "1.731" in German: the dot groups thousands
    integer_part = cleaned[:decimal_at] if decimal_at >= 0 else cleaned
    fraction_part = cleaned[decimal_at + 1:] if decimal_at >= 0 else ""
    for mark in thousands_marks:
        integer_part = integer_part.replace(mark, "")
    if not integer_part.isdigit() or (fraction_part and not fraction_part.isdigit()):
        return None
    if len(integer_part) + len(fraction_part) > MAX_DIGITS:
        return None
    value = float(f"{integer_part}.{fraction_part or '0'}")
    half_unit = 0.5 * 10 ** (-len(fraction_part)) if fraction_part else 0.5
    return Numeral(value, half_unit)


def _split_decimal(text: str, decimal: str, thousands: str) -> tuple[str, str, str]:
    if decimal in text:
        head, _, tail = text.rpartition(decimal)
        if decimal == "," and re.fullmatch(r"\d{3}", tail) and "." not in text and len(head) <= 3 and "," in text:
            return text, "", ""  # "1,731" written English-style in a decimal-comma text: ambiguous, read as grouping
        if decimal == "." and re.fullmatch(r"\d{3}", tail) and "," in head:
            return text, "", ""
        return head, decimal, tail
    return text, "", ""


def parse_number_words(words: list[str], lexicon: Lexicon) -> Numeral | None:
    """Spelled-out numbers: "four", "twenty-five", "three hundred thousand", "one billion". Below a scale
    each word names a smaller place than the last ("двести сорок пять"; not "бір-бір", each other),
    except where numbers are written as one word, ones before tens ("fünfundzwanzig")."""
    total, current, smallest_scale, seen_any, after_scale = 0.0, 0.0, None, False, False
    below = math.inf  # the place the next ones or tens word must stay under
    if lexicon.compound_numbers:
        words = [part for word in words for part in split_compound(word.lower(), lexicon)]
    for word in words:
        key = word.lower()
        if key in lexicon.number_joiners:
            if not after_scale and not lexicon.compound_numbers:  # "two hundred and five" is one number,
                return None  # "six and seven million" two, not thirteen million
            continue
        key = number_key(key, lexicon)
        if key is None:
            return None
        if key in lexicon.number_ones or key in lexicon.number_tens:
            value = float(lexicon.number_ones[key] if key in lexicon.number_ones else lexicon.number_tens[key])
            if value >= below and not lexicon.compound_numbers:
                return None
            current += value
            below = _place(value)
        elif key in lexicon.number_scales:
            scale = float(lexicon.number_scales[key])
            below = scale
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
                smallest_scale = scale
        else:
            return None
        seen_any, after_scale = True, key in lexicon.number_scales
    if not seen_any:
        return None
    value = total + current
    half_unit = 0.5 * smallest_scale if smallest_scale and current == 0 else 0.5
    return Numeral(value, half_unit)


def _place(value: float) -> float:
    """The place a number word fills: 1 for "five", 10 for "forty" and "fifteen", 100 for "двести"."""
    return 10.0 ** math.floor(math.log10(value)) if value >= 1 else 1.0


def number_key(word: str, lexicon: Lexicon) -> str | None:
    """The number word `word` is (lower case), perhaps under a case ending: Kazakh "жүзден" is "жүз",
    "онға" is "он"; a function word that looks like one ("онда", there) is none."""
    if word in lexicon.number_ones or word in lexicon.number_tens or word in lexicon.number_scales:
        return word
    if not lexicon.inflections or word in lexicon.number_lookalikes or word in lexicon.stopwords:
        return None  # "үшін" (for) is no "үш" (three) with an ending
    for ending in _longest_first(lexicon.inflections):
        base = word[: -len(ending)]
        if word.endswith(ending) and (base in lexicon.number_ones or base in lexicon.number_tens
                                      or base in lexicon.number_scales):
            return base
    return None


@lru_cache(maxsize=None)
def _longest_first(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(endings, key=len, reverse=True))


def split_compound(word: str, lexicon: Lexicon) -> list[str]:
    """ "zweihundertsechsundfünfzig" → zwei, hundert, sechs, und, fünfzig (longest known part first)."""
    known = sorted({*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales, *lexicon.number_joiners},
                   key=len, reverse=True)
    parts, rest = [], word
    while rest:
        part = next((k for k in known if rest.startswith(k)), None)
        if part is None:
            return [word]  # not a compound of number words: let the caller refuse it
        parts.append(part)
        rest = rest[len(part):]
    return parts


def is_sane(value: float) -> bool:
    return math.isfinite(value) and abs(value) < MAX_MAGNITUDE
