"""Editors silence a finding they have judged, and say why: a suppressions file or a marker in the article.

Suppressions file (YAML), one entry per finding::

    - fingerprint: 3fa9c1d2e4b5
      reason: the regional figure is part of the national one; confirmed with the desk

Inline, anywhere in a Markdown or text article (the finding must involve that article)::

    <!-- factcheck: ignore 3fa9c1d2e4b5 the regional figure is part of the national one -->

A suppressed finding leaves the findings list (and the exit code) but is listed with its reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import attrs
import yaml

from factcheck.errors import InputError
from factcheck.model import Document

_MARKER = re.compile(r"<!--[ \t]{0,20}factcheck:[ \t]{0,20}ignore[ \t]{1,20}([0-9a-fA-F]{6,64})\b([^\n<>]{0,500})-->")


@attrs.frozen
class Suppression:
    fingerprint: str
    reason: str
    origin: str  # "suppressions.yml:4" or "articles/a.md:12": where the editor wrote it
    document: str | None = None  # an inline marker applies only to findings involving its document

    def matches(self, fingerprint: str, documents: Iterable[str]) -> bool:
        if not fingerprint.startswith(self.fingerprint.lower()):
            return False
        return self.document is None or self.document in documents

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "reason": self.reason, "origin": self.origin}


@attrs.frozen
class Marker:
    """An inline marker's suppression and the stretch of text it occupies (no claims are read from it)."""

    suppression: Suppression | None
    start: int
    end: int
    problem: str | None = None


def inline_markers(document: Document) -> list[Marker]:
    markers = []
    for match in _MARKER.finditer(document.text):
        line = document.text.count("\n", 0, match.start()) + 1
        origin = f"{document.path or document.id}:{line}"
        reason = " ".join(match.group(2).split())
        if not reason:
            markers.append(Marker(None, match.start(), match.end(),
                                  f"{origin}: factcheck ignore marker without a reason is not applied"))
            continue
        suppression = Suppression(match.group(1).lower(), reason, origin, document.id)
        markers.append(Marker(suppression, match.start(), match.end()))
    return markers


def load_suppressions(path: Path | str) -> tuple[Suppression, ...]:
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read suppressions: {error.strerror or error}", path=shown) from error
    try:
        entries = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(f"suppressions file is not valid YAML: {getattr(error, 'problem', None) or error}",
                         path=shown, line=mark.line + 1 if mark else None,
                         column=mark.column + 1 if mark else None) from error
    if entries is None:
        return ()
    if not isinstance(entries, yaml.SequenceNode):
        raise InputError("suppressions file must be a list of entries", path=shown, line=1, column=1,
                         expected="- fingerprint: ...\\n  reason: ...")
    return tuple(_suppression(node, shown) for node in entries.value)


def _suppression(node: yaml.Node, shown: str) -> Suppression:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    expected = "fingerprint: <id from the report> and reason: <why>"
    if not isinstance(node, yaml.MappingNode):
        raise InputError("suppression entry must be a mapping", path=shown, line=line, column=column,
                         expected=expected)
    fields = {key.value: value.value for key, value in node.value
              if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)}
    fingerprint = str(fields.get("fingerprint", "")).strip().lower()
    reason = " ".join(str(fields.get("reason", "")).split())
    if not re.fullmatch(r"[0-9a-f]{6,64}", fingerprint):
        raise InputError("suppression entry needs the finding's fingerprint (6 or more hex digits)", path=shown,
                         line=line, column=column, expected=expected)
    if not reason:
        raise InputError(f"suppression of {fingerprint} gives no reason", path=shown, line=line, column=column,
                         expected=expected)
    return Suppression(fingerprint, reason, f"{shown}:{line}")
