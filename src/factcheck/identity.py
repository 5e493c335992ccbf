"""Identity before comparison: two claims are compared only when the text establishes that they
state the same thing.

Each aspect of a pair (its period, the modifiers of its measure, ...) is SAME when the text
establishes it, UNKNOWN when one claim does not say, or DIFFERENT. A pair DIFFERENT in any aspect
is never compared; a pair with an aspect UNKNOWN is at most `info`, and its finding says what is
unknown; only a pair SAME in every aspect keeps the rule's severity. Unknown is never taken for
the same.

Periods. Two figures of one document that state no period both speak of the text's present: the
same period. A period stated without a year anything gives ("in December" in an undated article)
is a period all the same: unknown against another, the same only as the same words, different
from a period in another month of the year ("in January", "in December 2004"). A period
stated for one figure and not for the other is unknown. Stated periods: a change is the same
change only over the same span ("in March" is not "over the past year", nor "in 2004" its
December); a level is the same over the same span, unknown over overlapping spans (a count of 2024
and one of March 2024 may differ), different over disjoint ones.

Basis (`factcheck.extract.basis`): a change "in the month" is not one "for the year", dated or not;
a basis stated for one change only is unknown.

Modifiers (`factcheck.extract.modifiers`): the same when both figures name the same ones (or none);
unknown when only one does ("sales" and "retail sales"); different when they name different ones
("drinks sales" and "like-for-like sales", all sales and sales "excluding cars").

Modality: a forecast, target or plan and an actual figure are different ones ("expected to grow 5%"
and "grew 3%"); progress-exceeds-plan compares them on purpose, without asking identity.

Subject: whose figure it is ("Ford's US sales", "Honda's"). An unknown subject never matches a
known one, nor another unknown one from a different document.

Scope: where the figure is of ("24% in China", "8% in the UK"): stated differently in the figures'
own sentences, different; unstated for one, or carried over from elsewhere in the text, unknown.

Rate (`factcheck.extract.rates`): "60,000 barrels a day" and "a billion barrels" are different
things, as are rates per different spans.
"""

from __future__ import annotations

from typing import Iterable

import attrs

from factcheck.extract.text_words import folded
from factcheck.model import Claim
from factcheck.rulekit import as_written, when

SAME, UNKNOWN, DIFFERENT = "same", "unknown", "different"
ASPECTS = ("period", "basis", "modifiers", "subject", "scope", "modality", "rate")
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


def identity(first: Claim, second: Claim, aspects: Iterable[str] = ASPECTS) -> Identity:
    """How far the text establishes that the two claims state the same thing, aspect by aspect (all of
    `ASPECTS` unless a rule handles some itself)."""
    different, unknown, notes = [], [], []
    for aspect in aspects:
        judge, note = _ASPECTS[aspect]
        verdict = judge(first, second)
        if verdict == DIFFERENT:
            different.append(aspect)
        elif verdict == UNKNOWN:
            unknown.append(aspect)
            notes.append(note(first, second))
    return Identity(tuple(different), tuple(unknown), tuple(notes))


def subject(first: Claim, second: Claim) -> str:
    """Whose figure it is: named alike, the same; named differently, different. An unnamed subject
    never matches a named one, nor, across documents, another unnamed one unless both are the same
    place's figures; two figures of one document that name none both speak of what it is about."""
    if first.subject and second.subject:
        named = same_name(first.subject, second.subject)
        if named != DIFFERENT:
            return named
        # a name carried over from earlier sentences ("the system" after "Starlink") is a guess: it may
        # establish that two figures are the same one's, never that they are different ones'
        return UNKNOWN if first.subject_inferred or second.subject_inferred else DIFFERENT
    if not first.subject and not second.subject and (
            first.document == second.document or (first.scope is not None and first.scope == second.scope)):
        return SAME  # one document's topic; or a country's own figure ("households in Kyrgyzstan")
    return UNKNOWN


def same_name(first: str, second: str) -> str:
    """ "Hantuchova" is "Daniela Hantuchova" (a name and its shorter form end alike); "BBC" may or may
    not be "BBC Radio"; "US Airways" is not "British Airways"."""
    a, b = folded(first).split(), folded(second).split()
    shorter, longer = sorted((a, b), key=len)
    if longer[len(longer) - len(shorter):] == shorter:
        return SAME
    return UNKNOWN if set(shorter) <= set(longer) else DIFFERENT


def _subject_note(first: Claim, second: Claim) -> str:
    if first.subject and second.subject:
        return (f"\"{first.text}\" seems to be about {first.subject}, \"{second.text}\" about {second.subject}: "
                f"the text does not say for certain")
    named = first if first.subject else second if second.subject else None
    if named is None:
        return "neither figure says whose it is, and they come from different documents: they may not be about " \
               "the same thing"
    unnamed = second if named is first else first
    return f"\"{named.text}\" is about {named.subject}, \"{unnamed.text}\" does not say whose it is"


def scope(first: Claim, second: Claim) -> str:
    """ "by 24% in China" and "by 8% in the UK": different places' figures."""
    if first.scope == second.scope:
        return SAME
    if first.scope is None or second.scope is None or first.scope_inferred or second.scope_inferred:
        return UNKNOWN
    return DIFFERENT


def _scope_note(first: Claim, second: Claim) -> str:
    said = [f"\"{claim.text}\" is for {claim.scope}" if claim.scope and not claim.scope_inferred else
            f"\"{claim.text}\" does not say where" for claim in (first, second)]
    return f"{said[0]}, {said[1]}: they may not be figures of the same place"


def period(first: Claim, second: Claim) -> str:
    if (first.time is None or second.time is None) and _different_months(first, second):
        return DIFFERENT  # "in January" and "in December 2004": different months whatever the year
    if first.time is None and second.time is None:
        if first.period_unplaced or second.period_unplaced:  # "in December" of an undated article
            same_words = folded(first.period_unplaced or "") == folded(second.period_unplaced or "")
            return SAME if same_words and first.document == second.document else UNKNOWN
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


def rate(first: Claim, second: Claim) -> str:
    """ "60,000 barrels a day" and "a billion barrels": a flow and a stock are never the same figure."""
    return SAME if first.per == second.per else DIFFERENT


def modality(first: Claim, second: Claim) -> str:
    """A forecast, target or plan ("expected to grow 5%") is never the same figure as an actual one."""
    return SAME if first.modality == second.modality else DIFFERENT


def _never_unknown(first: Claim, second: Claim) -> str:
    return ""  # modality and rate are stated or not: the same or different, never unknown


def modifiers(first: Claim, second: Claim) -> str:
    """ "retail sales" and "retail sales": same; "sales" and "retail sales": unknown; "drinks sales" and
    "like-for-like sales", or sales "excluding cars" and all retail sales: different."""
    a, b = set(first.modifiers), set(second.modifiers)
    if a == b:
        return SAME
    return UNKNOWN if not a or not b else DIFFERENT


def _modifiers_note(first: Claim, second: Claim) -> str:
    narrowed, plain = (first, second) if first.modifiers else (second, first)
    measure = as_written(narrowed) or ""
    if not all(word.casefold() in measure.casefold() for word in narrowed.modifiers):  # inherited, not written
        measure = f"{' '.join(narrowed.modifiers)} {narrowed.measure or 'figures'}"
    return (f"\"{narrowed.text}\" is for {measure} only, "
            f"\"{plain.text}\" does not say: they may not measure the same thing")


def _period_note(first: Claim, second: Claim) -> str:
    if not any((first.time, second.time, first.period_unplaced, second.period_unplaced)):
        return "neither figure states its period, and they come from different documents: they may not be for " \
               "the same time"
    if first.time is not None and second.time is not None:
        return (f"\"{first.text}\" is for {when(first)}, \"{second.text}\" for {when(second)}: the periods "
                f"overlap but are not the same")
    said = [f"\"{claim.text}\" is for {period}" if (period := _period_of(claim)) else
            f"\"{claim.text}\" states no period" for claim in (first, second)]
    return f"{said[0]}, {said[1]}: they may not be for the same time"


def _different_months(first: Claim, second: Claim) -> bool:
    a, b = _month_of_year(first), _month_of_year(second)
    return a is not None and b is not None and a != b


def _month_of_year(claim: Claim) -> int | None:
    """The month of the year a period is within, where it is one month or a day of one."""
    if claim.time is None:
        return claim.unplaced_month
    start, end = claim.time.start, claim.time.end
    return start.month if (start.year, start.month) == (end.year, end.month) else None


def _period_of(claim: Claim) -> str | None:
    """ "December 2004", or as written where the text gives no year ("January")."""
    return when(claim) if claim.time is not None else claim.period_unplaced


_ASPECTS = {"period": (period, _period_note), "basis": (basis, _basis_note),
            "modifiers": (modifiers, _modifiers_note), "subject": (subject, _subject_note),
            "scope": (scope, _scope_note),
            "modality": (modality, _never_unknown), "rate": (rate, _never_unknown)}
