"""Extraction: numeric claims and the statements relating them, one pass per document."""

from factcheck.extract.claims import Extraction, extract_document, forget_sentences

__all__ = ["Extraction", "extract_document", "forget_sentences"]
