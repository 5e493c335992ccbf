"""The pipeline: ingest → segment → extract → index → rulebook → Report.

`Checker` loads the rules and the rate table once and is safe to share between threads (it
holds no mutable state); `check_text` and `check_paths` are one-call conveniences around it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Iterable, Sequence

import attrs

from factcheck.bundled import corpus_dir, rules_dir
from factcheck.errors import FactcheckError, InputError, format_location, processing
from factcheck.extract import extract_document
from factcheck.extract.lexicon import available_languages
from factcheck.index import measure_series, statement_groups
from factcheck.ingest import discover, document_from_text, read_document
from factcheck.model import Claim, Document, Finding
from factcheck.rates import RateTable
from factcheck.rulebook import Rulebook, RuleContext, load_rules
from factcheck.segment import segment

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@attrs.frozen
class Problem:
    """A file that could not be checked, or was skipped, with the reason."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    skipped: bool = False

    def __str__(self) -> str:
        return f"{format_location(self.path, self.line, self.column)}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message,
                "skipped": self.skipped}


@attrs.frozen
class Report:
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()

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

    def worst_severity(self) -> str | None:
        if not self.findings:
            return None
        return min((f.severity for f in self.findings), key=SEVERITY_ORDER.__getitem__)

    def to_dict(self) -> dict:
        from factcheck import __version__

        return {
            "factcheck": __version__,
            "documents": [document.to_dict() for document in self.documents],
            "claims": [claim.to_dict() for claim in self.claims],
            "findings": [finding.to_dict() for finding in self.findings],
            "problems": [problem.to_dict() for problem in self.problems],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


class Checker:
    """Rules and rates loaded once; check as many texts or folders as you like."""

    def __init__(self, *, rules: Sequence[Path | str] | None = None, include_bundled_rules: bool = True,
                 rates: RateTable | None = None):
        folders = [rules_dir()] if include_bundled_rules else []
        folders.extend(Path(folder) for folder in rules or ())
        self.rulebook: Rulebook = load_rules(folders)
        self.rates = rates or RateTable.load()

    def check_text(self, text: str, *, published=None, language: str | None = None, source: str | None = None,
                   title: str | None = None, url: str | None = None) -> Report:
        document = document_from_text(text, doc_id="d1", published=published, language=language, source=source,
                                      title=title, url=url)
        return self.check_documents([document])

    def check_paths(self, paths: Iterable[Path | str] | None = None) -> Report:
        documents: list[Document] = []
        problems: list[Problem] = []
        for path, shown, note in discover(paths or [corpus_dir()]):
            if not paths:
                shown = _bundled_display(shown)
            if path is None:
                problems.append(Problem(shown, note or "skipped", skipped=True))
                continue
            try:
                documents.append(read_document(path, f"d{len(documents) + 1}", shown))
            except FactcheckError as error:
                problems.append(Problem(error.path or shown, error.message, error.line, error.column))
        report = self.check_documents(documents)
        return attrs.evolve(report, problems=(*problems, *report.problems))

    def check_documents(self, documents: Sequence[Document]) -> Report:
        claims: list[Claim] = []
        statements = []
        latest_dates = {}
        problems = []
        for document in documents:
            if document.language not in available_languages():
                problems.append(Problem(document.path or document.id, f"language {document.language!r} is not "
                                        f"supported yet ({', '.join(available_languages())}): no claims extracted",
                                        skipped=True))
                continue
            with processing(document.path or document.id):
                extraction = extract_document(document, segment(document))
            claims.extend(extraction.claims)
            statements.extend(extraction.statements)
            latest_dates[document.id] = extraction.latest_date
        by_id = {document.id: document for document in documents}
        groups = [*measure_series(claims), *statement_groups(by_id, claims, statements, latest_dates)]
        context = RuleContext(self.rates, by_id)
        findings = self.rulebook.run(groups, context)
        return Report(tuple(documents), tuple(claims), _numbered(findings, claims), tuple(problems))


def _bundled_display(shown: str) -> str:
    """Bundled articles are shown as claims/kazakhstan/NAME, wherever the package is installed."""
    return f"claims/kazakhstan/{Path(shown).relative_to(corpus_dir()).as_posix()}"


def _numbered(findings: list[Finding], claims: list[Claim]) -> tuple[Finding, ...]:
    """Stable order (severity, rule, position of first claim) and ids f1, f2, ... in that order."""
    order = {claim.id: index for index, claim in enumerate(claims)}
    unique = {(f.rule, f.claims): f for f in findings}
    ranked = sorted(unique.values(),
                    key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, [order.get(c, 0) for c in f.claims]))
    return tuple(attrs.evolve(f, id=f"f{index}") for index, f in enumerate(ranked, start=1))


_default_checker: Checker | None = None


def _checker() -> Checker:
    global _default_checker
    if _default_checker is None:
        _default_checker = Checker()
    return _default_checker


def check_text(text: str, *, published=None, language: str | None = None, source: str | None = None) -> Report:
    """Check one text (a string) with the bundled rules. Offsets in the report index into `text`."""
    return _checker().check_text(text, published=published, language=language, source=source)


def check_paths(paths: Iterable[Path | str]) -> Report:
    """Check files and folders (recursively) with the bundled rules."""
    return _checker().check_paths(paths)


__all__ = ["Checker", "InputError", "Problem", "Report", "check_paths", "check_text"]
