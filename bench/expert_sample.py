"""How many of the relations an expert would check in 30 random business articles the tool checks.

    python -m bench expert_sample [REALNEWS] [--show missed|all]

bench/data/expert-sample.yml holds the sample: 30 articles of ../shared/realnews/en-bbc/business/
(the development half) drawn at random once (`random.Random(2026).sample` of the sorted file names),
and, read by hand, every numeric relation an expert fact-checker would verify in them (conversions,
changes and their endpoints, parts and totals, comparisons), each by reference only: the file and
the character spans of its figures, with our own words on what relates them. Articles with no such
relation are listed too: the sample is the 30, not the relations found.

A relation is checked when a check that held or a finding of the run cites a claim over each of its
figures. Printed per relation type: relations, checked.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import attrs
import yaml

from bench.realnews import DEFAULT_CORPUS
from bench.realtext import _checker

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "expert-sample.yml"


@attrs.frozen
class Relation:
    file: str
    type: str
    figures: tuple[tuple[int, int], ...]
    why: str


def load_sample(path: Path = SAMPLE) -> tuple[list[str], list[Relation]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    relations = [Relation(entry["file"], entry["type"], tuple(tuple(span) for span in entry["figures"]),
                          entry.get("why", "")) for entry in data["relations"]]
    return list(data["articles"]), relations


def checked(root: Path, article: str, relations: list[Relation]) -> dict[Relation, bool]:
    from factcheck.ingest import decode, document_from_text

    path = root / article
    report = _checker(article.split("/", 1)[0]).check_documents(
        [document_from_text(decode(path.read_bytes(), str(path)), path=article)])
    spans = {claim.id: (claim.span.start, claim.span.end) for claim in report.claims}
    cited = [[spans[claim_id] for claim_id in item.claims] for item in (*report.checks, *report.findings)]
    return {relation: any(all(_covered(figure, claims) for figure in relation.figures) for claims in cited)
            for relation in relations}


def _covered(figure: tuple[int, int], claims: list[tuple[int, int]]) -> bool:
    start, end = figure
    return any(claim_start < end and start < claim_end for claim_start, claim_end in claims)


def table(outcomes: dict[Relation, bool]) -> str:
    by_type: dict[str, list[bool]] = defaultdict(list)
    for relation, found in outcomes.items():
        by_type[relation.type].append(found)
    rows = [f"{'relation':<14} {'relations':>9} {'checked':>8}"]
    for name in sorted(by_type):
        rows.append(f"{name:<14} {len(by_type[name]):>9} {sum(by_type[name]):>4}/{len(by_type[name]):<3}")
    total = list(outcomes.values())
    rows.append(f"{'all':<14} {len(total):>9} {sum(total):>4}/{len(total):<3} "
                f"({100 * sum(total) / max(1, len(total)):.0f}%)")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", choices=("missed", "all"), help="list the relations not checked, or all")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the real-news corpora live in ../shared/realnews)")
        return 0
    articles, relations = load_sample()
    outcomes: dict[Relation, bool] = {}
    for article in articles:
        outcomes.update(checked(args.corpus, article, [r for r in relations if r.file == article]))
    print(f"{len(articles)} articles, {len(relations)} relations an expert would check")
    print(table(outcomes))
    for relation, found in outcomes.items():
        if args.show == "all" or (args.show == "missed" and not found):
            print(f"{relation.file} {relation.type} {list(relation.figures)} checked={found}  # {relation.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
