"""schema.org ClaimReview JSON-LD: one review per finding, as fact-check explorers and search engines read it.

Follows Google's ClaimReview structured-data requirements: every review has `claimReviewed` (the
sentence, quoted), `reviewRating` with an `alternateName` (the verdict in words) and a `url` (the
page that explains the check: `review_url` plus `#finding-FINGERPRINT`, the anchor the HTML report
gives each finding), and carries the recommended `author`, `datePublished` and `itemReviewed` (the
Claim, with where it appeared and when, from the article's front matter).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

from factcheck.engine import Report
from factcheck.model import Document, Finding
from factcheck.report.common import documents_of, plain_sentence

# ratingValue on a 1 (worst) to 5 (best) scale, and the verdict in words.
RATINGS = {"error": (1, "Inconsistent"), "warning": (2, "Possibly inconsistent"), "info": (3, "Needs context")}
DEFAULT_REVIEW_URL = "factcheck-report.html"


def claim_reviews(report: Report, *, author: str = "factcheck", review_url: str = DEFAULT_REVIEW_URL,
                  review_date: date | None = None) -> dict:
    reviewed_on = (review_date or datetime.now(timezone.utc).date()).isoformat()
    reviews = [_review(report, finding, author, review_url, reviewed_on) for finding in report.findings]
    return {"@context": "https://schema.org", "@graph": reviews}


def claimreview_json(report: Report, **options) -> str:
    return json.dumps(claim_reviews(report, **options), ensure_ascii=False, indent=2) + "\n"


def _review(report: Report, finding: Finding, author: str, review_url: str, reviewed_on: str) -> dict:
    rating_value, verdict = RATINGS[finding.severity]
    involved = [report.document(document_id) for document_id in documents_of(report, finding)]
    # The claim under review is the one being checked now; an archived article is the evidence against it.
    first = next((d for d in involved if d.id not in report.archived), involved[0])
    claimed = {
        "@type": "Claim",
        "appearance": [_appearance(document) for document in involved],
    }
    if first.source:
        claimed["author"] = {"@type": "Organization", "name": first.source}
    if first.published:
        claimed["datePublished"] = first.published.isoformat()
    return {
        "@type": "ClaimReview",
        "url": f"{review_url}#finding-{report.fingerprint(finding)}",
        "claimReviewed": plain_sentence(report, finding, first.id, mark=("", "")),
        "datePublished": reviewed_on,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating_value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": verdict,
            "ratingExplanation": f"{finding.message}. Arithmetic: {finding.evidence.relation}",
        },
        "itemReviewed": claimed,
        "identifier": report.fingerprint(finding),
    }


def _appearance(document: Document) -> dict:
    appearance: dict = {"@type": "CreativeWork"}
    if document.url and re.match(r"https?://", document.url, re.IGNORECASE):
        appearance["url"] = document.url
    elif document.path:
        appearance["url"] = Path(document.path).resolve().as_uri()
    if document.title:
        appearance["headline"] = document.title
    if document.published:
        appearance["datePublished"] = document.published.isoformat()
    return appearance
