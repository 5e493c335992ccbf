"""Whose figure it is and where: a claim's subject (a name in its clause, its sentence or the ones before)
and its scope (a country or region), each with whether the text states it or it was carried over.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.context import Word, clause_bounds, nearest_scope, scopes_in
from factcheck.extract.document_context import DocumentContext
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.mentions import Mention
from factcheck.extract.names import best_subject, name_phrase
from factcheck.extract.text_words import folded
from factcheck.segment import Sentence

SUBJECT_LOOKBACK = 2
SCOPE_LOOKBACK = 4


def subject_of(context: DocumentContext, sentence: Sentence, mention: Mention, named: list[str],
               breaks: tuple[int, ...]) -> tuple[str | None, bool]:
    """Whose figure it is, and whether that was inferred (from another clause or an earlier sentence).
    A name the measure's own phrase holds comes first ("shares in Virgin Blue"), then a name in the
    figure's own clause ("Allied Domecq shares rose 4%, while Pernod shares slipped 1.2%")."""
    own = next((name for name in named if " " in name and not context.places.country(name)), None)
    if own:
        return own, False
    candidates = [c for c in context.sentence_names[sentence.index] if not (mention.start <= c.start < mention.end)]
    subjects = [c for c in candidates if not _names_a_source(sentence.text, c, context.lexicon)]
    candidates = subjects or candidates
    clause_start, clause_end = clause_bounds(breaks, mention.start, len(sentence.text))
    in_clause = [c for c in candidates if clause_start <= c.start < clause_end]
    subject = _name(context, sentence.text, best_subject(in_clause, context.names, mention.start)) or _possessor(
        context, sentence.text, mention, clause_start)
    if subject:
        return subject, False
    subject = _name(context, sentence.text, best_subject(candidates, context.names, mention.start)) or _possessor(
        context, sentence.text, mention)
    if subject:
        return subject, True
    sentences = context.segmentation.sentences
    for back in range(1, SUBJECT_LOOKBACK + 1):
        index = sentence.index - back
        if index < 0 or sentences[index].paragraph < sentence.paragraph - 1:
            break
        earlier = sentences[index].text
        name = best_subject(list(context.sentence_names[index]), context.names, len(earlier))
        subject = _name(context, earlier, name)
        if subject:
            return subject, True
    return None, False


def _name(context: DocumentContext, sentence: str, name: Word | None) -> str | None:
    return name_phrase(sentence, name, context.names, context.lexicon) if name else None


def _possessor(context: DocumentContext, text: str, mention: Mention, start: int = 0) -> str | None:
    """ "Ford's US sales fell 3%": a capitalised possessor before the figure names whose figure it is, even
    where it opens the sentence (the name index only trusts capitals mid-sentence); not a word the
    document also writes in lower case ("Today's figures"), nor one the lexicon says is no name."""
    lexicon = context.lexicon
    if not lexicon.possessive:
        return None
    for match in _possessive_pattern(lexicon).finditer(text, start, mention.start):
        word = match.group(1)
        if word not in lexicon.not_names and word.casefold() not in context.names.lower_case:
            return word
    return None


@lru_cache(maxsize=None)
def _possessive_pattern(lexicon: Lexicon) -> re.Pattern:
    endings = "|".join(re.escape(ending) for ending in lexicon.possessive)
    return re.compile(rf"(?<![^\W\d_])([A-Z][\w&-]{{1,30}})(?:{endings})(?![^\W\d_])")


def _names_a_source(text: str, name: Word, lexicon: Lexicon) -> bool:
    """ "Laut Durov hat Telegram ...", "по словам Дурова": the name says who speaks, not what is counted."""
    return bool(lexicon.attributions) and folded(text[max(0, name.start - 30):name.start]).rstrip().endswith(
        lexicon.attributions)


def scope_of(context: DocumentContext, sentence: Sentence, mention: Mention,
             named: list[str]) -> tuple[str | None, bool]:
    """Where the figure is of, and whether that was inferred from outside its sentence and its footnotes."""
    for name in named:
        country = context.places.country(name)
        if country:
            return country, False
    in_sentence = nearest_scope(list(context.sentence_scopes[sentence.index]), mention.start, context.places)
    if in_sentence:
        return in_sentence, False
    for number in sentence.footnotes:
        cited = nearest_scope(scopes_in(context.segmentation.footnotes.get(number, ""), context.places), 0,
                               context.places)
        if cited:
            return cited, False
    sentences = context.segmentation.sentences
    for back in range(1, SCOPE_LOOKBACK + 1):
        index = sentence.index - back
        if index < 0:
            break
        found = context.sentence_scopes[index]
        if found:
            return nearest_scope(list(found), len(sentences[index].text), context.places), True
    scope = context.title_scope or context.dominant_scope
    return scope, scope is not None
