"""docs/rules.md is executed: its snippets run, and its worked example passes `factcheck rules test`."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.ruletest import test_folder as check_rule_folder

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
_FILE_BLOCK = re.compile(r"<!-- file: (?P<name>[\w.-]+) -->\s*```\w*\n(?P<body>.*?)```", re.DOTALL)
_PYTHON_BLOCK = re.compile(r"(?<!-->\n)```python\n(?P<body>.*?)```", re.DOTALL)


def test_worked_example_passes_rules_test(tmp_path):
    files = {match.group("name"): match.group("body") for match in _FILE_BLOCK.finditer(GUIDE.read_text("utf-8"))}
    assert set(files) == {"amount-exceeds-stated-cap.py", "amount-exceeds-stated-cap.yml"}
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    (result,) = check_rule_folder(tmp_path, examples=5)
    assert result.ok, "\n".join(result.problems)
    assert result.fixtures == result.fixtures_passed == 4 and result.laws.cases > 0


def test_relation_snippet_runs():
    text = GUIDE.read_text("utf-8")
    snippets = [m.group("body") for m in _PYTHON_BLOCK.finditer(text) if "Relation(" in m.group("body")
                and "@rule" not in m.group("body")]
    assert snippets
    for snippet in snippets:
        exec(compile(snippet, str(GUIDE), "exec"), {})  # noqa: S102 - our own documentation, not user input
