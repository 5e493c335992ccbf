"""Interleaved A/B timing of `Checker.check_text`: this checkout against an earlier commit.

    python -m bench latency_ab HEAD~5                 # 20 rounds of 10 checks each side
    python -m bench latency_ab 316bda7 --rounds 40 --burst 5

This machine's speed drifts by a third within minutes, so two runs of bench/latency.py taken
minutes apart compare the machine as much as the code. Here both versions run in two long-lived
processes that take turns every few checks (one at a time, never together) on the same drafts,
each with a ledger of the same 100,000 claims built by its own code; the ratio of the means is
the figure to read. The earlier commit is checked out into a temporary git worktree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def worker(tree: Path, ledger: Path) -> None:
    """Build (or reuse) the ledger, warm up, then time as many checks as each stdin line asks for."""
    # Each worker imports the code of its own checkout (this one or the earlier commit's): the only
    # place a benchmark puts a folder on the path, as the two trees cannot both be installed.
    sys.path[:0] = [str(tree / "src"), str(tree / "bench")]
    import random
    import time

    import latency

    from factcheck import Checker
    from factcheck.extract import forget_sentences
    from factcheck.ledger import Ledger

    rng = random.Random(20241122)
    checker = Checker()
    archive = Ledger(ledger)
    if archive.stats().claims < 100_000:
        latency.fill_ledger(archive, checker, 100_000 - archive.stats().claims, rng, conflicting=False)
    hooked = Checker(ledger=archive)
    drafts = [latency.draft(latency.english_paragraphs(), rng) for _ in range(20)]
    for text in drafts[:10]:
        hooked.check_text(text, published="2025-01-15")
    print(f"ready {Path(sys.modules['factcheck'].__file__).parent}", flush=True)
    done = 0
    for line in sys.stdin:
        timings = []
        for _ in range(int(line)):
            forget_sentences()
            started = time.thread_time()
            hooked.check_text(drafts[done % len(drafts)], published="2025-01-15")
            timings.append((time.thread_time() - started) * 1000)
            done += 1
        print(" ".join(f"{t:.3f}" for t in timings), flush=True)


def start(tree: Path, ledger: Path) -> subprocess.Popen:
    environment = {**os.environ, "PYTHONPATH": str(tree / "src")}
    process = subprocess.Popen([sys.executable, __file__, "--worker", str(tree), str(ledger)],  # noqa: S603 - ourselves
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment)
    ready = process.stdout.readline().split()
    if not ready or ready[0] != "ready" or not ready[1].startswith(str(tree)):
        sys.exit(f"the worker for {tree} did not start with its own factcheck: {' '.join(ready)}")
    return process


def summary(name: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"{name}: p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, mean {statistics.mean(ordered):.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", nargs="?", help="the earlier commit to compare with")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--burst", type=int, default=10, help="checks per turn")
    parser.add_argument("--worker", nargs=2, metavar=("TREE", "LEDGER"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        worker(Path(options.worker[0]), Path(options.worker[1]))
        return 0
    if not options.commit:
        parser.error("name the earlier commit to compare with")
    with tempfile.TemporaryDirectory() as folder:
        earlier = Path(folder) / "earlier"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(earlier), options.commit],  # noqa: S603,S607
                       check=True)
        try:
            sides = {"earlier": start(earlier, Path(folder) / "earlier.sqlite"),
                     "this checkout": start(REPO, Path(folder) / "this.sqlite")}
            timings: dict[str, list[float]] = {name: [] for name in sides}
            for turn in range(options.rounds):
                order = list(sides) if turn % 2 == 0 else list(reversed(sides))
                for name in order:
                    sides[name].stdin.write(f"{options.burst}\n")
                    sides[name].stdin.flush()
                    timings[name] += [float(t) for t in sides[name].stdout.readline().split()]
            for process in sides.values():
                process.stdin.close()
                process.wait()
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(earlier)], check=False)  # noqa: S603,S607
    print(f"check_text CPU time, {options.rounds} turns of {options.burst} checks each, taken in alternation:")
    for name, values in timings.items():
        print("  " + summary(name, values))
    ratio = statistics.mean(timings["this checkout"]) / statistics.mean(timings["earlier"])
    print(f"  this checkout / {options.commit}: {ratio:.3f} of the mean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
