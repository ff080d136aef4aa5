from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.runner import Lexicons
from pipeline.schema import Claim
from pipeline.stages.mentions import correct_entities, extract_mentions, sentence_starts, trim_entity

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov's visit to Moscow was short.", {("Sergey Lavrov", "PERSON"), ("Moscow", "GPE")}),
    ("The talks in Geneva ended on Monday.", {("Geneva", "GPE")}),
    # The small model runs these names into the next word: the conjunction is not part of the name.
    ("Supporters of the Organisation for Economic Co-operation and Development met.",
     {("Organisation for Economic Co-operation", "ORG")}),
    ("The Bank of England said rates would rise.", {("Bank of England", "ORG")}),
    ("Figures from the British Bankers' Association (BBA) showed lending was weaker.", {("British Bankers' Association", "ORG")}),
    # A line break the tagger took into the name is not part of it.
    ("The play moved to the Old Vic and then to Sadlers Wells\n and the Royal Court.",
     {("Sadlers Wells", "ORG"), ("Royal Court", "ORG")}),
])
def test_mentions_are_trimmed_names(text: str, expected: set[tuple[str, str]], nlp: Language) -> None:
    mentions = extract_mentions(nlp(text), "a", LABELS)
    assert {(m.text, m.label) for m in mentions} == expected
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.mention_id.startswith("a:m")


@pytest.mark.parametrize(("words", "tagged", "expected"), [
    pytest.param(["Dr", "Femi", "Ogunleye", "told", "reporters"], [(1, 3, "ORG")], [("Femi Ogunleye", "PERSON")], id="after-dr"),
    pytest.param(["Mr.", "Hague", "said"], [(0, 2, "GPE")], [("Mr. Hague", "PERSON")], id="honorific-inside"),
    pytest.param(["the", "ward", "had", "admitted", "nine", "children"], [(1, 2, "PERSON")], [], id="lower-case-person"),
    pytest.param(["Lord", "'s", "cricket", "ground"], [(0, 1, "FAC")], [("Lord", "FAC")], id="lord-is-no-honorific-here"),
    pytest.param(["the", "deal", "with", "Tanzania", "Mr", "Brown", "said"], [(3, 6, "ORG")],
                 [("Tanzania", "ORG"), ("Mr Brown", "PERSON")], id="a-name-run-into-an-honorific"),
    pytest.param(["Dr", "Pike", "met", "the", "Foreign", "Ministry"], [(1, 2, "PERSON"), (4, 6, "ORG")],
                 [("Pike", "PERSON"), ("Foreign Ministry", "ORG")], id="unchanged"),
    pytest.param(["David", "Campese", "spoke", ".", "Campese", "said", "so"], [(0, 2, "PERSON"), (4, 5, "NORP")],
                 [("David Campese", "PERSON"), ("Campese", "PERSON")], id="surname-of-an-earlier-full-name"),
    pytest.param(["Gloria", "La", "Riva", "spoke", ".", "La", "Riva", "said", "so"], [(0, 3, "PERSON"), (5, 7, "ORG")],
                 [("Gloria La Riva", "PERSON"), ("La Riva", "PERSON")], id="two-word-surname-of-an-earlier-full-name"),
    pytest.param(["Lavrov", "met", "Sergey", "Lavrov"], [(0, 1, "ORG"), (2, 4, "PERSON")],
                 [("Lavrov", "ORG"), ("Sergey Lavrov", "PERSON")], id="only-after-the-full-name"),
    pytest.param(["Ann", "Jordan", "visited", "Jordan"], [(0, 2, "PERSON"), (3, 4, "GPE")],
                 [("Ann Jordan", "PERSON"), ("Jordan", "GPE")], id="a-place-stays-a-place"),
    pytest.param(["Labour", "on", "Monday", "postponed", "a", "launch"], [(0, 1, "PERSON")], [("Labour", "ORG")],
                 id="a-party-is-no-person"),
    pytest.param(["said", "the", "Lib", "Dems"], [(1, 4, "PERSON")], [("the Lib Dems", "ORG")], id="the-Lib-Dems"),
    pytest.param(["The", "Liberal", "Democrats", "said"], [(2, 3, "NORP")], [("Liberal Democrats", "NORP")],
                 id="Liberal-left-out-of-Liberal-Democrats"),
    pytest.param(["The", "Democrats", "said"], [(1, 2, "NORP")], [("Democrats", "NORP")], id="the-Democrats"),
    pytest.param(["by", "gaming", "group", "Wembley", ".", "Wembley", "announced", "it"], [(3, 4, "PERSON"), (5, 6, "PERSON")],
                 [("Wembley", "ORG"), ("Wembley", "ORG")], id="a-name-after-a-firm-noun"),
    pytest.param(["Kate", "Moss", "met", "Wembley", "officials"], [(0, 2, "PERSON"), (3, 4, "PERSON")],
                 [("Kate Moss", "PERSON"), ("Wembley", "PERSON")], id="no-firm-noun-before"),
    pytest.param(["film", "-", "maker", "George", "Lucas", "said"], [(3, 5, "PERSON")], [("George Lucas", "PERSON")],
                 id="a-trade-of-people-too"),
    pytest.param(["football", "club", "Borussia", "Dortmund", "warned", "it"], [(2, 4, "PERSON")], [("Borussia Dortmund", "ORG")],
                 id="a-name-after-a-club"),
    pytest.param(["Aid", "charity", "Christian", "Aid", ".", "Christian", "Aid", "said"], [(2, 4, "PERSON"), (5, 7, "PERSON")],
                 [("Christian Aid", "ORG"), ("Christian Aid", "ORG")], id="a-name-after-a-charity"),
    pytest.param(["the", "Child", "Support", "Agency", "Doug", "Smith", "said"], [(1, 4, "ORG"), (4, 6, "PERSON")],
                 [("Child Support Agency", "ORG"), ("Doug Smith", "PERSON")], id="not-after-a-body's-name"),
    pytest.param(["said", "Yonca", "Brunini", "of", "Yahoo", ".", "Ms", "Brunini", "added"], [(1, 3, "ORG"), (4, 5, "ORG"), (7, 8, "PERSON")],
                 [("Yonca Brunini", "PERSON"), ("Yahoo", "ORG"), ("Brunini", "PERSON")], id="full-name-of-a-surname-after-ms"),
    pytest.param(["said", "Morgan", "Stanley", ".", "Mr", "Morgan", "added"], [(1, 3, "ORG"), (5, 6, "PERSON")],
                 [("Morgan Stanley", "ORG"), ("Morgan", "PERSON")], id="not-when-the-honorific-names-another-word"),
    pytest.param(["but", "captain", "Fabien", "Pelous", "sees", "hope"], [(2, 4, "ORG")], [("Fabien Pelous", "PERSON")],
                 id="after-a-team-role"),
    pytest.param(["Sunderland", "boss", "Mick", "McCarthy", "said"], [(0, 1, "ORG"), (2, 4, "ORG")],
                 [("Sunderland", "ORG"), ("Mick McCarthy", "PERSON")], id="after-boss"),
    pytest.param(["fund", "manager", "Matrix", "Asset", "Advisors", "said"], [(2, 5, "ORG")], [("Matrix Asset Advisors", "ORG")],
                 id="a-manager-may-be-a-firm"),
    pytest.param(["Attorney", "Bruce", "L", "Castor", "Jr", "said"], [(1, 3, "PERSON"), (4, 5, "PERSON")],
                 [("Bruce L Castor Jr", "PERSON")], id="a-generation-tagged-apart"),
    pytest.param(["and", "Jr", "said"], [(1, 2, "PERSON")], [], id="a-generation-alone"),
    pytest.param(["Minister", "Prince", "Khalid", "bin", "Faisal", "said"], [(1, 3, "PERSON"), (3, 5, "PERSON")],
                 [("Prince Khalid bin Faisal", "PERSON")], id="split-before-a-particle"),
    pytest.param(["President", "Greta", "van", "der", "Molen", "said"], [(1, 4, "PERSON"), (4, 5, "GPE")],
                 [("Greta van der Molen", "PERSON")], id="split-after-a-particle"),
    pytest.param(["President", "Greta", "van", "der", "Molen", "said"], [(1, 3, "PERSON"), (4, 5, "GPE")],
                 [("Greta van der Molen", "PERSON")], id="a-particle-left-untagged-between"),
    pytest.param(["Greta", "Molen", "and", "Berlin", "met"], [(0, 2, "PERSON"), (3, 4, "GPE")],
                 [("Greta Molen", "PERSON"), ("Berlin", "GPE")], id="no-particle-between"),
    pytest.param(["Greta", "Molen", "and", "Khalid", "Faisal", "met"], [(0, 2, "PERSON"), (3, 5, "PERSON")],
                 [("Greta Molen", "PERSON"), ("Khalid Faisal", "PERSON")], id="two-names-stay-two"),
    pytest.param(["Defending", ",", "Simon", "Hale", "said"], [(0, 4, "ORG")], [("Simon Hale", "PERSON")], id="defending-counsel"),
    pytest.param(["Mum", "-", "of", "-", "three", "Leanne", "Cross", "told", "us"], [(5, 7, "ORG")], [("Leanne Cross", "PERSON")],
                 id="a-mother-of-three"),
    pytest.param(["Dean", "Hughes", ",", "52", ",", "agreed"], [(0, 2, "ORG")], [("Dean Hughes", "PERSON")], id="with-an-age"),
    pytest.param(["Morgan", "Stanley", ",", "which", "agreed"], [(0, 2, "ORG")], [("Morgan Stanley", "ORG")], id="no-age"),
    pytest.param(["Councilmember", "Ann", "Lee", "voted", "against"], [(0, 3, "ORG")], [("Councilmember Ann Lee", "PERSON")],
                 id="a-councilmember"),
    pytest.param(["German", "Chancellor", "Olaf", "Scholz", "said"], [(0, 1, "NORP"), (2, 4, "ORG")],
                 [("German", "NORP"), ("Olaf Scholz", "PERSON")],
                 id="after-a-persons-title"),
    pytest.param(["King", "Abdullah", "University", "said"], [(1, 3, "ORG")], [("Abdullah University", "ORG")],
                 id="a-body-named-after-a-king"),
    pytest.param(["Avon", "and", "Somerset", "Police", "said"], [(0, 1, "PERSON"), (2, 4, "ORG")], [("Avon and Somerset Police", "ORG")],
                 id="a-force-of-two-counties"),
    pytest.param(["Google", "and", "Microsoft", "Research", "said"], [(0, 1, "ORG"), (2, 4, "ORG")],
                 [("Google", "ORG"), ("Microsoft Research", "ORG")], id="two-bodies-stay-two"),
    pytest.param(["Reading", ",", "Berkshire", "is", "a", "town"], [(0, 3, "GPE")], [("Reading , Berkshire", "GPE")],
                 id="a-place-before-its-county"),
    pytest.param(["told", "Anna", "de", "Paris", "yesterday"], [(1, 3, "PERSON"), (3, 4, "GPE"), (4, 5, "DATE")],
                 [("Anna de Paris", "PERSON"), ("yesterday", "DATE")], id="only-the-next-word"),
    # A club's name is no person's; a name led by a team role is a person's.
    pytest.param(["Cwmteg", "RFC", "won"], [(0, 2, "PERSON")], [("Cwmteg RFC", "ORG")], id="a-club-tagged-a-person"),
    pytest.param(["Gatwick", "Airport", "said"], [(0, 2, "PERSON")], [("Gatwick Airport", "ORG")], id="an-airport-tagged-a-person"),
    pytest.param(["Team", "GB", "won"], [(0, 2, "PERSON")], [("Team GB", "ORG")], id="a-national-team-tagged-a-person"),
    # (the sixty-second session's review) A force, a court, a firm with its legal form or a "Bio".
    pytest.param(["Kennewick", "Police", "said"], [(0, 2, "PERSON")], [("Kennewick Police", "ORG")], id="a-force-tagged-a-person"),
    pytest.param(["Wexford", "Garda", "said"], [(0, 2, "PERSON")], [("Wexford Garda", "ORG")], id="a-garda-station-tagged-a-person"),
    pytest.param(["Feliciano", "Rhodes", "LLP", "said"], [(0, 3, "PERSON")], [("Feliciano Rhodes LLP", "ORG")], id="a-law-firm"),
    pytest.param(["at", "the", "Garda", "station"], [(2, 3, "PERSON")], [("Garda", "ORG")], id="the-irish-police"),
    # A short title after a qualifier, tagged apart before the name, is no one.
    pytest.param(["retired", "Marine", "Sgt", ".", "Luis", "Echeverria", "said"], [(1, 3, "PERSON"), (4, 6, "PERSON")],
                 [("Luis Echeverria", "PERSON")], id="a-rank-with-its-service"),
    pytest.param(["said", "Detective", "Inspector", "Steven", "Jones", "."], [(1, 3, "ORG"), (3, 5, "PERSON")],
                 [("Steven Jones", "PERSON")], id="a-rank-tagged-a-body"),
    pytest.param(["Winger", "Rhodri", "Pugh", "said"], [(0, 3, "ORG")], [("Winger Rhodri Pugh", "PERSON")],
                 id="a-role-led-name-tagged-an-org"),
    # An organisation's name cut after its "of" goes on in the next one.
    pytest.param(["the", "Association", "of", "Directors", "of", "Adult", "Social", "Services", "said"], [(0, 5, "ORG"), (5, 8, "ORG")],
                 [("the Association of Directors of Adult Social Services", "ORG")], id="a-name-cut-after-of"),
    pytest.param(["Oxfam", "of", "Britain", "said"], [(0, 1, "ORG"), (2, 3, "GPE")], [("Oxfam", "ORG"), ("Britain", "GPE")],
                 id="of-between-two-names"),
    # A rank or a member's letters after a name, tagged apart, are no body.
    pytest.param(["Judge", "Alison", "Pemberton", "KC", "said"], [(1, 3, "PERSON"), (3, 4, "ORG")], [("Alison Pemberton", "PERSON")],
                 id="a-rank-tagged-apart"),
    pytest.param(["the", "KC", "Foundation", "said"], [(1, 3, "ORG")], [("KC Foundation", "ORG")], id="letters-in-a-body's-name"),
    # A surname tagged a date after the full name is the person's; a month is not.
    pytest.param(["Daniel", "Faraday", "left", ".", "Faraday", "spoke"], [(0, 2, "PERSON"), (4, 5, "DATE")],
                 [("Daniel Faraday", "PERSON"), ("Faraday", "PERSON")], id="a-surname-tagged-a-date"),
    pytest.param(["Theresa", "May", "left", "in", "May"], [(0, 2, "PERSON"), (4, 5, "DATE")],
                 [("Theresa May", "PERSON"), ("May", "DATE")], id="a-surname-that-is-a-month"),
])
def test_entity_tagging_slips_are_corrected(words: list[str], tagged: list[tuple[int, int, str]], expected: list[tuple[str, str]],
                                            nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    returned = correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected
    # (what the stages then read instead of `doc.ents`)
    assert [(e.start, e.end, e.label_) for e in returned] == [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("words", "spaces", "tagged", "expected"), [
    pytest.param(["the", "Oscar", "-", "nominated", "actor"], [True, False, False, True, False], (1, 4), [],
                 id="a-name-joined-to-a-modifier"),
    pytest.param(["the", "Bermuda", "-", "based", "firm"], [True, False, False, True, False], (1, 4), [],
                 id="a-place-joined-to-a-modifier"),
    # (tagged without the modifier)
    pytest.param(["the", "Oscar", "-", "winning", "actor"], [True, False, False, True, False], (1, 2), [], id="the-name-alone"),
    pytest.param(["said", "Jean", "-", "Luc", "Picard"], [True, False, False, True, False], (1, 5), [("Jean-Luc Picard", "PERSON")],
                 id="a-hyphenated-name"),
    pytest.param(["said", "Sheikh", "bin", "-", "Zayed"], [True, True, False, False, False], (1, 5), [("Sheikh bin-Zayed", "PERSON")],
                 id="a-particle-joined-to-a-name"),
    # ... but a given name of two syllables cut at its hyphen is one name.
    pytest.param(["said", "Moon", "Jae", "-", "in"], [True, True, False, False, False], (1, 3), [("Moon Jae-in", "PERSON")],
                 id="a-given-name-cut-at-its-hyphen"),
    pytest.param(["said", "Chan", "-", "o", "-", "cha"], [True, False, False, False, False, False], (1, 2), [("Chan-o-cha", "PERSON")],
                 id="a-surname-of-syllables"),
])
def test_a_name_joined_to_a_modifier_is_no_person(words: list[str], spaces: list[bool], tagged: tuple[int, int],
                                                  expected: list[tuple[str, str]], nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, *tagged, label="PERSON")]
    returned = correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected
    # (what the stages then read instead of `doc.ents`)
    assert [(e.start, e.end, e.label_) for e in returned] == [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("words", "tagged", "expected"), [
    pytest.param(["Prime", "Minister", "Oleksiy", "Honcharuk", "resigned", ".", "Honcharuk", "said", "so"],
                 [(2, 4, "PERSON"), (6, 7, "GPE")], [("Oleksiy Honcharuk", "PERSON"), ("Honcharuk", "PERSON")],
                 id="surname-tagged-a-place"),
    # Not before the full name, nor after a "name" that opens with no first name (a slogan tagged PERSON).
    pytest.param(["Honcharuk", "resigned", ".", "Oleksiy", "Honcharuk", "said", "so"], [(0, 1, "GPE"), (3, 5, "PERSON")],
                 [("Honcharuk", "GPE"), ("Oleksiy Honcharuk", "PERSON")], id="only-after-the-full-name"),
    pytest.param(["Make", "Melbourne", "Great", "!", "Melbourne", "needs", "a", "plan"], [(0, 2, "PERSON"), (4, 5, "GPE")],
                 [("Make Melbourne", "PERSON"), ("Melbourne", "GPE")], id="a-slogan-is-no-full-name"),
    # A first name of either sex, common in English, opens a full name too.
    pytest.param(["Lindsay", "Davenport", "won", ".", "Davenport", "said", "so"], [(0, 2, "PERSON"), (4, 5, "GPE")],
                 [("Lindsay Davenport", "PERSON"), ("Davenport", "PERSON")], id="a-first-name-of-either-sex"),
])
def test_a_surname_tagged_a_place_after_the_full_name_is_a_persons(words: list[str], tagged: list[tuple[int, int, str]],
                                                                   expected: list[tuple[str, str]], nlp: Language,
                                                                   lexicons: Lexicons) -> None:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    correct_entities(doc, lexicons.is_first_name)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(("words", "tagged", "expected"), [
    # (the sixty-second session's review) A lawyer's full name, "of" and her firm, tagged a body whole.
    pytest.param(["Lauren", "Feliciano", "of", "Feliciano", "Rhodes", "LLP", "said"], [(0, 6, "ORG")],
                 [("Lauren Feliciano", "PERSON"), ("Feliciano Rhodes LLP", "ORG")], id="a-lawyer-of-her-firm"),
    pytest.param(["Bank", "of", "America", "Merrill", "said"], [(0, 4, "ORG")], [("Bank of America Merrill", "ORG")],
                 id="no-person-before-of"),
    pytest.param(["the", "Royal", "Bank", "of", "Scotland", "said"], [(1, 5, "ORG")], [("Royal Bank of Scotland", "ORG")],
                 id="a-banks-name-after-a-first-name"),
])
def test_a_persons_name_and_her_firms_tagged_as_one_body_split(words: list[str], tagged: list[tuple[int, int, str]],
                                                                expected: list[tuple[str, str]], nlp: Language, lexicons: Lexicons) -> None:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    correct_entities(doc, lexicons.is_first_name)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # A nickname in quote marks between two parts of a person's name joins them in one name ...
    pytest.param("Brian 'Head' Welch told a radio station", [(0, 1, "PERSON"), (4, 5, "PERSON")],
                 [("Brian 'Head' Welch", "PERSON")], id="nickname-in-single-marks"),
    pytest.param("Label boss Tony \u201cLA\u201d Reid said", [(2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "PERSON")],
                 [("Tony \u201cLA\u201d Reid", "PERSON")], id="nickname-tagged-a-place"),
    # ... not a phrase quoted after a name, nor marks with spaces inside them.
    pytest.param("Trump \u2018The Dealmaker\u2019 Could Act", [(0, 1, "PERSON")], [("Trump", "PERSON")], id="quoted-phrase"),
    pytest.param("Mary ' Ann ' Jones met", [(0, 1, "PERSON"), (4, 5, "PERSON")], [("Mary", "PERSON"), ("Jones", "PERSON")],
                 id="spaced-marks"),
])
def test_a_nickname_in_quote_marks_joins_a_persons_name(text: str, tagged: list[tuple[int, int, str]], expected: list[tuple[str, str]],
                                                        nlp: Language) -> None:
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    returned = correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected
    # (what the stages then read instead of `doc.ents`)
    assert [(e.start, e.end, e.label_) for e in returned] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_untagged_speaker_becomes_a_mention(nlp: Language) -> None:
    text = "The Russian foreign ministry said on Tuesday that talks would go on."
    start = text.index("Russian foreign ministry")
    claim = Claim("a:c0", "a", "indirect", "that talks would go on", 47, 69, (), "said", 29, 33,
                  "The Russian foreign ministry", 0, 28, "nominal", start, start + 24, 0, antecedent_label="ORG")
    mentions = extract_mentions(nlp(text), "a", LABELS, [claim])
    assert ("Russian foreign ministry", "ORG") in {(m.text, m.label) for m in mentions}
    assert "Russian" not in {m.text for m in mentions}  # the part spaCy saw is replaced by the whole


def test_the_reporters_in_the_byline_and_credits_are_no_mentions(nlp: Language) -> None:
    text = ("Harbour to reopen in May\nBy Priya Shah, Staff Writer\n\n"
            "Mayor Ruth Okafor said the harbour would reopen in May.\n\n"
            "(Reporting by Ann Lee in Portmere; Editing by Tom Hale)\n\n"
            "Associated Press writer Ellen Ortiz contributed to this report.")
    names = {m.text for m in extract_mentions(nlp(text), "a", LABELS)}
    assert "Ruth Okafor" in names
    assert not names & {"Priya Shah", "Ann Lee", "Tom Hale", "Ellen Ortiz", "Portmere"}


@pytest.mark.parametrize("byline", ["Hannah Brook, health editor", "Hannah Brook\nHealth editor"])
def test_a_byline_without_by_names_no_one_the_article_is_about(nlp: Language, byline: str) -> None:
    text = f"Harbour to reopen in May\n{byline}\n\nMayor Ruth Okafor said the harbour would reopen in May."
    names = {m.text for m in extract_mentions(nlp(text), "a", LABELS)}
    assert "Ruth Okafor" in names
    assert "Hannah Brook" not in names


def test_an_article_before_a_name_is_trimmed(nlp: Language) -> None:
    # The tagger sometimes takes the article into an organisation's name ("a Conservative Party spokesman").
    doc = Doc(nlp.vocab, words=["a", "Conservative", "Party", "spokesman", "said"], pos=["DET", "PROPN", "PROPN", "NOUN", "VERB"])
    assert trim_entity(Span(doc, 0, 3, label="ORG")) == (2, 20)
    assert doc.text[2:20] == "Conservative Party"


@pytest.mark.parametrize(("words", "spaces", "label", "expected"), [
    # A dash with spaces around it is punctuation: the name ends before it.
    (["Florian", "Hamm", "-", "Borussia", "Dortmund"], [True, True, True, True, False], "PERSON", "Florian Hamm"),
    (["ABX", "-", "Seline"], [True, True, False], "ORG", "ABX"),
    # Not a hyphen inside a name, nor a dash in the title of a work.
    (["Rolls", "-", "Royce"], [False, False, False], "ORG", "Rolls-Royce"),
    (["Flashmob", "-", "The", "Opera"], [True, True, True, False], "WORK_OF_ART", "Flashmob - The Opera"),
])
def test_a_name_ends_before_a_spaced_dash(words: list[str], spaces: list[bool], label: str, expected: str, nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=["PROPN" if w[0].isalpha() else "PUNCT" for w in words])
    offsets = trim_entity(Span(doc, 0, len(words), label=label))
    assert offsets is not None
    assert doc.text[offsets[0]:offsets[1]] == expected


@pytest.mark.parametrize(("words", "pos", "label", "expected"), [
    # A common noun in lower case before the name describes it: "Balco boss Victor Conte".
    (["Balco", "boss", "Victor", "Conte"], ["PROPN", "NOUN", "PROPN", "PROPN"], "PERSON", "Victor Conte"),
    (["Aid", "charity", "Actionaid"], ["PROPN", "NOUN", "PROPN"], "ORG", "Actionaid"),
    # Not a particle of the name, nor the end of a hyphenated word of it, nor a place.
    (["Edwin", "van", "der", "Sar"], ["PROPN", "NOUN", "PROPN", "PROPN"], "PERSON", "Edwin van der Sar"),
    (["Blu", "-", "ray", "Disc"], ["PROPN", "PUNCT", "NOUN", "PROPN"], "ORG", "Blu-ray Disc"),
    (["north", "west", "London"], ["ADJ", "NOUN", "PROPN"], "GPE", "north west London"),
])
def test_a_description_in_lower_case_is_no_part_of_the_name(words: list[str], pos: list[str], label: str, expected: str,
                                                          nlp: Language) -> None:
    spaces = [not (w == "-" or (k + 1 < len(words) and words[k + 1] == "-")) for k, w in enumerate(words)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos)
    offsets = trim_entity(Span(doc, 0, len(words), label=label))
    assert offsets is not None
    assert doc.text[offsets[0]:offsets[1]] == expected


@pytest.mark.parametrize(("role", "name", "expected"), [
    ("ambassador", ["Ivan", "Petrenko"], "PERSON"),  # a role only a person holds
    ("spokesman", ["Foreign", "Ministry"], "ORG"),  # a body's name
    ("owner", ["Acme", "Holdings"], "ORG"),  # a role a body may hold
])
def test_an_org_set_off_after_a_persons_role(role: str, name: list[str], expected: str, nlp: Language) -> None:
    # "The ROLE to Norway, NAME, said it", built with the parse (appos of the role) the model gives
    words = ["The", role, "to", "Norway", ",", *name, ",", "said", "it"]
    heads = [1, 8, 1, 2, 1, 6, 1, 1, 8, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 5, 7, label="ORG")]
    correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Norway", "GPE"), (" ".join(name), expected)]


@pytest.mark.parametrize(("spaces", "expected"), [
    ([True, True, False, False, True, False], "Moon Su-ah"),  # "Moon Su-ah said": a given name cut at its hyphen
    ([True, True, True, True, True, False], "Moon Su"),  # "Moon Su - ah said": a dash between words
])
def test_a_given_name_cut_at_its_hyphen(spaces: list[bool], expected: str, nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["President", "Moon", "Su", "-", "ah", "said"], spaces=spaces)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(expected, "PERSON")]


@pytest.mark.parametrize(("text", "name", "expected"), [
    pytest.param("His daughter, Siobhan, remembers the weeks he spent away.", "Siobhan", "PERSON", id="set-off"),
    pytest.param("Her brother Jordan said the boat was lost.", "Jordan", "PERSON", id="right-after"),
    pytest.param("The ferry left Jordan on Monday.", "Jordan", "GPE", id="no-relative"),
])
def test_a_relatives_first_name_is_a_person(nlp: Language, text: str, name: str, expected: str) -> None:
    doc = nlp(text)
    position = text.index(name)
    start = next(t.i for t in doc if t.idx == position)
    doc.ents = [Span(doc, start, start + 1, label="GPE")]  # as the tagger may take a first name
    correct_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(name, expected)]


@pytest.mark.parametrize(("text", "name", "label", "expected"), [
    pytest.param("Above the village of Llanfair, Gwen Parry lifts the lid of a hive and smiles.", "Parry", "PERSON",
                 ("Gwen Parry", "PERSON"), id="first-name-left-out"),
    # (an occupation before a first name leading a name tagged an organisation: a person's)
    pytest.param("Campaigner Rhiannon Davies said the report was right.", "Campaigner Rhiannon Davies", "ORG",
                 ("Campaigner Rhiannon Davies", "PERSON"), id="occupation-led-name-tagged-an-org"),
    pytest.param("Designer Outlet Centre said the report was right.", "Designer Outlet Centre", "ORG",
                 ("Designer Outlet Centre", "ORG"), id="occupation-led-body"),
    # (also where the surname was tagged a product: "Gwen" + "Prosser")
    pytest.param("Above the village of Llanfair, Gwen Prosser lifts the lid of a hive and smiles.", "Prosser", "PRODUCT",
                 ("Gwen Prosser", "PERSON"), id="surname-tagged-a-product"),
    # (not a word that is no first name: "Judge" is the title)
    pytest.param("Above the village of Llanfair, Judge Parry lifts the lid of a hive.", "Parry", "PERSON", ("Parry", "PERSON"),
                 id="title-left-out"),
    pytest.param("The former Labour leader, now Baron Kinnock, lifts the lid of a hive.", "Kinnock", "PERSON",
                 ("Kinnock", "PERSON"), id="peerage-left-out"),
    # A question's modal is no first name; "Will" before a surname in a statement is one.
    pytest.param("Will Türkiye buy the Eurofighter jets?", "Will Türkiye", "PERSON", ("Türkiye", "PERSON"), id="a-questions-modal"),
    pytest.param("Will Smith said he was happy.", "Will Smith", "PERSON", ("Will Smith", "PERSON"), id="will-a-first-name"),
    # An untagged name's possessive opens the body's name after it.
    pytest.param("Around a million people live with dementia, according to the Alzheimer's Society.", "Society", "ORG",
                 ("Alzheimer's Society", "ORG"), id="a-possessive-in-a-body's-name"),
    # A country tagged alone at the end of a body's name is the body's.
    pytest.param("Cycling UK said the case highlighted the need for tougher penalties.", "UK", "GPE", ("Cycling UK", "ORG"),
                 id="a-body-named-for-its-country"),
    pytest.param("Official UK figures show growth in the harbour towns.", "UK", "GPE", ("UK", "GPE"), id="a-country-before-a-noun"),
    # A person's office after "the", tagged a body, is no name.
    pytest.param("The Taoiseach said the Government would bring proposals to Cabinet.", "Taoiseach", "ORG", None,
                 id="the-taoiseach"),
    # Nor is an office many hold, tagged a person, after "the" or opening with "ex-".
    pytest.param("The Governor gave the order on Sunday while inspecting flooded streets.", "Governor", "PERSON", None,
                 id="the-governor"),
    pytest.param("In a statement, the ex-Senate President said the government should first provide shelter.",
                 "ex-Senate President", "PERSON", None, id="the-ex-senate-president"),
    pytest.param("Queen said the concert would go ahead.", "Queen", "PERSON", ("Queen", "PERSON"), id="a-band-not-an-office"),
    # A hyphenated name after "spokesperson" is a person's, whatever the tag.
    pytest.param("Indonesian Foreign Ministry spokesperson Teuku Faizasyah-Lubis said Jakarta had shared the data.",
                 "Teuku Faizasyah-Lubis", "ORG", ("Teuku Faizasyah-Lubis", "PERSON"), id="hyphenated-name-after-spokesperson"),
    # A first name followed by an age set off by commas is a person's.
    pytest.param("For Bendigo renter Shannon, 29, who asked that her surname not be used, the changes came too late.",
                 "Shannon", "FAC", ("Shannon", "PERSON"), id="first-name-and-age"),
    pytest.param("Flooding hit Shannon, 29, of whose homes were lost.", "Shannon", "GPE", ("Shannon", "PERSON"),
                 id="first-name-and-age-tagged-a-place"),
])
def test_a_persons_name_the_tagger_cut_or_mislabelled(nlp: Language, lexicons: Lexicons, text: str, name: str, label: str,
                                              expected: tuple[str, str] | None) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.idx == text.index(name))
    end = next(t.i for t in doc if t.idx + len(t.text) == text.index(name) + len(name)) + 1
    doc.ents = [Span(doc, start, end, label=label)]  # as the tagger may tag only the surname
    correct_entities(doc, lexicons.is_first_name)
    assert [(e.text, e.label_) for e in doc.ents] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # An untagged name after "Mr", "Dr" … is a person's (hyphens join its parts).
    pytest.param("The Governor of Lagos State, Mr Babatunde Sanwo-Adeyemi, has ordered the removal of the structures.", [],
                 [("Babatunde Sanwo-Adeyemi", "PERSON")], id="untagged-name-after-mr"),
    pytest.param("Mr Speaker called the House to order.", [], [], id="an-office-after-mr"),
    # A long name the tagger lost in its middle, the last part tagged a place, is one.
    pytest.param("Prime Minister Mian Shahid Nawaz Qureshi strongly condemned the attack.",
                 [("Mian Shahid", "PERSON"), ("Qureshi", "GPE")], [("Mian Shahid Nawaz Qureshi", "PERSON")], id="name-cut-in-its-middle"),
    # A family name written first, then alone, is the person's whatever its tag.
    pytest.param("DP floor leader Choi Min-jung said the bill would pass. Park told Choi that she was wrong.",
                 [("Choi Min-jung", "PERSON"), ("Choi", "ORG")], [("Choi Min-jung", "PERSON"), ("Choi", "PERSON")],
                 id="family-name-first"),
    pytest.param("Xbox Live has ten million members. Xbox said sales rose.", [("Xbox Live", "PERSON"), ("Xbox", "ORG")],
                 [("Xbox Live", "PERSON"), ("Xbox", "ORG")], id="a-product-is-no-family-name-first"),
    # A member's title inside a name tagged a body: the party, then the member.
    pytest.param("Trinamool Congress MP Sushmita Dey said the audit should be tabled.",
                 [("Trinamool Congress MP Sushmita Dey", "ORG")], [("Trinamool Congress", "ORG"), ("Sushmita Dey", "PERSON")],
                 id="party-then-member"),
    # A short title tagged apart from the name after it, as a person's or a body's, is no name.
    pytest.param("Cpl. Gina Lavalle, a spokesperson for the police, said the road was closed.",
                 [("Cpl", "PERSON"), ("Gina Lavalle", "PERSON")], [("Gina Lavalle", "PERSON")], id="cpl-tagged-a-person"),
    pytest.param("Coun. Rachel Otiende said the harbour plan was costly.",
                 [("Coun", "ORG"), ("Rachel Otiende", "PERSON")], [("Rachel Otiende", "PERSON")], id="coun-tagged-a-body"),
    # An office inside a name tagged a body or a place: the body, then the holder's name.
    pytest.param("Kremlin Spokesman Dmitry Kalashov told reporters the deal was good.",
                 [("Kremlin Spokesman Dmitry Kalashov", "ORG")], [("Kremlin", "ORG"), ("Dmitry Kalashov", "PERSON")],
                 id="body-office-name"),
    pytest.param("President of Ukraine Yuriy Kovalchuk has stated that Ukraine will not discuss any truce.",
                 [("Ukraine Yuriy Kovalchuk", "ORG")], [("Ukraine", "ORG"), ("Yuriy Kovalchuk", "PERSON")], id="office-of-place-name"),
    pytest.param("The Mayor of New York City said the harbour would reopen.",
                 [("New York City", "GPE")], [("New York City", "GPE")], id="a-place-tagged-whole-stays"),
    pytest.param("The head of Solaris Asset Management said the fund would close.",
                 [("Solaris Asset Management", "ORG")], [("Solaris Asset Management", "ORG")], id="a-firm-stays"),
    # The untagged holder named after an office's place.
    pytest.param("In an interview with IRNA, Russian Ambassador to Tehran Alexey Grachev said Moscow viewed Iran as a partner.",
                 [("Tehran", "GPE")], [("Tehran", "GPE"), ("Alexey Grachev", "PERSON")], id="holder-after-the-place"),
    # A portfolio tagged apart before a minister's title is no body.
    pytest.param("Energy Minister Nikolai Tolmachev said gas would flow.",
                 [("Energy", "ORG"), ("Nikolai Tolmachev", "PERSON")], [("Nikolai Tolmachev", "PERSON")], id="a-portfolio"),
    # A name after a role in lower case, or with a role set off after it, is a person's.
    pytest.param("Yurtsever met his Azerbaijani counterpart Elnur Mammadli in Ankara.",
                 [("Elnur Mammadli", "GPE")], [("Elnur Mammadli", "PERSON")], id="after-counterpart"),
    pytest.param("Roddy Kettering, the frontman of Britpop band Velvet Harbour, has died aged 56.",
                 [("Roddy Kettering", "ORG")], [("Roddy Kettering", "PERSON")], id="role-set-off-after"),
    # (the sixtieth session's review) A name set off after a role of a body, the parser hanging it on the body.
    pytest.param("The head of the Kyiv City Military Administration, Yurii Datsenko, said debris fell.",
                 [("Kyiv City Military Administration", "ORG"), ("Yurii Datsenko", "ORG")],
                 [("Kyiv City Military Administration", "ORG"), ("Yurii Datsenko", "PERSON")], id="set-off-after-role-of-body"),
    # (not a name describing the noun the role is of: the employer)
    pytest.param("A director of his employer, Mersey Freight Logistics, said the firm had introduced checks.",
                 [("Mersey Freight Logistics", "ORG")], [("Mersey Freight Logistics", "ORG")], id="the-employer-named"),
    # A party's member after "a" names no one; an office tagged a body is none.
    pytest.param("The minister, a Moderate, said he expected the zones to be used sparingly.",
                 [("Moderate", "PERSON")], [], id="a-moderate"),
    pytest.param("The 52-year-old Federal Councillor admitted that rents had become unaffordable.",
                 [("Federal Councillor", "ORG")], [], id="an-office-tagged-a-body"),
    pytest.param("A row escalated after Federal Interior Minister Jörg Wendeborn defended his plan.",
                 [("Federal Interior", "ORG"), ("Jörg Wendeborn", "PERSON")], [("Jörg Wendeborn", "PERSON")], id="federal-portfolio"),
])
def test_names_the_tagger_split_missed_or_ran_together(nlp: Language, lexicons: Lexicons, text: str, tagged: list[tuple[str, str]],
                                                       expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = []
    for name, label in tagged:
        at = text.index(name, spans[-1].end_char if spans else 0)
        start = next(t.i for t in doc if t.idx == at)
        end = next(t.i for t in doc if t.idx + len(t.text) == at + len(name)) + 1
        spans.append(Span(doc, start, end, label=label))
    doc.ents = spans
    correct_entities(doc, lexicons.is_first_name)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_an_untagged_subject_that_is_a_surname_named_before_is_the_person(nlp: Language, lexicons: Lexicons) -> None:
    text = "Substitute Kofi Mensah volleyed in the winner. Mensah, 18, was mobbed by his team-mates."
    doc = nlp(text)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]  # ("Mensah" left untagged, as the tagger did)
    correct_entities(doc, lexicons.is_first_name)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kofi Mensah", "PERSON"), ("Mensah", "PERSON")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("", [], id="empty"),
    pytest.param("The pier is closed.", [0], id="one-sentence"),
    pytest.param('The pier is closed. "It is a disgrace," Kelleher said. Repairs start in May.', [0, 5, 15], id="three"),
    pytest.param("Harbour news\n\nThe pier is closed", [0, 3], id="a-headline-line"),
])
def test_sentence_starts_are_those_of_the_parse(nlp: Language, text: str, expected: list[int]) -> None:
    # (read from the token array; they must be what `doc.sents` gives)
    doc = nlp(text)
    assert sentence_starts(doc) == [sentence.start for sentence in doc.sents] == expected



def test_a_given_name_left_out_before_bin_is_part_of_the_name(nlp: Language) -> None:
    # The parser hung "Sultan" on the office's words; an Arabic name never starts with "bin".
    text = "Qatar's Minister of State for Foreign Affairs Sultan bin Khalid al-Kuwari, who hosted the meeting, told reporters."
    doc = nlp(text)
    assert ("bin Khalid al-Kuwari", "PERSON") in {(e.text, e.label_) for e in doc.ents}
    assert ("Sultan bin Khalid al-Kuwari", "PERSON") in {(e.text, e.label_) for e in correct_entities(doc)}


def test_a_bodys_common_noun_in_lower_case_is_no_name(nlp: Language) -> None:
    # The tagger makes "the congress" an organisation; it stands for a body named before, and as a
    # name it would join every "Congress" of the corpus.
    text = "In a statement signed by its President, Emeka Obiagwu, the congress alleged that the government was unfair."
    doc = nlp(text)
    assert ("congress", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert "congress" not in {e.text for e in correct_entities(doc)}


@pytest.mark.parametrize(("text", "gone"), [
    # A time zone of a date line or an entry time, tagged an organisation, is no body.
    pytest.param("Sat 14 Mar 2026 09.00 GMT\n\nThe harbour reopened on Friday, the port authority said.", "GMT", id="a-zone"),
    # A rank's short form tagged apart before the name is no one.
    pytest.param('Pentagon press secretary Col. Rachel Dunmore said she had "nothing to announce" on the harbour.', "Col",
                 id="a-rank-tagged-apart"),
])
def test_zones_and_ranks_tagged_alone_are_no_mentions(text: str, gone: str, nlp: Language) -> None:
    doc = nlp(text)
    assert gone in {e.text for e in doc.ents}
    assert gone not in {e.text for e in correct_entities(doc)}


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Health New Zealand says 19 people have now been confirmed with measles.", "Health New Zealand", id="two-word-country"),
    pytest.param("Cycling UK said the new lanes were too narrow.", "Cycling UK", id="one-word-country"),
])
def test_a_body_named_for_its_country_is_one_organisation(text: str, body: str, nlp: Language) -> None:
    assert (body, "ORG") in {(e.text, e.label_) for e in correct_entities(nlp(text))}
