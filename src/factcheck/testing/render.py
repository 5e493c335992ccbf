"""Numbers written the ways news texts write them, per language, each way stating the same interval.

An `Amount` is a number slot in a generated text: its value, the digits it is written with and
what it is (a count, a percentage, money, a measurement). A `Renderer` writes it in one of
several *styles*; every style of one amount must extract to the same interval, which is what lets
the restatement law ("other units or scale words change no verdict") compare verdicts exactly.
Register a renderer for a language with `register_renderer` once its extraction exists.
"""

from __future__ import annotations

import math
from typing import Protocol

import attrs

KINDS = ("count", "percent", "points", "money", "measurement", "multiple", "plain")


@attrs.frozen
class Amount:
    """A number slot: `value` as the document means it, written with `decimals` digits after the point.

    `scale` is the scale word the plain style uses (1e6 → "3.25 million"); `unit` is a currency
    code for money or a unit name for measurements ("Mbps", "km").
    """

    value: float
    kind: str = attrs.field(default="count", validator=attrs.validators.in_(KINDS))
    decimals: int = 0
    scale: float = 1.0
    unit: str | None = None


class Renderer(Protocol):
    language: str

    def styles(self, amount: Amount) -> int: ...

    def render(self, amount: Amount, style: int) -> str: ...


_SCALE_WORDS = {1e3: ("thousand",), 1e6: ("million", "mln", "M"), 1e9: ("billion", "bn", "B")}
_CURRENCY = {"USD": ("$", None, " dollars"), "KZT": ("₸", None, " tenge"), "EUR": ("€", None, " euros"),
             "RUB": ("₽", None, " roubles"), "KGS": (None, None, " soms")}
_MEASURES = {"Mbps": (("Mbps", 1.0), ("Mbit/s", 1.0), ("Gbps", 1e-3)), "km": (("km", 1.0), ("kilometres", 1.0)),
             "GW": (("GW", 1.0),), "hour": (("hours", 1.0),)}


def _digits(number: float, decimals: int) -> str:
    return f"{number:,.{max(decimals, 0)}f}"


@attrs.frozen
class EnglishRenderer:
    language: str = "en"

    def styles(self, amount: Amount) -> int:
        return len(self._variants(amount))

    def render(self, amount: Amount, style: int) -> str:
        variants = self._variants(amount)
        return variants[style % len(variants)]

    def _variants(self, amount: Amount) -> list[str]:
        return {
            "count": self._count, "percent": self._percent, "points": self._points, "money": self._money,
            "measurement": self._measurement, "multiple": self._multiple, "plain": self._plain,
        }[amount.kind](amount)

    def _scaled(self, amount: Amount) -> list[str]:
        """ "3.25 million", "3.25 mln", "3.25M", and one scale up with the digits kept ("3,250 thousand" is not)."""
        if amount.scale == 1.0:
            written = [_digits(amount.value, amount.decimals)]
            if amount.value >= 1000 and amount.decimals == 0:
                written.append(f"{amount.value / 1e3:.3f} thousand")  # 1,500 ± 0.5 is 1.500 thousand ± 0.0005
            return written
        mantissa = _digits(amount.value / amount.scale, amount.decimals)
        words = _SCALE_WORDS[amount.scale]
        return [f"{mantissa} {word}" if len(word) > 1 else f"{mantissa}{word}" for word in words]

    def _count(self, amount: Amount) -> list[str]:
        return self._scaled(amount)

    def _plain(self, amount: Amount) -> list[str]:
        return [_digits(amount.value, amount.decimals)]

    def _percent(self, amount: Amount) -> list[str]:
        number = _digits(amount.value, amount.decimals)
        return [f"{number}%", f"{number} percent", f"{number} per cent"]

    def _points(self, amount: Amount) -> list[str]:
        number = _digits(amount.value, amount.decimals)
        return [f"{number} percentage points", f"{number} pp"]

    def _multiple(self, amount: Amount) -> list[str]:
        words = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold", 10: "tenfold"}
        word = words.get(int(amount.value))
        return [word, f"{int(amount.value)}-fold"] if word else [f"{int(amount.value)}-fold"]

    def _money(self, amount: Amount) -> list[str]:
        symbol, prefixed, name = _CURRENCY[amount.unit]
        written = []
        for number in self._scaled(amount):
            written.append(f"{number}{name}")
            if symbol:
                written.append(f"{symbol}{number}")
            if prefixed:
                written.append(f"{prefixed}{number}")
        return written

    def _measurement(self, amount: Amount) -> list[str]:
        written = []
        for name, factor in _MEASURES[amount.unit]:
            shift = round(-math.log10(factor)) if factor != 1.0 else 0
            written.append(f"{_digits(amount.value * factor, amount.decimals + shift)} {name}")
        return written


RENDERERS: dict[str, Renderer] = {"en": EnglishRenderer()}


def register_renderer(renderer: Renderer) -> None:
    """Make a language available to the generated documents (its extraction must exist)."""
    RENDERERS[renderer.language] = renderer


def renderer(language: str) -> Renderer:
    return RENDERERS[language]


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 11th, 22nd: English ordinals for generated ranks."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"
