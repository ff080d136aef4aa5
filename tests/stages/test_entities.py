from __future__ import annotations

import pytest

from pipeline.schema import Article, ArticleResult, Claim, Mention
from pipeline.stages.entities import entity_id_for, normalise_name, resolve_entities


@pytest.mark.parametrize(("name", "expected"), [
    ("Sergey Lavrov", "sergey lavrov"),
    ("Lavrov's", "lavrov"),
    ("Lavrov’s", "lavrov"),
    ("the Foreign Ministry", "foreign ministry"),
    ("Brandstätter", "brandstatter"),
    ("  Nikol   Pashinyan ", "nikol pashinyan"),
])
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def _article(article_id: str) -> Article:
    return Article(article_id, f"{article_id}.txt", f"{article_id}.txt", None, None, None, None, None, "x", 1, 0)


def _mention(article_id: str, number: int, text: str, label: str, start: int) -> Mention:
    return Mention(f"{article_id}:m{number}", article_id, text, label, start, start + len(text), 0)


def _claim(article_id: str, antecedent: tuple[int, int] | None) -> Claim:
    return Claim(f"{article_id}:c0", article_id, "indirect", "that it rained", 50, 64, (), "said", 40, 44, "Lavrov", 30, 36,
                 "explicit", antecedent[0] if antecedent else None, antecedent[1] if antecedent else None, 0)


def _results() -> list[ArticleResult]:
    a = ArticleResult(_article("a"), (
        _mention("a", 0, "Sergey Lavrov", "PERSON", 0),
        _mention("a", 1, "Lavrov", "ORG", 30),  # spaCy often calls a bare surname an ORG
        _mention("a", 2, "Yerevan", "GPE", 80),
    ), (_claim("a", (30, 36)),))
    b = ArticleResult(_article("b"), (
        _mention("b", 0, "Sergey Lavrov's", "PERSON", 0),
        _mention("b", 1, "Vladimir Putin", "PERSON", 40),
    ))
    return [a, b]


def test_surname_joins_full_name_and_corpus_merges_spellings() -> None:
    linked, entities = resolve_entities(_results())
    lavrov = next(e for e in entities if e.canonical_name == "Sergey Lavrov")
    assert (lavrov.label, lavrov.n_mentions, lavrov.n_articles) == ("PERSON", 3, 2)
    assert set(lavrov.aliases) == {"Sergey Lavrov", "Lavrov", "Sergey Lavrov's"}
    assert lavrov.n_claims_as_speaker == 1
    a_mentions = {m.text: m.entity_id for m in linked[0].mentions}
    assert a_mentions["Lavrov"] == a_mentions["Sergey Lavrov"] == lavrov.entity_id
    assert linked[0].claims[0].speaker_entity_id == lavrov.entity_id


def test_entity_ids_are_stable_and_order_independent() -> None:
    _, first = resolve_entities(_results())
    _, again = resolve_entities(list(reversed(_results())))
    assert [(e.entity_id, e.canonical_name) for e in first] == [(e.entity_id, e.canonical_name) for e in again]
    assert next(e for e in first if e.canonical_name == "Yerevan").entity_id == entity_id_for("PLACE", "yerevan")


def test_claim_without_antecedent_stays_unlinked() -> None:
    results = _results()
    results[0] = ArticleResult(results[0].article, results[0].mentions, (_claim("a", None),))
    linked, _ = resolve_entities(results)
    assert linked[0].claims[0].speaker_entity_id is None
