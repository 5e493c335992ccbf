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


class processing:  # noqa: N801 - used as `with processing(path):`, reads like a clause
    """Tag an unexpected exception with the file being processed, so a last-resort handler can name it."""

    def __init__(self, path: str | None):
        self.path = path

    def __enter__(self) -> "processing":
        return self

    def __exit__(self, kind, error, traceback) -> bool:
        if error is not None and not isinstance(error, FactcheckError) and not hasattr(error, "factcheck_path"):
            try:
                error.factcheck_path = self.path
            except AttributeError:  # a few built-in exceptions take no attributes
                pass
        return False


def error_summary(error: BaseException) -> str:
    """`ValueError: the first line of its message`, at most 200 characters of it: one line for a report."""
    detail = (str(error).strip().splitlines() or [""])[0][:200]
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def internal_error_line(error: BaseException) -> str:
    """One line for an error that is our bug, not the user's input: what, where, and what to do."""
    where = getattr(error, "factcheck_path", None)
    what = error_summary(error)
    place = f" while checking {where}" if where else ""
    return (f"internal error{place}: {what}. This is a bug in factcheck, please report it with the input file "
            f"(run with --debug or FACTCHECK_DEBUG=1 to see the traceback)")
