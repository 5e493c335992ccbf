"""The same change stated twice must agree: "reduced fivefold" is "by 80%", not "by 60%".

Articles often restate a change in other words: a multiple ("fivefold", "halved", "doubled")
and a percentage ("by 80%", "a 300% increase"). Within one document, restatements of the
change of one measure must give the same ratio of new to old.

Inconsistent: "The fines were cut fourfold. Lawmakers reduced the fines by 60%."
Consistent:   "The fines have been reduced fivefold. Lawmakers reduced the fines by 80%."
"""

from datetime import date

import sympy

from factcheck.changes import ratio_interval
from factcheck.identity import identity
from factcheck.model import ChangeRestatement
from factcheck.relations import Relation
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import quoted_with_period, stated, what

first_low, first_high, second_low, second_high = sympy.symbols("first_low first_high second_low second_high")
OVERLAP_FROM_BELOW = Relation(first_low <= second_high)
OVERLAP_FROM_ABOVE = Relation(second_low <= first_high)


def scenario(draw, names):
    """A multiple and, in the next sentence, the same change in percent; planted: the percentage is wrong."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    factor = names.choice([2, 3, 4, 5, 10])
    percent = (factor - 1) * 100
    wrong = percent + names.choice([-1, 1]) * names.integer(20, 60)

    def text(stated):
        return doc(f"The number of {noun} rose ", Amount(factor, "multiple"), f" in {year}. {subject} says the "
                   f"number of {noun} grew by ", Amount(stated, "percent"), f" in {year}.",
                   published=date(year + 1, 2, 1))

    return Case(consistent=[text(percent)], planted=[text(wrong)])


@rule(id="change-restatements-disagree", severity="error", applies_to=ChangeRestatement, scenario=scenario)
def change_restatements_disagree(group):
    stated_ratios = [(claim, ratio_interval(claim)) for claim in group.claims]
    stated_ratios = [(claim, ratio) for claim, ratio in stated_ratios if ratio is not None]
    if len(stated_ratios) < 2:
        return
    reference, reference_ratio = stated_ratios[0]
    disagreeing = []  # one finding lists every restatement the first statement contradicts, not one each
    for claim, ratio in stated_ratios[1:]:
        same = identity(reference, claim)
        if not same.comparable:
            continue  # another period: another change
        if claim.sentence_index == reference.sentence_index:
            continue  # a list of changes ("traffic grew by 61.5% and users by 12.9%"), or fold-and-percent-disagree's
        values = dict(first_low=reference_ratio[0], first_high=reference_ratio[1],
                      second_low=ratio[0], second_high=ratio[1])
        verdicts = [relation.check(**values) for relation in (OVERLAP_FROM_BELOW, OVERLAP_FROM_ABOVE)]
        failed = next((verdict for verdict in verdicts if not verdict.holds), None)
        if failed is None:
            yield passed(f"The change in {what(reference)}: \"{stated(reference)}\" and \"{stated(claim)}\" agree",
                         [reference, claim], verdicts[0])
        else:
            disagreeing.append((claim, ratio, failed, same))
    for established in (True, False):  # proven restatements are an error; likely ones a note saying what is unknown
        listed = [entry for entry in disagreeing if entry[3].established == established]
        if not listed:
            continue
        others = " and as ".join(quoted_with_period(claim) for claim, _, _, _ in listed)
        stated_as = f"stated as {quoted_with_period(reference)} and as {others}"
        message = (f"The change in {what(reference)} is {stated_as}: one change cannot be all of these"
                   if established else
                   f"If these are the same change in {what(reference)}, it is {stated_as}, which disagree; "
                   f"the text does not establish that they are the same change")
        yield finding(message, [reference, *(claim for claim, _, _, _ in listed)], listed[0][2],
                      severity="" if established else "info",
                      inputs={"ratio new/old": "; ".join(f"{reference_ratio} vs {ratio}" for _, ratio, _, _ in listed)},
                      notes=list(dict.fromkeys(note for *_, same in listed for note in same.notes)))
