"""Write stage: records become Arrow tables with the declared schemas."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa
import pytest

from pipeline.schema import TABLES, Article, ArticleResult, Claim, ClaimSpeaker, Entity, Mention, Reject, Span
from pipeline.stages.write import build_tables


def article(article_id: str, source_path: str, source_id: str = "0", published: datetime | None = None) -> Article:
    text = f"Text of {article_id}."
    return Article(
        article_id=article_id, source_path=source_path, source_id=source_id, title=f"Title {article_id}",
        outlet=None, published_at=published, published_raw=None if published is None else published.isoformat(),
        url=None, text=text, n_chars=len(text), n_lines_removed=0,
    )


def mention(article_id: str, n: int, entity_id: str | None = None) -> Mention:
    return Mention(f"{article_id}:m{n}", article_id, "Ann Lee", "PERSON", 10 * n, 10 * n + 7, n, entity_id)


def claim(article_id: str, n: int, fragments: tuple[Span, ...]) -> Claim:
    return Claim(
        claim_id=f"{article_id}:c{n}", article_id=article_id, kind="direct", quote_text='"We go," she said, "now."',
        start_char=0, end_char=25, fragments=fragments, cue="said", cue_start=12, cue_end=16,
        speaker_text="she", speaker_start=8, speaker_end=11, attribution="pronoun",
        antecedent_start=40, antecedent_end=47, sentence_index=n, antecedent_label="PERSON", via="TASS",
        speaker_entity_id="E1", medium="Kommersant", n_speakers=1, cue_category="speech",
        speakers=(ClaimSpeaker(f"{article_id}:c{n}", article_id, 0, "she", 8, 11, 40, 47, "PERSON", "E1"),),
    )


def entity(entity_id: str, aliases: tuple[str, ...]) -> Entity:
    return Entity(entity_id, "PERSON", aliases[0] if aliases else "?", aliases, 2, 1, 1)


@pytest.fixture
def tables() -> dict[str, pa.Table]:
    published = datetime(2024, 3, 12, 9, 41, 7, tzinfo=UTC)
    results = [
        ArticleResult(article("zz", "data/raw/c.txt"), (mention("zz", 0),), (claim("zz", 0, (Span(0, 8),)),)),
        ArticleResult(
            article("aa", "data/raw/a.txt", published=published),
            (mention("aa", 0, "E1"), mention("aa", 1)),
            (claim("aa", 0, (Span(0, 8), Span(19, 25))), claim("aa", 1, ())),
        ),
        ArticleResult(article("mm", "data/raw/b.jsonl", source_id="9")),
        ArticleResult(article("kk", "data/raw/b.jsonl", source_id="10")),
    ]
    entities = [entity("E2", ()), entity("E1", ("Ann Lee", "Lee", "Ann"))]
    rejects = [
        Reject("data/raw/z.txt", "z.txt", "ingest", "empty", "no text after cleaning"),
        Reject("data/raw/b.jsonl", "b.jsonl:3", "ingest", "malformed", "malformed JSON on line 3"),
        Reject("data/raw/b.jsonl", "b.jsonl:3", "annotate", "too_long", "x"),
    ]
    return build_tables(results, entities, rejects)


def test_table_names(tables: dict[str, pa.Table]) -> None:
    assert list(tables) == ["articles", "mentions", "entities", "claims", "claim_speakers", "claim_entities", "rejects"]


@pytest.mark.parametrize("name", list(TABLES))
def test_schema_equals_the_declared_schema(tables: dict[str, pa.Table], name: str) -> None:
    assert tables[name].schema.equals(TABLES[name], check_metadata=True)


@pytest.mark.parametrize("name", list(TABLES))
def test_empty_run_gives_empty_tables_with_the_declared_schemas(name: str) -> None:
    table = build_tables([], [], [])[name]
    assert table.num_rows == 0
    assert table.schema.equals(TABLES[name], check_metadata=True)


@pytest.mark.parametrize(
    ("name", "columns", "expected"),
    [
        # Per-article rows keep the order of the results (the run's input order) ...
        ("articles", ("source_path", "source_id", "article_id"), [
            ("data/raw/c.txt", "0", "zz"),
            ("data/raw/a.txt", "0", "aa"),
            ("data/raw/b.jsonl", "9", "mm"),
            ("data/raw/b.jsonl", "10", "kk"),
        ]),
        ("mentions", ("mention_id", "entity_id"), [("zz:m0", None), ("aa:m0", "E1"), ("aa:m1", None)]),
        ("claims", ("claim_id",), [("zz:c0",), ("aa:c0",), ("aa:c1",)]),
        # ... the corpus-level tables are sorted.
        ("entities", ("entity_id",), [("E1",), ("E2",)]),
        ("rejects", ("source_path", "source_id", "stage"), [
            ("data/raw/b.jsonl", "b.jsonl:3", "annotate"),
            ("data/raw/b.jsonl", "b.jsonl:3", "ingest"),
            ("data/raw/z.txt", "z.txt", "ingest"),
        ]),
    ],
)
def test_rows_are_in_input_order_or_sorted(
    tables: dict[str, pa.Table], name: str, columns: tuple[str, ...], expected: list[tuple[object, ...]]
) -> None:
    data = tables[name].to_pydict()
    assert list(zip(*(data[c] for c in columns), strict=True)) == expected


def test_article_tables_follow_the_results_and_corpus_tables_are_sorted() -> None:
    results = [ArticleResult(article(str(i), f"p{i % 3}.txt", source_id=str(i)), (mention(str(i), 0, f"E{i}"),)) for i in range(6)]
    entities = [entity(f"E{i}", ()) for i in range(6)]
    forward = build_tables(results, entities, [])
    backward = build_tables(results[::-1], entities[::-1], [])
    assert forward["articles"].column("article_id").to_pylist() == ["0", "1", "2", "3", "4", "5"]
    assert backward["mentions"].column("article_id").to_pylist() == ["5", "4", "3", "2", "1", "0"]
    assert forward["entities"].equals(backward["entities"])


def test_article_row_values(tables: dict[str, pa.Table]) -> None:
    row = tables["articles"].to_pylist()[1]
    assert row == {
        "article_id": "aa", "source_path": "data/raw/a.txt", "source_id": "0", "title": "Title aa",
        "outlet": None, "published_at": datetime(2024, 3, 12, 9, 41, 7, tzinfo=UTC),
        "published_raw": "2024-03-12T09:41:07+00:00", "url": None, "text": "Text of aa.", "n_chars": 11,
        "n_lines_removed": 0, "published_precision": None, "dateline": None, "byline": None, "original_source": None,
        "language": None, "encoding": None, "raw_sha256": None, "truncated": False,
    }


def test_aliases_round_trip(tables: dict[str, pa.Table]) -> None:
    assert tables["entities"].column("aliases").to_pylist() == [["Ann Lee", "Lee", "Ann"], []]


def test_fragments_round_trip(tables: dict[str, pa.Table]) -> None:
    assert tables["claims"].column("fragments").to_pylist() == [
        [{"start": 0, "end": 8}],
        [{"start": 0, "end": 8}, {"start": 19, "end": 25}],
        [],
    ]


def test_claim_row_values(tables: dict[str, pa.Table]) -> None:
    row = tables["claims"].to_pylist()[1]
    assert row == {
        "claim_id": "aa:c0", "article_id": "aa", "kind": "direct", "quote_text": '"We go," she said, "now."',
        "start_char": 0, "end_char": 25, "fragments": [{"start": 0, "end": 8}, {"start": 19, "end": 25}],
        "cue": "said", "cue_start": 12, "cue_end": 16, "speaker_text": "she", "speaker_start": 8,
        "speaker_end": 11, "speaker_entity_id": "E1", "attribution": "pronoun", "antecedent_start": 40,
        "antecedent_end": 47, "sentence_index": 0, "via": "TASS", "medium": "Kommersant", "n_speakers": 1,
        "cue_category": "speech",
    }
    # antecedent_label is used during extraction only; it is not a column.
    assert "antecedent_label" not in tables["claims"].column_names


def test_claim_speakers_rows(tables: dict[str, pa.Table]) -> None:
    rows = tables["claim_speakers"].to_pylist()
    # One speaker row per claim, claims in article order (zz came first).
    assert [r["claim_id"] for r in rows] == ["zz:c0", "aa:c0", "aa:c1"]
    assert rows[1] == {
        "claim_id": "aa:c0", "article_id": "aa", "speaker_index": 0, "speaker_text": "she", "speaker_start": 8,
        "speaker_end": 11, "speaker_entity_id": "E1", "antecedent_start": 40, "antecedent_end": 47,
    }
