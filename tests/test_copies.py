"""Copies of a sentence or an article are one source statement (issue 13): never compared with
themselves, a changed figure compared exactly once, and the report says copies were recognised."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.engine import Checker

ARTICLE = ("The Acme optimism index - a leading indicator of GDP growth two quarters ahead - edged up in January "
           "2005 to 101.8, from 101.2 in October.\n\n"
           "Acme said 1,200 of its 3,000 staff, or 40%, work abroad. Its revenue rose 10% to $110m from $100m "
           "in 2004.\n")


def _folder(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("copies", [2, 3])
def test_identical_copies_of_a_consistent_article_raise_nothing(tmp_path, copies):
    report = Checker(strict=True).check_paths([_folder(tmp_path, {f"{n}.txt": ARTICLE for n in range(copies)})])
    assert not report.findings
    assert [(c.document, c.source, c.sentences) for c in report.copies] == [
        (f"d{n + 1}", "d1", 3) for n in range(1, copies)]


def test_a_copy_that_changes_one_figure_gives_exactly_one_finding(tmp_path):
    texts = {"a.txt": ARTICLE, "b.txt": ARTICLE, "c.txt": ARTICLE.replace("to 101.8", "to 103.8")}
    report = Checker(strict=True).check_paths([_folder(tmp_path, texts)])
    [finding] = report.findings
    assert [report.claim(claim_id).text for claim_id in finding.claims] == ["101.8", "103.8"]


def test_the_earliest_published_copy_is_the_statement(tmp_path):
    later = "---\npublished: 2005-03-01\n---\n" + ARTICLE
    earlier = "---\npublished: 2005-02-01\n---\n" + ARTICLE
    report = Checker(strict=True).check_paths([_folder(tmp_path, {"a.md": later, "b.md": earlier})])
    assert [(c.document, c.source) for c in report.copies] == [("d1", "d2")]


def test_a_sentence_repeated_in_one_document_is_stated_once():
    text = ("The ministry reported on the rollout. By April 2024, 447 schools were connected.\n\n"
            "As said above, the network grew. By April 2024, 447 schools were connected, and 12 of the 30 "
            "clinics.\n")
    report = Checker(strict=True).check_text(text)
    first, second = (claim for claim in report.claims if claim.text == "447")
    assert not report.findings and not report.copies  # a repeat within one document is no second source
    assert report.checked_by.get(second.id) == report.checked_by.get(first.id)


def test_the_report_says_copies_were_recognised(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ARTICLE, "b.txt": ARTICLE})
    result = CliRunner().invoke(main, ["run", str(folder)])
    assert result.exit_code == 0
    [line] = [line for line in result.output.splitlines() if line.startswith("copies:")]
    assert line == f"copies: {folder / 'b.txt'} repeats 3 sentences of {folder / 'a.txt'} (one source: each " \
                   "sentence checked once)"
    markdown = CliRunner().invoke(main, ["run", str(folder), "--format", "markdown"]).output
    assert "repeats 3 sentences of" in markdown


def test_a_draft_checked_against_its_own_archived_copy_raises_nothing(tmp_path):
    (tmp_path / "published").mkdir()
    archive = _folder(tmp_path / "published", {"story.txt": ARTICLE})
    ledger = tmp_path / "ledger.sqlite"
    assert CliRunner().invoke(main, ["ledger", "add", str(archive), "--ledger", str(ledger), "-q"]).exit_code == 0
    draft = tmp_path / "draft.txt"
    draft.write_text(ARTICLE, encoding="utf-8")
    assert not Checker(ledger=ledger, strict=True).check_paths([draft]).findings
    draft.write_text(ARTICLE.replace("to 101.8", "to 103.8"), encoding="utf-8")
    [finding] = Checker(ledger=ledger, strict=True).check_paths([draft]).findings
    assert finding.rule == "conflicting-figures"
