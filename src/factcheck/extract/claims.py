"""Turn a document's mentions into Claims and the Statements that relate them.

Walks the sentences once, carrying the year the text is talking about (for "by August")
and the names of the previous sentences (for "the system ... 447 schools").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache

import attrs

from factcheck.extract.basis import basis, past_basis
from factcheck.extract.context import (
    Gazetteer,
    NameIndex,
    Word,
    best_subject,
    clause_bounds,
    clause_breaks,
    clause_of,
    gazetteer,
    localized_measure,
    measure_from,
    name_index,
    name_phrase,
    names_in,
    nearest_scope,
    noun_phrase,
    scopes_in,
    singular,
    skip_determiners,
    users_when_used,
    words,
)
from factcheck.extract.differences import difference_statement, is_difference
from factcheck.extract.lexicon import (
    LETTER_RUN,
    LEXICON_DIR,
    Lexicon,
    available_languages,
    folded,
    folded_key,
    folded_runs,
    letter_runs,
    load_lexicon,
    mentions_phrase,
)
from factcheck.extract.mentions import Mention, find_mentions, mention_patterns
from factcheck.extract.modifiers import inherit_modifiers, modifiers
from factcheck.extract.rates import per
from factcheck.extract.time import TimeMention, time_patterns
from factcheck.langdetect import detect_paragraph_language
from factcheck.model import Claim, Document, Quantity, Span, Statement, TimeSpan
from factcheck.segment import Segmentation, Sentence

SUBJECT_LOOKBACK = 2
SCOPE_LOOKBACK = 4
_NOUN_THEN_OF = re.compile(r"([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+of\s+$")
_CONVERSION_LINK = re.compile(r"^\s*+(?:\(|,?\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to|worth|which\s+is)\s*\(?)\s*$",
                              re.IGNORECASE)
_REMAINDER = re.compile(r"\b(?:remaining|the\s+rest|the\s+other|rest\s+of)\s+$", re.IGNORECASE)
_TIME_OPENS_CLAUSE = re.compile(r",\s+(?:[^\W\d_]{1,5}\s+){0,2}$")
# "1,710 branches of X break down as follows: 760 in the north", "1 694 филиал басқарады: солтүстікте 187"
_LIST_TOTAL = re.compile(r"^\s*[\w\s-]{0,80}:\s*(?:[^\W\d_]+\s+){0,2}$")


@attrs.frozen
class Extraction:
    claims: tuple[Claim, ...]
    statements: tuple[Statement, ...]
    # The latest day-precise date the document mentions (its citations included): for an
    # undated page, the best estimate of when it was written.
    latest_date: date | None = None


@attrs.frozen
class _Context:
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


def _context(document: Document, segmentation: Segmentation, lexicon: Lexicon) -> _Context:
    places = gazetteer(lexicon)
    texts = [s.text for s in segmentation.sentences]
    names = name_index(texts, lexicon, places)
    scopes = tuple(tuple(scopes_in(text, places)) for text in texts)
    return _Context(document, segmentation, lexicon, places, names,
                    tuple(tuple(names_in(text, names)) for text in texts), scopes,
                    _first_scope(document.title or "", places), _dominant_scope(scopes))


def extract_document(document: Document, segmentation: Segmentation,
                     on_error: Callable[[Span, Exception], None] | None = None) -> Extraction:
    """Claims and statements of one document; its language must have a lexicon.

    Each paragraph is read with the lexicon of its own language (pages mix languages), unless the
    front matter declares the language, which then holds for the whole document. An exception while
    reading one sentence propagates, unless `on_error` takes it: then that sentence gives no claims
    and the others are read as usual (it is given the sentence's span).
    """
    lexicon = load_lexicon(document.language)
    languages = _paragraph_languages(document, segmentation)
    contexts: dict[str, _Context] = {}
    times = time_patterns(lexicon)
    claims: list[Claim] = []
    statements: list[Statement] = []
    days: list[date] = []
    context_year = document.published.year if document.published else None
    for sentence in segmentation.sentences:
        sentence_lexicon = load_lexicon(languages.get(sentence.paragraph, document.language))
        if sentence_lexicon.language not in contexts:
            contexts[sentence_lexicon.language] = _context(document, segmentation, sentence_lexicon)
        context = contexts[sentence_lexicon.language]
        try:
            found_times, sentence_claims, sentence_statements = _read_sentence(context, sentence, claims,
                                                                               context_year)
        except Exception as error:
            if on_error is None:
                raise
            on_error(segmentation.span(sentence.start, sentence.end), error)
            continue
        days.extend(_days(found_times))
        claims.extend(sentence_claims)
        statements.extend(sentence_statements)
        context_year = _latest_year(found_times, context_year)
    statements.extend(_score_tables(document.id, claims, segmentation))
    statements.extend(_score_sections(document.id, claims))
    for footnote in segmentation.footnotes.values():
        days.extend(_days(times.find(footnote, context_year=None, published=document.published)))
    return Extraction(tuple(inherit_modifiers(list(_measures_from_wholes(claims, statements)))), tuple(statements),
                      max(days, default=None))


def _read_sentence(context: _Context, sentence: Sentence, earlier: list[Claim],
                   context_year: int | None) -> tuple[list[TimeMention], list[Claim], list[Statement]]:
    """One sentence's times, claims and statements (claims numbered after the `earlier` ones)."""
    patterns, sentence_times = mention_patterns(context.lexicon), time_patterns(context.lexicon)
    published = context.document.published
    found_times = sentence_times.find(sentence.text, context_year=context_year, published=published)
    blocked = [(t.start, t.end) for t in found_times]
    blocked += [(a - sentence.start, b - sentence.start) for a, b in sentence.marker_spans]
    mentions = find_mentions(sentence.text, patterns, blocked)
    breaks = clause_breaks(sentence.text, context.lexicon)
    time_breaks = _time_clause_breaks(sentence.text, breaks, found_times) if mentions else ()
    sentence_claims = [
        _claim(context, sentence, mention, mentions, found_times, time_breaks, len(earlier) + i + 1)
        for i, mention in enumerate(mentions)
    ]
    sentence_claims = _inherit_measures(sentence_claims, earlier)
    return found_times, sentence_claims, _statements(context, sentence, mentions, sentence_claims)


_DECLARED_LANGUAGE = re.compile(r"(?m)^language\s*:")


def _paragraph_languages(document: Document, segmentation: Segmentation) -> dict[int, str]:
    """paragraph number → language, for the paragraphs whose language is not the document's."""
    if _DECLARED_LANGUAGE.search(document.text, 0, document.body_start):
        return {}
    paragraphs: dict[int, list[str]] = {}
    for sentence in segmentation.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    found = {}
    for number, texts in paragraphs.items():
        runs = set().union(*[letter_runs(text)[1::2] for text in texts])  # cached: the words are read from them later
        language = detect_paragraph_language(" ".join(texts), document.language, runs)
        if language != document.language and language in available_languages():
            found[number] = language
    return found


def _days(found: list[TimeMention]) -> list[date]:
    """Dates given to the day ("May 22, 2024"): what dates an undated page."""
    return [t.span.start for t in found if t.span is not None and t.span.start == t.span.end]


def _measures_from_wholes(claims: list[Claim], statements: list[Statement]) -> tuple[Claim, ...]:
    """ "2,606 of Kazakhstan's 6,290 villages": the part counts what its whole counts. And "plans to
    connect 2,606 of the country's 6,290 villages": the plan is the part; the whole is what there is."""
    by_id = {claim.id: claim for claim in claims}
    for statement in statements:
        part, whole = by_id.get(statement.role("part") or ""), by_id.get(statement.role("whole") or "")
        if statement.kind == "share" and part and whole and part.measure is None and part.kind == whole.kind:
            by_id[part.id] = attrs.evolve(part, measure=whole.measure)
        if statement.kind == "share" and whole and whole.modality != "actual":
            by_id[whole.id] = attrs.evolve(whole, modality="actual")
    return tuple(by_id[claim.id] for claim in claims)


def _latest_year(found: list[TimeMention], current: int | None) -> int | None:
    stated = [t.span.end.year for t in found if t.span is not None]
    return stated[-1] if stated else current


def _first_scope(text: str, places: Gazetteer) -> str | None:
    found = scopes_in(text, places)
    return found[0][1] if found else None


def _dominant_scope(sentence_scopes: tuple[tuple[tuple[int, str], ...], ...]) -> str | None:
    counts: dict[str, int] = {}
    for scopes in sentence_scopes:
        for _, scope in scopes:
            counts[scope] = counts.get(scope, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else None


def _claim(context: _Context, sentence: Sentence, mention: Mention, mentions: list[Mention],
           found_times: list[TimeMention], time_breaks: tuple[int, ...], number: int) -> Claim:
    document = context.document
    start, end = sentence.start + mention.start, sentence.start + mention.end
    measure, named = _measure(context, sentence.text, mention)
    breaks = clause_breaks(sentence.text, context.lexicon)
    time = _time_for(time_breaks, mention, found_times)
    subject, inferred = _subject(context, sentence, mention, named, breaks)
    scope, scope_inferred = _scope(context, sentence, mention, named)
    unplaced, unplaced_month = (None, None) if time else _unplaced_period(sentence.text, time_breaks, mention,
                                                                           found_times)
    return Claim(
        id=f"{document.id}:c{number}",
        document=document.id,
        text=document.text[start:end],
        span=context.segmentation.span(start, end),
        sentence=_one_line(sentence.text),
        quantity=Quantity(mention.value, mention.low, mention.high, mention.unit),
        qualifier=mention.qualifier,
        kind="difference" if mention.kind == "count" and is_difference(
            sentence.text, mention.start, mention.end, context.lexicon) else mention.kind,
        measure=measure,
        subject=subject,
        subject_inferred=inferred,
        scope=scope,
        scope_inferred=scope_inferred,
        time=time,
        direction=mention.direction,
        out_of=mention.out_of,
        modality=_modality(context, sentence.text, mention, mentions, time),
        cumulative=_cumulative(context, sentence.text, breaks, mention),
        statistic=_statistic(context, sentence.text, breaks, mention),
        sentence_index=sentence.index,
        sentence_span=(sentence.start, sentence.end),
        notes=_reading_notes(mention),
        modifiers=modifiers(sentence.text, mention.start, mention.end, measure, context.lexicon, context.places,
                            context.names.names),
        basis=basis(sentence.text, mention.start, mention.end, mention.kind, context.lexicon),
        per=per(sentence.text, mention.end, mention.kind, context.lexicon),
        period_unplaced=unplaced,
        unplaced_month=unplaced_month,
    )


def _reading_notes(mention: Mention) -> tuple[str, ...]:
    return ("a range stated high end first: read low end first",) if mention.reversed_range else ()


@lru_cache(maxsize=1024)  # every claim of a sentence quotes it
def _one_line(text: str) -> str:
    return " ".join(text.split())


def forget_sentences() -> None:
    """Empty the per-sentence caches (words, clause breaks): a benchmark's cold start, or memory back."""
    for cached in (_one_line, words, clause_breaks, folded_runs, letter_runs):
        cached.cache_clear()


def _measure(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
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


def _measure_in_language(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
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


def _measure_of_share_or_change(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    lexicon, places = context.lexicon, context.places
    after = text[mention.end:]
    change_noun = re.match(r"[\s-]*([^\W\d_]+)\s+(?:in|of)\s+", after)
    if mention.kind == "change" and change_noun:
        start = past_basis(text, skip_determiners(text, mention.end + change_noun.end(), lexicon), lexicon)
        phrase = noun_phrase(text, start, lexicon)
        if phrase:
            return measure_from(phrase, lexicon, places)
    of_match = re.match(r"\s+of\s+", after)
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


def _measure_of_change(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """ "reduce the fines by 80%", "fines have been reduced fivefold": the noun next to the verb."""
    lexicon, places = context.lexicon, context.places
    before = text[:mention.start]
    listed = re.search(r"(?:the\s+)?(?:number|share|volume|amount)\s+of\s+([^\W\d_]+)[,\s]+by\s+$", before)
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
    auxiliaries = {"has", "have", "had", "been", "was", "were", "is", "are", "be", "being", "will", "would"}
    while subject_words and folded(subject_words[-1]) in auxiliaries:
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
        if folded(subject_words[at]) in {"in", "of", "at", "for"}:
            noun = subject_words[at - 1]
            if folded(noun) not in lexicon.stopwords:
                return singular(noun), [" ".join(subject_words[index:])]
            break
    return None, []


def _measure_of_money(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    lexicon, places = context.lexicon, context.places
    in_match = re.match(r"\s+(?:in|of)\s+", text[mention.end:])
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
    if not text[:mention.start].rstrip().endswith("of"):  # far cheaper than the pattern, which ends "... of "
        return None
    of_before = _NOUN_THEN_OF.search(text[max(0, mention.start - 60):mention.start])
    if not of_before:
        return None
    kept = [w for w in of_before.group(1).split() if folded(w) not in lexicon.stopwords | lexicon.ignorable]
    if not kept:
        return None
    return " ".join([*(folded(w) for w in kept[:-1]), singular(kept[-1])])


def _time_clause_breaks(text: str, breaks: tuple[int, ...], times: list[TimeMention]) -> tuple[int, ...]:
    """ "Bis August 2021 ... 238 Dörfer angeschlossen, bis Juni 2023 waren es 584": a time expression
    after a comma (and a short word or two: "and by", "а к", "ал") opens a clause of its own."""
    opening = [t.start for t in times if _TIME_OPENS_CLAUSE.search(text, max(0, t.start - 16), t.start)]
    return tuple(sorted({*breaks, *opening})) if opening else breaks


def _unplaced_period(text: str, breaks: tuple[int, ...], mention: Mention,
                     found: list[TimeMention]) -> tuple[str | None, int | None]:
    """ "in December" in the figure's clause of an undated article: a period stated, but not placed in time;
    and the month of the year it names, if it names one."""
    clause = clause_of(breaks, mention.start)
    unplaced = [t for t in found if t.span is None and clause_of(breaks, t.start) == clause]
    if not unplaced:
        return None, None
    return " ".join(text[unplaced[0].start:unplaced[0].end].split()), unplaced[0].month


def _time_for(breaks: tuple[int, ...], mention: Mention, found: list[TimeMention]) -> TimeSpan | None:
    """The time expression nearest the mention, preferring its own clause and, on ties, the one before."""
    usable = [t for t in found if t.span is not None]
    if not usable:
        return None
    clause = clause_of(breaks, mention.start)
    same_clause = [t for t in usable if clause_of(breaks, t.start) == clause]
    pool = same_clause or usable

    def distance(t: TimeMention) -> tuple[int, int]:
        if t.end <= mention.start:
            return mention.start - t.end, 0
        return max(0, t.start - mention.end), 1

    return min(pool, key=distance).span


def _subject(context: _Context, sentence: Sentence, mention: Mention, named: list[str],
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


def _name(context: _Context, sentence: str, name: Word | None) -> str | None:
    return name_phrase(sentence, name, context.names, context.lexicon) if name else None


def _possessor(context: _Context, text: str, mention: Mention, start: int = 0) -> str | None:
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


def _scope(context: _Context, sentence: Sentence, mention: Mention, named: list[str]) -> tuple[str | None, bool]:
    """Where the figure is of, and whether that was inferred from outside its sentence and its footnotes."""
    for name in named:
        country = context.places.country(name)
        if country:
            return country, False
    in_sentence = nearest_scope(list(context.sentence_scopes[sentence.index]), mention.start)
    if in_sentence:
        return in_sentence, False
    for number in sentence.footnotes:
        cited = nearest_scope(scopes_in(context.segmentation.footnotes.get(number, ""), context.places), 0)
        if cited:
            return cited, False
    sentences = context.segmentation.sentences
    for back in range(1, SCOPE_LOOKBACK + 1):
        index = sentence.index - back
        if index < 0:
            break
        found = context.sentence_scopes[index]
        if found:
            return nearest_scope(list(found), len(sentences[index].text)), True
    scope = context.title_scope or context.dominant_scope
    return scope, scope is not None


def _modality(context: _Context, text: str, mention: Mention, mentions: list[Mention],
              time: TimeSpan | None) -> str:
    lexicon = context.lexicon
    previous_end = max((m.end for m in mentions if m.end <= mention.start), default=0)
    next_start = min((m.start for m in mentions if m.start >= mention.end), default=len(text))
    after = text[mention.end:min(next_start, mention.end + 40)]
    window = folded(text[previous_end:mention.start]) + " " + folded(after)
    if mentions_phrase(lexicon.planned, window):
        return "planned"
    published = context.document.published
    if time is not None and published is not None and time.start > published:
        return "planned"
    words_before = LETTER_RUN.findall(folded(text[max(0, mention.start - 20):mention.start]))
    if words_before and words_before[-1] in lexicon.increments:
        return "increment"
    return "actual"


def _cumulative(context: _Context, text: str, breaks: tuple[int, ...], mention: Mention) -> bool:
    """A running total: a marker such as "already" or "were connected" near the count, in its clause."""
    if mention.kind != "count":
        return False
    clause_start, clause_end = clause_bounds(breaks, mention.start, len(text))
    window = text[max(mention.start - 70, clause_start):min(mention.end + 70, clause_end)]
    return mentions_phrase(context.lexicon.cumulative, window)


def _inherit_measures(sentence_claims: list[Claim], earlier: list[Claim]) -> list[Claim]:
    """ "rise to over five million by mid-2024": a bare number takes the measure it continues; continuing
    a running total of its own sentence ("..., bis Januar 2023 waren es 476"), it is one too."""
    result: list[Claim] = []
    for claim in sentence_claims:
        if claim.measure is None and claim.kind in {"count", "share"}:
            donor = next((c for c in reversed([*earlier[-6:], *result])  # this sentence first
                          if c.kind == claim.kind and c.measure and c.document == claim.document
                          and c.quantity.unit == claim.quantity.unit), None)
            if donor is not None and claim.sentence_index - donor.sentence_index <= 1:
                continues_total = donor.cumulative and donor.sentence_index == claim.sentence_index
                claim = attrs.evolve(claim, measure=donor.measure, subject=claim.subject or donor.subject,
                                     cumulative=claim.cumulative or continues_total)
        result.append(claim)
    return result


def _statements(context: _Context, sentence: Sentence, mentions: list[Mention], claims: list[Claim]) -> list[Statement]:
    text = sentence.text
    doc = context.document.id
    shares = share_patterns(context.lexicon)
    found: list[Statement] = []
    for index, (mention, claim) in enumerate(zip(mentions, claims, strict=True)):
        next_pair = (mentions[index + 1], claims[index + 1]) if index + 1 < len(mentions) else None
        between = text[mention.end:next_pair[0].start] if next_pair else ""
        if next_pair and mention.kind == "money" and next_pair[0].kind == "money" \
                and next_pair[0].unit != mention.unit and _CONVERSION_LINK.match(between):
            found.append(Statement("conversion", doc, {"amount": claim.id, "equivalent": next_pair[1].id}))
        if mention.kind == "share" and next_pair and shares.of_whole.match(between) \
                and next_pair[1].kind != "difference":  # "a majority of 6,300" is a gap, not a share of 6,300
            part = _part_before(mentions, claims, index, text, shares)
            roles = {"share": claim.id, "whole": next_pair[1].id}
            if part:
                roles["part"] = part
            found.append(Statement("share", doc, roles))
        elif mention.kind in {"count", "money"} and next_pair and next_pair[0].kind == mention.kind:
            part_and_whole = _part_and_whole(claim, next_pair[1], between, shares)
            if part_and_whole:
                roles = dict(zip(("part", "whole"), part_and_whole, strict=True))
                share = _share_restating(mentions, claims, index + 1, text, shares)
                if share:
                    roles["share"] = share
                found.append(Statement("share", doc, roles))
        if mention.change_pair and next_pair and next_pair[0].change_pair:
            change = next((c.id for m, c in zip(mentions[index + 2:], claims[index + 2:], strict=True)
                           if m.kind == "change"), None)
            roles = {"start": claim.id, "end": next_pair[1].id}
            if change:
                roles["change"] = change
            found.append(Statement("change", doc, roles))
    found.extend(_listed_parts(text, doc, mentions, claims))
    difference = difference_statement(doc, claims)
    if difference is not None:
        found.append(difference)
    return found


@attrs.frozen
class SharePatterns:
    """How a language joins a part to its whole and to the share it makes (from the lexicon's `shares`)."""

    of_whole: re.Pattern  # between a part and its whole: "of the", "von insgesamt", "из"
    link: re.Pattern  # between a figure and the share restating it: ", or", ", das sind", ", то есть"
    counted_words: re.Pattern  # the counted noun before such a link: "households in Kazakhstan"
    of_after_whole: re.Pattern  # Kazakh "1,7 млн үй шаруашылығы ішінен 931 000": the whole first


@lru_cache(maxsize=None)
def share_patterns(lexicon: Lexicon) -> SharePatterns:
    links = _phrases(lexicon.share_links)
    link_openers = _phrases({phrase.split()[0] for phrase in lexicon.share_links})
    return SharePatterns(
        of_whole=re.compile(rf"^\s*(?:{_phrases(lexicon.share_of)})\s+"
                            rf"(?:(?:{_phrases(lexicon.share_whole_openers)})\s+|[\w’'.-]+['’]s\s+)*$", re.IGNORECASE),
        link=re.compile(rf"^\s*+(?:[,(—–-]+\s*+)?(?:{links})?\s*$", re.IGNORECASE),
        counted_words=re.compile(rf"^(?:[ \u00a0]+[^\W\d_][\w’'-]*){{1,4}}"
                                 rf"(?=\s*[,(—–-]|\s+(?:{link_openers})(?![\w]))"),
        of_after_whole=re.compile(rf"^(?:\s+[^\W\d_][\w’'-]*){{0,4}}\s+(?:{_phrases(lexicon.share_of_after_whole)})\s*$",
                                  re.IGNORECASE),
    )


def _phrases(phrases: Iterable[str]) -> str:
    """Phrases as a regex alternative, longest first, any run of spaces between their words."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered) or "(?!)"


def _part_and_whole(claim: Claim, following: Claim, between: str, shares: SharePatterns) -> tuple[str, str] | None:
    """ "3.1 million of the 5.2 million": (part, whole) ids of two figures in a row; Kazakh names the whole first."""
    if shares.of_whole.match(between):
        return claim.id, following.id
    if shares.of_after_whole.match(between):
        return following.id, claim.id
    return None


def _part_before(mentions: list[Mention], claims: list[Claim], index: int, text: str,
                 shares: SharePatterns) -> str | None:
    for back in range(index - 1, -1, -1):
        candidate = mentions[back]
        between = shares.counted_words.sub("", text[candidate.end:mentions[index].start], count=1)
        if candidate.kind in {"count", "money"} and shares.link.match(between):
            return claims[back].id
        if candidate.kind in {"count", "money"}:
            return None
    return None


def _share_restating(mentions: list[Mention], claims: list[Claim], index: int, text: str,
                     shares: SharePatterns) -> str | None:
    """ "3.1 million of the 5.2 million households, or 60%": the share right after the figure at `index`
    restating the part of the whole."""
    if index + 1 >= len(mentions) or mentions[index + 1].kind != "share":
        return None
    figure, share = mentions[index], mentions[index + 1]
    if not shares.link.match(shares.counted_words.sub("", text[figure.end:share.start], count=1)):
        return None
    if index + 2 < len(mentions) and shares.of_whole.match(text[share.end:mentions[index + 2].start]):
        return None  # "..., or 60% of its 8 million subscribers": a share of another whole
    return claims[index + 1].id


def _listed_parts(text: str, doc: str, mentions: list[Mention], claims: list[Claim]) -> list[Statement]:
    """ "900 branches: 420 in the north, ..." and "62 percent ... the remaining 38 percent"."""
    statements = []
    for index, mention in enumerate(mentions[:-1]):
        if mention.kind == "count" and _LIST_TOTAL.match(text[mention.end:mentions[index + 1].start]):
            listed = list(zip(mentions[index + 1:], claims[index + 1:], strict=True))
            parts = [c for m, c in listed if m.kind == "count"]
            if len(parts) >= 2 and _counts_what_the_total_counts(text, claims[index], listed):
                roles = {"total": claims[index].id, **{f"part_{i + 1}": p.id for i, p in enumerate(parts)}}
                statements.append(Statement("parts", doc, roles))
            break
    shares = [(m, c) for m, c in zip(mentions, claims, strict=True) if m.kind == "share" and m.unit == "percent"]
    for position, (mention, _) in enumerate(shares):
        if position > 0 and _REMAINDER.search(text[max(0, mention.start - 20):mention.start]):
            roles = {f"part_{i + 1}": c.id for i, (_, c) in enumerate(shares[:position + 1])}
            statements.append(Statement("parts", doc, {**roles, "sums_to": "100 percent"}))
            break
    return statements


def _counts_what_the_total_counts(text: str, total: Claim, listed: list[tuple[Mention, Claim]]) -> bool:
    """After "two key players:" an age and a number of matches are no parts of the two; after "three
    versions:" 32, 64 and 128 GB are sizes. A colon list is parts only when every item counts what the
    total counts: no item with a unit or a currency, none whose own noun names another measure ("58
    matches"; "437 im Norden" names a place, not what is counted)."""
    if any(mention.kind in {"measurement", "money"} for mention, _ in listed):
        return False
    return not any(total.measure and claim.measure and claim.measure != total.measure
                   and folded(text[mention.end:mention.end + 40]).lstrip().startswith(claim.measure.split()[0][:4])
                   for mention, claim in listed if mention.kind == "count")


def _score_tables(doc: str, claims: list[Claim], segmentation: Segmentation) -> list[Statement]:
    """Adjacent score rows ("A 12/25", "B 12/35", "C 10/40") and the total whose maximum they add up to."""
    scores = [c for c in claims if c.kind == "score" and c.out_of]
    statements = []
    for index, total in enumerate(scores):
        for window in (scores[index + 1:], list(reversed(scores[:index]))):
            run: list[Claim] = []
            previous_line = total.span.line
            for part in window:
                if abs(part.span.line - previous_line) > 2:
                    break
                run.append(part)
                previous_line = part.span.line
                if len(run) >= 2 and abs(sum(p.out_of for p in run) - total.out_of) < 1e-9:
                    roles = {"total": total.id, **{f"part_{i + 1}": p.id for i, p in enumerate(run)}}
                    statements.append(Statement("parts", doc, roles))
                    break
                if sum(p.out_of for p in run) > total.out_of:
                    break
    return statements


# --- statistics, verb multiples and score sections (rule library additions) ---

STATISTIC_WINDOW = 60


@lru_cache(maxsize=None)
def _statistic_words(language: str) -> dict[str, str]:
    """ "average" → "mean", "median" → "median": the `[statistics]` table of the language's lexicon."""
    path = LEXICON_DIR / f"{language}.toml"
    if not path.is_file():
        return {}
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("statistics", {})
    return {folded(word): name for word, name in table.items()}


def _statistic(context: _Context, text: str, breaks: tuple[int, ...], mention: Mention) -> str | None:
    """ "an average speed of 43.6 Mbps", "median income was $900": the statistic named before the figure."""
    words = _statistic_words(context.lexicon.language)
    if not words or mention.kind in {"rank", "score"}:
        return None
    clause_start, _ = clause_bounds(breaks, mention.start, len(text))
    window = folded(text[max(clause_start, mention.start - STATISTIC_WINDOW):mention.start])
    found = [words[w] for w in LETTER_RUN.findall(window) if w in words]
    return found[-1] if found else None


def _is_verb_multiple(lexicon: Lexicon, text: str, mention: Mention) -> bool:
    """ "doubled", "halved", "quadrupled": a multiple that is itself the verb of its clause."""
    if mention.unit != "fold" or lexicon.language != "en":  # the subject search below is English word order
        return False
    written = folded_key(lexicon.multiples, text[mention.start:mention.end])  # as the pattern read it
    entry = lexicon.multiples.get(written) if written else None
    return bool(entry and entry.get("direction") and not entry.get("after"))


def _measure_of_verb_multiple(context: _Context, text: str, mention: Mention) -> tuple[str | None, list[str]]:
    """ "prices quadrupled", "the number of users has doubled": the noun the verb is said of."""
    before = text[:mention.start]
    listed = re.search(r"(?:number|share|volume|amount)\s+of\s+([^\W\d_]+)\s+(?:\w+\s+){0,2}$", before,
                       re.IGNORECASE)
    if listed:
        return singular(folded(listed.group(1))), []
    words = re.findall(r"[^\W\d_][\w'’-]*", before)
    auxiliaries = {"has", "have", "had", "been", "was", "were", "is", "are", "be", "nearly", "almost", "more",
                   "than", "roughly", "all", "but", "since", "then", "also", "reportedly"}
    while words and folded(words[-1]) in auxiliaries:
        words.pop()
    if words and folded(words[-1]) not in context.lexicon.stopwords and words[-1][0].islower():
        return singular(folded(words[-1])), []
    return _measure_of_change(context, text, mention)


def _score_sections(doc: str, claims: list[Claim]) -> list[Statement]:
    """A table of section scores ("A 12/25", "B 12/35", "C 10/40") followed by the scores of each
    section's questions, in order: each run of questions whose maxima add up to its section's maximum
    is that section's parts. Only a complete partition counts, so a chance sum never makes a section."""
    scores = [c for c in claims if c.kind == "score" and c.out_of]
    statements: list[Statement] = []
    start = 0
    while start < len(scores):
        end = start + 1
        while end < len(scores) and 0 < scores[end].span.line - scores[end - 1].span.line <= 2:
            end += 1
        headers, rest = scores[start:end], scores[end:]
        blocks = _partition_by_maxima(rest, [h.out_of for h in headers]) if len(headers) >= 2 else None
        if blocks:
            for header, block in zip(headers, blocks, strict=True):
                roles = {"total": header.id, **{f"part_{i + 1}": p.id for i, p in enumerate(block)}}
                statements.append(Statement("parts", doc, roles))
            return statements
        start = end
    return statements


def _partition_by_maxima(scores: list[Claim], maxima: list[float]) -> list[list[Claim]] | None:
    blocks, position = [], 0
    for maximum in maxima:
        block, total = [], 0.0
        while position < len(scores) and total < maximum - 1e-9:
            block.append(scores[position])
            total += scores[position].out_of
            position += 1
        if len(block) < 2 or abs(total - maximum) > 1e-9:
            return None
        blocks.append(block)
    return blocks
