"""Generated documents: text pieces and number slots, a ground truth per example, and scenarios.

A rule joins the laws by naming a scenario in its decorator (`@rule(..., scenario=scenario)`): a
function that, given hypothesis' `draw` and a `Names` source, returns a `Case` — documents that are
consistent with a random ground truth, and the same documents with one error of the rule's own
kind planted in them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable, Sequence

import attrs
from hypothesis import strategies as st

from factcheck.ingest import document_from_text
from factcheck.model import Document
from factcheck.testing.render import Amount, renderer

# Plural nouns for counted things, and names for subjects: pools large enough for a corpus of
# every rule's scenario at once, each drawn at most once per corpus so scenarios never collide.
NOUNS = ("rangers", "clinics", "libraries", "buses", "bridges", "wells", "farms", "ferries", "museums", "depots",
         "kiosks", "hostels", "bakeries", "tractors", "orchards", "stadiums", "lighthouses", "kindergartens",
         "pharmacies", "vineyards", "harbours", "tunnels", "greenhouses", "laboratories", "observatories",
         "ambulances", "theatres", "warehouses", "dairies", "mills")
SUBJECTS = ("Velora", "Kastrel", "Mirodan", "Tolvek", "Zharnet", "Ombria", "Quillon", "Serapet", "Dovrik",
            "Lumeta", "Yarvenko", "Brastel", "Ekibar", "Norvane", "Pelagor", "Ruzhena", "Talvora", "Vestrin",
            "Gorvane", "Haltrek", "Istavan", "Jorvell", "Kelmora", "Lorvik")


@attrs.frozen
class GeneratedDocument:
    """Pieces of text and `Amount`s, rendered in one language and one style per amount."""

    pieces: tuple
    published: date | None = None
    language: str = "en"

    def text(self, style: int = 0, *, only: int | None = None) -> str:
        """The text with every amount in `style`, or only the amount numbered `only` (the rest in style 0)."""
        writer = renderer(self.language)
        written, number = [], 0
        for piece in self.pieces:
            if isinstance(piece, str):
                written.append(piece)
                continue
            written.append(writer.render(piece, style if only is None or only == number else 0))
            number += 1
        return "".join(written)

    def amounts(self) -> list[Amount]:
        return [piece for piece in self.pieces if isinstance(piece, Amount)]


def doc(*pieces, published: date | None = None, language: str = "en") -> GeneratedDocument:
    return GeneratedDocument(tuple(pieces), published, language)


@attrs.frozen
class Case:
    """Consistent documents, and the same documents with one planted error of the rule's kind."""

    consistent: tuple[GeneratedDocument, ...] = attrs.field(converter=tuple)
    planted: tuple[GeneratedDocument, ...] = attrs.field(converter=tuple)


class Names:
    """Nouns, subjects and dates for one generated corpus, never the same one twice."""

    def __init__(self, draw: Callable):
        self._draw = draw
        self._used: set[str] = set()

    def _fresh(self, pool: Sequence[str]) -> str:
        choice = self._draw(st.sampled_from([name for name in pool if name not in self._used]))
        self._used.add(choice)
        return choice

    def noun(self) -> str:
        return self._fresh(NOUNS)

    def subject(self) -> str:
        return self._fresh(SUBJECTS)

    def year(self) -> int:
        return self._draw(st.integers(2016, 2023))

    def day(self, year: int) -> date:
        return date(year, 1, 1) + timedelta(days=self._draw(st.integers(0, 364)))

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def unrounded(self, low: int, high: int) -> int:
        """An integer no reader takes for a rounded figure (see `not_round`)."""
        return self.not_round(self.integer(low, high))

    @staticmethod
    def not_round(value: int) -> int:
        """The value, moved by one if it has three trailing zeros: "130,000" may round 130,159, so
        sources comparing it read it with `possibly_rounded`, and a planted error must not be a rounding."""
        return value if value % 1000 else value + 1

    def choice(self, options: Sequence):
        return self._draw(st.sampled_from(list(options)))


Scenario = Callable[[Callable, Names], Case]


def to_documents(generated: Sequence[GeneratedDocument], *, style: int = 0, only: int | None = None,
                 first_id: int = 1) -> list[Document]:
    """Documents the engine checks: ids d1, d2, ... in the given order.

    `only` restates a single amount, counted across all the documents in order.
    """
    documents, seen = [], 0
    for index, item in enumerate(generated):
        local = None if only is None else only - seen
        text = item.text(style, only=local if only is None or 0 <= local < len(item.amounts()) else -1)
        documents.append(document_from_text(text, doc_id=f"d{first_id + index}", published=item.published,
                                            language=item.language))
        seen += len(item.amounts())
    return documents


@st.composite
def cases(draw, scenario: Scenario, names: Names | None = None) -> Case:
    """One example of a rule's scenario: consistent documents and their planted twin."""
    return scenario(draw, names or Names(draw))


MAX_SCENARIOS_PER_CORPUS = 20  # each takes a noun and a subject; the pools (30, 24) must not run dry


@st.composite
def corpora(draw, scenarios: Sequence[Scenario]) -> list[GeneratedDocument]:
    """A consistent corpus: the consistent documents of many scenarios, one ground truth, no shared names.

    With more scenarios than one corpus can name apart, each corpus takes a drawn subset of them.
    """
    names = Names(draw)
    chosen = list(scenarios)
    if len(chosen) > MAX_SCENARIOS_PER_CORPUS:
        picked = draw(st.lists(st.integers(0, len(chosen) - 1), min_size=MAX_SCENARIOS_PER_CORPUS,
                               max_size=MAX_SCENARIOS_PER_CORPUS, unique=True))
        chosen = [chosen[index] for index in sorted(picked)]
    documents: list[GeneratedDocument] = []
    for scenario in chosen:
        documents.extend(scenario(draw, names).consistent)
    order = draw(st.permutations(range(len(documents))))
    return [documents[index] for index in order]
