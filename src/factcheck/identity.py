"""Identity before comparison: two claims are compared only when the text establishes that they
state the same thing.

Each aspect of a pair (its period, the modifiers of its measure, ...) is SAME when the text
establishes it, UNKNOWN when one claim does not say, or DIFFERENT. A pair DIFFERENT in any aspect
is never compared; a pair with an aspect UNKNOWN is at most `info`, and its finding says what is
unknown; only a pair SAME in every aspect keeps the rule's severity. Unknown is never taken for
the same.

Periods. Two figures of one document that state no period both speak of the text's present: the
same period. A period stated for one figure and not for the other is unknown. Stated periods: a
change is the same change only over the same span ("in March" is not "over the past year", nor
"in 2004" its December); a level is the same over the same span, unknown over overlapping spans
(a count of 2024 and one of March 2024 may differ), different over disjoint ones.

Basis (`factcheck.extract.basis`): a change "in the month" is not one "for the year", dated or not;
a basis stated for one change only is unknown.

Modifiers (`factcheck.extract.modifiers`): the same when both figures name the same ones (or none);
unknown when only one does ("sales" and "retail sales"); different when they name different ones
("drinks sales" and "like-for-like sales", all sales and sales "excluding cars").
"""

from __future__ import annotations

import attrs

from factcheck.model import Claim

SAME, UNKNOWN, DIFFERENT = "same", "unknown", "different"
CHANGE_KINDS = frozenset({"change"})


@attrs.frozen
class Identity:
    """How far the text establishes that two claims state the same thing."""

    different: tuple[str, ...] = ()  # aspects that differ: the pair is not compared
    unknown: tuple[str, ...] = ()  # aspects one claim leaves unsaid: at most info
    notes: tuple[str, ...] = ()  # what is unknown, in words for the finding

    @property
    def comparable(self) -> bool:
        return not self.different

    @property
    def established(self) -> bool:
        return not self.different and not self.unknown

    def severity(self, severity: str) -> str:
        """The rule's severity when identity is established, else at most `info`."""
        return severity if self.established else "info"


def identity(first: Claim, second: Claim) -> Identity:
    """The aspects of identity checked so far: period, basis and the measure's modifiers (subject and
    forecast against actual come next)."""
    different, unknown, notes = [], [], []
    for aspect, verdict, note in (("period", period(first, second), _period_note),
                                  ("basis", basis(first, second), _basis_note),
                                  ("modifiers", modifiers(first, second), _modifiers_note)):
        if verdict == DIFFERENT:
            different.append(aspect)
        elif verdict == UNKNOWN:
            unknown.append(aspect)
            notes.append(note(first, second))
    return Identity(tuple(different), tuple(unknown), tuple(notes))


def period(first: Claim, second: Claim) -> str:
    if first.time is None and second.time is None:
        return SAME if first.document == second.document else UNKNOWN
    if first.time is None or second.time is None:
        return UNKNOWN
    a, b = first.time, second.time
    if (a.start, a.end, a.basis) == (b.start, b.end, b.basis):
        return SAME
    if first.kind in CHANGE_KINDS or second.kind in CHANGE_KINDS:
        return DIFFERENT
    return UNKNOWN if a.overlaps(b) else DIFFERENT


def basis(first: Claim, second: Claim) -> str:
    """ "up 1.2% in the month" and "up 8% for the year": different; a basis stated for one only: unknown."""
    if first.basis == second.basis:
        return SAME
    return UNKNOWN if first.basis is None or second.basis is None else DIFFERENT


def _basis_note(first: Claim, second: Claim) -> str:
    stated, unstated = (first, second) if first.basis else (second, first)
    return (f"\"{stated.text}\" is a change over a {stated.basis}, \"{unstated.text}\" does not say over what: "
            f"they may be different changes")


def modifiers(first: Claim, second: Claim) -> str:
    """ "retail sales" and "retail sales": same; "sales" and "retail sales": unknown; "drinks sales" and
    "like-for-like sales", or sales "excluding cars" and all retail sales: different."""
    a, b = set(first.modifiers), set(second.modifiers)
    if a == b:
        return SAME
    return UNKNOWN if not a or not b else DIFFERENT


def _modifiers_note(first: Claim, second: Claim) -> str:
    narrowed, plain = (first, second) if first.modifiers else (second, first)
    return (f"\"{narrowed.text}\" is for {' '.join(narrowed.modifiers)} {narrowed.measure or 'figures'} only, "
            f"\"{plain.text}\" does not say: they may not measure the same thing")


def _period_note(first: Claim, second: Claim) -> str:
    if first.time is None and second.time is None:
        return "neither figure states its period, and they come from different documents: they may not be for " \
               "the same time"
    stated, unstated = (first, second) if first.time is not None else (second, first)
    if unstated.time is None:
        return (f"\"{unstated.text}\" states no period, \"{stated.text}\" is for {stated.time.label()}: they may "
                f"not be for the same time")
    return (f"\"{first.text}\" is for {first.time.label()}, \"{second.text}\" for {second.time.label()}: the "
            f"periods overlap but are not the same")
