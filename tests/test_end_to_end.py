"""The whole pipeline on the bundled corpus and on the seed documents, through the library and the CLI."""

import json

from click.testing import CliRunner

from factcheck.bundled import corpus_dir
from factcheck.cli import main


def finding_claims(report, finding):
    return [report.claim(claim_id) for claim_id in finding.claims]


def test_bundled_corpus_has_findings_and_exits_1():
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 1, result.output
    assert "cumulative-count-decreases" in result.output
    assert "conversion-disagrees-with-rate" in result.output


def test_bundled_corpus_flags_the_starlink_decrease_and_the_bad_conversion(checker):
    report = checker.check_paths([corpus_dir()])
    decreases = [f for f in report.findings if f.rule == "cumulative-count-decreases"]
    assert any({c.text for c in finding_claims(report, f)} == {"447", "256"} for f in decreases)
    conversions = [f for f in report.findings if f.rule == "conversion-disagrees-with-rate" and f.severity == "error"]
    assert any("103,500" in f.message for f in conversions)


def test_json_is_deterministic_and_follows_the_contract():
    runner = CliRunner()
    first = runner.invoke(main, ["run", "--format", "json"]).output
    second = runner.invoke(main, ["run", "--format", "json"]).output
    assert first == second
    report = json.loads(first)
    assert set(report) >= {"factcheck", "documents", "claims", "findings"}
    claim = report["claims"][0]
    assert set(claim) >= {"id", "document", "text", "span", "sentence", "value", "low", "high", "unit", "qualifier",
                          "kind", "measure", "subject", "scope", "time"}
    assert set(claim["span"]) == {"start", "end", "line", "column"}
    finding = report["findings"][0]
    assert set(finding) >= {"id", "rule", "severity", "message", "claims", "evidence"}
    assert {"relation", "holds"} <= set(finding["evidence"])


def test_spans_in_json_quote_the_files(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: T\npublished: 2024-05-01\n---\nBy April 2024, 447 schools were connected.\n"
                       "As of May 2024, only 256 schools were connected.\n", encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["run", str(tmp_path), "--format", "json"]).output)
    text = article.read_text(encoding="utf-8")
    for claim in report["claims"]:
        assert text[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]
    assert [f["rule"] for f in report["findings"]] == ["cumulative-count-decreases"]


def test_fail_on_and_exit_codes(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The ministry counted 447 schools in April 2024.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(clean)]).exit_code == 0
    missing = runner.invoke(main, ["run", str(tmp_path / "missing")])
    assert missing.exit_code == 2 and "missing" in missing.output  # a typo must not look like a clean article
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(main, ["run", str(tmp_path)])
    assert result.exit_code == 2
    assert "blob.txt" in result.output and "binary" in result.output and "Traceback" not in result.output


def test_extract_prints_one_json_claim_per_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Telegram has over 12.5 million users in Kazakhstan.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(c["text"], c["low"], c["high"], c["qualifier"]) for c in lines] == [
        ("over 12.5 million", 12500000, None, "lower")]


def test_extract_set_aside_prints_the_numbers_read_and_why(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nOne of the 30 founders, aged 54, saw Leeds win 2-1 in 2023.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--set-aside", str(article)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(n["text"], n["reason"], n["span"]["column"]) for n in lines] == [
        ("One", "one, no count", 1), ("aged 54", "age", 25), ("2-1", "score or ratio", 48)]
    assert {n["document"] for n in lines} == {"d1"}


def test_library_check_text():
    import factcheck

    report = factcheck.check_text("By April 2024, 447 schools were connected. As of May 2024, 256 schools were "
                                  "connected.", published="2024-06-01")
    assert [f.rule for f in report.findings] == ["cumulative-count-decreases"]
    assert json.loads(report.to_json())["findings"][0]["evidence"]["holds"] is False


def test_seeds_starlink_schools_finding(checker, seeds_dir):
    report = checker.check_paths([seeds_dir])
    wanted = None
    for finding in report.findings:
        claims = finding_claims(report, finding)
        places = {(report.document(c.document).path.rsplit("/", 1)[-1], c.text) for c in claims}
        if {("001_6e06efcd8ff3adc3.txt", "447"), ("004_bdb8459a5fd5291c.txt", "256")} <= places:
            wanted = finding
    assert wanted is not None and wanted.severity in {"error", "warning"}
    assert "school" in wanted.message and "April 2024" in wanted.message and "May 2024" in wanted.message
    for claim in finding_claims(report, wanted):
        text = report.document(claim.document).text
        assert text[claim.span.start:claim.span.end] == claim.text
        assert text[claim.span.end:claim.span.end + 14] == " rural schools"


def test_seeds_raise_no_error_on_statements_that_hold(checker, seeds_dir):
    report = checker.check_paths([seeds_dir])
    errors = [f for f in report.findings if f.severity == "error"]
    for finding in errors:
        texts = {c.text for c in finding_claims(report, finding)}
        assert not texts & {"over 12.5 million", "more than half", "20 million"}, finding.message
        assert "fivefold" not in texts, finding.message
    assert all("103,500" in f.message for f in errors), [f.message for f in errors]


def test_seed_noise_makes_no_claims(checker, seeds_dir):
    report = checker.check_paths([seeds_dir])
    texts = [c.text for c in report.claims]
    assert "0.01157" not in texts and "494.87" not in texts and "$2.24 million" not in texts
