"""Files and strings to `Document`s: encodings, YAML front matter, HTML to visible text.

A document's `text` is always the file's text as read, so offsets in reports point into
the file. For HTML, markup is masked with spaces of the same length rather than removed.
"""

from __future__ import annotations

import re
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from factcheck.errors import InputError, processing
from factcheck.langdetect import detect_language
from factcheck.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
FRONT_MATTER_KEYS = {"title", "source", "url", "published", "language", "date", "author", "tags"}
# Larger files are refused with one line rather than read: a news article or report is well
# under 1 MB, extraction runs at roughly 0.1-0.2 MB/s of dense prose, and a file this size
# would take minutes. Reading stops at the limit, so a huge file never sits in memory.
MAX_FILE_BYTES = 16 * 1024 * 1024
# Legacy encodings of the languages we read (kz1048 is cp1251 with the Kazakh letters, so it
# decodes Russian identically); a guess outside this list is more often noise than text.
LEGACY_ENCODINGS = ("kz1048", "cp1252", "koi8_r", "iso8859_15")
TEXT_KEYS = ("title", "source", "url", "language")

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HTML_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
                             re.DOTALL | re.IGNORECASE)
# A tag ends at the first ">" and never holds a "<": with `[^>]*` a page of "<<<<" without any
# ">" made every "<" scan to the end of the file, which is quadratic.
_HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|"
                             r"nav|blockquote|pre|hr|title|dd|dt|figcaption)\b[^<>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]*>")
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_HTML_TITLE_OPEN = re.compile(r"<title\b[^<>]*>", re.IGNORECASE)
_HTML_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
_ENTITY_TEXT = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&apos;": "'", "&lt;": "<", "&gt;": ">",
                "&ndash;": "–", "&mdash;": "—", "&rsquo;": "’", "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”"}


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a detected legacy encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError("broken UTF-16 text", path=path, line=1, column=error.start + 1) from error
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", path=path, line=1, column=data.index(b"\x00") + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        guessed = None if _mostly_utf8(data) else _guess_legacy_encoding(data)
        if guessed is None:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            column = utf8_error.start - (data.rfind(b"\n", 0, utf8_error.start) + 1) + 1
            raise InputError(f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x}) and no other encoding fits",
                             path=path, line=line, column=column, expected="UTF-8 text") from utf8_error
        return guessed


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 file with damaged bytes, rather than a file in another encoding: it holds any well-formed
    UTF-8 sequence at all (a legacy encoding almost never forms one, so a "—" or "é" written as UTF-8
    beside a bad byte says the file is UTF-8 that was damaged). A mostly-ASCII file whose only high
    bytes are bad (a cp1252 "£" before a figure) stays a legacy file."""
    decoded = data.decode("utf-8", errors="replace")
    damaged = decoded.count("\ufffd")
    return sum(1 for character in decoded if ord(character) > 127) - damaged > 0


def _guess_legacy_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000], cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def parse_front_matter(text: str, path: str | None) -> tuple[dict, int]:
    """YAML front matter at the very top, as a dict, and the offset where the body starts."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    source = match.group(1) or ""
    try:
        meta = yaml.safe_load(source) or {}
    except yaml.YAMLError as error:
        line, column = _yaml_error_position(error, source)
        problem = getattr(error, "problem", None) or (str(error).splitlines() or ["malformed YAML"])[0]
        raise InputError(f"front matter is not valid YAML: {problem}", path=path, line=line, column=column) from error
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        # PyYAML builds dates and numbers itself: "published: 2024-02-30" raises ValueError.
        raise InputError(f"front matter value cannot be read: {error}", path=path, line=2, column=1) from error
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of keys to values", path=path, line=2, column=1,
                         expected="title:, source:, url:, published:, language:")
    for key in TEXT_KEYS:
        if meta.get(key) is not None and not isinstance(meta[key], (str, int, float)):
            line, column = _key_position(source, key)
            raise InputError(f"front matter '{key}' must be a single value, not {type(meta[key]).__name__}",
                             path=path, line=line, column=column, expected=f"{key}: text")
    return meta, match.end()


def _yaml_error_position(error: yaml.YAMLError, front_matter: str) -> tuple[int, int]:
    """Line and column in the file (front matter starts on line 2) of a PyYAML error."""
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        return mark.line + 2, mark.column + 1
    position = getattr(error, "position", None)  # ReaderError: a character YAML refuses
    if position is not None:
        before = front_matter[:position]
        return before.count("\n") + 2, position - (before.rfind("\n") + 1) + 1
    return 2, 1


def _key_position(front_matter: str, key: str) -> tuple[int, int]:
    """1-based line and column of a top-level key in the file (front matter starts on line 2)."""
    for number, line in enumerate(front_matter.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number, 1
    return 2, 1


def _published_date(value, path: str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(f"front matter 'published' is not a date: {type(value).__name__}", path=path, line=2,
                         column=1, expected="YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise InputError(f"front matter 'published' is not a date: {value[:40]!r}", path=path, line=2, column=1,
                         expected="YYYY-MM-DD") from error


def html_visible_text(html: str) -> tuple[str, str | None]:
    """Mask HTML markup with spaces (newlines for blocks) so offsets still map to the file."""
    title = _html_title(html)

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    def block(match: re.Match) -> str:
        return "\n" + " " * (len(match.group(0)) - 1)

    def entity(match: re.Match) -> str:
        token = match.group(0)
        shown = _ENTITY_TEXT.get(token.lower(), " ")
        return shown + " " * (len(token) - len(shown))

    text = _HTML_INVISIBLE.sub(blank, html)
    text = _HTML_BLOCK_TAG.sub(block, text)
    text = _HTML_TAG.sub(blank, text)
    text = _HTML_ENTITY.sub(entity, text)
    return text, title


def _html_title(html: str) -> str | None:
    opening = _HTML_TITLE_OPEN.search(html)
    closing = _HTML_TITLE_CLOSE.search(html, opening.end()) if opening else None
    return " ".join(html[opening.end():closing.start()].split()) if closing else None


def document_from_text(text: str, *, doc_id: str = "d1", path: str | None = None, published=None,
                       language: str | None = None, source: str | None = None, title: str | None = None,
                       url: str | None = None, is_html: bool = False) -> Document:
    notes: list[str] = []
    meta, body_start = parse_front_matter(text, path)
    unknown = sorted(set(map(str, meta)) - FRONT_MATTER_KEYS)
    if unknown:
        notes.append(f"front matter keys ignored: {', '.join(unknown)}")
    analysed = text
    if is_html:
        analysed, html_title = html_visible_text(text)
        title = title or html_title
    published_date = _published_date(published if published is not None else meta.get("published", meta.get("date")),
                                      path)
    declared_language = language or meta.get("language")
    return Document(
        id=doc_id,
        text=analysed,
        path=path,
        title=title or _text_or_none(meta.get("title")),
        source=source or _text_or_none(meta.get("source")),
        url=url or _text_or_none(meta.get("url")),
        published=published_date,
        language=str(declared_language) if declared_language else detect_language(analysed[body_start:]),
        body_start=body_start,
        notes=tuple(notes),
    )


def _text_or_none(value) -> str | None:
    return None if value is None else str(value)


def read_document(path: Path, doc_id: str, display_path: str | None = None) -> Document:
    shown = display_path or str(path)
    with processing(shown):
        text = decode(read_limited(path, shown), shown)
        if not text.strip():
            raise InputError("file is empty or only whitespace: nothing to check", path=shown, line=1, column=1)
        return document_from_text(text, doc_id=doc_id, path=shown, is_html=path.suffix.lower() in HTML_SUFFIXES)


def read_limited(path: Path, shown: str, limit: int | None = None) -> bytes:
    """The file's bytes, reading no more than the limit (a size from `stat` can lie: pipes, growing files)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    special = _special_kind(path)
    if special:  # opening a FIFO waits for a writer forever; a device never ends
        raise InputError(f"not a regular file but {special}: factcheck reads files only", path=shown)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}", path=shown) from error
    if len(data) > limit:
        raise InputError(f"file is larger than the {limit / 2**20:g} MiB limit; split it or check a smaller extract",
                         path=shown)
    return data


def _special_kind(path: Path) -> str | None:
    """What a path is when it is no regular file or folder ("a FIFO", "a device", "a socket"), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading it says why
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def discover(paths: Iterable[Path | str]) -> Iterator[tuple[Path | None, str, str | None]]:
    """Yield (file, display path, note) for every input: a note explains a skipped path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() or _special_kind(p)):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if _special_kind(child):
                    yield None, str(child), f"skipped: not a regular file but {_special_kind(child)}"
                elif child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child, str(child), None
                else:
                    yield None, str(child), f"skipped: not a supported file type ({child.suffix or 'no suffix'})"
        else:  # a named path that is not there is an error when read (exit 2), not a skip: a typo must not pass
            yield path, str(path), None
