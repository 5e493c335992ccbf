"""Text as the lexicons' words are matched in it: folded case, runs of letters, regex alternatives of
word lists (with the first-letter test that keeps them fast), and words written in another alphabet."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


def folded(text: str) -> str:
    """The text case-folded so that a substring test finds whatever a case-insensitive pattern
    matches (tests/test_extract.py checks this for every phrase and label of the lexicons):
    Python's re also lets the Turkish dotted and dotless i match "i", which casefold() keeps apart."""
    result = text.casefold()
    return result if result.isascii() else result.replace("ı", "i").replace("\u0307", "")


LETTER_RUN = re.compile(r"[^\W\d_]+")
NEXT_WORD = re.compile(r"[ \u00a0]{1,3}([^\W\d_]+)")  # matched at a position: the word after it
_AT_LETTER_RUNS = re.compile(f"({LETTER_RUN.pattern})")


@lru_cache(maxsize=4096)  # a sentence's words and its folded runs are both read from it
def letter_runs(text: str) -> tuple[str, ...]:
    """The text cut at its runs of letters: separator, run, separator, ..., run, separator."""
    return tuple(_AT_LETTER_RUNS.split(text))


@lru_cache(maxsize=4096)  # asked for every sentence by several finders
def folded_runs(text: str) -> frozenset[str]:
    """The text's runs of letters, folded: what a set test for whole words looks at."""
    runs = letter_runs(text)[1::2]
    return frozenset(map(str.casefold, runs) if text.isascii() else map(folded, runs))


def mentions_phrase(phrases: tuple[str, ...], text: str) -> bool:
    """Whether any of the phrases is written in the text as whole words (case-insensitive).

    A substring test rules most texts out before the pattern runs: its alternation, tried at
    every word, cost more than all the rest of a claim's modality.
    """
    folded_text = folded(text)
    if not any(map(folded_text.__contains__, _folded_phrases(phrases))):
        return False
    return phrase_pattern(phrases).search(text) is not None


@lru_cache(maxsize=None)
def _folded_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({folded(phrase) for phrase in phrases}))


@lru_cache(maxsize=None)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One compiled pattern finding any of the phrases as whole words (case-insensitive)."""
    boundary = r"\b" if all(re.match(r"\w", p) for p in phrases) else ""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"{boundary}{initials(phrases)}(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def alternation(words: Iterable[str], *, word: bool = True, suffix: str = "") -> str:
    """A regex alternative of the words, longest first, optionally bounded as whole words."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered:
        return "(?!)"  # no words: a pattern that never matches, not one that matches the empty string
    body = "|".join(re.escape(w) for w in ordered)
    if not word:
        return f"{initials(ordered)}(?:{body}){suffix}"
    # "\b" first when every word starts with a letter or digit: the engine then skips most positions at once.
    boundary = r"\b" if all(re.match(r"\w", w) for w in ordered) else ""
    return rf"{boundary}{initials(ordered)}(?<![\w-])(?:{body}){suffix}(?![\w])"


def initials(words: Iterable[str]) -> str:
    """A lookahead for the first letters of the words, in either case.

    Python's engine tries every alternative of a long alternation at every position; one
    character-class test first rejects most positions at once (five times faster on news text).
    """
    firsts = sorted({variant for w in words if w for variant in (w[0], w[0].lower(), w[0].upper())})
    if not firsts:
        return "(?!)"
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Phrases as a regex alternative, longest first, any run of spaces between their words; none: one
    that never matches."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered) or "(?!)"


def transliterated(value, letters: dict[str, str]):
    """Every string in `value` (keys too) written with `letters` (lowercase letter → its spelling);
    a capital takes the capitalised spelling ("Ш" → "Sh"); other characters stay (digits, ids, "KZT")."""
    if isinstance(value, dict):
        return {transliterated(key, letters): transliterated(item, letters) for key, item in value.items()}
    if isinstance(value, list):
        return [transliterated(item, letters) for item in value]
    if not isinstance(value, str):
        return value
    return "".join(_letter(character, letters) for character in value)


def _letter(character: str, letters: dict[str, str]) -> str:
    if character in letters:
        return letters[character]
    spelled = letters.get(character.lower())
    return character if spelled is None else spelled[:1].upper() + spelled[1:]
