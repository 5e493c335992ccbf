"""What is written right after digits: a case ending that belongs to the number ("12-ден", "10-ти"),
an ordinal ending that makes it no amount ("66-е", "5-ші", "3. Platz"), or the root of a hyphened
compound that says what it counts ("630-местный", "10-дневный")."""

from __future__ import annotations

import re

from factcheck.extract.finders.mention import DURATION_UNITS
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.pint_units import stem_unit_after
from factcheck.extract.text_words import folded


def is_ordinal(sentence: str, end: int, patterns: MentionPatterns) -> bool:
    """ "66-е", "5-ші", German "3. Platz": an ordinal, not an amount (dates are found before this)."""
    lexicon = patterns.lexicon
    if lexicon.dotted_ordinals and re.match(r"\.[ \u00a0]+[^\W\d_]", sentence[end:end + 3]):
        return True
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    if suffix is None:
        return False
    ending = folded(suffix.group("suffix"))
    if ending in lexicon.inflections or ending in lexicon.digit_case_endings or (
            patterns.qualifier_after and patterns.qualifier_after.match(sentence, end)):
        return False  # "12-ден", "700-дей": a case ending, a qualifier
    if patterns.unit_after.match(sentence, end) or stem_unit_after(sentence, end, lexicon) or (
            patterns.compound_root_after and patterns.compound_root_after.match(sentence, end)):
        return False  # "70-процентное увеличение", "96-метровая башня", "630-местный": hyphened adjectives
    return "*" in lexicon.ordinal_suffixes or ending in lexicon.ordinal_suffixes or bool(lexicon.inflections)


def case_ending(sentence: str, end: int, patterns: MentionPatterns) -> int:
    """Past a case ending written after a hyphen ("12-ден астам"): it belongs to the number."""
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    ending = folded(suffix.group("suffix")) if suffix else ""
    if ending and (ending in patterns.lexicon.inflections or ending in patterns.lexicon.digit_case_endings):
        return suffix.end()
    return end


def compound_root_at(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str] | None:
    """ "630-местный парламент", "10-дневный траур": what the root of a hyphened compound counts."""
    root = patterns.compound_root_after.match(sentence, end) if patterns.compound_root_after else None
    if root is None:
        return None
    unit = patterns.lexicon.compound_roots[folded(root.group("root"))]
    return unit, root.end(), "duration" if unit in DURATION_UNITS else "count" if unit == "dimensionless" \
        else "measurement"
