"""Latency of `Checker.check_text` on a 10 KB article with a ledger of 100,000 archived claims.

    python -m bench latency                      # builds a temporary ledger, prints p50/p95
    python -m bench latency --ledger /tmp/l.sqlite --runs 300

The ledger is filled with the bundled corpus's claims restated for many other subjects and
periods (so most archived claims share no measure key with the draft, as in a real archive),
plus, for one archived document in twenty, restatements of the corpus's own figures (so every
check fetches and compares archived claims: about 100 per measure key of the draft). With
`--conflicting-archive` those restatements are moved to random years, so the archive disagrees
with itself and with the draft many times over (a stress case: every check renders findings).
The drafts are the bundled English articles' bodies, concatenated to 10 KB, each run with its
paragraphs in another order so no two consecutive runs see one text.

Besides wall-clock time it prints the checking thread's CPU time, which the other processes on a
shared machine do not inflate as much.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import attrs

from factcheck import Checker
from factcheck.bundled import corpus_dir
from factcheck.extract import forget_sentences
from factcheck.ingest import parse_front_matter
from factcheck.ledger import Ledger
from factcheck.model import Document, TimeSpan

ARTICLE_BYTES = 10 * 1024


def english_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(corpus_dir().glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta, body_start = parse_front_matter(text, str(path))
        if meta.get("language", "en") == "en":
            paragraphs += [p.strip() for p in text[body_start:].split("\n\n") if p.strip()]
    return paragraphs


def draft(paragraphs: list[str], rng: random.Random) -> str:
    order = paragraphs[:]
    rng.shuffle(order)
    text, index = "", 0
    while len(text.encode("utf-8")) < ARTICLE_BYTES:
        text += order[index % len(order)] + "\n\n"
        index += 1
    return text


def fill_ledger(ledger: Ledger, checker: Checker, claims_wanted: int, rng: random.Random, *,
                conflicting: bool) -> None:
    seed_claims = checker.check_paths([corpus_dir()]).claims
    per_document = 100
    for number in range((claims_wanted + per_document - 1) // per_document):
        same_keys = number % 20 == 0
        claims = []
        for index in range(per_document):
            claim = rng.choice(seed_claims)
            year = rng.randrange(2015, 2025)
            time = TimeSpan(date(year, 1, 1), date(year, 12, 31), str(year))
            if same_keys and not conflicting:
                time = claim.time  # a restatement of the same figure for the same period: the archive agrees
            subject = claim.subject if same_keys else f"{claim.subject or 'operator'} {number % 997}"
            claims.append(attrs.evolve(claim, id=f"b{number}:c{index + 1}", document=f"b{number}",
                                       subject=subject, time=time))
        document = Document(id=f"b{number}", text="(archived synthetic article)", path=f"archive/{number}.md",
                            title=f"Archived {number}", url=f"https://example.org/archive/{number}",
                            published=date(2024, 12, 31))
        ledger.add(document, claims)


def percentiles(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


class FullCollections:
    """A gc callback counting the collections of the oldest generation, which walk every object
    (sympy's and pint's too): a check they fall in takes the longest."""

    def __init__(self) -> None:
        self.count, self.milliseconds, self._started = 0, 0.0, 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.milliseconds += (time.perf_counter() - self._started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ledger", type=Path, help="reuse (or create) this ledger file")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--conflicting-archive", action="store_true",
                        help="stress case: restatements of the draft's figures moved to random years, so the "
                             "archive contradicts itself and the draft many times over")
    parser.add_argument("--warm-sentences", action="store_true",
                        help="keep the per-sentence caches between runs, as when a hook re-checks an edited draft")
    parser.add_argument("--without-ledger", action="store_true", help="also time the same drafts with no ledger")
    options = parser.parse_args()
    rng = random.Random(20241122)
    folder = tempfile.TemporaryDirectory()
    path = options.ledger or Path(folder.name) / "ledger.sqlite"
    checker = Checker()
    ledger = Ledger(path)
    if ledger.stats().claims < options.claims:
        started = time.perf_counter()
        fill_ledger(ledger, checker, options.claims - ledger.stats().claims, rng,
                    conflicting=options.conflicting_archive)
        print(f"filled the ledger in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    stats = ledger.stats()
    hooked = Checker(ledger=ledger)
    paragraphs = english_paragraphs()
    drafts = [draft(paragraphs, rng) for _ in range(20)]
    for index in range(options.warmup):
        hooked.check_text(drafts[index % len(drafts)], published="2025-01-15")
    timings, cpu_timings, findings, archived = [], [], 0, 0
    full_collections = FullCollections()
    gc.callbacks.append(full_collections)
    for index in range(options.runs):
        text = drafts[index % len(drafts)]
        if not options.warm_sentences:
            forget_sentences()  # the drafts share paragraphs: no run may profit from an earlier one's sentences
        started, cpu_started = time.perf_counter(), time.thread_time()
        report = hooked.check_text(text, published="2025-01-15")
        timings.append((time.perf_counter() - started) * 1000)
        cpu_timings.append((time.thread_time() - cpu_started) * 1000)
        findings += len(report.findings)
        archived += len(report.archived)
    p50, p95 = percentiles(timings)
    cpu_p50, cpu_p95 = percentiles(cpu_timings)
    print(f"ledger: {stats.claims} claims in {stats.documents} documents, {stats.measure_keys} measure keys")
    print(f"draft: {len(drafts[0].encode('utf-8'))} bytes, {len(report.claims)} claims in the last report, "
          f"{findings / options.runs:.1f} findings and {archived / options.runs:.1f} archived documents per check")
    gc.callbacks.remove(full_collections)
    print(f"check_text over {options.runs} runs after {options.warmup} warm-up: "
          f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(timings):.1f} ms (wall clock)")
    print(f"  full garbage collections during the runs: {full_collections.count} "
          f"({full_collections.milliseconds:.0f} ms in all; see docs/hooks.md on gc.freeze())")
    print(f"  CPU time of the checking thread: p50 {cpu_p50:.1f} ms, p95 {cpu_p95:.1f} ms "
          f"(what the machine's other load does not inflate); load average {os.getloadavg()[0]:.1f}")
    if options.without_ledger:
        plain = Checker()
        bare = []
        for index in range(options.runs):
            if not options.warm_sentences:
                forget_sentences()
            started = time.thread_time()
            plain.check_text(drafts[index % len(drafts)], published="2025-01-15")
            bare.append((time.thread_time() - started) * 1000)
        bare_p50, bare_p95 = percentiles(bare)
        print(f"  without a ledger (CPU time): p50 {bare_p50:.1f} ms, p95 {bare_p95:.1f} ms")
    ledger.close()
    hooked.ledger.close()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
