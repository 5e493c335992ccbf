"""Every pattern a language needs to find its numbers, compiled once per lexicon (`mention_patterns`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import attrs

from factcheck.extract.finders.currency_signs import codes_in_any_case, iso_codes
from factcheck.extract.finders.digit_patterns import digits_pattern, glued_only
from factcheck.extract.finders.exclusion_patterns import exclusion_patterns
from factcheck.extract.finders.lexicon_words import inflected
from factcheck.extract.finders.name_numbers import name_number_pattern
from factcheck.extract.finders.rank_patterns import local_rank_pattern, rank_patterns
from factcheck.extract.lexicon import Lexicon, available_languages, load_lexicon
from factcheck.extract.text_words import LETTER_RUN, alternation, folded, phrase_alternation


@attrs.frozen(eq=False)
class MentionPatterns:
    lexicon: Lexicon
    digits: re.Pattern
    words: re.Pattern
    fractions: re.Pattern
    multiples: re.Pattern
    spelled_words: frozenset  # what the word finders start from: a sentence without one needs only digits read
    finder_words: dict  # finder name → the words one of its matches holds (`_longest_runs`): a set test first
    spelled: re.Pattern | None  # the same as a pattern, where numbers are written as one word
    compound_start: re.Pattern | None  # a number stem opening a compound word ("трёхкомнатная")
    compound_root_after: re.Pattern | None  # "-местном" of "630-местном": a compound's root hyphened to digits
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
    label_after: re.Pattern | None  # one of them right after a number spelled out ("жүз жетпіс бес жылдығы")
    # "the FTSE 250", "to Windows 11 support": read apart from `exclusions`, as its word lists make it
    # slow to compile in each combination of them
    name_number: re.Pattern | None
    name_article_runs: frozenset  # "the" of "the FTSE 250", folded
    street_runs: frozenset  # "street", "road", folded: a sentence without one holds no address
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
    fraction_of_unit: re.Pattern | None = None  # "half| a |percentage point", "a quarter| of an |hour"
    letter_scale_after: re.Pattern | None = None  # "$458 m": a short scale apart from an amount a symbol opens
    suffix_after: re.Pattern | None = None  # a case ending on a digit ("12-ден") or an ordinal ("66-е")
    local_rank: re.Pattern | None = None  # "66-е место", "Platz 66", "66. Platz"
    scaled: re.Pattern | None = None  # "a million", "half a million", "three quarters billion"
    ratio: re.Pattern | None = None  # "one out of three"
    vague: re.Pattern | None = None  # "hundreds", "tens of thousands", "десятки тысяч"
    ratio_link: re.Pattern | None = None  # " the " after "twice", then a figure in digits
    minor_units: re.Pattern | None = None  # " cents" after the hundredths of an amount
    minor_joiner: re.Pattern | None = None  # between an amount and its hundredths: " ", " and "
    minus_before: re.Pattern | None = None  # "minus " right before a figure
    and_a_half: re.Pattern | None = None  # " and a half" right after a whole number
    ordinal_digits: re.Pattern | None = None  # "3rd": a digit and an ordinal ending, the rank finder's pre-check
    rank_before: re.Pattern | None = None  # "finished", "ranked": a word before a place in a ranking
    rank_after: re.Pattern | None = None  # "3rd place"
    range_words: dict = attrs.field(factory=lambda: load_lexicon("en").range_words)
    unit_codes: frozenset = frozenset()


def _words_pattern(lexicon: Lexicon, word_number: str, joiners: str) -> str:
    """Spelled-out numbers: "twenty-five", "three hundred and two"; German also writes them as one word."""
    if lexicon.compound_numbers:  # "achtundsiebzig", "zweihundertsechsundfünfzig", "zweieinhalb"
        half = f"(?:{alternation(lexicon.and_a_half, word=False)})?" if lexicon.and_a_half else ""
        word_number = rf"(?:{word_number})(?:(?:und)?(?:{word_number}))*{half}"
    # Kazakh glues a case ending to the last word: "жүзден астам", "онға жуық".
    ending = f"(?:{alternation(lexicon.inflections, word=False)})?" if lexicon.inflections else ""
    # "a three-year lease", "a six-cylinder engine": a hyphen may join a word, but not an age ("two-year-old")
    ages = f"|-(?:{alternation(lexicon.labels_after, word=False)})" if lexicon.labels_after else ""
    return (rf"\b(?<![\w-])(?:{word_number})(?:(?:{joiners + '|' if joiners else ''}\s*-\s*|\s+)(?:{word_number}))*"
            rf"{ending}(?![\w]|-(?![^\W\d_]){ages})")


def _in_any_case(words: list[str], lexicon: Lexicon, *, as_listed: Callable[[str], bool],
                 units: bool = False) -> str:
    """The words as an alternative (each with its case endings) matching in any case, as headlines
    write them ("12.5 Million Users", "5,000 TENGE"), except those `as_listed`, matched as written."""
    free = [w for w in words if not as_listed(w)]
    listed = [w for w in words if as_listed(w)]
    parts = [f"(?i:{inflected(free, lexicon, units=units)})"] if free else []
    if listed:
        parts.append(inflected(listed, lexicon, units=units))
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _short_abbreviation(scale: str) -> bool:
    return len(scale) <= 2  # "bn", "mn": "MN" may be a state


def not_a_long_word(unit: str) -> bool:
    """Units whose case carries meaning ("MW", "mW", "Mbps", "MBps"): all but words of five letters or more."""
    return len(unit) < 5 or not all(c.isalpha() or c == " " for c in unit)


@lru_cache(maxsize=1)
def any_language_labels() -> tuple[str, ...]:
    """Words before a number that make it a label in any language's text ("Article 5", "Tier III", "v.2")."""
    return tuple(label for language in available_languages() for label in load_lexicon(language).labels_anywhere)


@lru_cache(maxsize=None)
def not_alone(lexicon: Lexicon) -> frozenset:
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
    joiners = "|".join(rf"\s+{re.escape(j)}\s+" for j in sorted(lexicon.number_joiners))
    attached_scales = [w for w in lexicon.scale_words if len(w) <= 2]
    return MentionPatterns(
        lexicon=lexicon, **_number_finders(lexicon, word_number, joiners, attached_scales),
        **_label_and_exclusions(lexicon, attached_scales), **_words_after(lexicon), **_words_before(lexicon),
        scaled=_scaled(lexicon, word_number, joiners),
        ratio=re.compile(rf"\b(?<![\w-])(?P<part>{word_number})\s+(?:{alternation(lexicon.ratio_words, word=False)})"
                         rf"\s+(?P<whole>{word_number})(?![\w-])", re.IGNORECASE) if lexicon.ratio_words else None,
        minor_units=re.compile(rf"[ \u00a0]+{alternation(lexicon.minor_units, word=False)}(?![\w])", re.IGNORECASE)
        if lexicon.minor_units else None,
        minor_joiner=re.compile(rf"[ \u00a0]+(?:(?:{'|'.join(re.escape(j) for j in sorted(lexicon.number_joiners))})"
                                rf"[ \u00a0]+)?"),
        unit_codes=frozenset(unit for unit in lexicon.units if re.fullmatch(r"[A-Za-z]+\d+", unit)),
        and_a_half=re.compile(rf"[ \u00a0]{{1,3}}(?:{alternation(lexicon.and_a_half, word=False)})(?![\w])",
                              re.IGNORECASE) if lexicon.and_a_half else None,
        minus_before=re.compile(rf"(?<![\w-])(?:{alternation(lexicon.minus_words, word=False)})[ \u00a0-]$",
                                re.IGNORECASE) if lexicon.minus_words else None,
    )


def _number_finders(lexicon: Lexicon, word_number: str, joiners: str, attached_scales: list[str]) -> dict:
    """The patterns that find numbers: digits, words, fractions, multiples, scores, ranks, and links to skip."""
    fold_suffix = alternation(lexicon.fold_suffixes, word=False)
    return dict(
        letter_scale_after=re.compile(rf"[ \u00a0]{alternation(attached_scales, word=False)}(?![\w])")
        if attached_scales else None,
        digits=re.compile(digits_pattern(lexicon, alternation(attached_scales, word=False))),
        words=re.compile(_words_pattern(lexicon, word_number, joiners), re.IGNORECASE),
        fractions=re.compile(alternation([*lexicon.fractions, *lexicon.fractions_lower]), re.IGNORECASE),
        multiples=re.compile(rf"{alternation(lexicon.multiples)}|(?=\d)(?<![\d.,])(?P<nfold>\d{{1,7}}(?:[.,]\d{{1,3}})?)-?{fold_suffix}\b",
                             re.IGNORECASE),
        spelled_words=_spelled_words(lexicon),
        finder_words={"fractions": _longest_runs([*lexicon.fractions, *lexicon.fractions_lower]),
                      "multiples": _longest_runs(lexicon.multiples), "ratios": _longest_runs(lexicon.ratio_words),
                      "vague": _longest_runs(lexicon.vague), "occurrences": _longest_runs(lexicon.occurrences),
                      "compounds": frozenset(map(folded, lexicon.compound_stems)),
                      "age": _longest_runs(lexicon.age_words)},
        vague=re.compile(rf"(?<![\w-]){alternation(lexicon.vague, word=False)}(?![\w-])", re.IGNORECASE)
        if lexicon.vague else None,
        spelled=_spelled(lexicon), compound_start=_compound_start(lexicon),
        compound_root_after=_compound_root_after(lexicon),
        score=re.compile(rf"(?<![\w/.])(?P<got>\d+(?:\.\d+)?)\s*(?:/|{phrase_alternation(lexicon.score_links)})\s*"
                         r"(?P<max>\d+(?:\.\d+)?)(?![\w/]|[.,]\d)"),
        **rank_patterns(lexicon),
        # Anchored at the start of a run: "\S+@" tried from every position is quadratic in long words.
        links=re.compile(r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@\S+", re.IGNORECASE),
        local_rank=local_rank_pattern(lexicon),
    )


def _label_and_exclusions(lexicon: Lexicon, attached_scales: list[str]) -> dict:
    """Numbers that are no amounts: labels ("Article 5"), dates, phone numbers, versions..."""
    labels = (*any_language_labels(), *lexicon.labels)
    exclusions = exclusion_patterns(lexicon, attached_scales, labels, _ranges(lexicon)["to"])
    label_runs = frozenset(folded(LETTER_RUN.findall(label)[0]) for label in labels if LETTER_RUN.match(label))
    return dict(
        exclusions=exclusions,
        exclusion_kinds=tuple(kind for kind, _ in exclusions),
        excluded=re.compile("|".join(source for _, source in exclusions), re.IGNORECASE),
        label_runs=label_runs,
        label_runs_then_no=frozenset(run + "no" for run in label_runs),
        label_signs=tuple(folded(label) for label in labels if not LETTER_RUN.match(label)),
        label_after_words=tuple(sorted(folded(LETTER_RUN.findall(label)[0]) for label in lexicon.labels_after)),
        label_after=re.compile(rf"[ \u00a0]{{1,3}}(?:{inflected(lexicon.labels_after, lexicon)})(?![\w])",
                               re.IGNORECASE) if lexicon.labels_after else None,
        name_article_runs=frozenset(map(folded, lexicon.name_articles)),
        name_number=name_number_pattern(lexicon, attached_scales),
        street_runs=frozenset(map(folded, lexicon.street_words)),
    )


def _words_after(lexicon: Lexicon) -> dict:
    """What may follow a number: its scale, unit, percent, currency; a range's connector; a case ending."""
    spaced_scales = [w for w in lexicon.scale_words if len(w) > 1]  # "5 m" is metres; "5 bn", "5m" are not
    scales = _in_any_case(spaced_scales, lexicon, as_listed=_short_abbreviation)
    # "about 2 B mobile users": a capital letter apart from the digits scales them before a lower-case word
    capitals = "".join(w for w in lexicon.scale_words if len(w) == 1 and w.isupper())
    if capitals:
        scales = rf"(?:{scales}|(?-i:[{capitals}])(?=[ \u00a0][a-z]))"
    percent = inflected(lexicon.percent_words, lexicon)
    as_written = alternation(lexicon.percent_as_written, word=False)
    units = _in_any_case([u for u in lexicon.units if not glued_only(u)], lexicon, as_listed=not_a_long_word,
                         units=True)
    currencies, shared = _currency_names(lexicon)
    ranges = _ranges(lexicon)
    connectors = "|".join(re.escape(w) for w in ["-", "–", "—", *ranges["to"], *ranges["change_to"], *ranges["and"],
                                                 *ranges["or"]])
    return dict(
        scale_after=re.compile(rf"[ \u00a0]{{0,2}}{scales}(?![\w])"),
        unit_after=re.compile(
            rf"(?P<percent>[ \u00a0]{{0,2}}%|(?:[ \u00a0]{{1,2}}|-)?(?i:{percent})(?![\w])"
            rf"|[ \u00a0]{{0,2}}{as_written}(?![\w]))"
            rf"|(?:[ \u00a0]{{1,2}}|-)?(?P<unit>{units})(?![\w])"
            # "a 500-euro note", "der 500-Euro-Schein": the currency hyphened to its number too
            rf"|(?:[ \u00a0]{{0,2}}|-)(?P<currency>(?i:{currencies}))(?![\w])"
            rf"|(?:[ \u00a0]{{0,2}}|-)(?P<shared>(?i:{shared}))(?![\w])"
            # "20 usd": an ISO code in any case (as written, "USD" is one of the names above)
            rf"|[ \u00a0]{{1,2}}(?P<code>{codes_in_any_case(lexicon)})(?![\w])"
            rf"|[ \u00a0]{{0,2}}(?P<symbol>{alternation(lexicon.currency_symbols, word=False)})(?![\w$€£₸₽])"
        ),
        range_connector=re.compile(rf"[ \u00a0]*(?P<connector>{connectors})[ \u00a0]*"),
        range_words=ranges,
        qualifier_after=_qualifier_after(lexicon),
        fraction_of_unit=re.compile(rf"[ \u00a0]{{1,3}}(?:{alternation(lexicon.measure_of)}[ \u00a0]{{1,3}})?"
                                    rf"{alternation(lexicon.scale_articles)}(?=[ \u00a0])", re.IGNORECASE)
        if lexicon.scale_articles else None,
        suffix_after=re.compile(r"-(?P<suffix>[^\W\d_]+)") if lexicon.ordinal_suffixes or lexicon.inflections else None,
        ratio_link=re.compile(rf"\s{{1,3}}(?:{phrase_alternation(lexicon.ratio_links)})\s{{1,3}}"
                              rf"(?={alternation(lexicon.currency_symbols, word=False)}|\d)", re.IGNORECASE)
        if lexicon.ratio_links else None,
    )


def _currency_names(lexicon: Lexicon) -> tuple[str, str]:
    """The alternatives of the currencies' names and of the names several currencies share ("rupee")."""
    return (inflected(list(lexicon.currency_names), lexicon, units=True),
            inflected(list(lexicon.shared_currencies), lexicon, units=True))


def _words_before(lexicon: Lexicon) -> dict:
    """What may precede a number: a currency, a qualifier, a change verb and its particle, "by"."""
    qualifiers = [q for group in lexicon.qualifiers.values() for q in group]
    change_words = alternation([*lexicon.change_up, *lexicon.change_down])
    # "8,4%-ға өскенін": Kazakh puts a case ending on the verb too
    inflected_change = alternation([*lexicon.change_up, *lexicon.change_down],
                                   suffix=f"(?:{alternation(lexicon.inflections, word=False)})?") \
        if lexicon.inflections else change_words
    particles = "|".join(re.escape(p) for p in lexicon.change_particles)
    fillers = "|".join(re.escape(f) for f in lexicon.change_fillers)
    return dict(
        currency_before=re.compile(rf"(?P<symbol>{alternation(lexicon.currency_symbols, word=False)})[ \u00a0]?$"
                                   rf"|(?<![\w])(?P<code>{alternation(iso_codes(lexicon), word=False)})[ \u00a0]?$"),
        # A sign may touch its number (">30", "≤5%"); a word may not ("under30" is no qualifier).
        qualifier_before=re.compile(rf"(?:^|(?<=[\s(—–\"“«]))(?P<qualifier>{alternation(qualifiers, word=False)})"
                                    r"(?:\s+|(?<=[<>=≤≥-]))$", re.IGNORECASE),
        qualifier_endings=frozenset(last_run(qualifier) for qualifier in qualifiers),
        change_after=re.compile(rf"^[\s-]*(?:{inflected_change})", re.IGNORECASE),
        change_before=re.compile(rf"(?:{change_words})(?:\s+(?:{particles}))?\s+(?:(?:{fillers})\s+)?$",
                                 re.IGNORECASE),
        by_before=re.compile(rf"{alternation(lexicon.by_words)}\s+$", re.IGNORECASE),
    )


def spelled_entries(lexicon: Lexicon) -> list[str]:
    """Every word the word finders start from: each of their matches (numbers, fractions, multiples,
    ratios, "a million", vague plurals) holds one of these, written as whole words; half the sentences
    of an article hold none, and then only the digits need reading."""
    return [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales, *lexicon.fractions,
            *lexicon.fractions_lower, *lexicon.multiples, *lexicon.vague, *lexicon.occurrences]


def _spelled(lexicon: Lexicon) -> re.Pattern | None:
    """Where an entry may begin, in languages that write numbers as one word ("achtundsiebzig"):
    there a number word may open a longer word, which only a pattern finds."""
    if not lexicon.compound_numbers:
        return None
    return re.compile(rf"(?<!\w){alternation(spelled_entries(lexicon), word=False)}", re.IGNORECASE)


def _compound_start(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.compound_stems:
        return None
    return re.compile(rf"(?<![\w-]){alternation(lexicon.compound_stems, word=False)}\w", re.IGNORECASE)


def _compound_root_after(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.compound_roots:
        return None
    return re.compile(rf"-(?P<root>{alternation(lexicon.compound_roots, word=False)})[^\W\d_]{{0,5}}(?![\w-])",
                      re.IGNORECASE)


def _spelled_words(lexicon: Lexicon) -> frozenset:
    """The longest run of letters of each entry, folded. An entry written as whole words puts each
    of its runs in the sentence as a whole run of letters, so a set test of the sentence's runs
    finds every sentence the finders could read a word in, at half the cost of a pattern. A number
    word may end in a case ending ("жүзден"): those forms are in the set too."""
    numbers = [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales]
    inflected = {folded(number + ending) for number in numbers for ending in lexicon.inflections}
    return _longest_runs(spelled_entries(lexicon)) | inflected


def _longest_runs(entries: Iterable[str]) -> frozenset:
    return frozenset(folded(max(LETTER_RUN.findall(entry), key=len)) for entry in entries)


def _qualifier_after(lexicon: Lexicon) -> re.Pattern | None:
    words = [w for group in lexicon.qualifiers_after.values() for w in group]
    if not words:
        return None
    # "700-дей": Kazakh also hyphens an equative ending ("about") to digits
    return re.compile(rf"(?:[ \u00a0]+|-)(?P<qualifier>{alternation(words, word=False)})(?![\w])", re.IGNORECASE)


def _scaled(lexicon: Lexicon, word_number: str, joiners: str) -> re.Pattern | None:
    """An article or a fraction before a scale word: "a million", "a hundred and two", "half a million"."""
    if not lexicon.scale_articles:
        return None
    articles = alternation(lexicon.scale_articles, word=False)
    leads = alternation([*lexicon.scale_articles, *lexicon.fractions], word=False)
    more = rf"(?:(?:{joiners + '|' if joiners else ''}\s*-\s*|\s+)(?:{word_number}))*"
    of = rf"(?:{alternation(lexicon.measure_of, word=False)})\s+" if lexicon.measure_of else ""
    # "a quarter of a million": a fraction may take "of" before the article.
    return re.compile(rf"\b(?<![\w-])(?P<lead>{leads})\s+(?:{of}{articles}\s+|{articles}\s+)?"
                      rf"(?P<scale>{alternation(lexicon.number_scales, word=False)})(?P<more>{more})(?![\w-])",
                      re.IGNORECASE)


def last_run(text: str) -> str:
    """The last run of letters of a text that ends in one ("more than" → "than"), else its last character."""
    runs = LETTER_RUN.findall(text)
    return folded(runs[-1] if runs and text.endswith(runs[-1]) else text[-1:])
