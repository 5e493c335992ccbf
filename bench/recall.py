"""Recall and false alarms on the planted inconsistencies of a generated corpus.

    python -m bench recall CORPUS [--jobs N]

A planted inconsistency is found when a finding of the rule the manifest names cites a claim
of the article it was planted in. A finding is a false alarm when none of the articles it
cites carries a planted inconsistency. Only articles in languages factcheck extracts count.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path


def score(corpus: Path, report) -> dict:
    """Figures comparing a report on CORPUS/docs (a Report, or its JSON as a dict) with CORPUS/manifest.jsonl."""
    from factcheck.extract.lexicon import available_languages

    if not isinstance(report, dict):
        report = json.loads(report.to_json(indent=None))

    supported = set(available_languages())
    manifest = {}
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            manifest[Path(record["path"]).as_posix()] = record
    docs_root = corpus / "docs"
    by_document = {}
    for document in report["documents"]:
        relative = Path(document["path"]).resolve().relative_to(docs_root.resolve().parent).as_posix()
        by_document[document["id"]] = manifest[relative]
    rules_citing: dict[str, set[str]] = {}
    false_alarms = Counter()
    findings = report["findings"]
    for finding in findings:
        cited = {claim_id.split(":", 1)[0] for claim_id in finding["claims"]}
        if not any(by_document[d]["planted"] for d in cited):
            false_alarms[finding["rule"]] += 1
        for document_id in cited:
            rules_citing.setdefault(document_id, set()).add(finding["rule"])
    planted, found = Counter(), Counter()
    clean_documents = 0
    for document_id, record in by_document.items():
        if record["language"] not in supported:
            continue
        clean_documents += not record["planted"]
        for item in record["planted"]:
            planted[item["kind"]] += 1
            found[item["kind"]] += item["rule"] in rules_citing.get(document_id, set())
    total_planted, total_found = sum(planted.values()), sum(found.values())
    return {
        "documents": len(by_document),
        "planted": total_planted,
        "found": total_found,
        "recall": total_found / total_planted if total_planted else None,
        "recall_by_kind": {kind: f"{found[kind]}/{planted[kind]}" for kind in sorted(planted)},
        "findings": len(findings),
        "false_alarms": sum(false_alarms.values()),
        "false_alarm_rate": sum(false_alarms.values()) / len(findings) if findings else 0.0,
        "false_alarms_per_1000_clean_documents": 1000 * sum(false_alarms.values()) / max(1, clean_documents),
        "false_alarms_by_rule": dict(sorted(false_alarms.items())),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Recall and false alarms on a generated corpus.")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    from factcheck.engine import Checker

    started = time.perf_counter()
    report = Checker().check_paths([args.corpus / "docs"], jobs=args.jobs, engine="local")
    figures = score(args.corpus, report)
    figures["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
