"""A score and the percentage given for it must agree: "12 / 25 (48%)" holds, "12 / 25 (52%)" does not.

A sample third-party rule: it lives outside factcheck, uses only the public rule API
(`factcheck.rulebook`, `factcheck.relations`, `factcheck.rulekit`, `factcheck.testing`) and is
checked with `factcheck rules test tests/third_party_rules`.

Inconsistent: "The country scored 12 / 25 (52%) for obstacles to access."
Consistent:   "The country scored 12 / 25 (48%) for obstacles to access."
"""

import re
from datetime import date

import sympy

from factcheck.model import ClaimSet
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import by_sentence, stated, text_between

got, maximum, percent_low, percent_high = sympy.symbols("got maximum percent_low percent_high")
NOT_TOO_LOW = Relation(100 * got / maximum >= percent_low)
NOT_TOO_HIGH = Relation(100 * got / maximum <= percent_high)
_IN_BRACKETS = re.compile(r"^\s*\(\s*(?:or\s+)?$")


def scenario(draw, names):
    """A score with its percentage; planted: the percentage is off by several points."""
    from factcheck.testing import Amount, Case, doc

    subject, noun, year = names.subject(), names.noun(), names.year()
    top = names.integer(4, 100)
    score = names.integer(0, top)
    share = round(100 * score / top)
    wrong = share + names.choice([-1, 1]) * names.integer(3, 20)
    wrong = wrong if wrong >= 0 else share + names.integer(3, 20)

    def text(percent):
        return doc(f"In {year} {subject} scored ", Amount(score, "plain"), " / ", Amount(top, "plain"), " (",
                   Amount(percent, "percent"), f") for the upkeep of its {noun}.", published=date(year + 1, 2, 1))

    return Case(consistent=[text(share)], planted=[text(wrong)])


@rule(id="score-percent-disagrees", severity="error", applies_to=ClaimSet, scenario=scenario)
def score_percent_disagrees(claims, context):
    for sentence_claims in by_sentence(claims.claims).values():
        for score, percent in zip(sentence_claims, sentence_claims[1:], strict=False):
            if score.kind != "score" or not score.out_of or percent.quantity.unit != "percent":
                continue
            between = text_between(context, score, percent)
            if between is None or not _IN_BRACKETS.match(between):
                continue
            values = dict(got=score.quantity.value, maximum=score.out_of, percent_low=percent.quantity.lower,
                          percent_high=percent.quantity.upper)
            for relation in (NOT_TOO_LOW, NOT_TOO_HIGH):
                verdict = relation.check(**values)
                if not verdict.holds:
                    yield finding(f"{stated(score)} is {100 * score.quantity.value / score.out_of:.3g}%, "
                                  f"not {stated(percent)}", [score, percent], verdict)
                    break
