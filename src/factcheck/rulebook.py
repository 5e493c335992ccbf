"""Rules: discovered from folders, one rule a file, registered with `@rule`, run per group.

A rule module is a Python file in `rules/` (or a folder passed with `--rules`). Its docstring
is its documentation; a YAML file with the same base name beside it holds its fixtures.
There is no hand-kept table: dropping a file into the folder adds the rule.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator

import attrs

from factcheck.errors import RuleError, error_summary
from factcheck.model import (
    SEVERITIES,
    ChangeRestatement,
    ChangeStatement,
    Check,
    Claim,
    ClaimSet,
    Conversion,
    Evidence,
    Finding,
    MeasureSeries,
    PartsOfWhole,
    ShareStatement,
    Statement,
)

GROUP_TYPES = (MeasureSeries, ShareStatement, Conversion, PartsOfWhole, ChangeStatement, ChangeRestatement, ClaimSet)
RULE_TIME_LIMIT = 20.0  # seconds a rule may take on one group, before the allowance per claim
RULE_TIME_PER_CLAIM = 0.002
_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
_pending: list["Rule"] = []


@attrs.frozen
class RuleContext:
    """What rules may consult besides their group: dated rates and the documents by id."""

    rates: object
    documents: dict = attrs.field(factory=dict)
    copies: object = None  # factcheck.copies.Copies of the run: which sentences are versions of one another

    def may_compare(self, first, second) -> bool:
        """False when the text establishes the two claims are not one measure: different figures of two
        versions of one sentence (a wire copy with one figure changed). Rules pairing claims ask this."""
        return self.copies is None or not self.copies.crosses_versions((first.id, second.id))

    _short_paths: dict = attrs.field(factory=dict, eq=False, repr=False)  # made on first use

    def document_label(self, document_id: str) -> str:
        """The source or title, else the shortest end of the path that no other document of the run shares
        ("business/214.txt" where five folders hold a 214.txt)."""
        document = self.documents.get(document_id)
        if document is None:
            return document_id
        if document.source or document.title:
            return document.source or document.title
        if not document.path:
            return document_id
        if not self._short_paths:
            self._short_paths.update(shortest_unique_paths([d.path for d in self.documents.values() if d.path]))
        return self._short_paths.get(document.path, Path(document.path).name)


def shortest_unique_paths(paths: Iterable[str]) -> dict[str, str]:
    """Each path → its last parts, as few as tell it from every other path ("a/214.txt", "b/214.txt")."""
    parts = {path: Path(path).parts for path in set(paths)}
    shown: dict[str, str] = {}
    depth = 1
    pending = set(parts)
    while pending:
        ends: dict[tuple, list[str]] = {}
        for path in pending:
            ends.setdefault(parts[path][-depth:], []).append(path)
        for end, holders in ends.items():
            if len(holders) == 1 or all(len(parts[path]) <= depth for path in holders):
                for path in holders:
                    shown[path] = "/".join(end)
                    pending.discard(path)
        depth += 1
    return shown


@attrs.frozen
class Rule:
    id: str
    severity: str
    applies_to: type
    check: Callable
    description: str
    path: str | None = None
    # How to generate consistent documents for this rule and plant one error of its kind
    # (a `factcheck.testing.Scenario`); rules without one are checked by their fixtures only.
    scenario: object = None
    # Ids the rule had before, oldest first: `rules show` finds it by them, and fingerprints keep
    # hashing the first id it ever had, so suppressions and baselines survive a rename.
    aliases: tuple[str, ...] = ()

    @property
    def fingerprint_id(self) -> str:
        return self.aliases[0] if self.aliases else self.id

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    @property
    def summary(self) -> str:
        return self.description.strip().splitlines()[0] if self.description.strip() else self.id

    @property
    def fixtures_path(self) -> Path | None:
        return Path(self.path).with_suffix(".yml") if self.path else None

    def run(self, group, context: RuleContext) -> list[Finding]:
        return [item for item in self.run_with_checks(group, context) if isinstance(item, Finding)]

    def run_with_checks(self, group, context: RuleContext) -> list[Finding | Check]:
        """Findings, and the checks that held (for rules that report them with `passed`)."""
        try:
            produced = self.check(group, context) if _takes_context(self.check) else self.check(group)
            produced = _as_list(produced)
        except Exception as error:  # a broken rule must not take the run down with it
            raise RuleError(f"rule {self.id} failed: {type(error).__name__}: {error}", path=self.path) from error
        return [_with_rule(item, self) for item in produced]


@functools.lru_cache(maxsize=None)  # inspect.signature per group call was a tenth of the rule stage
def _takes_context(function: Callable) -> bool:
    return len(inspect.signature(function).parameters) >= 2


def _as_list(produced) -> list[Finding | Check]:
    if produced is None:
        return []
    if isinstance(produced, (Finding, Check)):
        return [produced]
    if isinstance(produced, (str, bytes)) or not hasattr(produced, "__iter__"):
        raise TypeError(f"a rule returns findings (or None), not {type(produced).__name__} {str(produced)[:40]!r}")
    items = [finding for finding in produced if finding is not None]
    junk = next((item for item in items if not isinstance(item, (Finding, Check))), None)
    if junk is not None:
        raise TypeError(f"a rule yields Finding or Check records (rulebook.finding, passed), not "
                        f"{type(junk).__name__} {str(junk)[:40]!r}")
    return items


def _with_rule(item: Finding | Check, rule: Rule) -> Finding | Check:
    if isinstance(item, Check):
        return attrs.evolve(item, rule=rule.id)
    return attrs.evolve(item, rule=rule.id, severity=item.severity or rule.severity)


def rule(*, id: str, severity: str, applies_to: type, scenario: Callable | None = None,  # noqa: A002 - `id` reads best
         aliases: Iterable[str] = ()) -> Callable:
    """Register the decorated function as a rule checking one `applies_to` group at a time.

    `scenario` generates its laws' cases (`factcheck.testing`); `aliases` are ids the rule had before,
    oldest first (its findings keep the fingerprints they had under the first)."""
    check_rule_header(id, severity, applies_to)
    aliases = tuple(aliases)
    for alias in aliases:
        check_rule_header(alias, severity, applies_to)

    def register(function: Callable) -> Callable:
        module = sys.modules.get(function.__module__)
        description = inspect.getdoc(module) or inspect.getdoc(function) or ""
        _pending.append(Rule(id, severity, applies_to, function, description,
                             getattr(module, "__file__", None), scenario, aliases))
        return function

    return register


def check_rule_header(id: str, severity: str, applies_to: type) -> None:  # noqa: A002
    if not _RULE_ID.match(id):
        raise RuleError(f"rule id {id!r} must be lowercase words joined by hyphens", expected="e.g. parts-exceed-total")
    if severity not in SEVERITIES:
        raise RuleError(f"rule {id}: severity {severity!r} is not one of {', '.join(SEVERITIES)}")
    if applies_to not in GROUP_TYPES:
        raise RuleError(f"rule {id}: applies_to must be one of {', '.join(t.__name__ for t in GROUP_TYPES)}")


def finding(message: str, claims: Iterable, verdict, *, severity: str = "", inputs: dict | None = None,
            notes: Iterable[str] = ()) -> Finding:
    """A Finding from a Relation verdict. Without `severity` it takes the rule's own."""
    claim_ids = tuple(claim if isinstance(claim, str) else claim.id for claim in claims)
    evidence = Evidence(verdict.text, verdict.holds, tuple((inputs or {}).items()), tuple(notes))
    return Finding(rule="", severity=severity, message=message, claims=claim_ids, evidence=evidence)


def passed(message: str, claims: Iterable, verdict, *, inputs: dict | None = None) -> Check:
    """A Check from a Relation verdict that held: the arithmetic a reader may want to see was done."""
    claim_ids = tuple(claim if isinstance(claim, str) else claim.id for claim in claims)
    return Check("", message, claim_ids, Evidence(verdict.text, verdict.holds, tuple((inputs or {}).items())))


def claim_groups(claims: Iterable[Claim], statements: Iterable[Statement] = ()) -> list[ClaimSet]:
    """The one ClaimSet of a run (rules that select claims themselves, by value, plan or statistic)."""
    return [ClaimSet(tuple(claims), tuple(statements))]


@attrs.frozen
class Rulebook:
    rules: tuple[Rule, ...]

    def by_id(self, rule_id: str) -> Rule:
        """The rule of that id, or that had it before (an alias)."""
        for candidate in self.rules:
            if rule_id in candidate.ids:
                return candidate
        raise RuleError(f"no rule with id {rule_id!r}")

    def run(self, groups: Iterable, context: RuleContext) -> list[Finding]:
        return self.run_with_checks(groups, context)[0]

    def run_with_checks(self, groups: Iterable, context: RuleContext) -> tuple[list[Finding], list[Check]]:
        """Findings and checks that held; a rule that raises stops the run with a RuleError."""
        outcome = self.run_all(groups, context, strict=True)
        return outcome.findings, outcome.checks

    def run_all(self, groups: Iterable, context: RuleContext, *, strict: bool = False,
                time_limit: float | None = RULE_TIME_LIMIT) -> RuleOutcome:
        """Every rule on its groups. Unless `strict`, a rule that raises on a group loses its verdict on
        that group only: the failure is recorded, and every other rule and group still runs.

        A rule still running after `time_limit` seconds (plus `RULE_TIME_PER_CLAIM` for each claim its
        groups hold) is stopped and sits out the rest of the run: one endless loop must not hang a
        newsroom's run. The limit is a timer signal, so it needs the main thread; elsewhere, or with
        `time_limit=None`, rules run unlimited.
        """
        by_type: dict[type, list] = {}
        for group in groups:
            by_type.setdefault(type(group), []).append(group)
        claims_by_type = {kind: sum(1 for group in members for _ in group_claims(group))
                          for kind, members in by_type.items()}
        outcome = RuleOutcome()
        with _Timer() as timer:
            for current in self.rules:
                budget = None if time_limit is None else \
                    time_limit + RULE_TIME_PER_CLAIM * claims_by_type.get(current.applies_to, 0)
                self._run_rule(current, by_type.get(current.applies_to, ()), context, outcome, strict, timer,
                               budget)
        return outcome

    @staticmethod
    def _run_rule(current: Rule, groups: list, context: RuleContext, outcome: RuleOutcome, strict: bool,
                  timer: _Timer, budget: float | None) -> None:
        group = None
        try:
            timer.start(budget)
            for group in groups:
                try:
                    produced = current.run_with_checks(group, context)
                except RuleError as error:
                    if strict:
                        raise
                    outcome.failures.append(RuleFailure(current.id, _first_claim(group), _cause(error)))
                    continue
                for item in produced:
                    (outcome.checks if isinstance(item, Check) else outcome.findings).append(item)
        except RuleTimeout as timeout:
            if strict:
                raise RuleError(f"rule {current.id} {timeout}", path=current.path) from None
            outcome.failures.append(RuleFailure(current.id, _first_claim(group) if group else None, str(timeout)))
        finally:
            timer.stop()


@attrs.define
class RuleOutcome:
    findings: list[Finding] = attrs.Factory(list)
    checks: list[Check] = attrs.Factory(list)
    failures: list[RuleFailure] = attrs.Factory(list)


@attrs.frozen
class RuleFailure:
    """A rule that raised on a group: `claim` (the group's first) names the article that triggered it."""

    rule: str
    claim: Claim | None
    summary: str  # `ValueError: ...`, one line


class RuleTimeout(BaseException):
    """Raised inside a rule that ran over its time limit: a BaseException, so that a rule's own
    `except Exception` cannot swallow it."""

    def __init__(self, seconds: float):
        super().__init__(f"ran over its time limit of {seconds:g} s and was stopped for the rest of the run")
        self.seconds = seconds


def group_claims(group) -> Iterator[Claim]:
    """Every claim a group holds, whatever its kind (new group kinds need no change here)."""
    for field in attrs.fields(type(group)):
        value = getattr(group, field.name)
        if isinstance(value, Claim):
            yield value
        elif isinstance(value, (tuple, list)):
            yield from (item for item in value if isinstance(item, Claim))


class _Timer:
    """Raises RuleTimeout in the main thread once `start(seconds)` has run out, until `stop()`: a
    real-time timer signal, installed once per rule stage (a few microseconds per rule, not per group)."""

    def __enter__(self) -> _Timer:
        self.usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self.seconds = 0.0
        if self.usable:
            self.previous = signal.signal(signal.SIGALRM, self._expired)
        return self

    def _expired(self, signum, frame):
        raise RuleTimeout(self.seconds)

    def start(self, seconds: float | None) -> None:
        if self.usable and seconds is not None:
            self.seconds = round(seconds, 1)
            signal.setitimer(signal.ITIMER_REAL, seconds)

    def stop(self) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def __exit__(self, *exc_info) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _first_claim(group) -> Claim | None:
    if isinstance(group, ClaimSet):  # the whole run: no one article to name
        return None
    return next(group_claims(group), None)


def _cause(error: RuleError) -> str:
    return error_summary(error.__cause__ if error.__cause__ is not None else error)


def load_rules(folders: Iterable[Path | str]) -> Rulebook:
    """Import every rule file in the folders; ids must be unique across all of them."""
    rules: list[Rule] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise RuleError("rules folder not found", path=str(folder))
        for path in sorted([*folder.glob("*.py"), *folder.glob("*.toml")]):
            if path.name.startswith("_"):
                continue
            rules.extend(_load_file(path) if path.suffix == ".py" else [_load_data_file(path)])
    seen: dict[str, str] = {}
    for loaded in rules:
        for rule_id in loaded.ids:
            if rule_id in seen:
                raise RuleError(f"rule id {rule_id!r} is defined twice (also in {seen[rule_id]})", path=loaded.path)
            seen[rule_id] = loaded.path or "?"
    return Rulebook(tuple(sorted(rules, key=lambda r: r.id)))


def _load_file(path: Path) -> list[Rule]:
    module_name = f"factcheck_rules_{abs(hash(str(path.resolve())))}_{re.sub(r'[^0-9a-zA-Z_]', '_', path.stem)}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise RuleError("cannot load rule file", path=str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    del _pending[:]
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        raise RuleError(f"rule file has a syntax error: {error.msg}", path=str(path), line=error.lineno,
                        column=error.offset) from error
    except RuleError as error:
        error.path = error.path or str(path)
        raise
    except (Exception, SystemExit) as error:  # a rule file calling sys.exit() must not end the run
        line = _error_line(error, path)
        message = f"rule file failed to load: {type(error).__name__}: {error}"
        raise RuleError(message, path=str(path), line=line) from error
    loaded = list(_pending)
    del _pending[:]
    if not loaded:
        raise RuleError("rule file defines no rule (decorate a function with @rule)", path=str(path))
    scenario = getattr(module, "SCENARIO", None)  # the older way to declare it, still read
    return [attrs.evolve(r, path=str(path), scenario=r.scenario or scenario) for r in loaded]


def _load_data_file(path: Path) -> Rule:
    from factcheck.datarules import load_data_rule

    return load_data_rule(path)


def _error_line(error: Exception, path: Path) -> int | None:
    import traceback

    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if Path(frame.filename) == path:
            return frame.lineno
    return None
