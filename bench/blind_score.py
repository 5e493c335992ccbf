"""Value and unit on the blind batches (bench/data/blind/N/): sentences written after the lexicon changes
they measure and never tuned on, reported apart from the gold set, one table per batch.

    python -m bench blind_score [--show]

A batch is blind until something is changed for what it finds; the next batch is then written afresh
(so batch 1's first figures are in its commit, and the latest batch is the honest number).

A gold quantity is `surface | value | unit`. It is found when a claim overlaps its surface and states
its value; its unit is right when the claim's unit is the same unit to pint ("l" is "liter", "km**2"
is "square_kilometer"), or the same name where pint has none (counts, percent, currencies). Per
language: quantities, claims, value found, value and unit right; `unit right` is the share of the
quantities whose value was found that also carry the right unit, as issue 17 asks it.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import attrs
import yaml

from bench.gold_score import extracted

BLIND_DIR = Path(__file__).resolve().parent / "data" / "blind"


@attrs.frozen
class Quantity:
    text: str
    value: float
    unit: str


@attrs.frozen
class BlindScore:
    language: str
    gold: int
    claims: int
    value_found: int
    unit_right: int
    misses: tuple = ()

    @property
    def unit_share(self) -> float:
        return self.unit_right / self.value_found if self.value_found else 1.0

    @property
    def recall(self) -> float:
        return self.unit_right / self.gold if self.gold else 1.0


def parse(line: str, where: str) -> Quantity:
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 3:
        raise ValueError(f"{where}: expected 'surface | value | unit', got {line!r}")
    return Quantity(parts[0], float(parts[1]), parts[2])


def same_unit(found: str, expected: str) -> bool:
    if found == expected:
        return True
    from factcheck.units import REGISTRY

    try:
        return math.isclose(REGISTRY.Quantity(1.0, found).to(expected).magnitude, 1.0, rel_tol=1e-9)
    except Exception:  # noqa: BLE001 - any name pint cannot read or relate is another unit
        return False


def score_file(path: Path) -> BlindScore:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = data["language"]
    gold = claims = value_found = unit_right = 0
    misses = []
    for number, item in enumerate(data["sentences"], start=1):
        text = item["text"]
        found = extracted(text, language)
        claims += len(found)
        for expected in (parse(line, f"{path.name} sentence {number}") for line in item["mentions"]):
            gold += 1
            at = text.find(expected.text)
            hits = [m for m in found if math.isclose(m.value, expected.value, rel_tol=1e-6)
                    and _overlaps(text, m.text, at, len(expected.text))]
            value_found += bool(hits)
            right = any(same_unit(m.unit, expected.unit) for m in hits)
            unit_right += right
            if not right:
                misses.append((text, expected, [f"{m.text} | {m.value:g} | {m.unit}" for m in found]))
    return BlindScore(language, gold, claims, value_found, unit_right, tuple(misses))


def _overlaps(text: str, found: str, at: int, length: int) -> bool:
    start = text.find(found)
    return at >= 0 and start >= 0 and start < at + length and at < start + len(found)


def score_all(folder: Path) -> list[BlindScore]:
    return [score_file(path) for path in sorted(folder.glob("*.yml"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the quantities read wrong")
    args = parser.parse_args(argv)
    for batch in sorted((path for path in BLIND_DIR.iterdir() if path.is_dir()), key=lambda path: int(path.name)):
        scores = score_all(batch)
        print(f"batch {batch.name}\n{'language':10}{'gold':>6}{'claims':>8}{'value':>7}{'value+unit':>12}"
              f"{'recall':>8}{'unit right':>12}")
        for score in [*scores, _total(scores)]:
            print(f"{score.language:10}{score.gold:>6}{score.claims:>8}{score.value_found:>7}{score.unit_right:>12}"
                  f"{score.recall:>8.3f}{score.unit_share:>12.3f}")
        if args.show:
            for score in scores:
                for text, expected, found in score.misses:
                    print(f"[{score.language}] {expected.text} | {expected.value:g} | {expected.unit}\n"
                          f"      in: {text}\n      read: {found}")
    return 0


def _total(scores: list[BlindScore]) -> BlindScore:
    return BlindScore("overall", *(sum(getattr(s, field) for s in scores)
                                   for field in ("gold", "claims", "value_found", "unit_right")))


if __name__ == "__main__":
    sys.exit(main())
