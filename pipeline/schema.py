"""Records that cross stages or go to disk, and the Arrow schemas of the output tables.

This is the one place where the shape of the data is defined. Stages exchange the frozen
dataclasses below (offsets, never spaCy objects); the write stage turns them into Arrow tables
with the schemas below, whose field descriptions are the data dictionary.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.abc
import sys
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any, Final, Literal, TypeVar

import pyarrow as pa

SCHEMA_VERSION: Final = "1.0"

ClaimKind = Literal["direct", "mixed", "indirect"]
Attribution = Literal["explicit", "pronoun", "nominal", "continuation", "none"]


# --------------------------------------------------------------------------- stage records
@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input item as read by the I/O layer, before any interpretation.

    `content` is the file's bytes (text files) or the record's text (JSON, CSV, HTML main text);
    `read_error` is set when the I/O layer could not even read the item (then `content` is
    empty), and `read_error_reason` is then the reject reason (malformed, unreadable, …).
    `encoding` is set when the I/O layer decoded the bytes itself; `raw_sha256` is the hash of
    the bytes the record was made from when they are not `content` itself (an HTML page).
    """

    source_path: str
    source_id: str
    content: bytes | str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    read_error: str | None = None
    read_error_reason: str | None = None
    authors: str | None = None
    language: str | None = None
    encoding: str | None = None
    raw_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: every offset in the other tables points into `text`."""

    article_id: str
    source_path: str
    source_id: str
    title: str | None
    outlet: str | None
    published_at: datetime | None
    published_raw: str | None
    url: str | None
    text: str
    n_chars: int
    n_lines_removed: int
    published_precision: str | None = None
    dateline: str | None = None
    byline: str | None = None
    original_source: str | None = None
    language: str | None = None
    encoding: str | None = None
    raw_sha256: str | None = None
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Reject:
    """An input item that could not be used, and why (`duplicate_of`: the article it repeats)."""

    source_path: str
    source_id: str
    stage: str
    reason: str
    detail: str
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention in an article."""

    mention_id: str
    article_id: str
    text: str
    label: str
    start_char: int
    end_char: int
    sentence_index: int
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A character span into an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimSpeaker:
    """One of a claim's speakers: "Putin and Macron called on …" has two, most claims one.

    For an explicit group the span is the member's own name; for "they" (a group that spoke
    before) it is where that member was named. `antecedent_*` and `speaker_entity_id` resolve it
    as for the claim itself.
    """

    claim_id: str
    article_id: str
    speaker_index: int
    speaker_text: str
    speaker_start: int
    speaker_end: int
    antecedent_start: int | None
    antecedent_end: int | None
    antecedent_label: str | None = None
    speaker_entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Something said (quoted or reported) in an article, with its cue and speaker.

    `start_char`/`end_char` cover all the content; a quote split by its attribution
    ("…," he said. "…") is one claim whose `fragments` are the pieces actually said.
    `antecedent_*` point at the named mention the speaker was resolved to (for "he", "the
    ministry" an earlier mention; for an explicit name, the name itself); `antecedent_label`
    is that mention's type, used to add speakers spaCy did not tag as mentions.
    """

    claim_id: str
    article_id: str
    kind: ClaimKind
    quote_text: str
    start_char: int
    end_char: int
    fragments: tuple[Span, ...]
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    attribution: Attribution
    antecedent_start: int | None
    antecedent_end: int | None
    sentence_index: int
    antecedent_label: str | None = None
    via: str | None = None
    speaker_entity_id: str | None = None
    medium: str | None = None
    cue_category: str | None = None
    n_speakers: int = 0
    speakers: tuple[ClaimSpeaker, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A corpus-level entity: the mentions that name the same person, organisation or place."""

    entity_id: str
    label: str
    canonical_name: str
    aliases: tuple[str, ...]
    n_mentions: int
    n_articles: int
    n_claims_as_speaker: int = 0
    roles: tuple[str, ...] = ()
    first_published_at: datetime | None = None
    last_published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ClaimEntity:
    """An entity named inside what a claim says: who talks about whom."""

    claim_id: str
    article_id: str
    entity_id: str
    n_mentions: int
    is_speaker: bool


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    claims: tuple[Claim, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- Arrow schemas
def _f(name: str, type_: pa.DataType, doc: str, nullable: bool = True, example: str = "") -> pa.Field:
    meta = {"description": doc}
    if example:
        meta["example"] = example
    return pa.field(name, type_, nullable=nullable, metadata=meta)


_SPAN = pa.struct([pa.field("start", pa.int32(), nullable=False), pa.field("end", pa.int32(), nullable=False)])

ARTICLES = pa.schema([
    _f("article_id", pa.string(), "Stable id: a hash of the cleaned text (same text, same id).", False, "a1b2c3d4e5f60718"),
    _f("source_path", pa.string(), "File the article was read from.", False, "data/raw/01_harbour.txt"),
    _f("source_id", pa.string(), "Id within the source: a JSONL record's id, else the file's path relative to the input.", False, "01_harbour.txt"),
    _f("title", pa.string(), "Title as given by the input, or guessed from the text's first lines.", True, "Port strike ends"),
    _f("outlet", pa.string(), "Publisher or outlet, when the input names it.", True, "The Ledger"),
    _f("published_at", pa.timestamp("us", tz="UTC"), "Publication time (UTC) when the input or the page's date line gives a full "
       "date (numeric dates with slashes: the day first when above 12, else as the time after them says; '03/04/2026' alone is "
       "none; a year of two digits only before a time, '12/02/26 6:14 PM ET'; 'Posted at 10:48 PM, Dec 02, 2026'; Law360's "
       "'Law360 (December 3, 2026, 6:41 PM EST) --').", True, "2024-03-12 09:41:07+00:00"),
    _f("published_raw", pa.string(), "The date string as found in the input.", True, "2024-03-12T09:41:07.512Z"),
    _f("url", pa.string(), "Source URL, when the input has one.", True, "https://tass.com/politics/1685473"),
    _f("text", pa.string(), "Cleaned article text (boilerplate lines and leftover HTML tags removed, character references "
                            "decoded); every offset in the other tables points into it.", False,
       "MOSCOW, October 6. /TASS/. Russia will not return to the grain deal until the West meets its terms, …"),
    _f("n_chars", pa.int32(), "Length of `text` in characters.", False, "2310"),
    _f("n_lines_removed", pa.int32(), "Boilerplate lines (ads, menus, footers, repeated captions, other-language lines) removed.",
       False, "3"),
    _f("published_precision", pa.string(), "What `published_raw` states: year, month, day or time; null when no date or no year.", True, "day"),
    _f("dateline", pa.string(), "Place of the dateline that opens the story ('MOSCOW, October 6. /TASS/' gives MOSCOW).", True, "MOSCOW"),
    _f("byline", pa.string(), "Author(s), from the input's author field or the page head's byline ('By …', 'Name · Reporter', "
       "'Name with AFP, Reuters', one name a line, 'Name Environment correspondent', 'By science reporter Name', a name over "
       "'BBC News, West Midlands'; agencies, staff titles and roles, reporters' cities and handles, an outlet run on and sites' "
       "addresses left out).", True, "Jane Smith"),
    _f("original_source", pa.string(), "Agency the story comes from: dateline ('/TASS/', 'MOSCOW-SANA', '(Reuters)'), "
       "'X reports' in the lead, or a 'Source: …' line.", True, "TASS"),
    _f("language", pa.string(), "ISO 639-1 language of the text as identified (py3langid); the input's declared "
       "language when the text is too short to tell.", True, "en"),
    _f("encoding", pa.string(), "Character encoding the bytes were decoded with (utf-8, cp1252, …).", True, "utf-8"),
    _f("raw_sha256", pa.string(), "SHA-256 of the raw input item (file bytes, or the record's text field), to find the raw text again.", True,
       "36f29429fcedc63ca8770079cd241f417b5d323363b9df8f1dcd1e32801a5b30"),
    _f("truncated", pa.bool_(), "True when the text was cut at `[input] max_chars` (`too_long = \"truncate\"`).", False, "false"),
])

MENTIONS = pa.schema([
    _f("mention_id", pa.string(), "Id of the mention: `<article_id>:m<n>`.", False, "a1b2c3d4e5f60718:m3"),
    _f("article_id", pa.string(), "Article the mention is in (joins `articles`).", False, "a1b2c3d4e5f60718"),
    _f("entity_id", pa.string(), "Corpus-level entity the mention names (joins `entities`).", True, "E4f1c0a9b2d3e"),
    _f("text", pa.string(), "The mention as written: `articles.text[start_char:end_char]`.", False, "Sergey Lavrov"),
    _f("label", pa.string(), "spaCy entity label of this mention (PERSON, ORG, GPE, LOC, NORP, FAC), with its slips corrected: a name "
       "after Dr, Mr, Ms … is PERSON, and so is a full name tagged ORG whose surname the article writes after one ('Yonca Brunini' … "
       "'Ms Brunini') and the surname of a full name given earlier in the article (tagged NORP or ORG), a "
       "lower-case PERSON is dropped, a party's name ('Lib Dems') is ORG, and so is a name tagged PERSON right after a firm or "
       "body noun in lower case anywhere in the article ('gaming group Wembley', 'football club Borussia Dortmund', 'the charity "
       "Mencap').", False, "PERSON"),
    _f("start_char", pa.int32(), "Start offset into `articles.text`.", False, "312"),
    _f("end_char", pa.int32(), "End offset (exclusive) into `articles.text`.", False, "325"),
    _f("sentence_index", pa.int32(), "0-based index of the sentence in the article.", False, "2"),
])

ENTITIES = pa.schema([
    _f("entity_id", pa.string(), "Stable id: a hash of the entity's anchor key (transliteration-folded first + last name, "
       "GeoNames id, acronym, or country + organisation name), not of the label or the spelling shown.", False, "E4f1c0a9b2d3e"),
    _f("label", pa.string(), "Entity type by evidence across its mentions: the gazetteer for places and demonyms, else "
       "the majority of spaCy's labels.", False, "PERSON"),
    _f("canonical_name", pa.string(), "Display name: a user override, the gazetteer name of a place, else the most "
       "frequent full spelling (an acronym's long form when known), without titles or the letters after a name ('QC', "
       "'OBE').", False, "Sergey Lavrov"),
    _f("aliases", pa.list_(pa.string()), "Every distinct spelling seen in the mentions.", False, "['Lavrov', 'Sergei Lavrov']"),
    _f("n_mentions", pa.int32(), "Number of mentions of the entity.", False, "14"),
    _f("n_articles", pa.int32(), "Number of articles that mention it.", False, "5"),
    _f("n_claims_as_speaker", pa.int32(), "Number of claims whose speaker resolves to it.", False, "6"),
    _f("roles", pa.list_(pa.string()), "Titles (and parties: 'Tory') written before or inside the name, most frequent first.", False,
       "['Russian Foreign Minister']"),
    _f("first_published_at", pa.timestamp("us", tz="UTC"), "Earliest publication time of an article mentioning it (null if none is dated).",
       True, "2023-10-06 09:15:00+00:00"),
    _f("last_published_at", pa.timestamp("us", tz="UTC"), "Latest publication time of an article mentioning it (null if none is dated).",
       True, "2024-03-12 09:41:07+00:00"),
])

CLAIM_ENTITIES = pa.schema([
    _f("claim_id", pa.string(), "Claim (joins `claims`).", False, "a1b2c3d4e5f60718:c0"),
    _f("article_id", pa.string(), "Article of the claim (joins `articles`).", False, "a1b2c3d4e5f60718"),
    _f("entity_id", pa.string(), "Entity named inside the claim's content (joins `entities`).", False, "E9b3e61d0f2a7"),
    _f("n_mentions", pa.int32(), "How many times the claim's content names it.", False, "1"),
    _f("is_speaker", pa.bool_(), "Whether it is also the claim's speaker (a speaker naming themself).", False, "false"),
])

CLAIMS = pa.schema([
    _f("claim_id", pa.string(), "Id of the claim: `<article_id>:c<n>`.", False, "a1b2c3d4e5f60718:c0"),
    _f("article_id", pa.string(), "Article the claim is in (joins `articles`).", False, "a1b2c3d4e5f60718"),
    _f("kind", pa.string(), "direct (all in quote marks, or a transcript's turn), mixed (reported with a quoted fragment) "
       "or indirect.", False, "direct"),
    _f("quote_text", pa.string(), "What was said: `articles.text[start_char:end_char]` (quote marks included for direct quotes).", False,
       '"We are ready to listen to proposals, but not to ultimatums,"'),
    _f("start_char", pa.int32(), "Start offset of the content into `articles.text`.", False, "418"),
    _f("end_char", pa.int32(), "End offset (exclusive) of the content.", False, "479"),
    _f("fragments", pa.list_(_SPAN), "The content's pieces; more than one when the attribution splits a quote or sentence "
       "(\"The real threat, he argues, is disease\"), or stands after a relative pronoun (\"a bill that officials say could top "
       "$50m\": \"that\" and \"could top $50m\"); `quote_text` then spans the attribution too.", False,
       "[{'start': 418, 'end': 479}]"),
    _f("cue", pa.string(), "The speech cue as written (said, told, according to; a reporting noun, 'claim' in 'Trump's claim "
       "that …'; the colon after a transcript's speaker label, "
       "or the '))' closing a Wikinews-style '((Name))' label).", True, "said"),
    _f("cue_category", pa.string(), "speech (said, told, announced), belief (believes, wants, expects) or other (agreed, "
       "criticized: stances PolNeAR counts as attributions); null for a quotation without a cue.", True, "speech"),
    _f("cue_start", pa.int32(), "Start offset of the cue.", True, "483"),
    _f("cue_end", pa.int32(), "End offset (exclusive) of the cue.", True, "487"),
    _f("speaker_text", pa.string(), "The speaker as written in the attribution (may be 'he' or 'the ministry'; of a statement someone "
       "issued, who issued it: 'Trump's campaign' in 'Trump's campaign released a statement saying …').", True, "he"),
    _f("speaker_start", pa.int32(), "Start offset of the speaker as written.", True, "480"),
    _f("speaker_end", pa.int32(), "End offset (exclusive) of the speaker as written.", True, "482"),
    _f("speaker_entity_id", pa.string(), "Entity the speaker resolves to (joins `entities`); null when unresolved.", True, "E4f1c0a9b2d3e"),
    _f("attribution", pa.string(), "How the speaker was found: explicit, pronoun, nominal, continuation or none (no speaker: "
       "unattributed, or a question put by someone unnamed, cue \"Asked\").", False, "pronoun"),
    _f("antecedent_start", pa.int32(), "Start offset of the named mention the speaker resolved to.", True, "312"),
    _f("antecedent_end", pa.int32(), "End offset (exclusive) of that mention.", True, "325"),
    _f("sentence_index", pa.int32(), "Index of the sentence where the claim starts.", False, "4"),
    _f("via", pa.string(), "Agency or paper relaying the claim ('…, TASS reports', 'according to Reuters'); not an 'according "
       "to' inside what the speaker said ('which, according to him, \"are defensive\"').", True, "TASS"),
    _f("medium", pa.string(), "Where it was said: the outlet of an interview or the platform ('in an interview with the Kommersant "
       "newspaper', 'told the Argumenty i Fakty newspaper', 'told the Washington Post', 'told BBC Breakfast', 'in an op-ed "
       "published in The Wall Street Journal', 'said on Twitter'; the article's own outlet wherever it is told something: 'told "
       "Law360' in a Law360 article).", True, "Kommersant"),
    _f("n_speakers", pa.int32(), "Number of speakers (rows in `claim_speakers`): 2 for 'Putin and Macron called on …', 0 when unattributed.",
       False, "1"),
])

CLAIM_SPEAKERS = pa.schema([
    _f("claim_id", pa.string(), "Claim spoken (joins `claims`).", False, "a1b2c3d4e5f60718:c5"),
    _f("article_id", pa.string(), "Article the claim is in (joins `articles`).", False, "a1b2c3d4e5f60718"),
    _f("speaker_index", pa.int32(), "0-based position of this speaker among the claim's speakers.", False, "1"),
    _f("speaker_text", pa.string(), "This speaker as written (one member of a group: 'Macron').", False, "Macron"),
    _f("speaker_start", pa.int32(), "Start offset of `speaker_text` into `articles.text`.", False, "1045"),
    _f("speaker_end", pa.int32(), "End offset (exclusive) of `speaker_text`.", False, "1051"),
    _f("speaker_entity_id", pa.string(), "Entity this speaker resolves to (joins `entities`); null when unresolved.", True, "E2c8d5a17f6b0"),
    _f("antecedent_start", pa.int32(), "Start offset of the named mention this speaker resolved to.", True, "1045"),
    _f("antecedent_end", pa.int32(), "End offset (exclusive) of that mention.", True, "1051"),
])

REJECTS = pa.schema([
    _f("source_path", pa.string(), "File the rejected item came from.", False, "data/raw/07_blank.txt"),
    _f("source_id", pa.string(), "Id of the item within the source.", False, "07_blank.txt"),
    _f("stage", pa.string(), "Stage that rejected it (ingest: unreadable, malformed, empty, language, duplicate …).", False, "ingest"),
    _f("reason", pa.string(), "Short machine-readable reason (empty, binary, undecodable, too_short, too_long, "
       "language, duplicate, malformed, unreadable).", False, "empty"),
    _f("detail", pa.string(), "Human-readable explanation.", False, "no text after cleaning"),
    _f("duplicate_of", pa.string(), "For reason `duplicate`: the `article_id` of the article kept (same cleaned text).", True, "9f8e7d6c5b4a3921"),
])

TABLES: Final[dict[str, pa.Schema]] = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "claims": CLAIMS,
    "claim_speakers": CLAIM_SPEAKERS,
    "claim_entities": CLAIM_ENTITIES,
    "rejects": REJECTS,
}


@dataclass(frozen=True, slots=True)
class TableDoc:
    """What one row of an output table is, and the column(s) that identify a row."""

    row: str
    key: tuple[str, ...] = ()


# Table-level documentation for the data dictionary; column docs live in the field metadata.
# Joins are read from column descriptions that say "(joins `table`)".
TABLE_DOCS: Final[dict[str, TableDoc]] = {
    "articles": TableDoc("usable article (cleaned text and metadata)", ("article_id",)),
    "mentions": TableDoc("named-entity mention in an article", ("mention_id",)),
    "entities": TableDoc("person, organisation or place across the corpus", ("entity_id",)),
    "claims": TableDoc("thing said (quoted or reported), with its cue and speaker", ("claim_id",)),
    "claim_speakers": TableDoc("speaker of a claim (a claim made by several people has a row for each)", ("claim_id", "speaker_index")),
    "claim_entities": TableDoc("entity named inside a claim's content (who talks about whom)", ("claim_id", "entity_id")),
    "rejects": TableDoc("input item that could not be used, and why"),
}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # per record type: `dataclasses.fields` is slow on every row


def field_names(record_type: type) -> tuple[str, ...]:
    """The field names of a record dataclass (cached)."""
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = _FIELD_NAMES[record_type] = tuple(f.name for f in dataclasses.fields(record_type))
    return names


def _nested_to_dict(item: Any) -> dict[str, Any]:
    """`dataclasses.asdict`, without its recursion for the flat records nested in rows (spans, speakers)."""
    values = {name: getattr(item, name) for name in field_names(type(item))}
    if any(isinstance(v, (tuple, list, dict)) or dataclasses.is_dataclass(v) for v in values.values()):
        return dataclasses.asdict(item)
    return values


def skip_pandas_probe() -> None:
    """Stop pyarrow from importing pandas (about 0.3 s) on its first list-to-Arrow conversion.

    pyarrow imports pandas then only to ask whether the list is a pandas object, which ours never
    are. With pandas hidden during one small conversion, pyarrow notes "no pandas" for that
    check; anything that really needs pandas (`to_pandas`, `from_pandas`) still imports it.
    Nothing happens when pandas is already imported (a notebook).
    """
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NO_PANDAS)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(_NO_PANDAS)


class _HidePandas(importlib.abc.MetaPathFinder):
    """An import finder that says pandas cannot be imported."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None) -> None:
        """Refuse pandas; leave every other module to the next finders."""
        if fullname == "pandas":
            raise ImportError("hidden while pyarrow probes for it")


_NO_PANDAS: Final = _HidePandas()


def _plain(value: Any) -> Any:
    """A field value as Arrow and JSON take it: a tuple of records becomes a list of dicts."""
    if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
        return [_nested_to_dict(v) for v in value]
    return value


def with_changes(record: _Record, **changes: Any) -> _Record:
    """`dataclasses.replace` for this module's records (every field an `__init__` argument),
    twice as fast: it skips replace's per-call checks of every field (entity resolution
    replaces every mention and claim of the corpus)."""
    record_type: type = type(record)
    getter, index = _positions(record_type)
    values = list(getter(record))
    for name, value in changes.items():
        if name not in index:
            raise TypeError(f"{record_type.__name__} has no field {name!r}; its fields: {', '.join(index)}")
        values[index[name]] = value
    changed: _Record = record_type(*values)
    return changed


_Record = TypeVar("_Record")


@functools.cache
def _positions(record_type: type) -> tuple[attrgetter[Any], dict[str, int]]:
    names = field_names(record_type)
    return attrgetter(*names), {name: i for i, name in enumerate(names)}


def records_to_columns(records: Sequence[Any], names: Iterable[str]) -> dict[str, list[Any]]:
    """The named fields of same-typed records, one list per field (what `pa.table` takes;
    column by column is several times faster than a dict per row)."""
    # Only a field declared as a tuple can hold nested records: the others are taken as they are, in C.
    record_type: type | None = type(records[0]) if records else None
    nested = tuple_item_types(record_type) if record_type is not None else {}
    return {name: [_plain(value) for value in map(attrgetter(name), records)] if name in nested
            else list(map(attrgetter(name), records)) for name in names}


@functools.cache
def tuple_item_types(record_type: type) -> dict[str, Any]:
    """The fields of a record dataclass declared as `tuple[X, ...]`, with their item type X."""
    hints = typing.get_type_hints(record_type)
    return {f.name: typing.get_args(hints[f.name])[0] for f in dataclasses.fields(record_type)
            if typing.get_origin(hints[f.name]) is tuple}


def record_to_json_row(record: Any) -> dict[str, Any]:
    """A dataclass record as a dict `json.dumps` takes: nested records as dicts, datetimes in ISO format."""
    row = {}
    for name in field_names(type(record)):
        value = _plain(getattr(record, name))
        row[name] = value.isoformat() if isinstance(value, datetime) else value
    return row
