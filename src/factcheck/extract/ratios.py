"""Ratios of two figures: "The 337,000 jobs added in October were twice the 169,000 forecast".

A figure, a multiple that compares it (a `[multiples]` entry with `of_figure`, read only before a
figure), then the figure it multiplies: the first must be that many times the second. The words are
the `[ratios]` table of each lexicon: `links` between the multiple and the second figure ("the", "as
many as"), `copulas` the verbs that may stand right before the multiple ("was", "were").
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.change_statements import LEVELS
from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.patterns import mention_patterns
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import phrase_alternation
from factcheck.model import Claim, Statement


def ratio_statements(text: str, document: str, mentions: list[Mention], claims: list[Claim],
                     lexicon: Lexicon) -> list[Statement]:
    link, between = mention_patterns(lexicon).ratio_link, _figure_then_multiple(lexicon)
    if link is None or between is None:
        return []
    found = []
    for index in range(1, len(mentions) - 1):
        figure, multiple, base = mentions[index - 1:index + 2]
        if multiple.unit != "fold" or multiple.direction is not None or base.kind not in LEVELS \
                or figure.kind != base.kind or figure.unit != base.unit:
            continue
        linked = link.match(text, multiple.end)
        if linked is None or linked.end() != base.start or not between.fullmatch(text, figure.end, multiple.start):
            continue
        found.append(Statement("ratio", document, {"figure": claims[index - 1].id, "multiple": claims[index].id,
                                                   "base": claims[index + 1].id}))
    return found


@lru_cache(maxsize=None)
def _figure_then_multiple(lexicon: Lexicon) -> re.Pattern | None:
    """ "337,000 new jobs added in October were ", "300 cars, ": the counted noun and up to eight words,
    then a copula or a comma or dash right before the multiple."""
    if not lexicon.ratio_copulas:
        return None
    copulas = phrase_alternation(lexicon.ratio_copulas)
    words = r"(?:\s{1,3}[^\W_][\w'’-]{0,20}){0,8}?"
    return re.compile(rf"{words}(?:\s{{1,3}}(?:{copulas})\s{{1,3}}|\s{{0,3}}[,(–—-]\s{{1,3}})", re.IGNORECASE)
