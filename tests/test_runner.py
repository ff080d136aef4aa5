"""End to end on the bundled sample articles: tables, schemas, offsets, determinism, results."""

from __future__ import annotations

import dataclasses
import gc
import json
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from typer.testing import CliRunner

from pipeline import io, runner
from pipeline.__main__ import app
from pipeline.config import Config
from pipeline.execute import ProcessExecutor, SerialExecutor
from pipeline.ingest_cache import IngestCache, ingest_fingerprint
from pipeline.names import strip_title
from pipeline.runner import (
    CountingPass,
    LoadedModel,
    RunSummary,
    _choose_executor,
    _ingest_all,
    cached_language_identifier,
    counting_pass,
    load_entity_resources,
    process_with,
    run,
)
from pipeline.schema import SCHEMA_VERSION, TABLES, Article, Reject
from pipeline.stages.ingest import NO_CONTEXT, IngestContext

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory, nlp: Language, config: Config) -> tuple[Path, RunSummary]:
    output = tmp_path_factory.mktemp("processed")
    return output, run(SAMPLE, output, config, nlp=nlp)


@pytest.fixture(scope="module")
def tables(sample_run: tuple[Path, RunSummary]) -> dict[str, pd.DataFrame]:
    output, _ = sample_run
    return {name: pd.read_parquet(output / f"{name}.parquet") for name in TABLES}


def test_all_tables_written_with_their_schemas(sample_run: tuple[Path, RunSummary]) -> None:
    output, summary = sample_run
    for name, schema in TABLES.items():
        table = pq.read_table(output / f"{name}.parquet")
        assert table.schema.remove_metadata().equals(schema.remove_metadata()), name
        assert table.schema.metadata[b"newsclaims.schema_version"] == SCHEMA_VERSION.encode()
    assert not list(output.glob(".*tmp*"))
    assert (summary.n_records, summary.n_articles, summary.n_rejected) == (8, 7, 1)


def test_every_offset_points_at_its_text(tables: dict[str, pd.DataFrame]) -> None:
    texts = dict(zip(tables["articles"].article_id, tables["articles"].text, strict=True))
    for row in tables["mentions"].itertuples():
        assert texts[row.article_id][row.start_char:row.end_char] == row.text
    for row in tables["claims"].itertuples():
        text = texts[row.article_id]
        assert text[row.start_char:row.end_char] == row.quote_text
        if isinstance(row.speaker_text, str):
            assert text[int(row.speaker_start):int(row.speaker_end)] == row.speaker_text
        if isinstance(row.cue, str):
            assert text[int(row.cue_start):int(row.cue_end)] == row.cue
        for fragment in row.fragments:
            assert row.start_char <= fragment["start"] < fragment["end"] <= row.end_char


def test_claim_speakers_point_at_their_text(tables: dict[str, pd.DataFrame]) -> None:
    texts = dict(zip(tables["articles"].article_id, tables["articles"].text, strict=True))
    speakers = tables["claim_speakers"]
    for row in speakers.itertuples():
        assert texts[row.article_id][row.speaker_start:row.speaker_end] == row.speaker_text
    counts = speakers.groupby("claim_id").size()
    claims = tables["claims"].set_index("claim_id")
    assert (claims.n_speakers[claims.n_speakers > 0] == counts.reindex(claims.index[claims.n_speakers > 0])).all()
    assert set(speakers.speaker_entity_id.dropna()) <= set(tables["entities"].entity_id)


def test_two_speakers_each_resolved(tables: dict[str, pd.DataFrame]) -> None:
    claims = tables["claims"]
    group = claims[claims.quote_text.str.contains("joint working group")].iloc[0]
    assert group.n_speakers == 2
    speakers = tables["claim_speakers"].merge(tables["entities"], left_on="speaker_entity_id", right_on="entity_id")
    names = speakers[speakers.claim_id == group.claim_id].sort_values("speaker_index").canonical_name.tolist()
    assert [name.split()[-1] for name in names] == ["Sorokin", "Kowalczyk"]


def test_medium_of_an_interview(tables: dict[str, pd.DataFrame]) -> None:
    claims = tables["claims"]
    scanners = claims[claims.quote_text.str.contains("scanners at the Polish border")].iloc[0]
    assert scanners.medium == "Vienna Business Journal"


def test_empty_file_is_rejected_with_reason(tables: dict[str, pd.DataFrame]) -> None:
    rejects = tables["rejects"]
    assert rejects[["source_id", "stage", "reason"]].values.tolist() == [["08_empty.txt", "ingest", "empty"]]


def test_metadata_from_scraped_pages(tables: dict[str, pd.DataFrame]) -> None:
    articles = tables["articles"].set_index("source_id")
    harbour = articles.loc["01_harbour_bridge_closure.txt"]
    assert harbour.title == "Harbour bridge to close for six weeks after cracks found in main girder"
    assert str(harbour.published_at) == "2024-03-12 09:41:07+00:00"
    assert "[ad_1]" not in harbour.text


def _claims_with_names(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    names = tables["entities"][["entity_id", "canonical_name"]].rename(columns={"entity_id": "speaker_entity_id"})
    return tables["claims"].merge(names, on="speaker_entity_id", how="left")


@pytest.mark.parametrize(("quote_start", "kind", "speaker_text", "attribution", "speaker_name"), [
    ('"The inspection found fatigue cracks', "direct", "ministry spokeswoman Helena Marsh", "explicit", "Helena Marsh"),
    ("“Six weeks in spring is the difference", "direct", "he", "pronoun", "Tomasz Wierzbicki"),
    ("that the girder had last been inspected", "indirect", "The ministry", "nominal", "regional transport ministry"),
    ('"This did not happen overnight,"', "direct", "she", "pronoun", "Ruth Okafor"),
])
def test_named_quotes_with_resolved_speakers(tables: dict[str, pd.DataFrame], quote_start: str, kind: str,
                                             speaker_text: str, attribution: str, speaker_name: str) -> None:
    claims = _claims_with_names(tables)
    (row,) = claims[claims.quote_text.str.startswith(quote_start)].itertuples()
    assert (row.kind, row.speaker_text, row.attribution, row.canonical_name) == (kind, speaker_text, attribution, speaker_name)


def test_surname_and_full_name_are_one_entity(tables: dict[str, pd.DataFrame]) -> None:
    entities = tables["entities"]
    (marsh,) = entities[entities.canonical_name == "Helena Marsh"].itertuples()
    assert (marsh.label, set(marsh.aliases)) == ("PERSON", {"Helena Marsh", "Marsh"})


def test_two_runs_give_identical_tables(tmp_path: Path, sample_run: tuple[Path, RunSummary], nlp: Language,
                                        config: Config) -> None:
    first, _ = sample_run
    run(SAMPLE, tmp_path, config, nlp=nlp)
    for name in TABLES:
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(first / f"{name}.parquet")), name


def test_corpus_step_streamed_past_the_kept_articles_gives_the_same_tables(
    tmp_path: Path, sample_run: tuple[Path, RunSummary], nlp: Language, config: Config, monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _ = sample_run
    monkeypatch.setattr(runner, "_WRITE_CHUNK_ARTICLES", 2)
    monkeypatch.setattr(io, "_ROW_GROUP_ROWS", 3)
    for kept in (0, 3):  # every article loaded again in each pass; the first three kept
        output = tmp_path / str(kept)
        run(SAMPLE, output, dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, corpus_kept_articles=kept)), nlp=nlp)
        for name in TABLES:
            assert pq.read_table(output / f"{name}.parquet").equals(pq.read_table(first / f"{name}.parquet")), (kept, name)
        assert pq.ParquetFile(output / "mentions.parquet").metadata.num_row_groups > 1


def test_full_collections_are_rarer_in_the_corpus_step_and_as_before_after_it(
    tmp_path: Path, nlp: Language, config: Config, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, int, int]] = []
    write_corpus = runner.write_corpus

    def recording(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.get_threshold())
        write_corpus(*args, **kwargs)

    monkeypatch.setattr(runner, "write_corpus", recording)
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        run(SAMPLE, tmp_path, config, nlp=nlp)
        assert seen == [(700, 10, 100)]
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_article_rows_come_in_input_order(tmp_path: Path, nlp: Language, config: Config) -> None:
    towns = ["Riverton", "Ashford", "Bellmoor", "Carrick", "Dunmore", "Elston", "Fairley", "Glenholm", "Harwick", "Ivybridge",
             "Kelso", "Lanark"]
    things = ["bridge", "library", "clinic", "school", "market", "station", "stadium", "museum", "park", "pool", "depot", "hall"]
    lines = [json.dumps({"text": f"The mayor of {town} opened the new {thing} on Monday after {i + 2} years of work, officials "
                                 f"said. Residents of {town} queued outside the {thing} before dawn."})
             for i, (town, thing) in enumerate(zip(towns, things, strict=True))]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(tmp_path / "in.jsonl", tmp_path / "out", config, nlp=nlp)
    articles = pq.read_table(tmp_path / "out" / "articles.parquet")
    assert articles.column("source_id").to_pylist() == [f"in.jsonl:{i}" for i in range(1, 13)]  # ":10" after ":9"
    mentions = pq.read_table(tmp_path / "out" / "mentions.parquet").column("article_id").to_pylist()
    assert list(dict.fromkeys(mentions)) == articles.column("article_id").to_pylist()


def test_cli_run_prints_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", "--input", str(SAMPLE), "--output", str(tmp_path), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "read 2 items: 2 articles, 0 rejected (every item accounted for)" in result.output
    assert (tmp_path / "claims.parquet").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--input", "no/such/folder"], "input path does not exist"),
    (["--config", "no-such.toml"], "cannot read config file"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --executor dask"),
])
def test_cli_bad_usage_exits_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["run", "--output", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(("toml", "message"), [
    ("[claims]\nnested_claim = true\n", "unknown setting 'nested_claim' in [claims]; allowed:"),
    ("[claim]\nnested_claims = true\n", "unknown section [claim]; allowed:"),
])
def test_cli_config_error_names_its_section(tmp_path: Path, toml: str, message: str) -> None:
    # (the message goes through rich, which took "[claims]" for markup and printed "in ;")
    (tmp_path / "typo.toml").write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--output", str(tmp_path / "out"), "--config", str(tmp_path / "typo.toml")])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_cli_run_on_a_folder_another_run_writes_exits_2(tmp_path: Path,
                                                        hold_output: Callable[[Path], subprocess.Popen[str]]) -> None:
    hold_output(tmp_path)
    result = CliRunner().invoke(app, ["run", "--input", str(SAMPLE), "--output", str(tmp_path), "--limit", "2"])
    assert result.exit_code == 2
    assert "another run is writing to" in result.output
    assert not (tmp_path / "claims.parquet").exists()


def test_cli_help_explains_options() -> None:
    result = CliRunner().invoke(app, ["run", "--help"])
    assert result.exit_code == 0
    for option in ("--input", "--output", "--config", "--limit", "--workers", "--force", "--executor", "--scheduler"):
        assert option in result.output
    words = " ".join(result.output.replace("│", " ").split())
    assert "overrides [runtime] workers." in words  # (rich took "[runtime]" for markup and printed nothing)


# --------------------------------------------------------------------------- ingest over a corpus (no spaCy needed)
def _ingest_folder(folder: Path, config: Config, context: IngestContext = NO_CONTEXT) -> tuple[list[Article], list[Reject]]:
    rejects: list[Reject] = []
    records = list(io.iter_records(folder, config.input.extensions, config.csv))
    articles = list(_ingest_all(records, config, rejects, context))
    assert len(records) == len(articles) + len(rejects)  # every record accounted for
    return articles, rejects


BODY = ("The harbour authority said on Monday that the new ferry pier would open in June, two months later than "
        "planned, because of a shortage of steel.")


def test_duplicates_are_rejected_with_the_id_they_repeat(tmp_path: Path, config: Config) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY + "\n[ad_1]\n")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": BODY}) + "\n")
    articles, rejects = _ingest_folder(tmp_path, config)
    (kept,) = articles
    assert kept.source_id == "a.txt"
    assert [(r.source_id, r.reason, r.duplicate_of) for r in rejects] == [("b.txt", "duplicate", kept.article_id),
                                                                        ("c1", "duplicate", kept.article_id)]


def test_lines_printed_by_many_articles_are_removed(tmp_path: Path, config: Config) -> None:
    settings = dataclasses.replace(config, boilerplate=dataclasses.replace(config.boilerplate, repeated_min_documents=3))
    footer = "The views expressed by our readers do not reflect those of the harbour gazette."
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(f"Story number {i} of the week\n\n{BODY} It was story {i}.\n\n{footer}\n")
    records = list(io.iter_records(tmp_path, settings.input.extensions))
    context = IngestContext(frequent_lines=counting_pass(records, settings).frequent_lines)
    articles, rejects = _ingest_folder(tmp_path, settings, context)
    assert len(articles) == 4
    assert not rejects
    assert all(footer not in a.text and "Story number" in a.text for a in articles)


def test_the_warm_up_hook_runs_once_before_the_first_record_is_cleaned_and_not_when_all_are_cached(
        tmp_path: Path, config: Config) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{BODY} It was story {i}.")
    records = list(io.iter_records(tmp_path, config.input.extensions))
    cache = IngestCache(tmp_path / "shards", ingest_fingerprint(config))
    events: list[str] = []

    def warm_up() -> None:
        events.append("warm-up")

    def ingested() -> Iterator[Article]:
        for article in _ingest_all(records, config, [], NO_CONTEXT, cache, [], warm_up):
            events.append(article.source_id)
            yield article

    assert len(list(ingested())) == 3
    assert events == ["warm-up", "0.txt", "1.txt", "2.txt"]
    events.clear()
    assert len(list(ingested())) == 3  # every record's outcome is cached now
    assert events == ["0.txt", "1.txt", "2.txt"]
    cache.close()


def test_counting_pass_counts_the_records_still_to_clean(tmp_path: Path, config: Config) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{BODY} It was story {i}.")
    records = list(io.iter_records(tmp_path, config.input.extensions))
    cache = IngestCache(tmp_path / "shards", ingest_fingerprint(config))
    assert counting_pass(records, config, cache).records_to_clean == 3
    list(_ingest_all(records[:2], config, [], NO_CONTEXT, cache, []))
    assert counting_pass(records, config, cache).records_to_clean == 1
    off = dataclasses.replace(config, boilerplate=dataclasses.replace(config.boilerplate, repeated_min_documents=0))
    assert counting_pass(records, off, cache) == CountingPass(frozenset(), None)  # no pass, no count
    cache.close()


@pytest.mark.parametrize(("workers", "records_to_clean", "articles", "expected", "peeked"), [
    (2, 60, 60, ProcessExecutor, False),  # known to be enough: workers start before any article is cleaned
    (2, None, 60, ProcessExecutor, True),  # unknown: the first 60 articles are cleaned to find out
    (2, 60, 59, ProcessExecutor, False),  # decided on records: a reject among them shows only when it is cleaned
    (2, 59, 59, SerialExecutor, True),
    (1, 500, 500, SerialExecutor, True),
])
def test_executor_chosen_from_the_count_of_records_to_clean_or_a_peek(
        config: Config, workers: int, records_to_clean: int | None, articles: int, expected: type, peeked: bool) -> None:
    settings = dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, workers=workers, parallel_min_articles=60))
    pulled: list[int] = []

    def cleaned() -> Iterator[Article]:
        for i in range(articles):
            pulled.append(i)
            yield Article(f"a{i}", f"{i}.txt", f"{i}.txt", None, None, None, None, None, f"{BODY} {i}", len(BODY) + 2, 0)

    chosen, _, rest = _choose_executor(cleaned(), settings, None, None, None, records_to_clean)
    assert type(chosen) is expected
    assert bool(pulled) == peeked
    assert [a.article_id for a in rest] == [f"a{i}" for i in range(articles)]  # nothing lost to the peek


def test_language_model_stored_once_then_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import runner

    english = "The harbour committee said on Tuesday that the new ferry timetable would start in the spring."
    stale = tmp_path / "py3langid-0000000000000000.npy.zst"
    stale.write_bytes(b"a model stored by another py3langid")
    identify = cached_language_identifier(tmp_path)
    (stored,) = tmp_path.glob("py3langid-*")
    assert not stale.exists()

    def no_rebuild() -> None:
        raise AssertionError("the stored model should have been used")

    monkeypatch.setattr(runner, "read_py3langid_model", no_rebuild)
    assert cached_language_identifier(tmp_path)(english) == identify(english)
    assert identify(english)[0] == "en"
    monkeypatch.undo()
    stored.write_bytes(stored.read_bytes()[:1000])  # damaged (a full disk, a killed copy): rebuilt
    assert cached_language_identifier(tmp_path)(english) == identify(english)
    assert stored.stat().st_size > 1000


def test_gender_table_stored_once_then_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: Config) -> None:
    from pipeline import runner

    names = ("Sergey", "MARIA", "Kim", "Nikol", "Qwzxt")
    built = runner.load_lexicons(config, tmp_path).gender
    (stored,) = tmp_path.glob("genders-*.tsv")

    def no_rebuild() -> None:
        raise AssertionError("the stored table should have been used")

    monkeypatch.setattr(runner, "read_name_list", no_rebuild)
    read_back = runner.load_lexicons(config, tmp_path).gender
    assert [read_back(name) for name in names] == [built(name) for name in names] == ["m", "f", None, "f", None]
    monkeypatch.undo()
    stored.write_text("sergey\tmale-ish\n", encoding="utf-8")  # not a table this code wrote: rebuilt
    assert runner.load_lexicons(config, tmp_path).gender("Sergey") == "m"
    assert stored.stat().st_size > 100_000


def test_work_in_background_gives_its_result_or_raises_its_error_when_asked() -> None:
    from pipeline.runner import _in_background

    started = threading.Event()

    def build() -> list[str]:
        started.set()
        return ["Kyiv", "Lviv"]

    result = _in_background(build)
    assert started.wait(5)  # running before anyone asks
    assert result() == ["Kyiv", "Lviv"] and result() == ["Kyiv", "Lviv"]

    def broken() -> None:
        raise OSError("No space left on device")

    failed = _in_background(broken)
    with pytest.raises(OSError, match="No space left"):
        failed()


def test_name_list_parsed_once_for_the_gender_table_and_the_first_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         config: Config) -> None:
    from pipeline import runner
    from pipeline.gender import read_name_list

    reads: list[int] = []

    def counted() -> dict[str, dict[str, str]]:
        reads.append(1)
        return read_name_list()

    monkeypatch.setattr(runner, "read_name_list", counted)
    gender = runner.load_lexicons(config, tmp_path).gender  # before the workers start: both tables stored
    resources = runner.load_entity_resources(config, tmp_path)  # after them: both read back
    assert len(reads) == 1
    assert gender("Sergey") == "m" and resources.first_name_genders["oscar"] == "m"
    assert {"gordon", "lucy"} <= resources.first_names and "cheney" not in resources.first_names


@pytest.mark.parametrize("name", ["x.txt", "x.jsonl", "x.json", "x.csv", "x.html", "x.txt.gz", "x.jsonl.gz", "x.csv.gz", "x.json.gz"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300))
def test_arbitrary_bytes_in_any_file_never_crash_and_are_accounted_for(config: Config, name: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(content)
        articles, rejects = _ingest_folder(Path(folder), config)
    assert len(articles) + len(rejects) >= 1
    assert all(r.reason in {"empty", "binary", "undecodable", "too_short", "too_long", "malformed", "unreadable", "duplicate",
                            "language"} for r in rejects)


def test_entity_resources_hold_the_well_known_acronyms_and_first_names(config: Config) -> None:
    resources = load_entity_resources(config)
    assert resources.known_acronyms["NHS"] == "National Health Service"
    assert all(acronym.isupper() and long_form[:1].isupper() for acronym, long_form in resources.known_acronyms.items())
    assert {"oscar", "david"} <= resources.first_names


@pytest.mark.parametrize(("words", "expected"), [
    # "bill" is a speaker's noun ("the bill says") but a first name before a surname is no title.
    (["Bill", "Gates"], ([], ["Bill", "Gates"])),
    (["Guy", "Ritchie"], ([], ["Guy", "Ritchie"])),
    (["Minister", "Ann", "Lee"], (["Minister"], ["Ann", "Lee"])),
    # The learned speaker nouns that name a body or a document are no person's title ("the
    # network said", "the investigation found"): a body the tagger took for a person keeps its name.
    (["Network", "Rail"], ([], ["Network", "Rail"])),
    (["Rail", "Accident", "Investigation", "Branch"], ([], ["Rail", "Accident", "Investigation", "Branch"])),
    (["Campaign", "Director", "Ann", "Lee"], (["Campaign", "Director"], ["Ann", "Lee"])),
    (["Strategist", "Ann", "Lee"], (["Strategist"], ["Ann", "Lee"])),
])
def test_a_common_first_name_is_no_title(config: Config, words: list[str], expected: tuple[list[str], list[str]]) -> None:
    assert strip_title(words, load_entity_resources(config).title_nouns) == expected


def test_a_process_model_annotates_its_first_articles_outside_memory_zones_with_the_same_results(
        nlp: Language, config: Config, lexicons: runner.Lexicons) -> None:
    texts = [f'"The {word} bridge is safe," said Helena Marsh, a ministry spokeswoman in Portmere.'
             for word in ("Vantrobel", "Kestrinaw", "Oblunder", "Pravemith")]
    articles = [Article(f"a{i}", "x.txt", "x.txt", None, None, None, None, None, text, len(text), 0)
                for i, text in enumerate(texts)]
    settings = dataclasses.replace(config, annotate=dataclasses.replace(config.annotate, unzoned_articles=2))
    model = LoadedModel(nlp, threading.Lock())
    results = [process_with(model, [article], settings, lexicons) for article in articles]
    # the first two (reaching the setting) outside a zone: their words stay; later ones are freed
    assert ["Vantrobel" in nlp.vocab.strings, "Kestrinaw" in nlp.vocab.strings,
            "Oblunder" in nlp.vocab.strings, "Pravemith" in nlp.vocab.strings] == [True, True, False, False]
    assert model.unzoned_articles == 2
    in_zones = list(runner.process_articles(nlp, articles, config, lexicons))
    assert [result for [result] in results] == in_zones
    assert [claim.speaker_text for [result] in results for claim in result.claims] == ["Helena Marsh"] * 4
