"""On ../shared/seeds the rule library checks what the seeds let it check, and the checks hold.

The internet-freedom report's section scores add up from their questions, "fivefold" and
"by 80%" are one change, and the village counts stay within the country's total; no rule breaks
(a RuleError would abort the run) and the only error is the known bad tenge conversion.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main


@pytest.fixture(scope="module")
def seed_report(checker, seeds_dir):
    return checker.check_paths([seeds_dir])


def _checks(report, rule_id):
    return [check for check in report.checks if check.rule == rule_id]


def _texts(report, item):
    return [report.claim(claim_id).text for claim_id in item.claims]


def test_section_scores_add_up_from_their_questions(seed_report):
    report = seed_report
    sections = {_texts(report, check)[0]: check for check in _checks(report, "parts-exceed-total")
                if report.claim(check.claims[0]).kind == "score"}
    assert {"12 / 25", "12 / 35", "10 / 40"} <= set(sections)
    assert all(check.evidence.holds for check in sections.values())
    assert not [f for f in report.findings if f.rule in {"parts-exceed-total", "score-exceeds-maximum"}]


def test_fivefold_and_80_percent_are_one_change(seed_report):
    report = seed_report
    (check,) = [c for c in _checks(report, "change-restatements-disagree") if "fivefold" in _texts(report, c)]
    assert set(_texts(report, check)) == {"fivefold", "80%"} and check.evidence.holds


def test_village_counts_stay_within_the_total(seed_report):
    report = seed_report
    within = [c for c in _checks(report, "count-exceeds-whole") if _texts(report, c)[0] == "6,290"]
    assert {_texts(report, c)[1] for c in within} >= {"4,866", "1,424", "1,161"}
    assert not [f for f in report.findings if f.rule == "count-exceeds-whole"]


def test_no_rule_raises_a_false_error_on_the_seeds(seed_report):
    report = seed_report
    errors = [f for f in report.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["conversion-disagrees-with-rate"], [f.message for f in errors]


def test_verbose_lists_the_checks_that_held(seeds_dir):
    result = CliRunner().invoke(main, ["run", str(seeds_dir), "--verbose"])
    assert result.exit_code == 1, result.output
    assert "Checks that held" in result.output
    assert "12 / 25" in result.output and "fivefold" in result.output and "6,290" in result.output
