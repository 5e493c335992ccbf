"""A rank cannot be lower than the number of those ranked: "66th of 50" is impossible.

A ranking of 50 countries has places 1 to 50. The field is read from the rank itself ("66th
of 50", "66th out of 50") or from a count right after it ("ranked 66th among 50 countries").

Inconsistent: "The country ranked 66th of 50 countries in the survey."
Consistent:   "The country ranked 26th of 50 countries in the survey."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated

place, field = sympy.symbols("place field")
WITHIN_FIELD = Relation(place <= field)


def _fields(claims: ClaimSet):
    """Each place with the size of its field: stated with it ("66th of 50"), or the count after it."""
    for rank in claims.claims:
        if rank.kind == "rank" and rank.out_of is not None:
            yield rank, rank.out_of, f"{rank.out_of:g}", [rank]
    for rank, field in claims.related("ranking", "rank", "field"):
        yield rank, field.quantity.upper, stated(field), [rank, field]


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
    for rank, size, size_text, evidence_claims in _fields(claims):
        verdict = WITHIN_FIELD.check(place=rank.quantity.value, field=size)
        if not verdict.holds:
            yield finding(f"\"{stated(rank)}\" is a place beyond the {size_text} ranked", evidence_claims, verdict)
