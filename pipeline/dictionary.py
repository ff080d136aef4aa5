"""The data dictionary (DATA_DICTIONARY.md), generated from the Arrow schemas of `pipeline.schema`.

Everything comes from `TABLES` (column types, nullability, `description` and `example` field
metadata) and `TABLE_DOCS` (what a row is, its key); joins are read from column descriptions
that say "(joins `table`)" or "(joins `table.column`)". Nothing here is written by hand, so the
dictionary cannot drift from the schemas: a test compares the committed file with `render()`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyarrow as pa

from pipeline.schema import SCHEMA_VERSION, TABLE_DOCS, TABLES, TableDoc

DICTIONARY_FILE = "DATA_DICTIONARY.md"

_JOINS = re.compile(r"joins `(\w+)(?:\.(\w+))?`")


@dataclass(frozen=True, slots=True)
class Join:
    """A column of one table that refers to a column of another."""

    table: str
    column: str
    target_table: str
    target_column: str


def type_name(type_: pa.DataType) -> str:
    """A short readable name for an Arrow type: `list<struct<start: int32, end: int32>>`."""
    if pa.types.is_list(type_) or pa.types.is_large_list(type_):
        return f"list<{type_name(type_.value_type)}>"
    if pa.types.is_struct(type_):
        inner = ", ".join(f"{type_.field(i).name}: {type_name(type_.field(i).type)}" for i in range(type_.num_fields))
        return f"struct<{inner}>"
    if pa.types.is_dictionary(type_):
        return type_name(type_.value_type)
    return str(type_)


def _meta(field: pa.Field, key: str) -> str:
    value: bytes = (field.metadata or {}).get(key.encode(), b"")
    return value.decode()


def _key_of(table: str, docs: Mapping[str, TableDoc]) -> tuple[str, ...]:
    doc = docs.get(table)
    return doc.key if doc is not None else ()


def find_joins(tables: Mapping[str, pa.Schema] = TABLES, docs: Mapping[str, TableDoc] = TABLE_DOCS) -> list[Join]:
    """Every join stated in a column description, with the target column resolved.

    The target column is the one named after the dot, else the target table's one-column key,
    else the column of the same name. A join to an unknown table or column is a ValueError.
    """
    joins = []
    for table, schema in tables.items():
        for field in schema:
            for target_table, named_column in _JOINS.findall(_meta(field, "description")):
                if target_table not in tables:
                    raise ValueError(f"{table}.{field.name} joins unknown table {target_table!r}")
                key = _key_of(target_table, docs)
                target_column = named_column or (key[0] if len(key) == 1 else field.name)
                if target_column not in tables[target_table].names:
                    raise ValueError(f"{table}.{field.name} joins {target_table}, which has no column {target_column!r}")
                joins.append(Join(table, field.name, target_table, target_column))
    return joins


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return "" if not text else (f"`{text}`" if "`" not in text else _cell(text))


def _example(table: str, field: pa.Field, tables: Mapping[str, pa.Schema], joins: list[Join]) -> str:
    """The field's example; a join column without one borrows the example of the column it joins."""
    own = _meta(field, "example")
    if own:
        return own
    target = next((j for j in joins if (j.table, j.column) == (table, field.name)), None)
    return _meta(tables[target.target_table].field(target.target_column), "example") if target else ""


def _table_section(name: str, tables: Mapping[str, pa.Schema], doc: TableDoc | None, joins: list[Join]) -> list[str]:
    schema = tables[name]
    lines = [f"## `{name}`", ""]
    lines.append(f"One row per {doc.row}." if doc else "(No table description in `pipeline.schema.TABLE_DOCS`.)")
    if doc and doc.key:
        lines.append(f"Key: {', '.join(f'`{k}`' for k in doc.key)}. File: `{name}.parquet`.")
    else:
        lines.append(f"No key column. File: `{name}.parquet`.")
    outgoing = [j for j in joins if j.table == name]
    incoming = [j for j in joins if j.target_table == name]
    if outgoing:
        lines.append("Joins to: " + "; ".join(f"`{j.column}` → `{j.target_table}.{j.target_column}`" for j in outgoing) + ".")
    if incoming:
        lines.append("Referred to by: " + "; ".join(f"`{j.table}.{j.column}`" for j in incoming) + ".")
    lines += ["", "| column | type | nullable | meaning | example |", "|---|---|---|---|---|"]
    for field in schema:
        lines.append(
            f"| `{field.name}` | {_cell(type_name(field.type))} | {'yes' if field.nullable else 'no'} "
            f"| {_cell(_meta(field, 'description'))} | {_cell(_code(_example(name, field, tables, joins)))} |"
        )
    return [*lines, ""]


def render(tables: Mapping[str, pa.Schema] = TABLES, docs: Mapping[str, TableDoc] = TABLE_DOCS) -> str:
    """The data dictionary as Markdown: an overview, the joins, then one section per table."""
    joins = find_joins(tables, docs)
    lines = [
        "# Data dictionary",
        "",
        "<!-- Generated from pipeline/schema.py by `python -m pipeline dictionary`; do not edit by hand. -->",
        "",
        f"Schema version {SCHEMA_VERSION}. Every table is a Parquet file in the output folder "
        "(default `data/processed/`); the descriptions below are also stored in the Parquet schema "
        "(field metadata `description`, `example`). Character offsets (`start_char`, `end_char`, "
        "`*_start`, `*_end`) index into `articles.text` of the row's article, end exclusive.",
        "",
        "| table | one row per | key | columns |",
        "|---|---|---|---|",
    ]
    for name, schema in tables.items():
        doc = docs.get(name)
        key = ", ".join(f"`{k}`" for k in doc.key) if doc and doc.key else "—"
        lines.append(f"| [`{name}`](#{name}) | {_cell(doc.row) if doc else '—'} | {key} | {len(schema)} |")
    lines += ["", "## How the tables join", ""]
    if joins:
        lines += ["| from | to | relation |", "|---|---|---|"]
        for j in joins:
            unique = _key_of(j.target_table, docs) == (j.target_column,)
            relation = "many to one" if unique else "many to many"
            lines.append(f"| `{j.table}.{j.column}` | `{j.target_table}.{j.target_column}` | {relation} |")
    else:
        lines.append("No joins are declared.")
    lines.append("")
    for name in tables:
        lines += _table_section(name, tables, docs.get(name), joins)
    return "\n".join(lines).rstrip("\n") + "\n"
