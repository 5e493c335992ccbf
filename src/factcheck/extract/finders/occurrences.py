"""How many times something happened, in one word: "elected twice", "дважды избирался", "zweimal"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.spans import Glance
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import NEXT_WORD, alternation, folded


def occurrences(sentence: str, patterns: MentionPatterns) -> Iterator[Mention]:
    """A count of times; not before the words that make the same word a multiple ("twice as high",
    "twice the 169,000": those the multiples finder reads)."""
    lexicon = patterns.lexicon
    pattern = _pattern(lexicon)
    if pattern is None:
        return
    for match in pattern.finditer(sentence):
        after = NEXT_WORD.match(sentence, match.end())
        if after and folded(after.group(1)) in lexicon.occurrences_not_before:
            continue
        count = float(lexicon.occurrences[folded(match.group(0))])
        yield Mention(match.start(), match.end(), count, count, count, "dimensionless", "exact", "count",
                      number_start=match.start(), half_unit=0.0)


def may_find_occurrences(glance: Glance, patterns: MentionPatterns) -> bool:
    return not patterns.finder_words["occurrences"].isdisjoint(glance.runs)


@lru_cache(maxsize=None)
def _pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.occurrences:
        return None
    return re.compile(rf"(?<![\w-]){alternation(lexicon.occurrences, word=False)}(?![\w-])", re.IGNORECASE)
