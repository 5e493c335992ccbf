"""Extraction: numeric claims and the statements relating them, one pass per document."""

from factcheck.extract.claims import Extraction, SetAside, extract_document, forget_sentences

__all__ = ["Extraction", "SetAside", "extract_document", "forget_sentences"]
