"""Each shape finder keeps an example corpus per language beside it (extract/finders/examples/, as
Duckling keeps one beside each dimension): every sentence is read with exactly the mentions it lists,
the finder itself reads some of each language's sentences, and its pre-check never skips a sentence
it would read."""

from pathlib import Path

import pytest
import yaml

from factcheck.extract.finders import shapes
from factcheck.extract.finders.shapes import SHAPE_FINDERS
from factcheck.extract.finders.spans import Glance
from factcheck.extract.lexicon import available_languages, load_lexicon
from factcheck.extract.mentions import mention_patterns

EXAMPLES = Path(shapes.__file__).resolve().parent / "examples"
FINDERS = {finder.name: finder for finder in SHAPE_FINDERS}
MIN_EXAMPLES = 2


def _corpus(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / f"{name}.yml").read_text(encoding="utf-8"))


def _cases() -> list:
    return list(_each_case())


def _each_case():
    for name in FINDERS:
        for language, examples in _corpus(name)["languages"].items():
            if not isinstance(examples, str):
                for example in examples:
                    yield pytest.param(name, language, example, id=f"{name}-{language}-{example['text'][:30]}")


def test_every_finder_has_one_example_corpus_covering_every_language():
    assert {path.stem for path in EXAMPLES.glob("*.yml")} == set(FINDERS)
    for name in FINDERS:
        corpus = _corpus(name)
        assert corpus["finder"] == name
        assert set(corpus["languages"]) == set(available_languages()), name


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_a_language_without_examples_gives_the_finder_no_words(name):
    """A reason in place of examples only where the lexicon leaves the finder nothing to read."""
    for language, examples in _corpus(name)["languages"].items():
        patterns = mention_patterns(load_lexicon(language))
        if isinstance(examples, str):
            assert not patterns.finder_words.get(name, True), (name, language)
        else:
            assert len(examples) >= MIN_EXAMPLES, (name, language)
            found = [e for e in examples if list(FINDERS[name].find(e["text"], patterns))]
            assert found, f"no {language} example of {name} is read by the finder itself"


@pytest.mark.parametrize(("name", "language", "example"), _cases())
def test_an_example_is_read_with_its_mentions(name, language, example):
    from bench.gold_score import extracted, parse_gold

    expected = [parse_gold(line, example["text"]) for line in example["mentions"]]
    got = extracted(example["text"], language)
    assert len(got) == len(expected) and all(g.matches(e) for g, e in zip(got, expected, strict=True)), \
        [str(mention) for mention in got]


@pytest.mark.parametrize(("name", "language", "example"), _cases())
def test_the_pre_check_never_skips_an_example_the_finder_reads(name, language, example):
    patterns = mention_patterns(load_lexicon(language))
    for finder in SHAPE_FINDERS:
        if list(finder.find(example["text"], patterns)):
            assert finder.may_find(Glance.of(example["text"], patterns), patterns), finder.name
