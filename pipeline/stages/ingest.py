"""Ingest: a raw input item becomes a cleaned `Article`, or a `Reject` that says why not.

Per record: decode, normalise, read the metadata the scraped text prints (headline, date,
dateline, agency, byline), drop boilerplate lines, identify the language, check the size.
The corpus-wide part of boilerplate removal (lines printed by many articles) comes in as
`IngestContext.frequent_lines`, computed by the runner from `line_fingerprints_of` counts.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from pipeline import boilerplate
from pipeline.config import BoilerplateConfig, Config
from pipeline.dates import FoundDate, parse_date_value, year_fixed_by_text
from pipeline.decoding import decode, sha256_hex
from pipeline.language import LanguageIdentifier, plainly_english
from pipeline.schema import Article, RawRecord, Reject
from pipeline.scraped import PlaceTest, ScrapedMetadata, scraped_metadata

STAGE = "ingest"

_BLANK_RUN = re.compile(r"\n{3,}")
# Characters that are not text: C0 controls other than tab and newline (NUL marks binary data).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Only references closed by ";": "AT&T" and "R&copy" are text ("&copy" alone would become "©").
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# Markup a scraper left in plain text: a tag with attributes ("<a href=…>", an embed's "<tweet
# id="…" author="…">"), a closing or empty tag ("</a>", "<tweet/>"), or a bare HTML tag ("<b>",
# "<br>"). A bare word in angle brackets that no HTML has ("<sharply>") is text.
_MARKUP_TAG = re.compile(r"""<(?P<closing>/)?(?P<name>[A-Za-z][\w:-]*)"""
                         r"""(?P<attributes>(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*(?P<empty>/)?>""")
_BARE_HTML_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "div", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "li", "ol", "p", "q", "s", "small", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "u", "ul",
})
# Tags that end a paragraph or line: removed, they leave a line break.
_BREAKING_TAGS = frozenset({"blockquote", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "p", "table", "tr"})


def _without_markup(text: str) -> str:
    """`text` without the HTML-like tags a scraper left in it (their contents stay)."""
    def replacement(found: re.Match[str]) -> str:
        name = found["name"].lower()
        attributes = found["attributes"]
        if not (found["closing"] or found["empty"] or "=" in attributes or (not attributes and name in _BARE_HTML_TAGS)):
            return found.group(0)
        if name in _BREAKING_TAGS:
            return "\n"
        start, end = found.span()
        glued = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
        return " " if glued else ""
    return _MARKUP_TAG.sub(replacement, text)


@dataclass(frozen=True, slots=True)
class IngestContext:
    """What ingest needs beyond the settings: the language identifier, the corpus's frequent lines
    and whether a name is a place's (for datelines in title case, "Mumbai: …")."""

    identify_language: LanguageIdentifier | None = None
    frequent_lines: frozenset[int] = frozenset()
    is_place: PlaceTest | None = None


# No language identification, no corpus statistics: for tests and one-off calls.
NO_CONTEXT = IngestContext()


def normalise(text: str) -> str:
    """NFC, Unix line endings, plain spaces, no control characters, HTML character references
    a scraper left in plain text decoded ("Jos&#233; Manuel Barroso"), its HTML tags removed
    ("<a href=…>", "<br>": before the references, as "&lt;b&gt;" is text)."""
    if "<" in text:
        text = _without_markup(text)
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda found: html.unescape(found.group(0)), text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Non-breaking spaces are spaces to every reader; spaCy would make them tokens of their own.
    return _CONTROL.sub("", text.replace("\u00a0", " ").replace("\ufeff", ""))


def _decoded(record: RawRecord) -> tuple[str | None, str]:
    if isinstance(record.content, str):
        return record.content, record.encoding or "utf-8"
    return decode(record.content)


def line_fingerprints_of(record: RawRecord, config: Config) -> set[int]:
    """The fingerprints of a record's lines that may be corpus-wide furniture (for the counting pass)."""
    if record.read_error is not None:
        return set()
    text, _ = _decoded(record)
    if text is None:
        return set()
    return boilerplate.line_fingerprints(normalise(text).split("\n"), config.boilerplate.repeated_max_words)


def _is_a_copy(line: str, settings: BoilerplateConfig) -> bool:
    """Whether a line printed earlier in the article is furniture again (a caption printed twice).
    A live blog's separators ("___") and entry times ("9:05 p.m.") stand wherever an entry
    starts, and a sentence of the story may be restated (`boilerplate.restates_a_sentence`)."""
    return boilerplate.has_word(line) and not boilerplate.is_entry_time(line) \
        and not boilerplate.restates_a_sentence(line, settings)


def clean_lines(lines: list[str], protected: set[int], config: Config, context: IngestContext) -> tuple[list[str], int]:
    """The lines that are article text, and how many non-blank lines were removed."""
    settings = config.boilerplate
    removed: set[int] = set()
    if settings.enabled:
        removed.update(i for i in boilerplate.linked_headlines(lines) if i not in protected)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if boilerplate.AD_MARKER.match(line):
            removed.add(i)
        elif not settings.enabled or i in protected:
            pass
        elif (settings.drop_non_latin_lines and boilerplate.is_non_latin(stripped)) \
                or (settings.drop_repeated_in_article and stripped in seen and _is_a_copy(stripped, settings)) \
                or boilerplate.furniture_reason(stripped) is not None \
                or (context.frequent_lines and boilerplate.line_fingerprint(stripped) in context.frequent_lines):
            removed.add(i)
        seen.add(stripped)
    if settings.enabled and settings.drop_short_runs:
        remaining = [line if i not in removed else "" for i, line in enumerate(lines)]
        removed.update(boilerplate.short_line_removals(remaining, protected, settings))
    return [line.rstrip() for i, line in enumerate(lines) if i not in removed], len(removed)


def _other_language_lines(lines: list[str], config: Config, identify: LanguageIdentifier) -> set[int]:
    settings = config.language
    dropped: set[int] = set()
    english_kept = "en" in settings.keep
    for i, line in enumerate(lines):
        found = boilerplate.words(line)
        if len(found) < settings.line_min_words or (english_kept and plainly_english(found)):
            continue
        language, probability = identify(line)
        if language not in settings.keep and probability >= settings.line_min_confidence:
            dropped.add(i)
    return dropped


def _join(lines: list[str]) -> str:
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def parse_date(raw: str) -> datetime | None:
    """A full date (with time when given) from common news date shapes, in UTC; else None.

    A date without a year ("October 6") is never completed with a guessed year.
    """
    found = parse_date_value(raw)
    return found.value if found is not None and found.precision in ("day", "time") else None


def article_id_for(text: str) -> str:
    """Content-addressed id: the same cleaned text always gets the same id."""
    return sha256_hex(text)[:16]


def _publication(record: RawRecord, meta: ScrapedMetadata, text: str) -> tuple[str | None, FoundDate | None]:
    """The raw date string and what it states: the input's date field, else the page's date line or dateline."""
    if record.published is not None and record.published.strip():
        raw = record.published.strip()
        return raw, parse_date_value(raw)
    found = meta.date or meta.dateline_date
    if found is None:
        return None, None
    if found.value is None:
        found = year_fixed_by_text(found, text) or found
    return found.raw, found


def _truncate(text: str, max_chars: int) -> str:
    cut = text[:max_chars]
    boundary = cut.rfind("\n")
    return (cut[:boundary] if boundary > max_chars // 2 else cut).rstrip()


def ingest(record: RawRecord, config: Config, context: IngestContext = NO_CONTEXT) -> Article | Reject:
    """Decode and clean one input item, read its metadata, or say why it cannot be used."""

    def reject(reason: str, detail: str) -> Reject:
        return Reject(record.source_path, record.source_id, STAGE, reason, detail)

    if record.read_error is not None:
        reason = record.read_error_reason or (
            "malformed" if "JSON" in record.read_error or "record" in record.read_error else "unreadable")
        return reject(reason, record.read_error)
    text, encoding = _decoded(record)
    if text is None:
        return reject(encoding, "the content is not text (NUL bytes)" if encoding == "binary" else "no text encoding fits the bytes")
    lines = normalise(text).split("\n")
    meta = scraped_metadata(lines, context.is_place)
    protected = meta.protected_lines()
    if record.title:
        given_title = record.title.strip()
        # (some corpora end every paragraph with a full stop, the headline printed above the text too)
        protected.update(i for i, line in enumerate(lines) if line.strip() in (given_title, f"{given_title}."))
    kept, n_removed = clean_lines(lines, protected, config, context)
    cleaned = _join(kept)
    if not cleaned:
        return reject("empty", "no text after cleaning")

    language = record.language
    identify = context.identify_language
    if identify is not None and len(cleaned) >= config.language.min_chars:
        keep = config.language.keep
        if "en" in keep and plainly_english(boilerplate.words(cleaned)):
            language = "en"
        else:
            language, probability = identify(cleaned)
            if keep and language not in keep and probability >= config.language.min_confidence:
                return reject("language", f"identified as '{language}' (probability {probability:.2f}); kept: {', '.join(keep)}")
        if keep and language in keep:
            dropped = _other_language_lines(kept, config, identify)
            if dropped:
                kept = [line for i, line in enumerate(kept) if i not in dropped]
                n_removed += len(dropped)
                cleaned = _join(kept)

    if len(cleaned) < config.input.min_chars:
        return reject("too_short", f"{len(cleaned)} characters after cleaning; the minimum is {config.input.min_chars}")
    truncated = False
    if len(cleaned) > config.input.max_chars:
        if config.input.too_long == "reject":
            return reject("too_long", f"{len(cleaned)} characters after cleaning; the maximum is {config.input.max_chars}")
        cleaned, truncated = _truncate(cleaned, config.input.max_chars), True

    published_raw, published = _publication(record, meta, text)
    title = record.title or meta.title
    agency = meta.dateline_agency or meta.reported_by or meta.source_line
    raw_sha256 = record.raw_sha256 or sha256_hex(record.content)
    return Article(
        article_id=article_id_for(cleaned),
        source_path=record.source_path,
        source_id=record.source_id,
        title=title.strip() if title else None,
        outlet=record.outlet or meta.site_name or meta.dateline_agency,
        published_at=published.value if published is not None else None,
        published_raw=published_raw,
        url=record.url,
        text=cleaned,
        n_chars=len(cleaned),
        n_lines_removed=n_removed,
        published_precision=published.precision if published is not None else None,
        dateline=meta.dateline,
        byline=record.authors or meta.byline,
        original_source=agency,
        language=language,
        encoding=encoding,
        raw_sha256=raw_sha256,
        truncated=truncated,
    )
