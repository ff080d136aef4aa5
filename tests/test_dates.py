"""pipeline.dates: date shapes, precision, zones, and no guessed year."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.dates import FoundDate, date_at_start, parse_date_value, year_fixed_by_text, yearless_date


@pytest.mark.parametrize(
    ("line", "raw", "value", "precision"),
    [
        ("2020-11-03T16:17:40.182Z", "2020-11-03T16:17:40.182Z", datetime(2020, 11, 3, 16, 17, 40, tzinfo=UTC), "time"),
        ("2023-05-02T08:15:00+0200", "2023-05-02T08:15:00+0200", datetime(2023, 5, 2, 6, 15, tzinfo=UTC), "time"),
        ("2023-05-02", "2023-05-02", datetime(2023, 5, 2, tzinfo=UTC), "day"),
        ("16:26, 18 January 2021 22", "16:26, 18 January 2021", datetime(2021, 1, 18, 16, 26, tzinfo=UTC), "time"),
        ("Published: May 2, 2023 10:15 AM EST", "May 2, 2023 10:15 AM EST", datetime(2023, 5, 2, 15, 15, tzinfo=UTC), "time"),
        ("Updated on Tuesday, 2 May 2023, 9:05 pm GMT", "Tuesday, 2 May 2023, 9:05 pm GMT", datetime(2023, 5, 2, 21, 5, tzinfo=UTC), "time"),
        ("Mon 4 March 2024 14.05 GMT", "Mon 4 March 2024 14.05 GMT", datetime(2024, 3, 4, 14, 5, tzinfo=UTC), "time"),
        ("Sept. 4, 2024", "Sept. 4, 2024", datetime(2024, 9, 4, tzinfo=UTC), "day"),
        ("02.05.2023", "02.05.2023", datetime(2023, 5, 2, tzinfo=UTC), "day"),
        ("Published 14:52 10.01.2022", "14:52 10.01.2022", datetime(2022, 1, 10, 14, 52, tzinfo=UTC), "time"),
        ("14:52 GMT 02.05.2023", "14:52 GMT 02.05.2023", datetime(2023, 5, 2, 14, 52, tzinfo=UTC), "time"),
        ("March 2024 edition", "March 2024", datetime(2024, 3, 1, tzinfo=UTC), "month"),
        # Time first, then the date (CNN); "ET" is EST or EDT by the US summer-time rule.
        ("Updated 9:40 AM ET, Fri March 6, 2026", "9:40 AM ET, Fri March 6, 2026", datetime(2026, 3, 6, 14, 40, tzinfo=UTC), "time"),
        ("Updated 9:40 AM ET, Mon July 6, 2026", "9:40 AM ET, Mon July 6, 2026", datetime(2026, 7, 6, 13, 40, tzinfo=UTC), "time"),
        ("10:15 AM, May 2, 2023 EST", "10:15 AM, May 2, 2023 EST", datetime(2023, 5, 2, 15, 15, tzinfo=UTC), "time"),
        ("3:30 AM ET, March 8, 2026", "3:30 AM ET, March 8, 2026", datetime(2026, 3, 8, 7, 30, tzinfo=UTC), "time"),
        ("1:30 AM ET, March 8, 2026", "1:30 AM ET, March 8, 2026", datetime(2026, 3, 8, 6, 30, tzinfo=UTC), "time"),
        ("Nov 1, 2026 1:05 PM PT", "Nov 1, 2026 1:05 PM PT", datetime(2026, 11, 1, 21, 5, tzinfo=UTC), "time"),
        ("Published: 14:05 BST, 2 September 2026", "14:05 BST, 2 September 2026", datetime(2026, 9, 2, 13, 5, tzinfo=UTC), "time"),
        ("Oct 31, 2026 1:05 PM PT", "Oct 31, 2026 1:05 PM PT", datetime(2026, 10, 31, 20, 5, tzinfo=UTC), "time"),
        # A dash between the date and the time (The Irish Times, Australian papers).
        ("Tue Mar 10 2026 - 18:42", "Tue Mar 10 2026 - 18:42", datetime(2026, 3, 10, 18, 42, tzinfo=UTC), "time"),
        ("Updated January 22, 2026 — 4.35pm", "January 22, 2026 — 4.35pm", datetime(2026, 1, 22, 16, 35, tzinfo=UTC), "time"),
        ("11.03.2026 - 10:15", "11.03.2026 - 10:15", datetime(2026, 3, 11, 10, 15, tzinfo=UTC), "time"),
        # Asia and Oceania: The Hindu's "Updated - … IST - PLACE", ABC's AEDT, RNZ's time "on" the date.
        ("Updated - July 22, 2026 09:41 pm IST - NEW DELHI", "July 22, 2026 09:41 pm IST",
         datetime(2026, 7, 22, 16, 11, tzinfo=UTC), "time"),
        ("Posted Sat 14 Mar 2026 at 11:40pm AEDT", "Sat 14 Mar 2026 at 11:40pm AEDT", datetime(2026, 3, 14, 12, 40, tzinfo=UTC), "time"),
        ("7:14 pm on 14 March 2026", "7:14 pm on 14 March 2026", datetime(2026, 3, 14, 19, 14, tzinfo=UTC), "time"),
        ("10.15 pm NZDT, 3 March 2026", "10.15 pm NZDT, 3 March 2026", datetime(2026, 3, 3, 9, 15, tzinfo=UTC), "time"),
        ("Published March 14, 2026 10:02am PKT", "March 14, 2026 10:02am PKT", datetime(2026, 3, 14, 5, 2, tzinfo=UTC), "time"),
        ("Published: 8:30pm HKT, 18 Sep 2026", "8:30pm HKT, 18 Sep 2026", datetime(2026, 9, 18, 12, 30, tzinfo=UTC), "time"),
        ("March 14, 2026 09:00 EAT", "March 14, 2026 09:00 EAT", datetime(2026, 3, 14, 6, 0, tzinfo=UTC), "time"),
        # TASS's month in capitals, Kyodo's agency before a dash, TheWrap's "@", Anadolu's numeric date with its offset.
        ("17 NOV 2026, 19:48", "17 NOV 2026, 19:48", datetime(2026, 11, 17, 19, 48, tzinfo=UTC), "time"),
        ("KYODO NEWS - Nov 19, 2026 - 11:27", "Nov 19, 2026 - 11:27", datetime(2026, 11, 19, 11, 27, tzinfo=UTC), "time"),
        ("March 5, 2026 @ 4:12 PM ET", "March 5, 2026 @ 4:12 PM ET", datetime(2026, 3, 5, 21, 12, tzinfo=UTC), "time"),
        ("18.11.2026 - 14:32 GMT+03", "18.11.2026 - 14:32 GMT+03", datetime(2026, 11, 18, 11, 32, tzinfo=UTC), "time"),
        # Numeric dates with slashes: the day first when it is above 12, else as the clock after
        # it says (a 24-hour clock or a European zone: the day; "p.m." or a US zone: the month).
        ("17/03/2026 16:15", "17/03/2026 16:15", datetime(2026, 3, 17, 16, 15, tzinfo=UTC), "time"),
        ("03/17/2026 4:15 PM EST", "03/17/2026 4:15 PM EST", datetime(2026, 3, 17, 21, 15, tzinfo=UTC), "time"),
        ("Published on 03/12/2026 - 16:20Modified: 03/12/2026 - 18:45", "03/12/2026 - 16:20", datetime(2026, 12, 3, 16, 20, tzinfo=UTC),
         "time"),
        ("Published on 11/12/2026 - 19:42 GMT+1", "11/12/2026 - 19:42 GMT+1", datetime(2026, 12, 11, 18, 42, tzinfo=UTC), "time"),
        ("Posted 3/11/2026 at 9:47 p.m.", "3/11/2026 at 9:47 p.m.", datetime(2026, 3, 11, 21, 47, tzinfo=UTC), "time"),
        ("This content was published on November 29, 2026 - 17:35", "November 29, 2026 - 17:35",
         datetime(2026, 11, 29, 17, 35, tzinfo=UTC), "time"),
        # (a year of two digits only with a time after it, as The Hill prints it)
        ("12/02/26 6:14 PM ET", "12/02/26 6:14 PM ET", datetime(2026, 12, 2, 23, 14, tzinfo=UTC), "time"),
    ],
)
def test_date_at_start(line: str, raw: str, value: datetime, precision: str) -> None:
    assert date_at_start(line) == FoundDate(raw, value, precision, value.month, value.day if precision != "month" else None)  # type: ignore[arg-type]


@pytest.mark.parametrize("line", ["October 6", "The council met on May 2, 2023.", "2024-02-30", "February 30, 2024", "", "22",
                                  "14:52 10.13.2022", "03/04/2026", "13/14/2026 10:00", "12/02/26", "1/2/26 of the vote"])
def test_no_full_date_at_start(line: str) -> None:
    assert date_at_start(line) is None


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2023", datetime(2023, 1, 1, tzinfo=UTC), "year"),
        ("October 6", None, None),
        ("6 October", None, None),
        ("2023-05-02 08:15:00", datetime(2023, 5, 2, 8, 15, tzinfo=UTC), "time"),
    ],
)
def test_parse_date_value(raw: str, value: datetime | None, precision: str | None) -> None:
    found = parse_date_value(raw)
    assert found is not None
    assert (found.raw, found.value, found.precision) == (raw, value, precision)


def test_yearless_date_keeps_day_and_month_without_a_year() -> None:
    assert yearless_date("October 6. /TASS/.") == FoundDate("October 6", None, None, 10, 6)
    assert yearless_date("February 30") is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The talks on October 6, 2020 ended without a deal.", 2020),
        ("Talks began on 6 October 2020 in Geneva.", 2020),
        ("Talks began on October 7, 2020 in Geneva.", None),  # another day says nothing about this one
        ("Talks on October 6, 2019 and October 6, 2020.", None),  # two candidate years: no choice made
        ("No dates here at all.", None),
    ],
)
def test_year_fixed_by_text(text: str, year: int | None) -> None:
    fixed = year_fixed_by_text(FoundDate("October 6", None, None, 10, 6), text)
    if year is None:
        assert fixed is None
    else:
        assert fixed == FoundDate("October 6", datetime(year, 10, 6, tzinfo=UTC), "day", 10, 6)
