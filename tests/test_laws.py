"""The laws of factcheck.testing, checked for every bundled rule on a bounded hypothesis budget.

bench/rule_laws.py runs the same laws on a larger budget and prints the rates per rule.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from factcheck.bundled import rules_dir
from factcheck.engine import Checker
from factcheck.rulebook import load_rules
from factcheck.testing import cases, check_case, corpora, corpus_is_quiet, growth_of

CHECKER = Checker(strict=True)
RULES = list(load_rules([rules_dir()]).rules)
BUDGET = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_every_bundled_rule_has_a_scenario(loaded):
    assert loaded.scenario is not None, f"{loaded.path}: give @rule a scenario so the laws can check {loaded.id}"


@pytest.mark.parametrize("loaded", [r for r in RULES if r.scenario], ids=lambda r: r.id)
def test_laws(loaded):
    @BUDGET
    @given(cases(loaded.scenario))
    def laws_hold(case):
        outcome = check_case(CHECKER, loaded.id, case)
        assert outcome.ok, "\n".join(outcome.problems)

    laws_hold()


@pytest.mark.parametrize("loaded", [r for r in RULES if r.scenario], ids=lambda r: r.id)
def test_no_rule_is_quadratic_in_the_claims_of_a_group(loaded):
    measured = growth_of(CHECKER, loaded)
    assert measured.ok, measured.problem()


def test_the_growth_law_catches_a_quadratic_rule(tmp_path):
    """The law is not vacuous: a rule comparing every pair of claims of a run fails it."""
    (tmp_path / "all-pairs.py").write_text(ALL_PAIRS, encoding="utf-8")
    checker = Checker(rules=[tmp_path], strict=True)
    scenario = checker.rulebook.by_id("count-exceeds-whole").scenario
    measured = growth_of(checker, checker.rulebook.by_id("all-pairs-compared"), scenario)
    assert not measured.ok and measured.ratio > 10, measured


ALL_PAIRS = '''"""Compares every pair of claims: the quadratic loop the growth law exists to catch."""
from factcheck.model import ClaimSet
from factcheck.rulebook import rule


@rule(id="all-pairs-compared", severity="info", applies_to=ClaimSet)
def all_pairs(claims):
    for first in claims.claims:
        for second in claims.claims:
            if first.quantity.value > second.quantity.value * 1e9:
                yield None
'''


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(corpora([r.scenario for r in RULES if r.scenario]))
def test_a_consistent_corpus_of_every_scenario_raises_nothing(corpus):
    quiet, problem = corpus_is_quiet(CHECKER, corpus)
    assert quiet, problem
