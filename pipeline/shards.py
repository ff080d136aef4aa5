"""Per-article results as Arrow tables and back: the format of the incremental cache.

A shard holds, for a set of articles, one table per per-article field of `ArticleResult`
(`article` → `articles`, `mentions` → `mentions`, ...), with the columns of that table's schema
in `pipeline.schema`, any record fields the schema does not list (kept so that a record read
back equals the one written), and `_key`, the cache key of the article the row belongs to.
Everything is derived from `ArticleResult` and `schema.TABLES`, so new columns and new
per-article tables flow through without changes here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

import pyarrow as pa

from pipeline.schema import TABLES, Article, ArticleResult, record_to_row

KEY_COLUMN = "_key"


@dataclasses.dataclass(frozen=True, slots=True)
class ShardField:
    """One per-article field of `ArticleResult` and the table it is stored in."""

    field: str
    table: str
    record_type: type
    many: bool


@cache
def shard_fields() -> tuple[ShardField, ...]:
    """The fields of `ArticleResult`, each with its table and record type."""
    hints = typing.get_type_hints(ArticleResult)
    out = []
    for f in dataclasses.fields(ArticleResult):
        hint = hints[f.name]
        many = typing.get_origin(hint) is tuple
        record_type = typing.get_args(hint)[0] if many else hint
        table = f.name if f.name in TABLES else f"{f.name}s"
        if table not in TABLES:
            raise TypeError(f"ArticleResult.{f.name} has no table in schema.TABLES (looked for {table!r})")
        out.append(ShardField(f.name, table, record_type, many))
    return tuple(out)


def article_key(article: Article, settings_fingerprint: str) -> str:
    """Cache key of an article's results: a hash of the whole article record and the settings."""
    row = {name: value.isoformat() if isinstance(value, datetime) else value for name, value in record_to_row(article).items()}
    payload = json.dumps([settings_fingerprint, row], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def results_to_tables(keyed: Sequence[tuple[str, ArticleResult]]) -> dict[str, pa.Table]:
    """One table per per-article field, every row tagged with its article's key."""
    tables = {}
    for spec in shard_fields():
        rows = []
        for key, result in keyed:
            value = getattr(result, spec.field)
            for record in (value if spec.many else (value,)):
                rows.append({**record_to_row(record), KEY_COLUMN: key})
        tables[spec.table] = _table(spec, rows)
    return tables


def _table(spec: ShardField, rows: list[dict[str, Any]]) -> pa.Table:
    schema = TABLES[spec.table]
    columns: dict[str, pa.Array] = {}
    for f in schema:
        columns[f.name] = pa.array([row[f.name] for row in rows], type=f.type)
    for f in dataclasses.fields(spec.record_type):
        if f.name not in columns:  # a record field the output table does not show
            columns[f.name] = pa.array([row[f.name] for row in rows])
    columns[KEY_COLUMN] = pa.array([row[KEY_COLUMN] for row in rows], type=pa.string())
    return pa.table(columns)


def tables_to_results(tables: Mapping[str, pa.Table], wanted: Iterable[str]) -> Iterator[tuple[str, ArticleResult]]:
    """The results stored in a shard's tables for the keys in `wanted`, in the shard's order."""
    wanted_keys = set(wanted)
    by_key: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    for spec in shard_fields():
        table = tables[spec.table]
        for row in table.to_pylist():
            key = row[KEY_COLUMN]
            if key not in wanted_keys:
                continue
            if spec.field == shard_fields()[0].field:
                order.append(key)
            by_key[key][spec.field].append(_record(spec.record_type, row))
    for key in order:
        fields = by_key[key]
        values: dict[str, Any] = {spec.field: tuple(fields[spec.field]) if spec.many else fields[spec.field][0] for spec in shard_fields()}
        yield key, ArticleResult(**values)


# How each field of a record type is read back: as is, as a tuple, or as a tuple of records.
_AS_IS, _TUPLE, _RECORDS = 0, 1, 2


@cache
def _readers(record_type: type) -> tuple[tuple[str, int, Any], ...]:
    hints = typing.get_type_hints(record_type)
    readers: list[tuple[str, int, Any]] = []
    for f in dataclasses.fields(record_type):
        hint = hints[f.name]
        if typing.get_origin(hint) is not tuple:
            readers.append((f.name, _AS_IS, None))
        else:
            (item_type, _) = typing.get_args(hint)
            readers.append((f.name, _RECORDS, item_type) if dataclasses.is_dataclass(item_type) else (f.name, _TUPLE, None))
    return tuple(readers)


def _record(record_type: Any, row: Mapping[str, Any]) -> Any:
    """A record dataclass from a row written by `results_to_tables`."""
    values = {}
    for name, how, item_type in _readers(record_type):
        if name not in row:
            continue  # a field added since the shard was written keeps its default
        value = row[name]
        if value is not None and how == _TUPLE:
            value = tuple(value)
        elif value is not None and how == _RECORDS:
            value = tuple(_record(item_type, item) for item in value)
        values[name] = value
    return record_type(**values)
