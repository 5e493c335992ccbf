"""News-like sentences in four languages through the whole pipeline (factcheck.testing.news): no internal
error, spans that quote the text, JSON that is JSON. A bounded budget here; `fuzz/news_sentences.py`
runs the same property on 50,000 articles."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from factcheck.testing.news import news_texts

BUDGET = settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))


@BUDGET
@given(news_texts())
def test_news_like_text_never_breaks_the_pipeline(checker, article):
    language, text = article
    report = checker.check_text(text, language=language, published="2024-06-01")  # strict: raises on any bug
    for claim in report.claims:
        assert text[claim.span.start:claim.span.end] == claim.text
    json.loads(report.to_json())
