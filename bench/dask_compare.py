"""The Dask engine against the local engine on a generated corpus: identical reports, and times.

    python -m bench dask_compare --documents 10000 [--scheduler tcp://host:8786]

Both reports are written as JSON; they must be byte-identical (the local engine numbers
documents, claims and findings; the Dask engine must reproduce that exactly). Without
--scheduler a LocalCluster of two single-threaded worker processes is started here.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate


def compare(documents: int, scheduler: str | None = None, seed: int = 10) -> dict:
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # worker processes inherit it: no log lines
    from factcheck.engine import Checker
    from factcheck.report.json import report_json

    checker = Checker()
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), documents=documents, seed=seed, error_rate=0.1)
        paths = [str(Path(folder) / "docs")]
        started = time.perf_counter()
        local = report_json(checker.check_paths(paths, jobs=2))
        local_seconds = time.perf_counter() - started
        started = time.perf_counter()
        if scheduler is None:
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                              silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                distributed = report_json(checker.check_paths(paths, engine="dask", scheduler=client))
        else:
            distributed = report_json(checker.check_paths(paths, engine="dask", scheduler=scheduler))
        dask_seconds = time.perf_counter() - started
    report = json.loads(local)
    return {"documents": documents, "claims": len(report["claims"]), "findings": len(report["findings"]),
            "identical": local == distributed, "local_jobs2_seconds": round(local_seconds, 1),
            "dask_seconds": round(dask_seconds, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Dask engine against the local engine.")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--scheduler", help="a running Dask scheduler's address; default: a LocalCluster here")
    args = parser.parse_args(argv)
    print(f"dask_vs_local: {json.dumps(compare(args.documents, args.scheduler))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
