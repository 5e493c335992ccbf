"""What a number is about: counted noun (measure), subject (organisation or product) and scope.

Heuristics over words, no parser: the counted noun follows the number ("447 rural schools"),
a share names its whole ("96.2 percent of households"), money names what it pays for
("fines of 100,000 KGS", "$342.5 million in revenue"). Subjects are names the document
capitalises mid-sentence (names.py); scopes are countries (CLDR names in every language via
babel) and "<Name> region" phrases. The words, clauses and noun phrases of a sentence, which
all of these read, are here too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import attrs

from factcheck.extract.lexicon import Lexicon, load_lexicon, stem_lookup
from factcheck.extract.text_words import alternation, folded, letter_runs

# Letters, joined by an apostrophe or a hyphen ("Kazakhstan's", "Telegram-ның") or by the dots of
# an abbreviation ("U.S"); written as runs of letters, which Python's engine matches far faster
# than one letter at a time.
WORD = re.compile(r"[^\W\d_]+(?:(?:['’-]|\.(?=[^\W\d_]\.))[^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
_LATIN_WITH_ENDING = re.compile(r"^([a-z0-9]+)-[^\W\d_a-z]+$")  # "telegram-ның": a name with a Kazakh ending


class Word(NamedTuple):
    # A named tuple, not an attrs class: made for every word of a noun phrase and every name found.
    start: int
    end: int
    text: str


class SentenceWords(NamedTuple):
    """The words of a sentence as two parallel tuples: where each starts, and its text."""

    starts: tuple[int, ...]
    texts: tuple[str, ...]


_JOINS = frozenset({"'", "’", "-", "."})


@lru_cache(maxsize=4096)
def words(text: str) -> SentenceWords:
    """The words of a sentence (what WORD finds); cached because names, scopes and subjects all walk
    the same sentences."""
    # The sentence's runs of letters (shared with the set tests of its words), joined where WORD
    # joins them, and running lengths, mostly in C: a match object and a tuple per word cost three
    # times as much, and WORD's own split twice as much as the runs'.
    parts = letter_runs(text)  # separator, run, separator, ..., run, separator
    if not _JOINS.isdisjoint(parts[2:-1:2]):
        parts = _joined(parts)
    offsets = list(accumulate(map(len, parts), initial=0))
    return SentenceWords(tuple(offsets[1:-1:2]), tuple(parts[1::2]))


def _joined(parts: Sequence[str]) -> list[str]:
    """Runs of letters joined as WORD joins them: across one apostrophe or hyphen, or across the dot
    of an abbreviation when one letter and another dot follow ("U.S.")."""
    joined = list(parts[:2])
    for index in range(2, len(parts) - 1, 2):
        separator, run = parts[index], parts[index + 1]
        if separator in _JOINS and (separator != "." or (len(run) == 1 and parts[index + 2][:1] == ".")):
            joined[-1] += separator + run
        else:
            joined += [separator, run]
    joined.append(parts[-1])
    return joined


def singular(word: str) -> str:
    """English singular of a counted noun; irregular ones ("buses", "children") come from en.toml."""
    lower = folded(word)
    irregular = load_lexicon("en").plurals.get(lower)
    if irregular:
        return irregular
    if len(lower) <= 3 or lower.endswith(("ss", "us", "is", "news")):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zes")):
        return lower[:-2]
    if lower.endswith("s"):
        return lower[:-1]
    return lower


@lru_cache(maxsize=4096)  # asked for every number of a sentence
def clause_breaks(sentence: str, lexicon: Lexicon) -> tuple[int, ...]:
    """Where the clauses of a sentence begin: after ";", a dash, or a comma and a word that opens a
    clause (", while", ", während", ", а", ", ал": the lexicon's `clauses.openers`)."""
    return tuple(m.end() for m in _clause_break(lexicon).finditer(sentence))


@lru_cache(maxsize=None)
def _clause_break(lexicon: Lexicon) -> re.Pattern:
    openers = "|".join(r"\s{1,3}".join(map(re.escape, opener.split()))
                       for opener in sorted(lexicon.clause_openers, key=len, reverse=True))
    comma = rf",\s{{1,3}}(?:{openers})\s{{1,3}}|" if openers else ""
    return re.compile(rf"{comma};|\s[—–]\s|—", re.IGNORECASE)


def clause_of(breaks: tuple[int, ...], position: int) -> int:
    return bisect_right(breaks, position)


def clause_bounds(breaks: tuple[int, ...], position: int, length: int) -> tuple[int, int]:
    clause = clause_of(breaks, position)
    return (breaks[clause - 1] if clause else 0), (breaks[clause] if clause < len(breaks) else length)


_SEEN_LIMIT = 200_000
_UNSEEN = object()


@attrs.frozen(eq=False)
class Gazetteer:
    """Country names (any supported language) to an English name, plus demonyms."""

    countries: dict
    suffixes: tuple = ()  # case endings of the language ("Қазақстанда", "Казахстане")
    region_nouns: dict = attrs.field(factory=dict)  # "regions" → "region": the noun of a region phrase
    region_joiners: tuple = ()  # "and": two regions, no one scope
    regions: re.Pattern = re.compile("(?!)")  # "the Almaty region": (name, noun)
    region_after: re.Pattern = re.compile("(?!)")  # "… and Zhambyl regions" after a name: no name of its own
    _seen: dict = attrs.field(factory=dict)  # word as written → country: a document repeats its words

    def country(self, token: str) -> str | None:
        found = self._seen.get(token, _UNSEEN)
        if found is _UNSEEN:
            if len(self._seen) >= _SEEN_LIMIT:  # a long-running process reads unboundedly many words
                self._seen.clear()
            found = self._seen[token] = self._lookup(token)
        return found

    def _lookup(self, token: str) -> str | None:
        key = folded(POSSESSIVE.sub("", token) if "'" in token or "’" in token else token)
        return self._inflected_country(key) if self.suffixes else self.countries.get(key)

    def _inflected_country(self, key: str) -> str | None:
        key = _LATIN_WITH_ENDING.sub(r"\1", key)
        if key in self.countries:
            return self.countries[key]
        for ending in self.suffixes:
            base = key[: -len(ending)]
            if key.endswith(ending) and len(base) >= 3:
                found = self.countries.get(base) or self.countries.get(base + "я")  # "России" → "Россия"
                if found:
                    return found
        return None


@lru_cache(maxsize=None)
def gazetteer(lexicon: Lexicon) -> Gazetteer:
    from babel import Locale

    english = Locale.parse("en").territories
    names: dict[str, str] = {}
    for language in {"en", lexicon.language}:
        try:
            territories = Locale.parse(language).territories
        except Exception:  # noqa: BLE001 - an unknown locale just means no extra names
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and code in english and " " not in name:
                names[folded(name)] = english[code]
    for demonym, code in lexicon.demonyms.items():
        if code in english:
            names[folded(demonym)] = english[code]
    for word in lexicon.not_countries:  # Russian "того" ("of that") is also Togo
        names.pop(folded(word), None)
    return Gazetteer(names, lexicon.name_suffixes, **_region_patterns(lexicon))


def _region_patterns(lexicon: Lexicon) -> dict:
    nouns = "|".join(map(re.escape, sorted(lexicon.region_nouns, key=len, reverse=True))) or "(?!)"
    articles = "|".join(map(re.escape, lexicon.region_articles)) or "(?!)"
    joiners = "|".join(map(re.escape, lexicon.region_joiners)) or "(?!)"
    return dict(region_nouns=lexicon.region_nouns, region_joiners=lexicon.region_joiners,
                regions=re.compile(rf"(?<![\w-])(?:(?:{articles})\s+)?((?:[A-Z][\w-]+)(?:\s+(?:{joiners})\s+[A-Z][\w-]+)?)"
                                   rf"\s+({nouns})\b"),
                region_after=re.compile(rf"\s{{1,3}}(?:(?:{joiners})\s{{1,3}}[A-Z][\w-]+\s{{1,3}})?(?:{nouns})\b"))


def noun_phrase(sentence: str, position: int, lexicon: Lexicon, *, max_words: int = 4) -> list[Word]:
    """The words of a noun phrase starting right at `position` (spaces and hyphens allowed before)."""
    found: list[Word] = []
    cursor = position
    for word in WORD.finditer(sentence, position):
        gap = sentence[cursor:word.start()]
        if gap.strip(" -\u00a0") or len(gap) > 3:
            break
        token = word.group(0)
        lowered = folded(token)
        if lowered in lexicon.stopwords or lowered in lexicon.change_words:
            break
        if found and (lowered.endswith(("ing", "ly")) or (lowered.endswith("ed") and len(lowered) > 4)):
            break
        found.append(Word(word.start(), word.end(), token))
        cursor = word.end()
        if len(found) >= max_words:
            break
    return found


@lru_cache(maxsize=None)
def _number_ahead(lexicon: Lexicon) -> re.Pattern:
    """ "20 million", "$5", "40 percent" before a noun: a figure to read past to the noun."""
    amounts = alternation(lexicon.amounts_ahead, word=False)
    return re.compile(rf"\s{{0,8}}[$€₸£]?\s?\d[\d.,]{{0,24}}(?:\s?(?:%|{amounts}))?\s+")


def skip_determiners(sentence: str, position: int, lexicon: Lexicon) -> int:
    """Past "the", "its", "Kazakhstan's", "all", "20 million" and similar words before a noun phrase."""
    number_ahead = _number_ahead(lexicon)
    number = number_ahead.match(sentence, position)
    if number:
        position = number.end()
    cursor = position
    for word in WORD.finditer(sentence, position):
        if sentence[cursor:word.start()].strip():
            break
        token = word.group(0)
        if folded(token) in lexicon.noun_determiners or POSSESSIVE.search(token):
            cursor = word.end()
            number = number_ahead.match(sentence, cursor)
            if number:
                cursor = number.end()
            continue
        break
    return cursor


def measure_from(words_found: list[Word], lexicon: Lexicon, places: Gazetteer) -> tuple[str | None, list[str]]:
    """The measure id of a noun phrase, and the names and places it mentioned along the way."""
    kept: list[str] = []
    names: list[str] = []
    for word in words_found:
        token = POSSESSIVE.sub("", word.text)
        if places.country(token):
            names.append(token)
            continue
        if token[:1].isupper() and folded(token) not in lexicon.stopwords and word is not words_found[-1]:
            names.append(token)
            continue
        if folded(token) in lexicon.ignorable:
            continue
        kept.append(folded(token))
    if not kept:
        return None, names
    return " ".join([*kept[:-1], singular(kept[-1])]), names


def scopes_in(text: str, places: Gazetteer) -> list[tuple[int, str]]:
    """(position, scope) for every region phrase and country name in the text."""
    found = []
    if any(map(text.__contains__, places.region_nouns)):
        found = [(m.start(), f"{m.group(1)} {places.region_nouns[m.group(2)]}")
                 for m in places.regions.finditer(text) if not _two_regions(m.group(1), places)]
    starts, texts = words(text)
    found += [(start, place) for start, place in zip(starts, map(places.country, texts), strict=True) if place]
    return sorted(found)


def _two_regions(names: str, places: Gazetteer) -> bool:
    """ "Almaty and Zhambyl": two regions, no one scope."""
    return any(f" {joiner} " in names for joiner in places.region_joiners)


def nearest_scope(scopes: list[tuple[int, str]], position: int, places: Gazetteer) -> str | None:
    if not scopes:
        return None
    regions = [s for s in scopes if not s[1][:1].isupper() or s[1].endswith(tuple(places.region_nouns.values()))]
    pool = regions or scopes
    return min(pool, key=lambda s: abs(s[0] - position))[1]


def localized_measure(sentence: str, position: int, lexicon: Lexicon,
                      places: Gazetteer) -> tuple[str | None, list[str]]:
    """The counted noun after a number in a language whose lexicon maps nouns to shared measure ids.

    "12,5 Millionen monatliche Benutzer", "2 606 сельских школ", "12 миллионнан астам адам": qualifying
    words come first and the noun ends the phrase; its stem gives the measure ("Benutzer" → "user").
    """
    found = noun_phrase(sentence, position, lexicon)
    kept: list[str] = []
    names: list[str] = []
    for index, word in enumerate(found):
        token = folded(word.text)
        pair = f"{token} {folded(found[index + 1].text)}" if index + 1 < len(found) else ""
        head = lexicon.measures.get(pair) or _head_noun(token, lexicon)
        if head:
            return " ".join([*kept, head]), names
        if places.country(word.text):
            names.append(word.text)
        elif (modifier := stem_lookup(lexicon.modifiers, token)) is not None:
            kept.append(modifier)
        elif token in lexicon.ignorable or stem_lookup(_stems(lexicon.ignorable), token) is not None:
            continue
        elif not _is_adjective(word.text, lexicon):
            return " ".join([*kept, token]), names
    return None, names


def _head_noun(token: str, lexicon: Lexicon) -> str | None:
    head = stem_lookup(lexicon.measures, token)
    if head is None and "-" in token:  # "Premium-Abonnenten": the last part is the noun
        head = stem_lookup(lexicon.measures, token.rsplit("-", 1)[1])
    if head is None and lexicon.determiners:  # German compounds end in their noun: "Mobilfunkkunden"
        head = next((value for key, value in _compound_heads(lexicon) if token.endswith(key)), None)
    return head


@lru_cache(maxsize=None)
def _compound_heads(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((k, v) for k, v in lexicon.measures.items() if len(k) >= 5), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def _stems(words_: frozenset) -> dict:
    return {folded(word): True for word in words_}


def _is_adjective(text: str, lexicon: Lexicon) -> bool:
    if lexicon.determiners and text[:1].isupper():
        return False  # a capitalised German word is a noun
    return folded(text).endswith(lexicon.adjective_endings) if lexicon.adjective_endings else False


def users_when_used(measure: str | None, sentence: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """ "12 million people use it", "пользуются 12 млн человек", "12 миллионнан астам адам пайдаланады":
    people with a verb of using right next to them are users."""
    if measure not in lexicon.people_measures or not lexicon.use_verbs:
        return measure
    before = WORD.findall(folded(sentence[max(0, start - 30):start]))[-1:]
    after = WORD.findall(folded(sentence[end:end + 50]))[:3]
    near = [*before, *after]
    return "user" if any(word.startswith(lexicon.use_verbs) for word in near) else measure
