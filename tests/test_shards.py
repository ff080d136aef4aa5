from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from spacy.language import Language

from pipeline.config import Config
from pipeline.runner import load_lexicons, process_articles
from pipeline.schema import TABLES, Article
from pipeline.shards import KEY_COLUMN, article_key, content_key, results_to_tables, shard_fields, tables_to_results

TEXT = ('Harbour officials said on Monday the bridge would close. "We cannot take risks," said Helena Marsh.\n\n'
        "Marsh added that repairs would start in April, the ministry told reporters in Vienna.")


def _article(text: str = TEXT, published_at: datetime | None = datetime(2024, 3, 12, 9, 41, tzinfo=UTC)) -> Article:
    return Article("a1", "in/x.txt", "x.txt", "Bridge to close", "The Ledger", published_at, "2024-03-12T09:41Z",
                   None, text, len(text), 2)


def test_every_result_field_has_a_table() -> None:
    assert {spec.table for spec in shard_fields()} <= set(TABLES)
    assert shard_fields()[0].field == "article"


def test_results_survive_the_round_trip_through_arrow(nlp: Language, config: Config) -> None:
    articles = [_article(), _article("Nothing was said here by anyone at all today.", None)]
    results = list(process_articles(nlp, articles, config, load_lexicons(config)))
    assert results[0].claims and results[0].mentions  # the round trip is tested on real content
    keyed = [(f"k{i}", result) for i, result in enumerate(results)]
    tables = results_to_tables(keyed)
    for spec in shard_fields():
        table = tables[spec.table]
        assert set(TABLES[spec.table].names) <= set(table.column_names)
        assert KEY_COLUMN in table.column_names
    assert list(tables_to_results(tables, ["k0", "k1"])) == keyed
    assert list(tables_to_results(tables, ["k1"])) == keyed[1:]


@pytest.mark.parametrize("change", [
    {"text": TEXT + " More."}, {"title": "Another title"}, {"source_path": "other/x.txt"}, {"published_at": None},
])
def test_key_changes_with_any_article_field(change: dict[str, object]) -> None:
    assert article_key(dataclasses.replace(_article(), **change), "s") != article_key(_article(), "s")  # type: ignore[arg-type]


def test_key_changes_with_settings() -> None:
    assert article_key(_article(), "settings-a") != article_key(_article(), "settings-b")
    assert article_key(_article(), "settings-a") == article_key(_article(), "settings-a")


@pytest.mark.parametrize(("changes", "same_content"), [
    ({"source_path": "elsewhere/x.txt", "source_id": "y.txt", "published_at": None}, True),
    ({"title": "Bridge to reopen"}, False),  # the title is looked for in the text: the claims may differ
    ({"outlet": "The Herald"}, False),  # a claim told to the article's outlet has it as medium
    ({"text": TEXT + " More."}, False),
])
def test_content_key_ignores_where_an_article_came_from(changes: dict[str, object], same_content: bool) -> None:
    article = _article()
    other = dataclasses.replace(article, **changes)  # type: ignore[arg-type]
    assert article_key(other, "s") != article_key(article, "s")
    assert (content_key(other, "s") == content_key(article, "s")) == same_content
    assert content_key(article, "s") != content_key(article, "t")
