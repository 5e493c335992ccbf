"""Numbers that end a name: "the FTSE 250 rose", "reported it to Windows 11 support", "Halo 2 has"."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation

SPACE = r"[ \u00a0]"


def name_number_pattern(lexicon: Lexicon, attached_scales: list[str]) -> re.Pattern | None:
    """A capitalised word and a whole number, then a word that counts nothing: after "the" (or the
    lexicon's `name_articles`) also before a comma or bracket; inside a sentence, before a lower-case
    word. Not "The Firm Hired 300 Staff", "putting Labour 5 points ahead", "on Friday 15 protesters",
    "Tesco 5 percent", "the UK 2,000 jobs"."""
    if not lexicon.name_articles:
        return None
    scale = alternation([*lexicon.scale_words, *attached_scales], word=False)
    counted = alternation([*lexicon.percent_words, *lexicon.units, *lexicon.currency_names], word=False)
    plural = r"[a-z]{2,}(?<!s)s\b"
    name = rf"(?-i:[A-Z])[\w-]{{0,20}}{SPACE}{{1,3}}\d{{1,4}}+"
    word_after = rf"{SPACE}{{1,3}}(?!(?:{counted}|{scale}|{plural})(?![\w]))(?-i:[a-z])"
    articles = alternation(lexicon.name_articles, word=False)
    # Inside a sentence, a word in title case that is no function word or qualifier ("Up To 500", "ALMOST 500").
    common = {*lexicon.stopwords, *(word for group in lexicon.qualifiers.values() for phrase in group
                                    for word in phrase.split())}
    # "host of BBC 6 Music", "Fathers 4 Justice": a name goes on in title case after the number (not "5 Britons")
    name_goes_on = rf"{SPACE}{{1,3}}(?-i:[A-Z][a-z]{{1,20}})(?<!s)\b"
    inside = rf"(?=(?-i:[A-Z][a-z]))(?!(?:{alternation(sorted(common), word=False)})(?![\w])){name}" \
             rf"(?={word_after}|{name_goes_on}|[,;)](?!\d)|\.(?![\d\w]))"
    return re.compile(rf"\b(?:{articles}){SPACE}{{1,3}}{name}(?={word_after}|[,;:)](?!\d))"
                      rf"|(?<=(?-i:[a-z]){SPACE}){inside}|(?<=(?-i:[a-z]),{SPACE}){inside}", re.IGNORECASE)
