"""A change of a percentage stated in percent: "13% of all retail trade - an increase of 0.5%".

Of a share, "0.5%" may be 0.5 percentage points (from 12.5%) or 0.5 percent of it (from 12.94%);
with no start stated the text does not say which. The share, then after a comma or dash a change
word (the lexicon's `[change]` words and particles) and the percent: a "share_change" statement.
A change in points ("0.5 percentage points") is unambiguous and makes none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.mentions import Mention
from factcheck.extract.text_words import alternation, phrase_alternation
from factcheck.model import Claim, Statement


def share_changes(text: str, doc: str, mentions: list[Mention], claims: list[Claim], lexicon: Lexicon,
                  related: list[Statement]) -> list[Statement]:
    """Each percent share followed by a change in percent of it, unless a relation already uses either."""
    then_change = _then_change(lexicon)
    if then_change is None:
        return []
    used = {claim_id for statement in related for _, claim_id in statement.roles}
    found = []
    for at in range(len(mentions) - 1):
        share, change = mentions[at], mentions[at + 1]
        if share.kind != "share" or share.unit != "percent" or change.kind != "change" or change.unit != "percent":
            continue
        if {claims[at].id, claims[at + 1].id} & used or not then_change.fullmatch(text, share.end, change.start):
            continue
        found.append(Statement("share_change", doc, {"share": claims[at].id, "change": claims[at + 1].id}))
    return found


@lru_cache(maxsize=None)
def _then_change(lexicon: Lexicon) -> re.Pattern | None:
    """ " of all retail trade - an increase of ", ", up ": the share's noun, a comma or dash, a change word."""
    words = [*lexicon.change_up, *lexicon.change_down]
    if not words:
        return None
    particles = phrase_alternation(lexicon.change_particles) or "(?!)"
    articles = phrase_alternation(lexicon.restatement_links) or "(?!)"  # "a", "an": "an increase of"
    noun = r"(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,6}"
    return re.compile(rf"{noun}\s{{0,3}}[,–—-]\s{{0,3}}(?:(?:{articles})\s{{1,3}})?(?:{alternation(words)})"
                      rf"(?:\s{{1,3}}(?:{particles}))?\s{{1,3}}", re.IGNORECASE)
