from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.config import Config
from pipeline.gazetteer import country_and_capital_names
from pipeline.gender import load_gender_lookup
from pipeline.lexicon import CueLexicon
from pipeline.runner import Lexicons
from pipeline.schema import Claim
from pipeline.stages.claims import _Context, _with_closing_bracket, content_frames, extract_claims, frame_features, frame_subject
from pipeline.stages.mentions import correct_entities

GENDER = load_gender_lookup()


def claims_of(text: str, nlp: Language, cues: CueLexicon, config: Config, title: str | None = None) -> list[Claim]:
    return extract_claims(nlp(text), "a", title, cues, config.claims, gender=GENDER, place_names=country_and_capital_names())


def all_claims_of(text: str, nlp: Language, lexicons: Lexicons, config: Config, title: str | None = None,
                  outlet: str | None = None) -> list[Claim]:
    """Claims as a run extracts them (object content of cues included, entity slips corrected)."""
    doc = nlp(text)
    correct_entities(doc, lexicons.is_first_name)
    return extract_claims(doc, "a", title, lexicons.cues, config.claims, gender=lexicons.gender,
                          frames=lexicons.frames, categories=lexicons.categories, place_names=lexicons.place_names,
                          noun_cues=lexicons.noun_cues, english_first_names=lexicons.first_names, outlet=outlet)


def keeping_nested(config: Config) -> Config:
    """The settings with claims inside other claims kept as claims of their own (`nested_claims`)."""
    return dataclasses.replace(config, claims=dataclasses.replace(config.claims, nested_claims=True))


def antecedent_of(claim: Claim, text: str) -> str | None:
    """The name a claim's speaker resolved to, as written."""
    return text[claim.antecedent_start:claim.antecedent_end] if claim.antecedent_start is not None else None


def last_antecedent(text: str, nlp: Language, lexicons: Lexicons, config: Config) -> str | None:
    """The name the speaker of the last claim in `text` resolved to, as written."""
    return antecedent_of(all_claims_of(text, nlp, lexicons, config)[-1], text)


def summary(claim: Claim, text: str) -> tuple[str, str, str | None, str, str | None]:
    return claim.kind, claim.quote_text, claim.speaker_text, claim.attribution, antecedent_of(claim, text)


def content_speaker(text: str, nlp: Language, lexicons: Lexicons, config: Config) -> list[tuple[str, str | None]]:
    """(content, speaker as written) of each claim a run extracts from `text`."""
    return [(c.quote_text, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)]


def cue_content_speaker(text: str, nlp: Language, lexicons: Lexicons, config: Config) -> list[tuple[str | None, str, str | None]]:
    """(cue, content, speaker as written) of each claim a run extracts from `text`."""
    return [(c.cue, c.quote_text, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Finance Minister Lars Berg said that the budget would be balanced by June.",
        [("indirect", "that the budget would be balanced by June", "Finance Minister Lars Berg", "explicit", "Lars Berg")],
        id="reported-that"),
    # A semicolon ends what was reported, whichever of the two clauses the parser made the head.
    pytest.param(
        "Harbour officials in Portmere said the closure was not a political decision; they only learned of the "
        "cracked girder on Friday.",
        [("indirect", "the closure was not a political decision", "Harbour officials", "nominal", None)],
        id="semicolon-ends-reported-clause-second-clause-head"),
    pytest.param(
        "Renata Voss said the ferry would keep running; the bridge would reopen in April.",
        [("indirect", "the ferry would keep running", "Renata Voss", "explicit", "Renata Voss")],
        id="semicolon-ends-reported-clause"),
    # The parser splits "co-author" into subjects of "said"; the name is the speaker.
    pytest.param(
        '"The ice shelf is thinning from below," said study co-author Ted Scambos of the University of Colorado.',
        [("direct", '"The ice shelf is thinning from below,"', "study co-author Ted Scambos", "explicit", "Ted Scambos")],
        id="co-author-after-said"),
    # "…, said NAME, …" in the middle of a sentence: the parser makes the name the subject of what follows.
    pytest.param(
        "Often, said Mr Okafor, the harbour records were lost because nobody backed them up.",
        [("indirect", "the harbour records were lost because nobody backed them up", "Mr Okafor", "explicit", "Mr Okafor")],
        id="said-name-between-commas"),
    pytest.param(
        "Locally, too, say analysts, recent political developments have worked to the advantage of the market.",
        [("indirect", "recent political developments have worked to the advantage of the market", "analysts", "nominal", None)],
        id="say-analysts-between-commas"),
    # A name the parser hangs on the speaker's name as an apposition is not who speaks.
    pytest.param(
        'Ruth Okafor wrote on Twitter, "Tim Vance, great sailor, wild and lovely guy. We sailed together for years."',
        [("direct", '"Tim Vance, great sailor, wild and lovely guy. We sailed together for years."', "Ruth Okafor", "explicit",
          "Ruth Okafor")],
        id="name-is-not-replaced-by-its-apposition"),
    # "In <poll/study/report>, …": what the source found; a verb of saying in the sentence speaks instead.
    pytest.param(
        "In the latest Harbour Gazette poll, conducted in early May, Mayor Okafor leads her rival by five points.",
        [("indirect", "Mayor Okafor leads her rival by five points", "the latest Harbour Gazette poll", "nominal", "Harbour Gazette")],
        id="in-a-poll"),
    pytest.param(
        "In a new study, marine biologists report that the harbour seals had returned to the estuary.",
        [("indirect", "that the harbour seals had returned to the estuary", "marine biologists", "nominal", None)],
        id="in-a-study-with-its-own-cue"),
    # `"…," said X` where the parser reads words of X's title as a clause that "said" reports.
    pytest.param(
        '"This is typical of Green hypocrisy," said Tory shadow local government secretary Caroline Spelman.',
        [("direct", '"This is typical of Green hypocrisy,"', "Tory shadow local government secretary Caroline Spelman",
          "explicit", "Caroline Spelman")],
        id="speaker-read-as-a-clause"),
    # "called X Y" says what X is; "called members to service" and "called for" do not.
    pytest.param(
        "The harbour union called the new contract a betrayal of its members.\n\n"
        "The governor called National Guard members to service.",
        [("indirect", "the new contract a betrayal of its members", "The harbour union", "nominal", "harbour union")],
        id="called-x-y"),
    pytest.param(
        "Senator Alder described the new budget as a disgrace to the city.",
        [("indirect", "the new budget as a disgrace to the city", "Senator Alder", "explicit", "Alder")],
        id="described-x-as-y"),
    # ... also when the parser hangs "as" on the object.
    pytest.param(
        'The bloc\'s decision was welcomed at the time by Hanoi, which described the embargo as a "product of the Cold War". '
        "The mayor has not replied.",
        [("mixed", 'the embargo as a "product of the Cold War"', "which", "explicit", "Hanoi")],
        id="described-x-as-y-with-as-on-the-object"),
    # What is cited as a reason is put forward; a source cited only relays.
    pytest.param(
        "Mayor Okafor cited the rising cost of steel as the main reason for the delay.",
        [("indirect", "the rising cost of steel as the main reason for the delay", "Mayor Okafor", "explicit", "Okafor")],
        id="cited-a-reason"),
    pytest.param(
        "The harbour council delayed the vote, citing concerns about the cost of the new bridge.\n\n"
        "The paper reported the closure, citing two officials at the harbour authority.",
        [("indirect", "concerns about the cost of the new bridge", "The harbour council", "nominal", "harbour council")],
        id="citing-a-reason-not-a-source"),
    # A phrase the parser hung on "citing" right after its object is part of what is cited.
    pytest.param(
        "The union called the mayor a champion for its members, citing her work after the 2019 floods and position on including "
        "the union's members in the new pension scheme.",
        [("indirect", "the mayor a champion for its members", "The union", "nominal", None),
         ("indirect", "her work after the 2019 floods and position on including the union's members in the new pension scheme",
          "The union", "nominal", None)],
        id="citing-with-a-phrase-hung-on-the-verb"),
    # ... not the occasion of the citing.
    pytest.param(
        "The senator has often cited his state's rural culture in defending his record.",
        [("indirect", "his state's rural culture", "The senator", "nominal", None)],
        id="citing-in-defending"),
    # A record shows someone "with" something; a person showing someone around does not report.
    pytest.param(
        "Polls show Mayor Okafor with a lead in the low single digits.\n\n"
        "The mayor showed reporters around the site with obvious pride.",
        [("indirect", "Mayor Okafor with a lead in the low single digits", "Polls", "nominal", None)],
        id="polls-show-x-with-y"),
    # Verbs that judge their object report the judgement; a person judged for nothing says nothing.
    pytest.param(
        "The harbour union criticized the decision to close the pier.\n\n"
        "Mayor Okafor praised the lifeboat crew for their courage during the storm.\n\n"
        "Senator Alder praised Okafor.",
        [("indirect", "the decision to close the pier", "The harbour union", "nominal", "harbour union"),
         ("indirect", "the lifeboat crew for their courage during the storm", "Mayor Okafor", "explicit", "Okafor")],
        id="criticized-and-praised"),
    # `“…,” added the spokesman.` with the description parsed as the verb's object.
    pytest.param(
        'But the league would not detail what, if any, punishment Okafor would receive. "Once the club receives our letter '
        'we will be in a position to make a comment on the findings," added the spokesman.',
        [("direct", '"Once the club receives our letter we will be in a position to make a comment on the findings,"',
          "the spokesman", "nominal", None)],
        id="inverted-description-parsed-as-object"),
    # The same after reported speech: the clause before the comma is what the spokesman added.
    pytest.param(
        "The choir was confident it would be able to sing at the Friday concert, added the spokesman.",
        [("indirect", "The choir was confident it would be able to sing at the Friday concert",
          "the spokesman", "nominal", None)],
        id="inverted-description-after-reported-speech"),
    # ... or with the verb parsed as a conjunct of the clause it reports, people in the plural or
    # a report with what it is about.
    pytest.param(
        "Thousands of harbour staff could walk out if ministers scrap their pension scheme and make them work longer, "
        "warn union leaders.",
        [("indirect", "Thousands of harbour staff could walk out if ministers scrap their pension scheme and make them "
          "work longer", "union leaders", "nominal", None)],
        id="inverted-plural-speakers-parsed-as-object"),
    pytest.param(
        "Ferry passengers are an odd mix of cautious and reckless, suggests a report into travel habits.",
        [("indirect", "Ferry passengers are an odd mix of cautious and reckless", "a report into travel habits", "nominal", None)],
        id="inverted-report-parsed-as-object"),
    # A time after the name is not part of it.
    pytest.param(
        "Trump this week said he would consider naming a new harbour commissioner.",
        [("indirect", "he would consider naming a new harbour commissioner", "Trump", "explicit", "Trump")],
        id="time-after-the-speaker-left-out"),
    # A quotation is never part of the speaker's phrase, however the parser hangs it.
    pytest.param(
        '"The ice is thinning fast," study co-author Ted Scambos said.',
        [("direct", '"The ice is thinning fast,"', "study co-author Ted Scambos", "explicit", "Ted Scambos")],
        id="quotation-outside-the-speaker-phrase"),
    # A verb of saying with its own clause after it reports only that one, whatever the parser
    # hung on it before.
    pytest.param(
        "Many of the passengers were pensioners; the harbour authority confirmed two crew members had also died.",
        [("indirect", "two crew members had also died", "the harbour authority", "nominal", "harbour authority")],
        id="own-clause-after-semicolon"),
    pytest.param(
        "The council first denied that the pier was unsafe, however, an engineering report later concluded the girders "
        "had rusted through.",
        [("indirect", "that the pier was unsafe", "The council", "nominal", None),
         ("indirect", "the girders had rusted through", "an engineering report", "nominal", None)],
        id="own-clause-after-however"),
    pytest.param(
        "Ana Ruiz spoke to reporters on Monday.\n\n“We will not raise taxes,” she said.",
        [("direct", "“We will not raise taxes,”", "she", "pronoun", "Ana Ruiz")],
        id="curly-pronoun"),
    pytest.param(
        "According to the health ministry, 40 cases were confirmed in March.",
        [("indirect", "40 cases were confirmed in March", "the health ministry", "explicit", "health ministry")],
        id="according-to"),
    # What officers saw is the police's claim: "according to" relays only what someone said.
    pytest.param(
        "According to harbour police, officers saw the driver leave the car with a crowbar.",
        [("indirect", "officers saw the driver leave the car with a crowbar", "harbour police", "nominal", None)],
        id="according-to-over-a-perception"),
    # The parser hangs the whole sentence on the source; its comma ends it.
    pytest.param(
        "According to veteran talk radio host Gil Marsh, the decision reeks of “panic” and haste.",
        [("mixed", "the decision reeks of “panic” and haste", "veteran talk radio host Gil Marsh", "explicit", "Gil Marsh")],
        id="according-to-swallowing-parse"),
    # ... or splits the source's name ("Connecticut" the object of "to", the rest elsewhere).
    pytest.param(
        "According to Connecticut Senator Richard Blumenthal, the involved airplane is one of eighteen B-17s still in the United States.",
        [("indirect", "the involved airplane is one of eighteen B-17s still in the United States", "Connecticut Senator Richard Blumenthal",
          "explicit", "Richard Blumenthal")],
        id="according-to-split-name"),
    # ... or reads a description before it as a verb and its object ("blog" a verb).
    pytest.param(
        "According to blog analysis firm Technorati, the so-called blogosphere has doubled every five and a half months.",
        [("indirect", "the so-called blogosphere has doubled every five and a half months", "blog analysis firm Technorati",
          "explicit", "Technorati")],
        id="according-to-misparsed-description"),
    pytest.param(
        "According to Benoit Joly from broadband telecoms firm Thales, 30% of Europe cannot get satellite TV.",
        [("indirect", "30% of Europe cannot get satellite TV", "Benoit Joly from broadband telecoms firm Thales", "explicit",
          "Benoit Joly")],
        id="according-to-misparsed-description-with-affiliation"),
    # ... or joins the subject of what was said to the source, as a second source.
    pytest.param(
        "According to the archaeologists, burial and embalming of sacred cats was common in the delta for three centuries.",
        [("indirect", "burial and embalming of sacred cats was common in the delta for three centuries", "the archaeologists",
          "nominal", None)],
        id="according-to-subject-joined-to-the-source"),
    # ... or leaves the source at the sentence's end without an object ("show" a verb; an
    # abbreviation's full stop hiding the sentence's end).
    # (the show's title in quotation marks makes it no mixed quote)
    pytest.param(
        "As host of “The Harbour Hour,” Gil Marsh often mocked callers on air, according to show insiders.",
        [("indirect", "As host of “The Harbour Hour,” Gil Marsh often mocked callers on air", "show insiders", "nominal", None)],
        id="according-to-misparsed-description-at-the-end"),
    pytest.param(
        "The ferry is now cleared to sail again, according to the F.A.A.\n\nMost people who own boats do not have more than one.",
        [("indirect", "The ferry is now cleared to sail again", "the F.A.A.", "explicit", "F.A.A")],
        id="according-to-an-abbreviation-at-the-end"),
    # The reported clause parsed as an adverbial clause (no conjunction, own subject) ...
    pytest.param(
        "Mayor Ruth Okafor said after the council meeting she would not sign the harbour contract.",
        [("indirect", "after the council meeting she would not sign the harbour contract", "Mayor Ruth Okafor", "explicit", "Ruth Okafor")],
        id="reported-clause-parsed-as-adverbial"),
    # ... or as a relative clause of the addressee.
    pytest.param(
        "In Portmere last week, the minister told a meeting of fishing leaders that few people understood the quota "
        "rules better than they did.",
        [("indirect", "that few people understood the quota rules better than they did", "the minister", "nominal", None)],
        id="that-clause-parsed-as-relative-clause"),
    # The clause before the colon is the writer's lead-in (the parser gives "said" two subjects
    # and two complements); "set off …:" does not introduce what the members said.
    pytest.param(
        "The ruling that two clerks kept their posts set off another round of sniping at the council on Friday: "
        "opposition members said they were convinced the mayor had misled the public.",
        [("indirect", "they were convinced the mayor had misled the public", "opposition members", "nominal", None)],
        id="lead-in-before-colon"),
    # ... also with no clause after the verb: a clause ending in a colon right before the speaker.
    pytest.param("We have been here before: the rebel leader declared war on the republic in 1996.", [],
                 id="lead-in-before-colon-alone"),
    pytest.param("Two things matter: jobs and growth, he said.",
                 [("indirect", "Two things matter: jobs and growth", "he", "pronoun", None)], id="a-colon-inside-what-was-said"),
    # A conjoined verb of saying with its own subject ends the first reported clause.
    pytest.param(
        "Okafor said part-time staff would not be eligible for the bonus, and when pressed on why the plan leaves them "
        "out, the mayor's spokesman replied, \"It is meant for the crews who worked the winter.\"",
        [("indirect", "part-time staff would not be eligible for the bonus", "Okafor", "explicit", "Okafor"),
         ("direct", "\"It is meant for the crews who worked the winter.\"", "the mayor's spokesman", "nominal", None)],
        id="conjoined-second-attribution"),
    # A party in parentheses is part of how the speaker is named.
    pytest.param(
        "Rep. Dana Whitfield (D-Ore.) said that claim smacked of hypocrisy.",
        [("indirect", "that claim smacked of hypocrisy", "Rep. Dana Whitfield (D-Ore.)", "explicit", "Dana Whitfield")],
        id="party-in-parentheses"),
    pytest.param(
        "The council will vote on the plan next week, a spokesman said.",
        [("indirect", "The council will vote on the plan next week", "a spokesman", "nominal", None)],
        id="inverted-vague-source"),
    pytest.param(
        'Finance Minister Lars Berg said: "We are ready to talk, but not at any price."',
        [("direct", '"We are ready to talk, but not at any price."', "Finance Minister Lars Berg", "explicit", "Lars Berg")],
        id="colon-introduction"),
    # The parser takes a word of the quotation for the subject; the speaker stands outside it.
    pytest.param(
        "“She would be a great mayor. Not good, great. One of the sharpest minds on the entire council,” "
        "Rep. Dana K. Whitfield (D-Ore.) said in a phone interview.",
        [("direct", "“She would be a great mayor. Not good, great. One of the sharpest minds on the entire council,”",
          "Rep. Dana K. Whitfield (D-Ore.)", "explicit", "Dana K. Whitfield")],
        id="quoted-word-parsed-as-subject"),
    # ... but a quoted phrase that is the subject's own words is still the subject, and what the
    # experts suggested is part of what Reeve told (`nested_claims`).
    pytest.param(
        'Mr Reeve told councillors that "every independent expert" from the Harbour Trust to the Coastal Institute had '
        'suggested the "pier was failing faster than anyone admitted".',
        [("mixed", 'that "every independent expert" from the Harbour Trust to the Coastal Institute had suggested the "pier was '
          'failing faster than anyone admitted"', "Mr Reeve", "explicit", "Reeve")],
        id="quoted-phrase-is-the-subject"),
    pytest.param(
        "“My reaction, that was reckless,” the mayor's former campaign manager said in an interview with a local radio station.",
        [("direct", "“My reaction, that was reckless,”", "the mayor's former campaign manager", "nominal", None)],
        id="quoted-noun-parsed-as-subject"),
    pytest.param(
        "“Our harbour is in panic mode. Full panic mode,” said Lena Okafor, a Portside councillor.",
        [("direct", "“Our harbour is in panic mode. Full panic mode,”", "Lena Okafor", "explicit", "Lena Okafor")],
        id="quoted-fragment-parsed-as-subject-of-inverted-said"),
    pytest.param(
        "Trade official Marguerite Lenaerts spoke in Brussels. Lenaerts said the bloc needed "
        '"a verifiable chain of custody" before signing.',
        [("mixed", 'the bloc needed "a verifiable chain of custody" before signing', "Lenaerts", "explicit", "Lenaerts")],
        id="mixed-surname"),
    pytest.param(
        "The Foreign Ministry in Oslo issued a statement on Monday.\n\nThe ministry said that the talks had been productive.",
        [("indirect", "that the talks had been productive", "The ministry", "nominal", "Foreign Ministry")],
        id="nominal-ministry"),
    pytest.param(
        "Dr Hugh Hill, a surgeon at St Mary's hospital, said the ward would reopen in April.",
        [("indirect", "the ward would reopen in April", "Dr Hugh Hill", "explicit", "Hugh Hill")],
        id="apposition-left-out"),
    pytest.param(
        '"No one told us anything about the closure until the morning it happened."\n\nThe bridge closed on Monday.',
        [("direct", '"No one told us anything about the closure until the morning it happened."', None, "none", None)],
        id="unattributed-kept"),
    pytest.param(
        'Her memoir "Salt and Iron" was published in May.\n\nThe so-called "reform" angered teachers.\n\n'
        'Michael "Mick" Doyle scored twice.',
        [],
        id="titles-scare-quotes-nicknames"),
    # A name in quotation marks inside a verb's phrase does not make it a claim; a phrase does.
    pytest.param(
        'A fire was reported on Tuesday in the "Kiss & Fly" section of the airport car park.\n\n'
        'The senator unveiled a tax plan called "Build Back Stronger" at a rally in Ohio.',
        [], id="names-in-quotes-in-a-verb-phrase"),
    pytest.param(
        'The minister called on both parties to "show restraint" at the border.',
        [("mixed", 'both parties to "show restraint" at the border', "The minister", "nominal", None)],
        id="quoted-phrase-in-a-verb-phrase"),
    pytest.param(
        "‘We were promised a normal year after the pandemic,’ said student Amara Quinn.",
        [("direct", "‘We were promised a normal year after the pandemic,’", "student Amara Quinn", "explicit", "Amara Quinn")],
        id="single-curly-marks"),
    pytest.param(
        "Readers sent us their views.\n\n“I hope this campaign gets people out to register and vote.” ― Jorge Falcon\n"
        "“Nobody in my street trusts either of them,”― Pamela Ortiz, 34, a nurse",
        [("direct", "“I hope this campaign gets people out to register and vote.”", "Jorge Falcon", "explicit", "Jorge Falcon"),
         ("direct", "“Nobody in my street trusts either of them,”", "Pamela Ortiz", "explicit", "Pamela Ortiz")],
        id="dash-signed-quotes"),
    pytest.param(
        '"Are we where we need to be? Probably not," Ms. Moore said.',
        [("direct", '"Are we where we need to be? Probably not,"', "Ms. Moore", "explicit", "Moore")],
        id="question-inside-quote-before-cue"),
    pytest.param(
        "Budget experts were unimpressed.\n\nSaid Okafor: “I don’t get the sense she is the least bit interested in tax reform.”",
        [("direct", "“I don’t get the sense she is the least bit interested in tax reform.”", "Okafor", "explicit", "Okafor")],
        id="said-name-colon-lead-in"),
    pytest.param(
        "Roger Okafor spoke to a radio host on Sunday.\n\nStated Okafor: “I think the stakes are high this time.”\n\n"
        "Continued Okafor: “So I think it is a very real problem for the county.”",
        [("direct", "“I think the stakes are high this time.”", "Okafor", "explicit", "Okafor"),
         ("direct", "“So I think it is a very real problem for the county.”", "Okafor", "explicit", "Okafor")],
        id="stated-and-continued-lead-ins"),
    pytest.param(
        "The levy was defended by Mr. Tomas Kamin, who emphasized that the proposals would simplify returns for small businesses.",
        [("indirect", "that the proposals would simplify returns for small businesses", "who", "explicit", "Tomas Kamin")],
        id="relative-pronoun-speaker-named-antecedent"),
    pytest.param(
        "“Every time you say that,” Senator Ruth Okoro said, referring to the bank’s excuse, “you give ammunition to the "
        "people who want to break them up.”",
        [("direct", "“Every time you say that,” Senator Ruth Okoro said, referring to the bank’s excuse, “you give ammunition "
          "to the people who want to break them up.”", "Senator Ruth Okoro", "explicit", "Ruth Okoro")],
        id="quote-interrupted-mid-sentence-is-one-claim"),
    pytest.param(
        'In a statement, Alan Reade said abortion was a "very key issue", saying: "The policy is one that we would commend."',
        [("mixed", 'abortion was a "very key issue"', "Alan Reade", "explicit", "Alan Reade"),
         ("direct", '"The policy is one that we would commend."', "Alan Reade", "explicit", "Alan Reade")],
        id="a-participle-takes-no-quotation-of-the-verb-before"),
    pytest.param(
        'The band - whose self-titled LP was 2004\'s biggest-selling album - thanked "all the members of the sisterhood", '
        'adding: "We wouldn\'t be here without you."',
        [("direct", '"all the members of the sisterhood"', None, "none", None),
         ("direct", '"We wouldn\'t be here without you."', "The band", "nominal", None)],
        id="a-participle-hung-on-a-relative-clause-is-its-nouns"),
    pytest.param(
        'Trade envoy Mark Doyle met the delegation.\n\n"I have a lot of time for Larry Chen," he said, but "on this '
        'question Larry is simply wrong and the numbers show it."',
        [("direct", '"I have a lot of time for Larry Chen," he said, but "on this question Larry is simply wrong and the '
          'numbers show it."', "he", "pronoun", "Mark Doyle")],
        id="name-inside-quote-is-not-the-antecedent"),
    pytest.param(
        "The Hallorans, who asked the council to release the footage, watched it on Thursday, lawyers for the family said.",
        [("indirect", "The Hallorans, who asked the council to release the footage, watched it on Thursday", "lawyers",
          "nominal", None)],
        id="relative-clause-is-not-a-parenthetical-attribution"),
    # An attribution set off inside a relative clause reports that clause, from its pronoun on.
    pytest.param(
        "The new rules oblige all listed firms to make declarations, which, critics say, will add to the cost of their accounts.",
        [("indirect", "which, critics say, will add to the cost of their accounts", "critics", "nominal", None)],
        id="parenthetical-inside-a-relative-clause"),
    # A clause opening the sentence before a parenthetical attribution is the start of what was said
    # (the parser hangs it on the verb of saying).
    pytest.param(
        "Talks resume on Monday. If they fail, union leader Ted Harrow warned, bus drivers will strike for a week in March.",
        [("indirect", "If they fail, union leader Ted Harrow warned, bus drivers will strike for a week in March",
          "union leader Ted Harrow", "explicit", "Ted Harrow")],
        id="conditional-clause-before-a-parenthetical-attribution"),
    pytest.param(
        "To understand the old port, historian Nadia Brook said, visitors should start at the fish market.",
        [("indirect", "To understand the old port, historian Nadia Brook said, visitors should start at the fish market",
          "historian Nadia Brook", "explicit", "Nadia Brook")],
        id="purpose-clause-before-a-parenthetical-attribution"),
    # The subject of the clause before the attribution, parsed as a second subject of the verb:
    # the clause up to the comma is what was said, with the quotations in it.
    pytest.param(
        'The "idea that age is a barrier" to taking part in sport needs to be "exploded", the sports and culture minister '
        'has said.',
        [("mixed", 'The "idea that age is a barrier" to taking part in sport needs to be "exploded"', "the sports and culture minister",
          "nominal", None)],
        id="subject-of-the-clause-before-taken-for-the-verbs"),
    # ... not when the verb has a clause of its own after it.
    pytest.param(
        "In a statement on Friday, the Harbour Trust said the ferry would not run until the spring.",
        [("indirect", "the ferry would not run until the spring", "the Harbour Trust", "explicit", "Harbour Trust")],
        id="fronted-phrase-before-a-verb-with-its-own-clause"),
    # A quotation in the first person right after a sentence about someone is theirs ...
    pytest.param(
        'On this subject, Dick Morris appears almost evangelical.\n\n"I was on a cruise in the Mediterranean '
        'when I first met the party\'s leader."',
        [("direct", '"I was on a cruise in the Mediterranean when I first met the party\'s leader."', "Dick Morris", "continuation",
          "Dick Morris")],
        id="first-person-quotation-after-a-sentence-about-someone"),
    # ... also in the plural (someone speaking for their side), rather than the last speaker's.
    pytest.param(
        '"We will hold the seat," said Tom Reeve, the party\'s agent. His colleague, Nina Sayer, leader of the county group, '
        'blames one issue above all others. "You cannot underestimate the war. We lost people from our local party."',
        [("direct", '"We will hold the seat,"', "Tom Reeve", "explicit", "Tom Reeve"),
         ("direct", '"You cannot underestimate the war. We lost people from our local party."', "Nina Sayer", "continuation",
          "Nina Sayer")],
        id="first-person-plural-quotation-after-a-sentence-about-someone"),
    # ... and in any person after a sentence whose named subject's verb is a cue ("identified …").
    pytest.param(
        'Harbour master Ola Brekke said the pier was safe.\n\nOn Sunday, Councillor Mary Okafor, who lost the vote to '
        'Brekke, identified the fishermen\'s anger over fees as one of the reasons the council should act. "The younger '
        'fishermen are sick and tired of paying for a pier that is falling apart."',
        [("indirect", "the pier was safe", "Harbour master Ola Brekke", "explicit", "Ola Brekke"),
         ("direct", '"The younger fishermen are sick and tired of paying for a pier that is falling apart."',
          "Councillor Mary Okafor", "continuation", "Councillor Mary Okafor")],
        id="quotation-after-a-sentence-with-a-cue"),
    # "he" is the person named in apposition to the subject of the sentence before.
    pytest.param(
        "\"They will be questioned,\" said Jack Simms, the home secretary. The shadow home secretary, Michael Anders, "
        "welcomed the return of the four men. But he said there were still \"serious questions\" about their treatment.",
        [("direct", "\"They will be questioned,\"", "Jack Simms", "explicit", "Jack Simms"),
         ("mixed", "there were still \"serious questions\" about their treatment", "he", "pronoun", "Michael Anders")],
        id="he-is-the-name-in-apposition-to-the-subject-before"),
    # ... not when it talks of that person.
    pytest.param(
        'Bob Marley toured Europe in 1980.\n\n"I recall that he came to London and played football with us for four days."',
        [("direct", '"I recall that he came to London and played football with us for four days."', None, "none", None)],
        id="first-person-quotation-about-the-person-before"),
    # "adding" with a subject and an object of its own adds a score, not words.
    pytest.param("Rhys Owen went over in the corner, Dai Jones adding the conversion from the touchline.", [],
                 id="adding-a-conversion"),
    pytest.param("Fares rose sharply in January, the minister adding that the rise would not last.",
                 [("indirect", "that the rise would not last", "the minister", "nominal", None)], id="adding-that"),
    # ... and a name right before it (after a comma) is its own subject, not the clause's.
    pytest.param("Fares rose sharply in January, Transport Minister Ann Cole adding that the rise would not last.",
                 [("indirect", "that the rise would not last", "Transport Minister Ann Cole", "explicit", "Ann Cole")],
                 id="absolute-clause-names-the-speaker"),
    pytest.param(
        'The minister will probably use the summit to announce some kind of deal, analyst Petra Kall said: "I feel like '
        'he has got a surprise up his sleeve."',
        [("direct", '"I feel like he has got a surprise up his sleeve."', "analyst Petra Kall", "explicit", "Petra Kall")],
        id="colon-hands-over-to-the-quotation"),
    pytest.param(
        "Senator Ada Brandt told the rally that the country must keep pushing policies that close racial divides, saying "
        "that “race still decides too much” in America.",
        [("indirect", "that the country must keep pushing policies that close racial divides", "Senator Ada Brandt", "explicit",
          "Ada Brandt"),
         ("mixed", "that “race still decides too much” in America", "Senator Ada Brandt", "explicit", "Ada Brandt")],
        id="trailing-participle-is-its-own-claim"),
    # ... the teller's also when the parser hangs it on a verb of the reported clause ("learned").
    pytest.param(
        "National officer Dave Kerrigan said staff had learned about the plans from the news rather than from their "
        'managers, adding that this was "a disgrace".',
        [("indirect", "staff had learned about the plans from the news rather than from their managers",
          "National officer Dave Kerrigan", "explicit", "Dave Kerrigan"),
         ("mixed", 'that this was "a disgrace"', "National officer Dave Kerrigan", "explicit", "Dave Kerrigan")],
        id="participle-hung-on-the-reported-clause"),
    # ... but not after a verb of saying ("recalled" is the source's own attribution), nor a
    # participle of what the clause's subject does ("calling", "alleging").
    pytest.param("Court filings revealed that Mr Dale has sought $10 million in damages from his former aide, alleging that the "
                 "aide leaked confidential information.",
                 [("indirect", "that Mr Dale has sought $10 million in damages from his former aide", "Court filings", "nominal", None),
                  ("indirect", "that the aide leaked confidential information", "Mr Dale", "explicit", "Dale")],
                 id="alleging-is-the-subjects"),
    pytest.param(
        "“Does anybody know what the energy platform of the Liberal Party is?” Senator Ada Brandt asked. “Neither do I.”",
        [("direct", "“Does anybody know what the energy platform of the Liberal Party is?” Senator Ada Brandt asked. "
          "“Neither do I.”", "Senator Ada Brandt", "explicit", "Ada Brandt")],
        id="short-next-sentence-continues-the-quote"),
    # ... but a quotation inside a later sentence of the writer's is a claim of its own (the speaker's still, if anyone's).
    pytest.param(
        "“We will cut taxes,” Senator Ada Brandt said. On Friday she will visit a school in the valley that has been “left "
        "to fall apart by this government”.",
        [("direct", "“We will cut taxes,”", "Senator Ada Brandt", "explicit", "Ada Brandt"),
         ("direct", "“left to fall apart by this government”", "Senator Ada Brandt", "continuation", "Ada Brandt")],
        id="a-quotation-inside-a-later-sentence-is-no-continuation"),
    pytest.param(
        "The advert closes with footage of Marsh saying during the debate last week, “That makes me careful,” when Okoro "
        "attacked her.",
        [("direct", "“That makes me careful,”", "Marsh", "explicit", "Marsh")],
        id="participle-speaker-not-the-subordinate-clause"),
    pytest.param(
        "The advert uses footage of Dana Marsh asking, “Why aren't I fifty points ahead?”",
        [("direct", "“Why aren't I fifty points ahead?”", "Dana Marsh", "explicit", "Dana Marsh")],
        id="footage-of-a-person-asking-is-theirs-not-the-adverts"),
    pytest.param(
        "The spot features Dana Marsh saying that she would win.",
        [("indirect", "that she would win", "Dana Marsh", "explicit", "Dana Marsh")], id="features-a-person-saying"),
    pytest.param(
        "HALIFAX -- Premier Aidan Morrow, opening the new harbour terminal on Saturday, said it would double the port’s "
        "capacity by 2030.",
        [("indirect", "it would double the port’s capacity by 2030", "Premier Aidan Morrow", "explicit", "Aidan Morrow")],
        id="dateline-is-not-the-speaker"),
    pytest.param(
        "The governor attacked the plan on Monday.\n\n“If he thinks that makes him smart,” the ad’s narrator says, "
        "“what does he think of you?”",
        [("direct", "“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”",
          "the ad’s narrator", "nominal", None)],
        id="quote-around-a-nominal-attribution"),
    pytest.param(
        'At dinner I changed my answer: "Of course I was serious. I was only teasing." To which my mother said, '
        '"Thank heavens at least you still listen to your mother."',
        [("direct", '"Of course I was serious. I was only teasing."', None, "none", None),
         ("direct", '"Thank heavens at least you still listen to your mother."', "my mother", "nominal", None)],
        id="attribution-after-a-full-stop-introduces-the-next-quote"),
    pytest.param(
        'The mayor met the families on Sunday. "We will rebuild every house on this street." The council announced a '
        'review of the flood defences on Monday.',
        [("direct", '"We will rebuild every house on this street."', None, "none", None)],
        id="next-sentence-subject-is-not-the-speaker-of-a-closed-quote"),
    pytest.param(
        'Band manager Tom Reyes said the drummer died at home on Sunday.\n\nSinger Paul Mercer posted a tribute on '
        'Twitter, "A great drummer and a kind man. We will miss him terribly."',
        [("indirect", "the drummer died at home on Sunday", "Band manager Tom Reyes", "explicit", "Tom Reyes"),
         ("direct", '"A great drummer and a kind man. We will miss him terribly."', "Singer Paul Mercer", "explicit", "Paul Mercer")],
        id="named-subject-leading-into-a-quote-is-its-speaker"),
    pytest.param(
        "Insisting that the car was safe, the firm's chief executive Dieter Lang said: "
        '"we will first solve the problem before talking about who will pay".',
        [("indirect", "that the car was safe", "the firm's chief executive Dieter Lang", "explicit", "Dieter Lang"),
         ("direct", '"we will first solve the problem before talking about who will pay"', "the firm's chief executive Dieter Lang",
          "explicit", "Dieter Lang")],
        id="participle-before-its-governing-cue-takes-the-resolved-speaker"),
    # The question he was asked is not his: it is someone unnamed's.
    pytest.param(
        "When asked if the carmaker would seek damages from its supplier, the firm's chief executive Dieter Lang said: "
        '"we will first solve the problem before talking about who will pay".',
        [("indirect", "if the carmaker would seek damages from its supplier", None, "none", None),
         ("direct", '"we will first solve the problem before talking about who will pay"', "the firm's chief executive Dieter Lang",
          "explicit", "Dieter Lang")],
        id="when-asked-is-not-the-answerers-claim"),
    pytest.param(
        '"The relaxation coupled with rapid local growth could really lift the sector," added Ernst and Young\'s Sanjay Mehta.',
        [("direct", '"The relaxation coupled with rapid local growth could really lift the sector,"', "Ernst and Young's Sanjay Mehta",
          "explicit", "Sanjay Mehta")],
        id="inverted-speaker-parsed-as-an-object"),
    pytest.param(
        "According to Moody's, which has recently upgraded Peru's sovereign debt rating, the rise in remittances helps "
        "protect the Peruvian economy against shocks.",
        [("indirect", "the rise in remittances helps protect the Peruvian economy against shocks", "Moody's", "explicit", "Moody")],
        id="according-to-source-relative-clause-is-not-content"),
    pytest.param(
        "We were good friends, we shared a flat for three years in the old town.",
        [], id="clause-before-a-verb-of-another-kind-is-no-content"),
    pytest.param(
        "The old chapel was under renovation at the time of the fire, as seen by the scaffolding around the tower.",
        [], id="clause-before-a-verb-that-does-not-say-is-no-content"),
    pytest.param(
        "All but one of the sixteen people on board the cargo plane died; no deaths were reported on the ground.",
        [], id="clause-before-a-passive-cue-is-no-content"),
    pytest.param(
        "Experts say it would make the code more complicated. Said Okafor: “I don’t get the sense she is the least bit "
        "interested in tax reform.”",
        [("indirect", "it would make the code more complicated", "Experts", "nominal", None),
         ("direct", "“I don’t get the sense she is the least bit interested in tax reform.”", "Okafor", "explicit", "Okafor")],
        id="said-name-lead-in-mid-paragraph"),
    pytest.param(
        '"These are strange days," said Peter Morgan, a lawyer for the Harbour Trust, who has been challenging the mining '
        'industry for years.',
        [("direct", '"These are strange days,"', "Peter Morgan", "explicit", "Peter Morgan")],
        id="relative-clause-reports-nothing-before-it"),
    pytest.param(
        "Okafor said, “When people come back from war and combat, and they see things that most of the folks in this room "
        "have never seen, and you are strong and you can handle it. But a lot of people cannot handle it.”",
        [("direct", "“When people come back from war and combat, and they see things that most of the folks in this room "
          "have never seen, and you are strong and you can handle it. But a lot of people cannot handle it.”", "Okafor",
          "explicit", "Okafor")],
        id="quotation-right-after-the-verb"),
    # The parser joins "court" to "Doyle" as if coordinated: the fronted words are not the speaker.
    pytest.param(
        "Outside court, investor Margaret Doyle, 74, said she had lost her late husband's entire pension.",
        [("indirect", "she had lost her late husband's entire pension", "investor Margaret Doyle", "explicit", "Margaret Doyle")],
        id="fronted-place-is-not-the-speaker"),
    # The parser makes "election" the subject and the name its apposition: a subject never
    # follows its own preposition, so the name is the speaker as written too.
    pytest.param(
        "Ten days before the referendum, Peter Hale, an adviser to the Yes campaign, said the polls were wrong.",
        [("indirect", "the polls were wrong", "Peter Hale", "explicit", "Peter Hale")],
        id="name-after-a-fronted-prepositional-phrase-speaks"),
    # The parser hangs the words before a closing bracket on "said" as its object: they open the clause.
    pytest.param(
        "The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes.",
        [("indirect", "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes", "The SDF",
          "explicit", "SDF")],
        id="clause-opening-with-a-bracketed-aside"),
    # "Democrats accused …" is a new subject and verb of saying the parser joined to the clause.
    pytest.param(
        "The row set off another round of partisan fireworks on Friday: Republicans said they're increasingly convinced the "
        "department mishandled the investigation and Democrats accused the GOP of playing politics.",
        [("indirect", "they're increasingly convinced the department mishandled the investigation", "Republicans", "explicit",
          "Republicans"),
         ("indirect", "the GOP of playing politics", "Democrats", "explicit", "Democrats")],
        id="a-new-subject-and-verb-of-saying-end-the-clause"),
    # The parser hangs the subject on "is": it is still the one convinced.
    pytest.param(
        "Mr Myles is not convinced a rental model will work for consumers.",
        [("indirect", "a rental model will work for consumers", "Mr Myles", "explicit", "Myles")],
        id="subject-hung-on-the-auxiliary"),
    # A clause joined after a parenthetical attribution goes on with what was said ...
    pytest.param(
        "The middle fifth paid 8.9 percent, the tax office said in a June report, and those in the bottom fifth of "
        "incomes paid 0.8 percent.",
        [("indirect", "The middle fifth paid 8.9 percent, the tax office said in a June report, and those in the bottom fifth of "
          "incomes paid 0.8 percent", "the tax office", "nominal", "tax office")],
        id="clause-joined-after-a-parenthetical-attribution"),
    # ... not after a quotation, a whole utterance.
    pytest.param(
        "\"It never crossed my mind that I was losing it,\" she said months after her release, and a big reason for this "
        "was the rise of the new party.",
        [("direct", "\"It never crossed my mind that I was losing it,\"", "she", "pronoun", None)],
        id="clause-joined-after-a-quotation-is-the-writers"),
    # "The bank" right after a bank spoke is that bank, not another named earlier.
    pytest.param(
        "The Bank of England raised rates in May. Overall, Halifax said prices rose by 0.1% in the quarter. The bank said "
        "that the pattern of prices rising fastest in the north continued in December.",
        [("indirect", "prices rose by 0.1% in the quarter", "Halifax", "explicit", "Halifax"),
         ("indirect", "that the pattern of prices rising fastest in the north continued in December", "The bank", "nominal",
          "Halifax")],
        id="the-bank-that-spoke-just-before"),
    # What is seen happening is an event, whatever the tagger makes of its verb; what is seen
    # "as" something, or seen "that …", is a view.
    pytest.param("Several of the biggest firms saw their market value hit recent highs on Thursday.", [], id="saw-a-value-hit-highs"),
    pytest.param("The festival sees film executives decamp from Hollywood to Park City.", [], id="sees-executives-decamp"),
    pytest.param("The string of finds saw it elevated to the FTSE 100 index.", [], id="saw-it-elevated"),
    pytest.param("Analysts see two spurs to future growth as being the trade deal and lower tariffs.",
                 [("indirect", "two spurs to future growth as being the trade deal and lower tariffs", "Analysts", "nominal", None)],
                 id="see-as-is-a-view"),
    # "citing …" has a claim of its own: the verb's quoted phrase ends before it.
    pytest.param(
        "The drivers' union called the new rota a \"betrayal\" of its members, citing the loss of 200 jobs.",
        [("mixed", "the new rota a \"betrayal\" of its members", "The drivers' union", "nominal", None),
         ("indirect", "the loss of 200 jobs", "The drivers' union", "nominal", None)],
        id="participle-after-a-quoted-phrase-is-its-own-claim"),
    # spaCy tags the lone "Solvang" ORG, and "Berg" alone has no gender: the article named both in
    # full, so "she" is Solvang (the last subject), not Berg (the last speaker).
    pytest.param(
        "Chief executive Ingrid Solvang met union leader Peter Berg in Bergen on Monday.\n\n"
        "\"We have agreed on nothing yet,\" Berg said.\n\n"
        "Solvang declined to give a date for the talks. \"We will meet again in May,\" she said.",
        [("direct", "\"We have agreed on nothing yet,\"", "Berg", "explicit", "Berg"),
         ("direct", "\"We will meet again in May,\"", "she", "pronoun", "Solvang")],
        id="lone-surnames-take-the-full-names-person-and-gender"),
    # spaCy tags no entity on "Armenia" here: a country's name speaks as a place, so "It" is Armenia.
    pytest.param(
        "Foreign Minister Sergei Lavrov said the ceasefire was holding.\n\n"
        "Armenia maintains that Azerbaijani troops crossed its border this month. It says that 300 soldiers remain on its territory.",
        [("indirect", "the ceasefire was holding", "Foreign Minister Sergei Lavrov", "explicit", "Sergei Lavrov"),
         ("indirect", "that Azerbaijani troops crossed its border this month", "Armenia", "explicit", "Armenia"),
         ("indirect", "that 300 soldiers remain on its territory", "It", "pronoun", "Armenia")],
        id="untagged-country-speaks-as-a-place"),
    # "reported" here is what was said (passive, after "that"), not a relaying ", TASS reported".
    pytest.param(
        "The company said that no injuries had been reported.",
        [("indirect", "that no injuries had been reported", "The company", "nominal", None)],
        id="passive-reported-is-content-not-a-relay"),
    # Nor is one right after the cue, with no comma before it: it is what she said she did.
    pytest.param(
        "Joan Pryce said she had reported the lodger to the council after he stopped paying rent.",
        [("indirect", "she had reported the lodger to the council after he stopped paying rent", "Joan Pryce", "explicit",
          "Joan Pryce")],
        id="reported-right-after-the-cue-is-content-not-a-relay"),
    # A quoted name opening the reported clause is no quotation of its own.
    pytest.param(
        '"Smart passes" will let commuters pay for the tram with their phones, the transport authority said.',
        [("mixed", '"Smart passes" will let commuters pay for the tram with their phones', "the transport authority", "nominal",
          "transport authority")],
        id="quoted-name-opens-the-reported-clause"),
    # "He" is the one who tells, not the one told of in what he tells.
    pytest.param(
        "Rovers manager Ewan Ross has yet to confirm that Paul Munt is leaving.\n\n"
        '"I heard that he has signed for another club, but not from the lad himself," he said.',
        [("direct", '"I heard that he has signed for another club, but not from the lad himself,"', "he", "pronoun", "Ewan Ross")],
        id="he-is-the-teller-not-the-one-told-of"),
    # The one named right after a noun ("Her neighbour Dean Hughes") is whom the sentence is about.
    pytest.param(
        '"We moved in in 2023. Nobody told us," said Kerry Blake, 38.\n\n'
        'Her neighbour Dean Hughes, 52, agreed. "We have spent thousands," he said.',
        [("direct", '"We moved in in 2023. Nobody told us,"', "Kerry Blake", "explicit", "Kerry Blake"),
         ("direct", '"We have spent thousands,"', "he", "pronoun", "Dean Hughes")],
        id="name-right-after-the-subjects-noun"),
    # A fronted participle the parser made the subject ("May" an auxiliary) does not speak; the
    # titled name set off after it does.
    pytest.param(
        "Sentencing at Portmere Crown Court, Mrs Justice May said the company had shown a shocking disregard for the river.",
        [("indirect", "the company had shown a shocking disregard for the river", "Mrs Justice May", "explicit", "Mrs Justice May")],
        id="a-judge-after-a-fronted-participle"),
    # A party tagged as a nationality is no person described by origin.
    pytest.param(
        "Friedrich Merz called for a vote.\n\nThe Greens said they would stay in government until the election.",
        [("indirect", "they would stay in government until the election", "The Greens", "explicit", "Greens")],
        id="the-greens-are-a-party"),
    pytest.param(
        "Donald Trump spoke in Ohio.\n\nThe Republican also said the rally had been the biggest of the campaign.",
        [("indirect", "the rally had been the biggest of the campaign", "The Republican", "nominal", "Donald Trump")],
        id="the-republican-is-a-person"),
    # A cue the parser hung on the speaker's name says nothing: its speaker is no content.
    pytest.param(
        'Opposition leader Friedrich Merz, whose conservatives lead the polls, called for the vote to be held next week. '
        '"There is no reason to wait," he said.',
        [("direct", '"There is no reason to wait,"', "he", "pronoun", "Friedrich Merz")],
        id="the-speakers-phrase-is-no-content"),
    # A plural noun opening the headline and the lead is no person a title could stand for.
    pytest.param(
        "Teachers in England to get 4% pay rise\n"
        "Teachers in England will receive a 4% pay rise from September, the education secretary has announced.",
        [("indirect", "Teachers in England will receive a 4% pay rise from September", "the education secretary", "nominal", None)],
        id="a-plural-noun-is-no-person"),
    # A family speaks together and is "they" after, not a place named before.
    pytest.param(
        "Police name man killed in Harrowgate crash\n"
        "A man who died after his car hit a tree in Harrowgate has been named by police.\n"
        'In a tribute, his family said he was "a loving son".\n'
        '"Ash lit up every room he walked into. We are heartbroken," they said.',
        [("mixed", 'he was "a loving son"', "his family", "nominal", None),
         ("direct", '"Ash lit up every room he walked into. We are heartbroken,"', "they", "pronoun", None)],
        id="they-after-a-family"),
    # "added" goes on with the one who just spoke, even under a former title.
    pytest.param(
        'Clement insisted the pressure was on Celtic. "We can play with freedom," the Belgian said.\n\n'
        "The former Genk coach added that midfielder Mohamed Diomande was a doubt with a knee problem.",
        [("indirect", "the pressure was on Celtic", "Clement", "explicit", "Clement"),
         ("direct", '"We can play with freedom,"', "the Belgian", "nominal", "Clement"),
         ("indirect", "that midfielder Mohamed Diomande was a doubt with a knee problem", "The former Genk coach", "nominal", "Clement")],
        id="a-former-title-that-added"),
    # Not the subject of the sentence before when the pronoun's own sentence named someone first.
    pytest.param(
        "Top seed Lena Marsh drew veteran Ana Ruiz.\n\n"
        "Tim Haldane came from two sets down to beat Rolf Brandt last year, and he said he faced a tough test in Perth.",
        [("indirect", "he faced a tough test in Perth", "he", "pronoun", "Tim Haldane")],
        id="someone-named-earlier-in-the-pronouns-sentence"),
    # The parser hangs the gerund subject of the reported clause on "said"; "went hiking" stays no claim.
    pytest.param(
        "Wendy Parmet said naming the virus after Wuhan would place a stigma on its people. Later he went hiking in Peru.",
        [("indirect", "naming the virus after Wuhan would place a stigma on its people", "Wendy Parmet", "explicit", "Wendy Parmet")],
        id="gerund-subject-of-the-reported-clause"),
    # "the government" written near an organisation's name does not make it the government.
    pytest.param(
        "The ruling placed no injunction on the government to change the Selective Service System.\n\n"
        "The government said that a commission was studying the draft.",
        [("indirect", "that a commission was studying the draft", "The government", "nominal", None)],
        id="description-near-a-name-is-not-its-title"),
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov met his Iranian counterpart.\n\n"
        "The minister said that the talks had been useful.",
        [("indirect", "that the talks had been useful", "The minister", "nominal", "Sergei Lavrov")],
        id="title-before-the-name"),
    # Plural things ("these videos") are not the group that spoke last; "the sides" are.
    pytest.param(
        "Police said the attacker left the hall.\n\nAccording to these videos, officers then surrounded the attacker.",
        [("indirect", "the attacker left the hall", "Police", "nominal", None),  # (no force named: `test_a_bodys_noun_…`)
         ("indirect", "officers then surrounded the attacker", "these videos", "nominal", None)],
        id="plural-things-are-not-the-last-speakers"),
    # One person is no group; two who spoke together are.
    pytest.param(
        "Finance Minister Lars Berg said the budget was balanced. According to the opposition parties, it is a sham.",
        [("indirect", "the budget was balanced", "Finance Minister Lars Berg", "explicit", "Lars Berg"),
         ("indirect", "it is a sham", "the opposition parties", "nominal", None)],
        id="one-person-is-not-the-parties"),
    pytest.param(
        "Finance Minister Lars Berg told reporters the deficit had shrunk. The researchers said the figures were too early to judge.",
        [("indirect", "the deficit had shrunk", "Finance Minister Lars Berg", "explicit", "Lars Berg"),
         ("indirect", "the figures were too early to judge", "The researchers", "nominal", None)],
        id="one-person-is-not-the-researchers"),
    pytest.param(
        "Mayor Ruth Okafor and Governor Tim Vance met in Portmere on Monday and said the bridge would reopen in April. "
        "The two leaders also said the ferry would keep running.",
        [("indirect", "the bridge would reopen in April", "Mayor Ruth Okafor and Governor Tim Vance", "explicit", "Ruth Okafor"),
         ("indirect", "the ferry would keep running", "The two leaders", "nominal", "Ruth Okafor")],
        id="two-who-spoke-are-the-two-leaders"),
    # "The company": the firm last in subject position, though never written "the company" by its name.
    pytest.param(
        "Renault said on Tuesday that its profits had risen by 12%.\n\n"
        "Analysts had expected a smaller rise. The company said it would hire 300 engineers in Spain.",
        [("indirect", "that its profits had risen by 12%", "Renault", "explicit", "Renault"),
         ("indirect", "it would hire 300 engineers in Spain", "The company", "nominal", "Renault")],
        id="the-company-is-the-firm-last-in-subject-position"),
    pytest.param(
        "Renault and Nissan have agreed to share a factory in Spain.\n\nThe two firms said production would start in May.",
        [("indirect", "production would start in May", "The two firms", "nominal", None)],
        id="two-firms-are-not-one-firm"),
    # The possessor says whom the speaker works for; the speaker is the person.
    pytest.param(
        "\"Airbus is now where Boeing was a few years ago,\" said Flight International's Mr Learmount.",
        [("direct", "\"Airbus is now where Boeing was a few years ago,\"", "Flight International's Mr Learmount", "explicit",
          "Mr Learmount")],
        id="possessor-is-not-the-speaker"),
    # "that" parsed as the object of "rejects", which has an object already: a that-clause, not
    # a relative clause of "a briefing" (who heard it is not what was said).
    pytest.param(
        "Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing that the ministry \"categorically rejects\" the "
        "accusations.",
        [("mixed", "that the ministry \"categorically rejects\" the accusations", "Russian Foreign Ministry spokeswoman Maria Zakharova",
          "explicit", "Maria Zakharova")],
        id="that-clause-parsed-as-relative-clause-of-the-addressee"),
    # A quotation's paragraphs joined into one line by the scraper: the reopened part is still
    # the spokesman's, and the "I want" inside it is no claim of an unknown "I".
    pytest.param(
        'Watchdog spokesman Rob Dane said: "Phone firms should warn their customers sooner. "If my bill goes over the '
        'usual amount I want to know about it straight away."',
        [("direct", '"Phone firms should warn their customers sooner. "If my bill goes over the usual amount I want to know '
          'about it straight away."', "Watchdog spokesman Rob Dane", "explicit", "Rob Dane")],
        id="quotation-paragraphs-joined-on-one-line"),
    # A later quotation of the paragraph joins a quoted claim only when no other attribution stands
    # between; it joins the other attribution's reported words it opens the next sentence after.
    pytest.param(
        'Party leader Tom Morris spoke in Leeds. "We are not going to form the next government," he said. Neither does the '
        'party have to fight every seat. The result, he says, will be decided by a few swing seats. "The internet was a '
        'decisive factor in the last election. People just did it."',
        [("direct", '"We are not going to form the next government,"', "he", "pronoun", "Tom Morris"),
         ("mixed", 'The result, he says, will be decided by a few swing seats. "The internet was a decisive factor in the last '
          'election. People just did it."', "he", "pronoun", "Tom Morris")],
        id="no-merge-across-another-attribution"),
    # "she said" after a quotation introduced with a colon, parsed as what "added" reports: one claim.
    pytest.param(
        'Kirsty Williams, for the Lib Dems, added: "This is a scandal that should never have happened," she said.',
        [("direct", '"This is a scandal that should never have happened,"', "Kirsty Williams", "explicit", "Kirsty Williams")],
        id="colon-quotation-and-she-said-one-claim"),
    # An adjective after a copula speaks for the copula's subject; an infinitive after a verb's
    # object, for that object.
    pytest.param(
        "Minister Ruth Alder visited the depot. She is concerned too many drivers are working without a break.",
        [("indirect", "too many drivers are working without a break", "She", "pronoun", "Ruth Alder")],
        id="adjective-after-a-copula"),
    pytest.param(
        "The new contracts were delayed again, leading Argonaut to warn in October that it was running out of cash.",
        [("indirect", "that it was running out of cash", "Argonaut", "explicit", "Argonaut")],
        id="infinitive-after-the-object"),
    pytest.param(
        "Tony Blair used the speech to claim that the Tories are soft on terrorism.",
        [("indirect", "that the Tories are soft on terrorism", "Tony Blair", "explicit", "Tony Blair")],
        id="infinitive-after-an-instrument"),
    pytest.param(
        "Mr Howard urged the chancellor to admit that he had dragged millions of people into the tax net.",
        [("indirect", "that he had dragged millions of people into the tax net", "Mr Howard", "explicit", "Howard")],
        id="infinitive-asked-for-is-not-done"),
    # The parser roots the whole sentence in the quotation: the lead-in's own verb ("justified")
    # has the subject who speaks, not "approved" of the relative clause with its agent.
    pytest.param(
        "Fishing crews blocked the harbour on Sunday, the Nordic Fishermen Union reported.\n\n"
        "In a statement released after the raid, the Norwegian Ministry of Defence justified the strike, which was approved by "
        'Prime Minister Erna Dahl, as "defensive" in nature: "At the direction of the Prime Minister, the Norwegian army has taken '
        'decisive defensive action to protect Norwegian personnel abroad."',
        [("indirect", "Fishing crews blocked the harbour on Sunday", "the Nordic Fishermen Union", "explicit", "Nordic Fishermen Union"),
         ("direct", '"At the direction of the Prime Minister, the Norwegian army has taken decisive defensive action to protect '
          'Norwegian personnel abroad."', "the Norwegian Ministry of Defence", "explicit", "Norwegian Ministry of Defence")],
        id="lead-in-of-a-sentence-rooted-in-the-quotation"),
    pytest.param(
        "They worked with the group Equally Nordic.\n\nThe government of Svalbard issued a statement agreeing the issue should be "
        'decided by parliament and not by judges: "imposition of rules by judicial fiat would fail to recognize the importance of '
        'the northern way."',
        [("direct", '"imposition of rules by judicial fiat would fail to recognize the importance of the northern way."',
          "The government", "nominal", None)],
        id="passive-in-a-relative-clause-is-no-cue-of-the-quotation"),
    # A stance whose whole object is a short quoted phrase: a scare quote or a phrase cited, not
    # something said ("Stop the cuts!" would be: it has a verb).
    pytest.param(
        "A bookmaker stopped taking bets on the quiz show. However, a studio spokeswoman was "
        '"satisfied" that private details about the show remained confidential.', [], id="quoted-participle-is-no-claim"),
    pytest.param(
        'But they could at least rely on one "secret weapon", as one volunteer put it - party leader Alan Dorsey.',
        [], id="quoted-noun-phrase-is-no-claim"),
    pytest.param(
        "Mr Lane branded the existence of the 40-employee Pear Council, set up in 1998 to research and promote overseas pear "
        'markets, "baffling".', [], id="quoted-adjective-is-no-claim"),
    # A reader's "Let's hope …" is the writer's own wish (the speaker was "'s").
    pytest.param("It's all flash and no real policy here.\n\nLet's hope this is the start of the party slipping into obscurity.",
                 [], id="lets-hope-is-no-claim"),
    pytest.param("Let’s just say the vote did not go our way.", [], id="lets-say-is-no-claim"),
    # Whoever issued a statement speaks through it; one with an author of its own is the author's.
    pytest.param(
        "Harbour House has issued a statement saying the duke has apologised for any offence caused.",
        [("indirect", "the duke has apologised for any offence caused", "Harbour House", "explicit", "Harbour House")],
        id="statement-issued-by-a-body"),
    pytest.param(
        "The duke spoke to reporters on Monday. Later, Ann Cole's campaign released a statement saying it was postponing a rally.",
        [("indirect", "it was postponing a rally", "Ann Cole's campaign", "nominal", None)],
        id="statement-issued-by-a-campaign"),
    pytest.param(
        "Ann Cole spoke on Monday. She released a statement saying the vote was a disgrace.",
        [("indirect", "the vote was a disgrace", "She", "pronoun", "Ann Cole")],
        id="statement-issued-by-her"),
    pytest.param(
        "Team physician Karin Holm issued a statement saying the striker had been given rest and fluids.",
        [("indirect", "the striker had been given rest and fluids", "Team physician Karin Holm", "explicit", "Karin Holm")],
        id="statement-issued-by-a-person"),
    pytest.param(
        'Deezer released a statement which read, in part, "This ruling raises serious questions about the future of streaming."',
        [("direct", '"This ruling raises serious questions about the future of streaming."', "Deezer", "explicit", "Deezer")],
        id="statement-released-by-an-untagged-name"),
    # ... also in a relative clause, and a video or an ad put out, or an article spoken in.
    pytest.param(
        'In selling the courses, Dana Whitfield released a marketing video that said, "Every teacher here has been handpicked by me."',
        [("direct", '"Every teacher here has been handpicked by me."', "Dana Whitfield", "explicit", "Dana Whitfield")],
        id="video-released-that-said"),
    pytest.param(
        "The Ledger shot back in an article stating that Portmere had more millionaires than any other city.",
        [("indirect", "that Portmere had more millionaires than any other city", "The Ledger", "explicit", "Ledger")],
        id="spoke-in-an-article-stating"),
    pytest.param(
        "Which brings me to Sanders. The Ledger recently ran a piece that noted his plan would benefit affluent households more "
        "than poorer ones.",
        [("indirect", "his plan would benefit affluent households more than poorer ones", "The Ledger", "explicit", "Ledger")],
        id="paper-ran-a-piece-that-noted"),
    # ... and a participle hung on whom it was sent to says what it says.
    pytest.param(
        'As the results came in, his campaign sent out a text message to supporters saying: "With your help, we were just '
        'declared the winner!"',
        [("direct", '"With your help, we were just declared the winner!"', "his campaign", "nominal", None)],
        id="message-sent-to-supporters-saying"),
    pytest.param(
        "Ann Cole spoke on Monday. She sent a message to her staff saying the office would close early.",
        [("indirect", "the office would close early", "She", "pronoun", "Ann Cole")],
        id="message-sent-to-staff-saying"),
    # (not a document with an author of its own, named or not)
    pytest.param(
        "The governor is a keen cyclist. He released a letter from his doctor on Friday that says he is in excellent health.",
        [("indirect", "he is in excellent health", "a letter", "nominal", None)],
        id="letter-from-his-doctor-released"),
    pytest.param(
        "Later, blogger Tom Drake posted a report from The Ledger about the mayor's health. The report said the mayor had "
        "suffered a minor stroke in May.",
        [("indirect", "the mayor had suffered a minor stroke in May", "The report", "nominal", "Ledger")],
        id="report-posted-by-one-written-by-another"),
    # "The firm" is the one whose policy the sentences before were about, not the firms named first.
    pytest.param(
        "Supermarkets such as Tesco and Asda have recently been reformulating calorie-heavy products.\n\nUnilever's new "
        "advertising policy, which covers advertising on TV, radio and in print, is aimed at children between the ages of six and "
        "11. It means commercials for some of its snacks will now be replaced. But the firm said it would continue to advertise "
        "all its products in media seen by parents.",
        [("indirect", "it would continue to advertise all its products in media seen by parents", "the firm", "nominal", "Unilever")],
        id="the-firm-owning-the-subject-before"),
    # A participle after a deed is its doer's, not the deed's.
    pytest.param(
        'Ali Reza, the president of the chess federation, explained the decision to ban the players saying, "As a first step, '
        'these two will be denied entry to all tournaments."',
        [("direct", '"As a first step, these two will be denied entry to all tournaments."', "Ali Reza", "explicit", "Ali Reza")],
        id="participle-after-a-deed"),
    # A participle set off after a view explains the view: the holder's, not its clause subject's.
    pytest.param(
        'Marta Rees believes a winter break carries many advantages, explaining: "It is the perfect chance to recharge batteries."',
        [("direct", '"It is the perfect chance to recharge batteries."', "Marta Rees", "explicit", "Marta Rees")],
        id="participle-after-a-view-is-the-holders"),
])
def test_claims(text: str, expected: list[tuple[str, str, str | None, str, str | None]], nlp: Language,
                cues: CueLexicon, config: Config) -> None:
    assert [summary(c, text) for c in claims_of(text, nlp, cues, config)] == expected


def test_split_quote_is_one_claim_with_two_fragments(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = 'Trade envoy Mark Doyle met the delegation in Geneva.\n\n"We have done our part," he said. "Now it is up to them to move."'
    (claim,) = claims_of(text, nlp, cues, config)
    assert [text[f.start:f.end] for f in claim.fragments] == ['"We have done our part,"', '"Now it is up to them to move."']
    assert (claim.kind, claim.speaker_text, claim.attribution) == ("direct", "he", "pronoun")
    assert text[claim.antecedent_start:claim.antecedent_end] == "Mark Doyle"


@pytest.mark.parametrize(("text", "fragments", "speaker"), [
    # The programme's title, quoted between the halves, is no part of the claim and no new turn.
    pytest.param("“He is absolutely right. There is a severe disconnect between the council and the port,” Brekke said on Radio "
                 "North’s “Morning Show.” “I mean, there is a lot of frustration within the ranks.”",
                 ["“He is absolutely right. There is a severe disconnect between the council and the port,”",
                  "“I mean, there is a lot of frustration within the ranks.”"], "Brekke", id="a-title-in-the-attribution"),
    # The parser ended the attribution's sentence after the next quotation's opening marks: that
    # quotation still opens a sentence of its own, and goes on with the turn.
    pytest.param("''The harbour made the ultimate sacrifice for this town, didn't it?'' Mayor Ana Ruiz said. ''And what has it "
                 "had from the council? Nothing but cuts.''",
                 ["''The harbour made the ultimate sacrifice for this town, didn't it?''",
                  "''And what has it had from the council? Nothing but cuts.''"], "Mayor Ana Ruiz", id="a-sentence-run-on-into-it"),
])
def test_a_turn_goes_on_past_its_attribution(nlp: Language, cues: CueLexicon, config: Config, text: str, fragments: list[str],
                                             speaker: str) -> None:
    (claim,) = claims_of(text, nlp, cues, config)
    assert [text[f.start:f.end] for f in claim.fragments] == fragments
    assert claim.speaker_text == speaker


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation opening the next sentence goes on with reported words, as after a quotation ...
    pytest.param('Mayor Ana Ruiz said she was "looking for a team" and that the key member would be her deputy. "And I am not '
                 'ruling anybody out."',
                 [('she was "looking for a team" and that the key member would be her deputy. "And I am not ruling anybody out."',
                   "Mayor Ana Ruiz")], id="next-sentence"),
    # ... but not one later in the same sentence, nor one with an attribution of its own.
    pytest.param('Mayor Ana Ruiz said the budget was balanced and called the deficit "a thing of the past".',
                 [("the budget was balanced", "Mayor Ana Ruiz"), ('the deficit "a thing of the past"', "Mayor Ana Ruiz")],
                 id="same-sentence"),
    pytest.param('Mayor Ana Ruiz said the budget was balanced. "We have done everything we could," she told reporters.',
                 [("the budget was balanced", "Mayor Ana Ruiz"), ('"We have done everything we could,"', "she")],
                 id="signed-on-its-own"),
    # ... nor one after a sentence of the writer's, nor a name in marks opening the next sentence.
    pytest.param('Mayor Ana Ruiz said the budget was balanced. The council met again on Friday. "We have done everything we '
                 'could for the harbour."',
                 [("the budget was balanced", "Mayor Ana Ruiz"), ('"We have done everything we could for the harbour."',
                                                                  "Mayor Ana Ruiz")], id="after-a-sentence-of-the-writer"),
    pytest.param('Mayor Ana Ruiz said the new ferry would be named after the harbour. "Sea Queen" was the favourite.',
                 [("the new ferry would be named after the harbour", "Mayor Ana Ruiz")], id="a-name-in-marks"),
])
def test_a_quotation_after_reported_words_goes_on_with_them(nlp: Language, cues: CueLexicon, config: Config, text: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert [(c.quote_text, c.speaker_text) for c in claims_of(text, nlp, cues, config)] == expected


@pytest.mark.parametrize("text", [
    # Some papers print double quote marks as two apostrophes: "continued" reports such a quotation too.
    "Ms Lund spoke on Monday. ''I have studied this real closely,'' she continued. ''What I propose is a new pier.''",
    'Ms Lund spoke on Monday. "I have studied this real closely," she continued. "What I propose is a new pier."',
])
def test_continued_after_a_quotation_in_any_marks(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert (claim.cue, claim.speaker_text, antecedent_of(claim, text)) == ("continued", "she", "Ms Lund")
    assert claim.quote_text.endswith("a new pier.''") or claim.quote_text.endswith('a new pier."')


def test_participle_inherits_speaker(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = "Mayor Ana Ruiz said the budget was balanced, adding that reserves would grow next year."
    claims = claims_of(text, nlp, cues, config)
    assert [(c.quote_text, c.speaker_text, c.cue) for c in claims] == [
        ("the budget was balanced", "Mayor Ana Ruiz", "said"),
        ("that reserves would grow next year", "Mayor Ana Ruiz", "adding"),
    ]


def test_according_to_the_speaker_inside_what_was_said_relays_nothing(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "according to him" is a phrase of the speaker's own words, not a source passing them on.
    text = ('Defence Minister Pavel Orlov spoke on Friday. He noted that the army would hold drills in April, which, according to '
            'him, "are purely defensive in nature".')
    assert [(c.cue, c.speaker_text, c.via) for c in all_claims_of(text, nlp, lexicons, config)] == [("noted", "He", None)]


def test_relaying_agency_becomes_via(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = "The talks will resume in May, Foreign Minister Jan Novak said, Reuters reported."
    (claim,) = claims_of(text, nlp, cues, config)
    assert (claim.quote_text, claim.speaker_text, claim.via) == ("The talks will resume in May", "Foreign Minister Jan Novak", "Reuters")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("“We will not give up,” the minister said, according to Tass.", [("“We will not give up,”", "the minister", "Tass")],
                 id="one-sentence"),
    # The sentence splitter cut the quotation: "according to" took only its last sentence.
    pytest.param("Judge Ruth Marsh criticized the council on Tuesday. “There’s this constant drip, drip, drip of excuses. When does it "
                 "stop?,” the judge said, according to the Herald.",
                 [("the council", "Judge Ruth Marsh", None),
                  ("“There’s this constant drip, drip, drip of excuses. When does it stop?,”", "the judge", "the Herald")],
                 id="a-quotation-of-two-sentences"),
    # A relay closing a sentence that "according to" opens passes the source's words on.
    pytest.param("Foreign Minister Pavel Orlov spoke in Ankara. According to Orlov, Russia has never refused to talk, TASS reported.",
                 [("Russia has never refused to talk", "Orlov", "TASS")], id="according-to-then-a-relay"),
])
def test_according_to_after_an_attribution_relays_it(nlp: Language, cues: CueLexicon, config: Config, text: str,
                                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.quote_text, c.speaker_text, c.via) for c in claims_of(text, nlp, cues, config)] == expected


def test_a_relay_whose_clause_the_source_gives_is_no_trailing_relay(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "According to X, Y reported …": Y's report is what X says, not a relay closing X's words.
    text = "According to Fox News, the State Department reported finding an additional 328 emails containing classified information."
    assert [(c.quote_text, c.speaker_text, c.via) for c in all_claims_of(text, nlp, lexicons, config)] == [
        ("finding an additional 328 emails containing classified information", "the State Department", "Fox News")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Herald quoted Mr Okafor as saying the ferry contract was dead.",
                 ("the ferry contract was dead", "Mr Okafor", "The Herald"), id="quoted-as-saying"),
    pytest.param("Reuters cited a senior port official as saying that the strike would end on Monday.",
                 ("that the strike would end on Monday", "a senior port official", "Reuters"), id="cited-as-saying"),
    pytest.param("Harbour master Ewan Ross was quoted by the Island Times as saying the pier would reopen in May.",
                 ("the pier would reopen in May", "Harbour master Ewan Ross", "the Island Times"), id="was-quoted-by-as-saying"),
    pytest.param('"The harbour will stay open all winter," the Herald quoted a port official as saying.',
                 ('"The harbour will stay open all winter,"', "a port official", "the Herald"), id="quotation-then-quoted-as-saying"),
])
def test_the_one_quoted_as_saying_speaks_and_the_source_relays(nlp: Language, cues: CueLexicon, config: Config, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    # The paper that quotes someone "as saying" is no speaker of its own: one claim, by the one quoted.
    (claim,) = claims_of(text, nlp, cues, config)
    assert (claim.quote_text, claim.speaker_text, claim.via) == expected


def test_quote_over_three_paragraphs(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = ("“The first paragraph of a long statement goes here, and it does not close.\n\n"
            "“The second paragraph reopens without a closing mark.\n\n"
            "“The third paragraph finally closes the quotation,” said Judge Mary Oduya.")
    (claim,) = claims_of(text, nlp, cues, config)
    assert claim.quote_text.startswith("“The first paragraph") and claim.quote_text.endswith("quotation,”")
    assert (claim.kind, claim.speaker_text) == ("direct", "Judge Mary Oduya")


def test_unclosed_quote_does_not_swallow_the_article(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = 'Colin Ashdown said: "We will rebuild the bridge before winter.\n\nThe council approved the plan on Tuesday, the mayor said.'
    claims = claims_of(text, nlp, cues, config)
    assert [(c.kind, c.quote_text) for c in claims] == [
        ("direct", '"We will rebuild the bridge before winter.'),
        ("indirect", "The council approved the plan on Tuesday"),
    ]


def test_continuation_inherits_previous_speaker(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = ('"We expect the peak at midnight," said flood manager Priya Raman.\n\n'
            '"The defences have held so far and we expect them to hold tonight."')
    _, second = claims_of(text, nlp, cues, config)
    assert (second.attribution, second.speaker_text, second.cue) == ("continuation", "flood manager Priya Raman", None)
    assert text[second.antecedent_start:second.antecedent_end] == "Priya Raman"


@pytest.mark.parametrize(("text", "expected"), [
    # A claim inside the attribution of a quotation is no new turn: the quotation after it goes
    # on with the one quoted (one claim, as PolNeAR annotates it), however short.
    pytest.param('"This is a disgrace," Councillor Ian Webb said on Tuesday, a day after the ministry announced that the '
                 'mill would close. "We will fight it."',
                 [('"This is a disgrace," Councillor Ian Webb said on Tuesday, a day after the ministry announced that the mill '
                   'would close. "We will fight it."', "Councillor Ian Webb"),
                  ("that the mill would close", "the ministry")],
                 id="after-an-announcement-in-the-attribution"),
    pytest.param('"This is a disgrace," Councillor Ian Webb said, adding that the ministry had announced that the mill would '
                 'close. "We will fight it in every court of this land."',
                 [('"This is a disgrace," Councillor Ian Webb said, adding that the ministry had announced that the mill would '
                   'close. "We will fight it in every court of this land."', "Councillor Ian Webb"),
                  ("that the ministry had announced that the mill would close", "Councillor Ian Webb"),
                  ("that the mill would close", "the ministry")],
                 id="what-the-speaker-added"),
    # In the next paragraph the quotation continues the outer speaker, not the one named inside.
    pytest.param("Councillor Ian Webb said the ministry had announced that the mill would close.\n\n"
                 '"We will fight it in every court of this land until the end."',
                 [("the ministry had announced that the mill would close", "Councillor Ian Webb"),
                  ("that the mill would close", "the ministry"),
                  ('"We will fight it in every court of this land until the end."', "Councillor Ian Webb")],
                 id="next-paragraph"),
    # A clause set after "after" says when, not what the ministry announced.
    pytest.param('"This is a disgrace," Councillor Ian Webb said on Tuesday, a day after the ministry announced the closure. '
                 '"We will fight it."',
                 [('"This is a disgrace," Councillor Ian Webb said on Tuesday, a day after the ministry announced the closure. '
                   '"We will fight it."', "Councillor Ian Webb")],
                 id="a-subordinate-cue-reports-nothing-before-it"),
    # Nor does a stance hold the floor: who is "with … saying" speaks.
    pytest.param('Lisbon welcomed the ruling, with finance minister Rui Pereira saying it showed the budget was "on the right '
                 'track even in hard times".\n\n"We must continue along this path of saving money and more."',
                 [('the ruling, with finance minister Rui Pereira saying it showed the budget was "on the right track even in hard '
                   'times"', "Lisbon"),
                  ('it showed the budget was "on the right track even in hard times"', "finance minister Rui Pereira"),
                  ('"We must continue along this path of saving money and more."', "finance minister Rui Pereira")],
                 id="a-stance-does-not-hold-the-floor"),
    # A claim in the clause another reports, whatever that other verb, is part of what is
    # recounted: the quotation after it goes on with the one who recounts.
    pytest.param('Former harbour master Ruth Okafor remembered how one of her colleagues called all women "Betty".\n\n'
                 '"When I said that my name was not Betty, he said we were all the same to him."',
                 [('how one of her colleagues called all women "Betty"', "Former harbour master Ruth Okafor"),
                  ('all women "Betty"', "one of her colleagues"),
                  ('"When I said that my name was not Betty, he said we were all the same to him."',
                   "Former harbour master Ruth Okafor")],
                 id="a-claim-in-the-clause-recounted"),
    # The guard: a claim beside the quotation's, not inside its attribution, starts a turn.
    pytest.param('"This is a disgrace," Councillor Ian Webb said. The ministry said that the mill would close. '
                 '"We have no choice at all in this matter."',
                 [('"This is a disgrace,"', "Councillor Ian Webb"),
                  ('that the mill would close. "We have no choice at all in this matter."', "The ministry")],
                 id="a-claim-of-its-own-takes-the-floor"),
])
def test_a_claim_inside_an_attribution_keeps_the_floor(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: list[tuple[str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    assert content_speaker(text, nlp, lexicons, config) == expected


def test_half_of_a_hyphenated_word_is_no_verb(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # spaCy splits "co-ordinate" into "co" "-" "ordinate" and tags "co" a verb with "ordinate …" its clause.
    text = "The Public and Commercial Services Union will co-ordinate any action with up to six other unions."
    assert all_claims_of(text, nlp, lexicons, config) == []


def test_the_articles_pronouns_outweigh_a_first_name_list(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # gender-guesser lists "Alexis" as a man's name; the article says "she" of Tipton throughout.
    text = ("US voice actor Alexis Tipton spoke at the convention on Saturday. Tipton held a panel on her career in dubbing. "
            "Once she was an invited guest, Tipton realised it was work. Tipton was devastated when she caught a cold before "
            'an audition.\n\n"I was so nervous when I would sing," she said.')
    assert antecedent_of(claims_of(text, nlp, cues, config)[-1], text) == "Tipton"
    # "her" alone may be someone unnamed ("the queen"): the list stands.
    text = ("Mayor John Smith met Queen Anne at the harbour. John Smith praised her courage. John Smith thanked her warmly "
            'for the visit. John Smith gave her flowers.\n\n"It was an honour," he said.')
    assert antecedent_of(claims_of(text, nlp, cues, config)[-1], text) == "John Smith"


def test_pronoun_agrees_in_gender(nlp: Language, cues: CueLexicon, config: Config) -> None:
    text = ("Judge Margaret Doyle sentenced Tom Rourke on Friday. Defence lawyer Peter Hale spoke outside.\n\n"
            "“The sentence reflects the harm done,” she said.")
    (claim,) = claims_of(text, nlp, cues, config)
    assert text[claim.antecedent_start:claim.antecedent_end] == "Margaret Doyle"


def test_coordinated_verb_of_saying_has_its_own_content(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "…, and she urged …" is no inverted attribution of the clause before: its content is its
    # own infinitive (a construction the frame model learned).
    text = "Governor Ana Ruiz said the state would appeal, and she urged the legislature to delay the vote until spring."
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("said", "the state would appeal", "Governor Ana Ruiz"),
        ("urged", "to delay the vote until spring", "she"),
    ]


def test_headline_quote_is_not_a_claim(nlp: Language, cues: CueLexicon, config: Config) -> None:
    title = 'Mayor says budget "will balance by June, whatever the unions say"'
    text = f"{title}\n\nThe mayor presented her budget on Monday."
    assert claims_of(text, nlp, cues, config, title=title) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from([*'ab “”"‘’\n.,:', " said", " he", " Smith", " that", " according to", " Mr"]),
                max_size=80).map("".join))
def test_never_raises_and_offsets_hold(text: str, nlp: Language, cues: CueLexicon, config: Config) -> None:
    for claim in claims_of(text, nlp, cues, config):
        assert 0 <= claim.start_char < claim.end_char <= len(text)
        assert text[claim.start_char:claim.end_char] == claim.quote_text
        pieces = [(f.start, f.end) for f in claim.fragments]
        assert pieces[0][0] == claim.start_char and pieces[-1][1] == claim.end_char
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(pieces))  # in order, none inside another
        if claim.speaker_start is not None:
            assert text[claim.speaker_start:claim.speaker_end] == claim.speaker_text


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        'Trade Minister Olga Varga said in an interview with the Hungarian Napi Hirlap newspaper, "We will not sign '
        'a deal that hurts our farmers."',
        "Napi Hirlap", id="interview-with-newspaper"),
    pytest.param(
        '"The harbour will reopen before the summer season," Mayor Ruth Okafor told the Coastal Gazette newspaper on Friday.',
        "Coastal Gazette", id="told-newspaper"),
    pytest.param(
        "The senator said on Twitter that the vote had been postponed until after the recess.",
        "Twitter", id="on-platform"),
    pytest.param(
        "The senator told the committee that the budget would not pass before the end of the year.",
        None, id="audience-is-not-a-medium"),
    pytest.param(
        "The minister told reporters in Vienna that the talks would resume in the spring.",
        None, id="reporters-are-not-a-medium"),
    pytest.param(
        "The harbour spokesman, Jon Lie, told state broadcaster NRK that the ferry would run.", "NRK", id="role-noun-before-the-name"),
    pytest.param(
        'Speaking to the BBC, Mayor Ruth Okafor said the closure was "a disgrace".', "BBC", id="speaking-to"),
    pytest.param(
        "Mayor Ruth Okafor told the Russian newspaper that the closure was a disgrace.", None, id="a-nationality-is-no-outlet"),
    pytest.param('"Now suddenly they have woken up," Mayor Ruth Okafor said in a post on X.', "X", id="a-post-on-x"),
    pytest.param("The senator wrote on X that the vote had been postponed.", "X", id="on-x"),
    pytest.param("The senator said Section X of the bill would be dropped.", None, id="a-letter-x-is-no-platform"),
    # A paper's name read as an adjective and tagged a name is the name.
    pytest.param('Foreign Minister Sergei Lavrov said in an interview with the Kommersant newspaper that Russia expected '
                 '"concrete proposals" from Washington.', "Kommersant", id="a-name-read-as-an-adjective"),
    # "Post" is also a said-in noun ("in a post on X"); told to, it is the paper's name.
    pytest.param("Mayor Ruth Okafor told the Washington Post that the closure was a disgrace.", "Washington Post",
                 id="told-a-post"),
    # A paper's name the tagger took for a person's.
    # A media word written as part of the name is the name's; a describing one is not ("state broadcaster ERT").
    pytest.param("Councillor Omar Haddad later told BBC Radio Kent that he understood the concerns.", "BBC Radio Kent",
                 id="bbc-radio-kent"),
    pytest.param("The mayor told state broadcaster ERT that the port would reopen.", "ERT", id="state-broadcaster-ert"),
    pytest.param("A spokesperson for the firm told the Herald that work could begin as early as next spring.", "Herald",
                 id="told-the-herald"),
    # Where a piece was published ("op-ed" split by the tokenizer).
    pytest.param("In an op-ed published Tuesday in The Wall Street Journal, Sen. Roger Wicker warned that cutting forces would "
                 "send the wrong signal.", "Wall Street Journal", id="op-ed-published-in"),
    # A programme named after its outlet, only the outlet tagged.
    pytest.param('Shadow health secretary Edward Argar told BBC Breakfast: "They promised change. Patients are still waiting."',
                 "BBC Breakfast", id="bbc-breakfast"),
    # A tagged name the parser broke up after its number; to a possessive, not past it.
    pytest.param("Former striker Chris Paley said on BBC Radio 5 Live that the manager was right to be angry.",
                 "BBC Radio 5 Live", id="radio-5-live"),
    pytest.param("Union officer Dana Kerr told BBC Radio 4's Today programme that staff were angry.", "BBC Radio 4",
                 id="radio-4s-today"),
    pytest.param("Founding member Geoff Harrow told BBC 6 Music the record was nearly finished.", "BBC 6 Music", id="6-music"),
    # The outlet's name after a describing media word, the parser hanging it elsewhere.
    pytest.param("The minister later told Spanish radio Cadena SER that the bloc was ready to act.", "Cadena SER",
                 id="radio-cadena-ser"),
    pytest.param("Speaking to the state news agency MTI, Foreign Minister Tamas Varga said Hungary would not block the package.",
                 "MTI", id="news-agency-mti"),
    # ... but a name already before the media word is the outlet, and the tagger's run-ons are cut.
    pytest.param("Lt Col Eric Schnell told the Associated Press news agency Contrack's withdrawal was a mutual decision.",
                 "Associated Press", id="the-name-before-the-agency"),
    pytest.param("Mr Griffin told the Independent the Tories' plans were a move onto his party's turf.", "Independent",
                 id="told-the-independent"),
    # An outlet the tagger left untagged or took for a place or person (`pipeline.outlets`); a
    # person called like an outlet's name without its "the" is none.
    pytest.param('Wang Li, dean of the Harbour Institute, told CGTN that the two economies were "highly complementary."', "CGTN",
                 id="told-cgtn-untagged"),
    pytest.param("Speaking to Xinhua, Brazilian ambassador to China Marcos Galvao said his country saw great potential in the "
                 "harbour deal.", "Xinhua", id="speaking-to-xinhua-hung-on-the-speaker"),
    pytest.param("Ola Brekke told Kommersant that the harbour talks had stalled.", "Kommersant", id="told-kommersant"),
    pytest.param("The senator told the Hill that the harbour vote had been postponed.", "Hill", id="told-the-hill"),
    pytest.param("The senator told Hill that the harbour vote had been postponed.", None, id="told-a-man-called-hill"),
    # A parliament told something in session is no outlet.
    pytest.param("Katharina Droege told the Bundestag that the harbour budget was a fraud.", None, id="told-the-bundestag"),
    # An update on a platform; the outlet that asked the question; the interview a participle goes on from.
    pytest.param("Oleh Synehub said in an update on Telegram that rescue operations were continuing.", "Telegram",
                 id="an-update-on-telegram"),
    pytest.param('In an interview with Der Spiegel published on Thursday, Lars Klingbeil went further, saying that the harbour '
                 'rule had become "an ideology."', "Der Spiegel", id="went-further-saying"),
    # A programme tagged a work after its media noun; a journal reported in; a letter posted on X.
    pytest.param('Her producer, Tomas Reinholt, told the podcast The Reel Thing last week that the film had been "a miracle".',
                 "The Reel Thing", id="told-the-podcast-named"),
    pytest.param("The planet holds water, the team reported in the journal Nature on Wednesday.", "Nature", id="reported-in-the-journal"),
    pytest.param("The harbour master said in Parliament that the plan would fail.", None, id="said-in-parliament"),
    pytest.param("In a letter posted on X, he said he was stepping down with immediate effect.", "X", id="a-letter-posted-on-x"),
    # A programme named with its outlet's possessive: the outlet.
    pytest.param('Analyst Mark Feld told CNBC\'s "Closing Bell" that the guidance was "a kitchen-sink quarter".', "CNBC",
                 id="the-outlets-programme-in-quotes"),
    pytest.param("Dr Hannah Oyelowo told the BBC's Inside Science programme that the result was exciting.", "BBC",
                 id="the-outlets-programme"),
    pytest.param("The chief executive told Apple's developer conference that sales were strong.", None, id="a-firms-conference"),
])
def test_medium(text: str, expected: str | None, nlp: Language, lexicons: Lexicons, config: Config) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert len(claims) == 1
    assert claims[0].medium == expected


def test_the_outlet_that_asked_is_where_the_answer_was_given(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = 'Asked on public broadcaster ZDF whether he would accept any tax increase, Merz answered: "No. Not this year."'
    assert [(c.cue, c.medium) for c in all_claims_of(text, nlp, lexicons, config)] == [("Asked", None), ("answered", "ZDF")]
    # A host who asked is no outlet.
    text = "Asked by Starnes if he believed the harbour was safe, Carson said that he did not."
    assert [(c.cue, c.medium) for c in all_claims_of(text, nlp, lexicons, config)] == [("Asked", None), ("said", None)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "President Anton Reiss and Chancellor Maria Lindqvist called on both sides to return to the negotiating table in Geneva.",
        ["President Anton Reiss", "Chancellor Maria Lindqvist"], id="two-named-speakers"),
    pytest.param(
        "Chancellor Olaf Brandt, Prime Minister Ines Moreau and President Karl Lindt said they backed the new treaty.",
        ["Chancellor Olaf Brandt", "Prime Minister Ines Moreau", "President Karl Lindt"], id="three-with-titles"),
    pytest.param(
        "Finance Minister Lars Berg said that the budget would be balanced by June.",
        ["Finance Minister Lars Berg"], id="one-speaker-one-row"),
    # Two names labelling a quotation under a headline (the tagger runs the first into the headline).
    pytest.param(
        "FERRY RIDERS ARE NOT WRONG, JUST EARLY - Ruth Marsh and Dana Whitlow: “The pier was never the problem.”",
        ["Ruth Marsh", "Dana Whitlow"], id="two-names-in-a-label"),
])
def test_claim_speakers(text: str, expected: list[str], nlp: Language, lexicons: Lexicons, config: Config) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert len(claims) == 1
    speakers = claims[0].speakers
    assert [s.speaker_text for s in speakers] == expected
    assert claims[0].n_speakers == len(expected)
    for s in speakers:
        assert text[s.speaker_start:s.speaker_end] == s.speaker_text
        assert s.antecedent_start is not None and s.antecedent_end is not None
        # Each member resolves to its own name, without the title.
        assert text[s.antecedent_start:s.antecedent_end] in s.speaker_text


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Campaigner Mary Oyelaran said the plan was wrong. Ms Oyelaran and fellow campaigner Steve Barraclough said "
                 "they had already raised money for legal costs.", "Ms Oyelaran", id="the-first-named"),
    pytest.param("SBC and AT&T said cost savings were a main driver for the merger.", "SBC", id="two-firms"),
    # Not a name the tagger split at its "and", nor a firm's name before a person's.
    pytest.param("Ernst and Young's Sanjay Mehta said the market was growing fast.", "Sanjay Mehta", id="a-firms-name"),
    pytest.param("“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.",
                 "Ed Rendell", id="two-titles-one-person"),
    pytest.param("A Department of Health and Social Care spokesperson said that emergency care would continue.",
                 "Department of Health and Social Care", id="and-inside-a-name"),
])
def test_a_claim_of_several_speakers_is_resolved_to_the_first(text: str, expected: str, nlp: Language, lexicons: Lexicons,
                                                               config: Config) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert claim.antecedent_start is not None and claim.antecedent_end is not None
    assert text[claim.antecedent_start:claim.antecedent_end] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The landlord told magistrates she had been warned twice about the boiler.",
                 [("she had been warned twice about the boiler", "The landlord")], id="told-magistrates-she"),
    # ... or on the hearers after "to".
    pytest.param('President Ivan Sorokin, who will take part by video link, said in a written message to the forum that BRICS '
                 'countries "will not let anyone divide them", according to the Kremlin website.',
                 [('that BRICS countries "will not let anyone divide them"', "President Ivan Sorokin")], id="said-to-the-forum-that"),
])
def test_what_the_hearers_were_told(text: str, expected: list[tuple[str, str]], nlp: Language, lexicons: Lexicons,
                                    config: Config) -> None:
    # The parser may hang what was told on the hearers as a relative clause ("jurors he had …").
    assert [(c.quote_text, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A subordinate clause the parser hung on a trailing relay is still what the speaker said.
    pytest.param('Spokesman Nasser Karimi said Tehran was ready to return to full compliance "once the other side does the '
                 'same", the IRNA news agency reported.',
                 [('Tehran was ready to return to full compliance "once the other side does the same"', "Spokesman Nasser Karimi")],
                 id="quoted-condition-before-a-relay"),
    # Evidence a court hears is said to it, by no one the sentence names.
    pytest.param("The trial opened at Birmingham Crown Court on Monday. The court heard Mr Pownall had been drinking heavily "
                 "on the night.", [("Mr Pownall had been drinking heavily on the night", None)], id="the-court-heard"),
])
def test_who_said_it(text: str, expected: list[tuple[str, str | None]], nlp: Language, lexicons: Lexicons, config: Config) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.quote_text, c.speaker_text) for c in claims] == expected
    for claim in claims:  # (the speaker, if any, resolved to a name written before)
        assert (claim.antecedent_start is not None) == (claim.speaker_text is not None)


def test_the_spokesperson_again_speaks_for_the_same_body(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("A Department of Health and Social Care spokesperson said that emergency care would continue as normal. "
            "The spokesperson added that around 2,300 planned operations had been postponed.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [c.n_speakers for c in claims] == [1, 1]
    assert [text[c.antecedent_start:c.antecedent_end] for c in claims if c.antecedent_start is not None] == [
        "Department of Health and Social Care"] * 2


@pytest.mark.parametrize(("text", "expected"), [
    # The interview goes on: the same person, named again or by title, in the same or the next paragraph.
    pytest.param('Foreign Minister Sergei Lavrov flew to Yerevan on Monday. In an interview with the Kommersant newspaper, '
                 'Lavrov said that Moscow had "no intention" of leaving. '
                 '"We will remain a guarantor of stability there," the minister said.', ["Kommersant", "Kommersant"],
                 id="by-title"),
    pytest.param('Councillor Derek Hollis told BBC Radio Leicester he understood the anger.\n\n"Nobody on that committee '
                 'took the decision lightly," Hollis said.', ["BBC Radio Leicester", "BBC Radio Leicester"], id="by-surname"),
    # Not another bearer of the surname, nor words said with a place or time of their own.
    pytest.param('Tony Mendez told the Washington Post that disguise was an art.\n\nHis wife Jonna Mendez said, "He could '
                 'be anyone."', ["Washington Post", None], id="not-another-mendez"),
    pytest.param('Councillor Derek Hollis told BBC Radio Leicester he understood the anger.\n\n"Nobody took the decision '
                 'lightly," Hollis said at the meeting.', ["BBC Radio Leicester", None], id="said-elsewhere"),
])
def test_the_medium_carries_over_to_the_same_speaker(text: str, expected: list[str | None], nlp: Language,
                                                     lexicons: Lexicons, config: Config) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_group_pronoun_keeps_the_group(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("Union leader Tomas Haddad and employer representative Lydia Brooks met on Tuesday. Haddad and Brooks "
            "said that a deal was close.\n\nThey added that the strike would end on Friday.")
    claims = all_claims_of(text, nlp, lexicons, config)
    they = next(c for c in claims if c.speaker_text == "They")
    assert [text[s.antecedent_start:s.antecedent_end] for s in they.speakers if s.antecedent_start is not None] == [
        "Haddad", "Brooks"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Michael Howard and frontbencher John Redwood on Thursday launched plans to abolish quangos. They say the "
                 "government is spending too much.", ["Michael Howard", "John Redwood"], id="names-joined-as-the-subject-before"),
    pytest.param("Police and the FBI arrested a man on Friday. They said he was armed.", [], id="not-unless-each-is-named"),
    pytest.param("Tony Blair met Gordon Brown on Friday. They said the talks had gone well.", [], id="not-a-subject-and-an-object"),
])
def test_they_is_the_names_joined_as_the_subject_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: list[str]) -> None:
    they = next(c for c in all_claims_of(text, nlp, lexicons, config) if c.speaker_text == "They")
    assert [text[s.antecedent_start:s.antecedent_end] for s in they.speakers if s.antecedent_start is not None] == expected


def test_teaser_repeat_is_one_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("Finance Minister Lars Berg said that the budget would be balanced by June\n\n"
            "OSLO, March 3. Finance Minister Lars Berg said that the budget would be balanced by June despite "
            "the cost of the new rail line.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [c.quote_text for c in claims] == ["that the budget would be balanced by June despite the cost of the new rail line"]


def test_stance_inside_speech_is_part_of_it(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = "Everyone agrees that the border must stay open to trade, Foreign Minister Ana Ruiz said on Monday."
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.cue_category, c.speaker_text) for c in claims] == [("said", "speech", "Foreign Minister Ana Ruiz")]


def test_cue_without_subject_after_lost_link(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # Scraped text where the agency's name was a link: "[TASS] reported earlier that …".
    text = "The talks ended on Friday. reported earlier that the president wanted to discuss the ceasefire with his advisers."
    assert all_claims_of(text, nlp, lexicons, config) == []


def test_trailing_attribution_survives_a_lost_subject_link(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # The parse of news like this sometimes hangs "said" on the quotation with no subject
    # ("Galway" read as a verb); the speaker right after the quotation still speaks it.
    words = ["“", "We", "will", "win", "this", "case", ",", "”", "Galway", "harbour", "master", "Aine", "Kelleher",
             "said", "Monday", "."]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 3, 10, 8, 12, 10, 3, 13, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "det", "dobj", "punct", "punct", "dep", "compound", "dobj", "compound",
            "appos", "conj", "npadvmod", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "NOUN", "NOUN", "PROPN", "PROPN",
           "VERB", "PROPN", "PUNCT"]
    ents = ["O"] * 11 + ["B-PERSON", "I-PERSON"] + ["O"] * 3
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert (claim.quote_text, claim.speaker_text, claim.cue, claim.attribution) == (
        "“We will win this case,”", "Galway harbour master Aine Kelleher", "said", "explicit")
    assert doc.text[claim.antecedent_start:claim.antecedent_end] == "Aine Kelleher"


@pytest.mark.parametrize(("text", "expected"), [
    # Any verb ending a short clause after a quotation closed by a comma says how it was said.
    pytest.param('"The harbour will be ours again by the summer," Mayor Aine Kelleher boomed.',
                 [('"The harbour will be ours again by the summer,"', "Mayor Aine Kelleher", "boomed")], id="boomed"),
    pytest.param('"The harbour will be ours again by the summer," the mayor scoffed at the rally.',
                 [('"The harbour will be ours again by the summer,"', "the mayor", "scoffed")], id="scoffed-at"),
    pytest.param('"Where is the money for the harbour going to come from?" they pondered at every meeting.',
                 [('"Where is the money for the harbour going to come from?"', "they", "pondered")], id="after-a-question"),
    # The verb first, before the name; a verb tagged a participle; "and" and a new clause after it.
    pytest.param('The count went on past midnight.\n\n"This is fantastic!" beamed Donald Hartley of Galway, who had waited all night.',
                 [('"This is fantastic!"', "Donald Hartley", "beamed")], id="verb-first"),
    pytest.param('The reporter tried to ask about the harbour.\n\n“Go back to your paper,” Kelleher barked and a steward led '
                 'the reporter out.', [("“Go back to your paper,”", "Kelleher", "barked")], id="and-a-new-clause"),
    # Not a verb with an object of its own, nor a new sentence after "!" or "?".
    pytest.param('"The harbour will be ours again by the summer," Mayor Aine Kelleher lost the vote.',
                 [('"The harbour will be ours again by the summer,"', None, None)], id="with-an-object"),
    pytest.param('"We will get through this together, all of us!" Kelleher grew up in the harbour town.',
                 [('"We will get through this together, all of us!"', None, None)], id="a-new-sentence"),
])
def test_a_verb_after_a_quotation_attributes_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(c.quote_text, c.speaker_text, c.cue) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Parsed as a poll that was found, with no verb of the sentence: the participle before a
    # "that" clause is the verb, and the poll its subject.
    pytest.param("A Marist College poll found last week that the mayor would win the runoff by nine points.",
                 [("that the mayor would win the runoff by nine points", "A Marist College poll")], id="a-poll-found-that"),
    pytest.param("The files found in his office that week were later shredded by the clerk.", [], id="found-without-that"),
    # Parsed with the share as the number of the verb, and no subject: the share says it.
    pytest.param("About 4 in 10 say they want the next mayor to build more housing.",
                 [("they want the next mayor to build more housing", "About 4 in 10")], id="four-in-ten-say"),
    # "'s" is "has", parsed as the "is" of a passive: the subject speaks ("he's said to be …" stays a passive).
    pytest.param("While he's said he believes the harbour should stay public, he has backed the sale.",
                 [("he believes the harbour should stay public", "he")], id="he-has-said"),
    pytest.param("She’s said that she will run for mayor again next year.",
                 [("that she will run for mayor again next year", "She")], id="she-has-said-curly"),
    pytest.param("It's said that the harbour master's house is haunted.",
                 [("that the harbour master's house is haunted", None)], id="it-is-said"),
    # A clause joined to a noun before it by "and": the noun right before the verb is its subject.
    pytest.param("The port is struggling with a ballooning deficit and analysts said one of the easiest ways to tackle it "
                 "was a fee rise.",
                 [("one of the easiest ways to tackle it was a fee rise", "analysts")], id="and-analysts-said"),
    pytest.param("Through real-time analytics, reporters and editors know how many people are reading their stories about the "
                 "harbour.",
                 [("how many people are reading their stories about the harbour", "reporters and editors")],
                 id="and-the-conjuncts-after-the-comma"),
    # A verb joined to a verb joined to one with a subject: that subject's.
    pytest.param("A few minutes later the officials reversed themselves, rushed everyone inside the hall and said they will "
                 "count the votes again.",
                 [("they will count the votes again", "the officials")], id="the-third-verb-of-a-chain"),
    # So does a participle hung on such a verb; not an infinitive of another clause joined after.
    # The one forced to say it, in the passive, says it (not the speaker of the clause it is in).
    pytest.param("The harbour board said it would sell the pier, although its chairman was forced to concede that the sale had "
                 "been rushed.",
                 [("it would sell the pier, although its chairman was forced to concede that the sale had been rushed",
                   "The harbour board"),
                  ("that the sale had been rushed", "its chairman")], id="was-forced-to-concede"),
    pytest.param("Ms Okafor was elected mayor in 2012 and served a full term, but did not stand again, citing ill health.",
                 [("ill health", "Ms Okafor")], id="citing-after-a-joined-verb"),
    pytest.param("Mr. Sanders is trying to scale up those proposals, and there is little in his record to suggest that he could "
                 "succeed.",
                 [("that he could succeed", None)], id="no-one-suggests-in-a-joined-clause"),
    # A name parsed as an apposition of the noun before its comma, the verb left without a subject.
    pytest.param("Keeping girls out of school is a backward view of Islam, President Mahmood of Pakistan has said during a visit "
                 "to Britain.",
                 [("Keeping girls out of school is a backward view of Islam", "President Mahmood of Pakistan")],
                 id="name-joined-before-has-said"),
    # A show's title tagged a person, parsed as the subject with the name in apposition.
    pytest.param('Only Fools and Horses star David Jason criticised British TV for being "too safe and too cheap".',
                 [('British TV for being "too safe and too cheap"', "David Jason")], id="the-full-name-beside-a-title"),
    # A verb in the past joined to an infinitive goes with the verb above in its tense; a gerund
    # after a preposition ("to winning", "by mentioning") is the doing of the subject above it.
    pytest.param("During the last campaign, Ruth Okafor largely ran on her ability to revive the harbour and accused the "
                 "council of wasting money on the pier.",
                 [("the council of wasting money on the pier", "Ruth Okafor")], id="past-joined-to-an-infinitive"),
    pytest.param("Officials said the board plans to sell the pier and accused the mayor of delay.",
                 [("the board plans to sell the pier", "Officials"), ("the mayor of delay", "Officials")],
                 id="past-joined-to-a-present"),
    pytest.param("Kelleher has softened her attacks on the board, turning her attention to winning the vote and admitting that "
                 "the pier sale will almost certainly go ahead.",
                 [("that the pier sale will almost certainly go ahead", "Kelleher")], id="joined-to-a-gerund-after-to"),
    pytest.param("Kelleher is also likely to win over voters by mentioning the fact that she grew up in the harbour town.",
                 [("the fact that she grew up in the harbour town", "Kelleher")], id="by-mentioning-after-likely-to"),
    # A participle joined by "and" to the verb of the clause a participle reports goes with that
    # participle: its own claim, by the same doer (not the clause's subject).
    pytest.param("Councillor Dai Morgan stoked fears about the plan, warning residents on social media that developers could "
                 "easily take over the waterfront and implying that some deals might already be signed.",
                 [("that developers could easily take over the waterfront", "Councillor Dai Morgan"),
                  ("that some deals might already be signed", "Councillor Dai Morgan")], id="and-implying-after-warning-that"),
    pytest.param("The mayor toured the harbour, telling reporters that the pier would reopen and promising that fees would not rise.",
                 [("that the pier would reopen", "The mayor"), ("that fees would not rise", "The mayor")],
                 id="and-promising-after-telling-that"),
    pytest.param("The report said the results were good and promising for the town.",
                 [("the results were good and promising for the town", "The report")], id="and-an-adjective-in-ing"),
    # The one heard doing it, right before the participle, speaks (not the subject of "hearing").
    pytest.param("Instead, it was hearing a senior minister acknowledging just how much ground the valley has lost - and "
                 "promising to do something about it.",
                 [("just how much ground the valley has lost", "a senior minister"),
                  ("to do something about it", "a senior minister")], id="hearing-someone-acknowledging"),
    # Not a participle joined to a verb of what was reported (the gerunds of "charges of failing … and refusing").
    pytest.param("His lawyer said he was confident the sprinters would be cleared of the charges of failing to give information "
                 "on their location and refusing to submit to tests.",
                 [("he was confident the sprinters would be cleared of the charges of failing to give information on their "
                   "location and refusing to submit to tests", "His lawyer")], id="gerunds-joined-in-the-reported-clause"),
    # A gerund after a preposition on an infinitive: the subject of the verb the infinitive
    # completes (not where that verb has an object, who may be the doer), or of a participle above.
    pytest.param('The port authority is to close two terminals after reporting "disappointing" results for 2024.',
                 [('"disappointing" results for 2024', "The port authority")], id="is-to-close-after-reporting"),
    pytest.param("The Harbour Trust wants to reopen talks with the council after recently accusing the mayor of breaking his "
                 "promises.",
                 [("to reopen talks with the council after recently accusing the mayor of breaking his promises", "The Harbour Trust"),
                  ("the mayor of breaking his promises", "The Harbour Trust")], id="wants-to-after-accusing"),
    pytest.param("The candidate has bucked efforts to rein in his impulsive behaviour, committing repeated gaffes after telling "
                 "his aides he planned to adopt a calmer tone.",
                 [("he planned to adopt a calmer tone", "The candidate")], id="a-participle-then-after-telling"),
    # What one is known or blamed for having said, after a noun of record.
    pytest.param("The harbour master has faced criticism for telling residents that the pier would never reopen.",
                 [("that the pier would never reopen", "The harbour master")], id="criticism-for-telling"),
    pytest.param("The councillor has a long history of blaming others for the town's problems.",
                 [("others for the town's problems", "The councillor")], id="a-history-of-blaming"),
    # A participle after "he said," parsed as a sentence of its own; an infinitive of purpose on a participle.
    pytest.param('"For the next few months, she will have the loudest voice, but the fact of the matter is there will be other '
                 'voices speaking as well," he said, not even suggesting Ms. Okafor could have the council\'s loudest voice.',
                 [('"For the next few months, she will have the loudest voice, but the fact of the matter is there will be other '
                   'voices speaking as well,"', "he"),
                  ("Ms. Okafor could have the council's loudest voice", "he")], id="he-said-not-even-suggesting"),
    pytest.param("Since she endorsed Ms. Okafor this month, Ms. Baikie has been a powerful surrogate, attacking the mayor and "
                 'visiting the campaign\'s headquarters in Kirkwall to encourage young staffers with a simple message: "Keep going."',
                 [('"Keep going."', "Ms. Baikie")], id="visiting-to-encourage"),
    # A verb after a name, its apposition and a time phrase, parsed as a relative clause with no pronoun.
    pytest.param("Speaker Ruth M. Okafor, the council's highest-ranking Liberal Democrat, on Tuesday called Mayor Ian Pugh's "
                 'remarks about a Polish shopkeeper "racist," a stunning rebuke.',
                 [('Mayor Ian Pugh\'s remarks about a Polish shopkeeper "racist," a stunning rebuke', "Speaker Ruth M. Okafor")],
                 id="name-apposition-on-tuesday-called"),
    pytest.param("Harbour master Aine Kelleher, who runs the port, makes no apologies for accusing the council of neglect.",
                 [("the council of neglect", "Harbour master Aine Kelleher")], id="no-apologies-for-accusing"),
    # No word of a quotation speaks for a participle outside it that the parser joined to its verb.
    pytest.param("The mayor hardly cleared things up, treating the auditor's remark first as praise -- ''That shows we are "
                 "careful'' -- and, when questioned after the meeting, asserting, ''Of course, we follow the rules.''",
                 [("''That shows we are careful''", None), ("''Of course, we follow the rules.''", None)],
                 id="joined-to-the-verb-of-a-quotation"),
    # (a paragraph of an excerpt opened by a mark it never closes is no such quotation)
    pytest.param('From Ann Lee writing at the Harbour Gazette:\n\n"A council meeting tonight on the pier sale devolved into a '
                 'shouting match between the mayor and his critics.\n\n"Councillor Dai Morgan ridiculed the plan as “a fire sale” '
                 'and said, “They want to sell the history of this town for nothing.”',
                 [('"A council meeting tonight on the pier sale devolved into a shouting match between the mayor and his critics.'
                   '\n\n"Councillor Dai Morgan ridiculed the plan as', "Ann Lee"),
                  ("“They want to sell the history of this town for nothing.”", "Councillor Dai Morgan")],
                 id="joined-inside-an-excerpt-never-closed"),
    # The subject of a copula does what the infinitive describing its complement says.
    pytest.param("The mayor was the only one to say the harbour should stay public.",
                 [("the harbour should stay public", "The mayor")], id="the-only-one-to-say"),
    pytest.param("The harbour trust was the first body to warn that the pier was unsafe.",
                 [("that the pier was unsafe", "The harbour trust")], id="the-first-body-to-warn"),
    pytest.param("It is the only way to say that the harbour matters.", [("that the harbour matters", None)], id="not-it-is-the-way"),
])
def test_a_subject_the_parse_lost(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                  expected: list[tuple[str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    assert content_speaker(text, nlp, lexicons, config) == expected


def test_people_described_and_named_before_have_said_speak(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Parsed (so in a New York Times article) with the people as an apposition of the name after
    # "In addition to", the verb without a subject: the phrase between the commas speaks.
    words = ["In", "addition", "to", "Mr", "Doyle", ",", "two", "members", "of", "the", "board", ",", "Aine", "Kelleher", "and",
             "Ruth", "Okafor", ",", "have", "said", "they", "will", "vote", "against", "the", "sale", "."]
    spaces = [True] * 4 + [False, True] * 1 + [True] * 4 + [False, True, True, True, True, True, False] + [True] * 8 + [False, False]
    heads = [19, 0, 1, 4, 2, 4, 7, 4, 7, 10, 8, 7, 13, 7, 13, 16, 13, 4, 19, 19, 22, 22, 19, 22, 25, 23, 19]
    deps = ["prep", "pobj", "prep", "compound", "pobj", "punct", "nummod", "appos", "prep", "det", "pobj", "punct", "compound",
            "conj", "cc", "compound", "conj", "punct", "aux", "ROOT", "nsubj", "aux", "ccomp", "prep", "det", "pobj", "punct"]
    pos = ["ADP", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["IN", "NN", "IN", "NNP", "NNP", ",", "CD", "NNS", "IN", "DT", "NN", ",", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBP",
            "VBN", "PRP", "MD", "VB", "IN", "DT", "NN", "."]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"] + ["O"] * 10
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert (claim.quote_text, claim.speaker_text) == ("they will vote against the sale",
                                                      "two members of the board, Aine Kelleher and Ruth Okafor")


def test_a_quantifier_after_an_aside_in_dashes_leaves_the_group_speaking(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Parsed (so in a Breitbart article) with the group and "both" as two subjects, the aside in dashes between.
    words = ["Senior", "party", "figures", "—", "whose", "party", "was", "once", "praised", "for", "its", "unity", "—", "both",
             "suggested", "the", "writer", "be", "fired", "."]
    spaces = [True] * 18 + [False, False]
    heads = [2, 2, 14, 2, 5, 8, 8, 8, 2, 8, 11, 9, 14, 14, 14, 16, 18, 18, 14, 14]
    deps = ["amod", "compound", "nsubj", "punct", "poss", "nsubjpass", "auxpass", "advmod", "relcl", "prep", "poss", "pobj",
            "punct", "nsubj", "ROOT", "det", "nsubj", "auxpass", "ccomp", "punct"]
    pos = ["ADJ", "NOUN", "NOUN", "PUNCT", "PRON", "NOUN", "AUX", "ADV", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "DET", "VERB",
           "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["JJ", "NN", "NNS", ":", "WP$", "NN", "VBD", "RB", "VBN", "IN", "PRP$", "NN", ":", "DT", "VBD", "DT", "NN", "VB", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert (claim.quote_text, claim.speaker_text) == ("the writer be fired", "Senior party figures")


def test_a_date_after_its_preposition_is_no_part_of_the_speaker(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Parsed (so in a BBC article) with "on Wednesday" hung on the speaker's name.
    words = ["But", "on", "Wednesday", "Prime", "Minister", "Anna", "Kovac", "said", "the", "government", "was", "planning", "to",
             "sell", "3,000", "firms", "."]
    spaces = [True] * 15 + [False, False]
    heads = [7, 4, 1, 4, 6, 6, 7, 7, 9, 11, 11, 7, 13, 11, 15, 13, 7]
    deps = ["cc", "prep", "pobj", "compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "aux", "xcomp",
            "nummod", "dobj", "punct"]
    pos = ["CCONJ", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PART", "VERB", "NUM",
           "NOUN", "PUNCT"]
    tags = ["CC", "IN", "NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "VBG", "TO", "VB", "CD", "NNS", "."]
    ents = ["O", "O", "B-DATE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7 + ["B-CARDINAL", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert (claim.quote_text, claim.speaker_text) == ("the government was planning to sell 3,000 firms", "Prime Minister Anna Kovac")


def test_the_agent_after_a_quotation_speaks_through_its_relative_clause(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Parsed (so in a BBC article) with "who said" a relative clause of the quoted noun: the name
    # between the quotation and the verb speaks, without its "by" and "who".
    words = ["The", "posters", "were", "labelled", "a", '"', "big", "misjudgement", '"', "by", "the", "Greens", "who", "said",
             "Harbourside", "'s", '"', "first", "shot", "in", "the", "election", "has", "badly", "backfired", '"', "."]
    spaces = [True, True, True, True, True, False, True, False, True, True, True, True, True, True, False, True, False, True, True,
              True, True, True, True, True, False, False, False]
    heads = [1, 3, 3, 3, 7, 7, 7, 3, 7, 7, 11, 9, 13, 7, 18, 14, 18, 18, 24, 18, 21, 19, 24, 24, 13, 24, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "det", "punct", "amod", "oprd", "punct", "prep", "det", "pobj", "nsubj", "relcl",
            "poss", "case", "punct", "amod", "nsubj", "prep", "det", "pobj", "aux", "advmod", "ccomp", "punct", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "PUNCT", "ADJ", "NOUN", "PUNCT", "ADP", "DET", "PROPN", "PRON", "VERB", "PROPN",
           "PART", "PUNCT", "ADV", "NOUN", "ADP", "DET", "NOUN", "AUX", "ADV", "VERB", "PUNCT", "PUNCT"]
    tags = ["DT", "NNS", "VBD", "VBN", "DT", "``", "JJ", "NN", "''", "IN", "DT", "NNPS", "WP", "VBD", "NNP", "POS", "``", "RB", "NN",
            "IN", "DT", "NN", "VBZ", "RB", "VBN", "''", "."]
    ents = ["O"] * 11 + ["B-NORP", "O", "O", "B-ORG"] + ["O"] * 12
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    claims = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert [(c.cue, c.speaker_text) for c in claims if c.cue == "said"] == [("said", "the Greens")]


def test_a_verb_opened_by_once_reports_nothing_of_the_main_clause(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Without a comma the parser can make the verb of "Once a fault is spotted" the root and the
    # main clause its complement (so in a BBC article); the main clause is nobody's claim.
    words = ["Once", "a", "fault", "is", "spotted", "spare", "servers", "take", "over", "to", "keep", "the", "sites", "up", "."]
    spaces = [True] * 13 + [False, False]
    heads = [4, 2, 4, 4, 4, 6, 7, 4, 7, 10, 7, 12, 10, 10, 4]
    deps = ["advmod", "det", "nsubjpass", "auxpass", "ROOT", "amod", "nsubj", "ccomp", "prt", "aux", "advcl", "det", "dobj",
            "prt", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN", "VERB", "ADP", "PART", "VERB", "DET", "NOUN", "ADP", "PUNCT"]
    tags = ["IN", "DT", "NN", "VBZ", "VBN", "JJ", "NNS", "VBP", "RP", "TO", "VB", "DT", "NNS", "RP", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    assert list(extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)) == []
    # A wh- or "that" clause after such a verb is its content all the same.
    (claim,) = claims_of("Once in a team you will be told by the board what they expect of you.", nlp, cues, config)
    assert (claim.quote_text, claim.speaker_text) == ("what they expect of you", "the board")


def test_only_the_phrase_after_but_speaks(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # Parsed (so in a Wikinews article) with "company" as the subject of "reports" and the paper,
    # untagged, coordinated to it by "but": the speaker is the paper alone, not the whole clause.
    words = ["At", "the", "time", ",", "the", "company", "invested", "in", "e", "-", "commerce", "and", "started", "home",
             "deliveries", ",", "but", "Gazeta", "Prawna", "reports", "only", "0.5", "%", "of", "Polish", "grocery",
             "turnover", "comes", "from", "this", "segment", "."]
    spaces = [True, True, False, True, True, True, True, True, False, False, True, True, True, True, False, True, True, True,
              True, True, True, False, True, True, True, True, True, True, True, True, False, False]
    heads = [19, 2, 0, 19, 5, 19, 5, 6, 7, 7, 7, 6, 6, 14, 12, 5, 5, 18, 5, 19, 21, 22, 27, 22, 26, 26, 23, 19, 27, 30, 28, 19]
    deps = ["prep", "det", "pobj", "punct", "det", "nsubj", "acl", "prep", "pobj", "pobj", "pobj", "cc", "conj", "compound",
            "dobj", "punct", "cc", "compound", "conj", "ROOT", "advmod", "nummod", "nsubj", "prep", "amod", "compound", "pobj",
            "ccomp", "prep", "det", "pobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "NOUN", "NOUN", "NOUN", "CCONJ", "VERB", "NOUN", "NOUN",
           "PUNCT", "CCONJ", "PROPN", "PROPN", "VERB", "ADV", "NUM", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "VERB", "ADP", "DET",
           "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert (claim.quote_text, claim.speaker_text, [s.speaker_text for s in claim.speakers]) == (
        "only 0.5% of Polish grocery turnover comes from this segment", "Gazeta Prawna", ["Gazeta Prawna"])


def test_a_common_noun_tagged_as_an_organisation_is_no_firm(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # The small model sometimes tags "unions" (", unions said") as an organisation: "the airline"
    # is the firm last a subject with a name of its own.
    text = ("Delta has been hit by rising fuel costs. Last week it struck a deal with its pilots. The deal would see pilots "
            "accept a 32% pay cut, unions said. The airline also said it had agreed the terms of a loan from American Express.")
    doc = nlp(text)
    unions = next(t.i for t in doc if t.text == "unions")
    doc.ents = sorted([*doc.ents, Span(doc, unions, unions + 1, label="ORG")], key=lambda span: span.start)
    claims = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert [(c.speaker_text, antecedent_of(c, text)) for c in claims] == [("unions", "unions"), ("The airline", "Delta")]


def test_quotation_after_a_recovered_attribution_continues_it(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # As above, then `“Nothing will be hidden.”` in the same paragraph: one statement.
    words = ["“", "We", "will", "win", "this", "case", ",", "”", "Galway", "harbour", "master", "Aine", "Kelleher",
             "said", "Monday", ".", "“", "Nothing", "will", "be", "hidden", ".", "”"]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True, True, True, False, True,
              False, True, True, True, False, False, False]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 3, 10, 8, 12, 10, 3, 13, 3, 20, 20, 20, 20, 20, 20, 20]
    deps = ["punct", "nsubj", "aux", "ROOT", "det", "dobj", "punct", "punct", "dep", "compound", "dobj", "compound",
            "appos", "conj", "npadvmod", "punct", "punct", "nsubjpass", "aux", "auxpass", "ROOT", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "NOUN", "NOUN", "PROPN", "PROPN",
           "VERB", "PROPN", "PUNCT", "PUNCT", "PRON", "AUX", "AUX", "VERB", "PUNCT", "PUNCT"]
    ents = ["O"] * 11 + ["B-PERSON", "I-PERSON"] + ["O"] * 10
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    (claim,) = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert [doc.text[f.start:f.end] for f in claim.fragments] == ["“We will win this case,”", "“Nothing will be hidden.”"]
    assert claim.speaker_text == "Galway harbour master Aine Kelleher"


@pytest.mark.parametrize(("text", "expected_speakers"), [
    pytest.param(
        "The senator spoke twice on Friday.\n\nMorning.\n\nUpdate.\n\nMore soon.\n\nAt 9 a.m., Senator Okafor said: “Did "
        "the governor help a donor get a state contract so he could use him in the campaign?”\n\n10 a.m.\n\nReporters "
        "asked about the tweet.\n\nAt noon, Senator Okafor said: “Did the governor help a donor get a state contract so "
        "he could use him in the campaign?”",
        ["Senator Okafor", "Senator Okafor"], id="live-blog-quotes-twice"),
    pytest.param(
        "The senator spoke twice on Friday.\n\nAt 9 a.m., Senator Okafor said: “Did the governor help a donor get a "
        "state contract so he could use him in the campaign?”\n\n10 a.m.\n\nAt noon, Senator Okafor said: “Did the "
        "governor help a donor get a state contract so he could use him in the campaign?”",
        ["Senator Okafor"], id="teaser-repeat-is-one-claim-not-an-unattributed-one"),
])
def test_repeated_statement(text: str, expected_speakers: list[str], nlp: Language, cues: CueLexicon,
                            config: Config) -> None:
    assert [c.speaker_text for c in claims_of(text, nlp, cues, config)] == expected_speakers


_TRANSCRIPT = (
    "Partial transcript of the interview:\n\n"
    "\"HOLLOWAY: Senator, will you vote for the harbour bill on Tuesday?\n\n"
    "\"MARSH: Well, look, the harbour needs dredging, and I have said so for years.\n\n"
    "HOLLOWAY: Even if it costs the county its ferry subsidy?\n\n"
    "MARSH: The ferry will be fine.\n"
)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_TRANSCRIPT, [
        ("direct", "Senator, will you vote for the harbour bill on Tuesday?", "HOLLOWAY", ":"),
        ("direct", "Well, look, the harbour needs dredging, and I have said so for years.", "MARSH", ":"),
        ("direct", "Even if it costs the county its ferry subsidy?", "HOLLOWAY", ":"),
        ("direct", "The ferry will be fine.", "MARSH", ":"),
    ], id="transcript-turns"),
    # Wikinews prints an interview's turns as "((Name))  …".
    pytest.param("Ferry service to resume\n\n((WN))  When will the ferry run again?\n\n((Ruth Marsh))  On Monday, if the "
                 "pier holds.\n\n((WN))  And the subsidy?\n\n((Ruth Marsh))  We have asked the county for it.\n", [
                     ("direct", "When will the ferry run again?", "WN", "))"),
                     ("direct", "On Monday, if the pier holds.", "Ruth Marsh", "))"),
                     ("direct", "And the subsidy?", "WN", "))"),
                     ("direct", "We have asked the county for it.", "Ruth Marsh", "))"),
                 ], id="bracketed-turns"),
    # An answer in several paragraphs is one turn up to the next label ("I think …" is not an unresolved "I").
    pytest.param("Ferry service to resume\n\n((WN))  When will the ferry run again?\n\n((Ruth Marsh))  On Monday.\n\nI think "
                 "the pier will hold. We checked it twice.\n\n((WN))  And the subsidy?\n\n((Ruth Marsh))  We asked for it.\n", [
                     ("direct", "When will the ferry run again?", "WN", "))"),
                     ("direct", "On Monday.\n\nI think the pier will hold. We checked it twice.", "Ruth Marsh", "))"),
                     ("direct", "And the subsidy?", "WN", "))"),
                     ("direct", "We asked for it.", "Ruth Marsh", "))"),
                 ], id="a-turn-over-paragraphs"),
    # Capitalised rubrics are not speakers, and two labels do not make a transcript.
    pytest.param("UPDATE: The ferry resumed on Monday.\n\nCORRECTION: An earlier version misspelled the pier.\n\n"
                 "MARSH: The ferry will be fine.\n", [], id="rubrics-are-not-turns"),
    # An interview's answers under the interviewee's name in title case; the questions end them and are no one's claim.
    pytest.param("Roman Mrochko has led the city through the shelling. We spoke to him in his office.\n\nQ: How do people live "
                 "here now?\n\nMrochko: It is very hard. People stay.\n\nQ: What do you need most?\n\nMrochko: Generators, and "
                 "windows.\n\nQ: Will the city be rebuilt?\n\nMrochko: Yes. We have plans already.\n", [
                     ("direct", "It is very hard. People stay.", "Mrochko", ":"),
                     ("direct", "Generators, and windows.", "Mrochko", ":"),
                     ("direct", "Yes. We have plans already.", "Mrochko", ":"),
                 ], id="an-interview-in-title-case"),
    # Headlines of related stories are no turns, though the article names the person in full.
    pytest.param("Foreign Minister Sergey Lavrov said the talks had failed.\n\nYou may also like\n\nLavrov: The West is waging a "
                 "hybrid war\n\nLavrov: Talks are possible\n\nLavrov: Sanctions will fail\n", [
                     ("indirect", "the talks had failed", "Foreign Minister Sergey Lavrov", "said")], id="headlines-of-related-stories"),
    # A round-up's sections under the names of those it goes through are no turns: each speaks once.
    pytest.param("Senator Ann Lee and Governor Tom Hart are in the race.\n\nLee: Win in a walk.\n\nShe leads every poll.\n\n"
                 "Hart: Finish second.\n\nHe needs the north.\n\nOkafor: Hang on.\n\nRuth Okafor has the money.\n", [],
                 id="a-round-up-by-name"),
])
def test_transcript_turns(text: str, expected: list[tuple[str, str, str, str]], nlp: Language, cues: CueLexicon,
                          config: Config) -> None:
    claims = claims_of(text, nlp, cues, config)
    assert [(c.kind, c.quote_text, c.speaker_text, c.cue) for c in claims] == expected
    assert all(text[c.start_char:c.end_char] == c.quote_text for c in claims)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The exchange over the ferry contract grew heated at the hearing.\n\nRep. Dana Whitlow (R-Ohio):\n\n"
                 "“Who told you the pier was safe to reopen in May?”\n\nFormer harbour commissioner Ruth Marsh:\n\n"
                 "“That was the advice the engineers gave my office.”\n", [
                     ("“Who told you the pier was safe to reopen in May?”", "Rep. Dana Whitlow (R-Ohio)", ":"),
                     ("“That was the advice the engineers gave my office.”", "Former harbour commissioner Ruth Marsh", ":"),
                 ], id="hearing-labels-on-the-line-before"),
    pytest.param("Reactions to the ferry deal came quickly.\n\nCecile Okafor: “The county has been waiting years for "
                 "this pier to reopen.”\n", [
                     ("“The county has been waiting years for this pier to reopen.”", "Cecile Okafor", ":"),
                 ], id="label-on-the-same-line"),
    # A round-up's item: its headline, a dash, then the label (its verb is the headline's).
    pytest.param("The ferry deal drew praise.\n\nCommuters agree - Cecile Okafor: “The county has been waiting years "
                 "for this pier to reopen.”\n", [("“The county has been waiting years for this pier to reopen.”", "Cecile Okafor", ":")],
                 id="a-headline-before-the-label"),
    pytest.param("FERRY RIDERS ARE NOT WRONG, JUST EARLY - Ruth Marsh and Dana Whitlow: “The pier was never the "
                 "problem.”\n\nThe county kept its counts of riders for years -More from Marsh and Whitlow: “Most riders "
                 "came back within a month.”\n", [
                     ("“The pier was never the problem.”", "Ruth Marsh and Dana Whitlow", ":"),
                     ("“Most riders came back within a month.”", "Marsh and Whitlow", ":"),
                 ], id="headlines-before-two-names"),
    # What a document reads, the parser taking "read" for a noun or a participle.
    pytest.param("The summary of the decision read in part: \"This court has already concluded that the advice was unlawful.\"",
                 [("\"This court has already concluded that the advice was unlawful.\"", "The summary of the decision", "read")],
                 id="a-document-read-as-a-participle"),
    pytest.param("He died on Monday.\n\nThe family's statement on the death read: \"Don loved his wife and the ranch.\"",
                 [("\"Don loved his wife and the ranch.\"", "The family's statement on the death", "read")], id="a-document-read-as-a-noun"),
    # Not labels: a sentence before the colon, a place.
    pytest.param("The council met on Monday.\n\nRiders have long complained to Cecile Okafor: “The county has been waiting "
                 "years for this pier to reopen.”\n", [("“The county has been waiting years for this pier to reopen.”", "Riders",
                                                      "complained")], id="a-sentence-is-no-label"),
    pytest.param("The ferry deal drew praise.\n\nHartfield: “The county has been waiting years for this pier to "
                 "reopen.”\n", [("“The county has been waiting years for this pier to reopen.”", None, None)],
                 id="a-place-is-no-label"),
    # A label whose name the tagger ran into the quotation still ends the turn before it.
    pytest.param('Rep. Dana Whitlow (R-Ohio):"Who told you the pier was safe to reopen in May?"\n\nFormer harbour '
                 'commissioner Ruth Marsh:"That was the advice the engineers gave my office."\n', [
                     ('"Who told you the pier was safe to reopen in May?"', "Rep. Dana Whitlow (R-Ohio)", ":"),
                     ('"That was the advice the engineers gave my office."', None, None),
                 ], id="a-label-run-into-its-quotation"),
    # The writer's phrase before a colon is no label: the quotation goes on with the speaker.
    pytest.param('Mayor Ruth Marsh said the pier was safe. "We checked it twice," she said.\n\nThen, later that month on '
                 'Hartfield Radio: "The pier will reopen in May, whatever the engineers say."\n', [
                     ("the pier was safe", "Mayor Ruth Marsh", "said"),
                     ('"We checked it twice,"', "she", "said"),
                     ('"The pier will reopen in May, whatever the engineers say."', "she", None),
                 ], id="a-phrase-is-no-label"),
])
def test_a_name_labelling_a_quotation_is_its_speaker(text: str, expected: list[tuple[str, str | None, str | None]],
                                                    nlp: Language, cues: CueLexicon, config: Config) -> None:
    claims = claims_of(text, nlp, cues, config)
    assert [(c.quote_text, c.speaker_text, c.cue) for c in claims] == expected


@pytest.mark.parametrize(("text", "verb", "frame", "expected"), [
    pytest.param("Senator Ruth Alder vowed to block the farm bill.", "vowed", "xcomp",
                 {"form:vowed:xcomp", "stem:vow:xcomp", "stem:vow", "subject:PERSON", "tag:VBD:xcomp", "length:4-7:xcomp"},
                 id="infinitive"),
    pytest.param("They said that the mayor would not resign.", "said", "ccomp",
                 {"form:said:ccomp", "subject:they", "that", "length:4-7:ccomp"}, id="clause-with-that"),
    pytest.param("The ministers will not discuss the meeting.", "discuss", "dobj",
                 {"subject_word:ministers", "negated", "modal:will", "object:meeting", "length:2-3:dobj"}, id="object"),
    pytest.param("The mayor spoke about “a crisis of trust” in the city.", "spoke", "prep:about",
                 {"frame:prep:about", "frame:prep", "quoted:prep", "object:crisis"}, id="prepositional-object"),
])
def test_frame_features(nlp: Language, text: str, verb: str, frame: str, expected: set[str]) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    frames = {name: (span, head) for name, span, head in content_frames(token, doc.text)}
    span, head = frames[frame]
    assert expected <= set(frame_features(token, frame_subject(token), frame, span, head, doc.text))


@pytest.mark.parametrize(("text", "expected"), [
    # A reporting noun with its owner named reports its "that" clause, also inside another claim.
    pytest.param("Mayor Dana Kell's claim that the harbour fund had been emptied twice was false, auditors said.",
                 [("auditors", "Mayor Dana Kell's claim that the harbour fund had been emptied twice was false", "auditors", None),
                  ("claim", "that the harbour fund had been emptied twice", "Mayor Dana Kell", "Dana Kell")],
                 id="possessor-inside-said"),
    pytest.param("The union rejected the ministry's assertion that the new rota would cut overtime costs.",
                 [("rejected", "the ministry's assertion that the new rota would cut overtime costs", "The union", None),
                  ("assertion", "that the new rota would cut overtime costs", "the ministry", None)], id="organisation-possessor"),
    # "his" is whom "he" would be; a stance on the claim is a claim of its own.
    pytest.param("Councillor Tom Ayre spoke at the depot on Monday. Critics dismissed his claims that the "
                 "depot would reopen before the winter.",
                 [("dismissed", "his claims that the depot would reopen before the winter", "Critics", None),
                  ("claims", "that the depot would reopen before the winter", "his", "Tom Ayre")], id="possessive-pronoun"),
    pytest.param("Councillor Tom Ayre repeated his warning that the depot would close before the winter.",
                 [("repeated", "his warning that the depot would close before the winter", "Councillor Tom Ayre", "Tom Ayre")],
                 id="possessive-of-the-speaker"),
    # "his" before the noun is first the person named earlier in its sentence, not the last speaker.
    pytest.param("Coach Bernard Laporte said the squad was ready. The defeat forced coach Matt Williams to reassess his "
                 "belief that a win over one of the major nations was imminent.",
                 [("Coach Bernard Laporte", "the squad was ready", "Coach Bernard Laporte", "Bernard Laporte"),
                  ("belief", "that a win over one of the major nations was imminent", "his", "Matt Williams")],
                 id="possessive-in-its-sentence"),
    # "their" standing for the subject of the verb the noun hangs on: that subject owns it.
    pytest.param("The two ministers stood by their claim that the depot would close before the winter.",
                 [("claim", "that the depot would close before the winter", "The two ministers", None)], id="possessive-of-the-subject"),
    # The owner of a view is talked about: the next "he said" is the one who spoke before.
    pytest.param("Coach Jose Ramos backed Steven Gerrard's view that the team could struggle this season. "
                 "\"We have time to build an even better team,\" he said.",
                 [("backed", "Steven Gerrard's view that the team could struggle this season", "Coach Jose Ramos", "Jose Ramos"),
                  ("view", "that the team could struggle this season", "Steven Gerrard", "Steven Gerrard"),
                  ("he", "\"We have time to build an even better team,\"", "he", "Jose Ramos")],
                 id="owner-is-not-the-next-speaker"),
    # "their belief": no organisation's merely for being named nearby.
    pytest.param("The fund was set up in the US in 1990. But their shared belief that markets are compatible with social "
                 "justice was tested.", [("belief", "that markets are compatible with social justice", "their", None)],
                 id="their-is-no-nearby-name"),
    # Only someone who can speak owns what "raised"/"voiced" brings up.
    pytest.param("This and the fact that one of the nurses had no symptoms raises the concern that the virus could spread "
                 "between patients.", [], id="owning-verb-of-no-speaker"),
    pytest.param("Health officials voiced concern that the clinic had turned away patients without insurance.",
                 [("voiced", "concern that the clinic had turned away patients without insurance", "Health officials", None)],
                 id="owning-verb-with-its-own-claim"),
    # Not a complement: a relative clause ("that he made"), and a noun that no one named owns.
    pytest.param("The claim that he made at the hearing was repeated by nobody.", [], id="relative-clause"),
    pytest.param("There is a growing belief that the council will sell the harbour to a developer.", [], id="no-owner"),
])
def test_reporting_nouns(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                         expected: list[tuple[str, str, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    claims = all_claims_of(text, nlp, lexicons, config)
    got = [(c.cue if c.cue != "said" else c.speaker_text, c.quote_text, c.speaker_text, antecedent_of(c, text)) for c in claims]
    assert got == expected


# A verb of belief closing the sentence after its clause attributes it, as a run extracts claims
# (beliefs are no cues by default) ...
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ticket sales will recover by the summer, promoter Lena Ford believes.",
                 [("believes", "Ticket sales will recover by the summer", "promoter Lena Ford", "Lena Ford")], id="believes"),
    pytest.param("Freight costs will keep rising until the strike ends, analysts reckon.",
                 [("reckon", "Freight costs will keep rising until the strike ends", "analysts", None)], id="reckon"),
    # ... but not the writer's own view, nor a belief with its object after it.
    pytest.param("The case design was good, I think.", [], id="the-writers-own-belief"),
    pytest.param("Ticket sales fell and promoter Lena Ford believes it.", [], id="belief-with-its-object-after-it"),
])
def test_a_belief_after_its_clause(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                   expected: list[tuple[str, str, str, str | None]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text, antecedent_of(c, text)) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Senator Ruth Alder wants to block the farm bill when it reaches the floor next week.",
                 [("wants", "to block the farm bill when it reaches the floor next week", "Senator Ruth Alder")], id="wants-to"),
    pytest.param("Senator Ruth Alder walked into the chamber on Tuesday morning with her aides.", [], id="not-a-stance"),
    pytest.param("Talks between the two ministries are expected to resume in Geneva early next week.", [], id="passive-subject-is-no-source"),
    # ... also when the passive's subject is another verb's (a coordinated verb, a relative clause).
    pytest.param("Carver had an operation on his knee last week and is expected to be out for another three months.", [],
                 id="coordinated-passive"),
    pytest.param("The fraud trial, which is expected to last two months, is the latest in a series of cases.", [],
                 id="relative-passive"),
    # Verbs that rarely attribute anything ([claims] min_other_cue_precision).
    pytest.param("The new rules allow farmers to sell their grain directly to the mills without a licence.", [], id="allow-is-no-cue"),
    pytest.param("The ruling makes it harder for the council to close the library before the election.", [], id="makes-is-no-cue"),
])
def test_stance_claims_with_the_frame_model(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text) for c in claims] == expected
    # With stances switched off only speech counts.
    off = dataclasses.replace(config, claims=dataclasses.replace(config.claims, min_stance_clause_frame_precision=1.01,
                                                                 min_stance_frame_precision=1.01))
    assert all_claims_of(text, nlp, lexicons, off) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The prize, which is celebrating its 20th year, is billed as \"the UK's biggest children's book award\". The winner "
                 "will be named on Monday.", [], id="billed-as-by-no-one"),
    pytest.param('The director, who has made more than 100 films, was hailed for his "remarkable visual beauty, technical '
                 'innovation, and intellectual depth".', [], id="hailed-by-no-one"),
    # A participle right after its noun, parsed as the noun's verb, says nothing.
    pytest.param("Money raised will go to a children's shelter in Colombo which aims to rebuild homes.", [],
                 id="money-raised-will-go"),
    pytest.param("The paper added that most of the taxes claimed are linked to the company's export activity.",
                 [("added", "that most of the taxes claimed are linked to the company's export activity", "The paper")],
                 id="taxes-claimed-are-linked"),
    # A relative clause after "everything", "nothing" …, parsed as the verb of the sentence, says nothing;
    # what follows it may be what someone else said, or name what was said.
    pytest.param("We don't care. Everything the mayor says is a lie unless proven otherwise. We aren't blind.", [],
                 id="everything-he-says-is"),
    pytest.param("Nothing he says can be trusted, the council said.",
                 [("said", "Nothing he says can be trusted", "the council")], id="nothing-he-says-the-council-said"),
    pytest.param("Everything the mayor said was \"a promise we will keep for the harbour\".",
                 [("said", "\"a promise we will keep for the harbour\"", "the mayor")], id="everything-he-said-was-a-quotation"),
    # Mid-sentence, it is what he says of something.
    pytest.param("Harbour campaign chairman Tom Reid said he hoped for a late rush of votes - something he says will help their cause.",
                 [("said", "he hoped for a late rush of votes - something he says will help their cause",
                   "Harbour campaign chairman Tom Reid"), ("says", "will help their cause", "he")], id="something-he-says-will"),
    # A quoted sentence after one is still someone's speech, kept unattributed.
    pytest.param('Marek Novak was refused a place at the college in 2003. He was later seen quizzing a college official on why he '
                 'was refused: "But what happened? How come my parents and the state did not look ahead?"',
                 [(None, '"But what happened? How come my parents and the state did not look ahead?"', None)],
                 id="quoted-sentence-after-a-passive"),
    # Praised by someone named, it is their claim; reported by no one named, still a claim.
    pytest.param('The director was praised by critics for his "remarkable visual beauty and intellectual depth".',
                 [("praised", 'his "remarkable visual beauty and intellectual depth"', "critics")], id="praised-by-critics"),
    pytest.param("It was reported that the factory in Leeds would close in May.",
                 [("reported", "that the factory in Leeds would close in May", None)], id="reported-by-no-one-named"),
])
def test_passives_and_participles_that_report_nothing(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # A passive stance or deed with no one named as its doer describes or names something (its
    # quotation is not re-read as someone's direct speech either); so does a participle.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Officials have confirmed climate change was discussed when the senator visited the prime minister.",
                 ("confirmed", "climate change was discussed when the senator visited the prime minister"), id="object-is-the-subject"),
    pytest.param("The regional governor has promised each victim will be subject to a payout of one million roubles.",
                 ("promised", "each victim will be subject to a payout of one million roubles"), id="promised-object-is-the-subject"),
    pytest.param("Sir Ian claimed strong painkillers he was taking for a back problem had reacted badly with a small amount of wine.",
                 ("claimed", "strong painkillers he was taking for a back problem had reacted badly with a small amount of wine"),
                 id="claimed-object-is-the-subject"),
    # An aside between the object and the clause does not part them.
    pytest.param("Brindle announced its kit agreement with Harton, which gave Brindle the lucrative right to make replica shirts, "
                 "would end in 2027, three years earlier than expected.",
                 ("announced", "its kit agreement with Harton, which gave Brindle the lucrative right to make replica shirts, would end "
                               "in 2027, three years earlier than expected"), id="object-with-a-relative-clause"),
    pytest.param("But critics say the sell-off, and the assault on the firm's finances, are part of an attempt to bring the mining "
                 "industry back under state control.",
                 ("say", "the sell-off, and the assault on the firm's finances, are part of an attempt to bring the mining industry "
                         "back under state control"), id="object-with-an-aside"),
    # The object of "told" is who was told, never the subject of what was said ...
    pytest.param("The minister told the committee that the depot would close in March.",
                 ("told", "that the depot would close in March"), id="addressee-stays-out"),
    pytest.param("Steve Nash told the BBC News website there are two parts to the process.",
                 ("told", "there are two parts to the process"), id="addressee-before-there-is"),
    # ... but a common noun the parser joined to the hearer's name is.
    pytest.param("Ms Kelly told the BBC progress had been made against disruptive pupils.",
                 ("told", "progress had been made against disruptive pupils"), id="subject-after-the-hearer"),
    # "had improved concentration" read as the object, its subject hung on the auxiliary.
    pytest.param("The head teacher said the ban had improved concentration.",
                 ("said", "the ban had improved concentration"), id="subject-hung-on-the-auxiliary"),
    pytest.param("The premier told reporters the ban had improved concentration.",
                 ("told", "the ban had improved concentration"), id="subject-hung-on-the-auxiliary-after-the-hearer"),
    # An infinitive the parser hung on the noun of a phrase describing whom the verb addresses.
    pytest.param("She urged anyone with information to contact the force.", ("urged", "to contact the force"), id="urged-anyone-with"),
    pytest.param("He called on anyone with a generator to share it.", ("called", "to share it"), id="called-on-anyone-with"),
    # A verb of saying the parser made the complement of the "that" clause it reports.
    pytest.param("The Harbour Times had reported, citing three people familiar with the matter, that the meeting took place "
                 "in Sochi on November 14.", ("reported", "that the meeting took place in Sochi on November 14"),
                 id="reported-citing-that"),
    # (without the full stop when a paragraph follows)
    pytest.param("The Harbour Times had reported, citing three people familiar with the matter, that the meeting took place "
                 "in Sochi.\n\nThe audit began in May.", ("reported", "that the meeting took place in Sochi"),
                 id="reported-citing-that-before-a-paragraph"),
    # ... also through the verb an infinitive of saying completes.
    pytest.param("But Okafor says she should be the exception. The mayor continues to insist, most recently in a Friday interview "
                 "with Harbour FM, that she really, really wants to publish the accounts but can't because they are being audited.",
                 [("says", "she should be the exception"),
                  ("insist", "that she really, really wants to publish the accounts but can't because they are being audited")],
                 id="continues-to-insist-that"),
    # A "that" clause the parser hung on the statement it was made in.
    pytest.param("It said in a statement that the disruption had been caused by severe weather and staff shortages.",
                 ("said", "that the disruption had been caused by severe weather and staff shortages"), id="in-a-statement-that"),
    # ... or on the occasion, hung on whom the verb addresses; "that" may be read as the object of
    # a relative clause when the clause has a subject and a modal of its own.
    pytest.param("Smith told the committee at a hearing that the bank had misled investors.",
                 ("told", "that the bank had misled investors"), id="at-a-hearing-that"),
    pytest.param("Kelleher told reporters at a briefing that the pier would reopen in May.",
                 ("told", "that the pier would reopen in May"), id="at-a-briefing-that-would"),
    # ... or on any phrase after whom it addresses.
    pytest.param("Kelleher told one of his young deputies on a regular basis that the harbour was doomed.",
                 ("told", "that the harbour was doomed"), id="on-a-regular-basis-that"),
    # ... or on the time it was said ("that" a conjunction, or parsed as an adverb before a subject).
    pytest.param("Maria Ortiz has spoken out again. On Sunday, she disclosed for the first time that after the trial, the mayor "
                 "called her to meet again.", ("disclosed", "that after the trial, the mayor called her to meet again"),
                 id="for-the-first-time-that"),
    pytest.param("The minister admitted for the first time that the budget had been cut.", ("admitted", "that the budget had been cut"),
                 id="for-the-first-time-that-parsed-as-adverb"),
    # The subject hung on the verb as a phrase of its own: a number after a preposition, a
    # gerund, a noun after the date of the telling (not the date itself).
    pytest.param("Friends of Ms Hart said around five senior members of the Leeds branch were also planning to quit.",
                 ("said", "around five senior members of the Leeds branch were also planning to quit"), id="subject-after-around"),
    pytest.param("Party strategists believe winning over a big share of women voters is key to electoral success.",
                 ("believe", "winning over a big share of women voters is key to electoral success"), id="gerund-subject"),
    pytest.param("Chief inspector Dale Moss told MPs on Wednesday caution was needed to make sure that no voter was left off the roll.",
                 ("told", "caution was needed to make sure that no voter was left off the roll"), id="subject-after-the-date"),
    pytest.param("The minister said on Monday the plan was dead.", ("said", "the plan was dead"), id="date-of-the-saying-stays-out"),
    # ... but an object before the phrase is the subject, and the phrase belongs to it.
    pytest.param('Radio host Gil Marsh said he would be "watching to see if the money gets to the flood victims" and warned the '
                 'celebrities taking part "had better be involved all the way down the line".',
                 [("said", 'he would be "watching to see if the money gets to the flood victims"'),
                  ("warned", 'the celebrities taking part "had better be involved all the way down the line"')], id="object-then-participle"),
    # A clause with its own pronoun subject and nothing missing, hung on the hearer as a relative clause.
    pytest.param("Ms Kirwan informed officers she had diplomatic immunity.", ("informed", "she had diplomatic immunity"),
                 id="informed-hearer-clause"),
    # The question asked, parsed as a condition of the asking: what was asked, not what "he" believes.
    pytest.param("Asked by Starling if he believed the situation was at the same level as the harbour attacks, Okafor said that he did.",
                 [("Asked", "if he believed the situation was at the same level as the harbour attacks"), ("said", "that he did")],
                 id="asked-if-parsed-as-a-condition"),
    # An object and a "that" clause joined to it by "and" were both expressed.
    pytest.param("On the talks that opened today, Ortega expressed Spain's readiness to work with any future Greek government and "
                 "that it respects the choice of the Greek people.",
                 ("expressed", "Spain's readiness to work with any future Greek government and that it respects the choice of the Greek "
                               "people"), id="object-and-that-clause"),
])
def test_object_read_as_the_reported_clause_subject(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: tuple[str, str] | list[tuple[str, str]]) -> None:
    # The parser often makes the subject of a reported clause the verb's object and leaves the
    # clause without a subject; the claim must keep it. (A list: the sentence's claims.)
    claims = [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)]
    assert claims == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Marsh never missed an opportunity to remind the audience that he was the only candidate funding his own campaign.",
                 [("remind", "that he was the only candidate funding his own campaign", "Marsh")], id="never-missed-an-opportunity"),
    pytest.param("The mayor took the chance to say that the harbour would reopen in May.",
                 [("say", "that the harbour would reopen in May", "The mayor")], id="took-the-chance"),
    pytest.param("The committee gave him the chance to explain that the loans had been repaid.",
                 [("explain", "that the loans had been repaid", "him")], id="given-the-chance"),
    # A chance missed is nothing said.
    pytest.param("Critics said the minister missed an opportunity to announce that the plant would stay open.",
                 [("said", "the minister missed an opportunity to announce that the plant would stay open", "Critics")],
                 id="missed-the-chance"),
])
def test_who_has_the_chance_speaks(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    # An infinitive describing a chance has no subject of its own: whoever took or was given it speaks.
    assert cue_content_speaker(text, nlp, lexicons, keeping_nested(config)) == expected


def test_a_name_tagged_an_adverb_after_the_verb_speaks(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The tagger reads "Skelly" as an adverb by its ending: still the name of who said it.
    text = "“Having the voter file and two people who understand it is valuable,” said Skelly, explaining he worked closely with the party."
    assert [(c.speaker_text, c.attribution, antecedent_of(c, text)) for c in all_claims_of(text, nlp, lexicons, config)] == \
        [("Skelly", "explicit", "Skelly"), ("Skelly", "explicit", "Skelly")]


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence's opening noun and a name after the verb, both parsed as its subjects: the name speaks.
    pytest.param('The rejection of the treaty signals "the beginning of the end" for the EU, said Marine Dupont, founder of the '
                 'right-wing French Party for Liberty.',
                 [('The rejection of the treaty signals "the beginning of the end" for the EU', "Marine Dupont", "Marine Dupont")],
                 id="a-name-after-the-verb-and-a-sentence-subject"),
    # ... also set off in the middle of the sentence, the sentence's verb after it.
    pytest.param("The tone of the debate, said Mr Hadley, would be more conversational than rhetorical.",
                 [("The tone of the debate, said Mr Hadley, would be more conversational than rhetorical", "Mr Hadley", "Hadley")],
                 id="a-name-after-the-verb-in-the-middle"),
    # A name after a quotation parsed as a modifier of the verb of saying.
    pytest.param('She reads from prepared texts these days. "Look at the statement the mayor put out after the harbour floods," '
                 'Conway notes. "It was very different in tone."',
                 [('"Look at the statement the mayor put out after the harbour floods," Conway notes. "It was very different in tone."',
                   "Conway", "Conway")], id="a-name-parsed-as-a-modifier-of-the-verb"),
])
def test_a_name_the_parser_attached_elsewhere_speaks(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert [(c.quote_text, c.speaker_text, antecedent_of(c, text)) for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_plural_title_stands_for_the_people_introduced_with_it(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The people named with a plural title speak when it stands alone later, though they said
    # nothing on their own before (their first statement is the ministry's report).
    text = ("VIENNA, March 3. Austrian and Czech Foreign Ministers, Anna Berger and Tomas Novak have stressed the need for new "
            "talks on the dam, the Austrian foreign ministry said.\n\nThe ministers agreed that there is no alternative to a "
            "negotiated settlement.")
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, [text[s.antecedent_start:s.antecedent_end] for s in claim.speakers if s.antecedent_start is not None]) == \
        ("The ministers", ["Anna Berger", "Tomas Novak"])
    # Some of them named ("including") are not the ones a later "the judges" stands for.
    text = ("A panel of judges including Sir Trevor Hale, actor Hugh Brant and writer Joanne Harker will decide the overall winner on "
            'Tuesday.\n\nThe winners were named last night. "It is a joy," wrote the judges.')
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, [s.antecedent_start for s in claim.speakers]) == ("the judges", [None])


def test_relative_clause_on_the_hearer_is_not_what_was_told(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "the man she had met" lacks its object: it describes whom she told, and says nothing.
    assert all_claims_of("She told the man she had met about the harbour plan.", nlp, lexicons, config) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chief executive Nadia Brook told staff in an internal video, seen by this newspaper, that the decision was painful.",
                 [("told", "that the decision was painful", "Chief executive Nadia Brook")], id="seen-by-describes-the-video"),
    pytest.param("The strike, called by the civil service union, was the biggest walkout by public servants in a decade.", [],
                 id="called-by-describes-the-strike"),
    pytest.param("Kelleher told reporters at a briefing that the ministry held on Monday.", [], id="a-briefing-that-was-held"),
    pytest.param("Spokeswoman Aigerim Sadykova said in Astana that the talks had been useful and that Kazakhstan remained committed "
                 "to the corridor.",
                 [("said", "that the talks had been useful and that Kazakhstan remained committed to the corridor",
                   "Spokeswoman Aigerim Sadykova")], id="second-that-clause-is-still-said"),
    pytest.param("Critics say the society is secretive and elitist, but its members reject such claims.",
                 [("say", "the society is secretive and elitist", "Critics")], id="conjoined-cue-is-a-new-attribution"),
    # A verb of saying in the past that the parser hung on a verb of the reported clause goes with
    # the cue, and reports on its own ...
    pytest.param("The harbour master said the ferry had been delayed by storms and urged travellers to check the timetable online.",
                 [("said", "the ferry had been delayed by storms", "The harbour master"),
                  ("urged", "to check the timetable online", "The harbour master")], id="said-and-urged"),
    pytest.param("The foreign ministry in Astana said it was firmly opposed to the launch and warned Pyongyang to refrain from "
                 "further tests.",
                 [("said", "it was firmly opposed to the launch", "The foreign ministry"),
                  ("warned", "to refrain from further tests", "The foreign ministry")], id="said-and-warned-after-was"),
    pytest.param('The network said it was "thrilled to have won the rights" and promised to cover the final "like no other '
                 'channel could".',
                 [("said", 'it was "thrilled to have won the rights"', "The network"),
                  ("promised", 'to cover the final "like no other channel could"', "The network")], id="said-and-promised"),
    # With a subject of its own it is a new attribution (here of nothing said).
    pytest.param("The chipmaker said the processor would support several operating systems but its designers would not "
                 "confirm if Windows was among them.",
                 [("said", "the processor would support several operating systems", "The chipmaker")], id="but-designers-would-not-confirm"),
    # ... but not after a deed in the same tense, in a subordinate clause, or with nothing to report.
    pytest.param("A spokesman said a fan jumped on stage and attacked the singer, who then left the arena.",
                 [("said", "a fan jumped on stage and attacked the singer, who then left the arena", "A spokesman")],
                 id="deed-and-attacked"),
    pytest.param("Ms Hale said she had asked the guest to leave after he became aggressive at dinner and talked about leaving without paying.",
                 [("said", "she had asked the guest to leave after he became aggressive at dinner and talked about leaving without paying",
                   "Ms Hale")], id="talked-in-a-subordinate-clause"),
])
def test_participles_and_conjoined_clauses(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    # A participle after a noun ("a video, seen by this newspaper,") describes the noun: it is no
    # attribution in parentheses around the sentence. A clause joined by "and that" continues what
    # was said; one with a cue and a subject of its own does not.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ticket prices at the new arena seem to start at two hundred pounds for a family of four.", [],
                 id="seem-to-start"),
    pytest.param("Hollywood, it seems, likes nothing more than a picture about one of its own.", [], id="it-seems-is-the-writer"),
    pytest.param("The older pupils tend to travel from across the wider district to the grammar school.", [], id="tend-to-travel"),
    pytest.param("The mayor's wife appeared to have vanished from the campaign trail by the end of August.", [],
                 id="appeared-to-have-vanished"),
    # Through a verb of saying the infinitive is the subject's: the claim is that verb's own.
    pytest.param("Councillor Brian Hale seemed to suggest that the bus depot would close before the winter.",
                 [("suggest", "that the bus depot would close before the winter", "Councillor Brian Hale")],
                 id="seemed-to-suggest"),
])
def test_raising_verbs_report_nothing_of_their_own(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    # "Seem", "appear", "tend" lend their subject to the infinitive: "prices seem to start at …" is
    # the writer's impression, not something the prices said.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('With the polls tightening, Senator Mary Hale is rolling out a new and more personal campaign message: "It\'s '
                 'about me."', [('"It\'s about me."', "Senator Mary Hale")], id="a-sentence-after-a-colon"),
    # Not a phrase after a colon, nor a short quotation without one.
    pytest.param('The minister has a new slogan for the campaign: "strong and stable".', [], id="a-phrase-after-a-colon"),
    pytest.param('Senator Mary Hale called the plan "a joke".', [('the plan "a joke"', "Senator Mary Hale")],
                 id="a-short-quotation-in-a-claim"),
])
def test_a_short_quoted_sentence_after_a_colon_is_its_subjects(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                               expected: list[tuple[str, str]]) -> None:
    # A quotation under five words is a scare quote unless it is a sentence a named subject's
    # clause leads into with a colon.
    assert [(c.quote_text, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Conversely, FactCheck rated 30% of the senator\'s claims as "entirely true" compared to 11% of her rival\'s.',
                 [("rated", '30% of the senator\'s claims as "entirely true"', "FactCheck")], id="rated-as-quoted"),
    pytest.param('The firm markets the drink as "the healthy choice".', [("markets", 'the drink as "the healthy choice"', "The firm")],
                 id="markets-as-quoted"),
    # Not without a quotation: "named the man as John Smith" is a deed.
    pytest.param("The company markets the drink as a healthy choice for children.", [], id="markets-as-unquoted"),
    pytest.param('Mr Hale gained fame as one of the town\'s "metric martyrs" in 2001.', [], id="what-the-subject-is"),
    # What a verb of calling calls the object, quoted (the parser may make it a second object).
    pytest.param('The mayor branded the plan a "disaster for the harbour".',
                 [("branded", 'the plan a "disaster for the harbour"', "The mayor")], id="branded-quoted"),
    pytest.param("The mayor branded the plan a disaster.", [], id="branded-unquoted"),
    # (or an apposition of the object, the opening mark hung on the object)
    pytest.param('The mayor labelled the plan "a disaster for the harbour".',
                 [("labelled", 'the plan "a disaster for the harbour"', "The mayor")], id="labelled-quoted-apposition"),
    pytest.param('The company branded its new phone the "Harbour One".', [], id="branded-a-name"),
])
def test_an_object_quoted_as_what_it_is_is_a_claim_whatever_the_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                      expected: list[tuple[str, str, str]]) -> None:
    # PolNeAR counts "admires Putin as a “strong leader”" as a mixed claim: the quotation is the
    # subject's word for the object.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chile is to sell two state-owned mines, saying it wants to cut its foreign debt.", "Chile", id="is-to-sell"),
    pytest.param("Iraq is to invite bids for two telephone licences, saying it wants to boost coverage over the next year.", "Iraq",
                 id="is-to-invite"),
])
def test_a_participle_after_be_to_speaks_for_the_subject_of_be(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                expected: str) -> None:
    # "X is to do Y, saying …": the infinitive hangs on "is", whose subject does it and says so.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The chemicals firm failed to disclose how much its chief executive was paid last year.", [], id="failed-to-disclose"),
    # (The refusal itself is a stance, as PolNeAR counts it; what was not said is no claim.)
    pytest.param("Police declined to say whether anyone had been arrested after the fire.",
                 [("declined", "to say whether anyone had been arrested after the fire", "Police")], id="declined-to-say-whether"),
    pytest.param("The club has yet to announce who will replace the manager.", [], id="yet-to-announce"),
    pytest.param("The health minister did not say when the hospital would close.", [], id="did-not-say-when"),
    # Nor is an infinitive on what someone told of or warned of.
    pytest.param("He told the court about his plans to expand the business.", [], id="plans-to-expand"),
    pytest.param("She warned of a plan to cut jobs.", [], id="a-plan-to-cut"),
    pytest.param("The party would also encourage the conversion of old buildings in an effort to protect green fields.", [],
                 id="in-an-effort-to"),
    # A relative clause on the report it was said in is no content ("that" is its subject).
    pytest.param("The ministry said so in a report that was published on Monday.", [], id="a-report-that-was-published"),
    pytest.param("Paramount is still to announce which technology it will be supporting.", [], id="still-to-announce"),
    # What was said is still a claim, and a refusal of something other than speech a stance.
    pytest.param("The studio announced that it would back the new disc format.",
                 [("announced", "that it would back the new disc format", "The studio")], id="announced"),
    pytest.param("The senator refused to accept the result of the vote.",
                 [("refused", "to accept the result of the vote", "The senator")], id="refused-to-accept"),
])
def test_what_is_left_unsaid_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    # A verb of saying after "failed to", "declined to", "has yet to" tells of something not said:
    # what follows it is a question left open, not what anyone said.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mr Raskin continued to work on better ways to interface with computers.", [], id="continued-to-work"),
    pytest.param("The UK manufacturing sector continued to face serious challenges over the next two years.", [],
                 id="continued-to-face"),
    pytest.param("The Treasury continued to insist that the overshoot did not mean a hard landing.",
                 [("insist", "that the overshoot did not mean a hard landing", "The Treasury")], id="continued-to-insist"),
    pytest.param('"We are not finished yet," the manager continued.',
                 [("continued", '"We are not finished yet,"', "the manager")], id="continued-alone-is-a-cue"),
    pytest.param("She continued that an official had admitted the offence on camera.",
                 [("continued", "that an official had admitted the offence on camera", "She")], id="continued-that"),
    # Alone, it continues speech only before a quotation, a colon or "that".
    pytest.param('The fight continued outside, where "one of the officers was kicked in the chest with full force", police said.',
                 [("said", 'The fight continued outside, where "one of the officers was kicked in the chest with full force"', "police")],
                 id="the-fight-continued-outside"),
    pytest.param("The event could catch on as the trend for unusual dating events, like speed dating, continues.", [],
                 id="the-trend-continues"),
    pytest.param('But the new jet "is a niche player", Mr Learmount continued.',
                 [("continued", 'But the new jet "is a niche player"', "Mr Learmount")], id="continued-after-a-mixed-quote"),
])
def test_continued_before_a_verb_says_nothing(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    # "Continued" marks how long the next verb goes on; only alone does it introduce what was said.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nils Ekdahl, the scorer of the only goal, needed treatment after being hit by a missile, believed to be a coin.",
                 [], id="believed-to-be-after-a-comma"),
    pytest.param("Others thought to be in the running include the actor Ewan Hart and the singer Tom Rees, both at odds of 4-1.",
                 [], id="thought-to-be-before-the-verb"),
    pytest.param("The head of the agency widely reported to have resigned three months ago is still at the helm.",
                 [("to have resigned three months ago", None)], id="reported-to-have-by-no-one-named"),
    # Not before "to be"/"to have", or with an auxiliary, the verb is active.
    pytest.param("Both sprinters missed a drugs test and later claimed to have been involved in a road crash.",
                 [("to have been involved in a road crash", "Both sprinters")], id="claimed-to-have-is-active"),
])
def test_a_participle_before_to_be_is_no_claim_of_its_noun(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                           expected: list[tuple[str, str | None]]) -> None:
    # "a missile, believed to be a coin": the parser tags the participle as a past tense, often
    # the main verb, and the noun as its subject; no one named believes it.
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mr Clarke said he began to rethink his goals. He went hiking in South America, where he met his wife.",
                 [("said", "he began to rethink his goals", "Mr Clarke")], id="went-hiking"),
    pytest.param("She went on to say that the plan had failed.", [("say", "that the plan had failed", "She")], id="went-on-to-say"),
    pytest.param("The footage shows Mr Odell calmly leaving his car when asked to do so by officers.",
                 [("shows", "Mr Odell calmly leaving his car when asked to do so by officers", "The footage")], id="when-asked"),
    # (the question put to him is a claim of someone unnamed: `test_a_question_put_by_someone_unnamed`)
    pytest.param('Asked whether he would stand again, the minister said: "We will see."',
                 [("Asked", "whether he would stand again", None), ("said", '"We will see."', "the minister")],
                 id="asked-whether-opening-a-sentence"),
    # Who asked, when named, asked something.
    pytest.param("When pressed by Holt about how he would actually bring jobs back to the United States, his answers were vague.",
                 [("pressed", "how he would actually bring jobs back to the United States", "Holt")], id="when-pressed-by"),
    # "providing"/"provided" as a conjunction sets a condition.
    pytest.param("But Mr Brown and the Labour government have been the strongest backers of Croatian membership, provided it "
                 "sticks with human rights and economic reform.", [], id="provided-it-sticks"),
    pytest.param("And Wales flanker Dan Price looks certain to get the call, provided he recovers from knee and ankle problems.", [],
                 id="provided-he-recovers"),
    pytest.param("The ministry provided figures showing that exports had fallen for a third month.",
                 [("showing", "that exports had fallen for a third month", "figures")], id="provided-figures-is-a-verb"),
    # ", where a protester was shot" relates to the place just named, whatever the parser hangs it on.
    pytest.param("Governor Tony Evers declared a state of emergency. Unrest continued in Portland, Oregon as well, where a "
                 "protester was shot and killed.", [], id="where-after-a-place"),
    # A bare participle after a noun describes it; it reports nothing said before it.
    pytest.param("Even if the move does go ahead it is unlikely it will be in place before the next general election, widely "
                 "predicted for May.", [], id="widely-predicted-describes-the-election"),
    # A verb with a capital in mid-sentence is part of a title without quotation marks.
    pytest.param("Band Aid 20's remake of Do They Know It's Christmas is set to be confirmed as number one in the charts on Sunday.",
                 [], id="a-song-title-without-quotation-marks"),
    pytest.param("The film Say Anything is back in cinemas this week.", [], id="a-film-title-without-quotation-marks"),
    # "when" starting a clause of its own inside what was said is part of it.
    pytest.param("The coach said, when pressed, that the squad was tired.",
                 [("said", "when pressed, that the squad was tired", "The coach")], id="when-pressed"),
])
def test_outings_conditions_and_subordinate_clauses_say_nothing(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    # "went hiking" is an outing; "when asked to do so" is what was done to someone named elsewhere.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The minister was convinced the new bypass would cut journey times in half.",
                 [("convinced", "the new bypass would cut journey times in half", "The minister")], id="convinced"),
    pytest.param('Ahead of the meeting, Ms Hale said she was proud of the town\'s "vibrant theatre scene" but was concerned too few '
                 'young people were going to shows.',
                 [("said", 'she was proud of the town\'s "vibrant theatre scene"', "Ms Hale"),
                  ("concerned", "too few young people were going to shows", "Ms Hale")], id="concerned-after-proud"),
])
def test_a_passive_of_feeling_is_its_subjects_view(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    # "was convinced", "was concerned": the subject holds the view, unlike "was told".
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Umbro said on Thursday it had signed a new four-year agreement with the club.",
                 [("said", "it had signed a new four-year agreement with the club", "Umbro")], id="said-on-thursday"),
    pytest.param("The Conservatives said in November they would increase maternity pay.",
                 [("said", "they would increase maternity pay", "The Conservatives")], id="said-in-november"),
    pytest.param("He said after seven years the party had changed beyond recognition.",
                 [("said", "after seven years the party had changed beyond recognition", "He")], id="a-time-of-what-was-said"),
])
def test_when_it_was_said_is_not_what_was_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # The parser hangs "on Thursday" on the reported clause; right after the verb, it dates the statement.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "On Monday school inspection chief David Bell said": the parser hangs "Monday" on the speaker.
    pytest.param("On Monday school inspection chief David Bell said schools were failing to teach pupils about their obligations.",
                 ["school inspection chief David Bell"], id="a-leading-date-is-not-part-of-it"),
    # A share of those asked keeps its sign, which spaCy counts as punctuation.
    pytest.param("Only 34% said they had received new cards. Furthermore, 16% said that none of their cards had been replaced.",
                 ["Only 34%", "16%"], id="a-percentage-keeps-its-sign"),
    # A word linking the sentence to the one before is not part of it.
    pytest.param("The film was due to open on Friday. But 36 people accused in connection with the blasts said it should not be "
                 "screened.", ["36 people accused"], id="a-leading-but"),
    # A description hung on the last of several speakers describes them, it does not name one.
    pytest.param("Councillors Ann Lee and Mark Ruiz, who voted against, said the scheme was rushed.",
                 ["Councillors Ann Lee and Mark Ruiz"], id="a-relative-clause-after-the-last-member"),
    pytest.param('An Egyptian official familiar with the talks, who spoke on condition of anonymity because he was not authorised to '
                 'brief the media, said both sides had shown "some flexibility".', ["An Egyptian official familiar with the talks"],
                 id="a-relative-clause-inside-a-modifier"),
    pytest.param("One of the jilted bidders, Netherlands-based group Arnhem Steel, said it was disappointed.",
                 ["One of the jilted bidders, Netherlands-based group Arnhem Steel"], id="a-name-set-off-inside-a-modifier"),
])
def test_the_bounds_of_a_speaker_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[str]) -> None:
    assert [c.speaker_text for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_passive_subject_of_said_to_is_not_the_speaker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "staff were said to have lied": the subject is what is said, by someone not named.
    claims = all_claims_of("About 200 staff were said to have lied about their rank to boost their pensions.", nlp, lexicons, config)
    assert [(c.quote_text, c.speaker_text, c.attribution) for c in claims] == [
        ("to have lied about their rank to boost their pensions", None, "none")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Kremlin demanded the immediate withdrawal of the foreign fighters from the border villages.",
                 ("demanded", "the immediate withdrawal of the foreign fighters from the border villages", "The Kremlin"),
                 id="demanded-an-action"),
    pytest.param("Armenia requested military assistance from its allies after the shelling of the border villages.",
                 ("requested", "military assistance from its allies", "Armenia"),
                 id="requested-an-action"),
])
def test_stance_objects_need_their_own_threshold(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    # An action asked for is a stance PolNeAR counts but most readers don't: by default only a
    # stance's clause is a claim ("wants to …" above), its object only with a lower threshold.
    assert all_claims_of(text, nlp, lexicons, config) == []
    broad = dataclasses.replace(config, claims=dataclasses.replace(config.claims, min_stance_frame_precision=0.3))
    assert [(c.cue, c.quote_text, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, broad)] == [expected]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    pytest.param("He called the deal a disaster for American workers.", "called",
                 [("dobj", "the deal a disaster for American workers")], id="object-with-its-predicate"),
    pytest.param("Mayor Ann Cole embraced the plan, promising to cut bus fares by half.", "promising",
                 [("xcomp", "to cut bus fares by half")], id="participle-speaks-for-the-subject"),
])
def test_content_frames(nlp: Language, text: str, verb: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert [(name, text[start:end]) for name, (start, end), _ in content_frames(token, doc.text)] == expected
    subject = frame_subject(token)
    assert subject is not None and subject.text in ("He", "Cole")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A ferry passenger from Portmere says a sensor inside the engine tells the crew that it needs re-filling "
                 "even when it does not.", "that it needs re-filling", id="hyphenated-word-at-the-end"),
    pytest.param('"The ice is thinning from below," said study co-author Ted Scambos of the University of Colorado.',
                 "study co-author Ted Scambos", id="hyphenated-word-at-the-start"),
    pytest.param("Dr Liam Fox accused Mr Blair of telling lies. The Tory co-chairman attacked Labour's six new pledges as "
                 '"vacuous" and said Mr Blair was worried.', "The Tory co-chairman", id="hyphenated-speaker-noun"),
])
def test_spans_never_cut_a_hyphenated_word(text: str, expected: str, nlp: Language, lexicons: Lexicons, config: Config) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # The parser may hang "filling" of "re-filling" elsewhere than "re"; a span keeps the whole word.
    claims = all_claims_of(text, nlp, lexicons, config)
    assert expected in {c.quote_text for c in claims} | {c.speaker_text for c in claims}


def test_lower_case_subject_is_no_person_antecedent(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # In this article the tagger reads "the ward had admitted …" with "ward" as a proper noun; a
    # pronoun must not take it for the person who spoke.
    text = (Path(__file__).parents[1] / "data" / "claims_gold" / "health_agency_measles.txt").read_text(encoding="utf-8")
    claim = next(c for c in all_claims_of(text, nlp, lexicons, config) if "Two of them needed oxygen" in c.quote_text)
    assert claim.speaker_text == "she" and claim.antecedent_start is not None
    antecedent = text[claim.antecedent_start:claim.antecedent_end]
    assert antecedent[:1].isupper(), antecedent


def test_a_word_inside_a_name_is_no_cue(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser makes "den" of "Nick Van den Brul" the sentence's verb, with "described" its clause:
    # "den" says nothing; what "described" calls the results is the analyst's claim.
    text = 'Aviation analyst Nick Van den Brul of BNP Paribas described the results as "pretty modest".'
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == \
        [("described", 'the results as "pretty modest"')]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("DaimlerChrysler saw worldwide vehicle sales rise 8% to 4.7 million in 2004.", [], id="firm-saw-sales-rise"),
    pytest.param("Inbev's European business saw volume sales fall 2.5% last year.", [], id="business-saw-sales-fall"),
    pytest.param("Other multiple nominees include Maroon5, OutKast, Kanye West and Gretchen Wilson.", [], id="a-list-is-no-claim"),
    pytest.param("His relaxed performances made it easy to forget his disability.", [], id="made-it-easy-is-a-cause"),
    pytest.param("The acquisition meant its sales by volume grew 57% in 2004.", [], id="a-thing-means-nothing"),
    pytest.param("Skype allows people to make free calls to other Skype users.", [], id="a-product-allows-nothing"),
    pytest.param("The move follows a Law Lords judgement that the detention of 12 men was unlawful.", [], id="a-move-follows"),
    pytest.param("Henman made his Davis Cup debut against Sweden in 1993.", [], id="made-a-debut-is-a-deed"),
    pytest.param('But the date has been put back to 17 April to create a "level playing field" for independent labels.', [],
                 id="put-is-a-deed"),
    pytest.param("The tax will hit the families of Cuban exiles hardest as they benefit from the money their displaced relatives "
                 "send home.", [], id="hit-is-a-deed"),
    pytest.param("The prime minister made it clear that the issue would be put to voters in a referendum.",
                 [("made", "that the issue would be put to voters in a referendum")], id="made-it-clear-is-a-statement"),
    pytest.param("Other Tory law and order plans include building more prisons and making criminals serve full sentences.", [],
                 id="plans-include"),
    pytest.param("Two officers saw him draw a gun, the police chief said.", [("said", "Two officers saw him draw a gun")],
                 id="what-witnesses-saw-is-an-account"),
    # A relative clause of the place before it, set off by a dash, is no learned frame's content.
    pytest.param("The Hoover Dam Authority has proved controversial in Nevada - where more than a thousand people have been "
                 "relocated to make way for it - and abroad.", [], id="where-clause-after-a-place-is-no-claim"),
    # A noun before "apart" (except for it) that the tagger made a verb of saying reports nothing.
    pytest.param("Wales twice turned over Irish ball at the breakdown early on as the home side struggled to generate forward "
                 "momentum, one Ryan Jones charge apart.", [], id="charge-apart-is-no-claim"),
])
def test_what_happened_or_a_list_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                             expected: list[tuple[str, str]]) -> None:
    # Business news: "X saw sales rise" is what happened to X, not what X said; "Y include …" lists.
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ikea announced the closures on Monday. The Swedish firm said it is to relocate about 10 of its 27 plants.",
                 ("The Swedish firm", "Ikea"), id="nationality-describes-the-firm"),
    pytest.param("The Swedish firm said it is to relocate about 10 of its 27 plants.", ("The Swedish firm", None),
                 id="and-names-none"),
    pytest.param("The central bank said it expected 6% expansion in 2005.", ("The central bank", "central bank"),
                 id="central-bank-names-itself"),
    pytest.param("Rosvik Breweries is more optimistic than Heineken about 2005. However, it said it would cut 200 jobs in Sweden.",
                 ("it", "Rosvik Breweries"), id="it-is-the-subject-organisation"),
    pytest.param("Denmark is the second largest producer of feta after Greece and exports most of it to Greece. It is concerned "
                 "that the ruling could threaten other cheeses such as brie.", ("It", "Denmark"), id="it-is-the-subject-country"),
    # A firm's name the tagger took for a person's: no first name, title or full name makes it one.
    pytest.param("Multiplex has been building the stadium since 2002. The company said the project would be finished by the end "
                 "of the year.", ("The company", "Multiplex"), id="firm-tagged-as-a-person"),
    pytest.param("Mr Hollis has been building the stadium since 2002. The company said the project was on budget.",
                 ("The company", None), id="a-person-is-no-firm"),
    # A body named in an "of" phrase on its noun speaks under that name.
    pytest.param("The city of Calabasas announced on Twitter that the airport would close.", ("The city", "Calabasas"),
                 id="the-city-of"),
    pytest.param("The government of Nigeria said it would act.", ("The government", "Nigeria"), id="the-government-of"),
    # An organisation's name right after any noun, with no comma, is who speaks: "producers' cartel Opec".
    pytest.param("Oil prices fell after producers' cartel Opec said it was unlikely to cut production.",
                 ("producers' cartel Opec", "Opec"), id="a-name-in-close-apposition"),
    # A firm's name on its noun in the reported clause, untagged, not the one firm tagged before.
    pytest.param("Dubai: Emirates orders 65 more Boeing jets\nGulf Harbour Today | 18 November 2026\n"
                 "Dubai: Emirates airline on Monday placed an order for 65 Boeing 777-9 aircraft worth $52 billion at list prices, the "
                 "carrier announced at the Dubai Airshow.", ("the carrier", "Emirates"), id="a-name-on-the-firms-noun"),
    # A supermarket is a firm: the one the reported clause is about.
    pytest.param("Greenfield Foods is to close 20 of its smaller stores, putting 1,200 jobs at risk, the supermarket said on Thursday.",
                 ("the supermarket", "Greenfield Foods"), id="the-supermarket"),
    # The firm whose shares the sentence is about is the one its description stands for.
    pytest.param("LONDON, Dec 2 (Reuters) - Shares in Halden Retail Group fell 22% on Wednesday after the British department store "
                 "chain said its chief executive would step down.", ("the British department store chain", "Halden Retail Group"),
                 id="shares-in-the-firm"),
    pytest.param("Shares fell 22% on Wednesday after the British department store chain said its chief executive would step down.",
                 ("the British department store chain", None), id="shares-of-no-firm-named"),
])
def test_firms_described_not_named(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                   expected: tuple[str, str | None]) -> None:
    [claim] = all_claims_of(text, nlp, lexicons, config)
    antecedent = text[claim.antecedent_start:claim.antecedent_end] if claim.antecedent_start is not None else None
    assert (claim.speaker_text, antecedent) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The committee was told that the depot would close in March.", ("that the depot would close in March", None),
                 id="told-committee-is-the-hearer"),
    pytest.param("Making games for future consoles will require more artists and more money, an industry conference has been told.",
                 ("Making games for future consoles will require more artists and more money", None), id="conference-was-told"),
    pytest.param("MPs were warned by the Treasury that the deficit would grow.", ("that the deficit would grow", "the Treasury"),
                 id="agent-is-the-speaker"),
    pytest.param('He was called the "fifth member of the band" by the film\'s director Marc Forster.',
                 ('the "fifth member of the band"', "the film\'s director Marc Forster"), id="called-by-the-director"),
    # The parser hangs a "by" after the quotation on the quoted word; it still names the doer.
    pytest.param('Her remarks have been described as "reckless" and "divisive" by the Muslim Council of Britain.',
                 ('"reckless" and "divisive"', "the Muslim Council of Britain"), id="described-as-a-quotation-by"),
    pytest.param('Reports of an early vote have been dismissed as "idle gossip" by Downing Street.\n\nThe party has not replied.',
                 ('"idle gossip"', "Downing Street"), id="dismissed-as-a-quotation-by-then-a-paragraph"),
    pytest.param('He was called the "fifth member of the band" by the film\'s director. The band has not commented.',
                 ('the "fifth member of the band"', "the film\'s director"), id="called-by-then-a-sentence"),
    # ... also when its object is a role with the name in apposition.
    pytest.param("Reed's warm performance drew an audience of adults and children alike into the author's strange world, and he "
                 'was called the "fifth member of the band" by the film\'s director Anna Lindqvist.',
                 ('the "fifth member of the band"', "the film's director Anna Lindqvist"), id="called-by-a-role-and-a-name"),
    pytest.param("After it was revealed his aide Hope Hicks tested positive, the mayor, his wife and son Barron all tested positive.",
                 ("his aide Hope Hicks tested positive", None), id="revealed-by-no-one-named"),
    pytest.param("The minister was quoted as saying the talks had failed.", ("the talks had failed", "The minister"),
                 id="quoted-subject-is-the-speaker"),
    pytest.param("The coach arrived late and was told that the squad had already left for the airport.",
                 ("that the squad had already left for the airport", None), id="coordinated-passive-was-told"),
    pytest.param("Ms Okafor, who was warned that the talks would fail, left the summit early.",
                 ("that the talks would fail", None), id="relative-passive-was-warned"),
])
def test_who_was_told_is_not_who_spoke(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                       expected: tuple[str, str | None]) -> None:
    [claim] = all_claims_of(text, nlp, lexicons, config)
    assert (claim.quote_text, claim.speaker_text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('France have been criticised for their play. Wales coach Mike Ruddock said his side were ready. But captain Fabien '
                 'Pelous sees hope on the horizon. "I get the impression we are getting better," he said.', "Fabien Pelous",
                 id="the-subject-of-the-sentence-before"),
    pytest.param('"The club needs investors," said Tom Lake. Mr Mubanga is the first of the four detainees to give an interview. '
                 'He told the Observer his worst moment was the first night in the camp.', "Mubanga",
                 id="the-subject-before-indirect-speech"),
    pytest.param('"We loved it," said producer Jo Hale. Early in her career, Anna Tipton was cast as a voice for the show. She described the '
                 'role as a "chance to face my demons".', "Anna Tipton", id="the-passive-subject-before"),
    # A quotation that talks of a "he" is not his; nor does a subject before the last speaker's claim count.
    pytest.param('"We will win," said coach Tom Smith. Jones scored twice in the match. "He was superb," he said.', "Tom Smith",
                 id="a-quotation-about-him"),
    pytest.param('Jones scored twice in the match. "We will win," said coach Tom Smith. "It was superb," he said.', "Tom Smith",
                 id="a-subject-before-the-last-speaker"),
    # ... unless it names whom it talks of first.
    pytest.param('"We will see," said coach Tom Smith. Rival boss Gary Mills was full of praise for his striker. "Luca was '
                 'unplayable today," he said. "He is the best finisher I have worked with."', "Gary Mills", id="a-quotation-naming-him"),
    pytest.param('"We will see," said coach Tom Smith. Rival boss Gary Mills was full of praise for his striker. "Jones was '
                 'unplayable today," he said. "He is the best finisher I have worked with."', "Gary Mills",
                 id="a-quotation-naming-him-by-surname"),
    # (naming the one the sentence before is about is still talking of him)
    pytest.param("Hartfield's Thomas Hale is waiting to learn the future of manager David Moore before signing a new contract.\n\n"
                 'Moore has been in talks over a new deal and he said: "I had a message from Thomas\' agent asking me what the news '
                 'was. "He wants to find out before he goes into discussions over Thomas."', "Moore", id="a-quotation-naming-him-too"),
    # (a show's title tagged a person and parsed as the subject, the name its apposition)
    pytest.param("Only Fools and Horses star David Jason has been knighted in the New Year honours list.\n\n"
                 'He said he was "thrilled" by the honour.', "David Jason", id="the-full-name-beside-a-title"),
    pytest.param("Only Fools and Horses star David Jason has been knighted in the New Year honours list.\n\n"
                 'The actor, who played Del Boy in the comedy, said he was "thrilled" by the honour.', "David Jason",
                 id="the-full-name-beside-a-title-for-a-noun"),
    pytest.param("Jason Garner says the medal rewards the whole relay squad.\n\nGarner, Darren Cole, Marlon Dean and Mark Lewis have all "
                 'been awarded medals after the final. "I think this award reinforces what we did," he said.', "Garner",
                 id="a-list-is-no-apposition"),
])
def test_he_after_a_sentence_about_someone_is_them(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: str) -> None:
    # With no one speaking since, "he said" after a sentence about a person is that person.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ofcom has said the broadcaster will not be sold. Phil Redmond said he would run it for ten years. A spokesman for "
                 "the Department for Culture said there were no plans to sell the channel.\n\nHe added that new laws would be "
                 "required for a sale.", "Department for Culture", id="a-spokesman-for-a-body"),
    pytest.param('Union leader Stephen Cape said the strike would go ahead. Our correspondent said that he understood no deal had '
                 'been offered. There was "some possibility" of the strike being avoided, he added.', None, id="our-correspondent"),
    # ("he" is no spokeswoman)
    pytest.param("Mr Hollis said the council had failed. A spokeswoman for the council said the claims were wrong. He added that "
                 "he would fight on.", "Hollis", id="not-a-spokeswoman"),
])
def test_he_after_an_unnamed_speaker_is_that_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                     expected: str | None) -> None:
    # News goes on with "He added" after "A spokesman said": not the last person named before him.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == ("pronoun", expected)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("On Saturday, shadow chancellor Ron Kemp said the party would fund the cuts by removing waste. In his speech, "
                 "Tom Harding contrasted a reformed Labour party with a hidebound Tory party, which he said would turn the clock back.",
                 "Tom Harding", id="which-he-said"),
    pytest.param("Ms Hollis said the council had failed. Later, Ms Kemp praised the new mayor, who she said had saved the market.",
                 "Ms Kemp", id="who-she-said"),
    # A subject that does not agree leaves "he" to the last speaker.
    pytest.param("Mr Hollis said the council had failed. Later, Ms Kemp praised the new mayor, who he said had saved the market.",
                 "Hollis", id="disagreeing-subject"),
    # Nor past a clause of its own: a quotation coordinated with a firm's sentence is the spokesman's.
    pytest.param('Tom Lake, a spokesman for the lawyers, said the company stands by its action. Yukos is confident of its right '
                 'to protection, and "we are prepared to be back in court defending that position again," he said.',
                 "Tom Lake", id="coordinated-clause"),
])
def test_he_in_a_clause_is_first_the_person_the_sentence_is_about(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                  expected: str) -> None:
    # News gives "he said" to the last speaker, but not past the person whose sentence it is.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The prime minister has told a Labour Party gathering that the Tory policies would cause economic failure.",
                 ("told", "that the Tory policies would cause economic failure", "The prime minister"), id="told-a-gathering"),
    pytest.param("Health officials expressed concern that the clinic had turned away patients.",
                 ("expressed", "concern that the clinic had turned away patients", "Health officials"), id="expressed-concern"),
])
def test_a_hearer_parsed_as_owning_the_clause_is_not_content(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    # The parser hangs the "that" clause on the object noun; after "told" that noun is the hearer.
    assert cue_content_speaker(text, nlp, lexicons, config) == [expected]


def test_a_titled_name_the_parser_hung_on_a_phrase_before_the_verb_is_its_speaker(nlp: Language, lexicons: Lexicons,
                                                                                   config: Config) -> None:
    # No comma after the fronted phrase: "Mr Okafor" is parsed as the object of "with".
    text = "On top of the debt deal with Kenya Mr Brown said the UK would make similar offers to 40 other nations."
    [claim] = all_claims_of(text, nlp, lexicons, config)
    assert (claim.speaker_text, claim.attribution, antecedent_of(claim, text)) == ("Mr Brown", "explicit", "Mr Brown")


def test_a_name_after_a_title_is_a_person_whom_he_may_stand_for(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # spaCy tags "Vince Cable" an organisation; after "shadow chancellor" it is a person, and
    # "he said" goes to him rather than to the person named inside his claim.
    text = ('Liberal Democrat shadow chancellor Vince Cable warned the picture was not as rosy as Mr Brown would like to portray '
            'it. "For all his trumpeting of the economy, the record is very mixed," he said.')
    assert last_antecedent(text, nlp, lexicons, config) == "Vince Cable"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Pensioners are being promised energy savings by the Liberal Democrats.\n\nThe party says the plans could save "
                 "the average pensioner £100 a year.", "Liberal Democrats", id="the-party-named-before"),
    pytest.param("Children would be offered two hours of free sports training a week by a future Tory government, the party has said.",
                 "Tory", id="the-party-of-a-government"),
    pytest.param("The Tories have promised a reduction on bills for pensioners, who they say have been hardest hit by rising "
                 "increases in council tax.",
                 "Tories", id="they-in-a-clause-on-the-tories-subject"),
    pytest.param("Last year MG Rover produced just 110,000 cars, though it hopes to land a deal with a Chinese carmaker.",
                 "MG Rover", id="it-in-a-clause-on-the-firm-subject"),
    # A country is "it" as the subject of the sentence before; further back, a body named since is likelier.
    pytest.param("Russia suffers one of the highest death tolls from road accidents in the world. The Emergencies Ministry has, in a "
                 'statement, called on drivers to "not forget that the health and lives of other people depend on you." It also urged '
                 'people to "comply with the established rules of behaviour on the road."', "Emergencies Ministry",
                 id="it-is-not-a-country-subject-further-back"),
    # "It" after a thing that spoke is that thing (here resolved to nothing), not a body named before it.
    pytest.param("Officials in Britain confirmed the decision. A letter sent to Martin Okafor said his passport would not be "
                 "renewed. He was likely to travel abroad, it said.", None, id="it-after-a-letter"),
    pytest.param('Sony unveiled its new player on Monday. "We included only items that were portable," said the magazine. '
                 '"In the end, we tried to find what makes a gadget a gadget," it concluded.', None, id="it-after-the-magazine"),
    pytest.param("Harbour Ltd said profits were down. A report by the Audit Office said the government should consider fines. "
                 "It said incentives, such as rebates, might work better.", "Audit Office", id="it-after-a-report-by-a-body"),
    # A country that only qualifies a noun is no body "it" stands for.
    pytest.param('Malcolm Glazer has made a fresh approach to buy the club. The US tycoon has approached the board with '
                 '"detailed proposals", it has confirmed.', None, id="it-is-not-a-place-modifier"),
    pytest.param("Titan, a California-based company, pleaded guilty to falsifying its accounts. It agreed to pay $13m in "
                 "penalties.", "Titan", id="it-is-not-a-place-before-based"),
    # A claim reported inside the one before ("data … suggested") is not the thing "it" stands for.
    pytest.param('Firms should be fined, the TUC has said.\n\nIt said data from tribunals suggested 1,500 "whistleblowers" had '
                 "lost their jobs. Some firms found it cheaper to sack a worker, it said.", "TUC", id="it-past-a-nested-claim"),
    # A one-word name that spoke just before and is no person's is a firm the tagger missed or took for a person.
    pytest.param("Winn-Dixie, once among the most profitable of US grocers, said the protection would let it restructure. "
                 "It said its 920 stores would remain open.", "Winn-Dixie", id="it-after-an-untagged-firm"),
    pytest.param("Diageo said it expects to get US approval for the deal. It said Chalone would join its US wine business.",
                 "Diageo", id="it-after-a-firm-tagged-as-a-person"),
    pytest.param("John Smith chairs the board. Smith said profits fell. It said costs rose.", None, id="it-is-no-surname"),
    # A name right after an organisation noun is the body's, even when spaCy tagged it nothing.
    pytest.param("Business confidence fell in February. Munich-based research institute Ifo said that its index fell to 95.5.",
                 "Ifo", id="untagged-name-after-an-organisation-noun"),
    # The body the sentence before is about, when nothing was said since, not one that spoke earlier.
    pytest.param("Forcing firms to police their users would stifle innovation, Intel said. The Electronic Frontier Foundation, a "
                 "civil rights watchdog, is also defending the software firm. The case raises a question of critical importance "
                 "for copyright, it said.", "Electronic Frontier Foundation", id="it-is-the-body-the-sentence-before-is-about"),
    # "They" after plural common nouns (that spoke, or are the subject since the last speaker) names no one.
    pytest.param("Shares in the ski maker Rossignol rose. Sporting goods firms have seen revenues squeezed by a weak dollar, "
                 "analysts said. Rivals would cut costs by selling skis through their shops, they added.", None,
                 id="they-after-analysts-said"),
    pytest.param("Stansted Airport in Essex is one of the most fiercely opposed plans. Opponents say the cost could not be met. "
                 "They said this is illegal under current rules.", None, id="they-after-opponents-say"),
    pytest.param("The Daily Telegraph said its printing plant would close. Many newspapers are investing in new presses. "
                 "They are hoping that colour will make their pages more attractive.", None, id="they-after-a-plural-subject"),
    pytest.param("The Conservatives say they would abolish tuition fees. They say the Lib Dem policy would leave universities "
                 "short of money.", "Conservatives", id="they-after-a-party-that-spoke"),
    # Failing all that, a body the article names again, or one in the subject of the pronoun's
    # sentence; not merely the nearest name.
    pytest.param("The market regulator has filed complaints against Northgate Media, its chairman and its finance chief.\n\n"
                 "It believes the prospectus for a bond issue was unclear.", None, id="it-is-not-the-body-named-once-nearby"),
    pytest.param("Zapcall lets people make free calls over the internet. The firm was set up by two engineers from Tallinn. "
                 "Users can also call mobile phones for a fee through Zapcall. The system is gaining in popularity with help "
                 "from Vodaline. Its paid service has attracted 900,000 users so far. It plans to add more paid services with "
                 "launches in the spring.",
                 "Zapcall", id="it-is-the-body-named-again-earlier"),
    pytest.param("Shares in Brindle Foods fell 9% on Tuesday after it said it would close two plants.", "Brindle Foods",
                 id="it-is-the-body-in-its-own-sentence-subject"),
])
def test_the_party_and_pronouns_find_the_body_named_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Saturday's games.\n\n- Blackburn boss Mark Hughes: \"Burnley are resolute and have individual talent.\"",
                 ("explicit", "Mark Hughes"), id="a-reaction-list"),
    pytest.param("The show will launch in spring. BBC Two controller Roly Keating: \"It is an exciting new era for the show.\"",
                 ("explicit", "Roly Keating"), id="a-label-after-a-sentence"),
    # A list item may drop the colon: the dash still sets the label off from the sentence before.
    pytest.param("Reaction from the managers.\n\n- Wigan boss Paul Jewell \"We deserved at least a point today.\"",
                 ("explicit", "Paul Jewell"), id="a-list-label-without-colon"),
    pytest.param("Reaction from the ground.\n\n- Banners outside Paul Jewell's house \"We will never forget what you did for this "
                 "club.\"", ("none", None),
                 id="a-list-label-not-ending-in-a-name"),
    pytest.param("The verdict: \"It was a fantastic performance by the whole team.\"", ("none", None), id="a-label-naming-no-one"),
    # The next item of the list is someone else's turn, even when its label names no one we know.
    pytest.param("Reaction from the managers.\n\n- Wigan boss Paul Jewell \"We deserved at least a point today.\"\n"
                 " - Rovers boss \"We were the better side after the break and we took our chances.\"", ("none", None),
                 id="the-next-list-item-is-not-a-continuation"),
    pytest.param("Wigan manager Paul Jewell watched his side lose at home on Saturday.\n\n"
                 "- Rovers boss \"I think we were the better side after the break and we took our chances.\"", ("none", None),
                 id="a-list-item-is-not-the-words-of-the-sentence-before"),
])
def test_a_verbless_label_before_a_quotation_names_its_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                               expected: tuple[str, str | None]) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said: \"This was more talk.\"",
                 "George Osborne", id="name-between-commas"),
    pytest.param("In response to Dr Gibbons' comments, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said: "
                 "\"It is apparent that this reshuffle was rushed.\"", "Ieuan Wyn Jones", id="name-then-description"),
    pytest.param("Jane Hart, spokeswoman for North West Says Yes, said the No campaign's decision dragged the vote "
                 "\"into the gutter\".", "Jane Hart", id="a-capitalised-verb-in-the-description-is-a-name"),
    # ... the name with where the person is from ("of …", "from …") before the description.
    pytest.param("In response to his comments, Ann Lee of the Harbour Trust, a charity, said: \"We are not surprised at all by "
                 "this.\"", "Ann Lee", id="a-name-with-an-affiliation-then-description"),
    # Right after a quotation, the name and its description taken into the quotation's clause.
    pytest.param("The fair also includes several talks from key ferry companies such as Acme, Borland, and Hewlett Packard among "
                 "others. \"The story this year remains all about speed and how that is completely transforming and "
                 "revolutionising ferries and the way people travel with them,\" Jeff Thomas, from the Harbour Users "
                 "Association (HUA) told the BBC News website. \"It is about choice - taking your bike on board.\"",
                 "Jeff Thomas", id="a-name-after-a-quotation-taken-into-it"),
    # ... also after a description of a few words, and before a participle's aside with a quoted name in it.
    pytest.param("Not everyone was celebrating.\n\n“We’ve had better fairs than this one,” Kent farmer Ben Ashworth, wearing a flat cap "
                 "and “Vote Hale” campaign badges, said matter-of-factly.", "Ben Ashworth", id="a-described-name-then-a-participle-aside"),
])
def test_a_name_set_off_before_a_verb_without_subject_speaks(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                             expected: str) -> None:
    # The parser leaves "said" without a subject after a fronted phrase; the name set off by commas
    # just before it (or before a description of it) is who spoke.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == ("explicit", expected)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The figures were published as another survey by property website Rightmove said the average asking price of "
                 "a flat fell by more than £900.", ("property website Rightmove", "Rightmove"), id="the-object-of-by"),
    pytest.param("Despite this Finnish anti-virus lab F-Secure said it had sporadic reports of phone owners being caught out.",
                 ("Finnish anti-virus lab F-Secure", "F-Secure"), id="the-object-of-despite"),
    pytest.param("While the Xbox is likely to be the first mass-market product to use Xenon, the chip's designers have said the "
                 "flexible design means that it would suit a wide range of devices.", ("the chip's designers", None),
                 id="an-apposition-in-the-clause-before"),
    pytest.param("Addressing about 100 committee members at the spring meeting here, many of them deeply skeptical about the "
                 "senator's candidacy, the campaign chief, Paul Manning, bluntly suggested that the candidate's style was an act.",
                 ("the campaign chief", "Paul Manning"), id="a-name-set-off-after-the-noun"),
    pytest.param("A day earlier, Mr Tymoshenko - keen to reassure potential investors - had said only 20 to 30 big firms would be "
                 "targeted.", ("Tymoshenko", "Tymoshenko"), id="a-name-before-an-aside-in-dashes"),
    pytest.param("At the townhall, a young woman who had been an exchange student in Montana asked Obama what he thought of "
                 "the prospects.", ("a young woman", None), id="the-noun-a-relative-clause-describes"),
])
def test_a_subject_the_parser_took_into_the_phrase_before_the_verb_speaks(nlp: Language, lexicons: Lexicons, config: Config,
                                                                         text: str, expected: tuple[str, str | None]) -> None:
    # The verb of saying is left without a subject: the noun phrase right before it is who speaks.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ... or before it: a possessor or a name in front of it; "the survey" is the last survey's maker.
    pytest.param("Remittances now represent more than 2% of GDP, according to the Bank of Mexico's figures.", "Bank of Mexico",
                 id="figures-of-a-possessor"),
    pytest.param('Plans to shed 7,000 jobs will prove to be a "false economy", according to a TUC report.', "TUC",
                 id="report-of-a-name-before-it"),
    pytest.param("The BCC's quarterly survey of companies found exports had picked up. Domestic sales growth fell back "
                 "slightly in the quarter, the survey of 5,196 firms found.", "BCC", id="the-survey-is-the-last-surveys"),
    pytest.param("Figures from the Bank of England showed that lending fell in March. The figures also show that mortgage "
                 "approvals dropped to a low.", "Bank of England", id="the-figures-are-the-last-figures"),
    pytest.param("Sales rose by 3% in January, according to a January report.", None, id="a-date-makes-no-report"),
    pytest.param("Web users trust search engines more than ever, according to the Pew report.", "Pew", id="an-untagged-name"),
    pytest.param("A study by the Society for Consumer Research found that more people bought blank discs.",
                 "Society for Consumer Research", id="study-by"),
    pytest.param("House prices fell in March, according to figures from the Council of Mortgage Lenders.",
                 "Council of Mortgage Lenders", id="figures-from"),
    pytest.param("A survey conducted by the Institute of Directors has revealed that many members are unhappy with the tax.",
                 "Institute of Directors", id="survey-conducted-by"),
    pytest.param("A survey of 280 schemes by Incomes Data Services said employer contributions had risen.",
                 "Incomes Data Services", id="by-after-what-was-surveyed"),
    pytest.param("The book by the journalist Robert Peston said the pair had \"mutual animosity\".", "Robert Peston",
                 id="book-by-a-person"),
    pytest.param("Reports from Russia say the firm has paid a deposit.", None, id="a-place-is-no-author"),
    pytest.param("A survey of 1,300 bosses suggests that they are optimistic.", None, id="who-was-surveyed-is-no-author"),
    # What someone writes or says in their own name: its maker, named with it.
    pytest.param("The rebels were a key ally, according to a tweet on Monday by Foreign Secretary Anna Lindqvist.", "Anna Lindqvist",
                 id="tweet-by"),
    pytest.param("According to a memo posted online by Senator Luis Ortega, the session was cancelled.", "Luis Ortega",
                 id="memo-posted-by"),
    pytest.param("According to a Twitter post by Amy Hale, director of the festival, the tusk came from the wall.", "Amy Hale",
                 id="a-twitter-post-is-its-writers"),
    pytest.param("Other leaked emails combed through by the Herald suggest that the firm put profit first.", None,
                 id="who-read-the-emails-did-not-write-them"),
    pytest.param("The aim is to curb short-term investors, according to a speech Mrs. Hartley is to give on Monday.", "Hartley",
                 id="speech-someone-is-to-give"),
    pytest.param("The economy will shrink, according to a report that the Treasury published on Monday.", "Treasury",
                 id="report-that-a-body-published"),
    pytest.param("The economy will shrink, according to a report the Treasury criticised on Monday.", None,
                 id="a-body-criticising-a-report-did-not-make-it"),
])
def test_a_report_speaks_for_whoever_made_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: str | None) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokeswoman for Chelsea said the club would await the referee's report.", ("nominal", "Chelsea"),
                 id="spokeswoman-for-a-club"),
    pytest.param("A spokesman for the Electoral Commission told reporters that letters were being sent out.",
                 ("nominal", "Electoral Commission"), id="spokesman-for-a-commission"),
    pytest.param("A spokesman for the European Anti-Fraud Office said the organisation agreed with the report.",
                 ("nominal", "European Anti-Fraud Office"), id="spokesman-for-a-body-the-tagger-missed"),
    pytest.param("On Saturday, a spokeswoman for the St David's Shopping Centre in Cardiff said it was the busiest day of the year.",
                 ("nominal", "St David's Shopping Centre"), id="spokeswoman-for-a-name-with-a-possessive"),
    pytest.param('A spokesman for distributor Toho said the film "has received strong interest from buyers".', ("nominal", "Toho"),
                 id="spokesman-for-a-firm-tagged-as-a-person"),
    pytest.param("Officials from the Foreign Ministry said the talks would continue.", ("nominal", "Foreign Ministry"),
                 id="officials-from-a-body"),
    pytest.param("Representatives from Iran acknowledged their government had shot down the plane.", ("nominal", "Iran"),
                 id="representatives-from-a-country"),
    pytest.param("Officials at the scene said two people had died.", ("nominal", None), id="officials-at-a-place"),
    pytest.param("Fifty former officials, including former CIA directors John Brennan, Leon Panetta, and Michael Hayden, said the "
                 "report was false.", ("nominal", None), id="officials-are-not-one-of-those-named"),
    pytest.param("The wife of John Smith said the family was shocked.", ("nominal", None), id="the-wife-of-a-person-is-not-him"),
    pytest.param("The head of the IMF said growth would slow next year.", ("nominal", "IMF"), id="head-of-a-body-unnamed"),
    pytest.param("But director of the Victims of Crime Trust, Norman Brennan, accused the judge of having an \"arrogant contempt\".",
                 ("explicit", "Norman Brennan"), id="holder-named-after-the-body"),
    pytest.param("Blake Lee-Harwood, campaigns director at Greenpeace in the UK, said: \"It is fairly meaningless to talk about it.\"",
                 ("explicit", "Blake Lee-Harwood"), id="holder-named-before-the-role"),
    # ... or named before it: a possessor, or a name spaCy tagged anything or nothing.
    pytest.param("A Conservative spokesperson said the party would fight every seat in Wales.", ("nominal", "Conservative"),
                 id="spokesperson-of-a-party"),
    pytest.param("Tony Blair's official spokesman said the vote would be held in May.", ("nominal", "Tony Blair"),
                 id="spokesman-of-a-possessor"),
    pytest.param("A South Wales Police spokeswoman said that officers were looking at the leaflet.", ("nominal", "South Wales Police"),
                 id="spokeswoman-of-a-name-of-several-words"),
    pytest.param("A Liberal Democrat spokesman said the party took the report very seriously.", ("nominal", "Liberal Democrat"),
                 id="spokesman-of-a-name-tagged-in-part"),
    pytest.param('A Defra spokesman said: "We welcome the report and will study it."', ("nominal", "Defra"),
                 id="spokesman-of-a-name-tagged-as-a-person"),
    pytest.param('"We found clues of possible market manipulation," a BaFin spokeswoman said. Police raided two offices. '
                 '"We are not commenting further," the spokeswoman said.', ("nominal", "BaFin"),
                 id="the-spokeswoman-is-the-one-who-spoke-before"),
    pytest.param("The council's spokesperson said the depot would close in March.", ("nominal", None),
                 id="a-common-noun-possessor-names-no-body"),
    # "the government" is that of the country last a subject (acting, not acted on), or owning one.
    pytest.param("Venezuela has assured foreign companies that it respects their contracts. However, the government insisted "
                 "that it needed to develop its own industry.", ("nominal", "Venezuela"), id="the-government-of-the-country-last-a-subject"),
    pytest.param("Brazil's unemployment rate fell to its lowest level in three years in December, according to the government.",
                 ("nominal", "Brazil"), id="the-government-of-the-subjects-owner"),
    pytest.param("Iraq was discussed at length on Monday. The Foreign Office minister met MPs. The government said it would publish "
                 "the report.", ("nominal", None), id="the-government-of-no-country-acted-on"),
    # A name right before the speaker is no body "described as" the government.
    pytest.param("Two senior officials have died of COVID-19, the government announced on Tuesday.", ("nominal", None),
                 id="the-government-is-not-the-name-before-it"),
    pytest.param("The aid was flown in by the Red Cross, the government said.", ("nominal", None),
                 id="the-government-is-not-the-body-before-it"),
    # "The paper said": the newspaper that spoke last, or where the last claim was made.
    # "The study" is the study that spoke just before, and whoever made it.
    pytest.param("Research by handset maker Nokia shows that more and more people use their mobile phone for every call. According "
                 "to the study, more than 45 million people in the UK now only use a mobile.", ("nominal", "Nokia"),
                 id="the-study-is-the-research-before"),
    pytest.param("The minister told the Mirror newspaper that the dossier was genuine. The paper said the document had been found "
                 "in a car.", ("nominal", "Mirror"), id="the-paper-is-where-the-last-claim-was-made"),
    pytest.param("In Moscow, Vedomosti newspaper reported that the authorities made the demand last year. The paper added that "
                 "most of the taxes concerned 2001.", ("nominal", "Vedomosti"), id="the-paper-is-the-newspaper-that-spoke-last"),
    # ... also when named only by a newspaper's name ("according to the Financial Times", "the FT reports"), or last named.
    pytest.param("The tie-up has been delayed by regulators, according to the Financial Times.\n\nThe paper said Chinese officials "
                 "had concerns about the price.", ("nominal", "Financial Times"), id="the-paper-after-according-to"),
    pytest.param("The Herald was sued for libel by the mayor after it claimed he took bribes. The newspaper said the story was "
                 "in the public interest.", ("nominal", "Herald"), id="the-newspaper-last-named"),
    pytest.param("The show was a hit, America's TV Guide magazine said on Monday.", ("nominal", "TV Guide"),
                 id="a-magazine-is-no-places"),
    pytest.param('Us magazine said: "Britney should start her own magazine if she would like to dictate her coverage."',
                 ("nominal", None), id="a-magazine-tagged-as-a-place-stays-unnamed"),
    pytest.param("An analyst at HSBC said growth would slow next year.", ("nominal", None), id="an-expert-speaks-for-herself"),
    pytest.param("The new health minister for Wales says there are lessons to learn from England.", ("nominal", None),
                 id="a-minister-for-a-place-is-not-the-place"),
])
def test_a_role_at_a_body_is_the_body_or_the_person_named(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          expected: tuple[str, str | None]) -> None:
    # An unnamed spokesman, official or head speaks for the body named after the role; a person
    # named beside the role (set off by commas) is who spoke.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Trade and Industry Secretary Patricia Hewitt visited the plant. The Trade and Industry Secretary said the cost of "
                 "the proposals was being evaluated.", "Patricia Hewitt", id="titled-person-named-earlier"),
    # Every word of the title, and no word that makes another role of it.
    pytest.param("Deputy Prime Minister John Prescott opened the debate. Prime Minister Tony Blair arrived later. The prime "
                 "minister said the plan would go ahead.", "Tony Blair", id="the-whole-title"),
    pytest.param("Deputy Prime Minister John Prescott opened the debate on Monday. The prime minister said the plan would go "
                 "ahead.", None, id="another-role-of-the-title-is-not-the-holder"),
    pytest.param("Shadow chancellor Oliver Letwin said the plan was flawed. The chancellor said growth was strong.", None,
                 id="the-shadow-is-not-the-holder"),
    # (nor where the other role was written only where the person was first named)
    pytest.param("Deputy Prime Minister Mr Prescott spoke on Tuesday. The new book claims Mr Prescott hosted a dinner where "
                 "the prime minister told Mr Brown he would stand down.", None, id="another-role-written-earlier"),
    # (nor the author a book that spoke was taken for)
    pytest.param("The row follows claims in journalist Robert Peston's new book. Deputy Prime Minister Mr Prescott spoke on "
                 "Tuesday. The new book claims Mr Prescott hosted a dinner where the prime minister told Mr Brown he would "
                 "stand down.", None, id="not-the-author-of-a-book-that-spoke"),
    # (a place or nation in the title may be written otherwise where the person was introduced)
    pytest.param("England coach Andy Robinson and France coach Bernard Laporte met on Monday. The French coach said his team was "
                 "ready.", "Bernard Laporte", id="a-nation-in-the-title-written-otherwise"),
    pytest.param("Chairman Steve Vaughan claims he cannot afford to sack the manager. The Chester chairman said the club was "
                 "broke.", "Steve Vaughan", id="a-name-in-the-title-left-out"),
    pytest.param("A Home Office spokesman said the system had been toughened.", "Home Office", id="spokesman-speaks-for-the-office"),
    pytest.param("The UN Secretary General said the talks had failed.", "UN", id="unnamed-officer-speaks-for-the-body"),
    pytest.param("Economics Minister Aburizal Bakrie visited Aceh on Monday. The Indonesian Economics Minister explained that the "
                 "money was for rebuilding.", "Aburizal Bakrie", id="capitalised-title-is-the-person-so-introduced"),
])
def test_a_title_with_an_organisation_names_a_person_or_the_body(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                  expected: str) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # "the Trade and Industry Secretary" is a person with a title, not the department; unnamed,
    # the officer speaks for the body. A capitalised title is the person introduced with it.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert claim.attribution == "nominal"
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The transport minister left the meeting early after warning that the rail talks would fail.",
                 [("warning", "that the rail talks would fail", "The transport minister")], id="after-warning"),
    pytest.param("Councillor Ann Pryce won over critics by announcing she would fund a second ferry.",
                 [("announcing", "she would fund a second ferry", "Councillor Ann Pryce")], id="by-announcing"),
    pytest.param("After saying her ankle was broken, the striker was carried off the pitch on a stretcher.",
                 [("saying", "her ankle was broken", "the striker")], id="subject-of-a-passive-main-verb"),
    pytest.param("Aides said the mayor left the dinner early after warning that the budget would be cut.",
                 [("said", "the mayor left the dinner early after warning that the budget would be cut", "Aides"),
                  ("warning", "that the budget would be cut", "the mayor")], id="the-mayor-warned-not-the-aides"),
    pytest.param("The committee thanked Mr Okafor for saying that the hospital would stay open.",
                 [("saying", "that the hospital would stay open", "Mr Okafor")], id="object-of-thanked-for"),
    pytest.param("A bookmaker has stopped taking bets on the match after claiming that the result was known in advance.",
                 [("claiming", "that the result was known in advance", "A bookmaker")], id="hangs-on-a-verb-completing-another"),
    pytest.param("The mayor kept refusing questions after saying that the matter was closed.",
                 [("saying", "that the matter was closed", "The mayor")], id="kept-refusing-after-saying"),
    # The verb it hangs on may be a cue in the passive, said of its subject by no one ("admitted
    # to hospital", "held in contempt"); the subject still did what the gerund says.
    pytest.param("The two riders were later admitted to hospital after claiming to have been hit by a lorry.",
                 [("claiming", "to have been hit by a lorry", "The two riders")], id="after-a-passive-cue"),
    pytest.param("Two men were charged on Monday after admitting that they had stolen the car.",
                 [("admitting", "that they had stolen the car", "Two men")], id="after-a-passive-verb"),
    # … or on an adjective after "to be": "was quick in denying", "more forceful in blaming".
    pytest.param("The harbour master was quick in denying that the pier had been sold.",
                 [("denying", "that the pier had been sold", "The harbour master")], id="quick-in-denying"),
    # (A gerund with a content of its own under a cue is a claim too, as PolNeAR annotates either:
    # "responded by saying that …" once with the cue "responded", once with "by saying".)
    pytest.param('Mr Dale responded by accusing the council of "wasting public money on vanity projects".',
                 [("responded", 'by accusing the council of "wasting public money on vanity projects"', "Mr Dale"),
                  ("accusing", 'the council of "wasting public money on vanity projects"', "Mr Dale")],
                 id="gerund-of-a-cue-shares-its-speaker"),
])
def test_a_gerund_after_a_preposition_speaks_for_the_verb_it_hangs_on(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                      expected: list[tuple[str, str, str]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # "left early after warning that …": the one who warned is the subject of "left" (the object
    # of "thanked … for saying"), not the speaker of a cue further up, and not no one.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A private meeting on Monday saw normally loyal MPs warn that feuding could cost them the election.",
                 [("warn", "that feuding could cost them the election", "normally loyal MPs")], id="saw-MPs-warn"),
    pytest.param("Former partner Tony Bobulinski held a press conference claiming the senator knew about the deals.",
                 [("claiming", "the senator knew about the deals", "Former partner Tony Bobulinski")], id="held-a-press-conference-claiming"),
    pytest.param("She said at a recent news conference announcing that her department was suing the state.",
                 [("announcing", "that her department was suing the state", "She")], id="said-at-a-conference-announcing"),
    pytest.param("Police released a statement saying that the road would stay closed.",
                 [("saying", "that the road would stay closed", "Police")], id="who-released-a-statement"),
    pytest.param("A statement from the ministry said that the road would stay closed.",
                 [("said", "that the road would stay closed", "A statement")], id="a-statement-still-speaks"),
    pytest.param("A number of Labour MPs said that the feud was damaging the party.",
                 [("said", "that the feud was damaging the party", "A number of Labour MPs")], id="a-number-of-MPs"),
    pytest.param("Two of the officers said the suspect had been armed.",
                 [("said", "the suspect had been armed", "Two of the officers")], id="two-of-the-officers"),
    # In a "with" phrase the noun before the participle does it.
    pytest.param("Ferguson did not play on Saturday despite recovering from a groin injury with Rovers boss Mark Hughes "
                 "claiming it had been a difficult time for the player.",
                 [("claiming", "it had been a difficult time for the player", "Rovers boss Mark Hughes")], id="with-the-manager-claiming"),
    pytest.param("There was also a shortage of flight attendants, with nearly a fifth saying they were too sick to work.",
                 [("saying", "they were too sick to work", "nearly a fifth")], id="with-a-fifth-saying"),
])
def test_who_speaks_through_an_event_a_witness_or_a_count(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: list[tuple[str, str, str]]) -> None:
    # The object of "saw … warn" is who warned; a press conference is held, a statement released
    # by someone; "a number of MPs" are the speakers, not "a number".
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mr Dein also warned the current level of TV coverage may be reaching saturation level.",
                 [("warned", "the current level of TV coverage may be reaching saturation level", "Mr Dein")],
                 id="warned-object-is-the-clause-subject"),
    pytest.param("Mr Camus recently came under pressure as it became clear that the A380 superjumbo was running over budget.", [],
                 id="it-became-clear-is-the-writer"),
    pytest.param("It emerged that the minister had resigned.", [("emerged", "that the minister had resigned", None)],
                 id="it-emerged-is-nobody"),
    pytest.param("Mukherjee developed a lung infection which induced septic shock. It was reported he was in a coma.",
                 [("reported", "he was in a coma", None)], id="it-was-reported-is-nobody"),
    pytest.param('"We are encouraged by the announcement," Armando Falcon, OFHEO director said.',
                 [("said", '"We are encouraged by the announcement,"', "Armando Falcon")], id="name-comma-title-said"),
    pytest.param("The plan, the minister said, would cost billions.",
                 [("said", "The plan, the minister said, would cost billions", "the minister")], id="short-predicate-after-parenthesis"),
    pytest.param("The talks had failed, Lavrov said, TASS reports.", [("said", "The talks had failed", "Lavrov")],
                 id="a-relay-is-no-predicate"),
    pytest.param("Investors bet the administration will allow the dollar to weaken despite saying it favours a strong currency.",
                 [("bet", "the administration will allow the dollar to weaken despite saying it favours a strong currency", "Investors"),
                  ("saying", "it favours a strong currency", None)], id="no-doer-through-an-infinitive"),
])
def test_objects_expletives_and_parentheses(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    # "warned the current level … may be" has no hearer: the object is the clause's subject. "It"
    # before "became clear"/"emerged" stands for the clause, not for anyone who spoke.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Andy Murray beat Roger Federer on Sunday. "It was tough," the Scot said.', "Andy Murray", id="the-Scot"),
    pytest.param('Former wing David Campese criticised England. "They are poor," Campese said. And the ex-Wallaby added: '
                 '"If England lost that, they would be in turmoil."', "Campese", id="the-ex-Wallaby"),
    pytest.param('Tiger Woods won again on Sunday. "I played well," the American said.', "Tiger Woods", id="the-American-quoted"),
    # Reported too, where a nationality could be a newspaper's name (not a plural: "the Chinese want").
    pytest.param("Dinara Safina beat Elena Dementieva in Madrid. The Russian added that she was not worried by her knee.",
                 "Dinara Safina", id="the-Russian-reported"),
    pytest.param("Paul Carr qualified for the 60m final in Vienna. The Northern Irishman said he was hoping to race again on Sunday.",
                 "Paul Carr", id="the-Northern-Irishman"),
    # ... or by what they do or how old they are.
    pytest.param("Singer George Michael has said a new film is the start of his retirement.\n\nThe pop star said it would be a "
                 "much more private life.", "George Michael", id="the-pop-star"),
    pytest.param("Wales lock Gareth Llewellyn will retire from Test rugby. The 36-year-old said he was proud of his career.",
                 "Gareth Llewellyn", id="the-36-year-old"),
    pytest.param("Kostas Kenteris has protested his innocence. The 31-year-old insisted he will be happy if he is charged so he can "
                 "clear his name.", "Kostas Kenteris", id="the-31-year-old-parsed-as-an-adjective"),
    pytest.param('Michael Johnson has accused British sprinters of lacking ambition. "They want to be number one in Britain," '
                 "the world record holder told the BBC.", "Michael Johnson", id="the-world-record-holder"),
    pytest.param('Martina Hingis will play at the Open in Pattaya. "The tournament is a test," she said. "I don\'t know how my body '
                 'will react." Speaking to Le Matin, the 24-year-old Swiss added: "There will not be as many people."', "Martina Hingis",
                 id="the-24-year-old-Swiss"),
    pytest.param("Robert Kilroy-Silk is to contest the seat of Erewash. Mr Kilroy-Silk announced his plans on Monday. The East "
                 'Midlands MEP, who quit the UK Independence Party, wants his new group to "change the face" of politics.',
                 "Kilroy-Silk", id="the-MEP"),
])
def test_a_person_described_by_origin(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    # The tagger makes "Scot" a person and "Frenchman" a firm: "the Scot said" is the person
    # who spoke last or was last a subject, as for "he".
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert claim.attribution == "nominal"
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Narendra Modi opened the new line. Ticket sales rose by a fifth in March, The Hindu reported.",
                 ("The Hindu", "explicit"), id="a-newspaper-named-by-a-faith"),
    pytest.param("Jack Straw visited Beijing. The French want the embargo lifted; the Chinese want it lifted to buy arms.",
                 ("the Chinese", "explicit"), id="a-nationality-as-a-plural"),
])
def test_a_nationality_that_is_no_one_person(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                             expected: tuple[str, str]) -> None:
    # A newspaper ("The Hindu") or a people ("the Chinese want") speaks as itself, not as the
    # person named before.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, claim.attribution) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Mrs Parker Bowles said the prince went down on one knee to propose and added: "I am just coming down to earth."',
                 [("said", "the prince went down on one knee to propose", "Mrs Parker Bowles"),
                  ("added", '"I am just coming down to earth."', "Mrs Parker Bowles")], id="added-after-a-clause-with-a-cue"),
    pytest.param('Coach Ian Webb said the players had trained well and added: "We are ready for Saturday."',
                 [("said", "the players had trained well", "Coach Ian Webb"), ("added", '"We are ready for Saturday."', "Coach Ian Webb")],
                 id="added-after-a-clause"),
    pytest.param('Mr Clarke said he recognised concerns about the costume but argued: "He has apologised."',
                 [("said", "he recognised concerns about the costume", "Mr Clarke"), ("argued", '"He has apologised."', "Mr Clarke")],
                 id="but-argued"),
    # "… stopped to greet fans and joked: "…"": the infinitive's doer is the subject of the verb it completes
    pytest.param('Wrapped in a long silver coat, the Irish-born singer stopped to greet fans and joked: "It\'s cold but I\'m happy."',
                 [("joked", '"It\'s cold but I\'m happy."', "the Irish-born singer")], id="stopped-to-greet-and-joked"),
    pytest.param('The coach paused to shake hands with the referee and quipped: "He had a better game than us."',
                 [("quipped", '"He had a better game than us."', "The coach")], id="paused-to-shake-hands-and-quipped"),
])
def test_said_and_added(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                        expected: list[tuple[str, str, str]]) -> None:
    # "X said Y and added: "…"" is two claims of X, though the parser hangs "added" on Y's verb.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


def test_a_quoted_phrase_after_and_stays_in_the_clause(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # A quoted phrase, not a quoted sentence, after "and cannot continue" is part of what is argued.
    text = 'Mr Howard argues government is too big and cannot continue "down the path of ever rising taxes".'
    first = cue_content_speaker(text, nlp, lexicons, config)[0]
    assert first == ("argues", 'government is too big and cannot continue "down the path of ever rising taxes"', "Mr Howard")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Monsanto has been fined. The US agrochemical giant agreed to pay a fine for bribing an official.", "Monsanto",
                 id="the-US-agrochemical-giant"),
    pytest.param("Volvo reported higher profits. The Swedish truck maker said margins had improved.", "Volvo", id="the-Swedish-truck-maker"),
    pytest.param("Reuters beat profit forecasts. The news and financial data seller said the year had begun well.", "Reuters",
                 id="the-news-and-data-seller"),
])
def test_a_firm_described_by_its_trade(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    # "the clothing retailer", "the US agrochemical giant" describe the firm the article is about;
    # they are no firm's name of their own.
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_a_non_person_that_saw_a_misread_verb_says_nothing(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "scamper" is tagged a noun: the surge still only lived through it.
    text = ("Before Italy could recover, a strong surge from Gareth Thomas and great off-loads from Martyn Williams and replacement "
            "Kevin Morgan saw Shane Williams scamper over.")
    assert all_claims_of(text, nlp, lexicons, config) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Trump campaign said the poll was wrong. The Biden campaign criticized the commutation as an abuse of power.",
                 "Biden campaign", id="another-campaign"),
    pytest.param("The Russian Foreign Ministry issued a statement. The ministry said the talks had failed.",
                 "Russian Foreign Ministry", id="the-ministry-named-before"),
])
def test_a_named_body_is_not_an_earlier_one_of_its_kind(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: str) -> None:
    # "The Biden campaign" names itself; only "the campaign" would be the one named before.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Business groups praised the mayor's plan to cut rates for small shops, which includes a freeze on parking charges.",
                 [("praised", "the mayor's plan to cut rates for small shops")], id="which-describes-the-object"),
    pytest.param('Ms Ruiz called the decision "very disappointing" and said the council would appeal.',
                 [("called", 'the decision "very disappointing"'), ("said", "the council would appeal")], id="joined-verb-says-its-own"),
    pytest.param('The union condemned the cuts as "reckless" and warned that staff would strike.',
                 [("condemned", 'the cuts as "reckless"'), ("warned", "that staff would strike")], id="condemned-and-warned"),
    # A participle of saying with a clause or quotation of its own says it: the quotation does not
    # make the deed before it a claim too ...
    pytest.param('The director defended the film, saying it was "barrier-breaking" for its frank depiction of the war.',
                 [("saying", 'it was "barrier-breaking" for its frank depiction of the war')], id="participle-of-saying-says-its-own"),
    # ... and so does one that calls the object something (the judging verb keeps its object).
    pytest.param('The ministry denounced the summit, calling its conclusions "legitimate and fully compatible with the law".',
                 [("denounced", "the summit"), ("calling", 'its conclusions "legitimate and fully compatible with the law"')],
                 id="participle-naming-the-object"),
])
def test_a_cue_content_stops_where_its_phrase_does(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    # What follows a comma and describes the object was not said; a verb joined to the cue by
    # "and" says its own piece.
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Councillor Ames said the tender smacked of favouritism, because the winning firm had been told the budget in advance.",
                 [("said", "the tender smacked of favouritism, because the winning firm had been told the budget in advance")],
                 id="because-after-the-clause"),
    pytest.param("The minister said the plan was sound, although it needed more money.",
                 [("said", "the plan was sound, although it needed more money")], id="although-after-the-clause"),
    pytest.param("Ms Reyes confirmed that the mill would close, although she denied that jobs had been promised.",
                 [("confirmed", "that the mill would close"), ("denied", "that jobs had been promised")], id="although-someone-says"),
    pytest.param('Labour say a Lib Dem vote could "let the Tories in", while the Tories say the Lib Dems would mean "higher taxes".',
                 [("say", 'a Lib Dem vote could "let the Tories in"'), ("say", 'the Lib Dems would mean "higher taxes"')],
                 id="while-someone-says"),
    pytest.param("He said prices would rise this year, while wages would stay flat.",
                 [("said", "prices would rise this year, while wages would stay flat")], id="while-after-the-clause"),
])
def test_reasons_after_what_was_said_were_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    # The parser hangs ", because …" on the verb of saying; the reasons are still the speaker's.
    # A clause where someone says something else is the writer's juxtaposition.
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb in the past perfect the parser joined to "said" after a clause in the past perfect
    # goes on with what was said: the speaker's own deed would be "and argued".
    pytest.param('Prosecutor James Wright said Sloane had been "drinking heavily" and had argued with the warehouse\'s owner days before.',
                 [("said", 'Sloane had been "drinking heavily" and had argued with the warehouse\'s owner days before')],
                 id="and-had-argued"),
    # Not a deed in the simple past.
    pytest.param('Prosecutor James Wright said Sloane had been "drinking heavily" and then left the court without comment.',
                 [("said", 'Sloane had been "drinking heavily"')], id="and-then-left"),
])
def test_a_backshifted_verb_joined_to_the_cue_is_what_was_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_a_participle_before_its_noun_is_no_cue(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # After a leftover "You may like" line the parser makes "Confirmed" a verb whose clause is
    # "measles cases … have tripled": it describes the cases, and the agency said the clause.
    text = ("You may like\n\nConfirmed measles cases in the country have tripled since November, the Health Protection Agency "
            "said on Tuesday, warning that vaccination rates had fallen.")
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("said", "Confirmed measles cases in the country have tripled since November", "the Health Protection Agency"),
        ("warning", "that vaccination rates had fallen", "the Health Protection Agency"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("According to its own account, Russia now has evidence of mercenaries in the region.", "Russia",
                 id="its-own-account-looks-ahead"),
    pytest.param("The Foreign Ministry met on Monday. According to its statement, the talks had failed.", "Foreign Ministry",
                 id="its-statement"),
    pytest.param("Putin met Macron on Friday. According to his statement, the talks were frank.", "Putin", id="his-statement"),
    pytest.param("The ministers of Armenia and Azerbaijan met. Their statement said the talks had been useful.", None,
                 id="their-is-not-one-of-them"),
])
def test_a_possessor_speaks_through_its_own_words(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: str | None) -> None:
    # "its own account", "his statement": the possessor is the speaker behind the phrase.
    assert last_antecedent(text, nlp, lexicons, config) == expected


LEAD = ("Harbour fees to rise\n\nShipping firms should expect higher harbour fees from April, a transport minister has said.\n\n"
        "Carla Mendes said the port needed money for repairs. Union leader Tom Okafor accused Ms Mendes of punishing small firms.\n\n"
        "The minister said the rise was modest.")


@pytest.mark.parametrize(("speaker", "expected"), [
    pytest.param("a transport minister", "Carla Mendes", id="lead-named-in-next-paragraph"),
    pytest.param("The minister", "Carla Mendes", id="the-minister-who-spoke-as-a-minister"),
])
def test_a_lead_names_its_speaker_in_the_next_paragraph(nlp: Language, lexicons: Lexicons, config: Config, speaker: str,
                                                        expected: str) -> None:
    # News leads leave the speaker unnamed ("a transport minister has said") and name her at the
    # head of the next paragraph; "the minister" later is the person who spoke as one, not the
    # union leader last in subject position.
    claim = next(c for c in all_claims_of(LEAD, nlp, lexicons, config) if c.speaker_text == speaker)
    assert antecedent_of(claim, LEAD) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Port fees to rise\n\nFees will rise from April, a spokesman has said.\n\nCarla Mendes said the port needed money.",
                 id="spokesmen-stay-unnamed"),
    pytest.param("Port fees to rise\n\nCarla Mendes met unions. Fees will rise, a minister has said.\n\nTom Okafor said the rise was unfair.",
                 id="not-after-a-person-was-named"),
])
def test_a_lead_speaker_is_not_guessed(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claim = next(c for c in all_claims_of(text, nlp, lexicons, config) if c.speaker_text and c.speaker_text.startswith("a "))
    assert antecedent_of(claim, text) is None


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("November saw an improvement in export levels to both the European Union and the rest of the world, the Office for "
                 "National Statistics (ONS) said. EU exports rose 2%.",
                 [("said", "November saw an improvement in export levels to both the European Union and the rest of the world",
                   "the Office for National Statistics (ONS)")], id="speaker-joined-to-the-clause"),
    pytest.param("When asked if BMW would be seeking compensation from Bosch, the carmaker's chief executive Helmut Panke said: "
                 '"we will first solve the problem."',
                 [("said", '"we will first solve the problem."', "Helmut Panke")], id="asked-before-the-speaker"),
])
def test_a_speaker_never_stands_inside_what_was_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    # The parser hangs the speaker's phrase on the end of the clause before the verb of saying;
    # what was said ends at the comma before it.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("That said, the graphics are excellent and the game is fun to play.", [], id="that-said"),
    pytest.param("Having said that, we totally understand the community's anger.", [], id="having-said-that"),
    pytest.param("Needless to say, the council rejected the plan.", [], id="needless-to-say"),
    pytest.param("That, he said, was the end of the talks.", [("said", "That, he said, was the end of the talks", "he")],
                 id="that-he-said-is-a-claim"),
])
def test_linking_phrases_with_said_are_no_claims(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    # "That said," links the writer's sentences; "That, he said, was …" reports someone.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We have no large demonstrations planned. It is hard to say whether we will be successful.", [],
                 id="hard-to-say"),
    pytest.param("After two years of delays it's safe to say that this is the most anticipated game of the year.", [],
                 id="safe-to-say"),
    pytest.param("It's worth noting that this is the first time the question has been asked.", [], id="worth-noting"),
    pytest.param("It goes without saying that raising taxes on the rich angers the party.", [], id="goes-without-saying"),
    pytest.param("That is not to say the plan is bad.", [], id="that-is-not-to-say"),
    pytest.param("The firm was quick to say that it had no plans to close the plant.",
                 [("say", "that it had no plans to close the plant", "The firm")], id="a-firm-quick-to-say"),
    pytest.param("This is not to say he was wrong, the minister said.",
                 [("said", "This is not to say he was wrong", "the minister")], id="aside-inside-a-claim"),
])
def test_the_writers_asides_are_no_claims(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    # "It is hard to say whether …" is the writer's voice: no one (least of all "it") says it.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Revenues at media group Reuters slipped 11% during 2004.\n\nThe company said it was optimistic about growth.",
                 "Reuters", id="the-only-firm-named"),
    pytest.param("Shares in Suez rose while Veolia Environnement fell.\n\nThe company said it was optimistic about growth.", None,
                 id="two-firms-named"),
    pytest.param("The Tory finance spokesman, Brian Monteith MSP, said: \"It is a form of disguise.\"", "Brian Monteith",
                 id="name-before-the-apposition-head"),
    pytest.param("Viewers complained, the communications regulator, Ofcom, said on Monday.", "Ofcom",
                 id="a-body-named-in-apposition"),
    pytest.param('The housebuilder, Northgate Homes, said it was "delighted" with the decision.', "Northgate Homes",
                 id="a-housebuilder-named-in-apposition"),
    pytest.param("President Ali Demir spoke to the king on Sunday. Demir's office said the two leaders had also discussed trade.",
                 "Demir", id="a-persons-office-speaks-for-them"),
    pytest.param("President Ali Demir spoke to the king on Sunday. Demir's office said the two leaders had also discussed trade. The "
                 "office added that the call was cordial.", "Demir", id="the-office-again"),
    # "The ministry's statement": the ministry speaks, as "the ministry said" would.
    pytest.param("Armenia's defence ministry said three soldiers were killed. The ministry's statement said the attack was "
                 "unprovoked.", "defence ministry", id="the-ministrys-statement"),
    pytest.param("Halden Retail said profits fell by a third. The company's spokesman said sales would recover.", "Halden Retail",
                 id="the-companys-spokesman"),
    # "a company spokesperson" right after a firm spoke speaks for it; a body's kind must be the one written.
    pytest.param('Metagram said it would appeal. "This inquiry focused on old settings," a company spokesperson said.', "Metagram",
                 id="a-company-spokesperson"),
    pytest.param("Armenia's defence ministry said three soldiers were killed. A ministry spokesman said the attack was unprovoked.",
                 "defence ministry", id="a-ministry-spokesman"),
    pytest.param("The Harbour Board said the plan was sound. A ministry spokesman said the attack was unprovoked.", None,
                 id="a-ministry-spokesman-after-a-board"),
    # The dateline's place and agency are no firm the story is about; the firm's noun before a name describes it.
    pytest.param("FRANKFURT (Reuters) - German carmaker Volkenwerk cut its full-year profit forecast on Thursday.\n\nThe company said "
                 "it now expected an operating margin of 5% to 6%.", "Volkenwerk", id="not-the-dateline-agency"),
])
def test_a_described_speaker_named_nearby(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    # "The company" with no firm as a subject before: the one firm the article named, if only one;
    # a description with a name in apposition is that name.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    pytest.param("Tax row deepens\n\nThe budget is a fraud, a shadow chancellor has said.\n\nOliver Letwin said the figures did not "
                 "add up. Gordon Brown rejected the claim.\n\nThe chancellor said the budget was sound.", "The chancellor",
                 "Gordon Brown", id="the-chancellor-is-not-the-shadow-one"),
    pytest.param("Peers to vote\n\nMembers of the House of Lords met on Monday.\n\nThe group said it could win support.", "The group",
                 None, id="a-group-is-not-the-only-organisation"),
    # "The former finance officer" is someone introduced so, not the person last a subject.
    pytest.param("Sullivan has already pleaded guilty to fraud. Mr Ebbers has always insisted that he was unaware of any hidden "
                 "shortfalls in the accounts. The former finance officer said he had been told to hide the losses.",
                 "The former finance officer", None, id="the-former-officer-is-not-the-last-subject"),
    pytest.param("Former finance officer Scott Sullivan has pleaded guilty. Mr Ebbers has always insisted that he was unaware of any "
                 "shortfalls. The former finance officer said he had been told to hide the losses.",
                 "The former finance officer", "Scott Sullivan", id="the-former-officer-introduced-so"),
    # The subject of a passive is not its agent: "Buhecha was called … by the sentencing judge".
    pytest.param("Jay Buhecha admitted two trademark offences last month. Buhecha, who made 26,000 pounds a month from his trade, was "
                 'called "one of the biggest Bollywood pirates in the UK" by the sentencing judge.', "the sentencing judge", None,
                 id="the-agent-is-not-the-passive-subject"),
    pytest.param("Manchester United's Alex Ferguson has called on the FA to punish Thierry Henry.\n\nFerguson believes Henry "
                 "deliberately caught Heinze with his knee. The United boss said it was worse than any foul this season.",
                 "The United boss", "Ferguson", id="the-boss"),
    # A team's boss is never one of its players; a former club does not speak for its former boss.
    pytest.param("Newcastle striker Craig Bellamy is discussing a loan move.\n\nThe Welsh striker has rejected a move to Birmingham "
                 "after falling out with manager Graeme Souness. The Toon boss vowed Bellamy would not play again.", "The Toon boss",
                 None, id="the-boss-is-no-striker"),
    pytest.param("Villa were not interested in selling.\n\nThe former Rangers and Liverpool boss is also looking to bring in a "
                 "number of new players.", "The former Rangers and Liverpool boss", None, id="a-former-club-does-not-speak"),
    # A nationality is part of the title, though not a name in it.
    pytest.param("French President Jacques Chirac reacted by saying Europe needed unity. Mr Blair has been closer to President Bush "
                 "than any other leader. His words about President Bush met a cool reception from Jacques Chirac. The French "
                 'president told reporters: "Europe today needs to reinforce itself."', "The French president", "Jacques Chirac",
                 id="the-French-president"),
    # "the Russian leader": the nation's head of state, whatever the title; never a leader of another nation.
    pytest.param("Turkish President Ali Demir and Russian President Pavel Orlov agreed by phone on Sunday to extend the grain deal, "
                 "the Kremlin said.\n\nThe Russian leader told Demir that Moscow expected the West to keep its promises.",
                 "The Russian leader", "Pavel Orlov", id="the-Russian-leader"),
    pytest.param("Turkish President Ali Demir met Russian Foreign Minister Pavel Orlov on Monday. The Russian leader said the talks had "
                 "gone well.", "The Russian leader", None, id="no-Russian-leader-named"),
    # Nor the last speaker written with another office; one written without a title may be.
    pytest.param('"There are no conditions for talks," Kremlin spokesman Dmitry Peskov told reporters.\n\nThe Russian leader last '
                 'week said that any deal would need new borders.', "The Russian leader", None, id="a-spokesman-is-no-leader"),
    # Someone described as kept anonymous is no one named before.
    pytest.param("Mayor Dana Ortiz defended the plan. The police chief, who asked not to be named because he was not authorised "
                 "to speak publicly, said officers would not make arrests.", "The police chief", None, id="asked-not-to-be-named"),
    pytest.param("Interior Minister Ali Farouk met the envoy. The minister, speaking on condition of anonymity, said a deal was "
                 "close.", "The minister", None, id="on-condition-of-anonymity"),
    # The name set off after "the ROLE of PLACE" holds the role, whatever the place was tagged.
    pytest.param('The mayor of Greenfield, Dana Ortiz, wrote on X late Sunday that the city would clear the camp "within days".',
                 "The mayor of Greenfield, Dana Ortiz", "Dana Ortiz", id="the-mayor-of-a-town-tagged-a-person"),
    pytest.param("Vladimir Putin met Turkish officials in Sochi on Friday. Putin said relations were improving. The Russian leader "
                 "added that gas deliveries would continue.", "The Russian leader", "Putin", id="putin-without-a-title"),
    # "his spokesman" speaks for the one just described by a role, not for a person named before.
    pytest.param("Prime Minister Nikol Pashinyan said the world must act.\n\nThe EU's foreign policy chief urged both countries to "
                 'return to talks. "There is no alternative to a peaceful settlement," his spokesman said.', "his spokesman", "EU",
                 id="his-spokesman-after-an-unnamed-chief"),
    pytest.param("Prime Minister Nikol Pashinyan said the world must act.\n\nThe foreign minister, Ara Mirzoyan, urged both "
                 'countries to return to talks. "There is no alternative," his spokesman said.', "his spokesman", "Ara Mirzoyan",
                 id="his-spokesman-after-a-named-minister"),
    # "but" sets the two speakers of one sentence against each other; "and" may go on with the same one.
    pytest.param("The referee, John Dallas, ruled the try out. Dallas said that Deans was tackled short, but the winger said he was "
                 "dragged back.", "the winger", None, id="but-the-other-side"),
    pytest.param("Finance Minister Lars Berg spoke on Monday. Berg said the budget was balanced and the minister added that taxes "
                 "would fall.", "the minister", "Lars Berg", id="and-the-same-one"),
])
def test_a_role_or_kind_must_match(nlp: Language, lexicons: Lexicons, config: Config, text: str, speaker: str,
                                   expected: str | None) -> None:
    claim = next(c for c in all_claims_of(text, nlp, lexicons, config) if c.speaker_text == speaker)
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Brian May met the band in April. May said: "The show went incredibly well for all of us."', ("May", "May"),
                 id="May-taken-for-a-modal"),
    pytest.param("In a sign that Voip is seeping into the mainstream, giant ISP AOL announced on Tuesday that it had plans to "
                 "launch a phone service.", ("giant ISP AOL", "AOL"), id="described-firm-hung-on-the-clause-before"),
    pytest.param('But Mr Herron - who gained fame as one of the "metric martyrs" and is running his own No campaign alongside the '
                 "official North East Says No campaign - said he was not convinced by Mr Mallon's arguments.",
                 ("Mr Herron", "Herron"), id="a-name-before-a-relative-clause-in-dashes"),
    pytest.param("Players can sign up via the Four-Kings, Jolt.co.uk and Painkiller tournament websites. Philip Wride, who co-manages "
                 "the Four-Kings team, said online qualifiers will be held from 16-28 November to find the best eight players.",
                 ("Philip Wride", "Philip Wride"), id="a-name-before-a-relative-clause-in-commas"),
    # The relative clause parsed as the verb's complement, with the name as its subject.
    pytest.param("Caroline Hale has 31 endorsements in the state Senate, a body in which her rival Tom Brennan serves. Brennan, "
                 "meanwhile, who sits at zero such endorsements, said the count shows who can win the general election.",
                 ("Brennan", "Brennan"), id="a-name-before-an-adverb-and-a-relative-clause"),
    pytest.param("The group met behind closed doors in Des Moines on Monday. One attendee, who like others spoke on the condition of "
                 "anonymity to discuss the private meeting, said Hale's path to victory would be a months-long grind.",
                 ("One attendee", None), id="a-noun-before-a-relative-clause-taken-for-its-subject"),
])
def test_a_speaker_the_parser_hung_elsewhere(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                             expected: tuple[str, str]) -> None:
    # "May said:" parsed as a modal verb; ", giant ISP AOL announced" parsed as the object of
    # "into": the verbs of saying had no subject.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, antecedent_of(claim, text)) == expected


def test_a_quotation_after_a_question_is_the_answer(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # Nobody is named as asking, so no earlier speaker to continue: the person asked answers.
    text = ('Dr Liam Fox was asked if he would say yes or no if Lord Archer applied to rejoin. "I am sure that in line with '
            'people having served their sentence, the party would consider it."')
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.kind, claim.speaker_text, antecedent_of(claim, text)) == ("direct", "Dr Liam Fox", "Liam Fox")


def test_a_content_ends_on_a_word_edge(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The tokenizer splits "don’t" in two; the content had ended after "do".
    text = "Trump appeared to suggest that veterans who suffer from PTSD might not be as strong as those who don’t.\n\nTrump said later."
    claim = all_claims_of(text, nlp, lexicons, config)[0]
    assert claim.quote_text.endswith("those who don’t")
    assert text[claim.start_char:claim.end_char] == claim.quote_text


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gordon Brown has addressed the conference. The Chancellor said the Conservatives were wrong.", "Gordon Brown",
                 id="The-Chancellor"),
    pytest.param('Hazel Blears spoke in Manchester on Monday. "The threat is real and it is growing," the Salford MP said.',
                 "Hazel Blears", id="the-Salford-MP"),
])
def test_a_title_tagged_as_a_name_is_a_title(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    # spaCy tags "The Chancellor" and "the Salford MP" as proper nouns; they are the person who
    # holds the title, not entities of their own.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == ("nominal", expected)


def test_a_content_does_not_end_with_its_conjunction(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser hangs "but" on the first clause; "do so" keeps its "so".
    text = ("Mr Okafor has said he does not want higher fees for small shops but on Wednesday said other promises would be left "
            "to the manifesto.")
    assert [c.quote_text for c in all_claims_of(text, nlp, lexicons, config)] == [
        "he does not want higher fees for small shops", "other promises would be left to the manifesto"]


def test_a_bracketed_turn_label_may_end_with_a_colon(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # Some Wikinews interviews print "((WSS)) : …": the colon belongs to the label, not to what was said.
    text = ("Candidate interview\n\n((WSS)) : Who would you nominate to the Supreme Court?\n\n((Dana Cole)) : Someone who "
            "reads the law as written.\n\n((WSS)) : How would you work with Congress?\n\n((Dana Cole)) : Openly and often.\n")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, c.quote_text) for c in claims] == [
        ("WSS", "Who would you nominate to the Supreme Court?"), ("Dana Cole", "Someone who reads the law as written."),
        ("WSS", "How would you work with Congress?"), ("Dana Cole", "Openly and often.")]


def test_a_cue_in_a_turn_is_part_of_the_turn(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "((Naomi Martisius))  … I think …": as inside a quotation, "I think" and "do you think" are
    # the words of whoever has the floor, not claims of an "I" or a "you" of their own.
    text = ("Early bone tools found\n\n((WN))  How many institutes took part, do you think?\n\n((Naomi Martisius))  I think it "
            "lists seven institutes.\n\n((WN))  What comes next?\n\n((Naomi Martisius))  I believe there needs to be more "
            "experimental work.\n")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, c.quote_text) for c in claims] == [
        ("WN", "How many institutes took part, do you think?"), ("Naomi Martisius", "I think it lists seven institutes."),
        ("WN", "What comes next?"), ("Naomi Martisius", "I believe there needs to be more experimental work.")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Mr Houston is alleged to have said that the organs of prisoners should be "made available" to patients.',
                 [("said", 'that the organs of prisoners should be "made available" to patients', "Mr Houston")],
                 id="alleged-to-have-said"),
    pytest.param("Mr Howard is reported to have suggested the cuts were secret.",
                 [("suggested", "the cuts were secret", "Mr Howard")], id="reported-to-have-suggested"),
    pytest.param("It is reported that the minister said the plan was dead.",
                 [("reported", "that the minister said the plan was dead", None), ("said", "the plan was dead", "the minister")],
                 id="a-report-of-what-was-said-stays-two-claims"),
])
def test_a_hedge_around_what_someone_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    # "X is alleged to have said Y" is X's claim, hedged: the allegation by no one named is not another.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Britain's government has said it will not act.", "Britain", id="a-country's-government"),
    pytest.param("Germany's foreign ministry said it would cut taxes.", "Germany", id="a-country's-ministry"),
    pytest.param("Microsoft's legal team said the ruling was wrong.", "Microsoft", id="a-firm's-team"),
    pytest.param("Germany's Deutsche Bank said profits rose.", "Deutsche Bank", id="a-name-is-its-own-speaker"),
    pytest.param("The UK's biggest mortgage lender said prices rose.", None, id="a-country-owns-no-firm"),
    pytest.param("Flight International's Mr Learmount said the plane was safe.", "Learmount", id="a-person-works-for-the-owner"),
])
def test_a_body_speaks_for_its_owner(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    # "Britain's government said": Britain speaks through its government, not a "government" of no country.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Campaigners want the men freed. But the Home Office defended the measures. A spokesman said: \"These individuals "
                 "cannot be prosecuted.\"", "Home Office", id="the-body-subject-of-the-sentence-before"),
    pytest.param("The Vestey Group said it had owned the land since 1920. But a spokesman added: \"We are absolutely confident "
                 "that we will win.\"", "Vestey Group", id="the-body-that-spoke-right-before"),
    pytest.param("NTL said it had not ruled out a PVR. \"PVR is a recording mechanism,\" said a spokesman for the company.", "NTL",
                 id="for-the-company-an-acronym-the-tagger-missed"),
    pytest.param("Critics attacked Microsoft over the price. A spokesman said the price was fair.", None, id="not-an-object"),
    pytest.param("Tony Blair met Microsoft executives. Mr Blair said the talks were good. A spokesman said the price was fair.", None,
                 id="not-after-a-person"),
    pytest.param("The Home Office defended the measures. A government spokesman said the rules were fair.", None,
                 id="not-a-spokesman-of-another-body"),
])
def test_a_spokesman_of_no_body_named_speaks_for_the_body_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                 expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fans watched the team lose again on Saturday.", [], id="a-perceived-event"),
    pytest.param("South African flanker Schalk Burger has shaken off injury to take his place in the starting line-up.", [],
                 id="the-purpose-of-a-phrasal-verb"),
    pytest.param("You can see why the channel can seem like just another entrant with an agenda.",
                 [("see", "why the channel can seem like just another entrant with an agenda", "You")], id="see-why-is-no-event"),
])
def test_what_is_perceived_or_done_for_is_not_a_content(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Seasonally adjusted sales rose 1.2% in the month, compared to 0.1% a month earlier.", [], id="compared-to"),
    pytest.param("The character will put on or lose weight according to how long he spends on foot or in the gym.", [],
                 id="according-to-how"),
    pytest.param("According to the police, the man was armed.", [("According to", "the man was armed", "the police")],
                 id="according-to-a-source"),
    pytest.param("Mortality rates have been at least 25%, according to WHO statistics.",
                 [("according to", "Mortality rates have been at least 25%", "WHO statistics")], id="WHO-is-no-who"),
    pytest.param("Telling people that the plan works is not enough.", [], id="a-gerund-as-subject-is-an-act"),
    pytest.param("He would not be precise. But he did, for the first time, say there would be such tax cuts.",
                 [("say", "there would be such tax cuts", "he")], id="a-subject-hung-on-the-auxiliary"),
])
def test_comparisons_and_auxiliaries(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


def test_a_speaker_after_a_quotation_opening_its_paragraph_is_no_word_of_it(nlp: Language, lexicons: Lexicons,
                                                                             config: Config) -> None:
    # The parser runs the sentence on from the paragraph before's closing mark and makes both "The
    # only conclusion" and the name after the verb its subjects.
    text = ("Former prosecutor Ann Hale said via Twitter: \"If I got a record like that in a regular case for bribery, I'd think, "
            "'Wow, I am surprised they are discussing this so openly.' \"\n\n\"The only conclusion I can reach after reading that "
            "devastating call summary is that Trump's White House staff want him to resign or be impeached,\" tweeted former "
            "thinktank executive Sam Gold. \"That is the only explanation I can come up with.\"")
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, antecedent_of(claim, text)) == ("former thinktank executive Sam Gold", "Sam Gold")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("BIFA founder and director Elliot Grove said the nominees were strong.", "Elliot Grove", id="two-titles-one-name"),
    pytest.param('"The nominees are strong," said BIFA founder and director Elliot Grove.', "Elliot Grove", id="after-the-quotation"),
    pytest.param("The minister and Gordon Brown said the talks were good.", None, id="a-title-and-a-name-are-two"),
    pytest.param("Radio host and former White House Press Secretary Joe Mills said the debate was fair.", "Joe Mills",
                 id="a-bare-noun-and-a-long-title"),
    pytest.param("Dutch football club and former European champion Feyenoord Rotterdam has warned it could go bankrupt.",
                 "Feyenoord Rotterdam", id="a-club-described-twice"),
])
def test_titles_joined_before_a_name_are_its_titles(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Defence ordered a review. The Ministry said it would publish the findings.", "Ministry of Defence",
                 id="the-Ministry"),
    pytest.param("The Justice Department opened an inquiry on Monday. The Department said the inquiry would take months.",
                 "Justice Department", id="the-Department"),
    pytest.param("A man was arrested on Friday in Oxford. Police said the man, 34, had been held overnight.", None,
                 id="Police-of-no-force-named"),
    pytest.param("The Federal Reserve raised rates. The Fed said inflation was too high.", "Fed", id="a-short-name-is-a-name"),
])
def test_a_bodys_noun_with_a_capital_is_the_noun(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: str | None) -> None:
    # "The Ministry said" is "the ministry said": the body named before, not an entity "Ministry".
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The French government is to hand its wine industry 70m euros in aid.\n\nFarmers said the sum was small. To tackle "
                 "overcapacity, the government said vines could be destroyed.", "French government", id="the-French-government"),
    pytest.param("Indonesia's government has doubled its estimate of rebuilding costs.\n\nAnalysts were surprised. On Friday, the "
                 "government said the estimate could rise.", "Indonesia", id="a-country's-government"),
    pytest.param("Farmers said the sum was small. To tackle overcapacity, the government said vines could be destroyed.", None,
                 id="no-government-named"),
    pytest.param("The Conservative government of the 1980s cut taxes.\n\nCritics said so. The government says children cannot be "
                 "divided up.", None, id="a-party's-government-is-not-today's"),
])
def test_the_government_named_before(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    # "the government said" is the government the article named with its country, if any.
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The US official said it was "one of the best meetings we can recall in terms of substance".',
                 ['it was "one of the best meetings we can recall in terms of substance"'], id="quotation-inside-the-clause"),
    pytest.param('The judge said she will rule "pretty promptly, however I do not anticipate ruling on it before next Tuesday".',
                 ['she will rule "pretty promptly, however I do not anticipate ruling on it before next Tuesday"'],
                 id="quotation-ending-the-clause"),
])
def test_a_mixed_quote_is_one_fragment(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[str]) -> None:
    # The quotation inside a reported clause is part of it, not a second piece said again.
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert [text[f.start:f.end] for f in claim.fragments] == expected


def test_a_cue_of_no_one_inside_what_someone_said(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "without asking people to pay more taxes" is part of Mr Howard's words, not a claim of no
    # one that would break his turn: the quotation after it is still his, and goes on with them.
    text = ('Michael Howard attacked the government on Monday. The Tories, he said, can cut crime and improve public services '
            'without asking people to pay more taxes. "We can have progress without losing what makes Britain great."')
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert claim.cue == "said" and claim.quote_text.endswith('"We can have progress without losing what makes Britain great."')
    assert antecedent_of(claim, text) == "Michael Howard"


@pytest.mark.parametrize(("text", "expected"), [
    # Amounts the parser joined to the source of "according to" are what was said, not more sources.
    pytest.param("The council may take the money from other funds: potentially, according to the Harbour Gazette, US$3.6 million "
                 "from the roads budget, $2.5 million from the parks fund, and $601,000 from a reserve fund.",
                 [("The council may take the money from other funds: potentially, according to the Harbour Gazette, US$3.6 million "
                   "from the roads budget, $2.5 million from the parks fund, and $601,000 from a reserve fund", "the Harbour Gazette")],
                 id="amounts-after-the-source"),
    # A clause the parser hung on the speaker as a modifier is no part of the speaker's phrase.
    pytest.param("The harbour and nearby hotel were both evacuated and local police warned people nearby to stay inside.",
                 [("to stay inside", "local police")], id="clause-hung-on-the-speaker"),
    pytest.param("Putin and Macron called on both sides to hold talks.", [("to hold talks", "Putin and Macron")],
                 id="two-names-joined-stay-one-phrase"),
])
def test_what_is_no_part_of_the_speakers_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # The tagger may end a name before the bracket that closes its acronym: a speaker stretched to
    # such a name takes the bracket too.
    pytest.param("According to the World Health Organization (WHO), cases rose.", "the World Health Organization (WHO",
                 "the World Health Organization (WHO)", id="closing-bracket-left-out"),
    pytest.param("According to the World Health Organization (WHO), cases rose.", "the World Health Organization",
                 "the World Health Organization", id="no-bracket-opened"),
    pytest.param("Dr Ann Lee (WHO) said cases rose.", "Dr Ann Lee (WHO)", "Dr Ann Lee (WHO)", id="brackets-balanced"),
])
def test_a_speaker_closes_the_bracket_it_opens(text: str, tagged: str, expected: str) -> None:
    start = text.index(tagged)
    assert text[start:_with_closing_bracket(text, start, start + len(tagged))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"Not now," she snapped.', [("snapped", '"Not now,"', "she")], id="snapped"),
    pytest.param("The minister countered that the figures were wrong.",
                 [("countered", "that the figures were wrong", "The minister")], id="countered"),
    pytest.param("Mr Reid confessed that he had never read the report.",
                 [("confessed", "that he had never read the report", "Mr Reid")], id="confessed"),
    pytest.param("Shares snapped a losing streak on Monday.", [], id="snapped-a-streak-says-nothing"),
    pytest.param('Kevin Donnellon was asked: "Why do you want them to be disabled?" "Don\'t you care about the Inuit?", implored '
                 "guitar-toting environmental campaigner Barry Lim.",
                 [("asked", '"Why do you want them to be disabled?"', None),
                  ("implored", '"Don\'t you care about the Inuit?"', "guitar-toting environmental campaigner Barry Lim")],
                 id="inverted-speaker-parsed-as-the-object"),
    pytest.param('"Just Do It" implored the front page headline on Saturday.',
                 [("implored", '"Just Do It"', "the front page headline")], id="no-speaker-inside-the-quotation"),
    pytest.param('Mr Mubanga said the "MI6 agent" told him he could go home.',
                 [("said", 'the "MI6 agent" told him he could go home', "Mr Mubanga"), ("told", "he could go home", 'the "MI6 agent"')],
                 id="a-quoted-name-in-the-subject"),
    pytest.param("The columnist opines that the deal is dead.", [("opines", "that the deal is dead", "The columnist")],
                 id="opines-that"),
    pytest.param('"The senator can rest easy", Ms Vance opines, "she will not be blocked from the ballot."',
                 [("opines", '"The senator can rest easy", Ms Vance opines, "she will not be blocked from the ballot."', "Ms Vance")],
                 id="opines-between-two-halves"),
    pytest.param("On Monday, the skipper groused to a crowd in Cork that the council \"doesn't treat us properly.\"",
                 [("groused", "that the council \"doesn't treat us properly.\"", "the skipper")], id="groused-that"),
    pytest.param("The rise in harbour fees was likely due to the council choosing not to repair the old pier, Kelleher surmised.",
                 [("surmised", "The rise in harbour fees was likely due to the council choosing not to repair the old pier",
                   "Kelleher")], id="surmised-after-its-clause"),
    # British spellings of verbs learned in the American one ("criticized"): what is criticised, and why.
    pytest.param('The skipper criticised the council for its "reckless and wasteful" spending.',
                 [("criticised", 'the council for its "reckless and wasteful" spending', "The skipper")], id="criticised"),
    # Base forms of verbs learned in their other forms ("stressed", "denies"): after "to", in the plural.
    pytest.param("The harbour board was keen to stress that the ferry would keep running.",
                 [("stress", "that the ferry would keep running", "The harbour board")], id="keen-to-stress"),
    pytest.param("Critics contend that the bridge will cost twice as much as the council says.",
                 [("contend", "that the bridge will cost twice as much as the council says", "Critics")], id="plural-contend"),
    # Participles and forms PolNeAR has too few of: their clauses are claims, their objects not.
    pytest.param("The chairman reassured investors that the bank was sound, boasting that profits had doubled.",
                 [("reassured", "that the bank was sound", "The chairman"), ("boasting", "that profits had doubled", "The chairman")],
                 id="reassured-boasting-that"),
    pytest.param("The hotel, boasting sea views and a spa, reopened on Friday.", [], id="boasting-an-object"),
])
def test_verbs_of_saying_too_rare_to_learn(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # Verbs of saying too rare in PolNeAR to be learned (cue_verbs_extra.tsv): their objects are
    # no claims, their clauses and quotations are.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


def test_he_or_she_learned_from_the_article(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "Ozzy" has no listed gender, but "he" stood for Osbourne, and "Ozzy Osbourne" is one name:
    # "she" after Ozzy spoke is his wife, named before.
    text = ('Rock star Ozzy Osbourne tackled a burglar at his home. His wife Sharon Osbourne was asleep. "I acted on impulse," '
            'Osbourne said. He added he was glad no one was hurt. Ozzy said he was "just coming to grips" with what had '
            "happened. She said she wished she had worn her rings at night.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert antecedent_of(claims[-1], text) == "Sharon Osbourne"


def test_a_description_is_first_who_was_introduced_so(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "The heavy metal star" is the "Rock star" of the first sentence, not the wife who spoke last.
    text = ('Rock star Ozzy Osbourne has been praised by police for tackling a burglar. His wife Sharon, who called the police, '
            "said her rings were taken.\n\nThe heavy metal star said he could have been badly hurt.")
    assert last_antecedent(text, nlp, lexicons, config) == "Ozzy Osbourne"


def test_a_rank_is_not_a_title_to_look_for(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "sixth seed Feliciano Lopez" holds another rank than "the top seed": no one is looked for by it.
    text = ("Roger Federer beat sixth seed Feliciano Lopez in the semi-final. Federer was happy with his form. "
            "The top seed said he had played better than in the first round.")
    assert last_antecedent(text, nlp, lexicons, config) != "Feliciano Lopez"
    text = ("Kenenisa Bekele is the world champion. Britain's Paula Radcliffe has not ruled out competing. \"I haven't quite "
            'decided what events I will do," the two-time champion said.')
    assert last_antecedent(text, nlp, lexicons, config) == "Paula Radcliffe"


def test_a_two_word_surname_tagged_as_an_organisation(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "La Riva" (of "Gloria La Riva", tagged ORG) is still the woman "she" stands for.
    text = ("Gloria La Riva of the Party for Socialism and Liberation took part. Pierce and Hawkins both argued for using ballot "
            "access as an inclusion standard for debates.  La Riva disagreed, stating that the Electoral College should be "
            "eliminated. She criticized the Top Two election policy in California.")
    assert last_antecedent(text, nlp, lexicons, config) == "La Riva"


@pytest.mark.parametrize("text", [
    "According to the ministry, Lavrov told Kommersant that talks with Yerevan would resume. He has said so before.",
    "“We will cut taxes,” Senator Ada Brandt said on Friday, urging voters to back the plan and criticising Labour.",
    "Fans watched the team lose. The club said it would appeal, and Mr Smith, its chairman, agreed.",
    "In an interview with the Harbour Times, Kelleher said in a tweet that the pier would reopen.",
])
def test_the_token_scans_read_from_arrays_equal_those_read_token_by_token(nlp: Language, text: str) -> None:
    # The look-ups are read from spaCy's attribute arrays (unsigned: a head before its dependent is a
    # negative offset); they must say what the Token objects say.
    doc = nlp(text)
    ctx = _Context(doc, ("PERSON", "ORG", "GPE", "NORP"))
    assert ctx.token_starts == [t.idx for t in doc]
    assert ctx.verbs_and_according == [t.i for t in doc if t.pos_ in ("VERB", "AUX") or t.lower_ == "according"]
    assert ctx.noun_lowers == [(t.i, t.lower) for t in doc if t.pos_ == "NOUN"]
    assert ctx.frame_heads == {t.head.i for t in doc if t.head.i < t.i and t.dep_ in ("ccomp", "xcomp", "dobj", "prep")}
    assert {t.text for t in doc if t.pos_ == "PROPN" and not t.is_sent_start} <= ctx.name_words
    assert ctx.heads == [t.head.i for t in doc]
    assert all(ctx.descends_from(t.i, a.i) == (t.i == a.i or a.is_ancestor(t)) for t in doc for a in doc)
    assert ctx.said_in_nouns == [t.i for t in doc if t.lower_ in ("interview", "remarks", "tweet", "comments", "video", "briefing")]


@pytest.mark.parametrize(("text", "expected"), [
    # A participle the parser hung on a deed noun of the reported clause is the speaker's.
    pytest.param('Mr Okafor was asked about the port. He insisted there was no plan for a sale of the harbour saying: '
                 '"People keep asking whether this is the next thing to go."',
                 [("insisted", "there was no plan for a sale of the harbour", "He"),
                  ("saying", '"People keep asking whether this is the next thing to go."', "He")],
                 id="participle-on-a-deed-noun"),
    pytest.param("Councillors met on Tuesday. There is a plan saying all pupils must learn to swim, the council said.",
                 [("said", "There is a plan saying all pupils must learn to swim", "the council"),
                  ("saying", "all pupils must learn to swim", "a plan")],
                 id="a-plan-right-before-its-participle-says-it"),
    # After "told", a clause with its own subject hung on the hearer is what was told.
    pytest.param("Former minister Jane Ashdown told BBC Two's Newsnight programme there was a risk families would feel under "
                 'pressure to "sell up" so developers could buy their homes.',
                 [("told", 'there was a risk families would feel under pressure to "sell up" so developers could buy their homes',
                   "Former minister Jane Ashdown")],
                 id="told-a-programme-a-clause"),
    # A semicolon in brackets does not end what was reported; a name before a dashed description speaks.
    pytest.param("The project has had trouble. ABX - Seline's majority owner - admitted earlier this week that the works "
                 "were running 2.1bn euros (£1.8bn; $2.3bn) over budget.",
                 [("admitted", "that the works were running 2.1bn euros (£1.8bn; $2.3bn) over budget", "ABX")],
                 id="semicolon-in-brackets-and-dashed-description"),
    # A clause of time set off by commas is no attribution around the sentence.
    pytest.param("Often, when a new tax is announced, shoppers rush to buy before the change comes in.", [],
                 id="when-something-is-announced"),
])
def test_participles_hearers_brackets_and_clauses_of_time(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: list[tuple[str, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A participle right after its noun is no verb, of the lexicon or not.
    pytest.param("Councils joined the scheme last year. Data gathered will be passed to police to help trace the gangs.", [],
                 id="data-gathered-will-be-passed"),
    # A plural noun in a list, parsed as a verb coordinated with the one before, reports nothing.
    pytest.param("Mr Hale said ministers were using fear to strip away rights. He also criticised attempts to scrap juries, "
                 "plans to lower the burden of proof in some trials, curbs on protest and ID card plans.",
                 [("said", "ministers were using fear to strip away rights", "Mr Hale"),
                  ("criticised", "attempts to scrap juries", "He")],
                 id="plans-in-a-list"),
])
def test_nouns_the_parser_made_verbs_report_nothing(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The firm named right after its noun in a subject is the one "the firm" stands for.
    pytest.param("Channel Tunnel operator Eurotunnel has seen its revenue shrink as budget airlines grow.\n\nThe firm said sales were down 4% "
                 "in 2004.", "Eurotunnel", id="operator-then-name"),
    # Who a spokesman told is not the company that spoke.
    pytest.param('"We are checking our options," Karl Weiss, a Lufthansa spokesman told the BBC. Mr Weiss said the airline '
                 "would not sue the airport. The company said that it had to cancel 77 flights.", "Lufthansa",
                 id="not-the-hearer"),
    # A rival that spoke in between is not "the company": the firm before it is.
    pytest.param("Shares in Veltrix Semiconductor fell 14% after the chipmaker cut its forecast. Rival Quorra Systems warned last "
                 'week that orders had "softened noticeably". Ms Okoro said the firm would build a factory in Arizona. The company '
                 "also announced that its finance chief would retire.", "Veltrix Semiconductor", id="not-a-rival"),
    # "the regulator" is the public body last a subject, not the firm it fined, though that spoke since.
    pytest.param("Britain's Financial Conduct Authority fined Barrow Bank £40m on Tuesday for failing to protect customers. Barrow "
                 "Bank said it accepted the findings. The regulator said the failings had lasted six years.",
                 "Financial Conduct Authority", id="the-regulator"),
    pytest.param("Barrow Bank cut 300 jobs on Tuesday. The regulator said it was watching the bank closely.", None,
                 id="no-regulator-named"),
    # "the club": the one named before the role of the player last a subject.
    pytest.param("Rovers striker Joel Baptiste has signed a new three-year contract, the club has announced.", "Rovers",
                 id="rovers-striker"),
    pytest.param("Liverpool forward Diogo Silva will miss six weeks, the club has confirmed.", "Liverpool", id="liverpool-forward"),
    # Nor the town a passenger is from, tagged an organisation.
    pytest.param("Passengers were stranded for nine hours after Northlink Ferries cancelled six crossings.\n\nGrace Munro, 67, from "
                 'Kirkwall, said: "Nobody told us anything."\n\nIn a tweet, the firm said: "We are truly sorry for the disruption."',
                 "Northlink Ferries", id="not-a-hometown"),
])
def test_the_firm_is_the_one_the_article_is_about(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "they" after a group named in the plural as the subject before: the group.
    pytest.param("The Tories are trying to make the most of the feud. On Wednesday they said the cabinet was divided.", "Tories",
                 id="a-party"),
    pytest.param("Labour and the Tories clashed again. They said the other side was lying.", None, id="not-one-of-two"),
])
def test_they_after_a_group_named_as_the_subject(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Someone written in the third person in what "he" said is not "he": no one rather than him.
    pytest.param("Tony Blair faces questions after a week of talk about his rival. Meanwhile, the chancellor is leaving for "
                 "Africa. But before doing so, he insisted he still trusted Mr Blair, despite claims in a new book.", None,
                 id="he-trusted-mr-blair"),
    # A possessive may be the speaker's own name, and a quotation may name anyone.
    pytest.param("Mr Blair spoke on Monday. He said Blair's critics were wrong.", "Blair", id="a-possessive"),
    pytest.param('Mr Blair spoke on Monday. "Nobody believes Blair will quit," he said.', "Blair", id="in-a-quotation"),
    # A quotation that calls the subject before by his first name is about him: the last speaker's.
    pytest.param('"We need to bring in quality players," said Villa boss Dan Hale. Meanwhile, Hale has rapped skipper Olof '
                 "Mellberg for his comments before Sunday's derby.\n\nMellberg spoke of his dislike of the rivals ahead of the "
                 'match. "I\'ve had more than a quiet word with Olof. It\'s been said within the whole group," he told the club\'s '
                 "website.", "Dan Hale", id="called-by-his-first-name"),
    pytest.param('"We need to bring in quality players," said Villa boss Dan Hale. Meanwhile, Hale has praised skipper Olof '
                 "Mellberg for his display in Sunday's derby.\n\nMellberg spoke of his delight after the match. \"I\'ve had a good "
                 'season so far. It\'s been a team effort," he told the club\'s website.', "Mellberg", id="not-called-by-name"),
])
def test_a_pronoun_is_not_who_its_words_name(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                             expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_according_to_inside_a_reported_clause_reports_that_clause(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    # The phrase stands in what the IMF said: its content is that clause, not the whole sentence.
    text = ("The IMF said that, according to figures supplied by the ministry, the economy grew by 2% in 2004, after a 31% "
            "fall in 2003.")
    according = [c for c in all_claims_of(text, nlp, lexicons, config) if c.cue == "according to"]
    assert [(c.quote_text, c.speaker_text) for c in according] == [
        ("the economy grew by 2% in 2004, after a 31% fall in 2003", "figures")]


@pytest.mark.parametrize(("text", "expected"), [
    # "as per X" is Indian English for "according to X" when X can speak.
    pytest.param("As per officials, over 12,000 cases are pending in the district courts.",
                 [("As per", "over 12,000 cases are pending in the district courts", "officials")], id="as-per-officials"),
    pytest.param("The scheme has been delayed by six months, as per the state health department.",
                 [("as per", "The scheme has been delayed by six months", "the state health department")], id="as-per-at-the-end"),
    # Not "following": "as per schedule", "as per the new rules".
    pytest.param("The trains will run as per schedule, the railway said.",
                 [("said", "The trains will run as per schedule", "the railway")], id="as-per-schedule"),
    pytest.param("As per the new rules, shops must close at 10 pm.", [], id="as-per-the-rules"),
])
def test_as_per(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # In an aside in brackets the source speaks for the aside; a bracket holding the phrase alone
    # leaves the sentence around it.
    pytest.param("The ferry operator cut its fares last month (the actual cut was closer to 5 percent, according to the harbour "
                 "board).", [("the actual cut was closer to 5 percent", "the harbour board")], id="an-aside-in-brackets"),
    pytest.param("The council (according to the mayor) will meet on Monday to discuss the pier.",
                 [("The council (according to the mayor) will meet on Monday to discuss the pier", "the mayor")],
                 id="the-phrase-in-brackets"),
])
def test_according_to_in_brackets(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    according = [c for c in all_claims_of(text, nlp, lexicons, config) if c.cue == "according to"]
    assert [(c.quote_text, c.speaker_text) for c in according] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An organisation named in a body's phrase is the body: not "Google team" beside Google.
    pytest.param("Oil prices rose again on Monday. The Opec cartel said output would rise.", "Opec", id="the-opec-cartel"),
    pytest.param("Users complained for hours. The Google team said it would review its procedures.", "Google", id="the-google-team"),
    # A watchdog with no name in its phrase names none of its own.
    pytest.param("The elections watchdog said a cap on donations should not be introduced yet.", None, id="the-elections-watchdog"),
])
def test_an_organisation_named_in_a_bodys_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "It" after a report as the subject before: whoever made the report, not the nearest name.
    pytest.param("Ministers praised the figures. The report, carried out by consultants Booz Allen Hamilton, placed the UK third "
                 "for business use of ICT.\n\nIt showed firms brought greater maturity to their use of technology.",
                 "Booz Allen Hamilton", id="the-report-by-consultants"),
    pytest.param("Ministers praised the figures on ICT. The report placed the UK third.\n\nIt showed firms were more mature.",
                 None, id="a-report-by-no-one-named"),
    pytest.param("Women earn less, a study says. The research was carried out jointly by the UK Film Council and industry "
                 "training body Skillset. It also found that women were less likely to be married.", "UK Film Council",
                 id="research-carried-out-by"),
])
def test_it_after_a_report(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A newspaper's name the tagger took for a person's is no one "she" stands for.
    pytest.param('A man who set fire to a warehouse has been jailed.\n\nOne resident, who did not want to be named, told the '
                 'Dunmore Gazette she still had nightmares. "I can still smell the smoke," she said.', None, id="dunmore-gazette"),
    # (a person's name ending in such a word is still a person)
    pytest.param('The nurse, Anna Post, arrived at the scene first. "I can still smell the smoke," she said.', "Anna Post",
                 id="anna-post"),
])
def test_a_newspaper_tagged_a_person_is_no_antecedent(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "title"), [
    # Small words and numbers stay lower case in a title: it is no quotation.
    ('Trade barriers distort the market, the agency\'s report on the "State of Farm Commodity Markets 2004" said.',
     '"State of Farm Commodity Markets 2004"'),
    ('He was made a "Hero of the Soviet Union" in 1944 and rarely spoke of it afterwards.', '"Hero of the Soviet Union"'),
    # A show's name before a "that" clause is no part of what the clause's verb says.
    ("Sanders told ABC's \"Morning Report\" that nobody would question her judgment.", '"Morning Report"'),
    # A newsletter's link: the headline with its byline is no one's quotation.
    ('STAGE DOOR—"Daniel Okafor is leaving \'The Lighthouse,\'" by the Herald\'s Maria Lutz: "Daniel Okafor, the star of '
     'the show, leaves the West End musical next month after a two-year run." http://hrld.co/1abc.',
     '"Daniel Okafor is leaving \'The Lighthouse,\'"'),
    ('MUSEUM MOVES—"For the City Museum\'s new director, a job of balancing history with crowd-pleasers," by the '
     'Gazette\'s Tom Reyes: "Ms. Arden has not led a museum before." http://gzt.co/9xyz.',
     '"For the City Museum\'s new director, a job of balancing history with crowd-pleasers,"'),
    # A reader's letter cites the piece it answers in brackets.
    ('In a rare moment of agreement, I stand with Senator Ruth Bell ("Bell blasts budget as a \'fraud\' that voters will '
     'reject," Daily Ledger, Thursday). The plan is a mess.', '"Bell blasts budget as a \'fraud\' that voters will reject,"'),
    # A piece of writing named in apposition.
    ('Anna Cole\'s commentary, "Tell your grandmother\'s immigrant story," is very thoughtful and deserves a wide audience.',
     '"Tell your grandmother\'s immigrant story,"'),
])
def test_a_title_in_quotation_marks_is_no_quotation(nlp: Language, lexicons: Lexicons, config: Config, text: str, title: str) -> None:
    assert all(title not in c.quote_text for c in all_claims_of(text, nlp, lexicons, config))


@pytest.mark.parametrize(("text", "quotation"), [
    # A quotation followed by "by" and a name is no headline with its byline unless the byline
    # ends the line or opens a link.
    ('Farmers are angry about the rules. "It was a decision taken in secret and without any consultation," by Mr Lund\'s '
     'account, and the union agreed.', '"It was a decision taken in secret and without any consultation,"'),
    # Nor a quotation the article's writer introduces after a report's name and a colon.
    ('The ministry published its report on Monday. The report: "Prices will rise by five percent before the winter comes."',
     '"Prices will rise by five percent before the winter comes."'),
])
def test_a_quotation_beside_a_byline_word_stays_one(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    quotation: str) -> None:
    assert any(c.quote_text == quotation for c in all_claims_of(text, nlp, lexicons, config))


@pytest.mark.parametrize(("text", "expected"), [
    # A quantifier after the group ("all", "each") is no speaker of its own: the group speaks.
    pytest.param("Figures have shown a slowdown in the property market.\n\nThe Council of Mortgage Lenders (CML), British "
                 "Bankers Association (BBA) and Building Societies Association (BSA) all said mortgage lending was slowing.",
                 ["The Council of Mortgage Lenders (CML)", "British Bankers Association (BBA)", "Building Societies Association"],
                 id="three-bodies-all-said"),
    pytest.param("Mr Smith and Mr Jones each said they would stand.", ["Mr Smith", "Mr Jones"], id="two-men-each-said"),
])
def test_a_floating_quantifier_leaves_the_group_speaking(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: list[str]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [[s.speaker_text for s in c.speakers] for c in claims] == [expected]
    assert claims[0].attribution == "explicit"


@pytest.mark.parametrize(("text", "expected"), [
    # A name tagged whole keeps its "of …" in the speaker phrase.
    pytest.param("The Council of Mortgage Lenders said lending was slowing.", ["The Council of Mortgage Lenders"],
                 id="an-organisation-of"),
    pytest.param("The head of the IMF said growth was slowing.", ["The head"], id="a-title-of-an-organisation"),
])
def test_a_names_of_phrase_is_part_of_the_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: list[str]) -> None:
    assert [c.speaker_text for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "He" after "the prime minister" as the subject before is whom the title stands for, not the
    # last person who spoke.
    pytest.param("Prime Minister Tony Blair will answer questions later.\n\nHis enthusiasm remains undimmed, Alan Milburn told "
                 "the Today programme. He said: \"I don't know the date.\" On Friday, the prime minister completed a tour of "
                 "England. Starting in London, he visited marginal seats, pledging to build on what he said were Labour's "
                 "achievements.", "Tony Blair", id="the-prime-minister-before"),
    pytest.param("Chancellor Gordon Brown spoke first. Later the chancellor visited a school in Leeds, where he said pupils "
                 "were doing well.", "Gordon Brown", id="the-chancellor-in-the-same-sentence"),
    # Not a title with a name of its own after it, nor one of a place: the rules that were there decide.
    pytest.param("Alan Milburn said the campaign was going well. On Friday, the minister for Wales visited a school. "
                 "He said pupils were doing well.", "Alan Milburn", id="a-minister-for-somewhere"),
])
def test_he_after_a_title_as_the_subject_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "They" right after a body's claim is that body: news writes "they" for one as often as "it".
    pytest.param("The Doris Day Animal Foundation runs shelters. The foundation said she had been in excellent health. "
                 "Day, they said, desired no memorials.", "Doris Day Animal Foundation", id="they-after-the-foundation"),
    # The body named by no name: no one, not the place named last.
    pytest.param("Actress Doris Day died on Monday at her home in Carmel Valley, California.\n\nDay's animal foundation said she "
                 "had been in excellent health. Day, they said, desired no memorials.", None, id="they-after-an-unnamed-body"),
])
def test_they_after_a_body_that_spoke(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_a_line_in_another_language_reports_nothing(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # A quotation given again in its own language: its words are no English cues.
    text = ('He noted, "the modernisation does not just cover buying hardware but technology transfer as well." '
            "((hu))Hungarian language: a haderő modernizációja a „vas” megvétele mellett a tudástranszferre is kiterjed.")
    assert [c.cue for c in all_claims_of(text, nlp, lexicons, config)] == ["noted"]


def test_the_company_after_the_firm_that_spoke(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "The company" said next is the firm "the Danish firm" stood for, though no organisation is
    # a subject near it and the tagger may take the firm's name for a place further on.
    text = ("Norrland saw its shares fall 9% on Monday after it said it would close more of its factories in "
            "northern Europe.\n\nThe Danish firm, the world's largest maker of wind blades, said it is to move about 8 of "
            "its 21 plants to Asia and Mexico. It did not say which sites would be affected. The group has two plants in "
            "Fife. It makes towers in Leven and blades in Glenrothes. The Leven plant could also be hit by Norrland's "
            "plan to sell its service arm to a new company.\n\nNorrland's brands include Nordvind, Kystkraft and "
            "Havblad. The company said it was speeding up its restructuring.")
    assert last_antecedent(text, nlp, lexicons, config) == "Norrland"


@pytest.mark.parametrize(("text", "expected"), [
    # A question the writer asks tells of no one saying anything.
    pytest.param("For example, will those Brownite briefers suggest their man is unhappy at the timing?", [],
                 id="will-they-suggest"),
    pytest.param("Does anyone else think it is ironic that Kilroy-Silk has used a Latin name for his party?", [],
                 id="does-anyone-think"),
    pytest.param("But should we be surprised if the Olympic champion decides she does not feel like racing anymore?", [],
                 id="a-verb-under-a-question"),
    pytest.param("Who is to decide whom is a suspect?", [], id="who-is-to-decide"),
    pytest.param("How many tourists look at the grand Chambre de Commerce and consider that it was built on coal?", [],
                 id="how-many-consider"),
    # "Why do they say …?" takes the saying as given; a verb of asking tells of someone's question.
    pytest.param("Why do people say he is lazy?", [("say", "he is lazy", "people")], id="why-do-they-say"),
    # Unless nothing is said after it: asking how a word is said quotes no one.
    pytest.param("Readers sent odd questions, such as: what is a ferry?, how do you say harbour in Welsh? and what time is it?",
                 [], id="how-do-you-say-a-word"),
    pytest.param("He wondered, if one console can make music, what would happen if he put six together?",
                 [("wondered", "if one console can make music, what would happen if he put six together", "He")],
                 id="he-wondered"),
    pytest.param("The minister said the question was whether they would pay?",
                 [("said", "the question was whether they would pay", "The minister")], id="a-statement-ending-in-a-question-mark"),
])
def test_a_question_the_writer_asks_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation running straight on into one signed after it is that speaker's, not the
    # source named before (its closing mark may be missing).
    pytest.param('Sales grew by 11%, according to trade analysts. "This year we will really see that come to life in the '
                 'living room. "Some exhibitors will show how you can take that content anywhere," said Mr Joseph.',
                 ("continuation", "Mr Joseph", "Joseph"), id="unclosed-then-signed"),
    pytest.param('Sales grew by 11%, according to trade analysts. "This year we will really see that come to life in the '
                 'living room." "Some exhibitors will show how you can take that content anywhere," said Mr Joseph.',
                 ("continuation", "Mr Joseph", "Joseph"), id="closed-then-signed"),
    # In a paragraph of its own it still continues the turn before.
    pytest.param('"We are ready," said Ms Lane.\n\n"This year we will really see that come to life in the living room."\n\n'
                 '"Some exhibitors will show how you can take that content anywhere," said Mr Joseph.',
                 ("continuation", "Ms Lane", "Ms Lane"), id="a-paragraph-of-its-own"),
])
def test_a_quotation_running_into_a_signed_one(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: tuple[str, str, str]) -> None:
    unsigned = next(c for c in all_claims_of(text, nlp, lexicons, config) if c.quote_text.startswith('"This year'))
    assert (unsigned.attribution, unsigned.speaker_text, antecedent_of(unsigned, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A person named right after a quotation ending in a comma, the verb lost in editing, signs it.
    pytest.param('It expects rate cuts over the next two years. "Although 2005 may not be the year when things go wrong, it '
                 'will mark the start of a more difficult period for the economy," Mr Bootle.',
                 ("explicit", "Mr Bootle", "Bootle"), id="mr-bootle"),
    pytest.param('Shares fell 3%. "We see the company under pressure for the next few quarters," AG Edwards analyst Mark Thayer.',
                 ("explicit", "AG Edwards analyst Mark Thayer", "Mark Thayer"), id="firm-and-title"),
    # With a verb between, the name is no signature.
    pytest.param('"We see the company under pressure for the next few quarters," analysts at the firm expect Mark Thayer.',
                 ("none", None, None), id="a-verb-between"),
])
def test_a_name_alone_after_a_quotation_signs_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: tuple[str, str | None, str | None]) -> None:
    quoted = next(c for c in all_claims_of(text, nlp, lexicons, config) if c.kind == "direct")
    assert (quoted.attribution, quoted.speaker_text, antecedent_of(quoted, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The Argentine" is the person introduced as one, though another was the subject since.
    pytest.param("Home favourite Lleyton Hewitt came through a five-set battle with Argentine David Nalbandian.\n\nHewitt looked "
                 "to be cruising to victory, and there was no sign of a comeback as Hewitt dominated the first two sets.\n\n"
                 "The Argentine had stoked up the temperature by saying Hewitt's celebrations were bad for the sport.",
                 "David Nalbandian", id="the-argentine"),
    pytest.param("Tim Henman beat Swiss Roger Federer in the semi-final. The Swiss said the wind had made it hard to serve.",
                 "Roger Federer", id="the-swiss"),
    # Introduced without one, the person the sentence before is about.
    pytest.param("Tim Henman reached the final on Friday. The Briton said he felt ready for the big day.", "Tim Henman",
                 id="the-briton"),
])
def test_a_person_called_by_where_they_come_from(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Looking into an open question, under way or to come, finds and says nothing yet.
    pytest.param("The regulator has been investigating whether investors were misled about the risks.", [],
                 id="investigating-whether"),
    pytest.param("At the end of February, the council will meet to decide whether to proceed with an application.", [],
                 id="to-decide-whether"),
    pytest.param("A university team is finding out how future robot companions should react.", [], id="finding-out-how"),
    # Done, it reports what was covered; a verb of saying with such a clause reports what was said.
    pytest.param("The rules have been changed so the public can see who gives how much to the parties.", [],
                 id="can-see-who"),
    pytest.param("Mr Rhodes discussed how climate change could yield the same destruction.",
                 [("discussed", "how climate change could yield the same destruction", "Mr Rhodes")], id="discussed-how"),
    pytest.param("He explained how the scheme would work.", [("explained", "how the scheme would work", "He")], id="explained-how"),
    # Where someone finds themselves is no finding.
    pytest.param("The prime minister found himself struggling to explain the cuts.", [], id="found-himself"),
    pytest.param("The inquiry found that the minister had misled parliament.",
                 [("found", "that the minister had misled parliament", "The inquiry")], id="found-that"),
])
def test_an_open_question_and_finding_oneself_are_no_claims(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A gerund after a preposition says what the doer of the act it is about says, up the verbs
    # that act is joined to.
    pytest.param("Mr Clarke is expected to try and win over opponents to the scheme by saying officials who misused the data "
                 "would face two years in jail.",
                 [("saying", "officials who misused the data would face two years in jail", "Mr Clarke")], id="try-and-win-by-saying"),
    pytest.param("The minister ended the debate by saying the plan would go ahead.",
                 [("saying", "the plan would go ahead", "The minister")], id="ended-by-saying"),
    # What is done "without" saying is not said.
    pytest.param("Mr Hale left the meeting without saying whether he would return.", [], id="without-saying"),
    pytest.param("Ministers can cut crime and improve public services without asking people to pay more taxes.", [],
                 id="without-asking"),
])
def test_a_gerund_after_a_preposition_speaks_for_the_doer(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A first name and surname closing the speaker phrase, left untagged while a place in the title
    # was taken for a person, are the speaker.
    pytest.param('"It might sound great, but it does create complacency among our own voters," said Nottingham City '
                 "Councillor Brian Parbutt.", "Brian Parbutt", id="untagged-name-after-a-title"),
    pytest.param("Leeds City Council leader Keith Wakefield said the party was strong.", "Keith Wakefield", id="tagged-name"),
    pytest.param('"We are honoured to have won the rights," said Sky Networks\' Sophie Turner Laing.', "Sophie Turner Laing",
                 id="three-word-name"),
])
def test_a_full_name_closing_the_speaker_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A stance's infinitive after its object says what the object is for ...
    pytest.param("On Wednesday, Yukos will also seek further legal remedies to prevent the break-up of the group.", [],
                 id="seek-remedies-to-prevent"),
    pytest.param("The agency used satellite imagery to produce accurate maps of the area.", [], id="used-imagery-to-produce"),
    # ... unless the object is asked, told or expected to do it.
    pytest.param("Campese has tipped Wales to win both the Six Nations and the Grand Slam.",
                 [("tipped", "to win both the Six Nations and the Grand Slam", "Campese")], id="tipped-wales-to-win"),
    pytest.param("Ministers urged the government to act on the report.", [("urged", "to act on the report", "Ministers")],
                 id="urged-the-government-to-act"),
    pytest.param("Personally I find Angels by Robbie Williams to be one of the most irritating songs I have ever heard!",
                 [("find", "to be one of the most irritating songs I have ever heard", "I")], id="find-it-to-be"),
    pytest.param("The Senate voted 70 to 20 to send the bill back to committee.",
                 [("voted", "to send the bill back to committee", "The Senate")], id="a-count-is-no-object"),
])
def test_an_infinitive_after_a_stances_object(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "went on to" only leads to the verb of saying: one claim, the saying's ...
    pytest.param("Mr Hale spoke first. He went on to say that things have since changed in the light of new reports.",
                 [("say", "that things have since changed in the light of new reports", "Hale")], id="went-on-to-say"),
    # ... but those encouraged to ask are the ones who ask.
    pytest.param("The senator has been encouraging voters to ask why the plan was dropped.",
                 [("encouraging", "to ask why the plan was dropped", None), ("ask", "why the plan was dropped", None)],
                 id="encouraging-voters-to-ask"),
])
def test_a_verb_leading_to_a_verb_of_saying_is_no_claim_of_its_own(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                   expected: list[tuple[str, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, antecedent_of(c, text)) for c in claims] == expected


@pytest.mark.parametrize("text", [
    pytest.param("The odds are that when you open your browser, you go straight to your favourite search engine.", id="the-odds-are-that"),
    pytest.param("One side-effect has been that the value of the rupee has risen as foreign funds flooded in.", id="has-been-that"),
])
def test_be_have_and_do_hold_no_ones_view(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    # A learned construction of a verb outside the cue lexicon, but "be", "have" and "do" say nothing.
    assert all_claims_of(text, nlp, lexicons, config) == []


@pytest.mark.parametrize(("text", "expected"), [
    # A verb the frame model never saw reports only a "that" clause ...
    pytest.param("As the game progresses you swap between the two rival factions, pig and feline.", [], id="as-the-game-progresses"),
    pytest.param("Dechy is fuming that she has been implicated in the row.",
                 [("fuming", "that she has been implicated in the row", "Dechy")], id="fuming-that"),
])
def test_a_verb_the_frame_model_never_saw_reports_only_a_that_clause(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text) for c in claims] == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # A participle whose governing cue's own claim was dropped as part of another: a named
    # speaker of that cue is resolved on its own ...
    pytest.param('Sales fell again in March. The airline warned it may cut 2,000 jobs, with Ms Harper quoted as saying that '
                 'the firm could no longer stay "all-British".', "saying", ("Ms Harper", "explicit", "Ms Harper"),
                 id="named-speaker-of-a-dropped-cue"),
    # ... anything else lies inside what someone said: the claim that holds it gives the speaker.
    pytest.param('Green Party leader Anna Ford said she expected the vote to come next spring. She said the ballot paper '
                 'looked "very fair" and "clear," adding it would let voters "decide on the merits".', "adding",
                 ("She", "pronoun", "Anna Ford"), id="cue-inside-what-was-said"),
])
def test_a_participle_whose_governing_claim_was_dropped(nlp: Language, lexicons: Lexicons, config: Config, text: str, cue: str,
                                                         expected: tuple[str, str, str]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    claims = all_claims_of(text, nlp, lexicons, config)
    claim = next(c for c in claims if c.cue == cue)
    assert (claim.speaker_text, claim.attribution, antecedent_of(claim, text)) == expected
    # (a speaker is never left with attribution "none")
    assert all(c.attribution != "none" for c in claims if c.speaker_text is not None)


@pytest.mark.parametrize(("text", "speaker", "name"), [
    # A person's name closing a subject the parser headed with a word of a show's or body's title
    # heads the speaker phrase (the whole phrase: the title is kept) ...
    pytest.param('Longtime Jones in the Afternoon writer and performer Tom Hale tweeted: "He was a giant of radio and a kind man."',
                 "Longtime Jones in the Afternoon writer and performer Tom Hale", "Tom Hale", id="name-in-the-prepositional-phrase"),
    pytest.param("Longtime Imus in the Morning writer and performer Rob Bartlett said the host had been unwell for months.",
                 "Longtime Imus in the Morning writer and performer Rob Bartlett", "Rob Bartlett", id="name-beside-the-head"),
    pytest.param("Speaker of the House Rep. Mark Ryan (R-WI) said “the pier vote will not be delayed again.”",
                 "Speaker of the House Rep. Mark Ryan (R-WI)", "Mark Ryan", id="name-before-party-and-state"),
    # ... not a constituency taken for a person's name, right after "for" or "and".
    pytest.param('The MP for Sittingbourne and Sheppey said Mr Blair had been "hurt" by the row.', "The MP", None, id="constituency"),
])
def test_a_name_closing_a_misheaded_speaker_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   speaker: str, name: str | None) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, antecedent_of(c, text)) for c in claims] == [(speaker, name)]


@pytest.mark.parametrize(("text", "expected"), [
    # A second attribution joined by ", while" or ", whereas" is no part of the first one's words,
    # even where the parser hung it inside the first one's clause.
    pytest.param('The minister said the plan was "dead," while opposition leader Tom Ross claimed it had never been costed.',
                 [("said", 'the plan was "dead,"', "The minister"), ("claimed", "it had never been costed", "opposition leader Tom Ross")],
                 id="while-after-a-quoted-word"),
    pytest.param('Mourners gathered outside. Senator Jane Cole said Hale "was a kind man," while Governor Rick Dean noted '
                 'his "courage and wit" on Twitter.',
                 [("said", 'Hale "was a kind man,"', "Senator Jane Cole"), ("noted", 'his "courage and wit" on Twitter', "Governor Rick Dean")],
                 id="while-after-a-quotation"),
    # (A relative clause with its own attribution stays inside: no joining word.)
    pytest.param("The minister said the plan, which critics claimed was unaffordable, would go ahead.",
                 [("said", "the plan, which critics claimed was unaffordable, would go ahead", "The minister"),
                  ("claimed", "which critics claimed was unaffordable", "critics")], id="relative-clause"),
])
def test_a_contrasted_attribution_ends_the_first(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A country tagged PERSON ("Sri Lanka's" in a headline) is no one "he" stands for ...
    pytest.param("Sri Lanka's banks face hard times following the floods, officials have warned.\n\nThe losses mean a revenue "
                 'shortfall during 2006. "Most banks will not be collecting interest this quarter," he said.', None,
                 id="country-tagged-a-person"),
    # ... unless the article writes it in a person's name.
    pytest.param('Team owner Eddie Jordan has sold his stake in the team.\n\nJordan said the deal had been hard to agree. '
                 '"It was time to go," he added.', "Jordan", id="surname-that-is-a-country"),
])
def test_a_pronoun_never_stands_for_a_country_tagged_a_person(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                              expected: str | None) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert claims[-1].speaker_text == "he"
    assert antecedent_of(claims[-1], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The name set off after "the ROLE of BODY", which the parser hangs on the body, is the role's
    # holder: the speaker, not someone named before.
    pytest.param("President Anna Kowal declared a national emergency on Monday. Thailand planned a curfew. The governor of "
                 "Ohio, Mike Dean, announced the state had extended its order until May 1.", "Mike Dean", id="governor-of-a-state"),
])
def test_a_name_after_the_role_of_a_body_holds_the_role(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                         expected: str) -> None:
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.speaker_text, last.attribution, antecedent_of(last, text)) == (f"The governor of Ohio, {expected}", "explicit", expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation opened after "X said:" and closed by "he added" is X's, not the last speaker's
    # whose claim was kept (when "he" can be X).
    pytest.param('"The show must go on," said producer Tom Lane. "But the star cannot sing tonight," he added. Hollywood\'s '
                 'honorary mayor, Johnny Grant, said: "I do hereby declare this a day of song.\n\n"He is loud, he is wild, and I '
                 'am getting out of here," he added. The show opens on Friday.', "Johnny Grant", id="colon-then-he-added"),
])
def test_a_pronoun_after_a_quotation_opened_by_a_named_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                               expected: str) -> None:
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.speaker_text, antecedent_of(last, text)) == ("he", expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A content never starts with a particle or preposition of its own cue ...
    pytest.param('The union called on the government to appoint "roving" safety reps.',
                 'the government to appoint "roving" safety reps', id="called-on"),
    pytest.param("The minister ruled out amending the present law.", "amending the present law", id="ruled-out"),
    pytest.param('The party spoke out against the "unprovoked aggression" of the navy.', 'the "unprovoked aggression" of the navy',
                 id="spoke-out-against"),
    # ... and an adjunct set off by a comma before a clause with its own subject goes whole.
    pytest.param('The bank said in a statement, the government now "must prove that the firms committed fraud".',
                 'the government now "must prove that the firms committed fraud"', id="adjunct-and-comma"),
    pytest.param('And she hit back at Tory claims she had used the nurse as a "human shield".',
                 'Tory claims she had used the nurse as a "human shield"', id="hit-back-at"),
    pytest.param('The senator tweeted in the early morning hours that the deal was "dead".', 'that the deal was "dead"',
                 id="a-time-before-that"),
    # (A time is no part of the cue, wherever the parser hung it.)
    pytest.param("According to police, on Saturday, the truck driver was identified as Tom Hale.",
                 "on Saturday, the truck driver was identified as Tom Hale", id="according-to-then-a-time"),
])
def test_a_content_starts_after_its_cues_own_preposition(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          expected: str) -> None:
    assert all_claims_of(text, nlp, lexicons, config)[0].quote_text == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A "that" clause the parser hung on the adverb after the cue is what the cue reports.
    pytest.param("The actor said in an interview with US magazine Movie Weekly recently that he hardly ever watched the Oscars.",
                 [("said", "that he hardly ever watched the Oscars", "The actor")], id="that-clause-on-an-adverb"),
    # ... and so is "is …" right after the cue of a relative clause, hung on the main verb.
    pytest.param('The makers of the quiz show are taking legal action against a rival they claim is "a shameless copy of our format".',
                 [("claim", 'is "a shameless copy of our format"', "they")], id="a-noun-they-claim-is"),
])
def test_a_clause_the_parser_hung_elsewhere_after_the_cue(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text) for c in claims] == expected


def test_a_quoted_show_after_the_verb_is_no_subject(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # The parse of news like this sometimes makes the show the subject of "said" and hangs the
    # name on a word of the quotation; the name set off after the quotation still speaks it.
    words = ["“", "He", "is", "right", "about", "this", ",", "”", "Quinn", ",", "a", "surrogate", ",", "said", "on", "Fox",
             "News", "’s", "“", "Fox", "and", "Friends", ".", "”"]
    spaces = [False, True, True, True, True, False, False, True, False, True, True, False, True, True, True, True, False,
              True, False, True, True, False, False, False]
    heads = [2, 2, 13, 2, 3, 4, 2, 8, 3, 8, 11, 8, 13, 13, 13, 16, 14, 16, 13, 13, 19, 19, 13, 13]
    deps = ["punct", "nsubj", "ccomp", "acomp", "prep", "pobj", "punct", "punct", "appos", "punct", "det", "appos", "punct",
            "ROOT", "prep", "compound", "pobj", "case", "punct", "nsubj", "cc", "conj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "ADP", "PRON", "PUNCT", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
           "ADP", "PROPN", "PROPN", "PART", "PUNCT", "PROPN", "CCONJ", "NOUN", "PUNCT", "PUNCT"]
    ents = ["O"] * 8 + ["B-PERSON"] + ["O"] * 6 + ["B-ORG", "I-ORG"] + ["O"] * 2 + ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 2
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    claims = extract_claims(doc, "a", None, cues, config.claims, gender=GENDER)
    assert [(c.quote_text, c.speaker_text, c.cue) for c in claims] == [("“He is right about this,”", "Quinn", "said")]


@pytest.mark.parametrize(("text", "expected"), [
    # A verb the parser joined to one inside the quotation still reports the quotation.
    pytest.param("“He is absolutely right. There is a severe disconnect between the council and the police,” Barlow, a "
                 "former mayor, said on “Morning Brew.”", [("said", "Barlow", "explicit")], id="verb-joined-into-the-quotation"),
])
def test_an_attribution_after_a_quotation_the_parser_tangled(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                              expected: list[tuple[str | None, str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.speaker_text, c.attribution) for c in claims] == expected
    assert claims[0].quote_text.startswith("“He is absolutely right.")


@pytest.mark.parametrize(("text", "expected"), [
    # "As X put it, …": the main clause after the fronted clause is what X said ...
    pytest.param("As Okafor put it, the plan is a recipe for higher rents.",
                 [("put", "the plan is a recipe for higher rents", "Okafor")], id="as-put-it"),
    pytest.param("As Okafor said last week, the plan is a recipe for higher rents.",
                 [("said", "the plan is a recipe for higher rents", "Okafor")], id="as-said-then-a-time"),
    pytest.param('As Ms. Okafor put it in a statement to reporters in July, the plan is "a recipe for higher rents and emptier '
                 'streets."', [("put", 'the plan is "a recipe for higher rents and emptier streets."', "Ms. Okafor")],
                 id="as-put-it-with-a-quotation"),
    # ... but "as" with a story told or a time is no attribution.
    pytest.param("As he told the story, the room went quiet.", [], id="as-told-a-story"),
    pytest.param("As she spoke, protesters chanted outside the hall.", [], id="as-she-spoke"),
])
def test_what_follows_as_someone_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A person named in a description set off after the speaker is not the speaker ...
    pytest.param("Quinn, a top Clinton surrogate, said the budget was a disgrace.", ("Quinn", "Quinn"), id="surrogate-of"),
    pytest.param("The campaign's new voice, a former Obama aide, said the budget was a disgrace.",
                 ("The campaign's new voice", None), id="aide-of"),
    # ... but a name in apposition is.
    pytest.param("The Tory finance spokesman, Brian Monteith MSP, said the budget was a disgrace.",
                 ("The Tory finance spokesman", "Brian Monteith"), id="name-in-apposition"),
])
def test_a_name_modifying_a_description_is_not_the_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                           expected: tuple[str, str | None]) -> None:
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert (claim.speaker_text, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A fronted clause's verb of saying that the parser hung on the clause it reports still reports it ...
    pytest.param("While he acknowledged funding was a major reason he felt demoralized serving under the mayor, he said the "
                 "troops were proud.",
                 [("acknowledged", "funding was a major reason he felt demoralized serving under the mayor", "he"),
                  ("said", "the troops were proud", "he")], id="while-acknowledged"),
    # ... as it does when the parse is right.
    pytest.param("Although she admitted the plan had flaws, the minister insisted it would pass.",
                 [("admitted", "the plan had flaws", "she"), ("insisted", "it would pass", "the minister")], id="although-admitted"),
])
def test_a_fronted_clause_of_saying(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                    expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of saying in the tense of the attribution above goes with it, not with the reported
    # "would declare" the parser joined it to ...
    pytest.param("Prime Minister Anna Berg said this week that the country would formally declare its intention to leave the "
                 "union by the end of March and suggested that it would withdraw from the single market.",
                 ["Prime Minister Anna Berg", "Prime Minister Anna Berg"], id="said-and-suggested"),
    # ... as the parser's own reading of a plainer sentence gives.
    pytest.param("The mayor said the city would close the bridge for repairs and warned that traffic would be heavy for months.",
                 ["The mayor", "The mayor"], id="said-and-warned"),
])
def test_a_second_verb_of_saying_in_the_tense_of_the_first(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                            expected: list[str]) -> None:
    assert [c.speaker_text for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "who they say they are" talks of an identity: nothing is reported ...
    pytest.param("The hardest part is to check whether a shopper is who they say they are when they are online.", [],
                 id="who-they-say-they-are"),
    pytest.param("The panel wants proof that he is who he says he is.", [], id="who-he-says-he-is"),
    # ... but what someone says they are is.
    pytest.param("The keeper says he is ready to play on Saturday.", [("says", "he is ready to play on Saturday", "The keeper")],
                 id="says-he-is-ready"),
])
def test_who_someone_says_they_are_reports_nothing(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize("text", [
    # The parser hangs "going" on a verb inside the quotation that runs on after "to say": the
    # attribution right before the participle's comma still speaks.
    '"The fight over the bridge, the one we are bringing up again, is insane," Hensley said, going on to say that the county '
    'has spent "forty years fighting about this, to have that debate again, young people do not want to see that."',
])
def test_going_on_to_say_after_an_attribution(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.speaker_text, c.attribution) for c in claims] == [("said", "Hensley", "explicit"),
                                                                          ("say", "Hensley", "explicit")]


@pytest.mark.parametrize(("text", "expected"), [
    # A passive or a verb of another kind before the comma governs nothing.
    pytest.param("Many hunt supporters stayed defiant after the bill was passed, saying they would ignore the ban.",
                 "Many hunt supporters", id="after-a-passive"),
    pytest.param("Mr Okoro joined those warning that the grants must be quickly delivered, saying the risk of disease was rising.",
                 "Mr Okoro", id="after-a-passive-in-a-clause"),
])
def test_a_participle_after_a_passive_keeps_its_own_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                              expected: str) -> None:
    assert all_claims_of(text, nlp, lexicons, config)[-1].speaker_text == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The name set off after "the ROLE in PLACE", which the parser hangs on the place, holds the
    # role; "she" then finds her.
    pytest.param('The ministry said prices would rise. "We are still considering it," said Mr Paulus. The radio\'s correspondent in '
                 "Jakarta, Rachel Harvey, told World Business Report that there was likely to be a strong public reaction to any "
                 'price rise. "The big question is whether they go for one big, short, sharp shock," she said.',
                 ["Paulus", "Rachel Harvey", "Rachel Harvey"], id="correspondent-in-a-city"),
])
def test_a_name_after_a_role_in_a_place_holds_the_role(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[str]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [antecedent_of(c, text) for c in claims[1:]] == expected


@pytest.mark.parametrize("text", [
    # The parser reads "called" as a participle describing the name (the sentence then has no
    # verb): a finite verb after the comma is the sentence's, and the name its subject; "He"
    # then finds him, not the spokesman before.
    'The harbour spokesman, Jon Lie, said the port would stay open. Norway\'s Fisheries Minister Ola Brekke, who visited '
    'both ports last week, called on the two fleets to "respect the quota". He said: "Every boat that cheats hurts the rest."',
])
def test_a_verb_read_as_a_participle_of_the_subject(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, antecedent_of(c, text)) for c in claims] == [("said", "Jon Lie"), ("called", "Ola Brekke"), ("said", "Ola Brekke")]


def test_a_dateline_is_no_group_members_name(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ('PARIS, Oct 27 (HT) - Norwegian Minister Ola Brekke and Icelandic Minister Anna Jonsdottir on Thursday called on '
            'the fleets to respect the quota "without delay".')
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert [s.speaker_text for s in claim.speakers] == ["Norwegian Minister Ola Brekke", "Icelandic Minister Anna Jonsdottir"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('ANKARA - Turkish President Ali Demir on Saturday warned fishermen against "provocations" and said the '
                 'government would "not hesitate to defend its rights".',
                 [("warned", 'fishermen against "provocations"', "Turkish President Ali Demir"),
                  ("said", 'the government would "not hesitate to defend its rights"', "Turkish President Ali Demir")],
                 id="in-the-speaker"),
    pytest.param("DUBAI, Jan 5 - The cartel agreed on Tuesday to keep output steady, three sources told the agency.",
                 [("told", "The cartel agreed on Tuesday to keep output steady", "three sources")], id="in-the-content"),
    pytest.param("TEHRAN, Feb 21 - The port will stay closed until the fee is paid, harbour spokesman Ali Rad said on Sunday.",
                 [("said", "The port will stay closed until the fee is paid", "harbour spokesman Ali Rad")], id="the-place-cut-off"),
    pytest.param("WASHINGTON -- Senator Ann Cole said on Monday that the bill was dead.",
                 [("said", "that the bill was dead", "Senator Ann Cole")], id="double-hyphen"),
    pytest.param("BERGEN, June 2 - Norwegian Fisheries Minister Ola Brekke said on Friday that the quota talks would resume.",
                 [("said", "that the quota talks would resume", "Norwegian Fisheries Minister Ola Brekke")],
                 id="a-nationality-after-the-date"),
    pytest.param("NATO said on Monday that the exercise would go ahead.",
                 [("said", "that the exercise would go ahead", "NATO")], id="no-dateline"),
    # A press release's dateline the parser made the subject: the name right after it speaks.
    pytest.param("NAIROBI, Kenya, March 3, 2024 /PRNewswire/ -- Harbourtel PLC (NSE: HBT) today announced a partnership to "
                 "sell smartphones to five million Kenyans.",
                 [("announced", "a partnership to sell smartphones to five million Kenyans", "Harbourtel PLC")], id="press-release"),
])
def test_a_dateline_is_neither_speaker_nor_content(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation inside a sentence about someone else named there is not the last speaker's.
    pytest.param("The spokesman, Jon Lie, said the port would stay open.\n\nOla Brekke, the fisheries minister, arrived with a "
                 'plan to "save the fleet from ruin within one season".', [("Jon Lie", "explicit"), (None, "none")],
                 id="another-name"),
    # The speaker named again, by the surname, still speaks.
    pytest.param("The spokesman, Jon Lie, said the port would stay open.\n\nLie also took aim at "
                 '"the cowards in Oslo who never come to see the boats".', [("Jon Lie", "explicit"), ("Jon Lie", "continuation")],
                 id="the-same-name"),
    # A quotation opening its sentence continues the turn.
    pytest.param('The spokesman, Jon Lie, said the port would stay open.\n\n"We will keep the ferries running, whatever '
                 'Ola Brekke decides in Oslo."', [("Jon Lie", "explicit"), ("Jon Lie", "continuation")], id="a-sentence-of-its-own"),
])
def test_a_quotation_in_a_sentence_about_someone_else(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: list[tuple[str | None, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(antecedent_of(c, text), c.attribution) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "ROLE of FIELD NAME", parsed as the role's prepositional phrase: the name holds the role.
    pytest.param("The director of rugby Owen Pryce said the club would appeal.", "Owen Pryce", id="director-of-rugby"),
    pytest.param('The head of Norwegian diplomacy Ola Brekke, speaking in Bergen, said the fleet was "at risk".', "Ola Brekke",
                 id="set-off-participle"),
    # The name after "of" is whom the role serves, or another role's holder.
    pytest.param("The lawyer of Owen Pryce said the case would collapse.", None, id="whom-the-role-serves"),
    pytest.param("The spokesman of minister Owen Pryce said the case would collapse.", None, id="another-role"),
])
def test_a_name_after_a_role_of_a_field(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[0]
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A passive quoting verb relays what its "as saying" reports: one claim, not a second one
    # whose content starts with "saying".
    pytest.param('The mayor was quoted as saying that the harbour "is not closing this year".',
                 [("saying", 'that the harbour "is not closing this year"', "The mayor")], id="passive"),
    pytest.param('"The harbour is not closing this year," the mayor was quoted as saying.',
                 [("quoted", '"The harbour is not closing this year,"', "the mayor")], id="after-the-quotation"),
])
def test_quoted_as_saying_is_one_claim(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the spokeswoman" is the person introduced with that title, when no spokeswoman spoke unnamed.
    pytest.param("Harbour board spokeswoman Ingrid Dahl said on Monday that the ferry would run.\n\nDahl stressed that the "
                 "timetable would not change. The spokeswoman noted that no boats had been sold.", "Ingrid Dahl",
                 id="named-with-the-title"),
    # ... also when the tagger made the whole titled name an organisation's
    pytest.param("Norwegian Fisheries Ministry Spokeswoman Ingrid Dahl said at a briefing on Wednesday that Oslo was worried.\n\n"
                 "Dahl emphasized that Norway remained committed to the quota. The spokeswoman noted that there was no alternative "
                 "to talks.", "Ingrid Dahl", id="titled-name-tagged-an-organisation"),
    pytest.param("Harbour board spokesman Jon Lie said on Monday that the ferry would run. The council said it would reply. "
                 "The spokeswoman said the reply would come soon.", None, id="another-title"),
])
def test_the_spokeswoman_introduced_by_name(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: str | None) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.attribution, antecedent_of(claim, text)) == ("nominal", expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A spokeswoman of a body named before speaks for it, as "the ministry's spokeswoman" does.
    pytest.param("Norway's Fisheries Ministry also weighed in. Its spokeswoman said Oslo was following the quarrel "
                 '"with concern".', "Fisheries Ministry", id="its-spokeswoman"),
    pytest.param("The Fisheries Ministry said it was worried. A ministry spokeswoman said Oslo was following the quarrel closely.",
                 "Fisheries Ministry", id="a-ministry-spokeswoman"),
    # ... not a body of another kind.
    pytest.param("The Fisheries Ministry said it was worried. A council spokeswoman said Oslo was following the quarrel closely.",
                 None, id="another-body"),
])
def test_a_spokeswoman_of_a_body_named_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The 52-year-old" after a sentence whose subject is "He": whom "He" stands for, not the
    # ex-minister who spoke before.
    pytest.param("Duncan Barr also attacked the government over the floods. His broadside came as ex-Foreign Secretary Robin Hale "
                 "said he hoped Mr Brown would be premier. Mr Barr has previously given Labour £50,000. He made his fortune from "
                 "care homes and health clubs.\n\nThe 52-year-old said he was reviewing his donations.", "Barr", id="he-before"),
    pytest.param("Duncan Barr also attacked the government over the floods. His broadside came as ex-Foreign Secretary Robin Hale "
                 "said he hoped Mr Brown would be premier.\n\nThe 52-year-old said he was reviewing his donations.", "Robin Hale",
                 id="no-pronoun-subject-before"),
])
def test_a_described_person_after_a_sentence_about_him(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                       expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize("text", [
    # The full stop and closing mark hang on the sentence's root: the quotation is still the
    # joined verb's ("accused" is parsed as joined to the reported "were doomed").
    'Mayor Ruth Okafor said on Wednesday that the harbour fees were doomed and accused the board of "blackmailing a whole town."',
])
def test_a_quotation_ending_the_sentence_after_a_joined_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.quote_text, c.speaker_text) for c in claims][-1] == (
        "accused", 'the board of "blackmailing a whole town."', "Mayor Ruth Okafor")


@pytest.mark.parametrize(("text", "expected"), [
    # "The official" after "A senior Harbour Board official said": that official, who speaks for
    # the board; unresolved when the board is not named (not the mayor who spoke before).
    pytest.param("Mayor Ruth Okafor accused the board of \"playing games.\" She said the council would vote again.\n\nA senior "
                 "Harbour Board official, who spoke on condition of anonymity, said the board was \"ready to sign\" a deal. The "
                 "official added that talks were continuing.", ["Ruth Okafor", "Ruth Okafor", "Harbour Board", "Harbour Board"],
                 id="the-official"),
    pytest.param("Mayor Ruth Okafor accused the board of \"playing games.\" She said the council would vote again.\n\nA senior "
                 "harbour board official, who spoke on condition of anonymity, said the board was \"ready to sign\" a deal. The "
                 "official added that talks were continuing.", ["Ruth Okafor", "Ruth Okafor", None, None], id="unresolved"),
])
def test_the_official_who_spoke_unnamed(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[str]) -> None:
    assert [antecedent_of(c, text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The parser makes the name the subject of the participle set off by commas and gives the
    # verb of saying none: the participle only interrupts the sentence.
    pytest.param('In a 2-1 decision, the harbour tribunal said the board had failed to justify the fee. Judge Mara Voss, writing for '
                 'the majority, said the rule "treats small boats with almost surgical unfairness."', "Mara Voss", id="writing-for"),
])
def test_a_participle_set_off_after_the_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert antecedent_of(claims[-1], text) == expected


def test_a_question_put_to_the_speaker_tagged_a_past_tense(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # After a paragraph the tagger may read the opening "Asked" as a past tense: it is still the
    # question put to the one who replies, by someone unnamed.
    text = 'Asked whether he had spoken to the buyers, harbour master Ola Brekke replied: "Of course. We talk every day."'
    doc = nlp(text)
    doc[0].tag_ = "VBD"
    claims = extract_claims(doc, "a", None, lexicons.cues, config.claims, gender=GENDER)
    assert [(c.cue, c.speaker_text) for c in claims] == [("Asked", None), ("replied", "harbour master Ola Brekke")]


def test_a_verb_of_saying_joined_to_a_reported_passive(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "acknowledged" parsed as a participle sharing "had been" with "accepted": the teller
    # acknowledges (not "no offer"), and "said" reports only its own clause.
    text = "The harbour master said on Friday that no offer had been accepted but acknowledged there had been interest from two ferry lines."
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("said", "that no offer had been accepted", "The harbour master"),
        ("acknowledged", "there had been interest from two ferry lines", "The harbour master")]


def test_a_dateline_parsed_as_a_groups_subject_is_not_its_speaker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser makes the dateline's place the subject and the group its conjuncts: the group
    # speaks, led by its first member, not the place.
    text = 'OSLO — The European Union and Norway on Tuesday said they had agreed a "fair" price for gas.'
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert (claim.speaker_text, antecedent_of(claim, text)) == ("The European Union and Norway", "European Union")


def test_a_quotation_in_a_clause_describing_the_object_is_that_clauses_claim(nlp: Language, lexicons: Lexicons,
                                                                           config: Config) -> None:
    text = ('BERGEN — Norway and Iceland on Tuesday signed a five-year agreement on fishing rights, a deal both sides hailed as a '
            '"cornerstone" of their ties.')
    assert cue_content_speaker(text, nlp, lexicons, config) == [("hailed", 'a "cornerstone" of their ties', "both sides")]


@pytest.mark.parametrize(("text", "expected"), [
    # A body called by its kind right after it spoke, as a firm is ("The company said").
    pytest.param("Harbour pilots will stage a five-day walkout next month after talks broke down, the Northern Pilots Association "
                 'has announced.\n\nThe union said the board had made "no credible offer".', "Northern Pilots Association",
                 id="the-union"),
    pytest.param('The Harbour Trust welcomed the news, calling it "a fair deal". But the charity urged skippers to keep their '
                 "catch logs.", "Harbour Trust", id="the-charity"),
])
def test_a_body_called_by_its_kind_after_it_spoke(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_asking_not_to_be_named_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = "A resident of Portmere, who asked not to be named for fear of reprisals, told the agency that the council had ignored warnings."
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("told", "that the council had ignored warnings", "A resident")]


@pytest.mark.parametrize("text", [
    # "he" after an unnamed resident's claim is the resident (no one named), not the official
    # named before; the window counts from the quotation, two sentences before "he said".
    pytest.param('"Many villages are under water," Ali Musa, a spokesman for the harbour board, told the agency. A resident of '
                 'Portmere told the agency that the council had ignored warnings for years. "We told them the wall was weak. '
                 'Nobody listened," he said.', id="a-resident"),
])
def test_he_after_an_unnamed_person_is_that_person(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, antecedent_of(c, text)) for c in claims] == [
        ("Ali Musa", "Ali Musa"), ("A resident", None), ("he", None)]


def test_a_question_set_off_after_the_one_asked_is_someone_unnameds(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # (not his: his claim is the answer)
    text = 'Harbour master Ola Brekke, asked on Tuesday whether he would close the port, said it was "up to the council."'
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("asked", "whether he would close the port", None), ("said", 'it was "up to the council."', "Harbour master Ola Brekke")]


def test_a_question_asked_before_a_colon_is_the_askers(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # (not set off after the one asked: the participle ends at the colon that opens the question)
    text = 'Writer Ann Dale, from West Sussex, asked of the harbour fee: "How do you manage to sleep at night?"'
    assert [c.cue for c in all_claims_of(text, nlp, lexicons, config)] == ["asked"]


@pytest.mark.parametrize(("text", "expected"), [
    # A firm described by where it is based or by what it makes is the firm the article is about.
    pytest.param("Shares in Carrow Foods fell on Thursday after the frozen food maker warned that profits would be lower.",
                 "Carrow Foods", id="what-it-makes"),
    pytest.param("Carrow Foods cut its forecast on Thursday. The Norwich-based company said profits would be lower.",
                 "Carrow Foods", id="where-it-is-based"),
])
def test_a_firm_described_by_its_products_or_its_base(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_declining_to_be_named_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = "Another analyst, who declined to be named, said investors were worried about the company's debt."
    assert [c.cue for c in all_claims_of(text, nlp, lexicons, config)] == ["said"]


@pytest.mark.parametrize(("text", "expected"), [
    # In the same sentence, the quotation after a participle of saying is what the participle
    # reports (PolNeAR annotates it so), not the second half of the first quotation.
    pytest.param('"The council does not agree with the board," Ann Cole said, suggesting a few questions, including, "Mr. Lie, do '
                 'you really think the harbour needs a new fee?"',
                 [("said", '"The council does not agree with the board,"'),
                  (None, '"Mr. Lie, do you really think the harbour needs a new fee?"')], id="suggesting"),
    # After a full stop the participle says how the first was said, and the next quotation goes
    # on with it, also where the tagger ran the sentences together (NYT's '' marks).
    pytest.param("''The pier is not safe yet,'' one harbour official said, speaking on condition of anonymity. ''We need "
                 "another month of work.''",
                 [("said", "''The pier is not safe yet,'' ''We need another month of work.''")], id="speaking-after-a-full-stop"),
    pytest.param('"The pier is not safe yet," one harbour official said, speaking on condition of anonymity. "We need '
                 'another month of work."',
                 [("said", '"The pier is not safe yet," "We need another month of work."')], id="straight-marks"),
])
def test_a_participle_of_saying_between_two_quotations(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                       expected: list[tuple[str | None, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, " ".join(text[f.start:f.end] for f in c.fragments)) for c in claims] == expected


def test_a_participle_adding_a_quotation_is_the_tellers(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "adding" hung on the reported clause: the teller adds, not the one told about.
    text = ('One of the fishermen, Ola Brekke, said the crews were delighted with the apology. He said Mr Lie had spoken with '
            '"such sincerity", adding: "He went beyond what we thought he would."')
    claims = all_claims_of(text, nlp, lexicons, config)
    adding = next(c for c in claims if c.cue == "adding")
    assert antecedent_of(adding, text) == "Ola Brekke"


def test_it_is_a_body_the_tagger_named_only_elsewhere(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The tagger tags "Eurocontrol" in the first sentence only; the subject before "It" is still that body.
    text = ("The Ryanair boss said Eurocontrol had failed passengers.\n\n"
            "Eurocontrol rejected the criticism. It said the disruption had been caused by severe weather.")
    assert last_antecedent(text, nlp, lexicons, config) == "Eurocontrol"


@pytest.mark.parametrize(("dateline", "expected"), [
    # The tagger leaves "Mumbai" untagged after a date line; ingest found it as the dateline.
    pytest.param("Mumbai", "Apple will open its third retail store in Mumbai next year", id="the-articles-dateline"),
    pytest.param(None, "Mumbai: Apple will open its third retail store in Mumbai next year", id="no-dateline-found"),
])
def test_a_dateline_in_title_case_opens_no_claim(nlp: Language, cues: CueLexicon, config: Config, dateline: str | None,
                                                            expected: str) -> None:
    text = ("Apple to open first store in Mumbai next year\nUpdated: December 1, 2026 11:20 IST\n"
            "Mumbai: Apple will open its third retail store in Mumbai next year, the company said on Monday.")
    [claim] = extract_claims(nlp(text), "a", None, cues, config.claims, gender=GENDER, dateline=dateline)
    assert claim.quote_text == expected


def test_the_body_that_spoke_before_one_of_its_people(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "The charity" after its chief executive spoke for it is the body that spoke before him.
    text = ("Parents are going into debt to pay for school uniforms, a charity has warned.\n"
            "The Children's Society surveyed 2,000 parents in England and found that the average cost of a uniform was £422.\n"
            'Its chief executive, Mark Russell, said: "No child should miss out on school because of a blazer."\n'
            "The charity is calling on the government to enforce the guidance.")
    assert last_antecedent(text, nlp, lexicons, config) == "Children's Society"


@pytest.mark.parametrize(("text", "expected"), [
    # The tagger takes the name for a firm's; set off after a friend or relative it is a person's.
    pytest.param("His friend, Saxon Spence, said the claims were false.", "Saxon Spence", id="a-friend"),
    pytest.param("His brother, Saxon Spence, said the claims were false.", "Saxon Spence", id="a-relative"),
])
def test_a_name_set_off_after_a_friend_or_relative_speaks(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                           expected: str) -> None:
    [claim] = all_claims_of(text, nlp, lexicons, config)
    assert antecedent_of(claim, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An utterance opening its sentence, its attribution after it, is said even in one word and
    # after a verb of another kind; not a phrase quoted inside a sentence.
    pytest.param('"Quiet," the mayor demanded, as the councillor went on talking.', [('"Quiet,"', "the mayor")], id="one-word"),
    pytest.param('He called the harbour plan "idiotic," and left the room.', [('the harbour plan "idiotic,"', "He")],
                 id="a-phrase-inside"),
    # A parenthetical attribution whose sentence the parser ran on into the quotation after it.
    pytest.param("In any case, Mr. Kelleher said, the harbour was badly run. ''It was just waiting for a storm to "
                 "wreck it,'' he said.",
                 [("In any case, Mr. Kelleher said, the harbour was badly run", "Mr. Kelleher"),
                  ("''It was just waiting for a storm to wreck it,''", "he")], id="parenthetical-before-a-quotation"),
    # "…, and three-quarters said …" is a second attribution, parsed as a second clause of the first.
    pytest.param("Six in 10 voters said the mayor is honest and trustworthy, and three-quarters said the same of her rival.",
                 [("the mayor is honest and trustworthy", "Six in 10 voters")], id="and-a-second-share-said"),
    # "… the auction and others have said …": "others" parsed as joined to "auction" speak for the second verb.
    pytest.param("Many local farmers have said they will not attend the auction and others have said they are not interested in buying.",
                 [("they will not attend the auction", "Many local farmers"), ("they are not interested in buying", "others")],
                 id="and-others-have-said"),
    # ... but a clause the parser split the same way, with no verb of saying, goes on with what was said.
    pytest.param("Ms Vane argued rail travel is growing in popularity and private car ownership is the real burden families live under.",
                 [("rail travel is growing in popularity and private car ownership is the real burden families live under", "Ms Vane")],
                 id="and-a-second-clause-split-the-same-way"),
    # An attribution that is all its sentence, after a quotation closed with a full stop where a comma
    # belongs, reports that quotation; one followed by a quotation reports what follows.
    pytest.param('The council has faced questions about its budget.\n\n"We will not raise taxes again." Reeve said.\n\nThe budget is '
                 'due in March.', [('"We will not raise taxes again."', "Reeve")], id="a-full-stop-for-a-comma"),
    pytest.param('"I was only joking." To which she said, "Fine."', [('"Fine."', "she")], id="a-full-stop-then-what-she-said"),
    # (not a sentence about a thing: "Four films have been announced" says no quotation)
    pytest.param('The discs only work in the new console. "We think buyers would not have bought it on disc," he said. "There are '
                 'people who want it for the portability." Four films have already been announced for the console.',
                 [('"We think buyers would not have bought it on disc," he said. "There are people who want it for the portability."',
                   "he")], id="a-full-stop-then-a-sentence-about-a-thing"),
    # One clause the parser split in two, the second without a subject.
    pytest.param("But Mr Dale believes that detainees currently being held should be entitled to a trial by jury.",
                 [("that detainees currently being held should be entitled to a trial by jury", "Mr Dale")], id="a-clause-split-in-two"),
    # An item of a list of infinitives that the parser hung on the verb of saying.
    pytest.param("Harbour experts said money is desperately needed to develop a plan, educate the public and learn more "
                 "about the tides.",
                 [("money is desperately needed to develop a plan, educate the public and learn more about the tides",
                   "Harbour experts")],
                 id="a-list-of-infinitives"),
    # A clause before a semicolon is not the content of a verb after it (the parser hung it there).
    pytest.param("Yesterday the harbour board told the Portside Courier it was ending its search for the trawler, which is "
                 "outside its remit; the paper also spoke to the coastguard.",
                 [("it was ending its search for the trawler, which is outside its remit", "the harbour board")],
                 id="not-across-a-semicolon"),
])
def test_an_utterance_its_boundaries_and_second_attributions(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                            expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The name a participle gives a common noun is who speaks.
    pytest.param("A man named John Kelleher told reporters that the fire started at noon.",
                 ("A man named John Kelleher", "John Kelleher"), id="named"),
    pytest.param("A woman identified as Eva Ross said the fire started at noon.", ("A woman identified as Eva Ross", "Eva Ross"),
                 id="identified-as"),
    # A thing does not shout: the participle goes with the clause before its comma, whose subject can.
    pytest.param("The first incident came during a speech at the harbour, when protesters interrupted the mayor, shouting "
                 "“Save our pier, save our town!”", ("protesters", None), id="a-thing-does-not-shout"),
])
def test_who_speaks_when_the_subject_is_no_one(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: tuple[str, str | None]) -> None:
    (claim,) = all_claims_of(text, nlp, lexicons, config)
    assert (claim.speaker_text, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "calling X Y" as a participle says Y of X, as "called X Y" does; also with the quoted name
    # parsed as the object's apposition.
    pytest.param("The union attacked the harbour plan, calling it a disgrace.",
                 [("calling", "it a disgrace", "The union")], id="calling-it"),
    pytest.param("The mayor defended the closure, calling the protester “a troublemaker who was looking for a fight.”",
                 [("calling", "the protester “a troublemaker who was looking for a fight.”", "The mayor")],
                 id="calling-a-quoted-apposition"),
    # A participle the parser made the subject of the quotation's verb goes with the verb before its comma.
    pytest.param("Band member Kelleher shared the news on social media last week, writing “Feels great to support someone I "
                 "believe in.”", [("writing", "“Feels great to support someone I believe in.”", "Band member Kelleher")],
                 id="writing-parsed-as-a-subject"),
    # Forms of verbs of saying too rare in the training data ("yelling").
    pytest.param("Some of his supporters pushed a protester out, with the mayor reportedly yelling: “Get him out of here!”",
                 [("yelling", "“Get him out of here!”", "the mayor")], id="yelling"),
])
def test_participles_of_saying_and_calling(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str | None, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb inside a quotation is no attribution of the participle outside it, wherever the
    # parser hung the participle.
    pytest.param("The mayor seemed to be ready to riff on the incident in Galway, telling the crowd, “Some people get a little "
                 "carried away, have you noticed that?”", ("telling", "The mayor"), id="telling-the-crowd"),
    pytest.param("The senator emailed supporters saying: “The struggle continues” and vowing to fight for the harbour next week.",
                 ("vowing", "The senator"), id="vowing-after-a-quotation"),
])
def test_a_quoted_verb_lends_no_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                       expected: tuple[str, str]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    cue, speaker = expected
    assert [c.speaker_text for c in all_claims_of(text, nlp, lexicons, config) if c.cue == cue] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # "accused X of Y", "blamed X for Y": who is charged and with what is what was said.
    pytest.param("The mayor accused the council of hiding the cost of the new pier.",
                 [("accused", "the council of hiding the cost of the new pier", "The mayor")], id="accused-of"),
    pytest.param("Fishermen blamed the port authority for the closure of the harbour.",
                 [("blamed", "the port authority for the closure of the harbour", "Fishermen")], id="blamed-for"),
    pytest.param("Fishermen blamed the closure of the harbour on the port authority.",
                 [("blamed", "the closure of the harbour on the port authority", "Fishermen")], id="blamed-on"),
    # ("for" first: "on" may be part of what is blamed)
    pytest.param("The bank also blamed margins pressure on its mortgage business and spending on its branches over the past year "
                 "for a 1% fall in profits.",
                 [("blamed", "margins pressure on its mortgage business and spending on its branches over the past year for a 1% fall "
                             "in profits", "The bank")], id="blamed-on-for"),
    pytest.param("The mayor attacked the plan, accusing the minister of lying about the cost.",
                 [("accusing", "the minister of lying about the cost", "The mayor")], id="accusing-as-a-participle"),
    # Not a charge left unsaid.
    pytest.param("The police accused him.", [], id="no-charge"),
    # A participle after "by" is the means of the deed it hangs on: its doer speaks, not the teller.
    pytest.param("Kelleher said that the owners are trying to hide their plans by accusing the council of “wrecking the harbour”.",
                 [("said", "that the owners are trying to hide their plans by accusing the council of “wrecking the harbour”",
                   "Kelleher"),
                  ("accusing", "the council of “wrecking the harbour”", "the owners")], id="by-accusing"),
])
def test_a_charge_is_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                          expected: list[tuple[str | None, str, str | None]]) -> None:
    config = keeping_nested(config)  # (cases with a claim inside another)
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After the clause it reports, an inverted verb of saying may be followed by people described
    # by a relative clause, which the parser reads as a clause of their own: they speak.
    pytest.param("The benefits of the new pier would never be delivered, say those who feel the harbour project should be shelved.",
                 [("The benefits of the new pier would never be delivered",
                   "those who feel the harbour project should be shelved")], id="say-those-who"),
    pytest.param("The pier would never pay for itself, say fishermen who feel the project should be shelved.",
                 [("The pier would never pay for itself", "fishermen who feel the project should be shelved")],
                 id="say-people-who"),
])
def test_a_described_speaker_after_an_inverted_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                   expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation after a parenthetical attribution that the sentence goes on after is part of
    # what was said, with the words before the attribution.
    pytest.param("The town's investment in its harbour, Ms. Kelleher said, \"is a perfect example of adapting\" to the "
                 "changing economics of fishing.",
                 [("The town's investment in its harbour, Ms. Kelleher said, \"is a perfect example of adapting\" to the "
                   "changing economics of fishing", "Ms. Kelleher")], id="quotation-inside-the-sentence"),
])
def test_a_quotation_in_a_sentence_around_an_attribution(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence that ends with its source and a verb of saying or finding after a comma reports
    # all before the comma, however the parser read the verb: with the sentence's start hung on it
    # unlabelled, "show" and "notes" tagged as nouns.
    pytest.param("The internet has also made it possible for people with like-minded, if bogus, ideas and theories to organize "
                 "into groups and reach others, she said.",
                 [("said", "The internet has also made it possible for people with like-minded, if bogus, ideas and theories to "
                           "organize into groups and reach others", "she")], id="she-said-hung-on-the-clause"),
    pytest.param("Those who do take on  heavy harbour debts struggle, even with a \"good\" season, he said.",
                 [("said", "Those who do take on  heavy harbour debts struggle, even with a \"good\" season", "he")],
                 id="he-said-after-a-scare-quote"),
    pytest.param("The dredging contract went to a company owned by the mayor's brother, harbour board records show.",
                 [("show", "The dredging contract went to a company owned by the mayor's brother", "harbour board records")],
                 id="records-show"),
    pytest.param("Much of that money came from firms that no longer exist, or from donors who cannot be traced, harbour board "
                 "records show.",
                 [("show", "Much of that money came from firms that no longer exist, or from donors who cannot be traced",
                   "harbour board records")], id="records-show-after-clauses"),
    pytest.param("The fishing fleet cannot expect to easily recover without the council's support, O'Keefe notes.",
                 [("notes", "The fishing fleet cannot expect to easily recover without the council's support", "O'Keefe")],
                 id="notes"),
    # The verb first, then who: a description, with the name set off after it.
    pytest.param("In nearby Cobh, the big Harbour steel plant is hanging on, but it is under intense pressure from cheap imports, "
                 "said the company's chief executive, Mary Kelleher.",
                 [("said", "In nearby Cobh, the big Harbour steel plant is hanging on, but it is under intense pressure from "
                           "cheap imports", "the company's chief executive, Mary Kelleher")], id="said-the-chief-executive"),
    pytest.param("In nearby Cobh, the old fish market is hanging on, but it is under intense pressure from the supermarkets, "
                 "said the market's manager.",
                 [("said", "In nearby Cobh, the old fish market is hanging on, but it is under intense pressure from the "
                           "supermarkets", "the market's manager")], id="said-the-manager"),
    # Between the two halves of what was said, with when and where after the verb.
    pytest.param("These fishermen, Kelleher explained earlier in the council hearing, were “well-paid,” making between $30,000 "
                 "and $60,000 a year.",
                 [("explained", "These fishermen, Kelleher explained earlier in the council hearing, were “well-paid,” making between "
                                "$30,000 and $60,000 a year", "Kelleher")], id="explained-earlier-between-two-halves"),
    # Not a participle describing the noun before it, a saying, a reply too short to report, or a
    # second clause of the sentence.
    pytest.param("The ferry was cancelled after a storm damaged the old pier, a plan announced last year.", [],
                 id="a-participle"),
    pytest.param("Buy the rumour, sell the fact, as the old saying goes.", [], id="as-the-saying-goes"),
    pytest.param("Sorry, Kelleher said.", [], id="too-short"),
    pytest.param("Kelleher said the pier would be finished by May, and the minister said nothing.",
                 [("said", "the pier would be finished by May", "Kelleher")], id="a-second-clause"),
])
def test_a_sentence_signed_after_a_comma(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                         expected: list[tuple[str | None, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Words standing for what was said before are what the verb of saying reports.
    pytest.param("The council's spokesman Dan Kelleher said as much.", [("said", "as much", "The council's spokesman Dan Kelleher")],
                 id="as-much"),
    pytest.param("Six in 10 said the pier was safe, while 73 percent said the same of Ferry Road.",
                 [("said", "the pier was safe", "Six in 10"), ("said", "the same of Ferry Road", "73 percent")], id="the-same-of"),
    pytest.param("A chorus of harbour traders has said the same thing.", [("said", "the same thing", "A chorus")],
                 id="the-same-thing"),
    pytest.param("He said so, and the crowd cheered.", [("said", "so", "He")], id="so"),
    # Not "so far", "so much".
    pytest.param("The mayor said so far the pier had cost $2 million.",
                 [("said", "so far the pier had cost $2 million", "The mayor")], id="so-far-is-no-such-word"),
])
def test_what_was_said_before(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                              expected: list[tuple[str | None, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "what X called Y": Y is what X says the thing is, wherever the clause stands.
    pytest.param("The mayor was more direct in her remarks about the council's rift - what she called ''our quarrels this year.''",
                 [("called", "''our quarrels this year.''", "she")], id="what-she-called-at-the-end"),
    pytest.param("The ferry sank off the pier in what officials called a tragic accident.",
                 [("called", "a tragic accident", "officials")], id="in-what-officials-called"),
    pytest.param("The listing was withdrawn before bidding was to begin on what Kelleher described as a \"piece of harbour "
                 "history.\"", [("described", "a \"piece of harbour history.\"", "Kelleher")], id="what-he-described-as"),
    pytest.param("The mayor is engaging in what critics described as age-old delaying tactics.",
                 [("described", "age-old delaying tactics", "critics")], id="described-as-with-no-article"),
    # So does a relative pronoun standing for what is called so.
    pytest.param("The harbour board put the repair bill at $2.9 million, which Mr. Kelleher called ''a disgrace,'' blaming the "
                 "contractors.", [("called", "''a disgrace,''", "Mr. Kelleher")], id="which-he-called"),
    pytest.param("The vote has upended decades of policy toward the port, a body that the previous mayor, Ann Marlow, called "
                 "''our No.1 local rival.''", [("called", "''our No.1 local rival.''", "the previous mayor")],
                 id="that-she-called"),
    # Not a name given: "what it calls smart folders".
    pytest.param("The harbour board's new app sorts catches into what it calls smart crates.", [], id="a-name-given"),
    # Not what someone asked for.
    pytest.param("The fishermen were angry at what the council called for.", [], id="called-for"),
    # What a verb of calling calls its object, quoted, is what was said of it (PolNeAR's mixed
    # attributions), however the parser hangs the quotation.
    pytest.param("Kell called Acme's statements and actions on Sunday \"childish.\"",
                 [("called", "Acme's statements and actions on Sunday \"childish.\"", "Kell")], id="quotation-after-the-objects-own-words"),
    pytest.param("Okafor, who has called the 12-nation fishing pact \"insanity,\" will speak tonight.",
                 [("called", "the 12-nation fishing pact \"insanity,\"", "who")], id="object-parsed-inside-the-predicate"),
    pytest.param("For that she drew the mayor's anger - he called her \"weak\".", [("called", "her \"weak\"", "he")],
                 id="not-the-clause-before"),
    pytest.param("Councillors were irritated about the lack of detail, with Cllr Ann Marlow calling it a \"wish list.\"",
                 [("calling", "it a \"wish list.\"", "Cllr Ann Marlow")], id="not-the-clause-before-a-participle"),
    pytest.param("Ms. Okafor, who has called Mr. Kelleher's remarks ''deeply cynical,'' did not comment.",
                 [("called", "Mr. Kelleher's remarks ''deeply cynical,''", "who")], id="predicate-parsed-as-an-adjective-after-it"),
    pytest.param("Kelleher described the town as beset by thieves.", [("described", "the town as beset by thieves", "Kelleher")],
                 id="as-and-a-participle"),
    pytest.param("Okafor described the scene as he walked in.", [], id="as-and-a-clause-of-time"),
    pytest.param("Within minutes, he called Kelleher \"Little Danny\" several times.",
                 [("called", "Kelleher \"Little Danny\"", "he")], id="object-and-name"),
    # A name the thing is given is no claim: "a regular series, called "Quick Question"".
    pytest.param("There is also a weekly harbour podcast, called \"Low Tide\".", [], id="a-name-given-to-a-podcast"),
    pytest.param("Kelleher has been linked with the discovery of a current pattern called a \"rip\" off the old pier.", [],
                 id="a-name-given-to-a-noun"),
    pytest.param("A blog, called the \"Harbour Feed,\" anchored by five writers, pumps out articles.", [], id="a-name-set-off"),
    pytest.param("\"Whoever closes the pier has no place on this council!\" wrote a man calling himself Pier Pete.",
                 [("wrote", "\"Whoever closes the pier has no place on this council!\"", "a man")],
                 id="a-name-taken"),
    pytest.param("Okafor leads by 21 points among those describing themselves as somewhat conservative.",
                 [("describing", "themselves as somewhat conservative", "those")], id="how-they-describe-themselves"),
])
def test_what_someone_called_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                expected: list[tuple[str | None, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bracket closing an aside the content does not open is not said.
    pytest.param("Mr. Webb and Mr. Kell are playing the riders to the port's Trojan horse (or, as The Daily Gazette called them "
                 "in an article last week, ''harbour anchors'').", [("called", "''harbour anchors''", "The Daily Gazette")],
                 id="an-aside"),
    # A smiley's bracket is.
    pytest.param("\"It is not as exciting as it sounds. But in that case I get to be the harbour master. :-)\" he wrote.",
                 [("wrote", "\"It is not as exciting as it sounds. But in that case I get to be the harbour master. :-)\"", "he")],
                 id="a-smiley"),
])
def test_an_asides_closing_bracket_is_not_said(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: list[tuple[str | None, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence opened by the question put to its subject reports that question, asked by
    # someone unnamed; the answer is the subject's own claim.
    pytest.param("Asked whether the pier would reopen, Kelleher said the council had not decided.",
                 [("Asked", "whether the pier would reopen", None, "none"),
                  ("said", "the council had not decided", "Kelleher", "explicit")], id="asked-whether"),
    pytest.param("Kelleher, when asked whether the pier would reopen, said the council had not decided.",
                 [("asked", "whether the pier would reopen", None, "none"),
                  ("said", "the council had not decided", "Kelleher", "explicit")], id="when-asked-set-off"),
    pytest.param("Asked on local radio who leads the council in his view, he said Okafor.",
                 [("Asked", "who leads the council in his view", None, "none")], id="asked-where-then-who"),
    # A named asker is the cue's own claim's speaker.
    pytest.param("Asked by the presenter to respond to the council's criticism, Kelleher said the pier was safe.",
                 [("Asked", "to respond to the council's criticism", "the presenter", "nominal"),
                  ("said", "the pier was safe", "Kelleher", "explicit")], id="asked-by"),
    # Not a question that is someone's own.
    pytest.param("He asked whether the pier would reopen.", [("asked", "whether the pier would reopen", "He", "pronoun")],
                 id="he-asked"),
    # The unnamed asker takes no turn: a quotation after the question goes on with the last speaker.
    pytest.param('Harbour master Ola Brekke said the council should run the pier. Asked about the new fees for trawlers, he '
                 'shrugged. "Nobody likes paying more, but the pier must pay for itself."',
                 [("said", "the council should run the pier", "Harbour master Ola Brekke", "explicit"),
                  ("Asked", "the new fees for trawlers", None, "none"),
                  (None, '"Nobody likes paying more, but the pier must pay for itself."', "Harbour master Ola Brekke",
                   "continuation")], id="no-turn-of-the-asker"),
])
def test_a_question_put_by_someone_unnamed(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str, str, str | None, str]]) -> None:
    assert [(c.cue, c.quote_text, c.speaker_text, c.attribution) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "… and added, "…"": the added quotation (a comma before it) is the teller's second claim,
    # not the end of the reported clause, which the parser hung it on.
    pytest.param('In a prison interview last year, Kelleher said he welcomed the inquiry and added, "I will tell them '
                 'everything, no problem."',
                 [("he welcomed the inquiry", "Kelleher"), ('"I will tell them everything, no problem."', "Kelleher")],
                 id="and-added-comma"),
    # A quotation after a colon that is signed on its own leaves the clause before the colon to the first verb.
    pytest.param('But she said she was too busy to look for the old invoices: "I have a harbour to run. Good luck with '
                 'the story," she wrote.',
                 [("she was too busy to look for the old invoices", "she"),
                  ('"I have a harbour to run. Good luck with the story,"', "she")], id="colon-then-signed-quotation"),
    # A name opening the sentence with a long description of it before the verb (the parser hung
    # the name on a verb of the description).
    pytest.param("The strike enjoys some support. Ola Brekke, head of North Sea Trawlers, a group that has backed Mrs. "
                 "Okafor and that has been sending its boats along the coast to campaign for her, also said the pier "
                 "should reopen.", [("the pier should reopen", "Ola Brekke")], id="long-description"),
    # The parser made the name the sentence's head and its verb a description of it.
    pytest.param("Ola Brekke, who is running for the harbour council, tweeted on Friday to say he had never backed the "
                 "new fees.", [("he had never backed the new fees", "Ola Brekke")], id="name-as-the-sentence-head"),
])
def test_the_speaker_and_content_the_parser_split_apart(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of saying earlier in the quotation's sentence, with a named subject or doer, that the
    # parser did not hang the quotation on.
    pytest.param('Accepting his best supporting actor prize, Hanley described director Maria Lindqvist as "one of the '
                 'greatest storytellers of her generation".',
                 [('"one of the greatest storytellers of her generation"', "Hanley")], id="described-as"),
    pytest.param('The ferry - which will be available from 22 January - was described by Okafor as "BYOB... bring your '
                 'own bike, bags and boots".', [('"BYOB... bring your own bike, bags and boots"', "Okafor")],
                 id="passive-by"),
    pytest.param('Our harbour rules are not perfect, but as Churchill points out they are "better than all the others '
                 'that have been tried".', [('"better than all the others that have been tried"', "Churchill")],
                 id="as-someone-points-out"),
    # Not a verb before a comma: the quotation is the next clause's subject's.
    pytest.param('After Mayor Okafor criticized the ferry company during a debate, Brekke shot back, "I suppose I could '
                 'have chosen to run a quieter port, but I chose this one."',
                 [("the ferry company", "Mayor Okafor"),
                  ('"I suppose I could have chosen to run a quieter port, but I chose this one."', "Brekke")],
                 id="not-across-a-comma"),
])
def test_a_quotation_after_a_verb_of_saying_the_parser_did_not_link(nlp: Language, lexicons: Lexicons, config: Config,
                                                                     text: str, expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected", "nested"), [
    # Speech reported inside what someone else said is part of that account: one claim, the
    # outer speaker's, as PolNeAR annotates it ...
    pytest.param("Ms Lund said that the mayor once described the new pier as “the finest in the north” when she was "
                 "harbour master.",
                 [("said", "that the mayor once described the new pier as “the finest in the north” when she was harbour master",
                   "Ms Lund")],
                 [("said", "that the mayor once described the new pier as “the finest in the north” when she was harbour master",
                   "Ms Lund"),
                  ("described", "the new pier as “the finest in the north” when she was harbour master", "the mayor")],
                 id="someone-else-inside-what-was-said"),
    pytest.param('Mr Reeve told councillors that "every independent expert" from the Harbour Trust to the Coastal Institute '
                 'had suggested the "pier was failing faster than anyone admitted".',
                 [("told", 'that "every independent expert" from the Harbour Trust to the Coastal Institute had suggested the '
                   '"pier was failing faster than anyone admitted"', "Mr Reeve")],
                 [("told", 'that "every independent expert" from the Harbour Trust to the Coastal Institute had suggested the '
                   '"pier was failing faster than anyone admitted"', "Mr Reeve"),
                  ("suggested", 'the "pier was failing faster than anyone admitted"', "every independent expert")],
                 id="a-quoted-phrase-as-the-inner-speaker"),
    # ... and so is the speaker's own word for something inside their claim.
    pytest.param('Harbour master Ola Brekke condemned what he called a "reckless breach" of the fishing rules.',
                 [("condemned", 'what he called a "reckless breach" of the fishing rules', "Harbour master Ola Brekke")],
                 [("condemned", 'what he called a "reckless breach" of the fishing rules', "Harbour master Ola Brekke"),
                  ("called", 'a "reckless breach" of the fishing rules', "he")],
                 id="what-the-speaker-called-it"),
    # (an infinitive the parser gave the outer speaker is no participle going on with the claim)
    pytest.param("Mayor Ana Ruiz also insisted in the same interview that Tom Reid was wrong to say he had saved the harbour.",
                 [("insisted", "that Tom Reid was wrong to say he had saved the harbour", "Mayor Ana Ruiz")],
                 [("insisted", "that Tom Reid was wrong to say he had saved the harbour", "Mayor Ana Ruiz"),
                  ("say", "he had saved the harbour", "Mayor Ana Ruiz")], id="an-infinitive-inside"),
    # ... and a share of those asked, inside what a poll found.
    pytest.param("A harbour board poll showed that 72 percent of fishermen said the new fees were too high.",
                 [("showed", "that 72 percent of fishermen said the new fees were too high", "A harbour board poll")],
                 [("showed", "that 72 percent of fishermen said the new fees were too high", "A harbour board poll"),
                  ("said", "the new fees were too high", "72 percent")],
                 id="a-share-of-those-asked"),
    # Not a relay: the paper passes the minister's words on.
    pytest.param("The Harbour Gazette reported that the minister said the ferry talks had failed.",
                 [("reported", "that the minister said the ferry talks had failed", "The Harbour Gazette"),
                  ("said", "the ferry talks had failed", "the minister")], None, id="a-relay"),
    # Not a participle going on with the claim after a comma: a claim of its own.
    pytest.param("Councillor Tom Ayre blamed the press for making a story out of the vote, saying reporters had missed "
                 "the point.",
                 [("blamed", "the press for making a story out of the vote", "Councillor Tom Ayre"),
                  ("saying", "reporters had missed the point", "Councillor Tom Ayre")], None, id="a-participle-after-a-comma"),
    # Not speech inside someone else's stance: the police said it, whatever he decided.
    pytest.param("He decided to back the plans as the police said they would help fight crime on the harbour.",
                 [("decided", "to back the plans as the police said they would help fight crime on the harbour", "He"),
                  ("said", "they would help fight crime on the harbour", "the police")], None, id="inside-a-stance"),
])
def test_a_claim_inside_another_speakers_claim_is_part_of_it(
        nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[tuple[str, str, str | None]],
        nested: list[tuple[str, str, str | None]] | None) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected
    # With `nested_claims` the inner claim is kept too (`None`: as without).
    assert cue_content_speaker(text, nlp, lexicons, keeping_nested(config)) == (expected if nested is None else nested)


def test_a_participle_going_on_with_a_claim_stays_inside_it(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The participle shares the verb's speaker, after a dash as after a comma: a claim of its own
    # even where the parser ran the verb's content over it.
    text = "The union criticised the plan - which may affect ferry crews - saying the harbour firm was profitable."
    assert ("saying", "the harbour firm was profitable", "The union") in cue_content_speaker(text, nlp, lexicons, config)


def test_a_joined_clause_with_its_own_speaker_is_no_nested_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser hung the clause after "and" inside what the office argued: the groups' claim is
    # still theirs, not part of the office's.
    text = ('The Port Audit Office argued the whole ferry pricing system was "deeply unfair" and all four of the council groups '
            'have said the system has to change.')
    assert ("said", "the system has to change", "all four of the council groups") in cue_content_speaker(text, nlp, lexicons, config)


@pytest.mark.parametrize(("text", "expected"), [
    # Any verb ends an attribution right after a quotation closed by a comma; the next quotation's
    # verbs ("tell") are no cue of it.
    pytest.param("Jeb Bush attacked Donald Trump over the parking lot. “Jeb wants to be a tough guy tonight,” Trump shot back. "
                 "“Let me tell you something.”",
                 ("direct", "“Jeb wants to be a tough guy tonight,” Trump shot back. “Let me tell you something.”", "Trump",
                  "explicit", "Trump"), id="shot-back"),
    pytest.param("Dorothy Woods defended her remarks on Sunday. “The way I see it,” she elaborated, “no one ever questioned "
                 "his sacrifice or his service.”",
                 ("direct", "“The way I see it,” she elaborated, “no one ever questioned his sacrifice or his service.”", "she",
                  "pronoun", "Dorothy Woods"), id="she-elaborated"),
    # An age standing for the person: "the 43-year-old".
    pytest.param("Comedian Paul Hart posted the clip on Thursday. “Who would pay for a wall like that?” the 43-year-old asked "
                 "in a video posted online.",
                 ("direct", "“Who would pay for a wall like that?”", "the 43-year-old", "nominal", "Comedian Paul Hart"),
                 id="the-43-year-old"),
])
def test_an_attribution_after_a_quotation_the_parser_did_not_link(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                  expected: tuple[str, str, str | None, str, str | None]) -> None:
    assert summary(all_claims_of(text, nlp, lexicons, config)[-1], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pronoun leading into a quotation with a colon speaks it (resolved as any "he"), whatever the verb.
    pytest.param("Mayor Tom Hale toured the flooded streets. Asked which district was worst hit, he demurred: “Every one of "
                 "them has suffered this week.”",
                 ("direct", "“Every one of them has suffered this week.”", "he", "pronoun", "Tom Hale"), id="he-demurred"),
    # Someone described, not named, leading in with a colon speaks too: not the speaker before.
    pytest.param("But Linda Marsh, who runs a bakery on the High Street, disagreed. “Nobody asked us anything,” she told "
                 "the Echo.\n\nHer neighbour, a florist, was blunter: \"It's going to kill trade.\"",
                 ("direct", "\"It's going to kill trade.\"", "Her neighbour", "nominal", None), id="her-neighbour-was-blunter"),
    pytest.param("Mayor Tom Hale defended the plan. “It will pay for itself,” he said.\n\nOne resident was less sure: "
                 "“We will be paying for it for decades.”",
                 ("direct", "“We will be paying for it for decades.”", "One resident", "nominal", None), id="one-resident-was-less-sure"),
    # (the colon hung on the quotation's verb: the lead-in's verb is found from its last word,
    # also past two spaces)
    pytest.param("As if addressing the tycoon directly, the Iowa Board of Elections was conclusive in its findings: “Further "
                 "debate on this question is unnecessary.”",
                 ("direct", "“Further debate on this question is unnecessary.”", "the Iowa Board of Elections", "explicit",
                  "Iowa Board of Elections"), id="board-was-conclusive"),
    pytest.param("As if addressing the senator directly, the Texas Board of Elections was clear in its findings:  “Further "
                 "discussion of this issue is pointless.”",
                 ("direct", "“Further discussion of this issue is pointless.”", "the Texas Board of Elections", "explicit",
                  "Texas Board of Elections"), id="board-was-clear-two-spaces"),
    # After a quotation's "?", a capitalised "He said:" starts a sentence introducing the next quotation.
    pytest.param('Coach Rafael Ortiz was asked about the defeat. "I spoke to the players and told them we can still win the '
                 'league. Why not?" He said: "We need winners here and everyone thinking only of winning."',
                 ("direct", '"We need winners here and everyone thinking only of winning."', "He", "pronoun", "Rafael Ortiz"),
                 id="why-not-he-said"),
    # A name past a party and state in brackets speaks for a verb the parser left without a subject.
    pytest.param("Tuesday on a Milwaukee radio show, while discussing a controversial tweet from the nominee featuring an "
                 "image of the senator, money and a six-pointed star likened to a religious symbol, Speaker of the House Rep. "
                 "Tom Keller (R-OH) said “hateful images, they have no place in a presidential campaign.”",
                 ("direct", "“hateful images, they have no place in a presidential campaign.”", "Tom Keller (R-OH)", "explicit",
                  "Tom Keller"), id="party-and-state"),
])
def test_a_speaker_leading_into_a_quotation(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: tuple[str, str, str | None, str, str | None]) -> None:
    assert summary(all_claims_of(text, nlp, lexicons, config)[-1], text) == expected


def test_a_song_before_a_question_is_sung(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The first verb after the quotation ends its attribution, whatever verb of saying comes later;
    # a complement of it in the next quotation is what it goes on to say.
    text = ("Singer Mary Blige met Hillary Clinton in Los Angeles. “Promise mama you will keep your hands in sight,” Blige "
            "sings to Clinton before asking her, “I just want to know, where do we go from here?”")
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("sings", "“Promise mama you will keep your hands in sight,”", "Blige"),
        ("asking", "“I just want to know, where do we go from here?”", "Blige")]


def test_a_question_before_a_new_sentence_keeps_its_own_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ('Coach Rafael Ortiz was asked about the defeat. "I spoke to the players and told them we can still win the '
            'league. Why not?" He said: "We need winners here and everyone thinking only of winning."')
    first, second = all_claims_of(text, nlp, lexicons, config)
    assert first.quote_text.endswith('Why not?"') and first.cue is None
    assert second.cue == "said" and second.quote_text.startswith('"We need')


def test_a_woman_named_in_a_claim_outdoes_a_speaker_of_unknown_gender(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "she attacked" inside the governor's claim is the senator (a known woman's name between them),
    # not the governor, whose first name says nothing; so "he said" later is still the governor.
    text = ("Governor Chris Hale described Senator Hillary Marsh as a “disgrace” after she attacked police officers across "
            "the country and blamed shootings on “implicit bias.”\n\nHale, who has campaigned heavily for nominee Donald "
            "Trump since he suspended his own campaign in February, blasted Marsh as a “disgrace” on Wednesday on a radio "
            "show.\n\n“She is a disgrace. She is a disgrace and those comments are a disgrace,” he said.")
    assert last_antecedent(text, nlp, lexicons, config) == "Hale"


def test_a_capitalised_pronoun_after_a_question_still_signs_it(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # (only "He said:" with a colon introduces the next quotation instead)
    text = "Then there is David Axelrod. “Too forced?” He tweeted when Clinton ended a debate last December with a reference to a film."
    assert summary(all_claims_of(text, nlp, lexicons, config)[-1], text) == (
        "direct", "“Too forced?”", "He", "pronoun", "David Axelrod")


@pytest.mark.parametrize(("text", "expected"), [
    # A passive of reporting with a verb of saying under it: the subject said the quotation the
    # parser hung on the passive, and the verb of saying is the cue.
    pytest.param('The minister is reported to have said: "We will not back down on this."',
                 [("said", '"We will not back down on this."', "The minister")], id="reported-to-have-said"),
    pytest.param('Mr Brown is said to have told friends: "I will never forgive him for this."',
                 [("told", '"I will never forgive him for this."', "Mr Brown")], id="said-to-have-told"),
    pytest.param('In the book Mr Brown is alleged to have told the prime minister: "There is nothing you could ever say to me now '
                 'that I could ever believe."',
                 [("told", '"There is nothing you could ever say to me now that I could ever believe."', "Mr Brown")],
                 id="alleged-to-have-told"),
    pytest.param("Mr Brown is said to have told colleagues that the budget would be balanced.",
                 [("told", "that the budget would be balanced", "Mr Brown")], id="with-a-that-clause"),
    # (what someone is said to have done is said by no one named)
    pytest.param("Staff were said to have lied about the figures.", [("said", "to have lied about the figures", None)],
                 id="said-to-have-lied"),
])
def test_a_speaker_raised_by_a_passive_of_reporting(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


def test_a_quotation_describing_the_speaker_is_no_part_of_the_turn(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The phrase quoted in the speaker's description is a quotation of its own, not the end of
    # what was said (which ran over the attribution to it).
    text = ('All day, voters waited for hours in long lines. "It was truly shameful," said Leslie Feldman, 34, a plaintiff in '
            'the lawsuit who waited in an "extraordinarily long line snaking in, out and around" the building.')
    said = all_claims_of(text, nlp, lexicons, config)[0]
    assert (said.cue, said.quote_text, said.speaker_text) == ("said", '"It was truly shameful,"', "Leslie Feldman")


@pytest.mark.parametrize(("text", "expected"), [
    # Set off by a comma after the attribution, the quotation goes on with the first.
    pytest.param('"Broadband is moving the internet into home life," said Karen Thomson, chief executive of AOL UK, "with many '
                 'people spending time on their computers as they might switch on the radio."',
                 ("said", '"Broadband is moving the internet into home life," said Karen Thomson, chief executive of AOL UK, "with '
                  'many people spending time on their computers as they might switch on the radio."', "Karen Thomson"),
                 id="set-off-by-a-comma"),
    # In the speaker's own clause of saying, the quotation is what was said.
    pytest.param('Jack Straw, who argues the constitution reflected a "British vision for Europe" and gives "national governments '
                 'a stronger grip", has said the referendum could be held in spring 2006.',
                 ("argues", 'the constitution reflected a "British vision for Europe" and gives "national governments a stronger '
                  'grip"', "who"), id="in-the-speakers-clause"),
])
def test_a_quotation_near_the_speaker_that_goes_on_with_the_claim(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    first = all_claims_of(text, nlp, lexicons, config)[0]
    assert (first.cue, first.quote_text, first.speaker_text) == expected


def test_a_past_tense_before_a_quotation_is_its_nouns_own_verb(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # Parsed as "a man (who was) yelled", the subject of "Stay": the man yelled it.
    text = "Some in the crowd booed. When Rubio thanked Miami and said it was great to be home, a man yelled “Stay there!”"
    assert cue_content_speaker(text, nlp, lexicons, config)[-1] == ("yelled", "“Stay there!”", "a man")


@pytest.mark.parametrize(("text", "expected"), [
    # "own" ties the possessive to the subject of what it says, whoever spoke before.
    pytest.param("Moscow has repeatedly called for a ceasefire. According to its own account, Russia now has its own evidence "
                 "of the presence of mercenaries in the region.", "Russia", id="its-own-account"),
    # (without "own", the body named before, as for "it")
    pytest.param("Moscow has repeatedly called for a ceasefire. According to its account, Russia now has evidence of "
                 "mercenaries in the region.", "Moscow", id="its-account"),
])
def test_whose_own_account(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name right before a participle hung on the verb, after "about", "over", "after": its subject.
    pytest.param("On the show, Dr. Thomas Williams will be interviewed about Pope Francis calling Christmas a sham.",
                 ("calling", "Christmas a sham", "Pope Francis"), id="about-a-name-calling"),
    # (not after "to": whoever spoke to the agency said it)
    pytest.param("He spoke to Reuters saying the deal was done.", ("saying", "the deal was done", "He"), id="spoke-to-reuters"),
    # (nor after a comma: the participle goes on with the subject)
    pytest.param("The minister hit back at Labour, saying the plan was costed.", ("saying", "the plan was costed", "The minister"),
                 id="after-a-comma"),
    # A question's auxiliary that the parser hung on the verb after the quotation does not make
    # that verb a passive: the name after it asks.
    pytest.param('Paul Reyes met the party officials.\n\n"Is Senator Lopez running against the Democratic Party?" asked Mr. '
                 'Reyes, referring to her attacks.',
                 ("asked", '"Is Senator Lopez running against the Democratic Party?"', "Mr. Reyes"), id="asked-name-participle"),
    # A closing mark of two apostrophes ends the quotation as one of one character does.
    pytest.param("Paul Reyes met the party officials.\n\n''Is Maria Lopez running against the Democratic National Committee?'' "
                 "asked Mr. Reyes, referring to her attacks.",
                 ("asked", "''Is Maria Lopez running against the Democratic National Committee?''", "Mr. Reyes"),
                 id="two-apostrophes"),
    # "last month" before the verb says when: the name before the relative clause says it (the
    # parser hung the name on the clause's second verb).
    pytest.param('"That never goes well," Beck said.\n\nBeck, who supported Sen. Rand Paul, R-Ky., and virulently opposed '
                 'Trump during the Republican primaries, last month said Trump was seeking to build either a rebellious '
                 'movement or a radio empire.',
                 ("said", "Trump was seeking to build either a rebellious movement or a radio empire", "Beck"),
                 id="relative-clause-last-month"),
    # "at one point" is when the participle happened: the subject of the verb before does it.
    pytest.param('Mayor Dunn has fought with the casino over the city\'s debts, at one point calling its owner a "crook" '
                 'who could not be trusted.', ("calling", 'its owner a "crook" who could not be trusted', "Mayor Dunn"),
                 id="at-one-point-calling"),
    # "many" set off before the verb, parsed as describing it: the many argue.
    pytest.param("That attitude, many argue, could carry constitutional implications if the mayor wins again.",
                 ("argue", "That attitude, many argue, could carry constitutional implications if the mayor wins again", "many"),
                 id="many-argue"),
    # A poll's share, parsed as an apposition of the group after "Among", says it.
    pytest.param("Among registered Democratic voters, about two-thirds, 66 percent, say they will vote for the senator.",
                 ("say", "they will vote for the senator", "66 percent"), id="share-among-voters"),
    # A name before an aside in brackets that the parser read as the clause: the name speaks.
    pytest.param("Sen. Chris Moody (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was "
                 "unfocused in his first weeks.", ("says", "he was unfocused in his first weeks", "Sen. Chris Moody"),
                 id="name-before-brackets"),
    # A participle joined to another on a verb with a subject: that subject tells.
    pytest.param("I'm old enough to remember President Jimmy Carter going on TV on April 18, 1977, declaring a ''moral "
                 "equivalent of war'' on waste, and telling Americans that ''we need to save energy at home.''",
                 ("telling", "that ''we need to save energy at home.''", "President Jimmy Carter"), id="joined-participles"),
    # An indefinite noun with a place after it, the parsed subject of the verb after a quotation: who asks.
    pytest.param('The aides gathered.\n\n"Will she be the next secretary of state?" a Republican aide in the room wondered.',
                 ("wondered", '"Will she be the next secretary of state?"', "a Republican aide in the room"), id="an-aide-in-the-room"),
    # The comma before a nested quotation's closing mark and a space closes the quotation like a comma.
    pytest.param("He spoke on Monday.\n\n\"My father made the donation. This would be why he is the 'Title Sponsor,' \" Eric Lowe "
                 "wrote of the 2010 gala.",
                 ("wrote", "\"My father made the donation. This would be why he is the 'Title Sponsor,' \"", "Eric Lowe"),
                 id="nested-closing-mark"),
    # The first of three listed verbs parsed as a clause of the second: its subject says the third.
    pytest.param("Trump further summed up Warren as “terrible,” denounced her record as a senator and said she should not "
                 "even be allowed to run for office.",
                 ("said", "she should not even be allowed to run for office", "Trump"), id="first-of-listed-verbs"),
    # What a passive of hearsay reports its subject called: the subject's claim.
    pytest.param("President Dan Moore also is reported to have called the Saudis “free riders” who rely too much on U.S. "
                 "military aid.", ("called", "the Saudis “free riders” who rely too much on U.S. military aid", "President Dan Moore"),
                 id="reported-to-have-called"),
    # A verb of saying right after a plural noun, in a relative clause without "that": the noun says it
    # (and the amount before it is the phrase before's).
    pytest.param("He raised $525,000. That's a small fraction of the minimum $20 million experts say it costs to run statewide.",
                 ("say", "it costs to run statewide", "experts"), id="experts-say-without-that"),
    # "since Clinton, at …, cited" parsed as "since Clinton" and a verb joined without "and": Clinton cites.
    pytest.param("Smith has been targeting Lopez since Warren, at Monday’s debate, cited derogatory comments Smith had made "
                 "about Lopez after she gained weight.",
                 ("cited", "derogatory comments Smith had made about Lopez after she gained weight", "Warren"),
                 id="since-name-aside-verb"),
    # (not a noun ending the subject's description: the sources say it)
    pytest.param("But while Republicans are happily supporting the delay, multiple sources privy to negotiations say it’s the "
                 "Democratic leaders in Congress who want it.",
                 ("say", "it’s the Democratic leaders in Congress who want it", "multiple sources"), id="sources-privy-to-negotiations"),
    # An age set off after the name between the quotation and the verb: the name still speaks.
    pytest.param("The anchor has been attacking the real estate tycoon for months.\n\n“We were tremendously wrong to not have "
                 "confronted him from the beginning,” Ramos, 58, told AFP in an interview.",
                 ("told", "“We were tremendously wrong to not have confronted him from the beginning,”", "Ramos"), id="name-age-told"),
    # A participle opening the sentence, parsed as its subject, and the name set off after its phrase:
    # the name speaks (hung on the participle or on its object).
    pytest.param('Welcoming the ruling, Maeve Sherlock, chief executive of the Roma Council, said: "Abuses against the Roma in '
                 'Eastern Europe are well documented, and it is troubling."',
                 ("said", '"Abuses against the Roma in Eastern Europe are well documented, and it is troubling."', "Maeve Sherlock"),
                 id="welcoming-the-ruling-name-said"),
    pytest.param('Welcoming the verdict, Aine Sherlock, chief executive of the Refugee Council, said: "Abuses against the Roma are '
                 'well documented."', ("said", '"Abuses against the Roma are well documented."', "Aine Sherlock"),
                 id="welcoming-the-verdict-name-said"),
    # ... and a participle of saying before the name, its comma lost, is no part of the name.
    pytest.param("Commenting Mr Mackay said sponsored results must be clearly marked.",
                 ("said", "sponsored results must be clearly marked", "Mr Mackay"), id="commenting-name-said"),
    # A name right after a quotation parsed as the sentence's head, its verb as a participle: the name's verb.
    pytest.param('"The mayor needs a strategy for targeting Green voters," Nate Silver, the polling guru who founded '
                 'fivethirtyeight.com, tweeted on Friday.',
                 ("tweeted", '"The mayor needs a strategy for targeting Green voters,"', "Nate Silver"), id="name-guru-tweeted"),
    # The participle after the name parsed as the sentence's verb, the verb of saying set beside it: the name says.
    pytest.param("But Sen. Lena Marsh (D-Ore.), noting the size of Okafor's following, said, \"Let me tell you, he's got a heck of "
                 "an email list.\"", ("said", "\"Let me tell you, he's got a heck of an email list.\"", "Sen. Lena Marsh"),
                 id="name-noting-said"),
    # "…, then says …" goes on with the doer of what came first (parsed as what is said).
    pytest.param("Hale jokingly offered the man a job as Secretary of Transport, then says he'll welcome advice from anyone who "
                 "wants to talk to him.", ("says", "he'll welcome advice from anyone who wants to talk to him", "Hale"),
                 id="did-then-says"),
    # Who goes out of their way to say it says it; so for who is back to implying it.
    pytest.param("He reassured voters that their pensions were not imperiled. He went out of his way to say that Portmere's "
                 "economy had hit bottom this year.", ("say", "that Portmere's economy had hit bottom this year", "He"),
                 id="out-of-his-way-to-say"),
    pytest.param("And then, at the end of the day, Lopez was back to implying that Warren had lied about the meeting.",
                 ("implying", "that Warren had lied about the meeting", "Lopez"), id="back-to-implying"),
    # A verb of saying too rare in PolNeAR to be learned, before a colon.
    pytest.param('The timing was so odd that a spokesman for Ann Cole could only quip: "I guess the town hall was booked."',
                 ("quip", '"I guess the town hall was booked."', "a spokesman"), id="could-only-quip"),
    # A verb joined to one whose subject the parser took for a conjunction's object ("after Lopez"): that subject's.
    pytest.param("Even after Lopez, responding to a surging Warren, dropped her reluctance to debate and agreed to take part in "
                 "six of them, Warren kept attacking her.", ("agreed", "to take part in six of them", "Lopez"),
                 id="after-name-aside-verb-and-verb"),
    # A name's relative clause with commas of its own before the verb: the name speaks, not the
    # subject of the clause said (parsed as an inverted "…, said Mr. Walsh").
    pytest.param("Mr. Kessler, whose latest start-up, Gridwise, uses big data to help brands find suppliers, said Mr. Walsh was a "
                 "candidate very much in the spirit of Silicon Valley.",
                 ("said", "Mr. Walsh was a candidate very much in the spirit of Silicon Valley", "Mr. Kessler"), id="whose-aside-with-commas"),
    # An infinitive of purpose is the deed of its verb's subject, not of the sentence's.
    pytest.param("The Smith campaign has denied it happened, with Gomez taking to Twitter to call Fields “totally delusional” "
                 "for the accusation.", ("call", "Fields “totally delusional” for the accusation", "Gomez"), id="taking-to-twitter-to-call"),
    # An aside between dashes, parsed as the sentence, hides the name before it.
    pytest.param("And Ginepri - six years older than the youngest player to ever win a junior slam and top the global standings - "
                 "admitted he was impressed.", ("admitted", "he was impressed", "Ginepri"), id="an-aside-between-dashes"),
    # A surname set off from its verb by an adverb between commas, tagged an adverb itself.
    pytest.param("Ashby boss Sean Tully was furious with the officials.\n\nTully, meanwhile, confirmed that striker Dan Ogle "
                 "would miss the next month with a hamstring injury.",
                 ("confirmed", "that striker Dan Ogle would miss the next month with a hamstring injury", "Tully"),
                 id="surname-meanwhile"),
])
def test_a_speaker_the_parse_lost_track_of(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                          expected: tuple[str, str, str]) -> None:
    # (cue, content, speaker as written) of the last claim, where the parse hid who speaks.
    assert cue_content_speaker(text, nlp, lexicons, config)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The fact checker looked at what the candidates said.\n\n"Almost all new income is going to the top 1 percent of '
                 'earners in this country."\n\n- Bernie Sanders.\n\nThe senator is citing a study by two economists.',
                 [('"Almost all new income is going to the top 1 percent of earners in this country."', "Bernie Sanders",
                   "explicit")], id="dash-name-period"),
    pytest.param('Both spoke about banks.\n\n"I went to Wall Street before the crash and warned them."\n\n— Clinton\n\nShe did.',
                 [('"I went to Wall Street before the crash and warned them."', "Clinton", "explicit")], id="em-dash-surname"),
    # ... with who or where they are after a comma, the dash glued to the name.
    pytest.param('Quotable.\n\n"The whole idea of a \'Crooked Cole\' is something that we hear about all the time, and it needs to '
                 'stop."\n\n-Michelle Marks, Philadelphia.',
                 [('"The whole idea of a \'Crooked Cole\' is something that we hear about all the time, and it needs to stop."',
                   "Michelle Marks", "explicit")], id="dash-name-comma-place"),
    pytest.param('Quotable.\n\n"Great speech. She\'s tested. She\'s ready. She never quits."\n\n-President Obama, tweeting after '
                 "Cole's speech.", [('"Great speech. She\'s tested. She\'s ready. She never quits."', "President Obama", "explicit")],
                 id="dash-title-name-comma-description"),
    # (a quotation with an attribution of its own keeps it; a byline after a paragraph of the writer's signs nothing)
    pytest.param('"We will look into it," Ann Cole said.\n\n- Tom Drake.', [('"We will look into it,"', "Ann Cole", "explicit")],
                 id="attributed-quotation-before-a-byline"),
    pytest.param("The vote was delayed again on Tuesday.\n\n- Tom Drake.", [], id="byline-after-the-writers-paragraph"),
])
def test_a_quotation_signed_on_the_line_after_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    # A paragraph of only a dash and a name after a quotation with no attribution (fact checks,
    # epigraphs) signs it: (content, speaker as written, attribution).
    assert [(c.quote_text, c.speaker_text, c.attribution) for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_a_list_of_names_opened_by_dashes(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # A poll digest's list: the dash glued to each name is no part of the speaker (nor is the line break).
    text = ("Polls this week.\n\n-Lynn Vavreck finds that bringing up gender in the election hurts Trump. [NYT]\n-Matthew "
            "Yglesias thinks Trump will cause long term damage to the party. [Vox]")
    assert [(c.cue, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)] == [
        ("finds", "Lynn Vavreck"), ("thinks", "Matthew Yglesias")]


def test_a_quotation_closed_by_a_bracketed_stop_ends_its_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # `…[.]"` closes the sentence as `…."` does: the next sentence's verb is no part of the first claim.
    text = ('Public health expert Ana Ruiz said naming the virus after the city would place "tremendous stigmatization on the '
            'people of the city who are the victims[.]" She went on to say, "People tend to think of the disease as belonging '
            'to some group of people."')
    assert cue_content_speaker(text, nlp, lexicons, config) == [
        ("said", 'naming the virus after the city would place "tremendous stigmatization on the people of the city who are the '
                 'victims[.]"', "Public health expert Ana Ruiz"),
        ("say", '"People tend to think of the disease as belonging to some group of people."', "She")]


def test_a_surname_the_tagger_misread_leads_into_a_quotation(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "Sanders", tagged a plural noun, is the surname of a person the article names in full: he
    # leads into the quotation after his comma (it had been taken for the last speaker's turn).
    text = ('Bernie Sanders and Hillary Clinton clashed over Wall Street. When Sanders accused Clinton of being too reliant on '
            'Wall Street, she said "I stood up against the behavior of the banks" for reckless transactions. Sanders shot '
            'back, "Secretary Clinton called them out. Oh my goodness, they must have been really crushed by that."')
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.quote_text, last.speaker_text, last.attribution, antecedent_of(last, text)) == (
        '"Secretary Clinton called them out. Oh my goodness, they must have been really crushed by that."', "Sanders",
        "explicit", "Sanders")


@pytest.mark.parametrize(("text", "expected"), [
    # A past tense after a name's apposition, before a colon, parsed as a participle describing
    # the name: the name's own verb.
    pytest.param("Linda Park, the 2014 Democratic nominee, tweeted in response: \"Important difference: the governor cuts "
                 "schools and clinics; our mayors cut waste.\"",
                 ("tweeted", '"Important difference: the governor cuts schools and clinics; our mayors cut waste."', "Linda Park"),
                 id="apposition-tweeted-colon"),
    # "surprised" tagged an adjective: who surprised by declaring is the one the relative clause describes.
    pytest.param("Trump sat face to face with House Speaker Dan Hill, who only a week ago surprised Trump by declaring he "
                 "could not yet support his candidacy.",
                 ("declaring", "he could not yet support his candidacy", "House Speaker Dan Hill"), id="who-surprised-by-declaring"),
    # A participle on a participle on an infinitive: the subject above them all.
    pytest.param('Mr. Hale tries to turn the hecklers to his advantage, showcasing his large crowds, alternately shouting '
                 '"Get them out of here" and "Be nice."', ("shouting", '"Get them out of here"', "Mr. Hale"),
                 id="participle-on-participle"),
    # "who" hung on the auxiliary of a relative clause: the noun the clause describes.
    pytest.param("The paper is run by Mr. Barrow, who is by all accounts enjoying his new role running the paper and is "
                 "saying he won't rush into picking a successor to Mr. Kent.",
                 ("saying", "he won't rush into picking a successor to Mr. Kent", "Mr. Barrow"), id="who-on-the-auxiliary"),
])
def test_a_speaker_the_parse_hid(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                 expected: tuple[str, str, str]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config)[0] == expected


def test_a_title_in_two_apostrophes_is_no_quotation(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # NYT copy marks titles with two apostrophes: "''Meet the Press,''" names a show, as it does
    # in double quotes, and the name after its comma does not say it.
    text = ("Later on ''Meet the Press,'' Senator Ruth Adler questioned the governor's figures. She called him a "
            "''serial fabricator'' for repeating them.")
    assert [claim.cue for claim in all_claims_of(text, nlp, lexicons, config)] == ["called"]


def test_an_amount_before_a_subject_stays_in_its_phrase(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    assert cue_content_speaker("The $2 billion firm said profits fell.", nlp, lexicons, config) == [
        ("said", "profits fell", "The $2 billion firm")]


def test_a_word_of_a_quotation_is_no_speaker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser made the quoted "Savage" the subject of "says" (and its phrase ran over the whole
    # attribution): a word of a quotation closed as an utterance names no one.
    text = '"Savage," she said, meaning that he is "radical enough and does not care what people think" and says what he believes.'
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.cue, last.quote_text, last.speaker_text) == ("says", "what he believes", None)


@pytest.mark.parametrize(("text", "expected"), [
    # Names joined by "and" set off after an inverted verb, parsed as the subject of the clause after
    # them: they say the sentence around them (not the noun opening it).
    pytest.param("The contrast with the governor, said Doyle and others, would be clear since he has no former presidents by "
                 "his side.", ("said", "The contrast with the governor, said Doyle and others, would be clear since he has no "
                               "former presidents by his side", "Doyle and others"), id="said-name-and-others"),
    pytest.param("The plan, said Mr Pearson and his aides, was invisible to most voters.",
                 ("said", "The plan, said Mr Pearson and his aides, was invisible to most voters", "Mr Pearson and his aides"),
                 id="said-name-and-his-aides"),
    # (not a plural noun after a relative clause's comma: the clause after "said" is what the aides said)
    pytest.param("And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and Gov. John R. Kasich of Ohio, "
                 "who had a long career in Congress, said their stump speeches, already replete with references to their "
                 "national security experience, would focus even more heavily on the subject.",
                 ("said", "their stump speeches, already replete with references to their national security experience, would "
                          "focus even more heavily on the subject", "aides"), id="aides-said-their-speeches"),
])
def test_names_set_off_after_an_inverted_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert cue_content_speaker(text, nlp, lexicons, config) == [expected]


def test_a_participle_after_a_signed_quotation_is_the_signers(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser made a word of the quotation the participle's subject: the participle is the
    # doing of whoever signs the quotation.
    text = ('"Maybe we should start killing them," said the woman, who did not want to be quoted by name. "Too much hate," she '
            'said, blaming some of it on presidential candidate Donald Trump. "I know people are saying Trump will win."')
    blaming = next(claim for claim in all_claims_of(text, nlp, lexicons, config) if claim.cue == "blaming")
    assert (blaming.speaker_text, blaming.attribution) == ("she", "pronoun")


def test_a_verb_of_saying_joined_to_the_quotation_before_it(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser joined "said" to the quotation's verb: it is that quotation's attribution, by the
    # name and description between them (it had been a continuation of the speaker before).
    text = ("People close to the vice president said they were rivals.\n\n''They were professionals, but also competitors,'' "
            "William M. Daley, President Obama's former chief of staff, said of their time in the administration.")
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.cue, last.quote_text, last.speaker_text, last.attribution) == (
        "said", "''They were professionals, but also competitors,''", "William M. Daley", "explicit")


@pytest.mark.parametrize(("text", "expected"), [
    # The name right after the quotation, set off by a comma, signs it whatever its description
    # (not a name in the phrase after the verb: "in a June 2012 email to Mrs. Clinton").
    pytest.param("He met the lobbyist. ''I had breakfast with Pinchuk. He will see you at the Brookings lunch,'' Melanne Verveer, "
                 "a Ukrainian-American then working for the State Department, wrote in a June 2012 email to Mrs. Clinton.",
                 ("wrote", "Melanne Verveer"), id="name-description-wrote-in-an-email"),
    pytest.param("He was freed in a swap.\n\n''If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,'' "
                 "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.",
                 ("said", "Mr. Daniloff"), id="honorific-name-age-said"),
])
def test_the_name_signing_a_quotation_the_parse_joined(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                       expected: tuple[str, str]) -> None:
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (last.cue, last.speaker_text) == expected


def test_the_headline_is_no_subject_to_resolve_to(nlp: Language, cues: CueLexicon, config: Config) -> None:
    # The tagger takes a headline's first word for a name ("Striker" an organisation); the
    # headline stands apart from the story, so "the club" is no one named, not "Striker".
    title = "Striker ruled out for six weeks"
    text = f"{title}\n\nForward Diogo Silva will miss at least six weeks with a hamstring injury, the club has confirmed."
    (claim,) = claims_of(text, nlp, cues, config, title=title)
    assert (claim.speaker_text, antecedent_of(claim, text)) == ("the club", None)


@pytest.mark.parametrize(("text", "expected"), [
    # "Raila" is a woman's name in Finland's list; in the paragraph only Odinga spoke, so "he" is him.
    pytest.param("Interior Minister Kithure Kindiki said the demonstrations were illegal.\n\nOpposition leader Raila Odinga said they "
                 'would continue every Tuesday. "We will not be intimidated," he told supporters.', "Raila Odinga",
                 id="the-last-speaker-in-the-paragraph"),
    # Another man named in the paragraph may be the one: the list's gender stands.
    pytest.param("Interior Minister Kithure Kindiki said the demonstrations were illegal.\n\nOpposition leader Raila Odinga said they "
                 'would continue every Tuesday, as did Kindiki\'s rival. "We will not be intimidated," he told supporters.', "Kithure Kindiki",
                 id="another-man-named-in-the-paragraph"),
    # An honorific settles the gender.
    pytest.param('Mr Peter Hale said the plan was sound.\n\nMs Raila Odinga said they would continue every Tuesday. "We will not be '
                 'intimidated," he told supporters.', "Peter Hale", id="an-honorific-settles-it"),
])
def test_he_after_a_speaker_the_name_list_calls_a_woman(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Health Secretary Steve Barclay said the figures were "disappointing" but insisted progress was being made.',
                 [("said", 'the figures were "disappointing"', "Health Secretary Steve Barclay"),
                  ("insisted", "progress was being made", "Health Secretary Steve Barclay")], id="but-insisted"),
    pytest.param("Bert Ruerup said the panel's earlier forecast was too optimistic and warned growth would be just 1% in 2005.",
                 [("said", "the panel's earlier forecast was too optimistic", "Bert Ruerup"),
                  ("warned", "growth would be just 1% in 2005", "Bert Ruerup")], id="and-warned"),
    # The same speaker saying a second thing, the parser joining the verb to the first clause's.
    pytest.param('John Prescott has said the current system is not sustainable and said there would be "radical reform".',
                 [("said", "the current system is not sustainable", "John Prescott"),
                  ("said", 'there would be "radical reform"', "John Prescott")], id="has-said-and-said"),
])
def test_a_verb_of_saying_read_as_an_adjective(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # "and warned growth would …": the parser made "warned" an adjective of "growth"; it reports
    # the clause after it, said by the one who said the clause before.
    assert cue_content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a demand asks of someone is no claim of theirs, and "was not reported" relays nothing.
    pytest.param("Residents of the village on Monday demanded that local authorities explain why a fire at a chemical plant was not "
                 "reported for six hours.", [("demanded", "Residents", None)], id="demanded-that-they-explain"),
    pytest.param("The senator insisted that the president explain his decision to Congress.", [("insisted", "The senator", None)],
                 id="insisted-that-he-explain"),
    pytest.param("The talks will resume in May, Foreign Minister Jan Novak said, Reuters reported.",
                 [("said", "Foreign Minister Jan Novak", "Reuters")], id="a-relay-set-off-by-a-comma"),
    pytest.param("The four “loopholes” he cited are “the ability to use real estate losses to offset other income,” The Hill reported.",
                 [("cited", "he", "The Hill")], id="a-relay-after-a-quotation"),
])
def test_a_demand_is_no_claim_of_those_asked(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.cue, c.speaker_text, c.via) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A short predicate after an attribution in commas is the rest of the sentence said.
    pytest.param("Not everyone is worried. Dr Alan Pryce says interest has never been higher. The real threat, he argues, is disease.",
                 ("argues", ["The real threat", "is disease"], "he"), id="short-predicate-after-aside"),
    # A relative pronoun before "officials say" is a piece of its own: the attribution is not said.
    pytest.param("Floodwaters began to recede, leaving behind mud-caked homes and a bill that officials say could top $50 million.",
                 ("say", ["that", "could top $50 million"], "officials"), id="bill-that-officials-say"),
    # A passive with no doer joined to the reported clause is said too: no one new speaks.
    pytest.param("Durham Constabulary said the driver failed to stop and the van was last seen heading towards Stockton.",
                 ("said", ["the driver failed to stop and the van was last seen heading towards Stockton"], "Durham Constabulary"),
                 id="and-was-last-seen"),
    # The source after a quoted phrase says who reported it; it was not said.
    pytest.param("Sisi praised the kingdom's \"steadfast support\" for Egypt, according to a statement from his office.",
                 ("praised", ["the kingdom's \"steadfast support\" for Egypt"], "Sisi"), id="quoted-phrase-then-according-to"),
    # A backshifted modal joined to the reported clause goes on with what was said.
    pytest.param("Forecaster Dan Miles said the ground was “completely saturated” and could not absorb much more water.",
                 ("said", ["the ground was “completely saturated” and could not absorb much more water"], "Forecaster Dan Miles"),
                 id="and-could-not"),
])
def test_what_was_said_on_both_sides_of_the_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: tuple[str, list[str], str]) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.cue, [text[piece.start:piece.end] for piece in claim.fragments], claim.speaker_text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "joked" tagged a noun after "the 24-year-old": still the verb of the attribution.
    pytest.param("A late header from Lewis Grant won it. Grant, who had missed three weeks, was delighted. \"I just closed my eyes "
                 "and hoped for the best,\" the 24-year-old joked.", ("the 24-year-old", "nominal", "Grant"), id="the-24-year-old-joked"),
    # A title with a hyphen after the verb, each part parsed a subject: the name set off after it speaks.
    pytest.param("\"Behind every one of these numbers is a person whose life is on hold,\" said the college's vice-president, "
                 "Prof Tim Mitchell.", ("the college's vice-president", "explicit", "Prof Tim Mitchell"), id="said-the-vice-president-name"),
    # An office's spokesman speaks for whoever holds the office, as a named person's does.
    pytest.param("Keir Bramwell, the Prime Minister, thanked her for her service.\n\nSpeaking to reporters, the Prime Minister's "
                 "official spokesman said a replacement would be named soon.",
                 ("the Prime Minister's official spokesman", "nominal", "Keir Bramwell"), id="the-prime-ministers-spokesman"),
    pytest.param("The Prime Minister's official spokesman said a replacement would be named soon.",
                 ("The Prime Minister's official spokesman", "nominal", None), id="the-prime-ministers-spokesman-unnamed"),
    # A plural's possessive inside a body's name is part of the name.
    pytest.param("Another resident said: \"Nobody listens until someone dies.\"\n\nThe Eastfield Residents' Association posted on "
                 "Facebook that it would hold a public meeting on Tuesday.",
                 ("The Eastfield Residents' Association", "explicit", "Eastfield Residents' Association"), id="residents-association"),
    # A pronoun after an unnamed person's claim is that person, not the last one named.
    pytest.param("Patil said more victims were likely to come forward.\n\nOne of the victims, a retired teacher, told this newspaper "
                 "that she lost her savings. \"I trusted him because he knew my account number,\" she said.",
                 ("she", "pronoun", None), id="one-of-the-victims-then-she"),
    pytest.param("Patil said more victims were likely to come forward.\n\nAnother resident said that she lost her savings. "
                 "\"I trusted him,\" she said.", ("she", "pronoun", None), id="another-resident-then-she"),
    pytest.param("Forecaster Dan Miles said the ground was saturated.\n\nHer husband said they had no flood insurance. \"Nobody "
                 "told us we needed it,\" he said.", ("he", "pronoun", None), id="her-husband-then-he"),
    # A relative named so earlier is that person, and so is the pronoun after.
    pytest.param("Osman was on the flight, according to an interview his brother Alastair Osman gave to ITV. His father had moved to "
                 "Wales. He had just welcomed a second baby girl, his brother added. \"He is a new dad,\" he said.",
                 ("he", "pronoun", "Alastair Osman"), id="his-brother-named-before-then-he"),
    pytest.param("Osman was on the flight, according to an interview his brother Alastair Osman gave to ITV. His father had moved to "
                 "Wales. He had just welcomed a second baby girl, his brother added.",
                 ("his brother", "nominal", "Alastair Osman"), id="his-brother-named-before"),
    # A country's central bank speaks for the country, as its ministries do (a firm of the country does not).
    pytest.param("Brazil's central bank held its benchmark interest rate and said it would remain vigilant about inflation.",
                 ("Brazil's central bank", "nominal", "Brazil"), id="a-countrys-central-bank"),
    pytest.param("The UK's biggest bank said it would remain vigilant about inflation.", ("The UK's biggest bank", "nominal", None),
                 id="a-countrys-biggest-bank"),
    # Organisers speak for the body they organise for, named after them (also after its noun).
    pytest.param("Organisers from the group Farmers Together said about 600 vehicles had taken part.",
                 ("Organisers", "nominal", "Farmers Together"), id="organisers-from-the-group"),
    pytest.param("Organisers of the Women's March said about 600 people had taken part.",
                 ("Organisers", "nominal", "Women's March"), id="organisers-of"),
    # The same document that spoke just before, and whoever wrote it.
    pytest.param("A report published by the examiner, Sarah Klein, found that the lender had been insolvent for a year. The report "
                 "says executives moved customer deposits into risky trades.", ("The report", "nominal", "Sarah Klein"),
                 id="the-report-says-after-a-report-by"),
    # "The force" in a police story is the police force named before; a country's air force speaks for it.
    pytest.param("Durham Constabulary said the driver failed to stop. A man was arrested on Friday, the force said later.",
                 ("the force", "nominal", "Durham Constabulary"), id="the-force-said"),
    pytest.param("Ukraine's air force said it had shot down 40 drones.", ("Ukraine's air force", "nominal", "Ukraine"),
                 id="a-countrys-air-force"),
    # "the union" is the body that spoke called so, not another body that spoke since.
    pytest.param("Teachers have voted to strike, the EIS union has announced.\n\nParents' group Connect said families would be "
                 "worried. Strikes could begin next month, the union warned.", ("the union", "nominal", "EIS"), id="the-union-after-the-eis-union"),
    # A study in a journal speaks, not the journal named in its phrase (parsed as a second subject).
    pytest.param("A 2023 study in the journal Science estimated that 90% of the world's reefs could be lost by 2050.",
                 ("A 2023 study", "nominal", None), id="a-study-in-the-journal-science"),
    # (not after another so called spoke since: the last spokesman is the ICO's)
    pytest.param("A Labour Party spokesman said the calls were lawful. A spokesman for the Information Commissioner's Office said "
                 "the rules were clear. The spokesman said the area was grey.",
                 ("The spokesman", "nominal", "Information Commissioner's Office"), id="the-spokesman-after-another"),
    # An owner named in apposition speaks, a body as well as a person.
    pytest.param("Oakview's owner, Meadow Care Group, said in a statement that it regrets the death.",
                 ("Oakview's owner", "explicit", "Meadow Care Group"), id="the-owner-a-body-in-apposition"),
    # A place that speaks as a body: the one named before.
    pytest.param("Edinburgh Zoo said the cubs were born in January. Visitors may see them from April, the zoo said.",
                 ("the zoo", "nominal", "Edinburgh Zoo"), id="the-zoo-said"),
    pytest.param("Gatwick Airport said flights were delayed. The airport said passengers should check before travelling.",
                 ("The airport", "nominal", "Gatwick Airport"), id="the-airport-said"),
    # (also someone the article keeps anonymous, the clause saying so hung on the place after the noun)
    pytest.param("Dame Ruth May welcomed the result.\n\nOne nurse from Bristol, who did not want to be named, told the HSJ that she "
                 "had voted against the deal. \"It's a real-terms pay cut,\" she said.", ("she", "pronoun", None),
                 id="an-anonymous-nurse-then-she"),
    # The subject of the sentence before, a hyphenated title parsed word by word, is the name set off after it.
    pytest.param("Chris Hipkins said it.\n\nThe Green Party's co-leader, Chlöe Swarbrick, welcomed the election. \"Bring it on,\" "
                 "she wrote on Instagram.", ("she", "pronoun", "Chlöe Swarbrick"), id="the-co-leader-then-she"),
    # A human-interest lead describes the person it names in the next paragraph.
    pytest.param("A supermarket worker who won £7.5 million on the EuroMillions says she has no plans to quit her job.\n\n"
                 "Linda Paterson, 58, from Paisley, scooped the jackpot with a Lucky Dip ticket.",
                 ("A supermarket worker", "nominal", "Linda Paterson"), id="a-lead-describing-the-person-named-next"),
    # A statement leading in with a colon is no turn of the speaker before.
    pytest.param("Former captain Gary Neville said the board had run out of patience.\n\nThe club's statement was brief: \"We "
                 "thank Erik for his service and wish him well.\"", ("The club's statement", "nominal", None),
                 id="the-clubs-statement-was-brief"),
    # … only if the pronoun can be that person.
    pytest.param("Forecaster Dan Miles said the ground was saturated.\n\nHis wife said they had no flood insurance. \"Nobody "
                 "told us we needed it,\" he said.", ("he", "pronoun", "Dan Miles"), id="his-wife-then-he"),
])
def test_who_a_speaker_written_so_is(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                     expected: tuple[str, str, str | None]) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.speaker_text, claim.attribution, antecedent_of(claim, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb with an object of its own after the clause reported that object, not the clause.
    pytest.param("Ukraine's air force said on Tuesday it had shot down 40 of 52 drones launched by Russia overnight, as officials in "
                 "several regions reported damage to energy infrastructure.", [("said", "Ukraine's air force")], id="reported-damage"),
    # … while one without, or one whose object is who was told, reports the clause before.
    pytest.param("The talks will resume in May, the agency reported on Tuesday.", [("reported", "the agency")], id="the-agency-reported"),
    pytest.param("The talks will resume in May, he told reporters.", [("told", "he")], id="he-told-reporters"),
    # (also where the parser made the verb a participle of the speaker's noun, an object of the clause)
    pytest.param("The corporation will launch a drive to remove illegal hoardings from Monday, a senior official informed on "
                 "Saturday.", [("informed", "a senior official")], id="a-senior-official-informed"),
    # (not a participle that describes the noun, with a doer or an object of its own)
    pytest.param("The government will continue screening people for eligibility, a plan announced earlier this year.", [],
                 id="a-plan-announced"),
    pytest.param('City experts say there is a £10bn "black hole" in the public finances, a claim denied by the chancellor.',
                 [("say", "City experts")], id="a-claim-denied-by"),
    pytest.param('"Pupils used the statistics to build their cars," said Ben Williamson, a researcher at Futurelab charged with '
                 'testing the game in real schools.', [("said", "Ben Williamson")], id="a-researcher-charged-with"),
])
def test_a_verb_after_a_clause_with_an_object_of_its_own(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert [(c.cue, c.speaker_text) for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_a_quoted_thing_added_to_something_is_no_claim(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = 'The new rules added "red tape" to every sale.'
    assert all_claims_of(text, nlp, lexicons, config) == []


def test_what_emerged_is_no_claim_of_the_sentences_subject(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The parser hung the clause of "it emerged" on "denied": he did not deny holding talks.
    text = ("Former transport minister Sir Alan Hughes has denied breaking lobbying rules after it emerged he held talks with "
            "officials on behalf of a rail firm.")
    assert [c.quote_text for c in all_claims_of(text, nlp, lexicons, config) if c.cue == "denied"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # A title in quotation marks inside reported speech makes it no mixed quote.
    pytest.param('The actor said she had suffered panic attacks before every performance of her West End debut in "Hedda Gabler".',
                 "indirect", id="a-title-inside"),
    pytest.param('The minister said the plan was "dead in the water" and would be dropped.', "mixed", id="a-quoted-fragment"),
])
def test_the_kind_of_reported_speech(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str) -> None:
    assert [c.kind for c in all_claims_of(text, nlp, lexicons, config)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A participle after the quoted phrase, set off by the comma inside the closing mark, is a
    # claim of its own: the first ends with its quotation.
    pytest.param("In a letter to members, Walsh described the vote as a “gross abuse of process,” adding: “I will ask the board to "
                 "review it.”",
                 [("described", "the vote as a “gross abuse of process,”", "Walsh"),
                  ("adding", "“I will ask the board to review it.”", "Walsh")], id="comma-inside-the-mark-then-adding"),
    pytest.param("The senator mocked the governor for calling himself the “jobs champion,” noting that the state had lost "
                 "factories all year.",
                 [("mocked", "the governor for calling himself the “jobs champion,”", "The senator"),
                  ("calling", "himself the “jobs champion,”", "the governor"),
                  ("noting", "that the state had lost factories all year", "The senator")], id="comma-inside-the-mark-then-noting"),
    # A participle describing how the words were said is no part of them.
    pytest.param("In a late-night post, Moreno called his rival the \"ultimate opportunist,\" linking to a story about the rival's "
                 "donors.",
                 [("called", "his rival the \"ultimate opportunist,\"", "Moreno")], id="called-then-linking"),
    pytest.param("Pundits call this the “honeymoon period” — giving a new leader a few months before judging the results.",
                 [("call", "this the “honeymoon period”", "Pundits")], id="called-then-dash-participle"),
    pytest.param("Last spring, Dalton called the mayor a “coward” on his breakfast show while discussing the budget.",
                 [("called", "the mayor a “coward” on his breakfast show", "Dalton")], id="called-then-while-discussing"),
    # A phrase after the quotation stays: it may be part of what was said.
    pytest.param("The nurses' union called Okafor a “friend” of every ward in the county.",
                 [("called", "Okafor a “friend” of every ward in the county", "The nurses' union")], id="called-then-phrase"),
])
def test_what_follows_a_quoted_characterisation(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text, claim.speaker_text) for claim in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The clause's "that" hung on its subject, read as the object: still a reported clause.
    pytest.param("CBS reported that the decision to tap Merkel as the Person of the Year was made because Merkel had led her "
                 "country out of three crises during 2015.",
                 ("reported", "that the decision to tap Merkel as the Person of the Year was made because Merkel had led her country out "
                  "of three crises during 2015", "CBS"), id="that-hung-on-the-subject"),
    # The reported clause taken for the verb the cue's clause of time hangs on.
    pytest.param("The endorsement comes just three days after Trump told The Washington Post he was “not quite there yet” on "
                 "supporting Ryan.",
                 ("told", "he was “not quite there yet” on supporting Ryan", "Trump"), id="after-told-the-post-he-was"),
    # The "that" clause hung on the noun set after the place where the hearers were.
    pytest.param("Senator Okoye is telling customers at a popular Dayton, Ohio, breakfast spot that “I need you tomorrow.”",
                 ("telling", "that “I need you tomorrow.”", "Senator Okoye"), id="telling-customers-at-a-place-that"),
])
def test_a_reported_clause_the_parse_hung_elsewhere(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text, claim.speaker_text) for claim in claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of saying in the cue's present form joined to a verb in another form reports on its own.
    pytest.param("Haldane says he would sit the chief executive down and tell him “no more excuses” and tells the crowd he was the "
                 "first to ask for an inquiry.",
                 [("says", "he would sit the chief executive down and tell him “no more excuses”"),
                  ("tells", "he was the first to ask for an inquiry")], id="says-then-tells"),
    pytest.param("Councillor Reid says the obvious answer was to close the depot and says she wrote to the minister about it.",
                 [("says", "the obvious answer was to close the depot"), ("says", "she wrote to the minister about it")],
                 id="says-then-says"),
    # In the same form as the verb it is joined to, the reported clause may go on: left whole.
    pytest.param("Haldane says he respects the board and trusts its judgment.",
                 [("says", "he respects the board and trusts its judgment")], id="same-form-stays"),
    # Not where an auxiliary above has its form.
    pytest.param("Haldane says the firm has collapsed and owes millions.",
                 [("says", "the firm has collapsed and owes millions")], id="auxiliary-in-the-same-form"),
    pytest.param("The regulator says small surveys are allowed but there is a \"grey\" area if personal data is kept.",
                 [("says", "small surveys are allowed but there is a \"grey\" area if personal data is kept")], id="but-there-is"),
    pytest.param("Economists say the surveys show prices may be levelling off but still point to a weak spring.",
                 [("say", "the surveys show prices may be levelling off but still point to a weak spring")], id="same-form-above"),
    pytest.param("Coach Tom Ellery says the league should follow the rest of Europe and have a winter break - but insists that "
                 "the schedule will not hurt his side.",
                 [("says", "the league should follow the rest of Europe and have a winter break"),
                  ("insists", "that the schedule will not hurt his side")], id="but-insists-that"),
])
def test_a_verb_of_saying_in_the_present_joined_inside_the_clause(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text) for claim in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "As X declared, …": what follows is what X declared.
    pytest.param("As the party's treasurer declared, the point of the review is to draw a clear line between the two budgets.",
                 [("declared", "the point of the review is to draw a clear line between the two budgets")], id="as-x-declared"),
    # An object of its own says what was announced: the clause after it is the writer's.
    pytest.param("Even before the council announced its latest grant it was one of the biggest funders of the festival.",
                 [], id="announced-its-object"),
    # Set off by a comma after a conjunction of time, the clause after it is no one's report.
    pytest.param("Until the inspector spoke, the owners had kept the kitchen open for weeks.", [], id="until-x-spoke"),
    # What was spoken about is the topic, not the clause after it.
    pytest.param("As the curator spoke about how the roof had been repaired, visitors crowded the gallery.", [],
                 id="spoke-about"),
])
def test_a_clause_after_an_attribution_of_manner(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text) for claim in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The occasion or the next deed the parser hung on a verb of the quotation is the writer's.
    pytest.param("Mayor Quist had previously said, “We’ll see,” when asked whether she would run again.",
                 ("said", "“We’ll see,”"), id="quotation-then-when-asked"),
    pytest.param("She said, “The plan is dead,” and left the room.", ("said", "“The plan is dead,”"), id="quotation-then-and-left"),
    # A relative clause on a firm named in the attribution, parsed as a clause of the verb, is not said.
    pytest.param("“We’re going to tax you when those fridges come,” Hale said in March of fridge maker Polar Corp., whose "
                 "parent company Arctic Holdings Corp. moved 900 jobs to Monterrey, Mexico.",
                 ("said", "“We’re going to tax you when those fridges come,”"), id="whose-after-the-attribution"),
    # An "and" inside the quotation goes on with it.
    pytest.param("He said, “Prices will rise, and wages will not.”", ("said", "“Prices will rise, and wages will not.”"),
                 id="and-inside-the-quotation"),
])
def test_what_follows_a_closed_quotation_after_the_verb(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                        expected: tuple[str, str]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text) for claim in claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # A bare verb after "and" shares the infinitive's "to", wherever the parser joined it.
    pytest.param("The governor has promised to meet and in some cases exceed the targets.",
                 ("promised", "to meet and in some cases exceed the targets"), id="to-meet-and-exceed"),
    # A verb in the past cannot: it is the next deed.
    pytest.param("The chairman promised to resign and left the room.", ("promised", "to resign"), id="to-resign-and-left"),
    pytest.param("She vowed to fight and win.", ("vowed", "to fight and win"), id="to-fight-and-win"),
])
def test_what_an_infinitive_of_a_promise_covers(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                expected: tuple[str, str]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(claim.cue, claim.quote_text) for claim in claims] == [expected]


def test_adding_after_a_relay_is_the_relays(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "recalled" is the source's own verb of saying, though the parser hangs it on "said".
    text = 'Grayson said Randolph "would have no chance to win," the source recalled, adding that Grayson had laughed.'
    assert ("adding", "that Grayson had laughed", "the source") in cue_content_speaker(text, nlp, lexicons, config)


@pytest.mark.parametrize(("text", "expected"), [
    # "said in a notice that …", the parser hanging the clause on the notice.
    pytest.param("The Food and Drug Administration, which authorized the extra dose last month, said in a notice that it had "
                 "found no new safety concerns.", [("that it had found no new safety concerns", "The Food and Drug Administration")],
                 id="said-in-a-notice-that"),
    # "said at a briefing that …", the parser hanging the clause on the briefing with "that" its
    # object: the clause has an object of its own, so "that" is a conjunction.
    pytest.param("Foreign Ministry spokesperson Mao Ning said at a regular press briefing that China and Brazil share broad "
                 "common interests.", [("that China and Brazil share broad common interests", "Foreign Ministry spokesperson Mao Ning")],
                 id="said-at-a-briefing-that-with-an-object"),
    pytest.param("He spoke at a briefing that the ministry held on Monday.", [], id="a-briefing-that-the-ministry-held"),
    # A participle that addresses someone, the clause hung on the hearer with "that" an adverb.
    pytest.param("The state oil firm has blamed the scarcity on delays at the depots, assuring motorists that normal supply would "
                 "be restored within 72 hours.",
                 [("the scarcity on delays at the depots", "The state oil firm"),
                  ("that normal supply would be restored within 72 hours", "The state oil firm")], id="assuring-motorists-that"),
    pytest.param("She told the man that she had met about it.", [], id="told-the-man-that-she-had-met"),
    # A second "that" clause the parser made a verb of the speaker's own is said too.
    pytest.param("Alvarez said insurers were required to cover the additional dose at no cost to patients, and that uninsured "
                 "adults could get it free at community health centers.",
                 [("insurers were required to cover the additional dose at no cost to patients, and that uninsured adults could "
                   "get it free at community health centers", "Alvarez")], id="and-that-a-second-clause"),
    # "told" with no one told before what was told is the hearers' being told: no speaker.
    pytest.param("Warnings were issued for the coast, with residents near Portmere told it is too late to leave.",
                 [("it is too late to leave", None)], id="reduced-passive-told"),
    pytest.param("The harbour master told reporters it was too late.", [("it was too late", "The harbour master")],
                 id="told-someone"),
    # A modal or passive joined after a parenthetical attribution goes on with what was said.
    pytest.param("Much of that money is one-time revenue, the office warned, and should not be used for permanent programmes.",
                 [("Much of that money is one-time revenue, the office warned, and should not be used for permanent programmes",
                   "the office")], id="parenthetical-then-modal"),
    pytest.param("The plan is dead, she said, and left the room.", [("The plan is dead", "she")], id="parenthetical-then-her-deed"),
    # (also where the paragraph's line break follows)
    pytest.param("Much of that money is one-time revenue, the office warned, and should not be used for permanent programmes.\n\n"
                 "Advocates said the deal fell short.",
                 [("Much of that money is one-time revenue, the office warned, and should not be used for permanent programmes",
                   "the office"), ("the deal fell short", "Advocates")], id="parenthetical-then-modal-before-a-line-break"),
])
def test_what_was_said_where_the_parser_hung_it_elsewhere(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    assert content_speaker(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The name list calls "Devendra" a woman's name; "he" right after his quotation of two
    # sentences is still him, not the chief minister named before.
    pytest.param('Chief Minister Eknath Shinde announced the package.\n\nDeputy Chief Minister Devendra Fadnavis said the funds '
                 'had been cleared. "There is no shortage of money. The only question is how fast the collectors move," he said.',
                 "Devendra Fadnavis", id="misgendered-by-the-list-after-two-sentences"),
    # A surname tagged a place after the full name a title opened ("Superintendent Denise Carrow").
    pytest.param("Superintendent Denise Carrow said teachers had asked for help. Another student, Priya Nair, said students "
                 "used their phones for homework.\n\nCarrow said the district would survey students again. She said she was "
                 "open to changes.", "Carrow", id="surname-tagged-a-place-after-a-title"),
    # A dateline the parser made a second subject is not what "it" stands for.
    pytest.param('ISLAMABAD, March 3 (APP): The Foreign Office on Sunday rejected what it called "baseless and irresponsible" '
                 "remarks by Indian officials, saying Pakistan remained committed to peace.", "Foreign Office",
                 id="dateline-as-a-second-subject"),
    # A name tagged a product after "spokesperson", or after "host" opening with a first name, is a person's.
    pytest.param('MEA spokesperson Randhir Jaiswal had said in New Delhi that India "will take all necessary measures."',
                 "Randhir Jaiswal", id="spokesperson-name-tagged-a-product"),
    # "the office" after a body named in apposition to "office", whose name lacks the word.
    pytest.param("The state's budget office, Minnesota Management and Budget, said in a forecast last month that the surplus "
                 "had grown. "
                 "Much of that money is one-time revenue, the office warned.", "Minnesota Management and Budget",
                 id="the-office-named-in-apposition"),
    # "The agency" past a claim of no one named inside the body's own.
    pytest.param("The Centers for Disease Control and Prevention recommended on Friday that adults receive an additional dose, "
                 "as wastewater data showed the virus spreading quickly in 30 states.\n\nThe agency said in a statement that the "
                 "extra dose would restore protection.", "Centers for Disease Control and Prevention", id="past-a-nested-claim"),
])
def test_the_speaker_resolves_past_slips_and_claims_between(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                            expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_a_presenter_is_no_medium(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ('Pell said in an interview with Fox News on Sunday that he had voted for Trump twice.\n\n"I\'m a conservative. I\'m '
            'going to stay a conservative," he told host Shannon Bream.')
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == ["Fox News", "Fox News"]


@pytest.mark.parametrize(("text", "speaker", "members"), [
    # The people a plural title names in apposition are the speakers.
    pytest.param("Board members Alan Pierce and Rosa Villanueva said the district would buy lockable pouches.",
                 "Board members Alan Pierce and Rosa Villanueva", 2, id="plural-title-two-names"),
    # The capitalised words of a portfolio before a title and one name are no speakers of their own.
    pytest.param("Information, Communications and the Digital Economy Cabinet Secretary Eliud Owalo said the partnership "
                 "would widen access.", "Information, Communications and the Digital Economy Cabinet Secretary Eliud Owalo", 1,
                 id="portfolio-words"),
])
def test_who_a_title_names(nlp: Language, lexicons: Lexicons, config: Config, text: str, speaker: str, members: int) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, c.n_speakers) for c in claims] == [(speaker, members)]


def test_an_untagged_bodys_name_goes_on_past_of_and_for(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The tagger may tag none of "The Centers for Disease Control and Prevention" (the article's
    # head lines before it): one body's name, an organisation, not a person called "Centers".
    text = ("CDC urges extra shot\nBy Ann Lee, Staff Writer\nUpdated June 28, 2024, 6:02 p.m. ET\n\nThe Centers for Disease Control "
            "and Prevention recommended on Friday that adults 65 and older receive an additional dose of the updated vaccine.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.speaker_text, antecedent_of(c, text), c.antecedent_label) for c in claims] == [
        ("The Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention", "ORG")]
    # (a person "of" an outlet is no body's name)
    assert content_speaker("Smith of Reuters said the talks were over.", nlp, lexicons, config) == [("the talks were over", "Smith")]


@pytest.mark.parametrize(("text", "expected"), [
    # The name right before the verb, after a participle's phrase the parser made the subject.
    pytest.param('Reporting from Deir el-Balah, Al Jazeera\'s Hind Khoudary said the situation was "beyond catastrophic."',
                 [("Al Jazeera's Hind Khoudary", "Hind Khoudary")], id="reporting-from-then-a-name"),
    # One person holding two titles joined by "and", the name hung on the first.
    pytest.param("Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks were at a "
                 "critical stage.",
                 [("Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Abdulrahman Al Thani")],
                 id="two-titles-one-name"),
    # A body whose name has an "and" in it, untagged, is one speaker.
    pytest.param('The Hostages and Missing Families Forum said in a statement that "time is running out".',
                 [("The Hostages and Missing Families Forum", "Hostages and Missing Families Forum")], id="one-body-with-and"),
    # A body named for its country, untagged, speaks as itself.
    pytest.param("Public Health England said cases were rising.", [("Public Health England", "Public Health England")],
                 id="a-body-named-for-its-country"),
    # A barrister's rank after the name (tagged an organisation of its own) is no one.
    pytest.param('Sentencing him on Friday, Judge Alison Pemberton KC said: "You made a choice that night."',
                 [("Judge Alison Pemberton KC", "Alison Pemberton")], id="a-rank-after-the-name"),
    # A subject's aside set off by commas, which the parser made the participle's subject.
    pytest.param("Dutch Economy Minister Sander Veld, asked about the job cuts on the sidelines of a conference in The Hague, said "
                 "the government was in contact with the company.",
                 [("Dutch Economy Minister Sander Veld", "Sander Veld")], id="asked-about-aside"),
    # A surname tagged a date after the full name is still the person "he" stands for.
    pytest.param("The housing minister, Daniel Faraday, was fighting to save his job. Sir Geoffrey Almond said the minister had "
                 "lost the room.\n\nFaraday himself struck a defiant note. Speaking to reporters, he said he would not back down.",
                 [("Sir Geoffrey Almond", "Geoffrey Almond"), ("he", "Faraday")], id="surname-tagged-a-date"),
])
def test_speakers_of_the_fifty_fifth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker_text, antecedent_of(c, text)) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An outlet's report that cites its sources relays them.
    pytest.param("US envoy Steve Witkoff is expected to travel to the region next week, Axios reported, citing two US officials.",
                 [("US envoy Steve Witkoff is expected to travel to the region next week", "two US officials", "Axios")],
                 id="reported-citing-officials"),
    pytest.param("Prices rose in March, the bank said, citing data from the statistics office.",
                 [("Prices rose in March", "the bank", None)], id="citing-data-is-no-one"),
    # A statement carried by an agency is relayed by it.
    pytest.param("Kim Yo-jong said in a statement carried by the Korean Central News Agency that the drills were a provocation.",
                 [("that the drills were a provocation", "Kim Yo-jong", "the Korean Central News Agency")], id="carried-by"),
    # An agency that quoted the speaker relays what was said.
    pytest.param('"There is no date, there is no venue," Dmitry Pesko said, quoted by Interfax.',
                 [('"There is no date, there is no venue,"', "Dmitry Pesko", "Interfax")], id="said-quoted-by"),
    pytest.param("Pesko, quoted by RIA Novosti, said the harbour talks were over.",
                 [("the harbour talks were over", "Pesko", "RIA Novosti")], id="speaker-quoted-by"),
    # "according to a statement" of no one named passes on nothing.
    pytest.param("The ministry said it had summoned the ambassador, according to a statement.",
                 [("it had summoned the ambassador", "The ministry", None)], id="according-to-a-statement"),
    # The writer's summing up after a comma is no part of what was said; the analysts' view in it is theirs.
    pytest.param("The ministry said it would investigate the dumping of European chips, a move that analysts said could "
                 "complicate the outlook.",
                 [("it would investigate the dumping of European chips", "The ministry", None),
                  ("that analysts said could complicate the outlook", "analysts", None)], id="a-move-that"),
    # An unclosed quotation ends before its attribution.
    pytest.param('Kaja Kallas also expressed concern. "Freedom of navigation is not negotiable, she said in a statement.',
                 [('"Freedom of navigation is not negotiable,', "she", None)], id="unclosed-then-she-said"),
    # A body's "said" closing a sentence another speaker's attribution opens passes that one's words on.
    pytest.param('The army chief said the armed forces were "fully aware of the threats" and would defend "every inch" of the '
                 "motherland, the ISPR said.",
                 [('the armed forces were "fully aware of the threats" and would defend "every inch" of the motherland',
                   "The army chief", "the ISPR")], id="press-wing-closing"),
    # The same speaker twice relays nothing.
    pytest.param('Kirsty Williams added: "We will not stand for it," she said.',
                 [('"We will not stand for it,"', "Kirsty Williams", None)], id="same-speaker-twice"),
])
def test_sources_and_spans_of_the_fifty_fifth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.quote_text, c.speaker_text, c.via) for c in all_claims_of(text, nlp, lexicons, config)] == expected


def test_a_description_joined_to_a_clause_about_a_person_is_that_person(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "the teenager" is Mensah, the subject of the clause it is joined to, not the 24-year-old who spoke last.
    text = ('Substitute Kofi Mensah volleyed in the winner.\n\n"It is about the group," the 24-year-old Lars Eriksen said.\n\n'
            'Mensah, 18, was mobbed by his team-mates, and the teenager said it was "the best feeling of my life".')
    assert last_antecedent(text, nlp, lexicons, config) == "Mensah"


def test_a_quotation_introduced_and_signed_takes_the_medium_of_its_signature(nlp: Language, lexicons: Lexicons,
                                                                              config: Config) -> None:
    text = ('Its spokesman, Commodore Jay Tarriela, said: "The coast guard used water cannon against our vessel.\n\n'
            '"We have video evidence of everything," Tarriela said in a post on X.')
    assert [(antecedent_of(c, text), c.medium, len(c.fragments)) for c in all_claims_of(text, nlp, lexicons, config)] == [
        ("Jay Tarriela", "X", 1)]


@pytest.mark.parametrize(("text", "medium"), [
    pytest.param("Philippine fishermen interviewed by local radio station DZBB said they could not fish.", "DZBB", id="interviewed-by"),
    pytest.param("Residents speaking to the BBC said the water was still rising.", "BBC", id="speaking-to"),
    pytest.param("Residents speaking to the mayor said the water was still rising.", None, id="no-outlet"),
])
def test_the_outlet_the_speakers_spoke_to_in_their_phrase(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                          medium: str | None) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == [medium]


@pytest.mark.parametrize(("text", "expected"), [
    # An office after "the" stands for the person introduced with it, whatever the tagger made of it.
    pytest.param("The Governor of Lagos State, Mr Babatunde Sanwo-Adeyemi, has ordered the removal of 200 structures. In a statement "
                 "signed by his Chief Press Secretary, Mr Gbenga Oyelaran, the governor said the law would take its course. "
                 "The governor, who spoke to residents at Ajah, assured them that the state would provide relief materials.",
                 "Babatunde Sanwo-Adeyemi", id="the-governor"),
    pytest.param("But the former Senate President, Senator Abubakar Ibrahim-Danjuma, faulted the order. In a statement on Sunday, "
                 "the ex-Senate President said the government should first provide shelter.", "Abubakar Ibrahim-Danjuma",
                 id="the-ex-senate-president"),
    # "Gov." is the governor's title written short.
    pytest.param("Gov. Evangeline Thibodeaux said more than 310,000 customers were without power. President Whitcomb approved an "
                 "emergency declaration. Whitcomb spoke with Thibodeaux by phone. The governor later said the call was "
                 '"productive".', "Evangeline Thibodeaux", id="gov-abbreviated"),
    # "she" after a quotation over two paragraphs is the last speaker, counted from where it opens.
    pytest.param('DP floor leader Choi Min-jung said Land Minister Park Ji-hoon was "hiding behind procedure". "The minister '
                 'says there is nothing to investigate," Choi said.\n\n"The people have a right to know.\n\n"We will not stop '
                 'until the truth comes out," she said.', "Choi", id="she-after-two-paragraphs"),
    # The subject of what was said is not who says it: "he" is the speaker before.
    pytest.param('Shadow health secretary Stuart Andrew accused the government of "losing control". Mr Streeting and the Prime '
                 'Minister, he said, had promised an end to strikes.', "Stuart Andrew", id="subject-of-what-was-said"),
    # The organisation whose doings the claim reports, named as a kind of body after it.
    pytest.param("Tamsin Cole said the cause was under investigation. The Red Cross is helping the displaced residents, "
                 "the agency said.", "Red Cross", id="the-agency-after-its-deeds"),
    pytest.param("A storm surge was recorded in Morgan City, according to the National Hurricane Center. The center said the "
                 "storm had weakened.", "National Hurricane Center", id="the-center"),
    pytest.param("Shares of Vantrel Semiconductor fell 14% after the chipmaker cut its forecast. The San Jose, California-based "
                 "company reported fourth-quarter revenue of $4.21 billion, below the $4.38 billion analysts had expected.", "Vantrel Semiconductor",
                 id="a-place-based-company"),
])
def test_offices_and_bodies_of_the_fifty_sixth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: str) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the sides" are the two who met or talked, not the body that reported on them.
    pytest.param("MOSCOW, March 3 (TASS) - Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan held talks "
                 "in Antalya on Monday.\n\nThe sides discussed Syria, the Russian Foreign Ministry said in a statement.\n\nThe sides "
                 "said the grain initiative should be revived.", ["Sergey Lavrov", "Hakan Fidan"], id="the-sides-who-held-talks"),
    pytest.param("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.\n\nThe two "
                 "sides said they would deepen cooperation on trade.", ["Xi Jinping", "Luiz Inacio Lula da Silva"], id="the-sides-who-met"),
    pytest.param("The ministry said in a statement that the talks would go on.\n\nThe sides said the grain initiative should be "
                 "revived.", [], id="one-body-is-no-two-sides"),
    # Two subjects the parser made of one coordinated subject: both speak.
    pytest.param("Housing Minister Colin Ashby and Consumer Affairs Minister Leanne Ngo said in a joint statement that the reforms "
                 "would take effect in March.", ["Colin Ashby", "Leanne Ngo"], id="two-titled-subjects"),
])
def test_groups_of_the_fifty_sixth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: list[str]) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    members = [text[s.antecedent_start:s.antecedent_end] for s in claim.speakers if s.antecedent_start is not None] \
        if len(claim.speakers) > 1 else []
    assert members == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After an occasion, a clause with "that" taken for its object is still what was said.
    pytest.param("Chinese Foreign Ministry spokesman Lin Jian told a regular press briefing that Manila had \"repeatedly infringed\" "
                 "on China's sovereignty.", ("that Manila had \"repeatedly infringed\" on China's sovereignty", None), id="told-a-briefing"),
    # A statement's medium is an outlet or a platform it was made on or to.
    pytest.param("The ministry said in a statement on X that the trains would run on time.", ("that the trains would run on time", "X"),
                 id="statement-on-x"),
    pytest.param("The firm said in a statement to Reuters that it would appeal.", ("that it would appeal", "Reuters"),
                 id="statement-to-reuters"),
    pytest.param('In a statement to MPs, Mr Clarke said: "I will be asking Parliament to renew this legislation."',
                 ('"I will be asking Parliament to renew this legislation."', None), id="statement-to-mps"),
    pytest.param("Araki told The Oregonian that the team had played its best game.", ("that the team had played its best game",
                                                                                       "The Oregonian"), id="told-the-oregonian"),
    # "told" a person is no medium.
    pytest.param("Land Minister Park Ji-hoon and DP floor leader Choi Min-jung clashed. Park told Choi that she was spreading lies.",
                 ("that she was spreading lies", None), id="told-a-person"),
])
def test_content_and_medium_of_the_fifty_sixth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                      expected: tuple[str, str | None]) -> None:
    claim = all_claims_of(text, nlp, lexicons, config)[-1]
    assert (claim.quote_text, claim.medium) == expected


def test_a_participle_opening_the_sentence_is_no_speaker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("Reacting, the Lagos State chapter of the All Progressives Congress, through its spokesperson, Mr Seye Oladejo-Bankole, "
            'said the former Senate President was "playing to the gallery".')
    assert [c.speaker_text for c in all_claims_of(text, nlp, lexicons, config)] == ["the Lagos State chapter"]


def test_a_q_and_as_answers_are_the_interviewees(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # Each "A:" paragraph is the interviewee's, the person the introduction is about; the
    # questions are no one's, but a claim they report stays.
    text = ("Marisol Echeverria took over as director of Tucson Water in January. She sat down with us last week.\n\n"
            "Q: You've been on the job about three months. What surprised you?\n\n"
            "A: Honestly, how much people care. People in this city know where their water comes from.\n\n"
            'Q: Councilmember Rudy Falcon called the rise "a tax on people who can least afford it." How do you respond?\n\n'
            "A: I respect him. But the pipes under this city are 70 years old.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.quote_text, c.kind, antecedent_of(c, text)) for c in claims] == [
        ("Honestly, how much people care. People in this city know where their water comes from.", "direct", "Marisol Echeverria"),
        ('the rise "a tax on people who can least afford it."', "mixed", "Councilmember Rudy Falcon"),
        ("I respect him. But the pipes under this city are 70 years old.", "direct", "Marisol Echeverria"),
    ]


def test_one_answer_is_no_q_and_a(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("Marisol Echeverria took over as director of Tucson Water in January.\n\n"
            "Q: What surprised you?\n\nA: Honestly, how much people care.\n\nThe council meets on Tuesday.")
    assert all(c.quote_text != "Honestly, how much people care." for c in all_claims_of(text, nlp, lexicons, config))


def test_a_question_put_to_the_subject_between_commas_is_no_ones(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # She was asked, by a reporter the article does not name; her answer is hers.
    text = ("Victorian Premier Sarah Collins announced the cap on Tuesday. The Premier, asked whether she had modelled the effect "
            'on supply, said Treasury advice showed "no measurable impact" on listings.')
    assert [(c.cue, antecedent_of(c, text)) for c in all_claims_of(text, nlp, lexicons, config)] == [
        ("asked", None), ("said", "Sarah Collins")]


def test_a_name_set_off_inside_a_description_is_the_speaker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    text = ("A resident of Ikota, Mrs Funmilayo Adekunle, who said her shop had been marked for demolition, told our "
            "correspondent that she had lived in the area for 17 years.")
    assert [(c.speaker_text, c.attribution) for c in all_claims_of(text, nlp, lexicons, config)][-1] == (
        "A resident of Ikota, Mrs Funmilayo Adekunle", "explicit")


@pytest.mark.parametrize(("text", "expected"), [
    # The relaying source's name, not the media noun that describes it, and no part of what was said.
    pytest.param("Slovakia's economy minister, Zuzana Hrabovska, said the harbour measures would hit industry hardest, the news "
                 "agency TASR reported.",
                 [("the harbour measures would hit industry hardest", "TASR")], id="the-news-agency-named-after"),
    pytest.param("The weather bureau said the typhoon was expected to make landfall near Taishan late on Friday, according to state "
                 "broadcaster CCTV.",
                 [("the typhoon was expected to make landfall near Taishan late on Friday", "CCTV")], id="according-to-state-broadcaster"),
    pytest.param("The talks were “constructive and frank”, a South Korean foreign ministry official said, according to Yonhap news agency.",
                 [("The talks were “constructive and frank”", "Yonhap")], id="name-before-news-agency"),
    pytest.param('Its chief executive, Leon Marchetti, said on Monday that orders at the harbour remained "robust", according to Reuters.',
                 [('that orders at the harbour remained "robust"', "Reuters")], id="according-to-reuters-cut-off"),
    # A relaying body hung by the parser on what was said.
    pytest.param("The president of the traders' association, Bashir Danjuma, said the naira's stability had restored confidence among "
                 "small traders and importers, the News Agency of Nigeria (NAN) reported.",
                 [("the naira's stability had restored confidence among small traders and importers", "News Agency of Nigeria")],
                 id="a-body-and-its-acronym-reported"),
    # Described before its name, the parser hanging the description apart.
    pytest.param("Kremlin spokesman Dmitriy Kalashov said Moscow would study the Turkish proposals carefully, Russian state news "
                 "agency TASS reported.", [("Moscow would study the Turkish proposals carefully", "TASS")], id="state-news-agency-named"),
    pytest.param('Kremlin spokesman Dmitriy Kalashov said Moscow would study the Turkish proposals "carefully," Russian state news '
                 "agency TASS reported.", [('Moscow would study the Turkish proposals "carefully,"', "TASS")],
                 id="the-closing-mark-after-the-comma-stays"),
])
def test_relays_of_the_fifty_eighth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str, str | None]]) -> None:
    assert [(c.quote_text, c.via) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name set off after an office, left untagged, holds it; so does one the parser hung on the office's words.
    pytest.param('Manufacturers are struggling. Its Director-General, Olusegun Akintola, told Arise Television that factories were '
                 '"borrowing at over 35 per cent".', [("Its Director-General", "Olusegun Akintola")], id="untagged-name-after-office"),
    pytest.param("Qatar's Minister of State for Foreign Affairs Sultan bin Khalid al-Kuwari, who hosted the meeting, told reporters "
                 'that the dialogue was "not a military alliance against anyone".',
                 [("Qatar's Minister of State for Foreign Affairs Sultan bin Khalid al-Kuwari", "Sultan bin Khalid al-Kuwari")],
                 id="name-closing-the-office"),
    # A player described by position; a body's common noun in lower case (tagged a name) is the body named before.
    pytest.param('Kieran Carver headed the winner. "I just gambled," Carver said.\n\nThe forward said he had been told to "stay ready".',
                 [("Carver", "Carver"), ("The forward", "Carver")], id="the-forward"),
    pytest.param("Callum Tipene scored an unbeaten 118 in Perth. 'He would have been up all night watching,' the right-hander said.",
                 [("the right-hander", "Callum Tipene")], id="the-right-hander"),
    pytest.param("The Nigeria Labour Congress (NLC) said the hold would deepen hardship. In a statement signed by its President, "
                 'Emeka Obiagwu, the congress alleged that the government was "protecting the rich".',
                 [("The Nigeria Labour Congress (NLC)", "NLC"), ("the congress", "Nigeria Labour Congress")],
                 id="the-congress-in-lower-case"),
    # (the fifty-ninth session's review)
    # A speaker named by the words that introduced a person ("world number three Elsa Lindqvist"),
    # not by a title another office holds ("Deputy Chief Minister").
    pytest.param("World number three Elsa Lindqvist was beaten in three sets. Cole won in Queen's.\n\n"
                 'The world number three said she would "take a few days and go again" before Wimbledon.',
                 [("The world number three", "Elsa Lindqvist")], id="the-world-number-three"),
    pytest.param("Kremlin Spokesman Dmitry Kalashov met reporters. Russian President Arkady Belov had met Kemal Aydogan.\n\n"
                 '"It is too early to talk about specific parameters," the Kremlin spokesman said.',
                 [("the Kremlin spokesman", "Dmitry Kalashov")], id="the-kremlin-spokesman"),
    pytest.param("Chief Minister Eknath Shinde announced the package. Deputy Chief Minister Devendra Fadnavis backed it.\n\n"
                 '"Farmers got nothing but promises," the chief minister said.',
                 [("the chief minister", "Eknath Shinde")], id="not-the-deputy"),
    # The holder named inside an office's "of" phrase, and a quotation that speaks to the other president.
    pytest.param("President of Ukraine Yuriy Kovalchuk has stated that Ukraine will not discuss any truce.",
                 [("President of Ukraine Yuriy Kovalchuk", "Yuriy Kovalchuk")], id="office-of-place-holder"),
    pytest.param("Kovalchuk said he had spoken by phone with Turkish President Kemal Aydogan.\n\n"
                 '"I thanked Kemal for his efforts," the President said.',
                 [("Kovalchuk", "Kovalchuk"), ("the President", "Kovalchuk")], id="the-president-who-thanks-kemal"),
    # A hyphen inside a word in the phrase signing a quotation.
    pytest.param("Freja Holm said the shoot was hard.\n\nThe film was acquired by Lantern Pictures. “Ines is one of the most "
                 "precise filmmakers working today, and it is her masterpiece,” Lantern co-president Dana Whitlock said in a statement.",
                 [("Freja Holm", "Freja Holm"), ("Lantern co-president Dana Whitlock", "Dana Whitlock")], id="co-president"),
    # A body's kind set off before its name; a friend's words joined to a title before one name.
    pytest.param('Roddy Kettering has died. His label, Northern Quarter Records, said in a statement that it was "devastated".',
                 [("His label", "Northern Quarter Records")], id="his-label-named"),
    pytest.param("Kaycee Marlowe posted a video. Her best friend and former co-star Tamsin Okafor was among the first to comment, "
                 "writing: 'So proud of you babe, onwards and upwards.'",
                 [("Her best friend and former co-star Tamsin Okafor", "Tamsin Okafor")], id="friend-and-co-star"),
])
def test_speakers_of_the_fifty_eighth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker_text, antecedent_of(c, text)) for c in all_claims_of(text, nlp, lexicons, config)] == expected


@pytest.mark.parametrize("text", [
    'Sheikh Jassim bin Fahad Al Thani opened the session by saying that "no single country can secure these waters".',
    "The minister responded by saying that the harbour would stay open.",
])
def test_a_deed_done_by_saying_is_one_claim_of_the_verb_of_saying(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    assert [c.cue for c in all_claims_of(text, nlp, lexicons, config)] == ["saying"]


def test_a_qa_headed_by_the_interviewees_name_gives_her_the_answers(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # The introduction's name tagged an organisation and its first paragraph's left untagged: the
    # name heading the headline before its colon is whom the answers are by.
    title = "Nadia Ferreira-Holt: 'I wanted to make a film about the harbour'"
    text = (f"{title}\n\nNadia Ferreira-Holt is sitting in a café in Hackney, explaining why her new film almost did not get made.\n\n"
            "Q: Why did you want to tell this story now?\n\nA: Because my grandmother died and I could not go to the funeral.\n\n"
            "Q: What's next?\n\nA: A comedy, believe it or not. Everyone thinks I'm very serious.\n")
    answers = [c for c in all_claims_of(text, nlp, lexicons, config, title=title) if c.cue == ":"]
    assert [(c.quote_text, antecedent_of(c, text)) for c in answers] == [
        ("Because my grandmother died and I could not go to the funeral.", "Nadia Ferreira-Holt"),
        ("A comedy, believe it or not. Everyone thinks I'm very serious.", "Nadia Ferreira-Holt")]


@pytest.mark.parametrize("text", [
    # A document's title signed is a deed; a name given to a place is nobody's words.
    'The two leaders signed a "Joint Statement on Strengthening Energy Security in the Black Sea Region" in Sochi.',
    "The two sides signed a “Roadmap for Strategic Energy Cooperation” covering oil, gas and electricity.",
    'The dispute is over the islands off Hokkaido, called the "Northern Territories" in Japan and the "Southern Kurils" in Russia.',
    # A nickname someone was known by; a campaign's slogan as its name.
    'Friends at the Kirkdale Wheelers club, where he rode every Sunday, knew him as "Danny Wheels", a nickname he loved.',
    "Floods hit the town. The SES's long-running \"If it's flooded, forget it\" campaign has been repeated on local radio all week.",
])
def test_titles_and_names_in_quotation_marks_are_no_claims(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    assert all_claims_of(text, nlp, lexicons, config) == []


@pytest.mark.parametrize(("text", "medium"), [
    pytest.param('Danny Weir is a pundit. He told talkSPORT: "You take that money all day long."', "talkSPORT", id="talksport"),
    pytest.param('"It is a great headline," Oduya told TheWrap on Thursday.', "TheWrap", id="thewrap"),
    # (not the speaker set off after the outlet)
    pytest.param("In an interview with IRNA, Russian Ambassador to Tehran Alexey Grachev said Moscow viewed Iran as a partner.",
                 "IRNA", id="interview-then-speaker"),
    # A platform taken to (not the streets).
    pytest.param('Taking to Instagram on Monday night, Kaycee wrote: "Sometimes you have to choose your own peace."', "Instagram",
                 id="taking-to-instagram"),
    pytest.param("Taking to the streets, the protesters said they would not give up.", None, id="taking-to-the-streets"),
])
def test_media_of_the_fifty_ninth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, medium: str | None) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == [medium]


@pytest.mark.parametrize(("text", "expected"), [
    # (the sixtieth session's review) A body's part speaks for the body named with it, however
    # the tagger labelled the name ("Ukrenergo" a person).
    pytest.param("Scheduled power outages will be applied in Kyiv on Wednesday, the press service of Ukrenergo reported.",
                 "Ukrenergo", id="press-service-of"),
    pytest.param("The IAEA mission at the Zaporizhzhia NPP said on Monday that the plant had lost power.", "IAEA", id="the-iaea-mission"),
    # "He" read before the quotation that talks of another "he"; the name after "X turned Y" is
    # whom the sentence is about.
    pytest.param('Manager Steve Cole said the player was not for sale.\n\nFormer City striker turned pundit Danny Weir believes the '
                 'club should cash in. He told talkSPORT: "You take that money all day long. He\'s 29, he\'s had his best years."',
                 "Danny Weir", id="striker-turned-pundit"),
    # A capitalised word the article also writes in lower case is no name at a sentence's start.
    pytest.param('Mara Brooks told People magazine the day was perfect. The mayor told people to stay home. People said the water '
                 'was rising. "It was over," she told People magazine.', "Mara Brooks", id="people-is-no-name"),
    # "The agency" is no ministry that spoke before.
    pytest.param("Earlier, the Ukrainian Foreign Ministry said that Kiev considered the statement propaganda. The agency reports "
                 "that the head of the ministry will travel to Brussels on Thursday.", None, id="the-agency-no-ministry"),
    # A title read past a preposition no title holds ("the junior partner in Chancellor …" is no junior chancellor).
    pytest.param("The Social Democrats (SPD), the junior partner in Chancellor Matthias Kessler's coalition, reacted with fury. Deputy "
                 'government spokeswoman Annette Vogelsang told reporters that the chancellor had "full confidence" in the coalition.\n\n'
                 'The chancellor, speaking in Hanover, said only that the partners would "find a common line before Christmas."',
                 "Matthias Kessler", id="the-chancellor-in-a-possessive"),
    # A name tagged a body, set off after a role the parser hung on the body's name.
    pytest.param("Air defence was active over the capital, Andrii Horbatiuk said on Telegram.\n\nThe head of the Kyiv City Military "
                 "Administration, Yurii Datsenko, said debris from a downed drone fell on a residential building.",
                 "Yurii Datsenko", id="the-head-of-the-body-named"),
    # "a Moderate" describes; it names no one.
    pytest.param("Justice Minister Magnus Öhrvall announced the zones on Monday. The minister, a Moderate, said he expected the zones "
                 "to be used sparingly.", "Magnus Öhrvall", id="a-party-member"),
    # Courts and inquests.
    pytest.param('Recording a conclusion of accidental death, Senior Coroner Alison Garside said Mr Fearon had been "entirely '
                 'blameless".\n\nThe coroner said she would be writing a report to the Department for Transport.',
                 "Coroner Alison Garside", id="the-coroner"),
    pytest.param("Defending, Conor Brassil BL said his client had a long history with addiction.\n\n“He is mortified by his behaviour "
                 "that night,” counsel said.", "Conor Brassil BL", id="counsel-said"),
    pytest.param("The Bureau of Meteorology said the river was expected to peak on Thursday.\n\nMore rain is forecast for the "
                 "Northern Rivers until Saturday, the bureau said.", "Bureau of Meteorology", id="the-bureau"),
    # A family's statement is not the dead man's words.
    pytest.param("Daniel Fearon died at the scene. A statement from Mr Fearon's family was read to the court by his mother.\n\n"
                 '"Danny was the kind of lad who would give you his last tenner," it said.', None, id="the-familys-statement"),
    # The name's last word hung on its first, and a description set off as a second subject.
    pytest.param("The inquest heard from several witnesses.\n\nPC Martin Skelly, a forensic collision investigator with Merseyside "
                 'Police, said the lorry\'s nearside mirror had been "knocked out of alignment" some days before the crash and the fault '
                 "had not been reported.", "Martin Skelly", id="name-before-its-description"),
    # Whose answer leads into the quotation with a colon.
    pytest.param("Federal Interior Minister Jörg Wendeborn defended his plan. The chancellor Matthias Kessler said only that the "
                 "partners would talk.\n\nWendeborn's answer on Monday morning was blunt: „I am not withdrawing anything.“",
                 "Wendeborn", id="his-answer-was"),
    # An office tagged a body is no speaker of its own.
    pytest.param("Economics Minister Regula Aebischer said it was a clear no. Aebischer said the Federal Council would present "
                 'proposals. The 52-year-old Federal Councillor admitted that rents had become "unaffordable for the people who work '
                 'there".', "Aebischer", id="the-federal-councillor"),
    # The body named after the noun a role is of.
    pytest.param("A director of his employer, Mersey Freight Logistics, said the firm had since introduced daily mirror checks.",
                 "Mersey Freight Logistics", id="director-of-his-employer-named"),
    # Results published by a body are its.
    pytest.param("The initiative was rejected by 56.3% of voters on Sunday, according to final results published by the Federal "
                 "Chancellery.", "Federal Chancellery", id="results-published-by"),
])
def test_speakers_of_the_sixtieth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


@pytest.mark.parametrize(("text", "media"), [
    pytest.param('"We just knew it was right," the couple tell PEOPLE exclusively.', ["PEOPLE"], id="people-in-capitals"),
    pytest.param('"It was perfect," Brooks told People.', ["People"], id="people-magazine"),
    # Where a sentence signed after a comma was said; an outlet named with "of" inside.
    pytest.param("Russian forces launched 47 missiles and 312 drones, the Ukrainian Air Force reported on Telegram.", ["Telegram"],
                 id="reported-on-telegram"),
    pytest.param('"Serbia wants peace in the north," Nenad Đorđević told Radio Television of Serbia, RTS.',
                 ["Radio Television of Serbia"], id="name-with-of"),
    # The outlet that asked is where the answer was given.
    pytest.param('Asked by SVT whether the zones could lead to ethnic profiling, the minister Magnus Öhrvall said: "No. The zones '
                 'are about places."', [None, "SVT"], id="asked-by-svt"),
    # The interview goes on with the same person named again.
    pytest.param("Bailey told BBC Sport: \"After Tim's announcement, I doubt Greg Rusedski will be that far behind him.\" But Bailey "
                 'does see some hope for the future. He said: "Now we have dropped down a zone, the time was right."',
                 ["BBC Sport", "BBC Sport"], id="same-person-named-again"),
])
def test_media_of_the_sixtieth_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, media: list[str | None]) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == media


@pytest.mark.parametrize(("text", "media"), [
    # (the sixty-first session's review) A site's address, and a local title named "<place> Live".
    pytest.param('Parent Amy Clarke told KSL.com she was "relieved" by the vote.', ["KSL.com"], id="site-address"),
    pytest.param('Councillor Ray Dunn told Nottinghamshire Live: "We have been let down by the trust."', ["Nottinghamshire Live"],
                 id="place-live"),
    pytest.param('Speaking to Bristol Live, Mr Dunn said the plan was "dead".', ["Bristol Live"], id="speaking-to-place-live"),
    # (a live audience is none)
    pytest.param("Lee Park told the live audience he would stay.", [None], id="live-audience"),
    # More platforms, one of two words, and a listed outlet's
    # programme named for a day.
    pytest.param('"I paid $249 for this thing in 2022," one owner wrote on Reddit.', ["Reddit"], id="reddit"),
    pytest.param('Ashby congratulated Thibodeaux in a post on Truth Social, calling him "a TREMENDOUS fighter".', ["Truth Social"],
                 id="truth-social"),
    pytest.param('In an interview on "Fox News Sunday," Mabry said the new member would be sworn in as soon as Tuesday.',
                 ["Fox News Sunday"], id="fox-news-sunday"),
])
def test_media_of_the_sixty_first_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, media: list[str | None]) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config)] == media


@pytest.mark.parametrize(("text", "outlet", "media"), [
    # (the sixty-second session's review) The article's own outlet, told something, is the medium
    # (names no list holds and the model leaves untagged), also by the first words of its name.
    pytest.param('"We intend to find out who else knew," Feliciano told Law360 in a phone interview.', "Law360", ["Law360"],
                 id="law360"),
    pytest.param("Trellis chief executive Bronwyn Aldous told STAT that the company would appeal.", "STAT", ["STAT"], id="stat"),
    pytest.param("Keisha Morrow, the victim's aunt, told KSHB 41 that the family wanted answers.", "KSHB 41 Kansas City News",
                 ["KSHB 41"], id="first-words-of-the-outlet"),
    pytest.param('Anna Pawlak, a law expert, told Notes from Poland that both sides were "locked in a conflict".', "Notes from Poland",
                 ["Notes from Poland"], id="the-whole-name"),
    pytest.param('In an interview on "Fox News Sunday," Mabry said the new member would be sworn in on Tuesday.', "Fox News",
                 ["Fox News Sunday"], id="the-outlets-programme"),
    pytest.param("Gerrard told the BBC Liverpool were unlikely to win the trophy this year.", "BBC", ["BBC"], id="not-the-subject-after-it"),
    # (a name written with "The" only after "the": "told Hill" is a person)
    pytest.param("Clinton told Hill that the vote would be close.", "The Hill", [None], id="the-hill-without-the"),
    # (another site's: no outlet of the list, no medium)
    pytest.param("Trellis chief executive Bronwyn Aldous told STAT that the company would appeal.", "Endpoints News", [None],
                 id="not-the-articles-outlet"),
])
def test_the_articles_own_outlet_is_a_medium(nlp: Language, lexicons: Lexicons, config: Config, text: str, outlet: str,
                                            media: list[str | None]) -> None:
    assert [c.medium for c in all_claims_of(text, nlp, lexicons, config, outlet=outlet)] == media


@pytest.mark.parametrize(("text", "expected"), [
    # (the sixty-second session's review) A scientist's or a police officer's profession stands for
    # the person introduced with it.
    pytest.param("Dr Lindsay Carrodus, a freshwater ecologist at the University of New England, said oxygen levels could crash. "
                 "The ecologist said the longer-term fix was to return more water to the river.", "Lindsay Carrodus", id="the-ecologist"),
    pytest.param("Det Garda Niamh Corcoran said the accused had a visible injury when he arrived at the station. "
                 '"That\'s correct. It was photographed," the detective replied.', "Niamh Corcoran", id="the-detective"),
    pytest.param("Under cross-examination by defence counsel Brendan Mac Giolla Rua SC, Det Garda Corcoran agreed that Mr Kinsella "
                 "had co-operated fully. Mr Mac Giolla Rua put it to the witness that his client had a visible injury. "
                 '"That\'s correct. It was photographed," the detective replied.', "Corcoran", id="the-detective-after-counsel"),
])
def test_a_profession_stands_for_the_person_introduced_with_it(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                                               expected: str) -> None:
    last = all_claims_of(text, nlp, lexicons, config)[-1]
    assert last.attribution == "nominal"
    assert (antecedent_of(last, text) or "").endswith(expected)


@pytest.mark.parametrize("text", [
    # (the sixty-second session's review) "she said" after someone the article keeps unnamed, who
    # spoke last, is that person, not the last woman named; a source's request to stay unnamed is
    # no claim.
    pytest.param("Arvold's public defender, Nadia Ferrante, asked for lower bail. The pharmacist who was working during the "
                 "robbery, who asked that her name not be published out of concern for her safety, told the Herald she had not "
                 'returned to work since. "You tell yourself it\'s probably fake," she said.', id="a-pharmacist-unnamed"),
    pytest.param("Judge Anita Kowalski set bail at $50,000. The daughter of one victim told The Post her mother had emptied a "
                 'retirement account. "My mother thinks he\'s her friend," she said.', id="a-victims-daughter"),
])
def test_she_said_after_an_unnamed_speaker_is_that_speaker(nlp: Language, lexicons: Lexicons, config: Config, text: str) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [c.speaker_text for c in claims][-2:] in (["The pharmacist", "she"], ["The daughter", "she"])
    assert claims[-1].attribution == "pronoun" and antecedent_of(claims[-1], text) is None
    assert not any(c.quote_text.startswith("that her name") for c in claims)


@pytest.mark.parametrize(("text", "expected"), [
    # (the sixty-second session's review) What a court heard, said at the sentence's end: a claim by
    # no one named; what neighbours heard is none.
    pytest.param("Kieran Dowd, 24, denied murder. He followed Mr Hussain outside and stabbed him twice in the chest, the court heard.",
                 [("He followed Mr Hussain outside and stabbed him twice in the chest", None)], id="the-court-heard"),
    pytest.param("The defendant had been drinking since noon, the jury heard on Tuesday.",
                 [("The defendant had been drinking since noon", None)], id="the-jury-heard-on-tuesday"),
    pytest.param("The family had lived there for decades, neighbours heard.", [], id="neighbours-heard"),
    # An unnamed source's account of a request is the source's claim; of what someone said, a relay.
    pytest.param("The FDA asked Trellis in October to provide additional liver biopsy data from the trial, according to a person "
                 "familiar with the agency's review.",
                 [("The FDA asked Trellis in October to provide additional liver biopsy data from the trial",
                   "a person familiar with the agency's review")], id="an-unnamed-sources-account"),
    pytest.param("The minister said the talks had failed, according to people familiar with the matter.",
                 [("the talks had failed", "The minister")], id="an-unnamed-source-relays-words"),
    # The name before "whose", whatever the parser made the subject.
    pytest.param("Parents of children with the disorder filled most of the meeting's public comment period. Tamsin Everly, whose "
                 "5-year-old son has been admitted to intensive care four times, told the panel that her family lives “one bad "
                 "meal away from the hospital.”",
                 [("that her family lives “one bad meal away from the hospital.”", "Tamsin Everly")], id="whose-son"),
    # A term of a word or two in quote marks right after "call" is no claim; a judgement of the object is.
    pytest.param("New workers are most at risk until their bodies adjust to the heat, a process that occupational health "
                 "researchers call “acclimatization.” It usually takes one to two weeks.", [], id="a-term-called"),
    pytest.param("Senator Ray Dunn called the plan “insanity.”", [("the plan “insanity.”", "Senator Ray Dunn")], id="a-judgement-called"),
    pytest.param('The film shows Mr Howard laughing at an impression of him as Dracula, which he calls "good fun".',
                 [('Mr Howard laughing at an impression of him as Dracula, which he calls "good fun"', "The film"), ('"good fun"', "he")],
                 id="a-judgement-which-he-calls"),
    # A short title the parser took for a sentence's end: the name after it speaks.
    pytest.param('"We want to thank the community for the tips that came in after we released those images," said Sgt. Alan Pruett, '
                 'the department\'s public information officer. "Keep them coming."',
                 [('"We want to thank the community for the tips that came in after we released those images," said Sgt. Alan Pruett, '
                   'the department\'s public information officer. "Keep them coming."', "Alan Pruett")], id="sgt-before-a-stop"),
    # "lead" read as a verb whose object is the name, in a quotation split by its attribution.
    pytest.param('The team published its results on Monday.\n\n"We were honestly expecting a bare rock," lead researcher Dr Elspeth '
                 'Marr, of the University of Leicester, told BBC News. "Instead we found steam."',
                 [('"We were honestly expecting a bare rock," lead researcher Dr Elspeth Marr, of the University of Leicester, told '
                   'BBC News. "Instead we found steam."', "researcher Dr Elspeth Marr")], id="lead-researcher"),
])
def test_claims_of_the_sixty_second_review(nlp: Language, lexicons: Lexicons, config: Config, text: str,
                                           expected: list[tuple[str, str | None]]) -> None:
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.quote_text, c.speaker_text) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the sixty-first session's review) A member of Congress by party and state, though another of
    # the party spoke since.
    pytest.param("Rep. Tom Whitaker (R-Ohio) said Wednesday that the petition was four signatures short. Rep. Sheila Voight (R-Fla.), "
                 "who signed it in October, said she would not remove her name. The Ohio Republican predicted that would put the "
                 'speaker in an awkward spot: "He can either lead on this or get run over by it."', "Tom Whitaker", id="ohio-republican"),
    pytest.param("Sen. Maria Delgado, D-N.M., called the bill a gift to growers. Sen. Tom Hale, R-Texas, said it was fair. "
                 "The New Mexico Democrat said it would pass anyway.", "Maria Delgado", id="new-mexico-democrat"),
    # "The manager" after an unnamed one who spoke is that one, not the chief executive last a subject.
    pytest.param('Chief executive Graham Okafor defended the policy on Monday. "We are a people business," Okafor said. One senior '
                 "manager in the Chicago office, who asked not to be named, told BI that four people had started looking for other "
                 'jobs. "People moved out of the city because leadership told them it was fine," the manager said.', None,
                 id="the-unnamed-manager"),
    # A body's officer, unnamed, speaks for the body.
    pytest.param("Helen Marsh-Adeyemi, a professor at Carden Business School, said the policy was risky. Tallis's closest rival, "
                 'Dunmore & Keane, has so far resisted a full return. Its chief people officer called hybrid work "a competitive '
                 'advantage we intend to keep."', "Dunmore & Keane", id="its-chief-people-officer"),
    pytest.param('Deutsche Boerse bosses have held "constructive, professional and friendly" talks with the London Stock Exchange '
                 "(LSE), its chief has said.", "Deutsche Boerse", id="its-chief-after-the-claim"),
    # The group named in apposition to the subject of what the group said.
    pytest.param("A conservative group, Secure America Action, is spending $2 million on television ads that call the nominee "
                 '"the warrior we need," the group said.', "Secure America Action", id="the-group-named-in-apposition"),
    # An estimate is its maker's.
    pytest.param("About 1.1 million people could lose benefits in an average month, according to an estimate by the Congressional "
                 "Budget Office.", "Congressional Budget Office", id="estimate-by"),
])
def test_speakers_of_the_sixty_first_review(nlp: Language, lexicons: Lexicons, config: Config, text: str, expected: str | None) -> None:
    assert last_antecedent(text, nlp, lexicons, config) == expected


def test_what_may_be_asked_is_no_claim_of_the_asker(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # "weighing whether to ask": nothing asked yet; the sources are the claim's.
    text = ("The administration is also weighing whether to ask the Supreme Court to intervene directly, according to two people "
            "familiar with the deliberations.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert [(c.cue, c.speaker_text, c.via) for c in claims] == [("according to", "two people familiar with the deliberations", None)]


def test_a_that_clause_after_the_one_told_and_the_occasion_is_what_was_told(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # (the parser hung "that she expects …" on "call" as a relative clause, "that" the object of "fall")
    text = "Chief Financial Officer Helen Vautrin told analysts on a conference call that she expects the ratio to fall below 65% by 2028."
    assert [(c.cue, c.quote_text) for c in all_claims_of(text, nlp, lexicons, config)] == [
        ("told", "that she expects the ratio to fall below 65% by 2028")]


def test_sources_pass_on_no_claim_in_a_relative_clause_of_what_they_said(nlp: Language, lexicons: Lexicons, config: Config) -> None:
    # (the sixty-first session's review) The aides are the deal's source and relay nothing; the
    # Democrats who say … speak on their own.
    text = ("Negotiators reached a tentative deal late Monday on a farm bill, according to three aides involved in the talks, setting up "
            "a clash with Senate Democrats who say the changes would push thousands of people off the program.")
    claims = all_claims_of(text, nlp, lexicons, config)
    assert sorted((c.cue, c.speaker_text, c.via) for c in claims) == [("according to", "three aides", None), ("say", "who", None)]
