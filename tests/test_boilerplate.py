"""pipeline.boilerplate: prose vs short lines, furniture shapes, scripts, corpus line fingerprints."""

from __future__ import annotations

import pytest

from pipeline import boilerplate
from pipeline.config import Config

LEAD = "The city council approved a new budget for the harbour district on Tuesday, after a long debate."
QUOTE = "“We have found the money for the dredging work,” deputy mayor Anna Kovacs told reporters after the vote."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (LEAD, True),
        ("He declined to comment.", True),
        ("The ministers agreed that there are no alternatives to the diplomatic settlement, which should begin now", True),
        ("Ferry pier first", False),
        ("You may like", False),
        ("Now you can read more regional news...", False),
        ("Harbour Ferry Weather Sport Business Culture Opinion Video Podcasts Newsletters Archive", False),
        ("XS", False),
    ],
)
def test_is_prose(config: Config, line: str, expected: bool) -> None:
    assert boilerplate.is_prose(line, config.boilerplate) is expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo: Jan Nowak/", "credit"),
        ("Icon: The lantern", "credit"),
        ("Source: lna", "credit"),
        ("© Lantern Media 2023 - Privacy", "footer"),
        ("Sign up for our newsletter", "footer"),
        ("Also Read: Harbour fees surge in Portmere as supply tightens", "link"),
        ("Related: What happens if the harbour shuts down?", "link"),
        ("MORE: The harbour master's stunning home revealed", "link"),
        ("More than 200 boats left the harbour on Monday.", None),
        ("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", "footer"),
        ("(Only the headline of this report may have been reworked by Harbour Standard staff; the rest of the content is "
         "auto-generated from a syndicated feed.)", "footer"),
        ("Write to Ann Lee at ann.lee@harbourtimes.com", "footer"),
        ("Story continues below advertisement", "footer"),
        ("Accept all cookies", "footer"),
        ("Manage cookie settings", "footer"),
        ("This site uses cookies.", "footer"),
        ("They're also serving cookies.", None),
        ("The bakery sold 2,000 cookies.", None),
        ("Advertisement", "footer"),
        ("The advertisement was banned by the regulator after complaints from parents and teachers.", None),
        ("Menu", "menu"),
        ("Sign in", "menu"),
        ("Search for the missing fisherman continues", None),
        ("The harbour board said the closures were part of a review (Image: Getty)", "credit"),
        ("The board said (in a statement) that the pier would reopen.", None),
        ("He wrote to the council at the time, and emailed the mayor.", None),
        ("The broadcaster said its syndicated show would go out across the country from January.", None),
        ("Home | News | Harbour | Sport", "menu"),
        ("News » Europe » Poland", "menu"),
        ("Menu  Home  World  Politics  Business", "menu"),
        ("Home\tNews\tHarbour Sport\tWeather", "menu"),
        ("Mayor  Backs Harbour Plan  After Vote  On Tuesday Night", None),  # (a stray gap, with "after" and "on")
        ("Harbour  Bridge  To Close  For Six Weeks", None),
        ("Just In  Watch Live  Sport  Cricket", "menu"),  # (items of one or two words, function words or not)
        # A section's breadcrumb of two items; not a headline joined to its site, nor one with a slash.
        ("Hong Kong / Health & Environment", "menu"),
        ("News › Politics", "menu"),
        ("Opinion | Why the harbour plan fails", None),
        ("Ukraine / Russia war live: harbour hit", None),
        (LEAD, None),
        ("Photographers gathered outside the town hall before the vote, the police said.", None),
        # A site's appeals and standards, in words no story uses.
        ("Get the latest harbour news delivered to your inbox every morning.", "footer"),
        ("Follow BBC East Midlands on Facebook, on X, and on Instagram. Send your story ideas to news@bbc.co.uk.", "footer"),
        ("Did you find this article useful? Subscribe to the Harbour Times for more.", "footer"),
        ("We've been working hard to bring you local news. Consider supporting the Harbour Times.", "footer"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "footer"),
        ("Our standards are high, the harbour master said.", None),
        # A wire story's note of what its new version changed; Bloomberg's advertisement.
        ("(Updates with analyst comment in ninth paragraph.)", "footer"),
        ("(Adds quotes from harbour master, paragraphs 4-6)", "footer"),
        ("The harbour board (updates to the plan are due in May) met on Monday.", None),
        ("Before it's here, it's on the Bloomberg Terminal.", "footer"),
        ("This story was originally published by the Yakima Herald-Republic.", "footer"),
        ("Update: This story has been updated with comment from the city.", "footer"),
        ("Article amended on 9 December 2026", "footer"),
        # (the sixty-second session's review) The Conversation's, a press release's and a paywall's lines.
        ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", "footer"),
        ("The Harbour Post is a nonprofit news organization that relies on readers like you. Please consider a donation today.",
         "footer"),
        ("Write an article and join a growing community of academics and researchers.", "footer"),
        ("Materials provided by University of Otago. Note: Content may be edited for style and length.", "footer"),
        ('University of Otago. "Seaweed cuts methane." ScienceDaily, 7 December 2026. <www.sciencedaily.com/releases/2026/12/1.htm>.',
         "footer"),
        ("1. Aroha Tipene, Hamish Kerr. Seaweed in lick blocks. Nature Food, 2026; DOI: 10.1038/s43016-026-01344-7", "footer"),
        ("Unlock this article by subscribing to STAT+ and enjoy your first 30 days free!", "footer"),
        ("STAT+ Exclusive Story", "footer"),
        ("University of Arizona provides funding as a member of The Conversation US.", "footer"),
        ("Story Source:", "menu"),
        ("The Guardian - Back to home", "menu"),
        ("This website uses cookies to ensure you get the best experience. Got it!", "footer"),
        ("The council receives funding from the government, the mayor said.", None),
        ("The harbour trust licensed the photographs under a Creative Commons licence, the museum said.", None),
        ("Republish our articles for free, online or in print, under a Creative Commons license.", "footer"),
        ("The minister said the report was delivered to parliament on Monday.", None),
        ("ALSO READ | Harbour fees to rise by a fifth", "link"),
        # A caption whose last words are its picture's credit.
        ("Crews protect a house on the harbour road on Wednesday. Picture: Jason Tully", "credit"),
        ("The mayor at her home in Portree in 2011. Photograph: Ewan Kerr", "credit"),
        ("Dockers fill the gallery at the harbour hall on Tuesday. Photo by Nadia Thorne", "credit"),
        ("Derek Malley arrives at the courthouse on Tuesday. (Peter Lamm/The Harbour Examiner)", "credit"),
        ("The harbour master speaks at the pier. (AP Photo/Evan Vance)", "credit"),
        ("He said so. Photo by the harbour board showed a crowd of 2,000 outside the hall, and police said it was calm.", None),
        # Captions credited with no full stop before the credit, or in a picture agency's brackets,
        # and the BBC's caption lines; a reporter's role under the byline.
        ("Iker Ruiz celebrates his winner against Eastmoor on Saturday Credit: Getty", "credit"),
        ("Roddy Kettering performing with Velvet Harbour at Glastonbury in 1997 (Getty Images)", "credit"),
        ("The two ministers hold a joint press conference in Ankara on November 18, 2026. ( Emin Sansar - Anadolu Agency )", "credit"),
        ("Kenji Moriyama speaks at a press conference in Tokyo on Nov. 19, 2026. (Kyodo) ==Kyodo", "credit"),
        ("Image caption, Harriet Cole is the first British woman to reach the final since the event returned", "credit"),
        ("Media caption, Watch: Cole saves two match points against Lindqvist", "credit"),
        ("BBC Sport tennis reporter at Queen's Club", "byline"),
        ("Culture Reporter", "byline"),
        ("Star reporter in court over crash", None),
        ("The board's credit rating was cut by Moody's on Friday (Reuters) after the vote, analysts said.", None),
        # Appeals to join, subscribe or comment.
        ("Join our WhatsApp channel for the best of Sun Sport", "footer"),
        ("Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on the best of what PEOPLE has to offer.",
         "footer"),
        ("Sign up to our free Indy Arts newsletter for the latest news, reviews and interviews", "footer"),
        ("Your email address will not be published. Required fields are marked *", "footer"),
        ("The council said it would sign up to the national scheme in May.", None),
        ("The ferry was doing 30 (km/h).", None),
        # A cookie banner longer than a footer.
        ("We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. "
         "Accept all cookies | Manage preferences", "footer"),
        # (the sixtieth session's review: local and European sites) Consent boxes and their buttons,
        # a land acknowledgement, the sites' appeals and labels.
        ("Your privacy matters to us. We and our partners use cookies to measure audience and personalise content. I accept | "
         "Manage my choices", "footer"),
        ("This website uses cookies so that we can provide you with the best user experience possible. Accept | Reject", "footer"),
        ("This content is blocked. Accept cookies and other trackers to watch this video.", "footer"),
        ("ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the "
         "lands where we live, work, and gather.", "footer"),
        ("Google uses cookies to follow users across sites, the regulator said.", None),
        ("Do you have a story to share? Email us at echo.news@reachplc.com", "footer"),
        ("Got a story? Contact us at bristolpost.newsdesk@reachplc.com", "footer"),
        ("Get the latest Nottinghamshire news straight to your inbox", "footer"),
        ("Get the Irish Independent's daily news email", "footer"),
        ("Keep up to date with international news by downloading the FRANCE 24 app", "footer"),
        ("Balkan Insight is the flagship publication of the Balkan Investigative Reporting Network. Subscribe to our newsletter",
         "footer"),
        ("Log in | Become a Member", "footer"),
        ("Editor's note: This is a developing story and is being updated.", "footer"),
        ("Translated from German by DeepL/mga", "footer"),
        ("Share on Facebook Share on X Share via email Copy link", "footer"),
        ("— Bartlomiej Zurawski (@BZurawski) December 2, 2026", "footer"),
        ("Estimated read time: 3-4 minutes", "footer"),
        ("3 min Reading time", "footer"),
        ("2 min read", "footer"),
        ("30 minutes later, the police arrived.", None),
        ("Skip to more DW sites", "menu"),
        ("Social Sharing", "menu"),
        ("ABOUT THE AUTHOR", "menu"),
        ("Main image credit: Krzysztof Wilk/PAP", "credit"),
        # Who took or gave the picture, in brackets after its caption.
        ("Kawanaki Lake First Nation declared a state of emergency on Monday. (Submitted by Wesley Keesick)", "credit"),
        ("Parents hold signs outside the district offices before Tuesday's meeting. (Hallie Bowcutt, KSL.com)", "credit"),
        ("Floodwater covers Union Street in South Lismore on Thursday morning. (ABC North Coast: Jess Tuohy)", "credit"),
        # (the sixty-first session's review) A wire gallery's captions, a quote widget, sign-in links,
        # a tip line's appeal, a photographer's credit in brackets, "Photographer:" and a wire credit.
        ("[1/2] The logo of Halvorsen Semiconductor is seen in Eindhoven. REUTERS/Pieter Jansen/File Photo Purchase Licensing Rights, "
         "opens new tab", "credit"),
        ("Item 1 of 2 The courthouse in Boston, Massachusetts, is seen in a file photo.", "credit"),
        ("HLVS.O +14.2% | CRVN.O -2.1%", "credit"),
        ("Sign In | Create free account", "menu"),
        ("Skip Navigation", "menu"),
        ("Listen", "menu"),
        ("Comment 1,243", "menu"),
        ("Got a confidential news tip? We want to hear from you.", "footer"),
        ("Rep. Tom Whitaker (R-Ohio) speaks during a press conference outside the Capitol on Tuesday. (Annabel Reyes)", "credit"),
        ("Kanemura Motor President Hiroshi Tabata speaks at a news conference in Tokyo on Dec. 4. (Photo by Shinji Kamata)", "credit"),
        ("Lukas Brenner at the bank's investor day in London on Tuesday. Photographer: Anja Keller/Bloomberg", "credit"),
        ("The courthouse in Boston is seen in a file photo. REUTERS/Nora Lindqvist/File Photo", "credit"),
        # (prose: a tip-off in a story, shares that rose, a bracket closing a sentence of more words)
        ("He was jailed for a confidential tip-off scheme run from his office, the court heard.", None),
        ("Shares rose 4% to 12.30 pounds.", None),
        ("The minister said the plan would go ahead (and that nobody would lose out).", None),
    ],
)
def test_furniture_reason(line: str, reason: str | None) -> None:
    assert boilerplate.furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Wire credits and the reporter's note at the end of a story: kept in the text, as the
        # byline is, but naming no one the story is about.
        ("(Reporting by Ann Lee in Portmere and Tom Hale in Caracas; Editing by Jo Marsh)", True),
        ("Reporting by Ann Lee; Additional reporting by Tom Hale", True),
        ("Associated Press writer Ellen Ortiz in Albany, New York, contributed to this report.", True),
        ("Tom Reyes covers education for the Herald. Reach him at 555-0142.", True),
        ("Priya Shah covers public health. Contact her at pshah@harbourtimes.com.", True),
        ("Hallie Bowcutt covers education and the south Salt Lake Valley for KSL.com.", True),
        ("Contributing: Marcus Feld, KSL-TV", True),
        ("Olivia Desrochers is a reporter with CBC Thunder Bay. She can be reached at olivia.desrochers@cbc.ca.", True),
        ("Stanisław Ząbek is a journalist at Notes from Poland. He previously worked for the Gazeta Wyborcza daily.", True),
        ("Hi, this is Olena Hrytsenko. I wrote this article to tell you what happened.", True),
        ("--Editing by Nicole Pryor.", True),
        # (the whole appeal, 45 words)
        ("Hi, this is Olena Hrytsenko. I wrote this article on the overnight attack on the power grid. Our reporters work in "
         "the dark, too, whenever the power goes out. If you value independent reporting, become a member of the Kyiv "
         "Independent today.", True),
        ("The fund covers the cost of repairs for tenants.", False),
        ("Reporting by the Harbour Standard suggested the ministry knew of the leak.", False),
        ("Anyone who saw him should contact her at 0800 555 111, the police said.", False),
        ("Police said anyone with information should contact them at the harbour station.", False),
    ],
)
def test_is_credit_line(line: str, expected: bool) -> None:
    assert boilerplate.is_credit_line(line) is expected
    assert boilerplate.furniture_reason(line) is None


def test_credit_lines_are_found_among_the_last_lines() -> None:
    text = ("(Reporting by Ann Lee) is how the harbour story began.\n\nThe board met on Monday.\n\n"
            "(Reporting by Ann Lee in Portmere; Editing by Jo Marsh)\n")
    assert [text[start:end] for start, end in boilerplate.credit_line_spans(text)] == [
        "(Reporting by Ann Lee in Portmere; Editing by Jo Marsh)"]


def test_an_author_boxs_name_line_is_a_credit_line() -> None:
    # The name over the biography that opens with it; not a name over some other last line.
    text = ("The grid operator said repairs would take days.\n\nOlena Hrytsenko\nOlena Hrytsenko is a news editor at the "
            "Kyiv Independent.\n")
    assert [text[start:end] for start, end in boilerplate.credit_line_spans(text)] == [
        "Olena Hrytsenko is a news editor at the Kyiv Independent.", "Olena Hrytsenko"]
    other = "The grid operator said repairs would take days.\n\nTaras Melnyk\nOlena Hrytsenko is a news editor at the Kyiv Independent.\n"
    assert [other[start:end] for start, end in boilerplate.credit_line_spans(other)] == [
        "Olena Hrytsenko is a news editor at the Kyiv Independent."]
    # (the sixty-second session's review) The name in capitals over a biography that opens with the surname.
    capitals = ("The jury will hear from the founder next week.\n\nMARISA KELLERMAN\nKellerman covers federal courts in "
                "Pennsylvania for The Associated Press.\n")
    assert [capitals[start:end] for start, end in boilerplate.credit_line_spans(capitals)] == [
        "Kellerman covers federal courts in Pennsylvania for The Associated Press.", "MARISA KELLERMAN"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Մատչելիության հղումներ", True), ("Министр заявил во вторник", True), ("Café crème – 5€", False), ("2023 — 48", False)],
)
def test_is_non_latin(line: str, expected: bool) -> None:
    assert boilerplate.is_non_latin(line) is expected


def test_line_key_ignores_case_digits_and_punctuation() -> None:
    assert boilerplate.line_key("All news articles on 2020-11-03!") == boilerplate.line_key("ALL NEWS articles on 2021-01-18")
    assert boilerplate.line_key("You may like") != boilerplate.line_key("You may also like")


def test_line_fingerprints_skip_blank_and_long_lines() -> None:
    lines = ["You may like", "", "   ", LEAD, "You may like"]
    assert boilerplate.line_fingerprints(lines, max_words=5) == {boilerplate.line_fingerprint("You may like")}


def test_frequent_fingerprints_threshold() -> None:
    counts = {1: 9, 2: 10, 3: 40}
    assert boilerplate.frequent_fingerprints(counts, 10) == frozenset({2, 3})
    assert boilerplate.frequent_fingerprints(counts, 0) == frozenset()


def test_short_line_removals(config: Config) -> None:
    lines = ["Lantern", "Headline of the day here", "", LEAD, "Ferry pier first", QUOTE, "You may like", "Trends 24h", LEAD, "XS", "SM"]
    removals = boilerplate.short_line_removals(lines, protected={1}, settings=config.boilerplate)
    assert removals == {0: "before the article", 6: "run of short lines", 7: "run of short lines",
                        9: "after the article", 10: "after the article"}


def test_no_prose_means_nothing_removed(config: Config) -> None:
    assert boilerplate.short_line_removals(["One", "Two words", "Three short words"], set(), config.boilerplate) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Japan's Honda has won a copyright case in Beijing, a sign that courts are getting tougher.",
        "Readers who subscribe to the paper's print edition will pay more from June, the publisher said.",
    ],
)
def test_news_sentences_about_copyright_or_subscriptions_are_not_footers(line: str) -> None:
    assert boilerplate.furniture_reason(line) is None


def test_bullet_list_inside_the_article_is_kept(config: Config) -> None:
    lines = [LEAD, "- Raised the tax threshold", "- Cut duties on raw materials", "• More money for farms", QUOTE]
    assert boilerplate.short_line_removals(lines, set(), config.boilerplate) == {}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param([LEAD, "___", "9:05 p.m.", QUOTE, "* * *", "8:40 p.m. EDT", LEAD], {}, id="live-blog-entries"),
        pytest.param([LEAD, "14:05", QUOTE, "—", "13.50 GMT", LEAD], {}, id="times-without-separators"),
        pytest.param([LEAD, "___.", "6 p.m.", QUOTE, "___.", "11: 06 a.m.", LEAD], {}, id="times-as-agencies-type-them"),
        pytest.param([LEAD, "—", "2", QUOTE], {1: "run of short lines", 2: "run of short lines"}, id="a-page-number-is-no-time"),
        # A "Latest" box: the times head headlines, not prose.
        pytest.param([LEAD, "Latest", "10:15", "Port reopens", "10:02", "Ferry fares rise", QUOTE],
                     {i: "run of short lines" for i in range(1, 6)}, id="latest-box"),
        pytest.param([LEAD, "___", "Most read", "9:05 p.m.", QUOTE], {1: "run of short lines", 2: "run of short lines"},
                     id="separator-before-a-label"),
    ],
)
def test_separators_and_times_heading_an_entry_are_kept(config: Config, lines: list[str], expected: dict[int, str]) -> None:
    assert boilerplate.short_line_removals(lines, set(), config.boilerplate) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("It takes 1,237 delegates to win the Republican nomination for president.", True, id="live-blog-count"),
        pytest.param("Five of the nine council votes are needed to pass the budget.", True, id="restated-fact"),
        pytest.param("((Ruth Marsh)) No.", True, id="interview-answer"),
        pytest.param("POLAND -- Deputy mayor Anna Kovacs speaks during a news conference in Gdansk", False, id="caption"),
        pytest.param("The procession at the town hall on Sunday. Image: Genium.", False, id="credit-after-caption"),
        pytest.param("Protesters outside the harbour office on Monday. (Photo: Ann Lee)", False, id="credit-in-brackets"),
        pytest.param("Getty.", False, id="a-credit-alone"),
        pytest.param("Declared 2016 Presidential Candidates.", False, id="a-heading"),
    ],
)
def test_a_restated_sentence_is_told_from_a_caption(config: Config, line: str, expected: bool) -> None:
    assert boilerplate.restates_a_sentence(line, config.boilerplate) is expected


def test_lead_ins_ending_with_a_colon_are_kept_before_prose(config: Config) -> None:
    lines = [LEAD, "The exchange that followed was tense:", "Rep. Dana Whitlow (D-Ohio):", QUOTE, "Ruth Marsh:", QUOTE]
    assert boilerplate.short_line_removals(lines, set(), config.boilerplate) == {}
    menu = [LEAD, "Related:", "Harbour fees", "Pier reopens", QUOTE]
    assert boilerplate.short_line_removals(menu, set(), config.boilerplate) == {i: "run of short lines" for i in (1, 2, 3)}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param([LEAD, "Mara Ellison.", "Hebden Bridge, W. Yorks.", "LETTERS ONLINE.", QUOTE], {3: "run of short lines"},
                     id="a-letter-signed-with-the-town"),
        pytest.param([LEAD, "Toni LeAnn O'Neill-Baker.", "New York.", QUOTE], {}, id="a-signature-of-three-words"),
        pytest.param([LEAD, "The Upshot.", "ABSTRACT.", QUOTE], {1: "run of short lines", 2: "run of short lines"},
                     id="a-section-name-is-no-signature"),
        pytest.param([LEAD, "Darius Okafor, 41.", "Facebook/Darius Okafor.", QUOTE], {1: "run of short lines", 2: "run of short lines"},
                     id="a-caption-and-its-credit"),
        pytest.param([LEAD, "((Ruth Marsh))  Correct.  Right.", "((Tom Baird))  Yeah.", QUOTE], {}, id="interview-turns"),
        pytest.param(["The council says the new operator has to do the following:", "Cut fares", "Run late buses",
                      "Publish its accounts every quarter.", QUOTE], {}, id="items-a-sentence-lists"),
        pytest.param([LEAD, "Related:", "Harbour fees", "Pier reopens", QUOTE], {i: "run of short lines" for i in (1, 2, 3)},
                     id="a-label-with-a-colon-lists-nothing"),
    ],
)
def test_short_lines_that_are_the_articles_text(config: Config, lines: list[str], expected: dict[int, str]) -> None:
    assert boilerplate.short_line_removals(lines, set(), config.boilerplate) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Headlines of other stories under a label of their own, up to the story's next paragraph.
        (["Talks ended on Tuesday.", "", "Read also", "", "Kremlin says trade reached $52 bln in nine months", "",
          "The two leaders met in Sochi and agreed to meet again in the spring."], {2, 4}),
        (["Related coverage:", "Japan, Turkey foreign ministers agree to cooperate on peace efforts",
          "Russia says no prospect for peace treaty talks", "Tokyo has kept its sanctions in place since 2022."], {0, 1, 2}),
        (["READ MORE SPORT STORIES", "BOOTED OUT Prem star axed from squad after bust-up with boss", "",
          "Ruiz has scored 19 goals this season."], {0, 1}),
        # (a paragraph of the story ends with a full stop: none is taken)
        (["You may like", "The minister said the talks had gone well."], {0}),
        (["Readers may like the new layout.", "It opens on Monday"], set()),
        # A site's tags, then a headline; a list of popular stories.
        (["Related keywords", "France | Pensions | Strike | Labour unions",
          "French unions vow to 'bring the country to a halt' over retirement age"], {0, 1, 2}),
        (["Popular Stories", "Swiss parliament backs army budget increase", "Referendum explained: Why the Swiss vote four times a year"],
         {0, 1, 2}),
        (["Most Read from Bloomberg", "Hedge Funds Pile Into Yen Shorts Before Central Bank Decision",
          "Copper Rival Weighs Sale of Asian Unit, People Say", "", "©2026 Bloomberg L.P."], {0, 1, 2}),
        # An author's disclosure under its label.
        (["Disclosure statement", "Marisol Quintero-Haas receives funding from the National Institute for Occupational Safety.", "",
          "Partners"], {0, 1}),
        (["The council receives funding from the government, the mayor said."], set()),
        # A summary box the page lets the reader hide, up to its closing link; without one it stays.
        (["Takeaways by Bloomberg AI", "Ostrava Steel plans to cut about 900 jobs at two plants.",
          "The firm will keep its dividend through 2028.", "Hide Takeaways", "", "Ostrava Steel will cut 900 jobs, it said."],
         {0, 1, 2, 3}),
        (["Key points", "Ostrava Steel plans to cut about 900 jobs at two plants.", "", "Ostrava Steel will cut 900 jobs, it said."],
         set()),
    ],
)
def test_linked_headlines(lines: list[str], expected: set[int]) -> None:
    assert boilerplate.linked_headlines(lines) == expected
