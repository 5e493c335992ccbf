"""Find numeric mentions in one sentence: numerals with their scale, unit, qualifier and range.

One pass of precompiled patterns per sentence. A `Mention` holds offsets relative to the
sentence and an interval value; deciding what it measures happens in `extract.claims`.
"""

from __future__ import annotations

import re

from factcheck.extract.finders.joins import join_alternatives, join_minor_units, join_ranges, metres_by_their_equivalent
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
    taken = Taken(blocked)
    for start, end, reason in excluded_spans(sentence, patterns):
        if aside is not None and _a_number_set_aside(sentence, start, end, reason, patterns, taken):
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
    joined = join_ranges(sentence, join_alternatives(sentence, join_minor_units(sentence, found, patterns), patterns),
                         patterns, aside)
    markers = _inline_list_markers(sentence, joined)
    if aside is not None:
        aside += [(m.start, m.end, "list marker") for m in markers]
    return metres_by_their_equivalent(sentence, [m for m in joined if m not in markers])


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
