"""Finders of numeric mentions, each kind in its own module, run by `factcheck.extract.mentions`:

    mention.py    the Mention record
    patterns.py   every pattern of a language, compiled once per lexicon (mention_patterns)
    spans.py      spans that hold no claim, spans taken, and cheap tests of what a sentence needs
    numerals.py   numerals in digits or words, with scale, unit, qualifier and kind
    shapes.py     scores, ratios, ranks, multiples and fractions
    joins.py      ranges, alternatives and minor units joined after finding
"""
