"""Where the bundled rules and corpus live: inside the wheel, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_path(name: str) -> Path:
    """`rules` or `claims`: the copy shipped in the wheel, else the one in the source tree."""
    shipped = _PACKAGE / "_bundled" / name
    if shipped.is_dir():
        return shipped
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"factcheck's bundled {name!r} folder is missing from this installation")


def rules_dir() -> Path:
    return bundled_path("rules")


def corpus_dir() -> Path:
    return bundled_path("claims") / "kazakhstan"


def reference_dir() -> Path:
    return bundled_path("claims") / "reference"
