"""Turn a document's mentions into Claims and the Statements that relate them.

Walks the sentences once, carrying the year the text is talking about (for "by August")
and the names of the previous sentences (for "the system ... 447 schools"). What each claim
holds is read by its own module: the measure (measures.py), the subject and scope
(subjects.py), what sentences relate (statements.py), over what the document offers every
claim once (document_context.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import attrs

from factcheck.extract.across_sentences import changes_across_sentences
from factcheck.extract.basis import basis
from factcheck.extract.context import clause_bounds, clause_breaks, clause_of, words
from factcheck.extract.currencies import resolve_shared_currencies
from factcheck.extract.differences import is_difference
from factcheck.extract.document_context import DocumentContext, document_context
from factcheck.extract.lexicon import available_languages, load_lexicon
from factcheck.extract.measures import measure_of, statistic_of
from factcheck.extract.mentions import Mention, find_mentions, mention_patterns
from factcheck.extract.modifiers import inherit_modifiers, modifiers
from factcheck.extract.rates import per
from factcheck.extract.statements import score_sections, score_tables, sentence_statements
from factcheck.extract.subjects import scope_of, subject_of
from factcheck.extract.text_words import LETTER_RUN, folded, folded_runs, letter_runs, mentions_phrase
from factcheck.extract.time import TimeMention, relative_periods, time_patterns
from factcheck.langdetect import detect_paragraph_language
from factcheck.model import Claim, Document, Quantity, Span, Statement, TimeSpan
from factcheck.segment import Segmentation, Sentence

_TIME_OPENS_CLAUSE = re.compile(r",\s+(?:[^\W\d_]{1,5}\s+){0,2}$")


@attrs.frozen
class SetAside:
    """A number read and set aside as no amount, with why: "label" ("Article 5", "№ 2"), "name" ("the
    FTSE 250", "Су-27"), "title" ("the film \"12 Years a Slave\""), "age", "address", "code", "phone number",
    "time of day", "score or ratio" ("won 4:0"), "list marker", "one, no count" ("one of the founders",
    "один из"), "number word alone" ("millions of")."""

    span: Span
    text: str
    reason: str

    def to_dict(self, document: str) -> dict:
        return {"document": document, "text": self.text, "reason": self.reason, "span": self.span.to_dict()}


@attrs.frozen
class Extraction:
    claims: tuple[Claim, ...]
    statements: tuple[Statement, ...]
    set_aside: tuple[SetAside, ...] = ()  # every number read that is no claim, in order


def extract_document(document: Document, segmentation: Segmentation,
                     on_error: Callable[[Span, Exception], None] | None = None) -> Extraction:
    """Claims and statements of one document; its language must have a lexicon.

    Each paragraph is read with the lexicon of its own language (pages mix languages), unless the
    front matter declares the language, which then holds for the whole document. An exception while
    reading one sentence propagates, unless `on_error` takes it: then that sentence gives no claims
    and the others are read as usual (it is given the sentence's span).
    """
    load_lexicon(document.language)  # a language without a lexicon is refused here
    languages = _paragraph_languages(document, segmentation)
    contexts: dict[str, DocumentContext] = {}
    claims: list[Claim] = []
    statements: list[Statement] = []
    set_aside: list[SetAside] = []
    context_year = None  # until the text states a year, a month alone is the last one by publication
    for sentence in segmentation.sentences:
        sentence_lexicon = load_lexicon(languages.get(sentence.paragraph, document.language))
        if sentence_lexicon.language not in contexts:
            contexts[sentence_lexicon.language] = document_context(document, segmentation, sentence_lexicon)
        context = contexts[sentence_lexicon.language]
        try:
            found_times, sentence_claims, sentence_statements = _read_sentence(context, sentence, claims,
                                                                               context_year, set_aside)
        except Exception as error:
            if on_error is None:
                raise
            on_error(segmentation.span(sentence.start, sentence.end), error)
            continue
        claims.extend(sentence_claims)
        statements.extend(sentence_statements)
        context_year = _latest_year(found_times, context_year)
    statements = changes_across_sentences(claims, statements, load_lexicon(document.language))
    statements.extend(score_tables(document.id, claims, segmentation))
    statements.extend(score_sections(document.id, claims))
    return Extraction(tuple(inherit_modifiers(list(_measures_from_wholes(claims, statements)))), tuple(statements),
                      tuple(set_aside))


def _read_sentence(context: DocumentContext, sentence: Sentence, earlier: list[Claim], context_year: int | None,
                   set_aside: list[SetAside]) -> tuple[list[TimeMention], list[Claim], list[Statement]]:
    """One sentence's times, claims and statements (claims numbered after the `earlier` ones); the
    numbers it sets aside are added to `set_aside`."""
    patterns, sentence_times = mention_patterns(context.lexicon), time_patterns(context.lexicon)
    published = context.document.published
    found_times = sorted([*sentence_times.find(sentence.text, context_year=context_year, published=published),
                          *relative_periods(sentence.text, context.lexicon)], key=lambda t: t.start)
    blocked = [(t.start, t.end) for t in found_times]
    blocked += [(a - sentence.start, b - sentence.start) for a, b in sentence.marker_spans]
    aside: list[tuple[int, int, str]] = []
    mentions = resolve_shared_currencies(find_mentions(sentence.text, patterns, blocked, aside), sentence.text,
                                         context.currencies)
    set_aside += _numbers_set_aside(context, sentence, aside)
    breaks = clause_breaks(sentence.text, context.lexicon)
    time_breaks = _time_clause_breaks(sentence.text, breaks, found_times) if mentions else ()
    sentence_claims = [
        _claim(context, sentence, mention, mentions, found_times, time_breaks, len(earlier) + i + 1)
        for i, mention in enumerate(mentions)
    ]
    sentence_claims = _inherit_measures(sentence_claims, earlier)
    return found_times, sentence_claims, sentence_statements(context, sentence, mentions, sentence_claims)


def _numbers_set_aside(context: DocumentContext, sentence: Sentence,
                       aside: list[tuple[int, int, str]]) -> list[SetAside]:
    """In order, without the punctuation a label's pattern takes in ("дом 37.")."""
    found = []
    for start, end, reason in sorted(aside):
        text = sentence.text[start:end].rstrip(".,;:/- ")
        span = context.segmentation.span(sentence.start + start, sentence.start + start + len(text))
        found.append(SetAside(span, text, reason))
    return found


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


def _claim(context: DocumentContext, sentence: Sentence, mention: Mention, mentions: list[Mention],
           found_times: list[TimeMention], time_breaks: tuple[int, ...], number: int) -> Claim:
    document = context.document
    start, end = sentence.start + mention.start, sentence.start + mention.end
    measure, named = measure_of(context, sentence.text, mention)
    breaks = clause_breaks(sentence.text, context.lexicon)
    time = _time_for(time_breaks, mention, found_times)
    subject, inferred = subject_of(context, sentence, mention, named, breaks)
    scope, scope_inferred = scope_of(context, sentence, mention, named)
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
        measure=measure,
        subject=subject,
        subject_inferred=inferred,
        scope=scope,
        scope_inferred=scope_inferred,
        time=time,
        direction=mention.direction,
        out_of=mention.out_of,
        sentence_index=sentence.index,
        sentence_span=(sentence.start, sentence.end),
        notes=_reading_notes(mention),
        period_unplaced=unplaced,
        unplaced_month=unplaced_month,
        **_words_around(context, sentence.text, mention, mentions, measure, breaks, time),
    )


def _words_around(context: DocumentContext, text: str, mention: Mention, mentions: list[Mention], measure: str | None,
                  breaks: tuple[int, ...], time: TimeSpan | None) -> dict:
    """What the sentence's words say of the figure: a gap or not, a plan, a running total, its statistic,
    the modifiers of its measure, the basis of a change, a rate's span."""
    lexicon = context.lexicon
    return dict(
        kind="difference" if mention.kind == "count" and is_difference(text, mention.start, mention.end, lexicon)
        else mention.kind,
        modality=_modality(context, text, mention, mentions, time),
        cumulative=_cumulative(context, text, breaks, mention),
        statistic=statistic_of(context, text, breaks, mention),
        modifiers=modifiers(text, mention.start, mention.end, measure, lexicon, context.places, context.names.names),
        basis=basis(text, mention.start, mention.end, mention.kind, lexicon),
        per=per(text, mention.start, mention.end, mention.kind, lexicon),
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
    """The time expression nearest the mention, preferring its own clause and, on ties, the one before.
    Where that is a period the text does not place ("the following year", "in December" of an undated
    page), the figure has no time: it is not the period of another figure of the sentence."""
    if not any(t.span is not None for t in found):
        return None
    clause = clause_of(breaks, mention.start)
    same_clause = [t for t in found if clause_of(breaks, t.start) == clause]
    pool = same_clause or [t for t in found if t.span is not None]

    def distance(t: TimeMention) -> tuple[int, int]:
        if t.end <= mention.start:
            return mention.start - t.end, 0
        return max(0, t.start - mention.end), 1

    return min(pool, key=distance).span


def _modality(context: DocumentContext, text: str, mention: Mention, mentions: list[Mention],
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


def _cumulative(context: DocumentContext, text: str, breaks: tuple[int, ...], mention: Mention) -> bool:
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


# --- statistics, verb multiples and score sections (rule library additions) ---


