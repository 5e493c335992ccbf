"""The rule author's helpers: the time sweep finds exactly the pairs an all-pairs comparison finds."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rulekit import disagreeing_in_overlapping_periods, lower, upper
from factcheck.testing.strategies import claims, quantities, time_spans
from factcheck.units import compatible


@st.composite
def dated_claims(draw, index: int):
    unit = draw(st.sampled_from(("dimensionless", "percent", "USD", "KZT", "km", "m")))
    claim = draw(claims(kind="count", document=f"d{draw(st.integers(1, 4))}"))
    return attrs.evolve(claim, id=f"c{index}", quantity=draw(quantities(unit=unit, max_value=100)),
                        time=draw(time_spans()), scope=draw(st.sampled_from((None, "Kazakhstan", "Akmola region"))))


@st.composite
def claim_lists(draw):
    size = draw(st.integers(0, 25))
    return [draw(dated_claims(index)) for index in range(size)]


def all_pairs(found):
    ordered = sorted(found, key=lambda c: (c.time.start, c.document, c.span.start))
    return {(earlier.id, later.id)
            for position, later in enumerate(ordered) for earlier in ordered[:position]
            if earlier.time.end >= later.time.start and earlier.scope == later.scope
            and compatible(earlier.quantity.unit, later.quantity.unit)
            and (upper(earlier) < lower(later) or lower(earlier) > upper(later))}


@settings(max_examples=80, deadline=None)  # 300 took 7 s of a suite that must stay under a minute
@given(found=claim_lists())
def test_sweep_finds_what_all_pairs_find(found):
    swept = [(earlier.id, later.id) for earlier, later in disagreeing_in_overlapping_periods(found)]
    assert len(swept) == len(set(swept))
    assert set(swept) == all_pairs(found)


def _written(value: float, low: float, high: float | None, qualifier: str = "exact"):
    from factcheck.model import Claim, Quantity, Span

    return Claim(id="d1:c1", document="d1", text=f"{value:,.0f}", span=Span(0, 7, 1, 1), sentence="",
                 quantity=Quantity(value, low, high, "dimensionless"), qualifier=qualifier, kind="count")


@settings(max_examples=300, deadline=None)
@given(significant=st.integers(1, 999).filter(lambda n: n % 10), zeros=st.integers(0, 7), offset=st.floats(-0.5, 0.5))
def test_a_round_whole_number_holds_every_figure_it_may_round(significant, zeros, offset):
    from factcheck.rulekit import possibly_rounded

    figure = significant * 10 ** zeros
    read = possibly_rounded(_written(figure, figure - 0.5, figure + 0.5))
    if zeros >= 3:  # "130,000" may be 125,000 to 135,000 rounded
        assert read.lower <= figure + offset * 10 ** zeros <= read.upper
        assert (read.lower, read.upper) == (figure - 10 ** zeros / 2, figure + 10 ** zeros / 2)
    else:  # "130", "2,500": read as written
        assert (read.lower, read.upper) == (figure - 0.5, figure + 0.5)


def test_only_exact_round_figures_in_digits_are_read_as_rounded():
    from factcheck.rulekit import possibly_rounded

    assert (possibly_rounded(_written(130_000, 129_500, 130_500)).lower,  # "130 thousand": its own precision
            possibly_rounded(_written(130_000, 129_500, 130_500)).upper) == (129_500, 130_500)
    about = possibly_rounded(_written(130_000, 117_000, 143_000, qualifier="approximate"))
    assert (about.lower, about.upper) == (117_000, 143_000)
    over = possibly_rounded(_written(130_000, 130_000, None, qualifier="lower"))
    assert over.lower == 130_000


def test_paths_are_shown_by_as_few_parts_as_tell_them_apart():
    from factcheck.rulebook import shortest_unique_paths

    shown = shortest_unique_paths(["in/en/business/214.txt", "in/en/tech/214.txt", "in/de/a.txt", "a.txt"])
    assert shown == {"in/en/business/214.txt": "business/214.txt", "in/en/tech/214.txt": "tech/214.txt",
                     "in/de/a.txt": "de/a.txt", "a.txt": "a.txt"}


@pytest.mark.parametrize(("language", "text", "figure", "expected"), [
    ("en", "Ticket sales rose by 15% in March 2024.", "15%", "ticket sales"),
    ("en", "Of the 17 people found guilty since 2001, four were women.", "17", "people found guilty"),
    ("en", "By April 2024, 447 rural schools were connected.", "447", "rural schools"),
    ("de", "Der Film war für zwölf Nominierungen im Rennen.", "zwölf", "Nominierungen"),
    ("de", "Der Dienst hat 12,5 Millionen Nutzer in Deutschland.", "12,5 Millionen", "users"),  # a lexicon id
    ("de", "Am Samstag demonstrierten 300 Menschen.", "300", "people"),  # an id that is a plural already
])
def test_messages_name_the_measure_in_the_texts_own_words(checker, language, text, figure, expected):
    from factcheck.rulekit import what

    report = checker.check_text(text, language=language, published="2024-06-01")
    [claim] = [c for c in report.claims if c.text == figure]
    assert what(claim) == expected


def test_a_figure_is_quoted_with_the_period_the_text_gives_it(checker):
    from factcheck.rulekit import quoted_with_period

    report = checker.check_text("Prices rose 3% in March 2024. Fares rose 5%.", published="2024-06-01")
    assert [quoted_with_period(claim) for claim in report.claims] == ['"3%" (March 2024)', '"5%"']
    undated = checker.check_text("House prices fell 0.7% in December.")
    assert [quoted_with_period(claim) for claim in undated.claims] == ['"0.7%" (December)']


def test_messages_name_only_a_subject_the_figures_own_clause_names(checker):
    from factcheck.rulekit import what

    report = checker.check_text("Zenith sold 40 cars in May. Zenith and Acme met. Dealers sold 90 cars in June, "
                                "while Acme sold 12 vans.", published="2024-07-01")
    by_text = {claim.text: claim for claim in report.claims}
    named, guessed, own = (what(by_text[text]) for text in ("40", "90", "12"))
    assert (named, guessed, own) == ("Zenith cars", "cars", "Acme vans")


def test_a_note_on_a_likely_restatement_says_the_text_does_not_establish_it(checker):
    report = checker.check_text("House prices fell 0.7% in December, the ministry said. House prices fell 0.9%, "
                                "a lender said.")
    [note] = report.findings
    assert note.severity == "info" and "does not establish that they are the same change" in note.message
    assert len(note.evidence.notes) == len(set(note.evidence.notes))
