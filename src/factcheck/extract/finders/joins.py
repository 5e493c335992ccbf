"""Mentions joined after they are found: ranges ("5 to 7 million"), alternatives ("5.5 or 5.6
percent"), an amount with its hundredths ("12 dollars 50 cents") and a measure with its smaller unit
("6 feet 2 inches", "2 hours 30 minutes")."""

from __future__ import annotations

import re

import attrs

from factcheck.errors import ConversionError
from factcheck.extract.finders.directions import direction_near, percent_kind
from factcheck.extract.finders.mention import APPROXIMATE_TOLERANCE, Mention, is_length, unit_kind
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.text_words import LETTER_RUN, folded
from factcheck.units import base_factor, compatible


def join_minor_units(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
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


def join_scaled_parts(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "1 млрд 200 млн рублей", "10 миллион 244 мың 241 отбасы": one number written in parts, each under
    the scale word of the part before it, the unit on the last."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined and _next_part(joined[-1], mention, sentence):
            whole = joined[-1]
            value = whole.value + mention.value
            # a qualifier before the whole or after the last part ("теңгеден астам") bounds the whole number
            qualified = whole if whole.qualifier != "exact" else mention
            low, high = _bounds_like(qualified, value, mention.half_unit)
            joined[-1] = attrs.evolve(mention, start=whole.start, number_start=whole.number_start, value=value,
                                      low=low, high=high, qualifier=qualified.qualifier)
            continue
        joined.append(mention)
    return joined


def _next_part(whole: Mention, part: Mention, sentence: str) -> bool:
    """A count stated in whole units of its scale word, then right after it a smaller number under that
    scale, with no qualifier before it (one after it bounds the whole; the two parts cannot both have one)."""
    return (whole.scale > 1 and whole.kind == "count" and whole.unit == "dimensionless"
            and whole.qualifier != "range" and whole.value % whole.scale == 0 and part.qualifier != "range"
            and (whole.qualifier == "exact" or part.qualifier == "exact") and part.start == part.number_start
            and part.value < whole.scale and part.scale < whole.scale
            and _SPACES.fullmatch(sentence, whole.end, part.start) is not None)


_SPACES = re.compile(r"[ \u00a0]{1,2}")  # between two parts of one figure: "1 млрд 200 млн", "6 feet 2 inches"


def _bounds_like(qualified: Mention, value: float, half_unit: float) -> tuple[float | None, float | None]:
    """The bounds `qualified` puts on its value, put on `value` stated to `half_unit`: none, at the value,
    or the spread of an approximation (numerals._bounds)."""
    if qualified.qualifier == "exact":
        return value - half_unit, value + half_unit
    spread = max(half_unit, abs(value) * APPROXIMATE_TOLERANCE)
    return tuple(None if bound is None else value if bound == qualified.value else value + sign * spread
                 for bound, sign in ((qualified.low, -1), (qualified.high, 1)))


def cents_of_the_currency(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
    """ "Diesel costs $4.20 a gallon, up 35 cents", "1,79 Euro, um 12 Cent mehr": a count named in hundredths,
    in a sentence whose amounts are in one currency, is that many hundredths of it."""
    currencies = {m.unit for m in mentions if m.kind == "money"}
    if patterns.minor_units is None or len(currencies) != 1:
        return mentions
    [currency] = currencies
    return [_in_hundredths(mention, minor.end(), currency)
            if mention.kind == "count" and mention.unit == "dimensionless"
            and (minor := patterns.minor_units.match(sentence, mention.end)) else mention
            for mention in mentions]


def _in_hundredths(mention: Mention, end: int, currency: str) -> Mention:
    hundredth = [None if bound is None else bound / 100 for bound in (mention.low, mention.high)]
    return attrs.evolve(mention, end=end, value=mention.value / 100, low=hundredth[0], high=hundredth[1],
                        unit=currency, kind="money", half_unit=mention.half_unit / 100)


def _hundredths_of(amount: Mention, mention: Mention, sentence: str, patterns: MentionPatterns) -> bool:
    """A whole amount in a currency, then a bare number under 100 named as cents or ending the clause."""
    whole_amount = amount.kind == "money" and amount.qualifier == "exact" and amount.scale == 1.0 \
        and amount.value == int(amount.value)
    cents = mention.kind == "count" and mention.qualifier == "exact" and mention.value in range(100)
    return whole_amount and cents and bool(patterns.minor_joiner.fullmatch(sentence, amount.end, mention.start)) \
        and bool(patterns.minor_units.match(sentence, mention.end) or _MINOR_ENDS_CLAUSE.match(sentence, mention.end))


_MINOR_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")


def join_alternatives(sentence: str, mentions: list[Mention], patterns: MentionPatterns) -> list[Mention]:
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


def join_ranges(sentence: str, mentions: list[Mention], patterns: MentionPatterns,
                aside: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Merge "10 to 30 percent", "between 2,500 and 50,000", "$1,000-$3,500" into one ranged mention; a
    match score ("won 2-1") is no mention, and goes to `aside`."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        pair = _range_pair(sentence, first, second, patterns) if second else None
        if pair == "score":
            if aside is not None:
                aside.append((first.start, second.end, "score or ratio"))
            index += 2
            continue
        if pair == "range":
            joined.append(_merged(sentence, first, second, patterns))
            index += 2
            continue
        if pair == "bounds":
            joined.append(_between_bounds(first, second))
            index += 2
            continue
        if pair == "change":
            joined.extend([_endpoint(_with_unit_of(first, second)), _endpoint(second)])
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
    if first.qualifier not in {"exact", "approximate"} or second.qualifier != "exact":
        return None  # "about 30-35 mpg": "about" covers the range; other qualifiers bound one end
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
        if _change_word_in_clause(sentence, first.start, patterns):
            return "change"
    elif word in words["to"] and _by_then_level(sentence, first, second, patterns):
        return None  # "rose by 150,000 to 4.9 million": a change and the level it reached
    elif word in words["to"] and second.unit not in {"percent", "percentage_point"} and \
            patterns.change_before.search(sentence, max(0, first.start - 40), first.start):
        return None  # "shares rose 64p to 1130p": the same, with no "by" ("rose 5 to 10 percent" is a range)
    if word in {"-", "–", "—"} and (sentence[first.end:second.start].strip() != word):
        return None
    return "score" if _a_score(sentence, first, second) else "range" if second.value >= first.value else None


def _a_score(sentence: str, first: Mention, second: Mention) -> bool:
    """ "won 2-1", "6-4 6-3", "a 1-1 draw": two small whole numbers a dash joins, the higher first
    (a range states its low end first), counting nothing."""
    return sentence[first.end:second.start] in {"-", "–"} and first.unit == second.unit == "dimensionless" and \
        first.value >= second.value and first.value < 1000 and first.value == int(first.value) and \
        second.value == int(second.value) and first.scale == second.scale == 1.0


def _change_word_in_clause(sentence: str, start: int, patterns: MentionPatterns) -> bool:
    """ "raised the limit for foreign investment in telecoms from 49% to 74%", "nearly doubled from 12,300
    to 20,000", "went from 8,000 to 6,000": a change word or multiple a few words before, or anywhere
    in the clause up to its last comma (its verb may stand ten words away), or a verb of motion."""
    lexicon = patterns.lexicon
    if direction_near(sentence, start, start, lexicon, window=60, after=False):
        return True
    last_words = LETTER_RUN.findall(folded(sentence[max(0, start - 30):start]))[-2:]
    if len(last_words) == 2 and last_words[0] in lexicon.target_verbs:
        return True  # "they went from 8,000 to 6,000"
    clause_start = max(0, start - 130, *(sentence.rfind(mark, 0, start) + 1 for mark in ",;:()–—"))
    return direction_near(sentence, start, start, lexicon, window=start - clause_start, after=False) is not None \
        or patterns.multiples.search(sentence, clause_start, start) is not None


def _by_then_level(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> bool:
    """ "by 150,000 to 4.9 million"; not "by 2 to 2.5 per cent", the unit written once at the end of a range."""
    if first.unit == "dimensionless" and second.unit in {"percent", "percentage_point"}:
        return False
    return patterns.by_before.search(sentence, max(0, first.start - 6), first.start) is not None


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


def _endpoint(mention: Mention) -> Mention:
    """One end of "from X to Y": a level, even a percent a change verb stands next to ("auf 18 Prozent
    abgesackt" is where the share ended, not the change)."""
    if mention.unit == "percent" and mention.kind == "change":
        mention = attrs.evolve(mention, kind="share", direction=None)
    return attrs.evolve(mention, change_pair=True)


def _with_unit_of(start: Mention, end: Mention) -> Mention:
    """ "von 13,3 auf 14,6 Prozent", "fell from 800 to 600 million": a bare start takes the unit its end
    states for both, and the scale when it is a number below a thousand (either way the change went)."""
    if start.unit != "dimensionless" or start.kind != "count" or end.unit == "dimensionless" and end.scale == 1.0:
        return start
    scale = end.scale if start.scale == 1.0 and start.value < 1000 else 1.0

    def scaled(bound: float | None) -> float | None:
        return None if bound is None else bound * scale

    return attrs.evolve(start, value=start.value * scale, low=scaled(start.low), high=scaled(start.high),
                        unit=end.unit, kind=end.kind, scale=start.scale * scale, half_unit=start.half_unit * scale)


def _merged(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> Mention:
    unit = second.unit if first.unit == "dimensionless" else first.unit
    kind = second.kind if first.kind == "count" else first.kind
    direction = first.direction or second.direction
    if unit in {"percent", "percentage_point"}:
        kind, direction = percent_kind(sentence, first.start, second.end, patterns, unit)
    low_value, low_bound = first.value, first.low
    if first.scale == 1.0 and second.scale > 1.0 and first.value * second.scale <= second.value:
        low_value, low_bound = first.value * second.scale, (first.low or first.value) * second.scale
    high = second.high if second.qualifier != "upper" else second.value + second.half_unit
    if first.qualifier == "approximate" and high is not None:  # "about 30-35": about both ends
        high = max(high, second.value * (1 + APPROXIMATE_TOLERANCE))
    reversed_range = low_value > second.value
    if reversed_range:  # "zwischen 64 und 50": a range stated high end first is the same range
        first_high = first.value if first.high is None else first.high
        second_low = second.value - second.half_unit if second.low is None else second.low
        low_value, low_bound, high = second.value, second_low, first_high if high is None else max(high, first_high)
    return Mention(first.start, second.end, low_value, low_bound, high, unit, "range", kind,
                   direction=direction, number_start=first.number_start,
                   scale=second.scale, half_unit=second.half_unit, reversed_range=reversed_range)


def metres_by_their_equivalent(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "The mast is 12m (39ft) tall": a glued "m" that news reads as million is metres when the bracket
    after it gives a length; 12 million would be no height of 39 feet."""
    found = list(mentions)
    for at in range(len(found) - 1):
        amount, equivalent = found[at], found[at + 1]
        if amount.scale != 1e6 or amount.unit != "dimensionless" or not sentence[:amount.end].endswith("m"):
            continue
        if sentence[amount.end:equivalent.start].strip() != "(" or not is_length(equivalent.unit):
            continue
        found[at] = attrs.evolve(amount, value=amount.value / 1e6, low=amount.low / 1e6 if amount.low is not None
                                 else None, high=amount.high / 1e6 if amount.high is not None else None,
                                 unit="m", kind="measurement", scale=1.0)
    return found


_POUND_WEIGHT = {"GBP": "pound"}  # "8 pounds 6 ounces", "8 фунтов 6 унций": the pound the money is named for


def join_compound_measures(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "6 feet 2 inches", "2 hours 30 minutes", "1 час 20 минут", "8 pounds 6 ounces": a whole number in a
    unit, then an exact figure under one of it in a smaller unit of the same kind, is one measure."""
    joined: list[Mention] = []
    for mention in mentions:
        larger = _larger_unit(sentence, joined[-1], mention) if joined else None
        if larger is None:
            joined.append(mention)
            continue
        whole, per_unit = joined[-1], _factor(mention.unit, larger)
        value = whole.value + mention.value / per_unit
        low = None if whole.low is None else value - (mention.value - mention.low) / per_unit
        high = None if whole.high is None else value + (mention.high - mention.value) / per_unit
        joined[-1] = attrs.evolve(whole, end=mention.end, value=value, low=low, high=high, unit=larger,
                                  kind=unit_kind(larger), half_unit=mention.half_unit / per_unit)
    return joined


def _larger_unit(sentence: str, whole: Mention, part: Mention) -> str | None:
    """The unit of `whole` when `part` states its remainder in a smaller unit; "8 pounds" is the weight
    before "6 ounces", not the money the word also names."""
    if part.qualifier != "exact" or whole.value != int(whole.value) or part.kind not in {"measurement", "duration"} \
            or not _SPACES.fullmatch(sentence, whole.end, part.start):
        return None
    larger = whole.unit if whole.kind in {"measurement", "duration"} else _POUND_WEIGHT.get(whole.unit)
    try:
        fits = larger is not None and compatible(larger, part.unit) and part.value < _factor(part.unit, larger)
    except ConversionError:
        return None
    return larger if fits and _factor(part.unit, larger) > 1 else None


def _factor(small: str, large: str) -> float:
    """How many of the small unit make one of the large."""
    return base_factor(large)[0] / base_factor(small)[0]
