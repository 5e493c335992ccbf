"""Fractions added to a whole number: a half ("two and a half"), a vulgar fraction ("2½ years", "10 1/2
miles"), and decimals spelled in words, as speech and transcripts write them: "четыре целых восемь
десятых" (four whole, eight tenths), "төрт бүтін оннан сегіз" (four whole, of ten eight). The lexicon's
[decimals] give the word after the whole number and the words for tenths, hundredths and thousandths."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.finders.digit_patterns import VULGAR_GLYPHS
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.spelled import and_a_half
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.numbers import Numeral, parse_number_words
from factcheck.extract.text_words import alternation, folded

_SPACE = r"[ \u00a0]{1,2}"
_WORD_PIECE = re.compile(r"[^\s-]+")
_LEADING_SPACE = re.compile(_SPACE)
_GLYPHS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
           "⅞": (7, 8), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5)}
_VULGAR = re.compile(rf"[ \u00a0]?(?P<glyph>[{VULGAR_GLYPHS}])|[ \u00a0](?P<numerator>[1-7])/(?P<denominator>[2-8])"
                     r"(?![\d/]|[.,]\d)")
MIXED_WHOLE = re.compile(r"\d[ \u00a0]\Z")  # before a fraction, the whole number of a mixed one


def fraction_after(sentence: str, numeral: Numeral, end: int, patterns: MentionPatterns) -> tuple[Numeral, int]:
    """A half ("two and a half"), a vulgar fraction ("2½", "10 1/2") or a spelled decimal fraction added to a
    whole number, and the new end."""
    numeral, end = and_a_half(sentence, numeral, end, patterns)
    if numeral.value == int(numeral.value) and (vulgar := _VULGAR.match(sentence, end)):
        return _plus_vulgar(numeral, vulgar)
    lexicon = patterns.lexicon
    if not lexicon.decimal_points or numeral.value != int(numeral.value):
        return numeral, end
    point = _patterns(lexicon)["point"].match(sentence, end)
    if point is None:
        return numeral, end
    if lexicon.denominator_first:
        denominator = _patterns(lexicon)["denominator"].match(sentence, point.end())
        numerator = denominator and _numerator(sentence, denominator.end(), _value(denominator, lexicon), patterns)
        return _added(numeral, numerator, denominator, lexicon) if numerator else (numeral, end)
    numerator = _numerator(sentence, point.end(), 1000, patterns)
    denominator = numerator and _patterns(lexicon)["denominator"].match(sentence, numerator[1])
    if not denominator or numerator[0] >= _value(denominator, lexicon):
        return numeral, end
    return _added(numeral, (numerator[0], denominator.end()), denominator, lexicon)


def _plus_vulgar(whole: Numeral, vulgar: re.Match) -> tuple[Numeral, int]:
    """ "2½", "10 1/2": the whole and its fraction, stated to half the fraction's step; a "3/2" after a
    number is none."""
    numerator, denominator = _GLYPHS[vulgar.group("glyph")] if vulgar.group("glyph") else \
        (int(vulgar.group("numerator")), int(vulgar.group("denominator")))
    if numerator >= denominator:
        return whole, vulgar.start()
    return Numeral(whole.value + numerator / denominator, 0.5 / denominator), vulgar.end()


def _added(whole: Numeral, numerator: tuple[float, int], denominator: re.Match,
           lexicon: Lexicon) -> tuple[Numeral, int]:
    places = _value(denominator, lexicon)
    return Numeral(whole.value + numerator[0] / places, 0.5 / places), numerator[1]


def _numerator(sentence: str, start: int, below: int, patterns: MentionPatterns) -> tuple[float, int] | None:
    """The longest run of number words after `start` (and its spaces) that stays under `below`, and
    where it ends: "жеті миллиард" after "оннан" is seven (tenths), the billion scales the whole."""
    space = _LEADING_SPACE.match(sentence, start)
    words = patterns.words.match(sentence, space.end()) if space else None
    if words is None:
        return None
    tokens = list(_WORD_PIECE.finditer(sentence, words.start(), words.end()))
    for count in range(len(tokens), 0, -1):
        value = parse_number_words([token.group(0) for token in tokens[:count]], patterns.lexicon)
        if value is not None and value.value < below:
            return value.value, tokens[count - 1].end()
    return None


def _value(denominator: re.Match, lexicon: Lexicon) -> int:
    return int(lexicon.decimal_denominators[folded(denominator.group("denominator"))])


@lru_cache(maxsize=None)
def _patterns(lexicon: Lexicon) -> dict[str, re.Pattern]:
    points = alternation(lexicon.decimal_points, word=False)
    denominators = alternation(lexicon.decimal_denominators, word=False)
    return {"point": re.compile(rf"{_SPACE}(?:{points})(?![\w])", re.IGNORECASE),
            "denominator": re.compile(rf"{_SPACE}(?P<denominator>{denominators})(?![\w])", re.IGNORECASE)}
