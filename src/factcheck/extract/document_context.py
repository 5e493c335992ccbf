"""What every claim of one document may look up: its names, places and sentences, computed once."""

from __future__ import annotations

import attrs

from factcheck.extract.context import Gazetteer, Word, gazetteer, scopes_in
from factcheck.extract.currencies import article_currencies
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.names import NameIndex, name_index, names_in
from factcheck.model import Document
from factcheck.segment import Segmentation


@attrs.frozen
class DocumentContext:
    """What every claim of one document may look up; per-sentence facts are computed once here."""

    document: Document
    segmentation: Segmentation
    lexicon: Lexicon
    places: Gazetteer
    names: NameIndex
    sentence_names: tuple[tuple[Word, ...], ...]
    sentence_scopes: tuple[tuple[tuple[int, str], ...], ...]
    title_scope: str | None
    dominant_scope: str | None
    currencies: dict  # "Rupee" → "INR": the currency a shared word names in this article (currencies.py)


def document_context(document: Document, segmentation: Segmentation, lexicon: Lexicon) -> DocumentContext:
    places = gazetteer(lexicon)
    texts = [s.text for s in segmentation.sentences]
    names = name_index(texts, lexicon, places)
    scopes = tuple(tuple(scopes_in(text, places)) for text in texts)
    title_scopes = scopes_in(document.title or "", places)
    countries = {scope for found in (*scopes, title_scopes) for _, scope in found}
    return DocumentContext(document, segmentation, lexicon, places, names,
                           tuple(tuple(names_in(text, names)) for text in texts), scopes,
                           title_scopes[0][1] if title_scopes else None, _dominant_scope(scopes),
                           article_currencies(countries, lexicon.shared_currencies.values(), document.published))


def _dominant_scope(sentence_scopes: tuple[tuple[tuple[int, str], ...], ...]) -> str | None:
    counts: dict[str, int] = {}
    for scopes in sentence_scopes:
        for _, scope in scopes:
            counts[scope] = counts.get(scope, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else None
