"""Coverage-guided fuzzing of ingest → segment → extract → rules with atheris (libFuzzer).

    .venv/bin/pip install -e ".[fuzz]"
    mkdir -p /tmp/factcheck-fuzz
    .venv/bin/python fuzz/fuzz_extract.py /tmp/factcheck-fuzz claims/kazakhstan \
        -max_total_time=300 -max_len=4096 -timeout=10

The first byte picks the route: raw bytes through `decode` and front matter (an `InputError`
is the expected answer to bad bytes), or text straight into `Checker.check_text` in one of
our languages. Any other exception, a span that does not quote the text, or an input slower
than `-timeout` seconds is a finding; libFuzzer writes it to `crash-*` / `timeout-*`.
"""

import sys

import atheris

with atheris.instrument_imports(include=["factcheck"]):
    from factcheck.engine import Checker
    from factcheck.errors import InputError
    from factcheck.ingest import decode, document_from_text

LANGUAGES = ["en", "de", "ru", "kk"]
CHECKER = Checker(strict=True)


def check_spans(text: str, report) -> None:
    for claim in report.claims:
        if text[claim.span.start:claim.span.end] != claim.text:
            raise AssertionError(f"span {claim.span} does not quote {claim.text!r}")
    report.to_json()


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    route = provider.ConsumeIntInRange(0, 3)
    if route == 0:
        raw = provider.ConsumeBytes(provider.remaining_bytes())
        try:
            document = document_from_text(decode(raw, "fuzz.md"), path="fuzz.md",
                                          is_html=raw.lstrip().startswith(b"<"))
        except InputError:
            return
        check_spans(document.text, CHECKER.check_documents([document]))
        return
    language = LANGUAGES[provider.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    try:
        report = CHECKER.check_text(text, language=language, published="2024-06-01")
    except InputError as error:  # text can open with front matter, and that can be malformed
        if "\n" in str(error):
            raise AssertionError(f"an error message spans lines: {error!s}") from error
        return
    check_spans(text, report)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
