"""`factcheck rules test FOLDER`: documentation, fixtures and laws for every rule in a folder.

The folder's rules run together with the bundled ones (a third-party rule must not make the
bundled laws fail, and a consistent corpus must stay quiet for every rule loaded).
"""

from __future__ import annotations

from pathlib import Path

import attrs

from factcheck.bundled import rules_dir
from factcheck.engine import Checker
from factcheck.errors import RuleError
from factcheck.rulebook import load_rules
from factcheck.testing.fixtures import FixtureError, case_problems, documentation_problems, load_fixture_file
from factcheck.testing.growth import growth_of
from factcheck.testing.laws import LawReport, run_corpus_law, run_laws

PLANTED_FOUND_AT_LEAST = 0.99
CONSISTENT_QUIET_AT_LEAST = 0.999


@attrs.frozen
class RuleResult:
    rule: str
    fixtures_passed: int
    fixtures: int
    laws: LawReport | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        mark = "ok  " if self.ok else "FAIL"
        laws = "no scenario: laws not checked" if self.laws is None else (
            f"laws on {self.laws.cases} cases: planted found {self.laws.rate(self.laws.planted_found):.0%}, "
            f"consistent quiet {self.laws.rate(self.laws.consistent_quiet):.0%}, "
            f"restated {self.laws.rate(self.laws.restatement_stable):.0%}, "
            f"reordered {self.laws.rate(self.laws.order_stable):.0%}")
        return f"{mark}  {self.rule:<34} fixtures {self.fixtures_passed}/{self.fixtures}  {laws}"


def test_folder(folder: Path, *, examples: int = 25) -> list[RuleResult]:
    folder = Path(folder)
    own = load_rules([folder])
    bundled = folder.resolve() == rules_dir().resolve()
    checker = Checker(rules=[] if bundled else [folder], strict=True)
    return [_tested(checker, checker.rulebook.by_id(loaded.id), examples) for loaded in own.rules]


def _tested(checker, loaded, examples: int) -> RuleResult:
    """One rule's result; a rule that breaks while tested fails, and the other rules are still tested."""
    try:
        return test_rule(checker, loaded, examples=examples)
    except RuleError as error:
        return RuleResult(loaded.id, 0, 0, None, (f"the rule broke while tested: {error.message}",))


def test_corpus(folder: Path, *, examples: int = 5) -> tuple[int, int, list[str]]:
    """Consistent corpora mixing the folder's scenarios with the bundled ones: (made, quiet, problems)."""
    folder = Path(folder)
    bundled = folder.resolve() == rules_dir().resolve()
    checker = Checker(rules=[] if bundled else [folder], strict=True)
    scenarios = [loaded.scenario for loaded in checker.rulebook.rules if loaded.scenario is not None]
    try:
        return run_corpus_law(checker, scenarios, examples=examples)
    except RuleError as error:
        return 1, 0, [f"a rule broke on a consistent corpus: {error.message}"]


test_corpus.__test__ = False


test_folder.__test__ = False  # not a pytest test, whatever its name


def test_rule(checker, loaded, *, examples: int) -> RuleResult:
    problems = [f"documentation: {problem}" for problem in documentation_problems(checker, loaded)]
    passed = total = 0
    path = loaded.fixtures_path
    if path is not None and Path(path).is_file():
        try:
            cases = load_fixture_file(Path(path))
        except FixtureError as error:
            cases = []
            problems.append(f"fixtures: {error}")
        for case in cases:
            total += 1
            case_failures = case_problems(checker, case)
            passed += not case_failures
            problems.extend(f"fixture {case.name}: {failure}" for failure in case_failures)
    laws = run_laws(checker, loaded, examples=examples) if loaded.scenario is not None else None
    if laws is not None:
        problems.extend(_law_problems(laws))
        measured = growth_of(checker, loaded)
        if not measured.ok:
            problems.append(measured.problem())
    return RuleResult(loaded.id, passed, total, laws, tuple(problems))


test_rule.__test__ = False


def _law_problems(laws: LawReport) -> list[str]:
    problems = []
    if laws.rate(laws.planted_found) < PLANTED_FOUND_AT_LEAST:
        problems.append(f"laws: the planted error was found in only {laws.rate(laws.planted_found):.1%} of cases")
    if laws.rate(laws.consistent_quiet) < CONSISTENT_QUIET_AT_LEAST:
        problems.append(f"laws: consistent cases raised findings in {1 - laws.rate(laws.consistent_quiet):.1%}")
    if laws.restatement_stable < laws.cases:
        problems.append(f"laws: restating numbers changed the verdict in {laws.cases - laws.restatement_stable} cases")
    if laws.order_stable < laws.cases:
        problems.append(f"laws: reordering documents changed the verdict in {laws.cases - laws.order_stable} cases")
    return problems + [f"example: {problem}" for problem in laws.problems[:3]]
