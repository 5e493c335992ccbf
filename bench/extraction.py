"""Extraction throughput in characters per second per core: segment + extract, one process.

    python -m bench extraction [--seeds ../shared/seeds] [--generated 300] [--repeat 3]

"Per core" is characters over the CPU seconds of this single-threaded process, so a busy
shared machine lowers the wall-clock figure but not this one; both are printed. Only
documents in languages factcheck extracts are counted (the others are skipped unread).
A single regex pass over the same text is printed as the ceiling for a Python pipeline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"


def seed_documents(folder: Path) -> list:
    from factcheck.extract.lexicon import available_languages
    from factcheck.ingest import read_document

    documents = [read_document(path, f"d{i + 1}") for i, path in enumerate(sorted(folder.glob("*.txt")))]
    return [document for document in documents if document.language in available_languages()]


def generated_documents(count: int, seed: int = 11, language: str = "en") -> list:
    """Articles of the synthetic corpus, rendered in memory (bench/generate.py)."""
    import random

    from bench.generate import Model, RateTable, Writer
    from factcheck.ingest import document_from_text

    rng = random.Random(seed)
    writer = Writer(Model(seed, max(8, count // 25)), RateTable(), rng, error_rate=0.1)
    return [document_from_text(writer.article(number, language)[0], doc_id=f"d{number + 1}")
            for number in range(count)]


def throughput(documents: list, repeat: int) -> dict:
    """Best of `repeat` passes: characters per CPU second (per core) and per wall second."""
    from factcheck.extract import extract_document
    from factcheck.segment import segment

    characters = sum(len(document.text) for document in documents)
    for document in documents[:3]:  # lexicons and patterns are compiled once per process: not part of a pass
        extract_document(document, segment(document))
    best_cpu = best_wall = float("inf")
    claims = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        claims = sum(len(extract_document(document, segment(document)).claims) for document in documents)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return {"documents": len(documents), "characters": characters, "claims": claims,
            "chars_per_cpu_second": round(characters / best_cpu),
            "chars_per_wall_second": round(characters / best_wall)}


def regex_ceiling(documents: list) -> int:
    """Characters per second of one precompiled regex pass (numbers) over the same text."""
    pattern = re.compile(r"\d+(?:[.,]\d+)*")
    text = "\n".join(document.text for document in documents)
    started = time.process_time()
    for _ in range(5):
        sum(1 for _ in pattern.finditer(text))
    return round(5 * len(text) / (time.process_time() - started))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Extraction throughput per core.")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--generated", type=int, default=300, help="generated English articles (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    results = {}
    if args.seeds.is_dir():
        documents = seed_documents(args.seeds)
        results["seeds"] = throughput(documents, args.repeat)
        results["seeds"]["regex_pass_chars_per_second"] = regex_ceiling(documents)
    else:
        results["seeds"] = {"skipped": f"{args.seeds} not found"}
    if args.generated:
        results["generated"] = throughput(generated_documents(args.generated), args.repeat)
    for name, figures in results.items():
        print(f"extraction[{name}]: {json.dumps(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
