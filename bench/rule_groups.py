"""Rule time for one large group: is any rule quadratic in the size of a measure-key group?

    python -m bench rule_groups 500 1000 2000

The index hands each rule one group at a time, so no stage compares all pairs of claims; but a
rule may still compare all pairs inside a group. A realistic case: one figure (same kind,
measure, subject, year) restated by many articles of an archive, all agreeing, and a running
total reported month after month, half the group each. Each MeasureSeries
rule runs on such a group of N claims; time that grows ~4x per doubling is quadratic.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date


def one_group(size: int):
    from factcheck.model import Claim, MeasureSeries, Quantity, Span, TimeSpan

    year = TimeSpan(date(2024, 1, 1), date(2024, 12, 31), "in 2024")
    stated = tuple(Claim(f"d{i + 1}:c1", f"d{i + 1}", "12,000", Span(0, 6, 1, 1), "In 2024 the app had 12,000 users.",
                         Quantity(12000, 11999.5, 12000.5), "exact", "count", "user", None, "Kazakhstan", year)
                   for i in range(size // 2))
    months = [TimeSpan(date(2015 + m // 12, m % 12 + 1, 1), date(2015 + m // 12, m % 12 + 1, 28)) for m in range(120)]
    running = tuple(Claim(f"e{i + 1}:c1", f"e{i + 1}", str(100 + i), Span(0, 3, 1, 1), "By then, 100 users signed up.",
                          Quantity(100 + i, 99.5 + i, 100.5 + i), "exact", "count", "user", None, "Kazakhstan",
                          months[i * len(months) // size], cumulative=True)
                    for i in range(size - size // 2))
    return MeasureSeries(("count", "user", ""), stated + running)


def timings(sizes: list[int]) -> list[dict]:
    from factcheck.engine import Checker
    from factcheck.model import MeasureSeries
    from factcheck.rulebook import RuleContext

    checker = Checker()
    context = RuleContext(checker.rates, {})
    rows = []
    for size in sizes:
        group = one_group(size)
        row = {"group_size": size}
        for rule in checker.rulebook.rules:
            if rule.applies_to is MeasureSeries:
                started = time.process_time()
                rule.run(group, context)
                row[rule.id] = round(time.process_time() - started, 3)
        rows.append(row)
    return rows


def main(argv: list[str]) -> int:
    rows = timings([int(a) for a in argv] or [500, 1000, 2000])
    for row in rows:
        print(f"rule_groups: {json.dumps(row)}")
    first, last = rows[0], rows[-1]
    for rule_id in (k for k in first if k != "group_size"):
        growth = (last[rule_id] / max(first[rule_id], 1e-6)) / (last["group_size"] / first["group_size"])
        print(f"{rule_id}: time per claim grows {growth:.1f}x from {first['group_size']} to {last['group_size']} "
              f"claims ({'quadratic' if growth > 2.5 else 'about linear'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
