"""Incremental and resumable runs: the shard cache under the output folder."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from pipeline import io
from pipeline.cache import ShardCache
from pipeline.config import Config
from pipeline.runner import load_lexicons, process_articles, run
from pipeline.schema import TABLES, Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"


def _assert_same_tables(output: Path, reference: Path) -> None:
    for name in TABLES:
        assert pq.read_table(output / f"{name}.parquet").equals(pq.read_table(reference / f"{name}.parquet")), name


def _with(config: Config, **runtime: object) -> Config:
    return dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, **runtime))


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(SAMPLE, folder)
    return folder


def test_rerun_reuses_every_article_and_gives_the_same_tables(tmp_path: Path, nlp: Language, config: Config,
                                                              sample_output: Path) -> None:
    first = run(SAMPLE, tmp_path, config, nlp=nlp)
    again = run(SAMPLE, tmp_path, config, nlp=nlp)
    assert (first.n_reused, again.n_reused, again.n_articles) == (0, 7, 7)
    _assert_same_tables(tmp_path, sample_output)


def _table_files(output: Path) -> dict[str, int]:
    return {name: (output / f"{name}.parquet").stat().st_mtime_ns for name in TABLES}


def test_unchanged_rerun_keeps_the_written_tables(tmp_path: Path, nlp: Language, config: Config) -> None:
    first = run(SAMPLE, tmp_path, config, nlp=nlp)
    written = _table_files(tmp_path)
    again = run(SAMPLE, tmp_path, config, nlp=nlp)
    assert _table_files(tmp_path) == written  # made from exactly these results: not redone
    assert dataclasses.replace(again, seconds=0, n_reused=0) == dataclasses.replace(first, seconds=0)
    (tmp_path / "mentions.parquet").unlink()  # a table gone: the corpus-level steps run again
    run(SAMPLE, tmp_path, config, nlp=nlp)
    assert (tmp_path / "mentions.parquet").is_file()
    assert _table_files(tmp_path)["articles"] != written["articles"]


def test_edited_aliases_file_redoes_the_corpus_level_steps(tmp_path: Path, nlp: Language, config: Config) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text("", encoding="utf-8")
    with_aliases = dataclasses.replace(config, entities=dataclasses.replace(config.entities, aliases=str(aliases)))
    output = tmp_path / "out"
    run(SAMPLE, output, with_aliases, nlp=nlp)
    aliases.write_text('[canonical]\n"Nadia Felsberg" = "Dr Nadia Felsberg"\n', encoding="utf-8")
    summary = run(SAMPLE, output, with_aliases, nlp=nlp)
    assert summary.n_reused == 7  # no article is annotated again ...
    names = set(pq.read_table(output / "entities.parquet").column("canonical_name").to_pylist())
    assert "Dr Nadia Felsberg" in names  # ... but entities are resolved again
    assert "Nadia Felsberg" not in names


def test_changed_article_alone_is_annotated_again(tmp_path: Path, sample_copy: Path, nlp: Language, config: Config) -> None:
    output = tmp_path / "out"
    run(sample_copy, output, config, nlp=nlp)
    lynx = sample_copy / "07_lynx_sighting.txt"
    lynx.write_text(lynx.read_text(encoding="utf-8") + '\n\n"It was huge," said farmer Jo Pike.\n', encoding="utf-8")
    (sample_copy / "02_rail_freight_talks.txt").unlink()
    summary = run(sample_copy, output, config, nlp=nlp)
    assert (summary.n_articles, summary.n_reused) == (6, 5)
    claims = pq.read_table(output / "claims.parquet").to_pandas()
    assert "farmer Jo Pike" in set(claims.speaker_text)
    fresh = tmp_path / "fresh"
    run(sample_copy, fresh, config, nlp=nlp)
    _assert_same_tables(output, fresh)


def test_moved_input_is_not_annotated_again(tmp_path: Path, sample_copy: Path, nlp: Language, config: Config) -> None:
    output = tmp_path / "out"
    run(sample_copy, output, config, nlp=nlp)
    moved = tmp_path / "renamed"
    sample_copy.rename(moved)  # every article's source_path changes, and so its record and key
    summary = run(moved, output, config, nlp=nlp)
    assert (summary.n_articles, summary.n_reused) == (7, 7)
    articles = pq.read_table(output / "articles.parquet").to_pandas()
    assert all(path.startswith(str(moved)) for path in articles.source_path)
    fresh = tmp_path / "fresh"
    run(moved, fresh, config, nlp=nlp)
    _assert_same_tables(output, fresh)
    # The results under the old paths are gone with their shards; a third run finds everything by key.
    assert len(io.list_shards(output / "shards")) == len(io.list_shards(fresh / "shards"))
    assert run(moved, output, config, nlp=nlp).n_reused == 7


def test_force_annotates_everything_again(tmp_path: Path, nlp: Language, config: Config) -> None:
    run(SAMPLE, tmp_path, config, nlp=nlp)
    assert run(SAMPLE, tmp_path, config, nlp=nlp, force=True).n_reused == 0


def test_changed_extraction_settings_invalidate_the_cache(tmp_path: Path, nlp: Language, config: Config) -> None:
    run(SAMPLE, tmp_path, config, nlp=nlp)
    stricter = dataclasses.replace(config, claims=dataclasses.replace(config.claims, min_quote_words=8))
    assert run(SAMPLE, tmp_path, stricter, nlp=nlp).n_reused == 0
    faster = _with(config, shard_articles=3)  # runtime settings do not change results
    assert run(SAMPLE, tmp_path, faster, nlp=nlp).n_reused == 0  # the stricter run pruned the old shards
    assert run(SAMPLE, tmp_path, faster, nlp=nlp).n_reused == 7


@pytest.mark.parametrize(("use_blis", "start_method"), [(True, "fork"), (False, "spawn"), (False, "fork")])
def test_two_worker_processes_give_the_same_tables_however_started(tmp_path: Path, config: Config, use_blis: bool,
                                                                   start_method: str, sample_output: Path) -> None:
    # The reference was made in this process with spaCy's default ops (blis), one process. With
    # "fork" the runner loads the model here and the workers inherit it; with "spawn" each loads its own.
    chosen = _with(config, use_blis=use_blis, shard_articles=2, workers=2, parallel_min_articles=1, start_method=start_method)
    summary = run(SAMPLE, tmp_path, dataclasses.replace(chosen, annotate=dataclasses.replace(chosen.annotate, batch_size=2)))
    assert summary.n_articles == 7
    _assert_same_tables(tmp_path, sample_output)


def test_run_killed_at_any_point_resumes_to_the_same_tables(tmp_path: Path, sample_output: Path) -> None:
    config_file = tmp_path / "small_shards.toml"
    config_file.write_text("[runtime]\nworkers = 1\nshard_articles = 1\n[annotate]\nbatch_size = 1\n", encoding="utf-8")
    output = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", "--input", str(SAMPLE), "--output", str(output),
               "--config", str(config_file), "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shards = output / "shards"
    deadline = time.monotonic() + 120
    # Kill as soon as the first article's shard is complete: mid-run, maybe mid-write of the next.
    while process.poll() is None and time.monotonic() < deadline and not _complete_shards(shards):
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (output / "claims.parquet").exists()  # it really died before the end
    resumed = subprocess.run(command[:-1], cwd=ROOT, capture_output=True, text=True, check=True)
    reused = int(resumed.stdout.split("reused ")[1].split()[0])
    assert reused >= 1  # the resumed run started from what the killed one had stored
    _assert_same_tables(output, sample_output)
    assert len(_complete_shards(shards)) == 7
    assert not [p for p in shards.iterdir() if p.name.startswith(".")]  # no half-written shard left


def _complete_shards(shards: Path) -> list[Path]:
    # A shard is a folder; the ingest cache and the stored gazetteer are files beside them.
    return [p for p in shards.iterdir() if p.is_dir() and not p.name.startswith(".")] if shards.is_dir() else []


def _sample_articles(n: int) -> list[Article]:
    texts = [
        'Dock workers walked out on Friday. "We were ignored," said union rep Carla Munt.\n\nThe port said talks go on.',
        "Light rain is expected in the north tomorrow, with sunny spells later in the week.",
        "Mayor Tom Reyes told reporters the bypass would open in May.\n\nCritics said it came too late.",
    ]
    return [Article(f"a{i}", "in/x.jsonl", f"x:{i}", f"Title {i}", "The Ledger", None, None, None, texts[i % 3] + f" ({i})",
                    len(texts[i % 3]) + len(f" ({i})"), 1) for i in range(n)]


@pytest.mark.parametrize("batch_sizes, shard_articles, n_shards", [
    ((1, 1, 1, 1, 1), 2, 3),  # whole batches per shard: 2 + 2 + the rest on flush
    ((2, 1, 2), 2, 2),
    ((5,), 500, 1),
    ((1, 2, 2), 1, 3),
])
def test_batches_added_one_by_one_read_back_as_stored(tmp_path: Path, nlp: Language, config: Config,
                                                      batch_sizes: tuple[int, ...], shard_articles: int, n_shards: int) -> None:
    # Batches with and without claims (claims' untyped shard columns are then all null in some batches).
    results = list(process_articles(nlp, _sample_articles(sum(batch_sizes)), config, load_lexicons(config)))
    assert any(r.claims for r in results) and not all(r.claims for r in results)
    cache = ShardCache(tmp_path, "settings", shard_articles, "zstd")
    start = 0
    for size in batch_sizes:
        cache.add(results[start:start + size])
        start += size
    cache.flush()
    keys = [cache.key(r.article) for r in results]
    assert len(_complete_shards(tmp_path)) == n_shards
    assert list(ShardCache(tmp_path, "settings", shard_articles, "zstd").load(keys)) == results


def test_load_reads_one_shard_at_a_time_and_only_the_fields_asked_for(tmp_path: Path, nlp: Language, config: Config,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    results = list(process_articles(nlp, _sample_articles(6), config, load_lexicons(config)))
    cache = ShardCache(tmp_path, "settings", 2, "zstd")
    for result in results:
        cache.add([result])
    keys = [cache.key(r.article) for r in results]
    reads: list[tuple[str, ...] | None] = []
    real_read = io.read_shard

    def counted(shard: Path, tables: Iterable[str] | None = None) -> dict[str, pa.Table]:
        reads.append(None if tables is None else tuple(tables))
        return real_read(shard, tables)

    monkeypatch.setattr(io, "read_shard", counted)
    loaded = cache.load(keys)
    assert next(loaded) == results[0]
    assert len(reads) == 1  # the first of three shards
    assert [next(loaded) for _ in range(5)] == results[1:]
    assert len(reads) == 3
    reads.clear()
    light = list(cache.load(keys[::-1], fields=("article", "mentions")))
    assert light == [dataclasses.replace(r, claims=()) for r in results[::-1]]
    assert any(r.claims for r in results)
    assert reads == [("articles", "mentions")] * 3
