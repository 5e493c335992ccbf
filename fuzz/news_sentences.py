"""The long run of tests/test_fuzz_news.py: COUNT news-like articles in en/de/ru/kk through the whole
pipeline with a strict checker; any exception is printed with its input, and the run exits 1.

    .venv/bin/python fuzz/news_sentences.py 50000 [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback


def main() -> int:
    from factcheck.engine import Checker
    from factcheck.testing.laws import _generate
    from factcheck.testing.news import news_texts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    checker = Checker(strict=True)
    failures: list[tuple[str, str, str]] = []
    claims = 0
    started = time.perf_counter()

    def check(article: tuple[str, str]) -> None:
        nonlocal claims
        language, text = article
        try:
            report = checker.check_text(text, language=language, published="2024-06-01")
            json.loads(report.to_json())
            claims += len(report.claims)
        except Exception:  # noqa: BLE001 - the point of the run: report every one
            failures.append((language, text, traceback.format_exc(limit=3)))

    _generate(news_texts(), check, args.count, args.seed)
    seconds = time.perf_counter() - started
    print(f"{args.count} articles, {claims} claims in {seconds:.0f} s ({args.count / seconds:.0f} articles/s); "
          f"{len(failures)} raised")
    for language, text, trace in failures[:20]:
        print(f"\n[{language}] {text}\n{trace}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
