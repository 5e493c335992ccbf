"""Properties over arbitrary text: extraction and the whole pipeline never raise, every span lies
inside the text and quotes it exactly, and a second run gives the same output. Plus: no regular
expression of the package is super-linear on adversarial input (bench/regex_bound.py has the figures)."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.extract.lexicon import available_languages
from factcheck.ingest import document_from_text, html_visible_text
from factcheck.segment import segment

REPO = Path(__file__).resolve().parent.parent
BUDGET = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that numbers, units, qualifiers, dates and changes are made of, in en/de/ru/kk.
FRAGMENTS = [
    "0", "7", "12", "447", "1,250", "3.2", "3,2", "12 500", "12\u00a0500", "12\u202f500", "1.000.000", "2024",
    "1e9", "10^10", "-", "+", "−", "–", "—", "%", " %", "/", ".", ",", ";", ":", "(", ")", "\n", "  ", " ",
    "million", "billion", "trillion", "thousand", "bn", "m", "k", "Mio.", "Mrd.", "Millionen", "Milliarden",
    "млн", "млрд", "тыс.", "миллиона", "миллиард", "мың", "миллион", "трлн",
    "percent", "per cent", "percentage points", "Prozent", "Prozentpunkte", "процента", "процентных пункта",
    "пайыз", "$", "€", "₸", "US$", "тенге", "теңге", "KZT", "USD", "euros", "Euro", "рублей",
    "about", "over", "more than", "nearly", "up to", "rund", "über", "mehr als", "более", "около", "свыше",
    "шамамен", "астам", "кем дегенде",
    "in April 2024", "as of May 2024", "im April 2024", "vom 15. Juli 2024", "в апреле 2024 года",
    "к маю 2024 г.", "2024 жылғы сәуірде", "Q3 2024", "2023-2024", "February 30, 2024", "30 февраля",
    "from", "to", "and", "between", "bis", "von", "до", "от", "және",
    "fivefold", "twice", "в пять раз", "бес есе", "half", "a third", "Hälfte", "половина", "жартысы",
    "schools", "users", "Schulen", "Nutzer", "школ", "пользователей", "мектеп", "пайдаланушы",
    "rose by", "fell by", "increased", "stieg um", "sank", "выросло на", "снизилось", "өсті", "азайды",
    "Kazakhstan", "Akmola region", "Казахстан", "Қазақстан", "Telegram", "Starlink",
    "<p>", "</p>", "<br>", "&nbsp;", "&amp;", "[1]", "¹", "22", "\u200b", "\ufeff", "---", "title:", "published:",
]
numberish_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map(" ".join)
any_text = st.text(max_size=300)
texts = st.one_of(any_text, numberish_text)
languages = st.sampled_from(sorted(set(available_languages()) | {"en", "de", "ru", "kk"}))


def claims_of(text: str, language: str):
    document = document_from_text(text, language=language)  # InputError: see parse_or_input_error
    if language not in available_languages():
        return document, []
    return document, extract_document(document, segment(document)).claims


def assert_spans_quote(text: str, claims) -> None:
    for claim in claims:
        assert 0 <= claim.span.start <= claim.span.end <= len(text), claim
        assert text[claim.span.start:claim.span.end] == claim.text, claim
        before = text[:claim.span.start]
        assert claim.span.line == before.count("\n") + 1
        assert claim.span.column == claim.span.start - (before.rfind("\n") + 1) + 1


def is_one_line_input_error(call) -> bool:
    """Run `call`; True when it raised an InputError (text opening with bad front matter), which must be one line."""
    from factcheck.errors import InputError

    try:
        call()
    except InputError as error:
        assert "\n" not in str(error)
        return True
    return False


@BUDGET
@given(text=texts, language=languages)
def test_extraction_never_raises_and_spans_quote_the_text(text, language):
    if is_one_line_input_error(lambda: document_from_text(text)):
        return
    _, claims = claims_of(text, language)
    assert_spans_quote(text, claims)
    _, again = claims_of(text, language)
    assert [c.to_dict() for c in again] == [c.to_dict() for c in claims]


@BUDGET
@given(text=texts, language=languages)
def test_pipeline_never_raises_and_is_deterministic(checker, text, language):
    if is_one_line_input_error(lambda: document_from_text(text)):
        return
    first = checker.check_text(text, language=language, published="2024-06-01")
    second = checker.check_text(text, language=language, published="2024-06-01")
    assert first.to_json() == second.to_json()
    assert_spans_quote(text, first.claims)
    known = {claim.id for claim in first.claims}
    for finding in first.findings:
        assert set(finding.claims) <= known
    json.loads(first.to_json(), parse_constant=lambda name: pytest.fail(f"JSON holds {name}"))


@BUDGET
@given(text=texts)
def test_html_masking_keeps_every_offset(text):
    pieces = ["<html><head><title>", text[:20], "</title></head><body><p>", text, "</p><script>", text,
              "</script></body></html>"]
    html = "".join(pieces)
    visible, _ = html_visible_text(html)
    assert len(visible) == len(html)
    assert all(visible[index] == "\n" for index, character in enumerate(html) if character == "\n")
    start = 0
    for index, piece in enumerate(pieces):  # every tag of the page is blanked, whatever text surrounds it
        if index % 2 == 0:
            assert visible[start:start + len(piece)].strip() == "", piece
        start += len(piece)


@BUDGET
@given(body=texts, front=st.text(max_size=80))
def test_front_matter_either_parses_or_is_an_input_error(body, front):
    from factcheck.errors import InputError

    text = f"---\n{front}\n---\n{body}"
    try:
        document = document_from_text(text, path="f.md")
    except InputError as error:
        assert str(error).startswith("f.md:") and "\n" not in str(error)
        return
    assert 0 <= document.body_start <= len(text)


# ---------------------------------------------------------------- regular expressions

def _regex_bound():
    from bench import regex_bound

    return regex_bound


def test_no_regular_expression_is_super_linear():
    bound = _regex_bound()
    patterns = bound.collect_patterns(derived_lexicons=False)  # `python -m bench regex_bound` reads them all
    assert len(patterns) > 40  # the collector found the module, lexicon and inline patterns
    slow = bound.super_linear(patterns, [250, 4000], pairs=False, max_characters=8, repeats=1)
    assert not slow, "\n".join(f"{name}: {grew:.0f}x slower per character on {fragment!r} repeated"
                               for name, (grew, fragment) in slow.items())


def test_the_detector_flags_a_known_quadratic_pattern():
    import re

    bound = _regex_bound()
    # "\d+x" rescans every digit run from each of its digits; starting only at the run's start is linear.
    slow = bound.super_linear({"quadratic": re.compile(r"\d+x"), "linear": re.compile(r"(?<!\d)\d+x")},
                              [250, 4000], pairs=False, max_characters=4, repeats=3)
    assert set(slow) == {"quadratic"}


def test_a_slow_phase_of_the_host_does_not_hide_a_quadratic_pattern(monkeypatch):
    import re

    bound = _regex_bound()
    quadratic = re.compile(r"\d+x")
    timed = bound.seconds
    calls_in_the_slow_phase = len(bound.adversarial_inputs(quadratic, 250, pairs=False, max_characters=4))
    calls = 0

    def host_at_half_its_speed_while_the_small_inputs_run(*args, **kwargs):
        nonlocal calls
        calls += 1
        return timed(*args, **kwargs) * (2.0 if calls <= calls_in_the_slow_phase else 1.0)

    monkeypatch.setattr(bound, "seconds", host_at_half_its_speed_while_the_small_inputs_run)
    slow = bound.super_linear({"quadratic": quadratic}, [250, 4000], pairs=False, max_characters=4, repeats=3)
    assert set(slow) == {"quadratic"}
