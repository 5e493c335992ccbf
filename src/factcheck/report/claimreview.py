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

from factcheck.errors import FactcheckError
from factcheck.model import Document, Finding
from factcheck.report.common import documents_of, plain_sentence
from factcheck.results import Report

# ratingValue on a 1 (worst) to 5 (best) scale, and the verdict in words.
RATINGS = {"error": (1, "Inconsistent"), "warning": (2, "Possibly inconsistent"), "info": (3, "Needs context")}
DEFAULT_REVIEW_URL = "factcheck-report.html"


def claim_reviews(report: Report, *, author: str = "factcheck", review_url: str = DEFAULT_REVIEW_URL,
                  review_date: date | None = None) -> dict:
    check_review_url(review_url)
    reviewed_on = (review_date or datetime.now(timezone.utc).date()).isoformat()
    reviews = [_review(report, finding, author, review_url, reviewed_on) for finding in report.findings]
    return {"@context": "https://schema.org", "@graph": reviews}


def claimreview_json(report: Report, **options) -> str:
    """The JSON-LD, safe to paste into a page's <script type="application/ld+json">: article text cannot
    close the script element or open a comment ('<', '>' and '&' are written as \\u escapes)."""
    text = json.dumps(claim_reviews(report, **options), ensure_ascii=False, indent=2)
    return text.translate(_SCRIPT_SAFE) + "\n"


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                              "\u2029": "\\u2029"})
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")


def check_review_url(url: str) -> None:
    """The review page's address: http(s), or relative to where the report is published; never
    javascript:, data:, file: or any other scheme a reader's click would run or leak."""
    scheme = _SCHEME.match(url)
    if (scheme and scheme.group(1).lower() not in {"http", "https"}) or any(ord(c) < 32 for c in url):
        raise FactcheckError(f"--review-url must be an http(s) address or a relative path, not {url[:80]!r}")


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
    """Where the claim appeared: its published address when the front matter gives one (http(s) only);
    a file on this machine is no address for the reader, and its path would leak the newsroom's folders."""
    appearance: dict = {"@type": "CreativeWork"}
    if document.url and re.match(r"https?://", document.url, re.IGNORECASE):
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    if document.published:
        appearance["datePublished"] = document.published.isoformat()
    return appearance
