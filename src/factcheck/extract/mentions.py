"""Find numeric mentions in one sentence: numerals with their scale, unit, qualifier and range.

One pass of precompiled patterns per sentence. A `Mention` holds offsets relative to the
sentence and an interval value; deciding what it measures happens in `extract.claims`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import repeat

import attrs

from factcheck.extract.lexicon import (
    LETTER_RUN,
    Lexicon,
    alternation,
    folded,
    folded_key,
    folded_runs,
    listed_key,
    load_lexicon,
)
from factcheck.extract.numbers import Numeral, is_sane, parse_localized, parse_number_words

APPROXIMATE_TOLERANCE = 0.10  # "about 3 million" allows 2.7 to 3.3 million
DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# Words before a number that make it a label in any language's text ("Article 5", "Tier III", "v.2").
LABELS = ("Article", "Art.", "Section", "Sec.", "Chapter", "Clause", "Paragraph", "Law", "Resolution", "Decree",
          "Order", "No.", "Nr.", "Number", "Rule", "Annex", "Item", "Page", "p.", "pp.", "Vol.", "Grade", "Class",
          "Tier", "Level", "Phase", "Stage", "Version", "v.")


@attrs.frozen
class Mention:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    kind: str
    direction: str | None = None
    out_of: float | None = None
    number_start: int = 0
    scale: float = 1.0  # the scale word applied ("million"): a range may state it once, at its end
    change_pair: bool = False  # the start or end of "from X to Y" next to a change verb
    half_unit: float = 0.5  # the rounding the digits allow, kept for ranges whose end is stated as a bound
    reversed_range: bool = False  # "between 64 and 50": stated high end first, read in order


@attrs.frozen(eq=False)
class MentionPatterns:
    lexicon: Lexicon
    digits: re.Pattern
    words: re.Pattern
    fractions: re.Pattern
    multiples: re.Pattern
    spelled_words: frozenset  # what the word finders start from: a sentence without one needs only digits read
    finder_words: dict  # finder → the words one of its matches holds (`_longest_runs`): a set test before it runs
    spelled: re.Pattern | None  # the same as a pattern, where numbers are written as one word
    score: re.Pattern
    rank: re.Pattern
    links: re.Pattern
    # Numbers that are no amounts, as (kind, pattern) in the order tried; a sentence is read with
    # only the kinds it shows a sign of (see `_possible_exclusions`), `excluded` has them all.
    exclusions: tuple[tuple[str, str], ...]
    exclusion_kinds: tuple[str, ...]  # the kinds of `exclusions`, in their order
    excluded: re.Pattern
    label_runs: frozenset  # the first run of letters of each label before a number ("Article 5"), folded
    label_runs_then_no: frozenset  # the same with "no" run on ("articleno")
    label_signs: tuple[str, ...]  # the labels that open with no letter ("№ 12", "§ 3"), folded
    label_after_words: tuple[str, ...]  # the labels after a number (Kazakh "12 бабы"), folded
    scale_after: re.Pattern
    unit_after: re.Pattern
    currency_before: re.Pattern
    qualifier_before: re.Pattern
    qualifier_endings: frozenset  # the folded last run of letters, or last character, of every qualifier
    range_connector: re.Pattern
    change_after: re.Pattern
    change_before: re.Pattern
    by_before: re.Pattern
    qualifier_after: re.Pattern | None = None
    suffix_after: re.Pattern | None = None  # a case ending on a digit ("12-ден") or an ordinal ("66-е")
    local_rank: re.Pattern | None = None  # "66-е место", "Platz 66", "66. Platz"
    scaled: re.Pattern | None = None  # "a million", "half a million", "three quarters billion"
    ratio: re.Pattern | None = None  # "one out of three"
    minor_units: re.Pattern | None = None  # " cents" after the hundredths of an amount
    minor_joiner: re.Pattern | None = None  # between an amount and its hundredths: " ", " and "
    range_words: dict = attrs.field(factory=lambda: load_lexicon("en").range_words)
    unit_codes: frozenset = frozenset()


def _glued_units(lexicon: Lexicon) -> list[str]:
    """Unit abbreviations written right after the digits: "5km", "10kg", "500Km", "2GB"."""
    return [unit for unit in lexicon.units if unit.isascii() and 2 <= len(unit) <= 4 and unit[:1].isalpha()
            and folded(unit) not in {folded(w) for w in lexicon.scale_words}]


def _digits_pattern(lexicon: Lexicon, attached: str) -> str:
    """Digits with the language's thousands and decimal marks: "12,5", "1.731", "120 000"."""
    glued = alternation(_glued_units(lexicon), word=False)
    suffix = rf"(?:(?P<attached>{attached})|(?P<glued>(?i:{glued})))?"
    # The first digit opens the pattern and what may not stand before the number is looked behind
    # it: a pattern opening with a digit lets the engine skip in C to the digits (2.5 times faster
    # than one opening with the lookbehinds). So the digit counts below leave out the first digit.
    first_digit = r"\d(?<![\w.,/:]\d)(?<![A-Za-z]-\d)"
    grouped = "|".join(rf"\d{{0,2}}(?:{re.escape(mark)}\d{{3}})+" for mark in lexicon.thousands_marks)
    decimal = "".join(re.escape(mark) for mark in lexicon.decimal_marks)
    if lexicon.decimal_marks == (".",) and lexicon.thousands_marks == (",",):
        return (rf"{first_digit}(?:{grouped}|\d*)(?:[{decimal}]\d+)?"
                rf"{suffix}(?![\w@]|/\d|\.\d)")
    # Elsewhere a dot or comma followed by a digit never ends a number: German "3.2" is no number at all.
    # Nowhere does "/digit" follow an amount: "24/7", "12/05/2024" are no amounts (scores are found first).
    return (rf"{first_digit}(?:{grouped}|\d*)(?:[{decimal}]\d+)?"
            rf"{suffix}(?![\w@]|[.,/]\d)")


def _words_pattern(lexicon: Lexicon, word_number: str, joiners: str) -> str:
    """Spelled-out numbers: "twenty-five", "three hundred and two"; German also writes them as one word."""
    if lexicon.compound_numbers:  # "achtundsiebzig", "zweihundertsechsundfünfzig"
        word_number = rf"(?:{word_number})(?:(?:und)?(?:{word_number}))*"
    return (rf"\b(?<![\w-])(?:{word_number})(?:(?:{joiners + '|' if joiners else ''}\s*-\s*|\s+)(?:{word_number}))*"
            rf"(?![\w-])")


def _inflected(words, lexicon: Lexicon) -> str:
    """Words as an alternative, each optionally carrying one of the language's case endings."""
    if not lexicon.inflections:
        return alternation(words, word=False)
    return alternation(words, word=False, suffix=f"(?:{alternation(lexicon.inflections, word=False)})?")


def _in_any_case(words: list[str], lexicon: Lexicon, *, as_listed: Callable[[str], bool]) -> str:
    """The words as an alternative (each with its case endings) matching in any case, as headlines
    write them ("12.5 Million Users", "5,000 TENGE"), except those `as_listed`, matched as written."""
    free = [w for w in words if not as_listed(w)]
    listed = [w for w in words if as_listed(w)]
    parts = [f"(?i:{_inflected(free, lexicon)})"] if free else []
    if listed:
        parts.append(_inflected(listed, lexicon))
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _short_abbreviation(scale: str) -> bool:
    return len(scale) <= 2  # "bn", "mn": "MN" may be a state


def _not_a_long_word(unit: str) -> bool:
    """Units whose case carries meaning ("MW", "mW", "Mbps", "MBps"): all but words of five letters or more."""
    return len(unit) < 5 or not all(c.isalpha() or c == " " for c in unit)


@lru_cache(maxsize=None)
def _not_alone(lexicon: Lexicon) -> frozenset:
    """Number words that state no number alone: the language's, and English's in any text."""
    return load_lexicon("en").not_alone | lexicon.not_alone


def _ranges(lexicon: Lexicon) -> dict:
    """The lexicon's range words, English's for a key it leaves out."""
    english = load_lexicon("en").range_words
    return {key: list(lexicon.range_words.get(key, default)) for key, default in english.items()}


@lru_cache(maxsize=None)
def mention_patterns(lexicon: Lexicon) -> MentionPatterns:
    number_words = [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales]
    word_number = alternation(number_words, word=False)
    attached_scales = [w for w in lexicon.scale_words if len(w) <= 2]
    spaced_scales = [w for w in lexicon.scale_words if len(w) > 2 or w in {"bn", "mn", "tn"}]
    qualifiers = [q for group in lexicon.qualifiers.values() for q in group]
    currency_names = list(lexicon.currency_names)
    unit_words = list(lexicon.units)
    percent = _inflected(lexicon.percent_words, lexicon)
    scales = _in_any_case(spaced_scales, lexicon, as_listed=_short_abbreviation)
    change_words = alternation([*lexicon.change_up, *lexicon.change_down])
    particles = "|".join(re.escape(p) for p in lexicon.change_particles)
    joiners = "|".join(rf"\s+{re.escape(j)}\s+" for j in sorted(lexicon.number_joiners))
    exclusions = _exclusions(lexicon, attached_scales)
    label_runs = frozenset(folded(LETTER_RUN.findall(label)[0]) for label in (*LABELS, *lexicon.labels)
                           if LETTER_RUN.match(label))
    ranges = _ranges(lexicon)
    connectors = "|".join(re.escape(w) for w in ["-", "–", "—", *ranges["to"], *ranges["change_to"], *ranges["and"],
                                                 *ranges["or"]])
    return MentionPatterns(
        lexicon=lexicon,
        digits=re.compile(_digits_pattern(lexicon, alternation(attached_scales, word=False))),
        words=re.compile(_words_pattern(lexicon, word_number, joiners), re.IGNORECASE),
        fractions=re.compile(alternation([*lexicon.fractions, *lexicon.fractions_lower]), re.IGNORECASE),
        multiples=re.compile(rf"{alternation(lexicon.multiples)}|(?=\d)(?<!\d)(?P<nfold>\d+)-?fold\b", re.IGNORECASE),
        spelled_words=_spelled_words(lexicon),
        finder_words={_fractions: _longest_runs([*lexicon.fractions, *lexicon.fractions_lower]),
                      _multiples: _longest_runs(lexicon.multiples), _ratios: _longest_runs(lexicon.ratio_words)},
        spelled=_spelled(lexicon),
        score=re.compile(r"(?<![\w/.])(?P<got>\d+(?:\.\d+)?)\s*(?:/|out of)\s*(?P<max>\d+(?:\.\d+)?)(?![\w/]|[.,]\d)"),
        rank=re.compile(r"(?<![\w.])(?P<rank>\d{1,4})(?:st|nd|rd|th)\b(?:\s+(?:place|position))?"
                        r"(?:\s+(?:out\s+)?of\s+(?P<field>\d{1,4})\b)?"),
        # Anchored at the start of a run: "\S+@" tried from every position is quadratic in long words.
        links=re.compile(r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@\S+", re.IGNORECASE),
        exclusions=exclusions,
        exclusion_kinds=tuple(kind for kind, _ in exclusions),
        excluded=re.compile("|".join(source for _, source in exclusions), re.IGNORECASE),
        label_runs=label_runs,
        label_runs_then_no=frozenset(run + "no" for run in label_runs),
        label_signs=tuple(folded(label) for label in (*LABELS, *lexicon.labels) if not LETTER_RUN.match(label)),
        label_after_words=tuple(sorted(folded(label) for label in lexicon.labels_after)),
        scale_after=re.compile(rf"[ \u00a0]?{scales}(?![\w])"),
        unit_after=re.compile(
            rf"(?P<percent>[ \u00a0]?%|[ \u00a0-]?(?i:{percent})(?![\w]))"
            rf"|[ \u00a0-]?(?P<unit>{_in_any_case(unit_words, lexicon, as_listed=_not_a_long_word)})(?![\w])"
            rf"|[ \u00a0]?(?P<currency>(?i:{_inflected(currency_names, lexicon)}))(?![\w])"
            # "20 usd": an ISO code in any case (as written, "USD" is one of the names above)
            rf"|[ \u00a0](?P<code>(?i:{alternation(_iso_codes(lexicon), word=False)}))(?![\w])"
            rf"|[ \u00a0]?(?P<symbol>{alternation(lexicon.currency_symbols, word=False)})(?![\w$€£₸₽])"
        ),
        currency_before=re.compile(rf"(?P<symbol>{alternation(lexicon.currency_symbols, word=False)})[ \u00a0]?$"
                                   rf"|(?<![\w])(?P<code>{alternation(_iso_codes(lexicon), word=False)})[ \u00a0]$"),
        # A sign may touch its number (">30", "≤5%"); a word may not ("under30" is no qualifier).
        qualifier_before=re.compile(rf"(?:^|(?<=[\s(—–\"“«]))(?P<qualifier>{alternation(qualifiers, word=False)})"
                                    r"(?:\s+|(?<=[<>=≤≥]))$", re.IGNORECASE),
        qualifier_endings=frozenset(_ending(qualifier) for qualifier in qualifiers),
        range_connector=re.compile(rf"[ \u00a0]*(?P<connector>{connectors})[ \u00a0]*"),
        change_after=re.compile(rf"^[\s-]*(?:{change_words})", re.IGNORECASE),
        change_before=re.compile(rf"(?:{change_words})(?:\s+(?:{particles}))?\s+(?:a\s+|an\s+|about\s+|nearly\s+|between\s+)?$",
                                 re.IGNORECASE),
        by_before=re.compile(rf"{alternation(lexicon.by_words)}\s+$", re.IGNORECASE),
        qualifier_after=_qualifier_after(lexicon),
        suffix_after=re.compile(r"-(?P<suffix>[^\W\d_]+)") if lexicon.ordinal_suffixes or lexicon.inflections else None,
        local_rank=_local_rank(lexicon),
        scaled=_scaled(lexicon, word_number, joiners),
        ratio=re.compile(rf"\b(?<![\w-])(?P<part>{word_number})\s+(?:{alternation(lexicon.ratio_words, word=False)})"
                         rf"\s+(?P<whole>{word_number})(?![\w-])", re.IGNORECASE) if lexicon.ratio_words else None,
        minor_units=re.compile(rf"[ \u00a0]+{alternation(lexicon.minor_units, word=False)}(?![\w])", re.IGNORECASE)
        if lexicon.minor_units else None,
        minor_joiner=re.compile(rf"[ \u00a0]+(?:(?:{'|'.join(re.escape(j) for j in sorted(lexicon.number_joiners))})"
                                rf"[ \u00a0]+)?"),
        range_words=ranges,
        unit_codes=frozenset(unit for unit in lexicon.units if re.fullmatch(r"[A-Za-z]+\d+", unit)),
    )


def _spelled_entries(lexicon: Lexicon) -> list[str]:
    """Every word the word finders start from: each of their matches (numbers, fractions, multiples,
    ratios, "a million") holds one of these, written as whole words; half the sentences of an
    article hold none, and then only the digits need reading."""
    return [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales, *lexicon.fractions,
            *lexicon.fractions_lower, *lexicon.multiples]


def _spelled(lexicon: Lexicon) -> re.Pattern | None:
    """Where an entry may begin, in languages that write numbers as one word ("achtundsiebzig"):
    there a number word may open a longer word, which only a pattern finds."""
    if not lexicon.compound_numbers:
        return None
    return re.compile(rf"(?<!\w){alternation(_spelled_entries(lexicon), word=False)}", re.IGNORECASE)


def _spelled_words(lexicon: Lexicon) -> frozenset:
    """The longest run of letters of each entry, folded. An entry written as whole words puts each
    of its runs in the sentence as a whole run of letters, so a set test of the sentence's runs
    finds every sentence the finders could read a word in, at half the cost of a pattern."""
    return _longest_runs(_spelled_entries(lexicon))


def _longest_runs(entries: Iterable[str]) -> frozenset:
    return frozenset(folded(max(LETTER_RUN.findall(entry), key=len)) for entry in entries)


def _may_spell_a_number(sentence: str, patterns: MentionPatterns) -> bool:
    if patterns.spelled is not None:
        return patterns.spelled.search(sentence) is not None
    return not patterns.spelled_words.isdisjoint(folded_runs(sentence))


def _exclusions(lexicon: Lexicon, attached_scales: list[str]) -> tuple[tuple[str, str], ...]:
    """Numbers that are no amounts, told by a label or their shape: "Article 5", times, phone
    numbers, codes, ages. Every pattern holds a digit, at most `_LABEL_REACH` characters after
    the start of its match."""
    labels = _labels((*LABELS, *lexicon.labels))
    codas = alternation([*attached_scales, *_glued_units(lexicon)], word=False)
    found = [("label", rf"{labels}\s*(?:No\.?\s*|№\s*)?\d[\d./-]*")]
    if lexicon.labels_after:  # Kazakh "12 бабы": the label after the number
        found.append(("label_after",
                      rf"(?<![\w.,/-])\d[\d./-]*\s+(?:{_inflected(lexicon.labels_after, lexicon)})(?![\w])"))
    found += [
        ("time_of_day", r"\b\d{1,2}:\d{2}\b"),
        ("phone", r"\+?\d{1,3}[\s-]?\(?\d{3}\)?[\s-]\d{3}[\s-]\d{2}[\s-]?\d{2}\b"),
        # The literal comes before the lookbehinds so that most positions fail at once.
        ("plus_phone", r"\+(?<![\w+]\+)\d[\d\s()/-]{6,}\d"),  # "+1-222-2222/2222"
        ("leading_zero", r"0(?<![\w.,]0)(?<!\d[ \u00a0\u202f]0)\d+(?![.,]\d)"),  # "01", "007": a code or a month
        ("letters_then_digits", r"\b[A-Za-z]+\d+[A-Za-z\d]*\b"),  # "B3", "APT41" (unit words are let through later)
        ("digits_then_letters", rf"\b\d+(?!(?:{codas})\b)[A-Za-z]+\d*\b(?<!\d(?:st|nd|rd|th))"),
        ("age", r"\baged?\s+\d+(?:\s*(?:-|–|to)\s*\d+)?"),
    ]
    return tuple(found)


def _labels(words: tuple[str, ...]) -> str:
    """ "Artikel 5", "№ 12", "§ 3": words open with a word boundary, signs stand alone."""
    wordy = [w for w in words if re.match(r"\w", w)]
    signs = [w for w in words if not re.match(r"\w", w)]
    return f"(?:\\b(?:{alternation(wordy, word=False)})|{alternation(signs, word=False)})"


def _iso_codes(lexicon: Lexicon) -> list[str]:
    """ "KZT 25 million": the ISO codes of the known currencies, written before the amount."""
    return sorted({code for code in lexicon.currency_names.values() if re.fullmatch(r"[A-Z]{3}", code)})


def _qualifier_after(lexicon: Lexicon) -> re.Pattern | None:
    words = [w for group in lexicon.qualifiers_after.values() for w in group]
    if not words:
        return None
    return re.compile(rf"[ \u00a0]+(?P<qualifier>{alternation(words, word=False)})(?![\w])", re.IGNORECASE)


def _scaled(lexicon: Lexicon, word_number: str, joiners: str) -> re.Pattern | None:
    """An article or a fraction before a scale word: "a million", "a hundred and two", "half a million"."""
    if not lexicon.scale_articles:
        return None
    articles = alternation(lexicon.scale_articles, word=False)
    leads = alternation([*lexicon.scale_articles, *lexicon.fractions], word=False)
    more = rf"(?:(?:{joiners + '|' if joiners else ''}\s*-\s*|\s+)(?:{word_number}))*"
    return re.compile(rf"\b(?<![\w-])(?P<lead>{leads})\s+(?:{articles}\s+)?"
                      rf"(?P<scale>{alternation(lexicon.number_scales, word=False)})(?P<more>{more})(?![\w-])",
                      re.IGNORECASE)


def _local_rank(lexicon: Lexicon) -> re.Pattern | None:
    if lexicon.language == "en":
        return None
    rank_words = _inflected(lexicon.rank_words, lexicon)
    ordinal = alternation(lexicon.ordinal_suffixes, word=False) if lexicon.ordinal_suffixes else r"(?!)"
    if "*" in lexicon.ordinal_suffixes:
        ordinal = r"[^\W\d_]+"
    dotted = r"\." if lexicon.dotted_ordinals else r"(?!)"
    return re.compile(rf"(?<![\w.,])(?P<rank>\d{{1,4}})(?:-(?:{ordinal})|{dotted})\s+(?:{rank_words})(?![\w])"
                      rf"|(?<![\w])(?:{rank_words})\s+(?P<rank2>\d{{1,4}})(?![\w.,]\d|\w)", re.IGNORECASE)


def find_mentions(sentence: str, patterns: MentionPatterns, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Every numeric mention of the sentence, in order, none overlapping a blocked span."""
    digits, spelled = _DIGIT.search(sentence) is not None, _may_spell_a_number(sentence, patterns)
    if not (digits or spelled):
        return []
    taken = _Taken(blocked)
    for start, end in _excluded_spans(sentence, patterns):
        taken.add(start, end)
    found: list[Mention] = []
    numerals = _numerals(sentence, patterns, taken, digits=digits, spelled=spelled)
    finders = _finders(sentence, patterns, digits=digits, spelled=spelled)
    for mentions in (*(finder(sentence, patterns) for finder in finders), numerals):
        for mention in mentions:
            if not taken.overlaps(mention.number_start, mention.end):
                found.append(mention)
                taken.add(mention.start, mention.end)
    found.sort(key=lambda m: m.start)
    return _join_ranges(sentence, _join_alternatives(sentence, _join_minor_units(sentence, found, patterns), patterns),
                        patterns)


def _finders(sentence: str, patterns: MentionPatterns, *, digits: bool, spelled: bool) -> list:
    """The finders besides the numerals' that may find something in the sentence, in the order they run."""
    runs = folded_runs(sentence) if spelled else frozenset()

    def may_read(finder) -> bool:  # a word one of its matches must hold
        return not patterns.finder_words[finder].isdisjoint(runs)

    needed = {
        _scores: digits and ("/" in sentence or "out of" in sentence),  # "12/25", "12 out of 25"
        _ranks: digits,
        _ratios: spelled and may_read(_ratios),
        _multiples: may_read(_multiples) or (digits and "fold" in sentence.lower()),  # "fivefold", "5-fold"
        _fractions: may_read(_fractions),
    }
    return [finder for finder, need in needed.items() if need]


_DIGIT = re.compile(r"\d")
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)")
_LABEL_REACH = 60  # "Resolution No. 12": from the start of an excluded phrase to its first digit


def _excluded_spans(sentence: str, patterns: MentionPatterns) -> Iterator[tuple[int, int]]:
    """Web and e-mail addresses, phone numbers, times of day, codes and labelled numbers: not claims."""
    if "@" in sentence or "//" in sentence or "www" in sentence.lower():
        yield from (match.span() for match in patterns.links.finditer(sentence))
    first_digit = _DIGIT.search(sentence)
    if first_digit is None:
        return
    start = max(0, first_digit.start() - _LABEL_REACH)
    while start > 0 and not sentence[start - 1].isspace():  # never begin inside a word ("APT41")
        start -= 1
    excluded = _compiled_exclusions(patterns.exclusions, _possible_exclusions(sentence, patterns))
    for match in excluded.finditer(sentence, start):
        if match.group(0) not in patterns.unit_codes:  # "km2" looks like a code but is a unit
            yield match.span()


# "[A-Za-z]" as a case-insensitive pattern reads it: also the Kelvin sign, the long s and the Turkish i's.
LATIN_LETTERS = "A-Za-z\u212a\u017f\u0131\u0130"
_LETTER_THEN_DIGIT = re.compile(f"\\d(?<=[{LATIN_LETTERS}]\\d)")  # the digit first: the engine skips to digits
_DIGIT_THEN_LETTER = re.compile(f"\\d[{LATIN_LETTERS}]")
_PHONE_HINT = re.compile(r"\d{3}\)?[\s-]\d{3}")


def _possible_exclusions(sentence: str, patterns: MentionPatterns) -> tuple[bool, ...]:
    """Which exclusions the sentence shows a sign of, in the order of `patterns.exclusions`: a pattern
    carrying only those reads the sentence alike and sooner, as every alternative is tried at every
    position even where it cannot match. The cheap ones ("+", "0") are always carried."""
    runs = folded_runs(sentence)
    signs = {
        "label": _may_hold_a_label(sentence, runs, patterns),
        "label_after": bool(patterns.label_after_words)  # with a case ending after the label
        and any(run.startswith(patterns.label_after_words) for run in runs),
        "time_of_day": ":" in sentence,
        "phone": _PHONE_HINT.search(sentence) is not None,
        "letters_then_digits": _LETTER_THEN_DIGIT.search(sentence) is not None,
        "digits_then_letters": _DIGIT_THEN_LETTER.search(sentence) is not None,
        "age": "age" in runs or "aged" in runs,
    }
    return tuple(map(signs.get, patterns.exclusion_kinds, repeat(True)))


def _may_hold_a_label(sentence: str, runs: frozenset[str], patterns: MentionPatterns) -> bool:
    """A label opens a run of letters, which ends with it or runs on into "No" ("ArticleNo.5")."""
    if patterns.label_signs and any(map(folded(sentence).__contains__, patterns.label_signs)):
        return True
    return not (patterns.label_runs.isdisjoint(runs) and patterns.label_runs_then_no.isdisjoint(runs))


@lru_cache(maxsize=None)  # at most one pattern per combination of kinds a language's sentences show
def _compiled_exclusions(exclusions: tuple[tuple[str, str], ...], carried: tuple[bool, ...]) -> re.Pattern:
    """The exclusions' patterns as one, carrying those marked in `carried`."""
    sources = [source for (_, source), needed in zip(exclusions, carried, strict=True) if needed]
    return re.compile("|".join(sources) or "(?!)", re.IGNORECASE)


class _Taken:
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


def _scores(sentence: str, patterns: MentionPatterns):
    for match in patterns.score.finditer(sentence):
        got, maximum = float(match.group("got")), float(match.group("max"))
        tight = sentence[match.end("got"):match.start("max")] == "/"
        if maximum == 0 or maximum > 10_000 or (got > maximum and tight):  # "24/7" is no score; "27 / 25" is
            continue
        yield Mention(match.start(), match.end(), got, got, got, "point", "exact", "score",
                      out_of=maximum, number_start=match.start())


def _ratios(sentence: str, patterns: MentionPatterns):
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


def _ranks(sentence: str, patterns: MentionPatterns):
    if patterns.local_rank is not None:
        for match in patterns.local_rank.finditer(sentence):
            group = "rank" if match.group("rank") else "rank2"
            rank = float(match.group(group))
            yield Mention(match.start(), match.end(), rank, rank, rank, "rank", "exact", "rank",
                          number_start=match.start(group))
        return
    if _ORDINAL_DIGITS.search(sentence) is None:  # "3rd": a cheap test, the digit first
        return
    for match in patterns.rank.finditer(sentence):
        before = folded(sentence[max(0, match.start() - 30):match.start()])
        after = folded(sentence[match.end("rank"):match.end("rank") + 16])
        if not re.search(r"\b(?:rank\w*|placed?|position\w*|came|finished|stood|sits|sat)\b", before) and \
                not re.match(r"\w*\s+(?:place|position)", after):
            continue
        rank = float(match.group("rank"))
        field = float(match.group("field")) if match.group("field") else None
        yield Mention(match.start(), match.end(), rank, rank, rank, "rank", "exact", "rank",
                      out_of=field, number_start=match.start())


def _multiples(sentence: str, patterns: MentionPatterns):
    lexicon = patterns.lexicon
    for match in patterns.multiples.finditer(sentence):
        if match.group("nfold"):
            factor, direction = float(match.group("nfold")), None
        else:
            entry = lexicon.multiples[folded_key(lexicon.multiples, match.group(0))]
            factor, direction = float(entry["factor"]), entry.get("direction")
            if entry.get("after") and _direction_near(sentence, match.start(), match.start(), lexicon, window=40,
                                                      after=False) != entry["after"]:
                continue  # "increased by half" is a fraction of the whole, not a multiple
        direction = direction or _direction_near(sentence, match.start(), match.end(), lexicon)
        yield Mention(match.start(), match.end(), factor, factor, factor, "fold", "exact", "change",
                      direction=direction, number_start=match.start())


def _fractions(sentence: str, patterns: MentionPatterns):
    lexicon = patterns.lexicon
    for match in patterns.fractions.finditer(sentence):
        if patterns.scaled is not None and patterns.scaled.match(sentence, match.start()):
            continue  # "half a million": a number, read with the numerals
        phrase = match.group(0)
        key = folded_key(lexicon.fractions, phrase) or folded_key(lexicon.fractions_lower, phrase)
        if key in lexicon.fractions_lower:
            value = float(lexicon.fractions_lower[key])
            start, low, high, qualifier = match.start(), value, None, "lower"
        else:
            value = float(lexicon.fractions[key])
            start, low, high, qualifier = _qualified(sentence, match.start(), value, 0.0, patterns)
        end = match.end()
        if qualifier == "exact" and patterns.qualifier_after is not None:
            end, low, high, qualifier = _qualified_after(sentence, end, value, 0.0, patterns)
        yield Mention(start, end, value, low, high, "dimensionless", qualifier, "share",
                      number_start=match.start())


def _numerals(sentence: str, patterns: MentionPatterns, taken: _Taken, *, digits: bool, spelled: bool):
    candidates = [(m.start(), m.end(), m, "digits") for m in patterns.digits.finditer(sentence)] if digits else []
    if spelled:
        candidates += [(m.start(), m.end(), m, "words") for m in patterns.words.finditer(sentence)]
    if spelled and patterns.scaled is not None:
        candidates += [(m.start(), m.end(), m, "scaled") for m in patterns.scaled.finditer(sentence)]
    candidates.sort(key=lambda c: (c[0], -c[1]))
    last_end = -1
    for start, end, match, style in candidates:
        if start < last_end:
            continue
        if taken.overlaps(start, end):  # a year, a date or a code: its mention would be dropped anyway
            last_end = end
            continue
        mention = _numeral_mention(sentence, match, style, patterns)
        if mention is not None:
            last_end = end
            yield mention


def _numeral_mention(sentence: str, match: re.Match, style: str, patterns: MentionPatterns) -> Mention | None:
    lexicon = patterns.lexicon
    if style == "digits":
        attached = match.group("attached")
        numeral = parse_localized(match.group(0)[: len(match.group(0)) - len(attached or match.group("glued") or "")],
                                  lexicon.decimal_marks, lexicon.thousands_marks)
        if numeral is None or _is_ordinal(sentence, match.end(), patterns):
            return None
        if attached:
            numeral = numeral.times(float(lexicon.scale_words[attached]))
    elif style == "scaled":
        numeral = _scaled_numeral(match, lexicon)
        if numeral is None:
            return None
    else:
        tokens = re.split(r"[\s-]+", match.group(0))
        if len(tokens) == 1 and folded(tokens[0]) in _not_alone(lexicon):
            return None  # "one of the first", "millions of people": no stated number
        numeral = parse_number_words(tokens, lexicon)
        if numeral is None:
            return None
    end = match.end()
    scale_factor = float(lexicon.scale_words[match.group("attached")]) if style == "digits" and match.group(
        "attached") else 1.0
    end = _case_ending(sentence, end, patterns)
    scale = patterns.scale_after.match(sentence, end)
    if scale and scale_factor == 1.0:
        scale_factor = _scale_value(scale.group(0).strip(), lexicon)
        numeral = numeral.times(scale_factor)
        end = scale.end()
        if patterns.unit_after.match(sentence, end) is None:
            end -= _sentence_final_dot(sentence, end)
    if not is_sane(numeral.value):
        return None
    glued = match.group("glued") if style == "digits" else None
    if glued:
        unit = next(lexicon.units[u] for u in _glued_units(lexicon) if folded(u) == folded(glued))
        kind = "duration" if unit in DURATION_UNITS else "measurement"
    else:
        unit, end, kind = _unit(sentence, end, patterns)
        scale = patterns.scale_after.match(sentence, end) if kind == "money" and scale_factor == 1.0 else None
        if scale:  # "75 USD million": the scale word after the currency
            scale_factor = _scale_value(scale.group(0).strip(), lexicon)
            numeral, end = numeral.times(scale_factor), scale.end() - _sentence_final_dot(sentence, scale.end())
    start = match.start()
    currency = patterns.currency_before.search(sentence, max(0, start - 5), start)  # "US$ ", "KZT " are the longest
    if currency and unit == "dimensionless":
        code = currency.group("code") or lexicon.currency_symbols[currency.group("symbol")]
        unit, kind, start = code, "money", currency.start()
    if start > 0 and sentence[start - 1] in "-−" and (start == 1 or sentence[start - 2] in " (") and kind != "money":
        numeral, start = Numeral(-numeral.value, numeral.half_unit), start - 1
    start, low, high, qualifier = _qualified(sentence, start, numeral.value, numeral.half_unit, patterns)
    if qualifier == "exact" and patterns.qualifier_after is not None:
        end, low, high, qualifier = _qualified_after(sentence, end, numeral.value, numeral.half_unit, patterns)
    direction = None
    if unit in {"percent", "percentage_point"}:
        kind, direction = _percent_kind(sentence, start, end, patterns, unit)
    return Mention(start, end, numeral.value, low, high, unit, qualifier, kind, direction=direction,
                   number_start=match.start(), scale=scale_factor, half_unit=numeral.half_unit)


def _scaled_numeral(match: re.Match, lexicon: Lexicon) -> Numeral | None:
    """ "a million" is one million, rounded as "one million" is; "half a million" is 0.5 million, to a tenth."""
    scale = float(lexicon.number_scales[folded_key(lexicon.number_scales, match.group("scale"))])
    lead = match.group("lead")
    if folded(lead) in lexicon.scale_articles:  # "a hundred and two" is "hundred and two": 102
        return parse_number_words(re.split(r"[\s-]+", match.group("scale") + match.group("more")), lexicon)
    return Numeral(float(lexicon.fractions[folded_key(lexicon.fractions, lead)]) * scale, 0.05 * scale)


def _scale_value(word: str, lexicon: Lexicon) -> float:
    """The factor of a scale word in any case, also under a case ending ("миллионнан" is "миллион" + "нан")."""
    return float(lexicon.scale_words[listed_key(lexicon.scale_words, word, lexicon)])


def _sentence_final_dot(sentence: str, end: int) -> int:
    """1 when an abbreviation's dot ("млн.", "Mio.") also ends the sentence: the dot is the sentence's."""
    if sentence[end - 1:end] != ".":
        return 0
    rest = sentence[end:]
    return 1 if not rest.strip() or re.match(r"\s+[\"“«(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", rest) else 0


def _is_ordinal(sentence: str, end: int, patterns: MentionPatterns) -> bool:
    """ "66-е", "5-ші", German "3. Platz": an ordinal, not an amount (dates are found before this)."""
    lexicon = patterns.lexicon
    if lexicon.dotted_ordinals and re.match(r"\.[ \u00a0]+[^\W\d_]", sentence[end:end + 3]):
        return True
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    if suffix is None:
        return False
    ending = folded(suffix.group("suffix"))
    if ending in lexicon.inflections:
        return False
    return "*" in lexicon.ordinal_suffixes or ending in lexicon.ordinal_suffixes or bool(lexicon.inflections)


def _case_ending(sentence: str, end: int, patterns: MentionPatterns) -> int:
    """Past a case ending written after a hyphen ("12-ден астам"): it belongs to the number."""
    suffix = patterns.suffix_after.match(sentence, end) if patterns.suffix_after else None
    if suffix and folded(suffix.group("suffix")) in patterns.lexicon.inflections:
        return suffix.end()
    return end


def _qualified_after(sentence: str, end: int, value: float, half_unit: float,
                     patterns: MentionPatterns) -> tuple[int, float | None, float | None, str]:
    """Kazakh puts the qualifier after the amount: "12 миллионнан астам" is more than 12 million."""
    match = patterns.qualifier_after.match(sentence, end)
    if match is None:
        return end, value - half_unit, value + half_unit, "exact"
    phrase = folded(match.group("qualifier"))  # as the pattern matched it: "CİRCA" is "circa"
    if phrase in patterns.lexicon.target_after_change and _change_word_follows(sentence, match.end(), patterns):
        return end, value - half_unit, value + half_unit, "exact"
    group = _qualifier_groups(patterns.lexicon, after=True)[phrase]
    low, high, qualifier = _bounds(group, value, half_unit)
    return match.end(), low, high, qualifier


def _change_word_follows(sentence: str, position: int, patterns: MentionPatterns) -> bool:
    following = re.match(r"\s*([^\W\d_]+)", sentence[position:position + 40])
    return bool(following) and folded(following.group(1)) in patterns.lexicon.change_words


@lru_cache(maxsize=None)
def _qualifier_groups(lexicon: Lexicon, *, after: bool = False) -> dict[str, str]:
    """Each qualifier phrase, folded, to the first group that lists it ("over" → "lower")."""
    groups: dict[str, str] = {}
    for name, phrases in (lexicon.qualifiers_after if after else lexicon.qualifiers).items():
        for phrase in phrases:
            groups.setdefault(folded(phrase), name)
    return groups


def _bounds(group: str, value: float, half_unit: float) -> tuple[float | None, float | None, str]:
    spread = max(half_unit, abs(value) * APPROXIMATE_TOLERANCE)
    return {
        "lower": (value, None, "lower"),
        "upper": (None, value, "upper"),
        "nearly": (value - spread, value, "approximate"),
        "just_over": (value, value + spread, "approximate"),
        "approximate": (value - spread, value + spread, "approximate"),
    }[group]


def _unit(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str]:
    lexicon = patterns.lexicon
    match = patterns.unit_after.match(sentence, end)
    if not match:
        return "dimensionless", end, "count"
    if match.group("percent"):
        return "percent", match.end(), "share"
    if match.group("currency"):
        currency = lexicon.currency_names[listed_key(lexicon.currency_names, match.group("currency"), lexicon)]
        return currency, match.end(), "money"
    if match.group("code"):
        return match.group("code").upper(), match.end(), "money"
    if match.group("symbol"):
        if _symbol_opens_next_amount(sentence, match.end()):
            return "dimensionless", end, "count"  # "$ 20,000.00 $ 37,305.97": the symbol belongs to the next amount
        return lexicon.currency_symbols[match.group("symbol")], match.end(), "money"
    unit = lexicon.units[listed_key(lexicon.units, match.group("unit"), lexicon)]
    if unit == "percentage_point":
        return unit, match.end(), "change"
    return unit, match.end(), "duration" if unit in DURATION_UNITS else "measurement"


def _symbol_opens_next_amount(sentence: str, position: int) -> bool:
    return bool(re.match(r"[ \u00a0]?\d", sentence[position:position + 2]))


def _qualified(sentence: str, start: int, value: float, half_unit: float,
               patterns: MentionPatterns) -> tuple[int, float | None, float | None, str]:
    """Widen a stated value by its qualifier ("over", "about", "up to") and its rounding."""
    if not _may_end_a_qualifier(sentence, start, patterns):
        return start, value - half_unit, value + half_unit, "exact"
    match = patterns.qualifier_before.search(sentence, max(0, start - 40), start)
    if match is None:
        return start, value - half_unit, value + half_unit, "exact"
    phrase = folded(match.group("qualifier"))  # as the pattern matched it: "CİRCA" is "circa"
    if phrase in patterns.lexicon.target_after_change and _names_a_target(sentence, match.start(), patterns):
        return start, value - half_unit, value + half_unit, "exact"
    group = _qualifier_groups(patterns.lexicon)[phrase]
    low, high, qualifier = _bounds(group, value, half_unit)
    return match.start(), low, high, qualifier


def _ending(text: str) -> str:
    """The last run of letters of a text that ends in one ("more than" → "than"), else its last character."""
    runs = LETTER_RUN.findall(text)
    return folded(runs[-1] if runs and text.endswith(runs[-1]) else text[-1:])


def _may_end_a_qualifier(sentence: str, start: int, patterns: MentionPatterns) -> bool:
    """Whether a qualifier may end right before a number: a sign touching it ("≥5"), or, after a
    space, a last word or character that ends some qualifier. The pattern's search is tried at
    every position of its window and most numbers have no qualifier: this test rules them out first."""
    before = sentence[max(0, start - 40):start]
    stripped = before.rstrip()
    if not stripped:
        return False
    if len(stripped) == len(before):
        return stripped[-1] in "<>=≤≥"
    return _ending(stripped) in patterns.qualifier_endings


def _names_a_target(sentence: str, position: int, patterns: MentionPatterns) -> bool:
    """ "выросло до 5 млн", "от 10 до 30": here "до" is "to", the end of a change or a range."""
    before = sentence[max(0, position - 40):position]
    words_before = re.findall(r"[^\W\d_]+|\d", folded(before))
    if not words_before:
        return False
    return words_before[-1] in patterns.lexicon.change_words or any(ch.isdigit() for ch in before[-25:])


def _percent_kind(sentence: str, start: int, end: int, patterns: MentionPatterns, unit: str) -> tuple[str, str | None]:
    """A percentage is a change ("a 25% increase", "reduced by 80%", "up 0.3%") or a share."""
    lexicon = patterns.lexicon
    after = patterns.change_after.match(sentence[end:end + 30])
    if after:
        return "change", _direction_of(after.group(0), lexicon)
    before = patterns.change_before.search(sentence, max(0, start - 40), start)
    if before:
        return "change", _direction_of(before.group(0), lexicon)
    if patterns.by_before.search(sentence, max(0, start - 5), start):
        direction = _direction_near(sentence, start, end, lexicon, window=120, after=False)
        if direction:
            return "change", direction
    return ("change", None) if unit == "percentage_point" else ("share", None)


def _direction_of(text: str, lexicon: Lexicon) -> str | None:
    for token in LETTER_RUN.findall(folded(text)):
        if token in lexicon.folded_up:
            return "up"
        if token in lexicon.folded_down:
            return "down"
    return None


def _direction_near(sentence: str, start: int, end: int, lexicon: Lexicon, *, window: int = 60,
                    after: bool = True) -> str | None:
    before_tokens = LETTER_RUN.findall(folded(sentence[max(0, start - window):start]))
    for token in reversed(before_tokens):
        if token in lexicon.folded_up:
            return "up"
        if token in lexicon.folded_down:
            return "down"
    if after:
        return _direction_of(sentence[end:end + 30], lexicon)
    return None


def _join_minor_units(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
    """ "3 dollars 50 cents", "15 Dollar und 15 Cent", "zwei Euro fünfzig": one amount, not an amount and a count."""
    if patterns.minor_units is None:
        return mentions
    joined: list[Mention] = []
    for mention in mentions:
        if joined and _hundredths_of(joined[-1], mention, sentence, patterns):
            amount = joined[-1]
            minor = patterns.minor_units.match(sentence, mention.end)
            value = amount.value + mention.value / 100
            joined[-1] = attrs.evolve(amount, end=minor.end() if minor else mention.end, value=value,
                                      low=value - 0.005, high=value + 0.005, half_unit=0.005)
            continue
        joined.append(mention)
    return joined


def _hundredths_of(amount: Mention, mention: Mention, sentence: str, patterns: MentionPatterns) -> bool:
    """A whole amount in a currency, then a bare number under 100 named as cents or ending the clause."""
    whole_amount = amount.kind == "money" and amount.qualifier == "exact" and amount.scale == 1.0 \
        and amount.value == int(amount.value)
    cents = mention.kind == "count" and mention.qualifier == "exact" and mention.value in range(100)
    return whole_amount and cents and bool(patterns.minor_joiner.fullmatch(sentence, amount.end, mention.start)) \
        and bool(patterns.minor_units.match(sentence, mention.end) or _MINOR_ENDS_CLAUSE.match(sentence, mention.end))


_MINOR_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _join_alternatives(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
    """ "von 6,5 auf 5,5 oder 5,6 Prozent", "two or three": alternatives are one figure somewhere between
    them, joined before a change pairs its endpoints (the end is "5,5 oder 5,6", not "5,5")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _range_pair(sentence, previous, mention, patterns) == "alternatives":
            joined[-1] = _merged(sentence, previous, mention, patterns)
        else:
            joined.append(mention)
    return joined


def _join_ranges(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
    """Merge "10 to 30 percent", "between 2,500 and 50,000", "$1,000-$3,500" into one ranged mention."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        pair = _range_pair(sentence, first, second, patterns) if second else None
        if pair == "range":
            joined.append(_merged(sentence, first, second, patterns))
            index += 2
            continue
        if pair == "bounds":
            joined.append(_between_bounds(first, second))
            index += 2
            continue
        if pair == "change":
            joined.extend([attrs.evolve(first, change_pair=True), attrs.evolve(second, change_pair=True)])
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _range_pair(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> str | None:
    if first.kind in {"score", "rank"} or first.unit == "fold":
        return None  # "12/25 - 3" or "66th-70th" are not ranges of one quantity
    if patterns.lexicon.range_from_endings and _from_to_endings(sentence, first, second, patterns):
        return "range"
    if {first.qualifier, second.qualifier} == {"lower", "upper"} and first.unit == second.unit:
        between = folded(sentence[first.end:second.start].strip(" ,"))
        lower, upper = (first, second) if first.qualifier == "lower" else (second, first)
        if between in {"", *patterns.range_words["and"], "but", "aber", "но", "а"} and lower.value <= upper.value:
            return "bounds"  # "more than 10 and less than 40": one interval with two stated ends
    if first.qualifier not in {"exact"} or second.qualifier not in {"exact"}:
        return None
    connector = patterns.range_connector.fullmatch(sentence, first.end, second.start)
    if connector is None:
        return None
    word = folded(connector.group("connector"))
    before = folded(sentence[max(0, first.start - 60):first.start])
    if first.unit not in {"dimensionless", second.unit} and second.unit != "dimensionless":
        return None
    if first.unit in {"percent", "percentage_point"} and second.unit != first.unit:
        return None  # "fell 4.2% to 850m rupees": a change and the level it reached, never one range
    words = patterns.range_words
    if word in words["or"]:
        return "alternatives"
    if word in words["and"]:
        return "range" if re.search(rf"(?<!\w)(?:{'|'.join(words['between'])})\s+$", before) else None
    if word in words["change_to"]:  # "von 10 auf 20", "67 000 болса, кейін 78 390": a change's endpoints, never a range
        return "change" if _after_from_word(before, words) else None
    if word in words["to"] and _after_from_word(before, words):
        if _direction_near(sentence, first.start, first.end, patterns.lexicon, window=60, after=False):
            return "change"
    elif word in words["to"] and patterns.by_before.search(sentence, max(0, first.start - 6), first.start):
        return None  # "rose by 150,000 to 4.9 million": a change and the level it reached
    if word in {"-", "–", "—"} and (sentence[first.end:second.start].strip() != word):
        return None
    return "range" if second.value >= first.value else None


def _after_from_word(before: str, words: dict) -> bool:
    """ "from 10 to 20": the first figure follows a "from" word (in a language that has them)."""
    return not words["from"] or re.search(rf"(?<!\w)(?:{'|'.join(words['from'])})\s+$", before) is not None


def _between_bounds(first: Mention, second: Mention) -> Mention:
    lower, upper = (first, second) if first.qualifier == "lower" else (second, first)
    return attrs.evolve(first, end=second.end, value=lower.value, low=lower.low, high=upper.high, qualifier="range",
                        half_unit=0.0)


def _from_to_endings(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> bool:
    """Kazakh marks a range by endings: "50 000 теңгеден 200 000 теңгеге дейін" (from 50,000 to 200,000)."""
    lexicon = patterns.lexicon
    if sentence[first.end:second.start].strip() or first.qualifier != "exact":
        return False
    if not folded(sentence[first.start:first.end]).endswith(lexicon.range_from_endings):
        return False
    return second.qualifier == "upper" and folded(sentence[second.start:second.end]).endswith(lexicon.range_to_after)


def _merged(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> Mention:
    unit = second.unit if first.unit == "dimensionless" else first.unit
    kind = second.kind if first.kind == "count" else first.kind
    direction = first.direction or second.direction
    if unit in {"percent", "percentage_point"}:
        kind, direction = _percent_kind(sentence, first.start, second.end, patterns, unit)
    low_value, low_bound = first.value, first.low
    if first.scale == 1.0 and second.scale > 1.0 and first.value * second.scale <= second.value:
        low_value, low_bound = first.value * second.scale, (first.low or first.value) * second.scale
    high = second.high if second.qualifier != "upper" else second.value + second.half_unit
    reversed_range = low_value > second.value
    if reversed_range:  # "zwischen 64 und 50": a range stated high end first is the same range
        first_high = first.value if first.high is None else first.high
        second_low = second.value - second.half_unit if second.low is None else second.low
        low_value, low_bound, high = second.value, second_low, first_high if high is None else max(high, first_high)
    return Mention(first.start, second.end, low_value, low_bound, high, unit, "range", kind,
                   direction=direction, number_start=first.number_start,
                   scale=second.scale, half_unit=second.half_unit, reversed_range=reversed_range)
