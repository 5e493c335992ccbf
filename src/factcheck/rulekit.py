"""Small helpers rule authors share: intervals in base units, and words for claims in messages."""

from __future__ import annotations

from factcheck.model import Claim, Quantity
from factcheck.units import to_base


def base(claim: Claim) -> Quantity:
    """The claim's interval in the base unit of its dimension (percent becomes a fraction)."""
    return to_base(claim.quantity)


def lower(claim: Claim) -> float:
    return base(claim).lower


def upper(claim: Claim) -> float:
    return base(claim).upper


def what(claim: Claim) -> str:
    """ "Starlink rural schools", "Telegram users", "fines": what the claim counts, for messages."""
    measure = claim.measure or claim.kind
    if claim.measure and claim.kind == "count" and not measure.endswith("s"):
        measure = _plural(measure)
    return f"{claim.subject} {measure}" if claim.subject else measure


def _plural(noun: str) -> str:
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy", "uy")):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def when(claim: Claim) -> str:
    if claim.time is None:
        return "undated"
    start, end = claim.time.start, claim.time.end
    if start.year == end.year and start.month == end.month:
        return start.strftime("%B %Y")
    if start.year == end.year and (start.month, end.month) == (1, 12):
        return str(start.year)
    return f"{start:%b %Y}–{end:%b %Y}"


def stated(claim: Claim) -> str:
    """The number as the document put it, with its unit: "447", "over 12.5 million", "$1,200"."""
    return " ".join(claim.text.split())
