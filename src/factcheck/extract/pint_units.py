"""Unit words taken from pint's own definitions rather than typed again: a lexicon's `[pint_units]`
names pint units; each is read by its pint name ("kilowatt hour", "kilowatt hours"), its pint
aliases ("litre"), and, for those under `symbols`, by pint's symbol ("kWh", "mph", "°C")."""

from __future__ import annotations

from collections.abc import Iterable

IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches"}


def pint_unit_words(symbols: Iterable[str], names: Iterable[str], symbols_only: Iterable[str] = ()) -> dict[str, str]:
    """{written word: pint unit name} for the units read by symbol and name, by name only, and by
    symbol only (in a language whose names for them are not pint's English ones: "kWh", "mm")."""
    from factcheck.units import REGISTRY

    words: dict[str, str] = {}
    for unit in (*symbols, *names):
        for spelled in (unit, *_aliases(REGISTRY, unit)):
            phrase = spelled.replace("_", " ")
            forms = [phrase]
            if phrase.islower() and not phrase.endswith("s") and phrase.split()[-1] not in IRREGULAR_PLURALS.values():
                forms.append(_plural(phrase))
            for form in forms:
                for variant in _spellings(form):
                    words[variant] = unit
    for unit in (*symbols, *symbols_only):
        words[REGISTRY.get_symbol(unit)] = unit
    return words


def _spellings(phrase: str) -> set[str]:
    """ "millimetre" beside "millimeter", "terawatt-hours" beside "terawatt hours": British spellings of
    the prefixed units pint spells only the American way, and compound names hyphenated."""
    british = phrase.replace("meter", "metre").replace("liter", "litre")
    return {form for spelled in (phrase, british) for form in (spelled, spelled.replace(" ", "-"))
            if " per " not in form or form == spelled}


def _aliases(registry, unit: str) -> tuple[str, ...]:
    """Pint's other spellings of the unit ("litre", "feet", "celsius"), words of three letters or more."""
    definition = registry._units.get(unit)  # noqa: SLF001 - pint keeps a unit's aliases only here
    return tuple(alias for alias in getattr(definition, "aliases", ())
                 if alias.replace("_", "").isalpha() and len(alias) >= 3)


def _plural(phrase: str) -> str:
    """ "miles per hour", "kilowatt hours", "degrees Celsius", "feet": the counted word takes the plural."""
    words = phrase.split()
    at = words.index("per") - 1 if "per" in words else (0 if words[0] == "degree" else len(words) - 1)
    words[at] = IRREGULAR_PLURALS.get(words[at], words[at] + ("es" if words[at].endswith(("s", "x", "ch")) else "s"))
    return " ".join(words)
