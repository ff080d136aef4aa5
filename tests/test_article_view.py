"""Cutting an article into highlighted segments, and finding an article in a run's tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import io
from pipeline.article_view import Mark, article_view, article_views, find_article, segment_text
from pipeline.schema import TABLES


@pytest.mark.parametrize(("length", "marks", "expected"), [
    (10, [], [(0, 10, ())]),
    (10, [Mark(2, 5, "content", claim=0)], [(0, 2, ()), (2, 5, ("content",)), (5, 10, ())]),
    # a cue inside a split quote's span, and a mention overlapping the content
    (12, [Mark(0, 4, "content", claim=0), Mark(5, 9, "cue", claim=0), Mark(3, 6, "mention", mention=0)],
     [(0, 3, ("content",)), (3, 4, ("content", "mention")), (4, 5, ("mention",)), (5, 6, ("cue", "mention")),
      (6, 9, ("cue",)), (9, 12, ())]),
    # marks running past the text are clipped, empty marks ignored
    (5, [Mark(3, 9, "speaker", claim=0), Mark(2, 2, "cue", claim=0)], [(0, 3, ()), (3, 5, ("speaker",))]),
])
def test_segments(length: int, marks: list[Mark], expected: list[tuple[int, int, tuple[str, ...]]]) -> None:
    got = [(s.start, s.end, tuple(sorted(m.role for m in s.marks))) for s in segment_text(length, marks)]
    assert got == [(start, end, tuple(sorted(roles))) for start, end, roles in expected]


@pytest.mark.parametrize(("roles", "shown"), [
    (("content", "mention"), "content"), (("content", "cue"), "cue"), (("speaker", "content"), "speaker"),
    (("antecedent", "mention"), "antecedent"), ((), None),
])
def test_the_most_specific_role_is_shown(roles: tuple[str, ...], shown: str | None) -> None:
    marks = [Mark(0, 3, role, claim=0) for role in roles]  # type: ignore[arg-type]
    assert segment_text(3, marks)[0].role == shown


_marks = st.lists(st.builds(Mark, st.integers(-5, 60), st.integers(-5, 60), st.sampled_from(["content", "cue", "speaker"]),
                            st.integers(0, 3)), max_size=12)


@given(st.integers(0, 50), _marks)
def test_segments_tile_the_text_and_cover_each_mark(length: int, marks: list[Mark]) -> None:
    segments = segment_text(length, marks)
    assert [s.start for s in segments[1:]] == [s.end for s in segments[:-1]]
    if length:
        assert segments[0].start == 0 and segments[-1].end == length
    for mark in marks:
        if 0 <= mark.start < mark.end and mark.start < length:
            covered = [s for s in segments if mark in s.marks]
            assert (covered[0].start, covered[-1].end) == (mark.start, min(mark.end, length))


def test_every_claim_of_the_sample_is_highlighted_where_it_is(sample_output: Path) -> None:
    views = article_views(io.read_tables(sample_output, TABLES))
    assert len(views) == 7 and sum(len(v.claims) for v in views) > 20
    for view in views:
        segments = view.segments()
        for index, claim in enumerate(view.claims):
            content = "".join(view.text[s.start:s.end] for s in segments if any(m.claim == index and m.role == "content" for m in s.marks))
            assert content == "".join(view.text[a:b] for a, b in claim.fragments)
            if claim.cue_span:
                assert view.text[slice(*claim.cue_span)] == claim.cue
        assert all(m.entity_name for m in view.mentions if m.entity_id)


def test_articles_are_found_by_id_prefix_path_or_source_id(sample_output: Path) -> None:
    views = article_views(io.read_tables(sample_output, TABLES))
    target = next(v for v in views if v.article["source_id"] == "01_harbour_bridge_closure.txt")
    article_id = target.article["article_id"]
    for key in (article_id, article_id[:10], target.article["source_path"], "01_harbour_bridge_closure.txt"):
        assert find_article(views, key) is target, key
    assert find_article(views, "no_such_article.txt") is None


def test_one_article_view_from_the_tables_equals_its_view_among_all(sample_output: Path) -> None:
    tables = io.read_tables(sample_output, TABLES)
    views = article_views(tables)
    for key in ("01_harbour_bridge_closure.txt", views[-1].article["article_id"][:10]):
        assert article_view(tables, key) == find_article(views, key)
    assert article_view(tables, "no_such_article.txt") is None


def test_a_claim_by_several_people_lists_each_resolved_speaker(sample_output: Path) -> None:
    tables = io.read_tables(sample_output, TABLES)
    names = {r["entity_id"]: r["canonical_name"] for r in tables["entities"].to_pylist()}
    speakers: dict[str, list[str]] = {}
    for row in sorted(tables["claim_speakers"].to_pylist(), key=lambda r: (r["claim_id"], r["speaker_index"])):
        if row["speaker_entity_id"]:
            speakers.setdefault(row["claim_id"], []).append(names[row["speaker_entity_id"]])
    claims = [c for v in article_views(tables) for c in v.claims]
    assert any(len(c.speaker_entities) > 1 for c in claims)
    for claim in claims:
        assert list(claim.speaker_entities) == speakers.get(claim.claim_id, [])
