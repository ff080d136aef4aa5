"""The one module that knows the order of the stages:
read → ingest → annotate → mentions + claims → entities → write."""

from __future__ import annotations

import functools
import gc
import itertools
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import io
from pipeline.aliases import NO_ALIASES, Aliases, parse_aliases
from pipeline.boilerplate import frequent_fingerprints
from pipeline.cache import ShardCache
from pipeline.config import Config
from pipeline.decoding import short_digest
from pipeline.execute import Executor, ProcessExecutor, SerialExecutor, batch_articles, resolve_start_method
from pipeline.gazetteer import (
    Gazetteer,
    country_and_capital_names,
    gazetteer_fingerprint,
    gazetteer_from_json,
    gazetteer_to_json,
    is_known_place,
    load_gazetteer,
)
from pipeline.gender import (
    GenderLookup,
    common_first_names,
    confident_genders,
    gender_guesser_version,
    gender_lookup,
    genders_from_text,
    genders_to_text,
    read_name_list,
)
from pipeline.ingest_cache import IngestCache, ingest_fingerprint
from pipeline.language import (
    LanguageIdentifier,
    LazyLanguageIdentifier,
    language_identifier_from_arrays,
    model_arrays_from_bytes,
    model_arrays_to_bytes,
    py3langid_model_version,
    read_py3langid_model,
)
from pipeline.lexicon import (
    CueEntry,
    CueLexicon,
    FrameModel,
    categories_of,
    parse_cue_table,
    parse_frame_model,
    parse_noun_cues,
    select_cues,
)
from pipeline.names import NOT_PERSON_TITLES
from pipeline.nlp import configure_ops, load_model, model_identity
from pipeline.schema import SCHEMA_VERSION, TABLES, Article, ArticleResult, Claim, Mention, RawRecord, Reject, skip_pandas_probe
from pipeline.stages.annotate import annotate, doc_text
from pipeline.stages.claims import extract_claims
from pipeline.stages.entities import EntityResolver, EntityResources, KnownNamesCollector
from pipeline.stages.ingest import NO_CONTEXT, IngestContext, ingest, line_fingerprints_of
from pipeline.stages.mentions import correct_entities, extract_mentions
from pipeline.stages.write import article_tables, corpus_tables

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run read, produced and where it wrote it."""

    n_records: int
    n_articles: int
    n_rejected: int
    n_mentions: int
    n_entities: int
    n_claims: int
    tables: dict[str, Path]
    model: str
    seconds: float
    n_reused: int = 0

    @property
    def n_unaccounted(self) -> int:
        """Input items that became neither an article nor a reject (0 unless something is wrong)."""
        return self.n_records - self.n_articles - self.n_rejected


@dataclass(frozen=True, slots=True)
class Lexicons:
    """What the claims extractor looks words up in, loaded once per run."""

    cues: CueLexicon
    categories: Mapping[str, str]
    frames: FrameModel
    gender: GenderLookup
    place_names: frozenset[str]  # folded country and capital names
    noun_cues: frozenset[str] = frozenset()  # nouns that report a "that" clause ("his claim that …")
    first_names: frozenset[str] = frozenset()  # common English first names, lower case ("lindsay")

    def is_first_name(self, word: str) -> bool:
        """Whether a word is a first name: common in English, or one with a confident gender ("Oleksiy")."""
        return word.lower() in self.first_names or self.gender(word) is not None


def _cue_entries() -> list[CueEntry]:
    entries = parse_cue_table(io.read_resource("cue_verbs.tsv"), learned=True)
    return entries + parse_cue_table(io.read_resource("cue_verbs_extra.tsv"), learned=False)


def load_lexicons(config: Config, cache_dir: Path | None = None) -> Lexicons:
    """The cue lexicon, the frame model of attributing constructions and the gender list (the
    latter stored in `cache_dir`, when given)."""
    settings = config.claims
    entries = _cue_entries()
    first_names, gender = _cached_name_tables(cache_dir)  # (stored in the cache for the entity step too)
    return Lexicons(
        cues=select_cues(entries, settings.min_cue_precision, settings.cue_categories, settings.min_other_cue_precision),
        categories=categories_of(entries),
        frames=parse_frame_model(io.read_resource("frame_model.tsv")),
        gender=gender,
        place_names=country_and_capital_names(),
        noun_cues=parse_noun_cues(io.read_resource("cue_nouns.tsv"), settings.min_noun_cue_precision),
        first_names=first_names,
    )


T = TypeVar("T")


def _stored(path: Path, decode: Callable[[bytes], T], build: Callable[[], T], encode: Callable[[T], bytes]) -> T:
    """A derived resource read from `path` when an earlier run stored it there, else built and
    stored (replacing other versions of it: files beside it with the same name up to its key).
    A stored copy that does not decode (ValueError) is rebuilt."""
    data = io.read_bytes_file(path)
    if data is not None:
        try:
            return decode(data)
        except ValueError:
            pass
    resource = build()
    io.remove_files(path.parent.glob(f"{path.name.split('-', 1)[0]}-*"))  # built for other settings, versions or code
    io.write_bytes_file(path, encode(resource))
    return resource


def _cached_gazetteer(min_population: int, cache_dir: Path | None) -> Gazetteer:
    """The gazetteer, read from `cache_dir` when an earlier run stored it there (building it from
    GeoNames' data takes half a second, reading it back a tenth of that)."""
    if cache_dir is None:
        return load_gazetteer(min_population)
    key = short_digest(gazetteer_fingerprint(min_population), io.code_fingerprint())
    return _stored(cache_dir / f"gazetteer-{key}.json", lambda data: gazetteer_from_json(data.decode("utf-8")),
                   partial(load_gazetteer, min_population), lambda gazetteer: gazetteer_to_json(gazetteer).encode("utf-8"))


def _cached_name_tables(cache_dir: Path | None) -> tuple[frozenset[str], GenderLookup]:
    """Common English first names and first name → gender, from the tables an earlier run stored in
    `cache_dir`; built from gender-guesser's list of 60,000 names, parsed once for both (a fifth of
    a second before any worker can start; reading the stored tables back takes a fifth of that)."""
    name_list = functools.cache(read_name_list)  # (read only if a table has to be built, then once)
    if cache_dir is None:
        return common_first_names(name_list()), gender_lookup(confident_genders(name_list()))
    key = short_digest(gender_guesser_version(), io.code_fingerprint())
    first_names = _stored(cache_dir / f"firstnames-{key}.txt", lambda data: frozenset(data.decode("utf-8").split()),
                          lambda: common_first_names(name_list()), lambda names: "\n".join(sorted(names)).encode("utf-8"))
    genders = _stored(cache_dir / f"genders-{key}.tsv", lambda data: genders_from_text(data.decode("utf-8")),
                      lambda: confident_genders(name_list()), lambda table: genders_to_text(table).encode("utf-8"))
    return first_names, gender_lookup(genders)


def cached_language_identifier(cache_dir: Path) -> LanguageIdentifier:
    """py3langid's identifier, its model read from `cache_dir` when an earlier run stored it there
    (py3langid's own file takes half a second to decompress and read, the stored copy a fifth of
    that; a damaged copy is rebuilt)."""
    key = short_digest(py3langid_model_version(), _LANGUAGE_MODEL_FORMAT)
    arrays = _stored(cache_dir / f"py3langid-{key}.npy.zst", model_arrays_from_bytes, read_py3langid_model, model_arrays_to_bytes)
    return language_identifier_from_arrays(arrays)


_LANGUAGE_MODEL_FORMAT = "npy-zstd-1"


def load_aliases(config: Config) -> Aliases:
    """The user's aliases file named by `[entities] aliases` (re-read every run: users edit it between runs)."""
    path = config.entities.aliases
    return parse_aliases(io.read_aliases_file(Path(path)), path) if path else NO_ALIASES


def load_entity_resources(config: Config, cache_dir: Path | None = None, aliases: Aliases | None = None,
                          gazetteer: Gazetteer | None = None) -> EntityResources:
    """Gazetteer (unless given), title nouns, first names, well-known acronyms and the user's aliases
    (read from its file unless given) for entity resolution; the gazetteer is stored in `cache_dir`, when given."""
    settings = config.entities
    first_names, gender = _cached_name_tables(cache_dir)
    # (less the common first names: "the bill says" makes "bill" a speaker's noun, and "Bill
    # Gates" is no title and a surname; and less the nouns that name no person: "Network Rail")
    title_nouns = frozenset(line.split("\t", 1)[0].strip().casefold()
                            for line in io.read_resource("speaker_nouns.tsv").splitlines()[1:] if line.strip()) - first_names - \
        NOT_PERSON_TITLES
    known_acronyms = {acronym.strip(): long_form.strip() for acronym, long_form in
                      (line.split("\t", 1) for line in io.read_resource("known_acronyms.tsv").splitlines()[1:] if line.strip())}
    first_name_genders = {name: found for name in first_names if (found := gender(name)) is not None}
    if gazetteer is None:
        gazetteer = _cached_gazetteer(settings.min_city_population, cache_dir)
    return EntityResources(gazetteer, title_nouns,
                           load_aliases(config) if aliases is None else aliases, settings.fuzzy_name_threshold,
                           first_names, first_name_genders=first_name_genders, known_acronyms=known_acronyms)


def _in_background(build: Callable[[], T]) -> Callable[[], T]:
    """`build` started in a thread now; the function returned waits for its result (or raises its error)."""
    future: Future[T] = Future()

    def target() -> None:
        try:
            future.set_result(build())
        except BaseException as error:  # handed to the caller, who decides
            future.set_exception(error)

    threading.Thread(target=target, name="newsclaims-ahead", daemon=True).start()
    return future.result


def corpus_step_key(settings_key: str, run_keys: Sequence[str], rejects: Sequence[Reject], config: Config,
                    aliases: Aliases, input_path: Path) -> str:
    """What the corpus-level steps (entity resolution, the tables) depend on: this run's articles'
    results, in order, the rejects, the entity settings and aliases, the name list, the model and the code."""
    return short_digest(settings_key, config.fingerprint("entities", "output"), repr(aliases), gender_guesser_version(),
                        gazetteer_fingerprint(config.entities.min_city_population), SCHEMA_VERSION, str(input_path),
                        short_digest(*run_keys), short_digest(*map(repr, rejects)))


def _counting_pass_on(config: Config) -> bool:
    return config.boilerplate.enabled and config.boilerplate.repeated_min_documents > 0


def _ingest_cached(record: RawRecord, config: Config, context: IngestContext, cache: IngestCache | None,
                   used_keys: list[str] | None, before_cleaning: Callable[[], None]) -> Article | Reject:
    """`ingest`, or its stored outcome when the record was ingested before with the same frequent lines."""
    if cache is None:
        before_cleaning()
        return ingest(record, config, context)
    key = cache.key(record)
    if used_keys is not None:
        used_keys.append(key)
    outcome = cache.outcome(key, context.frequent_lines)
    if outcome is None:
        before_cleaning()
        outcome = ingest(record, config, context)
        fingerprints = line_fingerprints_of(record, config) if _counting_pass_on(config) else set()
        cache.add(key, fingerprints, context.frequent_lines, outcome)
    return outcome


def _ingest_all(records: Iterable[RawRecord], config: Config, rejects: list[Reject],
                context: IngestContext = NO_CONTEXT, cache: IngestCache | None = None,
                used_keys: list[str] | None = None, before_cleaning: Callable[[], None] | None = None) -> Iterator[Article]:
    """Articles from records; unusable records and exact duplicates go to `rejects`.

    With `cache`, records ingested by an earlier run are not cleaned again (their keys go to
    `used_keys`). `before_cleaning` is called once, before the first record that is cleaned.
    """
    first_source: dict[str, str] = {}  # article id → source id of its first copy (not the article: memory)
    cleaned_any = False

    def before_first_cleaning() -> None:
        nonlocal cleaned_any
        if not cleaned_any and before_cleaning is not None:
            before_cleaning()
        cleaned_any = True

    for record in records:
        outcome = _ingest_cached(record, config, context, cache, used_keys, before_first_cleaning)
        if isinstance(outcome, Reject):
            rejects.append(outcome)
            continue
        first = first_source.get(outcome.article_id)
        if first is not None:
            rejects.append(Reject(record.source_path, record.source_id, "ingest", "duplicate",
                                  f"same cleaned text as {first} (article {outcome.article_id})",
                                  duplicate_of=outcome.article_id))
            continue
        first_source[outcome.article_id] = outcome.source_id
        yield outcome


# --------------------------------------------------------------------------- corpus line counts
@dataclass(frozen=True, slots=True)
class CountingPass:
    """What the counting pass learnt about the input before ingest."""

    frequent_lines: frozenset[int]
    # Records the ingest cache does not know (each will be cleaned); None when the pass is off.
    records_to_clean: int | None


def counting_pass(records: Iterable[RawRecord], config: Config, cache: IngestCache | None = None) -> CountingPass:
    """The counting pass of boilerplate removal: lines printed by many articles of this input.

    Reads every record once before ingest (taking the fingerprints of known records from
    `cache`); each article counts a line once however often it prints it. Off when
    `[boilerplate] repeated_min_documents` is 0.
    """
    settings = config.boilerplate
    if not _counting_pass_on(config):
        return CountingPass(frozenset(), None)
    document_counts: Counter[int] = Counter()
    to_clean = 0
    for record in records:
        known = cache.fingerprints(cache.key(record)) if cache is not None else None
        if known is None:
            to_clean += 1
        document_counts.update(known if known is not None else line_fingerprints_of(record, config))
    return CountingPass(frequent_fingerprints(document_counts, settings.repeated_min_documents), to_clean)


def process_articles(
    nlp: Language, articles: Iterable[Article], config: Config, lexicons: Lexicons, *, memory_zone: bool = True,
) -> Iterator[ArticleResult]:
    """Annotate one batch of articles (in a spaCy memory zone unless told not to) and extract their mentions and claims."""
    for doc, article in annotate(nlp, articles, config.annotate.split_chars, memory_zone=memory_zone):
        mentions, claims = extract_from_doc(doc, article.article_id, article.title, doc_text(doc, article.text), config, lexicons,
                                            dateline=article.dateline, outlet=article.outlet)
        yield ArticleResult(article, mentions, claims)


def extract_from_doc(doc: Doc, article_id: str, title: str | None, text: str, config: Config,
                     lexicons: Lexicons, dateline: str | None = None, outlet: str | None = None) -> tuple[tuple[Mention, ...], tuple[Claim, ...]]:
    """The mentions and claims of one annotated article (`text`: the article's text as `doc` holds
    it; `dateline`: the place ingest found opening its lead; `outlet`: the article's outlet)."""
    ents = correct_entities(doc, lexicons.is_first_name)  # (read once: every read of `doc.ents` builds its Spans anew)
    claims = tuple(extract_claims(doc, article_id, title, lexicons.cues, config.claims,
                                  speaker_labels=config.mentions.labels, gender=lexicons.gender,
                                  frames=lexicons.frames, categories=lexicons.categories, text=text,
                                  place_names=lexicons.place_names, noun_cues=lexicons.noun_cues, dateline=dateline,
                                  english_first_names=lexicons.first_names, ents=ents, outlet=outlet))
    mentions = tuple(extract_mentions(doc, article_id, config.mentions.labels, claims, text=text, ents=ents))
    return mentions, claims


@dataclass(slots=True)
class LoadedModel:
    """A model of this process, the lock that lets one batch at a time use it, and how many
    articles it has annotated outside memory zones."""

    nlp: Language
    lock: threading.Lock
    unzoned_articles: int = 0


# The models and lexicons of this process, each keyed by the settings it depends on: a worker
# (local or Dask) loads them once, and runs with other claims or runtime settings reuse them.
_MODELS: dict[str, LoadedModel] = {}
_LEXICONS: dict[str, Lexicons] = {}
_LOADING = threading.Lock()


def _loaded_model(config: Config) -> LoadedModel:
    runtime = config.runtime
    wanted = f"{config.fingerprint('model')}|{runtime.use_blis}|{runtime.blas_threads}"
    with _LOADING:
        if wanted not in _MODELS:
            configure_ops(runtime.use_blis, runtime.blas_threads)
            _MODELS[wanted] = LoadedModel(load_model(config.model), threading.Lock())
        return _MODELS[wanted]


def _loaded_lexicons(config: Config, cache_dir: Path | None = None) -> Lexicons:
    wanted = config.fingerprint("claims")
    with _LOADING:
        if wanted not in _LEXICONS:
            _LEXICONS[wanted] = load_lexicons(config, cache_dir)
        return _LEXICONS[wanted]


def _prepare_worker_state(config: Config, cache_dir: Path | None = None) -> None:
    """Load what workers need in this process, for forked workers to inherit (derived resources
    stored in `cache_dir`, when given)."""
    _loaded_model(config)
    _loaded_lexicons(config, cache_dir)


def process_batch(articles: list[Article], config: Config, nlp: Language | None = None) -> list[ArticleResult]:
    """Results for one batch, with `nlp` or this process's model (loaded on first use): what workers run."""
    lexicons = _loaded_lexicons(config)
    if nlp is not None:
        return list(process_articles(nlp, articles, config, lexicons))
    return process_with(_loaded_model(config), articles, config, lexicons)


def process_with(model: LoadedModel, articles: list[Article], config: Config, lexicons: Lexicons) -> list[ArticleResult]:
    """Results for one batch with a process's model, outside spaCy memory zones until the model
    has annotated `[annotate] unzoned_articles` articles."""
    with model.lock:  # one batch at a time per model, should a Dask worker run several threads
        # spaCy's tokenizer caches how it split a word only outside memory zones: a process's first
        # articles are annotated outside one, to fill that cache once (the vocabulary keeps their
        # words). In zones from the first batch, 300 BBC articles took ~3% longer in one process.
        unzoned = model.unzoned_articles < config.annotate.unzoned_articles
        if unzoned:
            model.unzoned_articles += len(articles)
        return list(process_articles(model.nlp, articles, config, lexicons, memory_zone=not unzoned))


# Articles whose linked results become one chunk of the output tables.
_WRITE_CHUNK_ARTICLES = 256


def write_corpus(load: Callable[[int, bool], Iterable[ArticleResult]], rejects: Sequence[Reject], resources: EntityResources,
                 write: Callable[[Mapping[str, pa.Table]], None], kept_articles: int) -> None:
    """Entity resolution and the output tables, streamed over a run's results in three passes: the
    names known anywhere in the corpus; every article's mentions keyed and counted; each article
    linked to its entities and written (`write`). `load(start, claims)` gives the results from the
    start-th on, in output order (without their claims unless asked: the first passes need none).
    The first `kept_articles` results stay in memory from one pass to the next; later ones are
    loaded again. Memory grows with the distinct names of the corpus, not with its articles."""
    kept = list(itertools.islice(load(0, True), kept_articles))
    n_kept = len(kept)
    collector = KnownNamesCollector(resources.gazetteer)
    for result in itertools.chain(kept, load(n_kept, False)):
        collector.add(result)
    resolver = EntityResolver(resources, collector.known())
    parsed = deque(resolver.add(result) for result in kept)
    kept.clear()
    for result in load(n_kept, False):
        resolver.add(result)
    index = resolver.finish()

    def linked() -> Iterator[ArticleResult]:
        while parsed:
            yield index.link(parsed.popleft())
        for result in load(n_kept, True):
            yield index.link(resolver.parse(result))

    articles = linked()
    while chunk := list(itertools.islice(articles, _WRITE_CHUNK_ARTICLES)):
        write(article_tables(chunk))
    write(corpus_tables(index.entities(), rejects))


# Gen-1 collections between two full ones of Python's cyclic collector during the corpus step
# (Python's default: 10).
_CORPUS_STEP_FULL_COLLECTION_EVERY = 100


@contextmanager
def _rare_full_collections() -> Iterator[None]:
    """Python's full collections made rarer for the corpus step, then as they were: the step builds
    millions of small records that outlive many collections (keys, counts, the kept results), and
    with the default thresholds the full collections that walk all of them took a quarter of it
    (2,000 BBC articles: 2.5 s → 1.9 s; none of those records forms a cycle, so memory does not grow)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], _CORPUS_STEP_FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def settings_fingerprint(config: Config) -> str:
    """What per-article results depend on besides the article: model, settings, schema, code."""
    # split_chars changes how a long article is parsed; the other [annotate] settings only batch.
    parts = [model_identity(config.model), config.fingerprint("model", "mentions", "claims"), str(config.annotate.split_chars),
             SCHEMA_VERSION, io.code_fingerprint(), gender_guesser_version()]  # (first names' genders)
    return short_digest(*parts)


def _workers(config: Config) -> int:
    return config.runtime.workers or os.cpu_count() or 1


def _prepare_to_fork(config: Config, identifier: LazyLanguageIdentifier | None, cache_dir: Path | None = None) -> None:
    if identifier is not None:
        identifier.start_loading()  # beside the model (a no-op when ingest has already started it)
    _prepare_worker_state(config, cache_dir)
    if identifier is not None:
        identifier.wait()  # a thread still loading when the workers are forked could leave them a held lock


def _choose_executor(
    articles: Iterator[Article], config: Config, nlp: Language | None, executor: Executor | None,
    identifier: LazyLanguageIdentifier | None = None, records_to_clean: int | None = None, cache_dir: Path | None = None,
) -> tuple[Executor, Callable[[list[Article]], list[ArticleResult]], Iterator[Article]]:
    """The executor and batch function for the articles to annotate.

    Workers start when at least `[runtime] parallel_min_articles` articles need annotating: known
    when that many records are new to the ingest cache (`records_to_clean`), else found by
    cleaning the first few. Without that peek the workers start as soon as the model is loaded and
    annotate the first batches while this process cleans the next ones.
    """
    if nlp is not None and executor is None:
        return SerialExecutor(), partial(process_batch, config=config, nlp=nlp), articles
    function = partial(process_batch, config=config)
    if executor is not None:
        return executor, function, articles
    workers = _workers(config)
    local_pool = ProcessExecutor(workers, config.runtime.start_method, prepare=partial(_prepare_to_fork, config, identifier, cache_dir))
    if workers > 1 and records_to_clean is not None and records_to_clean >= config.runtime.parallel_min_articles:
        return local_pool, function, articles
    head = list(itertools.islice(articles, config.runtime.parallel_min_articles))
    rest = itertools.chain(head, articles)
    if workers == 1 or len(head) < config.runtime.parallel_min_articles:
        return SerialExecutor(), function, rest
    return local_pool, function, rest


def run(
    input_path: Path, output_dir: Path, config: Config, *, limit: int | None = None,
    nlp: Language | None = None, progress: ProgressCallback | None = None,
    force: bool = False, executor: Executor | None = None,
) -> RunSummary:
    """Read `input_path`, run every stage, write the tables to `output_dir`.

    Per-article results are cached in `output_dir/shards/`: only articles not found there are
    annotated (all of them with `force`). Without `executor`, small inputs are annotated in this
    process and larger ones by `[runtime] workers` local processes; a given `nlp` is used in
    this process.
    """
    with io.output_lock(output_dir):  # (an `OutputBusyError` while another run writes there)
        return _run(input_path, output_dir, config, limit=limit, nlp=nlp, progress=progress, force=force, executor=executor)


def _run(
    input_path: Path, output_dir: Path, config: Config, *, limit: int | None, nlp: Language | None,
    progress: ProgressCallback | None, force: bool, executor: Executor | None,
) -> RunSummary:
    started = time.perf_counter()
    skip_pandas_probe()

    def read() -> Iterable[RawRecord]:
        records: Iterable[RawRecord] = io.iter_records(input_path, config.input.extensions, config.csv)
        return records if limit is None else itertools.islice(records, limit)

    shards_dir = output_dir / "shards"  # per-article results, ingest outcomes and derived resources
    ingest_cache = IngestCache(shards_dir, ingest_fingerprint(config), force=force)
    identifier = LazyLanguageIdentifier(partial(cached_language_identifier, shards_dir)) if config.language.keep else None
    counted = counting_pass(read(), config, ingest_cache)
    context = IngestContext(identify_language=identifier, frequent_lines=counted.frequent_lines, is_place=is_known_place)
    aliases = load_aliases(config)  # read now: a broken aliases file should stop the run before hours of annotation
    record_keys: list[str] = []
    rejects: list[Reject] = []
    counter = _Counter(read())
    cache = ShardCache(shards_dir, settings_fingerprint(config), config.runtime.shard_articles,
                       config.output.compression, force=force)
    run_keys: list[str] = []
    done = 0

    def warm_up() -> None:
        # A record to clean means articles to annotate (nearly always): the language identifier
        # loads in a thread while this one loads the model that this process or forked workers use.
        # (Not with a caller's executor: it may fork without waiting for the thread, and no model loads here.)
        if identifier is not None and executor is None:
            identifier.start_loading()
        if nlp is None and executor is None and (_workers(config) == 1 or resolve_start_method(config.runtime.start_method) == "fork"):
            _prepare_worker_state(config, shards_dir)

    moved: list[tuple[Article, str]] = []  # (article, key of stored results of the same content), waiting to be stored

    def to_annotate() -> Iterator[Article]:
        nonlocal done
        for article in _ingest_all(counter, config, rejects, context, ingest_cache, record_keys, warm_up):
            key = cache.key(article)
            run_keys.append(key)
            if key not in cache:
                stored = cache.stored_with_content_of(article)
                if stored is None:
                    yield article
                    continue
                moved.append((article, stored))  # the same text and title under another path, id, outlet or date
                if len(moved) >= config.runtime.shard_articles:
                    cache.relocate(moved)
                    moved.clear()
            done += 1
            if progress is not None:
                progress(done)

    chosen, function, articles = _choose_executor(to_annotate(), config, nlp, executor, identifier, counted.records_to_clean, shards_dir)
    batches = batch_articles(articles, config.annotate.batch_size, config.annotate.batch_chars)
    n_annotated = 0
    gazetteer: Callable[[], Gazetteer] | None = None
    for results in chosen.map(function, batches):
        if gazetteer is None and not isinstance(chosen, SerialExecutor):
            # While workers annotate, this process mostly waits for them: it reads the gazetteer
            # meanwhile, which took 0.6 s after the annotation in a fresh output folder. (Started once
            # results come back: the workers exist, and a thread running while they fork could leave
            # them a held lock.)
            gazetteer = _in_background(partial(_cached_gazetteer, config.entities.min_city_population, shards_dir))
        cache.add(results)
        n_annotated += len(results)
        done += len(results)
        if progress is not None:
            progress(done)
    cache.relocate(moved)
    cache.flush()
    ingest_cache.commit()
    model = model_identity(config.model)
    corpus_key = corpus_step_key(cache.fingerprint, run_keys, rejects, config, aliases, input_path)
    counts = None if force else io.written_row_counts(output_dir, TABLES, corpus_key)
    if counts is not None:  # the tables there were made from exactly these results: nothing to redo
        paths = {name: io.table_path(output_dir, name) for name in TABLES}
    else:
        entity_resources = load_entity_resources(config, shards_dir, aliases, gazetteer() if gazetteer else None)
        run_info = {"schema_version": SCHEMA_VERSION, "model": model, "config": config.fingerprint(), "input": str(input_path),
                    "corpus_key": corpus_key}
        with io.TableWriter(output_dir, TABLES, config.output.compression, run_info) as writer, _rare_full_collections():
            write_corpus(lambda start, claims: cache.load(run_keys[start:], None if claims else ("article", "mentions")),
                         rejects, entity_resources, writer.write, config.runtime.corpus_kept_articles)
            paths = writer.commit()
        counts = writer.rows
    cache.prune(run_keys)
    ingest_cache.prune(record_keys)
    ingest_cache.close()
    return RunSummary(
        n_records=counter.count,
        n_articles=counts["articles"],
        n_rejected=len(rejects),
        n_mentions=counts["mentions"],
        n_entities=counts["entities"],
        n_claims=counts["claims"],
        tables=paths,
        model=model,
        seconds=time.perf_counter() - started,
        n_reused=len(run_keys) - n_annotated,
    )


class _Counter:
    """Counts the records that pass through it."""

    def __init__(self, records: Iterable[RawRecord]) -> None:
        self._records = records
        self.count = 0

    def __iter__(self) -> Iterator[RawRecord]:
        for record in self._records:
            self.count += 1
            yield record
