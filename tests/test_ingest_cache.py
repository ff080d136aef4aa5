"""The ingest cache: a re-run reuses what ingest made of each known record, and only that."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from pipeline import io
from pipeline.boilerplate import line_fingerprint
from pipeline.config import Config
from pipeline.ingest_cache import IngestCache, ingest_fingerprint
from pipeline.language import LanguageIdentifier
from pipeline.runner import run
from pipeline.schema import TABLES, RawRecord
from pipeline.stages.ingest import IngestContext, ingest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"

BODY = ("The harbour authority said on Monday that the new ferry pier would open in June, two months later than "
        "planned, because of a shortage of steel.")
FOOTER = "The views expressed by our readers do not reflect those of the harbour gazette."


def test_stored_outcomes_equal_fresh_ones(tmp_path: Path, config: Config, identify_language: LanguageIdentifier) -> None:
    cache = IngestCache(tmp_path, ingest_fingerprint(config))
    context = IngestContext(identify_language)
    records = [*io.iter_records(SAMPLE, config.input.extensions),
               RawRecord("x.jsonl", "x.jsonl:3", "", read_error="bad JSON", read_error_reason="malformed")]
    outcomes = {cache.key(r): ingest(r, config, context) for r in records}
    for key, outcome in outcomes.items():
        cache.add(key, {1, 2}, frozenset({2, 3}), outcome)
    cache.close()
    reopened = IngestCache(tmp_path, ingest_fingerprint(config))
    assert {key: reopened.outcome(key, frozenset({2, 3})) for key in outcomes} == outcomes
    assert any(getattr(o, "published_at", None) is not None for o in outcomes.values())  # dates survive the trip


@pytest.mark.parametrize(("stored_frequent", "now_frequent", "reused"), [
    ({2}, {2, 3}, True),       # a frequent line the record does not print changes nothing
    ({2}, {3}, False),         # a line of the record is no longer frequent
    (set(), {1}, False),       # a line of the record became frequent
])
def test_outcome_is_reused_only_with_the_same_frequent_lines(tmp_path: Path, config: Config, stored_frequent: set[int],
                                                             now_frequent: set[int], reused: bool) -> None:
    cache = IngestCache(tmp_path, ingest_fingerprint(config))
    record = RawRecord("a.txt", "a.txt", BODY)
    outcome = ingest(record, config)
    cache.add(cache.key(record), {1, 2}, frozenset(stored_frequent), outcome)
    assert (cache.outcome(cache.key(record), frozenset(now_frequent)) == outcome) is reused


@pytest.mark.parametrize("change", [{"content": BODY + "!"}, {"title": "Pier"}, {"source_id": "b.txt"},
                                    {"content": BODY.encode()}, {"url": ""}])
def test_key_covers_every_field_of_the_record(tmp_path: Path, config: Config, change: dict[str, object]) -> None:
    cache = IngestCache(tmp_path, ingest_fingerprint(config))
    record = RawRecord("a.txt", "a.txt", BODY)
    assert cache.key(dataclasses.replace(record, **change)) != cache.key(record)  # type: ignore[arg-type]


def test_settings_change_the_key(config: Config) -> None:
    other = dataclasses.replace(config, input=dataclasses.replace(config.input, min_chars=config.input.min_chars + 1))
    assert ingest_fingerprint(other) != ingest_fingerprint(config)


def test_rerun_after_a_line_became_corpus_furniture_equals_a_fresh_run(tmp_path: Path, nlp: Language, config: Config) -> None:
    settings = dataclasses.replace(config, boilerplate=dataclasses.replace(config.boilerplate, repeated_min_documents=4))
    corpus = tmp_path / "raw"
    corpus.mkdir()

    def write(i: int) -> None:
        (corpus / f"{i}.txt").write_text(f"Ferry pier story number {i} of the week\n\n{BODY} It was story {i} of the week.\n\n{FOOTER}\n")

    for i in range(3):
        write(i)
    output = tmp_path / "out"
    run(corpus, output, settings, nlp=nlp)
    assert all(FOOTER in text for text in pq.read_table(output / "articles.parquet").column("text").to_pylist())
    write(3)  # the footer is now printed by 4 articles: corpus furniture, also in the 3 known ones
    run(corpus, output, settings, nlp=nlp)
    texts = pq.read_table(output / "articles.parquet").column("text").to_pylist()
    assert len(texts) == 4 and not any(FOOTER in text for text in texts)
    fresh = tmp_path / "fresh"
    run(corpus, fresh, settings, nlp=nlp)
    for name in TABLES:
        assert pq.read_table(output / f"{name}.parquet").equals(pq.read_table(fresh / f"{name}.parquet")), name


def test_entries_of_records_gone_from_the_input_are_pruned(tmp_path: Path, config: Config) -> None:
    cache = IngestCache(tmp_path, ingest_fingerprint(config))
    records = [RawRecord("a.txt", "a.txt", BODY), RawRecord("b.txt", "b.txt", BODY + " Really.")]
    for record in records:
        cache.add(cache.key(record), set(), frozenset(), ingest(record, config))
    assert cache.prune([cache.key(records[0])]) == 1
    assert cache.outcome(cache.key(records[1]), frozenset()) is None
    assert cache.outcome(cache.key(records[0]), frozenset()) is not None


def test_fingerprints_of_known_records_come_from_the_cache(tmp_path: Path, config: Config) -> None:
    cache = IngestCache(tmp_path, ingest_fingerprint(config))
    record = RawRecord("a.txt", "a.txt", f"{BODY}\n\n{FOOTER}\n")
    assert cache.fingerprints(cache.key(record)) is None
    cache.add(cache.key(record), {line_fingerprint(FOOTER)}, frozenset(), ingest(record, config))
    assert cache.fingerprints(cache.key(record)) == frozenset({line_fingerprint(FOOTER)})
