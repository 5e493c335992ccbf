"""The HTML report in a real browser: Debian's headless Chromium, offline flags, a fresh profile.

Opens the report of the seed documents (or the bundled corpus when the seeds are absent) plus a
hostile article, and checks: no console errors or exceptions; the Starlink running-total finding
and its timeline chart render; clicking a claim shows its record; the hostile article's <script>
and attribute-breaking quotes stay text. Screenshots are saved in the test's temporary folder.
`.ci/run` installs chromium, so in CI (CI set) a missing browser fails instead of skipping.
"""

import os

import pytest
from chromium import Chromium, chromium_binary
from click.testing import CliRunner
from test_report_formats import write_hostile

from factcheck.bundled import corpus_dir
from factcheck.cli import main

REPO_SHARED_SEEDS = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds"))
STARLINK_FINDING = """Array.from(document.querySelectorAll('article.finding[data-rule="cumulative-count-decreases"]'))
                      .find(f => f.querySelector('.message').textContent.includes('Starlink'))"""


@pytest.fixture(scope="module")
def browser_binary():
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium package)")
        pytest.skip("chromium is not installed: apt-get install -y chromium")
    return binary


def test_report_renders_in_headless_chromium(tmp_path, browser_binary):
    seeds = REPO_SHARED_SEEDS if os.path.isdir(REPO_SHARED_SEEDS) else str(corpus_dir())
    hostile = write_hostile(tmp_path / "hostile")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["run", seeds, str(hostile), "--format", "html", "--output", str(page)])
    assert result.exit_code in (0, 1), result.output

    with Chromium(browser_binary, tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        finding = f"({STARLINK_FINDING})"
        assert browser.evaluate(f"{finding} !== null")
        assert "running total" in browser.evaluate(f"{finding}.innerText")
        chart = browser.evaluate(f"""(() => {{
            const svg = {finding}.querySelector('figure[data-chart="timeline"] svg');
            if (!svg) return null;
            const box = svg.getBoundingClientRect();
            return {{width: box.width, height: box.height, points: svg.querySelectorAll('circle').length,
                     labels: Array.from(svg.querySelectorAll('text')).map(t => t.textContent)}};
        }})()""")
        assert chart is not None, "the Starlink finding has no timeline chart"
        assert chart["width"] > 200 and chart["height"] > 80 and chart["points"] >= 2
        assert {"447", "256"} <= set(chart["labels"])
        highlighted = browser.evaluate("document.querySelectorAll('mark.claim[data-claim].sev-error, "
                                       "mark.claim[data-claim].sev-warning').length")
        assert highlighted >= 4

        browser.evaluate(f"""(() => {{  // the Starlink finding at the top of its panel, its 447 mid-page
            const panel = document.getElementById('findings'), documents = document.getElementById('documents');
            panel.scrollTop += {finding}.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
            const claim = document.getElementById({finding}.querySelector('a[data-claim]').hash.slice(1));
            documents.scrollTop += claim.getBoundingClientRect().top - documents.getBoundingClientRect().top - 250;
        }})()""")
        overview = browser.screenshot(tmp_path / "report.png")

        browser.evaluate(f"document.getElementById({finding}.querySelector('a[data-claim]').hash.slice(1)).click()")
        inspector = browser.evaluate("document.getElementById('inspector').hidden ? null : "
                                     "document.getElementById('inspector').innerText")
        assert inspector is not None and "446.5 – 447.5" in inspector and "rural school" in inspector
        detail = browser.screenshot(tmp_path / "report-claim.png")

        assert browser.evaluate("typeof window.__pwned") == "undefined"
        assert browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert browser.evaluate("document.querySelectorAll('script').length") == 2
        hostile_text = browser.evaluate("""Array.from(document.querySelectorAll('details.document'))
            .map(d => d.innerText).find(t => t.includes('__pwned')) || ''""")
        assert "<script>window.__pwned = 4</script>" in hostile_text
        assert "\"><img src=x onerror=window.__pwned=5>" in hostile_text

        assert browser.console_errors() == []
    for shot in (overview, detail):
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
