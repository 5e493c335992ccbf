"""The local engine: files extracted one at a time in this process, or in `jobs` worker processes.

Results stream back in file order, so memory holds the claims found so far and at most a few
documents' text per worker, however large the folder.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from factcheck.engines.pipeline import (
    Discovery,
    FileResult,
    FileTask,
    assemble,
    discover_tasks,
    extract_file,
    extract_files,
    in_order,
)

CHUNK_FILES = 16  # files a worker takes at once: fewer round trips, still an even spread
IN_FLIGHT_PER_WORKER = 4


def stream_files(paths: Iterable[Path | str] | None, *, jobs: int = 1,
                 strict: bool = False) -> tuple[Discovery, Iterator[FileResult]]:
    """Every file's claims, in file order with final document ids, as soon as they are extracted."""
    discovery = discover_tasks(paths)
    return discovery, in_order(_extracted(discovery.tasks, jobs, strict))


def run_local(checker, paths: Iterable[Path | str] | None, *, jobs: int = 1):
    discovery, streamed = stream_files(paths, jobs=jobs, strict=checker.strict)
    results, claims, statements = [], [], []
    for result in streamed:
        claims.extend(result.claims)
        statements.extend(result.statements)
        results.append(attrs.evolve(result, claims=(), statements=(), set_aside=()))
    return assemble(checker, discovery, results, claims, statements)


def _extracted(tasks: tuple[FileTask, ...], jobs: int, strict: bool) -> Iterator[FileResult]:
    workers = min(_job_count(jobs), max(1, len(tasks)))
    if workers <= 1:
        yield from (extract_file(task, strict) for task in tasks)
        return
    size = max(1, min(CHUNK_FILES, len(tasks) // (workers * 4) or 1))
    chunks = (tasks[start:start + size] for start in range(0, len(tasks), size))
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in chunks:  # a bounded window of chunks in flight keeps memory flat
            pending.append(pool.submit(extract_files, chunk, strict))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _job_count(jobs: int) -> int:
    """`jobs` worker processes; 0 means one per core."""
    return (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
