"""Precision and recall of numeric mentions against the gold set in tests/gold/, per language and overall.

    python -m bench gold_score [--show]      # --show lists every missed and every spurious mention

A mention counts as found only if its text, value, interval (low, high), unit and qualifier all match.
"""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date
from pathlib import Path

import attrs
import yaml

from factcheck.extract import extract_document
from factcheck.ingest import document_from_text
from factcheck.segment import segment

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"
PUBLISHED = date(2024, 11, 22)


@attrs.frozen
class Mention:
    text: str
    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: str

    def matches(self, other: Mention) -> bool:
        return (self.text == other.text and _close(self.value, other.value) and _close(self.low, other.low)
                and _close(self.high, other.high) and (self.unit, self.qualifier) == (other.unit, other.qualifier))

    def __str__(self) -> str:
        bound = lambda x: "-" if x is None else f"{x:g}"  # noqa: E731
        return f"{self.text} | {self.value:g} | {bound(self.low)} | {bound(self.high)} | {self.unit} | {self.qualifier}"


@attrs.frozen
class Score:
    language: str
    gold: int
    predicted: int
    correct: int
    missed: tuple = ()
    spurious: tuple = ()

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def parse_gold(line: str, where: str) -> Mention:
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 6:
        raise ValueError(f"{where}: expected 'text | value | low | high | unit | qualifier', got {line!r}")
    text, value, low, high, unit, qualifier = parts
    number = lambda x: None if x == "-" else float(x)  # noqa: E731
    return Mention(text, float(value), number(low), number(high), unit, qualifier)


def extracted(text: str, language: str) -> list[Mention]:
    document = document_from_text(text, published=PUBLISHED, language=language)
    return [Mention(c.text, c.quantity.value, c.quantity.low, c.quantity.high, c.quantity.unit, c.qualifier)
            for c in extract_document(document, segment(document)).claims]


def score_file(path: Path) -> Score:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = data["language"]
    gold_total = predicted_total = correct_total = 0
    missed, spurious = [], []
    for number, item in enumerate(data["sentences"], start=1):
        gold = [parse_gold(line, f"{path.name} sentence {number}") for line in item["mentions"]]
        found = extracted(item["text"], language)
        unmatched = list(found)
        for expected in gold:
            hit = next((m for m in unmatched if m.matches(expected)), None)
            if hit is None:
                missed.append((item["text"], expected))
            else:
                unmatched.remove(hit)
                correct_total += 1
        spurious.extend((item["text"], m) for m in unmatched)
        gold_total += len(gold)
        predicted_total += len(found)
    return Score(language, gold_total, predicted_total, correct_total, tuple(missed), tuple(spurious))


def score_all(gold_dir: Path = GOLD_DIR) -> list[Score]:
    return [score_file(path) for path in sorted(gold_dir.glob("*.yml"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list missed and spurious mentions")
    args = parser.parse_args(argv)
    scores = score_all()
    print(f"{'language':10}{'gold':>6}{'found':>7}{'correct':>9}{'precision':>11}{'recall':>8}")
    for score in scores:
        print(f"{score.language:10}{score.gold:>6}{score.predicted:>7}{score.correct:>9}"
              f"{score.precision:>11.3f}{score.recall:>8.3f}")
    total = Score("overall", sum(s.gold for s in scores), sum(s.predicted for s in scores),
                  sum(s.correct for s in scores))
    print(f"{total.language:10}{total.gold:>6}{total.predicted:>7}{total.correct:>9}"
          f"{total.precision:>11.3f}{total.recall:>8.3f}")
    if args.show:
        for score in scores:
            for sentence, mention in score.missed:
                print(f"[{score.language}] missed   {mention}\n      in: {sentence}")
            for sentence, mention in score.spurious:
                print(f"[{score.language}] spurious {mention}\n      in: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
