"""One error base class with structured fields, so that every failure reads the same way."""

from __future__ import annotations


def format_location(path: str | None, line: int | None = None, column: int | None = None) -> str:
    """`path:line:column`, leaving out what is not known."""
    parts = [path or "<input>"]
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    return ":".join(parts)


class FactcheckError(Exception):
    """An input or usage problem, reported as `path:line:column: message` on one line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None, expected: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.expected = expected

    def location(self) -> str:
        return format_location(self.path, self.line, self.column)

    def __str__(self) -> str:
        text = f"{self.location()}: {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        return text

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column,
                "message": self.message, "expected": self.expected}


class InputError(FactcheckError):
    """A document that cannot be read or understood."""


class RuleError(FactcheckError):
    """A rule file that cannot be loaded, or a rule that broke while running."""


class ConversionError(FactcheckError):
    """A unit or currency conversion that cannot be made (unknown unit, no rate for the date)."""
