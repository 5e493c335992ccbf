"""Differences: a figure that is the gap between two others, not a level of its own.

"a majority of 5,907", "a lead of 3 points", "240 more than last year", "240 Anzeigen weniger als
2014", "на 240 больше": such a figure counts what its measure counts, but it is neither a total nor
a part of one, so a rule comparing levels must not take it for either. Its claim has the kind
"difference". The words are data, the `[differences]` table of each lexicon: `before`, phrases right
before the figure ("a majority of"); `comparatives` and `than`, "N [words] more [words] than"; `by`,
a word before the figure that makes a difference with a comparative after it and no "than" ("на").
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcheck.extract.change_statements import LEVELS
from factcheck.extract.lexicon import Lexicon
from factcheck.model import Claim, Statement

_SPACE = r"\s{1,3}"  # bounded: an unbounded run before a pattern that also starts with spaces backtracks
_WORDS_BETWEEN = rf"(?:{_SPACE}[^\W\d_][\w'’-]{{0,30}}){{0,2}}"


@attrs.frozen(eq=False)
class _Patterns:
    before: re.Pattern | None  # "a majority of " right before the figure
    by: re.Pattern | None  # "на " right before the figure
    comparative: re.Pattern | None  # " more ... than" (or " больше") right after it


def is_difference(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the count at text[start:end] is stated as a difference."""
    patterns = _patterns(lexicon)
    head, tail = text[max(0, start - 40):start], text[end:end + 60]
    if patterns.before and patterns.before.search(head):
        return True
    if not patterns.comparative or not patterns.comparative.match(tail):
        return False
    return patterns.by is None or bool(patterns.by.search(head))


@lru_cache(maxsize=None)
def _patterns(lexicon: Lexicon) -> _Patterns:
    table = lexicon.differences
    than = table.get("than", ())
    comparative = None
    if table.get("comparatives"):
        ending = rf"{_WORDS_BETWEEN}{_SPACE}(?:{_alternatives(than)})" if than else ""
        comparative = re.compile(rf"{_WORDS_BETWEEN}{_SPACE}(?:{_alternatives(table['comparatives'])}){ending}"
                                 r"(?![^\W\d_])", re.IGNORECASE)
    return _Patterns(_opener(table.get("before", ())), _opener(table.get("by", ())) if not than else None,
                     comparative)


def _opener(phrases) -> re.Pattern | None:
    return re.compile(rf"(?<![^\W\d_])(?:{_alternatives(phrases)}){_SPACE}$", re.IGNORECASE) if phrases else None


def _alternatives(phrases) -> str:
    return "|".join(_SPACE.join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))


def difference_statement(document: str, sentence_claims: list[Claim]) -> Statement | None:
    """ "won with 21,400 votes, against 15,100 for Jones, a majority of 6,300": the gap and the two
    figures it separates, when its sentence states exactly two counts of its measure before it."""
    gaps = [claim for claim in sentence_claims if claim.kind == "difference"]
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    figures = [claim for claim in sentence_claims if claim.kind == "count" and claim.span.start < gap.span.start
               and claim.quantity.unit == gap.quantity.unit and claim.measure == (gap.measure or claim.measure)]
    if len(figures) != 2 or figures[0].measure != figures[1].measure:
        return None
    smaller, larger = sorted(figures, key=lambda claim: claim.quantity.value)
    return Statement("difference", document, {"larger": larger.id, "smaller": smaller.id, "difference": gap.id})


_FIGURES = LEVELS | {"difference"}  # the levels, and a count already read as a gap
# "£35m, £7.5m less", "£35bn - £2.5bn less", "3,200 staff, 250 more": the figure (and its counted
# noun), a comma or dash, the gap
_THEN_GAP = re.compile(r"(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,2}\s{0,3}[,–—-]\s{0,3}")
_THEN_REFERENCE = re.compile(r"(?:\s{1,3}[^\W\d_]{1,12}){0,2}\s{0,3}")  # "than [the] £37.5m"


def comparison_statements(document: str, text: str, mentions: list, claims: list[Claim],
                          lexicon: Lexicon) -> list[Statement]:
    """ "The city borrowed £35m, £7.5m less than the £37.5m it had planned": a figure, then its gap to
    a second figure the comparative names; the larger minus the smaller must be the gap."""
    comparative = _patterns(lexicon).comparative
    if comparative is None or not lexicon.differences.get("than"):
        return []
    found = []
    for index in range(len(claims) - 2):
        figure, gap, reference = claims[index:index + 3]
        if {figure.kind, gap.kind, reference.kind} - _FIGURES or \
                not figure.quantity.unit == gap.quantity.unit == reference.quantity.unit:
            continue
        said = comparative.match(text, mentions[index + 1].end)
        if said is None or not _THEN_GAP.fullmatch(text, mentions[index].end, mentions[index + 1].start) \
                or not _THEN_REFERENCE.fullmatch(text, said.end(), mentions[index + 2].start):
            continue
        smaller, larger = sorted((figure, reference), key=lambda claim: claim.quantity.value)
        found.append(Statement("difference", document, {"larger": larger.id, "smaller": smaller.id,
                                                        "difference": gap.id}))
    return found
