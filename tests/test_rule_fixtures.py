"""Every rule's fixtures: the YAML file beside each rule, one test per named case.

The format is described in `factcheck.testing.fixtures`. The bundled rules folder is always
collected. Folders of third-party rules are collected too when listed in the environment variable
FACTCHECK_RULES (separated by the path separator, as `--rules` would take them).
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from factcheck.bundled import rules_dir
from factcheck.engine import Checker
from factcheck.testing.fixtures import FixtureCase, FixtureError, case_problems, collect_cases

EXTRA_RULES_ENV = "FACTCHECK_RULES"


def extra_rule_folders() -> list[Path]:
    raw = os.environ.get(EXTRA_RULES_ENV, "")
    return [Path(part) for part in raw.split(os.pathsep) if part.strip()]


def rule_folders() -> list[Path]:
    return [rules_dir(), *extra_rule_folders()]


def _all_cases() -> list[FixtureCase]:
    cases: list[FixtureCase] = []
    for folder in rule_folders():
        cases.extend(collect_cases(folder))
    return cases


CHECKER = Checker(rules=extra_rule_folders(), strict=True)
CASES = _all_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_fixture(case: FixtureCase):
    problems = case_problems(CHECKER, case)
    assert not problems, "\n".join(problems)


def test_every_fixture_names_a_loaded_rule():
    """A fixtures file for a rule id nobody defines would pass every `expect: []` vacuously."""
    known = {loaded.id for loaded in CHECKER.rulebook.rules}
    for folder in rule_folders():
        for path in sorted(Path(folder).glob("*.yml")):
            assert path.stem in known, f"{path}: no rule with id {path.stem!r} is loaded ({sorted(known)})"
            assert path.with_suffix(".py").is_file() or path.with_suffix(".toml").is_file(), \
                f"{path}: fixtures without a rule file {path.stem}.py or {path.stem}.toml beside"


def test_collect_cases_reads_a_folder(tmp_path):
    (tmp_path / "some-rule.yml").write_text(
        "rule: some-rule\ncases:\n  - name: one\n    documents:\n      - text: \"x 1\"\n"
        "        published: 2024-01-02\n    expect: []\n", encoding="utf-8")
    (case,) = collect_cases(tmp_path)
    assert case.id == "some-rule::one"
    assert case.documents[0].published == datetime.date(2024, 1, 2)
    assert case.expect == ()
    (tmp_path / "other-rule.yml").write_text("rule: misnamed\ncases: []\n", encoding="utf-8")
    with pytest.raises(FixtureError, match="other-rule.yml"):
        collect_cases(tmp_path)


def test_marked_figures_give_the_spans_without_counting(tmp_path):
    from factcheck.testing.fixtures import FixtureError, load_fixture_file

    path = tmp_path / "some-rule.yml"
    path.write_text('rule: some-rule\ncases:\n  - name: marked\n    documents:\n'
                    '      - text: "By April 2024, [[447]] schools."\n      - text: "In May, [[256]] schools."\n'
                    '    expect:\n      - severity: error\n        quotes: ["447", "256"]\n', encoding="utf-8")
    [case] = load_fixture_file(path)
    assert [document.text for document in case.documents] == ["By April 2024, 447 schools.", "In May, 256 schools."]
    assert case.expect[0].spans == ((0, 15, 18), (1, 8, 11))
    path.write_text(path.read_text(encoding="utf-8").replace('["447", "256"]', '["447", "300"]'), encoding="utf-8")
    with pytest.raises(FixtureError, match="quote '300' has no \\[\\[marked\\]\\] figure"):
        load_fixture_file(path)
