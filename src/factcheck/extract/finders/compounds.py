"""Numbers glued into a compound word: Russian "трёхкомнатная" (three-room), "двухлетней" (two-year),
"четырёхпроцентный" (four-percent): a number stem (`compounds.stems`) and a root that says what it counts
(`compounds.roots`, to a unit)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract.finders.directions import direction_of, percent_kind
from factcheck.extract.finders.mention import Mention, unit_kind
from factcheck.extract.finders.patterns import MentionPatterns
from factcheck.extract.finders.spans import Glance
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import NEXT_WORD, alternation, folded


def compounds(sentence: str, patterns: MentionPatterns) -> Iterator[Mention]:
    lexicon = patterns.lexicon
    pattern = _pattern(lexicon)
    if pattern is None:
        return
    for match in pattern.finditer(sentence):
        value = float(lexicon.compound_stems[folded(match.group("stem"))])
        unit = lexicon.compound_roots[folded(match.group("root"))]
        kind, direction = unit_kind(unit), None
        if unit == "percent":
            kind, direction = percent_kind(sentence, match.start(), match.end(), patterns, unit)
        if unit == "fold":
            unit, kind, direction = _fold_or_times(sentence, match, lexicon)
        yield Mention(match.start(), match.end(), value, value, value, unit, "exact", kind, direction=direction,
                      number_start=match.start(), half_unit=0.0)


def _fold_or_times(sentence: str, match: re.Match, lexicon: Lexicon) -> tuple[str, str, str | None]:
    """ "трёхкратный рост", "рост был трёхкратным": a threefold change, by the change word next to it;
    "трёхкратный чемпион": a three-time champion, a count."""
    after = NEXT_WORD.match(sentence, match.end())
    direction = direction_of(after.group(1), lexicon) if after else None
    direction = direction or direction_of(" ".join(sentence[max(0, match.start() - 20):match.start()].split()[-2:]),
                                          lexicon)
    return ("fold", "change", direction) if direction else ("dimensionless", "count", None)


def may_find_compounds(glance: Glance, patterns: MentionPatterns) -> bool:
    return patterns.compound_start is not None and patterns.compound_start.search(glance.sentence) is not None


@lru_cache(maxsize=None)
def _pattern(lexicon: Lexicon) -> re.Pattern | None:
    if not lexicon.compound_stems:
        return None
    return re.compile(rf"(?<![\w-])(?P<stem>{alternation(lexicon.compound_stems, word=False)})"
                      rf"(?P<root>{alternation(lexicon.compound_roots, word=False)})[^\W\d_]{{0,5}}(?![\w-])",
                      re.IGNORECASE)
