"""A rank cannot be lower than the number of those ranked: "66th of 50" is impossible.

A ranking of 50 countries has places 1 to 50. The field is read from the rank itself ("66th
of 50", "66th out of 50") or from a count right after it ("ranked 66th among 50 countries").

Inconsistent: "The country ranked 66th of 50 countries in the survey."
Consistent:   "The country ranked 26th of 50 countries in the survey."
"""

import re
from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import by_sentence, stated, text_between

place, field = sympy.symbols("place field")
WITHIN_FIELD = Relation(place <= field)
_FIELD_LINK = re.compile(r"^\s*(?:among|of|out\s+of)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)


def _fields(sentence_claims, context):
    for index, claim in enumerate(sentence_claims):
        if claim.kind != "rank":
            continue
        if claim.out_of is not None:
            yield claim, claim.out_of, f"{claim.out_of:g}", [claim]
            continue
        following = sentence_claims[index + 1] if index + 1 < len(sentence_claims) else None
        between = text_between(context, claim, following) if following is not None else None
        if following is not None and following.kind == "count" and between is not None and _FIELD_LINK.match(between):
            yield claim, following.quantity.upper, stated(following), [claim, following]


def scenario(draw, names):
    """A place in a ranking of a stated size; planted: a place beyond the size of the field."""
    from factcheck.testing import Amount, Case, doc, ordinal

    subject, year = names.subject(), names.year()
    field = names.integer(10, 300)

    def text(place):
        return doc(f"In {year} {subject} ranked {ordinal(place)} of ", Amount(field, "plain"), " cities in the index.",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text(names.integer(1, field))], planted=[text(field + names.integer(1, 200))])


@rule(id="rank-exceeds-field", severity="error", applies_to=ClaimSet, scenario=scenario)
def rank_exceeds_field(claims, context):
    for sentence_claims in by_sentence(claims.claims).values():
        for rank, size, size_text, evidence_claims in _fields(sentence_claims, context):
            verdict = WITHIN_FIELD.check(place=rank.quantity.value, field=size)
            if not verdict.holds:
                yield finding(f"\"{stated(rank)}\" is a place beyond the {size_text} ranked", evidence_claims, verdict)
