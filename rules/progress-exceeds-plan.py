"""Progress reported after a plan should not exceed the plan without saying so.

"The pilot envisioned terminals for 2,000 schools ... 1,731 schools were connected" is progress
within the plan. A later figure above the planned number is either an error or news (the plan
was expanded) that the article should state, so it is a warning. Only counts of the same thing
in the same document, within a few sentences after the plan, are compared, and only running
totals ("were connected", "so far"): increments ("500 new schools") and other counts of the same
noun are left alone.

Inconsistent: "The programme aims to connect 2,000 schools.
  By August 2024, 2,450 schools were connected."
Consistent:   "The programme aims to connect 2,000 schools. By August 2024, 1,731 schools were connected."
"""

from datetime import date
from itertools import islice

import sympy

from factcheck.identity import identity
from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import by_document, head, stated, what

SENTENCES_AFTER_PLAN = 3
actual_low, planned_high = sympy.symbols("actual_low planned_high")
WITHIN_PLAN = Relation(actual_low <= planned_high)


def _progress(plan, later):
    """Running totals of the plan's measure in the sentences just after it (`later` in text order)."""
    for claim in later:
        if claim.sentence_index - plan.sentence_index > SENTENCES_AFTER_PLAN:
            break
        if claim.sentence_index == plan.sentence_index:
            continue
        if claim.kind != "count" or claim.modality != "actual" or not claim.cumulative \
                or claim.quantity.unit != plan.quantity.unit:
            continue
        if head(claim.measure) != head(plan.measure) or claim.scope != plan.scope:
            continue
        if plan.subject and claim.subject and plan.subject != claim.subject:
            continue
        if claim.per != plan.per:  # a target of 60,000 barrels a day says nothing of a billion barrels in store
            continue
        if not identity(plan, claim, aspects=("modifiers",)).comparable:
            continue  # a plan for rural schools says nothing of urban ones
        yield claim


def scenario(draw, names):
    """A plan and the running total reached after it; planted: the total is above the plan."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    plan = names.integer(50, 20_000)

    def text(reached):
        return doc(f"{subject} aims to connect ", Amount(plan), f" {noun}. By August {year}, ", Amount(reached),
                   f" {noun} were connected.", published=date(year, 9, 1))

    return Case(consistent=[text(names.integer(1, plan))], planted=[text(plan + names.integer(2, plan))])


@rule(id="progress-exceeds-plan", severity="warning", applies_to=ClaimSet, scenario=scenario)
def progress_exceeds_plan(claims):
    for document_claims in by_document(claims.claims).values():
        for position, plan in enumerate(document_claims):
            if plan.kind != "count" or plan.modality != "planned" or not plan.measure:
                continue
            for actual in _progress(plan, islice(document_claims, position + 1, None)):
                verdict = WITHIN_PLAN.check(actual_low=actual.quantity.lower, planned_high=plan.quantity.upper)
                if verdict.holds:
                    yield passed(f"\"{stated(actual)}\" {what(actual)} are within the planned \"{stated(plan)}\"",
                                 [plan, actual], verdict)
                    continue
                yield finding(f"\"{stated(actual)}\" {what(actual)} are more than the \"{stated(plan)}\" planned; "
                              f"if the plan grew, the text does not say so", [plan, actual], verdict)
