"""One article with its claims and mentions, and its text cut into highlighted segments.

Shared by the HTML report (`pipeline.report`) and the terminal view (`pipeline.terminal`): both
show the same thing, content, cue and speaker of every claim marked in the article's text.
Built from the output tables (Arrow), so it shows exactly what a run wrote.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

import pyarrow as pa
import pyarrow.compute as pc

Role = Literal["content", "cue", "speaker", "antecedent", "mention"]

# When marks overlap, a segment is shown in the colour of its most specific role.
ROLE_PRIORITY: Final[tuple[Role, ...]] = ("cue", "speaker", "content", "antecedent", "mention")

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as displayed: its spans in the text and who it was resolved to."""

    number: int
    claim_id: str
    kind: str
    attribution: str
    quote_text: str
    start_char: int
    end_char: int
    fragments: tuple[tuple[int, int], ...]
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker_text: str | None
    speaker_span: tuple[int, int] | None
    antecedent_span: tuple[int, int] | None
    entity_id: str | None
    entity_name: str | None
    via: str | None
    medium: str | None = None
    # Every speaker's resolved entity name (several for "X and Y said"); from `claim_speakers` when the run has it.
    speaker_entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MentionView:
    """A named-entity mention and the entity it names."""

    start_char: int
    end_char: int
    text: str
    label: str
    entity_id: str | None
    entity_name: str | None


@dataclass(frozen=True, slots=True)
class Mark:
    """A role played by a span of text: part of claim `claim` (0-based), or a mention."""

    start: int
    end: int
    role: Role
    claim: int | None = None
    mention: int | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A maximal piece of text covered by the same marks."""

    start: int
    end: int
    marks: tuple[Mark, ...]

    @property
    def role(self) -> Role | None:
        """The role the segment is shown as (see ROLE_PRIORITY), or None for plain text."""
        roles = {m.role for m in self.marks}
        return next((r for r in ROLE_PRIORITY if r in roles), None)

    @property
    def claims(self) -> tuple[int, ...]:
        """The claims (0-based, in order) this segment belongs to."""
        return tuple(sorted({m.claim for m in self.marks if m.claim is not None}))


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article row with its claims and mentions, ordered by position in the text."""

    article: Row
    claims: tuple[ClaimView, ...]
    mentions: tuple[MentionView, ...]

    @property
    def text(self) -> str:
        """The article's cleaned text."""
        return str(self.article["text"])

    def marks(self) -> list[Mark]:
        """Every highlighted span: claim content fragments, cues, speakers, antecedents, mentions."""
        marks: list[Mark] = []
        for index, claim in enumerate(self.claims):
            marks += [Mark(start, end, "content", claim=index) for start, end in claim.fragments]
            if claim.cue_span is not None:
                marks.append(Mark(*claim.cue_span, "cue", claim=index))
            if claim.speaker_span is not None:
                marks.append(Mark(*claim.speaker_span, "speaker", claim=index))
            # For an explicit speaker the antecedent is the speaker itself: nothing more to show.
            if claim.antecedent_span is not None and claim.antecedent_span != claim.speaker_span:
                marks.append(Mark(*claim.antecedent_span, "antecedent", claim=index))
        marks += [Mark(m.start_char, m.end_char, "mention", mention=i) for i, m in enumerate(self.mentions)]
        return marks

    def segments(self) -> list[Segment]:
        """The text cut at every mark boundary; each piece lists the marks covering it."""
        return segment_text(len(self.text), self.marks())


def segment_text(length: int, marks: Iterable[Mark]) -> list[Segment]:
    """Cut [0, length) at every mark boundary; marks outside the text are clipped."""
    clipped = [m for m in marks if 0 <= m.start < m.end and m.start < length]
    bounds = sorted({0, length, *(m.start for m in clipped), *(min(m.end, length) for m in clipped)})
    segments = []
    for start, end in itertools.pairwise(bounds):
        covering = tuple(m for m in clipped if m.start <= start and end <= m.end)
        segments.append(Segment(start, end, covering))
    return segments


def rows(table: pa.Table | None) -> list[Row]:
    """A table's rows as dicts (none for a missing table)."""
    return [] if table is None else table.to_pylist()


def _span(row: Row, start: str, end: str) -> tuple[int, int] | None:
    if row.get(start) is None or row.get(end) is None:
        return None
    return int(row[start]), int(row[end])


def entity_names(tables: Mapping[str, pa.Table]) -> dict[str, str]:
    """entity_id → canonical name."""
    entities = tables.get("entities")
    if entities is None:
        return {}
    return dict(zip(entities["entity_id"].to_pylist(), entities["canonical_name"].to_pylist(), strict=True))


def claim_view(number: int, row: Row, names: Mapping[str, str], speaker_rows: Sequence[Row] | None = None) -> ClaimView:
    """A claims-table row as a ClaimView; entity names come from `names`, every speaker from `speaker_rows`."""
    fragments = tuple((int(f["start"]), int(f["end"])) for f in row.get("fragments") or ())
    entity_id = row.get("speaker_entity_id")
    speaker_ids = [r.get("speaker_entity_id") for r in sorted(speaker_rows, key=lambda r: r.get("speaker_index", 0))] \
        if speaker_rows else [entity_id]
    return ClaimView(
        number=number,
        claim_id=row["claim_id"],
        kind=row["kind"],
        attribution=row["attribution"],
        quote_text=row["quote_text"],
        start_char=int(row["start_char"]),
        end_char=int(row["end_char"]),
        fragments=fragments or ((int(row["start_char"]), int(row["end_char"])),),
        cue=row.get("cue"),
        cue_span=_span(row, "cue_start", "cue_end"),
        speaker_text=row.get("speaker_text"),
        speaker_span=_span(row, "speaker_start", "speaker_end"),
        antecedent_span=_span(row, "antecedent_start", "antecedent_end"),
        entity_id=entity_id,
        entity_name=names.get(entity_id) if entity_id else None,
        via=row.get("via"),
        medium=row.get("medium"),
        speaker_entities=tuple(names[e] for e in speaker_ids if e and e in names),
    )


def article_views(tables: Mapping[str, pa.Table]) -> list[ArticleView]:
    """Every article of a run with its claims and mentions, in the articles table's order."""
    names = entity_names(tables)
    claims_by_article: dict[str, list[Row]] = defaultdict(list)
    for row in rows(tables.get("claims")):
        claims_by_article[row["article_id"]].append(row)
    speakers_by_claim: dict[str, list[Row]] = defaultdict(list)
    for row in rows(tables.get("claim_speakers")):
        speakers_by_claim[row["claim_id"]].append(row)
    mentions_by_article: dict[str, list[Row]] = defaultdict(list)
    for row in rows(tables.get("mentions")):
        mentions_by_article[row["article_id"]].append(row)
    views = []
    for article in rows(tables.get("articles")):
        article_id = article["article_id"]
        claim_rows = sorted(claims_by_article[article_id], key=lambda r: (r["start_char"], r["end_char"]))
        mention_rows = sorted(mentions_by_article[article_id], key=lambda r: (r["start_char"], r["end_char"]))
        views.append(ArticleView(
            article=article,
            claims=tuple(claim_view(i, r, names, speakers_by_claim.get(r["claim_id"])) for i, r in enumerate(claim_rows, start=1)),
            mentions=tuple(MentionView(int(m["start_char"]), int(m["end_char"]), m["text"], m["label"], m.get("entity_id"),
                                       names.get(m["entity_id"]) if m.get("entity_id") else None) for m in mention_rows),
        ))
    return views


def _find(articles: Sequence[Row], key: str) -> int | None:
    """Index of the article whose id, id prefix (unique), source path or source id is `key`."""
    for i, article in enumerate(articles):
        if key in (article["article_id"], article["source_path"], article["source_id"]):
            return i
    by_prefix = [i for i, a in enumerate(articles) if str(a["article_id"]).startswith(key)]
    if len(by_prefix) == 1:
        return by_prefix[0]
    by_suffix = [i for i, a in enumerate(articles)
                 if str(a["source_path"]).endswith(key) or key.endswith(str(a["source_path"]))]
    return by_suffix[0] if len(by_suffix) == 1 else None


def find_article(views: Sequence[ArticleView], key: str) -> ArticleView | None:
    """The article whose id, id prefix (unique), source path or source id is `key`."""
    found = _find([v.article for v in views], key)
    return None if found is None else views[found]


def article_view(tables: Mapping[str, pa.Table], key: str) -> ArticleView | None:
    """The view of one article (found as by `find_article`), converting only its own rows."""
    articles = tables.get("articles")
    if articles is None:
        return None
    found = _find(articles.select(["article_id", "source_path", "source_id"]).to_pylist(), key)
    if found is None:
        return None
    article_id = articles["article_id"][found].as_py()
    own = {name: table.filter(pc.equal(table["article_id"], article_id)) if "article_id" in table.column_names else table
           for name, table in tables.items()}
    return article_views(own)[0]
