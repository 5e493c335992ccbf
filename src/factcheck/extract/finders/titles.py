"""Titles in quotes next to the word for a work: the film «Двенадцать стульев», the song "99 Problems",
a list of them ("песни «Ты у меня одна», «Три минуты тишины»"), or, where the word follows its title,
the "Vision 2030" plan, «100 мектеп, 100 аурухана» бағдарламасы. Numbers inside name the work."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import attrs

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation

OPENING_QUOTE = re.compile(r"[«\"“„]")
# A title ends in no sentence punctuation: "…get tickets," festival organiser Michael Eavis said' is speech.
_QUOTED = r"[«\"“„][^«»\"“”„\n]{0,79}[^«»\"“”„\n,.!?…][»\"”“]"


@attrs.frozen
class _TitlePatterns:
    work_before: re.Pattern | None  # "the film ", "песни, как ": matched back from an opening quote
    work_after: re.Pattern | None  # " plan", " бағдарламасы", " атты": matched from a closing quote
    quoted_run: re.Pattern  # one title, or several joined by commas or "and"


def title_spans(sentence: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """The quoted titles of the sentence, each run of them (joined by commas or "and") as one span."""
    patterns = _title_patterns(lexicon)
    if patterns is None or OPENING_QUOTE.search(sentence) is None:
        return
    last_end = 0
    for quote in OPENING_QUOTE.finditer(sentence):
        if quote.start() < last_end or not (run := patterns.quoted_run.match(sentence, quote.start())):
            continue
        before = patterns.work_before and patterns.work_before.search(sentence, max(0, quote.start() - 40),
                                                                       quote.start())
        if before or (patterns.work_after and patterns.work_after.match(sentence, run.end())):
            last_end = run.end()
            yield run.span()


@lru_cache(maxsize=None)
def _title_patterns(lexicon: Lexicon) -> _TitlePatterns | None:
    if not (lexicon.title_words or lexicon.title_words_after):
        return None
    # The word for the work, inflected ("фильма", "songs"), perhaps a short word between it and the
    # quote ("songs like") or a colon ("по фильмам: «…»").
    work_before = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.title_words, word=False)})[^\W\d_]{{0,4}}"
                             rf"(?:,?[ \u00a0]{{1,3}}[^\W\d_]{{1,8}})?:?[ \u00a0]{{1,3}}\Z", re.IGNORECASE) \
        if lexicon.title_words else None
    work_after = re.compile(rf"[ \u00a0]{{1,3}}(?:[^\W\d_]{{2,14}}[ \u00a0]{{1,3}})?"  # «…» мемлекеттік бағдарламасы
                            rf"(?:{alternation(lexicon.title_words_after, word=False)})[^\W\d_]{{0,8}}(?![\w-])",
                            re.IGNORECASE) if lexicon.title_words_after else None
    joiners = "|".join(rf"[ \u00a0]{{1,3}}{re.escape(word)}" for word in lexicon.range_words["and"])
    run = rf"{_QUOTED}(?:(?:,{'|' + joiners if joiners else ''})[ \u00a0]{{1,3}}{_QUOTED})*"
    return _TitlePatterns(work_before, work_after, re.compile(run))
