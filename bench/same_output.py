"""Check that a behaviour-preserving change preserved behaviour: claims, statements and reports of the
bundled corpus, the seeds and the real-news development set, saved before and compared after.

    python -m bench same_output save /tmp/before     # at the commit before the change
    python -m bench same_output check /tmp/before    # after it: prints the first differences, exit 1 if any

Each corpus gives two files: every claim and statement as JSON lines (extraction) and the JSON
report of `factcheck run` on it (rules, identity, fingerprints, messages). Corpora that are absent
on this machine (../shared) are skipped with a line saying so.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DIFFERENCES_SHOWN = 12


def corpora() -> dict[str, Path]:
    from factcheck.bundled import corpus_dir

    found = {"bundled": corpus_dir(), "seeds": SHARED / "seeds"}
    realnews = SHARED / "realnews"
    if realnews.is_dir():
        found.update({f"realnews-{folder.name}": folder for folder in sorted(realnews.iterdir())
                      if folder.is_dir() and not folder.name.endswith("-gold") and folder.name != "kk-kaznerd"})
    return found


def outputs(folder: Path) -> dict[str, str]:
    """The extraction lines and the JSON report of one corpus."""
    from factcheck import Checker
    from factcheck.extract import extract_document
    from factcheck.report.json import report_json
    from factcheck.segment import segment

    checker = Checker()
    report = checker.check_paths([folder])
    lines = []
    for document in report.checked_documents():
        extraction = extract_document(document, segment(document))
        lines += [json.dumps(claim.to_dict(), ensure_ascii=False, sort_keys=True) for claim in extraction.claims]
        lines += [json.dumps([s.kind, s.document, s.roles], ensure_ascii=False) for s in extraction.statements]
    return {"extraction.jsonl": "\n".join(lines) + "\n", "report.json": report_json(report)}


def save(directory: Path) -> int:
    for name, folder in corpora().items():
        if not folder.is_dir():
            print(f"{name}: {folder} is absent, skipped")
            continue
        for suffix, text in outputs(folder).items():
            (directory / f"{name}.{suffix}").write_text(text, encoding="utf-8")
        print(f"{name}: saved")
    return 0


def check(directory: Path) -> int:
    changed = 0
    for name, folder in corpora().items():
        if not folder.is_dir():
            print(f"{name}: {folder} is absent, skipped")
            continue
        for suffix, text in outputs(folder).items():
            saved = directory / f"{name}.{suffix}"
            if not saved.is_file():
                print(f"{name}.{suffix}: nothing saved to compare with")
                changed += 1
                continue
            before = saved.read_text(encoding="utf-8")
            if before == text:
                print(f"{name}.{suffix}: identical")
                continue
            changed += 1
            diff = list(difflib.unified_diff(before.splitlines(), text.splitlines(), "before", "after", n=0,
                                             lineterm=""))
            print(f"{name}.{suffix}: DIFFERS ({sum(1 for line in diff if line[:1] in '+-') - 2} lines)")
            print("\n".join(line[:200] for line in diff[2:2 + DIFFERENCES_SHOWN]))
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("directory", type=Path)
    options = parser.parse_args(argv)
    options.directory.mkdir(parents=True, exist_ok=True)
    return save(options.directory) if options.action == "save" else check(options.directory)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
