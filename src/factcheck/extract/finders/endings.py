"""What is written right after digits: a case ending that belongs to the number ("12-ден", "10-ти"),
an ordinal ending that makes it no amount ("66-е", "5-ші", "3. Platz"), or the root of a hyphened
compound that says what it counts ("630-местный", "10-дневный"); whether a glued "m" is metres or millions."""

from __future__ import annotations

import re

from factcheck.extract.finders.mention import unit_kind
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.pint_units import stem_unit_after
from factcheck.extract.text_words import LETTER_RUN, NEXT_WORD, folded, folded_runs


def is_ordinal(sentence: str, end: int, patterns: MentionPatterns) -> bool:
    """ "66-е", "5-ші", German "3. Platz", "(68., 78.)", "(53./PP)": an ordinal, not an amount (dates are found before
    this)."""
    lexicon = patterns.lexicon
    if lexicon.dotted_ordinals and re.match(r"\.(?:[ \u00a0]+[^\W\d_]|[,)/])", sentence[end:end + 3]):
        return True
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    if suffix is None:
        return False
    ending = folded(suffix.group("suffix"))
    if _the_numbers_ending(sentence, end, ending, lexicon) or (
            patterns.qualifier_after and patterns.qualifier_after.match(sentence, end)):
        return False  # "12-ден", "10-ти", "ещё 73-х": a case ending; "700-дей": a qualifier
    unit = patterns.unit_after.match(sentence, end)  # one letter after the hyphen is an ending: "на 97-м году"
    if (unit and len(unit.group(0)) > 2) or stem_unit_after(sentence, end, lexicon) or (
            patterns.compound_root_after and patterns.compound_root_after.match(sentence, end)):
        return False  # "70-процентное увеличение", "96-метровая башня", "630-местный": hyphened adjectives
    return "*" in lexicon.ordinal_suffixes or ending in lexicon.ordinal_suffixes or bool(lexicon.inflections)


def case_ending(sentence: str, end: int, patterns: MentionPatterns) -> int:
    """Past a case ending written after a hyphen ("12-ден астам"): it belongs to the number."""
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    if suffix and _the_numbers_ending(sentence, end, folded(suffix.group("suffix")), patterns.lexicon):
        return suffix.end()
    return end


def _the_numbers_ending(sentence: str, end: int, ending: str, lexicon: Lexicon) -> bool:
    """A case ending of the number hyphened to its digits: "12-ден", "10-ти", and "-х" after digits that
    do not end in 0 ("ещё 73-х"; "90-х годов" is a decade)."""
    return ending in lexicon.inflections or ending in lexicon.digit_case_endings or (
        ending in lexicon.decade_endings and sentence[end - 1:end] != "0")


def compound_root_at(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str] | None:
    """ "630-местный парламент", "10-дневный траур": what the root of a hyphened compound counts."""
    root = patterns.compound_root_after.match(sentence, end) if patterns.compound_root_after else None
    if root is None:
        return None
    lexicon = patterns.lexicon
    unit = lexicon.compound_roots[folded(root.group("root"))]
    return unit, root.end(), "money" if unit in lexicon.currency_names.values() else unit_kind(unit)


# The one scale letter that is also a length's symbol: "60m" is 60 million, or 60 metres.
METRE = "m"


def _money_before(sentence: str, start: int, lexicon: Lexicon) -> bool:
    """ "£60m", "$10-25m", "Australian dollars 648m": a currency sign shortly before, or a currency's name
    as the word before."""
    before = sentence[max(0, start - 12):start]
    if any(symbol in before for symbol in lexicon.currency_symbols):
        return True
    words = LETTER_RUN.findall(before)
    return bool(words) and before.rstrip().endswith(words[-1]) and (
        words[-1] in lexicon.currency_names or folded(words[-1]) in lexicon.shared_currencies)


def metres_glued(sentence: str, match: re.Match, style: str, patterns: MentionPatterns) -> bool:
    """ "the men's 60m", "cleared 4.88m": a glued "m" is metres in a sentence about distances run, jumped
    or thrown (`pint_units.distance_words`), unless a currency opens the amount ("£60m") or a noun it
    counts follows ("14m viewers watched the heats")."""
    lexicon = patterns.lexicon
    if style != "digits" or match.group("attached") != METRE or not lexicon.distance_words:
        return False
    if _money_before(sentence, match.start(), lexicon):
        return False
    following = NEXT_WORD.match(sentence, match.end())
    word = folded(following.group(1)) if following else ""
    if word and word not in lexicon.stopwords and word not in lexicon.distance_words:
        return False
    return not lexicon.distance_words.isdisjoint(folded_runs(sentence))
