"""Findings that persist across runs: a stable fingerprint, and new / unchanged / fixed against a baseline.

A fingerprint names a finding by what it is about — the rule, the measure, the quoted numbers and
the documents they come from — never by character offsets, which shift whenever an article is
edited above the claim. Two claims that quote the same text in one document are told apart by
their order among such twins, which survives edits elsewhere in the article.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Mapping

import attrs

from factcheck.errors import InputError
from factcheck.model import Claim, Document, Finding

FINGERPRINT_LENGTH = 12


def document_identity(document: Document) -> str:
    """What names an article across runs: its URL, else its path (as given, `./` dropped), else its title."""
    if document.url:
        return document.url
    if document.path:
        return Path(document.path).as_posix().removeprefix("./")
    return document.title or document.source or "text"


def claim_ordinals(claims: Iterable[Claim]) -> dict[str, int]:
    """For each claim, its rank among claims of the same document quoting the same text with the same measure."""
    seen: dict[tuple, int] = defaultdict(int)
    ordinals = {}
    for claim in sorted(claims, key=lambda c: (c.document, c.span.start)):
        twin_key = (claim.document, _quoted(claim), claim.measure)
        ordinals[claim.id] = seen[twin_key]
        seen[twin_key] += 1
    return ordinals


def fingerprint(finding: Finding, claims: Mapping[str, Claim], documents: Mapping[str, Document],
                ordinals: Mapping[str, int], rule_id: str | None = None) -> str:
    """The finding's fingerprint; `rule_id` is the id the rule is fingerprinted by (its first, if renamed)."""
    parts = []
    for claim_id in finding.claims:
        claim = claims[claim_id]
        parts.append([document_identity(documents[claim.document]), _quoted(claim), claim.measure or "",
                      ordinals.get(claim_id, 0)])
    measures = sorted({claim.measure or "" for claim_id in finding.claims for claim in [claims[claim_id]]})
    payload = json.dumps([rule_id or finding.rule, measures, sorted(parts)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def _quoted(claim: Claim) -> str:
    return " ".join(claim.text.split())


@attrs.frozen
class BaselineFinding:
    """A finding of the earlier run that is gone now: enough to tell the editor what was fixed."""

    fingerprint: str
    rule: str
    severity: str
    message: str

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "rule": self.rule, "severity": self.severity,
                "message": self.message}


def load_baseline(path: Path | str) -> dict[str, BaselineFinding]:
    """The findings of an earlier JSON report (`factcheck run --format json`), by fingerprint."""
    shown = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read baseline: {error.strerror or error}", path=shown) from error
    except json.JSONDecodeError as error:
        raise InputError(f"baseline is not JSON: {error.msg}", path=shown, line=error.lineno,
                         column=error.colno) from error
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError("baseline is not a factcheck JSON report", path=shown, line=1, column=1,
                         expected='{"findings": [...]} from factcheck run --format json')
    earlier = {}
    for position, record in enumerate([*data["findings"], *data.get("suppressed", [])], start=1):
        if not isinstance(record, dict) or not record.get("fingerprint"):
            raise InputError(f"baseline finding {position} has no fingerprint (report from an older factcheck?)",
                             path=shown, expected="a report written by this version")
        earlier[record["fingerprint"]] = BaselineFinding(record["fingerprint"], str(record.get("rule", "")),
                                                         str(record.get("severity", "")),
                                                         str(record.get("message", "")))
    return earlier
