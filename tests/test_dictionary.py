"""The data dictionary is generated from the schemas, complete, and committed up to date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from pipeline.__main__ import app
from pipeline.dictionary import DICTIONARY_FILE, Join, find_joins, render, type_name
from pipeline.schema import TABLE_DOCS, TABLES, TableDoc

ROOT = Path(__file__).resolve().parent.parent


def test_committed_dictionary_matches_the_schemas() -> None:
    committed = (ROOT / DICTIONARY_FILE).read_text(encoding="utf-8")
    assert committed == render(), f"{DICTIONARY_FILE} is out of date: run `python -m pipeline dictionary`"


def test_every_table_has_a_row_description_and_a_valid_key() -> None:
    assert set(TABLE_DOCS) == set(TABLES), "add the new table to pipeline.schema.TABLE_DOCS"
    for name, doc in TABLE_DOCS.items():
        assert doc.row
        assert set(doc.key) <= set(TABLES[name].names), name


def test_every_column_is_listed_with_its_type_and_description() -> None:
    text = render()
    for name, schema in TABLES.items():
        section = text.split(f"## `{name}`", 1)[1].split("\n## ", 1)[0]
        for field in schema:
            description = field.metadata[b"description"].decode()
            assert f"| `{field.name}` | {type_name(field.type)} |" in section
            assert description.replace("|", "\\|") in section



def test_every_column_has_its_own_example() -> None:
    missing = [f"{name}.{field.name}" for name, schema in TABLES.items() for field in schema
               if not (field.metadata or {}).get(b"example", b"").strip()]
    assert not missing, f"give these columns an example in pipeline/schema.py: {missing}"


def test_numeric_and_boolean_examples_parse_as_their_type() -> None:
    for name, schema in TABLES.items():
        for field in schema:
            example = field.metadata[b"example"].decode()
            if pa.types.is_integer(field.type):
                assert int(example) >= 0, f"{name}.{field.name}"
            elif pa.types.is_boolean(field.type):
                assert example in {"true", "false"}, f"{name}.{field.name}"
            elif pa.types.is_timestamp(field.type):
                assert datetime.fromisoformat(example).tzinfo is not None, f"{name}.{field.name}"


@pytest.mark.parametrize(("type_", "expected"), [
    (pa.string(), "string"),
    (pa.timestamp("us", tz="UTC"), "timestamp[us, tz=UTC]"),
    (pa.list_(pa.string()), "list<string>"),
    (pa.list_(pa.struct([pa.field("start", pa.int32(), nullable=False), pa.field("end", pa.int32())])),
     "list<struct<start: int32, end: int32>>"),
])
def test_type_names_are_short(type_: pa.DataType, expected: str) -> None:
    assert type_name(type_) == expected


def test_joins_are_read_from_the_descriptions() -> None:
    joins = find_joins()
    assert Join("claims", "speaker_entity_id", "entities", "entity_id") in joins
    assert Join("mentions", "article_id", "articles", "article_id") in joins
    assert all(j.target_table in TABLES for j in joins)


def _field(name: str, doc: str) -> pa.Field:
    return pa.field(name, pa.string(), metadata={"description": doc})


def test_a_new_table_is_documented_without_changes_to_the_generator() -> None:
    tables = {
        "claims": pa.schema([_field("claim_id", "Id.")]),
        "claim_speakers": pa.schema([_field("claim_id", "The claim (joins `claims`)."),
                                     _field("speaker_entity_id", "Who (joins `entities.entity_id`)."),
                                     _field("role", "A | B.")]),
        "entities": pa.schema([_field("entity_id", "Id.")]),
    }
    docs = {"claims": TableDoc("claim", ("claim_id",)), "entities": TableDoc("entity", ("entity_id",))}
    text = render(tables, docs)
    assert "| `claim_speakers.claim_id` | `claims.claim_id` | many to one |" in text
    assert "| `claim_speakers.speaker_entity_id` | `entities.entity_id` | many to one |" in text
    assert "A \\| B." in text  # a pipe in a description does not break the Markdown table
    assert "(No table description" in text


def test_a_join_column_without_example_borrows_the_joined_columns() -> None:
    entities = pa.schema([pa.field("entity_id", pa.string(), metadata={"description": "Id.", "example": "E42"})])
    tables = {"entities": entities, "claims": pa.schema([_field("speaker_entity_id", "Who (joins `entities`).")])}
    assert "| `speaker_entity_id` | string | yes | Who (joins `entities`). | `E42` |" in render(tables, {"entities": TableDoc("e", ("entity_id",))})


@pytest.mark.parametrize("description", ["See (joins `nowhere`).", "See (joins `claims.no_such_column`)."])
def test_a_join_to_nothing_is_an_error(description: str) -> None:
    tables = {"claims": pa.schema([_field("claim_id", "Id.")]), "x": pa.schema([_field("claim_id", description)])}
    with pytest.raises(ValueError, match="joins"):
        find_joins(tables, {})


def test_cli_writes_and_checks_the_dictionary(tmp_path: Path) -> None:
    target = tmp_path / "dict.md"
    runner = CliRunner()
    assert runner.invoke(app, ["dictionary", "--output", str(target), "--check"]).exit_code == 1
    assert runner.invoke(app, ["dictionary", "--output", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8") == render()
    assert runner.invoke(app, ["dictionary", "--output", str(target), "--check"]).exit_code == 0
