"""Parsers from the bytes of one input file to `RawRecord`s: JSON, JSONL, CSV and HTML.

Pure functions (the I/O layer reads the bytes and hands them over). A broken record becomes a
record with `read_error` set, so the rest of the file still loads and nothing vanishes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

from pipeline.config import CsvConfig
from pipeline.decoding import decode, sha256_hex
from pipeline.schema import RawRecord

# Field names accepted for each article attribute (JSON, JSONL, and CSV headers), in order of
# preference. news-please writes maintext, title, date_publish, source_domain, url, authors,
# language; Media Cloud CSV exports stories_id, title, publish_date, media_name, url.
FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "id": ("id", "doc_id", "article_id", "stories_id", "story_id", "guid"),
    "text": ("text", "maintext", "body", "content", "article", "article_text", "full_text", "story"),
    "title": ("title", "headline", "title_page", "title_rss"),
    "outlet": ("publisher", "outlet", "source", "source_domain", "media_name", "media", "site_name", "newspaper"),
    "published": ("publication_date", "date", "date_publish", "published", "publish_date", "published_at",
                  "pubdate", "publication_time", "timestamp"),
    "url": ("url", "link"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}
_CSV_SETTING: Final = {"text": "text", "title": "title", "published": "date", "outlet": "outlet", "url": "url",
                       "id": "id", "authors": "authors", "language": "language"}
# news-please and other exporters wrap their article list in one of these keys.
_LIST_KEYS: Final = ("articles", "items", "data", "results", "stories", "documents")


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        joined = "; ".join(str(v).strip() for v in value if v not in (None, ""))
        return joined or None
    return str(value)


def _malformed(source_path: str, source_id: str, detail: str) -> RawRecord:
    return RawRecord(source_path, source_id, b"", read_error=detail, read_error_reason="malformed")


def record_from_mapping(record: Mapping[str, Any], source_path: str, fallback_id: str, encoding: str | None) -> RawRecord:
    """A RawRecord from a JSON object (news-please or any of the `FIELDS` names)."""
    text = _first(record, FIELDS["text"])
    if text is None and any(record.get(name) == "" for name in FIELDS["text"]):
        text = ""  # an empty text is an empty article, not a malformed record
    record_id = _first(record, FIELDS["id"])
    has_text = isinstance(text, str)
    return RawRecord(
        source_path=source_path,
        source_id=fallback_id if record_id is None else str(record_id),
        content=text if has_text else "",
        title=_as_text(_first(record, FIELDS["title"])),
        outlet=_as_text(_first(record, FIELDS["outlet"])),
        published=_as_text(_first(record, FIELDS["published"])),
        url=_as_text(_first(record, FIELDS["url"])),
        authors=_as_text(_first(record, FIELDS["authors"])),
        language=_as_text(_first(record, FIELDS["language"])),
        encoding=encoding,
        read_error=None if has_text else f"record has no text field (looked for {', '.join(FIELDS['text'])})",
        read_error_reason=None if has_text else "malformed",
    )


def _decode_or_reject(data: bytes, source_path: str, source_id: str) -> tuple[str | None, str, RawRecord | None]:
    text, how = decode(data)
    if text is None:
        detail = "the file is not text (NUL bytes)" if how == "binary" else "no text encoding fits the bytes"
        return None, how, RawRecord(source_path, source_id, b"", read_error=detail, read_error_reason=how)
    return text, how, None


def parse_jsonl_lines(lines: Iterable[bytes], source_path: str, source_id: str) -> Iterator[RawRecord]:
    """One record per non-blank line; a line that is not a JSON object is a malformed record."""
    for line_number, raw_line in enumerate(lines, start=1):
        if not raw_line.strip():
            continue
        fallback_id = f"{source_id}:{line_number}"
        line, encoding = decode(raw_line)
        if line is None:
            yield _malformed(source_path, fallback_id, f"malformed JSON on line {line_number}: the line is not text ({encoding})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _malformed(source_path, fallback_id, f"malformed JSON on line {line_number}: {exc}")
            continue
        if not isinstance(record, dict):
            yield _malformed(source_path, fallback_id, f"line {line_number} is not a JSON object")
            continue
        yield record_from_mapping(record, source_path, fallback_id, encoding)


def parse_json(data: bytes, source_path: str, source_id: str) -> Iterator[RawRecord]:
    """A JSON file: one article object, a list of them, or {"articles": [...]}.

    A file that is not valid JSON as a whole but has one object per line is read as JSONL.
    """
    text, encoding, failed = _decode_or_reject(data, source_path, source_id)
    if failed is not None or text is None:
        yield failed or _malformed(source_path, source_id, "not text")
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines):
            yield from parse_jsonl_lines((line.encode("utf-8") for line in text.splitlines()), source_path, source_id)
        else:
            yield _malformed(source_path, source_id, f"malformed JSON: {exc}")
        return
    if isinstance(document, dict):
        wrapped = next((document[key] for key in _LIST_KEYS if isinstance(document.get(key), list)), None)
        if wrapped is None:
            yield record_from_mapping(document, source_path, source_id, encoding)
            return
        document = wrapped
    if not isinstance(document, list):
        yield _malformed(source_path, source_id, f"the JSON file holds a {type(document).__name__}, not an article or a list")
        return
    for index, item in enumerate(document, start=1):
        fallback_id = f"{source_id}:{index}"
        if isinstance(item, dict):
            yield record_from_mapping(item, source_path, fallback_id, encoding)
        else:
            yield _malformed(source_path, fallback_id, f"item {index} of the JSON list is not an object")


def _header_key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def csv_column_map(header: list[str], settings: CsvConfig) -> dict[str, int]:
    """Which column index holds each field: the configured column, else the first known name."""
    keys = [_header_key(h) for h in header]
    mapping: dict[str, int] = {}
    for field, setting in _CSV_SETTING.items():
        wanted = getattr(settings, setting)
        names = (_header_key(wanted),) if wanted else FIELDS[field]
        for name in names:
            if name in keys:
                mapping[field] = keys.index(name)
                break
    return mapping


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def parse_csv(data: bytes, source_path: str, source_id: str, settings: CsvConfig) -> Iterator[RawRecord]:
    """One record per CSV row; a row with the wrong number of cells is a malformed record."""
    text, encoding, failed = _decode_or_reject(data, source_path, source_id)
    if failed is not None or text is None:
        yield failed or _malformed(source_path, source_id, "not text")
        return
    delimiter = settings.delimiter or _sniff_delimiter(text[:20_000])
    csv.field_size_limit(2**31 - 1)  # article bodies are longer than the 128 KiB default
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield _malformed(source_path, source_id, f"malformed CSV header: {exc}")
        return
    if header is None:
        yield RawRecord(source_path, source_id, "", encoding=encoding)  # an empty file is an empty article
        return
    columns = csv_column_map(header, settings)
    if "text" not in columns:
        wanted = settings.text or ", ".join(FIELDS["text"])
        yield _malformed(source_path, source_id, f"no text column in the CSV header {header!r} (looked for {wanted}; set [csv] text)")
        return
    row_number = 0
    while True:
        row_number += 1
        row_id = f"{source_id}:{row_number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield _malformed(source_path, row_id, f"malformed CSV row {row_number}: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            row_number -= 1  # blank lines are not rows
            continue
        if len(row) != len(header):
            yield _malformed(source_path, row_id, f"malformed CSV row {row_number}: {len(row)} cells, the header has {len(header)}")
            continue
        values = {field: row[index] for field, index in columns.items()}
        yield RawRecord(
            source_path=source_path,
            source_id=values.get("id") or row_id,
            content=values["text"],
            title=values.get("title") or None,
            outlet=values.get("outlet") or None,
            published=values.get("published") or None,
            url=values.get("url") or None,
            authors=values.get("authors") or None,
            language=values.get("language") or None,
            encoding=encoding,
        )


def _html_date(html: str) -> str | None:
    import htmldate  # imported here: a second or so, and only HTML input needs it

    found = htmldate.find_date(html, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True)
    if not found:
        return None
    # htmldate writes midnight for a date without a time; keep the date's own precision.
    return found[:10] if found[10:19] == "T00:00:00" and len(found) == 19 else found


def parse_html(data: bytes, source_path: str, source_id: str) -> RawRecord:
    """The main text, title, date, site name and author of a saved web page (trafilatura, htmldate)."""
    import trafilatura  # imported here: a second or so, and only HTML input needs it

    html, encoding, failed = _decode_or_reject(data, source_path, source_id)
    if failed is not None or html is None:
        return failed or _malformed(source_path, source_id, "not text")
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        published = _html_date(html)
    except Exception as exc:  # a third-party parser on arbitrary bytes: the page becomes a reject
        return _malformed(source_path, source_id, f"the HTML could not be parsed: {type(exc).__name__}: {exc}")
    main_text = getattr(document, "text", None) if document is not None else None
    if not main_text:
        return RawRecord(source_path, source_id, b"", read_error="no main text found in the HTML page",
                         read_error_reason="empty", encoding=encoding, raw_sha256=sha256_hex(data))
    return RawRecord(
        source_path=source_path,
        source_id=source_id,
        content=main_text,
        title=getattr(document, "title", None) or None,
        outlet=getattr(document, "sitename", None) or None,
        published=published or getattr(document, "date", None) or None,
        url=getattr(document, "url", None) or None,
        authors=getattr(document, "author", None) or None,
        language=getattr(document, "language", None) or None,
        encoding=encoding,
        raw_sha256=sha256_hex(data),
    )
