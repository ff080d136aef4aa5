"""Write: turn the records of a run into Arrow tables with the schemas of `pipeline.schema`.

Only the table building lives here; `pipeline.io.TableWriter` puts them on disk. A run builds
the per-article tables a chunk of articles at a time (rows in the order of the input) and the
corpus-level ones (entities, rejects) once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from pipeline.schema import TABLES, ArticleResult, Entity, Reject, records_to_columns
from pipeline.stages.entities import claim_entities

# Rows converted to Arrow at a time: the Python dicts of a whole table took more memory than the
# table itself (peak memory grew with the corpus).
_CHUNK_ROWS = 4096


def _table(name: str, records: Iterable[Any]) -> pa.Table:
    schema = TABLES[name]
    batches = []
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, _CHUNK_ROWS)):
        batches.append(pa.RecordBatch.from_pydict(records_to_columns(chunk, schema.names), schema=schema))
    return pa.Table.from_batches(batches, schema=schema).combine_chunks()


def article_tables(results: Sequence[ArticleResult]) -> dict[str, pa.Table]:
    """The per-article tables of these results (linked to entities), rows in their order."""
    return {
        "articles": _table("articles", (r.article for r in results)),
        "mentions": _table("mentions", (m for r in results for m in r.mentions)),
        "claims": _table("claims", (c for r in results for c in r.claims)),
        "claim_speakers": _table("claim_speakers", (s for r in results for c in r.claims for s in c.speakers)),
        "claim_entities": _table("claim_entities", claim_entities(results)),
    }


def corpus_tables(entities: Iterable[Entity], rejects: Iterable[Reject]) -> dict[str, pa.Table]:
    """The entities (by id) and rejects (by source) tables."""
    return {
        "entities": _table("entities", sorted(entities, key=lambda e: e.entity_id)),
        "rejects": _table("rejects", sorted(rejects, key=lambda r: (r.source_path, r.source_id, r.stage))),
    }


def build_tables(results: Sequence[ArticleResult], entities: Sequence[Entity], rejects: Sequence[Reject]) -> dict[str, pa.Table]:
    """Every output table, in the order of `pipeline.schema.TABLES`, from records held in memory."""
    tables = {**article_tables(results), **corpus_tables(entities, rejects)}
    return {name: tables[name] for name in TABLES}
