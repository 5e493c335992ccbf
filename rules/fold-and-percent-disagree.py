"""A multiple and the percentage given for it in the same sentence must be the same change.

"Quadrupled" is an increase of 300%, "reduced fivefold" is a cut of 80% and "halved" is a cut
of 50%. Writers often turn "fourfold" into "400%", or "cut fourfold" into "by 60%". When a
sentence states a change both as a multiple and as a percentage, both must give the same ratio
of new to old.

Inconsistent: "Ticket prices quadrupled, a 400% increase."
Consistent:   "Ticket prices quadrupled, a 300% increase."
"""

from datetime import date

import sympy

from factcheck.changes import ratio_interval
from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import stated

fold_low, fold_high, percent_low, percent_high = sympy.symbols("fold_low fold_high percent_low percent_high")
OVERLAP_FROM_BELOW = Relation(fold_low <= percent_high)
OVERLAP_FROM_ABOVE = Relation(percent_low <= fold_high)


def _pairs(claims: ClaimSet):
    """A multiple and the percent its sentence restates it as ("quadrupled, a 300% increase", "cut
    fivefold, or by 80%"), about the same thing and in one direction."""
    for multiple, percent in claims.related("multiple", "multiple", "percent"):
        stated_words = {multiple.text.casefold(), percent.text.casefold()}
        measures = {m for m in (multiple.measure, percent.measure) if m and m.casefold() not in stated_words}
        if len(measures) > 1:
            continue
        direction = multiple.direction or percent.direction
        if direction is None or (multiple.direction and percent.direction and multiple.direction != percent.direction):
            continue
        yield multiple, percent, direction


def scenario(draw, names):
    """A verb multiple and its percentage in one sentence; planted: the multiple read as that many hundred percent."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    verb, factor = names.choice([("doubled", 2), ("tripled", 3), ("quadrupled", 4)])

    def text(percent):
        return doc(f"In {year} the {noun} of {subject} {verb}, an increase of ", Amount(percent, "percent"), ".",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text((factor - 1) * 100)], planted=[text(factor * 100)])


@rule(id="fold-and-percent-disagree", severity="error", applies_to=ClaimSet, scenario=scenario)
def fold_and_percent_disagree(claims, context):
    for multiple, percent, direction in _pairs(claims):
        fold_ratio = ratio_interval(_directed(multiple, direction))
        percent_ratio = ratio_interval(_directed(percent, direction))
        if fold_ratio is None or percent_ratio is None:  # "0-fold" is no ratio
            continue
        values = dict(fold_low=fold_ratio[0], fold_high=fold_ratio[1], percent_low=percent_ratio[0],
                      percent_high=percent_ratio[1])
        verdicts = [relation.check(**values) for relation in (OVERLAP_FROM_BELOW, OVERLAP_FROM_ABOVE)]
        failed = next((v for v in verdicts if not v.holds), None)
        meaning = _as_percent(fold_ratio[0], direction)
        if failed is None:
            yield passed(f"\"{stated(multiple)}\" is {meaning}, as \"{stated(percent)}\" says",
                         [multiple, percent], verdicts[0])
            continue
        yield finding(f"\"{stated(multiple)}\" is {meaning}, not \"{stated(percent)}\"", [multiple, percent],
                      failed, inputs={"ratio new/old": f"{format_number(fold_ratio[0])} vs "
                                                       f"{format_number(percent_ratio[0])}–"
                                                       f"{format_number(percent_ratio[1])}"})


def _directed(claim, direction):
    import attrs

    return claim if claim.direction else attrs.evolve(claim, direction=direction)


def _as_percent(ratio, direction):
    change = abs(ratio - 1) * 100
    return f"a {format_number(change)}% {'increase' if direction == 'up' else 'cut'}"
