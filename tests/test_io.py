"""pipeline.io: reading input folders and JSONL files, and writing the Parquet tables."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io import (
    InputError,
    OutputBusyError,
    TableWriter,
    count_records,
    file_kind,
    iter_records,
    list_input_files,
    output_lock,
    write_tables,
)
from pipeline.schema import SCHEMA_VERSION, RawRecord

EXTENSIONS = (".txt", ".jsonl")


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl_line(record: Any) -> str:
    return json.dumps(record) + "\n"


# --------------------------------------------------------------------------- folders of text files
@pytest.fixture
def text_folder(tmp_path: Path) -> Path:
    root = tmp_path / "raw"
    write(root / "b.txt", b"Second article.")
    write(root / "a.txt", "First article.")
    write(root / "nested" / "deeper" / "c.TXT", "Nested article.")
    write(root / ".hidden.txt", "Hidden file.")
    write(root / ".cache" / "d.txt", "In a hidden folder.")
    write(root / "notes.md", "Not an article.")
    write(root / "README", "No extension.")
    return root


def test_iter_records_reads_text_files_recursively_in_order(text_folder: Path) -> None:
    records = list(iter_records(text_folder, EXTENSIONS))
    assert records == [
        RawRecord(str(text_folder / "a.txt"), "a.txt", b"First article."),
        RawRecord(str(text_folder / "b.txt"), "b.txt", b"Second article."),
        RawRecord(str(text_folder / "nested" / "deeper" / "c.TXT"), "nested/deeper/c.TXT", b"Nested article."),
    ]


def test_extensions_setting_selects_the_files(text_folder: Path) -> None:
    records = list(iter_records(text_folder, (".md",)))
    assert [(r.source_id, r.content) for r in records] == [("notes.md", b"Not an article.")]


def test_a_single_file_is_read_whatever_its_extension(text_folder: Path) -> None:
    records = list(iter_records(text_folder / "notes.md", EXTENSIONS))
    assert records == [RawRecord(str(text_folder / "notes.md"), "notes.md", b"Not an article.")]


def test_count_records_agrees_with_iter_records_for_text_files(text_folder: Path) -> None:
    assert count_records(text_folder, EXTENSIONS) == len(list(iter_records(text_folder, EXTENSIONS))) == 3


def test_missing_input_path_raises(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(InputError, match="input path does not exist"):
        list(iter_records(missing, EXTENSIONS))
    with pytest.raises(InputError, match="input path does not exist"):
        count_records(missing, EXTENSIONS)


def test_empty_folder_gives_no_records(tmp_path: Path) -> None:
    assert list(iter_records(tmp_path, EXTENSIONS)) == []
    assert count_records(tmp_path, EXTENSIONS) == 0


# --------------------------------------------------------------------------- JSONL
@pytest.fixture
def jsonl_file(tmp_path: Path) -> Path:
    lines = [
        jsonl_line({"id": "n1", "text": "Body one.", "title": "Title one", "publisher": "The Ledger",
                    "publication_date": "2024-03-12T09:41:07Z", "url": "https://example.com/1"}),
        "\n",
        "   \n",
        jsonl_line({"doc_id": 7, "maintext": "Body two.", "headline": "Title two", "source_domain": "ex.org",
                    "date": "March 4, 2024"}),
        '{"id": "broken", "text": "unterminated\n',
        jsonl_line(["a", "list"]),
        jsonl_line({"id": "n5", "title": "No text here"}),
        jsonl_line({"text": "Body six.", "title": "", "id": ""}),
    ]
    return write(tmp_path / "feed.jsonl", "".join(lines))


def test_jsonl_records(jsonl_file: Path) -> None:
    path = str(jsonl_file)
    records = list(iter_records(jsonl_file, EXTENSIONS))
    assert len(records) == 6
    good_one, good_two, malformed, a_list, no_text, no_id = records

    assert good_one == RawRecord(path, "n1", "Body one.", title="Title one", outlet="The Ledger",
                                 published="2024-03-12T09:41:07Z", url="https://example.com/1", encoding="utf-8")
    assert good_two == RawRecord(path, "7", "Body two.", title="Title two", outlet="ex.org", published="March 4, 2024",
                                 encoding="utf-8")

    assert malformed.source_id == "feed.jsonl:5"
    assert malformed.content == b""
    assert malformed.read_error is not None
    assert malformed.read_error.startswith("malformed JSON on line 5: ")

    assert a_list == RawRecord(path, "feed.jsonl:6", b"", read_error="line 6 is not a JSON object", read_error_reason="malformed")

    assert no_text.source_id == "n5"
    assert no_text.content == ""
    assert no_text.title == "No text here"
    assert no_text.read_error is not None
    assert no_text.read_error.startswith("record has no text field (looked for text, maintext, body, content")
    assert no_text.read_error_reason == "malformed"

    # Empty strings count as absent: the id falls back to file:line, the title to None.
    assert no_id == RawRecord(path, "feed.jsonl:8", "Body six.", encoding="utf-8")


def test_count_records_agrees_with_iter_records_for_jsonl(jsonl_file: Path) -> None:
    assert count_records(jsonl_file, EXTENSIONS) == len(list(iter_records(jsonl_file, EXTENSIONS))) == 6


def test_folder_mixing_text_and_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text article.")
    feed = jsonl_line({"id": "x", "text": "One."}) + jsonl_line({"id": "y", "text": "Two."})
    write(tmp_path / "b" / "feed.jsonl", feed)
    records = list(iter_records(tmp_path, EXTENSIONS))
    assert [(r.source_id, r.content) for r in records] == [("a.txt", b"Text article."), ("x", "One."), ("y", "Two.")]
    assert count_records(tmp_path, EXTENSIONS) == 3


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"id": "a", "body": "B", "text": "T"}, "content", "T"),
        ({"id": "a", "body": "B", "content": "C"}, "content", "B"),
        ({"id": "a", "text": "T", "outlet": "O", "source": "S"}, "outlet", "O"),
        ({"id": "a", "text": "T", "date_publish": "2020-01-02", "published": "x"}, "published", "2020-01-02"),
        ({"article_id": "z", "text": "T"}, "source_id", "z"),
        ({"id": "a", "text": "T", "title": 2024}, "title", "2024"),
    ],
)
def test_jsonl_field_preference(tmp_path: Path, record: dict[str, Any], field: str, expected: str) -> None:
    path = write(tmp_path / "one.jsonl", jsonl_line(record))
    (raw,) = iter_records(path, EXTENSIONS)
    assert getattr(raw, field) == expected


def test_jsonl_id_zero_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "zero.jsonl", jsonl_line({"id": 0, "text": "Body."}))
    (raw,) = iter_records(path, EXTENSIONS)
    assert raw.source_id == "0"


def test_jsonl_with_non_text_text_field_is_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "num.jsonl", jsonl_line({"id": "n", "text": 12}))
    (raw,) = iter_records(path, EXTENSIONS)
    assert raw.content == ""
    assert raw.read_error is not None
    assert raw.read_error.startswith("record has no text field (looked for text, maintext, body, content")


def test_jsonl_line_in_cp1252_is_decoded_and_the_rest_loads(tmp_path: Path) -> None:
    content = b'{"id": "a", "text": "caf\xe9 cr\xe8me \x93br\xfbl\xe9e\x94"}\n' + jsonl_line({"id": "b", "text": "ok"}).encode()
    path = write(tmp_path / "bad.jsonl", content)
    first, second = iter_records(path, EXTENSIONS)
    assert (first.content, first.encoding, first.read_error) == ("café crème “brûlée”", "cp1252", None)
    assert (second.source_id, second.content, second.read_error) == ("b", "ok", None)


def test_jsonl_line_that_is_not_text_is_malformed_and_the_rest_loads(tmp_path: Path) -> None:
    content = b'{"id": "a", "text": "\x00\x01"}\n' + jsonl_line({"id": "b", "text": "ok"}).encode()
    path = write(tmp_path / "bad.jsonl", content)
    first, second = iter_records(path, EXTENSIONS)
    assert first.read_error is not None
    assert first.read_error.startswith("malformed JSON on line 1")
    assert first.read_error_reason == "malformed"
    assert (second.source_id, second.content, second.read_error) == ("b", "ok", None)


# --------------------------------------------------------------------------- writing tables
def sample_tables() -> dict[str, pa.Table]:
    return {
        "articles": pa.table({"article_id": ["a", "b"], "n_chars": pa.array([3, 4], pa.int32())}),
        "rejects": pa.table({"reason": ["empty"]}),
    }


@pytest.mark.parametrize("compression", ["zstd", "snappy", "none"])
def test_write_tables_writes_readable_parquet_with_metadata(tmp_path: Path, compression: str) -> None:
    out = tmp_path / "out" / "nested"
    run_info = {"model": "en_core_web_sm 3.8.0", "config": "abc"}
    paths = write_tables(sample_tables(), out, compression, run_info)
    assert paths == {"articles": out / "articles.parquet", "rejects": out / "rejects.parquet"}
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "rejects.parquet"]

    articles = pq.read_table(paths["articles"])
    assert articles.to_pydict() == {"article_id": ["a", "b"], "n_chars": [3, 4]}
    metadata = articles.schema.metadata
    assert metadata[b"newsclaims.schema_version"] == SCHEMA_VERSION.encode()
    assert json.loads(metadata[b"newsclaims.run"]) == run_info
    assert pq.read_table(paths["rejects"]).to_pydict() == {"reason": ["empty"]}


def test_write_tables_keeps_existing_schema_metadata(tmp_path: Path) -> None:
    table = pa.table({"x": [1]}).replace_schema_metadata({"mine": "kept"})
    write_tables({"t": table}, tmp_path, "zstd", {})
    metadata = pq.read_table(tmp_path / "t.parquet").schema.metadata
    assert metadata[b"mine"] == b"kept"
    assert metadata[b"newsclaims.schema_version"] == SCHEMA_VERSION.encode()


def test_write_tables_overwrites_an_existing_table(tmp_path: Path) -> None:
    write_tables({"articles": pa.table({"article_id": ["old1", "old2", "old3"]})}, tmp_path, "zstd", {})
    write_tables({"articles": pa.table({"article_id": ["new"]})}, tmp_path, "zstd", {})
    assert pq.read_table(tmp_path / "articles.parquet").to_pydict() == {"article_id": ["new"]}
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


def test_failed_write_leaves_neither_final_tables_nor_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = pq.ParquetWriter.write_table
    calls: list[int] = []

    def failing_second_write(self: pq.ParquetWriter, table: pa.Table, *args: Any, **kwargs: Any) -> None:
        calls.append(table.num_rows)
        if len(calls) == 2:
            raise OSError("disk full")
        real_write(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", failing_second_write)
    with pytest.raises(OSError, match="disk full"):
        write_tables(sample_tables(), tmp_path, "zstd", {})
    assert calls == [2, 1]
    assert list(tmp_path.iterdir()) == []


def test_table_writer_appends_chunks_and_replaces_tables_only_on_commit(tmp_path: Path) -> None:
    schema = pa.schema([("article_id", pa.string())])
    write_tables({"articles": pa.table({"article_id": ["old"]})}, tmp_path, "zstd", {})
    with TableWriter(tmp_path, {"articles": schema}, "zstd", {"run": 2}) as writer:
        writer.write({"articles": pa.table({"article_id": ["a", "b"]})})
        writer.write({"articles": pa.table({"article_id": ["c"]})})
        assert pq.read_table(tmp_path / "articles.parquet").to_pydict() == {"article_id": ["old"]}
        paths = writer.commit()
    assert writer.rows == {"articles": 3}
    table = pq.read_table(paths["articles"])
    assert table.to_pydict() == {"article_id": ["a", "b", "c"]}
    assert json.loads(table.schema.metadata[b"newsclaims.run"]) == {"run": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


def test_table_writer_left_without_commit_keeps_the_old_tables(tmp_path: Path) -> None:
    write_tables({"articles": pa.table({"article_id": ["old"]})}, tmp_path, "zstd", {})
    with pytest.raises(RuntimeError, match="killed"), TableWriter(tmp_path, {"articles": pa.schema([("article_id", pa.string())])},
                                                                 "zstd", {}) as writer:
        writer.write({"articles": pa.table({"article_id": ["new"]})})
        raise RuntimeError("killed")
    assert pq.read_table(tmp_path / "articles.parquet").to_pydict() == {"article_id": ["old"]}
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


# --------------------------------------------------------------------------- formats, gzip, globs
INPUTS = Path(__file__).resolve().parent / "data" / "inputs"
ALL_EXTENSIONS = (".txt", ".jsonl", ".json", ".csv", ".html", ".htm")


def test_gzipped_jsonl_is_streamed_and_its_bad_line_flagged() -> None:
    records = list(iter_records(INPUTS / "feed.jsonl.gz", ALL_EXTENSIONS))
    assert [(r.source_id, r.read_error_reason) for r in records] == [("g1", None), ("feed.jsonl.gz:2", "malformed"), ("g2", None)]


def test_gzipped_text_file_is_read_as_text() -> None:
    (record,) = iter_records(INPUTS / "scraped_page.txt.gz", ALL_EXTENSIONS)
    assert record.content == (INPUTS / "byline_and_date_line.txt").read_bytes()


def test_file_that_is_not_gzip_is_unreadable() -> None:
    (record,) = iter_records(INPUTS / "not_really.csv.gz", ALL_EXTENSIONS)
    assert record.read_error_reason == "unreadable"
    assert record.read_error is not None
    assert record.read_error.startswith("cannot read: Not a gzipped file")


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(jsonl_line({"id": f"n{i}", "text": "Body " * 200}).encode() for i in range(50)))
    path = write(tmp_path / "cut.jsonl.gz", whole[: len(whole) // 2])
    records = list(iter_records(path, ALL_EXTENSIONS))
    assert records[0].source_id == "n0"
    assert records[-1].read_error_reason == "unreadable"
    assert all(r.read_error is None for r in records[:-1])


def test_folder_reads_every_format_and_gz_by_inner_extension(tmp_path: Path) -> None:
    write(tmp_path / "a.html", b"<html><body><p>x</p></body></html>")
    write(tmp_path / "b.csv.gz", gzip.compress(b"text\nOne.\n"))
    write(tmp_path / "c.md.gz", gzip.compress(b"not listed"))
    write(tmp_path / "d.htm", b"<html></html>")
    assert [source_id for _, source_id in list_input_files(tmp_path, ALL_EXTENSIONS)] == ["a.html", "b.csv.gz", "d.htm"]


@pytest.mark.parametrize(("kind", "expected"), [("a.TXT", (".txt", False)), ("a.jsonl.gz", (".jsonl", True)),
                                                 ("a.htm", (".html", False)), ("a.gz", (".txt", True)), ("a", (".txt", False))])
def test_file_kind(kind: str, expected: tuple[str, bool]) -> None:
    assert file_kind(Path(kind)) == expected


def test_glob_selects_files_with_ids_relative_to_its_fixed_part(tmp_path: Path) -> None:
    write(tmp_path / "exports" / "2023" / "a.csv", "text\nOne.\n")
    write(tmp_path / "exports" / "2024" / "b.csv", "text\nTwo.\n")
    write(tmp_path / "exports" / "2024" / "c.txt", "Three.")
    pattern = tmp_path / "exports" / "**" / "*.csv"
    assert [source_id for _, source_id in list_input_files(pattern, ALL_EXTENSIONS)] == ["2023/a.csv", "2024/b.csv"]
    assert [r.content for r in iter_records(pattern, ALL_EXTENSIONS)] == ["One.", "Two."]


def test_glob_matching_nothing_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no files match the pattern"):
        list_input_files(tmp_path / "*.csv", ALL_EXTENSIONS)


def test_count_records_agrees_with_iter_records_on_every_format() -> None:
    assert count_records(INPUTS, ALL_EXTENSIONS) == len(list(iter_records(INPUTS, ALL_EXTENSIONS)))


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.csv", "list.json"])
def test_file_with_no_record_is_one_empty_item(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "[]" if name == "list.json" else "")
    (record,) = iter_records(path, ALL_EXTENSIONS)
    assert (record.source_id, record.content, record.read_error) == (name, "", None)
    assert count_records(path, ALL_EXTENSIONS) == 1


def test_a_second_run_on_an_output_folder_stops_until_the_first_ends(
        tmp_path: Path, hold_output: Callable[[Path], subprocess.Popen[str]]) -> None:
    # Two runs writing one folder would mix their shards (one crashed reading the other's); the
    # first holds the folder, the second is told so; a killed first run frees it.
    holder = hold_output(tmp_path)
    with pytest.raises(OutputBusyError, match="another run is writing to"), output_lock(tmp_path):
        pass
    with output_lock(tmp_path / "elsewhere"):  # another folder is free
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with output_lock(tmp_path):
        assert (tmp_path / ".lock").exists()
