"""Entity clustering quality gate: B-cubed on the project's own gold (tests/data/entities_gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

from pipeline.config import Config
from pipeline.entity_evaluation import BCubed, bcubed, locate_gold_mentions, predicted_entity
from pipeline.runner import run

GOLD = Path(__file__).parent / "data" / "entities_gold"
# Floors a little under the measured figures (P 1.0, R 0.96, F1 0.98): a regression fails CI.
FLOORS = {"precision": 0.95, "recall": 0.9, "f1": 0.93}


def _score(output: Path) -> BCubed:
    articles = pd.read_parquet(output / "articles.parquet")
    mentions = pd.read_parquet(output / "mentions.parquet")
    by_file = {Path(p).name: a for p, a in zip(articles.source_path, articles.article_id, strict=True)}
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    gold: dict[str, str] = {}
    predicted: dict[str, str | None] = {}
    for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        article_id = by_file[doc["file"]]
        rows = mentions[mentions.article_id == article_id]
        spans = list(zip(rows.start_char, rows.end_char, rows.entity_id, strict=True))
        for start, end, cluster in locate_gold_mentions(texts[article_id], [tuple(p) for p in doc["mentions"]]):
            key = f"{doc['file']}:{start}"
            gold[key] = cluster
            predicted[key] = predicted_entity(start, end, spans)
    return bcubed(gold, predicted)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory, nlp: Language, config: Config) -> BCubed:
    output = tmp_path_factory.mktemp("entities_gold")
    run(GOLD, output, config, nlp=nlp)
    return _score(output)


def test_gold_is_large_enough(scores: BCubed) -> None:
    assert scores.n_mentions >= 30


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_bcubed_floor(scores: BCubed, figure: str) -> None:
    assert getattr(scores, figure) >= FLOORS[figure], scores


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ({"a": "x", "b": "x", "c": "y"}, {"a": "E1", "b": "E1", "c": "E2"}, (1.0, 1.0)),
    # everything merged: recall perfect, precision (2/3·2 + 1/3) / 3
    ({"a": "x", "b": "x", "c": "y"}, {"a": "E1", "b": "E1", "c": "E1"}, (0.5556, 1.0)),
    # all split, one unmatched: precision perfect, recall (1/2 + 1/2 + 1) / 3
    ({"a": "x", "b": "x", "c": "y"}, {"a": "E1", "b": None, "c": "E2"}, (1.0, 0.6667)),
])
def test_bcubed(gold: dict[str, str], predicted: dict[str, str | None], expected: tuple[float, float]) -> None:
    result = bcubed(gold, predicted)
    assert (result.precision, result.recall) == expected


def test_locate_gold_mentions_longest_first() -> None:
    text = "Sergey Lavrov met Lavrov's aide; Lavrovsky is not Lavrov."
    found = locate_gold_mentions(text, [("Lavrov", "l"), ("Sergey Lavrov", "l")])
    assert [text[s:e] for s, e, _ in found] == ["Sergey Lavrov", "Lavrov", "Lavrov"]
