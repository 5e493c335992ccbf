"""Every rule's fixtures: the YAML file beside each rule, one test per named case.

A fixtures file `rules/<rule-id>.yml` reads:

    rule: cumulative-count-decreases
    cases:
      - name: later-count-smaller-same-scope      # unique within the file, kebab-case
        documents:                                 # checked together, ids d1, d2, ... in this order
          - text: "By April 2024 the project had connected 447 schools."
            published: 2024-04-30                  # optional YAML date
            source: "Desk A"                       # optional
        expect:                                    # findings of THIS rule; [] = must raise none
          - severity: error
            quotes: ["447", "256"]                 # Claim.text of the finding's claims, in its order
            spans: [[0, 40, 43], [1, 16, 19]]      # optional: [document index, start, end] per claim

The bundled rules folder is always collected. Folders of third-party rules are collected too
when listed in the environment variable FACTCHECK_RULES (separated by the path separator, as
`--rules` would take them); their rules are loaded into the same Checker.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

import attrs
import pytest
import yaml

from factcheck.bundled import rules_dir
from factcheck.engine import Checker
from factcheck.ingest import document_from_text

EXTRA_RULES_ENV = "FACTCHECK_RULES"
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CASE_KEYS = {"name", "documents", "expect"}
_DOCUMENT_KEYS = {"text", "published", "source"}
_EXPECT_KEYS = {"severity", "quotes", "spans"}


@attrs.frozen
class ExpectedFinding:
    severity: str
    quotes: tuple[str, ...]
    spans: tuple[tuple[int, int, int], ...] | None = None


@attrs.frozen
class FixtureDocument:
    text: str
    published: datetime.date | None = None
    source: str | None = None


@attrs.frozen
class FixtureCase:
    rule: str
    name: str
    path: Path
    documents: tuple[FixtureDocument, ...]
    expect: tuple[ExpectedFinding, ...]

    @property
    def id(self) -> str:
        return f"{self.rule}::{self.name}"


class FixtureError(ValueError):
    """A fixtures file that does not follow the format (raised while collecting, naming the file)."""


def extra_rule_folders() -> list[Path]:
    raw = os.environ.get(EXTRA_RULES_ENV, "")
    return [Path(part) for part in raw.split(os.pathsep) if part.strip()]


def rule_folders() -> list[Path]:
    return [rules_dir(), *extra_rule_folders()]


def collect_cases(folder: Path | str) -> list[FixtureCase]:
    """All cases of every `*.yml` fixtures file in `folder`, in file order, validated."""
    cases: list[FixtureCase] = []
    for path in sorted(Path(folder).glob("*.yml")):
        cases.extend(load_fixture_file(path))
    return cases


def load_fixture_file(path: Path) -> list[FixtureCase]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise FixtureError(f"{path}: not valid YAML: {error}") from error
    _require(isinstance(data, dict) and set(data) == {"rule", "cases"}, path,
             "the file must be a mapping with exactly the keys 'rule' and 'cases'")
    rule_id = data["rule"]
    _require(isinstance(rule_id, str) and rule_id == path.stem, path,
             f"'rule: {rule_id}' must be the file's base name {path.stem!r}")
    _require(isinstance(data["cases"], list) and data["cases"], path, "'cases' must be a non-empty list")
    cases, seen = [], set()
    for number, raw in enumerate(data["cases"], start=1):
        where = f"case {number}"
        _require(isinstance(raw, dict), path, f"{where} must be a mapping")
        _require(set(raw) <= _CASE_KEYS and {"name", "documents", "expect"} <= set(raw), path,
                 f"{where} must have exactly the keys name, documents, expect (has {sorted(raw)})")
        name = raw["name"]
        _require(isinstance(name, str) and _NAME.match(name), path, f"{where}: name {name!r} must be kebab-case")
        _require(name not in seen, path, f"case name {name!r} is used twice")
        seen.add(name)
        where = f"case {name!r}"
        cases.append(FixtureCase(rule_id, name, path, _documents(raw["documents"], path, where),
                                 _expectations(raw["expect"], len(raw["documents"]), path, where)))
    return cases


def _documents(raw, path: Path, where: str) -> tuple[FixtureDocument, ...]:
    _require(isinstance(raw, list) and raw, path, f"{where}: 'documents' must be a non-empty list")
    documents = []
    for index, document in enumerate(raw):
        _require(isinstance(document, dict) and "text" in document and set(document) <= _DOCUMENT_KEYS, path,
                 f"{where}: document {index} needs 'text' and may have only {sorted(_DOCUMENT_KEYS)}")
        _require(isinstance(document["text"], str) and document["text"].strip(), path,
                 f"{where}: document {index} has no text")
        published = document.get("published")
        _require(published is None or (isinstance(published, datetime.date)
                                       and not isinstance(published, datetime.datetime)), path,
                 f"{where}: document {index}: 'published' must be a YAML date such as 2024-04-30")
        source = document.get("source")
        _require(source is None or isinstance(source, str), path, f"{where}: document {index}: 'source' is text")
        documents.append(FixtureDocument(document["text"], published, source))
    return tuple(documents)


def _expectations(raw, document_count: int, path: Path, where: str) -> tuple[ExpectedFinding, ...]:
    _require(isinstance(raw, list), path, f"{where}: 'expect' must be a list ([] for no finding)")
    expected = []
    for index, item in enumerate(raw):
        _require(isinstance(item, dict) and {"severity", "quotes"} <= set(item) and set(item) <= _EXPECT_KEYS,
                 path, f"{where}: expected finding {index} needs severity and quotes, may have spans")
        _require(item["severity"] in ("error", "warning", "info"), path,
                 f"{where}: severity {item['severity']!r} is not error, warning or info")
        quotes = item["quotes"]
        _require(isinstance(quotes, list) and quotes and all(isinstance(q, str) for q in quotes), path,
                 f"{where}: quotes must be a non-empty list of strings")
        spans = item.get("spans")
        if spans is not None:
            _require(isinstance(spans, list) and len(spans) == len(quotes)
                     and all(isinstance(s, list) and len(s) == 3 and all(isinstance(n, int) for n in s) for s in spans)
                     and all(0 <= s[0] < document_count and 0 <= s[1] <= s[2] for s in spans), path,
                     f"{where}: spans must list one [document index, start, end] per quote")
            spans = tuple(tuple(s) for s in spans)
        expected.append(ExpectedFinding(item["severity"], tuple(quotes), spans))
    return tuple(expected)


def _require(condition, path: Path, message: str) -> None:
    if not condition:
        raise FixtureError(f"{path}: {message}")


def build_documents(case: FixtureCase) -> list:
    return [document_from_text(document.text, doc_id=f"d{index}", published=document.published,
                               source=document.source, language="en")
            for index, document in enumerate(case.documents, start=1)]


def _all_cases() -> list[FixtureCase]:
    cases: list[FixtureCase] = []
    for folder in rule_folders():
        cases.extend(collect_cases(folder))
    return cases


CHECKER = Checker(rules=extra_rule_folders())
CASES = _all_cases()


def _describe(case: FixtureCase, report, findings) -> str:
    lines = [f"case {case.id} ({case.path.name})"]
    for index, document in enumerate(case.documents):
        published = f" published {document.published}" if document.published else ""
        lines.append(f"  document {index} (d{index + 1}){published}: {document.text!r}")
    if not findings:
        lines.append(f"  actual findings of {case.rule}: none")
    for finding in findings:
        claims = [report.claim(claim_id) for claim_id in finding.claims]
        quoted = ", ".join(f"{c.text!r} [{int(c.document[1:]) - 1}, {c.span.start}, {c.span.end}]" for c in claims)
        lines.append(f"  actual: {finding.severity} {finding.message} | claims {quoted} | {finding.evidence.relation}")
    return "\n".join(lines)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_fixture(case: FixtureCase):
    report = CHECKER.check_documents(build_documents(case))
    findings = [finding for finding in report.findings if finding.rule == case.rule]
    context = _describe(case, report, findings)
    assert len(findings) == len(case.expect), \
        f"expected {len(case.expect)} finding(s) of {case.rule}, got {len(findings)}\n{context}"
    for number, (expected, finding) in enumerate(zip(case.expect, findings, strict=True), start=1):
        claims = [report.claim(claim_id) for claim_id in finding.claims]
        assert finding.severity == expected.severity, \
            f"finding {number}: severity {finding.severity!r}, expected {expected.severity!r}\n{context}"
        quotes = tuple(claim.text for claim in claims)
        assert quotes == expected.quotes, f"finding {number}: quotes {quotes}, expected {expected.quotes}\n{context}"
        if expected.spans is not None:
            spans = tuple((int(claim.document[1:]) - 1, claim.span.start, claim.span.end) for claim in claims)
            covered = [case.documents[d].text[start:end] for d, start, end in expected.spans]
            assert spans == expected.spans, (f"finding {number}: spans {spans}, expected {expected.spans} "
                                             f"(which cover {covered})\n{context}")


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
