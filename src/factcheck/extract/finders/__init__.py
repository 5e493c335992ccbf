"""Finders of numeric mentions, each kind in its own module, run by `factcheck.extract.mentions`:

    mention.py    the Mention record
    patterns.py   every pattern of a language, compiled once per lexicon (mention_patterns)
    exclusion_patterns.py  the patterns of numbers that are no amounts (labels, times, phones, codes)
    spans.py      spans that hold no claim, spans taken, and a sentence's Glance (its cheap signs)
    numerals.py   numerals in digits or words, with scale, unit, qualifier and kind
    directions.py a change or a share, a multiple or occasions, up or down
    shapes.py     scores, ratios, ranks, multiples and fractions, each with the pre-check that guards
                  it, registered in SHAPE_FINDERS (run before the numerals, in that order)
    joins.py      ranges, alternatives and minor units joined after finding
"""
