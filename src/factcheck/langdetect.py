"""Language of a text by its script: Kazakh-only Cyrillic letters, Cyrillic, German marks, else English.

langdetect has no Kazakh (it answers Russian), so a script heuristic is the better default.
"""

from __future__ import annotations

import re

_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[A-Za-z]")
_GERMAN_MARKS = re.compile(r"[äöüßÄÖÜ]|\b(?:und|der|die|das|nicht|mit|für|ist|eine|wurde)\b")
_ENGLISH_MARKS = re.compile(r"\b(?:the|and|of|with|for|is|was|that|were)\b")

SUPPORTED = ("en", "de", "ru", "kk")


def detect_language(text: str, sample: int = 20_000) -> str:
    head = text[:sample]
    cyrillic = len(_CYRILLIC.findall(head))
    kazakh = len(_KAZAKH_LETTERS.findall(head))
    latin = len(_LATIN.findall(head))
    if cyrillic + kazakh > latin:
        return "kk" if kazakh * 40 >= cyrillic and kazakh >= 3 else "ru"
    if len(_GERMAN_MARKS.findall(head)) > len(_ENGLISH_MARKS.findall(head)):
        return "de"
    return "en"
