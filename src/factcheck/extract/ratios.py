"""Ratios of two figures: "The 337,000 jobs added in October were twice the 169,000 forecast",
"Pernod, at 7.5bn euros, is about 9% smaller than Allied Domecq, at 8.2bn euros".

A figure, a multiple that compares it (a `[multiples]` entry with `of_figure`, read only before a
figure), then the figure it multiplies: the first must be that many times the second. The words are
the `[ratios]` table of each lexicon: `links` between the multiple and the second figure ("the", "as
many as"), `copulas` the verbs that may stand right before the multiple ("was", "were").

A percent and a comparative ("9% smaller than", `[differences]` comparatives_up/_down, `than`) compare
the figure before it with the first one of its unit after "than": a change from the second to the first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.change_statements import LEVELS
from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.patterns import mention_patterns
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import folded, phrase_alternation
from factcheck.model import Claim, Statement


def ratio_statements(text: str, document: str, mentions: list[Mention], claims: list[Claim],
                     lexicon: Lexicon) -> list[Statement]:
    """ "337,000 jobs ... were twice the 169,000 forecast": the figure, the multiple and its base, in a row."""
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


def percent_comparisons(text: str, document: str, mentions: list[Mention], claims: list[Claim],
                        lexicon: Lexicon) -> list[Statement]:
    """ "7.5bn euros ($9.7bn) - is about 9% smaller than ... 8.2bn euros": a change from the figure after
    "than" to the one before the percent, its direction the comparative's."""
    comparative = _comparative(lexicon)
    if comparative is None:
        return []
    found = []
    for index, percent in enumerate(mentions):
        said = comparative.match(text, percent.end) if percent.unit == "percent" else None
        if said is None:
            continue
        after = [at for at in range(index + 1, len(mentions))
                 if mentions[at].start - said.end() <= 120 and mentions[at].kind in LEVELS]
        pairs = [(base, figure) for base in after if (figure := _figure_before(mentions, index, base)) is not None]
        if not pairs:
            continue
        # the figures as first stated rather than their equivalents in brackets, where the text gives both
        base, figure = min(pairs, key=lambda pair: sum(_in_brackets(text, mentions[at]) for at in pair))
        if _clause_break(text[mentions[figure].end:mentions[base].start]):
            continue
        direction = "up" if folded(said.group("word")) in lexicon.comparatives_up else "down"
        found.append(Statement("change", document, {"start": claims[base].id, "end": claims[figure].id,
                                                    "change": claims[index].id, "direction": direction,
                                                    "reading": "comparison"}))
    return found


def _figure_before(mentions: list[Mention], index: int, base: int) -> int | None:
    """The nearest figure before the percent in the unit of the one after "than"."""
    return next((at for at in range(index - 1, -1, -1) if mentions[at].kind == mentions[base].kind
                 and mentions[at].unit == mentions[base].unit), None)


def _clause_break(between: str) -> bool:
    """A semicolon outside brackets: the second figure is another clause's."""
    outside = re.sub(r"\([^()]{0,200}\)", "", between).split("(")[0]
    return ";" in outside


def _in_brackets(text: str, mention: Mention) -> bool:
    """ "£5.7bn ($10.7bn; 8.2bn euros)": an equivalent restating the amount before it."""
    return text[max(0, mention.start - 3):mention.start].rstrip().endswith(("(", ";"))


@lru_cache(maxsize=None)
def _comparative(lexicon: Lexicon) -> re.Pattern | None:
    """ " smaller than", " higher than": right after a percent."""
    words = [*lexicon.comparatives_up, *lexicon.comparatives_down]
    than = lexicon.differences.get("than", ())
    if not words or not than:
        return None
    return re.compile(rf"\s{{1,3}}(?P<word>{phrase_alternation(words)})\s{{1,3}}(?:{phrase_alternation(than)})\s",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _figure_then_multiple(lexicon: Lexicon) -> re.Pattern | None:
    """ "337,000 new jobs added in October were ", "300 cars, ": the counted noun and up to eight words,
    then a copula or a comma or dash right before the multiple."""
    if not lexicon.ratio_copulas:
        return None
    copulas = phrase_alternation(lexicon.ratio_copulas)
    words = r"(?:\s{1,3}[^\W_][\w'’-]{0,20}){0,8}?"
    return re.compile(rf"{words}(?:\s{{1,3}}(?:{copulas})\s{{1,3}}|\s{{0,3}}[,(–—-]\s{{1,3}})", re.IGNORECASE)
