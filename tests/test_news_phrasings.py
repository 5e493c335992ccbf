"""The phrasings business news states its relations in (issue 16): each as written, a held check when
the numbers agree and a finding when they do not. Our own sentences, in the shapes real articles use."""

from datetime import date

import pytest

from factcheck.engine import Checker
from factcheck.ingest import document_from_text

CHECKER = Checker()


def _report(text: str, published: date):
    return CHECKER.check_documents([document_from_text(text, path="news.txt", published=published)])


@pytest.mark.parametrize("text, rule, severity", [
    ("The airline's revenue rose 50% to $12bn from $10bn.", "change-contradicts-endpoints", "error"),
    ("Hospital admissions fell from 8,000 to 6,000, or 45%.", "change-contradicts-endpoints", "error"),
    ("Ferry crossings fell by 45% last year. They went from 8,000 to 6,000.", "change-contradicts-endpoints", "error"),
    ("The brewer's shares rose 64 pence, or 16%, to 1130 pence.", "change-amount-contradicts-percent", "error"),
    ("Visitor numbers rose by 50%, up 8,000 to 10,000.", "change-amount-contradicts-percent", "error"),
    ("The fleet doubled to 36 ships from 13.", "change-contradicts-endpoints", "error"),
    ("The fleet nearly doubled from 12,300 to 20,000.", "change-contradicts-endpoints", "info"),
    ("The firm sold 218,000 cars, twice the 79,000 sold last year.", "multiple-contradicts-figures", "error"),
    ("The charity raised £4m, of which £5.3m came from legacies.", "share-contradicts-parts", "error"),
    ("The port is 85% owned by the state and 45% by its workers.", "parts-exceed-total", "error"),
    ("The city borrowed £35m, £7.5m less than the £37.5m it had planned.", "difference-contradicts-figures", "error"),
    ("Nearly half of the town's households - some 27% - have no car.", "fraction-and-percent-disagree", "error"),
    ("The studio paid $900m (£179m) for the rights.", "conversion-disagrees-with-rate", "error"),
    ("The retailer earned HK$327m (US$92m) last quarter.", "conversion-disagrees-with-rate", "error"),
])
def test_an_inconsistent_relation_is_found(text, rule, severity):
    findings = [(f.rule, f.severity) for f in _report(text, date(2005, 1, 20)).findings]
    assert (rule, severity) in findings, findings


@pytest.mark.parametrize("text, rule", [
    ("The airline's revenue rose 20% to $12bn from $10bn.", "change-contradicts-endpoints"),
    ("Hospital admissions fell from 8,000 to 6,000, or 25%.", "change-contradicts-endpoints"),
    ("Ferry crossings fell by 25% last year. They went from 8,000 to 6,000.", "change-contradicts-endpoints"),
    ("The brewer's shares rose 64 pence, or 6%, to 1130 pence.", "change-amount-contradicts-percent"),
    ("Visitor numbers rose by 25%, up 2,000 to 10,000.", "change-amount-contradicts-percent"),
    ("The fleet doubled to 26 ships from 13.", "change-contradicts-endpoints"),
    ("The firm sold 218,000 cars, twice the 109,000 sold last year.", "multiple-contradicts-figures"),
    ("The charity raised £4m, of which £1.3m came from legacies.", "share-contradicts-parts"),
    ("The port is 55% owned by the state and 45% by its workers.", "parts-exceed-total"),
    ("The city borrowed £35m, £2.5m less than the £37.5m it had planned.", "difference-contradicts-figures"),
    ("The number of mobile internet users rose from 8 million in 2022 to 10 million in 2024, a 25% increase.",
     "change-contradicts-endpoints"),
])
def test_a_consistent_relation_is_a_held_check(text, rule):
    report = _report(text, date(2025, 1, 20))
    assert not report.findings, [f.message for f in report.findings]
    assert rule in {check.rule for check in report.checks}


def test_rupees_of_the_country_named_meet_the_rate():
    report = _report("India's council spent 40m rupees ($415,000) on new roads.", date(2015, 1, 20))
    assert [(f.rule, f.severity) for f in report.findings] == [("conversion-disagrees-with-rate", "error")]
