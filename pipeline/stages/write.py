"""Write: turn the records of a run into Arrow tables with the schemas of `pipeline.schema`.

Only the table building lives here; `pipeline.io.write_tables` puts them on disk.
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


def build_tables(results: Sequence[ArticleResult], entities: Sequence[Entity], rejects: Sequence[Reject]) -> dict[str, pa.Table]:
    """The output tables, rows in a deterministic order."""
    ordered = sorted(results, key=lambda r: (r.article.source_path, r.article.source_id))
    return {
        "articles": _table("articles", (r.article for r in ordered)),
        "mentions": _table("mentions", (m for r in ordered for m in r.mentions)),
        "entities": _table("entities", sorted(entities, key=lambda e: e.entity_id)),
        "claims": _table("claims", (c for r in ordered for c in r.claims)),
        "claim_speakers": _table("claim_speakers", (s for r in ordered for c in r.claims for s in c.speakers)),
        "claim_entities": _table("claim_entities", claim_entities(ordered)),
        "rejects": _table("rejects", sorted(rejects, key=lambda r: (r.source_path, r.source_id, r.stage))),
    }
