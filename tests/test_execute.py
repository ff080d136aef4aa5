from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from pipeline.config import Config, ConfigError
from pipeline.execute import DaskExecutor, ProcessExecutor, SerialExecutor, batch_articles, resolve_start_method
from pipeline.runner import run
from pipeline.schema import TABLES, Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"


def _article(article_id: str, n_chars: int) -> Article:
    return Article(article_id, "x", article_id, None, None, None, None, None, "x" * n_chars, n_chars, 0)


@pytest.mark.parametrize(("sizes", "max_articles", "max_chars", "expected"), [
    ([10, 10, 10], 2, 1000, [["0", "1"], ["2"]]),
    ([60, 50, 10, 30], 10, 100, [["0"], ["1", "2", "3"]]),
    ([500, 10], 10, 100, [["0"], ["1"]]),  # too long for the budget: a batch of its own
    ([], 5, 100, []),
])
def test_batches_respect_article_and_character_budgets(sizes: list[int], max_articles: int, max_chars: int,
                                                       expected: list[list[str]]) -> None:
    articles = [_article(str(i), size) for i, size in enumerate(sizes)]
    batches = list(batch_articles(articles, max_articles, max_chars))
    assert [[a.article_id for a in batch] for batch in batches] == expected


def test_serial_executor_keeps_order() -> None:
    batches = [[_article("a", 1)], [_article("b", 2), _article("c", 3)]]
    assert list(SerialExecutor().map(lambda batch: [a.n_chars for a in batch], batches)) == [[1], [2, 3]]  # type: ignore[arg-type, misc]


# Set by `_prepare` in the parent; a forked worker sees it, a spawned one would not.
_PREPARED: list[str] = []


def _prepare() -> None:
    _PREPARED.append("loaded in the parent")


def _what_the_worker_sees(batch: list[Article]) -> list[str]:
    return [f"{article.article_id}: {', '.join(_PREPARED) or 'nothing'}" for article in batch]


def test_forked_workers_inherit_what_prepare_loaded() -> None:
    _PREPARED.clear()
    batches = [[_article("a", 1)], [_article("b", 2), _article("c", 3)]]
    results = list(ProcessExecutor(2, "fork", prepare=_prepare).map(_what_the_worker_sees, batches))  # type: ignore[arg-type]
    assert results == [["a: loaded in the parent"], ["b: loaded in the parent", "c: loaded in the parent"]]
    _PREPARED.clear()


@pytest.mark.parametrize(("setting", "expected"), [("auto", "fork"), ("fork", "fork"), ("spawn", "spawn")])
def test_start_method_setting(setting: str, expected: str) -> None:
    assert resolve_start_method(setting) == expected  # this suite runs on Linux


def test_unavailable_start_method_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="start_method 'threads' is not available"):
        resolve_start_method("threads")


def test_dask_executor_gives_the_sample_output(tmp_path: Path, config: Config, sample_output: Path) -> None:
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = run(SAMPLE, tmp_path, config, executor=DaskExecutor(None, 1, client=client))
    assert summary.n_reused == 0
    for name in TABLES:
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(sample_output / f"{name}.parquet")), name
