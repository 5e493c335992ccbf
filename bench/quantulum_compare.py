"""factcheck side by side with quantulum3 (the `bench` extra): same English text, same run.

    python -m bench quantulum_compare [--seeds ../shared/seeds] [--gold bench/data/gold_quantities.jsonl]

Throughput: the English seed documents go through factcheck's extraction (segment + extract)
and through quantulum3's `parser.parse`, each timed in CPU seconds of this process; the
ratio is printed. Gold: every sentence of the gold file through both; a gold quantity is
found when a quantity with the same value (relative 1e-6) and unit family comes out.
The gold file is JSON lines: {"text": ..., "quantities": [{"value": 12500000, "unit": ""}]}
with unit "" for counts, "percent", an ISO currency code, or a unit symbol (m, km, t, ha, MW,
Mbps, hour). tests/gold/ (issue 3) can be passed with --gold once it lands, if in this form.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from bench.extraction import DEFAULT_SEEDS, seed_documents

DEFAULT_GOLD = Path(__file__).resolve().parent / "data" / "gold_quantities.jsonl"
UNIT_ALIASES = {
    "percent": ("percent", "percentage"), "USD": ("usd", "dollar"), "EUR": ("eur", "euro"),
    "KZT": ("kzt", "tenge"), "RUB": ("rub", "ruble", "rouble"), "KGS": ("kgs", "som"),
    "Mbps": ("megabit",), "m": ("meter", "metre"), "km": ("kilometer", "kilometre"), "t": ("tonne", "metric ton"),
    "ha": ("hectare",), "MW": ("megawatt",), "hour": ("hour",),
}


def same_unit(gold_unit: str, found_unit: str) -> bool:
    found = found_unit.casefold()
    if gold_unit == "":
        return found in {"", "dimensionless"}
    if gold_unit == "m" and "kilo" in found:
        return False
    return any(alias in found for alias in UNIT_ALIASES[gold_unit])


def factcheck_quantities(text: str) -> list[tuple[float, str]]:
    from factcheck.extract import extract_document
    from factcheck.ingest import document_from_text
    from factcheck.segment import segment

    document = document_from_text(text, language="en")
    return [(c.quantity.value, c.quantity.unit) for c in extract_document(document, segment(document)).claims]


def quantulum_quantities(text: str) -> list[tuple[float, str]]:
    """Line by line: quantulum3 slows down sharply on a whole long document (2.8k chars/s on the seeds)."""
    from quantulum3 import parser

    return [(float(q.value), q.unit.name) for line in text.splitlines() if line.strip() for q in parser.parse(line)]


def gold_score(gold_path: Path, extractor) -> dict:
    expected = found = extra = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        produced = list(extractor(record["text"]))
        for quantity in record["quantities"]:
            expected += 1
            match = next((p for p in produced if abs(p[0] - quantity["value"]) <= 1e-6 * max(1.0, abs(p[0]))
                          and same_unit(quantity["unit"], p[1])), None)
            if match is not None:
                found += 1
                produced.remove(match)
        extra += len(produced)
    return {"expected": expected, "correct": found, "other_quantities": extra}


def cpu_seconds(function, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - started


def compare(seeds: Path, gold: Path) -> dict:
    warnings.simplefilter("ignore")  # quantulum3 warns once that its optional classifier is not installed
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        return {"skipped": "quantulum3 is not installed (pip install -e '.[bench]')"}
    texts = [document.text for document in seed_documents(seeds) if document.language == "en"]
    characters = sum(map(len, texts))
    factcheck_quantities(texts[0][:500]), quantulum_quantities(texts[0][:500])  # load lexicons and unit tables
    ours = cpu_seconds(factcheck_quantities, texts)
    theirs = cpu_seconds(quantulum_quantities, texts)
    return {
        "characters": characters,
        "factcheck_chars_per_cpu_second": round(characters / ours),
        "quantulum3_chars_per_cpu_second": round(characters / theirs),
        "throughput_ratio": round(theirs / ours, 2),
        "gold": str(gold),
        "gold_factcheck": gold_score(gold, factcheck_quantities),
        "gold_quantulum3": gold_score(gold, quantulum_quantities),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="factcheck against quantulum3 on the same English text.")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args(argv)
    print(f"quantulum3: {json.dumps(compare(args.seeds, args.gold))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
