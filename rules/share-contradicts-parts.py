"""A stated share must match its part and whole: "12.5 million, more than half of 20 million" holds.

When a sentence gives a part, the whole it belongs to and the share it makes, the share is
arithmetic the reader can redo. Part divided by whole, with both roundings, must fall inside
the share's interval; a part can never exceed its whole.

Inconsistent: "The app has 8 million users, more than half of the country's 20 million people."
Consistent:   "The app has 12.5 million users, more than half of the country's 20 million people."
Inconsistent: "It serves 3.1 million of the 5.2 million households, or 35%."
"""

from datetime import date

import sympy

from factcheck.model import ShareStatement
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import lower, open_above, stated, upper

part_high, part_low, whole_low, whole_high, share_low, share_high = sympy.symbols(
    "part_high part_low whole_low whole_high share_low share_high")
LARGE_ENOUGH = Relation(part_high / whole_low >= share_low)
SMALL_ENOUGH = Relation(part_low / whole_high <= share_high)
PART_WITHIN_WHOLE = Relation(part_low <= whole_high)
PART_BELOW_WHOLE_ROUNDED = Relation(part_low < whole_high)  # the whole's upper end is the next figure's


def scenario(draw, names):
    """A part, its whole and the percentage it makes; planted: the percentage is off by several points."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    whole = names.integer(2_000, 90_000)
    part = names.integer(whole // 10, whole * 9 // 10)
    share = round(100 * part / whole, 1)
    wrong = round(share + names.choice([-1, 1]) * names.integer(3, 9), 1)

    share_first = names.choice([True, False])

    def text(percent):
        if share_first:
            return doc(f"In {year} {subject} ran ", Amount(part), f" {noun}, or ", Amount(percent, "percent", 1),
                       " of the country's ", Amount(whole), f" {noun}.", published=date(year + 1, 2, 1))
        return doc(f"In {year} {subject} ran ", Amount(part), " of the country's ", Amount(whole), f" {noun}, or ",
                   Amount(percent, "percent", 1), ".", published=date(year + 1, 2, 1))

    return Case(consistent=[text(share)], planted=[text(wrong)])


@rule(id="share-contradicts-parts", severity="error", applies_to=ShareStatement, scenario=scenario)
def share_contradicts_parts(statement):
    part, whole, share = statement.part, statement.whole, statement.share
    if part is None or lower(whole) <= 0:
        return None
    if share is None:
        within = PART_BELOW_WHOLE_ROUNDED if open_above(whole) else PART_WITHIN_WHOLE
        verdict = within.check(part_low=lower(part), whole_high=upper(whole))
        if not verdict.holds:
            return finding(f"The part \"{stated(part)}\" is larger than the whole \"{stated(whole)}\" it is said to "
                           f"belong to",
                           [part, whole], verdict)
        return passed(f"The part \"{stated(part)}\" is within the whole \"{stated(whole)}\"", [part, whole], verdict)
    values = dict(part_high=upper(part), part_low=lower(part), whole_low=lower(whole), whole_high=upper(whole),
                  share_low=lower(share), share_high=upper(share))
    for relation, direction in ((LARGE_ENOUGH, "smaller"), (SMALL_ENOUGH, "larger")):
        verdict = relation.check(**values)
        if not verdict.holds:
            return finding(
                f"\"{stated(part)}\" out of \"{stated(whole)}\" is {direction} than the stated share "
                f"\"{stated(share)}\"",
                [part, share, whole], verdict)
    return None
