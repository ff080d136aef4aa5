"""The HTML report: built from a run's tables, self-contained, and checked in a real headless browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pytest
from PIL import Image
from typer.testing import CliRunner

from pipeline import io
from pipeline.__main__ import app
from pipeline.article_view import article_views
from pipeline.report import INDEX_PAGE, article_page_name, build_report, claims_over_time_svg
from pipeline.schema import TABLES

# The highlight colours of the report's CSS: content, speaker, cue.
HIGHLIGHTS = {"content": (0xFF, 0xF0, 0xA0), "speaker": (0xA9, 0xD8, 0xFF), "cue": (0xFF, 0xB3, 0xB3)}


@pytest.fixture(scope="module")
def tables(sample_output: Path) -> dict[str, pa.Table]:
    return io.read_tables(sample_output, TABLES)


@pytest.fixture(scope="module")
def report_dir(tables: dict[str, pa.Table], tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("report")
    io.write_pages(build_report(tables), output)
    return output


class _TextOf(HTMLParser):
    """Collects the text inside the element with a given id."""

    def __init__(self, element_id: str) -> None:
        super().__init__()
        self.element_id, self.depth, self.text = element_id, 0, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def _text_of(html: str, element_id: str) -> str:
    parser = _TextOf(element_id)
    parser.feed(html)
    return "".join(parser.text)


def test_one_page_per_article_and_each_shows_the_exact_text(tables: dict[str, pa.Table]) -> None:
    pages = build_report(tables)
    views = article_views(tables)
    assert set(pages) == {INDEX_PAGE} | {article_page_name(v.article["article_id"]) for v in views}
    for view in views:
        page = pages[article_page_name(view.article["article_id"])]
        assert _text_of(page, "article-text") == view.text
        numbers = {int(n) for group in re.findall(r'data-claims="([\d ]+)"', page) for n in group.split()}
        assert numbers == {c.number for c in view.claims}


def test_index_lists_counts_rejects_speakers_entities_and_articles(tables: dict[str, pa.Table]) -> None:
    index = build_report(tables)[INDEX_PAGE]
    for name in ("articles", "claims", "mentions", "entities", "rejects"):
        assert f'data-count="{name}"><b>{tables[name].num_rows}</b>' in index
    assert "08_empty.txt" in index and ">empty<" in index
    assert "Helena Marsh" in _text_of(index, "top-speakers")
    assert "Kazakhstan" in _text_of(index, "top-entities")
    assert index.count('href="articles/') == tables["articles"].num_rows
    assert "<svg" in index


def test_pages_are_self_contained(tables: dict[str, pa.Table]) -> None:
    for page in build_report(tables).values():
        assert not re.search(r"<link|<img|<iframe|\bsrc=|@import|url\(", page)
        assert all(not href.startswith(("http:", "https:", "//")) for href in re.findall(r'href="([^"]*)"', page))


def _one_article_tables(text: str, claim: dict[str, object]) -> dict[str, pa.Table]:
    article = {"article_id": "abc", "source_path": "x.txt", "source_id": "x.txt", "title": "<i>T</i>", "outlet": None,
               "published_at": datetime(2024, 5, 1, tzinfo=UTC), "published_raw": None, "url": None, "text": text,
               "n_chars": len(text), "n_lines_removed": 0}
    defaults = {name: None for name in TABLES["claims"].names}
    row = {**defaults, "claim_id": "abc:c0", "article_id": "abc", "sentence_index": 0, "fragments": [], **claim}
    return {"articles": pa.Table.from_pylist([article], schema=TABLES["articles"]),
            "claims": pa.Table.from_pylist([row], schema=TABLES["claims"])}


def test_markup_in_article_text_is_escaped_and_data_cannot_close_the_script() -> None:
    text = 'Ann <b>Lee</b> said "</script><script>alert(1)</script>".'
    quote_start = text.index('"')
    tables = _one_article_tables(text, {"kind": "direct", "quote_text": text[quote_start:-1], "start_char": quote_start,
                                        "end_char": len(text) - 1, "attribution": "explicit", "speaker_text": "Ann <b>Lee</b>",
                                        "speaker_start": 0, "speaker_end": 14, "cue": "said", "cue_start": 15, "cue_end": 19})
    page = build_report(tables)[article_page_name("abc")]
    assert "<b>Lee" not in page and "<script>alert" not in page
    assert _text_of(page, "article-text") == text
    assert page.count("<script") == 2  # the claims data and the page's own script


@pytest.mark.parametrize(("dates", "labels"), [
    ([datetime(2024, 3, 1), datetime(2024, 3, 1), datetime(2024, 3, 4)], ["2024-03-01", "2024-03-04"]),
    ([datetime(2023, 1, 5), datetime(2024, 3, 1)], ["2023-01", "2024-03"]),
])
def test_claims_over_time_by_day_or_month(dates: list[datetime], labels: list[str]) -> None:
    svg = claims_over_time_svg(dates)
    assert re.findall(r"<title>([\d-]+): ", svg) == labels
    assert svg.count("<rect") == len(labels)


def test_no_dates_no_chart() -> None:
    assert "<svg" not in claims_over_time_svg([])


def test_cli_writes_the_report_and_refuses_a_missing_folder(sample_output: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--input", str(sample_output), "--output", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r" / INDEX_PAGE).is_file() and len(list((tmp_path / "r" / "articles").glob("*.html"))) == 7
    assert runner.invoke(app, ["report", "--input", str(tmp_path / "nothing")]).exit_code == 2


# --------------------------------------------------------------------------- in a real browser
def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (make test installs it with apt-get)")
        pytest.skip("chromium is not installed: apt-get install -y chromium")
    return found


def _browse(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--window-size=1280,1000", *args, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True, cwd=tmp_path)


def _harbour_page(report_dir: Path, tables: dict[str, pa.Table]) -> tuple[Path, int]:
    view = next(v for v in article_views(tables) if v.article["source_id"] == "01_harbour_bridge_closure.txt")
    return report_dir / article_page_name(view.article["article_id"]), len(view.claims)


def test_browser_renders_highlights_in_their_colours(report_dir: Path, tables: dict[str, pa.Table], tmp_path: Path) -> None:
    page, _ = _harbour_page(report_dir, tables)
    for target, expect_highlights in ((report_dir / INDEX_PAGE, False), (page, True)):
        shot = tmp_path / f"{target.stem}.png"
        _browse(tmp_path, target.as_uri(), f"--screenshot={shot}")
        image = Image.open(shot).convert("RGB")
        assert image.size == (1280, 1000)
        colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20) or []}
        assert len(colours) > 50, f"{target.name} rendered blank"
        if expect_highlights:
            missing = [role for role, rgb in HIGHLIGHTS.items() if rgb not in colours]
            assert not missing, f"no {missing} highlight visible on {target.name}"


def test_browser_runs_the_page_script_and_shows_a_claims_details(report_dir: Path, tables: dict[str, pa.Table], tmp_path: Path) -> None:
    page, n_claims = _harbour_page(report_dir, tables)
    view = next(v for v in article_views(tables) if v.article["source_id"] == "01_harbour_bridge_closure.txt")
    claim = next(c for c in view.claims if c.attribution == "pronoun" and c.entity_name)
    dom = _browse(tmp_path, f"{page.as_uri()}#claim-{claim.number}", "--dump-dom").stdout
    assert f'id="details" data-claim="{claim.number}"' in dom
    details = _text_of(dom, "details")
    assert claim.kind in details and "pronoun" in details and claim.entity_name in details
    assert f'<tr id="claim-{claim.number}" class="selected">' in dom
    assert re.search(rf'<span class="[^"]*\bselected\b[^"]*"[^>]*data-claims="[^"]*\b{claim.number}\b', dom) or \
        re.search(rf'data-claims="[^"]*\b{claim.number}\b[^"]*"[^>]*class="[^"]*selected', dom)
    assert n_claims >= 5
