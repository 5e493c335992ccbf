"""The pipeline: ingest → segment → extract → index → rulebook → Report.

`Checker` loads the rules, the rate table and the ledger once and is safe to share between threads
(it holds no mutable state); `check_text` and `check_paths` are one-call conveniences around it.
Besides findings, a report tells per document how many claims the rules examined (coverage),
fingerprints each finding so it can be tracked across runs, and lists what editors suppressed.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

import attrs

from factcheck.bundled import corpus_dir, rules_dir
from factcheck.copies import NO_COPIES, Copies, find_copies
from factcheck.errors import FactcheckError, InputError, processing
from factcheck.extract import extract_document
from factcheck.extract.lexicon import available_languages
from factcheck.fingerprint import claim_ordinals, fingerprint
from factcheck.index import measure_series, series_key, text_groups
from factcheck.ingest import discover, document_from_text, read_document
from factcheck.ledger import ARCHIVED_PREFIX, Archived, Ledger, draft_identity
from factcheck.model import Claim, Document, Finding
from factcheck.rates import RateTable
from factcheck.results import (  # noqa: F401 - re-exported: the library's names since the start
    REPORT_IT,
    SEVERITY_ORDER,
    Coverage,
    DocumentExtraction,
    Extraction,
    Problem,
    Report,
    SuppressedFinding,
    internal_problem,
)
from factcheck.rulebook import RULE_TIME_LIMIT, Rulebook, RuleContext, claim_groups, group_claims, load_rules
from factcheck.segment import segment
from factcheck.suppress import Marker, Suppression, inline_markers

Progress = Callable[[int, int, str], None]  # (documents done, documents in all, the one just done)


class Checker:
    """Rules, rates and the ledger loaded once; check as many texts or folders as you like.

    Safe to share between threads: it holds no mutable state of its own, and the ledger gives each
    thread its own connection. Suppressions given here apply to every check, besides the inline
    markers each article carries.

    An internal error (a bug of ours or of a rule) while reading, extracting or checking one file
    becomes an `internal` Problem naming the file and position, and the run goes on without what
    it broke: one sentence's claims, one file, or one rule's verdict on one group. `strict=True`
    lets it propagate instead, for tests, laws and fuzzing, which must see every exception. A rule
    running longer than `rule_time_limit` seconds (plus a little per claim) is stopped the same way
    (see `Rulebook.run_all`; None: no limit).
    """

    def __init__(self, *, rules: Sequence[Path | str] | None = None, include_bundled_rules: bool = True,
                 rates: RateTable | None = None, ledger: Ledger | Path | str | None = None,
                 suppressions: Iterable[Suppression] = (), strict: bool = False,
                 rule_time_limit: float | None = RULE_TIME_LIMIT, published_between: tuple[date, date] | None = None):
        folders = [rules_dir()] if include_bundled_rules else []
        folders.extend(Path(folder) for folder in rules or ())
        self.rulebook: Rulebook = load_rules(folders)
        self.rates = rates or RateTable.load()
        self.ledger = ledger if ledger is None or isinstance(ledger, Ledger) else Ledger(ledger)
        self.suppressions = tuple(suppressions)
        self.strict = strict
        self.rule_time_limit = rule_time_limit
        self.published_between = published_between  # when the undated documents were published, if known
        self._titles = {current.id: _plain_title(current.summary) for current in self.rulebook.rules}
        self._fingerprint_ids = {current.id: current.fingerprint_id for current in self.rulebook.rules}
        self._rules_by_group = _rules_by_group(self.rulebook)

    def check_text(self, text: str, *, published=None, language: str | None = None, source: str | None = None,
                   title: str | None = None, url: str | None = None) -> Report:
        document = document_from_text(text, doc_id="d1", published=published, language=language, source=source,
                                      title=title, url=url)
        return self.check_documents([document])

    def check_paths(self, paths: Iterable[Path | str] | None = None, *, progress: Progress | None = None,
                    engine: str = "local", jobs: int = 1, scheduler=None) -> Report:
        if engine != "local" or jobs != 1:  # factcheck.engines: worker processes or a Dask cluster
            from factcheck.engines import run_engine

            return run_engine(self, paths, engine=engine, jobs=jobs, scheduler=scheduler)
        documents, problems = self.read_paths(paths)
        report = self.check_documents(documents, progress=progress)
        return attrs.evolve(report, problems=(*problems, *report.problems))

    def read_paths(self, paths: Iterable[Path | str] | None) -> tuple[list[Document], list[Problem]]:
        documents: list[Document] = []
        problems: list[Problem] = []
        for path, shown, note in discover(paths or [corpus_dir()]):
            if not paths:
                shown = _bundled_display(shown)
            if path is None:
                problems.append(Problem(shown, note or "skipped", skipped=True))
                continue
            document, problem = read_one(path, f"d{len(documents) + 1}", shown, strict=self.strict)
            if document is None:
                problems.append(problem)
            else:
                documents.append(document)
        return documents, problems

    def extract(self, document: Document) -> tuple[tuple[Claim, ...], tuple[Problem, ...]]:
        """One document's claims (what the ledger archives), or why it has none."""
        extraction = self._extract([document])
        return extraction.claims, extraction.problems

    def archive(self, document: Document) -> tuple[int | None, tuple[Problem, ...]]:
        """Add a published document's claims to the ledger (one transaction); returns how many (None when
        an internal error kept it out: the problems say why), and any notes."""
        if self.ledger is None:
            raise FactcheckError("no ledger to archive into: create the Checker with ledger=PATH")
        claims, problems = self.extract(document)
        try:
            self.ledger.add(document, claims)
        except FactcheckError:
            raise
        except Exception as error:
            if self.strict:
                raise
            return None, (*problems, internal_problem("archiving", error, document.path or document.id))
        return len(claims), problems

    def check_documents(self, documents: Sequence[Document], *, progress: Progress | None = None) -> Report:
        return self.assemble(documents, self._extract(documents, progress))

    def assemble(self, documents: Sequence[Document], extraction: Extraction,
                 found: tuple[Sequence[Finding], Sequence, Sequence] | None = None) -> Report:
        """The rule stage and the report: archived claims joined, findings fingerprinted, suppressed, covered.

        `found`: findings, checks and rule failures of the per-group rules, when an engine ran them on
        workers; the rules over the whole run (ClaimSet) still run here, since they need every claim at once.
        """
        archived = self._archived(documents, extraction.claims)
        given = self.rule_groups(documents, extraction, archived)
        groups, context = [*given.per_group, *given.whole_run], given.context
        outcome = self.rulebook.run_all(groups if found is None else given.whole_run, context, strict=self.strict,
                                        time_limit=self.rule_time_limit)
        findings, checks, failures = outcome.findings, outcome.checks, outcome.failures
        if found is not None:
            findings, checks = [*found[0], *findings], [*found[1], *checks]
            failures = [*found[2], *failures]
        findings = [f for f in findings if not given.copies.crosses_versions(f.claims)]
        drafts = {claim.id for claim in extraction.claims}
        if archived.claims:
            findings = [f for f in findings if any(claim_id in drafts for claim_id in f.claims)]
        checked_by = _with_copies(_examined(groups, self._rules_by_group, drafts, [*findings, *checks]),
                                  given.copies, drafts)
        report = self._report(documents, extraction, archived, findings, checked_by)
        broken = rule_problems(failures, context.documents)
        return attrs.evolve(report, checks=tuple(sorted(checks, key=lambda check: (check.rule, check.claims))),
                            problems=(*report.problems, *broken), copies=given.copies.notes)

    def dated(self, document: Document) -> Document:
        """The document with the period it was published in, when it states no date and the run knows one."""
        if document.published is not None or self.published_between is None:
            return document
        return attrs.evolve(document, published_between=self.published_between)

    def rule_groups(self, documents: Sequence[Document], extraction: Extraction,
                    archived: Archived | None = None, *, without_copies: bool = True) -> RuleInput:
        """What the rules are handed: the groups each takes one at a time (series of a measure, statements
        of a text), the groups of the whole run (ClaimSet), and the context they may consult. Copies of a
        sentence stated earlier are left out (`factcheck.copies`): a statement is checked once (the growth
        law keeps them, `without_copies=False`, to hand a rule many restatements of one case)."""
        archived = archived or Archived((), {})
        by_id = {document.id: self.dated(document) for document in documents}
        every_document = {**by_id, **archived.documents}
        copies = find_copies([*extraction.claims, *archived.claims], every_document, archived.documents) \
            if without_copies else NO_COPIES
        per_group = [*measure_series(copies.kept([*extraction.claims, *archived.claims])),
                     *text_groups(by_id, list(extraction.claims), extraction.statements, copies)]
        whole_run = claim_groups(copies.kept([*extraction.claims, *archived.claims]),
                                 copies.kept_statements(extraction.statements))
        return RuleInput(per_group, whole_run, RuleContext(self.rates, every_document, copies), copies)

    def _extract(self, documents: Sequence[Document], progress: Progress | None = None) -> Extraction:
        claims: list[Claim] = []
        statements: list = []
        problems: list[Problem] = []
        suppressions: list[Suppression] = []
        for done, document in enumerate(documents, start=1):
            found = extract_one(document, strict=self.strict)
            claims.extend(found.claims)
            statements.extend(found.statements)
            problems.extend(found.problems)
            suppressions.extend(found.suppressions)
            if progress:
                progress(done, len(documents), document.path or document.id)
        return Extraction(tuple(claims), tuple(statements), tuple(problems), tuple(suppressions))

    def _archived(self, documents: Sequence[Document], claims: Sequence[Claim]) -> Archived:
        if self.ledger is None:
            return Archived((), {})
        return self.ledger.claims_near(claims, series_key, excluding={draft_identity(d) for d in documents})

    def _report(self, documents, extraction: Extraction, archived: Archived, findings: list[Finding],
                checked_by: dict[str, tuple[str, ...]]) -> Report:
        involved = {claim_id for finding in findings for claim_id in finding.claims}
        archived_claims = tuple(claim for claim in archived.claims if claim.id in involved)
        archived_documents = self._archived_documents(archived_claims)
        claims = (*extraction.claims, *archived_claims)
        claims_by_id = {claim.id: claim for claim in claims}
        documents_by_id = {document.id: document for document in (*documents, *archived.documents.values())}
        ordinals = claim_ordinals((*extraction.claims, *archived.claims))
        order = {claim.id: index for index, claim in enumerate(claims)}
        suppressions = (*self.suppressions, *extraction.suppressions)
        numbered, suppressed, fingerprints = [], [], {}
        once = {}  # one finding per inconsistency: the same claims compared again, or the other way round, are one
        for finding in findings:
            once.setdefault((finding.rule, frozenset(finding.claims)), finding)
        for finding in sorted(once.values(), key=lambda f: _rank_key(f, order)):
            printed = fingerprint(finding, claims_by_id, documents_by_id, ordinals,
                                  self._fingerprint_ids.get(finding.rule))
            involved_documents = {claims_by_id[c].document for c in finding.claims}
            rule_out = next((s for s in suppressions if s.matches(printed, involved_documents)), None)
            if rule_out is None:
                numbered.append(attrs.evolve(finding, id=f"f{len(numbered) + 1}"))
                fingerprints[numbered[-1].id] = printed
            else:
                suppressed.append(SuppressedFinding(attrs.evolve(finding, id=f"s{len(suppressed) + 1}"), printed,
                                                    rule_out))
        return Report(
            documents=(*documents, *archived_documents), claims=claims, findings=tuple(numbered),
            problems=extraction.problems,
            coverage=_coverage(documents, extraction.claims, checked_by),
            fingerprints=fingerprints, suppressed=tuple(suppressed), checked_by=checked_by,
            rule_titles=self._titles, archived=frozenset(d.id for d in archived_documents))

    def _archived_documents(self, archived_claims: Sequence[Claim]) -> tuple[Document, ...]:
        """The archived articles a finding cites, with their text (only those: the archive is large)."""
        if not archived_claims:
            return ()
        texts = self.ledger.documents_with_text({claim.document for claim in archived_claims})
        return tuple(texts[key] for key in sorted(texts, key=lambda k: int(k.removeprefix(ARCHIVED_PREFIX))))


@attrs.frozen
class RuleInput:
    """The groups the rules take one at a time, those of the whole run, their context, and the copies
    left out of both."""

    per_group: list
    whole_run: list
    context: RuleContext
    copies: Copies = NO_COPIES


def _with_copies(checked_by: dict[str, tuple[str, ...]], copies: Copies, drafts: set[str]) -> dict:
    """A copy of a sentence is examined by the rules that examined the sentence it repeats."""
    for copy, original in copies.originals.items():
        if copy in drafts and original in checked_by:
            checked_by[copy] = checked_by[original]
    return checked_by


def read_one(path: Path, doc_id: str, shown: str, *, strict: bool = False) -> tuple[Document | None, Problem | None]:
    """One file's document, or why it cannot be read (an internal error too, unless `strict`)."""
    try:
        return read_document(path, doc_id, shown), None
    except FactcheckError as error:
        return None, Problem(error.path or shown, error.message, error.line, error.column)
    except Exception as error:
        if strict:
            raise
        return None, internal_problem("reading", error, shown)


def extract_one(document: Document, *, strict: bool = False) -> DocumentExtraction:
    """Claims and statements of one document, without those inside its suppression markers.

    Unless `strict`, an internal error costs the sentence it broke on (or the document, when it
    broke outside any sentence) and becomes a Problem; the claims of the rest stand.
    """
    if strict:
        return _extract_one(document, strict=True)
    try:
        return _extract_one(document, strict=False)
    except Exception as error:
        return DocumentExtraction(problems=(internal_problem("extraction", error, document.path or document.id),))


def _extract_one(document: Document, *, strict: bool) -> DocumentExtraction:
    markers = inline_markers(document)
    suppressions = tuple(m.suppression for m in markers if m.suppression)
    problems = [Problem(document.path or document.id, m.problem, skipped=True) for m in markers if m.problem]
    if document.language not in available_languages():
        problems.append(Problem(document.path or document.id, f"language {document.language!r} is not "
                                f"supported yet ({', '.join(available_languages())}): no claims extracted",
                                skipped=True))
        return DocumentExtraction(problems=tuple(problems), suppressions=suppressions)
    shown = document.path or document.id

    def sentence_failed(span, error: Exception) -> None:
        problems.append(internal_problem("extraction", error, shown, span.line, span.column))

    with processing(shown):
        extraction = extract_document(document, segment(document), on_error=None if strict else sentence_failed)
    kept, dropped = _outside_markers(extraction.claims, markers)
    statements = tuple(s for s in extraction.statements if not any(claim_id in dropped for _, claim_id in s.roles))
    return DocumentExtraction(tuple(kept), statements, tuple(problems), suppressions, extracted=True,
                              set_aside=extraction.set_aside)


def rule_problems(failures: Sequence, documents: Mapping[str, Document]) -> list[Problem]:
    """One problem per broken rule, at the claim of the first group it broke on: the article to report."""
    first: dict[str, object] = {}
    counts: Counter = Counter()
    for failure in failures:
        first.setdefault(failure.rule, failure)
        counts[failure.rule] += 1
    problems = []
    for rule_id, failure in sorted(first.items()):
        document = documents.get(failure.claim.document) if failure.claim is not None else None
        path = (document.path or document.id) if document is not None else "<run>"
        line, column = (failure.claim.span.line, failure.claim.span.column) if document is not None else (None, None)
        more = f"; it broke on {counts[rule_id]} groups of claims" if counts[rule_id] > 1 else ""
        problems.append(Problem(path, f"internal error in rule {rule_id}: {failure.summary}{more}{REPORT_IT}",
                                line, column, internal=True))
    return problems


def _plain_title(summary: str) -> str:
    """ "A running total must not go down: a later count ..." → "A running total must not go down"."""
    head = summary.split(": ", 1)[0].strip()
    return head.rstrip(".")


def _rules_by_group(rulebook: Rulebook) -> dict[type, tuple[str, ...]]:
    grouped: dict[type, list[str]] = {}
    for current in rulebook.rules:
        grouped.setdefault(current.applies_to, []).append(current.id)
    return {group_type: tuple(ids) for group_type, ids in grouped.items()}


# Groups that hand a rule every claim of the run, for rules that pick their own claims: being in one
# says nothing about what a rule looked at, so only the claims such a rule cites count as examined.
WHOLE_RUN_GROUPS = frozenset({"ClaimSet"})


def _examined(groups, rules_by_group: dict[type, tuple[str, ...]], drafts: set[str],
              cited: Iterable[Finding]) -> dict[str, tuple[str, ...]]:
    """claim id → the rules that examined it: were handed a group holding it, or cited it in a finding.

    A claim no rule examined stayed unverifiable. (Records of checks that held, where rules report
    them, count as citations too: pass them in `cited` beside the findings.)
    """
    examined: dict[str, set[str]] = {}
    for group in groups:
        rule_ids = rules_by_group.get(type(group))
        if not rule_ids or type(group).__name__ in WHOLE_RUN_GROUPS:
            continue
        for claim in group_claims(group):
            if claim.id in drafts:
                examined.setdefault(claim.id, set()).update(rule_ids)
    for citation in cited:
        for claim_id in citation.claims:
            if claim_id in drafts:
                examined.setdefault(claim_id, set()).add(citation.rule)
    return {claim_id: tuple(sorted(rule_ids)) for claim_id, rule_ids in sorted(examined.items())}


def _coverage(documents: Sequence[Document], claims: Sequence[Claim],
              checked_by: Mapping[str, tuple[str, ...]]) -> tuple[Coverage, ...]:
    extracted, checked = Counter(), Counter()
    for claim in claims:
        extracted[claim.document] += 1
        checked[claim.document] += claim.id in checked_by
    return tuple(Coverage(document.id, extracted[document.id], checked[document.id]) for document in documents)


def _outside_markers(claims: Sequence[Claim], markers: Sequence[Marker]) -> tuple[list[Claim], set[str]]:
    """Claims outside suppression markers: the fingerprint in a marker is not a number of the article."""
    if not markers:
        return list(claims), set()
    kept, dropped = [], set()
    for claim in claims:
        if any(m.start <= claim.span.start < m.end for m in markers):
            dropped.add(claim.id)
        else:
            kept.append(claim)
    return kept, dropped


def _bundled_display(shown: str) -> str:
    """Bundled articles are shown as claims/kazakhstan/NAME, wherever the package is installed."""
    return f"claims/kazakhstan/{Path(shown).relative_to(corpus_dir()).as_posix()}"


def _rank_key(finding: Finding, order: Mapping[str, int]) -> tuple:
    return (SEVERITY_ORDER[finding.severity], finding.rule, [order.get(c, 0) for c in finding.claims])


_default_checker: Checker | None = None
_default_checker_lock = threading.Lock()


def _checker() -> Checker:
    global _default_checker
    with _default_checker_lock:
        if _default_checker is None:
            _default_checker = Checker()
        return _default_checker


def check_text(text: str, *, published=None, language: str | None = None, source: str | None = None) -> Report:
    """Check one text (a string) with the bundled rules. Offsets in the report index into `text`."""
    return _checker().check_text(text, published=published, language=language, source=source)


def check_paths(paths: Iterable[Path | str]) -> Report:
    """Check files and folders (recursively) with the bundled rules."""
    return _checker().check_paths(paths)


__all__ = ["Checker", "Coverage", "InputError", "Problem", "Report", "SuppressedFinding", "check_paths", "check_text"]
