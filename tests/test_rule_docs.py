"""Every bundled rule documents itself, and its documentation is true.

A rule's module docstring is its documentation: a first line that is a sentence, an
"Inconsistent:" example the rule must flag and a "Consistent:" example it must not flag,
and a fixtures file beside it with at least one failing and one passing case.

Examples are checked as written: the quoted parts of an example are the texts; parts
separated by "..." are separate documents, in order (ids d1, d2, ...); a trailing
"(published YYYY-MM-DD)" sets their publication date, which is otherwise 2024-10-22.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

from factcheck.bundled import rules_dir
from factcheck.engine import Checker
from factcheck.rulebook import Rule, load_rules
from factcheck.testing.fixtures import example, example_documents

RULEBOOK = load_rules([rules_dir()])
RULES = list(RULEBOOK.rules)
CHECKER = Checker(strict=True)
_QUOTED = re.compile(r"\"([^\"]+)\"")
_SENTENCE = re.compile(r"^[A-Z\"“].*[^\s.]\.$")


def findings_of(loaded: Rule, documents: list) -> list:
    report = CHECKER.check_documents(documents)
    return [(f.severity, f.message, [report.claim(c).text for c in f.claims])
            for f in report.findings if f.rule == loaded.id]


def test_there_are_bundled_rules():
    assert RULES, f"no rules found in {rules_dir()}"


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_first_line_is_a_sentence(loaded: Rule):
    assert loaded.description.strip(), f"{loaded.path}: rule {loaded.id} has no module docstring"
    first = loaded.description.strip().splitlines()[0].strip()
    assert _SENTENCE.match(first) and len(first.split()) >= 4, \
        f"{loaded.path}: the docstring's first line must be one sentence (capital letter to full stop): {first!r}"


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_docstring_has_both_examples(loaded: Rule):
    for label in ("Inconsistent", "Consistent"):
        text = example(loaded.description, label)
        assert text is not None, f"{loaded.path}: docstring of {loaded.id} has no line starting with '{label}:'"
        assert _QUOTED.search(text), f"{loaded.path}: the {label} example of {loaded.id} quotes no text: {text!r}"


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_fixtures_beside_rule(loaded: Rule):
    path = loaded.fixtures_path
    assert path is not None and Path(path).is_file(), f"rule {loaded.id} has no fixtures file beside it ({path})"
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    assert data.get("rule") == loaded.id, f"{path}: 'rule:' is {data.get('rule')!r}, expected {loaded.id!r}"
    cases = data.get("cases") or []
    failing = [case.get("name") for case in cases if case.get("expect")]
    passing = [case.get("name") for case in cases if case.get("expect") == []]
    assert len(failing) >= 3, f"{path}: fewer than 3 failing cases (cases whose expect lists a finding)"
    assert len(passing) >= 3, f"{path}: fewer than 3 passing cases (cases with expect: [])"


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_inconsistent_example_fires(loaded: Rule):
    text = example(loaded.description, "Inconsistent")
    assert text, f"{loaded.path}: no Inconsistent example"
    found = findings_of(loaded, example_documents(text))
    assert found, f"{loaded.path}: the Inconsistent example of {loaded.id} raises nothing: {text}"


@pytest.mark.parametrize("loaded", RULES, ids=lambda r: r.id)
def test_consistent_example_passes(loaded: Rule):
    text = example(loaded.description, "Consistent")
    assert text, f"{loaded.path}: no Consistent example"
    found = findings_of(loaded, example_documents(text))
    assert not found, f"{loaded.path}: the Consistent example of {loaded.id} raises {found}: {text}"


def test_example_parsing():
    text = '"A 1." ... "B 2." (published 2024-01-05)'
    documents = example_documents(text)
    assert [d.text for d in documents] == ["A 1.", "B 2."]
    assert [d.id for d in documents] == ["d1", "d2"]
    assert all(d.published == datetime.date(2024, 1, 5) for d in documents)
    assert example('X.\n\nInconsistent: "a"\n  "b"\nConsistent:   "c"\n', "Inconsistent") == '"a" "b"'
    assert example('Inconsistent: "a"\nConsistent:   "c"\n', "Consistent") == '"c"'
