"""Rule-stage time and memory for 10k, 100k and 1M claims: growth should be close to linear.

    python -m bench rule_stage 10000 100000 1000000

Claims are built directly as extraction would produce them from articles of the generated
corpus's model (bench/generate.py): running totals, yearly figures, conversions, shares,
listed parts and changes, with the statements relating them, about a few thousand
operators. Each size runs in a fresh process, so its peak memory (ru_maxrss) is its own.
Timed: `Checker.assemble`, as `factcheck run` does it: indexing (grouping by measure key), every rule
on every group, and the report (ordering, numbering and fingerprinting findings, coverage).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import date

CLAIMS_PER_DOCUMENT = 15
PLANTED_SHARE = 0.05


def synthetic_claims(count: int, seed: int = 7):
    """(documents, claims, statements, latest dates): about `count` claims in plausible groups."""
    from bench.generate import COUNTRIES, LEVEL_MEASURES, RUNNING_MEASURES, Model, RateTable
    from factcheck.model import Document, Statement, TimeSpan

    rng = random.Random(seed)
    documents_count = max(1, count // CLAIMS_PER_DOCUMENT)
    model = Model(seed, max(8, documents_count // 25))
    rates = RateTable()
    sentence = "A sentence of the article, shared by its claims to keep the benchmark's memory honest."
    documents, claims, statements, latest = {}, [], [], {}
    for number in range(documents_count):
        doc_id = f"d{number + 1}"
        operator = model.operators[rng.randrange(len(model.operators))]
        published = date(rng.randint(2021, 2025), rng.randint(1, 12), 15)
        documents[doc_id] = Document(doc_id, "", path=f"synthetic/{number}.md", source="Outlet", published=published)
        latest[doc_id] = published
        scope = COUNTRIES[operator.country][0]["en"]
        maker = _ClaimMaker(doc_id, operator.name, scope, sentence)
        claim = maker.claim

        for measure in rng.sample(RUNNING_MEASURES, 2):
            for month in sorted(rng.sample(range(1, 13), 2)):
                on = date(published.year - 1, month, 1)
                value = model.running_total(operator, measure, on)
                if value is not None:
                    claim(value, "count", measure.key, when=TimeSpan(on, date(on.year, on.month, 28)), cumulative=True)
        year = published.year - 1
        level_measure = rng.choice(LEVEL_MEASURES)
        claim(model.level(operator, level_measure, year), "count", level_measure.key,
              when=TimeSpan(date(year, 1, 1), date(year, 12, 31)))
        currency = COUNTRIES[operator.country][1]
        usd = round(rng.uniform(2e6, 4e8), -5)
        amount = claim(usd * rates.usd_rate(currency, published), "money", "investment", unit=currency, half=5e4)
        equivalent = claim(usd, "money", "investment", unit="USD", half=5e4)
        statements.append(Statement("conversion", doc_id, {"amount": amount, "equivalent": equivalent}))
        whole_value = round(COUNTRIES[operator.country][2], -5)
        part_value = round(whole_value * rng.uniform(0.1, 0.8), -5)
        part = claim(part_value, "count", "household", half=5e4)
        planted = 25 if rng.random() < PLANTED_SHARE else 0  # a few wrong shares, so findings are rendered too
        share = claim(round(100 * part_value / whole_value) + planted, "share", "household", unit="percent")
        whole = claim(whole_value, "count", "household", half=5e4)
        statements.append(Statement("share", doc_id, {"part": part, "share": share, "whole": whole}))
        total_value = rng.randint(60, 2500)
        total = claim(total_value, "count", "branch")
        cuts = sorted(rng.sample(range(1, total_value), 2))
        parts = [claim(v, "count", "branch") for v in (cuts[0], cuts[1] - cuts[0], total_value - cuts[1])]
        statements.append(Statement("parts", doc_id, {"total": total, **{f"part_{i}": p for i, p in
                                                                          enumerate(parts, 1)}}))
        start_value = rng.randint(20, 900) * 1000
        change_value = rng.randint(5, 60)
        start = claim(start_value, "count", None)
        end = claim(round(start_value * (1 + change_value / 100)), "count", None)
        change = claim(change_value, "change", "subscriber", unit="percent", direction="up")
        statements.append(Statement("change", doc_id, {"start": start, "end": end, "change": change}))
        claims.extend(maker.made)
        if len(claims) >= count:
            break
    return documents, claims, statements, latest


class _ClaimMaker:
    """Claims of one synthetic document, numbered c1, c2, ... as extraction numbers them."""

    def __init__(self, doc_id: str, subject: str, scope: str, sentence: str):
        self.doc_id, self.subject, self.scope, self.sentence = doc_id, subject, scope, sentence
        self.made: list = []

    def claim(self, value, kind, measure, *, unit="dimensionless", when=None, cumulative=False, direction=None,
              half=0.5) -> str:
        from factcheck.model import Claim, Quantity, Span

        index = len(self.made) + 1
        self.made.append(Claim(f"{self.doc_id}:c{index}", self.doc_id, f"{value:g}",
                               Span(index * 10, index * 10 + 5, 1, 1), self.sentence,
                               Quantity(value, value - half, value + half, unit), "exact", kind, measure,
                               self.subject, self.scope, when, direction, None, "actual", cumulative, index, (0, 80)))
        return self.made[-1].id


def measure(count: int) -> dict:
    from factcheck.engine import Checker, Extraction
    from factcheck.engines.pipeline import claims_frozen
    from factcheck.index import measure_series

    checker = Checker()
    built = time.perf_counter()
    documents, claims, statements, latest = synthetic_claims(count)
    built = time.perf_counter() - built
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    cpu = time.process_time()
    extraction = Extraction(tuple(claims), tuple(statements), latest, (), ())
    with claims_frozen():  # as the engines do
        report = checker.assemble(list(documents.values()), extraction)
    numbered = report.findings
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    sizes = sorted((len(series.claims) for series in measure_series(claims)), reverse=True)
    return {"claims": len(claims), "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "claims_per_second": round(len(claims) / seconds), "findings": len(numbered),
            "series_groups": len(sizes), "largest_group": sizes[0] if sizes else 0,
            "build_seconds": round(built, 1), "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                                                   / 1024),
            "rss_before_rules_mib": round(rss_before / 1024)}


def run_sizes(sizes: list[int]) -> list[dict]:
    """Each size in its own process, so peak memory is per size."""
    results = []
    for size in sizes:
        completed = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                                   check=False)
        if completed.returncode != 0:
            results.append({"claims": size, "error": completed.stderr.strip().splitlines()[-1:]})
            continue
        results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    return results


def linearity(results: list[dict]) -> str:
    """Seconds per claim at the largest size relative to the smallest (1.0 is perfectly linear)."""
    timed = [r for r in results if "seconds" in r]
    if len(timed) < 2:
        return "n/a"
    first, last = timed[0], timed[-1]
    return f"{(last['seconds'] / last['claims']) / (first['seconds'] / first['claims']):.2f}"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(int(argv[1]))))
        return 0
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    results = run_sizes(sizes)
    for result in results:
        print(json.dumps(result))
    print(f"time per claim, largest vs smallest size: {linearity(results)}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
