"""pipeline.scraped: headline, site name, date line, dateline, agency and byline of scraped text files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gazetteer import is_known_place
from pipeline.scraped import dateline_end, looks_like_title, scraped_metadata

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"


def lines_of(name: str) -> list[str]:
    return (INPUTS / name).read_bytes().decode("utf-8").split("\n")


@pytest.mark.parametrize(
    ("name", "title", "site", "date_raw", "dateline", "agency", "reported_by", "source_line", "byline"),
    [
        ("tass_dateline_no_year.txt", "Lake ferry service to resume after winter break, operator says", None, "April 14",
         "VOLOGDA", "TASS", None, None, None),
        ("agency_hyphen_dateline.txt", "Council approves harbour budget after six-hour debate", "The Daily Lantern",
         "2023-05-02T08:15:00Z", "TRIPOLI", "LNA", None, "lna", None),
        ("reuters_dateline.txt", "Harbour budget passes in late vote", None, None, "GDANSK", "Reuters", None, None, None),
        ("dateline_date_fixed_by_text.txt", "Harbour budget passes in late vote", None, "March 3", "GDANSK", "Reuters",
         None, None, None),
        ("caption_twice_and_size_menu.txt", "Harbour Budget Wins Approval", None, None, None, None, None, None, None),
        ("menus_footer_and_subhead.txt", "Council approves harbour budget after six-hour debate", None,
         "16:05, 2 May 2023", None, None, None, None, None),
        ("byline_and_date_line.txt", "Council approves harbour budget after six-hour debate", None,
         "May 2, 2023 10:15 AM EST", None, None, None, None, "Maria Lopez and Tom Brown"),
        ("reported_by_agency.txt", "Harbour budget passes in late vote", None, None, None, None, "Interfax", None, None),
    ],
)
def test_metadata_of_scraped_files(name: str, title: str, site: str | None, date_raw: str | None, dateline: str | None,
                                   agency: str | None, reported_by: str | None, source_line: str | None,
                                   byline: str | None) -> None:
    meta = scraped_metadata(lines_of(name))
    found_date = meta.date or meta.dateline_date
    assert meta.title == title
    assert meta.site_name == site
    assert (found_date.raw if found_date else None) == date_raw
    assert (meta.dateline, meta.dateline_agency, meta.reported_by, meta.source_line, meta.byline) == (
        dateline, agency, reported_by, source_line, byline)


def test_a_bylines_outlet_line_is_kept_with_it() -> None:
    # (the sixty-second session's review) "Naomi Ashcroft" / "BBC News, West Midlands": both lines
    # stay, so that the text still shows a byline (whose name is no mention).
    lines = ["Man jailed for life for murdering takeaway worker", "", "5 hours ago", "", "Naomi Ashcroft", "BBC News, West Midlands", "",
             _LEAD]
    meta = scraped_metadata(lines)
    assert (meta.byline, meta.byline_line, meta.byline_role_line) == ("Naomi Ashcroft", 4, 5)
    assert {4, 5} <= meta.protected_lines()


def test_protected_lines_are_the_metadata_lines() -> None:
    lines = lines_of("byline_and_date_line.txt")
    protected = scraped_metadata(lines).protected_lines()
    assert sorted(lines[i] for i in protected) == sorted([
        "Council approves harbour budget after six-hour debate", "By Maria Lopez and Tom Brown",
        "Published: May 2, 2023 10:15 AM EST"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Council approves harbour budget after six-hour debate", True),
        ("All news", False),
        ("The council approved the budget on Tuesday.", False),
        # A corpus that ends every paragraph with a full stop: Title Case still makes a headline.
        ("Harbour Council Approves Budget After Long Debate.", True),
        ("The harbour council approved its budget after a long debate.", False),
        # A paragraph of quotation ends like a sentence inside its closing mark.
        ('"We are ready to reopen the harbour, but only when the divers say it is safe."', False),
        ("“We are ready to reopen the harbour, but only when the divers say it is safe.”", False),
        ('"We will not close the harbour": mayor defies council', True),
        ("16:05, 2 May 2023 48", False),
        ("Photo: Jan Nowak, Lantern Media Agency staff", False),
        ("By Maria Lopez and Tom Brown", False),
    ],
)
def test_looks_like_title(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


def test_empty_text_has_no_metadata() -> None:
    assert scraped_metadata(["", "  "]).title is None


@pytest.mark.parametrize(("line", "expected"), [
    ("ANKARA - Turkish President Ali Demir warned …", "Turkish President Ali Demir warned …"),
    ("DUBAI, Jan 5 - The cartel agreed …", "The cartel agreed …"),
    ("GDANSK, March 3 (Reuters) - The council approved …", "The council approved …"),
    ("MOSCOW, October 6. /TASS/. The ministry said …", "The ministry said …"),
    ("PORTMERE-PNA, The harbour board said …", "The harbour board said …"),
    ("YEREVAN/BAKU, Oct 19 - Both sides said …", "Both sides said …"),
    ("WASHINGTON -- Senator Ann Cole said …", "Senator Ann Cole said …"),
    ("NATO - the alliance said …", "NATO - the alliance said …"),
    ("ISLAMABAD: The prime minister said …", "The prime minister said …"),
    ("UPDATE: The prime minister said …", "UPDATE: The prime minister said …"),
    ("PUBLISHED: December 2, 2026 at 9:14 p.m. | UPDATED: December 3", "PUBLISHED: December 2, 2026 at 9:14 p.m. | UPDATED: December 3"),
    ("(CNN) A federal court ruled …", "A federal court ruled …"),
    ("(Reuters) - The bank said …", "The bank said …"),
    ("DES MOINES, Iowa (AP) — President Ann Cole said …", "President Ann Cole said …"),
    ("HEMPSTEAD, N.Y. (UPI) -- The two candidates …", "The two candidates …"),
    ("KYIV, Ukraine — The ministry said …", "The ministry said …"),
    ("New Delhi, Dec 4 (PTI) Union minister Ravi Nair said …", "Union minister Ravi Nair said …"),
    ("Kyiv (AFP) – The ministry said …", "The ministry said …"),
    ("Moscow, December 4 (Interfax) - The Kremlin said …", "The Kremlin said …"),
    ("WASHINGTON—President-elect Ann Cole said …", "President-elect Ann Cole said …"),
    ("US—China trade talks resumed …", "US—China trade talks resumed …"),
    ("Amnesty International (AI) Said …", "Amnesty International (AI) Said …"),
    ("Portmere, Dec 4 (Harbour Times) The board said …", "Portmere, Dec 4 (Harbour Times) The board said …"),
    ("(Adds details) The ministry said …", "(Adds details) The ministry said …"),
    # Day first (British and wire copy), and an agency in capitals without a dash after a date.
    ("BRUSSELS, 9 Nov — EU foreign policy chief Ana Ruiz said …", "EU foreign policy chief Ana Ruiz said …"),
    ("Moscow, 17 July (Interfax) The Kremlin said …", "The Kremlin said …"),
    ("LONDON, 3 March 2025 (Reuters) - The bank said …", "The bank said …"),
    ("NEW DELHI, Aug 20 (IANS) External Affairs Minister Ravi Nair said …", "External Affairs Minister Ravi Nair said …"),
    ("(Updated) The ministry said …", "(Updated) The ministry said …"),
    ("The council approved the budget.", "The council approved the budget."),
])
def test_text_after_a_dateline(line: str, expected: str) -> None:
    assert line[dateline_end(line):] == expected


# A first paragraph for the heads below.
_LEAD = "The council approved the plan on Tuesday night despite strong objections from residents, officials said."
_WIRE_LEAD = "A federal judge on Wednesday blocked the administration from withholding police grants from fourteen cities and counties."


@pytest.mark.parametrize(("lines", "date_raw", "dateline", "agency", "byline"), [
    # RIA Novosti's dateline: the agency after a dash.
    pytest.param(["Ryabinin: agreements leave door open", "",
                  "MOSCOW, November 18 – RIA Novosti. The agreements reached in Sochi leave the door open for Kiev, the minister said."],
                 None, "MOSCOW", "RIA Novosti", None, id="agency-after-a-dash"),
    # A wire byline naming the site it wrote for, and a byline and date joined by an unspaced bar.
    pytest.param(["Star splits from footballer after two years", "By HOLLY BRENNAN FOR MAILONLINE",
                  "Published: 14:32 GMT, 3 March 2026 | Updated: 16:05 GMT, 3 March 2026", "",
                  "The reality star and the footballer have split after two years together, a source said on Monday."],
                 "14:32 GMT, 3 March 2026", None, None, "Holly Brennan", id="byline-for-mailonline"),
    pytest.param(["Türkiye ready to host talks in Istanbul, says foreign minister", "Merve Yılmaz Ercan   |18.11.2026 - 14:32 GMT+03",
                  "", "Türkiye is ready to host talks between Russia and Ukraine on the safety of energy facilities, the minister said."],
                 "18.11.2026 - 14:32 GMT+03", None, None, "Merve Yılmaz Ercan", id="byline-bar-numeric-date"),
    pytest.param(["Court blocks harbour fee", "By Ann Lee | Sept. 14, 2026 at 6:12 p.m. EDT", "",
                  "HARBOURTON — The court on Monday blocked the new harbour fee, ruling that it was unlawful."],
                 "Sept. 14, 2026 at 6:12 p.m. EDT", "HARBOURTON", None, "Ann Lee", id="byline-and-date-on-one-line"),
    pytest.param(["Court blocks harbour fee", "By Kevin Marsh, Staff Writer", "Updated 9:40 AM ET, Fri March 6, 2026", "",
                  "(CNN) A federal appeals court on Thursday struck down the harbour fee, ruling that it was unlawful."],
                 "9:40 AM ET, Fri March 6, 2026", None, "CNN", "Kevin Marsh", id="agency-without-a-place"),
    pytest.param(["Regulator fines harbour board", "Published: 14:05 BST, 2 September 2026 | Updated: 16:40 BST, 2 September 2026",
                  "", "The regulator on Friday fined the harbour board for mishandling passengers' data."],
                 "14:05 BST, 2 September 2026", None, None, None, id="published-and-updated-on-one-line"),
    pytest.param(["Governor defends harbour fee", "",
                  "DES MOINES, Iowa (AP) — The governor on Thursday defended the harbour fee, telling a crowd it was fair."],
                 None, "DES MOINES, Iowa", "AP", None, id="city-and-state"),
    pytest.param(["Govt to bring bill on harbour fees", "",
                  "New Delhi, Dec 4 (PTI) Union minister Ravi Nair on Friday said the government would bring a bill on harbour fees."],
                 None, "New Delhi", "PTI", None, id="indian-wire-copy"),
    pytest.param(["Opposition walks out over harbour fees", "Bengaluru, March 4 (PTI)", "",
                  "Opposition members staged a walkout in the Assembly on Tuesday over the harbour fees."],
                 None, "Bengaluru", "PTI", None, id="indian-wire-dateline-on-its-own-line"),
    pytest.param(["Harbour talks to resume", "",
                  "Kyiv (AFP) – Talks on reopening the harbour will resume next week, the ministry said on Thursday."],
                 None, "Kyiv", "AFP", None, id="afp-place-in-title-case"),
    pytest.param(["Harbour deal not on the agenda", "",
                  "Moscow, 17 July (Interfax) The Kremlin on Monday said the harbour deal was not on the agenda."],
                 None, "Moscow", "Interfax", None, id="day-first-wire-dateline"),
    pytest.param(["EPA rolls back harbour rule", "By MARCUS BELL Associated Press", "",
                  "WASHINGTON (AP) — The agency on Tuesday rolled back the harbour rule, officials said."],
                 None, "WASHINGTON", "AP", "Marcus Bell", id="wire-byline-in-capitals-with-its-agency"),
    # A byline without "By": the name with the reporter's role, on one line or two.
    pytest.param(["Harbour minister faces revolt", "Rachel Okonjo, political correspondent", "Tue 14 Oct 2025 18.42 BST", "",
                  "The harbour minister was fighting to save his job on Tuesday night after a revolt by MPs."],
                 "Tue 14 Oct 2025 18.42 BST", None, None, "Rachel Okonjo", id="name-comma-role"),
    pytest.param(["Daily walk linked to lower dementia risk", "Hannah Brook", "Health editor", "",
                  "Walking for as little as 20 minutes a day could cut the risk of dementia, a study has found."],
                 None, None, None, "Hannah Brook", id="name-then-role-on-the-next-line"),
    pytest.param(["Harbour fees rise", "Harbour Board Meeting", "", "The board on Monday raised harbour fees by a fifth, its chair said."],
                 None, None, None, None, id="a-subhead-is-no-byline"),
    # A station's call letters after the reporter's name are no reporter.
    pytest.param(["Fire guts apartment block", "By Kendra Ilse, KXTV 9 News", "",
                  "A fire tore through an apartment block on Tuesday night, displacing 40 residents, firefighters said."],
                 None, None, None, "Kendra Ilse", id="call-letters-after-the-name"),
    pytest.param(["Fire guts apartment block", "By Kendra Ilse, Tom Ward and Sam Hill", "",
                  "A fire tore through an apartment block on Tuesday night, displacing 40 residents, firefighters said."],
                 None, None, None, "Kendra Ilse, Tom Ward and Sam Hill", id="three-reporters"),
    # "Author Name" alone on its line (DW), and the name first among a page head's fields.
    pytest.param(["Germany: harbour budget row deepens", "", "Date 11.03.2026", "", "Author Katrin Vogel", "",
                  "The chancellor on Wednesday ruled out tax rises to close the harbour budget gap, officials said."],
                 "11.03.2026", None, None, "Katrin Vogel", id="author-line"),
    pytest.param(["Premier and chief clash over harbour blockade", "",
                  "Jason Whitlock · Harbour News · Posted: Mar 10, 2026 4:00 AM MDT | Last Updated: March 10, 2026", "",
                  "Police arrested 11 people on Monday at a blockade on the harbour road, officers said."],
                 "Mar 10, 2026 4:00 AM MDT", None, None, "Jason Whitlock", id="name-first-among-fields"),
    pytest.param(["Harbour row deepens", "", "Harbour News Daily · Politics · March 11, 2026", "",
                  "The harbour board on Monday raised fees by a fifth, its chair said."],
                 "March 11, 2026", None, None, None, id="a-site-first-among-fields-is-no-byline"),
    pytest.param(["Author Salman Rushdie attacked on stage in New York", "",
                  "The author was attacked on stage on Friday, police said."],
                 None, None, None, None, id="a-headline-about-an-author"),
    # Names alone beside the date line (The Hindu, Dawn, the SCMP), not a place nor a site.
    pytest.param(["Opposition walks out over harbour bill", "Updated - July 22, 2026 09:41 pm IST - NEW DELHI", "Revathi S. Iyer", "",
                  "The Lok Sabha on Wednesday passed the harbour bill by a voice vote after a stormy debate."],
                 "July 22, 2026 09:41 pm IST", None, None, "Revathi S. Iyer", id="name-after-the-date-line"),
    pytest.param(["Typhoon lashes harbour town", "Kwok Yan-ting and Oliver Leung", "Published: 8:30pm, 18 Sep 2026", "",
                  "A typhoon battered the harbour town on Friday with winds of up to 175km/h, forecasters said."],
                 "8:30pm, 18 Sep 2026", None, None, "Kwok Yan-ting and Oliver Leung", id="two-names-before-the-date-line"),
    pytest.param(["Harbour fee rise approved", "Harbour Times Online", "March 14, 2026", "",
                  "The council on Friday approved a rise in harbour fees, its chair said."],
                 "March 14, 2026", None, None, None, id="a-site-beside-the-date-is-no-byline"),
    pytest.param(["Measles cases rise in the harbour district", "7:14 pm on 14 March 2026", "Aroha Te Whata, Te Ao Māori Reporter", "",
                  "Nineteen people in the harbour district have now been confirmed with measles, officials said."],
                 "7:14 pm on 14 March 2026", None, None, "Aroha Te Whata", id="a-role-with-a-macron"),
    pytest.param(["The harbour master: 'I wanted to make a film about the sea'", "Sat 14 Mar 2026 09.00 GMT", "Interview by Clara Beaumont", "",
                  "The harbour master is sitting in a café, stirring a coffee she has not touched."],
                 "Sat 14 Mar 2026 09.00 GMT", None, None, "Clara Beaumont", id="interview-by"),
    # A menu or a byline of eight words is no lead paragraph: the dateline after them is read.
    pytest.param(["AP News", "Menu  World  U.S.  Politics  Sports  Entertainment  Business",
                  "World news in brief: harbour talks stall, floods kill 38",
                  "By LAURA KINSELLA, AMINA WARSAME and DIEGO FUENTES Associated Press", "Updated 9:40 PM EST, Wed March 11, 2026", "",
                  "BRUSSELS (AP) — European Union ambassadors failed on Wednesday to agree on new harbour rules, diplomats said."],
                 "9:40 PM EST, Wed March 11, 2026", "BRUSSELS", "AP", "Laura Kinsella, Amina Warsame and Diego Fuentes",
                 id="dateline-after-a-menu-and-a-long-byline"),
    # (the sixtieth session's review: local and European sites) A reporter first among short fields
    # above the date line; a byline joined to the date by a bar; a second date after a comma.
    pytest.param(["Cyclist killed by lorry, inquest hears", "Megan Ashcroft · Reporter", "17/03/2026 16:15", "", _LEAD],
                 "17/03/2026 16:15", None, None, "Megan Ashcroft", id="name-and-role-above-the-date"),
    pytest.param(["Board votes to close school", "Olivia Desrochers · CBC News ·",
                  "Posted: Feb 04, 2026 5:00 AM EST | Last Updated: February 4", "Social Sharing", "", _LEAD],
                 "Feb 04, 2026 5:00 AM EST", None, None, "Olivia Desrochers", id="cbc-fields-above-the-date"),
    pytest.param(["Board votes to close school", "By Hallie Bowcutt, KSL.com | Posted - March 11, 2026 at 9:47 p.m.", "", _LEAD],
                 "March 11, 2026 at 9:47 p.m.", None, None, "Hallie Bowcutt", id="byline-site-and-date"),
    pytest.param(["Residents told to evacuate", "By Hamish Collard and Jess Tuohy",
                  "Posted Thu 5 Mar 2026 at 6:12am, updated Thu 5 Mar 2026 at 9:40am", "", _LEAD],
                 "Thu 5 Mar 2026 at 6:12am", None, None, "Hamish Collard and Jess Tuohy", id="posted-then-updated"),
    pytest.param(["Residents vow to fight plan", "By Tom Whitcombe Local Democracy Reporter", "Sunday 22 February 2026 at 7:00 am", "",
                  _LEAD], "Sunday 22 February 2026 at 7:00 am", None, None, "Tom Whitcombe", id="local-democracy-reporter"),
    # Agencies after the names, "&" between them, "Text by:", names a few short lines above the date and the time below it.
    pytest.param(["German coalition row erupts over plan", "Lena Hartwig with AFP, Reuters, dpa", "07.12.2026", "", _LEAD],
                 "07.12.2026", None, None, "Lena Hartwig", id="names-with-agencies"),
    pytest.param(["EU leaders clash over return hubs", "By Maria Vlachou & Tomás Ordóñez with AP, AFP",
                  "Published on 11/12/2026 - 19:42 GMT+1•Updated 11/12/2026 - 21:05 GMT+1", "", _LEAD],
                 "11/12/2026 - 19:42 GMT+1", None, None, "Maria Vlachou and Tomás Ordóñez", id="ampersand-with-agencies"),
    pytest.param(["Hundreds of thousands march as strike paralyses transport", "Published on 03/12/2026 - 16:20", "Text by: Claire Dumontet",
                  "", _LEAD], "03/12/2026 - 16:20", None, None, "Claire Dumontet", id="text-by"),
    pytest.param(["Police officer wounded near border", "Arben Krasniqi, Milica Stojanović", "BIRN", "Pristina, Belgrade",
                  "December 4, 2026", "13:08", "", _LEAD], "December 4, 2026 13:08", None, None, "Arben Krasniqi, Milica Stojanović",
                 id="names-above-places-and-a-time-below"),
    # (the sixty-first session's review) The update glued to the zone; a two-digit year after a byline;
    # the time before the date; the year glued to the time.
    pytest.param(["US judge blocks cuts to city police grants", "By Jonathan Pierce and Andrea Voss",
                  "December 2, 2026 4:18 PM ESTUpdated 2 hours ago", "", _WIRE_LEAD],
                 "December 2, 2026 4:18 PM EST", None, None, "Jonathan Pierce and Andrea Voss", id="glued-update"),
    pytest.param(["Discharge petition nears 218 as speaker digs in", "by Emily Sandoval - 12/02/26 6:14 PM ET", "", _WIRE_LEAD],
                 "12/02/26 6:14 PM ET", None, None, "Emily Sandoval", id="two-digit-year"),
    pytest.param(["Lumeo raises $140M to put AI agents to work on hospital billing", "Priyanka Dasari",
                  "10:15 AM PST · November 30, 2026", "", _WIRE_LEAD],
                 "10:15 AM PST November 30, 2026", None, None, "Priyanka Dasari", id="time-first"),
    # One name a line above the date, glued to its time.
    pytest.param(["Farm bill deal would expand SNAP work rules", "Hannah Wexler", "Cole Brennan", "December 2, 20266:00 AM ET", "",
                  _WIRE_LEAD], "December 2, 2026 6:00 AM ET", None, None, "Hannah Wexler, Cole Brennan", id="one-name-a-line"),
    # A city after each name; a handle after the name, below the dates; a place's name as a first
    # name; the outlet run on after the name.
    pytest.param(["Watchdog opens probe into Paynimbus over treatment of borrowers",
                  "Rhiannon Pryce in London and Tobias Lindgren in Stockholm", "Published December 3 2026", "", _WIRE_LEAD],
                 "December 3 2026", None, None, "Rhiannon Pryce and Tobias Lindgren", id="names-with-cities"),
    pytest.param(["Brindlewood shares plunge 18% after retailer slashes forecast", "", "Published Tue, Dec 1 2026 9:32 AM EST",
                  "Updated Tue, Dec 1 2026 11:05 AM EST", "", "thumbnail", "Gabrielle Fonseca-Reid @GFonsecaReid", "", _WIRE_LEAD],
                 "Tue, Dec 1 2026 9:32 AM EST", None, None, "Gabrielle Fonseca-Reid", id="name-and-handle-below"),
    pytest.param(["Tallis Consulting is ordering staff back to the office five days a week", "Jordan Pell", "Dec 1, 2026, 7:02 AM ET",
                  "", _WIRE_LEAD], "Dec 1, 2026, 7:02 AM ET", None, None, "Jordan Pell", id="place-as-first-name"),
    pytest.param(["Republican wins Louisiana House runoff", "Published December 6, 2026 7:15pm EST", "", "By Carter Lyle Fox News", "",
                  _WIRE_LEAD], "December 6, 2026 7:15pm EST", None, None, "Carter Lyle", id="outlet-run-on"),
    # The dateline after a gallery caption, a summary's points and a quote widget.
    pytest.param(["US judge blocks cuts to city police grants", "December 2, 2026 4:18 PM EST", "",
                  "Item 1 of 2 The courthouse in Boston, Massachusetts, is seen in a file photo. REUTERS/Nora Lindqvist/File Photo "
                  "Purchase Licensing Rights, opens new tab", "", "Summary", "Judge says administration ignored limits set by Congress",
                  "Ruling covers 14 cities", "", "HLVS.O +14.2% | CRVN.O -2.1%", "", f"BOSTON, Dec 2 (Reuters) - {_WIRE_LEAD}"],
                 "December 2, 2026 4:18 PM EST", "BOSTON", "Reuters", None, id="dateline-past-summary"),
    # (the sixty-second session's review) The role after the name with no separator, its noun in
    # lower case; the role before the names; the name over its outlet's line; "By:"; "Posted at".
    pytest.param(["Flying insects on UK farmland down by a third in a decade, survey finds", "",
                  "Fiona Lockhart-Bayne Environment correspondent", "Wed 9 Dec 2026 17.30 GMT", "", _LEAD],
                 "Wed 9 Dec 2026 17.30 GMT", None, None, "Fiona Lockhart-Bayne", id="name-then-role-unseparated"),
    pytest.param(["Inquest jury finds police restraint contributed to Sheffield man's death", "",
                  "Helen Pridmore North of England correspondent", "Wed 2 Dec 2026 17.41 GMT", "", _LEAD],
                 "Wed 2 Dec 2026 17.41 GMT", None, None, "Helen Pridmore", id="role-of-several-words"),
    pytest.param(["Scientists warn of repeat fish kill as heatwave builds", "",
                  "By science reporter Jessamy Pryor-Naidu and Kieran Dollimore", "ABC Western Plains", "",
                  "Posted Thu 10 Dec 2026 at 6:05am AEDT", "", _LEAD],
                 "Thu 10 Dec 2026 at 6:05am AEDT", None, None, "Jessamy Pryor-Naidu and Kieran Dollimore", id="role-before-names"),
    pytest.param(["Man jailed for life for murdering takeaway worker over chips", "", "5 hours ago", "Share", "", "Naomi Ashcroft",
                  "BBC News, West Midlands", "", _LEAD], None, None, None, "Naomi Ashcroft", id="name-over-outlet"),
    pytest.param(["One arrested after 19-year-old killed in Westport shooting", "", "Posted at 10:48 PM, Dec 02, 2026",
                  "and last updated 2 hours ago", "", "By: Darnell Okoye", "", _LEAD],
                 "10:48 PM, Dec 02, 2026", None, None, "Darnell Okoye", id="posted-at-and-by-colon"),
    # A site's name or a menu's label over its section's is no one ("Cedar Valley Courier" / "Local News").
    pytest.param(["Cedar Valley Courier", "", "Local News", "", "Man charged after teenager stabbed outside store", "",
                  "By Marcus Dillard | Sept. 6, 2025 at 7:15 p.m. CDT", "", _LEAD],
                 "Sept. 6, 2025 at 7:15 p.m. CDT", None, None, "Marcus Dillard", id="site-over-section"),
    # A headline in title case is no byline for ending in a role's noun.
    pytest.param(["Trump Names New Defense Editor", "December 2, 2026", "", _LEAD], "December 2, 2026", None, None, None,
                 id="headline-ending-in-a-role"),
])
def test_metadata_of_heads_in_more_shapes(lines: list[str], date_raw: str | None, dateline: str | None, agency: str | None,
                                          byline: str | None) -> None:
    meta = scraped_metadata(lines)
    assert (meta.date.raw if meta.date else None, meta.dateline, meta.dateline_agency, meta.byline) == (date_raw, dateline, agency, byline)


def test_a_print_editions_footer_gives_date_and_paper() -> None:
    lines = ["PM orders smooth supply of flour", "", "ISLAMABAD: The prime minister on Monday directed the authorities to ensure supply.",
             "", "Also Read: Flour prices surge in Punjab", "", "Published in The Harbour Gazette, January 10th, 2026"]
    meta = scraped_metadata(lines)
    assert (meta.date.raw if meta.date else None, meta.site_name, meta.date_line) == ("January 10th, 2026", "The Harbour Gazette", None)


@pytest.mark.parametrize(("lines", "title", "site"), [
    # The site's name after a menu, and a long headline before the date line.
    pytest.param(["Menu  Home  Football  Cricket  Rugby union  Tennis  Golf", "Northgate Sport",
                  "Carver's late header settles bad-tempered derby", "10 March 2026 · 4 min read", "",
                  "Kieran Carver headed an 89th-minute winner as Rovers beat City 2-1 in a bad-tempered derby."],
                 "Carver's late header settles bad-tempered derby", "Northgate Sport", id="site-after-a-menu"),
    pytest.param(["South China Morning Post", "Hong Kong / Health & Environment",
                  "‘Like a freight train’: Typhoon Lingfei lashes Hong Kong as Observatory hoists No 10 signal",
                  "Published: 8:30pm, 18 Sep 2026", "",
                  "Typhoon Lingfei battered Hong Kong on Friday with winds of up to 175km/h, forecasters said."],
                 "‘Like a freight train’: Typhoon Lingfei lashes Hong Kong as Observatory hoists No 10 signal",
                 "South China Morning Post", id="long-headline-before-the-date"),
    pytest.param(["ABC News", "Skip to main content", "Just In  Watch Live  Sport  Cricket",
                  "Tipene's maiden ton powers Australia to win in Perth", "By Sarah Whitlock", "Posted Sat 14 Mar 2026 at 11:40pm AEDT", "",
                  "Callum Tipene scored an unbeaten 118 in only his fifth one-day international on Saturday."],
                 "Tipene's maiden ton powers Australia to win in Perth", "ABC News", id="gapped-menu-with-two-word-items"),
    # A section's breadcrumb of short items, and the site's tagline above its menu, are no headlines.
    pytest.param(["Mirror", "News | Politics | Sport | Football | Celebs | TV | Money", "3am | Celebs News", "",
                  "TV presenter Gavin Threlfall banned from driving after being caught on phone", "",
                  "By Chris Wetherby, Court Reporter", "14:05, 5 Mar 2026",
                  "Gavin Threlfall was spotted by police scrolling through his phone while stuck in traffic in north London."],
                 "TV presenter Gavin Threlfall banned from driving after being caught on phone", "Mirror", id="breadcrumb"),
    pytest.param(["Ukrinform", "Multimedia Platform of Foreign Broadcasting of Ukraine", "War | Politics | Economy | Society | World",
                  'Kovalchuk: No talks on energy "truce" while Russia holds the plant', "18.11.2026 16:05", "",
                  "President of Ukraine Yuriy Kovalchuk has stated that Ukraine will not discuss any energy truce with Russia."],
                 'Kovalchuk: No talks on energy "truce" while Russia holds the plant', "Ukrinform", id="tagline-above-the-menu"),
])
def test_title_and_site_past_menus(lines: list[str], title: str, site: str) -> None:
    meta = scraped_metadata(lines)
    assert (meta.title, meta.site_name) == (title, site)


def test_navigation_labels_are_no_site_name() -> None:
    lines = ["Menu", "Search", "Sign in", "Harbourmart to close 20 stores with 1,200 jobs at risk", "By Priya Shah, Business Reporter",
             "", "Harbourmart is to close 20 of its smaller stores, putting 1,200 jobs at risk, the supermarket said on Thursday."]
    meta = scraped_metadata(lines)
    assert (meta.title, meta.site_name, meta.byline) == ("Harbourmart to close 20 stores with 1,200 jobs at risk", None, "Priya Shah")


def test_a_dateline_in_title_case_is_a_known_place() -> None:
    # Indian and Gulf papers write "Mumbai: …"; a transcript's "Clinton: …" is a turn (Clinton,
    # Iowa is a town too), and without a place list no such dateline is read.
    def is_place(name: str) -> bool:
        return name in {"Mumbai", "New Delhi", "Clinton"}

    lead = "Mumbai: Harbourmart will open its third store in the city next year, the company said on Monday."
    lines = ["Harbourmart to open store in Mumbai", "", lead]
    transcript = ["Debate transcript", "", "Clinton: We will build an economy that works for everyone, not just the top.", "",
                  "Dole: Our jobs are leaving the country, and they are going to many other countries."]
    assert (scraped_metadata(lines, is_place).dateline, scraped_metadata(lines).dateline) == ("Mumbai", None)
    assert scraped_metadata(transcript, is_place).dateline is None
    assert lead[dateline_end(lead, is_place):].startswith("Harbourmart will open")
    assert dateline_end("Note: The harbour will close.", is_place) == 0
    # A headline may repeat the dateline: no transcript for that.
    repeated = ["Mumbai: Harbourmart to open store", "", lead]
    assert scraped_metadata(repeated, is_place).dateline == "Mumbai"


def test_a_place_in_capitals_alone_under_the_headline_is_the_dateline() -> None:
    # Anadolu prints "ANKARA" on a line of its own right above the first paragraph; above the
    # headline such a line is a section's label, and an unknown word is no place.
    def is_place(name: str) -> bool:
        return name.lower() in {"ankara", "france"}

    lead = "Türkiye is ready to host technical talks between Russia and Ukraine in Istanbul, the foreign minister said on Wednesday."
    head = ["Türkiye ready to host energy talks in Istanbul, says foreign minister", "Merve Yılmaz Ercan   |18.11.2026 - 14:32 GMT+03"]
    assert scraped_metadata([*head, "ANKARA", "", lead], is_place).dateline == "ANKARA"
    assert scraped_metadata([*head, "ANKARA", "", lead]).dateline is None
    assert scraped_metadata(["FRANCE", "", "Macron says the pension reform will go ahead as agreed by all", "", lead], is_place).dateline is None
    assert scraped_metadata([*head, "UPDATED", "", lead], is_place).dateline is None


@pytest.mark.parametrize(("lines", "title", "site"), [
    # A section's name under a menu that lists it is no site's: the menu's first item is.
    pytest.param(["Skip to main content", "Manchester Evening News | News | Greater Manchester News | Crime | Sport | Sign in",
                  "Greater Manchester News", "", "Police appeal after man, 34, stabbed outside takeaway", "", "By Aisha Rahman, Crime Reporter"],
                 "Police appeal after man, 34, stabbed outside takeaway", "Manchester Evening News", id="section-under-the-menu"),
    # Small words and an address in a site's name.
    pytest.param(["Skip to content", "Notes from Poland", "News | Politics | Society | Business | Culture | Podcast | Support us", "",
                  "Polish Constitutional Tribunal strikes down law", "", "Stanisław Ząbek", "3 December 2026"],
                 "Polish Constitutional Tribunal strikes down law", "Notes from Poland", id="notes-from-poland"),
    pytest.param(["Skip to content", "SWI swissinfo.ch", "Swiss news | Politics | Democracy | Business | Culture | Science", "",
                  "Swiss voters reject curbs on holiday rentals"], "Swiss voters reject curbs on holiday rentals", "SWI swissinfo.ch",
                 id="site-address"),
    # The headline past the tagline, the menu, a consent box and a section's label; no cookie banner as the title.
    pytest.param(["Skip to content", "The Local Sweden", "Sweden's news in English", "News | Politics | Society | Crime | Money | Work",
                  "Log in | Become a Member", "Cookie consent: The Local uses cookies to improve your experience. Accept all | Reject all",
                  "", "CRIME", "'We will not let gangs recruit children': Sweden to create zones around schools", "",
                  "Sweden's justice minister has announced that police will be able to set up zones around schools."],
                 "'We will not let gangs recruit children': Sweden to create zones around schools", "The Local Sweden",
                 id="title-past-furniture"),
    # (the sixty-first session's review) A tagline above the site's name, or under it past links to sign in.
    pytest.param(["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Reuters",
                  "World | Business | Markets | Sustainability | Legal | Breakingviews | Technology", "", "Markets | Deals", "",
                  "Halvorsen rejects Corvane's bid, says offer undervalues chipmaker", "", "By Aditi Raman and Marcus Feld"],
                 "Halvorsen rejects Corvane's bid, says offer undervalues chipmaker", "Reuters", id="tagline-above-the-site"),
    pytest.param(["Skip to main content", "The Washington Post", "Democracy Dies in Darkness", "Sign in | Subscribe",
                  "Politics | Opinions | Style | Investigations | Climate | Tech | World | Sports | Business", "", "Politics", "",
                  "Justice Dept. moves to end police oversight deals in 12 cities", "", _WIRE_LEAD],
                 "Justice Dept. moves to end police oversight deals in 12 cities", "The Washington Post", id="tagline-then-sign-in"),
    # A show's name over the headline, under a section's.
    pytest.param(["Skip to main content", "CNN", "US | World | Politics | Business | Health | Entertainment | Style | Travel", "",
                  "Politics", "State of the Union", "",
                  "Former Michigan Gov. Ellen Carraway says she is 'seriously considering' a 2028 White House bid", "",
                  "By Jordan Castillo, CNN"],
                 "Former Michigan Gov. Ellen Carraway says she is 'seriously considering' a 2028 White House bid", "CNN", id="show-label"),
    # Sign-in links are no headline, "Skip Navigation" no site.
    pytest.param(["Skip Navigation", "CNBC", "Markets | Business | Investing | Tech | Politics | Video | Watchlist",
                  "Sign In | Create free account", "", "RETAIL", "",
                  "Brindlewood shares plunge 18% after furniture retailer slashes holiday forecast", "",
                  "Published Tue, Dec 1 2026 9:32 AM EST"],
                 "Brindlewood shares plunge 18% after furniture retailer slashes holiday forecast", "CNBC", id="sign-in-links"),
    # (the sixty-second session's review) The site's logo link read out; a site's name of five
    # words over its menus and a section's label; a tagline and two section labels; a consent line
    # saying "This website uses cookies".
    pytest.param(["Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in", "Search jobs", "Search",
                  "The Guardian - Back to home", "News | Opinion | Sport | Culture | Lifestyle", "", "Insects", "",
                  "Flying insects on UK farmland down by a third in a decade, survey finds", "", _LEAD],
                 "Flying insects on UK farmland down by a third in a decade, survey finds", "The Guardian", id="back-to-home"),
    pytest.param(["Skip to content", "KSHB 41 Kansas City News", "News | Weather | Traffic | Sports | Local Politics | Watch",
                  "Sign In | Newsletters", "This site uses cookies and related technologies for site operation. Accept | Manage Preferences",
                  "", "Local News", "", "KCPD: One arrested, second suspect sought after 19-year-old killed in Westport shooting", "",
                  "Posted at 10:48 PM, Dec 02, 2026", "", _LEAD],
                 "KCPD: One arrested, second suspect sought after 19-year-old killed in Westport shooting", "KSHB 41 Kansas City News",
                 id="site-of-five-words"),
    pytest.param(["ScienceDaily", "Your source for the latest research news", "Home | Health | Tech | Enviro | Society | Quirky",
                  "This website uses cookies to ensure you get the best experience. Got it!", "", "Science News",
                  "from research organizations", "", "Seaweed supplement cuts methane from grazing dairy cows by nearly a third", "",
                  "Date: December 7, 2026", "", _LEAD],
                 "Seaweed supplement cuts methane from grazing dairy cows by nearly a third", "ScienceDaily", id="tagline-and-two-labels"),
])
def test_title_and_site_of_more_heads(lines: list[str], title: str, site: str) -> None:
    meta = scraped_metadata(lines)
    assert (meta.title, meta.site_name) == (title, site)


def test_a_date_line_past_a_pages_furniture_is_found() -> None:
    lines = ["Skip to main content", "Skip to navigation", "Financial Times", "Subscribe | Sign In", "myFT",
             "HOME | WORLD | US | COMPANIES | TECH | MARKETS | CLIMATE | OPINION", "Accept cookies? We use cookies to improve your experience.",
             "", "Fintech", "Add to myFT", "", "Watchdog opens probe into Paynimbus over treatment of borrowers", "",
             "Buy now, pay later group's shares fall 22% as UK regulator examines late fees", "", "Rhiannon Pryce", "Published December 3 2026",
             "", _WIRE_LEAD]
    meta = scraped_metadata(lines)
    assert (meta.date.raw if meta.date else None, meta.byline) == ("December 3 2026", "Rhiannon Pryce")


def test_an_outlet_and_its_date_in_brackets_open_the_first_paragraph() -> None:
    # (the sixty-second session's review) Law360's dateline: no place, the outlet and the full date.
    lines = ["Exonerated Man Says Cleveland Detectives Framed Him For 1999 Murder", "", "By Hannah Corwin", "",
             f"Law360 (December 3, 2026, 6:41 PM EST) -- {_WIRE_LEAD}"]
    meta = scraped_metadata(lines)
    assert meta.dateline_date is not None and meta.dateline_date.raw == "December 3, 2026, 6:41 PM EST"
    assert (meta.dateline, meta.dateline_agency) == (None, "Law360")


def test_a_known_place_and_a_double_hyphen_open_the_first_paragraph() -> None:
    # (the sixty-first session's review) Nikkei Asia's dateline, past a standfirst; a caption so
    # opened is no dateline.
    story = ("TOKYO -- Kanemura Motor on Friday lowered its full-year net profit forecast by 28% to 410 billion yen, citing the cost "
             "of replacing battery packs in about 640,000 electric vehicles sold worldwide.")
    lines = ["Kanemura Motor cuts profit outlook as battery recall widens", "",
             "Carmaker to replace packs in 640,000 EVs; Korean supplier's shares slump", "", "December 4, 2026 14:30 JST", "", story]
    assert scraped_metadata(lines, is_known_place).dateline == "TOKYO"
    caption = ["Kanemura Motor cuts profit outlook as battery recall widens", "", "TOKYO -- The carmaker's president speaks in Tokyo.",
               "", _WIRE_LEAD]
    assert scraped_metadata(caption, is_known_place).dateline is None
