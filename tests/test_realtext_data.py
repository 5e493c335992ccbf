"""The real-text relation benchmark's data (bench/data/realtext.yml) still points at what it says:
each number to break stands at its offset in its article, inside its passage. The benchmark itself
(`python -m bench realtext`) checks every article twice and lives in bench/, not in the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REALNEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "realnews"


def test_every_case_names_a_number_inside_its_passage_of_its_article():
    if not REALNEWS.is_dir():
        pytest.skip(f"{REALNEWS} is absent: the real-news development set is not on this machine")
    from bench import realtext

    cases = realtext.load_cases()  # refuses a number outside its passage
    assert len(cases) >= 100
    for case in cases:
        text = realtext.article_text(REALNEWS, case)  # refuses a number not at its offset
        assert case.end <= len(text) and case.new != case.old, case
    assert {case.corpus for case in cases} >= {"en-bbc", "de-10kgnad", "ru-wikinews"}


def test_a_case_whose_number_lies_outside_its_passage_is_refused(tmp_path):
    from bench import realtext

    data = tmp_path / "cases.yml"
    data.write_text("- file: en-bbc/x.txt\n  passage: [10, 20]\n  type: change\n  mutate: [25, '5', '9']\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="outside its passage"):
        realtext.load_cases(data)


def test_no_passage_holds_a_real_error_we_reviewed():
    """A passage is consistent: none holds every claim of a finding bench/data/realnews-verdicts.yml
    reviewed as a real inconsistency."""
    import yaml

    from bench import realnews, realtext

    verdicts = yaml.safe_load(realnews.VERDICTS.read_text(encoding="utf-8"))
    real_errors = [entry["claims"] for entry in verdicts if entry["inconsistent"]]
    for case in realtext.load_cases():
        for claims in real_errors:
            inside = [case.file == path and case.start <= start and end <= case.end for path, start, end in claims]
            assert not all(inside), (case.file, case.start, case.end)


def test_the_expert_sample_is_thirty_drawn_articles_and_figures_inside_them():
    import random

    from bench import expert_sample

    if not REALNEWS.is_dir():
        pytest.skip(f"{REALNEWS} is absent: the real-news development set is not on this machine")
    articles, relations = expert_sample.load_sample()
    business = sorted(path.name for path in (REALNEWS / "en-bbc" / "business").glob("*.txt"))
    assert articles == [f"en-bbc/business/{name}" for name in sorted(random.Random(2026).sample(business, 30))]
    for relation in relations:
        assert relation.file in articles and len(relation.figures) >= 2, relation
        length = len((REALNEWS / relation.file).read_text(encoding="utf-8"))
        assert all(0 <= start < end <= length for start, end in relation.figures), relation
