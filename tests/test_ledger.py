"""The claims ledger: archive, check drafts against it, survive SIGKILL and concurrent writers, share across threads.

The kill test forks a child that runs `factcheck ledger add` and kills it with SIGKILL at a random
point (after a random number of committed documents, plus a random few milliseconds, so some
kills land mid-transaction). `FACTCHECK_KILL_RUNS` sets how many times (CI: 4; the issue's
acceptance was checked with 50).
"""

import json
import os
import random
import signal
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.bundled import corpus_dir
from factcheck.cli import main
from factcheck.engine import Checker
from factcheck.ledger import SCHEMA_VERSION, Ledger, claim_from_record, claim_record

ARCHIVED = ("---\ntitle: Schools in April\nsource: Desk A\nurl: https://example.org/april\npublished: 2024-04-29\n---\n"
            "By April 2024, Starlink was connecting 447 rural schools in Kazakhstan to the internet.\n")
DRAFT = ("---\ntitle: Draft\npublished: 2024-07-01\n---\n"
         "As of June 2024, Starlink was connecting {count} rural schools in Kazakhstan to the internet.\n")


def article(number: int) -> str:
    return (f"---\ntitle: Bulletin {number}\nurl: https://example.org/bulletin-{number}\npublished: 2024-06-01\n---\n"
            f"In 2023, operator {number} had {number + 2}.5 million subscribers and {number * 10 + 7} shops.\n\n"
            f"By May 2024, the operator had connected {number * 3 + 40} villages, up from {number + 9} in 2022.\n")


def write_articles(folder, numbers):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in numbers:
        path = folder / f"bulletin-{number:03d}.md"
        path.write_text(article(number), encoding="utf-8")
        paths.append(path)
    return paths


def test_claim_records_round_trip(checker):
    report = checker.check_paths([corpus_dir()])
    for claim in report.claims:
        restored = claim_from_record(json.loads(json.dumps(claim_record(claim))), "a1:c1", "a1")
        assert restored == attrs.evolve(claim, id="a1:c1", document="a1")


def test_draft_contradicting_an_archived_claim_is_flagged_through_ledger(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    archived = tmp_path / "published" / "april.md"
    archived.parent.mkdir()
    archived.write_text(ARCHIVED, encoding="utf-8")
    added = CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), str(archived)])
    assert added.exit_code == 0 and "archived" in added.output
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(count=300), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--ledger", str(ledger), str(draft), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    [finding] = report["findings"]
    assert finding["rule"] == "cumulative-count-decreases"
    archived_documents = [d for d in report["documents"] if d.get("archived")]
    assert [d["url"] for d in archived_documents] == ["https://example.org/april"]
    texts = {c["text"]: c for c in report["claims"]}
    assert set(texts) == {"447", "300"} and texts["447"]["document"] == archived_documents[0]["id"]
    assert [c["document"] for c in report["coverage"]] == ["d1"]  # coverage is about the draft only
    draft.write_text(DRAFT.format(count=900), encoding="utf-8")
    assert CliRunner().invoke(main, ["run", "--ledger", str(ledger), str(draft)]).exit_code == 0
    html = CliRunner().invoke(main, ["run", "--ledger", str(ledger), str(draft), "--format", "html"]).output
    assert "from the ledger" not in html  # nothing from the archive is shown when nothing disagrees
    missing = CliRunner().invoke(main, ["run", "--ledger", str(tmp_path / "typo.sqlite"), str(draft)])
    assert missing.exit_code == 2 and "does not exist" in missing.output  # a typo must not check against nothing


def test_a_figure_archived_many_times_is_one_finding(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    copies = []
    for number in range(3):
        copy = tmp_path / f"copy-{number}.md"
        copy.write_text(ARCHIVED.replace("https://example.org/april", f"https://example.org/april-{number}"),
                        encoding="utf-8")
        copies.append(str(copy))
    CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), *copies])
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(count=300), encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["run", "--ledger", str(ledger), str(draft), "--format",
                                                  "json"]).output)
    assert len(report["findings"]) == 1
    assert [d["url"] for d in report["documents"] if d.get("archived")] == ["https://example.org/april-0"]


def test_an_archived_article_is_not_checked_against_itself(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    article_path = tmp_path / "a.md"
    article_path.write_text(ARCHIVED.replace("447", "300").replace("April 2024", "June 2024"), encoding="utf-8")
    CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), str(article_path)])
    CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), str(article_path)])  # replaces, no twin
    with Ledger(ledger) as archive:
        assert archive.stats().documents == 1
    result = CliRunner().invoke(main, ["run", "--ledger", str(ledger), str(article_path)])
    assert result.exit_code == 0, result.output


def test_ledger_stats_and_schema_version(tmp_path):
    ledger = tmp_path / "deep" / "folder" / "ledger.sqlite"
    paths = write_articles(tmp_path / "news", range(3))
    CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), *map(str, paths)])
    stats = json.loads(CliRunner().invoke(main, ["ledger", "stats", "--ledger", str(ledger), "--format",
                                                 "json"]).output)
    assert stats["documents"] == 3 and stats["claims"] >= 9 and stats["schema_version"] == SCHEMA_VERSION
    assert stats["by_language"] == {"en": 3}
    text = CliRunner().invoke(main, ["ledger", "stats", "--ledger", str(ledger)]).output
    assert "3 documents" in text


def test_ledger_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_LEDGER", str(tmp_path / "env.sqlite"))
    paths = write_articles(tmp_path / "news", [1])
    assert CliRunner().invoke(main, ["ledger", "add", str(paths[0])]).exit_code == 0
    assert (tmp_path / "env.sqlite").is_file()


def test_newer_schema_and_foreign_files_are_clear_errors(tmp_path):
    newer = tmp_path / "newer.sqlite"
    Ledger(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION + 5,))
    result = CliRunner().invoke(main, ["ledger", "stats", "--ledger", str(newer)])
    assert result.exit_code == 2 and "newer than this factcheck knows" in result.output
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("shopping list: 3 apples\n" * 50, encoding="utf-8")
    result = CliRunner().invoke(main, ["ledger", "stats", "--ledger", str(foreign)])
    assert result.exit_code == 2 and "not a usable ledger database" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_migrations_bring_an_empty_database_to_the_current_version(tmp_path):
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    with Ledger(path) as archive:
        assert archive.schema_version() == SCHEMA_VERSION
        tables = {row[0] for row in archive._connection().execute("SELECT name FROM sqlite_master")}
    assert {"documents", "claims", "schema_version", "claims_by_key_and_period"} <= tables


def test_a_version_1_ledger_is_migrated_with_its_claims_dated(tmp_path, checker):
    from factcheck.index import series_key
    from factcheck.ledger import MIGRATIONS

    path = tmp_path / "v1.sqlite"
    archived = tmp_path / "april.md"
    archived.write_text(ARCHIVED, encoding="utf-8")
    document = checker.read_paths([archived])[0][0]
    [claim] = checker.extract(document)[0]
    with sqlite3.connect(path) as connection:  # a ledger as version 1 wrote it
        connection.executescript(MIGRATIONS[0][1] + ";CREATE TABLE schema_version (version INTEGER NOT NULL);"  # noqa: S608
                                 "INSERT INTO schema_version VALUES (1);")
        connection.execute("INSERT INTO documents (id, identity, language, text, claim_count, added) "
                            "VALUES (1, 'https://example.org/april', 'en', ?, 1, '2024-05-01')", (document.text,))
        connection.execute("INSERT INTO claims (document_id, ordinal, kind, measure, subject, record) "
                           "VALUES (1, 1, ?, ?, ?, ?)", (claim.kind, claim.measure, claim.subject,
                                                         json.dumps(claim_record(claim))))
    with Ledger(path) as archive:
        assert archive.schema_version() == SCHEMA_VERSION
        draft = checker.check_text(DRAFT.format(count=300)).claims
        [found] = archive.claims_near(draft, series_key).claims
        assert (found.text, found.time) == ("447", claim.time)


def test_archive_lookups_use_the_measure_key_index_never_a_scan(tmp_path):
    from factcheck.ledger import NEAR_QUERY

    with Ledger(tmp_path / "ledger.sqlite") as archive:
        connection = archive._connection()
        values = {"kind": "count", "measure": "school", "subject": "", "excluding": "[3, 7]"}
        plan = " ".join(row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + NEAR_QUERY, values))
        # The only scan allowed is of the short list of excluded documents, never of a table; the
        # index covers what the query reads, so neither a claim row nor a document row is visited.
        assert "USING COVERING INDEX claims_by_key_and_period" in plan, plan
        assert "SCAN c " not in plan and "documents" not in plan, plan


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=30,
                unique_by=(lambda f: f[0], lambda f: f[0] + f[1])),
       st.integers(0, 400), st.integers(0, 60))
@settings(max_examples=200, deadline=None)
def test_an_archived_neighbourhood_is_what_sql_would_select(periods, window_start, window_length):
    """The figures a draft claim meets: those overlapping its period and the five nearest on each side,
    checked against the same selection written as SQL (periods start and end on distinct days: no ties)."""
    from datetime import date, timedelta

    from factcheck.ledger import NEAREST_IN_TIME, _neighbourhood

    def day(offset: int) -> str:
        return (date(2020, 1, 1) + timedelta(days=offset)).isoformat()

    figures = [(row_id, 1, row_id, day(start), day(start + length))
               for row_id, (start, length) in enumerate(periods, start=1)]
    start, end = day(window_start), day(window_start + window_length)
    with sqlite3.connect(":memory:") as connection:
        connection.execute("CREATE TABLE f (id, document_id, ordinal, time_start, time_end)")
        connection.executemany("INSERT INTO f VALUES (?, ?, ?, ?, ?)", figures)
        expected = {row[0] for row in connection.execute(
            "SELECT id FROM f WHERE time_start <= :end AND time_end >= :start UNION "
            "SELECT * FROM (SELECT id FROM f WHERE time_end < :start ORDER BY time_end DESC LIMIT :n) UNION "
            "SELECT * FROM (SELECT id FROM f WHERE time_start > :end ORDER BY time_start LIMIT :n)",
            {"start": start, "end": end, "n": NEAREST_IN_TIME})}
    assert {figure[0] for figure in _neighbourhood(figures, start, end)} == expected


# -- durability


def _fork_ledger_add(ledger, paths):
    """Run `factcheck ledger add` in a forked child; return its pid and the read end of its stdout."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 70
        try:
            os.close(read_end)
            sys.stdout = os.fdopen(write_end, "w", buffering=1)
            main(["ledger", "add", "--ledger", str(ledger), *map(str, paths)], standalone_mode=False)
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 72
        except BaseException:  # noqa: BLE001 - report any failure as the exit status
            code = 71
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _read_lines(read_end, wanted, deadline):
    buffer = b""
    while buffer.count(b"\n") < wanted and time.monotonic() < deadline:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        buffer += chunk
    return buffer


def _assert_intact(ledger, promised: dict[str, int]):
    Ledger(ledger).close()  # usable: it opens (a kill before the first migration committed leaves it empty)
    connection = sqlite3.connect(ledger)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT d.path, d.claim_count, count(c.id) FROM documents d "
                                  "LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.id").fetchall()
    finally:
        connection.close()
    stored = {path: (count, actual) for path, count, actual in rows}
    for path, (count, actual) in stored.items():
        assert count == actual, f"{path}: {actual} of {count} claims stored"
    for path, count in promised.items():
        assert path in stored, f"{path} was reported archived but is missing"
        assert stored[path][0] == count
    return stored


def kill_ledger_add_once(tmp_path, rng: random.Random, paths) -> tuple[int, int]:
    ledger = tmp_path / f"kill-{rng.random():.12f}.sqlite"
    pid, read_end = _fork_ledger_add(ledger, paths)
    committed_before_kill = rng.randrange(0, len(paths))
    output = _read_lines(read_end, committed_before_kill, time.monotonic() + 30)
    time.sleep(rng.random() * 0.004)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    output += _read_lines(read_end, 10**9, time.monotonic() + 5)
    os.close(read_end)
    promised = {}
    for line in output.decode("utf-8").splitlines():
        if line.startswith("archived "):
            path, claims = line.removeprefix("archived ").rsplit(": ", 1)
            promised[path] = int(claims.split()[0])
    stored = _assert_intact(ledger, promised)
    # The database is usable: the same command finishes the job.
    finish = CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), *map(str, paths)])
    assert finish.exit_code == 0, finish.output
    assert len(_assert_intact(ledger, {})) == len(paths)
    return len(promised), len(stored)


def test_sigkill_during_ledger_add_loses_nothing_committed(tmp_path):
    paths = write_articles(tmp_path / "news", range(12))
    rng = random.Random(int(os.environ.get("FACTCHECK_KILL_SEED", "5")))
    runs = int(os.environ.get("FACTCHECK_KILL_RUNS", "4"))
    outcomes = [kill_ledger_add_once(tmp_path, rng, paths) for _ in range(runs)]
    print("kill runs (reported archived, found whole):", outcomes)
    assert all(stored >= promised for promised, stored in outcomes)


def test_two_concurrent_writers_lose_nothing(tmp_path):
    ledger = tmp_path / "shared.sqlite"
    Ledger(ledger).close()
    first = write_articles(tmp_path / "desk-one", range(0, 14))
    second = write_articles(tmp_path / "desk-two", range(100, 114))
    children = [_fork_ledger_add(ledger, paths) for paths in (first, second)]
    outputs = []
    for pid, read_end in children:
        outputs.append(_read_lines(read_end, 10**9, time.monotonic() + 60))
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    promised = {}
    for output in outputs:
        for line in output.decode().splitlines():
            path, claims = line.removeprefix("archived ").rsplit(": ", 1)
            promised[path] = int(claims.split()[0])
    assert len(promised) == 28
    assert len(_assert_intact(ledger, promised)) == 28


# -- the library for hooks


def test_checker_with_a_ledger_is_safe_to_share_between_threads(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    archived = tmp_path / "april.md"
    archived.write_text(ARCHIVED, encoding="utf-8")
    CliRunner().invoke(main, ["ledger", "add", "--ledger", str(ledger), str(archived)])
    checker = Checker(ledger=ledger)
    drafts = [DRAFT.format(count=count) for count in (120, 300, 446, 447, 900, 1200, 2000, 310)]
    serial = [checker.check_text(text).to_json() for text in drafts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda text: checker.check_text(text).to_json(), drafts * 4))
    assert parallel == serial * 4
    flagged = [json.loads(report)["findings"] != [] for report in serial]
    assert flagged == [True, True, False, False, False, False, False, True]
    checker.ledger.close()


@pytest.fixture(autouse=True)
def _no_stray_ledger(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the default ledger (./.factcheck/) must never land in the checkout
