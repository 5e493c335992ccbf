"""Listed parts must not add up to more (or less) than the total they are parts of.

Parts of a stated total ("900 branches: 420 in the north, 310 in the south and 250 in the
west"), shares that split a whole ("62 percent ... the remaining 38 percent") and score
sections under a total score must add up, allowing for the rounding of every part. Shares of one
whole held by different holders ("85% owned by the state and 15% by its workers") may not add up to
more than all of it.

Inconsistent: "The bank has 900 branches: 420 in the north, 310 in the south and 250 in the west."
Consistent:   "Two operators hold a 62-percent market share, while the third holds the remaining 38 percent."
"""

from datetime import date

import sympy

from factcheck.model import PartsOfWhole
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated
from factcheck.units import compatible, to_base

parts_low, parts_high, total_low, total_high = sympy.symbols("parts_low parts_high total_low total_high")
NOT_MORE = Relation(parts_low <= total_high)
NOT_LESS = Relation(parts_high >= total_low)


def _interval_sum(quantities):
    low = sum(q.lower for q in quantities)
    high = sum(q.upper for q in quantities)
    return low, high


def scenario(draw, names):
    """A total and three regional parts that add up to it; planted: the total is off by more than rounding."""
    from factcheck.testing import Amount, Case, doc  # only rule testing needs hypothesis

    noun, subject, year = names.noun(), names.subject(), names.year()
    parts = [names.integer(5, 3000) for _ in range(3)]
    total = sum(parts)
    wrong = total + names.choice([-1, 1]) * names.integer(3, max(3, total // 3))

    lead_in = names.choice([f" {noun}: ", f" {noun} spread across the regions as follows: "])

    def text(stated_total):
        return doc(f"In {year} {subject} had ", Amount(stated_total), lead_in, Amount(parts[0]),
                   " in the north, ", Amount(parts[1]), " in the south and ", Amount(parts[2]), " in the west.",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text(total)], planted=[text(wrong)])


@rule(id="parts-exceed-total", severity="error", applies_to=PartsOfWhole, scenario=scenario)
def parts_exceed_total(group):
    total = group.total.quantity if group.total is not None else group.sums_to
    if total is None or not group.parts:
        return None
    if any(not compatible(part.quantity.unit, total.unit) for part in group.parts):
        return None
    parts = sorted(group.parts, key=lambda part: part.position)  # a score table may list its total first
    low, high = _interval_sum([to_base(part.quantity) for part in parts])
    total_base = to_base(total)
    values = dict(parts_low=low, parts_high=high, total_low=total_base.lower, total_high=total_base.upper)
    listed = " + ".join(stated(part) for part in parts)
    whole = stated(group.total) if group.total is not None else "100%"
    claims = [*([group.total] if group.total is not None else []), *parts]
    verdict = NOT_MORE.check(**values)
    if not verdict.holds:
        return finding(f"The parts {listed} add up to more than {whole}", claims, verdict)
    if ((group.sums_to is not None and not group.at_most) or group.total is not None) and group.listed != "few":
        verdict = NOT_LESS.check(**values)
        if not verdict.holds and group.listed == "some":
            return finding(f"The parts {listed} add up to {format_number(sum(p.quantity.value for p in parts))}, "
                           f"less than {whole}: if the list after \"including\" is complete, a figure is wrong",
                           claims, verdict, severity="warning")
        if not verdict.holds:
            return finding(f"The parts {listed} add up to less than {whole}", claims, verdict)
    add_up = "add up to" if group.listed == "all" else "are within"  # a list of some parts need not make the whole
    return passed(f"The parts {listed} {add_up} {whole}", claims, NOT_MORE.check(**values))
