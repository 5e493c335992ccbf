"""Find numeric mentions in one sentence: numerals with their scale, unit, qualifier and range.

One pass of precompiled patterns per sentence. A `Mention` holds offsets relative to the
sentence and an interval value; deciding what it measures happens in `extract.claims`.
"""

from __future__ import annotations

from factcheck.extract.finders.joins import join_alternatives, join_minor_units, join_ranges
from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.numerals import numeral_mentions
from factcheck.extract.finders.patterns import MentionPatterns, mention_patterns
from factcheck.extract.finders.shapes import fractions, multiples, ranks, ratios, scores
from factcheck.extract.finders.spans import DIGIT, Taken, excluded_spans, may_spell_a_number
from factcheck.extract.text_words import folded_runs

__all__ = ["Mention", "MentionPatterns", "find_mentions", "mention_patterns"]


def find_mentions(sentence: str, patterns: MentionPatterns, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Every numeric mention of the sentence, in order, none overlapping a blocked span."""
    digits, spelled = DIGIT.search(sentence) is not None, may_spell_a_number(sentence, patterns)
    if not (digits or spelled):
        return []
    taken = Taken(blocked)
    for start, end in excluded_spans(sentence, patterns):
        taken.add(start, end)
    found: list[Mention] = []
    numerals = numeral_mentions(sentence, patterns, taken, digits=digits, spelled=spelled)
    finders = _finders(sentence, patterns, digits=digits, spelled=spelled)
    for mentions in (*(finder(sentence, patterns) for finder in finders), numerals):
        for mention in mentions:
            if not taken.overlaps(mention.number_start, mention.end):
                found.append(mention)
                taken.add(mention.start, mention.end)
    found.sort(key=lambda m: m.start)
    return join_ranges(sentence, join_alternatives(sentence, join_minor_units(sentence, found, patterns), patterns),
                        patterns)


def _finders(sentence: str, patterns: MentionPatterns, *, digits: bool, spelled: bool) -> list:
    """The finders besides the numerals' that may find something in the sentence, in the order they run."""
    runs = folded_runs(sentence) if spelled else frozenset()

    def may_read(finder: str) -> bool:  # a word one of its matches must hold
        return not patterns.finder_words[finder].isdisjoint(runs)

    needed = {
        scores: digits and ("/" in sentence or "out of" in sentence),  # "12/25", "12 out of 25"
        ranks: digits,
        ratios: spelled and may_read("ratios"),
        multiples: may_read("multiples") or (digits and "fold" in sentence.lower()),  # "fivefold", "5-fold"
        fractions: may_read("fractions"),
    }
    return [finder for finder, need in needed.items() if need]


