"""Findings that persist across runs: fingerprints, --baseline, suppressions (file and inline), coverage."""

import json

from click.testing import CliRunner

from factcheck.cli import main

SCHOOLS = ("---\ntitle: Schools\npublished: 2024-06-01\n---\n"
           "By April 2024, the programme had connected 447 schools.\n\n"
           "As of May 2024, only {may} schools were connected.\n")
FIRM_B = ("---\ntitle: Firm B\nsource: Desk B\npublished: 2024-02-01\n---\n"
          "In 2023, the firm had 3.6 million subscribers.\n")
FIRM_C = ("---\ntitle: Firm C\nsource: Desk C\npublished: 2024-02-03\n---\n{lead}"
          "The firm counted 6.3 million subscribers in 2023.\n")


def write_corpus(folder, *, may="256", lead=""):
    folder.mkdir(exist_ok=True)
    (folder / "schools.md").write_text(SCHOOLS.format(may=may), encoding="utf-8")
    (folder / "firm-b.md").write_text(FIRM_B, encoding="utf-8")
    (folder / "firm-c.md").write_text(FIRM_C.format(lead=lead), encoding="utf-8")
    return folder


def run_json(*arguments):
    result = CliRunner().invoke(main, ["run", *map(str, arguments), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def by_rule(report):
    return {finding["rule"]: finding for finding in report["findings"]}


def test_fingerprints_ignore_offsets_but_follow_the_quoted_numbers(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    first = by_rule(run_json(corpus))
    write_corpus(corpus, lead="Subscriber numbers were published on Monday after a long delay.\n\n")
    shifted = by_rule(run_json(corpus))
    assert shifted["conflicting-figures"]["fingerprint"] == first["conflicting-figures"]["fingerprint"]
    write_corpus(corpus, may="250")
    edited = by_rule(run_json(corpus))
    assert edited["cumulative-count-decreases"]["fingerprint"] != first["cumulative-count-decreases"]["fingerprint"]
    assert all(len(f["fingerprint"]) == 12 for f in edited.values())


def test_baseline_marks_only_the_edited_articles_findings_new(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(run_json(corpus)), encoding="utf-8")
    write_corpus(corpus, may="250", lead="An editor's note was added above the figures.\n\n")
    report = run_json(corpus, "--baseline", baseline)
    statuses = {f["rule"]: f["status"] for f in report["findings"]}
    assert statuses == {"cumulative-count-decreases": "new", "conflicting-figures": "unchanged"}
    earlier = by_rule(json.loads(baseline.read_text(encoding="utf-8")))
    assert [f["fingerprint"] for f in report["fixed"]] == [earlier["cumulative-count-decreases"]["fingerprint"]]
    text = CliRunner().invoke(main, ["run", str(corpus), "--baseline", str(baseline)]).output
    assert "new" in text and "Fixed since the baseline" in text


def test_inline_marker_suppresses_with_its_reason_and_reads_no_number_from_itself(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    fingerprint = by_rule(run_json(corpus))["conflicting-figures"]["fingerprint"]
    firm_b = corpus / "firm-b.md"
    firm_b.write_text(FIRM_B + f"\n<!-- factcheck: ignore {fingerprint} Desk C counts 2023 resellers too -->\n",
                      encoding="utf-8")
    report = run_json(corpus)
    assert "conflicting-figures" not in by_rule(report)
    [suppressed] = report["suppressed"]
    assert suppressed["fingerprint"] == fingerprint and suppressed["rule"] == "conflicting-figures"
    assert suppressed["suppressed"]["reason"] == "Desk C counts 2023 resellers too"
    assert suppressed["suppressed"]["origin"].endswith("firm-b.md:8")
    claim_texts = [c["text"] for c in report["claims"] if c["document"] == "d1"]
    assert claim_texts == ["3.6 million"]
    for output_format, expected in (("text", "Desk C counts 2023 resellers too"),
                                    ("markdown", "Desk C counts 2023 resellers too"),
                                    ("html", "Desk C counts 2023 resellers too")):
        output = CliRunner().invoke(main, ["run", str(corpus), "--format", output_format]).output
        assert expected in output and fingerprint in output, output_format
    explained = CliRunner().invoke(main, ["explain", fingerprint, str(corpus)]).output
    assert "suppressed: Desk C counts 2023 resellers too" in explained


def test_inline_marker_only_applies_to_findings_involving_its_article(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    fingerprint = by_rule(run_json(corpus))["conflicting-figures"]["fingerprint"]
    (corpus / "schools.md").write_text(SCHOOLS.format(may="256") + f"<!-- factcheck: ignore {fingerprint} no -->\n",
                                       encoding="utf-8")
    assert "conflicting-figures" in by_rule(run_json(corpus))


def test_suppressions_file_and_its_errors(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    fingerprint = by_rule(run_json(corpus))["cumulative-count-decreases"]["fingerprint"]
    suppressions = tmp_path / "suppressions.yml"
    suppressions.write_text(f"- fingerprint: {fingerprint}\n  reason: regional count, checked with the desk\n",
                            encoding="utf-8")
    report = run_json(corpus, "--suppressions", suppressions)
    assert [s["suppressed"]["reason"] for s in report["suppressed"]] == ["regional count, checked with the desk"]
    assert "cumulative-count-decreases" not in by_rule(report)
    suppressions.write_text(f"- fingerprint: {fingerprint}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(corpus), "--suppressions", str(suppressions)])
    assert result.exit_code == 2
    assert "suppressions.yml:1:3" in result.output and "no reason" in result.output
    assert "Traceback" not in result.output


def test_coverage_counts_claims_no_rule_examined(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\npublished: 2024-06-01\n---\nBy April 2024, 447 schools were connected.\n\n"
                       "As of May 2024, 256 schools were connected.\n\nThe minister is 54 years old.\n",
                       encoding="utf-8")
    report = run_json(article)
    [coverage] = report["coverage"]
    extracted = [c for c in report["claims"] if c["document"] == coverage["document"]]
    assert coverage["extracted"] == len(extracted) >= 2
    assert coverage["checked"] >= 2
    assert coverage["checked"] + coverage["unverifiable"] == coverage["extracted"]


def test_coverage_with_rules_that_never_ran_is_all_unverifiable(tmp_path):
    from factcheck.engine import Checker

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "only-conversions.py").write_text(
        '"""Only looks at conversions."""\nfrom factcheck.model import Conversion\n'
        'from factcheck.rulebook import rule\n\n'
        '@rule(id="only-conversions", severity="info", applies_to=Conversion)\ndef check(group):\n    return None\n',
        encoding="utf-8")
    report = Checker(rules=[rules], include_bundled_rules=False).check_text(
        "By April 2024, 447 schools were connected. As of May 2024, 256 schools were connected.")
    [coverage] = report.coverage
    assert (coverage.extracted, coverage.checked, coverage.unverifiable) == (2, 0, 2)
