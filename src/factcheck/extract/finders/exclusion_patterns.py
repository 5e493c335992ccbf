"""The patterns of numbers that are no amounts, each with its kind: labels ("Article 5"), addresses, times
of day, phone numbers, codes, ages, names ("Ту-154"). `patterns.mention_patterns` compiles them into one
alternation per sentence (`spans.excluded_spans`)."""

from __future__ import annotations

import re

from factcheck.extract.finders.currency_signs import iso_codes, lettered_signs
from factcheck.extract.finders.digit_patterns import glued_units
from factcheck.extract.finders.lexicon_words import inflected
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation


def exclusion_patterns(lexicon: Lexicon, attached_scales: list[str], label_words: tuple[str, ...],
                       to_words: list[str]) -> tuple[tuple[str, str], ...]:
    """Numbers that are no amounts, told by a label or their shape: "Article 5", times, phone
    numbers, codes, ages. Every pattern holds a digit, at most `_LABEL_REACH` characters after
    the start of its match."""
    labels = _labels(label_words)
    codas = alternation([*attached_scales, *glued_units(lexicon), *lexicon.percent_as_written,
                         *lexicon.glued_currencies], word=False)
    not_ordinal = "".join(rf"(?<!\d{re.escape(ending)})" for ending in lexicon.ordinal_endings)  # "3rd" is no code
    to = "|".join(re.escape(word) for word in to_words) or "(?!)"
    # "its members number 200m": a scale after the number makes it an amount, not a label.
    scale = alternation([*lexicon.scale_words, *attached_scales], word=False)
    found = [("label", rf"{labels}\s*(?:No\.?\s*|№\s*)?\d[\d./-]*+(?![ \u00a0]?(?:{scale})(?![\w]))")]
    if lexicon.time_words.get("clock_hours"):  # "в 16 часов 25 минут": at 16:25
        found.append(("spoken_clock", _spoken_clock(lexicon)))
    if lexicon.street_words:  # "221 Baker Street"
        found.append(("street", rf"\b\d{{1,5}}[ \u00a0]{{1,3}}(?:(?-i:[A-Z])[\w'-]{{0,20}}[ \u00a0]{{1,3}}){{1,2}}"
                                rf"(?-i:{alternation(lexicon.street_words, word=False)})\b"))
    if lexicon.labels_after:  # Kazakh "12 бабы"; a label written with its hyphen ("-летний") takes only that
        found.append(("label_after",
                      rf"(?<![\w.,/-])\d[\d./]*(?:[-–]\d{{1,3}}(?=\s))?(?:\s+|-|(?=-))"
                      rf"(?:{inflected(lexicon.labels_after, lexicon)})(?![\w])"))
    codes = alternation([*iso_codes(lexicon), *(s for s in lettered_signs(lexicon) if s.isalpha())],
                        word=False) if iso_codes(lexicon) else "(?!)"
    found += [
        *_TIMES_AND_PHONES,
        # "B3", "APT41" (unit words are let through later), but not "USD4.5m"
        ("letters_then_digits", rf"\b(?<!\$)(?!{codes}\d)[A-Za-z]+\d+[A-Za-z\d]*\b"),
        ("digits_then_letters", rf"\b\d+(?!(?:{codas})\b)[A-Za-z]+\d*\b{not_ordinal}"),
        ("age", rf"\b(?:{alternation(lexicon.age_words, word=False)})\s+\d+(?:\s*(?:-|–|{to})\s*\d+)?"),
        *_age_of_a_person(lexicon),
        *_names(lexicon, scale),
        ("video_format", r"\b(?:240|360|480|576|720|1080|1440|2160|4320)[pi]\b"),  # "720p": a screen's lines
        # "Mr Blunkett, 57, said": an age set off by commas after a name
        ("apposed_age", r"\b(?-i:[A-ZА-ЯЁ][a-zа-яё]{1,20}),[ \u00a0](?:1[01]\d|[1-9]?\d)(?=,[ \u00a0](?!\d))"),
    ]
    return tuple(found)


def _age_of_a_person(lexicon: Lexicon) -> list[tuple[str, str]]:
    """ "ей 26 лет", "ему было 85 лет", "йому 60 років": an age, said of whom in the dative; "Мишель
    Бачелет — 54 года, врач": after a name and a dash, before a comma or the sentence's end."""
    if not lexicon.age_holders:
        return []
    fillers = alternation(lexicon.age_fillers, word=False) if lexicon.age_fillers else "(?!)"
    years = alternation(lexicon.age_years, word=False)
    return [("age_of_a_person", rf"\b(?:{alternation(lexicon.age_holders, word=False)})(?:\s{{1,3}}(?:{fillers}))?"
                                rf"\s{{1,3}}\d{{1,3}}\s{{1,3}}(?:{years})\b"
                                rf"|(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’-]{{1,20}}\s[—–]\s\d{{1,3}}\s{{1,3}}(?:{years})(?=[,.;]|$)")]


def _names(lexicon: Lexicon, scale: str) -> list[tuple[str, str]]:
    """Numbers that end a name by its shape, in any language's text."""
    return [
        # "Ту-154", "SARS-CoV-2": digits hyphened to a word name it (the word is taken into the span later),
        # unless the word is a qualifier or "minus" ("sub-20", "minus-3")
        ("hyphened_name", rf"\d(?<=[^\W\d_]-\d){_not_hyphened_qualifier(lexicon)}\d*"),
        # "Radio 4's listeners", "Formula 1’s bosses": a number owning something ends a name
        ("possessive_name", r"(?-i:[A-Z][\w-]{0,20})[ \u00a0]{1,3}\d{1,4}(?=['’]s\b)"),
        # "Sutton (Maloney 45)": a name and a number in brackets, a substitution's minute in a line-up
        ("bracketed_name", r"(?<=\()(?-i:[A-Z][\w'’-]{1,20})[ \u00a0]\d{1,3}(?=\))"),
        # "iOS 9", "das iPhone 7", "PlayStation 4": a word in camel case is a brand, the number after it a model
        ("camel_name", r"(?-i:(?<![\w-])(?:[a-z]{1,4}|[A-Z][a-z]{1,10})[A-Z][A-Za-z]{0,20})"
                       rf"[ \u00a0]{{1,3}}\d{{1,4}}(?![\d]|[.,]\d)(?![ \u00a0]?(?:{scale})(?![\w]))"),
    ]


# "opens at 9 a.m.", "by 1700 GMT": a time of day by its clock or its time zone
_ZONES = r"(?-i:GMT|BST|UTC|CET|CEST|MSK|EST|EDT|PST|PDT)\b"
_CLOCK = (r"\b\d{1,2}(?:[.:]\d{2})?[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b)"
          rf"|\b(?:[01]\d|2[0-3])[0-5]\d[ \u00a0]?{_ZONES}"
          rf"|\b(?:[01]?\d|2[0-3])[.:][0-5]\d[ \u00a0]?(?:{_ZONES}|(?-i:мск|МСК)(?!\w))")  # "в 23.20 мск"
_TIMES_AND_PHONES = (
    ("time_of_day", r"\b\d{1,2}:\d{2}\b"),
    # "won 4:0", "(1:2 on aggregate)", the sets "5:7,7:6": minutes take two digits
    ("match_score", r"\b\d{1,3}:\d\b(?![:.]\d|,\d(?!\d*:))"),
    ("clock", _CLOCK),
    ("phone", r"\+?\d{1,3}[\s-]?\(?\d{3}\)?[\s-]\d{3}[\s-]\d{2}[\s-]?\d{2}\b"),
    # The literal comes before the lookbehinds so that most positions fail at once.
    ("plus_phone", r"\+(?<![\w+]\+)\d[\d\s()/-]{6,}\d"),  # "+1-222-2222/2222"
    ("dashed_phone", r"\b0\d{2,4}(?:[-/]\d{2,6}){2,4}\b"),  # "0800-810-013", "01/234/5678": a trunk prefix
    ("leading_zero", r"0(?<![\w.,]0)(?<!\d[ \u00a0\u202f]0)\d+(?![.,]\d)"),  # "01", "007": a code or a month
    ("bracketed", r"\((?<![\w(]\()\d{1,2}\)"),  # "Земан.(1)", "(2) the second point": a note or list marker
    ("html_entity", r"&#\d{2,7};"),  # "B&#233;ziers": a letter the page left escaped
)


def _spoken_clock(lexicon: Lexicon) -> str:
    words = {key: alternation(lexicon.time_words.get(key, ()), word=False)
             for key in ("clock_before", "clock_hours", "clock_minutes")}
    space = r"[ \u00a0]{1,2}"
    return (rf"\b(?:{words['clock_before']}){space}(?:[01]?\d|2[0-4]){space}(?:{words['clock_hours']})\b"
            rf"(?:{space}[0-5]?\d{space}(?:{words['clock_minutes']})\b)?")


def _not_hyphened_qualifier(lexicon: Lexicon) -> str:
    qualifiers = [q[:-1] for group in lexicon.qualifiers.values() for q in group if q.endswith("-")]
    return "".join(rf"(?<!(?i:{re.escape(word)})-\d)" for word in [*qualifiers, *lexicon.minus_words])


def _labels(words: tuple[str, ...]) -> str:
    """ "Artikel 5", "№ 12", "§ 3": words open with a word boundary, signs stand alone."""
    wordy = [w for w in words if re.match(r"\w", w)]
    signs = [w for w in words if not re.match(r"\w", w)]
    return f"(?:\\b(?:{alternation(wordy, word=False)})|{alternation(signs, word=False)})"
