"""How currencies are written next to an amount: ISO codes ("USD 5", "20 usd", "USD4.5m") and signs
that end in a letter ("$US12.7m", "RM1,850")."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation


def lettered_signs(lexicon: Lexicon) -> list[str]:
    """ "$US", "$A", "RM": currency signs ending in a letter, which touch the digits they stand before."""
    return sorted(sign for sign in lexicon.currency_symbols if sign[-1:].isalpha())


def iso_codes(lexicon: Lexicon) -> list[str]:
    """ "KZT 25 million": the ISO codes of the known currencies, written before the amount."""
    return sorted({code for code in lexicon.currency_names.values() if re.fullmatch(r"[A-Z]{3}", code)})


def codes_in_any_case(lexicon: Lexicon) -> str:
    """ISO codes after an amount, in any case ("20 usd"), but those whose lower case is a word of the
    language ("try" of "one try") only as written, in capitals."""
    words = {word.upper() for word in lexicon.code_words}
    codes = iso_codes(lexicon)
    free = [code for code in codes if code not in words]
    return f"(?i:{alternation(free, word=False)})|{alternation([c for c in codes if c in words], word=False)}"
