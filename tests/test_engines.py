"""Every engine gives the report the local engine gives: byte for byte, ids and order included."""

import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.bundled import corpus_dir
from factcheck.cli import main
from factcheck.report.json import report_json


def _generate(folder: Path, documents: int, seed: int = 4) -> Path:
    from bench.generate import generate

    generate(folder, documents=documents, seed=seed, error_rate=0.3)
    return folder / "docs"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return _generate(tmp_path_factory.mktemp("generated"), 24)


@pytest.fixture(scope="module")
def awkward(tmp_path_factory):
    """Files that are skipped or unreadable between good ones, so document ids must be renumbered."""
    folder = tmp_path_factory.mktemp("awkward")
    articles = sorted(corpus_dir().glob("*.md"))
    for index, article in enumerate(articles[:6]):
        (folder / f"{index:02d}-article.md").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "01a-broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "02a-notes.pdf").write_bytes(b"%PDF")
    (folder / "03a-bad-front-matter.md").write_text("---\ntitle: [unclosed\n---\nBody 12 schools.\n",
                                                    encoding="utf-8")
    return folder


@pytest.mark.parametrize("paths", [None, "awkward", "generated"])
def test_local_worker_processes_give_the_same_report(checker, paths, awkward, generated):
    chosen = {None: None, "awkward": [awkward], "generated": [generated]}[paths]
    expected = report_json(checker.check_paths(chosen))
    assert report_json(checker.check_paths(chosen, jobs=2)) == expected


@pytest.mark.parametrize("paths", [None, "awkward", "generated"])
def test_dask_engine_gives_the_same_report(checker, paths, awkward, generated):
    pytest.importorskip("dask.bag")
    chosen = {None: None, "awkward": [awkward], "generated": [generated]}[paths]
    expected = report_json(checker.check_paths(chosen))
    assert report_json(checker.check_paths(chosen, engine="dask", scheduler="synchronous")) == expected


def test_dask_engine_on_a_local_cluster(checker, generated):
    distributed = pytest.importorskip("distributed")
    expected = report_json(checker.check_paths([generated]))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert report_json(checker.check_paths([generated], engine="dask", scheduler=client)) == expected
        assert report_json(checker.check_paths(None, engine="dask", scheduler=client)) == \
            report_json(checker.check_paths(None))


def test_the_terminal_report_still_quotes_the_articles(checker):
    from io import StringIO

    from rich.console import Console

    from factcheck.report.text import render

    def rendered(report):
        buffer = StringIO()
        render(report, Console(file=buffer, width=120, no_color=True, highlight=False))
        return buffer.getvalue()

    assert rendered(checker.check_paths(None, jobs=2)) == rendered(checker.check_paths(None))


def test_cli_jobs_and_engine_options():
    runner = CliRunner()
    expected = runner.invoke(main, ["run", "--format", "json"])
    with_jobs = runner.invoke(main, ["run", "--format", "json", "--jobs", "2"])
    assert (with_jobs.exit_code, with_jobs.output) == (expected.exit_code, expected.output)
    pytest.importorskip("dask.bag")
    on_dask = runner.invoke(main, ["run", "--format", "json", "--engine", "dask", "--scheduler", "synchronous"])
    assert (on_dask.exit_code, on_dask.output) == (expected.exit_code, expected.output)


def test_cli_reports_an_unreachable_scheduler_on_one_line():
    pytest.importorskip("distributed")
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
        result = CliRunner().invoke(main, ["run", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def test_generated_corpus_is_reproducible_and_plants_at_the_stated_rate(tmp_path):
    first = _generate(tmp_path / "a", 120, seed=9)
    second = _generate(tmp_path / "b", 120, seed=9)
    files = sorted(p.relative_to(first) for p in first.rglob("*.md"))
    assert len(files) == 120
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    manifest = (tmp_path / "a" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    planted = sum('"rule"' in line for line in manifest)
    assert 0.15 * 120 <= planted <= 0.45 * 120  # error_rate 0.3
    sample = (first / random.Random(1).choice(files)).read_text(encoding="utf-8")
    assert sample.startswith("---\ntitle: ") and "published:" in sample


def test_extract_streams_the_claims_check_paths_finds(checker, awkward):
    from factcheck.report.json import claim_lines

    report = checker.check_paths([awkward])
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["extract", str(awkward), "--jobs", jobs])
        assert result.exit_code == 2  # the unreadable files
        lines = result.output.splitlines()
        assert "\n".join(lines[:len(report.claims)]) + "\n" == claim_lines(report.claims)
        assert lines[len(report.claims):] == [str(problem) for problem in report.problems]


def test_the_html_report_is_the_same_with_worker_processes():
    """Workers drop the articles' text; the page shows every article, so it reads them back (it showed 3 of 17)."""
    from factcheck.engine import Checker
    from factcheck.report.html import render_html

    checker = Checker(strict=True)
    assert render_html(checker.check_paths(None, jobs=2)) == render_html(checker.check_paths(None))


def test_a_file_edited_after_extraction_is_not_quoted_as_if_checked(tmp_path, monkeypatch):
    from factcheck.engine import Checker
    from factcheck.engines import pipeline

    article = tmp_path / "a.txt"
    article.write_text("By April 2024, 447 schools were connected. As of May 2024, 256 schools were connected.\n",
                       encoding="utf-8")
    assemble = pipeline.assemble

    def edited_meanwhile(*args, **kwargs):
        article.write_text("Rewritten: by April 2024, 500 schools were connected. As of May, 612.\n", encoding="utf-8")
        return assemble(*args, **kwargs)

    monkeypatch.setattr("factcheck.engines.local.assemble", edited_meanwhile)
    report = Checker(strict=True).check_paths([tmp_path], jobs=2)
    assert report.findings and report.documents[0].text == ""


def test_copies_are_one_source_in_every_engine(tmp_path):
    """Wire copies and a copy with one figure changed: the same report from each engine."""
    from factcheck.engine import Checker

    article = ("The Acme optimism index - a leading indicator two quarters ahead - edged up in January 2005 to "
               "101.8, from 101.2 in October.\n\nAcme said 1,200 of its 3,000 staff, or 40%, work abroad.\n")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(article, encoding="utf-8")
    (tmp_path / "d.txt").write_text(article.replace("101.8", "103.8"), encoding="utf-8")
    checker = Checker(strict=True)
    local = checker.check_paths([tmp_path])
    assert [finding.rule for finding in local.findings] == ["conflicting-figures"]
    expected = local.to_json()
    assert checker.check_paths([tmp_path], jobs=2).to_json() == expected
    assert checker.check_paths([tmp_path], engine="dask", scheduler="synchronous").to_json() == expected
