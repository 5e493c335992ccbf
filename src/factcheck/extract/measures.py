"""What a figure counts or measures (its measure id, from the noun after it, the phrase before it or,
for inflected languages, the lexicon's stems) and the statistic it is ("an average speed").
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcheck.extract.basis import past_basis
from factcheck.extract.context import (
    clause_bounds,
    localized_measure,
    measure_from,
    noun_phrase,
    singular,
    skip_determiners,
    users_when_used,
)
from factcheck.extract.document_context import DocumentContext
from factcheck.extract.lexicon import Lexicon, folded_key
from factcheck.extract.mentions import Mention
from factcheck.extract.text_words import LETTER_RUN, alternation, folded


def measure_of(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """The figure's measure id and the names its phrase holds ("shares in Virgin Blue")."""
    lexicon, places = context.lexicon, context.places
    if mention.kind == "rank":
        return "rank", []
    if lexicon.measures:
        measure, named = _measure_in_language(context, text, mention)
        return users_when_used(measure, text, mention.start, mention.end, lexicon), named
    if mention.kind in {"share", "change"} and mention.unit != "fold":
        return _measure_of_share_or_change(context, text, mention)
    if mention.kind == "change" and _is_verb_multiple(context.lexicon, text, mention):
        return _measure_of_verb_multiple(context, text, mention)
    if mention.kind == "change":
        return _measure_of_change(context, text, mention)
    if mention.kind == "money":
        return _measure_of_money(context, text, mention)
    phrase = noun_phrase(text, mention.end, lexicon)
    if phrase:
        return measure_from(phrase, lexicon, places)
    if mention.kind == "measurement":
        return _noun_before_of(text, mention, lexicon), []
    return None, []


def _measure_in_language(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """Measures through the lexicon's noun stems, for languages that inflect their nouns."""
    lexicon, places = context.lexicon, context.places
    if mention.kind == "money":
        nearby = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, mention.start - 40):mention.start])[-5:]
        after = re.split(r"[.!?]\s+(?=[^\W\d_])", text[mention.end:mention.end + 30], maxsplit=1)[0]
        nearby += re.findall(r"[^\W\d_][\w'’-]*", after)[:3]  # up to the sentence's end, even after "млн."
        for word in nearby:
            if folded(word) in lexicon.money_nouns:
                return lexicon.money_nouns[folded(word)], []
        return None, []
    if mention.kind == "change" and mention.unit != "fold":
        return None, []
    return localized_measure(text, _past_determiners(text, mention.end, lexicon), lexicon, places)


def _past_determiners(text: str, position: int, lexicon: Lexicon) -> int:
    """ "40 % der Nutzer": past the article to the noun."""
    following = re.match(r"\s+([^\W\d_]+)(?=\s)", text[position:position + 20])
    if following and folded(following.group(1)) in lexicon.determiners:
        return position + following.end()
    return position


@attrs.frozen
class _MeasurePatterns:
    change_noun: re.Pattern  # "a rise in ...", "an increase of ..." after the figure
    of_after: re.Pattern  # " of " right after the figure
    in_after: re.Pattern  # " in ", " of " right after the figure
    noun_then_of: re.Pattern  # "an operating loss of " right before it
    quantity_then_by: re.Pattern  # "the number of users, by " right before it
    quantity_then_verb: re.Pattern  # "the number of users has " right before a verb multiple


@lru_cache(maxsize=None)
def _patterns(lexicon: Lexicon) -> _MeasurePatterns:
    of, in_ = alternation(lexicon.measure_of), alternation(lexicon.measure_in)
    quantity_of = rf"{alternation(lexicon.quantity_nouns)}\s+{of}\s+([^\W\d_]+)"
    return _MeasurePatterns(
        change_noun=re.compile(rf"\A[\s-]*([^\W\d_]+)\s+{in_}\s+"),
        of_after=re.compile(rf"\A\s+{of}\s+"),
        in_after=re.compile(rf"\A\s+{in_}\s+"),
        noun_then_of=re.compile(rf"([^\W\d_][\w-]{{0,30}}(?:\s{{1,3}}[^\W\d_][\w-]{{0,30}})?)\s+{of}\s+$"),
        quantity_then_by=re.compile(rf"{quantity_of}[,\s]+{alternation(lexicon.by_words)}\s+$"),
        quantity_then_verb=re.compile(rf"{quantity_of}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE),
    )


def _measure_of_share_or_change(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    lexicon, places = context.lexicon, context.places
    after = text[mention.end:]
    change_noun = _patterns(lexicon).change_noun.match(after)
    if mention.kind == "change" and change_noun:
        start = past_basis(text, skip_determiners(text, mention.end + change_noun.end(), lexicon), lexicon)
        phrase = noun_phrase(text, start, lexicon)
        if phrase:
            return measure_from(phrase, lexicon, places)
    of_match = _patterns(lexicon).of_after.match(after)
    if of_match:
        phrase = noun_phrase(text, skip_determiners(text, mention.end + of_match.end(), lexicon), lexicon)
        if phrase:
            return measure_from(phrase, lexicon, places)
    phrase = noun_phrase(text, mention.end, lexicon)
    if phrase and mention.kind == "share":
        return measure_from(phrase, lexicon, places)
    if mention.kind == "share":
        return _noun_before_of(text, mention, lexicon), []
    if mention.kind == "change":
        return _measure_of_change(context, text, mention)
    return None, []


def _measure_of_change(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """ "reduce the fines by 80%", "fines have been reduced fivefold": the noun next to the verb."""
    lexicon, places = context.lexicon, context.places
    before = text[:mention.start]
    listed = _patterns(lexicon).quantity_then_by.search(before)
    if listed:
        return singular(listed.group(1)), []
    verbs = [m for m in LETTER_RUN.finditer(before) if folded(m.group(0)) in lexicon.change_words]
    if not verbs:
        return None, []
    verb = verbs[-1]
    object_phrase = noun_phrase(text, skip_determiners(text, verb.end() + 1, lexicon), lexicon)
    if object_phrase and object_phrase[-1].end <= mention.start:
        return measure_from(object_phrase, lexicon, places)
    subject_words = re.findall(r"[^\W\d_][\w'’-]*", before[:verb.start()])
    while subject_words and folded(subject_words[-1]) in lexicon.auxiliaries:
        subject_words.pop()
    named = _past_a_name(subject_words, lexicon)
    if named is not None:
        return named
    if subject_words and folded(subject_words[-1]) not in lexicon.stopwords:
        return singular(subject_words[-1]), []
    return None, []


def _past_a_name(subject_words: list[str], lexicon: Lexicon) -> tuple | None:
    """ "Shares in Virgin Blue plunged 20%": a name right before the verb is whose it is, never what is
    measured; the measure is the noun before "in"/"of" and the name (None when nothing is named there).
    The sentence's first word is capitalised anyway: it is no name by its capital alone."""
    index = len(subject_words)
    while index > 1 and subject_words[index - 1][:1].isupper():
        index -= 1
    if index == len(subject_words):
        return None  # no name before the verb
    for at in range(index - 1, max(0, index - 5), -1):  # "in Australian budget airline Virgin Blue"
        if folded(subject_words[at]) in lexicon.owner_links:
            noun = subject_words[at - 1]
            if folded(noun) not in lexicon.stopwords:
                return singular(noun), [" ".join(subject_words[index:])]
            break
    return None, []


def _measure_of_money(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    lexicon, places = context.lexicon, context.places
    in_match = _patterns(lexicon).in_after.match(text[mention.end:])
    if in_match:
        phrase = noun_phrase(text, skip_determiners(text, mention.end + in_match.end(), lexicon), lexicon)
        if phrase and folded(phrase[0].text) not in lexicon.months:  # "$1,234 in April": when, never what
            return measure_from(phrase, lexicon, places)
    before = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, mention.start - 40):mention.start])
    for word in reversed(before[-5:]):
        if folded(word) in lexicon.money_nouns:
            return lexicon.money_nouns[folded(word)], []
    return _noun_before_of(text, mention, lexicon), []


def _noun_before_of(text: str, mention: Mention, lexicon: Lexicon) -> str | None:
    """ "an operating loss of $108 million", "an average Internet speed of 43.6 Mbps"."""
    if not text[:mention.start].rstrip().endswith(lexicon.measure_of):  # far cheaper than the pattern
        return None
    of_before = _patterns(lexicon).noun_then_of.search(text[max(0, mention.start - 60):mention.start])
    if not of_before:
        return None
    kept = [w for w in of_before.group(1).split() if folded(w) not in lexicon.stopwords | lexicon.ignorable]
    if not kept:
        return None
    return " ".join([*(folded(w) for w in kept[:-1]), singular(kept[-1])])


STATISTIC_WINDOW = 60


def statistic_of(context: DocumentContext, text: str, breaks: tuple[int, ...], mention: Mention) -> str | None:
    """ "an average speed of 43.6 Mbps", "median income was $900": the statistic named before the figure."""
    words = context.lexicon.statistics
    if not words or mention.kind in {"rank", "score"}:
        return None
    clause_start, _ = clause_bounds(breaks, mention.start, len(text))
    window = folded(text[max(clause_start, mention.start - STATISTIC_WINDOW):mention.start])
    found = [words[w] for w in LETTER_RUN.findall(window) if w in words]
    return found[-1] if found else None


def _is_verb_multiple(lexicon: Lexicon, text: str, mention: Mention) -> bool:
    """ "doubled", "halved", "quadrupled": a multiple that is itself the verb of its clause."""
    if mention.unit != "fold" or not lexicon.auxiliaries:  # the subject search below is English word order
        return False
    written = folded_key(lexicon.multiples, text[mention.start:mention.end])  # as the pattern read it
    entry = lexicon.multiples.get(written) if written else None
    return bool(entry and entry.get("direction") and not entry.get("after"))


def _measure_of_verb_multiple(context: DocumentContext, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """ "prices quadrupled", "the number of users has doubled": the noun the verb is said of."""
    before = text[:mention.start]
    listed = _patterns(context.lexicon).quantity_then_verb.search(before)
    if listed:
        return singular(folded(listed.group(1))), []
    words = re.findall(r"[^\W\d_][\w'’-]*", before)
    skipped = context.lexicon.auxiliaries | context.lexicon.verb_multiple_adverbs
    while words and folded(words[-1]) in skipped:
        words.pop()
    if words and folded(words[-1]) not in context.lexicon.stopwords and words[-1][0].islower():
        return singular(folded(words[-1])), []
    return _measure_of_change(context, text, mention)
