"""Lexicon words as pattern alternatives, each optionally under one of the language's case endings
("жүзден", "пайызға"): shared by the pattern modules of the finders."""

from __future__ import annotations

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation


def inflected(words, lexicon: Lexicon) -> str:
    """Words as an alternative, each optionally carrying one of the language's case endings."""
    if not lexicon.inflections:
        return alternation(words, word=False)
    return alternation(words, word=False, suffix=f"(?:{alternation(lexicon.inflections, word=False)})?")
