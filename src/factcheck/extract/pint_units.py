"""Unit words taken from pint's own definitions rather than typed again.

A lexicon's `[pint_units]` names pint units; each is read by its pint name ("kilowatt hour", "kilowatt
hours"), its pint aliases ("litre"), and, for those under `symbols`, by pint's symbol ("kWh", "mph",
"°C"). Where it says `any_name`, any other unit pint names after a number is read too
(`unit_named_after`: "400 kilovolts", "35 psi"); `[unit_words]` reads units by the language's own
SI prefixes and stems (`stem_unit_after`: "220 киловольт")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.extract.text_words import alternation, folded

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


# A unit name after a number, of one to three words: "kilovolts", "astronomical units", "parts per million".
_UNIT_WORDS = re.compile(r"[ \u00a0-]?([^\W\d_]{2,24}(?:[ -][^\W\d_]{2,24}){0,2})")
_WORD = re.compile(r"[^\W\d_]+")
# The prefixes news writes ("kilovolts", "milliamps"): pint's others make words of names ("hat" would
# be a hecto-"at", "Tim" a tebi-metre).
NEWS_PREFIXES = frozenset({"", "kilo", "mega", "giga", "tera", "peta", "exa", "hecto", "milli", "micro", "nano",
                           "centi"})
# pint units that count nothing physical but are worth reading: data sizes and parts per million
_DIMENSIONLESS_KEPT = frozenset({"byte", "bit", "ppm", "ppb"})


def unit_named_after(sentence: str, end: int, not_units: frozenset, *, capitalised_nouns: bool = False,
                     powers: dict | None = None, function_words: frozenset = frozenset()) -> tuple[str, int] | None:
    """The pint unit a text names right after a number, by any of pint's names, plurals or prefixes
    ("400 kilovolts", "950 millibars", "35 psi", "0.3 astronomical units"), and where that name ends;
    None for a word pint does not know or that names no physical unit here (`not_units`: "points"),
    or a capitalised one where only names are (`capitalised_nouns`: German writes "380 Kilovolt"). A
    word of `powers` raises the length after it: "1.3 cubic kilometres" is km**3."""
    match = _UNIT_WORDS.match(sentence, end)
    if match is None:
        return None
    words = list(_WORD.finditer(sentence, match.start(1), match.end(1)))
    first = folded(words[0].group(0))
    if first in function_words:
        return None  # "5 of", "12 in the": most numbers are followed by one, and no unit opens with one
    power = (powers or {}).get(first)
    if power and len(words) > 1:
        length = unit_named_after(sentence, words[0].end(), not_units, capitalised_nouns=capitalised_nouns)
        if length is not None and _is_length(length[0]):
            return f"{length[0]}**{power}", length[1]
    for count in range(len(words), 0, -1):
        phrase = sentence[words[0].start():words[count - 1].end()]
        if phrase.istitle() and not capitalised_nouns and len(phrase) > 3:
            continue  # "1 Aberdeen": a name; German writes "380 Kilovolt"
        unit = pint_unit_named(phrase, not_units)
        if unit is not None:
            return unit, words[count - 1].end()
    return None


@lru_cache(maxsize=8192)
def pint_unit_named(phrase: str, not_units: frozenset) -> str | None:
    """ "kilovolts" → "kilovolt", "Millibar" → "millibar", "micrometres" → "micrometer", "mAh" →
    "milliampere_hour"; None if pint knows no such unit, or it is dimensionless (but a data size), or
    one of `not_units`. A name is read whole, a symbol only as pint writes it: "aus" is no plural of
    "au", "Pins" no peta-inch."""
    from factcheck.units import REGISTRY

    if len(phrase) < 3 or phrase.casefold() in not_units:
        return None
    key = re.sub(r"[ -]", "_", phrase).replace("metre", "meter").replace("litre", "liter")
    for candidate in dict.fromkeys((key, key.lower())):
        try:
            parsed = REGISTRY.parse_unit_name(candidate, case_sensitive=True)
        except Exception:  # noqa: BLE001 - pint raises several kinds for names it cannot read
            continue
        for prefix, name, suffix in parsed:
            unit = prefix + name
            # "bar" names a pub, "millibar" only a pressure: the words that are no units are so unprefixed
            if prefix not in NEWS_PREFIXES or (not prefix and name.casefold() in not_units) or \
                    not _physical(REGISTRY, name):
                continue
            if _as_symbol(REGISTRY, candidate, key, prefix, unit) or _spelled_out(REGISTRY, candidate, prefix, name,
                                                                                  suffix):
                return unit
    return None


def _as_symbol(registry, candidate: str, written: str, prefix: str, unit: str) -> bool:
    """ "psi", "rpm", "kWh", "mAh": pint's symbol as written; a prefixed one shows a capital ("neu" is
    no nano-"eu")."""
    return candidate == written == registry.get_symbol(unit) and (not prefix or not written.islower())


def _spelled_out(registry, written: str, prefix: str, name: str, suffix: str) -> bool:
    """ "kilovolts": the prefix and the unit's name or an alias written out in full, then the plural;
    an alias of three letters or fewer only in its own case ("BTU", but "MPs" is no "mps")."""
    stem = written[:len(written) - len(suffix)] if suffix else written
    if not stem.lower().startswith(prefix):
        return False
    definition = registry._units.get(name)  # noqa: SLF001 - pint keeps a unit's aliases only here
    aliases = getattr(definition, "aliases", ())
    spellings = {spelling.lower() for spelling in (name, *aliases) if len(spelling) >= 4 or spelling == name}
    bare = stem[len(prefix):]
    forms = (bare, bare.removesuffix("s"), bare.removesuffix("es"))
    return any(form.lower() in spellings for form in forms) or any(form in aliases for form in forms)


def _is_length(unit: str) -> bool:
    from factcheck.units import REGISTRY

    return str(REGISTRY.get_dimensionality(unit)) == "[length]"


def _physical(registry, name: str) -> bool:
    dimensions = str(registry.get_dimensionality(name))
    if dimensions == "dimensionless":
        return name in _DIMENSIONLESS_KEPT
    return not any(own in dimensions for own in ("currency", "[item]", "[ratio]", "[rank]", "[score]",
                                                   "[percentage_point]"))


def stem_unit_after(sentence: str, end: int, lexicon) -> tuple[str, int] | None:
    """ "220 киловольт", "40 петабайт", "6,5 атмосферы": a unit named by the language's SI prefix, the
    stem of its name and a case ending (the lexicon's [unit_words]), as pint's unit."""
    pattern = _stem_pattern(lexicon)
    match = pattern.match(sentence, end) if pattern is not None else None
    if match is None:
        return None
    prefix = lexicon.unit_prefixes.get(folded(match.group("prefix")), "") if match.group("prefix") else ""
    return prefix + lexicon.unit_stems[folded(match.group("stem"))], match.end()


@lru_cache(maxsize=None)
def _stem_pattern(lexicon) -> re.Pattern | None:
    if not lexicon.unit_stems:
        return None
    prefixes = alternation(lexicon.unit_prefixes, word=False)
    stems = alternation(lexicon.unit_stems, word=False)
    return re.compile(rf"[ \u00a0-]?(?P<prefix>{prefixes})?(?P<stem>{stems})[^\W\d_]{{0,4}}(?![\w])", re.IGNORECASE)
