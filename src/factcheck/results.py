"""What a run produces: the report and its parts (problems, coverage, suppressed findings), and the
records extraction hands the rule stage. Report modules and engines import them from here, not from
the engine that makes them.
"""

from __future__ import annotations

import functools
import json
from typing import Mapping

import attrs

from factcheck.copies import CopiedSentences
from factcheck.errors import error_summary, format_location
from factcheck.fingerprint import BaselineFinding
from factcheck.model import Claim, Document, Finding
from factcheck.suppress import Suppression

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@attrs.frozen
class Problem:
    """A file that could not be checked, or was skipped, with the reason."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    skipped: bool = False
    internal: bool = False  # our bug, not the input's: the run went on without what it broke

    def __str__(self) -> str:
        return f"{format_location(self.path, self.line, self.column)}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message,
                "skipped": self.skipped, "internal": self.internal}


def internal_problem(stage: str, error: BaseException, path: str, line: int | None = None,
                     column: int | None = None) -> Problem:
    """`path:line:column: internal error in <stage>: ValueError: ...`: what a bug cost, on one line."""
    return Problem(path, f"internal error in {stage}: {error_summary(error)}{REPORT_IT}", line, column,
                   internal=True)


REPORT_IT = " (a bug, not a fault of the input: please report it with this file; --debug shows the traceback)"


@attrs.frozen
class Coverage:
    """How much of a document the rules could look at: silence must not look like a clean bill of health."""

    document: str
    extracted: int
    checked: int

    @property
    def unverifiable(self) -> int:
        return self.extracted - self.checked

    def to_dict(self) -> dict:
        return {"document": self.document, "extracted": self.extracted, "checked": self.checked,
                "unverifiable": self.unverifiable}


@attrs.frozen
class SuppressedFinding:
    finding: Finding
    fingerprint: str
    suppression: Suppression

    def to_dict(self) -> dict:
        return {**self.finding.to_dict(), "fingerprint": self.fingerprint, "suppressed": self.suppression.to_dict()}


@attrs.frozen
class Report:
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    fingerprints: Mapping[str, str] = attrs.field(factory=dict)  # finding id → fingerprint
    suppressed: tuple[SuppressedFinding, ...] = ()
    checked_by: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)  # claim id → rules that examined it
    rule_titles: Mapping[str, str] = attrs.field(factory=dict)  # rule id → what it checks, in plain words
    archived: frozenset[str] = frozenset()  # ids of documents that came from the ledger
    statuses: Mapping[str, str] = attrs.field(factory=dict)  # fingerprint → "new" | "unchanged" (with a baseline)
    fixed: tuple[BaselineFinding, ...] = ()
    checks: tuple = ()  # factcheck.model.Check: relations that held, for `run --verbose`
    copies: tuple[CopiedSentences, ...] = ()  # documents repeating sentences of others: one source, checked once

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id[claim_id]

    def document(self, document_id: str) -> Document:
        return self._documents_by_id[document_id]

    @functools.cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    @functools.cached_property
    def _documents_by_id(self) -> dict[str, Document]:
        return {document.id: document for document in self.documents}

    def fingerprint(self, finding: Finding) -> str:
        return self.fingerprints.get(finding.id, "")

    def status(self, finding: Finding) -> str | None:
        return self.statuses.get(self.fingerprint(finding))

    def title(self, rule_id: str) -> str:
        return self.rule_titles.get(rule_id, rule_id)

    def find(self, finding_id: str) -> Finding | SuppressedFinding:
        """A finding by its id in this run (f3) or by its fingerprint (or a prefix of it, 6 characters or more)."""
        wanted = finding_id.strip().lower()
        for finding in self.findings:
            if finding.id == wanted or (len(wanted) >= 6 and self.fingerprint(finding).startswith(wanted)):
                return finding
        for suppressed in self.suppressed:
            if suppressed.finding.id == wanted or (len(wanted) >= 6 and suppressed.fingerprint.startswith(wanted)):
                return suppressed
        raise KeyError(finding_id)

    def checked_documents(self) -> tuple[Document, ...]:
        return tuple(document for document in self.documents if document.id not in self.archived)

    def with_baseline(self, earlier: Mapping[str, BaselineFinding]) -> Report:
        """Mark each finding new or unchanged against an earlier run's, and list the earlier ones now gone."""
        current = set(self.fingerprints.values()) | {s.fingerprint for s in self.suppressed}
        statuses = {fingerprint: "unchanged" if fingerprint in earlier else "new"
                    for fingerprint in self.fingerprints.values()}
        fixed = tuple(sorted((f for fp, f in earlier.items() if fp not in current),
                             key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.rule, f.fingerprint)))
        return attrs.evolve(self, statuses=statuses, fixed=fixed)

    def to_dict(self) -> dict:
        from factcheck import __version__

        record = {
            "factcheck": __version__,
            "documents": [self._document_dict(document) for document in self.documents],
            "claims": [claim.to_dict() for claim in self.claims],
            "findings": [self._finding_dict(finding) for finding in self.findings],
            "problems": [problem.to_dict() for problem in self.problems],
            "coverage": [coverage.to_dict() for coverage in self.coverage],
            "suppressed": [suppressed.to_dict() for suppressed in self.suppressed],
            "copies": [copied.to_dict() for copied in self.copies],
        }
        if self.statuses or self.fixed:
            record["fixed"] = [finding.to_dict() for finding in self.fixed]
        return record

    def _document_dict(self, document: Document) -> dict:
        record = document.to_dict()
        if document.id in self.archived:
            record["archived"] = True
        return record

    def _finding_dict(self, finding: Finding) -> dict:
        record = {**finding.to_dict(), "fingerprint": self.fingerprint(finding), "title": self.title(finding.rule)}
        status = self.status(finding)
        if status:
            record["status"] = status
        return record

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@attrs.frozen
class Extraction:
    """What extraction gives the rule stage, for any number of documents (engines that extract in
    parallel build one and hand it to `Checker.assemble`)."""

    claims: tuple[Claim, ...]
    statements: tuple
    problems: tuple[Problem, ...]
    suppressions: tuple[Suppression, ...]


@attrs.frozen
class DocumentExtraction:
    """One document's share of an Extraction; `extracted` is False when its language was skipped."""

    claims: tuple[Claim, ...] = ()
    statements: tuple = ()
    problems: tuple[Problem, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    extracted: bool = False
    set_aside: tuple = ()  # extract.SetAside: the numbers read and set aside as no amount
