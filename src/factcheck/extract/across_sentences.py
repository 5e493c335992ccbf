"""Relations a text states over two sentences: "Ferry crossings fell by 45% last year. They went from
8,000 to 6,000."

The second sentence gives a change's endpoints and no change, and opens with a word that carries on
from the first (the lexicon's `[change] carried_by`: "They", "It", "The figure"); the first gives
one change no relation of its own uses, of the same measure when the endpoints name one. The change
then belongs to the endpoints, as if one sentence had stated all three.
"""

from __future__ import annotations

from factcheck.extract.change_statements import CHANGES
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import folded
from factcheck.model import Claim, Statement


def changes_across_sentences(claims: list[Claim], statements: list[Statement], lexicon: Lexicon) -> list[Statement]:
    """`statements`, each change without a stated change given the one the sentence before states."""
    if not lexicon.change_carried_by:
        return statements
    by_id = {claim.id: claim for claim in claims}
    used = {claim_id for statement in statements for _, claim_id in statement.roles}
    lone: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "change" and claim.quantity.unit in CHANGES and claim.direction and claim.id not in used:
            lone.setdefault(claim.sentence_index, []).append(claim)
    return [_with_change_before(statement, by_id, lone, lexicon) for statement in statements]


def _with_change_before(statement: Statement, by_id: dict[str, Claim], lone: dict[int, list[Claim]],
                        lexicon: Lexicon) -> Statement:
    if statement.kind != "change" or statement.role("change") or statement.role("start") not in by_id:
        return statement
    start = by_id[statement.role("start")]
    before = lone.get(start.sentence_index - 1, [])
    if len(before) != 1 or not _carries_on(start.sentence, lexicon):
        return statement
    change = before[0]
    if start.measure and change.measure and start.measure != change.measure:
        return statement
    roles = {role: claim_id for role, claim_id in statement.roles if role != "direction"}
    return Statement("change", statement.document, {**roles, "change": change.id})


def _carries_on(sentence: str, lexicon: Lexicon) -> bool:
    opening = folded(sentence.lstrip())
    return any(opening.startswith(word + " ") for word in lexicon.change_carried_by)
