"""Copies of a sentence or an article are one source statement.

Wire copies, syndication, an article and its update, a draft and its archived version: a sentence
that two documents both state is stated once. The earliest document keeps it (an archived article
before a draft, then by publication date, then by the order of the run); the claims of the later
copies stay out of the rule stage, so a statement is never compared with its own copy, nor a figure
of a sentence with another figure of the same sentence repeated elsewhere. A sentence repeated
within one document is a copy too. A copy that changes one figure is a different sentence, so it
is compared, and disagrees, exactly once.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Collection, Iterable, Mapping

import attrs

from factcheck.model import Claim, Document, Statement


@attrs.frozen
class CopiedSentences:
    """`document` repeats `sentences` sentences with figures of `source`: one source, checked once."""

    document: str
    source: str
    sentences: int

    def to_dict(self) -> dict:
        return {"document": self.document, "source": self.source, "sentences": self.sentences}


@attrs.frozen
class Copies:
    originals: Mapping[str, str]  # claim id of a copy → the claim it repeats
    notes: tuple[CopiedSentences, ...] = ()
    # claim id → (the sentence with its digits masked, the claim's place in it, the sentence's own place):
    # for claims of sentences of which another document states a version with other figures
    versions: Mapping[str, tuple[str, int, tuple[str, int]]] = attrs.field(factory=dict)

    def kept(self, claims: Iterable[Claim]) -> list[Claim]:
        return [claim for claim in claims if claim.id not in self.originals]

    def kept_statements(self, statements: Iterable[Statement]) -> list[Statement]:
        return [s for s in statements if not any(claim_id in self.originals for _, claim_id in s.roles)]

    def crosses_versions(self, claim_ids: Iterable[str]) -> bool:
        """True when two of the claims are different figures of two versions of one sentence ("edged up to
        101.8" in one copy, "two quarters ahead" in another): never the same measure, whatever a rule thinks."""
        seen: dict[str, tuple[int, tuple[str, int]]] = {}
        for claim_id in claim_ids:
            version = self.versions.get(claim_id)
            if version is None:
                continue
            key, place, instance = version
            other = seen.setdefault(key, (place, instance))
            if other[1] != instance and other[0] != place:
                return True
        return False


NO_COPIES = Copies({})


def find_copies(claims: Iterable[Claim], documents: Mapping[str, Document],
                archived: Collection[str] = ()) -> Copies:
    """Which claims repeat a sentence an earlier document (or an earlier place of their own) states."""
    sentences = _sentences(claims)
    order = {document_id: index for index, document_id in enumerate(documents)}

    def precedence(document_id: str) -> tuple:
        published = documents[document_id].published if document_id in documents else None
        return (document_id not in archived, published or date.max, order.get(document_id, len(order)),
                document_id)

    first_stated: dict[str, tuple[str, int]] = {}
    originals: dict[str, str] = {}
    copied: Counter = Counter()
    for document_id, sentence_index in sorted(sentences, key=lambda key: (precedence(key[0]), key[1])):
        members = sentences[(document_id, sentence_index)]
        text = _normalised(members[0].sentence)
        source = first_stated.setdefault(text, (document_id, sentence_index))
        if source == (document_id, sentence_index):
            continue
        stated = sentences[source]  # fewer when only some of an archived article's claims were fetched
        for place, copy in enumerate(members):
            originals[copy.id] = stated[min(place, len(stated) - 1)].id
        if source[0] != document_id:
            copied[(document_id, source[0])] += 1
    notes = tuple(CopiedSentences(document, source, count) for (document, source), count in sorted(copied.items()))
    return Copies(originals, notes, _versions(sentences, originals))


def _versions(sentences: dict[tuple[str, int], list[Claim]], originals: Mapping[str, str]) -> dict:
    """Claims of sentences that differ from a sentence of another document in their digits only."""
    by_mask: dict[str, list[tuple[str, int]]] = {}
    for instance, members in sentences.items():
        if not any(claim.id in originals for claim in members):
            by_mask.setdefault(_DIGITS.sub("#", _normalised(members[0].sentence)), []).append(instance)
    versions = {}
    for mask, instances in by_mask.items():
        if len({document for document, _ in instances}) < 2:
            continue
        for instance in instances:
            for place, claim in enumerate(sentences[instance]):
                versions[claim.id] = (mask, place, instance)
    return versions


def _sentences(claims: Iterable[Claim]) -> dict[tuple[str, int], list[Claim]]:
    grouped: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        grouped.setdefault((claim.document, claim.sentence_index), []).append(claim)
    for members in grouped.values():
        members.sort(key=lambda claim: claim.span.start)
    return grouped


_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")


def _normalised(sentence: str) -> str:
    return " ".join(sentence.split()).casefold()
