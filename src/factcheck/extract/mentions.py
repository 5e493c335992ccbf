"""Find numeric mentions in one sentence: numerals with their scale, unit, qualifier and range.

One pass of precompiled patterns per sentence. A `Mention` holds offsets relative to the
sentence and an interval value; deciding what it measures happens in `extract.claims`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcheck.extract.lexicon import Lexicon, alternation
from factcheck.extract.numbers import Numeral, is_sane, parse_digits, parse_number_words

APPROXIMATE_TOLERANCE = 0.10  # "about 3 million" allows 2.7 to 3.3 million
DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})


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
    range_partner: bool = False
    scale: float = 1.0  # the scale word applied ("million"): a range may state it once, at its end
    change_pair: bool = False  # the start or end of "from X to Y" next to a change verb


@attrs.frozen(eq=False)
class MentionPatterns:
    lexicon: Lexicon
    digits: re.Pattern
    words: re.Pattern
    fractions: re.Pattern
    multiples: re.Pattern
    score: re.Pattern
    rank: re.Pattern
    excluded: re.Pattern
    scale_after: re.Pattern
    unit_after: re.Pattern
    currency_before: re.Pattern
    qualifier_before: re.Pattern
    range_connector: re.Pattern
    change_after: re.Pattern
    change_before: re.Pattern
    by_before: re.Pattern


@lru_cache(maxsize=None)
def mention_patterns(lexicon: Lexicon) -> MentionPatterns:
    number_words = [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales]
    word_number = alternation(number_words, word=False)
    attached_scales = [w for w in lexicon.scale_words if len(w) <= 2]
    spaced_scales = [w for w in lexicon.scale_words if len(w) > 2 or w in {"bn", "mn", "tn"}]
    qualifiers = [q for group in lexicon.qualifiers.values() for q in group]
    currency_names = list(lexicon.currency_names)
    unit_words = list(lexicon.units)
    percent = alternation(lexicon.percent_words, word=False)
    change_words = alternation([*lexicon.change_up, *lexicon.change_down])
    return MentionPatterns(
        lexicon=lexicon,
        digits=re.compile(
            r"(?<![\w.,/:])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
            rf"(?P<attached>{alternation(attached_scales, word=False)})?(?![\w@])"
        ),
        words=re.compile(rf"(?<![\w-])(?:{word_number})(?:(?:\s+and\s+|\s+|-)(?:{word_number}))*(?![\w-])",
                         re.IGNORECASE),
        fractions=re.compile(alternation([*lexicon.fractions, *lexicon.fractions_lower]), re.IGNORECASE),
        multiples=re.compile(rf"{alternation(lexicon.multiples)}|(?<!\d)(?P<nfold>\d+)-?fold\b", re.IGNORECASE),
        score=re.compile(r"(?<![\w/.])(?P<got>\d+(?:\.\d+)?)\s*(?:/|out of)\s*(?P<max>\d+(?:\.\d+)?)(?![\w/.]|\.\d)"),
        rank=re.compile(r"(?<![\w.])(?P<rank>\d{1,4})(?:st|nd|rd|th)\b(?:\s+(?:place|position))?"
                        r"(?:\s+(?:out\s+)?of\s+(?P<field>\d{1,4})\b)?"),
        excluded=re.compile(
            r"https?://\S+|www\.\S+|(?<!\S)\S+@\S+"
            r"|\b(?:Article|Art\.|Section|Sec\.|Chapter|Clause|Paragraph|Law|Resolution|Decree|Order|No\.|Nr\.|"
            r"Number|Rule|Annex|Item|Page|pp?\.|Vol\.|Grade|Class|Tier|Level|Phase|Stage|Version|v\.)\s*(?:No\.?\s*)?"
            r"\d[\d./-]*"
            r"|\b\d{1,2}:\d{2}\b|\+?\d{1,3}[\s-]?\(?\d{3}\)?[\s-]\d{3}[\s-]\d{2}[\s-]?\d{2}\b"
            r"|\b[A-Za-z]+\d+[A-Za-z\d]*\b"
            rf"|\b\d+(?!(?:{alternation(attached_scales, word=False)})\b)[A-Za-z]+\d*\b(?<!\d(?:st|nd|rd|th))"
            r"|\baged?\s+\d+(?:\s*(?:-|–|to)\s*\d+)?",
            re.IGNORECASE,
        ),
        scale_after=re.compile(rf"[ \u00a0]?(?:{alternation(spaced_scales, word=False)})(?![\w])"),
        unit_after=re.compile(
            rf"(?P<percent>[ \u00a0]?%|[ \u00a0-]?{percent}(?![\w]))"
            rf"|[ \u00a0-]?(?P<unit>{alternation(unit_words, word=False)})(?![\w])"
            rf"|[ \u00a0]?(?P<currency>{alternation(currency_names, word=False)})(?![\w])"
        ),
        currency_before=re.compile(rf"(?P<symbol>{alternation(lexicon.currency_symbols, word=False)})[ \u00a0]?$"),
        qualifier_before=re.compile(rf"(?:^|(?<=[\s(—–\"“]))(?P<qualifier>{alternation(qualifiers, word=False)})\s+$",
                                    re.IGNORECASE),
        range_connector=re.compile(r"[ \u00a0]*(?P<connector>-|–|—|to|and)[ \u00a0]*"),
        change_after=re.compile(rf"^[\s-]*(?:{change_words})", re.IGNORECASE),
        change_before=re.compile(rf"(?:{change_words})(?:\s+(?:of|by|to))?\s+(?:a\s+|an\s+|about\s+|nearly\s+|between\s+)?$",
                                 re.IGNORECASE),
        by_before=re.compile(r"\bby\s+$", re.IGNORECASE),
    )


def find_mentions(sentence: str, patterns: MentionPatterns, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Every numeric mention of the sentence, in order, none overlapping a blocked span."""
    taken = list(blocked)
    taken.extend((m.start(), m.end()) for m in patterns.excluded.finditer(sentence))
    found: list[Mention] = []
    for finder in (_scores, _ranks, _multiples, _fractions, _numerals):
        for mention in finder(sentence, patterns):
            if not _overlaps(mention.number_start, mention.end, taken):
                found.append(mention)
                taken.append((mention.start, mention.end))
    found.sort(key=lambda m: m.start)
    return _join_ranges(sentence, found, patterns)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _scores(sentence: str, patterns: MentionPatterns):
    for match in patterns.score.finditer(sentence):
        got, maximum = float(match.group("got")), float(match.group("max"))
        if maximum == 0 or got > 10_000 or maximum > 10_000:
            continue
        yield Mention(match.start(), match.end(), got, got, got, "point", "exact", "score",
                      out_of=maximum, number_start=match.start())


def _ranks(sentence: str, patterns: MentionPatterns):
    for match in patterns.rank.finditer(sentence):
        before = sentence[max(0, match.start() - 30):match.start()].casefold()
        after = sentence[match.end("rank"):match.end("rank") + 16].casefold()
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
            entry = lexicon.multiples[_lookup_key(lexicon.multiples, match.group(0))]
            factor, direction = float(entry["factor"]), entry.get("direction")
        direction = direction or _direction_near(sentence, match.start(), match.end(), lexicon)
        yield Mention(match.start(), match.end(), factor, factor, factor, "fold", "exact", "change",
                      direction=direction, number_start=match.start())


def _fractions(sentence: str, patterns: MentionPatterns):
    lexicon = patterns.lexicon
    for match in patterns.fractions.finditer(sentence):
        phrase = match.group(0)
        key = _lookup_key(lexicon.fractions, phrase) or _lookup_key(lexicon.fractions_lower, phrase)
        if key in lexicon.fractions_lower:
            value = float(lexicon.fractions_lower[key])
            start, low, high, qualifier = match.start(), value, None, "lower"
        else:
            value = float(lexicon.fractions[key])
            start, low, high, qualifier = _qualified(sentence, match.start(), value, 0.0, patterns)
        yield Mention(start, match.end(), value, low, high, "dimensionless", qualifier, "share",
                      number_start=match.start())


def _lookup_key(table: dict, phrase: str) -> str | None:
    return _folded_keys(tuple(table)).get(phrase.casefold())


@lru_cache(maxsize=None)
def _folded_keys(keys: tuple[str, ...]) -> dict[str, str]:
    return {key.casefold(): key for key in keys}


def _numerals(sentence: str, patterns: MentionPatterns):
    candidates = [(m.start(), m.end(), m, "digits") for m in patterns.digits.finditer(sentence)]
    candidates += [(m.start(), m.end(), m, "words") for m in patterns.words.finditer(sentence)]
    candidates.sort(key=lambda c: (c[0], -c[1]))
    last_end = -1
    for start, end, match, style in candidates:
        if start < last_end:
            continue
        mention = _numeral_mention(sentence, match, style, patterns)
        if mention is not None:
            last_end = end
            yield mention


def _numeral_mention(sentence: str, match: re.Match, style: str, patterns: MentionPatterns) -> Mention | None:
    lexicon = patterns.lexicon
    if style == "digits":
        attached = match.group("attached")
        numeral = parse_digits(match.group(0)[: len(match.group(0)) - len(attached or "")])
        if numeral is None:
            return None
        if attached:
            numeral = numeral.times(float(lexicon.scale_words[attached]))
    else:
        tokens = re.split(r"[\s-]+", match.group(0))
        if len(tokens) == 1 and tokens[0].casefold() in {"one", "hundred", "thousand", "million", "billion",
                                                          "trillion", "dozen", "zero"}:
            return None  # "one of the first", "millions of people": no stated number
        numeral = parse_number_words(tokens, lexicon)
        if numeral is None:
            return None
    end = match.end()
    scale_factor = float(lexicon.scale_words[match.group("attached")]) if style == "digits" and match.group(
        "attached") else 1.0
    scale = patterns.scale_after.match(sentence, end)
    if scale and scale_factor == 1.0:
        scale_factor = float(lexicon.scale_words[scale.group(0).strip()])
        numeral = numeral.times(scale_factor)
        end = scale.end()
    if not is_sane(numeral.value):
        return None
    unit, end, kind = _unit(sentence, end, patterns)
    start = match.start()
    currency = patterns.currency_before.search(sentence, max(0, start - 5), start)  # "US$ " is the longest
    if currency and unit == "dimensionless":
        unit, kind, start = lexicon.currency_symbols[currency.group("symbol")], "money", currency.start()
    if start > 0 and sentence[start - 1] in "-−" and (start == 1 or sentence[start - 2] in " (") and kind != "money":
        numeral, start = Numeral(-numeral.value, numeral.half_unit), start - 1
    start, low, high, qualifier = _qualified(sentence, start, numeral.value, numeral.half_unit, patterns)
    direction = None
    if unit in {"percent", "percentage_point"}:
        kind, direction = _percent_kind(sentence, start, end, patterns, unit)
    return Mention(start, end, numeral.value, low, high, unit, qualifier, kind, direction=direction,
                   number_start=match.start(), scale=scale_factor)


def _unit(sentence: str, end: int, patterns: MentionPatterns) -> tuple[str, int, str]:
    lexicon = patterns.lexicon
    match = patterns.unit_after.match(sentence, end)
    if not match:
        return "dimensionless", end, "count"
    if match.group("percent"):
        return "percent", match.end(), "share"
    if match.group("currency"):
        return lexicon.currency_names[match.group("currency")], match.end(), "money"
    unit = lexicon.units[match.group("unit")]
    if unit == "percentage_point":
        return unit, match.end(), "change"
    return unit, match.end(), "duration" if unit in DURATION_UNITS else "measurement"


def _qualified(sentence: str, start: int, value: float, half_unit: float,
               patterns: MentionPatterns) -> tuple[int, float | None, float | None, str]:
    """Widen a stated value by its qualifier ("over", "about", "up to") and its rounding."""
    match = patterns.qualifier_before.search(sentence, max(0, start - 40), start)
    if match is None:
        return start, value - half_unit, value + half_unit, "exact"
    phrase = match.group("qualifier").casefold()
    group = next(name for name, words in patterns.lexicon.qualifiers.items() if phrase in (w.casefold() for w in words))
    spread = max(half_unit, abs(value) * APPROXIMATE_TOLERANCE)
    bounds = {
        "lower": (value, None, "lower"),
        "upper": (None, value, "upper"),
        "nearly": (value - spread, value, "approximate"),
        "just_over": (value, value + spread, "approximate"),
        "approximate": (value - spread, value + spread, "approximate"),
    }[group]
    return match.start(), bounds[0], bounds[1], bounds[2]


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
    for token in re.findall(r"[^\W\d_]+", text.casefold()):
        if token in lexicon.change_up:
            return "up"
        if token in lexicon.change_down:
            return "down"
    return None


def _direction_near(sentence: str, start: int, end: int, lexicon: Lexicon, *, window: int = 60,
                    after: bool = True) -> str | None:
    before_tokens = re.findall(r"[^\W\d_]+", sentence[max(0, start - window):start].casefold())
    for token in reversed(before_tokens):
        if token in lexicon.change_up:
            return "up"
        if token in lexicon.change_down:
            return "down"
    if after:
        return _direction_of(sentence[end:end + 30], lexicon)
    return None


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
    if first.qualifier not in {"exact"} or second.qualifier not in {"exact"}:
        return None
    connector = patterns.range_connector.fullmatch(sentence, first.end, second.start)
    if connector is None:
        return None
    word = connector.group("connector")
    before = sentence[max(0, first.start - 60):first.start].casefold()
    if first.unit not in {"dimensionless", second.unit} and second.unit != "dimensionless":
        return None
    if word == "and":
        return "range" if re.search(r"\bbetween\s+$", before) else None
    if word == "to" and re.search(r"\bfrom\s+$", before):
        if _direction_near(sentence, first.start, first.end, patterns.lexicon, window=60, after=False):
            return "change"
    if word in {"-", "–", "—"} and (sentence[first.end:second.start].strip() != word):
        return None
    return "range" if second.value >= first.value else None


def _merged(sentence: str, first: Mention, second: Mention, patterns: MentionPatterns) -> Mention:
    unit = second.unit if first.unit == "dimensionless" else first.unit
    kind = second.kind if first.kind == "count" else first.kind
    direction = first.direction or second.direction
    if unit in {"percent", "percentage_point"}:
        kind, direction = _percent_kind(sentence, first.start, second.end, patterns, unit)
    low_value, low_bound = first.value, first.low
    if first.scale == 1.0 and second.scale > 1.0 and first.value * second.scale <= second.value:
        low_value, low_bound = first.value * second.scale, (first.low or first.value) * second.scale
    return Mention(first.start, second.end, low_value, low_bound, second.high, unit, "range", kind,
                   direction=direction, number_start=first.number_start,
                   range_partner=True, scale=second.scale)
