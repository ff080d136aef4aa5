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
import itertools
import json
import typing
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

import pyarrow as pa

from pipeline.schema import TABLES, Article, ArticleResult, field_names, record_to_json_row, records_to_columns, tuple_item_types

KEY_COLUMN = "_key"
# In the articles table: a hash of what the results depend on (the cleaned text, its title, the
# settings), without where the article came from, so results survive a moved or renamed input.
CONTENT_KEY_COLUMN = "_content_key"


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
    row = record_to_json_row(article)
    payload = json.dumps([settings_fingerprint, row], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def content_key(article: Article, settings_fingerprint: str) -> str:
    """What an article's results depend on: its cleaned text (and so its id), its title, its outlet
    (a claim told to it has it as medium) and the settings; not its path, id in the input or date,
    which only the articles table shows."""
    payload = json.dumps([settings_fingerprint, article.article_id, article.title, article.text, article.outlet], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def results_to_tables(keyed: Sequence[tuple[str, ArticleResult]], content_keys: Sequence[str] | None = None) -> dict[str, pa.Table]:
    """One table per per-article field, every row tagged with its article's key (and the
    articles table with the `content_keys`, when given, one per result)."""
    tables = {}
    for spec in shard_fields():
        records: list[Any] = []
        keys: list[str] = []
        for key, result in keyed:
            value = getattr(result, spec.field)
            values = value if spec.many else (value,)
            records.extend(values)
            keys.extend([key] * len(values))
        tables[spec.table] = _table(spec, records, keys)
    if content_keys is not None:
        first = shard_fields()[0].table
        tables[first] = tables[first].append_column(CONTENT_KEY_COLUMN, pa.array(content_keys, type=pa.string()))
    return tables


def _table(spec: ShardField, records: list[Any], keys: list[str]) -> pa.Table:
    schema = TABLES[spec.table]
    extra = [name for name in field_names(spec.record_type) if name not in schema.names]  # fields the output does not show
    columns = records_to_columns(records, [*schema.names, *extra])
    arrays = {f.name: pa.array(columns[f.name], type=f.type) for f in schema}
    arrays.update((name, pa.array(columns[name])) for name in extra)
    arrays[KEY_COLUMN] = pa.array(keys, type=pa.string())
    return pa.table(arrays)


def fields_to_read(fields: Collection[str] | None) -> tuple[ShardField, ...]:
    """The shard fields that reading `fields` of `ArticleResult` needs (all for None): those and
    the first, the article, which every result has and which gives the order."""
    return tuple(spec for spec in shard_fields() if fields is None or spec.field in fields or spec is shard_fields()[0])


def tables_to_results(tables: Mapping[str, pa.Table], wanted: Iterable[str],
                      fields: Collection[str] | None = None) -> Iterator[tuple[str, ArticleResult]]:
    """The results stored in a shard's tables for the keys in `wanted`, in the shard's order;
    with `fields`, only those fields of each result are read (the others keep their defaults)."""
    wanted_keys = set(wanted)
    specs = fields_to_read(fields)
    by_key: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    first_field = shard_fields()[0].field
    for spec in specs:
        columns = tables[spec.table].to_pydict()  # column by column: a dict per row is several times slower
        keys = columns[KEY_COLUMN]
        for key, record in zip(keys, _records(spec.record_type, columns), strict=True):
            if key not in wanted_keys:
                continue
            if spec.field == first_field:
                order.append(key)
            by_key[key][spec.field].append(record)
    for key in order:
        found = by_key[key]
        values: dict[str, Any] = {spec.field: tuple(found[spec.field]) if spec.many else found[spec.field][0] for spec in specs}
        yield key, ArticleResult(**values)


def _records(record_type: Any, columns: Mapping[str, list[Any]]) -> Iterator[Any]:
    """Records from the columns written by `results_to_tables`."""
    names: list[str] = []
    values: list[list[Any]] = []
    for name, how, item_type in _readers(record_type):
        if name not in columns:
            continue  # a field added since the shard was written keeps its default
        column = columns[name]
        if how == _TUPLE:
            column = [None if v is None else tuple(v) for v in column]
        elif how == _RECORDS:
            column = [None if v is None else tuple(_record(item_type, item) for item in v) for v in column]
        names.append(name)
        values.append(column)
    if len(names) == len(_readers(record_type)):  # every field stored: positional arguments, no dict per row
        yield from itertools.starmap(record_type, zip(*values, strict=True))
        return
    for row in zip(*values, strict=True):
        yield record_type(**dict(zip(names, row, strict=True)))


# How each field of a record type is read back: as is, as a tuple, or as a tuple of records.
_AS_IS, _TUPLE, _RECORDS = 0, 1, 2


@cache
def _readers(record_type: type) -> tuple[tuple[str, int, Any], ...]:
    tuples = tuple_item_types(record_type)
    readers: list[tuple[str, int, Any]] = []
    for name in field_names(record_type):
        if name not in tuples:
            readers.append((name, _AS_IS, None))
        else:
            item_type = tuples[name]
            readers.append((name, _RECORDS, item_type) if dataclasses.is_dataclass(item_type) else (name, _TUPLE, None))
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
