"""The only module that touches files: reading input items and writing the output tables."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import SCHEMA_VERSION, RawRecord

# JSONL field names accepted for each article attribute, in order of preference.
JSON_FIELDS: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id"),
    "text": ("text", "maintext", "body", "content"),
    "title": ("title", "headline"),
    "outlet": ("publisher", "outlet", "source", "source_domain"),
    "published": ("publication_date", "date", "date_publish", "published"),
    "url": ("url",),
}


class InputError(ValueError):
    """The input path does not exist or holds nothing the pipeline can read."""


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _jsonl_records(path: Path) -> Iterator[RawRecord]:
    source_path = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield RawRecord(source_path, path.name, b"", read_error=f"cannot open: {exc.strerror}")
        return
    with handle:
        for line_number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            fallback_id = f"{path.name}:{line_number}"
            try:
                record = json.loads(raw_line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield RawRecord(source_path, fallback_id, b"", read_error=f"malformed JSON on line {line_number}: {exc}")
                continue
            if not isinstance(record, dict):
                yield RawRecord(source_path, fallback_id, b"", read_error=f"line {line_number} is not a JSON object")
                continue
            text = _first(record, JSON_FIELDS["text"])
            if text is None and any(record.get(name) == "" for name in JSON_FIELDS["text"]):
                text = ""  # an empty text is an empty article, not a malformed record
            record_id = _first(record, JSON_FIELDS["id"])
            yield RawRecord(
                source_path=source_path,
                source_id=fallback_id if record_id is None else str(record_id),
                content=text if isinstance(text, str) else "",
                title=_as_text(_first(record, JSON_FIELDS["title"])),
                outlet=_as_text(_first(record, JSON_FIELDS["outlet"])),
                published=_as_text(_first(record, JSON_FIELDS["published"])),
                url=_as_text(_first(record, JSON_FIELDS["url"])),
                read_error=None if isinstance(text, str) else "record has no text field "
                f"(looked for {', '.join(JSON_FIELDS['text'])})",
            )


def _file_record(path: Path, source_id: str) -> RawRecord:
    try:
        content = path.read_bytes()
    except OSError as exc:
        return RawRecord(str(path), source_id, b"", read_error=f"cannot read: {exc.strerror}")
    return RawRecord(str(path), source_id, content)


def list_input_files(input_path: Path, extensions: tuple[str, ...]) -> list[tuple[Path, str]]:
    """The files to read under `input_path`, with their source ids, in a stable order."""
    if not input_path.exists():
        raise InputError(f"input path does not exist: {input_path}")
    if input_path.is_file():
        return [(input_path, input_path.name)]
    wanted = {ext.lower() for ext in extensions}
    files = [
        p for p in input_path.rglob("*")
        if p.is_file() and p.suffix.lower() in wanted and not any(part.startswith(".") for part in p.relative_to(input_path).parts)
    ]
    return [(p, p.relative_to(input_path).as_posix()) for p in sorted(files)]


def iter_records(input_path: Path, extensions: tuple[str, ...]) -> Iterator[RawRecord]:
    """Every input item under `input_path`: one per text file, one per JSONL line."""
    for path, source_id in list_input_files(input_path, extensions):
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_records(path)
        else:
            yield _file_record(path, source_id)


def write_tables(
    tables: Mapping[str, pa.Table], output_dir: Path, compression: str, run_info: Mapping[str, Any]
) -> dict[str, Path]:
    """Write each table to `output_dir/NAME.parquet`, atomically.

    All tables are first written to temporary files, then renamed into place, so an interrupted
    run never leaves a half-written table under a final name.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    metadata = {b"newsclaims.schema_version": SCHEMA_VERSION.encode(), b"newsclaims.run": json.dumps(run_info, sort_keys=True).encode()}
    staged: dict[str, tuple[Path, Path]] = {}
    try:
        for name, table in tables.items():
            final = output_dir / f"{name}.parquet"
            temp = output_dir / f".{name}.parquet.tmp-{os.getpid()}"
            table = table.replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
            pq.write_table(table, temp, compression=None if compression == "none" else compression)
            staged[name] = (temp, final)
        for temp, final in staged.values():
            os.replace(temp, final)
    finally:
        for temp, _ in staged.values():
            temp.unlink(missing_ok=True)
    return {name: final for name, (_, final) in staged.items()}


def read_resource(name: str) -> str:
    """Text of a data file packaged in `pipeline/resources/`."""
    return resources.files("pipeline").joinpath("resources", name).read_text(encoding="utf-8")


def count_records(input_path: Path, extensions: tuple[str, ...]) -> int:
    """How many items `iter_records` will yield (JSONL lines are counted, not parsed)."""
    total = 0
    for path, _ in list_input_files(input_path, extensions):
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def write_text_file(path: Path, text: str) -> None:
    """Write `text` to `path` as UTF-8 (parent folders created), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_text_file(path: Path) -> str | None:
    """The UTF-8 text of `path`, or None when it does not exist."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def read_tables(tables_dir: Path, names: Iterable[str]) -> dict[str, pa.Table]:
    """The tables `NAME.parquet` found in `tables_dir` (missing ones are left out).

    Raises InputError when the folder does not exist or holds none of them.
    """
    if not tables_dir.is_dir():
        raise InputError(f"tables folder does not exist: {tables_dir}")
    tables = {name: pq.read_table(tables_dir / f"{name}.parquet") for name in names if (tables_dir / f"{name}.parquet").is_file()}
    if not tables:
        raise InputError(f"no output tables (*.parquet) in {tables_dir}: run `python -m pipeline run` first")
    return tables


def write_pages(pages: Mapping[str, str], output_dir: Path) -> list[Path]:
    """Write each page (relative path → text) under `output_dir`; returns the paths written."""
    written = []
    for relative, text in pages.items():
        path = output_dir / relative
        write_text_file(path, text)
        written.append(path)
    return written


@contextmanager
def temporary_folder() -> Iterator[Path]:
    """A scratch folder, removed with its contents afterwards."""
    with tempfile.TemporaryDirectory(prefix="newsclaims-") as name:
        yield Path(name)
