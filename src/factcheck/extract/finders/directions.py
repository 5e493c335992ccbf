"""Which way a figure goes: a percentage is a change or a share, a number in "fold" a multiple or a count of
occasions, and a change goes up or down by the words around it."""

from __future__ import annotations

from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import LETTER_RUN, NEXT_WORD, folded


def percent_kind(sentence: str, start: int, end: int, patterns: MentionPatterns, unit: str) -> tuple[str, str | None]:
    """A percentage is a change ("a 25% increase", "reduced by 80%", "up 0.3%") or a share."""
    lexicon = patterns.lexicon
    after = patterns.change_after.match(sentence[end:end + 30])
    if after:
        return "change", direction_of(after.group(0), lexicon)
    before = patterns.change_before.search(sentence, max(0, start - 40), start)
    if before:
        return "change", direction_of(before.group(0), lexicon)
    if patterns.by_before.search(sentence, max(0, start - 5), start):
        direction = direction_near(sentence, start, end, lexicon, window=120, after=False)
        if direction:
            return "change", direction
    return ("change", None) if unit == "percentage_point" else ("share", None)


def direction_of(text: str, lexicon: Lexicon) -> str | None:
    for token in LETTER_RUN.findall(folded(text)):
        for word in (token, *_without_an_ending(token, lexicon)) if lexicon.inflections else (token,):
            if word in lexicon.folded_up:
                return "up"
            if word in lexicon.folded_down:
                return "down"
    return None


def _without_an_ending(token: str, lexicon: Lexicon) -> list[str]:
    """ "өскенін" → "өскен": the word under each case ending it may carry (Kazakh)."""
    return [token[:-len(ending)] for ending in lexicon.inflections
            if token.endswith(ending) and len(token) > len(ending)]


def direction_near(sentence: str, start: int, end: int, lexicon: Lexicon, *, window: int = 60,
                    after: bool = True) -> str | None:
    before_tokens = LETTER_RUN.findall(folded(sentence[max(0, start - window):start]))
    for token in reversed(before_tokens):
        if token in lexicon.folded_up:
            return "up"
        if token in lexicon.folded_down:
            return "down"
    if after:
        return direction_of(sentence[end:end + 30], lexicon)
    return None


def multiple_or_occasions(sentence: str, start: int, end: int,
                          patterns: MentionPatterns) -> tuple[str, str, str | None]:
    """ "выросли в 2,5 раза", "2,5 есеге өсті", "2.5 times higher": a multiple; "3 раза" with no "в" before it,
    "3 times" with no comparative after it: three occasions."""
    lexicon = patterns.lexicon
    before = LETTER_RUN.findall(folded(sentence[max(0, start - 4):start]))
    if lexicon.fold_only_after and not (before and before[-1] in lexicon.fold_only_after):
        return "dimensionless", "count", None
    after = NEXT_WORD.match(sentence, end)
    if lexicon.fold_only_before and not (after and folded(after.group(1)) in lexicon.fold_only_before):
        return "dimensionless", "count", None  # "visited 3 times": three visits
    return "fold", "change", direction_near(sentence, start, end, lexicon)
