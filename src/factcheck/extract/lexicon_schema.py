"""What a lexicon may hold: every section and its keys, declared once.

A misspelled section ("[cumulativ]") or key ("marker =") used to load silently and leave its
words unused; loading now refuses it with the file and line (issue 15). A section given as
`WORDS` is a table of the language's own words (scale words, currency names, month names): any key.
docs/lexicons.md documents every section (a test holds it to this table). FIELDS says which
section and key fill each field of a `Lexicon`, and how their value is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import InputError
from factcheck.extract.text_words import folded
from factcheck.langdetect import SCRIPTS

WORDS = "words of the language"  # a table whose keys are the language's own words

SCHEMA: dict[str, object] = {
    "numbers": {"decimal_marks", "thousands_marks", "joiners", "not_alone", "lookalikes", "minus", "ordinal_endings",
                "score_links", "fold_suffixes", "ordinal_suffixes",
                "dotted_ordinals", "compound_numbers", "ratio_words", "scale_articles", "ones", "tens", "scales",
                "counted_ones", "counted_ones_not_after", "singular_scales", "and_a_half", "digit_case_endings",
                "fold_only_after", "fold_only_before", "count_before_noun", "ordinal_word_endings", "only",
                "decade_endings"},
    "scale_words": WORDS, "fractions": WORDS, "fractions_lower": WORDS, "multiples": WORDS, "vague": WORDS,
    "qualifiers": {"lower", "upper", "nearly", "just_over", "approximate"},
    "qualifiers_after": {"lower", "upper", "nearly", "approximate"},
    "qualifier_targets": {"words", "after_verbs", "verbs"},
    "inflections": {"suffixes", "adjectives"},
    "decimals": {"points", "denominators", "denominator_first"},
    "currencies": {"symbols", "names", "minor_units", "conversion_links", "code_words", "glued", "shared"},
    "units": WORDS,
    "pint_units": {"symbols", "names", "symbols_only", "any_name", "not_units", "powers", "distance_words"},
    "unit_words": {"prefixes", "stems"}, "occurrences": {"words", "not_before"}, "compounds": {"stems", "roots"},
    "percent": {"words", "as_written"},
    "change": {"up", "down", "by", "particles", "restatement_links", "restatement_particles", "fillers",
               "level_links", "carried_by", "start_links"},
    "money_nouns": WORDS, "modality": {"planned"}, "cumulative": {"markers"}, "increments": {"markers"},
    "stopwords": {"words"}, "statistics": WORDS, "demonyms": WORDS,
    "rank": {"words", "field_links", "field_openers", "verbs", "verb_stems", "out_of"},
    "measure": {"nouns", "modifiers", "plurals", "ignorable", "adjective_endings", "use_verbs", "excluding",
                "relatives", "determiners", "amounts_ahead", "of", "in", "owner_links", "quantity_nouns",
                "auxiliaries", "verb_multiple_adverbs", "temperature"},
    "names": {"not_names", "in_names", "determiners", "noun_endings", "suffixes", "not_countries", "attributions",
              "possessive"},
    "labels": {"words", "after", "anywhere", "ages", "name_articles", "streets", "titles", "titles_after",
               "age_holders", "age_fillers", "age_years"},
    "time": {"months", "parts", "quarters", "words"},
    "ranges": {"and", "between", "to", "from", "change_to", "or", "from_endings", "to_after"},
    "shares": {"of", "whole_openers", "links", "of_after_whole", "whole_then", "part_then", "remainder", "holders",
               "of_after_noun", "majority_of"},
    "differences": {"before", "comparatives", "than", "by"},
    "ratios": {"links", "copulas", "comparatives_up", "comparatives_down"},
    "bases": WORDS, "rates": WORDS, "clauses": {"openers"},
    "places": {"region_nouns", "articles", "joiners"},
    "segment": {"abbreviations", "pagination", "pagination_of", "related_headings", "after_ordinals"},
    "derived": {"from", "letters"},
    "detection": {"script", "letters", "marks", "min_letters", "letters_one_in", "script_default"},
}


def check_lexicon(data: dict, text: str, path: Path) -> None:
    """Refuse a section or key the schema does not know, naming the file and the line that holds it."""
    for section, value in data.items():
        allowed = SCHEMA.get(section)
        if allowed is None:
            raise _error(f"unknown section [{section}] (known: {', '.join(sorted(SCHEMA))})", path, text,
                         rf"^[ \t]*\[{re.escape(section)}[\].]")
        if allowed is WORDS or not isinstance(value, dict):
            continue
        for key in value:
            if key not in allowed:
                name = re.escape(key)
                where = rf"^[ \t]*(?:{name}|\"{name}\")[ \t]*=|^[ \t]*\[{re.escape(section)}\.{name}\]"
                raise _error(f"unknown key {key!r} in [{section}] (known: {', '.join(sorted(allowed))})", path,
                             text, where)
    script = data.get("detection", {}).get("script")
    if "detection" in data and script not in SCRIPTS:
        raise _error(f"[detection] script is {script!r}, not one of {', '.join(SCRIPTS)}", path, text,
                     r"^[ \t]*script[ \t]*=" if script is not None else r"^[ \t]*\[detection\]")


def _error(message: str, path: Path, text: str, line_pattern: str) -> InputError:
    match = re.search(line_pattern, text, re.MULTILINE)
    line = text.count("\n", 0, match.start()) + 1 if match else None
    return InputError(f"lexicon: {message}", path=str(path), line=line)


def _folded(table: dict) -> dict:
    # lower(), not casefold(): casefold turns "dreißig" into "dreissig", which the text never spells
    return {key.lower(): value for key, value in table.items()}


# Folded as the text's words are before a lookup (Kazakh Latin "ı" is "i" then): the same as
# casefold() for every letter but the dotted and dotless i.
def _keys_folded(table: dict) -> dict:
    return {folded(key): value for key, value in table.items()}


def _set_folded(words: list) -> frozenset:
    return frozenset(map(folded, words))


def _folded_words(words: list) -> tuple:
    return tuple(map(folded, words))


def _phrase_keys(table: dict) -> dict:
    """Keys as the text is matched: folded, hyphens as spaces, single spaces ("year-on-year")."""
    return {" ".join(folded(key).replace("-", " ").split()): value for key, value in table.items()}


def _spaced_keys(table: dict) -> dict:
    return {" ".join(folded(key).split()): value for key, value in table.items()}


def _year_parts(table: dict) -> dict:
    return {" ".join(folded(key).replace("-", " ").split()): tuple(value) for key, value in table.items()}


def _longest_first(words: list) -> tuple:
    return tuple(sorted(words, key=len, reverse=True))


def _only(*keys: str) -> Callable[[dict], dict]:
    return lambda table: {key: value for key, value in table.items() if key in keys}


def _word_lists(*keys: str) -> Callable[[dict], dict]:
    return lambda table: {key: tuple(words) for key, words in table.items() if key in keys}


def _as_is(value):
    return value


# Each field of a Lexicon: the section and key of the TOML file that state it (None: the whole section)
# and how its value is read. A key the lexicon leaves out keeps the field's default.
FIELDS: dict[str, tuple[str, str | None, Callable]] = {
    "number_ones": ("numbers", "ones", _folded), "number_tens": ("numbers", "tens", _folded),
    "number_scales": ("numbers", "scales", _folded), "scale_words": ("scale_words", None, _as_is),
    "fractions": ("fractions", None, _as_is), "fractions_lower": ("fractions_lower", None, _as_is),
    "multiples": ("multiples", None, _as_is), "qualifiers": ("qualifiers", None, _as_is),
    "vague": ("vague", None, _as_is),
    "currency_symbols": ("currencies", "symbols", _as_is), "currency_names": ("currencies", "names", _as_is),
    "units": ("units", None, _as_is), "percent_words": ("percent", "words", tuple),
    "percent_as_written": ("percent", "as_written", tuple),
    "change_up": ("change", "up", frozenset), "change_down": ("change", "down", frozenset),
    "money_nouns": ("money_nouns", None, _as_is), "planned": ("modality", "planned", tuple),
    "cumulative": ("cumulative", "markers", tuple), "increments": ("increments", "markers", frozenset),
    "stopwords": ("stopwords", "words", frozenset), "ignorable": ("measure", "ignorable", frozenset),
    "not_names": ("names", "not_names", frozenset), "demonyms": ("demonyms", None, _as_is),
    "months": ("time", "months", _keys_folded), "year_parts": ("time", "parts", _year_parts),
    "quarters": ("time", "quarters", _keys_folded),
    "decimal_marks": ("numbers", "decimal_marks", tuple), "thousands_marks": ("numbers", "thousands_marks", tuple),
    "inflections": ("inflections", "suffixes", tuple), "unit_adjectives": ("inflections", "adjectives", tuple),
    "qualifiers_after": ("qualifiers_after", None, _as_is),
    "target_after_change": ("qualifier_targets", "words", _set_folded),
    "target_verbs": ("qualifier_targets", "verbs", _set_folded),
    "target_after_verbs": ("qualifier_targets", "after_verbs", _set_folded),
    "number_joiners": ("numbers", "joiners", frozenset), "not_alone": ("numbers", "not_alone", _set_folded),
    "number_lookalikes": ("numbers", "lookalikes", _set_folded),
    "minus_words": ("numbers", "minus", _folded_words),
    "unit_powers": ("pint_units", "powers", _keys_folded),
    "distance_words": ("pint_units", "distance_words", _set_folded),
    "pint_any_name": ("pint_units", "any_name", bool), "not_units": ("pint_units", "not_units", _set_folded),
    "and_a_half": ("numbers", "and_a_half", _folded_words),
    "decimal_points": ("decimals", "points", _folded_words),
    "decimal_denominators": ("decimals", "denominators", _keys_folded),
    "denominator_first": ("decimals", "denominator_first", bool),
    "occurrences": ("occurrences", "words", _keys_folded),
    "compound_stems": ("compounds", "stems", _keys_folded), "compound_roots": ("compounds", "roots", _keys_folded),
    "occurrences_not_before": ("occurrences", "not_before", _set_folded),
    "unit_prefixes": ("unit_words", "prefixes", _keys_folded), "unit_stems": ("unit_words", "stems", _keys_folded),
    "ordinal_endings": ("numbers", "ordinal_endings", tuple), "score_links": ("numbers", "score_links", tuple),
    "fold_suffixes": ("numbers", "fold_suffixes", tuple),
    "rank_verbs": ("rank", "verbs", _folded_words), "rank_verb_stems": ("rank", "verb_stems", _folded_words),
    "rank_out_of": ("rank", "out_of", tuple),
    "minor_units": ("currencies", "minor_units", tuple), "ratio_words": ("numbers", "ratio_words", tuple),
    "scale_articles": ("numbers", "scale_articles", _set_folded),
    "counted_ones": ("numbers", "counted_ones", _set_folded),
    "counted_ones_not_after": ("numbers", "counted_ones_not_after", _set_folded),
    "singular_scales": ("numbers", "singular_scales", _set_folded),
    "digit_case_endings": ("numbers", "digit_case_endings", _set_folded),
    "fold_only_after": ("numbers", "fold_only_after", _set_folded),
    "fold_only_before": ("numbers", "fold_only_before", _set_folded),
    "count_before_noun": ("numbers", "count_before_noun", _set_folded),
    "only_words": ("numbers", "only", _set_folded),
    "decade_endings": ("numbers", "decade_endings", _set_folded),
    "ordinal_word_endings": ("numbers", "ordinal_word_endings", tuple),
    "labels": ("labels", "words", tuple), "labels_after": ("labels", "after", tuple),
    "name_articles": ("labels", "name_articles", tuple), "street_words": ("labels", "streets", tuple),
    "labels_anywhere": ("labels", "anywhere", tuple), "age_words": ("labels", "ages", tuple),
    "age_holders": ("labels", "age_holders", _folded_words), "age_fillers": ("labels", "age_fillers", _folded_words),
    "age_years": ("labels", "age_years", _folded_words),
    "title_words": ("labels", "titles", tuple), "title_words_after": ("labels", "titles_after", tuple),
    "measures": ("measure", "nouns", _keys_folded), "modifiers": ("measure", "modifiers", _keys_folded),
    "use_verbs": ("measure", "use_verbs", _folded_words),
    "change_particles": ("change", "particles", tuple), "rank_words": ("rank", "words", tuple),
    "ordinal_suffixes": ("numbers", "ordinal_suffixes", tuple), "dotted_ordinals": ("numbers", "dotted_ordinals", bool),
    "compound_numbers": ("numbers", "compound_numbers", bool),
    "determiners": ("names", "determiners", _set_folded), "name_suffixes": ("names", "suffixes", _longest_first),
    "time_words": ("time", "words", _as_is),
    "range_words": ("ranges", None, _only("and", "between", "to", "from", "change_to", "or")),
    "by_words": ("change", "by", tuple), "plurals": ("measure", "plurals", _keys_folded),
    "change_carried_by": ("change", "carried_by", _set_folded),
    "change_start_links": ("change", "start_links", tuple),
    "range_from_endings": ("ranges", "from_endings", _folded_words),
    "range_to_after": ("ranges", "to_after", _folded_words),
    "adjective_endings": ("measure", "adjective_endings", tuple), "exclusions": ("measure", "excluding", _folded_words),
    "relatives": ("measure", "relatives", _folded_words), "rates": ("rates", None, _spaced_keys),
    "bases": ("bases", None, _phrase_keys),
    "differences": ("differences", None, _word_lists("before", "comparatives", "than", "by")),
    "ratio_links": ("ratios", "links", tuple), "ratio_copulas": ("ratios", "copulas", tuple),
    "comparatives_up": ("ratios", "comparatives_up", _set_folded),
    "comparatives_down": ("ratios", "comparatives_down", _set_folded),
    "not_countries": ("names", "not_countries", tuple), "noun_endings": ("names", "noun_endings", tuple),
    "attributions": ("names", "attributions", _folded_words), "possessive": ("names", "possessive", tuple),
    "in_names": ("names", "in_names", frozenset), "clause_openers": ("clauses", "openers", _folded_words),
    **{f"share_{key}": ("shares", key, tuple)
       for key in ("of", "whole_openers", "links", "of_after_whole", "whole_then", "part_then", "remainder",
                   "holders", "of_after_noun")},
    "majority_of": ("shares", "majority_of", _set_folded),
    "conversion_links": ("currencies", "conversion_links", tuple),
    "code_words": ("currencies", "code_words", tuple),
    "glued_currencies": ("currencies", "glued", tuple),
    "shared_currencies": ("currencies", "shared", _as_is),
    "restatement_links": ("change", "restatement_links", tuple),
    "restatement_particles": ("change", "restatement_particles", tuple),
    "level_links": ("change", "level_links", tuple),
    "region_nouns": ("places", "region_nouns", _as_is), "region_articles": ("places", "articles", tuple),
    "region_joiners": ("places", "joiners", tuple),
    "field_links": ("rank", "field_links", tuple), "field_openers": ("rank", "field_openers", tuple),
    **{key: ("segment", key, tuple) for key in ("abbreviations", "pagination", "pagination_of", "related_headings",
                                                "after_ordinals")},
    "statistics": ("statistics", None, _keys_folded), "change_fillers": ("change", "fillers", _folded_words),
    "noun_determiners": ("measure", "determiners", _set_folded),
    "amounts_ahead": ("measure", "amounts_ahead", _folded_words),
    "measure_of": ("measure", "of", _folded_words), "measure_in": ("measure", "in", _folded_words),
    "owner_links": ("measure", "owner_links", _set_folded), "quantity_nouns": ("measure", "quantity_nouns", tuple),
    "auxiliaries": ("measure", "auxiliaries", _set_folded),
    "verb_multiple_adverbs": ("measure", "verb_multiple_adverbs", _set_folded),
    "temperature_stems": ("measure", "temperature", tuple),
}
