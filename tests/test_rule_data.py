"""Rules written as data: parsed by our own grammar into sympy, and refused when they try to run code."""

from __future__ import annotations

import textwrap

import pytest
import sympy

from factcheck.errors import RuleError
from factcheck.expressions import ExpressionError, parse_expression, parse_relation
from factcheck.rulebook import load_rules

GOOD = textwrap.dedent('''\
    id = "tiny-share-above-whole"
    severity = "error"
    applies_to = "share"
    description = """A part cannot be larger than its whole.

    Inconsistent: "8 of the 5 wells."
    Consistent:   "3 of the 5 wells."
    """
    relation = "part_low <= whole_high"
    message = "{part} is more than {whole}"

    [bind]
    part_low = "part.low"
    whole_high = "whole.high"
    ''')


def _write(tmp_path, text, name="tiny-share-above-whole.toml"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_data_rule_loads_and_checks(tmp_path, checker):
    from factcheck.engine import Checker

    rulebook = load_rules([_write(tmp_path, GOOD)])
    (loaded,) = rulebook.rules
    assert loaded.id == "tiny-share-above-whole" and loaded.summary == "A part cannot be larger than its whole."
    report = Checker(rules=[tmp_path]).check_text("The village has 8 of the 5 wells it needs.", published="2024-01-01")
    (found,) = [f for f in report.findings if f.rule == loaded.id]
    assert found.message == "8 is more than 5" and found.evidence.relation == "7.5 ≤ 5.5 ✗"


@pytest.mark.parametrize(("relation", "complaint"), [
    ('__import__(\\"os\\").system(\\"true\\") <= 1', "names may not start with '_'"),
    ("part_low.real <= whole_high", "attribute access"),
    ("eval(part_low) <= whole_high", "unknown function 'eval'"),
    ("open(part_low) <= 1", "unknown function 'open'"),
    ("part_low[0] <= whole_high", "subscripts"),
    ("lambda_x <= whole_high", "unknown name 'lambda_x'"),
    ("part_low + whole_high", "needs one comparison"),
    ("part_low <= 1" + "0" * 400, "larger than 1e+15"),
    ("part_low / 0 <= whole_high", "division by zero"),
    ("part_low / (2 - 2) <= whole_high", "division by zero"),
    ("part_low / whole_high <= 1", "may be zero"),
    ("part_low <= 1 / (whole_high - part_low)", "may be zero"),
])
def test_code_in_a_rule_file_is_refused_with_file_and_line(tmp_path, relation, complaint, monkeypatch):
    def no_sympify(*args, **kwargs):
        raise AssertionError("sympify must never see rule text")

    monkeypatch.setattr(sympy, "sympify", no_sympify)
    text = GOOD.replace('relation = "part_low <= whole_high"', f'relation = "{relation}"')
    with pytest.raises(RuleError) as raised:
        load_rules([_write(tmp_path, text)])
    error = raised.value
    assert complaint in error.message
    assert error.path.endswith("tiny-share-above-whole.toml") and error.line == 9
    assert "\n" not in str(error) and str(error).startswith(f"{error.path}:9:")


def test_message_placeholders_cannot_reach_attributes(tmp_path):
    text = GOOD.replace('message = "{part} is more than {whole}"', 'message = "{part.__class__}"')
    with pytest.raises(RuleError, match="placeholders are"):
        load_rules([_write(tmp_path, text)])


def test_bad_bindings_and_keys_are_refused(tmp_path):
    with pytest.raises(RuleError, match="role.field"):
        load_rules([_write(tmp_path, GOOD.replace('"part.low"', '"part.__dict__"'))])
    with pytest.raises(RuleError, match="unknown key 'code'"):
        load_rules([_write(tmp_path, 'code = "print(1)"\n' + GOOD)])


def test_grammar_builds_sympy_with_precedence_and_functions():
    a, b, c = sympy.symbols("a b c")
    assert parse_expression("a - b - c", "abc") == a - b - c
    assert parse_expression("a + b * c", "abc") == a + b * c
    assert parse_expression("(a + b) * c", "abc") == (a + b) * c
    assert parse_expression("-a / 2.5", "a") == -a * sympy.Rational(2, 5)
    assert parse_relation("ceiling(a) <= floor(b)", "ab") == sympy.Le(sympy.ceiling(a), sympy.floor(b))
    assert parse_expression("max(a, b, 3)", "ab") == sympy.Max(a, b, 3)


@pytest.mark.parametrize("text", ["a <=", "a == b", "(a <= b", "a <= b <= c", "1 2 <= a", "a ! b", "a" * 600])
def test_malformed_expressions_are_refused(text):
    with pytest.raises(ExpressionError):
        parse_relation(text, "abc")


def test_select_takes_only_known_claim_fields(tmp_path):
    text = GOOD.replace('applies_to = "share"', 'applies_to = "claim"').replace(
        '"part.low"', '"claim.low"').replace('"whole.high"', '"claim.high"')
    text = text.replace("[bind]", '[select]\n__class__ = "x"\n\n[bind]')
    with pytest.raises(RuleError, match=r"\[select\] takes only"):
        load_rules([_write(tmp_path, text)])


def test_a_data_rule_over_open_ended_claims_neither_crashes_nor_flags(tmp_path):
    """floor() of an unbounded end or inf - inf has no value: the relation proves nothing, so no finding."""
    from factcheck.engine import Checker

    text = GOOD.replace('relation = "part_low <= whole_high"', 'relation = "floor(part_high) - whole_high <= 0"')
    text = text.replace('part_low = "part.low"', 'part_high = "part.high"')
    checker = Checker(rules=[_write(tmp_path, text)], include_bundled_rules=False, strict=True)
    report = checker.check_text("The village has more than 8 of the over 5 wells it needs.", published="2024-01-01")
    assert not report.findings and not report.problems


def test_an_undefined_relation_holds_vacuously_and_says_so():
    from factcheck.relations import Relation

    a, b = sympy.symbols("a b")
    verdict = Relation(sympy.Le(a / b, 1)).check(a=1.0, b=0.0)
    assert verdict.holds and not verdict.defined and "undefined" in verdict.text
    verdict = Relation(sympy.Le(sympy.floor(a) - b, 0)).check(a=float("inf"), b=float("inf"))
    assert verdict.holds and not verdict.defined
    assert Relation(sympy.Le(a, b)).check(a=1.0, b=2.0).defined


@pytest.mark.parametrize(("old", "new", "line", "complaint"), [
    ('id = "tiny-share-above-whole"', "id = 5", 1, "id must be a string in quotes, not int 5"),
    ('applies_to = "share"', 'applies_to = ["share"]', 3, "applies_to must be a string in quotes, not list"),
    ('severity = "error"', "severity = true", 2, "severity must be a string in quotes, not bool"),
])
def test_a_field_of_the_wrong_type_is_refused_with_file_and_line(tmp_path, old, new, line, complaint):
    with pytest.raises(RuleError) as raised:
        load_rules([_write(tmp_path, GOOD.replace(old, new))])
    assert complaint in raised.value.message and raised.value.line == line
    assert raised.value.path.endswith(".toml")


def test_a_rule_file_that_is_not_utf8_is_refused_with_its_position(tmp_path):
    (tmp_path / "latin.toml").write_bytes(GOOD.encode() + b"# caf\xe9\n")
    with pytest.raises(RuleError, match=r"not UTF-8 text \(byte 0xe9\)") as raised:
        load_rules([tmp_path])
    assert str(raised.value).startswith(f"{tmp_path / 'latin.toml'}:{GOOD.count(chr(10)) + 1}:6:")
