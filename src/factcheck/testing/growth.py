"""The growth law: no rule may be quadratic in the claims of a document or a group.

A rule's planted case is stated `copies` times in each of its documents, then `GROWTH_FACTOR`
times as often, and the Python lines the rule runs are counted for both (a line count, not a
time: the same on every machine and under any load). A rule that looks at each claim a bounded
number of times runs about `GROWTH_FACTOR` times the lines; one that pairs every claim with every
other runs its square. Sorting and dict look-ups are C and count nothing, so `n log n` passes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

import attrs

from factcheck.testing.scenarios import Case, GeneratedDocument, to_documents

GROWTH_FACTOR = 4
GROWTH_LIMIT = 6.0  # lines at 4n over lines at n: about 4 when linear, 16 when quadratic
COPIES = 8


@attrs.frozen
class Growth:
    rule: str
    lines_small: int
    lines_large: int

    @property
    def ratio(self) -> float:
        return self.lines_large / max(self.lines_small, 1)

    @property
    def ok(self) -> bool:
        return self.ratio <= GROWTH_LIMIT

    def problem(self) -> str:
        return (f"growth: {GROWTH_FACTOR}x the claims made the rule run {self.ratio:.1f}x the lines "
                f"({self.lines_small:,} -> {self.lines_large:,}; at most {GROWTH_LIMIT:g}x: no pairing loop "
                f"may be quadratic, index the claims by what they must share)")


def growth_of(checker, rule, scenario=None) -> Growth:
    """The growth law on one generated case of the rule's scenario (or another's), the same on every run."""
    from factcheck.testing.laws import _generate
    from factcheck.testing.scenarios import cases

    drawn: list[Case] = []
    _generate(cases(scenario or rule.scenario), drawn.append, 1, None)
    return growth(checker, rule, drawn[0])


def growth(checker, rule, case: Case, *, copies: int = COPIES) -> Growth:
    """Lines `rule` runs on the planted case repeated `copies` and `GROWTH_FACTOR * copies` times."""
    small = _lines_run(checker, rule, _repeated(case.planted, copies))
    large = _lines_run(checker, rule, _repeated(case.planted, copies * GROWTH_FACTOR))
    return Growth(rule.id, small, large)


def _repeated(generated: Sequence[GeneratedDocument], copies: int) -> list[GeneratedDocument]:
    """Each document's text `copies` times, each copy a paragraph ending in its own words (a line
    repeated word for word is boilerplate, which segmentation drops)."""
    return [attrs.evolve(item, pieces=tuple(piece for copy in range(copies)
                                            for piece in (*item.pieces, f" Filed from desk {_tag(copy)}.\n\n")))
            for item in generated]


def _tag(number: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[number // 26 % 26] + letters[number % 26]


def _lines_run(checker, rule, generated: Sequence[GeneratedDocument]) -> int:
    documents = to_documents(list(generated))
    extraction = checker._extract(documents)
    given = checker.rule_groups(documents, extraction, without_copies=False)
    groups = [group for group in (*given.per_group, *given.whole_run) if isinstance(group, rule.applies_to)]
    context = given.context
    counter = _LineCounter(rule)
    with counter:
        for group in groups:
            rule.run_with_checks(group, context)
    return counter.lines


class _LineCounter:
    """Counts the lines run in the rule's own file and in factcheck, while active (this thread only)."""

    def __init__(self, rule):
        import factcheck

        self.files = {str(Path(rule.path).resolve())} if rule.path else set()
        self.package = str(Path(factcheck.__file__).resolve().parent)
        self.lines = 0
        self._wanted: dict[str, bool] = {}
        self._previous = None

    def _counted(self, filename: str) -> bool:
        wanted = self._wanted.get(filename)
        if wanted is None:
            resolved = str(Path(filename).resolve()) if not filename.startswith("<") else filename
            wanted = resolved in self.files or resolved.startswith(self.package) or filename.startswith("<lambdify")
            self._wanted[filename] = wanted
        return wanted

    def _trace(self, frame, event, arg):
        if event == "call" and self._counted(frame.f_code.co_filename):
            return self._line
        return None

    def _line(self, frame, event, arg):
        if event == "line":
            self.lines += 1
        return self._line

    def __enter__(self):
        self._previous = sys.gettrace()
        sys.settrace(self._trace)
        return self

    def __exit__(self, *exc_info):
        sys.settrace(self._previous)
