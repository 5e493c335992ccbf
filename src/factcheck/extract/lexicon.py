"""Per-language word lists, loaded from `lexicons/<language>.toml`."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import attrs

from factcheck.errors import InputError

LEXICON_DIR = Path(__file__).parent / "lexicons"


@attrs.frozen(eq=False)
class Lexicon:
    language: str
    number_ones: dict
    number_tens: dict
    number_scales: dict
    scale_words: dict
    fractions: dict
    fractions_lower: dict
    multiples: dict
    qualifiers: dict
    currency_symbols: dict
    currency_names: dict
    units: dict
    percent_words: tuple
    change_up: frozenset
    change_down: frozenset
    money_nouns: dict
    planned: tuple
    cumulative: tuple
    increments: frozenset
    stopwords: frozenset
    ignorable: frozenset
    not_names: frozenset
    demonyms: dict
    months: dict
    year_parts: dict
    quarters: dict

    @property
    def change_words(self) -> frozenset:
        return self.change_up | self.change_down


@lru_cache(maxsize=None)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One compiled pattern finding any of the phrases as whole words (case-insensitive)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """The languages that have a lexicon, and so can be extracted."""
    return tuple(sorted(path.stem for path in LEXICON_DIR.glob("*.toml")))


def alternation(words: Iterable[str], *, word: bool = True, suffix: str = "") -> str:
    """A regex alternative of the words, longest first, optionally bounded as whole words."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w) for w in ordered)
    if not word:
        return f"(?:{body}){suffix}"
    return rf"(?<![\w-])(?:{body}){suffix}(?![\w])"


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    path = LEXICON_DIR / f"{language}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise InputError(f"no lexicon for language {language!r}", path=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"lexicon is not valid TOML: {error}", path=str(path)) from error
    numbers = data.get("numbers", {})
    time = data.get("time", {})
    change = data.get("change", {})
    return Lexicon(
        language=language,
        number_ones=numbers.get("ones", {}),
        number_tens=numbers.get("tens", {}),
        number_scales=numbers.get("scales", {}),
        scale_words=data.get("scale_words", {}),
        fractions=data.get("fractions", {}),
        fractions_lower=data.get("fractions_lower", {}),
        multiples=data.get("multiples", {}),
        qualifiers=data.get("qualifiers", {}),
        currency_symbols=data.get("currencies", {}).get("symbols", {}),
        currency_names=data.get("currencies", {}).get("names", {}),
        units=data.get("units", {}),
        percent_words=tuple(data.get("percent", {}).get("words", ())),
        change_up=frozenset(change.get("up", ())),
        change_down=frozenset(change.get("down", ())),
        money_nouns=data.get("money_nouns", {}),
        planned=tuple(data.get("modality", {}).get("planned", ())),
        cumulative=tuple(data.get("cumulative", {}).get("markers", ())),
        increments=frozenset(data.get("increments", {}).get("markers", ())),
        stopwords=frozenset(data.get("stopwords", {}).get("words", ())),
        ignorable=frozenset(data.get("measure", {}).get("ignorable", ())),
        not_names=frozenset(data.get("names", {}).get("not_names", ())),
        demonyms=data.get("demonyms", {}),
        months={k.casefold(): v for k, v in time.get("months", {}).items()},
        year_parts={" ".join(k.casefold().replace("-", " ").split()): tuple(v) for k, v in time.get("parts", {}).items()},
        quarters={k.casefold(): v for k, v in time.get("quarters", {}).items()},
    )
