"""The patterns of places in a ranking: "finished 3rd", "ranked 66th of 140", "66-е место", "Platz 66"."""

from __future__ import annotations

import re

from factcheck.extract.finders.lexicon_words import inflected
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation, phrase_alternation


def rank_patterns(lexicon: Lexicon) -> dict:
    """ "finished 3rd", "ranked 66th of 50 countries": a place written with an ordinal ending."""
    endings = phrase_alternation(lexicon.ordinal_endings)
    return dict(
        rank=re.compile(rf"(?<![\w.,])(?P<rank>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?:{endings})\b(?:\s+(?:{phrase_alternation(lexicon.rank_words)}))?"
                        rf"(?:\s+(?:{phrase_alternation(lexicon.rank_out_of)})\s+(?P<field>\d{{1,4}})\b)?"),
        ordinal_digits=re.compile(rf"\d(?:{endings})"),  # "3rd": a cheap test, the digit first
        rank_before=re.compile(rf"\b(?:{phrase_alternation(lexicon.rank_verbs)}|(?:{phrase_alternation(lexicon.rank_verb_stems)})\w*)\b"),
        rank_after=re.compile(rf"\w*\s+(?:{phrase_alternation(lexicon.rank_words)})"),
    )


def local_rank_pattern(lexicon: Lexicon) -> re.Pattern | None:
    """ "66-е место", "66-орын", "Platz 66", "66. Platz": a place told by a hyphenated ending (or a hyphen
    straight before the place word) or a dot; a language with neither writes its places with glued
    endings ("66th"), read by `rank`."""
    if not (lexicon.ordinal_suffixes or lexicon.dotted_ordinals):
        return None
    rank_words = inflected(lexicon.rank_words, lexicon)
    ordinal = alternation(lexicon.ordinal_suffixes, word=False) if lexicon.ordinal_suffixes else r"(?!)"
    if "*" in lexicon.ordinal_suffixes:
        ordinal = r"[^\W\d_]+"
    dotted = r"\." if lexicon.dotted_ordinals else r"(?!)"
    return re.compile(rf"(?<![\w.,])(?P<rank>\d{{1,4}})(?:-(?:{ordinal})\s+|-|{dotted}\s+)(?:{rank_words})(?![\w])"
                      rf"|(?<![\w])(?:{rank_words})\s+(?P<rank2>\d{{1,4}})(?![\w.,]\d|\w)", re.IGNORECASE)
