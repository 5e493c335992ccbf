"""A small, safe expression language for rules written as data.

    share_low * whole <= part_high + 1
    ceiling(share_low * whole) <= floor(share_high * whole)

Numbers (up to 10^15), names bound by the rule, + - * (and / by a number other than zero:
a bound name may be zero), parentheses, one comparison, and a few functions (min, max, abs,
floor, ceiling). A tokenizer and a precedence-climbing parser build sympy
objects directly: no text ever reaches eval, exec or sympify. Anything else (attribute access,
subscripts, calls to other functions, names the rule did not bind) is refused with the column
where it starts.
"""

from __future__ import annotations

import re
from typing import Iterable

import attrs
import sympy

FUNCTIONS = {"min": sympy.Min, "max": sympy.Max, "abs": sympy.Abs, "floor": sympy.floor, "ceiling": sympy.ceiling}
COMPARISONS = {"<=": sympy.Le, "<": sympy.Lt, ">=": sympy.Ge, ">": sympy.Gt}
# Binary operators and their precedence; all are left-associative.
BINARY = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b),
          "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b)}
_TOKEN = re.compile(r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<name>[A-Za-z][A-Za-z0-9_]*)|"
                    r"(?P<op><=|>=|<|>|[-+*/(),]))")
MAX_LENGTH = 500
MAX_NUMBER = 10**15  # floats keep every digit of an integer up to here


class ExpressionError(ValueError):
    """A refused expression: `column` is 1-based within the expression text."""

    def __init__(self, message: str, column: int):
        super().__init__(message)
        self.message = message
        self.column = column


@attrs.frozen
class Token:
    kind: str  # "number", "name", "op", "end"
    text: str
    column: int


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"expression is longer than {MAX_LENGTH} characters", 1)
    tokens, position = [], 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None:
            column = position + len(text[position:]) - len(text[position:].lstrip()) + 1
            raise ExpressionError(_refusal(text, column - 1), column)
        kind = match.lastgroup
        tokens.append(Token(kind, match.group(kind), match.start(kind) + 1))
        position = match.end()
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


def _refusal(text: str, index: int) -> str:
    character = text[index]
    if character == ".":
        return "attribute access ('.') is not allowed"
    if character == "_":
        return "names may not start with '_'"
    if character in "[]":
        return "subscripts ('[') are not allowed"
    if character in "=!" :
        return f"unexpected {text[index:index + 2]!r}: comparisons are <, <=, >, >="
    return f"unexpected character {character!r}"


class _Parser:
    def __init__(self, text: str, names: Iterable[str]):
        self.tokens = tokenize(text)
        self.index = 0
        self.symbols = {name: sympy.Symbol(name) for name in names}

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.current
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        if self.current.text != text:
            raise ExpressionError(f"expected {text!r}, found {self.current.text or 'the end'!r}", self.current.column)
        self.advance()

    def expression(self, min_precedence: int = 1):
        """Precedence climbing over BINARY: parse operands, fold operators of at least this precedence."""
        left = self.unary()
        while self.current.kind == "op" and self.current.text in BINARY:
            precedence, combine = BINARY[self.current.text]
            if precedence < min_precedence:
                break
            operator = self.advance()
            right_column = self.current.column
            right = self.expression(precedence + 1)
            if operator.text == "/":
                _check_divisor(right, right_column)
            left = combine(left, right)
        return left

    def unary(self):
        if self.current.text == "-":
            self.advance()
            return -self.unary()
        if self.current.text == "+":
            self.advance()
            return self.unary()
        return self.primary()

    def primary(self):
        token = self.advance()
        if token.kind == "number":
            whole, _, fraction = token.text.partition(".")
            number = sympy.Rational(int(whole + fraction), 10 ** len(fraction))
            if number > MAX_NUMBER:
                raise ExpressionError(f"number {token.text[:20]}{'...' if len(token.text) > 20 else ''} is larger "
                                      f"than {MAX_NUMBER:.0e}: the arithmetic is in floats and would overflow "
                                      "or lose its digits", token.column)
            return number
        if token.kind == "name":
            if self.current.text == "(":
                return self.call(token)
            if token.text not in self.symbols:
                known = ", ".join(sorted(self.symbols)) or "none"
                raise ExpressionError(f"unknown name {token.text!r} (the rule binds: {known})", token.column)
            return self.symbols[token.text]
        if token.text == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        raise ExpressionError(f"expected a number, a name or '(', found {token.text or 'the end'!r}", token.column)

    def call(self, name: Token):
        if name.text not in FUNCTIONS:
            raise ExpressionError(f"call to unknown function {name.text!r} (allowed: {', '.join(FUNCTIONS)})",
                                  name.column)
        self.expect("(")
        arguments = [self.expression()]
        while self.current.text == ",":
            self.advance()
            arguments.append(self.expression())
        self.expect(")")
        return FUNCTIONS[name.text](*arguments)

    def finish(self, result):
        if self.current.kind != "end":
            raise ExpressionError(f"unexpected {self.current.text!r}", self.current.column)
        return result


def _check_divisor(divisor, column: int) -> None:
    """Divide only by a number that is not zero: a bound name or a sum of them may be zero (a claim of
    "0 schools"), and the relation would then say nothing. Multiply the other side instead."""
    if divisor.free_symbols:
        raise ExpressionError("division by an expression of bound names, which may be zero: multiply the other "
                              "side by it instead", column)
    if divisor == 0:
        raise ExpressionError("division by zero", column)


def parse_expression(text: str, names: Iterable[str]) -> sympy.Expr:
    """An arithmetic expression over the given names, as a sympy expression."""
    parser = _Parser(text, names)
    return parser.finish(parser.expression())


def parse_relation(text: str, names: Iterable[str]) -> sympy.core.relational.Relational:
    """`lhs op rhs` with one comparison (<, <=, >, >=), as a sympy relation."""
    parser = _Parser(text, names)
    left = parser.expression()
    operator = parser.current
    if operator.text not in COMPARISONS:
        raise ExpressionError(f"a relation needs one comparison (<, <=, >, >=), found {operator.text or 'the end'!r}",
                              operator.column)
    parser.advance()
    right = parser.expression()
    return parser.finish(COMPARISONS[operator.text](left, right, evaluate=False))
