"""The incremental cache: per-article results in shards under the output folder.

An article's results are stored under a key that hashes the article record and everything the
results depend on (model, extraction settings, schema version, code). A run looks every article
up, annotates only the missing ones, stores them in shards as it goes (so a killed run loses at
most one unfinished shard), and then reads this run's results back for the corpus-level steps.
A missing article whose text, title and settings match stored results (a moved input: only its
path changed) takes those results instead of being annotated (`stored_with_content_of`, `relocate`).
Results waiting for their shard are kept as Arrow tables, a batch at a time, not as Python
records: a shard's worth of records took ~45 MB of the parent's peak memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

import pyarrow as pa

from pipeline import io
from pipeline.schema import Article, ArticleResult, with_changes
from pipeline.shards import (
    CONTENT_KEY_COLUMN,
    KEY_COLUMN,
    article_key,
    content_key,
    fields_to_read,
    results_to_tables,
    shard_fields,
    tables_to_results,
)


class ShardCache:
    """Per-article results on disk, looked up by key."""

    def __init__(self, directory: Path, settings_fingerprint: str, shard_articles: int, compression: str, *,
                 force: bool = False) -> None:
        self.directory = directory
        self.fingerprint = settings_fingerprint
        self.shard_articles = shard_articles
        self.compression = compression
        self._index_table = shard_fields()[0].table
        if force:
            io.remove_shards(io.list_shards(directory))
        self._index: dict[str, Path] = {}
        self._by_content: dict[str, str] = {}  # content key → a stored key with those results
        for shard in io.list_shards(directory):
            columns = io.read_shard_columns(shard, self._index_table, (KEY_COLUMN, CONTENT_KEY_COLUMN))
            for key in columns[KEY_COLUMN]:
                self._index.setdefault(key, shard)
            for key, content in zip(columns[KEY_COLUMN], columns.get(CONTENT_KEY_COLUMN, ()), strict=False):
                self._by_content.setdefault(content, key)
        self._waiting_keys: list[str] = []
        self._waiting_tables: list[dict[str, pa.Table]] = []  # one `results_to_tables` per added batch

    def key(self, article: Article) -> str:
        """The cache key of an article."""
        return article_key(article, self.fingerprint)

    def stored_with_content_of(self, article: Article) -> str | None:
        """The key of stored results made from the same text, title and settings as `article`'s
        (under another path, input id, outlet or date), if any: they are its results too."""
        return self._by_content.get(content_key(article, self.fingerprint))

    def relocate(self, moved: Sequence[tuple[Article, str]]) -> None:
        """Store, for each (article, stored key), the results stored under that key as the
        article's own (its record replacing the stored one): a moved or re-dated article is not
        annotated again. Each shard involved is read once."""
        if not moved:
            return
        stored = self.load([key for _, key in moved])
        self.add([with_changes(result, article=article) for (article, _), result in zip(moved, stored, strict=True)])

    def stored_keys(self) -> list[str]:
        """Every stored key, shard by shard (oldest first)."""
        return list(self._index)

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def add(self, results: Sequence[ArticleResult]) -> None:
        """Store results; a shard is written whenever `shard_articles` or more are waiting (whole batches)."""
        keyed = [(self.key(r.article), r) for r in results]
        self._waiting_keys.extend(key for key, _ in keyed)
        self._waiting_tables.append(results_to_tables(keyed, [content_key(r.article, self.fingerprint) for r in results]))
        if len(self._waiting_keys) >= self.shard_articles:
            self.flush()

    def flush(self) -> None:
        """Write what is waiting."""
        if not self._waiting_keys:
            return
        keys = self._waiting_keys
        # "permissive": a record field the schema does not type (inferred per batch) may be all null in one batch
        tables = {name: pa.concat_tables([batch[name] for batch in self._waiting_tables], promote_options="permissive")
                  for name in self._waiting_tables[0]}
        self._waiting_keys, self._waiting_tables = [], []
        shard_id = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]
        shard = io.write_shard(self.directory, shard_id, tables, self.compression)
        for key in keys:
            self._index.setdefault(key, shard)

    def load(self, keys: Sequence[str], fields: Collection[str] | None = None) -> Iterator[ArticleResult]:
        """The stored results for `keys`, in that order (every key must be stored), read a shard at
        a time: only the results of shards read ahead of their turn wait in memory (none when the
        keys come in the order they were stored, as in a run). With `fields` (of `ArticleResult`),
        only those are read; the others are left empty."""
        tables = None if fields is None else [spec.table for spec in fields_to_read(fields)]
        wanted: dict[Path, list[str]] = {}
        for key in keys:
            wanted.setdefault(self._index[key], []).append(key)
        found: dict[str, ArticleResult] = {}
        for key in keys:
            if key not in found:
                shard = self._index[key]
                found.update(tables_to_results(io.read_shard(shard, tables), wanted.pop(shard), fields))
            yield found.pop(key)

    def prune(self, keep: Sequence[str]) -> int:
        """Delete shards holding none of the keys in `keep` (articles no longer in the input); how many."""
        used = {self._index[key] for key in keep}
        unused = set(self._index.values()) - used
        io.remove_shards(unused)
        self._index = {key: shard for key, shard in self._index.items() if shard not in unused}
        return len(unused)
