"""A growth figure must match the base it grew from, wherever that base is stated.

"The park now has 1,500 rangers, a 25% increase since 2023" implies 1,200 rangers in 2023.
If the same or another source states the 2023 figure, the current figure divided by it must
give the stated change. Rounding of all three numbers is allowed.

Inconsistent: "The reserve now has 1,500 rangers, a 25% increase since 2023. In 2023 the reserve had 1,000 rangers."
Consistent:   "The reserve now has 1,500 rangers, a 25% increase since 2023. In 2023 the reserve had 1,200 rangers."
"""

from datetime import date

import sympy

from factcheck.changes import ratio_interval
from factcheck.identity import identity
from factcheck.model import ClaimSet
from factcheck.relations import Relation, format_number
from factcheck.rulebook import finding, passed, rule
from factcheck.rulekit import by_sentence, stated, what
from factcheck.units import compatible, to_base

LEVEL_KINDS = frozenset({"count", "money", "measurement"})
now_low, now_high, base_low, base_high, ratio_low, ratio_high = sympy.symbols(
    "now_low now_high base_low base_high ratio_low ratio_high")
NOT_TOO_SMALL = Relation(now_high / base_low >= ratio_low)
NOT_TOO_LARGE = Relation(now_low / base_high <= ratio_high)


def _growth_claims(claims):
    """(current figure, change, base year): "1,500 rangers, a 25% increase since 2023"."""
    for sentence_claims in by_sentence(claims).values():
        for index, change in enumerate(sentence_claims):
            if change.kind != "change" or change.time is None or change.time.basis != "since":
                continue
            if ratio_interval(change) is None:
                continue
            current = next((c for c in reversed(sentence_claims[:index]) if c.kind in LEVEL_KINDS and c.measure
                            and c.modality == "actual"), None)
            if current is not None:
                yield current, change, change.time.start.year


def _bases(claims):
    """Level claims dated within one calendar year, by (measure, subject, year) and by document; a
    figure restated in one document is kept twice at most (once may be the growth claim's sentence)."""
    index = {}
    for claim in claims:
        if claim.kind in LEVEL_KINDS and claim.measure and claim.time and claim.modality == "actual" \
                and claim.time.basis == "point" and claim.time.start.year == claim.time.end.year:
            kept = index.setdefault((claim.measure, claim.subject, claim.time.start.year), {}).setdefault(
                claim.document, [])
            if sum(base.quantity.value == claim.quantity.value for base in kept) < 2:
                kept.append(claim)
    return index


def _base_for(current, by_document):
    """The year's figure to check a growth claim against: its own document's first, else another's.
    One base per growth claim, so a figure restated in every paragraph is one check, not one per copy."""
    def usable(base):
        return not (base.sentence_index == current.sentence_index and base.document == current.document) \
            and compatible(base.quantity.unit, current.quantity.unit) and base.scope == current.scope \
            and identity(base, current, aspects=("modifiers", "rate")).comparable  # "online sales" ≠ "sales"

    same = by_document.get(current.document, ())
    others = (base for document, bases in by_document.items() if document != current.document for base in bases)
    return next((base for base in (*same, *others) if usable(base)), None)


def scenario(draw, names):
    """Today's figure with its growth since a year, and that year's figure; planted: the base is another number."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    base = names.integer(200, 20_000)
    now = base + names.integer(base // 10, base * 3)
    growth = round(100 * (now / base - 1))
    wrong = round(base * names.choice([0.5, 0.6, 1.4, 1.7]))

    def text(stated_base):
        return doc(f"{subject} now has ", Amount(now), f" {noun}, a ", Amount(growth, "percent"), f" increase since "
                   f"{year}. In {year} {subject} had ", Amount(stated_base), f" {noun}.",
                   published=date(year + 1, 6, 1))

    return Case(consistent=[text(base)], planted=[text(wrong)])


@rule(id="growth-contradicts-base", severity="error", applies_to=ClaimSet, scenario=scenario)
def growth_contradicts_base(claims, context):
    bases = _bases(claims.claims)
    for current, change, year in _growth_claims(claims.claims):
        base = _base_for(current, bases.get((current.measure, current.subject, year), {}))
        if base is not None:
            now, then, ratio = to_base(current.quantity), to_base(base.quantity), ratio_interval(change)
            if then.lower <= 0:
                continue
            values = dict(now_low=now.lower, now_high=now.upper, base_low=then.lower, base_high=then.upper,
                          ratio_low=ratio[0], ratio_high=ratio[1])
            verdicts = [relation.check(**values) for relation in (NOT_TOO_SMALL, NOT_TOO_LARGE)]
            failed = next((v for v in verdicts if not v.holds), None)
            implied = now.value / ((ratio[0] + ratio[1]) / 2)
            if failed is None:
                yield passed(f"{stated(current)} {what(current)}, \"{stated(change)}\" since {year}, matches "
                             f"{stated(base)} in {year}", [current, change, base], verdicts[0])
                continue
            elsewhere = "" if base.document == current.document else f" ({context.document_label(base.document)})"
            yield finding(f"{stated(current)} {what(current)} after \"{stated(change)}\" since {year} implies about "
                          f"{format_number(implied)} in {year}, but {year} is given as {stated(base)}{elsewhere}",
                          [current, change, base], failed,
                          inputs={"implied base": format_number(implied)})
