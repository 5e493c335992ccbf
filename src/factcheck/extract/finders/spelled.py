"""Numbers written in words: whether one alone states a figure ("one of" does not, "one bidder" does),
and halves added to them ("two and a half million", "бір жарым", "zweieinhalb")."""

from __future__ import annotations

import re

from factcheck.extract.finders.patterns import MentionPatterns, not_alone
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.numbers import Numeral, number_key, parse_number_words
from factcheck.extract.text_words import LETTER_RUN, NEXT_WORD, folded

_JOINER = re.compile(r"[ \u00a0]{1,3}([^\W\d_]{1,12})[ \u00a0]{1,3}")


def alone_states_nothing(match: re.Match, style: str, patterns: MentionPatterns, qualifier: str, *,
                          unitless: bool, counted: bool) -> bool:
    """A number word that by itself states no number ("one of", "thousands"): with no unit after it, or
    when it is a scale of a thousand or more ("Millionen Euro" are millions of euros, "Million Dollar
    Baby" a title); "one per cent", "hundert Meter" state one, and so does a scale word in the singular
    after a qualifier ("более миллиона", "около тысячи": more than a million, about a thousand)."""
    if style in {"digits", "scaled"}:
        return False
    tokens = re.split(r"[\s-]+", match.group(0))
    if len(tokens) != 1:
        return False
    lexicon = patterns.lexicon
    word = folded(tokens[0])
    key = word if word in not_alone(lexicon) else number_key(word, lexicon)
    if key not in not_alone(lexicon):
        return False
    if unitless and counted and word in lexicon.counted_ones and _before_its_noun(match, lexicon):
        return False  # "only one bidder remained", "погиб один человек": one of something
    if word in lexicon.count_before_noun and _before_its_noun(match, lexicon, lowercase=True):
        return False  # "заплатил миллион рублей", "мың турист": the number of what follows
    if lexicon.only_words and _beside_only(match, lexicon):
        return False  # "бір ғана жол", "тек бір": only one, a count where "бір" is also the article
    if qualifier != "exact" and key in lexicon.singular_scales:
        return False
    return unitless or lexicon.number_scales.get(key, 0) >= 1000


def _before_its_noun(match: re.Match, lexicon: Lexicon, *, lowercase: bool = False) -> bool:
    """ "one bidder", "одно поражение", "мың турист": a word that may start the counted noun phrase follows:
    none of the language's stop words ("one of", "один из", "one can" state no count) and, with
    `lowercase`, no name ("on Iran": English in a Latin-script Kazakh text) nor the end of an ordinal
    ("сто первый"); and none of `counted_ones_not_after` comes before ("ни одного": not a single one)."""
    before = LETTER_RUN.findall(folded(match.string[max(0, match.start() - 12):match.start()]))
    if before and before[-1] in lexicon.counted_ones_not_after:
        return False
    following = re.match(r"\s{1,3}([^\W\d_]+)", match.string[match.end():match.end() + 40])
    if following is None or (lowercase and not following.group(1)[0].islower()):
        return False
    word = folded(following.group(1))
    return word not in lexicon.stopwords and not (lowercase and word.endswith(lexicon.ordinal_word_endings))


def _beside_only(match: re.Match, lexicon: Lexicon) -> bool:
    before = LETTER_RUN.findall(folded(match.string[max(0, match.start() - 8):match.start()]))
    after = NEXT_WORD.match(match.string, match.end())
    return bool(before and before[-1] in lexicon.only_words) or \
        bool(after and folded(after.group(1)) in lexicon.only_words)


_CLAUSE_OPENERS = "\"“”«»(‘'’—–-:;.!?[•*"  # after these a capital may open a sentence, a quote or a list item
_WORD = re.compile(r"[^\W\d_]{4,}")


def capitalised_in_a_name(sentence: str, start: int, end: int) -> bool:
    """ "the Six Nations", "BBC Radio Five Live", "Deep Space Nine": a number word written with a capital
    inside a sentence is part of a name (no language capitalises its numbers), unless the whole
    sentence is capitalised as a headline is ("Dibaba Breaks Five World Records") or the number opens a
    German compound noun ("die Zehn-Prozent-Hürde")."""
    if not sentence[start:start + 1].isupper() or sentence[end:end + 1] == "-":
        return False
    before = sentence[:start].rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return False
    words = _WORD.findall(sentence)
    return sum(word[0].isupper() for word in words) < 0.8 * len(words)


def spelled_numeral(text: str, lexicon: Lexicon) -> Numeral | None:
    """ "twenty-five", "drei Millionen"; German glues a half on: "zweieinhalb Millionen", "eineinhalb"."""
    tokens = re.split(r"[\s-]+", text)
    at = next((i for i, token in enumerate(tokens) if lexicon.compound_numbers
               and any(folded(token).endswith(half) and len(token) > len(half) for half in lexicon.and_a_half)), None)
    if at is None:
        return parse_number_words(tokens, lexicon)
    half = next(half for half in lexicon.and_a_half if folded(tokens[at]).endswith(half))
    whole = parse_number_words([*tokens[:at], tokens[at][:-len(half)]], lexicon)
    scale = parse_number_words(tokens[at + 1:], lexicon) if tokens[at + 1:] else Numeral(1.0, 0.5)
    if whole is None or scale is None:
        return None
    return Numeral(whole.value + 0.5, 0.25).times(scale.value)


def and_a_half(sentence: str, numeral: Numeral, end: int, patterns: MentionPatterns) -> tuple[Numeral, int]:
    """ "two and a half (million)", "бір жарым": a half added to a whole number, stated to the quarter."""
    half = patterns.and_a_half.match(sentence, end) if patterns.and_a_half is not None else None
    if half is None or numeral.value != int(numeral.value):
        return numeral, end
    return Numeral(numeral.value + 0.5, 0.25), half.end()


def spelled_scale(text: str, lexicon: Lexicon) -> float:
    """ "seven million": the scale a spelled number ends in, which a range's first end may share."""
    key = number_key(folded(re.split(r"[\s-]+", text)[-1]), lexicon)
    scale = float(lexicon.number_scales.get(key, 1.0)) if key else 1.0
    return scale if scale >= 1000 else 1.0


def numbers_joined(sentence: str, match: re.Match, patterns: MentionPatterns) -> list[re.Match]:
    """ "between six and seven million", "два-три года": two numbers an "and" or a hyphen joins where it
    joins no one number (as in "two hundred and five", "twenty-five"), each read on its own for the
    range to join them."""
    joiner = _JOINER.search(sentence, match.start(), match.end())
    if joiner is not None and folded(joiner.group(1)) in patterns.lexicon.number_joiners:
        split = joiner.span()
    elif "-" in match.group(0):
        hyphen = match.start() + match.group(0).index("-")
        split = (hyphen, hyphen + 1)
    else:
        return [match]
    if spelled_numeral(match.group(0), patterns.lexicon) is not None:
        return [match]
    apart = f"{sentence[:split[0]]}{' ' * (split[1] - split[0])}{sentence[split[1]:]}"  # the same offsets
    parts = [patterns.words.match(sentence, match.start(), split[0]),
             patterns.words.match(apart, split[1], match.end())]
    return [part for part in parts if part is not None] or [match]


def ordinal_follows(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """ "он екінші сынып": the tens of a spelled ordinal ("twelfth"), whose last word carries the
    ordinal ending (`numbers.ordinal_suffixes`) on a number word; the tens alone are no amount."""
    following = NEXT_WORD.match(sentence, end)
    if following is None or not lexicon.ordinal_suffixes:
        return False
    word = folded(following.group(1))
    return any(word.endswith(suffix) and number_key(word[:len(word) - len(suffix)], lexicon) is not None
               for suffix in lexicon.ordinal_suffixes if suffix != "*")
