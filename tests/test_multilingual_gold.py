"""The gold set (tests/gold/): every language with a lexicon has an example corpus of at least fifty
mentions, read with precision and recall at or above 0.95, and its text is told to be that language."""

from pathlib import Path

import pytest
import yaml

from factcheck.extract.lexicon import available_languages
from factcheck.langdetect import detect_language, detect_paragraph_language

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def scores():
    from bench import gold_score

    return {score.language: score for score in gold_score.score_all()}


def _sentences(language: str) -> list[str]:
    data = yaml.safe_load((GOLD / f"{language}.yml").read_text(encoding="utf-8"))
    return [item["text"] for item in data["sentences"]]


def test_every_language_with_a_lexicon_has_a_gold_corpus_of_fifty_mentions(scores):
    assert {"en", "de", "ru", "kk", "uk"} <= set(scores) == set(available_languages())
    assert all(score.gold >= 50 for score in scores.values()), {k: s.gold for k, s in scores.items()}


@pytest.mark.parametrize("language", available_languages())
def test_precision_and_recall_per_language(scores, language):
    score = scores[language]
    detail = [str(m) for _, m in score.missed], [str(m) for _, m in score.spurious]
    assert score.precision >= 0.95, detail
    assert score.recall >= 0.95, detail


@pytest.mark.parametrize("language", available_languages())
def test_a_gold_corpus_is_told_to_be_its_language_and_none_of_its_paragraphs_leaves_it(language):
    sentences = _sentences(language)
    assert detect_language("\n".join(sentences)) == language
    assert {detect_paragraph_language(sentence, language) for sentence in sentences} == {language}
