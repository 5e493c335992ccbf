"""Numbers with a shape of their own: scores ("12 / 25"), ratios ("one out of three"), ranks ("3rd of
12"), multiples ("fivefold"), fractions ("a third") and vague plurals ("hundreds")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

import attrs

from factcheck.extract.context import singular
from factcheck.extract.finders.compounds import compounds, may_find_compounds
from factcheck.extract.finders.decimals import MIXED_WHOLE
from factcheck.extract.finders.directions import direction_near, direction_of, percent_kind
from factcheck.extract.finders.mention import Mention
from factcheck.extract.finders.numerals import (
    may_end_a_qualifier,
    qualified,
    qualified_after,
    scale_value,
    unit_at,
)
from factcheck.extract.finders.occurrences import may_find_occurrences, occurrences
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.scientific import may_find_scientific, scientific
from factcheck.extract.finders.spans import Glance
from factcheck.extract.finders.spelled import capitalised_in_a_name
from factcheck.extract.lexicon import Lexicon, folded_key
from factcheck.extract.numbers import parse_localized, parse_number_words
from factcheck.extract.text_words import NEXT_WORD, alternation, folded


def scores(sentence: str, patterns: MentionPatterns):
    for match in patterns.score.finditer(sentence):
        got, maximum = float(match.group("got")), float(match.group("max"))
        tight = sentence[match.end("got"):match.start("max")] == "/"
        if maximum == 0 or maximum > 10_000 or (got > maximum and tight):  # "24/7" is no score; "27 / 25" is
            continue
        if tight and MIXED_WHOLE.search(sentence, max(0, match.start() - 2), match.start()):
            continue  # "10 1/2 miles": the fraction of a mixed number (decimals.fraction_after)
        if not tight and _counts_a_noun(sentence, match.end(), patterns):
            continue  # "9 out of 10 cases": a part and its whole, as "9 из 10 случаев" (statements.py)
        if tight and (measured := _measured_fraction(sentence, match, got / maximum, patterns)):
            yield measured
            continue
        if tight and got < maximum and maximum in _VULGAR and NEXT_WORD.match(sentence, match.end()) \
                and _names_its_whole(sentence, match.end(), patterns.lexicon):
            share = got / maximum  # "not less than 3/4 of the sentence", "2/3 голосов": a share, no score
            start, low, high, qualifier = qualified(sentence, match.start(), share, 0.0, patterns)
            yield Mention(start, match.end(), share, low, high, "dimensionless", qualifier, "share",
                          number_start=match.start())
            continue
        yield Mention(match.start(), match.end(), got, got, got, "point", "exact", "score",
                      out_of=maximum, number_start=match.start())


_VULGAR = frozenset({2, 3, 4, 5, 6, 8, 10})  # the denominators of the fractions news writes with a slash


def _counts_a_noun(sentence: str, end: int, patterns: MentionPatterns) -> bool:
    """ "out of 10 cases", "9 out of 10 people": a plural the whole counts follows it, no unit and not the
    points a score is in ("13 out of 20 points", "7 out of 10 overall" are scores)."""
    following = NEXT_WORD.match(sentence, end)
    if following is None or not following.group(1)[0].islower():
        return False
    word = folded(following.group(1))
    noun = singular(word)
    plural = noun != word or word in patterns.lexicon.plurals
    return plural and noun != "point" and unit_at(sentence, end, patterns)[0] == "dimensionless"


def _measured_fraction(sentence: str, match: re.Match, value: float, patterns: MentionPatterns) -> Mention | None:
    """ "3/4 cup", "1/2 mile": a fraction of the unit after it, no score."""
    unit, end, kind = unit_at(sentence, match.end(), patterns)
    if kind not in {"measurement", "duration"}:
        return None
    return Mention(match.start(), end, value, value, value, unit, "exact", kind, number_start=match.start())


def may_find_scores(glance: Glance, patterns: MentionPatterns) -> bool:
    """ "12/25", "12 out of 25"."""
    return glance.digits and ("/" in glance.sentence or any(link in glance.sentence
                                                            for link in patterns.lexicon.score_links))


def ratios(sentence: str, patterns: MentionPatterns):
    """ "one out of three schools": the share one third, not a count of three schools."""
    if patterns.ratio is None:
        return
    for match in patterns.ratio.finditer(sentence):
        part = parse_number_words(match.group("part").split(), patterns.lexicon)
        whole = parse_number_words(match.group("whole").split(), patterns.lexicon)
        if part is None or whole is None or not 0 <= part.value <= whole.value or whole.value == 0:
            continue
        share = part.value / whole.value
        yield Mention(match.start(), match.end(), share, share, share, "dimensionless", "exact", "share",
                      number_start=match.start())


def may_find_ratios(glance: Glance, patterns: MentionPatterns) -> bool:
    return glance.spelled and _may_read(glance, patterns, "ratios")


def ranks(sentence: str, patterns: MentionPatterns):
    if patterns.local_rank is not None:
        for match in patterns.local_rank.finditer(sentence):
            group = "rank" if match.group("rank") else "rank2"
            rank = float(match.group(group))
            yield Mention(match.start(), match.end(), rank, rank, rank, "rank", "exact", "rank",
                          number_start=match.start(group))
        return
    if patterns.ordinal_digits.search(sentence) is None:
        return
    for match in patterns.rank.finditer(sentence):
        before = folded(sentence[max(0, match.start() - 30):match.start()])
        after = folded(sentence[match.end("rank"):match.end("rank") + 16])
        if not patterns.rank_before.search(before) and not patterns.rank_after.match(after):
            continue
        rank = float(match.group("rank").replace(",", ""))  # "the 1,000th place"
        field = float(match.group("field")) if match.group("field") else None
        yield Mention(match.start(), match.end(), rank, rank, rank, "rank", "exact", "rank",
                      out_of=field, number_start=match.start())


def may_find_ranks(glance: Glance, patterns: MentionPatterns) -> bool:
    return glance.digits


def multiples(sentence: str, patterns: MentionPatterns):
    lexicon = patterns.lexicon
    for match in patterns.multiples.finditer(sentence):
        if match.group("nfold") and _times_won(sentence, match.end(), lexicon):
            count = _digits_value(match.group("nfold"), lexicon)
            yield Mention(match.start(), match.end(), count, count, count, "dimensionless", "exact", "count",
                          number_start=match.start(), half_unit=0.0)
            continue
        if match.group("nfold"):
            factor, direction = _digits_value(match.group("nfold"), lexicon), None
        else:
            entry = lexicon.multiples[folded_key(lexicon.multiples, match.group(0))]
            factor, direction = float(entry["factor"]), entry.get("direction")
            if entry.get("of_figure"):
                yield from _multiple_of_figure(sentence, match, factor, patterns)
                continue
            if entry.get("after") and (direction_near(sentence, match.start(), match.start(), lexicon, window=40,
                                                       after=False) != entry["after"]
                                       or _unit_of_fraction(sentence, match.end(), patterns)):
                continue  # "increased by half", "cut by half a point": a fraction, not a multiple
        direction = direction or direction_near(sentence, match.start(), match.end(), lexicon)
        start, low, high, qualifier = qualified(sentence, match.start(), factor, 0.0, patterns)  # "nearly doubled"
        yield Mention(start, match.end(), factor, low, high, "fold", qualifier, "change",
                      direction=direction, number_start=match.start())


def _digits_value(digits: str, lexicon: Lexicon) -> float:
    """ "2.5-fold", "2,5-fache", "1,000-fold": the digits as the language writes them."""
    numeral = parse_localized(digits, lexicon.decimal_marks, lexicon.thousands_marks)
    return numeral.value if numeral is not None else float(digits.replace(",", ""))


def _times_won(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """ "die 31-fache Weltcupsiegerin": before a noun where nouns are capitalised (German), "-fach" counts
    times, unless the noun is a change ("eine 10-fache Steigerung" is tenfold)."""
    following = NEXT_WORD.match(sentence, end)
    return bool(lexicon.determiners) and following is not None and following.group(1)[0].isupper() and \
        direction_of(following.group(1), lexicon) is None


def _multiple_of_figure(sentence: str, match: re.Match, factor: float, patterns: MentionPatterns):
    """ "twice the 169,000 forecast", "nearly three times the": a ratio of two figures, read only before
    the second ("visited twice" states none)."""
    if patterns.ratio_link is None or patterns.ratio_link.match(sentence, match.end()) is None:
        return
    start, low, high, qualifier = qualified(sentence, match.start(), factor, 0.0, patterns)
    yield Mention(start, match.end(), factor, low, high, "fold", qualifier, "change", number_start=match.start())


def may_find_multiples(glance: Glance, patterns: MentionPatterns) -> bool:
    """ "fivefold", "5-fold"."""
    if _may_read(glance, patterns, "multiples"):
        return True
    lowered = glance.sentence.lower()
    return glance.digits and any(suffix in lowered for suffix in patterns.lexicon.fold_suffixes)


def fractions(sentence: str, patterns: MentionPatterns):
    lexicon = patterns.lexicon
    for match in patterns.fractions.finditer(sentence):
        if patterns.scaled is not None and patterns.scaled.match(sentence, match.start()):
            continue  # "half a million": a number, read with the numerals
        if sentence[match.end():match.end() + 1] == "-" and sentence[match.end() + 1:match.end() + 2].isalpha():
            continue  # "a third-party audit", "half-time", "quarter-final": a compound word, no share
        if _half_of_a_number(sentence, match, patterns):
            continue  # "3 and a half hours": the numerals read the half with its number
        if not lexicon.determiners and capitalised_in_a_name(sentence, match.start(), match.end()):
            continue  # "Half Life 2": a capitalised fraction word names (German capitalises its "Hälfte")
        phrase = match.group(0)
        key = folded_key(lexicon.fractions, phrase) or folded_key(lexicon.fractions_lower, phrase)
        if key in lexicon.fractions_lower:
            if not _names_its_whole(sentence, match.end(), lexicon):
                continue  # "lost its majority in parliament", "парламентского большинства": a group, no share
            value = float(lexicon.fractions_lower[key])
            start, low, high, qualifier = match.start(), value, None, "lower"
        else:
            value = float(lexicon.fractions[key])
            start, low, high, qualifier = qualified(sentence, match.start(), value, 0.0, patterns)
        end, unit, kind, direction = match.end(), "dimensionless", "share", None
        of_unit = _unit_of_fraction(sentence, end, patterns)
        if of_unit:
            unit, end, kind = of_unit
            if unit in {"percent", "percentage_point"}:
                kind, direction = percent_kind(sentence, start, end, patterns, unit)
        elif qualifier == "exact" and patterns.qualifier_after is not None:
            end, low, high, qualifier = qualified_after(sentence, end, value, 0.0, patterns)
        yield Mention(start, end, value, low, high, unit, qualifier, kind, direction=direction,
                      number_start=match.start())


_RESTATED = re.compile(r"[,(][ \u00a0]{0,2}\d[\d.,]*[ \u00a0]?(?P<unit>%|[^\W\d_]+)")


def _restated_as_percent(sentence: str, end: int, lexicon: Lexicon) -> bool:
    restated = _RESTATED.match(sentence, end)
    return restated is not None and (restated.group("unit") == "%" or
                                     folded(restated.group("unit")) in map(folded, lexicon.percent_words))


def _names_its_whole(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """ "the majority of voters", "большинство избирателей", "3/4 of the sentence": a majority or a fraction
    states a share where the words after it name what it is of (`shares.majority_of`)."""
    if not lexicon.majority_of or _restated_as_percent(sentence, end, lexicon):
        return True  # "A majority, 52%, said": the percentage after it is the share
    following = NEXT_WORD.match(sentence, end)
    if following is None:
        return False
    word = folded(following.group(1))
    return word in lexicon.majority_of or ("*" in lexicon.majority_of and following.group(1)[0].islower()
                                           and word not in lexicon.stopwords)


def _half_of_a_number(sentence: str, match: re.Match, patterns: MentionPatterns) -> bool:
    if patterns.and_a_half is None:
        return False
    half = patterns.and_a_half.search(sentence, max(0, match.start() - 16), match.end())
    if half is None or half.end() != match.end():
        return False
    before = sentence[max(0, half.start() - 25):half.start()].split()
    return bool(before) and (before[-1][-1:].isdigit() or folded(before[-1]) in _number_words(patterns.lexicon))


def _unit_of_fraction(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str] | None:
    """ "half a percentage point", "a quarter of an hour": a fraction of the unit after it."""
    link = patterns.fraction_of_unit.match(sentence, end) if patterns.fraction_of_unit else None
    if link is None:
        return None
    unit, unit_end, kind = unit_at(sentence, link.end(), patterns)
    return (unit, unit_end, kind) if unit_end > link.end() else None


def vague(sentence: str, patterns: MentionPatterns):
    """ "hundreds of volunteers", "десятки тысяч сторонников", "millions of euros": a vague plural, the
    interval the lexicon gives it, in the unit or currency after it; not after a number or a qualifier
    ("две тысячи", "более тысячи" are numbers)."""
    if patterns.vague is None:
        return
    lexicon = patterns.lexicon
    for match in patterns.vague.finditer(sentence):
        before = sentence[max(0, match.start() - 25):match.start()].split()
        if before and (before[-1][-1:].isdigit() or folded(before[-1]) in _number_words(lexicon)
                       or may_end_a_qualifier(sentence, match.start(), patterns)):
            continue
        low, high = (float(bound) for bound in lexicon.vague[folded_key(lexicon.vague, match.group(0))])
        scale, end = _scale_after_vague(sentence, match.end(), patterns)
        low, high = low * scale, (high + 1) * scale - 1  # "hundreds of millions": under a billion
        unit, end, kind = _unit_after(sentence, end, patterns)
        yield Mention(match.start(), end, low, low, high, unit, "range", kind,
                      number_start=match.start(), half_unit=0.0)


def _scale_after_vague(sentence: str, end: int, patterns: MentionPatterns) -> tuple[float, int]:
    """ "hundreds of millions", "несколько сотен тысяч", "Hunderte Millionen": a scale word after a vague
    plural (and its "of") multiplies it."""
    link = _of_link(patterns.lexicon).match(sentence, end)
    scale = patterns.scale_after.match(sentence, link.end() if link else end)
    if scale is None:
        return 1.0, end
    return scale_value(scale.group(0).strip(), patterns.lexicon), scale.end()


def _unit_after(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str]:
    """ "millions of euros", "hundreds of km", "в нескольких метрах": the unit after the word and its "of"."""
    link = _of_link(patterns.lexicon).match(sentence, end)
    unit, unit_end, kind = unit_at(sentence, link.end() if link else end, patterns)
    return (unit, unit_end, kind) if unit != "dimensionless" else ("dimensionless", end, "count")


@lru_cache(maxsize=None)
def _of_link(lexicon) -> re.Pattern:
    of = alternation(lexicon.measure_of) if lexicon.measure_of else "(?!)"
    return re.compile(rf"[ \u00a0]{{1,3}}(?:{of})(?=[ \u00a0])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _number_words(lexicon) -> frozenset:
    return frozenset(map(folded, (*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales)))


def may_find_vague(glance: Glance, patterns: MentionPatterns) -> bool:
    return _may_read(glance, patterns, "vague")


def may_find_fractions(glance: Glance, patterns: MentionPatterns) -> bool:
    return _may_read(glance, patterns, "fractions")


def _may_read(glance: Glance, patterns: MentionPatterns, finder: str) -> bool:
    """The sentence holds a word one of the finder's matches must hold."""
    return not patterns.finder_words[finder].isdisjoint(glance.runs)


@attrs.frozen
class Finder:
    name: str
    find: Callable[[str, MentionPatterns], Iterator[Mention]]
    may_find: Callable[[Glance, MentionPatterns], bool]  # False only where `find` surely finds nothing


# The finders that run before the numerals', in this order: a span one takes is no one else's.
SHAPE_FINDERS = (Finder("scientific", scientific, may_find_scientific), Finder("scores", scores, may_find_scores),
                 Finder("ranks", ranks, may_find_ranks), Finder("ratios", ratios, may_find_ratios),
                 Finder("multiples", multiples, may_find_multiples), Finder("fractions", fractions, may_find_fractions),
                 Finder("vague", vague, may_find_vague), Finder("occurrences", occurrences, may_find_occurrences),
                 Finder("compounds", compounds, may_find_compounds))
