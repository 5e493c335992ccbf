"""What a lexicon may hold: every section and its keys, declared once.

A misspelled section ("[cumulativ]") or key ("marker =") used to load silently and leave its
words unused; loading now refuses it with the file and line (issue 15). A section given as
`WORDS` is a table of the language's own words (scale words, currency names, month names): any key.
docs/lexicons.md documents every section (a test holds it to this table).
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.errors import InputError
from factcheck.langdetect import SCRIPTS

WORDS = "words of the language"  # a table whose keys are the language's own words

SCHEMA: dict[str, object] = {
    "numbers": {"decimal_marks", "thousands_marks", "joiners", "not_alone", "lookalikes", "minus", "ordinal_endings",
                "score_links", "fold_suffixes", "ordinal_suffixes",
                "dotted_ordinals", "compound_numbers", "ratio_words", "scale_articles", "ones", "tens", "scales"},
    "scale_words": WORDS, "fractions": WORDS, "fractions_lower": WORDS, "multiples": WORDS,
    "qualifiers": {"lower", "upper", "nearly", "just_over", "approximate"},
    "qualifiers_after": {"lower", "upper", "nearly", "approximate"},
    "qualifier_targets": {"words"},
    "inflections": {"suffixes"},
    "currencies": {"symbols", "names", "minor_units", "conversion_links", "code_words"},
    "units": WORDS, "percent": {"words", "as_written"},
    "change": {"up", "down", "by", "particles", "restatement_links", "restatement_particles", "fillers"},
    "money_nouns": WORDS, "modality": {"planned"}, "cumulative": {"markers"}, "increments": {"markers"},
    "stopwords": {"words"}, "statistics": WORDS, "demonyms": WORDS,
    "rank": {"words", "field_links", "field_openers", "verbs", "verb_stems", "out_of"},
    "measure": {"nouns", "modifiers", "plurals", "ignorable", "adjective_endings", "use_verbs", "excluding",
                "relatives", "determiners", "amounts_ahead", "of", "in", "owner_links", "quantity_nouns",
                "auxiliaries", "verb_multiple_adverbs"},
    "names": {"not_names", "in_names", "determiners", "noun_endings", "suffixes", "not_countries", "attributions",
              "possessive"},
    "labels": {"words", "after", "anywhere"},
    "time": {"months", "parts", "quarters", "words"},
    "ranges": {"and", "between", "to", "from", "change_to", "or", "from_endings", "to_after"},
    "shares": {"of", "whole_openers", "links", "of_after_whole", "whole_then", "remainder", "holders"},
    "differences": {"before", "comparatives", "than", "by"},
    "bases": WORDS, "rates": WORDS, "clauses": {"openers"},
    "places": {"region_nouns", "articles", "joiners"},
    "segment": {"abbreviations", "pagination", "pagination_of", "related_headings"},
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
