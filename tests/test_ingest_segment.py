from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.ingest import decode, document_from_text, html_visible_text
from factcheck.segment import segment


def test_front_matter_fields_and_body_offset():
    text = ("---\ntitle: Schools\nsource: Desk\nurl: https://example.org/a\npublished: 2024-05-23\nlanguage: en\n"
            "---\nBody.\n")
    document = document_from_text(text, path="a.md")
    assert (document.title, document.source, document.published, document.language) == (
        "Schools", "Desk", date(2024, 5, 23), "en")
    assert text[document.body_start:] == "Body.\n"


def test_malformed_front_matter_names_file_and_line():
    with pytest.raises(InputError) as raised:
        document_from_text("---\ntitle: [unclosed\n---\nBody\n", path="bad.md")
    assert raised.value.path == "bad.md" and raised.value.line >= 2
    assert str(raised.value).startswith("bad.md:")


def test_bad_published_date_is_an_input_error():
    with pytest.raises(InputError):
        document_from_text("---\npublished: February 30\n---\nx\n", path="d.md")


def test_html_keeps_offsets_and_drops_markup():
    html = ("<html><head><title>T</title><script>var x = 5000;</script></head>"
            "<body><p>Over 12.5 million users.</p></body></html>")
    text, title = html_visible_text(html)
    assert len(text) == len(html) and title == "T"
    assert "5000" not in text
    start = html.index("Over")
    assert text[start:start + 24] == "Over 12.5 million users."


def test_encodings():
    assert decode("Тенге".encode("utf-16"), "x") == "Тенге"
    assert decode("\ufeffabc".encode("utf-8"), "x") == "abc"
    with pytest.raises(InputError):
        decode(b"\x00\x00binary", "x")


def test_noise_lines_are_set_aside():
    text = ("• KZT/USD = 0.00199 0%\n• KZT/USD = 0.00199 0%\n  • $ 494.87\nViewing results 1 - 6 of 67\n"
            "Real news: 447 schools were connected.\nYou may also like\nA whale bought $2.24 million of tokens\n")
    document = document_from_text(text)
    result = segment(document)
    assert [s.text for s in result.sentences] == ["Real news: 447 schools were connected."]
    assert {n.reason for n in result.noise} >= {"currency ticker", "page fragment", "pagination", "related links"}


def test_a_short_line_with_an_amount_and_its_equivalent_is_content():
    text = "Title\n\nThe court ordered her to:\n - Pay $1,000 (£535) fine\n - Attend 12 sessions\n"
    sentences = [s.text for s in segment(document_from_text(text)).sentences]
    assert "Pay $1,000 (£535) fine" in sentences and "Attend 12 sessions" not in sentences


def test_a_short_line_that_ends_a_sentence_is_content():
    text = "Title\n\nRiots went on overnight.\n\n9 people died.\n\nPage 2\n\n12 years\n"
    sentences = [s.text for s in segment(document_from_text(text)).sentences]
    assert "9 people died." in sentences and "Page 2" not in sentences and "12 years" not in sentences
    russian = segment(document_from_text("Заголовок\n\nПогибли 14 человек.\n")).sentences
    assert [s.text for s in russian][-1] == "Погибли 14 человек."


def test_a_dotted_ordinal_before_its_noun_ends_no_sentence():
    text = "Titel\n\nSt. Pölten ging in der 16. Minute in Führung. Am Ende waren es 3.\n"
    sentences = [s.text for s in segment(document_from_text(text, language="de")).sentences]
    assert sentences[-2:] == ["St. Pölten ging in der 16. Minute in Führung.", "Am Ende waren es 3."]


def test_no_sentence_ends_at_an_ordinal_after_an_article_or_inside_brackets():
    text = "Titel\n\nSilvio (74. Putsche) traf. Dahinter ist der 1. FC Köln. Am Ende waren es 3. Dann ging er.\n"
    sentences = [s.text for s in segment(document_from_text(text, language="de")).sentences]
    assert sentences[1:] == ["Silvio (74. Putsche) traf.", "Dahinter ist der 1. FC Köln.", "Am Ende waren es 3.",
                             "Dann ging er."]


def test_footnote_markers_and_references():
    text = ("Most homes are online.22 In 2023 the rate rose.\n"
            "- 22“256 schools in the Akmola region are equipped,” Tengrinews, May 22, 2024, https://example.org.\n")
    result = segment(document_from_text(text))
    assert result.sentences[0].footnotes == (22,)
    assert "Akmola region" in result.footnotes[22]
    assert result.sentences[1].text == "In 2023 the rate rose."


_WORD = st.sampled_from(["said", "a", "B", "", "1"])
_STOPS = st.lists(st.sampled_from([".", "!", "?", "…", '"', "”", "’", "»", ")", "]", ",", ";", ":"]), max_size=3)
_TAIL = st.sampled_from([" ", "  ", "\n", ")", "]", "", "x", ".", " The"])


@given(st.lists(st.tuples(_WORD, _STOPS.map("".join), st.sampled_from(["", "1", "12", "123", "1234"]), _TAIL),
                max_size=5).map(lambda units: "".join("".join(unit) for unit in units)))
@example("It was said”:12 The end.")
@example("He said.123 (x)")
@example("Wow!?.. 12 then…”3]")
@settings(max_examples=400, deadline=None)
def test_boundary_and_marker_patterns_match_their_lookaround_first_spelling(text):
    import re

    from factcheck.segment import _BOUNDARY, _FOOTNOTE_MARKER

    # The plain spellings, slower: a lookaround first keeps the engine from skipping ahead.
    boundary = re.compile(r"(?=[.!?…])(?<![.!?…])[.!?…]+[\"”’»)\]]*(?=\s|\d{1,3}\s)")
    marker = re.compile(r"(?=\d)(?:(?<=[^\W\d_][.,;:!?”\"’)»])|(?<=[^\W\d_][)”\"’»][.,;:]))(\d{1,3})(?=[\s)\]]|$)")
    for fast, plain in ((_BOUNDARY, boundary), (_FOOTNOTE_MARKER, marker)):
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_page_words_come_from_every_lexicon():
    """Segmentation runs before a page's language is known: a Ukrainian heading or abbreviation is
    recognised in any page, with no word of it in Python."""
    from factcheck.ingest import document_from_text
    from factcheck.segment import segment

    text = "Тариф становить 850 гривень з 1 вул. Шевченка.\n\nЧитайте також:\nЦіни зросли на 5% за рік.\n"
    result = segment(document_from_text(text, language="uk"))
    assert [s.text for s in result.sentences] == ["Тариф становить 850 гривень з 1 вул. Шевченка."]
    assert [n.reason for n in result.noise] == ["related links", "related links"]
