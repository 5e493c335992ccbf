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

from factcheck.identity import identity
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


def _key(claim):
    return claim.document, head(claim.measure), claim.scope


class _Wholes:
    """The wholes of one document, measure and place, by period and smallest first, so that a part
    meets only the tightest whole it may be compared with: one verdict per part, never one per pair."""

    def __init__(self):
        self.by_period: dict[tuple | None, list] = {}

    def add(self, whole) -> None:
        period = (whole.time.start, whole.time.end) if whole.time else None
        self.by_period.setdefault(period, []).append(whole)

    def seal(self) -> None:
        """Smallest first, and one whole per figure: a figure restated is the same whole."""
        for period, wholes in self.by_period.items():
            kept, seen = [], set()
            for whole in sorted(wholes, key=lambda whole: (whole.quantity.upper, whole.span.start)):
                if whole.quantity.value not in seen:
                    seen.add(whole.quantity.value)
                    kept.append(whole)
            self.by_period[period] = kept

    def tightest_for(self, part):
        """The whole with the smallest upper bound this part may be compared with, or None."""
        best = None
        for period, wholes in self.by_period.items():
            if period is not None and part.time is not None and not (period[0] <= part.time.end
                                                                     and part.time.start <= period[1]):
                continue
            candidate = next((whole for whole in wholes if whole.quantity.value != part.quantity.value), None)
            if candidate is not None and (best is None or candidate.quantity.upper < best.quantity.upper):
                best = candidate
        return best


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


@rule(id="count-exceeds-whole", severity="warning", applies_to=ClaimSet, scenario=scenario)
def count_exceeds_whole(claim_set):
    given = list(_wholes(claim_set, claim_set.by_id()))  # (whole, the claims stated with it)
    wholes: dict[tuple, _Wholes] = {}
    for whole, _ in given:
        wholes.setdefault(_key(whole), _Wholes()).add(whole)
    for group in wholes.values():
        group.seal()
    stated_wholes = {whole.id for whole, _ in given}
    # A part the text states with its own whole ("339 of 476 deputies, and 136 of 240 in the upper
    # chamber") is a part of that whole: the share rules check it there, not against the other wholes.
    stated_parts = {claim_id for _, roles in given for claim_id in roles} - stated_wholes
    for part in claim_set.claims:
        if part.kind != "count" or not part.measure or part.quantity.unit != "dimensionless":
            continue
        if part.id in stated_wholes or part.id in stated_parts or _key(part) not in wholes:
            continue  # a whole is no part of another whole
        whole = wholes[_key(part)].tightest_for(part)
        same = identity(whole, part) if whole is not None else None
        if same is None or not same.comparable:
            continue
        verdict = WITHIN_WHOLE.check(part_low=part.quantity.lower, whole_high=whole.quantity.upper)
        if verdict.holds:
            yield passed(f"\"{stated(part)}\" {what(part)} are within the \"{stated(whole)}\" in all", [whole, part],
                         verdict)
            continue
        yield finding(f"\"{stated(part)}\" {what(part)} are more than the \"{stated(whole)}\" {what(whole)} the text "
                      f"gives as the whole", [whole, part], verdict, severity=same.severity("warning"),
                      notes=same.notes)
