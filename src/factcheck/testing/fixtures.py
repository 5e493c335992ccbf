"""Rule fixtures and documentation checks, shared by the test suite and `factcheck rules test`.

A fixtures file `<rule-id>.yml` beside the rule reads:

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

Rather than counting offsets, mark the cited figures in the text: `"... connected [[447]] schools."`
The brackets are dropped from the document, and each quote takes the span of the first marked
figure it matches, in every document of the case: the spans are then checked as if written out.

A rule's docstring (or a data rule's description) is its documentation: a first line that is
one sentence, an "Inconsistent:" example the rule must flag and a "Consistent:" example it must
not. Quoted parts of an example are its texts; parts separated by "..." are separate documents;
a trailing "(published YYYY-MM-DD)" dates them (otherwise 2024-10-22).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import attrs
import yaml

from factcheck.ingest import document_from_text

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
        documents, marked = _documents(raw["documents"], path, where)
        cases.append(FixtureCase(rule_id, name, path, documents,
                                 _expectations(raw["expect"], len(raw["documents"]), path, where, marked)))
    return cases


_MARKED = re.compile(r"\[\[([^\[\]]{1,80})\]\]")  # bounded: a run of brackets must not backtrack


def _unmarked(text: str, index: int) -> tuple[str, list[tuple[int, int, int, str]]]:
    """The text without its [[markers]], and (document index, start, end, figure) per marker, in order."""
    pieces, marked, cursor, removed = [], [], 0, 0
    for match in _MARKED.finditer(text):
        pieces.append(text[cursor:match.start()])
        start = match.start() - removed
        marked.append((index, start, start + len(match.group(1)), match.group(1)))
        pieces.append(match.group(1))
        removed += 4
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), marked


def _documents(raw, path: Path, where: str) -> tuple[tuple[FixtureDocument, ...], list]:
    _require(isinstance(raw, list) and raw, path, f"{where}: 'documents' must be a non-empty list")
    documents, marked = [], []
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
        text, figures = _unmarked(document["text"], index)
        marked.extend(figures)
        documents.append(FixtureDocument(text, published, source))
    return tuple(documents), marked


def _expectations(raw, document_count: int, path: Path, where: str,
                  marked: list | None = None) -> tuple[ExpectedFinding, ...]:
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
        elif marked:
            spans = _spans_of_marks(quotes, marked, path, where)
        expected.append(ExpectedFinding(item["severity"], tuple(quotes), spans))
    return tuple(expected)


def _spans_of_marks(quotes: list[str], marked: list, path: Path, where: str) -> tuple[tuple[int, int, int], ...]:
    unused, spans = list(marked), []
    for quote in quotes:
        mark = next((m for m in unused if m[3] == quote), None)
        _require(mark is not None, path, f"{where}: quote {quote!r} has no [[marked]] figure in the text")
        unused.remove(mark)
        spans.append(mark[:3])
    return tuple(spans)


def _require(condition, path: Path, message: str) -> None:
    if not condition:
        raise FixtureError(f"{path}: {message}")


def build_documents(case: FixtureCase) -> list:
    return [document_from_text(document.text, doc_id=f"d{index}", published=document.published,
                               source=document.source, language="en")
            for index, document in enumerate(case.documents, start=1)]




def case_problems(checker, case: FixtureCase) -> list[str]:
    """What is wrong with the rule on this case (empty when it behaves as the fixture expects)."""
    report = checker.check_documents(build_documents(case))
    broken = [str(problem) for problem in report.problems if problem.internal]
    if broken:
        return broken
    findings = [finding for finding in report.findings if finding.rule == case.rule]
    context = describe(case, report, findings)
    if len(findings) != len(case.expect):
        return [f"expected {len(case.expect)} finding(s) of {case.rule}, got {len(findings)}\n{context}"]
    problems = []
    for number, (expected, finding) in enumerate(zip(case.expect, findings, strict=True), start=1):
        claims = [report.claim(claim_id) for claim_id in finding.claims]
        if finding.severity != expected.severity:
            problems.append(f"finding {number}: severity {finding.severity!r}, expected {expected.severity!r}")
        quotes = tuple(claim.text for claim in claims)
        if quotes != expected.quotes:
            problems.append(f"finding {number}: quotes {quotes}, expected {expected.quotes}")
        if expected.spans is not None:
            spans = tuple((int(claim.document[1:]) - 1, claim.span.start, claim.span.end) for claim in claims)
            if spans != expected.spans:
                covered = [case.documents[d].text[start:end] for d, start, end in expected.spans]
                problems.append(f"finding {number}: spans {spans}, expected {expected.spans} (which cover {covered})")
    return [f"{problem}\n{context}" for problem in problems]


def describe(case: FixtureCase, report, findings) -> str:
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


DEFAULT_PUBLISHED = datetime.date(2024, 10, 22)
_QUOTED = re.compile(r"\"([^\"]+)\"")
_PUBLISHED = re.compile(r"\(published (\d{4}-\d{2}-\d{2})\)")
_SENTENCE = re.compile(r"^[A-Z\"“].*[^\s.]\.$")


def example(description: str, label: str) -> str | None:
    """The text after `Inconsistent:` or `Consistent:` (continuation lines included)."""
    lines = description.splitlines()
    for index, line in enumerate(lines):
        if line.strip().startswith(f"{label}:"):
            text = [line.strip()[len(label) + 1:].strip()]
            for following in lines[index + 1:]:
                stripped = following.strip()
                if not stripped or re.match(r"^(Inconsistent|Consistent):", stripped):
                    break
                text.append(stripped)
            return " ".join(text)
    return None


def example_documents(text: str) -> list:
    published = _PUBLISHED.search(text)
    on = datetime.date.fromisoformat(published.group(1)) if published else DEFAULT_PUBLISHED
    quoted = _QUOTED.findall(text)
    return [document_from_text(part, doc_id=f"d{index}", published=on, language="en")
            for index, part in enumerate(quoted, start=1)]


def documentation_problems(checker, loaded) -> list[str]:
    """A rule's documentation is complete and true: its examples do what they say."""
    problems = []
    description = loaded.description.strip()
    first = description.splitlines()[0].strip() if description else ""
    if not (_SENTENCE.match(first) and len(first.split()) >= 4):
        problems.append(f"the first line of the documentation must be one sentence: {first!r}")
    for label, should_fire in (("Inconsistent", True), ("Consistent", False)):
        text = example(description, label)
        if not text or not _QUOTED.search(text):
            problems.append(f"no '{label}:' example with quoted text")
            continue
        report = checker.check_documents(example_documents(text))
        problems.extend(f"the {label} example: {problem}" for problem in report.problems if problem.internal)
        fired = [f for f in report.findings if f.rule == loaded.id]
        if should_fire and not fired:
            problems.append(f"the {label} example raises nothing: {text}")
        if not should_fire and fired:
            problems.append(f"the {label} example raises {[f.message for f in fired]}: {text}")
    path = loaded.fixtures_path
    if path is None or not Path(path).is_file():
        problems.append(f"no fixtures file beside the rule ({path})")
    else:
        try:
            cases = load_fixture_file(Path(path))
        except FixtureError:
            return problems  # the fixtures' own test reports it, naming the file and the case
        if not any(case.expect for case in cases) or not any(not case.expect for case in cases):
            problems.append(f"{path}: needs at least one failing and one passing case")
    return problems
