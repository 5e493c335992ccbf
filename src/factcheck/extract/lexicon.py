"""Per-language word lists, loaded from `lexicons/<language>.toml`."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import attrs

from factcheck.errors import InputError
from factcheck.extract.lexicon_schema import FIELDS, check_lexicon
from factcheck.extract.pint_units import pint_unit_words
from factcheck.extract.text_words import folded, transliterated
from factcheck.langdetect import Profile

LEXICON_DIR = Path(__file__).parent / "lexicons"


@attrs.frozen(eq=False)
class Lexicon:
    language: str
    number_ones: dict = attrs.field(factory=dict)
    number_tens: dict = attrs.field(factory=dict)
    number_scales: dict = attrs.field(factory=dict)
    scale_words: dict = attrs.field(factory=dict)
    fractions: dict = attrs.field(factory=dict)
    fractions_lower: dict = attrs.field(factory=dict)
    multiples: dict = attrs.field(factory=dict)
    vague: dict = attrs.field(factory=dict)  # "hundreds", "десятки тысяч" → [low, high]: a vague plural's interval
    qualifiers: dict = attrs.field(factory=dict)
    currency_symbols: dict = attrs.field(factory=dict)
    currency_names: dict = attrs.field(factory=dict)
    units: dict = attrs.field(factory=dict)
    pint_any_name: bool = False  # a unit after a number read by any of pint's names ("400 kilovolts")
    not_units: frozenset = frozenset()  # words pint knows as units that name none after a number here
    unit_powers: dict = attrs.field(factory=dict)  # "cubic" → 3: a length unit after it, to that power
    distance_words: frozenset = frozenset()  # "hurdles", "jumped": where a glued "m" is metres, not millions
    compound_stems: dict = attrs.field(factory=dict)  # "трёх" → 3: a number glued into a compound word
    compound_roots: dict = attrs.field(factory=dict)  # "комнатн" → "dimensionless", "процентн" → "percent"
    occurrences: dict = attrs.field(factory=dict)  # "twice", "дважды": how many times something happened
    occurrences_not_before: frozenset = frozenset()  # "twice as", "twice the": a multiple, not a count
    unit_prefixes: dict = attrs.field(factory=dict)  # "кило" → "kilo": SI prefixes as the language writes them
    unit_stems: dict = attrs.field(factory=dict)  # "вольт" → "volt": pint units by the stem of their local name
    percent_words: tuple = ()
    percent_as_written: tuple = ()  # matched in the case written: UK "3.5pc", never "5 PC"
    change_up: frozenset = frozenset()
    change_down: frozenset = frozenset()
    money_nouns: dict = attrs.field(factory=dict)
    planned: tuple = ()
    cumulative: tuple = ()
    increments: frozenset = frozenset()
    stopwords: frozenset = frozenset()
    ignorable: frozenset = frozenset()
    not_names: frozenset = frozenset()
    demonyms: dict = attrs.field(factory=dict)
    months: dict = attrs.field(factory=dict)
    year_parts: dict = attrs.field(factory=dict)
    quarters: dict = attrs.field(factory=dict)
    # How numerals are written: the decimal marks and the thousands separators ("12,5", "1.731", "120 000").
    decimal_marks: tuple = (".",)
    thousands_marks: tuple = (",",)
    # Case endings a scale, percent, currency or unit word may carry ("миллионнан", "пайызға").
    inflections: tuple = ()
    # Endings that make a unit or currency an adjective ("теңгелік": a 20,000-tenge note); not number words'
    # ("бірлік" is unity).
    unit_adjectives: tuple = ()
    qualifiers_after: dict = attrs.field(factory=dict)  # postposed: Kazakh "12 миллионнан астам"
    # Upper-bound qualifiers that mean "to" right after a change verb ("выросло до 5 млн").
    target_after_change: frozenset = frozenset()
    # "went up to 5.5%": bounds that mean "to" only after a change word or one of these verbs of motion
    target_after_verbs: frozenset = frozenset()
    target_verbs: frozenset = frozenset()
    number_joiners: frozenset = frozenset()
    not_alone: frozenset = frozenset()  # number words that state no number by themselves ("one of")
    minus_words: tuple = ()  # "minus 12 degrees": a word that makes the figure after it negative
    and_a_half: tuple = ()  # "two and a half million", "бір жарым": words after a number that add a half
    # "четыре целых восемь десятых", "төрт бүтін оннан сегіз": a decimal spelled in words, its word after the
    # whole number, its words for tenths and hundredths (→ 10, 100), and whether those come first (Kazakh)
    decimal_points: tuple = ()
    decimal_denominators: dict = attrs.field(factory=dict)
    denominator_first: bool = False
    ordinal_endings: tuple = ()  # "3rd", "June 21st": endings glued to digits that make an ordinal
    score_links: tuple = ()  # "13 out of 20": between a score and its maximum (besides "/")
    fold_suffixes: tuple = ()  # "3-fold", "10fold": glued to digits, a multiple
    rank_verbs: tuple = ()  # "finished 3rd": words before a place in a ranking
    rank_verb_stems: tuple = ()  # "ranked", "ranking": stems of such words
    rank_out_of: tuple = ()  # "66th of 50": between a place and the size of its field
    number_lookalikes: frozenset = frozenset()  # a number word and a case ending that spell another word
    minor_units: tuple = ()  # "cents", "Cent", "копеек": a hundredth of the currency before them
    ratio_words: tuple = ()  # "one out of three": a share written as two spelled-out numbers
    counted_ones: frozenset = frozenset()  # "one bidder", "один человек": one, counting the noun after it
    counted_ones_not_after: frozenset = frozenset()  # "ни одного", "ещё один": not a single, one more
    count_before_noun: frozenset = frozenset()  # "миллион рублей", "мың турист": a word of not_alone, counting
    only_words: frozenset = frozenset()  # "бір ғана", "тек бір": beside a word of not_alone, it counts
    decade_endings: frozenset = frozenset()  # "90-х": an ordinal (a decade) after digits ending in 0, else a case
    ordinal_word_endings: tuple = ()  # "сто одиннадцатую": the endings of a spelled ordinal (an adjective)
    digit_case_endings: frozenset = frozenset()  # "10-ти", "7-ми": a cardinal's case ending hyphened to digits
    fold_only_after: frozenset = frozenset()  # "в 2,5 раза": a number in "fold" is a multiple only after these
    fold_only_before: frozenset = frozenset()  # "2.5 times higher": ... or only before these
    singular_scales: frozenset = frozenset()  # "более миллиона": a scale word standing for one of it
    scale_articles: frozenset = frozenset()  # "a million", "an hundred": an article counts one before a scale word
    labels_after: tuple = ()  # Kazakh "12 бабы": the label follows the number
    labels: tuple = ()  # words before a number that make it a label ("Artikel 5", "статья 115")
    name_articles: tuple = ()  # "the FTSE 250", "the Pixel 7": before a name that ends in a number
    street_words: tuple = ()  # "221 Baker Street": after a number and a name, an address
    labels_anywhere: tuple = ()  # labels of this language that any language's text may carry ("Article 5")
    age_words: tuple = ()  # "aged 25": the number after them is an age, no amount
    # "ей 26 лет", "ему было 85 лет": whom an age belongs to (a dative pronoun), a word that may stand between,
    # and the words for years of age after the number
    age_holders: tuple = ()
    age_fillers: tuple = ()
    age_years: tuple = ()
    title_words: tuple = ()  # "the film «…»": a quoted title after them names a work; its numbers count nothing
    title_words_after: tuple = ()  # «…» бағдарламасы, the "Vision 2030" plan: the same, written after the title
    measures: dict = attrs.field(factory=dict)  # noun stems to shared measure ids ("пользовател" → "user")
    modifiers: dict = attrs.field(factory=dict)  # adjective stems to shared words ("сельск" → "rural")
    use_verbs: tuple = ()  # "12 million people use it": people who use something are its users
    people_measures: frozenset = frozenset({"people", "person"})
    change_particles: tuple = ()
    rank_words: tuple = ()  # "66th place", "5-е место"
    ordinal_suffixes: tuple = ()  # "66-е", "5-ші": a hyphenated ending that makes a digit an ordinal
    compound_numbers: bool = False  # German writes "achtundsiebzig" as one word
    dotted_ordinals: bool = False  # German "3. Platz", "15. Juli"
    determiners: frozenset = frozenset()  # words that precede common nouns, never names (German)
    name_suffixes: tuple = ()  # case endings glued to names ("Қазақстанда", "Дуровтың")
    time_words: dict = attrs.field(factory=dict)
    range_words: dict = attrs.field(factory=dict)  # "and"/"between"/"to"/"from" of ranges
    by_words: tuple = ()  # "grew by 25%": the word before a change's amount
    plurals: dict = attrs.field(factory=dict)  # irregular plurals: "buses" → "bus"
    range_from_endings: tuple = ()  # Kazakh "50 000 теңгеден ... 200 000 теңгеге дейін"
    range_to_after: tuple = ()
    adjective_endings: tuple = ()  # unknown words with these endings qualify the counted noun ("сельских")
    not_countries: tuple = ()  # country names that are also common words ("того")
    detection: Profile | None = None  # how a text is told to be in the language; None: only when declared
    noun_endings: tuple = ()  # German: endings of capitalised common nouns, never names ("-ung", "-heit")
    exclusions: tuple = ()  # "excluding", "ohne", "без учета": what follows is left out of the measure
    bases: dict = attrs.field(factory=dict)  # "in the month" → "month": the span a change compares over
    differences: dict = attrs.field(factory=dict)  # "a majority of", "N more than": a figure that is a gap
    # "337,000 jobs, twice the 169,000 forecast": after a multiple that compares (`of_figure`), the words
    # before the figure it multiplies ("the", "as many as"); before it, the verbs linking the figure it gives
    ratio_links: tuple = ()
    ratio_copulas: tuple = ()
    # "about 9% smaller than": comparatives after a percent, the first figure above or below the second
    comparatives_up: frozenset = frozenset()
    comparatives_down: frozenset = frozenset()
    possessive: tuple = ()  # "'s": "Ford's sales" names Ford as the subject, even opening a sentence
    in_names: frozenset = frozenset()  # "New" of "New Zealand": no name alone, part of one next to a name
    clause_openers: tuple = ()  # ", while", ", а": after a comma, a new clause (its own subject and period)
    relatives: tuple = ()  # "whose", "die", "которые": a relative clause after a figure narrows it to a subset
    rates: dict = attrs.field(factory=dict)  # "a day" → "day": a figure per span of time is a rate, not a stock
    # "3.1 million of the 5.2 million households, or 60%": how a part joins its whole and its share
    share_of: tuple = ()  # "of the", "von insgesamt", "из"
    share_whole_openers: tuple = ()  # "all", "insgesamt": words between "of" and the whole
    share_links: tuple = ()  # ", or", ", das sind", ", то есть": between a figure and the share restating it
    share_of_after_whole: tuple = ()  # Kazakh "1,7 млн үй ішінен 931 000": the whole first
    share_whole_then: tuple = ()  # "£4m, of which £3m", "davon", "из них": the whole, then a part of it
    share_of_after_noun: tuple = ()  # "39 nations out of 65": after the part's noun, before its whole
    share_part_then: tuple = ()  # "a $168m settlement - $155m of which": after a part that follows its whole
    share_holders: tuple = ()  # "85% owned by the state and 45% by its workers": a preposition naming each holder
    majority_of: frozenset = frozenset()  # "the majority of voters": what names a majority's whole after it
    share_remainder: tuple = ()  # "the remaining 38 percent": the last part of a whole, what is left
    conversion_links: tuple = ()  # "$186m, or £98m": words between an amount and its equivalent
    code_words: tuple = ()  # "try": a currency code's lower case that is a word ("one try" is no lira)
    glued_currencies: tuple = ()  # "64p": currency names written glued to the digits, in the case written
    # "rupees" → "Rupee": a word the currencies of several countries share, read as the currency of the
    # country the text names (the value ends the currency's English name in CLDR: "Indian Rupee")
    shared_currencies: dict = attrs.field(factory=dict)
    # "quadrupled, an increase of 300%": words between a multiple and the percent restating it
    restatement_links: tuple = ()  # "or", "a", "an"
    restatement_particles: tuple = ()  # "of", "by": after the noun of the change, or alone
    change_start_links: tuple = ()  # "jumped to 2.4 million, compared with 474,000": besides "from", before the start
    change_carried_by: frozenset = frozenset()  # "They went from 8,000 to 6,000": opens a sentence carrying on
    level_links: tuple = ()  # "closed down 247p, or 18%, at 1115p": besides "to", before the level reached
    # "the Almaty and Zhambyl regions": a region phrase, a figure's scope; written noun → the scope's word
    region_nouns: dict = attrs.field(factory=dict)
    region_articles: tuple = ()  # "the"
    region_joiners: tuple = ()  # "and"
    field_links: tuple = ()  # "ranked 66th among 50 countries": between a place and the size of its field
    field_openers: tuple = ()  # "of the", "among all": after the link
    # Cutting a page into sentences, before its language is known: every language's words apply.
    abbreviations: tuple = ()  # "Dr.", "z.B.", "т.е.": a period after these ends no sentence (folded, no final dot)
    pagination: tuple = ()  # "Showing 1-10 of 240": the words opening a pagination line
    pagination_of: tuple = ()  # its "of"
    related_headings: tuple = ()  # "You may also like": a heading over links to other articles
    after_ordinals: tuple = ()  # "in der 16. Minute": nouns a dotted ordinal stands before (no sentence ends there)
    attributions: tuple = ()  # "according to Durov, Telegram has ...": a source, not the subject
    statistics: dict = attrs.field(factory=dict)  # "average" → "mean": the statistic a figure is
    change_fillers: tuple = ()  # "rose by about 5%": words between a change verb and its amount
    # The English reading of a noun phrase's measure (languages without `measures` stems):
    noun_determiners: frozenset = frozenset()  # "the", "its": before a noun, never it
    amounts_ahead: tuple = ()  # "20 million users": scale and percent words of a figure before the noun
    measure_of: tuple = ()  # "a loss of $108 million": the preposition tying a figure to its noun before
    measure_in: tuple = ()  # "a rise in sales", "$5m in revenue": ... to its noun after
    owner_links: frozenset = frozenset()  # "shares in Virgin Blue": between a measure and its owner's name
    quantity_nouns: tuple = ()  # "the number of users": nouns of quantity, the noun after them is measured
    auxiliaries: frozenset = frozenset()  # "have been reduced": between a subject and its verb
    verb_multiple_adverbs: frozenset = frozenset()  # "have nearly doubled": also skipped before a verb multiple
    temperature_stems: tuple = ()  # "температур", "Hitze": a sentence about heat, its degrees Celsius
    # Asked for word by word, folded as the words looked up are (German "Plus" is "plus"): made once.
    folded_up: frozenset = attrs.field(init=False)
    folded_down: frozenset = attrs.field(init=False)
    change_words: frozenset = attrs.field(init=False)

    @folded_up.default
    def _folded_up(self) -> frozenset:
        return frozenset(map(folded, self.change_up))

    @folded_down.default
    def _folded_down(self) -> frozenset:
        return frozenset(map(folded, self.change_down))

    @change_words.default
    def _both_directions(self) -> frozenset:
        return self.folded_up | self.folded_down


def folded_key(table: dict, phrase: str) -> str | None:
    """The key of `table` that a case-insensitive pattern matched as `phrase` ("THİRD" is "third")."""
    return _folded_keys(tuple(table)).get(folded(phrase))


def listed_key(table: dict, word: str, lexicon: Lexicon) -> str:
    """The key of `table` a case-insensitive pattern matched as `word`, perhaps under a case ending
    ("MILLION", "Tenge", "миллионнан")."""
    if word in table:
        return word
    keys = _folded_keys(tuple(table))
    return keys[inflected_key(keys, folded(word), lexicon)]


@lru_cache(maxsize=None)
def _folded_keys(keys: tuple[str, ...]) -> dict[str, str]:
    return {folded(key): key for key in keys}


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """The languages that have a lexicon, and so can be extracted."""
    return tuple(sorted(path.stem for path in LEXICON_DIR.glob("*.toml")))


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    data = lexicon_data(language)
    fields = {field: convert(value) for field, (section, key, convert) in FIELDS.items()
              if (value := _stated(data, section, key)) is not None}
    if "pint_units" in data:  # unit words from pint's definitions; the lexicon's own table has the last word
        table = data["pint_units"]
        fields["units"] = {**pint_unit_words(table.get("symbols", ()), table.get("names", ()),
                                             table.get("symbols_only", ())),
                           **fields.get("units", {})}
    return Lexicon(language=language, detection=_detection(language, data.get("detection")),
                   **{**fields, **_fallbacks(language, data)})


@lru_cache(maxsize=None)
def lexicon_data(language: str) -> dict:
    """The sections of a language's lexicon file. A lexicon [derived] from another (Kazakh in the Latin
    alphabet from Kazakh in Cyrillic) holds that one's words, transliterated letter by letter by its
    table, under the sections it states itself. The result is shared: read it, never change it."""
    data = dict(_written(language))
    derived = data.pop("derived", None)
    if derived is None:
        return data
    source = derived["from"]
    if is_derived(source):
        raise InputError(f"lexicon: [derived] from {source!r}, itself derived: derive from a written lexicon",
                         path=str(LEXICON_DIR / f"{language}.toml"))
    return {**transliterated(lexicon_data(source), derived["letters"]), **data}


def is_derived(language: str) -> bool:
    """Whether the language's lexicon is transliterated from another's rather than written."""
    return "derived" in _written(language)


@lru_cache(maxsize=None)
def _written(language: str) -> dict:
    """The lexicon file as written, checked against the schema: read once per run."""
    path = LEXICON_DIR / f"{language}.toml"
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError as error:
        raise InputError(f"no lexicon for language {language!r}", path=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"lexicon is not valid TOML: {error}", path=str(path)) from error
    check_lexicon(data, text, path)
    return data


def _stated(data: dict, section: str, key: str | None):
    """The value the lexicon states for a key (the whole section when `key` is None), else None."""
    table = data.get(section)
    if table is None or key is None:
        return table
    return table.get(key)


FALLBACK_LANGUAGE = "en"
# Fields whose words any language's text may use, or that every language needs: a lexicon that
# leaves one out takes the fallback language's ("according to", "the rest", "i.e." in a Kazakh page).
_FALLBACK_FIELDS = ("share_remainder", "conversion_links", "restatement_links", "restatement_particles",
                    "field_links", "field_openers", "region_nouns", "region_articles", "region_joiners",
                    "ordinal_endings", "score_links", "rank_verbs", "rank_verb_stems", "rank_out_of", "code_words",
                    "number_joiners", "change_particles", "rank_words", "by_words", "attributions", "share_of",
                    "share_whole_openers", "share_links", "change_fillers", "noun_determiners", "amounts_ahead",
                    "fold_suffixes", "age_words")


def _fallbacks(language: str, data: dict) -> dict:
    missing = [field for field in _FALLBACK_FIELDS if _stated(data, *FIELDS[field][:2]) is None]
    if language == FALLBACK_LANGUAGE or not missing:
        return {}
    fallback = load_lexicon(FALLBACK_LANGUAGE)
    return {field: getattr(fallback, field) for field in missing}


def _detection(language: str, section: dict | None) -> Profile | None:
    if section is None:
        return None
    return Profile(language=language, script=section["script"], letters=section.get("letters", ""),
                   marks=tuple(section.get("marks", ())), min_letters=int(section.get("min_letters", 0)),
                   letters_one_in=int(section.get("letters_one_in", 0)),
                   script_default=bool(section.get("script_default", False)))


def inflected_key(table: dict, word: str, lexicon: Lexicon) -> str:
    """The key of `table` that `word` is, perhaps under one of the language's case endings."""
    if word in table:
        return word
    for ending in sorted((*lexicon.inflections, *lexicon.unit_adjectives), key=len, reverse=True):
        if word.endswith(ending) and word[: -len(ending)] in table:
            return word[: -len(ending)]
    raise KeyError(word)


def stem_lookup(table: dict, word: str, *, max_ending: int = 4) -> str | None:
    """The value of the longest stem in `table` that `word` starts with, leaving a short ending.

    Inflected languages write one noun many ways ("пользователи", "пользователей"); the
    lexicon lists the stem once ("пользовател") and any ending of up to `max_ending` letters fits.
    """
    lowered = word.casefold()
    for cut in range(len(lowered), max(2, len(lowered) - max_ending - 1), -1):
        value = table.get(lowered[:cut])
        if value is not None:
            return value
    return None
