"""The terminal view of one article (`python -m pipeline inspect`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline import io
from pipeline.__main__ import app
from pipeline.article_view import ArticleView, article_views
from pipeline.schema import TABLES
from pipeline.terminal import NUMBER_STYLE, STYLES, article_renderable, claims_table, highlighted_text

ARTICLE = """Greenvale Post

Ferry operator scraps winter timetable

Posted 4 Nov 2024

The Lakeside ferry will run every hour through the winter, operator Brightwater Lines said on Monday.
"We listened to the people who use it every day," chief executive Priya Natarajan told the Post. "Cutting the service was never the answer."

Share this article
"""


@pytest.fixture(scope="module")
def harbour(sample_output: Path) -> ArticleView:
    views = article_views(io.read_tables(sample_output, TABLES))
    return next(v for v in views if v.article["source_id"] == "01_harbour_bridge_closure.txt")


def test_text_is_the_article_with_numbered_claims_and_coloured_roles(harbour: ArticleView) -> None:
    text = highlighted_text(harbour)
    assert re.sub(r"\[\d+\]", "", text.plain) == harbour.text
    assert re.findall(r"\[(\d+)\]", text.plain) == [str(c.number) for c in sorted(harbour.claims, key=lambda c: c.end_char)]
    styled = {str(span.style) for span in text.spans}
    assert {STYLES["content"], STYLES["cue"], STYLES["speaker"], NUMBER_STYLE} <= styled
    cue_spans = [text.plain[s.start:s.end] for s in text.spans if str(s.style) == STYLES["cue"]]
    assert {c.cue for c in harbour.claims if c.cue} <= set(cue_spans)


def test_claims_table_has_one_row_per_claim_and_drops_quotes_when_narrow(harbour: ArticleView) -> None:
    wide, narrow = claims_table(harbour), claims_table(harbour, with_quotes=False)
    assert wide.row_count == narrow.row_count == len(harbour.claims)
    assert [c.header for c in wide.columns][-1] == "quote"
    assert "quote" not in [c.header for c in narrow.columns]


def test_rendering_shows_who_said_what(harbour: ArticleView) -> None:
    console = Console(width=160, record=True, color_system=None)
    console.print(article_renderable(harbour, console.width))
    shown = console.export_text()
    assert "Helena Marsh" in shown and "pronoun" in shown and "Tomasz Wierzbicki" in shown


def test_cli_finds_an_article_in_the_tables(sample_output: Path) -> None:
    result = CliRunner().invoke(app, ["inspect", "01_harbour_bridge_closure.txt", "--tables", str(sample_output)])
    assert result.exit_code == 0, result.output
    assert "Harbour bridge to close" in result.output and "claims" in result.output


def test_cli_runs_the_pipeline_on_a_file_that_is_not_in_the_tables(sample_output: Path, tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["inspect", str(article), "--tables", str(sample_output)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "Priya Natarajan" in result.output and "direct" in result.output


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", "  \n\n", "rejected"),
    (None, None, "no article"),
])
def test_cli_refuses_what_it_cannot_show(tmp_path: Path, name: str | None, content: str | None, message: str) -> None:
    target = "no_such_article"
    if name is not None and content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
        target = str(tmp_path / name)
    result = CliRunner().invoke(app, ["inspect", target, "--tables", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output
