"""Where batches of articles are processed: in this process, in local worker processes, or on a
Dask cluster. Every executor yields the batches' results in input order and keeps only a few
batches in flight, so memory does not grow with the corpus."""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from pipeline.config import ConfigError
from pipeline.schema import Article, ArticleResult

BatchFunction = Callable[[list[Article]], list[ArticleResult]]

# Batches queued per worker: enough to keep every worker busy while the parent stores results.
_IN_FLIGHT_PER_WORKER = 2


class DaskMissingError(RuntimeError):
    """The Dask executor was asked for but dask[distributed] is not installed."""


class Executor(Protocol):
    """Runs a batch function over batches, yielding results in input order."""

    def map(self, function: BatchFunction, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Results of `function` for each batch, in order."""
        ...


def batch_articles(articles: Iterable[Article], max_articles: int, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive articles grouped into batches of at most `max_articles` and `max_chars` characters.

    An article longer than `max_chars` is a batch of its own.
    """
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= max_articles or chars + article.n_chars > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += article.n_chars
    if batch:
        yield batch


def _in_order(submit: Callable[[list[Article]], Any], batches: Iterable[list[Article]], in_flight: int) -> Iterator[list[ArticleResult]]:
    """Submit batches, at most `in_flight` at a time, and yield their results in order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class SerialExecutor:
    """Everything in this process: best for small inputs (no worker start-up)."""

    def map(self, function: BatchFunction, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Results of `function` for each batch, in order."""
        for batch in batches:
            yield function(batch)


class ProcessExecutor:
    """A pool of local worker processes.

    With "fork", `prepare` runs here first (loading the model and lexicons) and the workers
    start as copies of this process, sharing what it loaded; with "spawn", each worker is a fresh
    interpreter that loads the model on its first batch. "auto" is fork on Linux, spawn elsewhere.
    """

    def __init__(self, workers: int, start_method: str = "auto", prepare: Callable[[], object] | None = None) -> None:
        self.workers = workers
        self.start_method = resolve_start_method(start_method)
        self.prepare = prepare

    def map(self, function: BatchFunction, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Results of `function` for each batch, in order."""
        if self.start_method == "fork" and self.prepare is not None:
            self.prepare()
        context = multiprocessing.get_context(self.start_method)
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            try:
                yield from _in_order(lambda batch: pool.submit(function, batch), batches, self.workers * _IN_FLIGHT_PER_WORKER)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise


def resolve_start_method(start_method: str) -> str:
    """"fork" or "spawn" for a `[runtime] start_method` setting ("auto": fork on Linux only)."""
    if start_method == "auto":
        return "fork" if sys.platform.startswith("linux") else "spawn"
    if start_method not in multiprocessing.get_all_start_methods():
        raise ConfigError(f"[runtime] start_method {start_method!r} is not available on this platform; available: "
                          f"auto, {', '.join(multiprocessing.get_all_start_methods())}")
    return start_method


class DaskExecutor:
    """Batches as tasks on a Dask cluster: at `scheduler` (an address), else a LocalCluster.

    Each worker process loads the model once (it is cached per process) and should run one
    thread (`--nthreads 1`): spaCy gains nothing from threads. Workers need newsclaims installed.
    """

    def __init__(self, scheduler: str | None, workers: int, client: Any = None) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.client = client

    def map(self, function: BatchFunction, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        """Results of `function` for each batch, in order."""
        if self.client is not None:
            yield from self._map(self.client, function, batches)
            return
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise DaskMissingError('the Dask executor needs the dask extra: pip install "newsclaims[dask]"') from exc
        if self.scheduler:
            with distributed.Client(self.scheduler) as client:
                yield from self._map(client, function, batches)
        else:
            with (distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True) as cluster,
                  distributed.Client(cluster) as client):
                yield from self._map(client, function, batches)

    @staticmethod
    def _map(client: Any, function: BatchFunction, batches: Iterable[list[Article]]) -> Iterator[list[ArticleResult]]:
        n_workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from _in_order(lambda batch: client.submit(function, batch, pure=False), batches, n_workers * _IN_FLIGHT_PER_WORKER)
