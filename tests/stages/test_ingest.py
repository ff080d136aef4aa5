"""Ingest: decoding, cleaning, rejecting, ids, title/date guessing, and parse_date."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.boilerplate import line_fingerprint
from pipeline.config import Config, ConfigError
from pipeline.language import LanguageIdentifier
from pipeline.schema import Article, RawRecord, Reject
from pipeline.stages.ingest import IngestContext, article_id_for, ingest, parse_date

CAFE = "Café owners said prices rose “sharply” – by 5€ – in 2024."
BODY = "The port strike ended on Monday, the union said, after three weeks of talks."


def record(content: bytes | str, **fields: str | None) -> RawRecord:
    return RawRecord("data/raw/a.txt", "a.txt", content, **fields)


def limits(config: Config, min_chars: int = 1, max_chars: int = 10_000) -> Config:
    return dataclasses.replace(config, input=dataclasses.replace(config.input, min_chars=min_chars, max_chars=max_chars))


def as_article(outcome: Article | Reject) -> Article:
    assert isinstance(outcome, Article), outcome
    return outcome


def as_reject(outcome: Article | Reject) -> Reject:
    assert isinstance(outcome, Reject), outcome
    return outcome


# --------------------------------------------------------------------------- decoding
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(CAFE.encode(), CAFE, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + CAFE.encode(), CAFE, id="utf-8-bom"),
        pytest.param(CAFE.encode("cp1252"), CAFE, id="cp1252"),
        pytest.param("Already text – with a dash.", "Already text – with a dash.", id="str"),
    ],
)
def test_decodes_content(config: Config, content: bytes | str, expected: str) -> None:
    article = as_article(ingest(record(content), limits(config)))
    assert article.text == expected
    assert article.n_chars == len(expected)
    assert article.source_path == "data/raw/a.txt"
    assert article.source_id == "a.txt"


@pytest.mark.parametrize(
    ("content", "reason", "detail"),
    [
        pytest.param(b"PK\x03\x04\x00\x00binary zip data", "binary", "the content is not text (NUL bytes)",
                     id="nul-bytes"),
        pytest.param(b"", "empty", "no text after cleaning", id="empty-bytes"),
        pytest.param("", "empty", "no text after cleaning", id="empty-str"),
        pytest.param(b" \n\t\r\n  \n", "empty", "no text after cleaning", id="whitespace-only"),
        pytest.param("\u00a0\ufeff \n", "empty", "no text after cleaning", id="nbsp-and-bom-only"),
        pytest.param(b"[ad_1]\n[ad_2]\n", "empty", "no text after cleaning", id="ad-markers-only"),
        pytest.param(bytes(range(128, 256)), "undecodable", "no text encoding fits the bytes", id="undecodable"),
    ],
)
def test_rejects_content(config: Config, content: bytes | str, reason: str, detail: str) -> None:
    reject = as_reject(ingest(record(content), limits(config)))
    assert reject == Reject("data/raw/a.txt", "a.txt", "ingest", reason, detail)


def test_below_min_chars_is_too_short(config: Config) -> None:
    reject = as_reject(ingest(record("  short text  "), limits(config, min_chars=20)))
    assert reject.reason == "too_short"
    assert reject.detail == "10 characters after cleaning; the minimum is 20"


def test_above_max_chars_is_too_long(config: Config) -> None:
    reject = as_reject(ingest(record("x" * 31), limits(config, max_chars=30)))
    assert reject.reason == "too_long"
    assert reject.detail == "31 characters after cleaning; the maximum is 30"


@pytest.mark.parametrize("length", [20, 30])
def test_lengths_at_the_limits_are_kept(config: Config, length: int) -> None:
    article = as_article(ingest(record("y" * length), limits(config, min_chars=20, max_chars=30)))
    assert article.n_chars == length


def test_default_min_chars_rejects_a_short_article(config: Config) -> None:
    reject = as_reject(ingest(record("Too short to be news."), config))
    assert reject.reason == "too_short"


@pytest.mark.parametrize(
    ("read_error", "reason"),
    [
        ("cannot read: Permission denied", "unreadable"),
        ("malformed JSON on line 3: Expecting value", "malformed"),
        ("line 4 is not a JSON object", "malformed"),
        ("record has no text field (looked for text, maintext, body, content)", "malformed"),
    ],
)
def test_read_error_becomes_a_reject_with_its_detail(config: Config, read_error: str, reason: str) -> None:
    reject = as_reject(ingest(record(b"", read_error=read_error), config))
    assert reject == Reject("data/raw/a.txt", "a.txt", "ingest", reason, read_error)


# --------------------------------------------------------------------------- cleaning
def test_ad_lines_are_removed_and_counted(config: Config) -> None:
    content = "First paragraph.\n[ad_1]\nSecond paragraph.\n  [ad_2]  \n[AD]\nThird paragraph.\n"
    article = as_article(ingest(record(content), limits(config)))
    assert article.text == "First paragraph.\nSecond paragraph.\nThird paragraph."
    assert article.n_lines_removed == 3


def test_ad_marker_inside_a_line_is_kept(config: Config) -> None:
    article = as_article(ingest(record("The text [ad_1] marker stays here."), limits(config)))
    assert article.text == "The text [ad_1] marker stays here."
    assert article.n_lines_removed == 0


def test_crlf_and_cr_are_normalised(config: Config) -> None:
    article = as_article(ingest(record(b"Line one.\r\nLine two.\rLine three.\r\n"), limits(config)))
    assert article.text == "Line one.\nLine two.\nLine three."


def test_non_breaking_spaces_become_spaces(config: Config) -> None:
    article = as_article(ingest(record("Prime\u00a0Minister said\u00a0no.".encode()), limits(config)))
    assert article.text == "Prime Minister said no."


@pytest.mark.parametrize(("text", "expected"), [
    ("EC President Jos&#233; Manuel Barroso wrote to Parliament.", "EC President José Manuel Barroso wrote to Parliament."),
    ("Shares in AT&amp;T rose &#x41;gain &lt;sharply&gt;.", "Shares in AT&T rose Again <sharply>."),
    # Only references closed by a semicolon: these are text.
    ("AT&T and R&copy won a Q&A; award.", "AT&T and R&copy won a Q&A; award."),
])
def test_html_character_references_are_decoded(config: Config, text: str, expected: str) -> None:
    assert as_article(ingest(record(text.encode()), limits(config))).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Watch the latest video at <a href="http://video.example.com">video.example.com</a>.',
     "Watch the latest video at video.example.com."),
    # An embed's placeholder: its attributes go (whatever text a converter put in them), its text stays.
    ('The mayor replied online.\n<tweet tweet-author="@mayor_ruiz" tweet-date="May 2, 2016\n">The pier opens in June.<tweet/>.',
     "The mayor replied online.\nThe pier opens in June.."),
    ('[<a href=”https://example.com/x” target=”_blank”>Riders and the pier (with tweets)</a>.]', "[Riders and the pier (with tweets).]"),
    ("The ferry pier reopened on Monday after two years of repairs.<br>Riders said the <b>new</b> timetable was "
     "<i>much</i> better.", "The ferry pier reopened on Monday after two years of repairs.\nRiders said the new timetable "
                            "was much better."),
    # Not markup: a word in angle brackets no HTML has, comparisons, an escaped tag.
    ("Reply to <editor> if a < b and b > c; &lt;b&gt; is a tag.", "Reply to <editor> if a < b and b > c; <b> is a tag."),
])
def test_markup_left_in_plain_text_is_removed(config: Config, text: str, expected: str) -> None:
    assert as_article(ingest(record(text.encode()), limits(config))).text == expected


def test_blank_runs_controls_and_trailing_spaces_are_cleaned(config: Config) -> None:
    article = as_article(ingest(record("  Para one.   \n\n\n\n\nPara\x07 two.\x0c\n\n"), limits(config)))
    assert article.text == "Para one.\n\nPara two."


# --------------------------------------------------------------------------- ids
def test_same_text_gives_the_same_id(config: Config) -> None:
    first = as_article(ingest(record(BODY.encode()), config))
    second = as_article(ingest(RawRecord("other/path.jsonl", "42", BODY), config))
    assert first.article_id == second.article_id == article_id_for(BODY)
    assert len(first.article_id) == 16
    assert all(c in "0123456789abcdef" for c in first.article_id)


def test_text_differing_only_in_cleaning_gives_the_same_id(config: Config) -> None:
    raw = as_article(ingest(record(BODY.replace(" ", "\u00a0", 1) + "\r\n[ad_1]\r\n"), config))
    assert raw.article_id == article_id_for(BODY)


def test_different_text_gives_a_different_id(config: Config) -> None:
    first = as_article(ingest(record(BODY), config))
    second = as_article(ingest(record(BODY.replace("Monday", "Tuesday")), config))
    assert first.article_id != second.article_id


# --------------------------------------------------------------------------- title and date
SCRAPED_PAGE = (
    "All News\n"
    "The Limited Times\n"
    "Now 10:15 Back to the home page...\n"
    "Port strike ends after three weeks of talks\n"
    "March 4, 2024\n"
    f"{BODY}\n"
)


def test_title_and_date_are_guessed_from_a_scraped_page(config: Config) -> None:
    article = as_article(ingest(record(SCRAPED_PAGE), config))
    assert article.title == "Port strike ends after three weeks of talks"
    assert article.published_raw == "March 4, 2024"
    assert article.published_at == datetime(2024, 3, 4, tzinfo=UTC)


def test_jsonl_title_and_date_win_over_guesses(config: Config) -> None:
    given_record = record(SCRAPED_PAGE, title="  Harbour dispute settled ", published="2020-11-03T16:17:40.182Z",
                          outlet="The Ledger", url="https://example.com/a")
    article = as_article(ingest(given_record, config))
    assert article.title == "Harbour dispute settled"
    assert article.published_raw == "2020-11-03T16:17:40.182Z"
    assert article.published_at == datetime(2020, 11, 3, 16, 17, 40, tzinfo=UTC)
    assert article.outlet == "The Ledger"
    assert article.url == "https://example.com/a"


def test_given_title_with_guessed_date(config: Config) -> None:
    article = as_article(ingest(record(SCRAPED_PAGE, title="Given title"), config))
    assert article.title == "Given title"
    assert article.published_raw == "March 4, 2024"


def test_given_unparseable_date_is_kept_raw(config: Config) -> None:
    article = as_article(ingest(record(SCRAPED_PAGE, published="October 6"), config))
    assert article.published_raw == "October 6"
    assert article.published_at is None


def test_no_title_or_date_when_the_page_has_none(config: Config) -> None:
    article = as_article(ingest(record("Short line\n" + BODY), config))
    assert article.title is None
    assert article.published_raw is None
    assert article.published_at is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-11-03T16:17:40.182Z", datetime(2020, 11, 3, 16, 17, 40, tzinfo=UTC)),
        ("2024-03-12T09:41:07+02:00", datetime(2024, 3, 12, 7, 41, 7, tzinfo=UTC)),
        ("2024-03-12T09:41:07-0530", datetime(2024, 3, 12, 15, 11, 7, tzinfo=UTC)),
        ("2024-03-12", datetime(2024, 3, 12, tzinfo=UTC)),
        ("  2024-03-12 09:41  ", datetime(2024, 3, 12, 9, 41, tzinfo=UTC)),
        ("16:26, 18 January 2021", datetime(2021, 1, 18, 16, 26, tzinfo=UTC)),
        ("18 Jan 2021", datetime(2021, 1, 18, tzinfo=UTC)),
        ("March 4, 2024", datetime(2024, 3, 4, tzinfo=UTC)),
        ("Sep. 4, 2024", datetime(2024, 9, 4, tzinfo=UTC)),
        ("Friday, January 4, 2019", datetime(2019, 1, 4, tzinfo=UTC)),
        ("October 6", None),
        ("not a date", None),
        ("", None),
        ("2024-02-30", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_date(raw: str, expected: datetime | None) -> None:
    parsed = parse_date(raw)
    assert parsed == expected
    if parsed is not None:
        assert parsed.utcoffset() is not None
        assert parsed.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


# --------------------------------------------------------------------------- properties
@settings(max_examples=300, deadline=None)
@given(content=st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(config: Config, content: bytes) -> None:
    outcome = ingest(record(content), limits(config))
    assert isinstance(outcome, Article | Reject)
    if isinstance(outcome, Article):
        assert outcome.n_chars == len(outcome.text)
        assert outcome.text == outcome.text.strip()
        assert "\r" not in outcome.text
        assert "\x00" not in outcome.text
        assert outcome.article_id == article_id_for(outcome.text)
    else:
        assert outcome.stage == "ingest"
        assert outcome.reason in {"binary", "undecodable", "empty", "too_short", "too_long", "language"}


# --------------------------------------------------------------------------- scraped files: metadata and boilerplate
INPUTS = Path(__file__).resolve().parent.parent / "data" / "inputs"


def file_record(name: str) -> RawRecord:
    return RawRecord(str(INPUTS / name), name, (INPUTS / name).read_bytes())


@pytest.mark.parametrize(
    ("name", "removed", "kept"),
    [
        ("agency_hyphen_dateline.txt", ["The Daily Lantern", "Now you can read more regional news...", "Source: lna",
                                        "Related articles", "Most read", "Latest", "© Lantern Media 2023 - Privacy"],
         ["2023-05-02T08:15:00Z", "TRIPOLI-LNA, The city council"]),
        ("caption_twice_and_size_menu.txt", ["Մատչելիության հղումներ", "XS", "SM", "MD", "LG"],
         ["Harbour Budget Wins Approval", "POLAND -- Deputy mayor Anna Kovacs"]),
        ("menus_footer_and_subhead.txt", ["Harbour district", "Photo: Jan Nowak/", "You may like", "Trends 24h",
                                          "Sign up for our newsletter"], ["Ferry pier first", "16:05, 2 May 2023 48"]),
        ("tass_dateline_no_year.txt", ["All news"], ["The company said the first boats would sail on the northern route"]),
        ("reported_by_agency.txt", ["Icon: The lantern"], ["Interfax reports."]),
        ("byline_and_date_line.txt", [], ["By Maria Lopez and Tom Brown", "Published: May 2, 2023 10:15 AM EST"]),
    ],
)
def test_boilerplate_lines_are_removed_and_counted(config: Config, name: str, removed: list[str], kept: list[str]) -> None:
    article = as_article(ingest(file_record(name), config))
    lines = article.text.split("\n")
    for line in removed:
        assert line not in lines
    for piece in kept:
        assert piece in article.text
    assert article.n_lines_removed >= len(removed)


def test_caption_printed_twice_is_kept_once(config: Config) -> None:
    article = as_article(ingest(file_record("caption_twice_and_size_menu.txt"), config))
    assert article.text.count("POLAND -- Deputy mayor Anna Kovacs speaks") == 1


LIVE_BLOG = (
    "HARTFIELD, Ohio (AP) — The Latest on the county council vote (all times local):\n\n"
    "9:40 p.m.\n\n"
    "Council member Dana Whitlow says the budget vote will go ahead on Thursday despite the walkout.\n\n"
    "___\n\n"
    "9:05 p.m.\n\n"
    "About 200 people gathered outside the county building, chanting for the library to stay open.\n\n"
    "Five of the nine council votes are needed to pass the budget.\n\n"
    "___\n\n"
    "8:30 p.m.\n\n"
    "The mayor's office says it has received more than 1,000 letters about the library.\n\n"
    "Five of the nine council votes are needed to pass the budget.\n\n"
    "* * *\n\n"
    "8:30 p.m.\n\n"
    "Council member Dana Whitlow says the library's hours could be cut instead.\n\n"
    "* * *\n\n"
    "8:05 p.m.\n\n"
    "Library staff say they learned of the planned closure from a newspaper report last month.\n\n"
    "* * *\n"
)


def test_a_live_blogs_separators_times_and_restated_sentences_are_kept(config: Config) -> None:
    article = as_article(ingest(record(LIVE_BLOG), config))
    assert article.text.count("___") == 2
    assert article.text.count("* * *") == 2  # (the one after the last entry closes nothing)
    assert "\n\n* * *\n\n8:05 p.m.\n\nLibrary staff say" in article.text
    # Two entries at the same minute; the count restated in two entries is the story's, not furniture.
    assert article.text.count("8:30 p.m.") == 2
    assert article.text.count("Five of the nine council votes are needed") == 2
    assert article.n_lines_removed == 1


@pytest.mark.parametrize(
    ("headline_line", "kept"),
    [
        pytest.param("Hartfield council saves library", True, id="as-given"),
        pytest.param("Hartfield council saves library.", True, id="with-a-full-stop"),
        pytest.param("Hartfield council saves town library.", False, id="another-wording"),
    ],
)
def test_the_given_headline_above_the_dateline_stays_in_the_text(config: Config, headline_line: str, kept: bool) -> None:
    text = (f"{headline_line}\n\nHARTFIELD, Ohio — The county council voted late on Thursday to keep the library "
            "open, after a four-hour meeting.\n\nThe mayor said the vote was a relief for the town.\n")
    article = as_article(ingest(record(text, title="Hartfield council saves library"), config))
    assert article.title == "Hartfield council saves library"
    assert article.text.startswith(headline_line) is kept
    assert article.text.endswith("The mayor said the vote was a relief for the town.")


@pytest.mark.parametrize(
    ("name", "published_at", "precision", "raw", "outlet", "original_source", "dateline", "byline"),
    [
        ("tass_dateline_no_year.txt", None, None, "April 14", "TASS", "TASS", "VOLOGDA", None),
        ("dateline_date_fixed_by_text.txt", datetime(2023, 3, 3, tzinfo=UTC), "day", "March 3", "Reuters", "Reuters", "GDANSK", None),
        ("agency_hyphen_dateline.txt", datetime(2023, 5, 2, 8, 15, tzinfo=UTC), "time", "2023-05-02T08:15:00Z",
         "The Daily Lantern", "LNA", "TRIPOLI", None),
        ("byline_and_date_line.txt", datetime(2023, 5, 2, 15, 15, tzinfo=UTC), "time", "May 2, 2023 10:15 AM EST", None, None, None,
         "Maria Lopez and Tom Brown"),
        ("reported_by_agency.txt", None, None, None, None, "Interfax", None, None),
        ("caption_twice_and_size_menu.txt", None, None, None, None, None, None, None),  # a caption's date is not the article's
    ],
)
def test_metadata_from_scraped_text(config: Config, name: str, published_at: datetime | None, precision: str | None,
                                    raw: str | None, outlet: str | None, original_source: str | None, dateline: str | None,
                                    byline: str | None) -> None:
    article = as_article(ingest(file_record(name), config))
    assert (article.published_at, article.published_precision, article.published_raw) == (published_at, precision, raw)
    assert (article.outlet, article.original_source, article.dateline, article.byline) == (outlet, original_source, dateline, byline)


def test_encoding_and_raw_hash_are_recorded(config: Config) -> None:
    record = file_record("cp1252_encoded.txt")
    article = as_article(ingest(record, config))
    assert article.encoding == "cp1252"
    assert "said café owner Renée Dubois" in article.text
    assert article.raw_sha256 == hashlib.sha256((INPUTS / "cp1252_encoded.txt").read_bytes()).hexdigest()


def test_boilerplate_switched_off_keeps_all_but_ad_markers(config: Config) -> None:
    off = dataclasses.replace(config, boilerplate=dataclasses.replace(config.boilerplate, enabled=False))
    article = as_article(ingest(file_record("menus_footer_and_subhead.txt"), off))
    assert "You may like" in article.text.split("\n")
    assert article.n_lines_removed == 0


def test_frequent_corpus_lines_are_removed(config: Config) -> None:
    context = IngestContext(frequent_lines=frozenset({line_fingerprint("Ferry pier first")}))
    article = as_article(ingest(file_record("menus_footer_and_subhead.txt"), config, context))
    assert "Ferry pier first" not in article.text


# --------------------------------------------------------------------------- language
def test_non_english_article_is_rejected(config: Config, identify_language: LanguageIdentifier) -> None:
    reject = as_reject(ingest(file_record("german_article.txt"), config, IngestContext(identify_language)))
    assert reject.reason == "language"
    assert reject.detail.startswith("identified as 'de'")


def test_any_language_is_kept_when_keep_is_empty(config: Config, identify_language: LanguageIdentifier) -> None:
    keep_all = dataclasses.replace(config, language=dataclasses.replace(config.language, keep=()))
    article = as_article(ingest(file_record("german_article.txt"), keep_all, IngestContext(identify_language)))
    assert article.language == "de"


def test_other_language_line_in_english_article_is_dropped(config: Config, identify_language: LanguageIdentifier) -> None:
    article = as_article(ingest(file_record("english_with_french_line.txt"), config, IngestContext(identify_language)))
    assert article.language == "en"
    assert "Le conseil municipal" not in article.text
    assert "deputy mayor Anna Kovacs" in article.text


def test_short_text_keeps_its_declared_language(config: Config, identify_language: LanguageIdentifier) -> None:
    article = as_article(ingest(record("Kurzer Text über den Hafen und die neue Fähre.", language="de"), config, IngestContext(identify_language)))
    assert article.language == "de"


# --------------------------------------------------------------------------- too long: reject or truncate
def test_too_long_article_is_truncated_at_a_line_break_when_configured(config: Config) -> None:
    settings = dataclasses.replace(config, input=dataclasses.replace(config.input, max_chars=100, too_long="truncate"))
    text = "\n".join(f"Paragraph {i} of a long article about the harbour." for i in range(10))
    article = as_article(ingest(record(text), settings))
    assert article.truncated
    assert article.n_chars <= 100
    assert article.text == "\n".join(text.split("\n")[:2])


def test_too_long_setting_is_checked(config: Config) -> None:
    with pytest.raises(ConfigError, match="too_long"):
        dataclasses.replace(config.input, too_long="cut")
