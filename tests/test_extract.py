"""English extraction: values as intervals, units, kinds, qualifiers, and the traps that are not claims."""

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.ingest import document_from_text
from factcheck.segment import segment


def claims_of(text, published=date(2024, 11, 22)):
    document = document_from_text(text, published=published, language="en")
    return extract_document(document, segment(document)).claims


def figure_in(language: str, text: str, figure: str):
    """The one claim of `text` (read in `language`) that quotes `figure`."""
    document = document_from_text(text, language=language)
    [claim] = [c for c in extract_document(document, segment(document)).claims if c.text == figure]
    return claim


def only(text, **kwargs):
    found = claims_of(text, **kwargs)
    assert len(found) == 1, [(c.text, c.kind) for c in found]
    return found[0]


@pytest.mark.parametrize("text, surface, value, low, high, unit, kind, qualifier", [
    ("The app has over 12.5 million users.", "over 12.5 million", 12.5e6, 12.5e6, None, "dimensionless", "count",
     "lower"),
    ("The firm had 447 rural schools on its list.", "447", 447, 446.5, 447.5, "dimensionless", "count", "exact"),
    ("It had around four million premium users.", "around four million", 4e6, 3.5e6, 4.5e6, "dimensionless", "count",
     "approximate"),
    ("Revenue reached $342.5 million in the year.", "$342.5 million", 342.5e6, 342.45e6, 342.55e6, "USD", "money",
     "exact"),
    ("Sales were approximately 3.2 trillion KZT in total.", "approximately 3.2 trillion KZT", 3.2e12, 2.88e12, 3.52e12,
     "KZT", "money", "approximate"),
    ("Fines of 100,000 KGS were proposed.", "100,000 KGS", 1e5, 99999.5, 100000.5, "KGS", "money", "exact"),
    ("Businesses can be fined up to 300,000 tenge.", "up to 300,000 tenge", 3e5, None, 3e5, "KZT", "money", "upper"),
    ("The deal was worth €50m.", "€50m", 5e7, 49.5e6, 50.5e6, "EUR", "money", "exact"),
    ("Some 96.2 percent of households are online.", "Some 96.2 percent", 96.2, 86.58, 105.82, "percent", "share",
     "approximate"),
    ("They hold a 62-percent market share.", "62-percent", 62, 61.5, 62.5, "percent", "share", "exact"),
    ("Nearly 40 per cent of people live in villages.", "Nearly 40 per cent", 40, 36, 40, "percent", "share",
     "approximate"),
    ("Prices rose by between 10 and 30 percent last year.", "10 and 30 percent", 10, 9.5, 30.5, "percent", "change",
     "range"),
    ("The country ranked 66th in the index.", "66th", 66, 66, 66, "rank", "rank", "exact"),
    ("The fines have been reduced fivefold.", "fivefold", 5, 5, 5, "fold", "change", "exact"),
    ("The average speed was 43.6 Mbps.", "43.6 Mbps", 43.6, 43.55, 43.65, "Mbps", "measurement", "exact"),
    ("Access to the internet scored 12 / 25 in the report.", "12 / 25", 12, 12, 12, "point", "score", "exact"),
    ("The independence of regulators scored 0/4.", "0/4", 0, 0, 0, "point", "score", "exact"),
])
def test_english_quantities(text, surface, value, low, high, unit, kind, qualifier):
    claim = only(text)
    assert claim.text == surface
    assert claim.quantity.value == pytest.approx(value)
    assert (claim.quantity.low is None) == (low is None) and (claim.quantity.high is None) == (high is None)
    if low is not None:
        assert claim.quantity.low == pytest.approx(low)
    if high is not None:
        assert claim.quantity.high == pytest.approx(high)
    assert (claim.quantity.unit, claim.kind, claim.qualifier) == (unit, kind, qualifier)


@pytest.mark.parametrize("text", [
    "The law was passed in 2023 and took effect on March 12, 2024.",
    "Under Article 115 of the code, hearings are required.",
    "Operators are rolling out 5G and 4G networks.",
    "A data centre no lower than Tier-III is planned.",
    "Most homes have broadband access.22 The ministry agrees.",
    "The group APT41 was blamed for the attack.",
    "The report (see B3, B6 and C2) covers June 2023 to May 2024.",
])
def test_traps_are_not_claims(text):
    assert claims_of(text) == ()


def test_counted_noun_becomes_the_measure():
    claim = only("By April 2024, the system was already connecting 447 rural schools to the internet.")
    assert claim.measure == "rural school"
    assert claim.cumulative
    assert (claim.time.start, claim.time.end) == (date(2024, 4, 1), date(2024, 4, 30))


def test_month_without_year_takes_the_year_of_the_context():
    found = claims_of("By April 2024, 447 schools were connected, and by August the number had climbed to "
                      "1,731 schools.")
    assert [c.time.start for c in found] == [date(2024, 4, 1), date(2024, 8, 1)]


def test_since_runs_to_the_publication_date():
    claim = only("The platform has seen a 25% increase in users since 2023.")
    assert claim.kind == "change" and claim.direction == "up" and claim.measure == "user"
    assert (claim.time.start, claim.time.end) == (date(2023, 1, 1), date(2024, 11, 22))


def test_subject_and_scope_come_from_the_sentence_and_its_neighbours():
    found = claims_of("Starlink terminals arrived in Kazakhstan in February. Starlink is popular. "
                      "By April 2024, the system was already connecting 447 rural schools.")
    assert (found[-1].subject, found[-1].scope) == ("Starlink", "Kazakhstan")


def test_share_statement_links_part_share_and_whole():
    document = document_from_text("The app has over 12.5 million users, more than half of the nation's 20 million "
                                  "people.", published=date(2024, 11, 22))
    extraction = extract_document(document, segment(document))
    (statement,) = [s for s in extraction.statements if s.kind == "share"]
    roles = {name: next(c.text for c in extraction.claims if c.id == claim_id) for name, claim_id in statement.roles}
    assert roles == {"part": "over 12.5 million", "share": "more than half", "whole": "20 million"}


def test_planned_targets_are_not_facts():
    claim = only("The pilot envisioned sending terminals to 2,000 schools.")
    assert claim.modality == "planned"


def test_spans_quote_the_text_exactly():
    text = "---\ntitle: t\n---\nIn 2023, fines of 69,000 tenge ($147) were set.\n"
    document = document_from_text(text, published=date(2024, 10, 1))
    for claim in extract_document(document, segment(document)).claims:
        assert text[claim.span.start:claim.span.end] == claim.text
        assert claim.span.line == 4


# A generated quantity written in any supported English style extracts back to the same interval.
scales = st.sampled_from([(1, ""), (1e3, " thousand"), (1e6, " million"), (1e9, " billion")])
qualifiers = st.sampled_from(["", "over ", "more than ", "up to ", "about ", "nearly "])
styles = st.sampled_from(["plain", "dollar", "tenge", "percent"])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9), scales, qualifiers, styles)
def test_generated_quantities_round_trip(whole, tenths, scale, qualifier, style):
    factor, scale_word = scale
    digits = f"{whole:,}" if tenths == 0 else f"{whole}.{tenths}"
    value = (whole + tenths / 10) * factor
    half = (0.5 if tenths == 0 else 0.05) * factor
    number = f"{digits}{scale_word}"
    written = {"plain": f"{number} schools", "dollar": f"${number}", "tenge": f"{number} tenge",
               "percent": f"{digits} percent of households"}[style]
    if style == "percent":
        value, half = whole + tenths / 10, (0.5 if tenths == 0 else 0.05)
    claim = only(f"The ministry said {qualifier}{written} were counted.")
    expected_low, expected_high = value - half, value + half
    spread = max(half, value * 0.1)
    expected = {"": (expected_low, expected_high), "over ": (value, None), "more than ": (value, None),
                "up to ": (None, value), "about ": (value - spread, value + spread),
                "nearly ": (value - spread, value)}[qualifier]
    for got, want in zip((claim.quantity.low, claim.quantity.high), expected, strict=True):
        assert (got is None) == (want is None)
        if want is not None:
            assert got == pytest.approx(want, rel=1e-9)



@pytest.mark.parametrize("text, surface, low, high, unit, qualifier", [
    ("The regulator fined the bank KZT 25 million over the leak.", "KZT 25 million", 24.5e6, 25.5e6, "KZT", "exact"),
    ("The census counted 19 600 000 residents.", "19 600 000", 19599999.5, 19600000.5, "dimensionless", "exact"),
    ("Prices start at 12.50 € per month.", "12.50 €", 12.495, 12.505, "EUR", "exact"),
    ("The venue expects 500 or more visitors on the day.", "500 or more", 500, None, "dimensionless", "lower"),
    ("Each operator may hold 20 or fewer licences.", "20 or fewer", None, 20, "dimensionless", "upper"),
    ("The new line is 370km long.", "370km", 369.5, 370.5, "km", "exact"),
    ("Prices rose more than 10% and less than 40% in a year.", "more than 10% and less than 40%", 10, 40, "percent",
     "range"),
    ("Coverage stayed ≤5% in rural districts.", "≤5%", None, 5, "percent", "upper"),
    ("Tables list >30 schools per district.", ">30", 30, None, "dimensionless", "lower"),
    ("The under30 league has 12 teams.", "12", 11.5, 12.5, "dimensionless", "exact"),
])
def test_english_formats_seen_in_regional_news(text, surface, low, high, unit, qualifier):
    claim = only(text)
    assert (claim.text, claim.quantity.unit, claim.qualifier) == (surface, unit, qualifier)
    assert claim.quantity.low == (pytest.approx(low) if low is not None else None)
    assert claim.quantity.high == (pytest.approx(high) if high is not None else None)


def test_a_change_and_the_level_it_reached_are_no_range():
    found = claims_of("The number of registered cars rose by 150,000 to 4.9 million.")
    assert [(c.text, c.qualifier) for c in found] == [("150,000", "exact"), ("4.9 million", "exact")]


@pytest.mark.parametrize("text", [
    "The 24/7 support line opened in Astana.",
    "Call +1-222-2222/2222 for the press office.",
    "The series 1995-01 was archived.",
])
def test_codes_and_glued_numbers_are_not_claims(text):
    assert claims_of(text) == ()


def test_irregular_plurals_come_from_the_lexicon():
    assert only("The city bought 120 electric buses last year.").measure == "electric bus"


def test_a_brand_opening_its_only_sentence_is_the_subject():
    assert only("OneWeb connected 328 villages by March 2024.").subject == "OneWeb"


def test_a_bare_number_continues_the_nearest_measure_of_its_own_sentence_first():
    text = ("Kamvan had more than 9 million employees in 2020. As of July 2020, 580 hospitals were connected "
            "by Kamvan, and by January 2021 the total stood at 822.")
    assert [(c.text, c.measure) for c in claims_of(text)] == [
        ("more than 9 million", "employee"), ("580", "hospital"), ("822", "hospital")]


@pytest.mark.parametrize("text, surface, low, high, unit", [
    ("A million users signed up in 2023.", "A million", 0.5e6, 1.5e6, "dimensionless"),
    ("Fewer than a thousand pandas live in the wild.", "Fewer than a thousand", None, 1000, "dimensionless"),
    ("The upgrade cost half a million dollars.", "half a million dollars", 450_000, 550_000, "USD"),
    ("A quarter million people came.", "A quarter million", 200_000, 300_000, "dimensionless"),
    ("A ticket cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.495, 3.505, "USD"),
    ("It cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.445, 13.455, "USD"),
    ("The plot is 120 m^2.", "120 m^2", 119.5, 120.5, "m**2"),
    ("The port shipped 278,000 t of grain.", "278,000 t", 277_999.5, 278_000.5, "t"),
    ("They paid 20 usd for the licence.", "20 usd", 19.5, 20.5, "USD"),
    ("They plan an 8- to 16-meter telescope.", "8- to 16-meter", 7.5, 16.5, "m"),
    ("They lost 75 USD million in a year.", "75 USD million", 74.5e6, 75.5e6, "USD"),
    ("I want a hundred and two of those.", "a hundred and two", 101.5, 102.5, "dimensionless"),
    ("Two dozen schools closed.", "Two dozen", 18, 30, "dimensionless"),
])
def test_article_and_fraction_scales_cents_and_unit_signs(text, surface, low, high, unit):
    claim = only(text)
    assert (claim.text, claim.quantity.unit) == (surface, unit)
    assert claim.quantity.low == pytest.approx(low) if low is not None else claim.quantity.low is None
    assert claim.quantity.high == pytest.approx(high)


def test_a_count_after_an_amount_stays_a_count_unless_it_reads_as_cents():
    assert [c.text for c in claims_of("It cost 15 dollars and 50 people came.")] == ["15 dollars", "50"]


def test_spelled_out_ratios_are_shares():
    claim = only("Two out of five adults use the app daily.")
    assert (claim.text, claim.kind, claim.measure) == ("Two out of five", "share", "adult")
    assert claim.quantity.value == pytest.approx(0.4)


# -- substring tests before patterns: they may let a text through, never turn a match away

_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _lexicon_phrases() -> set[str]:
    from factcheck.extract.finders.patterns import any_language_labels, spelled_entries
    from factcheck.extract.lexicon import available_languages, load_lexicon
    from factcheck.extract.time import time_words

    phrases = set(any_language_labels())
    for language in available_languages():
        lexicon = load_lexicon(language)
        phrases |= {*lexicon.planned, *lexicon.cumulative, *lexicon.labels, *lexicon.labels_after,
                    *spelled_entries(lexicon), *(q for group in lexicon.qualifiers.values() for q in group),
                    *lexicon.months, *lexicon.year_parts, *lexicon.quarters,
                    *time_words(lexicon, "prepositions")}
    return phrases | {"aged", "Q"}


def test_latin_letters_are_what_a_case_insensitive_pattern_takes_for_them():
    import re

    from factcheck.extract.finders.spans import LATIN_LETTERS

    assert set(re.findall("[A-Za-z]", _EVERY_CHARACTER, re.IGNORECASE)) == set(
        re.findall(f"[{LATIN_LETTERS}]", _EVERY_CHARACTER))


@given(st.lists(st.sampled_from(["U", "S", "e", "g", "Kazakhstan", "ның", "ß", "é", "Ä", "x", "2", "_", "'", "’", "-",
                                 ".", ". ", "..", "--", " ", ", ", "'s", "3.5", "U.S.", "e.g.", "x.Kazakhstan."]),
                min_size=2, max_size=25))
@example(["x", ".", "Kazakhstan", ".", " "])
@settings(max_examples=500, deadline=None)
def test_words_are_what_the_word_pattern_finds(pieces):
    from factcheck.extract.context import WORD, words

    text = "".join(pieces)
    starts, texts = words(text)
    assert list(zip(starts, texts, strict=True)) == [(m.start(), m.group(0)) for m in WORD.finditer(text)]


def test_folding_keeps_every_character_a_case_insensitive_pattern_accepts():
    import re

    from factcheck.extract.text_words import LETTER_RUN, folded

    for character in sorted({character for phrase in _lexicon_phrases() for character in phrase}):
        accepted = re.findall(re.escape(character), _EVERY_CHARACTER, re.IGNORECASE)
        assert {folded(other) for other in accepted} == {folded(character)}, character
        # and a letter is only ever matched by letters, so runs of letters keep their bounds
        assert {bool(LETTER_RUN.fullmatch(other)) for other in accepted} == {bool(LETTER_RUN.fullmatch(character))}


def _spelled_pieces(language: str) -> list[str]:
    from factcheck.extract.finders.patterns import spelled_entries
    from factcheck.extract.lexicon import load_lexicon

    return sorted(spelled_entries(load_lexicon(language)))


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_every_spelled_entry_in_any_case_passes_the_spelled_number_test(language):
    from factcheck.extract.finders.spans import may_spell_a_number
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import mention_patterns

    patterns = mention_patterns(load_lexicon(language))
    for entry in _spelled_pieces(language):
        for written in (entry, entry.upper(), entry.title(), entry.replace("i", "İ"), entry.replace("i", "ı")):
            sentence = f"Sie sagte: {written}, nicht mehr."
            assert may_spell_a_number(sentence, patterns), sentence


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_a_spelled_entry_in_any_case_is_read_without_error(language):
    """ "A THİRD", "half a MİLLİON", "FİVEFOLD": a case-insensitive pattern finds them, so the look-up
    of the entry must fold them as the pattern does (each raised an error before); in title case an
    entry reads as in lower case."""
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import find_mentions, mention_patterns

    patterns = mention_patterns(load_lexicon(language))
    for entry in _spelled_pieces(language):
        read = {}
        for written in (entry, entry.title(), entry.upper(), entry.replace("i", "İ"), entry.upper().replace("I", "İ")):
            read[written] = [(m.value, m.kind) for m in find_mentions(f"x {written} of 40 y", patterns, [])]
        assert read[entry] == read[entry.title()], read


@st.composite
def _cased_sentences(draw, others: list[str], joints: list[str], size: int) -> tuple[str, str]:
    """(language, sentence): the language's spelled entries and some other words, each in some case
    (the Turkish dotted and dotless i too), joined by the joints."""
    language = draw(st.sampled_from(["en", "de", "ru", "kk"]))
    pieces = draw(st.lists(st.sampled_from(_spelled_pieces(language)) | st.sampled_from(others), max_size=size))
    glue = draw(st.lists(st.sampled_from(joints), min_size=size, max_size=size))
    cases = draw(st.lists(st.sampled_from(["upper", "title", "lower", "turkish"]), min_size=size, max_size=size))
    written = [piece.replace("i", "İ") if how == "turkish" else getattr(piece, how)()
               for piece, how in zip(pieces, cases, strict=False)]
    return language, "".join(piece + joint for piece, joint in zip(written, glue, strict=False))


@given(_cased_sentences(["a", "an", "out of", "von", "и", "x"], [" ", "-", "", ", ", "5", "x", "’", "İ", " und "], 5))
@settings(max_examples=400, deadline=None)
def test_a_sentence_ruled_out_for_spelled_numbers_has_none(case):
    from factcheck.extract.finders.spans import may_spell_a_number
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import mention_patterns

    language, sentence = case
    patterns = mention_patterns(load_lexicon(language))
    finders = [patterns.words, patterns.fractions, patterns.ratio, patterns.scaled]
    readable = any(pattern.search(sentence) for pattern in finders if pattern is not None) or any(
        not match.group("nfold") for match in patterns.multiples.finditer(sentence))  # "5-fold" is digits
    assert may_spell_a_number(sentence, patterns) or not readable, sentence


@given(st.lists(st.sampled_from(sorted(_lexicon_phrases())) | st.text(alphabet="aIİıKk -.'’\u0307", max_size=6),
                max_size=6),
       st.lists(st.sampled_from(["upper", "title", "lower", "turkish"]), min_size=6, max_size=6),
       st.lists(st.sampled_from([" ", "", "-", ", ", "2"]), min_size=6, max_size=6))
@settings(max_examples=300, deadline=None)
def test_mentions_phrase_agrees_with_its_pattern(pieces, cases, joints):
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.text_words import mentions_phrase, phrase_pattern

    def written(piece: str, case: str) -> str:
        if case == "turkish":
            return piece.replace("i", "İ").replace("I", "ı")
        return getattr(piece, case)()

    text = "".join(written(piece, case) + joint for piece, case, joint in zip(pieces, cases, joints, strict=False))
    for language in ("en", "de", "ru", "kk"):
        lexicon = load_lexicon(language)
        for phrases in (lexicon.planned, lexicon.cumulative):
            assert mentions_phrase(phrases, text) == bool(phrase_pattern(phrases).search(text)), (phrases, text)


def _exclusion_pieces() -> list[str]:
    from factcheck.extract.finders.patterns import any_language_labels
    from factcheck.extract.lexicon import available_languages, load_lexicon

    labels = {*any_language_labels(),
              *(label for language in available_languages() for label in load_lexicon(language).labels)}
    return sorted(labels | {"No.", "no", "№", "aged", "AGE", "age", "APT", "B", "km", "Q", "st", "ſ", "K", "İ",
                            "+", ":", "(", ")", "-", "/", ".", ",", " ", "  ", "0", "007", "12", "345", "2024"})


@given(st.sampled_from(["en", "de", "ru", "kk"]),
       st.lists(st.tuples(st.sampled_from(_exclusion_pieces()) | st.sampled_from(["№", "§", "No.", "aged"]),
                          st.sampled_from(["", " ", "  ", "-", "No. ", "no"]),
                          st.sampled_from(["5", "12", "007", "345-67", "2024", "1:30", "+7", "B3", "5km", "3rd"])),
                max_size=6),
       st.lists(st.sampled_from(["", " ", ", ", "-"]), min_size=6, max_size=6), st.booleans())
@settings(max_examples=500, deadline=None)
def test_exclusions_read_with_only_their_signs_find_what_all_of_them_find(language, units, glue, upper):
    from factcheck.extract.finders.spans import compiled_exclusions, possible_exclusions
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import mention_patterns

    sentence = "".join("".join(unit) + joint for unit, joint in zip(units, glue, strict=False))
    sentence = sentence.upper() if upper else sentence
    patterns = mention_patterns(load_lexicon(language))
    carried = compiled_exclusions(patterns.exclusions, possible_exclusions(sentence, patterns))
    assert [m.span() for m in carried.finditer(sentence)] == [m.span() for m in patterns.excluded.finditer(sentence)]


def _qualifier_pieces(language: str) -> list[str]:
    from factcheck.extract.lexicon import load_lexicon

    lexicon = load_lexicon(language)
    return sorted({q for group in lexicon.qualifiers.values() for q in group})


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_a_qualifier_in_any_case_widens_its_number_as_in_lower_case(language):
    """ "CİRCA 500": a case-insensitive pattern reads the Turkish dotted İ as "i"; so must the lookup
    of the qualifier's group (it raised an error for such text)."""
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import find_mentions, mention_patterns

    patterns = mention_patterns(load_lexicon(language))
    for phrase in _qualifier_pieces(language):
        found = {}
        for written in (phrase, phrase.upper(), phrase.replace("i", "İ"), phrase.title().replace("I", "İ")):
            mentions = find_mentions(f"x {written} 500 y", patterns, [])
            found[written] = [(m.qualifier, m.low, m.high) for m in mentions]
        assert len({repr(qualifiers) for qualifiers in found.values()}) == 1, found


@given(st.sampled_from(["en", "de", "ru", "kk"]).flatmap(lambda language: st.tuples(
    st.just(language),
    st.lists(st.sampled_from(_qualifier_pieces(language)) | st.sampled_from(["schools", "(", "“", "x", "5", "İ"]),
             max_size=4),
    st.lists(st.sampled_from([" ", "", "  ", "("]), min_size=4, max_size=4),
    st.sampled_from(["", " ", "  "]), st.booleans())))
@settings(max_examples=500, deadline=None)
def test_a_number_ruled_out_for_a_qualifier_has_none(case):
    from factcheck.extract.finders.numerals import may_end_a_qualifier
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import mention_patterns

    language, pieces, glue, space, upper = case
    before = "".join(piece + joint for piece, joint in zip(pieces, glue, strict=False)).rstrip() + space
    sentence = (before.upper() if upper else before) + "12 schools"
    start = len(before)
    patterns = mention_patterns(load_lexicon(language))
    found = patterns.qualifier_before.search(sentence, max(0, start - 40), start)
    assert may_end_a_qualifier(sentence, start, patterns) or found is None, sentence


@given(_cased_sentences(["a", "out of", "in", "5", "12/25", "3rd", "5-fold", "fivefold", "von", "из", "x"],
                        [" ", "-", "", ", ", "5", "’", "İ", " of "], 6))
@settings(max_examples=400, deadline=None)
def test_a_finder_left_out_of_a_sentence_would_find_nothing_there(case):
    from factcheck.extract.finders.shapes import SHAPE_FINDERS
    from factcheck.extract.finders.spans import Glance
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.mentions import mention_patterns

    language, sentence = case
    patterns = mention_patterns(load_lexicon(language))
    glance = Glance.of(sentence, patterns)
    for finder in SHAPE_FINDERS:
        assert finder.may_find(glance, patterns) or not list(finder.find(sentence, patterns)), (finder.name, sentence)


@pytest.mark.parametrize(("text", "expected"), [
    ("US retail sales fell 0.3% in January.", ("retail",)),
    ("Excluding the car sector, US retail sales were up 0.6%.", ("retail", "excluding car sector")),
    ("Grocery store sales were up 0.5%.", ("grocery", "store")),
    ("Industrial output has grown 4.2%.", ("industrial",)),
    ("Overall sales rose 4%.", ()),  # "overall", "total": the whole, no narrower measure
    ("In 2024, 1.000 thousand rangers were hired.", ()),  # a figure's own words never modify its noun
    ("Acme's sales rose 4%.", ()),  # a name is the subject, not a kind of sales
])
def test_modifiers_narrow_the_measure(text, expected):
    [claim] = [c for c in claims_of(text) if c.measure]
    assert claim.modifiers == expected


def test_a_bare_mention_takes_the_one_variant_named_before():
    defaults = claims_of("Loan defaults have fallen fourfold. Defaults were reduced by 40%.")
    assert [c.modifiers for c in defaults] == [("loan",), ("loan",)]
    sales = claims_of("Drinks sales rose 2%. Snack sales rose 4%. Sales rose 9%.")
    assert [c.modifiers for c in sales] == [("drinks",), ("snack",), ()]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Seasonally adjusted sales rose 1.2% in the month.", "month"),
    ("en", "Over the past year, house prices rose 9%.", "year"),
    ("en", "Prices rose 3% year-on-year.", "year"),
    ("en", "Output grew 0.4% quarter on quarter.", "quarter"),
    ("en", "Prices rose 3% in March.", None),
    ("de", "Die Preise stiegen im Vorjahresvergleich um 3 Prozent.", "year"),
    ("de", "Die Preise stiegen gegenüber dem Vormonat um 0,5 Prozent.", "month"),
    ("ru", "Цены выросли на 3% в годовом выражении.", "year"),
    ("ru", "Цены выросли на 0,5% за месяц.", "month"),
    ("kk", "Бағалар өткен жылмен салыстырғанда 3 пайызға өсті.", "year"),
])
def test_the_basis_of_a_change(language, text, expected):
    document = document_from_text(text, language=language)
    [change] = [c for c in extract_document(document, segment(document)).claims if c.kind == "change"]
    assert change.basis == expected


@pytest.mark.parametrize(("language", "text", "figure", "kind"), [
    ("en", "Smith won the seat with 21,400 votes against 15,100, a majority of 6,300.", "6,300", "difference"),
    ("en", "The company hired 240 more staff than last year.", "240", "difference"),
    ("en", "More than 240 staff were hired.", "More than 240", "count"),
    ("de", "Es gab 240 Anzeigen weniger als 2014.", "240", "difference"),
    ("de", "Es gab mehr als 240 Anzeigen.", "mehr als 240", "count"),
    ("ru", "В этом году выдано на 240 лицензий больше, чем в прошлом.", "240", "difference"),
    ("ru", "Число лицензий выросло на 240.", "240", "count"),
])
def test_a_gap_between_two_figures_is_a_difference(language, text, figure, kind):
    assert figure_in(language, text, figure).kind == kind


def test_a_possessor_opening_a_sentence_is_its_subject():
    ford, honda, today = claims_of("Ford's US sales fell 3% in March. Honda's US sales jumped 11% in March. "
                                   "Today's figures show that sales rose 2%.")
    assert (ford.subject, honda.subject, today.subject) == ("Ford", "Honda", None)


def test_a_name_in_the_figures_own_clause_is_its_subject():
    acme, zenith = claims_of("Acme shares rose 4% in London, while Zenith shares slipped 1.2% in Paris. "
                             "Both Acme and Zenith sell drinks. Zenith also sells juice, and Zenith wants Acme.")
    assert (acme.subject, acme.subject_inferred) == ("Acme", False)
    assert (zenith.subject, zenith.subject_inferred) == ("Zenith", False)


@pytest.mark.parametrize(("text", "subject"), [
    ("In 2004 US Airways carried 40 million passengers, a record for US Airways.", "US Airways"),
    ("New Zealand exported 12,000 tonnes, New Zealand officials said.", "New Zealand"),
    ("Analysts at Acme said the Commerce Department counted 212,000 new jobs.", "Commerce Department"),
    ("Mr Brown promised 20,000 homes, and Mr Brown kept his word.", "Brown"),
    ("Britain's Gordon Brown promised 20,000 homes.", "Gordon Brown"),
])
def test_a_subject_is_the_whole_name_written_around_its_word(text, subject):
    assert claims_of(text)[0].subject == subject


def test_a_name_from_another_clause_is_only_a_guess():
    claim, = claims_of("Sales rose 5% in the year, but Zenith said it would cut jobs. Zenith and Zenith agreed.")
    assert (claim.subject, claim.subject_inferred) == ("Zenith", True)


def test_a_percent_and_the_level_after_it_are_no_range():
    change, level = claims_of("Revenue in the generics unit fell 4.2% to 850m rupees.")
    assert (change.kind, change.quantity.unit, level.qualifier) == ("change", "percent", "exact")


@pytest.mark.parametrize("text", ["In district 7, 12 percent of the 57 schools were connected.",
                                  "In Ward 3, 40 of the 90 homes had fibre.", "Zone 4 had 12 clinics."])
def test_numbered_districts_wards_and_zones_are_labels(text):
    assert all(claim.text not in {"7", "3", "4"} for claim in claims_of(text))


@pytest.mark.parametrize(("language", "text", "figure", "expected"), [
    ("en", "The field will pump 60,000 barrels a day.", "60,000", "day"),
    ("en", "The field holds a billion barrels.", "a billion", None),
    ("en", "Fees rose to $5 per hour.", "$5", "hour"),
    ("de", "Das Feld fördert 60.000 Barrel pro Tag.", "60.000", "day"),
    ("ru", "Завод производит 300 тонн в сутки.", "300 тонн", "day"),
    # Right before the figure: Kazakh's order, and "täglich", "ежедневно" elsewhere.
    ("kk", "Кеме тәулігіне 250 тонна отын жағады.", "250 тонна", "day"),
    ("de", "Das Werk produziert täglich 250 Tonnen Stahl.", "250 Tonnen", "day"),
    ("kk", "Кеме 250 тонна отын алды.", "250 тонна", None),
])
def test_a_figure_per_span_of_time_is_a_rate(language, text, figure, expected):
    assert figure_in(language, text, figure).per == expected


@pytest.mark.parametrize(("language", "text", "figure", "expected"), [
    ("en", "Brent crude rose to $52 a barrel on Monday.", "$52", "barrel"),
    ("en", "The bid values the grocer at 310p a share.", "310p", "share"),
    ("en", "Output reached $38,000 per capita.", "$38,000", "person"),
    ("en", "Diesel sold at 1.45 euros per litre while the refinery made 120,000 litres.", "120,000 litres", None),
    ("de", "Gold kostete 1.850 Dollar je Feinunze, die Mine förderte 90.000 Unzen.", "1.850 Dollar", "ounce"),
    ("de", "Die Dividende steigt auf 0,45 Euro je Aktie.", "0,45 Euro", "share"),
    ("ru", "Цена золота поднялась до 1850 долларов за унцию.", "1850 долларов", "ounce"),
    ("uk", "Нафта подешевшала до 61 долара за барель.", "61 долара", "barrel"),
    ("kk", "Жан басына 14 мың доллар табыс келеді.", "14 мың доллар", "person"),
    ("kk", "Алтын унциясына 4800 доллардан асты, қор 2 млн унция.", "4800 доллардан асты", "ounce"),
    # A length per person is no speed: the span after a length makes one only if it is of time.
    ("en", "The city has 3 metres per person of cycle lanes.", "3 metres", "person"),
])
def test_a_price_per_unit_or_per_person_is_a_rate(language, text, figure, expected):
    claim = figure_in(language, text, figure)
    assert claim.per == expected
    assert "/" not in claim.quantity.unit


def test_a_basis_is_never_the_measure_nor_its_modifier():
    forecast, actual = claims_of("Economists had forecast a 0.2% rise in month-on-month output. Output rose 0.6%.")
    assert (forecast.measure, forecast.basis, forecast.modifiers) == ("output", "month", ())
    assert (actual.measure, actual.modifiers) == ("output", ())


def test_a_name_before_the_verb_is_whose_figure_not_what_it_measures():
    blue, patrick = claims_of("Shares in Australian budget airline Virgin Blue plunged 20% after a warning. Shares in "
                              "its major shareholder, Patrick Corporation, had dropped 31% by the close.")
    assert (blue.measure, blue.subject) == ("share", "Virgin Blue")
    assert (patrick.measure, patrick.subject) == ("share", "Patrick Corporation")


def test_a_hyphened_span_of_months_is_no_name():
    claims = claims_of("In the January-to-March quarter, Acme's sales grew 18%. Later, sales grew 4.2%.")
    assert all(claim.subject != "January-to-March" for claim in claims)


def test_every_amount_of_a_bracket_is_a_conversion_of_the_amount_before_it_and_of_the_first_equivalent():
    document = document_from_text("Net profit was $186m (£98m; 143m euros) in the quarter, and $5m (£3m), 4m euros "
                                  "in the year.", published=date(2005, 1, 20), language="en")
    extraction = extract_document(document, segment(document))
    texts = {claim.id: claim.text for claim in extraction.claims}
    pairs = [(texts[s.role("amount")], texts[s.role("equivalent")], texts.get(s.role("bracket")))
             for s in extraction.statements if s.kind == "conversion"]
    assert pairs == [("$186m", "£98m", None), ("$186m", "143m euros", None), ("£98m", "143m euros", "$186m"),
                     ("$5m", "£3m", None)]


@pytest.mark.parametrize(("text", "figures"), [
    ("Shares in the brewer rose 64p to 1130p on Friday.", ["64p", "1130p"]),  # the rise, then the level
    ("Profits fell £30m to £90m in the year.", ["£30m", "£90m"]),
    ("Sales rose 5 to 10 percent in the year.", ["5 to 10 percent"]),  # a range of the rise
    ("Between 2,000 and 10,000 fans are expected.", ["2,000 and 10,000"]),
])
def test_a_change_verb_then_two_amounts_is_the_change_and_the_level_reached(text, figures):
    assert [claim.text for claim in claims_of(text)] == figures


def test_a_short_scale_apart_from_an_amount_a_currency_symbol_opens():
    [film] = claims_of("The sequel took $458 m at cinemas in North America.")
    assert (film.quantity.value, film.quantity.unit) == (458e6, "USD")
    rope = claims_of("The rope is 5 m long.")
    assert all(claim.quantity.unit != "USD" and claim.quantity.value == 5 for claim in rope)


@pytest.mark.parametrize("language, text, figure, unit", [
    ("en", "India's state railway spent 40m rupees on new platforms.", "40m rupees", "INR"),
    ("en", "Exports from Pakistan earned 12bn rupees in the quarter.", "12bn rupees", "PKR"),
    ("en", "A ticket in Mexico now costs 300 pesos.", "300 pesos", "MXN"),
    ("de", "Indien investiert 40 Millionen Rupien in neue Bahnsteige.", "40 Millionen Rupien", "INR"),
    ("ru", "Индия потратит 40 млн рупий на новые платформы.", "40 млн рупий", "INR"),
])
def test_a_currency_word_countries_share_is_the_currency_of_the_country_named(language, text, figure, unit):
    claim = figure_in(language, text, figure)
    assert (claim.kind, claim.quantity.unit) == ("money", unit)


@pytest.mark.parametrize("text", [
    "The state railway spent 40m rupees on new platforms.",  # no country: no currency guessed
    "India and Pakistan each spent 40m rupees on new platforms.",  # two rupees: no currency guessed
])
def test_a_shared_currency_word_without_one_country_stays_a_count(text):
    [claim] = claims_of(text)
    assert (claim.text, claim.kind, claim.quantity.unit) == ("40m", "count", "dimensionless")


@pytest.mark.parametrize("text, year", [
    ("Sales in the three months to December fell 2% to $1bn.", 2004),  # the last December by publication
    ("Sales in January fell 2% to $1bn.", 2005),
    ("In 2003 the firm grew. Sales in December fell 2% to $1bn.", 2003),  # the year the text talks about
])
def test_a_month_without_a_year_is_its_last_one_by_the_publication_date(text, year):
    [amount] = [claim for claim in claims_of(text, published=date(2005, 1, 20)) if claim.text == "$1bn"]
    assert amount.time is not None and amount.time.start.year == year


@pytest.mark.parametrize(("language", "text", "figure", "unit"), [
    ("en", "The fare rose to 1900 dollars after the strike.", "1900 dollars", "USD"),
    ("de", "Die Strafe beträgt bis 2000 € im Einzelfall.", "2000 €", "EUR"),
    ("ru", "Штраф вырос до 2000 рублей за нарушение.", "2000 рублей", "RUB"),
    ("kk", "Айыппұл 2000 теңгеге дейін өсті.", "2000 теңгеге", "KZT"),
])
def test_four_digits_before_a_currency_are_money_not_a_year(language, text, figure, unit):
    assert figure_in(language, text, figure).quantity.unit == unit


@pytest.mark.parametrize(("text", "expected"), [
    # "out of" before the plural the whole counts: a part and its whole, as "9 из 10 случаев" is
    ("In 9 out of 10 cases the treatment works.", [("9", "count"), ("10", "count")]),
    ("Nearly 9 out of 10 people agreed.", [("Nearly 9", "count"), ("10", "count")]),
    # before the points it is in, or nothing counted: a score
    ("She scored 13 out of 20 points in the test.", [("13 out of 20", "score")]),
    ("Critics rated it 7 out of 10 overall.", [("7 out of 10", "score")]),
])
def test_out_of_before_a_counted_plural_is_a_part_of_a_whole_not_a_score(text, expected):
    assert [(claim.text, claim.kind) for claim in claims_of(text)] == expected


def test_a_number_owning_something_ends_a_name():
    assert [claim.text for claim in claims_of("Radio 4's Today and Formula 1’s bosses drew 3 million viewers.")] == \
        ["3 million"]
