"""Sentences with character offsets; page noise, footnote markers and reference lists recognised.

Noise (currency tickers, repeated menu lines, short fragments such as "• $ 494.87",
pagination, "You may also like" link lists) is set aside with a reason instead of
being read as sentences, so it never turns into claims.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from functools import lru_cache

import attrs

from factcheck.model import Document, Span

_DIGITS_BEFORE_SPACE = re.compile(r"\d{1,3}(?=\s)")
# Patterns here open with a character class, not a lookaround: the engine then skips in C to the
# positions that can start a match; the lookbehind is tried after that first character.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"”’»)\]]*(?=\s|\d{1,3}\s)")
_SENTENCE_START = re.compile(r"(?<!\s)\s+[\"“«(\[‘']?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÄÖÜ0-9$€₸£•\-–—])")
_FOOTNOTE_MARKER = re.compile(  # digits glued to the punctuation after a word: "was founded.18 The", "said”3"
    r"(\d(?:(?<=[^\W\d_][.,;:!?”\"’)»]\d)|(?<=[^\W\d_][)”\"’»][.,;:]\d))\d{0,2})(?=[\s)\]]|$)"
)
# "as of 2022.18 In October": in a document that cites by glued numbers, a year or an amount
# directly followed by ".18" and a new sentence carries a footnote marker, not decimals.
_NUMBER_THEN_MARKER = re.compile(r"(?<=\d)\.(?=\d{1,3}\s+[\"“«(]?[A-ZА-ЯЁ])")
_TRAILING_MARKER = re.compile(r"(?<=\d\.)(\d{1,3})$")
_REFERENCE_LINE = re.compile(r"^\s*+(?:[-•*]\s*+)?\[?(\d{1,3})\]?\s*(?=[“\"«'‘A-ZА-ЯЁ])")
_TICKER = re.compile(r"\b[A-Z]{3}\s*/\s*[A-Z]{3}\s*[=:]")
_SCORE_ROW = re.compile(r"(?<!\d)\d+\s*/\s*\d+")
# "- Pay $1,000 (£535) fine": an amount and its equivalent in brackets is content however short
_AMOUNT_AND_EQUIVALENT = re.compile(r"\d[\d,.]{0,12}\w{0,3}\s{0,2}\([^()\d]{0,4}\d")
# "14 people died.", "Погибли 14 человек.": a word and a sentence end close even the shortest sentence
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"”’»)]?$")
_BULLET = re.compile(r"^\s*(?:[•·▪►*]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s))\s*")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
# Real sentences, even in statutes, stay well under this. Longer runs without a sentence end
# (tables flattened to one line, minified pages) are cut at clause punctuation or spaces, so
# that work done per sentence — looking back and ahead from each number — stays bounded.
MAX_SENTENCE_CHARS = 2_000
_WORD_BEFORE_PERIOD = re.compile(r"(?<![\w.])([\w.]+)$")


@attrs.frozen(eq=False)
class _PageWords:
    """The words of every language's lexicon [segment] section: a page is cut before its language is known."""

    abbreviations: frozenset[str]
    longest_abbreviation: int
    pagination: re.Pattern  # "Showing 1-10 of 240"
    related_heading: re.Pattern  # "You may also like", "Читайте также"
    word_after_ordinal: re.Pattern  # "vom 15. Juli", "den 41. Platz": in a language that dots its ordinals
    word_before_ordinal: re.Pattern  # "der 1. FC Köln", "im 2. Weltkrieg": an article or preposition before it


@lru_cache(maxsize=1)
def _page_words() -> _PageWords:
    from factcheck.extract.lexicon import available_languages, load_lexicon  # extraction imports us
    from factcheck.extract.text_words import alternation
    from factcheck.extract.time_pieces import time_words

    lexicons = [load_lexicon(language) for language in available_languages()]
    abbreviations = frozenset(word for lexicon in lexicons for word in lexicon.abbreviations)
    openers = alternation((word for lexicon in lexicons for word in lexicon.pagination), word=False)
    of = "|".join(re.escape(word) for lexicon in lexicons for word in lexicon.pagination_of)
    related = "|".join(re.escape(phrase) for lexicon in lexicons for phrase in lexicon.related_headings)
    after_ordinal = sorted({word[:1].upper() + word[1:] for lexicon in lexicons if lexicon.dotted_ordinals
                            for word in (*lexicon.months, *lexicon.rank_words, *lexicon.after_ordinals)
                            if word.isalpha()},
                           key=lambda m: (-len(m), m))
    before_ordinal = alternation({word for lexicon in lexicons if lexicon.dotted_ordinals
                                  for key in ("articles", "prepositions") for word in time_words(lexicon, key)
                                  if word.isalpha()}, word=False)
    return _PageWords(
        abbreviations=abbreviations, longest_abbreviation=max(map(len, abbreviations), default=0),
        pagination=re.compile(rf"^\s*(?:{openers})\b.*\d+\s*(?:-|–|{of or '(?!)'})\s*\d+", re.IGNORECASE),
        related_heading=re.compile(rf"^\s*(?:{related or '(?!)'})\s*:?\s*$", re.IGNORECASE),
        word_after_ordinal=re.compile(rf"(?<!\s)\s+(?:{'|'.join(after_ordinal) or '(?!)'})\b"),
        word_before_ordinal=re.compile(rf"(?<![\w.])(?:{before_ordinal or '(?!)'})\s+\d{{1,3}}\Z", re.IGNORECASE))


@attrs.frozen
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    footnotes: tuple[int, ...] = ()
    marker_spans: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class Noise:
    start: int
    end: int
    reason: str


@attrs.frozen
class Segmentation:
    sentences: tuple[Sentence, ...]
    footnotes: dict = attrs.field(factory=dict)
    noise: tuple[Noise, ...] = ()
    line_starts: tuple[int, ...] = (0,)

    def span(self, start: int, end: int) -> Span:
        """A Span with 1-based line and column for offsets into the document text."""
        line_index = bisect_right(self.line_starts, start) - 1
        return Span(start, end, line_index + 1, start - self.line_starts[line_index] + 1)


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer(r"\n", text))
    return tuple(starts)


def _normalised_line(line: str) -> str:
    return " ".join(_BULLET.sub("", line).split()).casefold()


def _classify(line: str, key: str, seen: set[str], in_related_block: bool) -> str | None:
    """Why a line is noise, or None when it is content; `key` is the line's `_normalised_line`."""
    stripped = line.strip()
    if "/" in stripped and _TICKER.search(stripped):  # a test in C first: the pattern is tried at every word
        return "currency ticker"
    if _page_words().pagination.match(stripped):
        return "pagination"
    if in_related_block:
        return "related links"
    if key in seen and len(key) > 0:
        return "repeated line"
    if _DIGIT.search(stripped) and _at_most_two_words(stripped) and not _SCORE_ROW.search(stripped) \
            and not _AMOUNT_AND_EQUIVALENT.search(stripped) and not _SENTENCE_END.search(stripped):
        return "page fragment"
    return None


def _at_most_two_words(line: str) -> bool:
    return next(itertools.islice(_WORD.finditer(line), 2, None), None) is None


def segment(document: Document) -> Segmentation:
    text = document.text
    sentences: list[Sentence] = []
    noise: list[Noise] = []
    footnotes: dict[int, str] = {}
    seen: set[str] = set()
    cites_by_number = len(_FOOTNOTE_MARKER.findall(text, document.body_start)) >= 5
    paragraph = 0
    in_related_block = False
    offset = document.body_start
    for raw_line in text[document.body_start:].splitlines(keepends=True):
        line_start, offset = offset, offset + len(raw_line)
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            paragraph += 1
            in_related_block = False
            continue
        if _page_words().related_heading.match(line):
            in_related_block = True
            noise.append(Noise(line_start, line_start + len(line), "related links"))
            continue
        reference = _REFERENCE_LINE.match(line)
        if reference and _looks_like_reference(line, reference):
            footnotes.setdefault(int(reference.group(1)), line[reference.end():].strip())
            continue
        key = _normalised_line(line)
        reason = _classify(line, key, seen, in_related_block)
        seen.add(key)
        if reason:
            noise.append(Noise(line_start, line_start + len(line), reason))
            continue
        for start, end in _split_sentences(line, cites_by_number):
            sentences.append(_sentence(text, line_start + start, line_start + end, len(sentences), paragraph,
                                       cites_by_number))
        if len(line) < 160 and not line.rstrip().endswith((".", "!", "?", "…", ":")):
            paragraph += 1  # a heading or a table row stands alone
    return Segmentation(tuple(sentences), footnotes, tuple(noise), line_starts(text))


def _looks_like_reference(line: str, match: re.Match) -> bool:
    """A numbered citation ("- 22“Title,” Outlet, May 22, 2024, https://..."), not a list item."""
    rest = line[match.end():]
    return bool(re.search(r"https?://|\b(?:19|20)\d{2}\b", rest)) and line.lstrip()[:1] in "-•*[0123456789"


def _split_sentences(line: str, cites_by_number: bool = False) -> list[tuple[int, int]]:
    bullet = _BULLET.match(line)
    cursor = bullet.end() if bullet else 0
    spans = []
    boundaries = list(_BOUNDARY.finditer(line))
    if cites_by_number:
        boundaries = sorted([*boundaries, *_NUMBER_THEN_MARKER.finditer(line)], key=lambda m: m.start())
    for boundary in boundaries:
        end = boundary.end()
        marker = _FOOTNOTE_MARKER.match(line, end) or (
            _DIGITS_BEFORE_SPACE.match(line, end) if boundary.re is _NUMBER_THEN_MARKER else None)
        if marker:
            end = marker.end()
        follower = _SENTENCE_START.match(line, end)
        if not follower or _is_abbreviation(line, boundary.start()):
            continue
        if _an_ordinal_dot(line, boundary.start(), end) or _inside_brackets(line, boundary, end):
            continue
        if cursor < end:
            spans.append((cursor, end))
        cursor = end
        while cursor < len(line) and line[cursor].isspace():
            cursor += 1
    tail = line.rstrip()
    if cursor < len(tail):
        spans.append((cursor, len(tail)))
    bounded = [piece for start, end in spans for piece in _bounded(line, start, end)]
    return [(start, end) for start, end in bounded if line[start:end].strip()]


def _an_ordinal_dot(line: str, period: int, end: int) -> bool:
    """ "vom 15. Juli", "der 1. FC Köln": in a language that dots its ordinals, the dot after digits
    before a month or a place, or after an article or preposition, ends no sentence."""
    if not line[period - 1:period].isdigit():
        return False
    words = _page_words()
    return words.word_after_ordinal.match(line, end) is not None or \
        words.word_before_ordinal.search(line, max(0, period - 24), period) is not None


def _inside_brackets(line: str, boundary: re.Match, end: int) -> bool:
    """ "Silvio (74. Putsche), Ouedraogo": a bracket opened shortly before and closed shortly after the
    period holds it; no sentence ends inside."""
    if ")" in boundary.group(0):
        return False
    opened = line.rfind("(", max(0, boundary.start() - 40), boundary.start())
    if opened < 0 or ")" in line[opened:boundary.start()]:
        return False
    closed = line.find(")", end, end + 40)
    return closed >= 0 and "(" not in line[end:closed]


def _bounded(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut into pieces of at most MAX_SENTENCE_CHARS, preferably after "; " or ", ", else at a space."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(line.rfind("; ", start, limit), line.rfind(", ", start, limit)) + 1
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            cut = line.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
        while start < end and line[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def _is_abbreviation(line: str, period: int) -> bool:
    # Only the last few characters can hold an abbreviation; searching the whole prefix of a
    # very long line at every period made segmentation quadratic.
    words = _page_words()
    word = _WORD_BEFORE_PERIOD.search(line, max(0, period - words.longest_abbreviation - 1), period)
    if not word:
        return False
    token = word.group(1).casefold().rstrip(".")
    if token in words.abbreviations:
        return True
    return len(token) == 1 and token.isalpha()  # initials such as "J. Smith"


def _sentence(text: str, start: int, end: int, index: int, paragraph: int, cites_by_number: bool) -> Sentence:
    body = text[start:end]
    markers = tuple(_FOOTNOTE_MARKER.finditer(body))
    trailing = _TRAILING_MARKER.search(body) if cites_by_number else None
    if trailing:
        markers = (*markers, trailing)
    if not markers:  # most sentences
        return Sentence(index=index, start=start, end=end, text=body, paragraph=paragraph)
    return Sentence(
        index=index,
        start=start,
        end=end,
        text=body,
        paragraph=paragraph,
        footnotes=tuple(int(m.group(1)) for m in markers),
        marker_spans=tuple((start + m.start(), start + m.end()) for m in markers),
    )
