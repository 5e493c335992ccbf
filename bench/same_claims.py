"""Check that optimisations changed no claim: dump every claim of the seeds and generated articles.

    python -m bench same_claims OUT.jsonl            # with this checkout's factcheck
    PYTHONPATH=/path/to/other/src python -m bench same_claims OTHER.jsonl && cmp OUT.jsonl OTHER.jsonl
"""

from __future__ import annotations

import json
import sys

from bench.extraction import DEFAULT_SEEDS, generated_documents, seed_documents


def main(argv: list[str]) -> int:
    from factcheck.extract import extract_document
    from factcheck.segment import segment

    documents = [*seed_documents(DEFAULT_SEEDS), *generated_documents(int(argv[1]) if len(argv) > 1 else 300)]
    with open(argv[0], "w", encoding="utf-8") as out:
        for document in documents:
            extraction = extract_document(document, segment(document))
            for claim in extraction.claims:
                out.write(json.dumps(claim.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            for statement in extraction.statements:
                out.write(json.dumps([statement.kind, statement.document, statement.roles]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
