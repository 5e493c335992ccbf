"""Titles in quotes after the word for a work: the film «Двенадцать стульев», the song "99 Problems",
a list of them ("песни «Ты у меня одна», «Три минуты тишины»"). Numbers inside name the work."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation

OPENING_QUOTE = re.compile(r"[«\"“„]")
_QUOTED = r"[«\"“„][^«»\"“”„\n]{1,80}[»\"”“]"


def title_spans(sentence: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """The quoted titles of the sentence, each run of them (joined by commas or "and") as one span."""
    patterns = _title_patterns(lexicon)
    if patterns is None or OPENING_QUOTE.search(sentence) is None:
        return
    work_before, quoted_run = patterns
    last_end = 0
    for quote in OPENING_QUOTE.finditer(sentence):
        if quote.start() < last_end or not work_before.search(sentence, max(0, quote.start() - 40), quote.start()):
            continue
        if run := quoted_run.match(sentence, quote.start()):
            last_end = run.end()
            yield run.span()


@lru_cache(maxsize=None)
def _title_patterns(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    if not lexicon.title_words:
        return None
    # The word for the work, inflected ("фильма", "songs"), perhaps a short word after it ("songs like").
    work = (rf"(?<![\w-])(?:{alternation(lexicon.title_words, word=False)})[^\W\d_]{{0,4}}"
            rf"(?:,?[ \u00a0]+[^\W\d_]{{1,8}})?[ \u00a0]+\Z")
    joiners = "|".join(rf"[ \u00a0]+{re.escape(word)}" for word in lexicon.range_words["and"])
    run = rf"{_QUOTED}(?:(?:,{'|' + joiners if joiners else ''})[ \u00a0]+{_QUOTED})*"
    return re.compile(work, re.IGNORECASE), re.compile(run)
