"""The stages every engine shares: one file to its claims, and claims to numbered findings.

A file's result carries the document without its text (kept only while extracting), so an
engine holds claims, not articles, however large the folder. The text of the few documents
a finding quotes is read again at the end, for the terminal report.
"""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from factcheck.bundled import corpus_dir
from factcheck.errors import FactcheckError
from factcheck.ingest import discover, read_document
from factcheck.model import Claim, Document, Statement


@attrs.frozen
class FileTask:
    """One file to check: its position among the readable files gives its provisional id."""

    position: int
    path: str
    shown: str
    order: int = 0  # place among all discovered paths, skipped ones included: problems are listed in this order

    @property
    def document_id(self) -> str:
        return f"d{self.position + 1}"


@attrs.frozen
class FileResult:
    position: int
    document: Document | None  # text dropped; None when the file could not be read
    claims: tuple[Claim, ...] = ()
    statements: tuple[Statement, ...] = ()
    problems: tuple = ()  # engine.Problem: why the file is unreadable, or notes on a readable one
    order: int = 0
    suppressions: tuple = ()  # inline markers of the article
    extracted: bool = False  # False when unreadable or its language is not supported
    set_aside: tuple = ()  # extract.SetAside: the numbers read and set aside as no amount


@attrs.frozen
class Discovery:
    tasks: tuple[FileTask, ...]
    problems: tuple  # (order, engine.Problem) for skipped paths


def discover_tasks(paths: Iterable[Path | str] | None) -> Discovery:
    from factcheck.engine import Problem, _bundled_display

    tasks, problems = [], []
    for order, (path, shown, note) in enumerate(discover(paths or [corpus_dir()])):
        if not paths:
            shown = _bundled_display(shown)
        if path is None:
            problems.append((order, Problem(shown, note or "skipped", skipped=True)))
        else:
            tasks.append(FileTask(len(tasks), str(path), shown, order))
    return Discovery(tuple(tasks), tuple(problems))


def extract_file(task: FileTask, strict: bool = False) -> FileResult:
    """Read, segment and extract one file; what goes wrong becomes a Problem, never an exception
    (unless `strict`: then an internal error propagates, see `Checker`)."""
    from factcheck.engine import extract_one, read_one

    document, problem = read_one(Path(task.path), task.document_id, task.shown, strict=strict)
    if document is None:
        return FileResult(task.position, None, problems=(problem,), order=task.order)
    found = extract_one(document, strict=strict)
    return FileResult(task.position, attrs.evolve(document, text=""), found.claims, found.statements,
                      found.problems, task.order, found.suppressions, found.extracted, found.set_aside)


def extract_files(tasks: Iterable[FileTask], strict: bool = False) -> list[FileResult]:
    return [extract_file(task, strict) for task in tasks]


def problems_in_order(discovery: Discovery, results: Iterable[FileResult]) -> list:
    """As `Checker.check_paths` lists them: skipped and unreadable files in the order found, then
    the documents whose language is not supported."""
    return [*unreadable_in_order(discovery, results), *notes_on_readable(results)]


def unreadable_in_order(discovery: Discovery, results: Iterable[FileResult]) -> list:
    unreadable = [(r.order, problem) for r in results if r.document is None for problem in r.problems]
    return [problem for _, problem in sorted([*discovery.problems, *unreadable], key=lambda p: p[0])]


def notes_on_readable(results: Iterable[FileResult]) -> list:
    return [problem for r in results if r.document is not None for problem in r.problems]


def final_ids(document_ids: Iterable[str | None]) -> dict[str, str]:
    """Provisional id (None for an unreadable file) → the id `Checker.check_paths` gives: it counts
    only the files it could read."""
    renamed, readable = {}, 0
    for document_id in document_ids:
        if document_id is not None:
            readable += 1
            if document_id != f"d{readable}":
                renamed[document_id] = f"d{readable}"
    return renamed


def renumbered(result: FileResult, renamed: dict[str, str]) -> FileResult:
    if result.document is None or result.document.id not in renamed:
        return result
    old, new = result.document.id, renamed[result.document.id]

    def claim_id(value: str) -> str:
        return new + value[len(old):] if value.startswith(old + ":") else value

    claims = tuple(attrs.evolve(c, id=claim_id(c.id), document=new) for c in result.claims)
    statements = tuple(attrs.evolve(s, document=new, roles={name: claim_id(v) for name, v in s.roles})
                       for s in result.statements)
    problems = tuple(attrs.evolve(p, path=new) if p.path == old else p for p in result.problems)
    return attrs.evolve(result, document=attrs.evolve(result.document, id=new), claims=claims,
                        statements=statements, problems=problems)


def in_order(results: Iterable[FileResult]) -> Iterator[FileResult]:
    """Results renumbered as they stream in (in file order), without holding them back."""
    readable = 0
    for result in results:
        if result.document is not None:
            readable += 1
            expected = f"d{readable}"
            if result.document.id != expected:
                result = renumbered(result, {result.document.id: expected})
        yield result


@contextlib.contextmanager
def claims_frozen():
    """Keep the garbage collector from re-scanning the claims held so far on every collection: they
    live until the report is written, and with a million of them the rescans made the stage superlinear."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def assemble(checker, discovery: Discovery, results: list[FileResult], claims: list[Claim],
             statements: list[Statement], found=None):
    """The Report `Checker.check_paths` gives, from results extracted elsewhere (text dropped): the rule
    stage and report of `Checker.assemble`, then the text of the documents a finding quotes read back."""
    from factcheck.results import Extraction

    readable = [r for r in results if r.document is not None]
    extraction = Extraction(tuple(claims), tuple(statements), tuple(notes_on_readable(readable)),
                            tuple(suppression for r in readable for suppression in r.suppressions))
    with claims_frozen():
        report = checker.assemble([r.document for r in readable], extraction, found)
    quoted = {report.claim(claim_id).document for finding in report.findings for claim_id in finding.claims}
    report = with_texts(report, quoted)
    return attrs.evolve(report, problems=(*unreadable_in_order(discovery, results), *report.problems))


def with_texts(report, document_ids: set[str] | None = None):
    """The report with the text of its documents (those named, or all) read again from their files:
    engines drop the text after extraction, and only the terminal report's quotes need it back. The
    HTML report shows every article, so it asks for all."""
    by_document: dict[str, list[Claim]] = {}
    for claim in report.claims:
        by_document.setdefault(claim.document, []).append(claim)
    documents = tuple(_with_text(d, by_document.get(d.id, ())) if document_ids is None or d.id in document_ids
                      else d for d in report.documents)
    return attrs.evolve(report, documents=documents)


def _with_text(document: Document, claims: Iterable[Claim]) -> Document:
    """The text of a document, read again from its file (it was dropped after extraction), if the file
    still says what was checked: a file edited since must not be quoted as if it were the checked one."""
    if document.text or not document.path:
        return document
    try:
        path = Path(document.path)
        if not path.is_file():
            path = corpus_dir().parent.parent / document.path  # bundled articles are shown as claims/kazakhstan/NAME
        text = read_document(path, document.id, document.path).text
    except (FactcheckError, OSError):
        return document
    if any(text[claim.span.start:claim.span.end] != claim.text for claim in claims):
        return document
    return attrs.evolve(document, text=text)
