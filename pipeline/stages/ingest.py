"""Ingest: a raw input item becomes a cleaned `Article`, or a `Reject` that says why not."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

from pipeline.config import InputConfig
from pipeline.schema import Article, RawRecord, Reject

STAGE = "ingest"

# Lines that are site furniture whatever the site: ad slots left by WordPress ad plugins.
_AD_MARKER = re.compile(r"^\s*\[\s*ad[_ ]?\d*\s*\]\s*$", re.IGNORECASE)
_BLANK_RUN = re.compile(r"\n{3,}")
# Characters that are not text: C0 controls other than tab and newline (NUL marks binary data).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS_BY_PREFIX = {name[:3]: number for name, number in _MONTHS.items()}
_MONTH_RE = "(" + "|".join(m.capitalize() for m in _MONTHS) + "|Sept|" + "|".join(m[:3].capitalize() for m in _MONTHS) + r")\.?"
# Date shapes that a scraped page prints on a line of its own, most specific first.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"), "iso"),
    (re.compile(r"^(?:(\d{1,2}):(\d{2}),?\s+)?(\d{1,2})\s+" + _MONTH_RE + r",?\s+(\d{4})\b"), "dmy"),
    (re.compile(r"^(?:[A-Z][a-z]+day,\s+)?" + _MONTH_RE + r"\s+(\d{1,2}),\s+(\d{4})\b"), "mdy"),
)


def decode(content: bytes | str) -> tuple[str | None, str]:
    """Text of `content` and the encoding used, or (None, why) when it is not text."""
    if isinstance(content, str):
        return content, "utf-8"
    if b"\x00" in content[:4096]:
        return None, "binary"
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None, "undecodable"


def clean_text(text: str) -> tuple[str, int]:
    """Minimal cleaning: line endings, stray controls, ad markers, blank runs; and lines removed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Non-breaking spaces are spaces to every reader; spaCy would make them tokens of their own.
    text = _CONTROL.sub("", text.replace("\u00a0", " ").replace("\ufeff", ""))
    kept: list[str] = []
    removed = 0
    for line in text.split("\n"):
        if _AD_MARKER.match(line):
            removed += 1
            continue
        kept.append(line.rstrip())
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip(), removed


def parse_date(raw: str) -> datetime | None:
    """A full date (with time when given) from common news date shapes, in UTC; else None.

    A date without a year ("October 6") is never completed with a guessed year.
    """
    raw = raw.strip()
    for pattern, shape in _DATE_PATTERNS:
        match = pattern.match(raw)
        if not match:
            continue
        g = match.groups()
        try:
            if shape == "iso":
                stamp = datetime(int(g[0]), int(g[1]), int(g[2]), int(g[3] or 0), int(g[4] or 0), int(g[5] or 0))
                tz = g[6]
                if tz and tz != "Z":
                    sign = 1 if tz[0] == "+" else -1
                    hours, minutes = int(tz[1:3]), int(tz[-2:])
                    return datetime.fromtimestamp(
                        stamp.replace(tzinfo=UTC).timestamp() - sign * (hours * 3600 + minutes * 60), UTC
                    )
                return stamp.replace(tzinfo=UTC)
            if shape == "dmy":
                month = _MONTHS_BY_PREFIX[g[3][:3].lower()]
                return datetime(int(g[4]), month, int(g[2]), int(g[0] or 0), int(g[1] or 0), tzinfo=UTC)
            month = _MONTHS_BY_PREFIX[g[0][:3].lower()]
            return datetime(int(g[2]), month, int(g[1]), tzinfo=UTC)
        except (ValueError, KeyError):
            return None
    return None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    # Headlines have a handful of words and no closing full stop; shorter lines are section
    # names or site names ("All news", "The Limited Times").
    return 4 <= len(words) <= 30 and not line.rstrip().endswith((".", "…")) and parse_date(line) is None


def guess_title_and_date(text: str) -> tuple[str | None, str | None]:
    """The headline and the date line among the first lines of a scraped page, when present."""
    title: str | None = None
    date_raw: str | None = None
    lines = [line.strip() for line in text.split("\n") if line.strip()][:8]
    for line in lines:
        if date_raw is None and parse_date(line) is not None:
            date_raw = line
        elif title is None and _looks_like_title(line):
            title = line
    return title, date_raw


def article_id_for(text: str) -> str:
    """Content-addressed id: the same cleaned text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def ingest(record: RawRecord, settings: InputConfig) -> Article | Reject:
    """Decode and clean one input item, or say why it cannot be used."""

    def reject(reason: str, detail: str) -> Reject:
        return Reject(record.source_path, record.source_id, STAGE, reason, detail)

    if record.read_error is not None:
        return reject("malformed" if "JSON" in record.read_error or "record" in record.read_error else "unreadable",
                      record.read_error)
    text, how = decode(record.content)
    if text is None:
        return reject(how, "the content is not text (NUL bytes)" if how == "binary" else "not valid UTF-8 or cp1252")
    cleaned, n_removed = clean_text(text)
    if not cleaned:
        return reject("empty", "no text after cleaning")
    if len(cleaned) < settings.min_chars:
        return reject("too_short", f"{len(cleaned)} characters after cleaning; the minimum is {settings.min_chars}")
    if len(cleaned) > settings.max_chars:
        return reject("too_long", f"{len(cleaned)} characters after cleaning; the maximum is {settings.max_chars}")
    title, date_raw = record.title, record.published
    if title is None or date_raw is None:
        guessed_title, guessed_date = guess_title_and_date(cleaned)
        title = title or guessed_title
        date_raw = date_raw or guessed_date
    return Article(
        article_id=article_id_for(cleaned),
        source_path=record.source_path,
        source_id=record.source_id,
        title=title.strip() if title else None,
        outlet=record.outlet,
        published_at=parse_date(date_raw) if date_raw else None,
        published_raw=date_raw,
        url=record.url,
        text=cleaned,
        n_chars=len(cleaned),
        n_lines_removed=n_removed,
    )
