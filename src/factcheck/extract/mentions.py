"""Find numeric mentions in one sentence: numerals with their scale, unit, qualifier and range.

One pass of precompiled patterns per sentence. A `Mention` holds offsets relative to the
sentence and an interval value; deciding what it measures happens in `extract.claims`.
"""

from __future__ import annotations

import re

from factcheck.extract.finders.joins import (
    cents_of_the_currency,
    join_alternatives,
    join_compound_measures,
    join_minor_units,
    join_ranges,
    join_scaled_parts,
    metres_by_their_equivalent,
)
from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.numerals import numeral_mentions
from factcheck.extract.finders.patterns import MentionPatterns, mention_patterns
from factcheck.extract.finders.shapes import SHAPE_FINDERS
from factcheck.extract.finders.spans import DIGIT, Glance, Taken, excluded_spans

__all__ = ["Mention", "MentionPatterns", "find_mentions", "mention_patterns"]


def _a_number_set_aside(sentence: str, start: int, end: int, reason: str, patterns: MentionPatterns,
                        taken: Taken) -> bool:
    """An excluded span that holds a number not read as something else: a title may hold none
    ("«Война и мир»"), a link is no number."""
    if reason == "link" or taken.overlaps(start, end):
        return False
    return reason != "title" or DIGIT.search(sentence, start, end) is not None or \
        patterns.words.search(sentence, start, end) is not None


def find_mentions(sentence: str, patterns: MentionPatterns, blocked: list[tuple[int, int]],
                  aside: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Every numeric mention of the sentence, in order, none overlapping a blocked span. The numbers read
    and set aside as no amount ("Article 5", "one of") go to `aside`, if given, as (start, end, reason)."""
    glance = Glance.of(sentence, patterns)
    if not (glance.digits or glance.spelled):
        return []
    aside = [] if aside is None else aside  # what is set aside tells scores next to it ("6-3 6-7 (2-7)")
    taken = Taken(blocked)
    for start, end, reason in excluded_spans(sentence, patterns):
        if _a_number_set_aside(sentence, start, end, reason, patterns, taken):
            aside.append((start, end, reason))
        taken.add(start, end)
    found: list[Mention] = []
    numerals = numeral_mentions(sentence, patterns, taken, digits=glance.digits, spelled=glance.spelled,
                                aside=aside)
    shapes = [finder.find(sentence, patterns) for finder in SHAPE_FINDERS if finder.may_find(glance, patterns)]
    for mentions in (*shapes, numerals):
        for mention in mentions:
            if not taken.overlaps(mention.number_start, mention.end):
                found.append(mention)
                taken.add(mention.start, mention.end)
    found.sort(key=lambda m: m.start)
    found = join_compound_measures(sentence, join_minor_units(sentence, join_scaled_parts(sentence, found), patterns))
    found = cents_of_the_currency(sentence, found, patterns)
    joined = join_ranges(sentence, join_alternatives(sentence, found, patterns), patterns, aside)
    markers = _inline_list_markers(sentence, joined)
    scores = _scores_beside_scores(sentence, joined, aside)
    aside += [(m.start, m.end, "list marker") for m in markers] + [(m.start, m.end, "score or ratio") for m in scores]
    return metres_by_their_equivalent(sentence, [m for m in joined if m not in markers and m not in scores])


_PAIR = re.compile(r"\d{1,2}[-–]\d{1,2}")
_BETWEEN_SCORES = re.compile(r"[ \u00a0,;()]{1,4}")


def _scores_beside_scores(sentence: str, mentions: list[Mention], aside: list[tuple[int, int, str]]) -> list[Mention]:
    """ "6-7 (3-7) 6-3": a pair written low first ("3-7", a tie-break) next to a score is a score too,
    passed on along a run of them both ways."""
    if not any(reason == "score or ratio" for _, _, reason in aside):
        return []  # most sentences: no score to stand beside
    items = sorted([*((start, end, None) for start, end, reason in aside if reason == "score or ratio"),
                    *((m.start, m.end, m) for m in mentions)], key=lambda item: item[:2])
    scored = [item[2] is None for item in items]
    for order in (range(1, len(items)), range(len(items) - 2, -1, -1)):
        for index in order:
            neighbour = index - 1 if order.step == 1 else index + 1
            start, end, mention = items[index]
            if scored[index] or not scored[neighbour] or not _PAIR.fullmatch(sentence, start, end):
                continue
            gap = (items[neighbour][1], start) if neighbour < index else (end, items[neighbour][0])
            scored[index] = _BETWEEN_SCORES.fullmatch(sentence, *gap) is not None
    return [item[2] for item, score in zip(items, scored, strict=True) if score and item[2] is not None]


_BEFORE_AN_ITEM = re.compile(r"[ \u00a0]{1,3}[\"«“(]?[A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _inline_list_markers(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "Условия 1 Трудоустройство 2 Заработная плата 3 Опцион": a list whose line breaks were lost, its
    markers the numbers 1, 2, 3... in order, each before a capital. None unless 1 and 2 are there."""
    expected, markers = 1, []
    for mention in mentions:
        if mention.value == expected and sentence[mention.start:mention.end] == str(expected) and \
                _BEFORE_AN_ITEM.match(sentence, mention.end):
            markers.append(mention)
            expected += 1
    return markers if len(markers) >= 2 else []
