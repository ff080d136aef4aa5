from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from pipeline.config import Config
from pipeline.execute import DaskExecutor, SerialExecutor, batch_articles
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


def test_dask_executor_gives_the_sample_output(tmp_path: Path, config: Config, sample_output: Path) -> None:
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = run(SAMPLE, tmp_path, config, executor=DaskExecutor(None, 1, client=client))
    assert summary.n_reused == 0
    for name in TABLES:
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(sample_output / f"{name}.parquet")), name
