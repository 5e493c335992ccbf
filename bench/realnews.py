"""Findings on real news no one here wrote, against the verdicts we keep on them.

    python -m bench realnews [REALNEWS] [--jobs N] [--show unreviewed|false|true|all]

REALNEWS defaults to ../shared/realnews (the development half of each corpus; the other half is
held back). Prints, per corpus (the first folder under REALNEWS) and rule, the findings per 1,000
articles by severity and how many of them the verdict file knows to be false, knows to be true, or
has not reviewed. `--show unreviewed` lists those with their sentences, for review.

The verdict file (bench/data/realnews-verdicts.yml) keys each verdict by the rule and the spans of
the claims the finding cites (corpus-relative path, start, end), not by fingerprint, so a verdict
survives changes to messages and fingerprints. It holds our own words on why, never the articles'
sentences (they may not be copied into the project).
"""

from __future__ import annotations

import argparse
from datetime import date
import sys
from collections import Counter
from pathlib import Path

import attrs
import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "realnews"
VERDICTS = HERE / "data" / "realnews-verdicts.yml"
SEVERITIES = ("error", "warning", "info")
# What makes a false alarm, as issue 13 ranks them; a verdict names one.
CLASSES = ("copy", "subject", "period", "component", "subset", "difference", "colon-list", "misreading",
           "measure-noun", "rate-vs-stock", "other")

Key = tuple  # (rule, ((path, start, end), ...))


@attrs.frozen
class Verdict:
    true: bool  # the text really is inconsistent
    kind: str  # one of CLASSES for a false alarm, "" for a true one
    why: str


@attrs.frozen
class Reviewed:
    """One finding of the run with what the verdict file says of it (None: not reviewed)."""

    corpus: str
    rule: str
    severity: str
    key: Key
    message: str
    quotes: tuple[tuple[str, str, str], ...]  # (path, claim text, its sentence) per claim
    verdict: Verdict | None


def load_verdicts(path: Path = VERDICTS) -> dict[Key, Verdict]:
    if not path.is_file():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    verdicts = {}
    for number, entry in enumerate(entries, start=1):
        kind = entry.get("class", "")
        if not entry["inconsistent"] and kind not in CLASSES:
            raise ValueError(f"{path}: entry {number}: class {kind!r} is not one of {', '.join(CLASSES)}")
        key = (entry["rule"], tuple(tuple(span) for span in entry["claims"]))
        verdicts[key] = Verdict(bool(entry["inconsistent"]), kind, entry.get("why", ""))
    return verdicts


def _relative(path: str | None, root: Path) -> str:
    if not path:
        return "?"
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def review(report, root: Path, verdicts: dict[Key, Verdict]) -> list[Reviewed]:
    reviewed = []
    for finding in report.findings:
        claims = [report.claim(claim_id) for claim_id in finding.claims]
        paths = [_relative(report.document(claim.document).path, root) for claim in claims]
        pairs = list(zip(paths, claims, strict=True))
        key = (finding.rule, tuple(sorted((path, claim.span.start, claim.span.end) for path, claim in pairs)))
        quotes = tuple((path, claim.text, claim.sentence) for path, claim in pairs)
        reviewed.append(Reviewed(paths[0].split("/", 1)[0], finding.rule, finding.severity, key, finding.message,
                                 quotes, verdicts.get(key)))
    return reviewed


def articles_per_corpus(report, root: Path) -> Counter:
    return Counter(_relative(document.path, root).split("/", 1)[0] for document in report.checked_documents())


def table(reviewed: list[Reviewed], articles: Counter) -> str:
    """Per corpus and rule: findings per 1,000 articles by severity, and known false / true / unreviewed."""
    rows = [f"{'corpus':<22} {'rule':<32} {'articles':>8} {'err/1k':>7} {'warn/1k':>7} {'info/1k':>7} "
            f"{'false':>5} {'true':>5} {'unrev':>5}"]
    groups: dict[tuple[str, str], list[Reviewed]] = {}
    for item in reviewed:
        groups.setdefault((item.corpus, item.rule), []).append(item)
    for corpus in sorted(articles):
        rules = sorted(rule for c, rule in groups if c == corpus)
        for rule in rules:
            rows.append(_row(corpus, rule, groups[(corpus, rule)], articles[corpus]))
        if not rules:
            rows.append(_row(corpus, "(no findings)", [], articles[corpus]))
    rows.append(_row("all", "all rules", reviewed, sum(articles.values())))
    return "\n".join(rows)


def _row(corpus: str, rule: str, items: list[Reviewed], articles: int) -> str:
    per_1k = {severity: 1000 * sum(1 for i in items if i.severity == severity) / max(articles, 1)
              for severity in SEVERITIES}
    false = sum(1 for i in items if i.verdict is not None and not i.verdict.true)
    true = sum(1 for i in items if i.verdict is not None and i.verdict.true)
    return (f"{corpus:<22} {rule:<32} {articles:>8} {per_1k['error']:>7.1f} {per_1k['warning']:>7.1f} "
            f"{per_1k['info']:>7.1f} {false:>5} {true:>5} {len(items) - false - true:>5}")


def by_class(reviewed: list[Reviewed]) -> Counter:
    return Counter(i.verdict.kind for i in reviewed if i.verdict is not None and not i.verdict.true)


def show(items: list[Reviewed]) -> str:
    lines = []
    for item in items:
        verdict = "unreviewed" if item.verdict is None else (
            "true" if item.verdict.true else f"false ({item.verdict.kind}): {item.verdict.why}")
        lines.append(f"- rule: {item.rule}\n  claims: {[list(span) for span in item.key[1]]}\n"
                     f"  # {item.severity}: {item.message}\n  # verdict: {verdict}")
        lines.extend(f"  #   {path}: «{text}» in: {sentence[:300]}" for path, text, sentence in item.quotes)
    return "\n".join(lines)


def corpus_folders(root: Path) -> list[Path]:
    """The corpora: every folder under REALNEWS (its README is no article). kk-kaznerd holds shuffled
    sentences in JSON lines, no articles: factcheck skips it, and it counts no articles here."""
    return sorted(path for path in root.iterdir() if path.is_dir())


# What the corpora's READMEs say of when their undated articles appeared: the run is told, so that
# conversions are held to that period's rates (`factcheck run --published-between`).
PUBLISHED_BETWEEN = {"en-bbc": (date(2004, 1, 1), date(2005, 12, 31))}  # "BBC News articles, 2004-2005"


def run(root: Path, jobs: int = 1) -> list:
    """One report per period the corpora's articles appeared in (unknown for most): each run is told it."""
    from factcheck.engine import Checker

    by_period: dict = {}
    for folder in corpus_folders(root):
        by_period.setdefault(PUBLISHED_BETWEEN.get(folder.name), []).append(folder)
    return [Checker(published_between=period).check_paths(folders, jobs=jobs) for period, folders in by_period.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", choices=("unreviewed", "false", "true", "all"))
    parser.add_argument("--severity", choices=SEVERITIES, default="warning",
                        help="--show lists findings of this severity or worse")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the real-news corpora live in ../shared/realnews)")
        return 0
    reports = run(args.corpus, args.jobs)
    verdicts = load_verdicts()
    reviewed = [item for report in reports for item in review(report, args.corpus, verdicts)]
    internal = [problem for report in reports for problem in report.problems if problem.internal]
    articles = sum((articles_per_corpus(report, args.corpus) for report in reports), Counter())
    print(table(reviewed, articles))
    print(f"\nfalse alarms by class: {dict(by_class(reviewed).most_common()) or 'none'}")
    copies = [copy for report in reports for copy in report.copies]
    print(f"copies: {len(copies)} documents repeat {sum(c.sentences for c in copies)} sentences "
          f"of others (each checked once)")
    print(f"internal errors: {len(internal)}")
    for problem in internal:
        print(f"  {problem}")
    if args.show:
        worst = SEVERITIES.index(args.severity)
        wanted = [i for i in reviewed if SEVERITIES.index(i.severity) <= worst and (
            args.show == "all" or (args.show == "unreviewed" and i.verdict is None)
            or (i.verdict is not None and i.verdict.true == (args.show == "true")))]
        print("\n" + show(wanted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
