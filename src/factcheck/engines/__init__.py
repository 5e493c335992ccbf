"""Engines run the one pipeline over many files: in this process, in local worker processes
(`jobs`), or on a Dask cluster. Every engine produces the report `Checker.check_paths` would.

Extraction is per document and runs wherever the engine puts it; the rule stage sees claims
grouped by measure key (see `factcheck.index`), never all pairs of claims.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

ENGINES = ("local", "dask")


def run_engine(checker, paths: Iterable[Path | str] | None, *, engine: str = "local", jobs: int = 1,
               scheduler=None):
    """The Report for `paths` (default: the bundled corpus) computed by the chosen engine."""
    if engine == "local":
        from factcheck.engines.local import run_local

        return run_local(checker, paths, jobs=jobs)
    if engine == "dask":
        from factcheck.engines.dask import run_dask

        return run_dask(checker, paths, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "run_engine"]
