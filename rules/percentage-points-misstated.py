"""A change between two percentages must say whether it is in points or in percent.

"Unemployment rose from 4.8% to 5.1%" is a rise of 0.3 percentage points, or of 6.25
percent. Writing "up 0.3%" reports the points as a percentage; writing "up 6.25 percentage
points" does the reverse. When both endpoints are percentages, the stated change must match the
difference (if it is in points) or the ratio (if it is in percent) of the endpoints.

Inconsistent: "Unemployment rose from 4.8% to 5.1%, up 0.3%."
Consistent:   "Unemployment rose from 4.8% to 5.1%, up 0.3 percentage points."
"""

from datetime import date

import sympy

from factcheck.changes import ratio_interval
from factcheck.model import ChangeStatement
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated

start_low, start_high, end_low, end_high, change_low, change_high, ratio_low, ratio_high = sympy.symbols(
    "start_low start_high end_low end_high change_low change_high ratio_low ratio_high")
# The difference of the endpoints, in points, against the stated change in points.
POINTS_NOT_TOO_FEW = Relation(end_high - start_low >= change_low)
POINTS_NOT_TOO_MANY = Relation(end_low - start_high <= change_high)
# The ratio of the endpoints against the ratio a change in percent means.
RATIO_NOT_TOO_SMALL = Relation(end_high / start_low >= ratio_low)
RATIO_NOT_TOO_LARGE = Relation(end_low / start_high <= ratio_high)


def _endpoints(start, end):
    return dict(start_low=start.quantity.lower, start_high=start.quantity.upper, end_low=end.quantity.lower,
                end_high=end.quantity.upper)


def _points_verdicts(start, end, change, direction):
    """The difference of the endpoints against the change read as points ("down 7" is -7)."""
    low, high = change.quantity.lower, change.quantity.upper
    signed = (low, high) if direction == "up" else (-high, -low)
    values = dict(_endpoints(start, end), change_low=signed[0], change_high=signed[1])
    return [relation.check(**values) for relation in (POINTS_NOT_TOO_FEW, POINTS_NOT_TOO_MANY)]


def _ratio_verdicts(start, end, change):
    """The ratio of the endpoints against the change read as percent ("up 25%" is 1.25)."""
    ratio = ratio_interval(change)
    if ratio is None:
        return []
    values = dict(_endpoints(start, end), ratio_low=ratio[0], ratio_high=ratio[1])
    return [relation.check(**values) for relation in (RATIO_NOT_TOO_SMALL, RATIO_NOT_TOO_LARGE)]


def _first_failed(verdicts):
    return next((verdict for verdict in verdicts if not verdict.holds), None)


def scenario(draw, names):
    """A rate moving between two percentages and the change in points; planted: the points given as percent."""
    from factcheck.testing import Amount, Case, doc

    subject, year = names.subject(), names.year()
    start = names.integer(20, 200) / 10
    points = names.integer(3, 40) / 10
    end = round(start + points, 1)

    def text(change):
        return doc(f"In {year} unemployment in {subject} rose from ", Amount(start, "percent", 1), " to ",
                   Amount(end, "percent", 1), ", up ", change, ".", published=date(year + 1, 2, 1))

    return Case(consistent=[text(Amount(points, "points", 1))], planted=[text(Amount(points, "percent", 1))])


@rule(id="percentage-points-misstated", severity="error", applies_to=ChangeStatement, scenario=scenario)
def percentage_points_misstated(statement):
    start, end, change = statement.start, statement.end, statement.change
    if change is None or start.quantity.unit != "percent" or end.quantity.unit != "percent":
        return None
    if start.quantity.lower <= 0:
        return None
    direction = change.direction or ("up" if end.quantity.value >= start.quantity.value else "down")
    as_points = _points_verdicts(start, end, change, direction)
    points_fit = _first_failed(as_points) is None
    difference = end.quantity.value - start.quantity.value
    relative = 100 * (end.quantity.value / start.quantity.value - 1)
    claims = [start, end, change]
    if change.quantity.unit == "percent":
        ratio_failed = _first_failed(_ratio_verdicts(start, end, change))
        if points_fit and ratio_failed is not None:
            return finding(f"From {stated(start)} to {stated(end)} is {difference:+.3g} percentage points "
                           f"({relative:+.3g}%), but the change is given as \"{stated(change)}\": points reported "
                           f"as percent", claims, ratio_failed,
                           inputs={"difference in points": f"{difference:.4g}", "relative change": f"{relative:.4g}%"},
                           notes=[f"as points: {as_points[0].text}"])
        return None  # a wrong relative change is change-contradicts-endpoints' finding
    if change.quantity.unit != "percentage_point":
        return None
    if points_fit:
        return passed(f"From {stated(start)} to {stated(end)} is {stated(change)}", claims, as_points[0])
    relative_fits = change.quantity.lower <= abs(relative) <= change.quantity.upper
    return finding(f"From {stated(start)} to {stated(end)} is {difference:+.3g} percentage points, not "
                   f"\"{stated(change)}\"", claims, _first_failed(as_points),
                   notes=["the stated points are the relative change in percent"] if relative_fits else [])
