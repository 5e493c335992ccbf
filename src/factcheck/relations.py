"""Relations stated as sympy objects, compiled once, evaluated on plain numbers, shown with numbers in.

A rule writes `Relation(earlier <= later)` with sympy symbols. `check(earlier=447, later=256)`
evaluates the lambdified sides (fast, plain floats) and renders "447 ≤ 256 ✗" for the evidence.
No string is ever parsed into an expression.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Callable, Mapping

import attrs
import sympy
from sympy.printing.str import StrPrinter

RELATIVE_SLACK = 1e-9
_OPERATORS = {
    sympy.LessThan: ("≤", lambda a, b, s: a <= b + s),
    # Strict: beyond the float noise ("2.5 < 2.5" fails however the numbers were computed).
    sympy.StrictLessThan: ("<", lambda a, b, s: a < b - s),
    sympy.GreaterThan: ("≥", lambda a, b, s: a + s >= b),
    sympy.StrictGreaterThan: (">", lambda a, b, s: a - s > b),
}


def format_number(value: float) -> str:
    """12500000 → "12.5 M", 1731 → "1,731", 0.625 → "0.625": short and unambiguous."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    magnitude = abs(value)
    for size, suffix in ((1e12, " T"), (1e9, " bn"), (1e6, " M")):
        if magnitude >= size:
            return f"{value / size:,.4g}{suffix}"
    if magnitude >= 1000:
        return f"{value:,.1f}".removesuffix(".0")
    return f"{value:.4g}"


class _Placeholders(StrPrinter):
    """Prints each symbol as a slot to fill with its number: sympy orders terms by the expression, not
    by the values printed, so one printed template serves every check of a relation."""

    def _print_Symbol(self, expr):  # noqa: N802 - sympy's printer protocol
        return f"\x00{expr.name}\x01"


_SLOT = re.compile("\x00([^\x00\x01]*)\x01")


def _template(expression) -> Callable[[Mapping[str, float]], str]:
    text = _Placeholders().doprint(expression)
    return lambda values: _SLOT.sub(lambda slot: format_number(values[slot.group(1)]), text)


@attrs.frozen
class Verdict:
    holds: bool
    # Rendering costs ~100x the check and most verdicts hold, so the text is made when first read.
    _render: Callable[[], str] = attrs.field(eq=False, repr=False)
    lhs: float
    rhs: float
    # False when the numbers leave a side without a value (a division by zero, infinity minus
    # infinity, the floor of an unbounded end): such a relation holds vacuously, it proves nothing.
    defined: bool = True

    @property
    def text(self) -> str:
        return self._render()


class Relation:
    """`lhs op rhs` over named symbols; check it on numbers and show it with the numbers in."""

    def __init__(self, relation: sympy.core.relational.Relational):
        if type(relation) not in _OPERATORS:
            raise TypeError(f"unsupported relation {relation!r}: use <, <=, > or >=")
        self.relation = relation
        self.symbols = tuple(sorted(relation.free_symbols, key=lambda s: s.name))
        self._names = tuple(s.name for s in self.symbols)
        self._lhs = sympy.lambdify(self.symbols, relation.lhs, "math")
        self._rhs = sympy.lambdify(self.symbols, relation.rhs, "math")
        self._symbol, self._compare = _OPERATORS[type(relation)]
        self._left_text, self._right_text = _template(relation.lhs), _template(relation.rhs)

    def check(self, **values: float) -> Verdict:
        """Evaluate on numbers; values for symbols the relation does not use are ignored."""
        missing = set(self._names) - set(values)
        if missing:
            raise TypeError(f"relation needs values for {sorted(missing)}")
        arguments = [values[name] for name in self._names]
        try:
            lhs, rhs = float(self._lhs(*arguments)), float(self._rhs(*arguments))
        except (ZeroDivisionError, OverflowError, ValueError):
            lhs = rhs = math.nan
        if math.isnan(lhs) or math.isnan(rhs):
            return Verdict(True, functools.partial(self.render, values, lhs, rhs, None), lhs, rhs, defined=False)
        slack = RELATIVE_SLACK * max(1.0, abs(lhs), abs(rhs))
        holds = bool(self._compare(lhs, rhs, slack))
        return Verdict(holds, functools.partial(self.render, values, lhs, rhs, holds), lhs, rhs)

    def render(self, values: Mapping[str, float], lhs: float, rhs: float, holds: bool | None) -> str:
        left, right = self._left_text(values), self._right_text(values)
        if not self.relation.lhs.is_Symbol and not self.relation.lhs.is_Number:
            left = f"{left} = {format_number(lhs)}"
        if not self.relation.rhs.is_Symbol and not self.relation.rhs.is_Number:
            right = f"{right} = {format_number(rhs)}"
        mark = "(undefined: proves nothing)" if holds is None else "✓" if holds else "✗"
        return f"{left} {self._symbol} {right} {mark}"
