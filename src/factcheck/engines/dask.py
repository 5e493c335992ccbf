"""The Dask engine: the same pipeline on a Dask cluster (the optional `scale` extra).

Extraction runs per document on the workers; claims are shuffled by measure key with a
`foldby` (a tree reduction that moves only the grouped claims, not everything); each group
goes through the rules on a worker. The client receives the claims and findings and numbers
them exactly as the local engine does, so both reports are identical.

Workers read the files themselves: on a real cluster the paths must be visible to them
(a shared file system), and factcheck with the same rules must be installed there.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from factcheck.copies import Copies, find_copies
from factcheck.engines.pipeline import (
    FileResult,
    assemble,
    discover_tasks,
    extract_file,
    final_ids,
    renumbered,
)
from factcheck.errors import FactcheckError
from factcheck.index import measure_series, series_key, text_groups
from factcheck.model import Finding
from factcheck.rulebook import RuleFailure

FILES_PER_PARTITION = 64
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


def run_dask(checker, paths: Iterable[Path | str] | None, *, scheduler=None):
    """`scheduler`: a `distributed.Client`, a scheduler address ("tcp://host:8786"), one of dask's
    local schedulers ("synchronous", "threads", "processes"), or None for a LocalCluster on this machine."""
    try:
        import dask
        import dask.bag as db
    except ImportError as error:
        raise FactcheckError("the dask engine needs the scale extra: pip install 'factcheck[scale]'") from error
    client, owned = _client(scheduler)
    try:
        with dask.config.set(scheduler=scheduler if scheduler in LOCAL_SCHEDULERS else (client or "sync")):
            return _run(checker, paths, db, client)
    finally:
        if owned is not None:
            owned.close()
            client.close()


def _client(scheduler):
    if scheduler in LOCAL_SCHEDULERS:
        return None, None
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise FactcheckError("a Dask cluster needs dask[distributed]: pip install 'factcheck[scale]'") from error
    if scheduler is None:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None,
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    if isinstance(scheduler, str):
        try:
            return Client(scheduler), None  # waits distributed.comm.timeouts.connect (dask config)
        except (OSError, TimeoutError) as error:
            raise FactcheckError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    return scheduler, None


def _run(checker, paths, db, client):
    import dask

    discovery = discover_tasks(paths)
    partitions = max(1, -(-len(discovery.tasks) // FILES_PER_PARTITION))
    results = db.from_sequence(discovery.tasks, npartitions=partitions).map(extract_file, checker.strict)
    results = results.persist()
    outline = results.map(_outline).compute()
    renamed = final_ids(outline)
    if renamed:
        results = results.map(renumbered, renamed).persist()
    gathered = results.map(_without_claims).compute()
    documents = [checker.dated(r.document) for r in gathered if r.document is not None]
    claims_per_file, statements_per_file = dask.compute(results.map(_claims), results.map(_statements))
    claims = [claim for file_claims in claims_per_file for claim in file_claims]
    statements = [statement for file_statements in statements_per_file for statement in file_statements]
    copies = find_copies(claims, {document.id: document for document in documents})  # as Checker.rule_groups
    shared_copies = dask.delayed(copies, traverse=False)
    documents_by_id = dask.delayed({document.id: document for document in documents}, traverse=False)
    rates = dask.delayed(checker.rates, traverse=False)
    folders = _rule_folders(checker)

    series = (results.map(_claims).flatten()
              .map_partitions(_kept, shared_copies)
              .filter(lambda claim: series_key(claim) is not None)
              .foldby(series_key, _append, list, _concatenated, list)
              .repartition(partitions)
              .map(lambda pair: measure_series(pair[1])).flatten())  # the series of one key, as the local engine
    statement_groups_ = results.map(_statement_groups, documents_by_id, shared_copies).flatten()
    series_findings = series.map_partitions(_run_rules, folders, rates, documents_by_id, shared_copies,
                                            checker.strict)
    statement_findings = statement_groups_.map_partitions(_run_rules, folders, rates, documents_by_id,
                                                          shared_copies, checker.strict)
    found_series, found_statements = dask.compute(series_findings, statement_findings)
    found = [*found_series, *found_statements]
    findings = [item for item in found if isinstance(item, Finding)]
    failures = [item for item in found if isinstance(item, RuleFailure)]
    checks = [item for item in found if not isinstance(item, (Finding, RuleFailure))]
    return assemble(checker, discovery, gathered, claims, statements, (findings, checks, failures))


def _outline(result: FileResult):
    return None if result.document is None else result.document.id


def _without_claims(result: FileResult) -> FileResult:
    from attrs import evolve

    return evolve(result, claims=(), statements=())


def _claims(result: FileResult):
    return result.claims


def _statements(result: FileResult):
    return result.statements


def _append(members: list, claim) -> list:
    members.append(claim)
    return members


def _concatenated(first: list, second: list) -> list:
    first.extend(second)
    return first


def _kept(claims, copies: Copies) -> list:
    return copies.kept(claims)


def _statement_groups(result: FileResult, documents: dict, copies: Copies) -> list:
    if not result.extracted:
        return []
    return text_groups(documents, list(result.claims), result.statements, copies)


def _rule_folders(checker) -> tuple[str, ...]:
    return tuple(sorted({str(Path(rule.path).parent) for rule in checker.rulebook.rules if rule.path}))


_loading = threading.Lock()


def _worker_rulebook(folders: tuple[str, ...]):
    """Rules are imported once per worker process: compiled relations do not travel by pickle."""
    with _loading:  # threaded workers share the rulebook's registration list while importing
        return _loaded_rulebook(folders)


@lru_cache(maxsize=8)
def _loaded_rulebook(folders: tuple[str, ...]):
    from factcheck.rulebook import load_rules

    return load_rules([Path(folder) for folder in folders])


def _run_rules(groups, folders: tuple[str, ...], rates, documents: dict, copies: Copies, strict: bool) -> list:
    from factcheck.rulebook import RuleContext

    outcome = _worker_rulebook(folders).run_all(list(groups), RuleContext(rates, documents, copies), strict=strict)
    return [*outcome.findings, *outcome.checks, *outcome.failures]
