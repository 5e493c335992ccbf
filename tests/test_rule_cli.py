"""`factcheck rules list | show | test`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

THIRD_PARTY = Path(__file__).parent / "third_party_rules"


def _run(*args):
    return CliRunner().invoke(main, list(args))


def test_list_shows_every_rule_with_severity_and_summary():
    result = _run("rules", "list")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) >= 14
    assert any(line.split()[:2] == ["score-exceeds-maximum", "error"] for line in lines)
    assert all(len(line.split()) > 3 for line in lines)


def test_show_prints_documentation_and_fixtures():
    result = _run("rules", "show", "percent-of-count-not-whole")
    assert result.exit_code == 0
    assert "Inconsistent:" in result.output and "fifteen-percent-of-twelve-complaints" in result.output
    assert _run("rules", "show", "no-such-rule").exit_code == 2


def test_third_party_folder_passes():
    result = _run("rules", "test", str(THIRD_PARTY), "--examples", "4")
    assert result.exit_code == 0, result.output
    assert "2 of 2 rules" in result.output and "score-percent-disagrees" in result.output
    assert "consistent corpora of every scenario loaded: 1/1 raised nothing" in result.output


def test_a_wrong_fixture_fails_with_a_readable_summary(tmp_path):
    for name in ("score-percent-disagrees.py", "score-percent-disagrees.yml"):
        shutil.copy(THIRD_PARTY / name, tmp_path / name)
    fixtures = tmp_path / "score-percent-disagrees.yml"
    fixtures.write_text(fixtures.read_text(encoding="utf-8").replace("(48%)", "(58%)"), encoding="utf-8")
    result = _run("rules", "test", str(tmp_path), "--examples", "2")
    assert result.exit_code == 1
    assert "FAIL  score-percent-disagrees" in result.output
    assert "fixture percentage-matches: expected 0 finding(s)" in result.output
    assert "0 of 1 rules" in result.output and "failing: score-percent-disagrees" in result.output


def test_a_fixture_quote_without_its_mark_is_a_problem_of_the_rule_not_an_internal_error(tmp_path):
    for name in ("score-percent-disagrees.py", "score-percent-disagrees.yml"):
        shutil.copy(THIRD_PARTY / name, tmp_path / name)
    fixtures = tmp_path / "score-percent-disagrees.yml"
    fixtures.write_text(fixtures.read_text(encoding="utf-8").replace(
        'scored 12 / 25 (52%)', 'scored [[12 / 25]] (52%)'), encoding="utf-8")
    result = _run("rules", "test", str(tmp_path), "--examples", "2")
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output
    assert "quote '52%' has no [[marked]] figure" in result.output


def test_a_rule_that_breaks_its_laws_fails(tmp_path):
    source = (THIRD_PARTY / "score-percent-disagrees.py").read_text(encoding="utf-8")
    # A rule that forgives every error: its failing fixtures and the planted-error law both catch it.
    broken = source.replace("if not verdict.holds:", "if False:")
    (tmp_path / "score-percent-disagrees.py").write_text(broken, encoding="utf-8")
    shutil.copy(THIRD_PARTY / "score-percent-disagrees.yml", tmp_path / "score-percent-disagrees.yml")
    result = _run("rules", "test", str(tmp_path), "--examples", "3", "--verbose")
    assert result.exit_code == 1
    assert "planted found 0%" in result.output
    assert "planted error was found in only 0.0%" in result.output


def test_a_rule_file_that_runs_code_is_refused_in_one_line(tmp_path):
    (tmp_path / "sneaky-rule.toml").write_text(
        'id = "sneaky-rule"\nseverity = "error"\napplies_to = "claim"\ndescription = "x"\n'
        'relation = "__import__(1) <= 1"\nmessage = "m"\n[bind]\nscore = "claim.low"\n', encoding="utf-8")
    result = _run("rules", "test", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "sneaky-rule.toml:5:" in result.output


JUNK_RULE = '''"""Returns a string instead of findings: a rule with a bug, for the rules-test tests.

Inconsistent: "The village has 8 of the 5 wells it needs."
Consistent:   "The village has 3 of the 5 wells it needs."
"""
from factcheck.model import ShareStatement
from factcheck.rulebook import rule


@rule(id="returns-junk", severity="error", applies_to=ShareStatement)
def check(statement):
    return "not a finding"


@rule(id="yields-junk", severity="error", applies_to=ShareStatement)
def other(statement):
    yield 42
'''


def test_a_rule_returning_junk_fails_that_rule_and_the_others_are_tested(tmp_path):
    (tmp_path / "junk.py").write_text(JUNK_RULE, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(tmp_path), "--examples", "2"])
    assert result.exit_code == 1, result.output
    assert "FAIL  returns-junk" in result.output and "not str 'not a finding'" in result.output
    assert "FAIL  yields-junk" in result.output
    assert "Traceback" not in result.output
    (tmp_path / "junk.py").write_text(JUNK_RULE.split("@rule(id=\"returns-junk\"")[0] + "@rule(id=\"yields-junk\""
                                      + JUNK_RULE.split("@rule(id=\"yields-junk\"")[1], encoding="utf-8")
    alone = CliRunner().invoke(main, ["rules", "test", str(tmp_path), "--examples", "2"])
    assert "FAIL  yields-junk" in alone.output and "not int '42'" in alone.output


def _renamed(tmp_path, *, aliases: str) -> Path:
    """The third-party rule under a new id, its old one given as an alias."""
    source = (THIRD_PARTY / "score-percent-disagrees.py").read_text(encoding="utf-8")
    renamed = source.replace('@rule(id="score-percent-disagrees", ',
                             f'@rule(id="score-share-disagrees", aliases={aliases}, ')
    assert renamed != source
    folder = tmp_path / "renamed"
    folder.mkdir()
    (folder / "score-share-disagrees.py").write_text(renamed, encoding="utf-8")
    return folder


def test_a_renamed_rule_keeps_its_fingerprints_and_is_found_by_its_old_id(tmp_path):
    from factcheck import Checker

    text = "The country scored 12 / 25 (52%) for obstacles to access."
    before = Checker(rules=[THIRD_PARTY], include_bundled_rules=False).check_text(text, published="2024-10-01")
    checker = Checker(rules=[_renamed(tmp_path, aliases='["score-percent-disagrees"]')], include_bundled_rules=False)
    after = checker.check_text(text, published="2024-10-01")
    [old], [new] = before.findings, after.findings
    assert (old.rule, new.rule) == ("score-percent-disagrees", "score-share-disagrees")
    assert before.fingerprint(old) == after.fingerprint(new)
    assert checker.rulebook.by_id("score-percent-disagrees").id == "score-share-disagrees"


def test_an_alias_that_is_another_rules_id_is_refused(tmp_path):
    from factcheck.errors import RuleError
    from factcheck.rulebook import load_rules

    shutil.copy(THIRD_PARTY / "score-percent-disagrees.py", tmp_path / "score-percent-disagrees.py")
    renamed = _renamed(tmp_path, aliases='["score-percent-disagrees"]')
    with pytest.raises(RuleError, match="'score-percent-disagrees' is defined twice"):
        load_rules([tmp_path, renamed])


def test_a_module_level_scenario_is_still_read(tmp_path):
    from factcheck.rulebook import load_rules

    source = (THIRD_PARTY / "score-percent-disagrees.py").read_text(encoding="utf-8")
    older = source.replace(", scenario=scenario)", ")") + "\n\nSCENARIO = scenario\n"
    (tmp_path / "score-percent-disagrees.py").write_text(older, encoding="utf-8")
    [loaded] = load_rules([tmp_path]).rules
    assert loaded.scenario is not None
