"""A change of a percentage stated in percent leaves open whether it is in points: 13%, "up 0.5%".

"Accounting for 13% of all retail trade - an increase of 0.5%" may mean the share rose by half a
percentage point (from 12.5%) or by half a percent of itself (from about 12.94%). With no earlier
share stated, the text does not say which; readers take it either way. A change written in
percentage points ("up 0.5 percentage points") says which, as does a stated start (checked by
percentage-points-misstated). This is a note for the editor, not an inconsistency.

Inconsistent: "In 2023 online shops made 13% of all retail sales, an increase of 0.5% on 2022."
Consistent:   "In 2023 online shops made 13% of all retail sales, an increase of 0.5 percentage points on 2022."
"""

from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, rule
from factcheck.rulekit import stated

share, change = sympy.symbols("share change")
# The start the change in points gives against the one the change in percent gives: they differ (the
# relation fails) for every change but zero, so the text must say which it means.
SAME_START_AFTER_A_RISE = Relation(share - change >= share * 100 / (100 + change))
SAME_START_AFTER_A_FALL = Relation(share + change <= share * 100 / (100 - change))


def scenario(draw, names):
    """A share and its change in percent; planted: the change in percent, consistent: in points."""
    from factcheck.testing import Amount, Case, doc

    noun, year = names.noun(), names.year()
    share = names.integer(5, 60)
    change = names.integer(1, 9) / 10

    def text(kind):
        return doc(f"In {year} {noun} made ", Amount(share, "percent"), " of all sales, an increase of ",
                   Amount(change, kind, 1), f" on {year - 1}.", published=date(year + 1, 2, 1))

    return Case(consistent=[text("points")], planted=[text("percent")])


@rule(id="share-change-points-or-percent", severity="info", applies_to=ClaimSet, scenario=scenario)
def share_change_points_or_percent(claims):
    for level, stated_change in claims.related("share_change", "share", "change"):
        value, by = level.quantity.value, stated_change.quantity.value
        fall = stated_change.direction == "down"
        if by <= 0 or (fall and by >= 100):
            continue
        relation = SAME_START_AFTER_A_FALL if fall else SAME_START_AFTER_A_RISE
        verdict = relation.check(share=value, change=by)
        if verdict.holds:
            continue
        sign = -1 if fall else 1
        in_points, in_percent = value - sign * by, value * 100 / (100 + sign * by)
        yield finding(f"\"{stated(stated_change)}\" of the share \"{stated(level)}\" may be {format_number(by)} "
                      f"percentage points (from {format_number(in_points)}%) or {format_number(by)} percent of it "
                      f"(from {format_number(round(in_percent, 2))}%): the text does not say which",
                      [level, stated_change], verdict)
