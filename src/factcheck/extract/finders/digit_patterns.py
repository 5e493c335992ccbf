"""The pattern of numbers written in digits: "12,5", "1.731", "USD4.5m", "5km", "41C", ".312"."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.finders.currency_signs import iso_codes, lettered_signs
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.text_words import alternation, folded


@lru_cache(maxsize=None)  # also asked for each number with a unit glued to it
def glued_units(lexicon: Lexicon) -> tuple[str, ...]:
    """Unit abbreviations written right after the digits: "5km", "10kg", "500Km", "2GB", "41C"."""
    scales = {folded(word) for word in lexicon.scale_words}
    return tuple(unit for unit in lexicon.units if unit.isascii() and (2 <= len(unit) <= 4 or glued_only(unit))
                 and unit[:1].isalpha() and folded(unit) not in scales)


def glued_only(unit: str) -> bool:
    """A unit of one capital letter ("41C", "104F") is read only glued to the digits, as written:
    "grade 4 C", "vitamin C" and "5c" are no temperatures."""
    return len(unit) == 1 and unit.isupper()


# "batted .312", "rose .05 per cent": a decimal point alone before the digits opens the number
LEADING_DECIMAL = r"|(?<=(?<![\w.,])\.\d)"


VULGAR_GLYPHS = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘"


def digits_pattern(lexicon: Lexicon, attached: str) -> str:
    """Digits with the language's thousands and decimal marks: "12,5", "1.731", "120 000"."""
    glued = alternation([u for u in glued_units(lexicon) if not glued_only(u)], word=False)
    letters = "".join(u for u in glued_units(lexicon) if glued_only(u))
    letter = f"|[{letters}]" if letters else ""
    suffix = rf"(?:(?P<attached>{attached})|(?P<glued>(?i:{glued}){letter}))?"
    # The first digit opens the pattern and what may not stand before the number is looked behind
    # it: a pattern opening with a digit lets the engine skip in C to the digits (2.5 times faster
    # than one opening with the lookbehinds). So the digit counts below leave out the first digit.
    # "USD4.5m", "$US12.7m", "RM1,850": an ISO currency code, or a sign ending in a letter, may touch the digits.
    glued_code = rf"|(?<=(?<![\w])(?:{alternation(iso_codes(lexicon), word=False)})\d)" if iso_codes(lexicon) else ""
    glued_code += "".join(rf"|(?<={re.escape(sign)}\d)" for sign in lettered_signs(lexicon))
    # "COVID-19", "F-16", "Ту-154", "Салют-7" are names; "sub-20 millisecond" is under 20
    glued_qualifiers = "".join(rf"|(?<={re.escape(q)}\d)" for group in lexicon.qualifiers.values()
                               for q in group if q.endswith("-"))
    glued_qualifiers += "".join(rf"|(?<=(?i:{re.escape(word)})-\d)" for word in lexicon.minus_words)  # "minus-3"
    if lexicon.decimal_marks == (".",):
        glued_code += LEADING_DECIMAL
    first_digit = rf"\d(?:(?<![\w.,/:]\d){glued_code})(?:(?<![^\W\d_]-\d){glued_qualifiers})"
    grouped = "|".join(rf"\d{{0,2}}(?:{re.escape(mark)}\d{{3}})+" for mark in lexicon.thousands_marks)
    decimal = "".join(re.escape(mark) for mark in lexicon.decimal_marks)
    # "fell 3.5pc", "rose 64p": a percent word or currency glued to the digits, read by the unit after them
    glued_words = [*lexicon.percent_as_written, *lexicon.glued_currencies]
    glued_word = rf"|(?=(?:{alternation(glued_words, word=False)})(?![\w]))" if glued_words else ""
    glued_word += f"|(?=[{VULGAR_GLYPHS}])"  # "2½ years": the fraction is added to the whole (decimals.py)
    if lexicon.decimal_marks == (".",) and lexicon.thousands_marks == (",",):
        return (rf"{first_digit}(?:{grouped}|\d*)(?:[{decimal}]\d+)?"
                rf"(?:{suffix}(?![\w@]|/\d|\.\d){glued_word})")
    # Elsewhere a dot or comma followed by a digit never ends a number: German "3.2" is no number at all.
    # Nowhere does "/digit" follow an amount: "24/7", "12/05/2024" are no amounts (scores are found first).
    return (rf"{first_digit}(?:{grouped}|\d*)(?:[{decimal}]\d+)?"
            rf"(?:{suffix}(?![\w@]|[.,/]\d){glued_word})")
