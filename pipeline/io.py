"""The only module that touches files: reading input items and writing the output tables."""

from __future__ import annotations

import contextlib
import functools
import glob
import gzip
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import formats
from pipeline.config import CsvConfig
from pipeline.schema import SCHEMA_VERSION, RawRecord

# CSV columns all detected from the header.
AUTO_CSV = CsvConfig(text="", title="", date="", outlet="", url="", id="", authors="", language="", delimiter="")
_GLOB_CHARS = re.compile(r"[*?\[]")


class InputError(ValueError):
    """The input path does not exist or holds nothing the pipeline can read."""


class OutputBusyError(RuntimeError):
    """Another run is writing to the same output folder."""


@contextmanager
def output_lock(output_dir: Path) -> Iterator[None]:
    """Hold `output_dir` for one run: a second run on it at the same time stops with
    `OutputBusyError` instead of mixing its shards and tables with the first one's. The lock
    (`.lock`, a POSIX record lock) is the process's own, not its forked workers', and ends with it,
    even killed: a run resumed after kill -9 finds the folder free. Where the system has no such
    locks (Windows) runs are not guarded."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    output_dir.mkdir(parents=True, exist_ok=True)
    with open(output_dir / ".lock", "a+b") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputBusyError(f"another run is writing to {output_dir}: wait for it to end, or give another output folder") \
                from exc
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)


def file_kind(path: Path) -> tuple[str, bool]:
    """The format of a file from its name (`.txt` when unknown) and whether it is gzip'd."""
    name = path.name.lower()
    gzipped = name.endswith(".gz")
    if gzipped:
        name = name[:-3]
    suffix = Path(name).suffix
    kind = {".htm": ".html"}.get(suffix, suffix)
    return (kind if kind in (".jsonl", ".json", ".csv", ".html") else ".txt"), gzipped


def _wanted(path: Path, extensions: set[str]) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix in extensions


def _glob_files(pattern: str) -> list[tuple[Path, str]]:
    parts = Path(pattern).parts
    fixed = [p for p in itertools.takewhile(lambda part: not _GLOB_CHARS.search(part), parts)]
    base = Path(*fixed) if fixed else Path(".")
    matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
    if not matches:
        raise InputError(f"no files match the pattern: {pattern}")
    return [(p, p.relative_to(base).as_posix() if p.is_relative_to(base) else p.name) for p in matches]


def list_input_files(input_path: Path, extensions: tuple[str, ...]) -> list[tuple[Path, str]]:
    """The files to read under `input_path` (a folder, a file or a glob), with source ids, in a stable order."""
    if not input_path.exists():
        if _GLOB_CHARS.search(str(input_path)):
            return _glob_files(str(input_path))
        raise InputError(f"input path does not exist: {input_path}")
    if input_path.is_file():
        return [(input_path, input_path.name)]
    wanted = {ext.lower() for ext in extensions}
    files = [
        p for p in input_path.rglob("*")
        if p.is_file() and _wanted(p, wanted) and not any(part.startswith(".") for part in p.relative_to(input_path).parts)
    ]
    return [(p, p.relative_to(input_path).as_posix()) for p in sorted(files)]


def _unreadable(path: Path, source_id: str, detail: str) -> RawRecord:
    return RawRecord(str(path), source_id, b"", read_error=detail, read_error_reason="unreadable")


def _read_bytes(path: Path, gzipped: bool) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if gzipped else data


def _jsonl_file(path: Path, source_id: str, gzipped: bool) -> Iterator[RawRecord]:
    """JSONL is streamed line by line, so a file larger than memory can be read."""
    lines_read = [0]

    def counted(lines: Iterable[bytes]) -> Iterator[bytes]:
        for line in lines:
            lines_read[0] += 1
            yield line

    try:
        with (gzip.open(path, "rb") if gzipped else path.open("rb")) as handle:
            yield from formats.parse_jsonl_lines(counted(handle), str(path), source_id)
    except (OSError, EOFError, zlib.error) as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if lines_read[0]:
            yield _unreadable(path, f"{source_id}:{lines_read[0]}+", f"cannot read after line {lines_read[0]}: {detail}")
        else:
            yield _unreadable(path, source_id, f"cannot read: {detail}")


def _count_jsonl_lines(path: Path, gzipped: bool) -> int:
    try:
        with (gzip.open(path, "rb") if gzipped else path.open("rb")) as handle:
            return sum(1 for line in handle if line.strip())
    except (OSError, EOFError, zlib.error):
        return 1


def _file_records(path: Path, source_id: str, csv_settings: CsvConfig) -> Iterator[RawRecord]:
    kind, gzipped = file_kind(path)
    if kind == ".jsonl":
        yield from _jsonl_file(path, source_id, gzipped)
        return
    try:
        data = _read_bytes(path, gzipped)
    except (OSError, EOFError, zlib.error) as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield _unreadable(path, source_id, f"cannot read: {detail}")
        return
    source_path = str(path)
    if kind == ".json":
        yield from formats.parse_json(data, source_path, source_id)
    elif kind == ".csv":
        yield from formats.parse_csv(data, source_path, source_id, csv_settings)
    elif kind == ".html":
        yield formats.parse_html(data, source_path, source_id)
    else:
        yield RawRecord(source_path, source_id, data)


def iter_records(input_path: Path, extensions: tuple[str, ...], csv_settings: CsvConfig = AUTO_CSV) -> Iterator[RawRecord]:
    """Every input item under `input_path`: one per text or HTML file, one per JSON/JSONL/CSV record."""
    for path, source_id in list_input_files(input_path, extensions):
        found = False
        for record in _file_records(path, source_id, csv_settings):
            found = True
            yield record
        if not found:  # a JSONL/JSON/CSV file with no record at all is an empty item, not nothing
            yield RawRecord(str(path), source_id, "", encoding="utf-8")


# Rows (or bytes) of a table gathered before they are written as one Parquet row group.
_ROW_GROUP_ROWS = 128 * 1024
_ROW_GROUP_BYTES = 16 << 20


class TableWriter:
    """Parquet tables written a chunk at a time under temporary names in `output_dir` and renamed
    into place together by `commit`: an interrupted run never leaves a half-written table, or
    tables of two runs side by side, under the final names. Use it as a context manager: leaving
    the block without `commit` deletes the temporary files."""

    def __init__(self, output_dir: Path, schemas: Mapping[str, pa.Schema], compression: str, run_info: Mapping[str, Any]) -> None:
        output_dir.mkdir(parents=True, exist_ok=True)
        metadata = {b"newsclaims.schema_version": SCHEMA_VERSION.encode(), b"newsclaims.run": json.dumps(run_info, sort_keys=True).encode()}
        self._schemas = {name: schema.with_metadata({**(schema.metadata or {}), **metadata}) for name, schema in schemas.items()}
        self._paths = {name: (output_dir / f".{name}.parquet.tmp-{os.getpid()}", table_path(output_dir, name)) for name in schemas}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pa.Table]] = {name: [] for name in schemas}
        self.rows = dict.fromkeys(schemas, 0)
        self._committed = False
        try:
            for name, schema in self._schemas.items():
                self._writers[name] = pq.ParquetWriter(self._paths[name][0], schema,
                                                       compression=None if compression == "none" else compression)
        except BaseException:
            self.abort()
            raise

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self._committed:
            self.abort()

    def write(self, tables: Mapping[str, pa.Table]) -> None:
        """Append rows to tables (their columns as in the schemas given)."""
        for name, table in tables.items():
            pending = self._pending[name]
            pending.append(table)
            self.rows[name] += table.num_rows
            if sum(t.num_rows for t in pending) >= _ROW_GROUP_ROWS or sum(t.nbytes for t in pending) >= _ROW_GROUP_BYTES:
                self._flush(name)

    def _flush(self, name: str) -> None:
        pending = self._pending[name]
        if pending:
            table = pa.concat_tables(pending) if len(pending) > 1 else pending[0]
            self._writers[name].write_table(table.replace_schema_metadata(self._schemas[name].metadata))
            self._pending[name] = []

    def commit(self) -> dict[str, Path]:
        """Finish every table and move them all into place; their final paths."""
        for name, writer in self._writers.items():
            self._flush(name)
            writer.close()
        for temp, final in self._paths.values():
            os.replace(temp, final)
        self._committed = True
        return {name: final for name, (_, final) in self._paths.items()}

    def abort(self) -> None:
        """Close and delete the temporary files."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # (already failing: the temporary file goes either way)
                writer.close()
        for temp, _ in self._paths.values():
            temp.unlink(missing_ok=True)


def write_tables(
    tables: Mapping[str, pa.Table], output_dir: Path, compression: str, run_info: Mapping[str, Any]
) -> dict[str, Path]:
    """Write each table (held in memory) to `output_dir/NAME.parquet`, atomically (see `TableWriter`)."""
    with TableWriter(output_dir, {name: table.schema for name, table in tables.items()}, compression, run_info) as writer:
        writer.write(tables)
        return writer.commit()


def table_path(output_dir: Path, name: str) -> Path:
    """Where `write_tables` puts the table `name`."""
    return output_dir / f"{name}.parquet"


def written_row_counts(output_dir: Path, names: Iterable[str], corpus_key: str) -> dict[str, int] | None:
    """Row counts of the tables `write_tables` wrote to `output_dir` with `corpus_key` in their run
    information (read from the files' footers); None when any table is missing, unreadable or
    was made from something else."""
    counts = {}
    for name in names:
        try:
            metadata = pq.read_metadata(table_path(output_dir, name))
            run_info = json.loads((metadata.metadata or {}).get(b"newsclaims.run", b"{}"))
        except (OSError, ValueError, pa.ArrowException):
            return None
        if not isinstance(run_info, dict) or run_info.get("corpus_key") != corpus_key:
            return None
        counts[name] = metadata.num_rows
    return counts


def read_resource(name: str) -> str:
    """Text of a data file packaged in `pipeline/resources/`."""
    return read_package_file("pipeline", f"resources/{name}")


def read_package_file(package: str, name: str) -> str:
    """Text of a data file shipped inside an installed package."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def read_aliases_file(path: Path) -> str:
    """Text of the user's entity overrides file; a `ConfigError` when it cannot be read."""
    from pipeline.config import ConfigError

    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read aliases file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"aliases file {path} is not UTF-8 text") from exc


def count_records(input_path: Path, extensions: tuple[str, ...], csv_settings: CsvConfig = AUTO_CSV) -> int:
    """How many items `iter_records` will yield (files of one article are not opened)."""
    total = 0
    for path, source_id in list_input_files(input_path, extensions):
        kind, gzipped = file_kind(path)
        if kind in (".txt", ".html"):
            total += 1
        elif kind == ".jsonl":
            total += max(1, _count_jsonl_lines(path, gzipped))
        else:
            total += max(1, sum(1 for _ in _file_records(path, source_id, csv_settings)))
    return total


def write_text_file(path: Path, text: str) -> None:
    """Write `text` to `path` as UTF-8 (parent folders created), atomically."""
    write_bytes_file(path, text.encode("utf-8"))


def write_bytes_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` (parent folders created), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_bytes_file(path: Path) -> bytes | None:
    """The bytes of `path`, or None when it does not exist."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def remove_files(paths: Iterable[Path]) -> None:
    """Delete files (missing ones are ignored)."""
    for path in paths:
        path.unlink(missing_ok=True)


def read_text_file(path: Path) -> str | None:
    """The UTF-8 text of `path`, or None when it does not exist."""
    data = read_bytes_file(path)
    return None if data is None else data.decode("utf-8")


def read_tables(tables_dir: Path, names: Iterable[str]) -> dict[str, pa.Table]:
    """The tables `NAME.parquet` found in `tables_dir` (missing ones are left out).

    Raises InputError when the folder does not exist or holds none of them.
    """
    if not tables_dir.is_dir():
        raise InputError(f"tables folder does not exist: {tables_dir}")
    tables = {name: pq.read_table(table_path(tables_dir, name)) for name in names if table_path(tables_dir, name).is_file()}
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


# --------------------------------------------------------------------------- shard cache
# A shard is a folder `<cache>/<shard_id>/` of Parquet files, one per per-article table. It is
# written under a temporary name and renamed into place, so a shard that exists is complete.
_SHARD_TEMP_PREFIX = ".tmp-"


def write_shard(cache_dir: Path, shard_id: str, tables: Mapping[str, pa.Table], compression: str) -> Path:
    """Write one shard atomically and return its folder."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    final = cache_dir / shard_id
    temp = cache_dir / f"{_SHARD_TEMP_PREFIX}{shard_id}-{os.getpid()}"
    temp.mkdir(exist_ok=True)
    for name, table in tables.items():
        pq.write_table(table, temp / f"{name}.parquet", compression=None if compression == "none" else compression)
    if final.exists():  # the same articles were already stored by an earlier, killed run
        shutil.rmtree(temp)
    else:
        os.rename(temp, final)
    return final


def list_shards(cache_dir: Path) -> list[Path]:
    """The complete shards in `cache_dir`, oldest first (then by name); leftovers of killed runs are removed."""
    if not cache_dir.is_dir():
        return []
    shards = []
    for path in cache_dir.iterdir():
        if path.name.startswith(_SHARD_TEMP_PREFIX):
            shutil.rmtree(path, ignore_errors=True)
        elif path.is_dir():
            shards.append(path)
    return sorted(shards, key=lambda p: (p.stat().st_mtime_ns, p.name))


def read_shard_columns(shard: Path, table: str, columns: Sequence[str]) -> dict[str, list[Any]]:
    """Some columns of one table of a shard (those it has)."""
    # ParquetFile, not read_table: that imports pyarrow.dataset (and pandas), a quarter second per run.
    file = pq.ParquetFile(shard / f"{table}.parquet")
    present = [c for c in columns if c in file.schema_arrow.names]
    read = file.read(columns=present)
    return {c: read.column(c).to_pylist() for c in present}


def read_shard(shard: Path, tables: Iterable[str] | None = None) -> dict[str, pa.Table]:
    """Every table of a shard, or those named."""
    paths = sorted(shard.glob("*.parquet")) if tables is None else [shard / f"{name}.parquet" for name in tables]
    return {path.stem: pq.ParquetFile(path).read() for path in paths}


def remove_shards(shards: Iterable[Path]) -> None:
    """Delete shards (a cache clean-up; missing ones are ignored)."""
    for shard in shards:
        shutil.rmtree(shard, ignore_errors=True)


@functools.cache  # the code does not change while a process runs
def code_fingerprint() -> str:
    """A hash of the package's code and resources: cached results are only valid for the code that made them."""
    digest = hashlib.sha256()
    root = resources.files("pipeline")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.suffix in (".py", ".tsv", ".toml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(Path(str(root))).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- key-value cache files
_PENDING_MAX = 1000  # entries buffered before a commit: bounds memory, amortises transactions
class KeyValueStore:
    """A persistent key → text map in one SQLite file, for caches that are looked up item by item.

    Nothing is held in memory; `put` is buffered and committed by `commit` (an interrupted run
    loses at most the uncommitted entries, never the file).
    """

    def __init__(self, path: Path) -> None:
        import sqlite3

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._pending: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        """The value stored under `key`, or None."""
        if key in self._pending:
            return self._pending[key]
        row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        """Store `value` under `key` (written at the next `commit`)."""
        self._pending[key] = value
        if len(self._pending) >= _PENDING_MAX:
            self.commit()

    def commit(self) -> None:
        """Write the pending entries in one transaction."""
        if self._pending:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", self._pending.items())
            self._pending = {}

    def stored_keys(self) -> Iterator[str]:
        """Every stored key."""
        self.commit()
        for (key,) in self._db.execute("SELECT key FROM entries"):
            yield str(key)

    def delete(self, keys: Iterable[str]) -> None:
        """Remove entries (missing keys are ignored)."""
        with self._db:
            self._db.executemany("DELETE FROM entries WHERE key = ?", ((key,) for key in keys))

    def clear(self) -> None:
        """Remove every entry."""
        self._pending = {}
        with self._db:
            self._db.execute("DELETE FROM entries")

    def close(self) -> None:
        """Commit and close the file."""
        self.commit()
        self._db.close()
