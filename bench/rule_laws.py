"""The rule laws on a large hypothesis budget: how often each law holds, per rule.

    python -m bench rule_laws [--examples 200] [--quiet-examples 1000] [--corpora 50] [--seed N] [--rules DIR]

For every rule with a scenario it prints the share of generated cases in which the planted error
was found (target >= 99%), in which restating the numbers and reordering the documents changed no
verdict, and, on a separate, larger budget of cheap cases, in which a consistent case raised
nothing (target >= 99.9%). Last, the share of consistent corpora made of every scenario at once
that raised nothing. Exit status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time

from factcheck.engine import Checker
from factcheck.testing.laws import run_corpus_law, run_laws

PLANTED_TARGET, QUIET_TARGET = 0.99, 0.999


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="cases per rule for all laws")
    parser.add_argument("--quiet-examples", type=int, default=1000, help="cases per rule for the consistency law")
    parser.add_argument("--corpora", type=int, default=50, help="consistent corpora of every scenario")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: derandomized)")
    parser.add_argument("--rules", action="append", default=[], help="an extra rules folder")
    options = parser.parse_args()

    checker = Checker(rules=options.rules)
    rules = [rule for rule in checker.rulebook.rules if rule.scenario is not None]
    missed = []
    print(f"{'rule':<34} {'cases':>6} {'planted':>8} {'restated':>9} {'reordered':>10} {'quiet':>7} {'of':>6} "
          f"{'seconds':>8}")
    for rule in rules:
        started = time.perf_counter()
        laws = run_laws(checker, rule, examples=options.examples, seed=options.seed)
        quiet = run_laws(checker, rule, examples=options.quiet_examples, seed=options.seed, consistent_only=True)
        planted_rate, quiet_rate = laws.rate(laws.planted_found), quiet.rate(quiet.consistent_quiet)
        print(f"{rule.id:<34} {laws.cases:>6} {planted_rate:>8.1%} {laws.rate(laws.restatement_stable):>9.1%} "
              f"{laws.rate(laws.order_stable):>10.1%} {quiet_rate:>7.2%} {quiet.cases:>6} "
              f"{time.perf_counter() - started:>8.1f}", flush=True)
        if planted_rate < PLANTED_TARGET or quiet_rate < QUIET_TARGET:
            missed.append((rule.id, (laws.problems + quiet.problems)[:2]))
    generated, quiet_corpora, problems = run_corpus_law(checker, [r.scenario for r in rules],
                                                        examples=options.corpora, seed=options.seed)
    print(f"consistent corpora of the {len(rules)} scenarios (up to 20 a corpus): {quiet_corpora}/{generated} "
          f"raised nothing ({quiet_corpora / max(generated, 1):.1%})")
    for rule_id, examples in missed:
        print(f"MISSED TARGET {rule_id}: {examples}")
    for problem in problems[:2]:
        print(f"corpus: {problem}")
    return 1 if missed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
