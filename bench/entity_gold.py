"""Numeric claims against the public gold entities of real text: Russian NEREL and Kazakh KazNERD.

    python -m bench entity_gold [REALNEWS] [--show N]

REALNEWS defaults to ../shared/realnews (the development half). The gold marks named entities,
not claims, so only the comparable types are scored:

| corpus | scored (a claim must find them) | ignored (a claim on them is neither hit nor false alarm) |
|---|---|---|
| ru-wikinews + ru-wikinews-gold (NEREL) | NUMBER, MONEY, PERCENT | DATE, AGE, ORDINAL, TIME, PENALTY |
| kk-kaznerd (KazNERD sentences) | CARDINAL, MONEY, PERCENTAGE, QUANTITY | DATE, ORDINAL, TIME |

A claim hits a gold entity when their character spans overlap; a claim that overlaps a scored
entity is correct, one that overlaps only ignored ones is left out, any other is a false alarm.
Recall is the share of scored entities some claim overlaps.

The gold marks every numeral, also where it states no amount: "Су-27", "№ 2", "один из" ("one of"),
Kazakh "бір" as the article. The extractor reads those and sets them aside with a reason
(`Extraction.set_aside`), so a second pair of figures scores every number read, claims and
numbers set aside alike: "read" recall and precision (a number set aside on no entity is false).
KazNERD gives each sentence with numbers twice: in digits (ids B…) and in words (ids A…), scored apart
(other ids: rewritings, few).
NUMBER spans of NEREL include numbers inside names ("Су-27"): they count, as the gold says.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

REALNEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "realnews"
RUSSIAN_SCORED = frozenset({"NUMBER", "MONEY", "PERCENT"})
KAZAKH_SCORED = frozenset({"CARDINAL", "MONEY", "PERCENTAGE", "QUANTITY"})


@attrs.frozen
class Entity:
    type: str
    start: int
    end: int
    text: str


@attrs.define
class Score:
    name: str
    gold: int = 0
    found: int = 0  # gold entities some claim overlaps
    read: int = 0  # gold entities some claim or number set aside overlaps
    read_numbers: int = 0  # claims and numbers set aside, scored (not only on ignored entities)
    read_correct: int = 0  # of those, on a scored entity
    claims: int = 0  # claims scored (not only on ignored entities)
    correct: int = 0  # of those, claims on a scored entity
    missed: list = attrs.field(factory=list)  # (text, entity)
    false: list = attrs.field(factory=list)  # (text, (start, end, claim text))

    @property
    def recall(self) -> float:
        return _share(self.found, self.gold)

    @property
    def precision(self) -> float:
        return _share(self.correct, self.claims)

    @property
    def read_recall(self) -> float:
        return _share(self.read, self.gold)

    @property
    def read_precision(self) -> float:
        return _share(self.read_correct, self.read_numbers)

    def add(self, text: str, read: tuple[list, list], entities: list[Entity], scored: frozenset) -> None:
        """`read`: the claims' spans and the spans of the numbers set aside, as (start, end, text)."""
        spans, aside = read
        kept = [e for e in entities if e.type in scored]
        ignored = [e for e in entities if e.type not in scored]
        self.gold += len(kept)
        hit = [e for e in kept if any(_overlap(e, s) for s in spans)]
        self.found += len(hit)
        self.read += sum(1 for e in kept if any(_overlap(e, s) for s in [*spans, *aside]))
        self.missed += [(text, e) for e in kept if e not in hit]
        for span in spans:
            correct = self._count(span, kept, ignored)
            if correct is False:
                self.false.append((text, span))
            self.claims += correct is not None
            self.correct += bool(correct)
        for span in aside:
            self._count(span, kept, ignored)

    def _count(self, span: tuple[int, int, str], kept: list[Entity], ignored: list[Entity]) -> bool | None:
        """Whether a number read is on a scored entity; None when it is only on ignored ones."""
        if any(_overlap(e, span) for e in kept):
            correct = True
        elif any(_overlap(e, span) for e in ignored):
            return None
        else:
            correct = False
        self.read_numbers += 1
        self.read_correct += correct
        return correct


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _overlap(entity: Entity, span: tuple[int, int, str]) -> bool:
    return entity.start < span[1] and span[0] < entity.end


def claim_spans(text: str, language: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The spans of the text's claims, and of the numbers it sets aside."""
    from factcheck.extract import extract_document
    from factcheck.ingest import document_from_text
    from factcheck.segment import segment

    document = document_from_text(text, language=language)
    extraction = extract_document(document, segment(document))
    return ([(c.span.start, c.span.end, c.text) for c in extraction.claims],
            [(a.span.start, a.span.end, a.text) for a in extraction.set_aside])


def russian(realnews: Path) -> Score:
    score = Score("ru-wikinews (NEREL)")
    for path in sorted((realnews / "ru-wikinews").glob("*.txt")):
        gold = realnews / "ru-wikinews-gold" / f"{path.stem}.ann"
        if not gold.exists():
            continue
        text = path.read_text(encoding="utf-8")
        score.add(text, claim_spans(text, "ru"), list(_brat(gold)), RUSSIAN_SCORED)
    return score


def _brat(path: Path) -> Iterable[Entity]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T") or "\t" not in line:
            continue
        _, annotation, text = line.split("\t", 2)
        kind, *offsets = annotation.replace(";", " ").split()
        yield Entity(kind, int(offsets[0]), int(offsets[-1]), text)


def kazakh(realnews: Path) -> list[Score]:
    scores = {"B": Score("kk-kaznerd digits (B)"), "A": Score("kk-kaznerd words (A)"),
              "other": Score("kk-kaznerd other variants")}
    path = realnews / "kk-kaznerd" / "sentences-gold.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        entities = [Entity(e["type"], e["start"], e["end"], e["text"]) for e in item["numeric_entities"]]
        score = scores.get(item["id"][:1], scores["other"])
        score.add(item["text"], claim_spans(item["text"], "kk"), entities, KAZAKH_SCORED)
    return list(scores.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("realnews", nargs="?", type=Path, default=REALNEWS)
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list N missed and N false per set")
    options = parser.parse_args(argv)
    if not options.realnews.is_dir():
        print(f"{options.realnews} is absent: nothing to score")
        return 0
    scores = [russian(options.realnews), *kazakh(options.realnews)]
    print(f"{'set':30}{'gold':>7}{'found':>7}{'recall':>8}{'claims':>8}{'correct':>8}{'precision':>10}"
          f"{'read recall':>13}{'read precision':>16}")
    for score in scores:
        print(f"{score.name:30}{score.gold:>7}{score.found:>7}{score.recall:>8.3f}{score.claims:>8}"
              f"{score.correct:>8}{score.precision:>10.3f}{score.read_recall:>13.3f}{score.read_precision:>16.3f}")
    for score in scores if options.show else ():
        for text, entity in score.missed[:options.show]:
            print(f"[{score.name}] missed {entity.type} {entity.text!r}: …{_around(text, entity.start, entity.end)}…")
        for text, (start, end, claim) in score.false[:options.show]:
            print(f"[{score.name}] false  {claim!r}: …{_around(text, start, end)}…")
    return 0


def _around(text: str, start: int, end: int, reach: int = 40) -> str:
    return " ".join(text[max(0, start - reach):end + reach].split())


if __name__ == "__main__":
    sys.exit(main())
