"""Every regular expression in factcheck, timed on adversarial inputs: is any of them super-linear?

    python -m bench regex_bound [--sizes 1000,10000,100000] [--verbose]

Patterns are collected, not listed by hand: module-level compiled patterns of every
`factcheck` module, plus every pattern the pipeline compiles while checking the bundled corpus
(lexicon-built ones such as `mention_patterns` and `phrase_pattern`, and inline `re.search(...)`
calls), each named by the module and line that compiled it.

Inputs are matched to each pattern's alphabet: long runs of every character the pattern names
(digits, separators, spaces, letters, the characters of its literal words), of pairs of them and
of its literal words, each with and without a character that no pattern expects at the end. A
pattern is timed the way the pipeline uses it: `finditer` over the whole text (the same work as a
`search` that finds nothing), except patterns that the source only ever calls with `.match(` or
`.fullmatch(` at a given position, which are timed with `match` at the start of the text.

The bound printed at the end is the worst time per character at each size; a linear pattern keeps
it flat as the input grows a hundredfold.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

SIZES = (1_000, 10_000, 100_000)
GIVE_UP_SECONDS = 2.0  # a single finditer slower than this at a mid size is already a failure
# Per-character time may wobble with the machine's load; a quadratic pattern's grows as much as
# the input does. Flag growth beyond this share of the size ratio (and never below 4x).
SUPER_LINEAR_SHARE = 0.6
# Timed one size after the other, growth beyond this share of the limit is only a suspicion: low
# enough that a host at half speed during the small inputs cannot hide a quadratic pattern.
SCREEN_SHARE = 0.35
CATEGORY_SAMPLES = {"CATEGORY_DIGIT": "7", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ",
                    "CATEGORY_NOT_SPACE": "a", "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-"}
ALWAYS = ("1", "a", "A", "я", " ", ".", ",", "-", "\n", "1,", "1.", "1 ", "a ", "a.", "a1", "1a", "12,345 ", "A. ",
          "-A", "a-", "-1", "1-", " A")
UNEXPECTED = "\u2603"


# ---------------------------------------------------------------- collecting the patterns

ANCHORED_CALL = re.compile(r"\.(?:match|fullmatch)\(")
ANY_CALL = re.compile(r"\.(match|fullmatch|search|finditer|findall|sub|subn|split)\(")


WINDOW = re.compile(r"max\(0,\s*\w+(?:\.\w+)?\s*-\s*\d+\)")  # text[max(0, start - 60):start]


def _call_lines(name: str) -> list[str]:
    """The source lines that call this pattern: the compiling line for inline ones, else every `NAME.method(`."""
    import factcheck

    if " " in name:
        module, line = name.split(" ")[0].rsplit(":", 1)
        source = Path(importlib.import_module(module).__file__).read_text(encoding="utf-8").splitlines()
        return [source[int(line) - 1]]
    attribute = name.rsplit(".", 1)[-1].split("[")[0]
    return [line for path in Path(factcheck.__file__).parent.rglob("*.py")
            for line in path.read_text(encoding="utf-8").splitlines()
            if re.search(rf"\b{re.escape(attribute)}\.\w+\(", line)]


def anchored_only(name: str) -> bool:
    """True when every call of this pattern in the source is a `match`/`fullmatch` at a position."""
    lines = _call_lines(name)
    return bool(lines) and all(re.search(r"\.(?:match|fullmatch)\(", line) for line in lines)


def windowed_only(name: str) -> bool:
    """True when every call runs on a window of fixed size before a position (`max(0, start - 60)`):
    its cost per call is bounded whatever the document, so growth on long inputs does not matter."""
    lines = _call_lines(name)
    return bool(lines) and all(WINDOW.search(line) for line in lines)


def collect_patterns(*, derived_lexicons: bool = True) -> dict[str, re.Pattern]:
    """Name → compiled pattern for every regular expression factcheck uses. Without
    `derived_lexicons`, the patterns of a lexicon transliterated from another are left out: they are
    that one's, spelled in other letters (the test suite's budget)."""
    import attrs

    import factcheck
    from factcheck.extract.lexicon import available_languages, is_derived, load_lexicon
    from factcheck.extract.mentions import mention_patterns
    from factcheck.extract.time import time_patterns

    patterns: dict[str, re.Pattern] = {}
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(factcheck.__path__, "factcheck.")]
    for module in modules:
        for name, value in sorted(vars(module).items()):
            for index, pattern in enumerate(_patterns_in(value)):
                suffix = f"[{index}]" if not isinstance(value, re.Pattern) else ""
                patterns.setdefault(f"{module.__name__}.{name}{suffix}", pattern)
    languages = [language for language in available_languages()
                 if derived_lexicons or not is_derived(language)]
    built_before: set[tuple[str, int]] = set()
    for language in languages:  # lexicon-built patterns, named by their builder
        lexicon = load_lexicon(language)
        for builder in (mention_patterns, time_patterns):
            built = builder(lexicon)
            for field in attrs.fields(type(built)):
                value = getattr(built, field.name)
                if isinstance(value, re.Pattern) and (value.pattern, value.flags) not in built_before:
                    built_before.add((value.pattern, value.flags))  # one language's is every language's
                    patterns[f"{builder.__name__}({language}).{field.name}"] = value
    known = {(p.pattern, p.flags) for p in patterns.values()}
    for name, pattern in _compiled_while_checking(modules).items():
        if (pattern.pattern, pattern.flags) not in known:
            known.add((pattern.pattern, pattern.flags))
            patterns[name] = pattern
    return patterns


def growth_limit(small: int, large: int) -> float:
    return max(4.0, SUPER_LINEAR_SHARE * large / small)


def _patterns_in(value) -> list[re.Pattern]:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if isinstance(item, re.Pattern)]
    return []


def _compiled_while_checking(modules) -> dict[str, re.Pattern]:
    """Run the pipeline on the bundled corpus with `re._compile` watched: who compiles what."""
    from factcheck.bundled import corpus_dir
    from factcheck.engine import Checker

    for module in modules:  # lexicon-built patterns are cached: build them afresh under watch
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    re.purge()
    seen: dict[str, re.Pattern] = {}
    original = re._compile

    def watched(pattern, flags):
        compiled = original(pattern, flags)
        caller = _factcheck_caller()
        if caller:
            seen.setdefault(f"{caller}#{len(seen)}", compiled)
        return compiled

    re._compile = watched
    try:
        checker = Checker()
        checker.check_paths([corpus_dir()])
        checker.check_text("By April 2024, 447 schools were connected; in May 2024, 256 schools.")
    finally:
        re._compile = original
    unique: dict[str, re.Pattern] = {}
    for name, compiled in seen.items():
        if all(compiled is not other for other in unique.values()):
            unique[name.split("#")[0] + f" {compiled.pattern[:40]!r}"] = compiled
    return unique


def _factcheck_caller() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("factcheck"):
            return f"{module}:{frame.f_lineno}"
        if module not in {"re", "functools", __name__}:
            return None
        frame = frame.f_back
    return None


# ---------------------------------------------------------------- adversarial inputs

def alphabet(pattern: re.Pattern) -> tuple[set[str], set[str]]:
    """The characters a pattern names, and its literal words (runs of two or more literals)."""
    import re._parser as parser  # noqa: PLC0415 - the only way to read a compiled pattern's parts

    characters: set[str] = set()
    words: set[str] = set()

    def walk(items) -> None:
        run = ""
        for op, argument in items:
            name = str(op)
            if name == "LITERAL":
                characters.add(chr(argument))
                run += chr(argument)
                continue
            if len(run) >= 2:
                words.add(run)
            run = ""
            if name == "IN":
                for inner_op, inner in argument:
                    inner_name = str(inner_op)
                    if inner_name == "LITERAL":
                        characters.add(chr(inner))
                    elif inner_name == "RANGE":
                        characters.update({chr(inner[0]), chr(inner[1])})
                    elif inner_name == "CATEGORY":
                        characters.add(CATEGORY_SAMPLES.get(str(inner), "a"))
            elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
                walk(argument[2])
            elif name == "SUBPATTERN":
                walk(argument[3])
            elif name in {"ASSERT", "ASSERT_NOT"}:
                walk(argument[1])
            elif name == "BRANCH":
                for branch in argument[1]:
                    walk(branch)
            elif name == "GROUPREF_EXISTS":
                walk(argument[1])
                if argument[2]:
                    walk(argument[2])
            elif name in {"NOT_LITERAL", "ANY"}:
                characters.add("a")
        if len(run) >= 2:
            words.add(run)

    walk(parser.parse(pattern.pattern, pattern.flags))
    return characters, words


def fragments(pattern: re.Pattern, *, max_words: int = 12, pairs: bool = True,
              max_characters: int | None = None) -> list[str]:
    """Short strings whose long repetition may make this pattern backtrack."""
    characters, words = alphabet(pattern)
    if max_characters is not None:  # keep the ones most likely to matter: digits, spaces, punctuation first
        characters = set(sorted(characters, key=lambda c: (c.isalpha(), c))[:max_characters])
        max_words = min(max_words, max_characters // 2)
    singles = sorted(characters | set(ALWAYS))
    picked_words = sorted(words, key=lambda w: (len(w), w))[:max_words]
    found = set(singles)
    found.update(word for word in picked_words)
    found.update(f"{word} " for word in picked_words)
    found.update(f"{word}1" for word in picked_words)
    pair_base = sorted(characters)[:16] if pairs else []
    found.update(a + b for a in pair_base for b in pair_base if a != b)
    return sorted(found)


def adversarial_inputs(pattern: re.Pattern, size: int, *, pairs: bool = True,
                       max_characters: int | None = None) -> list[tuple[str, str]]:
    inputs = []
    for fragment in fragments(pattern, pairs=pairs, max_characters=max_characters):
        body = (fragment * (size // len(fragment) + 1))[:size]
        inputs.append((fragment, body))
        inputs.append((fragment + UNEXPECTED, body[:-1] + UNEXPECTED))
    return inputs


# ---------------------------------------------------------------- timing

def seconds(pattern: re.Pattern, text: str, repeats: int = 1, *, anchored: bool = False) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        if anchored:
            pattern.match(text)
        else:
            for _match in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - started)
    return best


def seconds_per_input(pattern: re.Pattern, size: int, *, repeats: int = 1, anchored: bool = False,
                      pairs: bool = True, max_characters: int | None = None,
                      only: set[str] | None = None) -> dict[str, float]:
    """Time over each adversarial input of this size, by fragment; stops early when one is hopeless."""
    times = {}
    for fragment, text in adversarial_inputs(pattern, size, pairs=pairs, max_characters=max_characters):
        if only is not None and fragment not in only:
            continue
        times[fragment] = seconds(pattern, text, repeats, anchored=anchored)
        if times[fragment] > GIVE_UP_SECONDS:
            break
    return times


def growth(small: dict[str, float], large: dict[str, float], small_size: int, large_size: int) -> tuple[float, str]:
    """How much the per-character time of the same input grows from the small size to the large one.

    Timings below the floor are raised to it, so timer noise on a fast pattern cannot look like growth.
    """
    floor = 50e-6
    worst, worst_fragment = 0.0, ""
    for fragment, large_time in large.items():
        small_time = max(small.get(fragment, 0.0), floor)
        ratio = (max(large_time, floor * large_size / small_size) / large_size) / (small_time / small_size)
        if ratio > worst:
            worst, worst_fragment = ratio, fragment
    return worst, worst_fragment


def measure(pattern: re.Pattern, sizes: list[int], *, anchored: bool = False, pairs: bool = True,
            max_characters: int | None = None, repeats: int = 3) -> tuple[list[float], float, str]:
    """Worst µs/char at each size (fewer sizes when it already grew too much) and the worst growth."""
    options = {"anchored": anchored, "pairs": pairs, "max_characters": max_characters}
    per_size = [seconds_per_input(pattern, sizes[0], repeats=3, **options)]
    worst_growth, worst_fragment = 1.0, ""
    for index, size in enumerate(sizes[1:], start=1):
        # From the third size on, only the inputs that were slowest or grew most so far: a
        # pattern that backtracks shows it on those, and the largest inputs are expensive to time.
        only = _suspects(per_size[0], per_size[-1]) if index >= 2 else None
        per_size.append(seconds_per_input(pattern, size, repeats=repeats, only=only, **options))
        worst_growth, worst_fragment = growth(per_size[0], per_size[-1], sizes[0], size)
        if worst_growth > growth_limit(sizes[0], size):
            break  # a larger input would only take longer to say the same
    worst_us = [max(times.values()) / size * 1e6 for times, size in zip(per_size, sizes, strict=False)]
    return worst_us, worst_growth, worst_fragment


def _suspects(first: dict[str, float], latest: dict[str, float], keep: int = 8) -> set[str]:
    slowest = sorted(latest, key=latest.__getitem__, reverse=True)[:keep]
    growing = sorted(latest, key=lambda f: latest[f] / max(first.get(f, 0.0), 1e-6), reverse=True)[:keep]
    return set(slowest) | set(growing)


def interleaved_growth(pattern: re.Pattern, fragment: str, small_size: int, large_size: int, *,
                       anchored: bool = False, pairs: bool = True, max_characters: int | None = None,
                       rounds: int = 5) -> float:
    """Growth of one input's per-character time, the two sizes timed in turns.

    A shared host may slow the machine by half for a while; timed in turns, both sizes meet the
    same phases, so a change of speed between them can neither hide a quadratic pattern nor fake one.
    """
    options = {"pairs": pairs, "max_characters": max_characters}
    small_text = dict(adversarial_inputs(pattern, small_size, **options))[fragment]
    large_text = dict(adversarial_inputs(pattern, large_size, **options))[fragment]
    small = large = float("inf")
    for _ in range(rounds):
        small = min(small, seconds(pattern, small_text, anchored=anchored))
        large = min(large, seconds(pattern, large_text, anchored=anchored))
    return growth({fragment: small}, {fragment: large}, small_size, large_size)[0]


def judged(pattern: re.Pattern, sizes: list[int], *, anchored: bool = False, pairs: bool = True,
           max_characters: int | None = None, noticeable_us: float = 1.0,
           repeats: int = 3) -> tuple[list[float], float, str, bool]:
    """Worst µs/char per size, growth, its input, and whether the pattern is super-linear.

    The sizes are first timed one after the other, which only picks suspects (growth beyond
    SCREEN_SHARE of the limit); a suspect's verdict is taken on its worst input timed in turns.
    Below `noticeable_us` µs per character a ratio is mostly timer noise on a shared machine.
    """
    options = {"anchored": anchored, "pairs": pairs, "max_characters": max_characters}
    worst_us, grew, fragment = measure(pattern, sizes, repeats=repeats, **options)
    largest = sizes[len(worst_us) - 1]
    limit = growth_limit(sizes[0], largest)
    if grew <= SCREEN_SHARE * limit or worst_us[-1] <= noticeable_us:
        return worst_us, grew, fragment, False
    grew = interleaved_growth(pattern, fragment, sizes[0], largest, **options)
    return worst_us, grew, fragment, grew > limit


def super_linear(patterns: dict[str, re.Pattern], sizes: list[int], *, pairs: bool = True,
                 max_characters: int | None = None, noticeable_us: float = 1.0,
                 repeats: int = 3) -> dict[str, tuple[float, str]]:
    """Name → (growth, input) of the patterns whose per-character time grows beyond `growth_limit`."""
    found = {}
    for name, pattern in patterns.items():
        if windowed_only(name):
            continue
        _, grew, fragment, slow = judged(pattern, sizes, anchored=anchored_only(name), pairs=pairs,
                                         max_characters=max_characters, noticeable_us=noticeable_us,
                                         repeats=repeats)
        if slow:
            found[name] = (grew, fragment)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--verbose", action="store_true", help="one line per pattern, not only the slow ones")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    patterns = collect_patterns()
    print(f"{len(patterns)} patterns; sizes {', '.join(map(str, sizes))} characters; worst µs/char per size")
    overall = {size: 0.0 for size in sizes}
    failures = []
    windowed = []
    for name, pattern in sorted(patterns.items()):
        if windowed_only(name):
            windowed.append(name)
            continue
        anchored = anchored_only(name)
        worst_us, grew, fragment, slow = judged(pattern, sizes, anchored=anchored)
        for size, per_char in zip(sizes, worst_us, strict=False):
            overall[size] = max(overall[size], per_char)
        name = f"{name} (match)" if anchored else name
        if slow:
            failures.append(name)
        if args.verbose or slow:
            cells = "  ".join(f"{per_char:8.3f}" for per_char in worst_us)
            print(f"{'SUPER-LINEAR ' if slow else ''}{name}: {cells}  growth {grew:.1f}x on {fragment!r} repeated")
    if windowed:
        print(f"{len(windowed)} only ever run on a fixed window before a number (bounded per call): "
              + ", ".join(windowed))
    print("bound: worst µs/char " + ", ".join(f"{size}: {overall[size]:.3f}" for size in sizes))
    if failures:
        print(f"{len(failures)} super-linear: {', '.join(failures)}")
        return 1
    print(f"no pattern's per-character time grows more than {growth_limit(sizes[0], sizes[-1]):g}x from "
          f"{sizes[0]} to {sizes[-1]} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
