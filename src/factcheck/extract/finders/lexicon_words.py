"""Lexicon words as pattern alternatives, each optionally under one of the language's case endings
("жүзден", "пайызға"): shared by the pattern modules of the finders."""

from __future__ import annotations

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation


def inflected(words, lexicon: Lexicon, *, units: bool = False) -> str:
    """Words as an alternative, each optionally carrying one of the language's case endings, or with
    `units` one that makes a unit an adjective ("теңгелік")."""
    endings = (*lexicon.inflections, *(lexicon.unit_adjectives if units else ()))
    if not endings:
        return alternation(words, word=False)
    return alternation(words, word=False, suffix=f"(?:{alternation(endings, word=False)})?")
