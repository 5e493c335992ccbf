"""Bad input, through the library and the CLI: one clear line naming the file and position, exit 2
for unusable input, the other files of a folder still checked, and never a traceback."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.ingest import MAX_FILE_BYTES, read_document
from factcheck.segment import segment

GOOD_ARTICLE = "By April 2024, 447 schools were connected. As of May 2024, 256 schools were connected.\n"


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *fragments: str) -> str:
    """The error output is one line holding every fragment; no traceback."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if any(f in line for f in fragments[:1])]
    assert len(lines) == 1, result.output
    for fragment in fragments:
        assert fragment in lines[0], result.output
    return lines[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def json_report(result) -> dict:
    start = result.output.index("{")
    return json.loads(result.output[start:], parse_constant=_reject_constant)


def _reject_constant(name: str):
    raise AssertionError(f"JSON holds {name}, which is not JSON")


# ---------------------------------------------------------------- unusable files: exit 2, one line

UNUSABLE = {
    "empty.txt": (b"", "empty.txt:1:1", "empty"),
    "blank.txt": (b"  \n\t\n   \r\n", "blank.txt:1:1", "empty"),
    "binary.txt": (b"GIF89a\x01\x00\x00\x00\xff\xff", "binary.txt:1:8", "binary"),
    "damaged.md": ("Schüler: 447 — Größe\nzweite Zeile ".encode() + b"\xc3\x28 kaputt\n", "damaged.md:2:14",
                   "not valid UTF-8"),
    "not-yaml.md": (b"---\ntitle: [unclosed\npublished: 2024-01-01\n---\nBody 5 schools.\n", "not-yaml.md:3:",
                    "front matter is not valid YAML"),
    "list.md": (b"---\n- a\n- b\n---\nBody 5 schools.\n", "list.md:2:1", "must be a mapping"),
    "scalar.md": (b"---\njust a sentence\n---\nBody 5 schools.\n", "scalar.md:2:1", "must be a mapping"),
    "feb30.md": (b"---\npublished: 2024-02-30\n---\nBody 5 schools.\n", "feb30.md:2:1", "day is out of range"),
    "feb30-words.md": (b"---\npublished: February 30, 2024\n---\nBody 5 schools.\n", "feb30-words.md:2:1",
                       "'published' is not a date"),
    "published-list.md": (b"---\npublished: [2024, 1]\n---\nBody 5 schools.\n", "published-list.md:2:1",
                          "'published' is not a date"),
    "url-mapping.md": (b"---\ntitle: T\nurl: {href: x}\n---\nBody 5 schools.\n", "url-mapping.md:3:1",
                       "'url' must be a single value"),
    "title-list.md": (b"---\ntitle:\n  - a\n  - b\n---\nBody 5 schools.\n", "title-list.md:2:1",
                      "'title' must be a single value"),
    "python-tag.md": (b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody.\n",
                      "python-tag.md:2:", "front matter is not valid YAML"),
}


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_unusable_file_is_one_line_naming_file_and_position_with_exit_2(tmp_path, name):
    content, location, message = UNUSABLE[name]
    path = write(tmp_path, name, content)
    result = cli("run", str(path))
    assert result.exit_code == 2, result.output
    one_line_error(result, str(tmp_path / location), message)


@pytest.mark.parametrize("name", ["binary.txt", "damaged.md", "feb30.md"])
def test_extract_reports_the_same_line_and_exits_2(tmp_path, name):
    content, location, message = UNUSABLE[name]
    result = cli("extract", str(write(tmp_path, name, content)))
    assert result.exit_code == 2
    one_line_error(result, str(tmp_path / location), message)


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_library_raises_input_error_with_position(tmp_path, name):
    content, location, message = UNUSABLE[name]
    with pytest.raises(InputError) as raised:
        read_document(write(tmp_path, name, content), "d1")
    assert str(raised.value).startswith(str(tmp_path / location)) and message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_folder_run_reports_each_bad_file_and_checks_the_rest(tmp_path):
    for name, (content, _, _) in UNUSABLE.items():
        write(tmp_path, name, content)
    write(tmp_path, "good.md", "---\ntitle: Good\n---\n" + GOOD_ARTICLE)
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    result = cli("run", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    report = json_report(result)
    failed = {Path(p["path"]).name for p in report["problems"] if not p["skipped"]}
    assert failed == set(UNUSABLE)
    assert [Path(d["path"]).name for d in report["documents"]] == ["good.md"]
    assert [c["text"] for c in report["claims"]] == ["447", "256"]
    assert [f["rule"] for f in report["findings"]] == ["cumulative-count-decreases"]


# ---------------------------------------------------------------- encodings that are fine

def test_utf16_with_bom_is_read_and_spans_quote_the_text(tmp_path):
    path = write(tmp_path, "utf16.txt", GOOD_ARTICLE.encode("utf-16"))
    document = read_document(path, "d1")
    assert document.text == GOOD_ARTICLE
    report = json_report(cli("run", str(path), "--format", "json"))
    assert [(c["text"], GOOD_ARTICLE[c["span"]["start"]:c["span"]["end"]]) for c in report["claims"]] == [
        ("447", "447"), ("256", "256")]


@pytest.mark.parametrize("text, encoding", [
    ("В апреле 2024 года к интернету подключили 447 сельских школ, а в мае 2024 года — 256 школ.\n", "cp1251"),
    ("Im April 2024 waren 447 Schulen angeschlossen, für Größe und Qualität gesorgt.\n", "cp1252"),
    ("Қазақстанда 2024 жылы 447 мектеп интернетке қосылды.\n", "kz1048"),
])
def test_legacy_encodings_of_our_languages_are_decoded(tmp_path, text, encoding):
    path = write(tmp_path, "legacy.txt", text.encode(encoding))
    assert read_document(path, "d1").text == text
    result = cli("run", str(path))
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_utf8_bom_and_crlf(tmp_path):
    path = write(tmp_path, "bom.md", ("\ufeff---\r\ntitle: T\r\n---\r\n" + GOOD_ARTICLE).encode())
    report = json_report(cli("run", str(path), "--format", "json"))
    text = path.read_bytes().decode("utf-8-sig")  # offsets count the text after the BOM, CRLF kept
    assert [text[c["span"]["start"]:c["span"]["end"]] for c in report["claims"]] == ["447", "256"]


# ---------------------------------------------------------------- size: a documented limit, both sides

def test_file_over_the_limit_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    chunk = (GOOD_ARTICLE * (2**20 // len(GOOD_ARTICLE))).encode()
    with path.open("wb") as stream:
        while stream.tell() < 100 * 2**20:
            stream.write(chunk)
    result = cli("run", str(path))
    assert result.exit_code == 2
    one_line_error(result, f"{path}: file is larger than the 16 MiB limit")


def test_file_at_the_limit_is_checked_and_one_byte_more_is_refused(tmp_path):
    tail = GOOD_ARTICLE.encode()
    at_limit = tmp_path / "at-limit.txt"
    at_limit.write_bytes(b" " * (MAX_FILE_BYTES - len(tail) - 1) + b"\n" + tail)
    assert at_limit.stat().st_size == MAX_FILE_BYTES
    report = json_report(cli("run", str(at_limit), "--format", "json"))
    assert [c["text"] for c in report["claims"]] == ["447", "256"]
    assert report["claims"][0]["span"]["line"] == 2
    over = tmp_path / "over-limit.txt"
    over.write_bytes(b" " + at_limit.read_bytes())
    assert cli("run", str(over)).exit_code == 2


CLAUSE = "the ministry connected 1,250 schools in 2023, about 3.2% more than planned, "
LONG_SENTENCE = "In the north " + CLAUSE * 6 + "and it says the rest will follow. "


def test_ten_megabyte_single_line_is_segmented_in_bounded_time(tmp_path):
    """Ingest and segmentation of a 10 MB line (the full pipeline on it is in the slow test below)."""
    line = LONG_SENTENCE * (10 * 2**20 // len(LONG_SENTENCE))
    path = write(tmp_path, "line.txt", line)
    document = read_document(path, "d1")
    sentences = segment(document).sentences
    assert len(sentences) == line.count("follow.")
    assert all(document.text[s.start:s.end] == s.text for s in sentences[:: max(1, len(sentences) // 50)])


@pytest.mark.skipif(not os.environ.get("FACTCHECK_SLOW_TESTS"), reason="minutes long; set FACTCHECK_SLOW_TESTS=1")
def test_ten_megabyte_single_line_through_the_cli(tmp_path):
    path = write(tmp_path, "line.txt", LONG_SENTENCE * (10 * 2**20 // len(LONG_SENTENCE)))
    result = cli("run", str(path), "--format", "json", "-o", str(tmp_path / "out.json"))
    assert result.exit_code in (0, 1), result.output


def test_long_single_line_through_the_cli(tmp_path):
    sentence = "In 2023 the ministry connected 1,250 schools, about 3.2% more than planned; "
    line = sentence * (60_000 // len(sentence)) + "\n"
    path = write(tmp_path, "line.txt", line)
    report = json_report(cli("run", str(path), "--format", "json"))
    assert len(report["claims"]) >= line.count("1,250")
    for claim in report["claims"]:
        assert line[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]


# ---------------------------------------------------------------- HTML

@pytest.mark.parametrize("html", [
    "<div>" * 50_000 + "<p>By April 2024, 447 schools were connected.</p>" + "</div>" * 50_000,
    "<p" * 5_000 + ">By April 2024, 447 schools were connected.",
    "<<<<>>>>" * 2_000 + "<p>By April 2024, 447 schools were connected.",
    "<p>By April 2024, 447 schools were connected.<!-- 999 schools, never closed",
    "<p>By April 2024, 447 schools were connected.<script>var x = 999; // never closed",
    "<title>" * 3_000 + "<p>By April 2024, 447 schools were connected.",
    "<p title='a<b'>By April 2024, 447 schools were connected.</p>&#99999999;&bogus;&amp",
])
def test_nested_and_broken_html_keeps_offsets_and_hides_markup(tmp_path, html):
    path = write(tmp_path, "page.html", html)
    result = cli("run", str(path), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    claims = json_report(result)["claims"]
    assert [c["text"] for c in claims if c["text"] != "2024"] == ["447"]
    for claim in claims:
        assert html[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]


# ---------------------------------------------------------------- numbers, currencies, dates

NUMBER_SENTENCES = [
    "The debt reached 1e999999 dollars in 2024.",
    "The estimate was 10^10^10 tenge.",
    "There were " + "9" * 10_000 + " schools.",
    "There were " + "1," * 3_000 + "000 schools.",
    "The share was 0." + "0" * 5_000 + "1 percent.",
    "The share was " + "0" * 5_000 + "7 percent.",
    "Prices fell by -5% and rose by +3.2 million tenge; the balance was −7 billion and ‒4 units.",
    "The rate was -0.0 percent and +-3 points and --12 users and 5-- schools.",
    "It cost 500 zorkmids, 30 XYZ, 12 ₿ and ¤ 9 in 2024.",
    "On February 30, 2024, 447 schools were connected; on 31 April 2024 there were 450.",
    "The 30th of February 2024 saw 12 schools; в 30 февраля 2024 года 256 школ; 31 июня 2024 года.",
    "NaN schools, inf users, Infinity tenge and 1e308 and 1.8e308 and 4.9e-324 percent.",
]


@pytest.mark.parametrize("sentence", NUMBER_SENTENCES, ids=lambda s: s[:30])
def test_odd_numbers_never_crash_and_stay_finite(checker, sentence):
    report = checker.check_text(sentence, published="2024-06-01")
    for claim in report.claims:
        assert sentence[claim.span.start:claim.span.end] == claim.text
        assert math.isfinite(claim.quantity.value) if hasattr(claim, "quantity") else True
    text = report.to_json()
    json.loads(text, parse_constant=_reject_constant)
    for claim in json.loads(text)["claims"]:
        if claim["time"]:
            assert claim["time"]["start"] <= claim["time"]["end"]


def test_impossible_dates_resolve_to_no_date(checker):
    report = checker.check_text("On February 30, 2024, 447 schools were connected.", published="2024-06-01")
    for claim in report.claims:
        assert "02-30" not in json.dumps(claim.to_dict())


def test_odd_numbers_through_the_cli(tmp_path):
    path = write(tmp_path, "numbers.txt", "\n".join(NUMBER_SENTENCES) + "\n")
    result = cli("run", str(path), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    json_report(result)


# ---------------------------------------------------------------- rule files

RULE_HEADER = '"""A rule.\n\nInconsistent: "x"\nConsistent: "y"\n"""\nfrom factcheck.rulebook import rule\n'
BAD_RULES = {
    "syntax": ("def broken(:\n    pass\n", "broken-rule.py:1:", "syntax error"),
    "raises-at-import": (RULE_HEADER + "raise RuntimeError('boom')\n", "broken-rule.py:7", "failed to load"),
    "bad-id": (RULE_HEADER + "from factcheck.model import MeasureSeries\n"
               "@rule(id='Not An Id', severity='error', applies_to=MeasureSeries)\ndef f(group):\n    return None\n",
               "broken-rule.py", "must be lowercase words"),
    "no-rule": (RULE_HEADER + "x = 1\n", "broken-rule.py", "defines no rule"),
    "exits": (RULE_HEADER + "import sys\nsys.exit(3)\n", "broken-rule.py:8", "failed to load"),
}


@pytest.mark.parametrize("case", sorted(BAD_RULES))
def test_broken_rule_file_is_one_line_and_exit_2(tmp_path, case):
    source, location, message = BAD_RULES[case]
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "broken-rule.py").write_text(source, encoding="utf-8")
    article = write(tmp_path, "a.txt", GOOD_ARTICLE)
    for command in (["run", str(article), "--rules", str(folder)], ["rules", "list", "--rules", str(folder)]):
        result = cli(*command)
        assert result.exit_code == 2, result.output
        one_line_error(result, str(folder / location), message)


def test_rule_fixture_yaml_cannot_run_code(tmp_path):
    """Fixtures are read with yaml.safe_load: a python tag is refused, never executed."""
    import yaml

    marker = tmp_path / "pwned"
    fixture = f"cases:\n  - name: x\n    text: !!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(fixture)
    assert not marker.exists()


def test_missing_rules_folder_is_one_line(tmp_path):
    result = cli("run", str(write(tmp_path, "a.txt", GOOD_ARTICLE)), "--rules", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    one_line_error(result, "nowhere", "rules folder not found")


# ---------------------------------------------------------------- our own bugs

def _explode(*args, **kwargs):
    raise ZeroDivisionError("simulated bug\nwith a second line")


def test_internal_error_is_one_line_naming_the_file_and_asking_for_a_report(tmp_path, monkeypatch):
    monkeypatch.setattr("factcheck.engine.extract_document", _explode)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    path = write(tmp_path, "a.txt", GOOD_ARTICLE)
    result = cli("run", str(path))
    assert result.exit_code == 2
    line = one_line_error(result, "internal error", str(path), "ZeroDivisionError: simulated bug", "report it")
    assert "second line" not in line


# ---------------------------------------------------------------- crash isolation: a bug costs one file

SENTENCE_BUG = "The bug sentence counts 12 things."


def _explode_on_bug_sentences(monkeypatch):
    from factcheck.extract import claims

    read_sentence = claims._read_sentence

    def reading(context, sentence, *args):
        if "bug sentence" in sentence.text:
            raise ZeroDivisionError("simulated bug\nwith a second line")
        return read_sentence(context, sentence, *args)

    monkeypatch.setattr(claims, "_read_sentence", reading)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)


def test_a_sentence_that_breaks_extraction_costs_that_sentence_only(monkeypatch):
    from factcheck.engine import Checker

    _explode_on_bug_sentences(monkeypatch)
    report = Checker().check_text(f"Intro.\n\n{SENTENCE_BUG} {GOOD_ARTICLE}")
    assert [claim.text for claim in report.claims] == ["447", "256"]
    assert [finding.rule for finding in report.findings] == ["cumulative-count-decreases"]
    [problem] = report.problems
    assert problem.internal and not problem.skipped
    assert str(problem).startswith("d1:3:1: internal error in extraction: ZeroDivisionError: simulated bug (")
    with pytest.raises(ZeroDivisionError):
        Checker(strict=True).check_text(f"{SENTENCE_BUG} {GOOD_ARTICLE}")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_breaks_extraction_does_not_cost_the_run(tmp_path, monkeypatch, jobs):
    _explode_on_bug_sentences(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    bad = write(folder, "a-bad.txt", f"Intro line.\n{SENTENCE_BUG}\n")
    write(folder, "b-good.txt", GOOD_ARTICLE)
    result = cli("run", str(folder), "--jobs", jobs)
    assert result.exit_code == 2
    one_line_error(result, "internal error", f"{bad}:2:1: internal error in extraction: ZeroDivisionError")
    assert "cumulative-count-decreases" in result.output
    report = json_report(cli("run", str(folder), "--jobs", jobs, "--format", "json"))
    assert [finding["rule"] for finding in report["findings"]] == ["cumulative-count-decreases"]
    assert [(p["line"], p["internal"]) for p in report["problems"]] == [(2, True)]


def test_a_file_that_breaks_outside_its_sentences_is_one_problem(tmp_path, monkeypatch):
    from factcheck.engine import Checker

    def segmenting(document):
        raise KeyError("simulated bug")

    monkeypatch.setattr("factcheck.engine.segment", segmenting)
    report = Checker().check_paths([write(tmp_path, "a.txt", GOOD_ARTICLE)])
    assert [str(problem).split(" (")[0] for problem in report.problems] == [
        f"{tmp_path / 'a.txt'}: internal error in extraction: KeyError: 'simulated bug'"]


def test_a_file_that_breaks_reading_does_not_cost_the_run(tmp_path, monkeypatch):
    from factcheck import engine

    read_document = engine.read_document

    def reading(path, *args):
        if path.name == "a.txt":
            raise RecursionError("simulated bug")
        return read_document(path, *args)

    monkeypatch.setattr(engine, "read_document", reading)
    write(tmp_path, "a.txt", GOOD_ARTICLE)
    write(tmp_path, "b.txt", GOOD_ARTICLE)
    for jobs in (1, 2):
        report = engine.Checker().check_paths([tmp_path], jobs=jobs)
        assert [document.path for document in report.documents] == [str(tmp_path / "b.txt")]
        assert len(report.findings) == 1
        assert [problem.message.split(" (")[0] for problem in report.problems] == [
            "internal error in reading: RecursionError: simulated bug"]


BROKEN_RULE = '''"""Breaks on every series: a rule with a bug, for the crash-isolation tests."""
from factcheck.rulebook import rule
from factcheck.model import MeasureSeries


@rule(id="always-breaks", severity="error", applies_to=MeasureSeries)
def check(series):
    raise ValueError("a rule's bug\\nsecond line")
'''


def test_a_rule_that_raises_is_reported_once_and_the_other_rules_stand(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules, "always-breaks.py", BROKEN_RULE)
    articles = tmp_path / "in"
    articles.mkdir()
    write(articles, "a.txt", GOOD_ARTICLE)
    write(articles, "b.txt", GOOD_ARTICLE.replace("schools", "clinics"))
    result = cli("run", str(articles), "--rules", str(rules))
    assert result.exit_code == 2
    line = one_line_error(result, "internal error", f"{articles}", ".txt:1:16: internal error in rule always-breaks: "
                          "ValueError: a rule's bug; it broke on 2 groups of claims (")
    assert "second line" not in line
    assert result.output.count("cumulative-count-decreases") == 2
    with pytest.raises(Exception, match="always-breaks"):
        from factcheck.engine import Checker

        Checker(rules=[rules], strict=True).check_paths([articles])


def test_ledger_add_goes_on_after_a_file_it_cannot_archive(tmp_path, monkeypatch):
    from factcheck.ledger import Ledger

    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    add = Ledger.add

    def adding(self, document, claims):
        if document.path.endswith("a.txt"):
            raise MemoryError("simulated bug")
        return add(self, document, claims)

    monkeypatch.setattr(Ledger, "add", adding)
    write(tmp_path, "a.txt", GOOD_ARTICLE)
    write(tmp_path, "b.txt", GOOD_ARTICLE)
    ledger = tmp_path / "ledger.sqlite"
    result = cli("ledger", "add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--ledger", str(ledger))
    assert result.exit_code == 2
    assert "archived" in result.output and "b.txt: 2 claims" in result.output and "a.txt: 2 claims" not in result.output
    one_line_error(result, "internal error", "a.txt: internal error in archiving: MemoryError: simulated bug")
    with Ledger(ledger) as archive:
        assert archive.stats().documents == 1


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr("factcheck.engine.extract_document", _explode)
    path = write(tmp_path, "a.txt", GOOD_ARTICLE)
    result = CliRunner().invoke(main, ["--debug", "run", str(path)])
    assert isinstance(result.exception, ZeroDivisionError)
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    assert isinstance(cli("run", str(path)).exception, ZeroDivisionError)


def test_real_process_prints_no_traceback(tmp_path):
    bad = write(tmp_path, "bad.md", b"---\npublished: 2024-02-30\n---\nx\n")
    completed = subprocess.run([sys.executable, "-m", "factcheck.cli", "run", str(bad)], capture_output=True,
                               text=True, timeout=120, env={**os.environ, "FACTCHECK_DEBUG": ""})
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr + completed.stdout
    assert f"{bad}:2:1" in completed.stderr + completed.stdout


# ---------------------------------------------------------------- no code from data

FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_CALLS = {"sympify", "parse_expr", "S", "unsafe_load", "full_load"}
FORBIDDEN_MODULE_CALLS = {("pickle", "loads"), ("pickle", "load"), ("marshal", "loads"), ("yaml", "load"),
                          ("shelve", "open"), ("dill", "loads")}


def _forbidden_calls(path: Path) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
        owner = function.value.id if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) \
            else None
        builtin = isinstance(function, ast.Name) or owner == "builtins"
        if (builtin and name in FORBIDDEN_BUILTINS) or name in FORBIDDEN_CALLS or \
                (owner, name) in FORBIDDEN_MODULE_CALLS:
            found.append(f"{path}:{node.lineno}: {ast.unparse(function)}(...)")
    return found


def test_no_eval_exec_pickle_or_sympify_anywhere():
    """The grep-level check (the lint step in .ci/run is the other): no call that turns data into code."""
    repo = Path(__file__).resolve().parent.parent
    sources = [p for folder in ("src", "rules", "bench", "fuzz") for p in (repo / folder).rglob("*.py")]
    assert len(sources) > 20
    found = [hit for path in sources for hit in _forbidden_calls(path)]
    assert not found, "\n".join(found)


def test_the_grep_check_catches_what_it_looks_for(tmp_path):
    probe = write(tmp_path, "probe.py", "import pickle, re, sympy, yaml\neval('1')\nsympy.sympify('x')\n"
                  "pickle.loads(b'')\nyaml.load('a')\nsympy.S('1/2')\nre.compile('x')\nyaml.safe_load('a')\n")
    assert [hit.split(": ")[1] for hit in _forbidden_calls(probe)] == [
        "eval(...)", "sympy.sympify(...)", "pickle.loads(...)", "yaml.load(...)", "sympy.S(...)"]


CASE_FOLDING_LOOKALIKES = {
    "Turkish dotted capital I": lambda text: text.replace("i", "İ"),
    "Turkish dotless i": lambda text: text.replace("i", "ı"),
    "upper case with dotted I": lambda text: text.upper().replace("I", "İ"),
    "long s": lambda text: text.replace("s", "ſ"),
    "Kelvin sign": lambda text: text.replace("k", "\u212a"),
}


@pytest.mark.parametrize("variant", sorted(CASE_FOLDING_LOOKALIKES))
def test_articles_written_with_letters_that_case_insensitive_patterns_fold_are_checked_without_error(variant):
    """A case-insensitive pattern takes "APRİL", "thırd" or "ſeptember" for the word it knows; every
    look-up of what it matched must fold the same way (month names, parts of the year, quarters,
    fractions, multiples and qualifiers each raised an error on such text)."""
    from factcheck import Checker
    from factcheck.bundled import corpus_dir

    checker = Checker()
    for path in sorted(corpus_dir().rglob("*.md")):
        checker.check_text(CASE_FOLDING_LOOKALIKES[variant](path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("engine, jobs", [("local", 2), ("dask", 1)])
def test_every_engine_isolates_crashes_as_the_local_one_does(tmp_path, monkeypatch, engine, jobs):
    from factcheck.engine import Checker

    _explode_on_bug_sentences(monkeypatch)
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules, "always-breaks.py", BROKEN_RULE)
    write(tmp_path, "a.txt", f"{SENTENCE_BUG}\n")
    write(tmp_path, "b.txt", GOOD_ARTICLE)
    checker = Checker(rules=[rules])
    expected = checker.check_paths([tmp_path]).to_json()
    assert '"internal": true' in expected
    assert checker.check_paths([tmp_path], engine=engine, jobs=jobs, scheduler="synchronous").to_json() == expected


# ---------------------------------------------------------------- reversed ranges, zero divisors, impossible days

REVERSED_RANGES = [
    ("en", "Support is between 64 and 50 percent.", (49.5, 64.5)),
    ("de", "Die Zustimmung liegt zwischen 30 und 20 Prozent.", (19.5, 30.5)),
    ("ru", "Поддержка составляет между 64 и 50 процентами.", (49.5, 64.5)),
    ("kk", "Бағасы 50 000 теңгеден 20 000 теңгеге дейін.", (19_999.5, 50_000.5)),
    ("en", "Between 2025 and 2020 the firm hired 40 people.", (2019.5, 2025.5)),
]


@pytest.mark.parametrize(("language", "sentence", "bounds"), REVERSED_RANGES, ids=lambda x: str(x)[:24])
def test_a_range_stated_high_end_first_is_read_in_order_with_a_note(checker, language, sentence, bounds):
    report = checker.check_text(sentence, language=language, published="2024-06-01")
    ranged = [claim for claim in report.claims if claim.qualifier == "range"]
    assert len(ranged) == 1, report.claims
    quantity = ranged[0].quantity
    assert (quantity.lower, quantity.upper) == pytest.approx(bounds)
    assert ranged[0].notes == ("a range stated high end first: read low end first",)
    assert ranged[0].to_dict()["notes"] == list(ranged[0].notes)


def test_a_range_in_order_has_no_note(checker):
    [claim] = checker.check_text("Support is between 50 and 64 percent.").claims
    assert claim.notes == () and "notes" not in claim.to_dict()


# Each gave a ZeroDivisionError or an OverflowError in a bundled rule (issue 14): a zero or open-ended
# figure is no divisor, no fold and no bound of a count; the rules leave such a pair unchecked.
EDGE_FIGURES = [
    ("en", "The ombudsman upheld more than 30 percent of the 12 complaints it received."),
    ("en", "The ombudsman upheld less than 30 percent of the 12 complaints it received."),
    ("de", "Die Ombudsstelle gab mehr als 30 Prozent der 12 Beschwerden statt."),
    ("ru", "Омбудсмен удовлетворил более 30 процентов из 12 жалоб."),
    ("en", "Exports dropped 0-fold, by two-thirds."),
    ("en", "Exports rose 0-fold, by 0 percent."),
    ("en", "The fee is up to 0 tenge ($5)."),
    ("en", "The fee is 1,000 tenge ($0) in March 2024."),
    ("en", "Of the 0 schools, 0 were connected, or 0%."),
    ("en", "Sales rose 50% from 0 to 10 units, tenfold."),
    ("en", "The team ranked 0th of 0 teams and scored 5 / 0."),
    ("en", "Support rose from 10% to 0%, up 5 percentage points."),
    ("en", "The service has between 1.5 million and 2 users, about half of its 3 million."),
    ("en", "Exports dropped 1e308-fold, by 1e308 percent, and more than 1e308 of the 5 users agreed."),
]


@pytest.mark.parametrize(("language", "sentence"), EDGE_FIGURES, ids=lambda x: str(x)[:30])
def test_zero_and_open_ended_figures_never_break_a_rule(checker, language, sentence):
    for text in (sentence, f"{sentence} {sentence}"):
        checker.check_text(text, language=language, published="2024-06-01")  # strict: any exception fails


def test_open_ended_share_of_a_count_raises_nothing(checker):
    report = checker.check_text("The ombudsman upheld more than 30 percent of the 12 complaints it received.")
    assert not report.findings


DAY_ZERO = [
    ("en", "As of 0 June 2024, 447 schools were connected."),
    ("de", "Stand 0. Juni 2024 waren 447 Schulen angeschlossen."),
    ("ru", "На 0 июня 2024 года подключено 447 школ."),
    ("kk", "2024 жылғы 0 маусымда 447 мектеп қосылды."),
    ("en", "On 31 April 2024, 447 schools were connected."),
]


@pytest.mark.parametrize(("language", "sentence"), DAY_ZERO, ids=lambda x: str(x)[:24])
def test_a_day_that_does_not_exist_is_no_date(checker, language, sentence):
    report = checker.check_text(sentence, language=language, published="2024-06-01")
    schools = [claim for claim in report.claims if claim.text.startswith("447")]
    assert schools and all(claim.time is None or claim.time.start.day != 0 for claim in schools)
    assert "-00" not in report.to_json()


# ---------------------------------------------------------------- files that never end

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    write(tmp_path, "good.txt", GOOD_ARTICLE)
    completed = subprocess.run([sys.executable, "-m", "factcheck.cli", "run", str(pipe), str(tmp_path)],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 2
    assert f"{pipe}: not a regular file but a FIFO (named pipe): factcheck reads files only" in completed.stdout
    assert f"{pipe}: skipped: not a regular file but a FIFO" in completed.stdout
    assert "cumulative-count-decreases" in completed.stdout


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_not_read_forever():
    result = cli("run", "/dev/zero")
    assert result.exit_code == 2
    one_line_error(result, "/dev/zero", "not a regular file but a device")


ENDLESS_RULE = '''"""Never returns: a rule with an endless loop, for the time-limit tests."""
from factcheck.rulebook import rule
from factcheck.model import MeasureSeries


@rule(id="never-returns", severity="error", applies_to=MeasureSeries)
def check(series):
    while True:
        try:
            pass
        except Exception:  # a rule swallowing every exception must still be stopped
            pass
'''


def test_a_rule_that_never_returns_is_stopped_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules, "never-returns.py", ENDLESS_RULE)
    article = write(tmp_path, "a.txt", GOOD_ARTICLE)
    result = cli("run", str(article), "--rules", str(rules), "--rule-time-limit", "0.3")
    assert result.exit_code == 2
    one_line_error(result, "internal error", f"{article}:1:16: internal error in rule never-returns: ran over its "
                   "time limit of 0.3 s and was stopped for the rest of the run")
    assert "cumulative-count-decreases" in result.output


def test_ctrl_c_exits_130_not_the_findings_code(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.engine.Checker.check_paths", interrupted)
    result = cli("run", str(write(tmp_path, "a.txt", GOOD_ARTICLE)))
    assert result.exit_code == 130 and "interrupted" in result.output


# ---------------------------------------------------------------- output safety

def test_output_onto_an_input_is_refused_and_the_article_kept(tmp_path):
    article = write(tmp_path, "a.md", GOOD_ARTICLE)
    for target in (str(article), str(tmp_path / "." / "a.md")):
        result = cli("run", str(tmp_path), "-o", target)
        assert result.exit_code == 2
        one_line_error(result, "refusing", "--output names an input file")
        assert article.read_text(encoding="utf-8") == GOOD_ARTICLE


SCRIPT_BREAKER = "</script><script>alert(1)</script><!--"


def test_claimreview_is_safe_to_embed_and_leaks_no_local_path(tmp_path):
    article = write(tmp_path, "a.md", f"---\ntitle: \"{SCRIPT_BREAKER}\"\n---\nBy April 2024, 447 schools "
                                      f"{SCRIPT_BREAKER} were connected. As of May 2024, 256 schools were connected.\n")
    result = cli("run", str(article), "--format", "claimreview", "--author", "Desk & <b>")
    assert result.exit_code == 1
    assert "<" not in result.output and ">" not in result.output and "&" not in result.output
    assert "file:" not in result.output and str(tmp_path) not in result.output
    review = json.loads(result.output)["@graph"][0]
    assert SCRIPT_BREAKER in review["claimReviewed"] and review["author"]["name"] == "Desk & <b>"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", " data:text/html,x", "file:///etc/passwd",
                                 "vbscript:x", "https://ok.example/\nSet-Cookie: x"])
def test_claimreview_review_url_must_be_http_or_relative(tmp_path, url):
    result = cli("run", str(write(tmp_path, "a.txt", GOOD_ARTICLE)), "--format", "claimreview", "--review-url", url)
    assert result.exit_code == 2 and "--review-url must be an http(s) address or a relative path" in result.output


@pytest.mark.parametrize("url", ["https://news.example/report.html", "reports/factcheck.html", "/fc/report.html"])
def test_claimreview_takes_http_and_relative_review_urls(tmp_path, url):
    result = cli("run", str(write(tmp_path, "a.txt", GOOD_ARTICLE)), "--format", "claimreview", "--review-url", url)
    assert result.exit_code == 1
    assert json.loads(result.output)["@graph"][0]["url"].startswith(url + "#finding-")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_output_is_an_io_error_not_a_bug(tmp_path):
    with open("/dev/full", "w") as full:
        completed = subprocess.run([sys.executable, "-m", "factcheck.cli", "run", str(write(tmp_path, "a.txt",
                                    GOOD_ARTICLE))], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert completed.returncode == 2
    assert "I/O error: No space left on device" in completed.stderr and "bug" not in completed.stderr
    assert "Traceback" not in completed.stderr


def test_a_damaged_ledger_is_named_not_a_bug(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    for number in range(40):
        write(tmp_path, f"a{number}.txt", GOOD_ARTICLE.replace("447", str(400 + number)))
    assert cli("ledger", "add", str(tmp_path), "--ledger", str(ledger), "-q").exit_code == 0
    from factcheck.ledger import Ledger

    Ledger(ledger).close()  # a checkpoint: the pages are in the main file now
    data = bytearray(ledger.read_bytes())
    page = 4096
    data[2 * page:len(data)] = b"\xa5" * (len(data) - 2 * page)
    ledger.write_bytes(bytes(data))
    for wal in tmp_path.glob("ledger.sqlite-*"):
        wal.unlink()
    result = cli("run", str(write(tmp_path, "draft.txt", GOOD_ARTICLE)), "--ledger", str(ledger))
    assert result.exit_code == 2
    line = one_line_error(result, str(ledger))
    assert "bug" not in line and ("ledger" in line)


def test_damaged_utf8_in_a_mostly_ascii_file_is_an_error_not_a_legacy_reading(tmp_path):
    """One well-formed UTF-8 dash beside one bad byte: UTF-8 that was damaged, never cp1252 garble."""
    path = write(tmp_path, "damaged.txt", "By April 2024 — says the report — 447 schools were connected.\n"
                 .encode() + b"As of May 2024, 256 schools \xc3\x28 were connected.\n")
    result = cli("run", str(path))
    assert result.exit_code == 2
    one_line_error(result, "damaged.txt", "damaged.txt:2:29: not valid UTF-8 (byte 0xc3)")


def test_a_lone_legacy_pound_sign_in_english_text_is_still_read(tmp_path):
    path = write(tmp_path, "pound.txt", b"The club paid a transfer fee of \xa315.8m for the striker in 2004.\n")
    assert "£15.8m" in read_document(path, "d1").text


def test_a_full_disk_is_named_not_hidden_behind_a_failed_rollback():
    """When COMMIT fails for a full disk, SQLite has ended the transaction: a ROLLBACK then raises "cannot
    rollback - no transaction is active", which used to replace the disk error in the message."""
    import sqlite3

    from factcheck.ledger import _transaction

    class FullDisk:
        in_transaction = False

        def execute(self, statement):
            if statement == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            if statement == "ROLLBACK":
                raise sqlite3.OperationalError("cannot rollback - no transaction is active")

    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        with _transaction(FullDisk()):
            pass
