"""Names a document uses: which capitalised words are names (of organisations, products, people,
places), the whole name written around one, and the name a figure is most likely about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_

import attrs

from factcheck.extract.context import POSSESSIVE, Gazetteer, Word, words
from factcheck.extract.lexicon import Lexicon, stem_lookup
from factcheck.extract.text_words import folded


@attrs.frozen
class NameIndex:
    """Capitalised words the document uses mid-sentence: names of organisations, products, places."""

    names: frozenset
    frequency: Counter
    lower_case: frozenset = frozenset()  # every word the document writes in lower case (casefolded): no names


def name_index(sentences: list[str], lexicon: Lexicon, places: Gazetteer) -> NameIndex:
    """Names: words capitalised mid-sentence (or opening two sentences) that the document never
    writes in lower case. Title-Case lines (headings, table rows) are no evidence either way."""
    names: Counter = Counter()
    openers: Counter = Counter()
    lowered: set[str] = set()  # words written in lower case, as written
    common_nouns: set[str] = set()
    for sentence in sentences:
        starts, texts = words(sentence)
        opens_lower = list(map(str.islower, map(itemgetter(0), texts)))  # in C: a document has thousands of words
        lowered.update(compress(texts, opens_lower))
        if all(opens_lower) or (not lexicon.determiners and _is_title_case(texts)):
            continue  # German capitalises its nouns: a sentence of them is no heading
        for index in compress(range(len(texts)), map(not_, opens_lower)):
            token = name_token(texts[index])
            role = _capitalised_role(sentence, starts, texts, index, token, lexicon, places)
            if role == "common noun":
                common_nouns.add(token.casefold())
            elif role == "opener":
                openers[token] += 1
            elif role == "name":
                names[token] += 1
    for token, count in openers.items():
        if (token in names or count >= 2) and not places.country(token):
            names[token] += count
    lower_case = {(text if text.isalpha() else name_token(text)).casefold() for text in lowered} | common_nouns
    for token in [t for t in names if t.casefold() in lower_case]:
        del names[token]
    return NameIndex(frozenset(names), names, frozenset(lower_case))


def _capitalised_role(sentence: str, starts: list[int], texts: list[str], index: int, token: str, lexicon: Lexicon,
                      places: Gazetteer) -> str | None:
    """What a capitalised word is: a "name", a sentence "opener" (a name only if it recurs), a German
    "common noun", or None (no name: a currency, a unit, a month, a country, an adjective...)."""
    if len(token) < 2 or not token[:1].isupper() or token in lexicon.not_names or _made_of_non_names(token, lexicon):
        return None
    if lexicon.determiners and (_common_noun(texts, index, token, lexicon) or _after_digits(sentence, starts[index])):
        return "common noun"  # German capitalises every noun: only names qualify
    if not lexicon.determiners and not token.isascii() and folded(token).endswith(lexicon.adjective_endings):
        return None  # "Каспийского моря", "Туркестанской области": the adjective of a name, not the name
    if index == 0 and not _foreign_script_name(token, lexicon) and not _brand_shaped(token):
        return "opener"
    start = starts[index]
    if token in lexicon.currency_names or token in lexicon.units or sentence[start - 1:start].isdigit():
        return None
    if places.region_after.match(sentence, start + len(texts[index])):
        return None
    if places.country(token) or folded(token) in lexicon.months:
        return None
    return "name"


def _made_of_non_names(token: str, lexicon: Lexicon) -> bool:
    """ "January-to-March", "Year-on-Year": a hyphened word made only of words that are no names."""
    parts = token.split("-")
    return len(parts) > 1 and all(part in lexicon.not_names or part.capitalize() in lexicon.not_names
                                  or folded(part) in lexicon.stopwords or folded(part) in lexicon.months
                                  for part in parts)


def _is_title_case(texts: Sequence[str]) -> bool:
    """ "More Than Half of Kazakhstan's Population Use Telegram": most words capitalised."""
    long_words = [text for text in texts if len(text) > 3]
    return len(long_words) >= 3 and len([w for w in long_words if w[0].isupper()]) >= 0.75 * len(long_words)


def name_token(text: str) -> str:
    """A name without the possessive or the case ending written after a hyphen ("Telegram-ның")."""
    if "-" not in text and "'" not in text and "’" not in text:
        return text
    token = POSSESSIVE.sub("", text)
    head, dash, ending = token.partition("-")
    if dash and head.isascii() and ending and not ending.isascii():
        return head
    return token


def _brand_shaped(token: str) -> bool:
    """ "OneWeb", "SpaceX", "AIFC": a capital after the first letter marks a name even opening a sentence."""
    return len(token) >= 3 and any(ch.isupper() for ch in token[1:])


def _foreign_script_name(token: str, lexicon: Lexicon) -> bool:
    """A Latin-script word in Russian or Kazakh text is a name ("Telegram"), even opening a sentence."""
    return bool(lexicon.name_suffixes) and not lexicon.determiners and token.isascii() and token.isalpha()


def _common_noun(texts: Sequence[str], index: int, token: str, lexicon: Lexicon) -> bool:
    lowered = folded(token)
    if lowered.endswith(lexicon.noun_endings) or stem_lookup(lexicon.measures, lowered) is not None:
        return True
    if lowered in lexicon.money_nouns or lowered in _folded_units(lexicon):
        return True
    if index == 0:
        return False
    before = folded(texts[index - 1])
    return before in lexicon.determiners or before in lexicon.number_ones or before in lexicon.number_tens


def _after_digits(sentence: str, start: int) -> bool:
    """ "120 Autos": the word a number counts is a common noun."""
    return sentence[max(0, start - 2):start].strip()[-1:].isdigit()


@lru_cache(maxsize=None)
def _folded_units(lexicon: Lexicon) -> frozenset:
    return frozenset(folded(w) for w in [*lexicon.units, *lexicon.currency_names, *lexicon.scale_words])


def names_in(sentence: str, index: NameIndex) -> list[Word]:
    names = index.names  # all capitalised: a word opening in lower case is none of them
    return [Word(start, start + len(token), token) for start, text in zip(*words(sentence), strict=True)
            if not text[0].islower() and (token := name_token(text)) in names]


def best_subject(candidates: list[Word], index: NameIndex, position: int) -> Word | None:
    """The most talked-about name of the candidates, nearest to the number on ties."""
    if not candidates:
        return None
    return max(candidates, key=lambda w: (index.frequency[w.text], -abs(w.start - position)))


def name_phrase(sentence: str, name: Word, index: NameIndex, lexicon: Lexicon) -> str:
    """ "New Zealand", "US Airways", "Daniela Hantuchova": the name with the capitalised words written
    next to it (up to four in all), without the titles and openers the lexicon says are no names ("Mr",
    "The") and stopping at a possessive ("Britain's Gordon Brown")."""
    starts, texts = words(sentence)
    first = last = bisect_left(starts, name.start)
    if first == len(starts) or starts[first] != name.start:
        return name.text
    while last - first < 3 and last + 1 < len(texts) and texts[last] == name_token(texts[last]) \
            and _next_to(sentence, starts, texts, last) and _joins_name(texts, last + 1, index, lexicon):
        last += 1
    while last - first < 3 and first > 0 and texts[first - 1] == name_token(texts[first - 1]) \
            and _next_to(sentence, starts, texts, first - 1) and _joins_name(texts, first - 1, index, lexicon):
        first -= 1
    return " ".join([*texts[first:last], name_token(texts[last])])


def _next_to(sentence: str, starts: Sequence[int], texts: Sequence[str], at: int) -> bool:
    return sentence[starts[at] + len(texts[at]):starts[at + 1]] == " "


def _joins_name(texts: Sequence[str], at: int, index: NameIndex, lexicon: Lexicon) -> bool:
    """A word that may be part of a name beside it: capitalised and no word the lexicon rules out; where
    capitals mark more than names (German nouns, a sentence's first word), one the name index holds."""
    token = name_token(texts[at])
    if not token[:1].isupper() or folded(token) in lexicon.months:
        return False
    if token in lexicon.not_names:
        return token in lexicon.in_names
    trusted_capitals = at > 0 and not lexicon.determiners and not lexicon.name_suffixes
    return trusted_capitals or token in index.names
