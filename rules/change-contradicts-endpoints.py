"""A stated change must match its endpoints: "from 5 million to 6 million, a 30% rise" does not.

When a sentence gives where a figure started, where it ended and by how much it changed, the
ratio of the endpoints must fall inside the interval of the stated change, and the direction
("rose", "fell") must match. A multiple word the ratio still rounds to ("nearly doubled from
12,300 to 20,000", 1.63 times) is loose wording: a note, not an error.

Inconsistent: "Subscribers rose from 500,000 to 600,000, a 30% increase."
Consistent:   "Subscribers rose from 500,000 to 600,000, a 20% increase."
"""

from datetime import date

import attrs
import sympy

from factcheck.changes import ratio_interval
from factcheck.model import ChangeStatement
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import lower, open_above, stated, upper

end_low, end_high, start_low, start_high, ratio_low, ratio_high = sympy.symbols(
    "end_low end_high start_low start_high ratio_low ratio_high")
NOT_TOO_SMALL = Relation(end_high / start_low >= ratio_low)
NOT_TOO_LARGE = Relation(end_low / start_high <= ratio_high)
WENT_UP = Relation(end_high >= start_low)  # as "rose" says, within the endpoints' rounding
WENT_DOWN = Relation(end_low <= start_high)
# Where the higher figure's upper end is the next figure's ("3%" is 2.5% up to 3.5%, not including it)
WENT_UP_ROUNDED = Relation(end_high > start_low)
WENT_DOWN_ROUNDED = Relation(end_low < start_high)


def scenario(draw, names):
    """A rise from one figure to another and the percentage it is; planted: the percentage is wrong."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    start = names.integer(1_000, 50_000)
    end = start + names.integer(start // 20, start * 2)
    rise = round(100 * (end / start - 1), 1)
    wrong = round(rise + names.choice([-1, 1]) * names.integer(3, 30), 1)
    wrong = wrong if wrong > 0 else rise + names.integer(3, 30)

    def text(percent):
        return doc(f"In {year} the number of {noun} at {subject} rose from ", Amount(start), " to ", Amount(end),
                   ", a ", Amount(percent, "percent", 1), " increase.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(rise)], planted=[text(wrong)])


@rule(id="change-contradicts-endpoints", severity="error", applies_to=ChangeStatement, scenario=scenario)
def change_contradicts_endpoints(statement):
    start, end, change = statement.start, statement.end, statement.change
    if lower(start) <= 0 or start.quantity.unit != end.quantity.unit:
        return None
    if change is None:
        return _direction_against_endpoints(statement)
    ratio = ratio_interval(_directed(change, statement.direction)) or _size_of_the_change(change, start, end)
    if ratio is None:
        return None
    if _points_as_percent(start, end, change):
        return None  # percentage-points-misstated explains this one better
    values = dict(end_low=lower(end), end_high=upper(end), start_low=lower(start), start_high=upper(start),
                  ratio_low=ratio[0], ratio_high=ratio[1])
    verdicts = [relation.check(**values) for relation in (NOT_TOO_SMALL, NOT_TOO_LARGE)]
    failed = next((verdict for verdict in verdicts if not verdict.holds), None)
    if failed is None:
        change_made = f"{_as_change(start, end)}{_rounded(start, end, ratio)}"
        return passed(f"{_endpoints(statement)} is {change_made}, as \"{stated(change)}\" says",
                      [start, end, change], verdicts[0])
    if _loose_multiple(start, end, change):
        return finding(f"{_endpoints(statement)} is {_times(start, end)} times: \"{stated(change)}\" "
                       f"rounds it loosely", [start, end, change], failed, severity="info")
    said = f"\"{stated(change)}\" {'more' if statement.direction == 'up' else 'less'}" if statement.comparison \
        else f"\"{stated(change)}\""
    return finding(f"{_endpoints(statement)} is {_as_change(start, end)}, not {said}", [start, end, change], failed)


def _endpoints(statement, *, opening: bool = True) -> str:
    """ "From 8,000 to 6,000" for a change ("from" within a sentence); "7.5bn euros against 8.2bn euros"
    for two figures compared."""
    start, end = stated(statement.start), stated(statement.end)
    if statement.comparison:
        return f"{end} against {start}"
    return f"{'From' if opening else 'from'} {start} to {end}"


def _directed(change, direction):
    """ "9% smaller than": a bare percent the comparative after it gives its direction."""
    if change.quantity.unit != "percent" or change.direction is not None or direction not in {"up", "down"}:
        return change
    return attrs.evolve(change, kind="change", direction=direction)


def _loose_multiple(start, end, change) -> bool:
    """ "nearly doubled from 12,300 to 20,000": a multiple word the endpoints' ratio still rounds to (1.63
    times is "double" to the nearest whole factor) is loose wording, a note rather than an error."""
    return change.quantity.unit == "fold" and change.direction != "down" and \
        round(end.quantity.value / start.quantity.value) == change.quantity.value


def _times(start, end) -> str:
    return format_number(round(end.quantity.value / start.quantity.value, 2))


def _direction_against_endpoints(statement):
    """ "cut its forecast from 1.8% to 2.8%": a verb's direction the endpoints go against, beyond rounding."""
    start, end, direction = statement.start, statement.end, statement.direction
    if direction not in {"up", "down"}:
        return None
    if direction == "up":
        relation = WENT_UP_ROUNDED if open_above(end) else WENT_UP
    else:
        relation = WENT_DOWN_ROUNDED if open_above(start) else WENT_DOWN
    verdict = relation.check(end_low=lower(end), end_high=upper(end), start_low=lower(start), start_high=upper(start))
    said = "a rise" if direction == "up" else "a fall"
    if verdict.holds:
        return passed(f"{_endpoints(statement)} is {_as_change(start, end)}, {said} as the text says",
                      [start, end], verdict)
    return finding(f"The text says {said}, but {_endpoints(statement, opening=False)} is {_as_change(start, end)}",
                   [start, end], verdict)


def _size_of_the_change(change, start, end):
    """ "fell from 8,000 to 6,000, or 25%": a bare percent the sentence gives as the change's size, in the
    direction the endpoints go."""
    if change.quantity.unit != "percent" or change.direction is not None or start.quantity.value == end.quantity.value:
        return None
    direction = "up" if end.quantity.value > start.quantity.value else "down"
    return ratio_interval(attrs.evolve(change, kind="change", direction=direction))


def _as_change(start, end) -> str:
    """ "+70%", "-25%": the change the two endpoints make, in plain numbers."""
    percent = 100 * (end.quantity.value / start.quantity.value - 1)
    return f"{percent:+.3g}%".replace("+-", "-")


def _rounded(start, end, ratio):
    """ " (+12% to +40% as rounded)": when the stated change holds only within the endpoints' rounding."""
    point = end.quantity.value / start.quantity.value
    if ratio[0] - 1e-9 <= point <= ratio[1] + 1e-9:
        return ""
    low, high = lower(end) / upper(start), upper(end) / lower(start)
    return f" ({100 * (low - 1):+.3g}% to {100 * (high - 1):+.3g}% as rounded)".replace("+-", "-")


def _points_as_percent(start, end, change):
    """ "from 4.8% to 5.1%, up 0.3%": the stated change is the difference in points."""
    if not (start.quantity.unit == end.quantity.unit == change.quantity.unit == "percent"):
        return False
    difference = abs(end.quantity.value - start.quantity.value)
    return change.quantity.lower - 1e-9 <= difference <= change.quantity.upper + 1e-9
