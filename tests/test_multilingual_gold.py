"""The gold set (tests/gold/): precision and recall of numeric mentions stay at or above 0.95 per language."""


import pytest


@pytest.fixture(scope="module")
def scores():
    from bench import gold_score

    return {score.language: score for score in gold_score.score_all()}


def test_gold_set_covers_four_languages_with_fifty_mentions_each(scores):
    assert set(scores) == {"en", "de", "ru", "kk"}
    assert all(score.gold >= 50 for score in scores.values()), {k: s.gold for k, s in scores.items()}


@pytest.mark.parametrize("language", ["en", "de", "ru", "kk"])
def test_precision_and_recall_per_language(scores, language):
    score = scores[language]
    detail = [str(m) for _, m in score.missed], [str(m) for _, m in score.spurious]
    assert score.precision >= 0.95, detail
    assert score.recall >= 0.95, detail
