"""The laws every rule with a scenario obeys, checked on generated cases.

1. A consistent generated case raises nothing (no rule, not only this one).
2. The planted error of the rule's kind is found by the rule.
3. Restating every number in another style (scale words, units, "%" or "percent") changes no verdict.
4. The order of the documents changes no verdict.
A consistent corpus made of every scenario at once raises nothing either (`corpus_is_quiet`).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

import attrs

from factcheck.testing.render import renderer
from factcheck.testing.scenarios import Case, GeneratedDocument, to_documents

MAX_STYLES = 4  # styles 1..3 are tried besides the plain one


def verdicts(checker, generated: Sequence[GeneratedDocument], *, style: int = 0, only: int | None = None,
             reverse: bool = False) -> Counter:
    """What the rules say about the documents: how many findings of each (rule, severity). An internal
    error counts as a verdict of its own, so no law passes over one a lenient checker caught."""
    ordered = list(reversed(generated)) if reverse else list(generated)
    report = checker.check_documents(to_documents(ordered, style=style, only=only))
    said = Counter((finding.rule, finding.severity) for finding in report.findings)
    said.update(("internal error", str(problem)) for problem in report.problems if problem.internal)
    return said


def _styles(generated: Sequence[GeneratedDocument]) -> int:
    counts = [renderer(item.language).styles(amount) for item in generated for amount in item.amounts()]
    return min(max(counts, default=1), MAX_STYLES)


@attrs.frozen
class Outcome:
    """How one generated case fared under the laws; `problems` says which law broke and how."""

    planted_found: bool
    consistent_quiet: bool
    restatement_stable: bool
    order_stable: bool
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def check_case(checker, rule_id: str, case: Case) -> Outcome:
    problems = []
    quiet = verdicts(checker, case.consistent)
    planted = verdicts(checker, case.planted)
    planted_found = any(rule == rule_id for rule, _ in planted)
    if not planted_found:
        problems.append(f"planted error not found (found {dict(planted) or 'nothing'}) in: "
                        f"{[item.text() for item in case.planted]}")
    if quiet:
        problems.append(f"consistent case raised {dict(quiet)}: {[item.text() for item in case.consistent]}")
    stable = True
    amounts = sum(len(item.amounts()) for item in case.planted)
    for style in range(1, _styles(case.planted)):
        # Every amount restated at once, then a single one (a different one for each style).
        for only in (None, (style - 1) % max(amounts, 1)):
            for generated, expected in ((case.consistent, quiet), (case.planted, planted)):
                restated = verdicts(checker, generated, style=style, only=only)
                if restated != expected:
                    stable = False
                    texts = [document.text for document in to_documents(generated, style=style, only=only)]
                    problems.append(f"style {style} (amount {'all' if only is None else only}) changed "
                                    f"{dict(expected)} into {dict(restated)}: {texts}")
    reordered = verdicts(checker, case.planted, reverse=True)
    order_stable = reordered == planted
    if not order_stable:
        problems.append(f"reversing the documents changed {dict(planted)} into {dict(reordered)}")
    return Outcome(planted_found, not quiet, stable, order_stable, tuple(problems))


def corpus_is_quiet(checker, corpus: Sequence[GeneratedDocument]) -> tuple[bool, str]:
    found = verdicts(checker, corpus)
    return (not found, "" if not found else f"consistent corpus raised {dict(found)}: "
            f"{[item.text() for item in corpus]}")


@attrs.frozen
class LawReport:
    """How often each law held over the generated cases of one rule."""

    rule: str
    cases: int
    planted_found: int
    consistent_quiet: int
    restatement_stable: int
    order_stable: int
    problems: tuple[str, ...] = ()

    def rate(self, count: int) -> float:
        return count / self.cases if self.cases else 0.0

    @property
    def ok(self) -> bool:
        return self.cases > 0 and not self.problems


def run_laws(checker, rule, *, examples: int, seed: int | None = None, consistent_only: bool = False) -> LawReport:
    """The laws on `examples` generated cases of the rule's scenario, counted rather than asserted.

    Without a seed the cases are the same on every run (derandomized); `consistent_only` checks only
    that consistent cases raise nothing (cheap enough for the large budgets a 99.9% rate needs).
    """
    from factcheck.testing.scenarios import cases

    outcomes: list[Outcome] = []

    def collect(case):
        if consistent_only:
            quiet = not verdicts(checker, case.consistent)
            outcomes.append(Outcome(True, quiet, True, True, () if quiet else (
                f"consistent case raised findings: {[item.text() for item in case.consistent]}",)))
        else:
            outcomes.append(check_case(checker, rule.id, case))

    _generate(cases(rule.scenario), collect, examples, seed)
    problems = tuple(problem for outcome in outcomes for problem in outcome.problems)
    return LawReport(rule.id, len(outcomes), sum(o.planted_found for o in outcomes),
                     sum(o.consistent_quiet for o in outcomes), sum(o.restatement_stable for o in outcomes),
                     sum(o.order_stable for o in outcomes), problems)


def run_corpus_law(checker, scenarios, *, examples: int, seed: int | None = None) -> tuple[int, int, list[str]]:
    """(corpora generated, corpora that raised nothing, problems) for corpora of every scenario at once."""
    from factcheck.testing.scenarios import corpora

    results: list[tuple[bool, str]] = []
    _generate(corpora(list(scenarios)), lambda corpus: results.append(corpus_is_quiet(checker, corpus)),
              examples, seed)
    return len(results), sum(quiet for quiet, _ in results), [problem for quiet, problem in results if not quiet]


def _generate(strategy, consume, examples: int, seed: int | None) -> None:
    """Feed `examples` generated values to `consume`: hypothesis as a generator, no shrinking."""
    import hypothesis
    from hypothesis import HealthCheck, Phase, given, settings

    @settings(max_examples=examples, phases=[Phase.generate], deadline=None, database=None,
              derandomize=seed is None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value):
        consume(value)

    (hypothesis.seed(seed)(run) if seed is not None else run)()
