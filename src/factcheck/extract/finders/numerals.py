"""Numerals, in digits or words, with what is written around them: scale, unit or currency,
qualifier ("about", "more than"), whether they are a change, a share or a percentage."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.context import singular
from factcheck.extract.finders.decimals import fraction_after
from factcheck.extract.finders.digit_patterns import glued_units
from factcheck.extract.finders.directions import multiple_or_occasions, percent_kind
from factcheck.extract.finders.endings import METRE, case_ending, compound_root_at, is_ordinal, metres_glued
from factcheck.extract.finders.mention import APPROXIMATE_TOLERANCE, Mention, is_length, shared_unit, unit_kind
from factcheck.extract.finders.patterns import MentionPatterns, any_language_labels, last_run
from factcheck.extract.finders.spans import Taken
from factcheck.extract.finders.spelled import (
    alone_states_nothing,
    capitalised_in_a_name,
    numbers_joined,
    ordinal_follows,
    spelled_numeral,
    spelled_scale,
)
from factcheck.extract.lexicon import Lexicon, folded_key, listed_key
from factcheck.extract.numbers import Numeral, is_sane, parse_localized, parse_number_words
from factcheck.extract.pint_units import stem_unit_after, unit_named_after
from factcheck.extract.rates import TIME_SPANS, span_after, span_before
from factcheck.extract.text_words import NEXT_WORD, folded, folded_runs

AFTER_A_NAME = re.compile(r"(?<![\w])[A-Z][\w-]{0,20}[ \u00a0]{1,3}\Z")


def numeral_mentions(sentence: str, patterns: MentionPatterns, taken: Taken, *, digits: bool, spelled: bool,
                     aside: list[tuple[int, int, str]] | None = None):
    candidates = [(m.start(), m.end(), m, "digits") for m in patterns.digits.finditer(sentence)] if digits else []
    if spelled:
        candidates += [(m.start(), m.end(), m, "words") for whole in patterns.words.finditer(sentence)
                       for m in numbers_joined(sentence, whole, patterns)]
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
        mention = "name" if style == "words" and capitalised_in_a_name(sentence, start, end) else \
            "label" if style == "words" and (_label_after(sentence, end, patterns) or
                                             _label_before(sentence, start, end, patterns)) else \
            _numeral_mention(sentence, match, style, patterns)
        if isinstance(mention, str):
            if aside is not None:
                aside.append((start, end, mention))
        elif mention is not None:
            last_end = end
            yield mention


def _numeral_mention(sentence: str, match: re.Match, style: str, patterns: MentionPatterns) -> Mention | str | None:
    """The mention a numeral makes; None where it is no numeral; why not, for a number word that alone
    states no figure ("one of", "millions of")."""
    metres = metres_glued(sentence, match, style, patterns)
    numeral = _numeral(sentence, match, style, patterns, scaled=not metres)
    if numeral is None:
        return None
    attached = match.group("attached") if style == "digits" and not metres else None
    scale_factor = float(patterns.lexicon.scale_words[attached]) if attached else \
        spelled_scale(match.group(0), patterns.lexicon) if style == "words" else 1.0
    end = case_ending(sentence, match.end(), patterns)
    numeral, end = fraction_after(sentence, numeral, end, patterns)
    numeral, scale_factor, end = _scale_after(sentence, numeral, scale_factor, end, patterns, match.start())
    if not is_sane(numeral.value):
        return None
    glued = METRE if metres else match.group("glued") if style == "digits" else None
    numeral, scale_factor, unit, kind, end = _unit_after(sentence, glued, numeral, scale_factor, end, patterns)
    end = case_ending(sentence, end, patterns)  # "2%-ға", "5 км-ден астам": the ending after a unit's sign
    number_start = match.start() - (style == "digits" and _leading_decimal(match))
    start, numeral, unit, kind = _sign_and_currency_before(sentence, number_start, numeral, unit, kind, patterns)
    unit, start, end = _speed(sentence, start, end, unit, kind, patterns.lexicon)
    start, low, high, qualifier = qualified(sentence, start, numeral.value, numeral.half_unit, patterns)
    postposed = False
    if qualifier == "exact" and patterns.qualifier_after is not None:
        end, low, high, qualifier = qualified_after(sentence, end, numeral.value, numeral.half_unit, patterns)
        postposed = qualifier != "exact"
    if not postposed and alone_states_nothing(match, style, patterns, qualifier, unitless=kind == "duration" or (
            unit == "dimensionless" and scale_factor == 1.0), counted=kind == "count"):
        # "one of", "one year ago", "millions of euros"; but "one percent", "жүзден астам" are figures
        return "one, no count" if numeral.value == 1 else "number word alone"
    direction = None
    if unit in {"percent", "percentage_point"}:
        kind, direction = percent_kind(sentence, start, end, patterns, unit)
    elif unit == "fold":
        unit, kind, direction = multiple_or_occasions(sentence, start, end, patterns)
    return Mention(start, end, numeral.value, low, high, unit, qualifier, kind, direction=direction,
                   number_start=number_start, scale=scale_factor, half_unit=numeral.half_unit)


def _label_after(sentence: str, end: int, patterns: MentionPatterns) -> bool:
    """ "жүз жетпіс бес жылдығы", "жиырма жасар": a label after a number written in words, as after digits."""
    return patterns.label_after is not None and patterns.label_after.match(sentence, end) is not None


def _label_before(sentence: str, start: int, end: int, patterns: MentionPatterns) -> bool:
    """ "the world number two", "Nummer acht der Welt": a label word before a number in words that counts
    nothing after it (not "the seat two years later", "row three seats")."""
    before = sentence[max(0, start - 24):start]
    words = before.split()
    if not words or not before[-1:].isspace() or folded(words[-1]) not in _label_words(patterns.lexicon):
        return False
    following = NEXT_WORD.match(sentence, end)
    counted = following is not None and singular(following.group(1)) != folded(following.group(1))
    return not counted and unit_at(sentence, end, patterns)[0] == "dimensionless"


@lru_cache(maxsize=None)
def _label_words(lexicon: Lexicon) -> frozenset[str]:
    """The labels that are whole words ("Number", "Nummer", "номер"), not abbreviations ("с.", "No.")."""
    return frozenset(folded(label) for label in (*any_language_labels(), *lexicon.labels) if label.isalpha())


def _numeral(sentence: str, match: re.Match, style: str, patterns: MentionPatterns, *,
             scaled: bool = True) -> Numeral | None:
    """The number the match writes, with a scale glued to its digits ("5m") unless not `scaled`, before any
    word after it."""
    lexicon = patterns.lexicon
    if style == "scaled":
        return _scaled_numeral(match, lexicon)
    if style != "digits":
        return None if ordinal_follows(sentence, match.end(), lexicon) else spelled_numeral(match.group(0), lexicon)
    attached = match.group("attached")
    digits = match.group(0)[: len(match.group(0)) - len(attached or match.group("glued") or "")]
    if _leading_decimal(match):  # ".312"
        digits = "0." + digits
    numeral = parse_localized(digits, lexicon.decimal_marks, lexicon.thousands_marks)
    if numeral is None or is_ordinal(sentence, match.end(), patterns):
        return None
    return numeral.times(float(lexicon.scale_words[attached])) if attached and scaled else numeral


def _after_a_name(sentence: str, start: int) -> bool:
    return AFTER_A_NAME.search(sentence, max(0, start - 24), start) is not None


def _leading_decimal(match: re.Match) -> bool:
    return match.string[match.start() - 1:match.start()] == "." and match.start() > 0


def _symbol_before(sentence: str, start: int, patterns: MentionPatterns) -> bool:
    found = patterns.currency_before.search(sentence, max(0, start - 6), start)
    return found is not None and found.group("symbol") is not None


def _scale_after(sentence: str, numeral: Numeral, scale_factor: float, end: int, patterns: MentionPatterns,
                 start: int) -> tuple[Numeral, float, int]:
    """ "12.5 million": the scale word after the number, unless a glued one came first; after a currency
    symbol, a short one apart too ("$458 m": money, never metres)."""
    scale = patterns.scale_after.match(sentence, end)
    if not scale and patterns.letter_scale_after is not None:
        letter = patterns.letter_scale_after.match(sentence, end)
        scale = letter if letter and _symbol_before(sentence, start, patterns) else None
    if scale and re.fullmatch(r"\s*[A-Z]", scale.group(0)) and _after_a_name(sentence, start):
        scale = None  # "Block 2 B is shut": a name's letter, not a billion
    if not scale or scale_factor != 1.0:
        return numeral, scale_factor, end
    scale_factor = scale_value(scale.group(0).strip(), patterns.lexicon)
    end = scale.end()
    further = patterns.scale_after.match(sentence, end)
    larger = scale_value(further.group(0).strip(), patterns.lexicon) if further else 0.0
    if larger > scale_factor:  # "3 hundred thousand": a second, larger scale multiplies the first
        scale_factor, end = scale_factor * larger, further.end()
    if patterns.unit_after.match(sentence, end) is None:
        end -= _sentence_final_dot(sentence, end)
    return numeral.times(scale_factor), scale_factor, end


def _unit_after(sentence: str, glued: str | None, numeral: Numeral, scale_factor: float, end: int,
                patterns: MentionPatterns) -> tuple[Numeral, float, str, str, int]:
    """The unit glued to the digits ("5km") or written after them, and a scale after a currency."""
    lexicon = patterns.lexicon
    if glued:
        unit = METRE if glued == METRE else next(lexicon.units[u] for u in glued_units(lexicon)
                                                 if folded(u) == folded(glued))
        kind = unit_kind(unit)
    else:
        unit, end, kind = unit_at(sentence, end, patterns)
    if unit == "degree" and _about_heat(sentence, lexicon):
        unit, kind = "degree_Celsius", "measurement"
    if unit == "basis_point":  # a hundredth of a percentage point, the unit changes of rates are compared in
        return numeral.times(0.01), scale_factor, "percentage_point", "change", end
    scale = patterns.scale_after.match(sentence, end) if kind == "money" and scale_factor == 1.0 else None
    if scale:  # "75 USD million": the scale word after the currency
        scale_factor = scale_value(scale.group(0).strip(), lexicon)
        numeral, end = numeral.times(scale_factor), scale.end() - _sentence_final_dot(sentence, scale.end())
    return numeral, scale_factor, unit, kind, end


def _speed(sentence: str, start: int, end: int, unit: str, kind: str, lexicon: Lexicon) -> tuple[str, int, int]:
    """ "25 метров в секунду", "секундына 25 метр" (Kazakh puts the span first): a length per a span of
    time, with the mention's new start and end ("5 km per person" is a length per person, no speed)."""
    if kind != "measurement" or not is_length(unit):
        return unit, start, end
    if (after := span_after(sentence, end, lexicon)) and after[0] in TIME_SPANS:
        return f"{unit}/{after[0]}", start, after[1]
    if (before := span_before(sentence, start, lexicon)) and before[0] in TIME_SPANS:
        return f"{unit}/{before[0]}", before[1], end
    return unit, start, end


def _about_heat(sentence: str, lexicon: Lexicon) -> bool:
    """ "Температура поднялась до 35 градусов", "38 Grad Hitze", "минус 35 градусов": degrees of the weather,
    Celsius."""
    runs = folded_runs(sentence) if lexicon.temperature_stems else frozenset()
    return not runs.isdisjoint(lexicon.minus_words) or any(run.startswith(lexicon.temperature_stems) for run in runs)


def _sign_and_currency_before(sentence: str, start: int, numeral: Numeral, unit: str, kind: str,
                              patterns: MentionPatterns) -> tuple[int, Numeral, str, str]:
    """ "US$ 5", "KZT 100": a currency before the number; "-3" a minus sign (not before money), "$-4.2bn" one
    between the currency and the digits."""
    currency = patterns.currency_before.search(sentence, max(0, start - 5), start)  # "US$ ", "KZT " are the longest
    if currency is None and start > 1 and sentence[start - 1] in "-−" and unit == "dimensionless":
        signed = patterns.currency_before.search(sentence, max(0, start - 6), start - 1)
        if signed is not None and signed.group("symbol"):
            currency, numeral = signed, Numeral(-numeral.value, numeral.half_unit)
    if currency and unit == "dimensionless":
        code = currency.group("code") or patterns.lexicon.currency_symbols[currency.group("symbol")]
        unit, kind, start = code, "money", currency.start()
    if start > 0 and sentence[start - 1] in "-−" and (start == 1 or sentence[start - 2] in " (") and kind != "money":
        numeral, start = Numeral(-numeral.value, numeral.half_unit), start - 1
    minus = patterns.minus_before.search(sentence, max(0, start - 10), start) if patterns.minus_before else None
    if minus and kind not in {"money", "change"} and unit != "percent":  # "minus 12 degrees"; a fall is a change
        numeral, start = Numeral(-numeral.value, numeral.half_unit), minus.start()
    return start, numeral, unit, kind


def _scaled_numeral(match: re.Match, lexicon: Lexicon) -> Numeral | None:
    """ "a million" is one million, rounded as "one million" is; "half a million" is 0.5 million, to a tenth."""
    scale = float(lexicon.number_scales[folded_key(lexicon.number_scales, match.group("scale"))])
    lead = match.group("lead")
    if folded(lead) in lexicon.scale_articles:  # "a hundred and two" is "hundred and two": 102
        return parse_number_words(re.split(r"[\s-]+", match.group("scale") + match.group("more")), lexicon)
    return Numeral(float(lexicon.fractions[folded_key(lexicon.fractions, lead)]) * scale, 0.05 * scale)


def scale_value(word: str, lexicon: Lexicon) -> float:
    """The factor of a scale word in any case, also under a case ending ("миллионнан" is "миллион" + "нан")."""
    return float(lexicon.scale_words[listed_key(lexicon.scale_words, word, lexicon)])


def _sentence_final_dot(sentence: str, end: int) -> int:
    """1 when an abbreviation's dot ("млн.", "Mio.") also ends the sentence: the dot is the sentence's."""
    if sentence[end - 1:end] != ".":
        return 0
    rest = sentence[end:]
    return 1 if not rest.strip() or re.match(r"\s+[\"“«(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", rest) else 0


def qualified_after(sentence: str, end: int, value: float, half_unit: float,
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


def unit_at(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str]:
    """The unit written at `end` (after a number), where it ends, and the kind of figure it makes."""
    lexicon = patterns.lexicon
    match = patterns.unit_after.match(sentence, end)
    if not match:
        return compound_root_at(sentence, end, patterns) or _pint_unit_after(sentence, end, lexicon)
    if match.group("percent"):
        return "percent", match.end(), "share"
    if match.group("currency"):
        currency = lexicon.currency_names[listed_key(lexicon.currency_names, match.group("currency"), lexicon)]
        return currency, match.end(), "money"
    if match.group("shared"):  # "rupees": the article's countries tell which (currencies.py)
        name = lexicon.shared_currencies[listed_key(lexicon.shared_currencies, match.group("shared"), lexicon)]
        return shared_unit(name), match.end(), "money"
    if match.group("code"):
        return match.group("code").upper(), match.end(), "money"
    if match.group("symbol"):
        if _symbol_opens_next_amount(sentence, match.end()):
            return "dimensionless", end, "count"  # "$ 20,000.00 $ 37,305.97": the symbol belongs to the next amount
        return lexicon.currency_symbols[match.group("symbol")], match.end(), "money"
    if _opens_a_compound(sentence, match) and case_ending(sentence, match.end(), patterns) == match.end():
        whole = _pint_unit_after(sentence, end, lexicon)  # "75 kilowatt-hours": one unit, hyphened
        return whole if whole[1] > match.end() else ("dimensionless", end, "count")  # "$639m year-earlier"
    unit = lexicon.units[listed_key(lexicon.units, match.group("unit"), lexicon)]
    return unit, match.end(), unit_kind(unit)


def _pint_unit_after(sentence: str, end: int, lexicon: Lexicon) -> tuple[str, int, str]:
    """ "400 kilovolts", "35 psi": a unit the lexicon does not list, read by pint's own names."""
    named = unit_named_after(sentence, end, lexicon.not_units, capitalised_nouns=bool(lexicon.determiners),
                             powers=lexicon.unit_powers, function_words=lexicon.stopwords) if lexicon.pint_any_name \
        else None
    named = named or stem_unit_after(sentence, end, lexicon)
    if named is None:
        return "dimensionless", end, "count"
    unit, unit_end = named
    return unit, unit_end, unit_kind(unit)


def _opens_a_compound(sentence: str, unit: re.Match) -> bool:
    """ "up from $639m year-earlier", "5bn year-on-year": a unit word apart from its number and
    hyphened to the next word; "a 10-year-old" keeps its unit."""
    apart = not sentence.startswith("-", unit.start())
    return apart and re.match(r"-[^\W\d_]", sentence[unit.end():unit.end() + 2]) is not None


def _symbol_opens_next_amount(sentence: str, position: int) -> bool:
    return bool(re.match(r"[ \u00a0]?\d", sentence[position:position + 2]))


def qualified(sentence: str, start: int, value: float, half_unit: float,
               patterns: MentionPatterns) -> tuple[int, float | None, float | None, str]:
    """Widen a stated value by its qualifier ("over", "about", "up to") and its rounding."""
    if not may_end_a_qualifier(sentence, start, patterns):
        return start, value - half_unit, value + half_unit, "exact"
    match = patterns.qualifier_before.search(sentence, max(0, start - 40), start)
    if match is None:
        return start, value - half_unit, value + half_unit, "exact"
    phrase = folded(match.group("qualifier"))  # as the pattern matched it: "CİRCA" is "circa"
    lexicon = patterns.lexicon
    if (phrase in lexicon.target_after_change or phrase in lexicon.target_after_verbs) and \
            _names_a_target(sentence, match.start(), phrase, patterns):
        return start, value - half_unit, value + half_unit, "exact"
    group = _qualifier_groups(lexicon)[phrase]
    low, high, qualifier = _bounds(group, value, half_unit)
    return match.start(), low, high, qualifier


def may_end_a_qualifier(sentence: str, start: int, patterns: MentionPatterns) -> bool:
    """Whether a qualifier may end right before a number: a sign touching it ("≥5"), or, after a
    space, a last word or character that ends some qualifier. The pattern's search is tried at
    every position of its window and most numbers have no qualifier: this test rules them out first."""
    before = sentence[max(0, start - 40):start]
    stripped = before.rstrip()
    if not stripped:
        return False
    if len(stripped) == len(before):
        return stripped[-1] in "<>=≤≥" or (stripped[-1] == "-" and last_run(stripped) in patterns.qualifier_endings)
    return last_run(stripped) in patterns.qualifier_endings


def _names_a_target(sentence: str, position: int, phrase: str, patterns: MentionPatterns) -> bool:
    """ "выросло до 5 млн", "от 10 до 30", "went up to 5.5%": here "до", "up to" is "to", the end of a
    change or a range."""
    before = sentence[max(0, position - 40):position]
    words_before = re.findall(r"[^\W\d_]+|\d", folded(before))
    if not words_before:
        return False
    lexicon, last = patterns.lexicon, words_before[-1]
    if phrase in lexicon.target_after_verbs:
        return last in lexicon.change_words or last in lexicon.target_verbs
    # "зросли втричі, до 16 тис.": a multiple of the change stands between its verb and the target
    return last in lexicon.change_words or last in _multiple_endings(lexicon) or \
        any(ch.isdigit() for ch in before[-25:])


@lru_cache(maxsize=None)
def _multiple_endings(lexicon: Lexicon) -> frozenset:
    return frozenset(last_run(multiple) for multiple in lexicon.multiples)
