"""Lexicons are checked against one declared schema: a misspelled section or key is refused with the
file and line, never loaded silently; docs/lexicons.md documents every section."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.extract.lexicon import LEXICON_DIR, available_languages
from factcheck.extract.lexicon_schema import SCHEMA, check_lexicon

DOCS = Path(__file__).resolve().parent.parent / "docs" / "lexicons.md"


@pytest.mark.parametrize("language", available_languages())
def test_every_bundled_lexicon_fits_the_schema(language):
    path = LEXICON_DIR / f"{language}.toml"
    text = path.read_text(encoding="utf-8")
    check_lexicon(tomllib.loads(text), text, path)


@pytest.mark.parametrize(("text", "message", "line"), [
    ('[stopwords]\nwords = ["the"]\n\n[cumulativ]\nmarkers = ["by"]\n', "unknown section [cumulativ]", 4),
    ('[cumulative]\nmarker = ["by"]\n', "unknown key 'marker' in [cumulative]", 2),
    ('[measure]\nignorable = []\n\n[measure.noun]\nnutzer = "user"\n', "unknown key 'noun' in [measure]", 4),
    ('[stopwords]\nwords = []\n\n[detection]\nscript = "greek"\n', "[detection] script is 'greek'", 5),
    ('[detection]\nletters = "ї"\n', "[detection] script is None", 1),
])
def test_a_misspelled_section_or_key_is_refused_with_its_line(tmp_path, text, message, line):
    path = tmp_path / "xx.toml"
    with pytest.raises(InputError) as raised:
        check_lexicon(tomllib.loads(text), text, path)
    assert message in raised.value.message and raised.value.line == line and raised.value.path == str(path)


def test_tables_of_words_take_any_key():
    text = '[scale_words]\nMillionen = 1e6\n\n[rates]\n"pro Tag" = "day"\n'
    check_lexicon(tomllib.loads(text), text, Path("xx.toml"))


def test_docs_name_every_section():
    documented = set(re.findall(r"`([a-z_]+)(?:[.`]|\.\{)", DOCS.read_text(encoding="utf-8")))
    assert not set(SCHEMA) - documented, sorted(set(SCHEMA) - documented)


def test_every_lexicon_field_is_read_from_a_key_the_schema_declares():
    import attrs

    from factcheck.extract.lexicon import Lexicon
    from factcheck.extract.lexicon_schema import FIELDS

    not_read = {"language", "detection", "people_measures"}  # given by the loader, or measure ids, not words
    loaded = {field.name for field in attrs.fields(Lexicon) if field.init} - not_read
    assert loaded == set(FIELDS)
    for section, key, _ in FIELDS.values():  # key None: the whole section
        assert section in SCHEMA and (key is None or key in SCHEMA[section]), (section, key)


def test_a_language_leaving_out_a_key_every_language_needs_takes_englishs():
    from factcheck.extract.lexicon import load_lexicon

    kazakh, english = load_lexicon("kk"), load_lexicon("en")
    assert english.attributions == ("according to",) and kazakh.attributions == english.attributions
    assert load_lexicon("de").attributions != english.attributions


def test_a_derived_lexicon_is_its_source_transliterated_under_its_own_sections():
    from factcheck.extract.lexicon import lexicon_data, load_lexicon, transliterated

    letters = {"ш": "sh", "ы": "y", "ң": "ń", "е": "e", "т": "t", "г": "g"}
    assert transliterated({"Шың": ["теңге", 5]}, letters) == {"Shyń": ["teńge", 5]}
    latin, cyrillic = load_lexicon("kk-Latn"), load_lexicon("kk")
    assert len(latin.number_ones) == len(cyrillic.number_ones) and "teńge" in latin.currency_names
    assert latin.detection.script == "latin" and "derived" not in lexicon_data("kk-Latn")


@pytest.fixture
def lexicon_folder(tmp_path, monkeypatch):
    """A folder of lexicons of our own, read instead of the bundled ones (caches cleared around it)."""
    from factcheck.extract import lexicon

    caches = (lexicon.lexicon_data, lexicon._written)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for cache in caches:
        cache.cache_clear()
    yield tmp_path
    for cache in caches:
        cache.cache_clear()


def _derived_from(folder, source: str) -> None:
    (folder / "xx.toml").write_text(f'[derived]\nfrom = "{source}"\n\n[derived.letters]\n"а" = "a"\n', encoding="utf-8")


def test_a_derived_lexicon_names_a_source_that_exists(lexicon_folder):
    from factcheck.extract.lexicon import lexicon_data

    _derived_from(lexicon_folder, "zz")
    with pytest.raises(InputError, match="no lexicon for language 'zz'"):
        lexicon_data("xx")


def test_a_derived_lexicon_derives_from_a_written_one(lexicon_folder):
    from factcheck.extract.lexicon import lexicon_data

    _derived_from(lexicon_folder, "xx")
    with pytest.raises(InputError, match="itself derived"):
        lexicon_data("xx")
