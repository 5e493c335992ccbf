from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ConversionError
from factcheck.model import Quantity
from factcheck.rates import RateTable
from factcheck.units import compatible, convert, to_base


def test_percent_and_percentage_points_never_mix():
    assert not compatible("percent", "percentage_point")
    with pytest.raises(ConversionError):
        convert(Quantity.exact(3, "percentage_point"), "percent")


def test_currencies_only_convert_through_rates():
    assert not compatible("KZT", "USD")
    with pytest.raises(ConversionError):
        convert(Quantity.exact(100, "KZT"), "USD")


def test_percent_base_is_a_fraction():
    assert to_base(Quantity(25, 24.5, 25.5, "percent")).value == pytest.approx(0.25)


def test_counts_are_not_percentages():
    assert not compatible("item", "percent")


@pytest.fixture(scope="module")
def table():
    return RateTable.load()


def test_rate_is_the_last_one_on_or_before_the_date(table):
    rate = table.rate("USD", "KZT", date(2024, 11, 24))  # a Sunday: Friday's official rate
    assert (rate.on, rate.source) == (date(2024, 11, 22), "nbk")
    assert 440 < rate.value < 540


def test_inverse_and_cross_rates(table):
    on = date(2023, 6, 15)
    usd_kzt = table.rate("USD", "KZT", on).value
    assert table.rate("KZT", "USD", on).value == pytest.approx(1 / usd_kzt)
    cross = table.rate("KGS", "KZT", on).value
    assert cross == pytest.approx(usd_kzt / table.rate("USD", "KGS", on).value)


def test_every_required_currency_covers_2015_to_2025(table):
    for code in ("EUR", "RUB", "KZT", "KGS", "UZS", "TJS"):
        assert table.rate("USD", code, date(2015, 1, 1)).value > 0
        assert table.rate("USD", code, date(2025, 12, 31)).value > 0


def test_no_rate_before_the_table_starts(table):
    with pytest.raises(ConversionError):
        table.rate("USD", "KZT", date(1995, 1, 1))


@given(st.sampled_from([("USD", "KZT"), ("KZT", "USD"), ("EUR", "KZT"), ("RUB", "KGS")]),
       st.dates(date(2015, 6, 1), date(2025, 6, 30)), st.integers(0, 800))
@settings(max_examples=200, deadline=None)
def test_rates_between_two_dates_are_the_rate_at_the_start_then_each_one_published_until_the_end(pair, start, days):
    table = RateTable.load()
    base, quote = pair
    end = start + timedelta(days=days)
    published = [on for on in table._dates_for(base, quote) if start < on <= end]
    assert table.rates_between(base, quote, start, end) == \
        [table.rate(base, quote, start), *(table.rate(base, quote, on) for on in published)]


def test_pairs_the_ecb_publishes_come_from_its_daily_rates(table):
    pound = table.rate("GBP", "USD", date(2004, 6, 15))
    assert (pound.source, pound.on) == ("ecb", date(2004, 6, 15)) and 1.8 < pound.value < 1.85
    assert table.rate("USD", "RUB", date(2021, 6, 15)).source == "ecb"
    assert table.rate("USD", "RUB", date(2023, 6, 15)).source == "cbr"  # the ECB stopped in March 2022
    assert table.rate("GBP", "KZT", date(2023, 6, 15)).source == "ecb+nbk"  # a cross through the dollar
    assert table.rate("USD", "KZT", date(2016, 6, 15)).source == "ecb+nbk"  # the NBK's euro rate, crossed


def test_every_currency_a_lexicon_names_is_a_unit_the_rules_know():
    """A lexicon naming a currency the registry lacks made every rule comparing its amounts fail."""
    from factcheck.extract.lexicon import available_languages, load_lexicon
    from factcheck.units import CURRENCIES, unit

    for language in available_languages():
        lexicon = load_lexicon(language)
        codes = {*lexicon.currency_names.values(), *lexicon.currency_symbols.values()}
        assert codes <= CURRENCIES, (language, sorted(codes - CURRENCIES))
        for code in codes:
            unit(code)


def test_an_undated_article_is_checked_at_the_rates_of_the_period_the_run_was_told(tmp_path):
    """ "$500m (£378.8m)" implies 1.32 dollars to the pound: a rate of some day since 1999, so an undated
    article holds it; told the archive is 2004-2005 (1.71 to 1.95), the run finds it."""
    from click.testing import CliRunner

    from factcheck.cli import main
    from factcheck.engine import Checker

    text = "So far, just under $500m (£378.8m) has been returned to the fund's investors.\n"
    rule = "conversion-disagrees-with-rate"
    assert not [f for f in Checker().check_text(text).findings if f.rule == rule]
    told = Checker(published_between=(date(2004, 1, 1), date(2005, 12, 31))).check_text(text)
    [finding] = [f for f in told.findings if f.rule == rule]
    assert "from December 2003 to December 2005" in finding.message
    (tmp_path / "archive.txt").write_text(text, encoding="utf-8")
    run = CliRunner().invoke(main, ["run", str(tmp_path), "-q", "--published-between", "2004-01-01", "2005-12-31"])
    assert run.exit_code == 1 and rule in run.output
    backwards = CliRunner().invoke(main, ["run", str(tmp_path), "--published-between", "2005-12-31", "2004-01-01"])
    assert backwards.exit_code == 2 and "2005-12-31 is after 2004-01-01" in backwards.output


def test_a_period_the_rate_table_does_not_cover_from_its_start_gives_no_verdict():
    """The ECB's rouble starts in April 2005: told an article appeared in 2004-2005, the run cannot say a
    rouble conversion fits no rate of that period, as 2004's rates are unknown to it."""
    from factcheck.engine import Checker

    text = "The winner agreed to pay 260.75bn roubles (£4.8bn) for the unit.\n"
    told = Checker(published_between=(date(2004, 1, 1), date(2005, 12, 31))).check_text(text)
    assert not [f for f in told.findings if f.rule == "conversion-disagrees-with-rate"]
