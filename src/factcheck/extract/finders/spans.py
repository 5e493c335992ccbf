"""Spans of a sentence that hold no claim (links, phones, times of day, codes, labels), spans already
taken, and the cheap tests that say which patterns a sentence can need at all."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat

import attrs

from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.titles import title_spans
from factcheck.extract.text_words import folded, folded_runs


def may_spell_a_number(sentence: str, patterns: MentionPatterns) -> bool:
    if patterns.spelled is not None:
        return patterns.spelled.search(sentence) is not None
    if patterns.compound_start is not None and patterns.compound_start.search(sentence):
        return True  # "трёхкомнатная": a number opening a compound word
    return not patterns.spelled_words.isdisjoint(folded_runs(sentence))


DIGIT = re.compile(r"\d")


@attrs.frozen
class Glance:
    """What a sentence shows at a glance, taken once: every finder's pre-check reads it."""
    sentence: str
    digits: bool  # it holds a digit
    spelled: bool  # it may spell a number in words
    runs: frozenset[str]  # its folded runs of letters when it may spell a number, else none

    @classmethod
    def of(cls, sentence: str, patterns: MentionPatterns) -> Glance:
        spelled = may_spell_a_number(sentence, patterns)
        return cls(sentence, DIGIT.search(sentence) is not None, spelled,
                   folded_runs(sentence) if spelled else frozenset())


_LABEL_REACH = 60  # "Resolution No. 12": from the start of an excluded phrase to its first digit


def excluded_spans(sentence: str, patterns: MentionPatterns) -> Iterator[tuple[int, int, str]]:
    """Web and e-mail addresses, phone numbers, times of day, codes and labelled numbers: not claims.
    Each span comes with what it is (`EXCLUSION_REASONS`)."""
    if "@" in sentence or "//" in sentence or "www" in sentence.lower():
        yield from (match.span() + ("link",) for match in patterns.links.finditer(sentence))
    yield from (span + ("title",) for span in title_spans(sentence, patterns.lexicon))
    first_digit = DIGIT.search(sentence)
    if first_digit is None:
        return
    start = max(0, first_digit.start() - _LABEL_REACH)
    while start > 0 and not sentence[start - 1].isspace():  # never begin inside a word ("APT41")
        start -= 1
    carried = possible_exclusions(sentence, patterns)
    for match in compiled_exclusions(patterns.exclusions, carried).finditer(sentence, start):
        if match.group(0) in patterns.unit_codes:  # "km2" looks like a code but is a unit
            continue
        kind = _kind_of(match, patterns.exclusions, carried)
        if (opening := _opening(match, kind)) is not None:
            yield opening, match.end(), EXCLUSION_REASONS[kind]
    if patterns.name_number is not None:
        yield from (span + ("name",) for span in _name_numbers(sentence, patterns))


# What an excluded number is, by the kind of its pattern (`patterns.exclusions`).
EXCLUSION_REASONS = {
    "label": "label", "label_after": "label", "street": "address", "age": "age", "time_of_day": "time of day",
    "clock": "time of day", "match_score": "score or ratio", "phone": "phone number", "plus_phone": "phone number",
    "dashed_phone": "phone number", "spoken_clock": "time of day",
    "leading_zero": "code", "bracketed": "list marker", "letters_then_digits": "code", "digits_then_letters": "code",
    "video_format": "code", "hyphened_name": "name", "apposed_age": "age", "camel_name": "name",
    "possessive_name": "name", "bracketed_name": "name", "html_entity": "code", "age_of_a_person": "age",
}


def _opening(match: re.Match, kind: str) -> int | None:
    """Where the number an exclusion sets aside begins: at the name before hyphened digits ("Ту-154"), at
    the age after a name ("Blunkett, 57"), else where its pattern matched."""
    if kind == "hyphened_name":
        return _name_start(match.string, match.start())
    if kind == "apposed_age":
        return match.start() + len(match.group(0).rstrip("0123456789"))
    return match.start()


_NAME_BEFORE = re.compile(r"(?<![\w-])(?:[^\W\d_]{1,20}-){1,3}\Z")


def _name_start(sentence: str, digits: int) -> int | None:
    """Where the name "Ту-", "SARS-CoV-" before hyphened digits begins; None when the word before the
    hyphen is glued to digits ("$779m-798m": a range, its scale on both ends)."""
    name = _NAME_BEFORE.search(sentence, max(0, digits - 63), digits)
    return name.start() if name else None


# "[A-Za-z]" as a case-insensitive pattern reads it: also the Kelvin sign, the long s and the Turkish i's.
LATIN_LETTERS = "A-Za-z\u212a\u017f\u0131\u0130"


_LETTER_THEN_DIGIT = re.compile(f"\\d(?<=[{LATIN_LETTERS}]\\d)")  # the digit first: the engine skips to digits


_HYPHENED_DIGIT = re.compile(r"\d(?<=[^\W\d_]-\d)")


_DIGIT_THEN_LETTER = re.compile(f"\\d[{LATIN_LETTERS}]")


_NAME_THEN_DIGITS = re.compile(r"[a-z],?[ \u00a0](?P<name>[A-Z])[\w-]{0,20}[ \u00a0]{1,3}\d")  # "to Windows 11"


_PHONE_HINT = re.compile(r"\d{3}\)?[\s-]\d{3}")


_DASHED_PHONE_HINT = re.compile(r"0\d{2,4}[-/]\d")


_APPOSED_HINT = re.compile(r",[ \u00a0]\d{1,3},")


_POSSESSIVE_HINT = re.compile(r"\d['’]s\b")  # "Radio 4's"


_BRACKETED_NAME_HINT = re.compile(r"\d\)")  # "(Maloney 45)": digits closing a bracket


_CAMEL_HINT = re.compile(r"[a-z][A-Z][A-Za-z]{0,20}[ \u00a0]{1,3}\d")  # "iOS 9", "PlayStation 4"


_CLOCK_HINT = re.compile(r"\d[ \u00a0]?(?:[ap]\.?m\b|(?-i:GMT|BST|UTC|CES?T|MSK|E[SD]T|P[SD]T)\b|(?-i:мск|МСК))",
                         re.IGNORECASE)


def possible_exclusions(sentence: str, patterns: MentionPatterns) -> tuple[bool, ...]:
    """Which exclusions the sentence shows a sign of, in the order of `patterns.exclusions`: a pattern
    carrying only those reads the sentence alike and sooner, as every alternative is tried at every
    position even where it cannot match. The cheap ones ("+", "0") are always carried."""
    runs = folded_runs(sentence)
    digit_then_letter = _DIGIT_THEN_LETTER.search(sentence) is not None
    signs = {
        "label": _may_hold_a_label(sentence, runs, patterns),
        "label_after": _may_hold_a_label_after(runs, patterns),
        "time_of_day": ":" in sentence,
        "match_score": ":" in sentence,
        "clock": _CLOCK_HINT.search(sentence) is not None,
        "street": not runs.isdisjoint(patterns.street_runs),
        "phone": _PHONE_HINT.search(sentence) is not None,
        "dashed_phone": _DASHED_PHONE_HINT.search(sentence) is not None,
        "apposed_age": _APPOSED_HINT.search(sentence) is not None,
        "spoken_clock": not runs.isdisjoint(_clock_hours(patterns.lexicon)),
        "letters_then_digits": _LETTER_THEN_DIGIT.search(sentence) is not None,
        "digits_then_letters": digit_then_letter,
        "video_format": digit_then_letter,
        "age": not runs.isdisjoint(patterns.finder_words["age"]),  # "im Alter von": its longest word
        "age_of_a_person": not runs.isdisjoint(patterns.lexicon.age_holders) or "—" in sentence or "–" in sentence,
        "hyphened_name": _HYPHENED_DIGIT.search(sentence) is not None,
        "camel_name": _CAMEL_HINT.search(sentence) is not None,
        "possessive_name": _POSSESSIVE_HINT.search(sentence) is not None,
        "bracketed_name": _BRACKETED_NAME_HINT.search(sentence) is not None,
        "html_entity": "&#" in sentence,
    }
    return tuple(map(signs.get, patterns.exclusion_kinds, repeat(True)))


@lru_cache(maxsize=None)
def _clock_hours(lexicon) -> frozenset:
    return frozenset(map(folded, lexicon.time_words.get("clock_hours", ())))


def _name_numbers(sentence: str, patterns: MentionPatterns) -> Iterator[tuple[int, int]]:
    """ "the FTSE 250", "to Windows 11": the pattern tried only where a capitalised word follows a
    lower-case one and precedes digits, opening at the word or at the article before it."""
    for hint in _NAME_THEN_DIGITS.finditer(sentence):
        name = hint.start("name")
        openings = [name - len(article) - 1 for article in patterns.name_article_runs
                    if folded(sentence[max(0, name - len(article) - 1):name - 1]) == article]
        for opening in (*openings, name):
            if match := patterns.name_number.match(sentence, opening):
                yield match.span()
                break


def _may_hold_a_label_after(runs: frozenset[str], patterns: MentionPatterns) -> bool:
    """ "12 бабы", "a 40-year-old": a label's first run of letters, which in a language with case
    endings may carry one ("бабында")."""
    if not patterns.label_after_words:
        return False
    if not patterns.lexicon.inflections:
        return not runs.isdisjoint(patterns.label_after_words)
    return any(run.startswith(patterns.label_after_words) for run in runs)


def _may_hold_a_label(sentence: str, runs: frozenset[str], patterns: MentionPatterns) -> bool:
    """A label opens a run of letters, which ends with it or runs on into "No" ("ArticleNo.5")."""
    if patterns.label_signs and any(map(sentence.__contains__, patterns.label_signs)):  # signs: no case to fold
        return True
    return not (patterns.label_runs.isdisjoint(runs) and patterns.label_runs_then_no.isdisjoint(runs))


@lru_cache(maxsize=None)  # at most one pattern per combination of kinds a language's sentences show
def compiled_exclusions(exclusions: tuple[tuple[str, str], ...], carried: tuple[bool, ...]) -> re.Pattern:
    """The exclusions' patterns as one, carrying those marked in `carried`."""
    sources = [source for (_, source), needed in zip(exclusions, carried, strict=True) if needed]
    return re.compile("|".join(sources) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _exclusion(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


def _kind_of(match: re.Match, exclusions: tuple[tuple[str, str], ...], carried: tuple[bool, ...]) -> str:
    """The kind of exclusion a match of the combined pattern is: the first alternative matching there
    (groups in the combined pattern would cost every sentence a quarter more; matches are few)."""
    return next(kind for (kind, source), needed in zip(exclusions, carried, strict=True)
                if needed and _exclusion(source).match(match.string, match.start()))


class Taken:
    """Spans already claimed in a sentence, kept sorted so an overlap test is a bisection, not a scan."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        # Touching or overlapping spans are merged, so the list stays sorted by start and by end alike.
        index = bisect_left(self.ends, start)
        while index < len(self.starts) and self.starts[index] <= end:
            start, end = min(start, self.starts[index]), max(end, self.ends[index])
            del self.starts[index], self.ends[index]
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.ends, start)
        return index < len(self.starts) and self.starts[index] < end and start < end
