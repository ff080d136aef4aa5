"""pipeline.formats: news-please JSON, CSV exports, saved HTML pages, JSONL lines; broken records become read errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.decoding import sha256_hex
from pipeline.formats import csv_column_map, parse_csv, parse_html, parse_json, parse_jsonl_lines

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"


def data(name: str) -> bytes:
    return (INPUTS / name).read_bytes()


def test_news_please_object() -> None:
    (record,) = parse_json(data("news_please_article.json"), "in/a.json", "a.json")
    assert (record.source_id, record.title, record.outlet, record.published, record.url, record.authors, record.language,
            record.encoding) == ("a.json", "Council approves harbour budget", "lantern.example", "2023-05-02 08:15:00",
                                 "https://lantern.example/harbour-budget", "Maria Lopez", "en", "utf-8")
    assert isinstance(record.content, str)
    assert record.content.startswith("The city council approved")
    assert record.read_error is None


def test_news_please_list_keeps_the_good_items_and_flags_the_bad() -> None:
    records = list(parse_json(data("news_please_list.json"), "in/l.json", "l.json"))
    assert [(r.source_id, r.read_error_reason) for r in records] == [
        ("l.json:1", None), ("l.json:2", "malformed"), ("l.json:3", "malformed"), ("l.json:4", None)]
    assert records[1].read_error == "item 2 of the JSON list is not an object"
    assert records[3].title == "Residents ask for a say"


def test_broken_json_file_is_one_malformed_record() -> None:
    (record,) = parse_json(data("broken.json"), "in/b.json", "b.json")
    assert record.read_error_reason == "malformed"
    assert record.read_error is not None
    assert record.read_error.startswith("malformed JSON: Unterminated string")


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        (b'{"articles": [{"id": "x", "text": "One."}, {"id": "y", "text": "Two."}]}', ["x", "y"]),
        (b'{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n', ["x", "y"]),  # JSON lines saved as .json
        (b'"just a string"', ["f.json"]),
    ],
)
def test_json_shapes(content: bytes, ids: list[str]) -> None:
    assert [r.source_id for r in parse_json(content, "in/f.json", "f.json")] == ids


def test_media_cloud_csv_maps_columns_and_flags_the_bad_row(config: Config) -> None:
    records = list(parse_csv(data("media_cloud_export.csv"), "in/m.csv", "m.csv", config.csv))
    assert [(r.source_id, r.read_error_reason) for r in records] == [("101", None), ("m.csv:2", "malformed"), ("103", None)]
    first = records[0]
    assert (first.title, first.published, first.outlet, first.url, first.language) == (
        "Council approves harbour budget", "2023-05-02 08:15:00", "The Daily Lantern", "https://lantern.example/1", "en")
    assert records[1].read_error == "malformed CSV row 2: 9 cells, the header has 7"


def test_semicolon_cp1252_csv_is_sniffed_and_decoded(config: Config) -> None:
    (record,) = parse_csv(data("archive_semicolon_cp1252.csv"), "in/a.csv", "a.csv", config.csv)
    assert (record.title, record.published, record.outlet, record.encoding) == ("Café owners welcome budget", "02.05.2023",
                                                                               "Lantern", "cp1252")
    assert isinstance(record.content, str)
    assert "Renée Dubois said the “dredging” was overdue." in record.content


def test_csv_columns_can_be_configured(config: Config) -> None:
    content = b"uid,story,when\nk1,The body of the story.,2023-05-02\n"
    settings = dataclasses.replace(config.csv, text="story", id="uid", date="when")
    (record,) = parse_csv(content, "in/c.csv", "c.csv", settings)
    assert (record.source_id, record.content, record.published) == ("k1", "The body of the story.", "2023-05-02")


def test_csv_without_a_text_column_is_one_malformed_record(config: Config) -> None:
    (record,) = parse_csv(b"uid,notes\nk1,The body.\n", "in/c.csv", "c.csv", config.csv)
    assert record.read_error_reason == "malformed"
    assert record.read_error is not None
    assert "no text column" in record.read_error


def test_csv_column_map_detects_known_names(config: Config) -> None:
    header = ["Stories ID", "Publish-Date", "Headline", "Media_Name", "Full Text", "Link"]
    assert csv_column_map(header, config.csv) == {"id": 0, "published": 1, "title": 2, "outlet": 3, "text": 4, "url": 5}


def test_saved_html_page_main_text_and_metadata() -> None:
    content = data("saved_page.html")
    record = parse_html(content, "in/p.html", "p.html")
    assert (record.title, record.outlet, record.published, record.authors, record.encoding) == (
        "Council approves harbour budget", "The Daily Lantern", "2023-05-02T08:15:00+0200", "Maria Lopez", "utf-8")
    assert record.raw_sha256 == sha256_hex(content)
    assert isinstance(record.content, str)
    assert "deputy mayor Anna Kovacs" in record.content
    for furniture in ("Home", "You may like", "All rights reserved", "Weather warning"):
        assert furniture not in record.content


def test_html_without_main_text_is_an_empty_record() -> None:
    record = parse_html(b"<html><head><title>Empty</title></head><body></body></html>", "in/e.html", "e.html")
    assert (record.read_error_reason, record.read_error) == ("empty", "no main text found in the HTML page")


def test_jsonl_lines_number_the_broken_ones() -> None:
    lines = [b'{"id": "a", "text": "One."}\n', b"\n", b"{oops\n", b'{"text": "Three."}\n']
    records = list(parse_jsonl_lines(lines, "in/f.jsonl", "f.jsonl"))
    assert [(r.source_id, r.read_error_reason) for r in records] == [("a", None), ("f.jsonl:3", "malformed"), ("f.jsonl:4", None)]
