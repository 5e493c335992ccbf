"""End-to-end `factcheck run` on a generated corpus: documents per second, peak memory, recall.

    python -m bench end_to_end --documents 2000 --jobs 1 2

Each run is the real command line (`factcheck run DIR --format json -o FILE`) in a child
process, so the figure includes start-up, reading files, extraction, rules and writing the
report; its peak memory is the child's ru_maxrss (worker processes included: the largest of
them). Recall and false alarms are scored from the JSON report against the manifest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate
from bench.recall import score

MEASURE_CHILD = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def factcheck_command() -> list[str]:
    return [sys.executable, "-m", "factcheck.cli"]


def run_cli(arguments: list[str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in KiB of the command and its workers, exit code)."""
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-c", MEASURE_CHILD, *factcheck_command(), *arguments],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=False)
    seconds = time.perf_counter() - started
    peak, code = completed.stdout.splitlines()[-1].split()
    return seconds, int(peak), int(code)


def end_to_end(corpus: Path, jobs: int, engine: str = "local") -> dict:
    report_path = corpus / f"report-{engine}-{jobs}.json"
    arguments = ["run", str(corpus / "docs"), "--format", "json", "-o", str(report_path), "--jobs", str(jobs),
                 "--engine", engine]
    seconds, peak_kib, code = run_cli(arguments)
    if code not in (0, 1):
        return {"jobs": jobs, "error": f"exit code {code}"}
    report = json.loads(report_path.read_text(encoding="utf-8"))
    documents = len(report["documents"])
    return {"engine": engine, "jobs": jobs, "documents": documents, "seconds": round(seconds, 2),
            "documents_per_second": round(documents / seconds, 1), "peak_rss_mib": round(peak_kib / 1024),
            "claims": len(report["claims"]), "findings": len(report["findings"]),
            "recall": score(corpus, report)}


def streaming_memory(sizes: list[int], seed: int = 5) -> list[dict]:
    """Peak memory against corpus size. `extract` streams claims out as files are done (flat);
    `run --jobs 2` drops each text after extraction but holds the claims its report lists;
    plain `run` also holds every document's text."""
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            totals = generate(Path(folder), documents=size, seed=seed, error_rate=0.1)
            seconds, peak_kib, code = run_cli(["run", str(Path(folder) / "docs"), "--format", "json",
                                               "-o", os.devnull, "--jobs", "2"])
            classic_seconds, classic_kib, _ = run_cli(["run", str(Path(folder) / "docs"), "--format", "json",
                                                       "-o", os.devnull])
            extract_seconds, extract_kib, _ = run_cli(["extract", str(Path(folder) / "docs"), "--jobs", "2"])
        results.append({"documents": size, "text_mib": round(totals["characters"] / 2**20, 1),
                        "run_jobs2_peak_rss_mib": round(peak_kib / 1024),
                        "run_in_memory_peak_rss_mib": round(classic_kib / 1024),
                        "extract_streaming_peak_rss_mib": round(extract_kib / 1024)})
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="End-to-end throughput, memory and recall.")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--memory-sizes", type=int, nargs="*", default=[1000, 4000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        generate(corpus, documents=args.documents, seed=3, error_rate=0.1)
        for jobs in args.jobs:
            print(f"end_to_end: {json.dumps(end_to_end(corpus, jobs))}")
    for row in streaming_memory(args.memory_sizes):
        print(f"memory: {json.dumps(row)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
