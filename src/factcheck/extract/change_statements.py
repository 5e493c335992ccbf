"""A change and its endpoints, in the orders newsrooms write them.

    "rose from 500,000 to 600,000, a 20% increase"     endpoints, then the change
    "fell from 8,000 to 6,000, or 25%"                  the change a bare percent after ", or"
    "rose 50% from $10bn to $12bn"                      the change before its endpoints
    "rose 50% to $12bn from $10bn"                      the change, the end, then the start
    "doubled to 36 ships from 13"                       the same, with the counted noun
    "from 8 million in 2022 to 10 million in 2024"      a period written between the endpoints

The words are the lexicon's range words ("from", "to"); the endpoints are levels of one unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.finders.directions import direction_near, direction_of
from factcheck.extract.finders.patterns import mention_patterns
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.mentions import Mention
from factcheck.extract.text_words import LETTER_RUN, alternation, folded
from factcheck.extract.time import time_words
from factcheck.model import Claim, Statement

LEVELS = frozenset({"count", "money", "measurement"})
CHANGES = frozenset({"percent", "fold", "percentage_point"})  # the units a stated change comes in
DIRECTION_REACH = 60  # characters before the start in which "rose", "fell" must stand
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|;")


def change_statements(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                      lexicon: Lexicon) -> list[Statement]:
    words = _words(lexicon)
    found = []
    for index in range(len(mentions) - 1):
        roles = _from_to(text, mentions, index, words, lexicon) or _change_to_from(text, mentions, index, words)
        direction = None
        if roles and "change" not in roles:  # "cut its forecast from 1.8% to 0.8%": the verb says which way
            start, end = mentions[roles["start"]], mentions[roles["end"]]
            direction = _verb_before(text, start, words.verb_then_from, words, lexicon) or \
                _verb_after(text, start, end, words, lexicon)
        elif not roles:
            roles = _verb_to_from(text, mentions, index, words)
            direction = _verb_before(text, mentions[index], words.verb_then_to, words, lexicon) if roles else None
        if not roles and (mentions[index].kind != "count" or claims[index].measure):  # "at five, up from 13": a place
            roles, direction = _level_then_from(text, mentions, index, words, lexicon)
        if not roles:
            continue
        stated = {role: claims[at].id for role, at in roles.items()}
        found.append(Statement("change", doc, {**stated, "direction": direction} if direction else stated))
    return found


def _verb_to_from(text: str, mentions: list[Mention], index: int, words: _Words) -> dict | None:
    """ "rose to 4.7% from 4.6%", "to fall to 2.9% of GDP next year from 3.9%": after a change verb, the
    level reached, then where it started."""
    end, after = mentions[index], index + 1
    if _equivalent_in_brackets(text, end, mentions, after):
        after += 1  # "rose to $186.3m (£97m) from $64.4m": past the level's equivalent
    if after >= len(mentions):
        return None
    start = mentions[after]
    if end.kind == "change" or start.kind != end.kind or start.unit != end.unit:
        return None
    if not (words.verb_then_to.search(text, max(0, end.start - DIRECTION_REACH), end.start)
            and words.noun_then_from.fullmatch(text, _after_bracket(text, mentions[after - 1].end), start.start)):
        return None
    return {"end": index, "start": after}


def _level_then_from(text: str, mentions: list[Mention], index: int, words: _Words,
                     lexicon: Lexicon) -> tuple[dict | None, str | None]:
    """ "Unemployment was 5.4%, up from 5.1% in March", "was 1.6%, ..., down from an earlier estimate of
    1.7%": a level, then after a comma a change word and "from" the level it started at. A count must
    say what it counts: "Ant and Dec at five, up from 13" are places in a list, where up is down."""
    end, start = mentions[index], mentions[index + 1]
    if end.kind not in LEVELS | {"share"} or start.kind != end.kind or start.unit != end.unit:
        return None, None
    found = words.comma_then_verb_from.fullmatch(text, end.end, start.start)
    if found is None:
        return None, None
    direction = direction_of(found.group("verb"), lexicon)
    return ({"end": index, "start": index + 1}, direction) if direction in {"up", "down"} else (None, None)


def _equivalent_in_brackets(text: str, amount: Mention, mentions: list[Mention], at: int) -> bool:
    """ "$186.3m (£97m)": the mention at `at` is the amount's equivalent, alone in brackets right after it."""
    if at >= len(mentions) or amount.kind != "money" or mentions[at].kind != "money":
        return False
    equivalent = mentions[at]
    return text[amount.end:equivalent.start].strip() == "(" and text[equivalent.end:equivalent.end + 1] == ")"


def _after_bracket(text: str, end: int) -> int:
    return end + 1 if text[end:end + 1] == ")" else end


def _verb_before(text: str, endpoint: Mention, verb_then: re.Pattern, words: _Words,
                 lexicon: Lexicon) -> str | None:
    """ "cut its forecast from 1.8%", "stieg der Anteil der Autofahrer von 74": the direction of the
    change verb a few words before the endpoint's "from" or "to": the one right before it ("growth is
    expected to fall from"), else the one the clause's change words agree on. None when they go both
    ways ("cut its growth forecast from"): a change word may be a noun's modifier."""
    window = max(0, endpoint.start - 2 * DIRECTION_REACH)  # ten words may stand between verb and "from"
    if verb_then.search(text, window, endpoint.start) is None:
        return None
    adjacent = words.verb_at_once.search(text, window, endpoint.start)
    if adjacent is not None:
        return direction_of(adjacent.group("verb"), lexicon)
    clause_start = _clause_start(text, endpoint)
    transitive = {direction_of(found.group("verb"), lexicon)
                  for found in words.verb_then_object.finditer(text, clause_start, endpoint.start)}
    if len(transitive) == 1:
        return transitive.pop()
    directions = _directions_before(text, endpoint, lexicon)
    return directions.pop() if len(directions) == 1 else None


def _verb_after(text: str, start: Mention, end: Mention, words: _Words, lexicon: Lexicon) -> str | None:
    """ "von 25 auf 18 Prozent abgesackt": where the verb comes last, a change verb a few words after the
    end; only when no change word stands before the start in its clause."""
    if _directions_before(text, start, lexicon):
        return None
    found = words.then_verb.match(text, end.end)
    return direction_of(found.group("verb"), lexicon) if found else None


def _directions_before(text: str, endpoint: Mention, lexicon: Lexicon) -> set[str | None]:
    """The directions of the change words in the endpoint's clause before it."""
    clause = text[_clause_start(text, endpoint):endpoint.start]
    return {direction_of(word, lexicon) for word in LETTER_RUN.findall(clause) if folded(word) in lexicon.change_words}


def _clause_start(text: str, endpoint: Mention) -> int:
    reach = max(0, endpoint.start - 2 * DIRECTION_REACH)
    return max(reach, *(text.rfind(mark, reach, endpoint.start) + 1 for mark in ",;:"))


def amount_change_statements(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                             lexicon: Lexicon) -> list[Statement]:
    """ "rose $2bn, or 20%, to $12bn", "fell by £30m, or 25%, to £90m": a change stated as an amount and
    a percent, with the level it reached (the start is the level less the amount)."""
    words = _words(lexicon)
    found = []
    for index in range(len(mentions) - 2):
        first, second, end = mentions[index:index + 3]
        roles = _amount_then_percent(text, first, second, end, words, lexicon) or \
            _percent_then_amount(text, first, second, end, words, lexicon)
        if roles is not None:
            amount, change, direction = roles
            found.append(Statement("change_by", doc, {
                "amount": claims[index + amount].id, "change": claims[index + change].id,
                "end": claims[index + 2].id, "direction": direction}))
    return found


def _amount_then_percent(text: str, amount: Mention, percent: Mention, end: Mention, words: _Words,
                         lexicon: Lexicon) -> tuple[int, int, str] | None:
    """ "rose $2bn, or 20%, to $12bn": where the amount and the percent stand (0 or 1), the direction."""
    if amount.kind not in LEVELS or end.kind != amount.kind or end.unit != amount.unit or percent.unit != "percent":
        return None
    if not (words.noun_then_restating.fullmatch(text, amount.end, percent.start)
            and words.then_to.fullmatch(text, percent.end, end.start)):
        return None
    direction = direction_near(text, amount.start, amount.end, lexicon, window=DIRECTION_REACH, after=False)
    return (0, 1, direction) if direction is not None else None


def _percent_then_amount(text: str, percent: Mention, amount: Mention, end: Mention, words: _Words,
                         lexicon: Lexicon) -> tuple[int, int, str] | None:
    """ "rose by 50%, up 8,000 to 10,000": the percent, then a change word with the amount and the level."""
    if percent.unit != "percent" or percent.kind != "change" or amount.kind not in LEVELS or \
            end.kind != amount.kind or end.unit != amount.unit:
        return None
    verb = words.then_change_word.fullmatch(text, percent.end, amount.start)
    if verb is None or not words.then_to.fullmatch(text, amount.end, end.start):
        return None
    direction = direction_of(verb.group("verb"), lexicon)
    return (1, 0, direction) if direction in {"up", "down"} else None


def multiple_statements(text: str, doc: str, mentions: list[Mention], claims: list[Claim],
                        lexicon: Lexicon) -> list[Statement]:
    """ "quadrupled, a 300% increase", "cut fivefold, or by 80%": a multiple and the percent restating it."""
    restating = _words(lexicon).restating_multiple
    found = []
    for first, second in zip(range(len(mentions)), range(1, len(mentions)), strict=False):
        pair = mentions[first], mentions[second]
        if {m.kind for m in pair} != {"change"} or {m.unit for m in pair} != {"fold", "percent"}:
            continue
        if restating.fullmatch(text, pair[0].end, pair[1].start):
            multiple, percent = (first, second) if pair[0].unit == "fold" else (second, first)
            found.append(Statement("multiple", doc, {"multiple": claims[multiple].id, "percent": claims[percent].id}))
    return found


def _from_to(text: str, mentions: list[Mention], index: int, words: _Words, lexicon: Lexicon) -> dict | None:
    """Endpoints at `index` and the next mention ("from A to B"), with the change stated after or before."""
    start, end = mentions[index], mentions[index + 1]
    joined = start.change_pair and end.change_pair
    if not joined and not _dated_endpoints(text, start, end, words, lexicon):
        return None
    roles = {"start": index, "end": index + 1}
    change = _change_after(text, mentions, index + 1, words) or _change_before(text, mentions, index, words)
    if change is not None:
        roles["change"] = change
    return roles


def _dated_endpoints(text: str, start: Mention, end: Mention, words: _Words, lexicon: Lexicon) -> bool:
    """ "rose from 8 million in 2022 to 10 million in 2024", "to fall from 5% in 2004 to 4.25%": a period
    between the endpoints."""
    if start.kind not in LEVELS | {"share"} or end.kind != start.kind or end.unit != start.unit:
        return False
    return bool(words.from_before.search(text, max(0, start.start - 12), start.start)) and \
        bool(words.dated_to.fullmatch(text, start.end, end.start)) and \
        bool(direction_near(text, start.start, start.end, lexicon, window=DIRECTION_REACH, after=False))


def _change_after(text: str, mentions: list[Mention], end_index: int, words: _Words) -> int | None:
    """The first change after the endpoints ("..., a 20% increase"), or a bare percent right after them
    (", or 25%"); none past a dash or semicolon that opens another clause ("sank von 1,40 auf 0,60 Euro –
    der Gewinn soll verdoppelt werden")."""
    for at in range(end_index + 1, len(mentions)):
        mention = mentions[at]
        if _CLAUSE_BREAK.search(text, mentions[end_index].end, mention.start):
            return None
        if mention.kind == "change" and mention.unit in CHANGES:
            return at
        if at == end_index + 1 and mention.unit == "percent" and \
                words.restating.fullmatch(text, mentions[end_index].end, mention.start):
            return at
    return None


def _change_before(text: str, mentions: list[Mention], start_index: int, words: _Words) -> int | None:
    """ "rose 50% from $10bn to $12bn": the change right before the "from" of its endpoints."""
    if start_index == 0:
        return None
    change = mentions[start_index - 1]
    if change.kind != "change" or change.unit not in CHANGES:
        return None
    return start_index - 1 if words.only_from.fullmatch(text, change.end, mentions[start_index].start) else None


def _change_to_from(text: str, mentions: list[Mention], index: int, words: _Words) -> dict | None:
    """ "rose 50% to $12bn from $10bn": the change, the level it reached, then where it started."""
    if index + 2 >= len(mentions):
        return None
    change, end, start = mentions[index], mentions[index + 1], mentions[index + 2]
    if change.kind != "change" or change.unit not in CHANGES or end.kind not in LEVELS or \
            start.kind != end.kind or start.unit != end.unit:
        return None
    if words.only_to.fullmatch(text, change.end, end.start) and \
            words.noun_then_from.fullmatch(text, end.end, start.start):
        return {"change": index, "end": index + 1, "start": index + 2}
    return None


class _Words:
    """The lexicon's "from" and "to" as the patterns above need them."""

    def __init__(self, lexicon: Lexicon):
        words = mention_patterns(lexicon).range_words
        from_words = _either(words["from"]) or "(?!)"
        to_words = _either([*words["to"], *words["change_to"]]) or "(?!)"
        self.from_before = re.compile(rf"(?<![^\W\d_])(?:{from_words})\s{{1,3}}$", re.IGNORECASE)
        # "from", and after a level reached "compared with" ("jumped to 2.4 million, compared with 474,000")
        start_words = _either([*words["from"], *lexicon.change_start_links]) or "(?!)"
        self.only_from = re.compile(rf"\s{{0,3}},?\s{{0,3}}(?:{start_words})\s{{1,3}}", re.IGNORECASE)
        self._verbs(lexicon, from_words, to_words)
        # "doubled to 36 ships from 13", "to 300 cars in March from 250": the counted noun, a period
        self.noun_then_from = re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,4}}{self.only_from.pattern}",
                                         re.IGNORECASE)
        self.only_to = re.compile(rf"\s{{1,3}}(?:{to_words})\s{{1,3}}", re.IGNORECASE)
        # "20%, to $12bn", "18%, at 1115 pence": before the level a change reached
        level_words = _either([*words["to"], *words["change_to"], *lexicon.level_links]) or "(?!)"
        self.then_to = re.compile(rf"\s{{0,3}},?\s{{0,3}}(?:{level_words})\s{{1,3}}", re.IGNORECASE)
        # " in 2022 to ", " last year to ": a year or a period's noun, and a word or two before it
        self.dated_to = re.compile(rf"\s{{1,3}}(?:[^\W\d_]{{1,12}}\s{{1,3}}){{0,2}}(?:(?:1[89]|20)\d\d|"
                                   rf"{_either(time_words(lexicon, 'period_nouns'))})\s{{1,3}}(?:{to_words})\s{{1,3}}",
                                   re.IGNORECASE)
        or_words = _either(words["or"]) or "(?!)"
        self.restating = re.compile(rf"\s{{0,3}},\s{{0,3}}(?:(?:{or_words})\s{{1,3}})?", re.IGNORECASE)  # ", or 25%"
        # "rose 64 pence, or 16%": the counted noun, then the restating percent
        self.noun_then_restating = re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,2}}{self.restating.pattern}",
                                              re.IGNORECASE)
        links = _either(lexicon.restatement_links) or "(?!)"
        particles = _either(lexicon.restatement_particles) or "(?!)"
        self.restating_multiple = re.compile(rf"(?<!\s)\s{{0,3}}[,(—–-]\s{{0,3}}(?:(?:{links})\s{{1,3}}){{0,2}}"
                                             rf"(?:[^\W\d_]+\s{{1,3}}(?:{particles})\s{{1,3}}|(?:{particles})\s{{1,3}})?",
                                             re.IGNORECASE)


    def _verbs(self, lexicon: Lexicon, from_words: str, to_words: str) -> None:
        verbs = alternation([*lexicon.change_up, *lexicon.change_down])
        # "fell from", "cut its 2005 growth forecast for the German economy from": a change verb, up to ten
        # words, then "from"
        self.verb_then_from = re.compile(rf"(?P<verb>{verbs})(?:\s{{1,3}}[^\W_][\w'’-]{{0,20}}){{0,10}}"
                                         rf"\s{{1,3}}(?:{from_words})\s{{1,3}}$", re.IGNORECASE)
        # "cut its growth forecast", "stieg der Anteil": a change word taking an object is the verb
        determiners = _either(sorted(lexicon.noun_determiners)) or "(?!)"
        self.verb_then_object = re.compile(rf"(?<![^\W\d_])(?P<verb>{verbs})\s{{1,3}}(?:{determiners})(?![^\W\d_])",
                                           re.IGNORECASE)
        # "fell from", "rose to": a change verb right before the endpoint's "from" or "to"
        self.verb_at_once = re.compile(rf"(?P<verb>{verbs})\s{{1,3}}(?:{from_words}|{to_words})\s{{1,3}}$",
                                       re.IGNORECASE)
        # "von 25 auf 18 Prozent abgesackt": up to three words after the end, then the change verb
        self.then_verb = re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,3}}?\s{{1,3}}(?P<verb>{verbs})"
                                    r"(?=[\s.,;:!?)]|$)", re.IGNORECASE)
        self.verb_then_to = re.compile(rf"(?P<verb>{verbs})(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,5}}"
                                       rf"\s{{1,3}}(?:{to_words})\s{{1,3}}$", re.IGNORECASE)
        # "5.4%, up from 5.1%", "1.6%, after a year of contraction, down from an earlier estimate of 1.7%"
        self.comma_then_verb_from = re.compile(
            rf"[^.;,]{{0,40}},(?:[^.;,]{{1,80}},)?\s{{0,3}}(?P<verb>{verbs})\s{{1,3}}(?:{from_words})"
            rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,4}}\s{{1,3}}", re.IGNORECASE)
        # "50%, up 8,000 to 10,000": after a percent, a comma and a change word before the amount
        by_words = _either(lexicon.by_words) or "(?!)"
        self.then_change_word = re.compile(rf"\s{{0,3}},\s{{0,3}}(?P<verb>{verbs})\s{{1,3}}"
                                           rf"(?:(?:{by_words})\s{{1,3}})?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _words(lexicon: Lexicon) -> _Words:
    return _Words(lexicon)


def _either(words: list[str]) -> str:
    return "|".join(r"\s{1,3}".join(map(re.escape, word.split())) for word in sorted(words, key=len, reverse=True)
                    if word.strip() and word.strip() not in {"-", "–", "—", "~"})
