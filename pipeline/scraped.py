"""Metadata printed in scraped article text: headline, date line, dateline, agency, byline, site name.

Pure functions over the lines of one article, used by the ingest stage. Everything is read from
where news pages print it (the first lines, the lead paragraph, a "Source:" line); nothing is
completed by guessing: a date without a year stays without one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from pipeline.boilerplate import AD_MARKER, BACK_TO_HOME, SEPARATORS, credit_line_spans, furniture_reason, is_non_latin, words
from pipeline.dates import MONTH_RE, FoundDate, date_at_start, yearless_date
from pipeline.outlets import SITE_ADDRESS, is_news_outlet

# Lines of the page head searched for the headline, date line, byline and site name.
HEAD_LINES: Final = 12
# Paragraphs (lines of 8 words or more) searched for a dateline or "…, TASS reports."
LEAD_PARAGRAPHS: Final = 3
# Words of a line that is surely the story's prose, not a line of its head.
_PARAGRAPH_WORDS: Final = 25

# A state or country after a comma: "DES MOINES, Iowa", "SANTA FE, N.M.", "KYIV, Ukraine".
_REGION = r"(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
_PLACE = rf"([A-Z][A-Z'’.\-]*[A-Z.](?:(?:\s+|/)[A-Z][A-Z'’.\-]*[A-Z.]){{0,3}}{_REGION}?)"  # (also "YEREVAN/BAKU")
# Words in capitals before a colon that label a story, not a place.
_LABELS_NOT_PLACES: Final = ("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "LIVE",
                             "OPINION", "ANALYSIS", "EDITORIAL", "COMMENT", "EXPLAINER", "FACT CHECK", "READ MORE", "ALSO READ",
                             "NOTE", "WARNING", "CORRECTION", "Q&A", "FILE", "AP", "AFP", "PUBLISHED", "POSTED", "LAST UPDATED")
# Bodies and countries written in capitals before a dash that joins them to another name.
_ACRONYMS_NOT_PLACES: Final = ("US", "UK", "EU", "UN", "NATO", "OPEC", "IMF", "WHO", "ASEAN", "AU", "GOP", "USA")
# "October 6", "Oct 6, 2024", and day first: "6 October", "9 Nov 2024" (British and wire copy)
_DATE_MD = rf"(?:{MONTH_RE}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_RE}(?:\s+\d{{4}})?)"
# Datelines, most specific first: (pattern, group of the date, group of the agency).
_DATELINES: Final = (
    # MOSCOW, October 6. /TASS/.
    (re.compile(rf"^{_PLACE},\s+({_DATE_MD})\.?\s+/([A-Z][A-Za-z-]{{1,20}})/"), 2, 3),
    # LONDON (Reuters) -   /   WASHINGTON, March 3 (AP) —   /   NEW DELHI, Aug 20 (IANS) Text (a
    # date makes the dash needless)
    (re.compile(rf"^{_PLACE}(?:,\s+({_DATE_MD}))?\s+\(([A-Z][A-Za-z.&' -]{{1,25}})\)\s*[-–—:]"), 2, 3),
    (re.compile(rf"^{_PLACE},\s+({_DATE_MD})\s+\(([A-Z][A-Za-z.&'-]{{1,15}})\)\s*(?=[A-Z\"“])"), 2, 3),
    # New Delhi, Dec 4 (PTI) Text, Moscow, December 4 (Interfax) - Text: wire copy with the place
    # in title case (on a line of its own too); the date and a one-word agency keep "Text, Dec 4
    # (…)" from being taken for one.
    (re.compile(rf"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s+({_DATE_MD})\s+\(([A-Z][A-Za-z]{{1,15}})\)\s*(?:[-–—:]\s*)?"
                r"(?=[A-Z\"“]|$)"), 2, 3),
    # Kyiv (AFP) – Text: so does AFP's, with a dash.
    (re.compile(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+\(([A-Z]{2,6})\)\s*[-–—]\s*(?=[A-Z\"“])"), None, 2),
    # (CNN) Text  /  (Reuters) - Text: an agency without a place (not "(Adds details)", "(UPDATE)")
    (re.compile(rf"^()\((?!(?:{'|'.join(_LABELS_NOT_PLACES)}|Updated?|Corrected|Adds|Recasts)\b)"
                r"([A-Z][A-Za-z.&'-]*(?:\s+[A-Z][A-Za-z.&'-]*){0,2})\)\s*(?:[-–—]\s*)?(?=[A-Z\"“])"), None, 2),
    # Law360 (December 3, 2026, 6:41 PM EST) -- Text: the outlet and the full date, no place
    (re.compile(rf"^()([A-Z][A-Za-z0-9]{{2,20}})\s+\(({MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}(?:,\s+[^()]{{1,25}})?)\)\s+--\s+(?=[A-Z\"“])"), 3, 2),
    # MOSCOW-SANA,
    (re.compile(r"^([A-Z][A-Z'’. ]*[A-Z])[-–—]([A-Z]{2,10})(?=[,:]|\s+[-–—])"), None, 2),
    # MOSCOW, November 18 – RIA Novosti. Text (the agency after a dash, as RIA Novosti prints it)
    (re.compile(rf"^{_PLACE},\s+({_DATE_MD})\s+[-–—]\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\.\s+(?=[A-Z\"“])"), 2, 3),
    # MOSCOW, October 6. Text   /   MOSCOW, October 6 —
    (re.compile(rf"^{_PLACE},\s+({_DATE_MD})[.:]?\s+(?:[-–—]\s+)?(?=[A-Z\"“])"), 2, None),
    # KYIV — Text  (one dash: "RUSSIA -- …" is how captions start), WASHINGTON—Text (an em dash
    # unspaced; not "US—China talks", "NATO—Russia Council")
    (re.compile(rf"^(?!(?:{'|'.join(_ACRONYMS_NOT_PLACES)})—){_PLACE}(?:\s+[-–—]\s+|—)(?=[A-Z\"“])"), None, None),
    # ISLAMABAD: Text  (not "UPDATE: …", "WATCH: …")
    (re.compile(rf"^(?!(?:{'|'.join(_LABELS_NOT_PLACES)}):){_PLACE}:\s+(?=[A-Z\"“])"), None, None),
)
# Mumbai: Text, New Delhi: Text: Indian and Gulf papers write the place in title case; a person's
# name or a label before a colon looks the same, so only a place the caller knows counts.
_TITLE_CASE_PLACE: Final = re.compile(r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s+(?=[A-Z\"“])")
# Whether a name is a place's: see `pipeline.gazetteer.is_known_place`.
PlaceTest = Callable[[str], bool]


def _title_case_place(line: str, is_place: PlaceTest | None) -> re.Match[str] | None:
    if is_place is None:
        return None
    found = _TITLE_CASE_PLACE.match(line)
    return found if found is not None and is_place(found.group(1)) else None


_REPORTED_BY: Final = re.compile(r",\s+((?:the\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2})\s+(?:reports|reported)\s*[.;]")
_SOURCE_LINE: Final = re.compile(r"^\s*sources?\s*:\s*(.{2,60}?)[\s.]*$", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|der|da|al|bin|la|le))*"
_BYLINE: Final = re.compile(rf"^(?:by:?|written by|words by|reporting by|interview by|text by\s*:|author\s*:|authors\s*:)\s+"
                            rf"({_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*)",
                            re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ScrapedMetadata:
    """What the text of one article says about itself; `*_line` are indices into its lines."""

    title: str | None = None
    title_line: int | None = None
    site_name: str | None = None
    date: FoundDate | None = None
    date_line: int | None = None
    dateline: str | None = None
    dateline_line: int | None = None
    dateline_agency: str | None = None
    dateline_date: FoundDate | None = None
    reported_by: str | None = None
    source_line: str | None = None
    byline: str | None = None
    byline_line: int | None = None
    # The line under a byline's name that makes it one: the reporter's role or outlet ("Health
    # editor", "BBC News, West Midlands"), kept with it so that the text still shows a byline.
    byline_role_line: int | None = None

    def protected_lines(self) -> set[int]:
        """Lines that carry metadata and stay in the text whatever their shape."""
        return {i for i in (self.title_line, self.date_line, self.dateline_line, self.byline_line, self.byline_role_line)
                if i is not None}


def _usable(line: str) -> bool:
    return bool(line.strip()) and not AD_MARKER.match(line) and not is_non_latin(line)


def looks_like_title(line: str) -> bool:
    """A headline: a handful of words, no closing full stop, not a date, credit or footer."""
    stripped = line.strip()
    n_words = len(stripped.split())
    if not 4 <= n_words <= 30:
        return False  # (first: the tests below cost more on a paragraph than all of them on a headline)
    # Some corpora end every paragraph with a full stop, headlines too: a Title Case line still is one.
    # (The stop may stand inside a closing quote mark: a paragraph of quotation is no headline.)
    ending = stripped.rstrip("\"”’'»")
    ends_like_sentence = ending.endswith(("…", "..")) or (ending.endswith(".") and not _title_case(stripped))
    # (a section's breadcrumb of short items is none: "3am | Celebs News")
    parts = SEPARATORS.split(stripped)
    return (not ends_like_sentence and date_at_start(stripped) is None
            and furniture_reason(stripped) is None and _BYLINE.match(stripped) is None
            and not (len(parts) >= 2 and all(len(part.split()) <= 2 for part in parts)))


def _title_case(line: str) -> bool:
    """Most words of four letters or more capitalised ("Old Hands Help Russia Navigate U.S. Media.")."""
    long_words = [w for w in words(line) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# Small words inside a site's name ("Notes from Poland") and a site's address as its name ("SWI swissinfo.ch").
_SITE_NAME_CONNECTORS: Final = frozenset({"of", "from", "the", "and", "for", "in", "on"})


def _looks_like_site_name(line: str, max_tokens: int = 4) -> bool:
    tokens = line.split()
    return (1 <= len(tokens) <= max_tokens and tokens[0][0].isupper() and
            all(t[0].isupper() or t[0].isdigit() or t in _SITE_NAME_CONNECTORS or SITE_ADDRESS.fullmatch(t) for t in tokens)
            and not line.rstrip().endswith((".", "!", "?", ":", "…")) and date_at_start(line) is None
            and furniture_reason(line) is None)


def _past_short_labels(lines: list[str], following: list[int], line: int) -> bool:
    """Whether `line` comes first in `following` past up to two short section labels (three words
    or fewer: "Local News", "Science News" / "from research organizations")."""
    labels = list(itertools.takewhile(lambda i: len(words(lines[i])) <= 3, following))
    return len(labels) <= 2 and following[len(labels):len(labels) + 1] == [line]


def _title_and_site(lines: list[str], head: list[int], date_line: int | None = None) -> tuple[int | None, str | None]:
    candidates = [i for i in head if looks_like_title(lines[i])]
    if not candidates:
        return None, None
    reason = {i: furniture_reason(lines[i]) for i in head}  # (read once: the tests below ask about the same lines)
    # (the site's name may follow a menu: "Menu  Home  Football  Cricket" / "Northgate Sport")
    first_line = next((i for i in head if reason[i] is None), head[0])
    title_line = candidates[0]
    # "The New York Times" is shaped like a short headline: it is the site name when a headline
    # (not a caption-like sentence: one of fewer than ten words, or any before the date line) follows
    # within a few lines.
    if title_line == first_line and len(candidates) > 1 and _looks_like_site_name(lines[first_line]) \
            and head.index(candidates[1]) - head.index(first_line) <= 3 and \
            (len(words(lines[candidates[1]])) < 10 or (date_line is not None and candidates[1] < date_line)):
        return candidates[1], lines[first_line].strip()
    if title_line == first_line and len(candidates) > 1 and _looks_like_site_name(lines[first_line], max_tokens=6):
        # "KSHB 41 Kansas City News" / menus, sign-in links, a consent box / "Local News" / the
        # headline: a site's name first, then its furniture and up to two short section labels
        after = head[head.index(first_line) + 1:]
        furniture_next = list(itertools.takewhile(lambda i: reason[i] is not None, after))
        if any(reason[i] == "menu" for i in furniture_next) and _past_short_labels(lines, after[len(furniture_next):], candidates[1]) \
                and (date_line is None or candidates[1] < date_line):
            return candidates[1], lines[first_line].strip()
    # (the link of the site's logo, read out, names it: "The Guardian - Back to home"; the first line
    # past it is a section's label, "Insects")
    site = next((m.group(1) for i in head if i < title_line and (m := BACK_TO_HOME.match(lines[i].strip()))), None)
    if site is None and first_line < title_line and _looks_like_site_name(lines[first_line]):
        site = lines[first_line].strip()
    following = head[head.index(title_line) + 1:head.index(title_line) + 3]
    if site is None and len(following) == 2 and _looks_like_site_name(lines[following[0]]) and \
            reason[following[1]] == "menu" and (later := [i for i in candidates if i > following[1]]):
        # "Exclusive news, data and analytics for financial market professionals" / "Reuters" / menu:
        # the site's tagline above its name
        title_line, site, candidates = later[0], lines[following[0]].strip(), later
    if site is not None:
        # A section's name under a menu that lists it is no site's: the menu's first item is
        # ("Manchester Evening News | News | Greater Manchester News | Crime" / "Greater Manchester News").
        for i in head[:head.index(first_line)]:
            items = [item.strip() for item in SEPARATORS.split(lines[i].strip())]
            if len(items) >= 3 and site in items[1:] and _looks_like_site_name(items[0]):
                site = items[0]
                break
    # The headline comes after the site's menu: a line above the menu is the site's tagline
    # ("Ukrinform" / "Multimedia Platform of Foreign Broadcasting of Ukraine" / "War | Politics | …").
    # (past the site's other furniture and a section's label: "The Local Sweden" / "Sweden's news in
    # English" / menu / "Log in | Become a Member" / cookie banner / "CRIME" / headline)
    # (also past links to sign in: "The Washington Post" / "Democracy Dies in Darkness" / "Sign in |
    # Subscribe" / menu)
    after = head[head.index(title_line) + 1:]
    furniture_next = list(itertools.takewhile(lambda i: reason[i] is not None, after))
    after_furniture = [i for i in after[1:] if reason[i] is None]
    # (or past up to two short section labels: "ScienceDaily" / "Your source for the latest research
    # news" / menus / "Science News" / "from research organizations" / the headline)
    if site is not None and len(candidates) > 1 and any(reason[i] == "menu" for i in furniture_next[:2]) and \
            (candidates[1] in after_furniture[:2] or _past_short_labels(lines, after_furniture, candidates[1])) \
            and (date_line is None or candidates[1] < date_line):
        return candidates[1], site
    # A show's or a section's name of a few words over the headline ("Politics" / "State of the
    # Union" / "Former Michigan Gov. Ellen Carraway says she is 'seriously considering' …"): a
    # label; the headline is the longer line right under it.
    before = head[:head.index(title_line)]
    if len(candidates) > 1 and after and candidates[1] == after[0] and len(words(lines[title_line])) <= 4 and \
            len(words(lines[candidates[1]])) >= max(8, 2 * len(words(lines[title_line]))) and \
            before and len(words(lines[before[-1]])) <= 2 and (date_line is None or candidates[1] < date_line):
        return candidates[1], site
    return title_line, site


def _dateline(lines: list[str], lead: list[int], is_place: PlaceTest | None,
              head: Sequence[int] = (), title_line: int | None = None) -> tuple[int, str | None, FoundDate | None, str | None] | None:
    for i in sorted({*lead, *head}):
        text = lines[i].strip()
        for pattern, date_group, agency_group in _DATELINES:
            m = pattern.match(text)
            if m is None or (i not in lead and m.end() < len(text)):
                continue  # (a short line of the head is a dateline only as a whole: "Bengaluru, March 4 (PTI)")
            raw_date = m.group(date_group) if date_group else None
            found = (date_at_start(raw_date) or yearless_date(raw_date)) if raw_date else None
            agency = m.group(agency_group).strip() if agency_group else None
            return i, m.group(1).strip().rstrip(",") or None, found, agency
        if i in lead and (m := _title_case_place(text, is_place)) is not None and not _speaker_labels(lines, m.group(1)):
            return i, m.group(1), None, None
        if i in lead and is_place is not None and (m := _DOUBLE_HYPHEN_DATELINE.match(text)) is not None and \
                is_place(m.group(1)) and len(words(text)) >= _PARAGRAPH_WORDS and \
                all(len(words(lines[k])) < _PARAGRAPH_WORDS for k in lead if k < i):
            # "TOKYO -- Kanemura Motor on Friday lowered …", as Nikkei Asia prints it: a known place
            # opening the story's first paragraph, past a standfirst (a caption may start so too,
            # but is shorter)
            return i, m.group(1), None, None
        if title_line is not None and title_line < i and i not in lead and is_place is not None and \
                (m := _PLACE_ALONE.match(text)) is not None and is_place(m.group(1)) and \
                next((j for j in range(i + 1, len(lines)) if _usable(lines[j])), None) in lead:
            # ("ANKARA" on a line of its own under the headline, right above a paragraph; above the
            # headline, "FRANCE" is a section's label)
            return i, m.group(1), None, None
    return None


# A place in capitals and a double hyphen ("TOKYO -- Text").
_DOUBLE_HYPHEN_DATELINE: Final = re.compile(rf"^{_PLACE}\s+--\s+(?=[A-Z\"“])")
# A place in capitals alone on its line (Anadolu prints its dateline so).
_PLACE_ALONE: Final = re.compile(rf"^{_PLACE}$")


# A transcript's turn: "Clinton: We will …", "MODERATOR: Thank you."
_TURN_LABEL: Final = re.compile(r"^([A-Z][A-Za-z.'’ -]{0,30}):\s+\S")


def _speaker_labels(lines: list[str], place: str) -> bool:
    """Whether the first lines open with another label than `place` and a colon, as a
    transcript's turns do ("Clinton: …" there is a speaker, though Clinton, Iowa is a town; a
    headline may repeat the dateline, "Dubai: Emirates orders …")."""
    return any((m := _TURN_LABEL.match(line.strip())) is not None and m.group(1) != place for line in lines[:40])


# What may stand between a dateline and the text after it ("MOSCOW, October 6. /TASS/. Text").
_AFTER_DATELINE: Final = re.compile(r"[\s.,:]*(?:[-–—]+\s*)?")
# The datelines above, and "WASHINGTON -- Text" (not a dateline of the article's metadata:
# captions start so too).
_DATELINE_STARTS: Final = (*(pattern for pattern, _, _ in _DATELINES), re.compile(rf"^{_PLACE}\s+--\s+(?=[A-Z\"“])"))


def dateline_end(line: str, is_place: PlaceTest | None = None) -> int:
    """Where the text after a dateline opening `line` starts ("ANKARA - Turkish President …" → 9;
    0 when the line opens with none); with `is_place`, also after a place in title case and a
    colon ("Mumbai: Apple will …" → 8)."""
    for pattern in _DATELINE_STARTS:
        m = pattern.match(line)
        if m is not None:
            return _AFTER_DATELINE.match(line, m.end()).end()  # type: ignore[union-attr]
    if (m := _title_case_place(line, is_place)) is not None:
        return _AFTER_DATELINE.match(line, m.end()).end()  # type: ignore[union-attr]
    return 0


def _reported_by(lines: list[str], lead: list[int]) -> str | None:
    for i in lead:
        m = _REPORTED_BY.search(lines[i])
        if m:
            name = m.group(1)
            return name[4:] if name.lower().startswith("the ") else name
    return None


def _source_line(lines: list[str]) -> str | None:
    for line in lines:
        m = _SOURCE_LINE.match(line)
        if m and len(words(m.group(1))) <= 5:
            return m.group(1).strip()
    return None


# The print edition's footer: "Published in Dawn, January 10th, 2026".
_PUBLISHED_IN: Final = re.compile(r"^published in ([A-Z][\w.&'’ -]{1,40}?),\s+(.{6,40})$", re.IGNORECASE)
# Last lines searched for it.
_FOOTER_LINES: Final = 6


def _published_in(lines: list[str]) -> tuple[FoundDate, str] | None:
    """The date and paper of a print edition's footer among the last lines, if any."""
    for line in itertools.islice((line.strip() for line in reversed(lines) if line.strip()), _FOOTER_LINES):
        m = _PUBLISHED_IN.match(line)
        if m is not None and (found := date_at_start(m.group(2))) is not None and found.value is not None:
            return found, m.group(1)
    return None


# (also glued to the zone before it, as scraped from two elements: "4:18 PM ESTUpdated 2 hours ago")
_THEN_UPDATED: Final = re.compile(r",?\s+(?:last\s+)?(?:updated|modified)\b|(?<=[A-Z])(?-i:Updated|Modified)\b", re.IGNORECASE)
# A year glued to the time after it, as scraped from two elements: "December 2, 20266:00 AM ET".
_YEAR_THEN_TIME: Final = re.compile(r"(?<=\b20\d\d)(?=\d{1,2}:\d{2}\b)")


_TIME_ALONE: Final = re.compile(r"^(\d{1,2})[:.](\d{2})$")
# A clock time with its zone, before the date: "10:15 AM PST".
_CLOCK_AND_ZONE: Final = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+[A-Z]{2,4}")


def _with_time_below(found: FoundDate, lines: list[str], i: int, head: list[int]) -> FoundDate:
    """A day completed by the time printed alone on the next line ("December 4, 2026" / "13:08")."""
    after = head.index(i) + 1
    if found.precision != "day" or found.value is None or after >= len(head):
        return found
    m = _TIME_ALONE.match(lines[head[after]].strip())
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return found
    value = found.value.replace(hour=int(m.group(1)), minute=int(m.group(2)))
    return FoundDate(f"{found.raw} {m.group()}", value, "time", found.month, found.day)


def _date_line(lines: list[str], head: list[int]) -> tuple[int, FoundDate] | None:
    for i in head:
        # A head line may join a byline and a date ("By Ann Lee | Sept. 14, 2026 at 6:12 p.m. EDT"),
        # or two dates ("Published: 14:05 BST, 2 September 2026 | Updated: …": the first).
        parts = SEPARATORS.split(lines[i].strip())
        if len(parts) >= 2 and _CLOCK_AND_ZONE.fullmatch(parts[0].strip()):
            parts = [f"{parts[0].strip()} {parts[1].strip()}", *parts[2:]]  # ("10:15 AM PST · November 30, 2026", as TechCrunch prints it)
        for part in parts:
            if part[:3].lower() == "by " and " - " in part:
                part = part.rsplit(" - ", 1)[1]  # ("by Emily Sandoval - 12/02/26 6:14 PM ET", as The Hill prints it)
            if "updated" in (lowered := part.lower()) or "modified" in lowered:
                part = _THEN_UPDATED.split(part, maxsplit=1)[0]  # ("Posted Thu 5 Mar 2026 at 6:12am, updated Thu 5 Mar …")
            if len(part.split()) > 12:
                continue
            if ":" in part:
                part = _YEAR_THEN_TIME.sub(" ", part)
            found = date_at_start(part) or yearless_date(part)
            if found is not None and (found.value is not None or len(part.split()) <= 3):
                return i, _with_time_below(found, lines, i, head)
    return None


# A job title after the byline's names: "By Kevin Marsh, Staff Writer", "By Ann Lee, Senior Correspondent".
_STAFF_TITLE: Final = re.compile(r"(?:,\s*|\s+-\s+)(?:[A-Z][a-z]+\s+){0,2}(?:Writer|Reporter|Correspondent|Editor|Columnist|"
                                 r"Contributor|Journalist|Producer)s?$|"
                                 # (Britain's Local Democracy Reporting Service, written without a comma)
                                 r"\s+Local\s+Democracy\s+Reporter$")


# A byline without "By": the name and the reporter's role ("Rachel Okonjo, political correspondent",
# "Hannah Brook / Health editor"), or the role alone on the line after the name (`_name_then_role`).
_ROLE_NOUNS = r"(?:correspondent|editor|reporter|writer|columnist|journalist)s?"
_ROLE_WORDS = rf"(?i:(?:[^\W\d_]+\s+){{0,3}}{_ROLE_NOUNS})"
_NAME_WORDS = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}"
_ROLE_BYLINE: Final = re.compile(rf"^({_NAME_WORDS})\s*[,/|]\s*{_ROLE_WORDS}$")
_ROLE_LINE: Final = re.compile(rf"^{_ROLE_WORDS}$")
# ... or the role right after the name, its noun in lower case ("Fiona Lockhart-Bayne Environment
# correspondent", "Helen Pridmore North of England correspondent", as the Guardian prints them; a
# headline in title case writes "Editor").
_NAME_ROLE_UNSEPARATED: Final = re.compile(rf"^([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,2}}?)\s+(?:[^\W\d_]+\s+){{0,3}}{_ROLE_NOUNS}$")
# ... or the name over its outlet's line ("Naomi Ashcroft" / "BBC News, West Midlands").
# (the region after a comma: a site's name alone under a line is its header, "Cedar Valley Courier" /
# "Local News", "Skip Navigation" / "CNBC")
_OUTLET_LINE: Final = re.compile(r"^([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# A role written before the names ("By science reporter Jessamy Pryor-Naidu", as ABC Australia prints it).
_ROLE_BEFORE_NAMES: Final = re.compile(rf"^(?:[a-z]+\s+){{0,3}}{_ROLE_NOUNS}\s+(?=[A-Z])")
_NAME_LINE: Final = re.compile(rf"^({_NAME_WORDS})$")
# Reporters' names alone on the line next to the date line, as The Hindu, Dawn and the SCMP print
# them ("Revathi S. Iyer", "Kwok Yan-ting and Oliver Leung"): capitalised words and initials.
_PERSON_WORDS = r"[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}"
_NAMES_ALONE: Final = re.compile(rf"^({_PERSON_WORDS}(?:\s*(?:,|and|&)\s+{_PERSON_WORDS})*)$")


# The agency a wire byline names after its writer: "By MARCUS BELL Associated Press".
# ... or the site it wrote for: "By HOLLY BRENNAN FOR MAILONLINE", "By Ann Lee for Dailymail.com".
_BYLINE_AGENCY: Final = re.compile(r"(?:,\s*|\s+)(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Bloomberg(?:\s+News)?|"
                                   r"Press\s+Association|PA|UPI)$|"
                                   r"\s+for\s+(?:the\s+)?(?:MailOnline|Mail\s+Online|Dailymail\.com|Daily\s+Mail|"
                                   r"Mail\s+on\s+Sunday|[\w-]+\.(?:com|co\.uk))$", re.IGNORECASE)


# A word's letters (no digits): the words of a byline in capitals.
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# A broadcaster's call letters or a body's acronym, alone: no reporter's name.
_CALL_LETTERS: Final = re.compile(r"[A-Z]{3,5}")


def reporters_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of the lines of an article's text that name its reporters: the byline among its
    first lines ("By Tom Reyes | treyes@…") and the credits among its last (`credit_line_spans`).
    Their names are no one the article is about."""
    spans = credit_line_spans(text)
    heads: list[tuple[int, int]] = []  # (the first lines that are not blank)
    start = 0
    while start < len(text) and len(heads) < HEAD_LINES + 3:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            heads.append((start, end))
        start = end + 1
    head_lines = [text[s:e] for s, e in heads]
    date = _date_line(head_lines, list(range(min(len(heads), HEAD_LINES))))
    if (byline := _byline(head_lines, list(range(len(heads))), date[0] if date else None)) is not None:
        spans.append(heads[byline[0]])
        # (and the next names of a byline of one name a line: "Hannah Wexler" / "Cole Brennan")
        names = set(byline[1].replace(" and ", ", ").split(", "))
        spans.extend(heads[k] for k in range(byline[0] + 1, min(len(heads), byline[0] + 4)) if head_lines[k].strip() in names)
    return spans


# The agencies a story draws on after its reporter's name: "Lena Hartwig with AFP, Reuters, dpa" (DW),
# "By Maria Vlachou & Tomás Ordóñez with AP, AFP" (Euronews).
_AGENCY_WORD = r"(?:[A-Z][A-Za-z-]{1,12}|dpa|epd|kna)"
_WITH_AGENCIES = rf"\s+with\s+{_AGENCY_WORD}(?:(?:\s*,\s*|\s+and\s+){_AGENCY_WORD}){{0,4}}"
_NAMES_WITH_AGENCIES: Final = re.compile(rf"^({_NAME_WORDS}(?:\s*(?:,|and|&)\s+{_NAME_WORDS})*){_WITH_AGENCIES}$")
_AGENCIES_AFTER_NAMES: Final = re.compile(rf"{_WITH_AGENCIES}$")
# "Author Katrin Vogt" alone on its line (as DW prints it).
_AUTHOR_LINE: Final = re.compile(rf"^Authors?\s+({_NAME_WORDS}(?:\s*(?:,|and|&)\s+{_NAME_WORDS})*)$")
# The reporter first among a page head's fields, before a date ("Jason Whitford · CBC News ·
# Posted: Mar 10, 2026 4:00 AM MDT"); a site's or section's name is none.
_FIELD_NAME_NOT_PERSON: Final = re.compile(r"\b(?:News|Daily|Times|Post|Press|Media|Herald|Journal|Tribune|Network|TV|Radio|"
                                           r"Online|Magazine|Politics|World|Business|Sport|Opinion)\b")


def _byline_match(line: str) -> re.Match[str] | None:
    """The names of a byline that is the whole (stripped) line ("By Ann Lee, Staff Writer", "Rachel
    Okonjo, political correspondent", "Author Ann Lee"), or leads a line of fields ending in a date
    ("Ann Lee · CBC News · Posted: Mar 10, 2026"), if it is one."""
    m = _BYLINE.match(line) or _ROLE_BYLINE.match(line) or _AUTHOR_LINE.match(line) or _NAMES_WITH_AGENCIES.match(line) or \
        _NAME_ROLE_UNSEPARATED.match(line)
    if m is not None and len(line.split()) <= 12:
        return m
    fields = SEPARATORS.split(line)
    if len(fields) >= 2 and ((m := _NAME_LINE.match(fields[0].strip())) is not None or
                             (m := _BYLINE.match(fields[0].strip())) is not None) and \
            (m.re is _BYLINE or _FIELD_NAME_NOT_PERSON.search(fields[0]) is None) and \
            any(date_at_start(field) is not None and len(field.split()) <= 12 for field in fields[1:]):
        return m  # (also "By Hallie Bowcutt, KSL.com | Posted - March 11, 2026 at 9:47 p.m.")
    return None


def _name_fields_above_date(lines: list[str], window: list[int], position: int, date_line: int | None) -> re.Match[str] | None:
    """The reporter first among a line of short fields right above the date line ("Megan Ashcroft ·
    Reporter", "Olivia Desrochers · CBC News ·"), as Reach's and the CBC's sites print them."""
    if date_line is None or position + 1 >= len(window) or window[position + 1] != date_line:
        return None
    fields = [field.strip() for field in SEPARATORS.split(lines[window[position]].strip() + " ")]
    if len(fields) < 2 or not all(len(field.split()) <= 4 for field in fields[1:]):
        return None
    m = _NAME_LINE.match(fields[0])
    return m if m is not None and _FIELD_NAME_NOT_PERSON.search(fields[0]) is None else None


def _name_then_role(lines: list[str], window: list[int], position: int) -> re.Match[str] | None:
    """A name alone on its line with the reporter's role alone on the next ("Hannah Brook" /
    "Health editor") or the outlet's ("Naomi Ashcroft" / "BBC News, West Midlands"): the name."""
    if position + 1 >= len(window):
        return None
    below = lines[window[position + 1]].strip()
    if not _ROLE_LINE.match(below) and not ((outlet := _OUTLET_LINE.match(below)) is not None and
                                            (is_news_outlet(outlet.group(1)) or outlet.group(1).endswith(" News"))):
        return None
    return _NAME_LINE.match(lines[window[position]].strip())


def _names_beside_date(lines: list[str], window: list[int], position: int, date_line: int | None,
                       is_place: PlaceTest | None) -> re.Match[str] | None:
    """Names alone on a line right before or after the date line (`_NAMES_ALONE`): no site's or
    section's name, no place, not in capitals (a dateline's "NEW DELHI")."""
    if date_line is None or date_line not in window:
        return None
    distance = window.index(date_line) - position
    # (or a few short lines above it, past the site's and the places' names: "Arben Krasniqi, Milica
    # Stojanović" / "BIRN" / "Pristina, Belgrade" / "December 4, 2026", as Balkan Insight prints them;
    # or below it, past an updated date and a picture's label: "Published Tue, Dec 1 2026 9:32 AM
    # EST" / "Updated …" / "thumbnail" / "Gabrielle Fonseca-Reid @GFonsecaReid", as CNBC prints them)
    if distance != -1 and not (1 <= distance <= 3 and all(len(words(lines[k])) <= 3 and not lines[k].rstrip().endswith(".")
                                                         for k in window[position + 1:position + distance])) and \
            not (-3 <= distance <= -2 and all(len(words(lines[k])) <= 3 or _UPDATED_LINE.match(lines[k].strip())
                                              for k in window[position + distance + 1:position])):
        return None
    line = _HANDLE_AFTER_NAME.sub("", _PLACE_AFTER_NAME.sub("", lines[window[position]].strip()))
    m = _NAMES_ALONE.match(line)
    if m is None or line.isupper() or _FIELD_NAME_NOT_PERSON.search(line) or furniture_reason(line) is not None:
        return None
    # (no line of places: "Pristina, Belgrade"; "Jordan Pell" is a name)
    if is_place is not None and (is_place(line) or all(is_place(part.strip()) for part in line.split(","))):
        return None
    if distance > 1:
        # (one name a line, each over the next: "Hannah Wexler" / "Cole Brennan" / the date, as NPR prints them)
        more = [lines[k].strip() for k in window[position + 1:position + distance]]
        if all(_NAMES_ALONE.match(name) and not name.isupper() for name in more) and \
                (is_place is None or not any(is_place(name) for name in more)):
            return _NAMES_ALONE.match(", ".join([line, *more]))
    return m


def _without_outlet_after(names: str) -> str:
    """A byline without a listed outlet's name run on after the reporter's ("Carter Lyle Fox News")."""
    tokens = names.split()
    for k in (3, 2, 1):
        if len(tokens) - k >= 2 and is_news_outlet(" ".join(tokens[-k:])):
            return " ".join(tokens[:-k]).rstrip(",;|-–— ")
    return names


# A reporter's city after the name, "Rhiannon Pryce in London and Tobias Lindgren in Stockholm" (as the
# FT prints it), and a handle, "Gabrielle Fonseca-Reid @GFonsecaReid".
_PLACE_AFTER_NAME: Final = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+and\s|\s*,|$)")
_HANDLE_AFTER_NAME: Final = re.compile(r"\s+@\w{1,30}$")
_UPDATED_LINE: Final = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)


def _byline(lines: list[str], window: list[int], date_line: int | None = None,
            is_place: PlaceTest | None = None) -> tuple[int, str, int | None] | None:
    """(line, names, the role's or outlet's line under a name alone or None) of the byline, if any."""
    for position, i in enumerate(window):
        role_line = None
        m = _byline_match(lines[i].strip())
        if m is None and (m := _name_then_role(lines, window, position)) is not None:
            role_line = window[position + 1]
        m = m or _name_fields_above_date(lines, window, position, date_line) or \
            _names_beside_date(lines, window, position, date_line, is_place)
        if m:
            names = _BYLINE_AGENCY.sub("", _STAFF_TITLE.sub("", _AGENCIES_AFTER_NAMES.sub("", m.group(1).strip())))
            names = _ROLE_BEFORE_NAMES.sub("", names)
            names = names.replace(" & ", " and ")
            names = _without_outlet_after(names)
            # (a station's call letters after the name are no reporter: "By Kendra Ilse, KXTV 9 News")
            # (nor is a site's address: "By Hallie Bowcutt, KSL.com")
            names = ", ".join(piece for piece in names.split(", ") if not _CALL_LETTERS.fullmatch(piece)
                              and not SITE_ADDRESS.fullmatch(piece)) or names
            if all(word.isupper() for word in _LETTERS.findall(names) if word != "and"):
                # (wire copy's capitals: "MARCUS BELL", "LAURA KINSELLA and DIEGO FUENTES")
                names = _LETTERS.sub(lambda word: word.group() if word.group() == "and" else word.group().capitalize(), names)
            return i, names, role_line
    return None


def scraped_metadata(lines: list[str], is_place: PlaceTest | None = None) -> ScrapedMetadata:
    """Headline, site name, date line, dateline (place, date, agency), byline and source of a
    scraped article (`is_place`: whether a name is a place's, for datelines in title case)."""
    # The usable lines are found once, and only as far as the head, byline window and lead
    # paragraphs reach: the metadata sits in an article's first lines.
    usable: Iterator[int] = (i for i, line in enumerate(lines) if _usable(line))
    window = list(itertools.islice(usable, HEAD_LINES + 3))
    head = window[:HEAD_LINES]
    if not head:
        return ScrapedMetadata()
    date = _date_line(lines, head)
    if date is None:
        # A page heavy with furniture (menus, consent boxes, sign-in and share links) may put its
        # date line past the first lines: looked for further, above the story's first paragraph.
        more = list(itertools.islice(usable, HEAD_LINES))
        later = window[HEAD_LINES:] + more
        first_paragraph = next((k for k, i in enumerate(later) if len(words(lines[i])) >= _PARAGRAPH_WORDS), len(later))
        date = _date_line(lines, later[:first_paragraph])
        if date is not None:
            window = window + more
        else:
            usable = itertools.chain(more, usable)
    title_line, site = _title_and_site(lines, head, date[0] if date else None)
    # (a menu, a caption with its credit or a byline of eight words is no paragraph, nor are the
    # headline and the date line: "BOSTON, Dec 2 (Reuters) - …" under a headline, a date line and
    # a summary's first point is the lead's first paragraph)
    lead = list(itertools.islice((i for i in itertools.chain(window, usable) if len(words(lines[i])) >= 8 and
                                  i != title_line and (date is None or i != date[0]) and
                                  furniture_reason(lines[i]) is None and _byline_match(lines[i].strip()) is None), LEAD_PARAGRAPHS))
    # (the footer's line is furniture: not a line of metadata kept in the text)
    footer = _published_in(lines) if date is None else None
    if footer is not None and site is None:
        site = footer[1]
    dateline = _dateline(lines, lead, is_place, head, title_line)
    byline = _byline(lines, window, date[0] if date else None, is_place)
    return ScrapedMetadata(
        title=lines[title_line].strip() if title_line is not None else None,
        title_line=title_line,
        site_name=site,
        date=date[1] if date else footer[0] if footer else None,
        date_line=date[0] if date else None,
        dateline=dateline[1] if dateline else None,
        dateline_line=dateline[0] if dateline else None,
        dateline_date=dateline[2] if dateline else None,
        dateline_agency=dateline[3] if dateline else None,
        reported_by=_reported_by(lines, lead),
        source_line=_source_line(lines),
        byline=byline[1] if byline else None,
        byline_line=byline[0] if byline else None,
        byline_role_line=byline[2] if byline else None,
    )
