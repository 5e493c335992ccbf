"""A seeded synthetic news corpus with planted inconsistencies, written to disk as it is generated.

    python -m bench generate OUT --documents 10000 --seed 7 --error-rate 0.1 --languages en
    python -m bench generate OUT --documents 1000 --languages en,de,ru,kk

A random ground-truth model (operators in five countries, their running totals by month,
their yearly subscriber counts, investments converted at the dated rates of
claims/reference/exchange_rates.csv, networks split into regions, yearly changes) is rendered
into articles by language renderers (bench/languages.py). Documents restate the same facts,
rounded as reporters round them, so a consistent corpus raises nothing. With probability
`--error-rate` an article carries one planted inconsistency of a known kind; OUT/manifest.jsonl
records, per article, what was planted and which rule must find it, OUT/corpus.json the totals.

Memory does not grow with the number of documents: each article is written as soon as it
is rendered; the model is a few numbers per operator.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.languages import RENDERERS, significant

REPO = Path(__file__).resolve().parent.parent
FILES_PER_FOLDER = 1000
FIRST_YEAR, LAST_YEAR = 2019, 2025

PLANTED_RULES = {
    "running_total": "cumulative-count-decreases",
    "level": "conflicting-figures",
    "conversion": "conversion-disagrees-with-rate",
    "share": "share-contradicts-parts",
    "parts": "parts-exceed-total",
    "change": "change-contradicts-endpoints",
}


@dataclass(frozen=True)
class Measure:
    key: str
    en: tuple[str, str]
    de: tuple[str, str]
    ru: tuple[str, str, str]  # forms after 1, after 2-4, after 5+ (and after "млн")
    kk: str
    en_verb: str = "connected"
    en_gerund: str = "serving"


RUNNING_MEASURES = (
    Measure("school", ("school", "schools"), ("Schule", "Schulen"), ("школу", "школы", "школ"), "мектеп"),
    Measure("village", ("village", "villages"), ("Dorf", "Dörfer"), ("село", "села", "сёл"), "ауыл"),
    Measure("hospital", ("hospital", "hospitals"), ("Krankenhaus", "Krankenhäuser"),
            ("больницу", "больницы", "больниц"), "аурухана"),
    Measure("base station", ("base station", "base stations"), ("Basisstation", "Basisstationen"),
            ("базовую станцию", "базовые станции", "базовых станций"), "базалық станция", "installed"),
)
LEVEL_MEASURES = (
    Measure("subscriber", ("subscriber", "subscribers"), ("Abonnent", "Abonnenten"),
            ("абонент", "абонента", "абонентов"), "абонент"),
    Measure("customer", ("customer", "customers"), ("Kunde", "Kunden"), ("клиент", "клиента", "клиентов"), "клиент"),
    Measure("employee", ("employee", "employees"), ("Mitarbeiter", "Mitarbeiter"),
            ("сотрудник", "сотрудника", "сотрудников"), "қызметкер"),
)
WHOLE_MEASURE = Measure("household", ("household", "households"), ("Haushalt", "Haushalte"),
                        ("домохозяйство", "домохозяйства", "домохозяйств"), "үй шаруашылығы")
BRANCH_MEASURE = Measure("branch", ("branch", "branches"), ("Filiale", "Filialen"), ("отделение", "отделения",
                         "отделений"), "филиал")

COUNTRIES = {  # scope in each language, currency, households
    "KZ": ({"en": "Kazakhstan", "de": "Kasachstan", "ru": "Казахстане", "kk": "Қазақстанда"}, "KZT", 5.4e6),
    "KG": ({"en": "Kyrgyzstan", "de": "Kirgisistan", "ru": "Киргизии", "kk": "Қырғызстанда"}, "KGS", 1.7e6),
    "UZ": ({"en": "Uzbekistan", "de": "Usbekistan", "ru": "Узбекистане", "kk": "Өзбекстанда"}, "UZS", 7.9e6),
    "RU": ({"en": "Russia", "de": "Russland", "ru": "России", "kk": "Ресейде"}, "RUB", 5.6e7),
    "TJ": ({"en": "Tajikistan", "de": "Tadschikistan", "ru": "Таджикистане", "kk": "Тәжікстанда"}, "TJS", 1.6e6),
}
OUTLETS = ("Steppe Ledger", "Eurasia Wire Desk", "Central Asia Business Review", "Nomad Network News",
           "Almaty Morning Dispatch", "Silk Road Tech Monitor", "Caspian Economic Courier")
SYLLABLES = ("tar", "vox", "nor", "eli", "van", "tiro", "kam", "bek", "sol", "ara", "zen", "qua", "lin", "dor",
             "mir", "tes", "ruk", "ona", "pel", "cas", "umi", "gar", "ves", "ilo")
FIRST_NAMES = ("Aigerim", "Daniyar", "Marat", "Saule", "Timur", "Asel", "Nurlan", "Gulnara", "Yerlan", "Madina")
LAST_NAMES = ("Seitkali", "Abenov", "Iskakova", "Temirkhanov", "Zhunusova", "Karimov", "Ospanova", "Bekov")
BODIES = ("Telecommunications Committee", "Ministry of Digital Development", "competition agency",
          "national regulator", "industry association")


@dataclass(frozen=True)
class Operator:
    index: int
    name: str
    country: str


class RateTable:
    """USD to local currency on a date, as factcheck's own rate tables give it (the rate on or before it)."""

    def __init__(self):
        from factcheck.rates import RateTable as Rates

        self.rates = Rates.load()

    def usd_rate(self, currency: str, on: date) -> float:
        return self.rates.rate("USD", currency, on).value


class Model:
    """The ground truth: every figure is a pure function of (seed, operator, measure, time)."""

    def __init__(self, seed: int, operators: int):
        self.seed = seed
        rng = random.Random(f"{seed}:operators")
        names: set[str] = set()
        self.operators = []
        while len(self.operators) < operators:
            name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()
            if name not in names:
                names.add(name)
                self.operators.append(Operator(len(self.operators), name, rng.choice(sorted(COUNTRIES))))

    def _rng(self, *key) -> random.Random:
        return random.Random(":".join(map(str, (self.seed, *key))))

    def running_total(self, operator: Operator, measure: Measure, on: date) -> int | None:
        """Connected so far (never decreasing), or None before the programme started."""
        rng = self._rng("running", operator.index, measure.key)
        start = date(rng.randint(FIRST_YEAR, 2022), rng.randint(1, 12), 1)
        months = (on.year - start.year) * 12 + on.month - start.month
        if months < 0:
            return None
        return int(rng.randint(10, 400) * (1 + rng.uniform(0.01, 0.06)) ** months)

    def money_event(self, operator: Operator, on: date) -> dict:
        """What the operator spent or was fined in a month: one story, however many articles tell it."""
        rng = self._rng("money", operator.index, on.isoformat())
        return {"usd": rng.uniform(2e6, 4e8), "event": rng.randrange(3), "purpose": rng.randrange(4)}

    def level(self, operator: Operator, measure: Measure, year: int) -> int:
        base = self._rng("level", operator.index, measure.key).uniform(2e4, 8e6)
        yearly = self._rng("level", operator.index, measure.key, year).uniform(0.9, 1.35)
        return int(base * 1.1 ** (year - FIRST_YEAR) * yearly)


def _months_before(published: date, rng: random.Random, count: int) -> list[date]:
    """`count` distinct months before the publication month, in order."""
    first = (FIRST_YEAR + 1) * 12
    last = max(first + count - 1, published.year * 12 + published.month - 2)
    picks = sorted(rng.sample(range(first, last + 1), count))
    return [date(m // 12, m % 12 + 1, 1) for m in picks]


class Writer:
    """Renders one article at a time from the model, planting at most one inconsistency in it."""

    def __init__(self, model: Model, rates: RateTable, rng: random.Random, error_rate: float):
        self.model, self.rates, self.rng, self.error_rate = model, rates, rng, error_rate
        self.stated_levels: set[tuple[int, str, int]] = set()

    def article(self, number: int, language: str) -> tuple[str, dict]:
        rng, renderer = self.rng, RENDERERS[language](self.rng)
        operator = self.model.operators[min(int(rng.paretovariate(1.2)) - 1, len(self.model.operators) - 1)
                                        if rng.random() < 0.5 else rng.randrange(len(self.model.operators))]
        published = date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))  # rates end 2025-12
        scope = COUNTRIES[operator.country][0][language]
        kinds = rng.sample(list(PLANTED_RULES), rng.randint(2, 4))
        plant = rng.choice(kinds) if rng.random() < self.error_rate else None
        if plant == "level" and not self._level_known(operator, published):
            plant = next((k for k in kinds if k != "level"), None)
        planted: list[dict] = []
        sentences = []
        for kind in kinds:
            facts = getattr(self, f"_{kind}")(operator, published, scope, renderer, kind == plant)
            if facts is None:
                continue
            fact, record = facts
            sentences.append(getattr(renderer, kind)(fact))
            if record:
                planted.append({"kind": kind, "rule": PLANTED_RULES[kind], **record})
        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        fillers = renderer.fillers({"person": person, "body": rng.choice(BODIES)})
        for filler in rng.sample(fillers, rng.randint(2, 4)):
            sentences.insert(rng.randint(0, len(sentences)), filler)
        title = renderer.title({"entity": operator.name, "scope": COUNTRIES[operator.country][0]["en"]
                                if language == "en" else scope})
        body = _paragraphs(sentences, rng)
        front = (f'---\ntitle: "{title}"\nsource: "{rng.choice(OUTLETS)}"\n'
                 f'url: "https://example.org/synthetic/{number}"\npublished: "{published.isoformat()}"\n'
                 f"language: {language}\n---\n\n")
        return front + body + "\n", {"language": language, "published": published.isoformat(),
                                     "entity": operator.name, "planted": planted}

    def _level_known(self, operator: Operator, published: date) -> bool:
        return any((operator.index, measure.key, year) in self.stated_levels
                   for measure in LEVEL_MEASURES for year in range(FIRST_YEAR, published.year))

    # one method per kind of fact: (the facts a renderer needs, what was planted or None) --------
    def _running_total(self, operator, published, scope, renderer, plant):
        measure = self.rng.choice(RUNNING_MEASURES)
        first_on, second_on = _months_before(published, self.rng, 2)
        first = self.model.running_total(operator, measure, first_on)
        second = self.model.running_total(operator, measure, second_on)
        if first is None or second is None:
            return None
        record = None
        if plant:
            stated = max(1, int(first * self.rng.uniform(0.3, 0.75)))
            record = {"stated": stated, "true": second, "on": second_on.isoformat()}
            second = stated
        return {"entity": operator.name, "scope": scope, "measure": measure,
                "first": {"on": first_on, "value": first}, "second": {"on": second_on, "value": second}}, record

    def _level(self, operator, published, scope, renderer, plant):
        if plant:
            known = [(m, y) for m in LEVEL_MEASURES for y in range(FIRST_YEAR, published.year)
                     if (operator.index, m.key, y) in self.stated_levels]
            measure, year = self.rng.choice(known)
        else:
            measure, year = self.rng.choice(LEVEL_MEASURES), self.rng.randint(FIRST_YEAR, published.year - 1)
        true = self.model.level(operator, measure, year)
        value = true * (self.rng.choice((self.rng.uniform(1.35, 2.2), self.rng.uniform(0.4, 0.72))) if plant else 1)
        text, stated = self._restated(renderer, value, hedged=not plant)
        if not plant:
            self.stated_levels.add((operator.index, measure.key, year))
        record = {"stated": stated, "true": true, "year": year, "measure": measure.key} if plant else None
        return {"entity": operator.name, "scope": scope, "measure": measure, "year": year, "text": text,
                "value": stated}, record

    def _restated(self, renderer, value: float, *, hedged: bool) -> tuple[str, float]:
        """The figure as one reporter puts it: exact, rounded, "about", or a lower bound that still holds.
        A planted wrong figure is never hedged: "more than 2 million" would still be true of 2.9 million."""
        style = self.rng.choice(("exact", "scaled", "scaled", "about", "over") if hedged else ("exact", "scaled"))
        if style == "exact" or value < 1e5:
            return renderer.integer(value), round(value)
        text, stated = renderer.scaled(value)
        if style == "about" and renderer.code in APPROXIMATELY:
            return f"{APPROXIMATELY[renderer.code]} {text}", stated
        if style == "over" and renderer.code in MORE_THAN:
            floor = math.floor(value / 10 ** (int(math.log10(value)) - 1)) * 10 ** (int(math.log10(value)) - 1)
            text, stated = renderer.scaled(floor)
            return f"{MORE_THAN[renderer.code]} {text}", stated
        return text, stated

    def _conversion(self, operator, published, scope, renderer, plant):
        currency = COUNTRIES[operator.country][1]
        on = _months_before(published, self.rng, 1)[0]
        event = self.model.money_event(operator, on)
        rate = self.rates.usd_rate(currency, on)  # converted at the rate of the month the sentence names
        _, amount = renderer.scaled(event["usd"] * rate)
        equivalent = significant(amount / rate, 2)
        record = None
        if plant:
            factor = self.rng.choice((self.rng.uniform(1.6, 3.0), 1 / self.rng.uniform(1.6, 3.0)))
            record = {"stated": significant(equivalent * factor, 2), "true": equivalent, "currency": currency,
                      "rate": rate}
            equivalent = record["stated"]
        return {"entity": operator.name, "amount": amount, "currency": currency, "equivalent": equivalent,
                "on": on, **event}, record

    def _share(self, operator, published, scope, renderer, plant):
        whole = COUNTRIES[operator.country][2] * self.rng.uniform(0.8, 1.2)
        whole_text, whole_stated = renderer.scaled(whole)
        part_text, part_stated = renderer.scaled(whole * self.rng.uniform(0.1, 0.8))
        share = round(100 * part_stated / whole_stated)
        record = None
        if plant:
            stated = min(99, share + 25) if share < 50 else max(1, share - 25)
            record = {"stated": stated, "true": share}
            share = stated
        return {"entity": operator.name, "scope": scope, "measure": WHOLE_MEASURE, "part_text": part_text,
                "whole_text": whole_text, "share": share}, record

    def _parts(self, operator, published, scope, renderer, plant):
        total = self.rng.randint(60, 2500)
        cuts = sorted(self.rng.sample(range(1, total), 2))
        parts = [cuts[0], cuts[1] - cuts[0], total - cuts[1]]
        record = None
        if plant:
            index = self.rng.randrange(3)
            extra = max(2, int(total * self.rng.uniform(0.08, 0.3)))
            record = {"stated_parts": [p + (extra if i == index else 0) for i, p in enumerate(parts)], "total": total}
            parts = record["stated_parts"]
        return {"entity": operator.name, "measure": BRANCH_MEASURE, "total": total, "parts": parts}, record

    def _change(self, operator, published, scope, renderer, plant):
        start = self.rng.randint(20, 900) * 1000
        change = self.rng.choice((1, -1)) * self.rng.randint(5, 60)
        end = int(start * (1 + change / 100))
        record = None
        if plant:
            stated = abs(change) + self.rng.choice((-1, 1)) * self.rng.randint(8, 20)
            stated = stated if stated > 0 else abs(change) + 12
            record = {"stated": stated, "true": abs(change)}
            change = stated if change > 0 else -stated
        return {"entity": operator.name, "measure": LEVEL_MEASURES[0], "year": published.year - 1,
                "start": start, "end": end, "change": abs(change)}, record


APPROXIMATELY = {"en": "about", "de": "rund", "ru": "около"}
MORE_THAN = {"en": "more than", "de": "mehr als", "ru": "более"}


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= 2 and rng.random() < 0.45:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def generate(out: Path, *, documents: int, seed: int = 7, error_rate: float = 0.1,
             languages: tuple[str, ...] = ("en",)) -> dict:
    """Write `documents` articles under OUT/docs, the manifest beside them; return the totals."""
    unknown = sorted(set(languages) - set(RENDERERS))
    if unknown:
        raise ValueError(f"no renderer for {', '.join(unknown)} (have {', '.join(sorted(RENDERERS))})")
    if not 1 <= documents <= 10_000_000:
        raise ValueError("documents must be between 1 and 10,000,000")
    rng = random.Random(seed)
    writer = Writer(Model(seed, max(8, documents // 25)), RateTable(), rng, error_rate)
    totals: dict = {"seed": seed, "documents": documents, "error_rate": error_rate, "languages": list(languages),
                    "characters": 0, "planted": {kind: 0 for kind in PLANTED_RULES}, "documents_with_plants": 0}
    (out / "docs").mkdir(parents=True, exist_ok=True)
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for number in range(documents):
            relative = f"docs/{number // FILES_PER_FOLDER:05d}/{number:08d}.md"
            text, record = writer.article(number, rng.choice(languages))
            path = out / relative
            if number % FILES_PER_FOLDER == 0:
                path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            manifest.write(json.dumps({"path": relative, **record}, ensure_ascii=False) + "\n")
            totals["characters"] += len(text)
            totals["documents_with_plants"] += bool(record["planted"])
            for item in record["planted"]:
                totals["planted"][item["kind"]] += 1
    (out / "corpus.json").write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (docs/, manifest.jsonl, corpus.json)")
    parser.add_argument("--documents", "-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--error-rate", type=float, default=0.1, help="share of articles with one planted error")
    parser.add_argument("--languages", default="en", help="comma-separated: en,de,ru,kk")
    args = parser.parse_args(argv)
    try:
        totals = generate(args.out, documents=args.documents, seed=args.seed, error_rate=args.error_rate,
                          languages=tuple(args.languages.split(",")))
    except (ValueError, OSError) as error:
        print(f"generate: {error}", file=sys.stderr)
        return 2
    print(json.dumps(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
