"""The per-article view of the report, in the terminal (rich): highlighted text and a claims table."""

from __future__ import annotations

from typing import Final

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from pipeline.article_view import ArticleView, Role

# Same colour scheme as the HTML report: content yellow, speaker blue, cue red.
STYLES: Final[dict[Role, str]] = {
    "content": "black on #fff0a0",
    "speaker": "black on #a9d8ff",
    "cue": "bold black on #ffb3b3",
    "antecedent": "underline #2b6cb0",
    "mention": "underline",
}
NUMBER_STYLE: Final = "bold #d9480f"
QUOTE_WIDTH: Final = 90
# Narrower terminals get the claims table without its quote column: the text shows them, numbered.
WIDE: Final = 120


def highlighted_text(view: ArticleView) -> Text:
    """The article's text, each claim's content, cue and speaker styled, `[n]` after each claim."""
    ends: dict[int, list[int]] = {}
    for claim in view.claims:
        ends.setdefault(claim.end_char, []).append(claim.number)
    text = Text()
    for segment in view.segments():
        role = segment.role
        text.append(view.text[segment.start:segment.end], style=STYLES[role] if role else "")
        for number in ends.pop(segment.end, []):
            text.append(f"[{number}]", style=NUMBER_STYLE)
    return text


def legend() -> Text:
    """A one-line key to the colours."""
    text = Text("key: ")
    for role, label in (("content", "content"), ("cue", "cue"), ("speaker", "speaker"), ("antecedent", "resolved to"),
                        ("mention", "entity mention")):
        text.append(label, style=STYLES[role])  # type: ignore[index]
        text.append("  ")
    text.append("[n]", style=NUMBER_STYLE)
    text.append(" claim number")
    return text


def claims_table(view: ArticleView, with_quotes: bool = True) -> Table:
    """One row per claim: kind, attribution, speaker as written, resolved entity, cue, via and medium (when any), quote."""
    table = Table(title=f"{len(view.claims)} claims", title_justify="left")
    show_via = any(c.via for c in view.claims)
    show_medium = any(c.medium for c in view.claims)
    for header in ("#", "kind", "attribution"):
        table.add_column(header, no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("resolved entity", ratio=2)
    table.add_column("cue", ratio=1)
    if show_via:
        table.add_column("via", ratio=1)
    if show_medium:
        table.add_column("medium", ratio=1)
    if with_quotes:
        table.add_column("quote", ratio=5)
    for claim in view.claims:
        cells: list[RenderableType] = [Text(str(claim.number), style=NUMBER_STYLE), claim.kind, claim.attribution, claim.speaker_text or "—",
                 "; ".join(claim.speaker_entities) or claim.entity_name or "—", claim.cue or "—"]
        if show_via:
            cells.append(claim.via or "—")
        if show_medium:
            cells.append(claim.medium or "—")
        if with_quotes:
            cells.append(claim.quote_text if len(claim.quote_text) <= QUOTE_WIDTH else claim.quote_text[:QUOTE_WIDTH - 1] + "…")
        table.add_row(*cells)
    return table


def article_renderable(view: ArticleView, width: int = WIDE) -> RenderableType:
    """Header, key, highlighted text and claims table of one article (quotes in the table when `width` allows)."""
    article = view.article
    title = Text(str(article.get("title") or article["article_id"]), style="bold")
    published = article.get("published_at")
    meta = " · ".join(str(part) for part in (
        article.get("outlet"), published.date().isoformat() if published else "no date",
        f"source {article['source_path']}", f"id {article['article_id']}") if part)
    table = claims_table(view, with_quotes=width >= WIDE)
    return Group(title, Text(meta, style="dim"), legend(), Text(), highlighted_text(view), Text(), table)
