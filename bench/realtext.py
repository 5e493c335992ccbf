"""Relations real articles state, each checked on the article and on a copy with one number broken.

    python -m bench realtext [REALNEWS] [--show missed|loud|all]

bench/data/realtext.yml lists passages of ../shared/realnews/ (the development half) whose numbers
hold together, verified by hand, each by reference only: the file (corpus-relative), the passage's
character span, the relation it states, one number of it and the replacement that breaks the
relation beyond any rounding, and our own words on why the original holds. The articles' sentences
are never copied into the project.

Each article is checked as written and with the one number replaced. Printed per relation type:
- checked: the original's passage holds a check that held or a finding (the relation was looked at);
- quiet: no error or warning on the original's passage;
- detected: an error or warning on the mutant citing the broken number.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import attrs
import yaml

from bench.realnews import DEFAULT_CORPUS, PUBLISHED_BETWEEN

HERE = Path(__file__).resolve().parent
CASES = HERE / "data" / "realtext.yml"
LOUD = ("error", "warning")


@attrs.frozen
class Case:
    file: str  # corpus-relative: "en-bbc/business/040.txt"
    start: int  # the passage, as character offsets into the decoded article
    end: int
    type: str  # the relation: conversion, change, parts, share, multiple, difference, ...
    at: int  # where the number to break starts
    old: str  # the number as written there
    new: str  # what it becomes in the mutant
    why: str  # our words on why the original holds

    @property
    def corpus(self) -> str:
        return self.file.split("/", 1)[0]


@attrs.frozen
class Outcome:
    case: Case
    checked: bool
    quiet: bool
    detected: bool


def load_cases(path: Path = CASES) -> list[Case]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    cases = []
    for number, entry in enumerate(entries, start=1):
        start, end = entry["passage"]
        at, old, new = entry["mutate"]
        if not start <= at < at + len(old) <= end:
            raise ValueError(f"{path}: case {number}: the number to break lies outside its passage")
        cases.append(Case(entry["file"], start, end, entry["type"], at, str(old), str(new), entry.get("why", "")))
    return cases


def article_text(root: Path, case: Case) -> str:
    from factcheck.ingest import decode

    path = root / case.file
    text = decode(path.read_bytes(), str(path))
    if text[case.at:case.at + len(case.old)] != case.old:
        raise ValueError(f"{case.file}:{case.at}: expected {case.old!r}, the article has "
                         f"{text[case.at:case.at + len(case.old)]!r}")
    return text


def evaluate(root: Path, case: Case) -> Outcome:
    text = article_text(root, case)
    mutant = text[:case.at] + case.new + text[case.at + len(case.old):]
    original = _report(text, case)
    broken = _report(mutant, case)
    shift = len(case.new) - len(case.old)
    in_passage = _claims_within(original, case.start, case.end)
    in_mutant = _claims_within(broken, case.start, case.end + shift)
    at_break = {claim.id for claim in broken.claims if claim.span.start <= case.at < claim.span.end}
    looked_at = [*original.checks, *original.findings]
    return Outcome(
        case,
        checked=any(in_passage & set(item.claims) for item in looked_at),
        quiet=not any(in_passage & set(f.claims) for f in original.findings if f.severity in LOUD),
        detected=any(in_mutant & at_break & set(f.claims) for f in broken.findings if f.severity in LOUD),
    )


def _report(text: str, case: Case):
    from factcheck.ingest import document_from_text

    return _checker(case.corpus).check_documents([document_from_text(text, path=case.file)])


@lru_cache(maxsize=None)
def _checker(corpus: str):
    """One checker per corpus, told when its undated articles appeared (as bench/realnews does)."""
    from factcheck.engine import Checker

    return Checker(published_between=PUBLISHED_BETWEEN.get(corpus))


def _claims_within(report, start: int, end: int) -> set[str]:
    return {claim.id for claim in report.claims if start <= claim.span.start and claim.span.end <= end}


def table(outcomes: list[Outcome]) -> str:
    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome.case.type].append(outcome)
    rows = [f"{'relation':<14} {'passages':>8} {'checked':>8} {'quiet':>8} {'detected':>9}"]
    for name in sorted(by_type):
        rows.append(_row(name, by_type[name]))
    rows.append(_row("all", outcomes))
    return "\n".join(rows)


def _row(name: str, outcomes: list[Outcome]) -> str:
    count = len(outcomes)

    def share(flag: str) -> str:
        hits = sum(getattr(o, flag) for o in outcomes)
        return f"{hits}/{count}"

    return f"{name:<14} {count:>8} {share('checked'):>8} {share('quiet'):>8} {share('detected'):>9}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", choices=("missed", "loud", "all"),
                        help="list the passages whose mutant went undetected, whose original was flagged, or all")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the real-news corpora live in ../shared/realnews)")
        return 0
    outcomes = [evaluate(args.corpus, case) for case in load_cases()]
    print(table(outcomes))
    for outcome in outcomes:
        case = outcome.case
        wanted = {"missed": not outcome.detected, "loud": not outcome.quiet, "all": True}.get(args.show, False)
        if wanted:
            print(f"{case.file}:{case.start}-{case.end} {case.type}: {case.old!r} -> {case.new!r} "
                  f"checked={outcome.checked} quiet={outcome.quiet} detected={outcome.detected}  # {case.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
