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

MAX_STYLES = 3


def verdicts(checker, generated: Sequence[GeneratedDocument], *, style: int = 0, reverse: bool = False) -> Counter:
    """What the rules say about the documents: how many findings of each (rule, severity)."""
    ordered = list(reversed(generated)) if reverse else list(generated)
    report = checker.check_documents(to_documents(ordered, style=style))
    return Counter((finding.rule, finding.severity) for finding in report.findings)


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
    for style in range(1, _styles(case.planted) + 1):
        for generated, expected in ((case.consistent, quiet), (case.planted, planted)):
            restated = verdicts(checker, generated, style=style)
            if restated != expected:
                stable = False
                problems.append(f"style {style} changed {dict(expected)} into {dict(restated)}: "
                                f"{[item.text(style) for item in generated]}")
    reordered = verdicts(checker, case.planted, reverse=True)
    order_stable = reordered == planted
    if not order_stable:
        problems.append(f"reversing the documents changed {dict(planted)} into {dict(reordered)}")
    return Outcome(planted_found, not quiet, stable, order_stable, tuple(problems))


def corpus_is_quiet(checker, corpus: Sequence[GeneratedDocument]) -> tuple[bool, str]:
    found = verdicts(checker, corpus)
    return (not found, "" if not found else f"consistent corpus raised {dict(found)}: "
            f"{[item.text() for item in corpus]}")
