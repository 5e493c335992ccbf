"""A running total must not go down: a later count of the same thing is smaller than an earlier one.

Counts stated as running totals ("by April, 447 schools were already connected", "as of May,
256 schools were equipped") can only grow. When a later figure is below an earlier one, at
least one of them is wrong, or they count different things (a region instead of the country).

Inconsistent: "By April 2024 the project had connected 447 schools." ... "As of May 2024, 256 schools were connected."
Consistent:   "By April 2024 the project had connected 447 schools." ... "By August 2024, 1,731 schools were connected."
"""

from datetime import date

import sympy

from factcheck.identity import identity
from factcheck.model import MeasureSeries
from factcheck.relations import Relation
from factcheck.rulebook import finding, rule
from factcheck.rulekit import lower, possibly_rounded, rounded_readings, sentence_case, stated, what, when

earlier, later = sympy.symbols("earlier later")
NEVER_DECREASES = Relation(earlier <= later)


def scenario(draw, names):
    """A running total in one source and a later, larger one in another; planted: the later one is smaller."""
    from factcheck.testing import Amount, Case, doc

    noun, subject, year = names.noun(), names.subject(), names.year()
    first = names.unrounded(100, 50_000)
    later = first + names.integer(0, first)
    wrong = names.not_round(first - names.integer(2, first - 1))

    def texts(second):
        return [doc(f"By April {year}, {subject} had already connected ", Amount(first), f" {noun}.",
                    published=date(year, 5, 2)),
                doc(f"As of September {year}, ", Amount(second), f" {noun} were connected by {subject}.",
                    published=date(year, 10, 1))]

    return Case(consistent=texts(later), planted=texts(wrong))


@rule(id="cumulative-count-decreases", severity="error", applies_to=MeasureSeries, scenario=scenario)
def cumulative_count_decreases(series, context):
    totals = [c for c in series.claims if c.kind == "count" and c.cumulative and c.time is not None]
    by_end = sorted(totals, key=lambda c: (c.time.end, c.document, c.span.start))
    highest, pointer = None, 0
    for current in sorted(totals, key=lambda c: (c.time.start, c.document, c.span.start)):
        while pointer < len(by_end) and by_end[pointer].time.end < current.time.start:
            candidate = by_end[pointer]
            if highest is None or lower(candidate) > lower(highest):
                highest = candidate
            pointer += 1
        if highest is None:
            continue
        verdict = NEVER_DECREASES.check(earlier=possibly_rounded(highest).lower, later=possibly_rounded(current).upper)
        if verdict.holds:
            continue
        same_scope = highest.scope == current.scope
        same = identity(highest, current, aspects=("subject",))  # the series shares measure and subject name
        notes = [] if same_scope else [
            f"the later figure is attributed to {current.scope or 'an unstated area'}, the earlier one to "
            f"{highest.scope or 'an unstated area'}: they may not count the same thing"]
        yield finding(
            f"{sentence_case(what(current))} fall from {stated(highest)} ({when(highest)}, "
            f"{context.document_label(highest.document)}) to {stated(current)} ({when(current)}, "
            f"{context.document_label(current.document)}), but a running total cannot decrease",
            [highest, current], verdict, severity=same.severity("error" if same_scope else "warning"),
            notes=[*same.notes, *notes, *rounded_readings([highest, current])],
        )
