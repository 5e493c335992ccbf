"""Run our extractor over other projects' test suites in ../shared/peer-suites and print pass rates per file.

    python -m bench peer_suites [--show]      # --show lists every failing case

Only the case types we claim to support are counted; the others are tallied by type, with the reason we
do not count them (see UNCLAIMED). Inputs are sentence fragments ("192.", "one hundred"), not documents,
so they go straight to the mention finder (after dates are set aside), not through page segmentation.

Claimed: numbers in digits (grouping, decimals, scale words and suffixes such as "1.5k", "3 Mio."),
spelled-out cardinals made of our lexicon's words, percentages, amounts of money in the currencies we
convert, measurements and temperatures in any unit pint defines (their unit compared by pint, so "km" is
"Kilometer"), and ranges and bounds ("between 20 and 30", "more than 10", "up to 5").
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

from factcheck.extract.lexicon import load_lexicon
from factcheck.extract.mentions import find_mentions, mention_patterns
from factcheck.extract.time import time_patterns

PEERS = Path(__file__).resolve().parent.parent.parent / "shared" / "peer-suites"

UNCLAIMED = {
    "ordinal": "an ordinal names a position, not an amount (ranks are read only next to 'ranked', 'Platz', 'место')",
    "ordinal.relative": "'the last one', 'next': positions relative to others, no amount at all",
    "age": "'aged 5' describes a person, it is never a checkable figure, so ages are set aside on purpose",
    "temperature": "a temperature in degrees of no stated scale ('30 degrees'): read as degrees, as no scale is given",
    "fraction": "'1/2', 'three halves', 'zwei drittel' as bare numbers: we read shares only as 'half of', "
                "'a third of' (fractions of a whole), and a slash marks scores or dates",
    "power": "scientific notation ('1e10', '10^3') does not occur in news figures",
    "unit": "a unit pint does not define (a 'turn', 'count per week', 'inverse femtobarn') or a currency",
    "currency": "a currency we do not convert (Finnish markka, bitcoin, ...)",
    "words": "spelled-out numbers beyond our word lists (German compounds such as 'dreihundertfünfzig', "
             "'a dozen', negative words): news writes such figures in digits",
}

CURRENCIES = {"dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR",
              "pound": "GBP", "british pound": "GBP", "pound sterling": "GBP", "yuan": "CNY", "chinese yuan": "CNY",
              "ruble": "RUB", "russian ruble": "RUB", "tenge": "KZT", "kazakhstani tenge": "KZT"}
UNITS = {"kilometer": "km", "kilometre": "km", "meter": "m", "metre": "m", "kilogram": "kg", "ton": "t",
         "tonne": "t", "metric ton": "t", "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB",
         "megabit per second": "Mbps", "square meter": "m**2", "square metre": "m**2", "square kilometer": "km**2",
         "square kilometre": "km**2", "hour": "hour", "day": "day", "week": "week", "month": "month",
         "year": "year", "megawatt": "MW", "gigawatt": "GW", "dimensionless": "dimensionless",
         "percentage": "percent"}
_DIGITS = re.compile(r"^[+-]?\$?\d[\d,.\s\u00a0]*(?:\s?[A-Za-zäöü.]+)?$")
_FRACTION = re.compile(r"\d\s*/\s*\d|\bhal(?:f|ves|b\w*)\b|\bdrittel|\bviertel|\bquarters?\b|\bthirds?\b|\bfifths?\b",
                       re.IGNORECASE)
_ORDINAL_WORDS = re.compile(r"\b(?:\w+(?:th|first|second|third)|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
_POWER = re.compile(r"\d[eE][+-]?\d|\^|\bpower\b", re.IGNORECASE)


def number_words(language: str) -> set[str]:
    lexicon = load_lexicon(language)
    return {w.casefold() for w in [*lexicon.number_ones, *lexicon.number_tens, *lexicon.number_scales,
                                   *lexicon.scale_words, *lexicon.number_joiners, "a"]}


def claimed_number(text: str, language: str) -> str | None:
    """None when we claim the numeral, else the class of numerals it belongs to."""
    if _POWER.search(text):
        return "power"
    if _FRACTION.search(text):
        return "fraction"
    if _DIGITS.match(text.strip()):
        return None
    tokens = [t for t in re.split(r"[\s-]+", text.casefold()) if t]
    return None if tokens and all(t in number_words(language) for t in tokens) else "words"


def found_mentions(text: str, language: str):
    lexicon = load_lexicon(language)
    blocked = [(t.start, t.end) for t in time_patterns(lexicon).find(text, context_year=None, published=None)]
    return find_mentions(text, mention_patterns(lexicon), blocked)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except (AttributeError, TypeError, ValueError):
        return None  # "null", "1/3": a resolution we cannot compare with


def _bounds(mention) -> tuple[float | None, float | None]:
    """The stated ends of a mention: "more than 10" is (10, None), "20 to 30" is (20, 30)."""
    if mention.qualifier == "lower":
        return mention.value, None
    if mention.qualifier == "upper":
        return None, mention.value
    if mention.qualifier == "range":
        return mention.value, mention.high - mention.half_unit
    return mention.value, mention.value


def expectation(result: dict, language: str) -> tuple[str | None, object]:
    """(unclaimed class or None, what to look for) for one Recognizers result."""
    kind, resolution, text = result["TypeName"], result.get("Resolution") or {}, result["Text"]
    if kind in {"ordinal", "ordinal.relative", "age"}:
        return kind, None
    if kind == "number":
        value = _number(resolution.get("value"))
        return (claimed_number(text, language) if value is not None else "words"), ("number", value)
    if kind == "percentage":
        unclaimed = claimed_number(re.sub(r"%|percent|per cent|prozent", "", text, flags=re.IGNORECASE), language)
        value = _number(str(resolution.get("value")).rstrip("%"))
        return (unclaimed if value is not None else "words"), ("percent", value)
    if kind == "currency":
        code = CURRENCIES.get(str(resolution.get("unit", "")).casefold())
        value = _number(resolution.get("value"))
        return ("currency", None) if code is None or value is None else (None, ("money", code, value))
    if kind in {"dimension", "temperature"}:
        unit = _unit_of(str(resolution.get("unit", "")), temperature=kind == "temperature")
        value = _number(resolution.get("value"))
        if kind == "temperature" and unit == "degree":
            return "temperature", None
        return ("unit", None) if unit is None or value is None else (None, ("unit", unit, value))
    if kind == "numberrange" and _ORDINAL_WORDS.search(text):
        return "ordinal", None
    if kind == "numberrange":
        match = re.fullmatch(r"[\[(]\s*([-\d.,]*)\s*,\s*([-\d.,]*)\s*[\])]", resolution.get("value", ""))
        if match is None:
            return "words", None
        low, high = (_number(x) if x else None for x in match.groups())
        return None, ("range", low, high)
    return kind, None


_TEMPERATURES = {"c": "degree_Celsius", "f": "degree_Fahrenheit", "k": "kelvin", "degree": "degree"}


def _unit_of(name: str, *, temperature: bool = False) -> str | None:
    """Our name or pint's for a unit the suites name ("Kilometer per hour", "square kilometre",
    "degree Celsius"); None for one pint does not define."""
    from factcheck.errors import ConversionError
    from factcheck.units import unit

    folded = name.casefold()
    if folded in UNITS or (temperature and folded in _TEMPERATURES):
        return UNITS.get(folded) or _TEMPERATURES[folded]
    spelled = "_".join(folded.replace("metre", "meter").replace("litre", "liter").split())
    for candidate in (spelled, spelled.replace("celsius", "Celsius").replace("fahrenheit", "Fahrenheit")):
        try:
            unit(candidate)
        except ConversionError:
            continue
        return candidate
    return None


def _same_unit(ours: str, theirs: str) -> bool:
    """The same unit, however named: "m/second" is "meter_per_second", "foot**3" is "cubic_foot"."""
    from factcheck.errors import ConversionError
    from factcheck.units import base_factor, is_currency

    if ours == theirs:
        return True
    if is_currency(ours) or is_currency(theirs):
        return False
    try:
        (ours_factor, ours_base), (theirs_factor, theirs_base) = base_factor(ours), base_factor(theirs)
    except ConversionError:
        return False
    return ours_base == theirs_base and math.isclose(ours_factor, theirs_factor, rel_tol=1e-9)


def satisfied(expected: tuple, mentions) -> bool:
    what = expected[0]
    for mention in mentions:
        if what == "number" and _same(mention.value, expected[1]):
            return True
        if what == "percent" and mention.unit == "percent" and _same(mention.value, expected[1]):
            return True
        if what in {"money", "unit"} and _same_unit(mention.unit, expected[1]) and _same(mention.value, expected[2]):
            return True
        if what == "range":
            low, high = _bounds(mention)
            if _same(low, expected[1]) and _same(high, expected[2]):
                return True
    return False


def _of_interest(mention, path: Path) -> bool:
    """What a model's empty result rules out: the percent model says nothing about plain counts."""
    model = path.stem
    if model.startswith("Ordinal"):
        return mention.kind == "rank"
    if model.startswith("Percent"):
        return mention.unit == "percent"
    if model.startswith("NumberRange"):
        return mention.qualifier in {"lower", "upper", "range"}
    if model.startswith("Currency"):
        return mention.kind == "money"
    if model.startswith("Dimension"):
        return mention.kind == "measurement"
    if model.startswith("Temperature"):
        return mention.kind == "measurement"
    if model.startswith("Age"):
        return False  # ages are set aside
    return True


def score_recognizers(path: Path, language: str):
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    counted = passed = 0
    unclaimed: Counter = Counter()
    failures = []
    for case in cases:
        results = case.get("Results", [])
        expectations = []
        classes = set()
        for result in results:
            unclaimed_class, expected = expectation(result, language)
            if unclaimed_class:
                classes.add(unclaimed_class)
            elif expected is not None:
                expectations.append(expected)
        if classes and not expectations:
            unclaimed.update(classes)
            continue
        mentions = found_mentions(case["Input"], language)
        ok = all(satisfied(e, mentions) for e in expectations) if results else not [
            m for m in mentions if _of_interest(m, path)]
        counted += 1
        passed += ok
        if not ok:
            failures.append((case["Input"], [r["Text"] for r in results],
                             [case["Input"][m.start:m.end] for m in mentions]))
    return counted, passed, unclaimed, failures


def score_quantulum(path: Path):
    cases = json.loads(path.read_text(encoding="utf-8"))
    counted = passed = 0
    unclaimed: Counter = Counter()
    failures = []
    for case in cases:
        expectations = []
        for quantity in case["res"]:
            unit = CURRENCIES.get(quantity["unit"]) or _unit_of(quantity["unit"])
            if unit is None:
                unclaimed["unit"] += 1
                continue
            if unit == "dimensionless":
                unclaimed_class = claimed_number(quantity["surface"], "en")
                if unclaimed_class:
                    unclaimed[unclaimed_class] += 1
                    continue
                expectations.append(("number", float(quantity["value"])))
            elif unit == "percent":
                expectations.append(("percent", float(quantity["value"])))
            else:
                expectations.append(("unit", unit, float(quantity["value"])))
        if not expectations:
            continue
        mentions = found_mentions(case["req"], "en")
        ok = all(satisfied(e, mentions) for e in expectations)
        counted += 1
        passed += ok
        if not ok:
            failures.append((case["req"], [q["surface"] for q in case["res"]],
                             [case["req"][m.start:m.end] for m in mentions]))
    return counted, passed, unclaimed, failures


def suites() -> list[tuple[str, Path, str]]:
    found = []
    for language, folder in (("en", "English"), ("de", "German")):
        for path in sorted(PEERS.glob(f"recognizers/*/{folder}/*.json")):
            found.append((language, path, "recognizers"))
    quantulum = PEERS / "quantulum3" / "quantities.json"
    if quantulum.is_file():
        found.append(("en", quantulum, "quantulum"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the failing cases")
    args = parser.parse_args(argv)
    if not PEERS.is_dir():
        print(f"peer suites not found at {PEERS}; nothing to run")
        return 0
    total_counted = total_passed = 0
    all_unclaimed: Counter = Counter()
    print(f"{'file':62}{'counted':>8}{'passed':>8}{'rate':>7}   not counted")
    for language, path, kind in suites():
        if kind == "recognizers":
            counted, passed, unclaimed, failures = score_recognizers(path, language)
        else:
            counted, passed, unclaimed, failures = score_quantulum(path)
        total_counted, total_passed = total_counted + counted, total_passed + passed
        all_unclaimed.update(unclaimed)
        rate = f"{passed / counted:.2f}" if counted else "  -"
        skipped = ", ".join(f"{name} {count}" for name, count in sorted(unclaimed.items()))
        print(f"{str(path.relative_to(PEERS)):62}{counted:>8}{passed:>8}{rate:>7}   {skipped}")
        if args.show:
            for text, expected, found in failures:
                print(f"    FAIL {text!r}\n         expected {expected}  found {found}")
    rate = total_passed / total_counted if total_counted else 0.0
    print(f"{'all files':62}{total_counted:>8}{total_passed:>8}{rate:>7.2f}")
    print("\nnot counted (not claims by our definition, or types we do not claim):")
    for name, count in sorted(all_unclaimed.items()):
        print(f"  {name:18}{count:>5}  {UNCLAIMED.get(name, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
