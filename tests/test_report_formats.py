"""The editors' formats: HTML (self-contained, escaped), ClaimReview JSON-LD, Markdown, explain, terminal manners."""

import json
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from factcheck.bundled import corpus_dir
from factcheck.cli import main

HOSTILE = (
    "---\n"
    "title: '\"><script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned=2\">'\n"
    "source: 'Desk \" onmouseover=\"window.__pwned=3'\n"
    "url: 'javascript:window.__pwned=7'\n"
    "published: 2024-06-01\n"
    "---\n"
    "By April 2024, <script>window.__pwned = 4</script> the programme had connected 447 schools "
    "\"><img src=x onerror=window.__pwned=5>.\n\n"
    "As of May 2024, only 256 schools were connected '\"><svg onload=window.__pwned=6></svg>.\n"
)


def write_hostile(folder):
    folder.mkdir(exist_ok=True)
    path = folder / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.script_bodies = [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_bodies.append(data)


def render(arguments):
    result = CliRunner().invoke(main, ["run", *map(str, arguments)])
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_html_is_self_contained_and_shows_documents_claims_and_findings(tmp_path):
    output = tmp_path / "report.html"
    render([corpus_dir(), "--format", "html", "--output", output])
    page = output.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    assert "link" not in parser.tags and "img" not in parser.tags and "iframe" not in parser.tags
    assert not [a for a in parser.attributes if a[1] == "src"], "nothing may be fetched when the page opens"
    assert parser.tags.count("script") == 2  # the claim records (JSON) and our own script
    assert "cumulative-count-decreases" in page and "446.5 ≤ 256.5 ✗" in page
    assert 'data-chart="timeline"' in page and "<svg" in page
    assert 'class="claim sev-error"' in page or 'class="claim sev-warning"' in page
    records = json.loads(page.split('<script type="application/json" id="claim-data">')[1].split("</script>")[0])
    starlink = [r for r in records.values() if r["title"].startswith("447 ")]
    assert starlink and dict(starlink[0]["rows"])["interval"] == "446.5 – 447.5"
    assert "Content-Security-Policy" in page and "'unsafe-inline'" not in page.split("script-src")[1][:80]


def test_html_escapes_hostile_document_text_and_metadata(tmp_path):
    output = tmp_path / "report.html"
    render([write_hostile(tmp_path / "news"), "--format", "html", "--output", output])
    page = output.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    assert "img" not in parser.tags and "svg" in parser.tags  # our chart, not the article's
    assert parser.tags.count("script") == 2
    assert not [a for a in parser.attributes if a[1].startswith("on")]
    assert not [a for a in parser.attributes if a[1] == "href" and a[2].lower().startswith("javascript:")]
    assert all("__pwned" not in body for body in parser.script_bodies if not body.lstrip().startswith("{"))
    assert "&lt;script&gt;window.__pwned = 4&lt;/script&gt;" in page


def test_claimreview_has_googles_required_properties_for_every_finding(tmp_path):
    result = CliRunner().invoke(main, ["run", str(corpus_dir()), "--format", "claimreview", "--author",
                                       "Desk Checks", "--review-url", "https://example.org/checks/today"])
    document = json.loads(result.output)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    findings = json.loads(CliRunner().invoke(main, ["run", str(corpus_dir()), "--format", "json"]).output)["findings"]
    assert len(reviews) == len(findings) > 0
    for review, finding in zip(reviews, findings, strict=True):
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["url"].startswith("https://example.org/checks/today#finding-")
        assert review["url"].endswith(finding["fingerprint"])
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["author"] == {"@type": "Organization", "name": "Desk Checks"}
        assert len(review["datePublished"]) == 10
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"]
        assert all(a["@type"] == "CreativeWork" and a["url"].startswith("https://") for a in item["appearance"])
    error = next(r for r, f in zip(reviews, findings, strict=True) if f["severity"] == "error")
    assert error["reviewRating"]["alternateName"] == "Inconsistent"


def test_claimreview_quotes_the_sentence_of_the_claim(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\nurl: https://example.org/a\npublished: 2024-06-01\n---\n"
                                 "By April 2024, the programme had connected 447 schools.\n\n"
                                 "As of May 2024, only 256 schools were connected.\n", encoding="utf-8")
    reviews = json.loads(CliRunner().invoke(main, ["run", str(corpus), "--format", "claimreview"]).output)["@graph"]
    assert [r["claimReviewed"] for r in reviews] == ["By April 2024, the programme had connected 447 schools."]
    assert reviews[0]["itemReviewed"]["appearance"][0]["url"] == "https://example.org/a"
    assert reviews[0]["itemReviewed"]["datePublished"] == "2024-06-01"


def test_markdown_escapes_and_carries_findings_and_coverage(tmp_path):
    output = render([write_hostile(tmp_path / "news"), "--format", "markdown"])
    assert output.startswith("# factcheck report")
    assert "A running total must not go down" in output and "Arithmetic: `446.5 ≤ 256.5 ✗`" in output
    assert "**447**" in output and "**256**" in output
    assert "<script>" not in output and "\\<script\\>" in output
    assert "| document | claims | checked | unverifiable |" in output


def test_explain_shows_one_finding_in_full_by_id_or_fingerprint(tmp_path):
    news = write_hostile(tmp_path / "news")
    report = json.loads(render([news, "--format", "json"]))
    finding = report["findings"][0]
    by_id = CliRunner().invoke(main, ["explain", finding["id"], str(news)])
    by_fingerprint = CliRunner().invoke(main, ["explain", finding["fingerprint"][:8], str(news)])
    assert by_id.exit_code == 0 and by_id.output == by_fingerprint.output
    assert finding["message"] in by_id.output and "446.5 ≤ 256.5 ✗" in by_id.output
    assert "interval    446.5 – 447.5" in by_id.output and "What the rule checks:" in by_id.output
    missing = CliRunner().invoke(main, ["explain", "f99", str(news)])
    assert missing.exit_code == 2 and "no finding 'f99'" in missing.output


def test_text_report_has_no_colour_when_not_a_terminal_and_quiet_keeps_only_findings(tmp_path):
    news = write_hostile(tmp_path / "news")
    plain = render([news])
    assert "\x1b[" not in plain
    assert "A running total must not go down" in plain and "Coverage" in plain
    quiet = render([news, "--quiet"])
    assert "Coverage" not in quiet and "factcheck:" not in quiet and "446.5 ≤ 256.5 ✗" in quiet


@pytest.mark.parametrize("output_format", ["text", "json", "html", "markdown"])
def test_every_format_reports_coverage(tmp_path, output_format):
    output = render([write_hostile(tmp_path / "news"), "--format", output_format])
    if output_format == "json":
        [coverage] = json.loads(output)["coverage"]
        assert coverage["document"] == "d1" and coverage["checked"] >= 2
        assert coverage["extracted"] == coverage["checked"] + coverage["unverifiable"]
    else:
        assert "unverifiable" in output


def test_progress_bar_is_off_when_not_a_terminal(tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    for number in range(8):
        (corpus / f"a{number}.txt").write_text(f"In 2023, the firm had {number + 1} million subscribers.\n",
                                               encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(corpus)])
    assert "checking" not in result.stderr and "\x1b[" not in result.stdout
