"""Language of a text by its script and the marks each lexicon declares in its [detection] section.

langdetect has no Kazakh (it answers Russian), so a script heuristic is the better default. Pages
mix languages (a Russian quote in a Kazakh article, an English abstract above a German text), so
paragraphs are detected one by one, each falling back to the document's language when unclear.

A language is told from the others of its script by its own letters (Kazakh "әғқ", German "äöü")
and its commonest function words; the script's default language (English, Russian) is what is left
when no other shows enough of either. No word of any language is written here: adding a language
is adding its lexicon.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

import attrs

# The letters every language of a script shares; a lexicon adds its own ("ә", "ä") to its script's.
# The first script is the one a text without letters of any other is written in.
SCRIPTS = {"latin": "A-Za-z", "cyrillic": "а-яёА-ЯЁ"}
MIN_PARAGRAPH_LETTERS = 40  # below this a paragraph says too little to overrule its document
MIN_MARK_WORDS = 3  # a paragraph overrules its document's language with at least this many mark words


@attrs.frozen
class Profile:
    """How one language is recognised: the lexicon's [detection] section."""

    language: str
    script: str
    letters: str = ""  # letters of its script that only it writes (among the languages we read)
    marks: tuple[str, ...] = ()  # its commonest function words
    min_letters: int = 0  # fewer of its letters and marks than this never make a text this language
    letters_one_in: int = 0  # at least one of its letters per this many letters of the script
    script_default: bool = False  # what a text of its script is when no other language shows enough


@attrs.frozen(eq=False)
class _Script:
    """A script's languages with the patterns that count their evidence in one scan each."""

    name: str
    profiles: tuple[Profile, ...]
    default: str
    letters: re.Pattern  # runs of any letter of the script
    core: re.Pattern  # runs of the letters all its languages share
    own_letters: dict[str, re.Pattern]  # a language's own letters, for those that have any
    marks: re.Pattern  # any language's mark word
    mark_sets: dict[str, frozenset[str]]


@attrs.frozen(eq=False)
class _Detector:
    profiles: dict[str, Profile]
    scripts: tuple[_Script, ...]
    any_letter: dict[str, re.Pattern]  # one letter of the script, to find whether it is there at all


def detect_language(text: str, sample: int = 20_000, prefer: str | None = None) -> str:
    """The text's language; `prefer`, a language that wins a tie (a paragraph's document's)."""
    head = text[:sample]
    return _language_in(_script_of(head), head, prefer)


def _script_of(text: str) -> _Script:
    """The script with most letters; the first when no letter of another is there (the common case)."""
    detector = _detector()
    first, *others = detector.scripts
    present = [script for script in others if detector.any_letter[script.name].search(text)]
    if not present:
        return first
    counts = {script.name: _letters(script.letters, text) for script in (first, *present)}
    return max((first, *present), key=lambda script: counts[script.name])  # ties: the first


def _language_in(script: _Script, text: str, prefer: str | None = None) -> str:
    """The language of the script whose letters and mark words the text shows most, if enough.

    A tie goes to the preferred language, else to the script's default, else to the language that
    shows more of its letters: a sentence whose only mark is the "і" Kazakh and Ukrainian share is
    Ukrainian, for Kazakh would show some of its eight other letters.
    """
    scores = _scores(script, text)
    best = max(script.profiles, key=lambda profile: (scores[profile.language], profile.language == prefer,
                                                     profile.script_default, _letters_shown(profile, text)))
    if best.script_default:
        return best.language
    score = scores[best.language]
    enough = score >= best.min_letters and score > 0
    if best.letters_one_in:
        enough = enough and score * best.letters_one_in >= _letters(script.core, text)
    return best.language if enough else script.default


def _scores(script: _Script, text: str) -> dict[str, int]:
    """Each language's own letters plus its mark words, counted from one scan for all the mark words.

    A letter inside a mark word ("ü" of "für") is one mark, not two.
    """
    words = Counter(script.marks.findall(text)) if script.mark_sets else Counter()
    scores = {}
    for profile in script.profiles:
        letters = _letters(script.own_letters[profile.language], text) if profile.letters else 0
        in_marks = sum(words[word] * sum(map(profile.letters.__contains__, word)) for word in profile.marks)
        scores[profile.language] = letters - in_marks + sum(map(words.__getitem__, profile.marks))
    return scores


def _letters_shown(profile: Profile, text: str) -> float:
    """The share of the language's own letters the text holds at least once."""
    if not profile.letters:
        return 0.0
    return sum(letter in text or bool(_capital(letter)) and _capital(letter) in text
               for letter in profile.letters) / len(profile.letters)


def _letters(pattern: re.Pattern, text: str) -> int:
    """Letters counted by the lengths of their runs: twice as fast as one match per letter."""
    return sum(map(len, pattern.findall(text)))


def detect_paragraph_language(text: str, document_language: str, letter_runs: Collection[str] | None = None) -> str:
    """The paragraph's language when it clearly differs from its document's, else the document's.

    Another script decides at once (a Cyrillic paragraph in an English page). Within one script a
    language known by its mark words needs at least three and twice as many as the document's
    language has (a name such as "Müller" alone does not make English German); one known only by its
    letters needs them; the script's default needs a long paragraph without the document's letters.

    `letter_runs`, the paragraph's runs of letters as written, when the caller has them at hand: a
    paragraph holding no mark word of another language among them needs no scan for them.
    """
    detector = _detector()
    document = detector.profiles.get(document_language)
    if len(text) < MIN_PARAGRAPH_LETTERS or document is None:
        return document_language
    if _clearly_the_document_language(text, document, letter_runs):
        return document_language
    letters = sum(_letters(script.letters, text) for script in detector.scripts)
    if letters < MIN_PARAGRAPH_LETTERS:
        return document_language
    detected = detector.profiles[detect_language(text, prefer=document_language)]
    if detected.script != document.script:
        return detected.language
    if detected == document:
        return document_language
    if detected.marks:
        own, theirs = (len(_mark_pattern(profile).findall(text)) for profile in (detected, document))
        return detected.language if own >= MIN_MARK_WORDS and own >= 2 * theirs else document_language
    if detected.letters:
        return detected.language
    # The default of the script: Kazakh text may go a sentence without a Kazakh-only letter.
    document_letters = _script_named(document.script).own_letters.get(document.language)
    if document_letters is not None and document_letters.search(text):
        return document_language
    return detected.language if letters >= 2 * MIN_PARAGRAPH_LETTERS else document_language


def _clearly_the_document_language(text: str, document: Profile, letter_runs: Collection[str] | None) -> bool:
    """The common case, decided without a full detection: no letter of another script, and every
    other language of the script is known by mark words the paragraph holds fewer than three of, or
    by letters it holds none of."""
    detector = _detector()
    if any(detector.any_letter[script.name].search(text) for script in detector.scripts
           if script.name != document.script):
        return False
    ascii_only = text.isascii()  # most English paragraphs: none of Latin-script Kazakh's "ǵ", "ı"...
    script = _script_named(document.script)
    for profile in script.profiles:
        if profile == document:
            continue
        if not profile.marks:
            if profile.letters and (ascii_only and not _has_ascii(profile.letters)
                                    or not script.own_letters[profile.language].search(text)):
                continue  # Latin-script Kazakh, known by its letters alone, shows none
            return False
        marks = script.mark_sets[profile.language]
        if letter_runs is not None and marks.isdisjoint(letter_runs):
            continue
        if len(_mark_pattern(profile).findall(text)) >= MIN_MARK_WORDS:
            return False
    return True


def _has_ascii(letters: str) -> bool:
    return any(map(str.isascii, letters))


def _script_named(name: str) -> _Script:
    return next(script for script in _detector().scripts if script.name == name)


@lru_cache(maxsize=None)
def _mark_pattern(profile: Profile) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, profile.marks))})\b" if profile.marks else "(?!)")


@lru_cache(maxsize=1)
def _detector() -> _Detector:
    from factcheck.extract.lexicon import available_languages, load_lexicon  # the lexicons import extraction

    profiles = {language: profile for language in available_languages()
                if (profile := load_lexicon(language).detection) is not None}
    scripts = tuple(_script(name, core, [p for p in profiles.values() if p.script == name])
                    for name, core in SCRIPTS.items())
    any_letter = {script.name: re.compile(script.letters.pattern[:-1]) for script in scripts}
    return _Detector(profiles=profiles, scripts=scripts, any_letter=any_letter)


def _script(name: str, core: str, profiles: list[Profile]) -> _Script:
    own = "".join(sorted({letter for profile in profiles for letter in _both_cases(profile.letters)}))
    defaults = [profile.language for profile in profiles if profile.script_default]
    marks = sorted({word for profile in profiles for word in profile.marks}, key=lambda w: (-len(w), w))
    return _Script(
        name=name, profiles=tuple(sorted(profiles, key=lambda p: p.language)),
        default=defaults[0] if defaults else (profiles[0].language if profiles else ""),
        letters=re.compile(f"[{core}{re.escape(own)}]+"), core=re.compile(f"[{core}]+"),
        own_letters={p.language: re.compile(f"[{re.escape(_both_cases(p.letters))}]+") for p in profiles if p.letters},
        marks=re.compile(rf"\b(?:{'|'.join(map(re.escape, marks))})\b" if marks else "(?!)"),
        mark_sets={p.language: frozenset(p.marks) for p in profiles if p.marks})


def _both_cases(letters: str) -> str:
    return letters + "".join(upper for upper in map(_capital, letters) if upper not in letters)


def _capital(letter: str) -> str:
    """The letter's capital when it is a letter of its own: not "SS" of "ß", not the plain "I" of "ı"."""
    upper = letter.upper()
    return upper if len(upper) == 1 and not upper.isascii() else ""
