"""Every performance figure of factcheck in one run.

    python -m bench run_all            # the full set (about 10 minutes on 2 cores)
    python -m bench run_all --quick    # smaller sizes, about 2 minutes

Prints: the machine and its load; extraction throughput per core on ../shared/seeds and on
generated articles (with a single regex pass as the ceiling); factcheck against quantulum3 on
the same English text (throughput ratio, correct quantities on the gold file); rule-stage time
and memory for 10k, 100k and 1M claims; each series rule on one large group; end-to-end
`factcheck run` documents per second with 1 and 2 processes, peak memory and recall / false
alarms on planted inconsistencies; peak memory against corpus size; the Dask engine against
the local engine (identical reports).
Targets: >= 1,000,000 chars/s per core; 1M claims through the rules in <= 60 s and <= 2 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from bench import dask_compare, end_to_end, extraction, quantulum_compare, rule_groups, rule_stage

FULL = {"generated": 300, "repeat": 3, "claims": [10_000, 100_000, 1_000_000], "documents": 2000,
        "memory": [1000, 4000], "dask": 10_000, "group": [500, 1000, 2000]}
QUICK = {"generated": 100, "repeat": 2, "claims": [10_000, 100_000], "documents": 300, "memory": [200, 800],
         "dask": 300, "group": [250, 500, 1000]}
CHARS_PER_CORE_TARGET = 1_000_000
RULE_SECONDS_TARGET, RULE_MIB_TARGET = 60, 2048


def machine() -> str:
    load = os.getloadavg()
    return (f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, load average "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (other work on the machine slows wall-clock figures)")


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes for a fast pass")
    parser.add_argument("--seeds", type=Path, default=extraction.DEFAULT_SEEDS)
    parser.add_argument("--gold", type=Path, default=quantulum_compare.DEFAULT_GOLD)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    print(machine())

    section("extraction throughput (segment + extract, one process)")
    extraction.main(["--seeds", str(args.seeds), "--generated", str(sizes["generated"]),
                     "--repeat", str(sizes["repeat"])])
    print(f"target: >= {CHARS_PER_CORE_TARGET:,} chars per CPU second per core")

    section("factcheck vs quantulum3 (same English text, same run)")
    print(f"quantulum3: {json.dumps(quantulum_compare.compare(args.seeds, args.gold))}", flush=True)

    section("rule stage (Checker.assemble: index + rules + report), each size in a fresh process")
    results = rule_stage.run_sizes(sizes["claims"])
    for result in results:
        print(f"rule_stage: {json.dumps(result)}")
    print(f"time per claim, largest vs smallest: {rule_stage.linearity(results)}x (1.00 = linear); "
          f"target for 1M claims: <= {RULE_SECONDS_TARGET} s and <= {RULE_MIB_TARGET} MiB")

    section("one large measure-key group through each series rule (quadratic inside a group?)")
    rule_groups.main([str(size) for size in sizes["group"]])

    section("end to end: factcheck run on a generated corpus")
    end_to_end.main(["--documents", str(sizes["documents"]), "--jobs", "1", "2",
                     "--memory-sizes", *map(str, sizes["memory"])])

    if not args.skip_dask:
        section("Dask engine against the local engine")
        try:
            print(f"dask_vs_local: {json.dumps(dask_compare.compare(sizes['dask']))}")
        except ImportError:
            print("dask_vs_local: skipped (pip install -e '.[scale]')")

    print(f"\n{machine()}\nall figures in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
