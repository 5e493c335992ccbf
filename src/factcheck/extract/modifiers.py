"""Modifiers of a measure: what narrows the thing a figure measures.

"US retail sales fell 0.3%" and "Excluding cars, retail sales rose 0.6%" measure different things;
so do "like-for-like sales" and "drinks sales", "factory output" and "industrial output". The measure
id stays the noun ("sale"), so that such figures still meet in one group; their modifiers tell
`factcheck.identity` whether the text establishes they are the same measure.

English keeps modifiers as words before the noun. Inflected languages build them into the measure
id from their adjective stems already (`measure.modifiers` of their lexicons); for every language,
what follows an exclusion word ("excluding", "ohne", "без учета") is a modifier too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Collection

import attrs

from factcheck.extract.context import Gazetteer, singular, words
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import folded
from factcheck.model import Claim

MAX_MODIFIERS = 3
# Modifiers that belong to their own figure: what it leaves out, and the subset it is narrowed to
# ("(whose records were complete)", "(angefragten)"); a later bare mention never inherits them.
NOT_INHERITED = ("excluding ", "(")
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINING_GAP = re.compile(r"[\s\u00a0-]{1,3}")


def modifiers(text: str, start: int, end: int, measure: str | None, lexicon: Lexicon, places: Gazetteer,
              names: Collection[str] = ()) -> tuple[str, ...]:
    """The modifiers of the figure at text[start:end] whose measure is `measure`; `names` are the
    document's names (a name before the noun is the subject: "Acme sales", "Cadbury's sales")."""
    found = [*_excluded(text, start, lexicon), *_relative_clause(text, end, lexicon)]
    if measure and not lexicon.measures:
        found[:0] = _before_noun(text, start, end, measure.split()[-1], lexicon, places, names)
    elif measure:
        found[:0] = _adjectives_after(text, end, lexicon)
    return tuple(found)


def _relative_clause(text: str, end: int, lexicon: Lexicon) -> list[str]:
    """ "six of the 25 whose records were complete": a relative clause narrows the figure to a subset."""
    if not lexicon.relatives:
        return []
    match = _relative_pattern(lexicon).match(text, end)
    if match is None:
        return []
    clause = [folded(word) for word in re.findall(r"[^\W\d_][\w'’-]*", match.group("clause"))][:4]
    return [f"({' '.join(clause)})"] if len(clause) >= 2 else []


def _adjectives_after(text: str, end: int, lexicon: Lexicon) -> list[str]:
    """ "20 angefragten Schulen", "25 опрошенных школ": a word between the figure and its noun with an
    adjective's ending narrows what is counted (inflected languages; their known adjectives are in the
    measure id already)."""
    found = []
    for word in re.findall(r"[^\W\d_][\w'’-]*", text[end:end + 60])[:3]:
        lowered = folded(word)
        if not word.islower() or not lowered.endswith(lexicon.adjective_endings) or not lexicon.adjective_endings:
            break
        if lowered not in lexicon.ignorable and lowered not in lexicon.stopwords and lowered not in lexicon.determiners:
            found.append(f"({lowered})")
    return found


def inherit_modifiers(claims: list[Claim]) -> list[Claim]:
    """ "Loan defaults fell fourfold. Defaults were cut by 40%": a later bare mention of a measure means
    the one variant the document has named so far. When it has named several ("retail sales", "drinks
    sales"), a bare "sales" stays unknown. An exclusion or a subset belongs to its own figure and is not
    inherited; after one, a bare mention stays unknown too."""
    variants: dict[str, set[tuple[str, ...]]] = {}
    result = []
    for claim in claims:
        if claim.measure:
            named = variants.setdefault(claim.measure, set())
            kind = tuple(word for word in claim.modifiers if not word.startswith(NOT_INHERITED))
            if kind and len(kind) == len(claim.modifiers):
                named.add(kind)
            elif kind != claim.modifiers:
                named.add(("(a subset)",))  # a narrowed figure makes a bare mention's measure ambiguous
            elif not claim.modifiers and len(named) == 1:
                claim = attrs.evolve(claim, modifiers=next(iter(named)))
        result.append(claim)
    return result


def _before_noun(text: str, start: int, end: int, noun: str, lexicon: Lexicon, places: Gazetteer,
                 names: Collection[str]) -> list[str]:
    """The words right before the measure noun nearest the figure (before it, else after it)."""
    starts, texts = words(text)
    initial = noun[:1]
    at = [i for i, token in enumerate(texts) if token[:1].casefold() == initial and singular(token) == noun]
    before = [i for i in at if starts[i] < start]
    after = [i for i in at if starts[i] >= end]
    if not before and not after:
        return []
    index = before[-1] if before else after[0]
    found: list[str] = []
    for previous in range(index - 1, -1, -1):
        token, following = texts[previous], starts[previous + 1]
        if starts[previous] < end and starts[previous] + len(token) > start:
            break  # the figure's own words ("1.000 thousand rangers")
        if not _JOINING_GAP.fullmatch(text[starts[previous] + len(token):following]):
            break
        lowered = folded(token)
        if lowered in lexicon.stopwords or lowered in lexicon.change_words or lowered in lexicon.determiners:
            break
        if any(character.isdigit() for character in token) or places.country(token):
            break
        if (token[:1].isupper() and previous > 0) or token in names or _POSSESSIVE.search(token):
            break  # a name, or whose it is: the subject, not a kind of the measure
        if lowered.endswith(("ing", "ly")) or (lowered.endswith("ed") and len(lowered) > 4):
            break  # a verb or an adverb ("which included fines", "seeing sales"), as noun phrases end there
        if lowered in _basis_words(lexicon):
            break  # "month-on-month output": when a change measures, never what
        if lowered not in lexicon.ignorable:
            found.insert(0, lowered)
        if len(found) == MAX_MODIFIERS:
            break
    return found


def _excluded(text: str, start: int, lexicon: Lexicon) -> list[str]:
    """ "Excluding the car sector, retail sales rose 0.6%" → ["excluding car sector"]."""
    pattern = _exclusion_pattern(lexicon)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text, 0, start):
        left_out = [folded(word) for word in re.findall(r"[^\W\d_][\w'’-]*", match.group("what"))
                    if folded(word) not in lexicon.stopwords and folded(word) not in lexicon.determiners]
        if left_out:
            found.append(f"excluding {' '.join(left_out[:2])}")
    return found


@lru_cache(maxsize=None)
def _basis_words(lexicon: Lexicon) -> frozenset:
    words_ = {word for phrase in lexicon.bases for word in phrase.split()} - lexicon.stopwords
    return frozenset(words_ | {"-".join(phrase.split()) for phrase in lexicon.bases})  # "month-on-month"


@lru_cache(maxsize=None)
def _relative_pattern(lexicon: Lexicon) -> re.Pattern:
    relatives = "|".join(re.escape(word) for word in sorted(lexicon.relatives, key=len, reverse=True))
    noun = r"(?:[\s\u00a0]{1,3}[^\W\d_][\w'’-]{0,30}){0,2}?"  # the figure's noun, if any
    return re.compile(rf"{noun}[,\s\u00a0]{{1,3}}(?:{relatives})(?![^\W\d_])(?P<clause>[^,;:.()]{{1,60}})",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _exclusion_pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.exclusions:
        return None
    words_ = "|".join(re.escape(word) for word in sorted(lexicon.exclusions, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words_})(?![^\W\d_])[\s-]{{1,3}}(?P<what>[^,;:.()]{{1,40}})", re.IGNORECASE)
