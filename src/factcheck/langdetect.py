"""Language of a text by its script: Kazakh-only Cyrillic letters, Cyrillic, German marks, else English.

langdetect has no Kazakh (it answers Russian), so a script heuristic is the better default. Pages
mix languages (a Russian quote in a Kazakh article, an English abstract above a German text), so
paragraphs are detected one by one, each falling back to the document's language when unclear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

# Runs of letters, counted by their lengths: twice as fast as one match per letter.
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]+")
_LATIN = re.compile(r"[A-Za-z]+")
_CYRILLIC_OR_KAZAKH = re.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_GERMAN_FUNCTION_WORDS = ("und", "der", "die", "das", "den", "dem", "des", "nicht", "mit", "für", "ist", "sind",
                          "eine", "einen", "wurde", "auf", "von", "sich")
_GERMAN_WORDS = re.compile(rf"\b(?:{'|'.join(_GERMAN_FUNCTION_WORDS)})\b")
_GERMAN_WORD_SET = frozenset(_GERMAN_FUNCTION_WORDS)
_ENGLISH_MARKS = re.compile(r"\b(?:the|and|of|with|for|is|was|that|were)\b")

MIN_PARAGRAPH_LETTERS = 40  # below this a paragraph says too little to overrule its document
_SCRIPT = {"en": "latin", "de": "latin", "ru": "cyrillic", "kk": "cyrillic"}


# The marks counted from one scan for all the mark words, in C, where a match object per mark cost
# twice as much (and a count of every word of the text, more still); umlauts are counted apart.
_UMLAUTS = "äöüßÄÖÜ"
_GERMAN_MARK_WORDS = ("und", "der", "die", "das", "nicht", "mit", "für", "ist", "eine", "wurde")
_ENGLISH_MARK_WORDS = ("the", "and", "of", "with", "for", "is", "was", "that", "were")
_MARK_WORDS = re.compile(rf"\b(?:{'|'.join((*_GERMAN_MARK_WORDS, *_ENGLISH_MARK_WORDS))})\b")


def detect_language(text: str, sample: int = 20_000) -> str:
    head = text[:sample]
    if _CYRILLIC_OR_KAZAKH.search(head):  # else no letter counts are needed: Latin script it is
        cyrillic = _letters(_CYRILLIC, head)
        kazakh = _letters(_KAZAKH_LETTERS, head)
        if cyrillic + kazakh > _letters(_LATIN, head):
            return "kk" if kazakh * 40 >= cyrillic and kazakh >= 3 else "ru"
    german, english = _marks(head)
    return "de" if german > english else "en"


def _marks(text: str) -> tuple[int, int]:
    """German marks (umlauts and ß, and German function words) and English ones (its function words)."""
    words = Counter(_MARK_WORDS.findall(text))
    umlauts = sum(map(text.count, _UMLAUTS)) - words["für"]  # "für" is one German mark, not two
    return umlauts + sum(map(words.__getitem__, _GERMAN_MARK_WORDS)), sum(map(words.__getitem__, _ENGLISH_MARK_WORDS))


def _letters(pattern: re.Pattern, text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def detect_paragraph_language(text: str, document_language: str, letter_runs: Collection[str] | None = None) -> str:
    """The paragraph's language when it clearly differs from its document's, else the document's.

    Another script decides at once (a Cyrillic paragraph in an English page); within one script the
    paragraph needs clear evidence: Kazakh letters for Kazakh, twice as many German function words
    as English ones (a name such as "Müller" alone does not make English German).

    `letter_runs`, the paragraph's runs of letters as written, when the caller has them at hand: a
    paragraph holding no German function word among them needs no scan for them.
    """
    if len(text) < MIN_PARAGRAPH_LETTERS or document_language not in _SCRIPT:
        return document_language
    if _SCRIPT[document_language] == "latin" and not _CYRILLIC_OR_KAZAKH.search(text) and (
            (letter_runs is not None and _GERMAN_WORD_SET.isdisjoint(letter_runs))
            or len(_GERMAN_WORDS.findall(text)) < 3):
        return document_language  # the common case: Latin text with no German to speak of
    letters = _letters(_LATIN, text) + _letters(_CYRILLIC, text) + _letters(_KAZAKH_LETTERS, text)
    if letters < MIN_PARAGRAPH_LETTERS:
        return document_language
    detected = detect_language(text)
    if _SCRIPT[detected] != _SCRIPT[document_language]:
        return detected
    if detected == document_language:
        return document_language
    if detected == "kk":
        return "kk"
    if detected == "ru":  # Kazakh text may go a sentence without a Kazakh-only letter
        return "ru" if not _KAZAKH_LETTERS.search(text) and letters >= 2 * MIN_PARAGRAPH_LETTERS else document_language
    german, english = len(_GERMAN_WORDS.findall(text)), len(_ENGLISH_MARKS.findall(text))
    if detected == "de":
        return "de" if german >= 3 and german >= 2 * english else document_language
    return "en" if english >= 3 and english >= 2 * german else document_language
