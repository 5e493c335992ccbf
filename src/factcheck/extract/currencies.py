"""Currency words several countries share ("40m rupees", "300 pesos"): the currency of the country
the article names, from CLDR's territory currencies (babel ships them); a count when it names none
or several whose currencies share the word, never a guess."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import attrs

from factcheck.extract.finders.mention import SHARED, Mention
from factcheck.units import is_currency


def resolve_shared_currencies(mentions: list[Mention], sentence: str, currencies: dict[str, str]) -> list[Mention]:
    """Each mention in a shared currency word takes the article's currency of that name (`currencies`:
    "Rupee" → "INR"); without one it is the count it was before the word was read."""
    return [_resolved(mention, sentence, currencies) if mention.unit.startswith(SHARED) else mention
            for mention in mentions]


def _resolved(mention: Mention, sentence: str, currencies: dict[str, str]) -> Mention:
    code = currencies.get(mention.unit.removeprefix(SHARED))
    if code is not None:
        return attrs.evolve(mention, unit=code)
    word = re.search(r"[ \u00a0]?[^\W\d_]+$", sentence[mention.number_start:mention.end])
    end = mention.end - len(word.group(0)) if word else mention.end
    return attrs.evolve(mention, unit="dimensionless", kind="count", end=end)


def article_currencies(countries: Iterable[str], names: Iterable[str], when: date | None) -> dict[str, str]:
    """For each shared name ("Rupee"), the one currency of that name among the named countries' ones."""
    names = set(names)
    if not names:
        return {}
    used = {code for country in countries for code in _territory_currencies(country, when or date.today())}
    found: dict[str, str] = {}
    for name in names:
        matching = {code for code in used if _english_name(code).endswith(name)}
        if len(matching) == 1:
            found[name] = matching.pop()
    return found


@lru_cache(maxsize=4096)
def _territory_currencies(country: str, when: date) -> tuple[str, ...]:
    from babel.numbers import get_territory_currencies

    territory = _territory_codes().get(country)
    if territory is None:
        return ()
    return tuple(code for code in get_territory_currencies(territory, when) if is_currency(code))


@lru_cache(maxsize=1)
def _territory_codes() -> dict[str, str]:
    """English country name (as the gazetteer gives it) → its CLDR territory code."""
    from babel import Locale

    return {name: code for code, name in Locale.parse("en").territories.items() if len(code) == 2}


@lru_cache(maxsize=None)
def _english_name(code: str) -> str:
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale="en")
