from datetime import date

import pytest

from factcheck.extract import extract_document
from factcheck.identity import DIFFERENT, SAME, UNKNOWN, identity, same_name
from factcheck.ingest import document_from_text
from factcheck.segment import segment


@pytest.mark.parametrize(("first", "second", "verdict"), [
    ("Hantuchova", "Daniela Hantuchova", SAME),  # a name and its shorter form end alike
    ("Deutsche Boerse", "deutsche boerse", SAME),
    ("BBC", "BBC Radio", UNKNOWN),  # the broadcaster or one of its stations
    ("US Airways", "British Airways", DIFFERENT),
    ("Ford", "Honda", DIFFERENT),
])
def test_names_match_in_full_or_by_their_shorter_form(first, second, verdict):
    assert same_name(first, second) == same_name(second, first) == verdict


def claims_of(text, published=date(2024, 11, 22)):
    document = document_from_text(text, published=published, language="en")
    return extract_document(document, segment(document)).claims


def test_figures_of_places_their_sentences_name_differently_are_different():
    china, japan = claims_of("Steel prices rose 24% in China in March. In Japan, steel prices rose 8% in March.")
    assert (china.scope, japan.scope) == ("China", "Japan")
    assert identity(china, japan).different == ("scope",)


def test_a_place_carried_over_from_another_sentence_is_only_a_guess():
    china, japan, later = claims_of("Steel prices rose 24% in China in March. In Japan, steel prices rose 8% in "
                                    "March. Steel prices rose 3% in March, traders said.")
    assert (later.scope, later.scope_inferred) == ("Japan", True)
    assert "scope" in identity(china, later).unknown


def test_months_named_without_a_year_are_different_from_other_months():
    january, december, later = claims_of("Retail sales fell 0.3% in January. In December 2004, retail sales rose 1.1%. "
                                         "In January, retail sales fell 0.2% again.", published=None)
    assert (january.time, january.unplaced_month, december.time.start.month) == (None, 1, 12)
    assert identity(january, december).different == ("period",)
    assert "period" not in identity(january, later).different
