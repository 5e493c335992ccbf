"""A count of part of a whole must not exceed the whole the same text gives for it.

"Wired internet reaches 2,606 of the country's 6,290 villages" states how many villages there
are. Every other count of villages in the same place in that document (villages with mobile
internet, villages still to connect) is part of those 6,290 and cannot be larger. A larger count
is a warning: the text may count something wider under the same name.

Inconsistent: "Fibre reaches 2,606 of the country's 6,290 villages. Mobile internet is available in 7,120 villages."
Consistent:   "Fibre reaches 2,606 of the country's 6,290 villages. Mobile internet is available in 4,866 villages."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import head, stated, what

part_low, whole_high = sympy.symbols("part_low whole_high")
WITHIN_WHOLE = Relation(part_low <= whole_high)


def _wholes(claim_set, by_id):
    """Wholes the text names as such ("of the country's 6,290 villages"), with the part stated with them."""
    for statement in claim_set.statements:
        whole = by_id.get(statement.role("whole") or "")
        if statement.kind == "share" and whole is not None and whole.kind == "count" and whole.measure:
            yield whole, {claim_id for _, claim_id in statement.roles}


@rule(id="count-exceeds-whole", severity="warning", applies_to=ClaimSet)
def count_exceeds_whole(claim_set):
    by_id = claim_set.by_id()
    by_document_measure = {}
    for claim in claim_set.claims:
        if claim.kind == "count" and claim.measure and claim.quantity.unit == "dimensionless":
            by_document_measure.setdefault((claim.document, head(claim.measure)), []).append(claim)
    for whole, stated_with in _wholes(claim_set, by_id):
        for part in by_document_measure.get((whole.document, head(whole.measure)), ()):
            if part.id in stated_with or part.scope != whole.scope or part.quantity.value == whole.quantity.value:
                continue
            if whole.time and part.time and not whole.time.overlaps(part.time):
                continue
            verdict = WITHIN_WHOLE.check(part_low=part.quantity.lower, whole_high=whole.quantity.upper)
            if verdict.holds:
                yield passed(f"{stated(part)} {what(part)} are within the {stated(whole)} in all", [whole, part],
                             verdict)
                continue
            yield finding(f"{stated(part)} {what(part)} are more than the {stated(whole)} {what(whole)} the text "
                          f"gives as the whole", [whole, part], verdict)


def scenario(draw, names):
    """A part of a stated whole and another count of the same thing; planted: that count exceeds the whole."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    whole = names.integer(100, 20_000)
    part = names.integer(1, whole - 1)

    def text(other):
        return doc(f"In {year} {subject} served ", Amount(part), " of the region's ", Amount(whole), f" {noun}. "
                   f"Inspectors visited ", Amount(other), f" {noun} in {year}.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(names.integer(1, whole))], planted=[text(whole + names.integer(2, whole))])


SCENARIO = scenario
