"""Publication dates in the shapes news pages print them, with their precision; never a guessed year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, Literal

Precision = Literal["year", "month", "day", "time"]

MONTH_NAMES: Final = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
_MONTHS_BY_PREFIX: Final = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
# (in capitals too, as TASS prints its date line: "17 NOV 2026, 19:48")
MONTH_RE: Final = r"(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + "|Sept|" + "|".join(
    m[:3].capitalize() for m in MONTH_NAMES) + "|" + "|".join(m.upper() for m in MONTH_NAMES) + "|SEPT|" + "|".join(
    m[:3].upper() for m in MONTH_NAMES) + r")\.?"
# Offsets of the zone names news sites print after a time; anything else is taken as UTC.
_ZONES: Final = {"gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
                 "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
                 "ist": 5.5, "jst": 9, "aest": 10,
                 # Asia, Africa and Oceania as their outlets print them (The Hindu's IST above, Dawn's
                 # PKT, ABC's AEDT, RNZ's NZDT, the SCMP's HKT, Nairobi's EAT, Lagos's WAT).
                 "pkt": 5, "hkt": 8, "sgt": 8, "pht": 8, "wib": 7, "kst": 9, "awst": 8, "acst": 9.5, "acdt": 10.5,
                 "aedt": 11, "nzst": 12, "nzdt": 13, "wat": 1, "sast": 2, "eat": 3}
# US zones printed without saying whether summer time applies ("9:40 AM ET"): standard offsets,
# one hour more from the second Sunday of March to the first Sunday of November.
_US_ZONES: Final = {"et": -5, "ct": -6, "mt": -7, "pt": -8}

# The zones of North America (a numeric date before them puts its month first).
_AMERICAN_ZONES: Final = frozenset({"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", *_US_ZONES})

# The zones' names as printed ("GMT", "IST"): the tagger takes them for organisations.
ZONE_NAMES: Final = frozenset(z.upper() for z in (*_ZONES, *_US_ZONES) if len(z) > 1)

# ("Updated - July 22, 2026 09:41 pm IST", as The Hindu prints it)
# (and an agency's name in capitals before a dash: "KYODO NEWS - Nov 19, 2026 - 11:27")
_PREFIX = (r"(?:(?:this (?:content|article|story) was )?"  # (swissinfo's "This content was published on …")
           r"(?:published|updated|posted|last updated|first published|date|created)(?:\s+(?:on|at))?\s*(?::|[-–—](?=\s))?\s*|"
           r"(?-i:[A-Z]{2,}(?:\s[A-Z]{2,}){0,2})\s[-–—]\s)?")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TIME = r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?"
_ZONE = (r"(?:\s*\(?((?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|" + "|".join(sorted(ZONE_NAMES)) + r"|[+-]\d{2}:?\d{2})\b\)?)?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?(?![\d:])")
# A time (and zone) may come first: "16:26, 18 January 2021", "14:05 BST, 2 September 2026",
# "9:40 AM ET, Fri March 6, 2026" (as CNN prints it), "7:14 pm on 14 March 2026" (RNZ).
_LEAD_TIME = r"(?:" + _TIME + _ZONE + r",?\s+(?:on\s+)?)?"
# What stands between a date and its time: "March 6, 2026, at 9:40", "Tue Mar 10 2026 - 18:42",
# "January 22, 2026 — 4.35pm".
_BEFORE_TIME = r"(?:,?\s+(?:at\s+|@\s*|[-–—]\s+)?)"
_DMY = re.compile(_LEAD_TIME + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_RE + r"),?\s+(\d{4})\b"
                  r"(?:" + _BEFORE_TIME + _TIME + ")?" + _ZONE)
_MDY = re.compile(_LEAD_TIME + _WEEKDAY + r"(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b(?:" + _BEFORE_TIME
                  + _TIME + ")?" + _ZONE)


def _numeric_date(separator: str, short_year: bool = False) -> re.Pattern[str]:
    """A date of three numbers joined by `separator`, year last, and the time and zone after it
    (with `short_year`, a year of two digits too when a time follows: "12/02/26 6:14 PM ET")."""
    year = r"(\d{4}|\d{2}(?=\s+\d{1,2}[:.]\d{2}))" if short_year else r"(\d{4})"
    return re.compile(rf"(\d{{1,2}}){separator}(\d{{1,2}}){separator}{year}\b(?:" + _BEFORE_TIME + _TIME + _ZONE + ")?")


_NUMERIC_DMY = _numeric_date(r"\.")
# ... with the time first: "14:52 10.01.2022", "14:52 GMT 10.01.2022" (as some agencies print it)
_TIME_NUMERIC_DMY = re.compile(_TIME + r"(?:\s+(?:GMT|UTC))?,?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# "17/03/2026 16:15": day and month are told apart when one of them is above 12, else by the time
# after the date (British and European sites put the day first, American ones the month;
# "03/04/2026" alone could be either and is no date).
_NUMERIC_SLASH = _numeric_date("/", short_year=True)
_MONTH_YEAR = re.compile(r"(" + MONTH_RE + r")\s+(\d{4})\b")
_YEAR = re.compile(r"((?:19|20)\d{2})")
# A day and month with no year: the dateline "MOSCOW, October 6." or "6 October".
_NO_YEAR = re.compile(r"(?:(" + MONTH_RE + r")\s+(\d{1,2})|(\d{1,2})\s+(" + MONTH_RE + r"))\b(?!,?\s+\d{4})")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date as written (`raw`), what it states (`precision`) and its UTC value when it has a year."""

    raw: str
    value: datetime | None
    precision: Precision | None
    month: int | None = None
    day: int | None = None


def _hour(hour: str | None, minute: str | None, second: str | None, meridiem: str | None) -> tuple[int, int, int]:
    h = int(hour or 0)
    if meridiem:
        pm = meridiem.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, int(minute or 0), int(second or 0)


def _us_summer_time(local: datetime) -> bool:
    """Whether US summer time applies at this local time (2 a.m. on the second Sunday of March to the first Sunday of November)."""
    march = datetime(local.year, 3, 8, 2, tzinfo=local.tzinfo)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = datetime(local.year, 11, 1, 2, tzinfo=local.tzinfo)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= local < end


def _zone_offset(zone: str | None, local: datetime) -> timedelta:
    if not zone:
        return timedelta(0)
    compact = zone.replace(" ", "")
    numeric = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", compact, re.IGNORECASE)
    if numeric:
        sign = 1 if numeric.group(1) == "+" else -1
        return sign * timedelta(hours=int(numeric.group(2)), minutes=int(numeric.group(3) or 0))
    if (us_offset := _US_ZONES.get(compact.lower())) is not None:
        return timedelta(hours=us_offset + _us_summer_time(local))
    return timedelta(hours=_ZONES.get(compact.lower(), 0))


def _month(name: str) -> int:
    return _MONTHS_BY_PREFIX[name[:3].lower()]


def _stamp(year: int, month: int, day: int, clock: tuple[int, int, int], zone: str | None) -> datetime:
    local = datetime(year, month, day, *clock, tzinfo=UTC)
    return local - _zone_offset(zone, local)


def _from_match(kind: str, m: re.Match[str]) -> FoundDate | None:
    g = m.groups()
    raw = m.group(0).strip().rstrip(",")
    try:
        if kind == "iso":
            has_time = g[3] is not None
            value = _stamp(int(g[0]), int(g[1]), int(g[2]), (int(g[3] or 0), int(g[4] or 0), int(g[5] or 0)), g[6])
            return FoundDate(raw, value, "time" if has_time else "day", int(g[1]), int(g[2]))
        if kind in ("dmy", "mdy"):
            # (groups: the leading time and its zone, the date's three parts, the trailing time, its zone)
            clock_parts, zone = (g[0:4] if g[0] else g[8:12]), g[4] or g[12]
            day, month = (int(g[5]), _month(g[6])) if kind == "dmy" else (int(g[6]), _month(g[5]))
            value = _stamp(int(g[7]), month, day, _hour(*clock_parts), zone)
            return FoundDate(raw, value, "time" if clock_parts[0] else "day", month, day)
        if kind == "numeric":
            value = _stamp(int(g[2]), int(g[1]), int(g[0]), _hour(*g[3:7]), g[7])
            return FoundDate(raw, value, "time" if g[3] else "day", int(g[1]), int(g[0]))
        if kind == "slash":
            first, second = int(g[0]), int(g[1])
            if first > 12 and second > 12:
                return None
            if first > 12 or second > 12:
                day, month = (first, second) if first > 12 else (second, first)
            elif g[3] is not None:
                # Both could be the month: the clock tells whose convention it is ("03/12/2026 -
                # 16:20" and "GMT+1" are European; "3/11/2026 9:47 PM" and "ET" American).
                american = g[6] is not None or (g[7] or "").lower() in _AMERICAN_ZONES
                day, month = (second, first) if american else (first, second)
            else:
                return None  # ("03/04/2026" alone could be either)
            year = int(g[2]) + (2000 if len(g[2]) == 2 else 0)  # ("12/02/26 6:14 PM ET", as The Hill prints it)
            value = _stamp(year, month, day, _hour(*g[3:7]), g[7])
            return FoundDate(raw, value, "time" if g[3] else "day", month, day)
        if kind == "time_numeric":
            return FoundDate(raw, _stamp(int(g[6]), int(g[5]), int(g[4]), _hour(*g[0:4]), None), "time", int(g[5]), int(g[4]))
        if kind == "month":
            return FoundDate(raw, datetime(int(g[1]), _month(g[0]), 1, tzinfo=UTC), "month", _month(g[0]))
        if kind == "year":
            return FoundDate(raw, datetime(int(g[0]), 1, 1, tzinfo=UTC), "year")
        month = _month(g[0] or g[3])
        day = int(g[1] or g[2])
        datetime(2000, month, day)  # a real day of that month (2000 is a leap year: February 29 passes)
        return FoundDate(raw, None, None, month, day)
    except (ValueError, KeyError, OverflowError):
        return None


_SHAPES: Final = (("iso", _ISO), ("dmy", _DMY), ("mdy", _MDY), ("numeric", _NUMERIC_DMY), ("slash", _NUMERIC_SLASH), ("month", _MONTH_YEAR),
                  ("time_numeric", _TIME_NUMERIC_DMY))


def date_at_start(line: str) -> FoundDate | None:
    """The date a line starts with ("Published: March 4, 2024 10:15 AM", "16:26, 18 January 2021 22")."""
    stripped = line.strip()
    prefix = re.match(_PREFIX, stripped, re.IGNORECASE)
    rest = stripped[prefix.end():] if prefix else stripped
    for kind, pattern in _SHAPES:
        m = pattern.match(rest)
        if m:
            return _from_match(kind, m)
    return None


def parse_date_value(raw: str) -> FoundDate | None:
    """A date given as a field (JSON, CSV, HTML metadata): a full date, a month, a year or a yearless day."""
    found = date_at_start(raw)
    if found is not None:
        return found
    stripped = raw.strip()
    year = _YEAR.fullmatch(stripped)
    if year:
        return _from_match("year", year)
    no_year = _NO_YEAR.match(stripped)
    return _from_match("no_year", no_year) if no_year else None


def yearless_date(text: str) -> FoundDate | None:
    """A day and month with no year at the start of `text` ("October 6", "6 October")."""
    m = _NO_YEAR.match(text.strip())
    return _from_match("no_year", m) if m else None


def year_fixed_by_text(found: FoundDate, text: str) -> FoundDate | None:
    """The yearless `found` completed by a full date with the same day and month elsewhere in `text`.

    The article fixes the year only when it prints that same day in full ("on October 6, 2020");
    a different full date in the text says nothing about the year of this one.
    """
    if found.month is None or found.day is None:
        return None
    years: set[int] = set()
    for kind, pattern in _SHAPES[1:3]:
        for m in pattern.finditer(text):
            full = _from_match(kind, m)
            if full is not None and full.value is not None and (full.month, full.day) == (found.month, found.day):
                years.add(full.value.year)
    if len(years) != 1:
        return None
    return FoundDate(found.raw, datetime(years.pop(), found.month, found.day, tzinfo=UTC), "day", found.month, found.day)
