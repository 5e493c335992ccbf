"""Statements: what the text relates among the claims of a sentence or a document (a share and its
whole and part, a conversion, a change and its endpoints, parts of a listed total, score tables).
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcheck.extract.change_statements import amount_change_statements, change_statements, multiple_statements
from factcheck.extract.differences import comparison_statements, difference_statement
from factcheck.extract.document_context import DocumentContext
from factcheck.extract.lexicon import Lexicon, load_lexicon
from factcheck.extract.mentions import Mention
from factcheck.extract.ratios import percent_comparisons, ratio_statements
from factcheck.extract.share_changes import share_changes
from factcheck.extract.text_words import folded, phrase_alternation
from factcheck.model import Claim, Statement
from factcheck.segment import Segmentation, Sentence

_NEXT_IN_BRACKET = re.compile(r"^\s{0,3}[;,]\s{0,3}$")  # "$186m (£98m; 143m euros)"
# "1,710 branches of X break down as follows: 760 in the north", "1 694 филиал басқарады: солтүстікте 187"
_LIST_TOTAL = re.compile(r"^\s*[\w\s-]{0,80}:\s*(?:[^\W\d_]+\s+){0,2}$")


def sentence_statements(context: DocumentContext, sentence: Sentence, mentions: list[Mention],
                        claims: list[Claim]) -> list[Statement]:
    """What the sentence relates: shares, conversions, changes with their endpoints, listed parts, gaps."""
    if len(mentions) < 2:
        return []  # every statement relates two figures at least
    text = sentence.text
    doc = context.document.id
    shares = share_patterns(context.lexicon)
    found = _shares_and_conversions(text, doc, mentions, claims, shares)
    for related in (change_statements, multiple_statements, ratio_statements, percent_comparisons,
                    amount_change_statements):
        found.extend(related(text, doc, mentions, claims, context.lexicon))
    found.extend(_rankings(text, doc, mentions, claims, context.lexicon))
    found.extend(_fractions_restated(text, doc, mentions, claims, shares))
    found.extend(_listed_parts(text, doc, mentions, claims, shares))
    found.extend(_shares_by_holder(text, doc, mentions, claims, context.lexicon))
    found.extend(share_changes(text, doc, mentions, claims, context.lexicon, found))
    difference = difference_statement(doc, claims)
    if difference is not None:
        found.append(difference)
    else:
        found.extend(comparison_statements(doc, text, mentions, claims, context.lexicon))
    return found


def _shares_and_conversions(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                            shares: SharePatterns) -> list[Statement]:
    """A share and its whole ("12% of the 20 million"), a part and its whole, an amount and its equivalents."""
    found: list[Statement] = []
    for index, (mention, claim) in enumerate(zip(mentions, claims, strict=True)):
        next_pair = (mentions[index + 1], claims[index + 1]) if index + 1 < len(mentions) else None
        between = text[mention.end:next_pair[0].start] if next_pair else ""
        found.extend(_conversions(mentions, claims, index, text, doc, shares))
        if mention.kind == "share" and next_pair and shares.of_whole.match(between) \
                and next_pair[1].kind != "difference":  # "a majority of 6,300" is a gap, not a share of 6,300
            part = _part_before(mentions, claims, index, text, shares)
            roles = {"share": claim.id, "whole": next_pair[1].id}
            if part:
                roles["part"] = part
            found.append(Statement("share", doc, roles))
        elif mention.kind in {"count", "money"} and next_pair and next_pair[0].kind == mention.kind:
            after = text[next_pair[0].end:next_pair[0].end + 20]
            part_and_whole = _part_and_whole(claim, next_pair[1], between, after, shares)
            if part_and_whole:
                roles = dict(zip(("part", "whole"), part_and_whole, strict=True))
                share = _share_restating(mentions, claims, index + 1, text, shares)
                if share:
                    roles["share"] = share
                found.append(Statement("share", doc, roles))
    return found


def _conversions(mentions: list[Mention], claims: list[Claim], index: int, text: str, doc: str,
                 shares: SharePatterns) -> list[Statement]:
    """ "$186m (£98m; 143m euros)": the amount at `index` and each equivalent its bracket gives it, and the
    first equivalent and each other one (with the amount as their `bracket`: every amount is compared)."""
    amount = mentions[index]
    if amount.kind != "money" or index + 1 == len(mentions):
        return []
    link = text[amount.end:mentions[index + 1].start]
    if mentions[index + 1].kind != "money" or mentions[index + 1].unit == amount.unit or \
            not shares.conversion_link.match(link):
        return []
    found = [Statement("conversion", doc, {"amount": claims[index].id, "equivalent": claims[index + 1].id})]
    units = {amount.unit, mentions[index + 1].unit}
    following = index + 2
    while "(" in link and following < len(mentions) and mentions[following].kind == "money" and \
            mentions[following].unit not in units and \
            _NEXT_IN_BRACKET.match(text[mentions[following - 1].end:mentions[following].start]):
        found.append(Statement("conversion", doc, {"amount": claims[index].id, "equivalent": claims[following].id}))
        found.append(Statement("conversion", doc, {"amount": claims[index + 1].id, "equivalent": claims[following].id,
                                                   "bracket": claims[index].id}))
        units.add(mentions[following].unit)
        following += 1
    return found


@attrs.frozen
class SharePatterns:
    """How a language joins a part to its whole and to the share it makes (from the lexicon's `shares`)."""

    of_whole: re.Pattern  # between a part and its whole: "of the", "von insgesamt", "из"
    link: re.Pattern  # between a figure and the share restating it: ", or", ", das sind", ", то есть"
    counted_words: re.Pattern  # the counted noun before such a link: "households in Kazakhstan"
    of_after_whole: re.Pattern  # Kazakh "1,7 млн үй шаруашылығы ішінен 931 000": the whole first
    whole_then: re.Pattern  # "£4m, of which £3m", "davon", "из них": the whole, then a part of it
    before_part: re.Pattern  # "a $168m settlement - ": the whole and its noun, then a dash or comma
    noun_then_of: re.Pattern  # "39 nations out of 65": the part's counted noun, then "out of" its whole
    part_then: re.Pattern  # " of which": after the part, what makes it one ("- $155m of which")
    restated: re.Pattern  # "half of the households - some 27% -": a fraction word, then its percent
    remainder: re.Pattern  # "62 percent ... the remaining 38 percent": the last part, whatever is left
    conversion_link: re.Pattern  # "$186m (£98m)", "$186m, or £98m": an amount, then its equivalent
    next_listed: re.Pattern  # ", 87 appointed members and 16": a listed part's noun, then a comma or "and"


@lru_cache(maxsize=None)
def share_patterns(lexicon: Lexicon) -> SharePatterns:
    links, of = phrase_alternation(lexicon.share_links), phrase_alternation(lexicon.share_of)
    and_words = phrase_alternation(lexicon.range_words.get("and") or load_lexicon("en").range_words["and"]) or "(?!)"
    link_openers = phrase_alternation({phrase.split()[0] for phrase in lexicon.share_links})
    return SharePatterns(
        of_whole=re.compile(rf"^\s*(?:{of})\s+(?:(?:{phrase_alternation(lexicon.share_whole_openers)})\s+"
                            r"|[\w’'.-]+['’]s\s+)*$", re.IGNORECASE),
        link=re.compile(rf"^\s*+(?:[,(—–-]+\s*+)?(?:{links})?\s*$", re.IGNORECASE),
        counted_words=re.compile(rf"^(?:[ \u00a0]+[^\W\d_][\w’'-]*){{1,4}}"
                                 rf"(?=\s*[,(—–-]|\s+(?:{link_openers})(?![\w]))"),
        of_after_whole=re.compile(rf"^(?:\s+[^\W\d_][\w’'-]*){{0,4}}\s+(?:{phrase_alternation(lexicon.share_of_after_whole)})\s*$",
                                  re.IGNORECASE),
        whole_then=re.compile(rf"^(?:\s{{1,3}}[^\W\d_][\w’'-]*){{0,3}}\s{{0,3}}[,(—–-]\s{{0,3}}"
                              rf"(?:{phrase_alternation(lexicon.share_whole_then)})\s{{1,3}}$", re.IGNORECASE),
        noun_then_of=re.compile(rf"^(?:\s{{1,3}}[^\W\d_][\w’'-]*){{1,2}}\s{{1,3}}"
                                rf"(?:{phrase_alternation(lexicon.share_of_after_noun)})\s{{1,3}}$", re.IGNORECASE),
        before_part=re.compile(r"^(?:\s{1,3}[^\W\d_][\w’'-]*){0,3}\s{0,3}[,(—–-]\s{0,3}$"),
        part_then=re.compile(rf"^\s{{1,3}}(?:{phrase_alternation(lexicon.share_part_then)})(?![\w])", re.IGNORECASE),
        restated=re.compile(rf"^(?:\s{{1,3}}(?:{of})(?:\s{{1,3}}[^\W\d_][\w’'.-]*){{1,5}})?"
                            rf"\s{{0,3}}[,(—–-]{{1,2}}\s{{0,3}}(?:(?:{links})\s{{1,3}})?$", re.IGNORECASE),
        remainder=re.compile(rf"\b(?:{phrase_alternation(lexicon.share_remainder)})\s+$", re.IGNORECASE),
        next_listed=re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{1,4}}\s{{0,3}}(?:,\s{{0,3}}(?:(?:{and_words})\s{{1,3}})?"
                               rf"|\s{{1,3}}(?:{and_words})\s{{1,3}})", re.IGNORECASE),
        # "200bn euros a year (£140bn)": a rate's words may stand before the bracket
        conversion_link=re.compile(rf"^\s*+(?:(?:{phrase_alternation(lexicon.rates) or '(?!)'})\s*)?"
                                   rf"(?:\(|,?\s*(?:{phrase_alternation(lexicon.conversion_links)})\s*\(?)\s*$",
                                   re.IGNORECASE),
    )


def _shares_by_holder(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                      lexicon: Lexicon) -> list[Statement]:
    """ "The port is 85% owned by the state and 45% by its workers": shares of one whole, the second
    naming its holder with the first's preposition; together they may make no more than 100%."""
    pattern = _holder_patterns(lexicon)
    if pattern is None:
        return []
    found = []
    for at in range(len(mentions) - 1):
        first, second = mentions[at], mentions[at + 1]
        if not (first.unit == second.unit == "percent" and first.kind == second.kind == "share"):
            continue
        between = pattern[0].fullmatch(text, first.end, second.start)
        after = pattern[1].match(text, second.end)
        if between and after and folded(between.group("by")) == folded(after.group("by")):
            roles = {"part_1": claims[at].id, "part_2": claims[at + 1].id, "at_most": "100 percent"}
            found.append(Statement("parts", doc, roles))
    return found


@lru_cache(maxsize=None)
def _holder_patterns(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    if not lexicon.share_holders:
        return None
    by = phrase_alternation(lexicon.share_holders)
    joiners = phrase_alternation(lexicon.range_words.get("and", ())) or "(?!)"
    between = re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,3}}\s{{1,3}}(?P<by>{by})"
                         rf"(?:\s{{1,3}}[^\W\d_][\w'’.-]{{0,20}}){{1,4}}\s{{0,3}},?\s{{1,3}}(?:{joiners})\s{{1,3}}",
                         re.IGNORECASE)
    return between, re.compile(rf"\s{{1,3}}(?P<by>{by})\s", re.IGNORECASE)


def _rankings(text: str, doc: str, mentions: list[Mention], claims: list[Claim], lexicon: Lexicon) -> list[Statement]:
    """ "ranked 66th among 50 countries": a place and the count of the field it is a place in."""
    link = _field_link(lexicon)
    return [Statement("ranking", doc, {"rank": claims[at].id, "field": claims[at + 1].id})
            for at in range(len(claims) - 1)
            if claims[at].kind == "rank" and claims[at].out_of is None and claims[at + 1].kind == "count"
            and link.match(text, mentions[at].end, mentions[at + 1].start)]


@lru_cache(maxsize=None)
def _field_link(lexicon: Lexicon) -> re.Pattern:
    return re.compile(rf"\s{{0,3}}(?:{phrase_alternation(lexicon.field_links)})\s{{1,3}}"
                      rf"(?:(?:{phrase_alternation(lexicon.field_openers)})\s{{1,3}})?$", re.IGNORECASE)


def _fractions_restated(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                        shares: SharePatterns) -> list[Statement]:
    """ "Nearly half of the households - some 27% -", "a third of voters, or 33%": a fraction word and the
    percent the sentence restates it as."""
    found = [Statement("fraction", doc, {"fraction": claims[at].id, "percent": claims[at + 1].id})
             for at in range(len(mentions) - 1)
             if mentions[at].kind == "share" and mentions[at].unit == "dimensionless"
             and mentions[at + 1].unit == "percent"
             and shares.restated.match(text[mentions[at].end:mentions[at + 1].start])]
    # "8% of the judges - 13 out of 659 -": the percent, then the count out of a count it is
    return found + [Statement("fraction", doc, {"fraction": claims[at + 1].id, "percent": claims[at].id})
                    for at in range(len(mentions) - 1)
                    if mentions[at].unit == "percent" and claims[at + 1].kind == "score" and claims[at + 1].out_of
                    and shares.restated.match(text[mentions[at].end:mentions[at + 1].start])]


def _part_and_whole(claim: Claim, following: Claim, between: str, after: str,
                    shares: SharePatterns) -> tuple[str, str] | None:
    """ "3.1 million of the 5.2 million": (part, whole) ids of two figures in a row; Kazakh names the whole first,
    as "£4m, of which £3m" and "a $168m settlement - $155m of which" do."""
    if shares.of_whole.match(between) or shares.noun_then_of.match(between):
        return claim.id, following.id
    if shares.of_after_whole.match(between) or shares.whole_then.match(between) or (
            shares.before_part.match(between) and shares.part_then.match(after)):
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


def _listed_parts(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                  shares: SharePatterns) -> list[Statement]:
    """ "900 branches: 420 in the north, ..." and "62 percent ... the remaining 38 percent"."""
    statements = _including_lists(text, doc, mentions, claims, shares)
    for index, mention in enumerate(mentions[:-1]):
        if mention.kind in {"count", "money"} and _LIST_TOTAL.match(text[mention.end:mentions[index + 1].start]):
            listed = list(zip(mentions[index + 1:], claims[index + 1:], strict=True))
            parts = [c for m, c in listed if m.kind == mention.kind]
            if len(parts) >= 2 and _counts_what_the_total_counts(text, claims[index], listed):
                roles = {"total": claims[index].id, **{f"part_{i + 1}": p.id for i, p in enumerate(parts)}}
                statements.append(Statement("parts", doc, roles))
            break
    percents = [(m, c) for m, c in zip(mentions, claims, strict=True) if m.kind == "share" and m.unit == "percent"]
    for position, (mention, _) in enumerate(percents):
        if position > 0 and shares.remainder.search(text[max(0, mention.start - 20):mention.start]):
            roles = {f"part_{i + 1}": c.id for i, (_, c) in enumerate(percents[:position + 1])}
            statements.append(Statement("parts", doc, {**roles, "sums_to": "100 percent"}))
            break
    return statements


def _including_lists(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                     shares: SharePatterns) -> list[Statement]:
    """ "385 members, including 270 elected members, 87 appointed members and 16 bishops", "£4m, of which
    £2.5m came from legacies and £1m from donations": a total and two or more of its parts listed after
    `shares.whole_then`, counts of a count or amounts of its currency, which may be only some of them."""
    for index, mention in enumerate(mentions[:-1]):
        if mention.kind not in {"count", "money"} or \
                not shares.whole_then.match(text[mention.end:mentions[index + 1].start]):
            continue
        listed = [(mentions[index + 1], claims[index + 1])]
        for at in range(index + 2, len(mentions)):
            if not shares.next_listed.fullmatch(text, mentions[at - 1].end, mentions[at].start):
                break
            listed.append((mentions[at], claims[at]))
        if len(listed) >= 2 and all(m.kind == mention.kind and m.unit == mention.unit for m, _ in listed):
            parts = {f"part_{i + 1}": claim.id for i, (_, claim) in enumerate(listed)}
            return [Statement("parts", doc, {"total": claims[index].id, **parts,
                                             "listed": "some" if len(listed) >= 3 else "few"})]
    return []



def _counts_what_the_total_counts(text: str, total: Claim, listed: list[tuple[Mention, Claim]]) -> bool:
    """After "two key players:" an age and a number of matches are no parts of the two; after "three
    versions:" 32, 64 and 128 GB are sizes. A colon list is parts only when every item is an amount of
    the total's currency, or counts what the total counts: no item with a unit or a currency, none whose
    own noun names another measure ("58 matches"; "437 im Norden" names a place, not what is counted)."""
    if total.kind == "money":  # "a £10m budget: £4m for roads, £3m for schools": amounts of its currency
        return all(mention.kind == "money" and mention.unit == total.quantity.unit for mention, _ in listed)
    if any(mention.kind in {"measurement", "money"} for mention, _ in listed):
        return False
    return not any(total.measure and claim.measure and claim.measure != total.measure
                   and folded(text[mention.end:mention.end + 40]).lstrip().startswith(claim.measure.split()[0][:4])
                   for mention, claim in listed if mention.kind == "count")


def score_tables(doc: str, claims: list[Claim], segmentation: Segmentation) -> list[Statement]:
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


def score_sections(doc: str, claims: list[Claim]) -> list[Statement]:
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
