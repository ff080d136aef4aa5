"""Mentions: the named entities spaCy finds, as offset records with their sentence index."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.dates import MONTH_NAMES, ZONE_NAMES
from pipeline.names import (
    BUSINESS_NOUNS,
    CAPITALISED_BODY_NOUNS,
    GENERATION_SUFFIXES,
    HONORIFICS,
    KIN_NOUNS,
    LOCAL_MEMBER_TITLES,
    MEMBER_POST_NOMINALS,
    MEMBER_TITLES,
    NICKNAME_CLOSING_MARKS,
    NICKNAME_OPENING_MARKS,
    OCCUPATION_NOUNS,
    PERSON_ROLE_NOUNS,
    PERSON_TITLES,
    POST_NOMINALS,
    SHORT_RANKS,
    SPORTS_ROLES,
    SURNAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    is_party_name,
    is_romanised_given_name,
)
from pipeline.schema import Claim, Mention
from pipeline.scraped import reporters_lines

# A possessive or a stray quote mark at an entity's edge is not part of the name ("Lavrov's",
# "“Moscow"): trimming keeps the surface forms of one name identical.
_EDGE_PUNCT = "\"'“”‘’«»„()[],.:;"


def sentence_starts(doc: Doc) -> list[int]:
    """Token index at which each sentence of `doc` starts (for sentence_index look-ups)."""
    # (what `doc.sents` gives, read from the token array: a Span for every sentence costs more)
    return starts_in_array(doc.to_array(SENT_START))


def starts_in_array(sent_start: numpy.ndarray) -> list[int]:
    """`sentence_starts` from a Doc's SENT_START array (1 where a sentence starts)."""
    if not len(sent_start):
        return []
    return [0, *(numpy.flatnonzero(sent_start[1:] == 1) + 1).tolist()]


def sentence_index(starts: list[int], token_index: int) -> int:
    """Index of the sentence holding `token_index`, given the sentence start tokens."""
    low, high = 0, len(starts) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if starts[mid] <= token_index:
            low = mid
        else:
            high = mid - 1
    return low


# Honorifics that only a person's name follows ("Lord" and "Lady" also name places and pubs).
_PERSON_HONORIFICS = HONORIFICS - {"lord", "lady", "madam"}


def sorted_ids(forms: Iterable[str]) -> numpy.ndarray:
    """The string ids of `forms`, sorted, for `written_as`."""
    return numpy.array(sorted({get_string_id(form) for form in forms}), dtype=numpy.uint64)


def written_as(ids: numpy.ndarray, orth: numpy.ndarray) -> numpy.ndarray:
    """Which tokens of a token array (`doc.to_array(ORTH)`) are one of the forms `ids` holds."""
    # (a sorted look-up: `numpy.isin` compares the tokens with each form in a Python loop)
    found: numpy.ndarray = ids[numpy.minimum(numpy.searchsorted(ids, orth), len(ids) - 1)] == orth
    return found


# Generations as a text writes them ("Jr", "Jr.", "JR", "III").
_GENERATION_IDS = sorted_ids(form for word in GENERATION_SUFFIXES
                              for form in (word, word.capitalize(), word.upper(), word.capitalize() + ".", word.upper() + "."))
# Those honorifics as a text writes them ("Ms", "Ms.", "MS").
_HONORIFIC_IDS = sorted_ids(form for word in _PERSON_HONORIFICS
                             for form in (word, word.capitalize(), word.upper(), word + ".", word.capitalize() + "."))


# A name joined to a word in lower case by a hyphen is a modifier, no person ("Oscar-winning",
# "Bermuda-based", "Blu-ray": 48 such "people" in the BBC set's 2,092 articles, none a person's name).
_HYPHENATED_MODIFIER = re.compile(r"[A-Z][\w'’.]*(?:-[A-Za-z]+)*-[a-z]+")


def correct_entities(doc: Doc, is_first_name: Callable[[str], bool] | None = None) -> Sequence[Span]:
    """Fix the small model's tagging slips in place, before mentions and claims read
    `doc.ents`, and return the corrected entities (what `doc.ents` then gives: the stages take them
    from here, as every read of `doc.ents` builds its Spans anew). The slips: a name after "Dr",
    "Mr", "Ms" … is a person whatever its tag ("Dr Femi Ogunleye"
    tagged ORG), and not part of a name run into it ("with Tanzania Mr Brown said"); so is a name
    tagged ORG after a team role in lower case ("captain Fabien Pelous") or led by one ("Winger
    Rhodri Pugh") or by an occupation before a first name ("Campaigner Rhiannon Davies"), a full
    name tagged ORG whose surname the article writes after one ("Yonca Brunini" … "Ms Brunini"),
    the surname of a person named in full earlier ("David Campese … Campese" with "Campese" tagged
    NORP, "Sergey Lavrov … Lavrov" tagged ORG, "Daniel Faraday … Faraday himself" tagged DATE; tagged a place where the full name opens with what
    `is_first_name` takes for a first name: "Oleksiy Honcharuk … Honcharuk", "Lindsay Davenport …
    Davenport", not the slogan "Make Melbourne" … "Melbourne"), and "May" taken for a modal verb
    before a finite one ("May said:"); a party's name tagged PERSON ("Labour", "the Lib Dems") is
    an organisation, and so is a name tagged PERSON right after a firm's or body's noun anywhere
    ("gaming group Wembley … Wembley announced", "the charity Mencap") or ending as a club's or
    another body's name ("Cwmteg RFC", "Gatwick Airport"); "Liberal" left out of
    "Liberal Democrats" belongs to it; and a word without a capital letter is no person's name
    ("the ward" tagged PERSON; a pronoun could take it as antecedent), nor a name joined to a
    modifier ("Oscar-winning"); a generation tagged apart
    ("Jr") is part of the name before it, and so is a first name left out ("Gwen" of "Gwen
    Parry", also before a surname tagged a product or an organisation); a name split before or after a lower-case particle
    ("Abdulaziz" + "bin Salman") is one, and so is one cut at a hyphen ("Moon Jae" of "Moon
    Jae-in"); a name tagged ORG set off after a role only a person
    holds is a person's ("Russia's ambassador to the UN, Vassily Nebenzia"), and so is one
    described as a person ("Mum-of-three Leanne Cross", "Dean Hughes, 52,") or after a local
    representative's title ("Councilmember Ann Lee" tagged ORG), and so is a name of two or three
    capitalised words after "spokesperson" ("MEA spokesperson Randhir Jaiswal" tagged a product), or
    after "host" or "anchor" when it opens with a first name ("host Shannon Bream"); a place joined by
    "and" to a force or council is part of its name ("Avon and Somerset Police"); and a participle
    opening the sentence is no part of the name after its comma ("Defending, Simon Hale"), nor a
    question's modal ("Will Türkiye buy …?"); a person's office after "the" tagged a body ("The
    Taoiseach said") is no name, and an untagged name's possessive opens the body's name after it
    ("the Alzheimer's Society"), as the proper nouns joined to a country tagged alone open a body
    named for it ("Cycling UK"); letters after a name tagged apart ("Pemberton" + "KC") are no
    body; an untagged subject that is the surname of a full name written before is that person
    ("Mensah, 18, was mobbed"); and an
    organisation's name cut after its "of" goes on in the one tagged right after it ("the
    Association of Directors of" + "Adult Social Services"). Also: an office written in a name's
    place is no name ("The Governor", "the ex-Senate President", "Engr." before a name); an
    untagged name after "Mr", "Dr" … is a person's ("Mr Babatunde Sanwo-Adeyemi"), and so is a first
    name with an age ("renter Shannon, 29,"), a family name written first and then alone ("Choi
    Min-jung … Choi" tagged ORG), and a long name the tagger lost in its middle ("Mian Shahid" +
    "Nawaz" + "Qureshi" tagged a place); a member's title inside a name tagged a body splits it
    ("Trinamool Congress" + "MP" + "Sushmita Dey"). A time zone ("GMT") and a body's common noun in
    lower case after "the" ("the congress") are no names; a given name left untagged before "bin"
    is part of the name; "Team GB" and a body named for a country of two words ("Health New
    Zealand") are bodies. An office inside a name tagged a body splits it ("Kremlin Spokesman
    Dmitry Kalashov"; "Ukraine Yuriy Kovalchuk" after "President of"); an office's untagged holder
    after its place is a person ("Ambassador to Tehran Alexey Grachev"); a portfolio tagged before
    a minister's title is no body ("Energy" of "Energy Minister"); and a name after "counterpart",
    or with a role set off after it ("Roddy Kettering, the frontman of …"), is a person's."""
    # (a modal never stands right before "said" or "wrote"; Mrs May does. The tagger may also
    # have taken her for the month.)
    # (found through the token array: a Token object for every token of every article costs more
    # than the rest of this function)
    orth = doc.to_array(ORTH)
    if written_as(_GENERATION_IDS, orth).any():
        _join_generations(doc)
    if (marks := numpy.flatnonzero(written_as(_NICKNAME_MARK_IDS, orth))).size >= 2:
        _join_nicknames(doc, marks.tolist())
    at = (int(i) for i in (orth == doc.vocab.strings["May"]).nonzero()[0] if i + 1 < len(doc))
    mays = {i for i in at if (doc[i].tag_ == "MD" or doc[i].dep_ == "aux") and doc[i + 1].lower_ in LEAD_IN_VERBS
            and doc[i].ent_type_ in ("", "DATE")}
    corrected = [Span(doc, i, i + 1, label="PERSON") for i in sorted(mays)]
    changed = bool(mays)
    surname_seen_at: dict[str, int] = {}  # surname of a full name tagged PERSON → where that name ends
    given_surname_seen_at: dict[str, int] = {}  # … of one that opens with a known first name
    body_names: set[str] = set()  # names tagged PERSON right after a firm's or body's noun: the body's wherever they stand
    ents = doc.ents  # (built anew, token by token, at every read)
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title:
            surname_seen_at.setdefault(ent[-1].text, ent.end)
            # (the first name may follow a title the tagger took into the name: "Superintendent Denise Carrow")
            if is_first_name is not None and any(is_first_name(token.text) for token in ent[:-1]):
                given_surname_seen_at.setdefault(ent[-1].text, ent.end)
            if len(ent) >= 3 and ent[-2].is_title:
                surname_seen_at.setdefault(ent[-2:].text, ent.end)  # "La Riva" of "Gloria La Riva"
                if len(ent) == 3 and is_first_name is not None and is_first_name(ent[0].text) and not is_first_name(ent[1].text):
                    surname_seen_at.setdefault(ent[1].text, ent.end)  # "Sheinbaum" of "Claudia Sheinbaum Pardo"
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title and ent[0].is_alpha and \
                ent[0].lower_ not in _TITLES_LIKE_NAMES and is_first_name is not None and not is_first_name(ent[0].text) and \
                is_romanised_given_name(ent.text.split()[1:]):
            # "Choi" of "Choi Min-jung", "Wang" of "Wang Yi": the family name written first (not
            # "Xbox" of "Xbox Live" tagged a person)
            surname_seen_at.setdefault(ent[0].text, ent.end)
        # (the noun in lower case: in "Child Support Agency Doug Smith" it ends the agency's name, and a person's follows)
        if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].text in _BODY_NOUNS:
            body_names.add(ent.text)
    # Surnames written after "Ms", "Mr", "Dr" …: a person's, also where the tagger made the full
    # name an organisation ("said Yonca Brunini of Yahoo" tagged ORG, then "Ms Brunini told …").
    honorifics_at = numpy.flatnonzero(written_as(_HONORIFIC_IDS, orth)).tolist()
    addressed = {doc[i + 1].text for i in honorifics_at if i + 1 < len(doc)}
    for ent in ents:
        if ent.start in mays or ent.end - 1 in mays:
            continue  # "May wrote" tagged DATE
        if len(ent) == 1 and ent.label_ in ("ORG", "NORP", "GPE") and ent[0].lower_ in _ROLE_TITLE_WORDS and ent.start > 0 and \
                doc[ent.start - 1].lower_ == "the":
            changed = True  # "The Taoiseach said" tagged ORG: a person's office, said of its holder
            continue
        if ent.label_ == "GPE" and ent.text in COUNTRIES_IN_BODY_NAMES and ent.root.dep_ not in _MODIFIER_DEPS and \
                (first := _name_words_before(doc, ent.start, ent.root.i)) < ent.start:
            # "Cycling UK said", "Public Health England", "Cricket Australia" (the country tagged
            # alone): the capitalised words the parser joined to the country before it make a body's name
            ent = Span(doc, first, ent.end, label="ORG")
            changed = True
        if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" and doc[ent.start - 2].pos_ == "PROPN" and \
                doc[ent.start - 2].is_title and not doc[ent.start - 2].ent_type_ and ent[0].is_title and \
                (ent.start < 3 or doc[ent.start - 3].pos_ != "PROPN"):
            # "the Alzheimer's" + "Society": an untagged name's possessive opens the body's name
            ent = Span(doc, ent.start - 2, ent.end, label="ORG")
            changed = True
        if len(ent) >= 2 and ent[0].tag_ == "MD" and ent[0].is_sent_start and ent.sent[-1].text == "?":
            # "Will Türkiye buy the jets?" tagged as one name: the question's modal is no first name
            # (nor is a verb after it: "Will Twitter Be Next?" names no one)
            changed = True
            if any(t.pos_ in ("VERB", "AUX") for t in ent[1:]):
                continue
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        if ent.label_ == "ORG" and len(ent) >= 3 and (member := next(
                (k for k in range(ent.start + 1, ent.end - 1) if doc[k].lower_ in MEMBER_TITLES), None)) is not None and \
                1 <= ent.end - member - 1 <= 3 and all(t.is_title and t.is_alpha for t in doc[member + 1:ent.end]):
            # "Trinamool Congress MP Sushmita Dey" tagged ORG: the party, then a member's name
            corrected.append(Span(doc, ent.start, member, label="ORG"))
            ent = Span(doc, member + 1, ent.end, label="PERSON")
            changed = True
        if is_first_name is not None and ent.label_ == "ORG" and len(ent) >= 4 and (of := _person_of_firm(doc, ent, is_first_name)):
            # "Lauren Feliciano of Feliciano Rhodes LLP" tagged ORG whole: the lawyer, then her firm
            corrected.append(Span(doc, ent.start, of, label="PERSON"))
            ent = Span(doc, of + 1, ent.end, label="ORG")
            changed = True
        if is_first_name is not None and len(ent) >= 3 and (split := _office_inside_name(doc, ent, is_first_name)) is not None:
            # "Kremlin Spokesman Dmitry Kalashov" tagged ORG, "Ukraine Yuriy Kovalchuk" (of "President
            # of Ukraine Yuriy Kovalchuk"): a body or place, then a person's name
            body_end = split
            while body_end > ent.start and doc[body_end - 1].lower_.rstrip(".") in _OFFICES:
                body_end -= 1  # (without the office, of one word or more: "Detective Constable")
            if body_end > ent.start:
                corrected.append(Span(doc, ent.start, body_end, label="GPE" if ent.label_ == "GPE" else "ORG"))
            ent = Span(doc, split, ent.end, label="PERSON")
            changed = True
        if is_first_name is not None and ent.label_ in ("GPE", "ORG") and (holder := _holder_after_place(doc, ent, is_first_name)):
            # "Russian Ambassador to Tehran" + "Alexey Grachev" (untagged): the office's holder
            corrected.append(ent)
            ent = holder
            changed = True
        inner = next((k for k in range(ent.start + 1, ent.end - 1) if doc[k].lower_.rstrip(".") in _PERSON_HONORIFICS), None)
        if inner is not None:  # "with Tanzania Mr Brown said" (no comma): two names, the second a person's
            corrected.append(Span(doc, ent.start, inner, label=ent.label_))
            ent = Span(doc, inner, ent.end, label="PERSON")
            changed = True
        if len(ent) >= 3 and ent[1].text == "," and (ent[0].tag_ == "VBG" or ent[0].lower_ in _COURT_PARTS):
            # "Defending, Simon Hale said" tagged as one name: the participle says on whose side
            # the person speaks in court (a person, whatever the tag), and is no part of the name
            ent = Span(doc, ent.start + 2, ent.end, label="PERSON" if ent[0].lower_ in _COURT_PARTS else ent.label_)
            changed = True
        if len(ent) <= 2 and ent.label_ == "ORG" and all(t.lower_ in _PORTFOLIO_WORDS for t in ent) and ent.end < len(doc) and \
                doc[ent.end].is_title and doc[ent.end].lower_ in _OFFICES:
            changed = True  # "Energy" of "Energy Minister Nikolai Tolmachev", "Cabinet" of "Chief Cabinet Secretary": a portfolio
            continue
        if 2 <= len(ent) <= 3 and ent.label_ == "ORG" and ent[-1].lower_ in _OFFICES and ent[-1].is_title and \
                all(t.lower_ in _PORTFOLIO_WORDS for t in ent[:-1]) and not (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"):
            changed = True  # "The 52-year-old Federal Councillor admitted": an office, no body's name
            continue
        if len(ent) == 1 and ent.label_ in _PLACE_OR_BODY_LABELS and (ent.text in ZONE_NAMES or (
                ent[0].is_lower and ent[0].is_alpha and ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "its", "their"))):
            # "GMT" of a date line or a live blog's entry time; "the congress alleged", a common noun
            # standing for a body named before, no name of its own (it would join every "Congress")
            changed = True
            continue
        if ent.label_ == "PERSON" or (len(ent) == 1 and ent[0].lower_ in _SHORT_TITLES) or \
                (ent.label_ == "ORG" and all(t.lower_.rstrip(".") in _OFFICES for t in ent)):  # ("Detective Inspector" + "Steven Jones")
            if not any(ch.isupper() for ch in ent.text) or _HYPHENATED_MODIFIER.fullmatch(ent.text) or \
                    _office_alone(doc, ent, is_first_name) or _one_of_a_kind(ent):
                changed = True
                continue
            if is_first_name is not None and _first_name_left_out(doc, ent, is_first_name):
                # "Gwen" + "Parry" (only the surname tagged): the full name, not a surname that
                # would stand for the person as canonical name
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
                changed = True
            if is_party_name([w for w in ent.text.split() if w.casefold() != "the"]) or ent.text in body_names or \
                    ent.text in _FORCES_BY_ONE_WORD or (len(ent) >= 2 and (ent[-1].text in _BODY_NAME_ENDINGS or ent[0].text == "Team")):
                # "Labour", "the Lib Dems": a party, never "he"; "gaming group Wembley", "car
                # maker Ford": the noun before the name says it is a firm's; "Cwmteg RFC" a club,
                # "Gatwick Airport" an airport, "Team GB" a national team
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        elif ent.label_ in ("PRODUCT", "WORK_OF_ART", "NORP", "ORG") and len(ent) == 1 and ent[0].is_title and \
                is_first_name is not None and _first_name_left_out(doc, ent, is_first_name):
            # "Gwen" + "Prosser" tagged a product: a person's full name
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
            changed = True
        elif ent.label_ in ("NORP", "ORG") and ent.text in ("Democrats", "Democrat") and ent.start > 0 and \
                doc[ent.start - 1].text in _PARTY_ADJECTIVES and not doc[ent.start - 1].ent_type_:
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
            changed = True
        elif (ent[0].lower_.rstrip(".") in _PERSON_HONORIFICS and len(ent) > 1) or \
                (ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _PERSON_HONORIFICS) or \
                ((ent.label_ in ("NORP", "ORG") or (ent.label_ == "DATE" and ent.text.casefold() not in _DATE_WORDS)) and
                 len(ent) <= 2 and surname_seen_at.get(ent.text, len(doc)) <= ent.start) or \
                (ent.label_ == "GPE" and len(ent) == 1 and given_surname_seen_at.get(ent.text, len(doc)) <= ent.start) or \
                (ent.label_ == "ORG" and 2 <= len(ent) <= 3 and ent[-1].text in addressed and all(t.is_title and t.is_alpha for t in ent)) or \
                (ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and ent.start > 0 and 2 <= sum(t.is_alpha for t in ent) <= 3 and
                 all((t.is_title and t.is_alpha) or (t.text == "-" and 0 < t.i - ent.start < len(ent) - 1) for t in ent) and
                 (doc[ent.start - 1].lower_ in _SPOKES_NOUNS or (
                     doc[ent.start - 1].lower_ in _PRESENTER_NOUNS and is_first_name is not None and is_first_name(ent[0].text)))) or \
                (ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].text in _ROLES_BEFORE_NAMES and
                 all(t.text[:1].isupper() or t.text == "-" for t in ent) and 2 <= sum(t.is_alpha for t in ent) <= 3) or \
                (ent.label_ == "ORG" and 3 <= len(ent) <= 4 and all(t.is_title and t.is_alpha for t in ent) and
                 (ent[0].lower_ in _ROLES_BEFORE_NAMES or
                  (ent[0].lower_ in OCCUPATION_NOUNS and is_first_name is not None and is_first_name(ent[1].text)))) or \
                (len(ent) == 1 and ent.label_ in ("FAC", "GPE", "LOC", "ORG", "NORP", "PRODUCT") and is_first_name is not None and
                 is_first_name(ent.text) and _aged_after(ent)) or \
                (ent.label_ in _PLACE_OR_BODY_LABELS and is_first_name is not None and 2 <= len(ent) <= 3 and ent.start > 0 and
                 (doc[ent.start - 1].lower_ in PERSONS_ROLE_NOUNS or doc[ent.start - 1].lower_ == "counterpart") and
                 doc[ent.start - 1].is_lower and is_first_name(ent[0].text) and all(t.is_title and t.is_alpha for t in ent)) or \
                (ent.label_ in _PLACE_OR_BODY_LABELS and (  # (the only labels the four tests take: spares the rest of the article's entities)
                    _holds_the_role_before(ent) or _names_a_relative(ent) or _described_as_a_person(ent) or _after_a_persons_title(ent))):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
        if ent.label_ == "PERSON" and _glued_lower_syllable(doc, ent.end):
            changed = True
            if len(ent) == 1 and len(doc[ent.end + 1]) >= 4:
                continue  # "Oscar" + "-winning", "Bermuda" + "-based": a modifier, no one's name (not "Chan" + "-o-cha")
            end = ent.end
            while _glued_lower_syllable(doc, end):
                end += 2  # "Moon Jae" + "-in": a given name of two syllables; "Chan" + "-o-cha", of three
            ent = Span(doc, ent.start, end, label="PERSON")
        # (the particles may be left untagged between the two: "Ursula von" + "der" + "Leyen")
        # (counted on indices: a Span for every entity costs more than the test)
        between = max(0, ent.start - corrected[-1].end) if corrected else 0
        if corrected and between <= 2 and all(doc[k].text in _NAME_PARTICLES for k in range(corrected[-1].end, ent.start)) and \
                corrected[-1].label_ == "PERSON" and (
                (ent.label_ == "PERSON" and (ent[0].text in _NAME_PARTICLES or between > 0)) or
                ((corrected[-1][-1].text in _NAME_PARTICLES or between > 0) and len(ent) == 1 and ent[0].is_title)):
            # "Abdulaziz" + "bin Salman", "Ursula von der" + "Leyen" (tagged a place): one name,
            # not a surname that would join everyone called bin Salman
            ent = Span(doc, corrected.pop().start, ent.end, label="PERSON")
            changed = True
        elif ent.label_ == "PERSON" and ent[0].text in _ARABIC_PARTICLES and ent.start > 0 and \
                (not corrected or corrected[-1].end < ent.start) and (before := doc[ent.start - 1]).pos_ == "PROPN" and \
                before.is_title and before.is_alpha and not before.ent_type_ and before.lower_ not in PERSON_ROLE_NOUNS:
            # "Sultan" + "bin Khalid al-Kuwari", the given name left untagged (an Arabic name never
            # starts with "bin"; the parser hung it on an office's words)
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
            changed = True
        if corrected and corrected[-1].label_ == "PERSON" and len(ent) == 1 and ent.label_ in ("GPE", "ORG", "NORP", "LOC") and \
                ent[0].is_title and ent[0].is_alpha and 1 <= ent.start - corrected[-1].end <= 2 and \
                all(doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_
                    for k in range(corrected[-1].end, ent.start)):
            # "Mian Shahid" + "Nawaz" + "Qureshi" (tagged a place): one long name, the tagger
            # lost in its middle
            ent = Span(doc, corrected.pop().start, ent.end, label="PERSON")
            changed = True
        if corrected and corrected[-1].end == ent.start and corrected[-1].label_ == "PERSON" and len(ent) == 1 and \
                ent[0].text in _LETTERS_AFTER_NAMES:
            # "Alison Pemberton" + "KC" (tagged ORG): a rank written after a name is no body of its own
            changed = True
            continue
        if corrected and corrected[-1].end + 1 == ent.start and doc[ent.start - 1].lower_ == "and" and \
                corrected[-1].label_ in ("PERSON", "GPE", "LOC") and len(corrected[-1]) == 1 and corrected[-1][0].is_title and \
                ent.label_ == "ORG" and 2 <= len(ent) <= 3 and ent[-1].text in _JOINT_BODY_ENDINGS and ent[0].is_title:
            # "Avon" + "and" + "Somerset Police": the force of two counties, one name (it had
            # become "Somerset Police" and a person "Avon")
            ent = Span(doc, corrected.pop().start, ent.end, label="ORG")
            changed = True
        if corrected and corrected[-1].end == ent.start and corrected[-1].label_ == ent.label_ == "ORG" and \
                doc[ent.start - 1].lower_ in ("of", "for") and len(corrected[-1]) >= 3:
            # "the Association of Directors of" + "Adult Social Services": one name the tagger cut
            # after its "of" (which it would not end a name with)
            ent = Span(doc, corrected.pop().start, ent.end, label="ORG")
            changed = True
        corrected.append(ent)
    if addressed:
        # "The Governor of Lagos State, Mr Babatunde Sanwo-Adeyemi, has ordered …" (untagged): the
        # capitalised proper nouns after "Mr", "Dr" … are a person's name
        taken = {k for span in corrected for k in range(span.start, span.end)}
        found = [span for i in honorifics_at if (span := _name_after_honorific(doc, i + 1, taken)) is not None]
        if found:
            corrected.extend(found)
            changed = True
    if given_surname_seen_at:
        # "Mensah, 18, was mobbed …" untagged after "substitute Kofi Mensah": the subject that is the
        # surname of a full name written before is that person (a pronoun or "the teenager" may
        # stand for them next)
        # (looked for through the token array: a Token object for every token costs more)
        surnames_at = numpy.flatnonzero(written_as(sorted_ids(given_surname_seen_at), orth)).tolist()
        found = [Span(doc, token.i, token.i + 1, label="PERSON") for token in (doc[i] for i in surnames_at)
                 if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and not token.ent_type_ and token.is_title
                 and given_surname_seen_at[token.text] <= token.i and not any(c.dep_ == "compound" for c in token.children)
                 and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")]
        if found:
            corrected.extend(found)
            changed = True
    if not changed:
        return ents
    final = tuple(sorted(corrected, key=lambda span: span.start))
    doc.ents = final
    return final


_LETTERS_AFTER_NAMES = POST_NOMINALS | MEMBER_POST_NOMINALS
# Countries that end bodies' names ("Cycling UK", "Sport England", "Health Canada", "Health New Zealand").
COUNTRIES_IN_BODY_NAMES = frozenset({"UK", "US", "USA", "Britain", "America", "England", "Scotland", "Wales", "Ireland",
                                       "Canada", "Australia", "New Zealand", "NZ", "South Africa", "Northern Ireland"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _name_after_honorific(doc: Doc, start: int, taken: set[int]) -> Span | None:
    """The untagged name from token `start` on, right after an honorific: capitalised proper
    nouns, joined by hyphens ("Babatunde Sanwo-Adeyemi"); none where a tagged name or an office
    stands ("Mr Speaker")."""
    end = start
    while end < len(doc) and end not in taken and not doc[end].ent_type_ and (
            (doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha) or
            (doc[end].text == "-" and end > start and end + 1 < len(doc) and doc[end + 1].is_title and not doc[end].whitespace_)):
        end += 1
    if end > start and doc[end - 1].text == "-":
        end -= 1
    if end == start or (end == start + 1 and doc[start].lower_ in _OFFICES):
        return None
    return Span(doc, start, end, label="PERSON")


# Offices many hold, which name no one when written alone ("The Governor of Lagos State, Mr …"),
# and short titles tagged apart from the name after them, as a person's or a body's: "Engr."
# ("Engr. Umar Mohammed-Sani"), "Coun.", "Cpl." (`SHORT_RANKS`). Not a monarch's or the pope's:
# "the Queen" is one person.
_SHORT_TITLES = SHORT_RANKS | frozenset(TITLE_ABBREVIATIONS) | {"engr"}  # ("Col." tagged apart before "Rachel Dunmore")
_OFFICES = (PERSON_ROLE_NOUNS - {"king", "queen", "prince", "pope"}) | _SHORT_TITLES | {"speaker"}


def _office_alone(doc: Doc, ent: Span, is_first_name: Callable[[str], bool] | None) -> bool:
    """Whether a "person" is an office written in a name's place: it ends with an office, holds no
    first name, and follows "the" or "former" or opens with "ex-" ("The Governor said", "the
    ex-Senate President said"), or is one word, or ends with a short title, right before a person's
    name ("Engr." + "Umar Mohammed-Sani", "Marine Sgt." + "Luis Echeverría"). The office then stands for its holder as any description does."""
    if ent[-1].lower_.rstrip(".") not in _OFFICES or \
            (is_first_name is not None and any(t.is_alpha and is_first_name(t.text) for t in ent)):
        return False
    if (ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "former")) or ent[0].lower_ in ("ex", "the", "former") or \
            ent[0].lower_.startswith("ex-"):
        return True
    after = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "." else 0)
    # (offices only, "Detective Inspector" + "Steven Jones", or a short title after a qualifier,
    # "retired Marine Sgt." + "Luis Echeverría")
    return (ent[-1].lower_.rstrip(".") in _SHORT_TITLES or all(t.lower_.rstrip(".") in _OFFICES for t in ent)) and \
        after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "PERSON"


# Words of firms' names that are first names too or follow one ("Solaris Asset Management").
_FIRM_NAME_WORDS = frozenset({"management", "holdings", "capital", "partners", "investments", "asset", "assets", "securities",
                              "consulting", "solutions", "technologies", "systems", "media", "entertainment", "pictures", "films",
                              "records", "music", "resources", "ventures", "associates", "brothers", "sons", "industries"})
# The portfolios in ministers' titles ("Energy Minister", "Chief Cabinet Secretary").
_PORTFOLIO_WORDS = frozenset({"energy", "health", "foreign", "finance", "defence", "defense", "cabinet", "interior", "justice",
                              "education", "transport", "trade", "economy", "culture", "environment", "agriculture", "labour",
                              "labor", "industry", "commerce", "treasury", "home", "communications", "housing", "security",
                              "federal", "economics", "migration", "digital", "social", "affairs"})


# Nouns that head a body's name before its "of" ("Royal Bank of Scotland", "Price College of Business").
_BODY_HEAD_NOUNS = frozenset({"bank", "college", "university", "school", "institute", "society", "council", "church", "museum",
                              "hospital", "academy", "association", "foundation", "trust", "board", "department", "ministry",
                              "office", "court", "house", "centre", "center", "company", "corporation", "party", "union", "league",
                              "club", "bureau", "agency", "authority", "commission", "committee", "federation", "fund", "group",
                              "bishop", "archbishop", "duke", "earl", "lord", "prince", "princess", "queen", "king"})


def _person_of_firm(doc: Doc, ent: Span, is_first_name: Callable[[str], bool]) -> int | None:
    """Where "of" stands in a name tagged a body that is a person's full name (a first name and a
    surname or two), "of" and a firm's or body's capitalised name ("Lauren Feliciano of Feliciano
    Rhodes LLP"); None otherwise ("Bank of America", "Mary Queen of Scots": no surname first)."""
    for of in (ent.start + 2, ent.start + 3):
        if of + 1 < ent.end and doc[of].lower_ == "of" and is_first_name(doc[ent.start].text) and \
                all(t.is_title and t.is_alpha for t in doc[ent.start:of]) and \
                not any(t.lower_ in _OFFICES or t.lower_ in _BODY_HEAD_NOUNS for t in doc[ent.start:of]) and doc[of + 1].text[:1].isupper():
            return of
    return None


def _office_inside_name(doc: Doc, ent: Span, is_first_name: Callable[[str], bool]) -> int | None:
    """Where a person's name starts inside a name that holds an office before it ("Kremlin
    Spokesman Dmitry Kalashov") or follows "of"/"to" and a place ("Ukraine Yuriy Kovalchuk" in
    "President of Ukraine Yuriy Kovalchuk"): two or three capitalised words opening with a first
    name, closing the name; None when there is none."""
    if ent.label_ in ("GPE", "LOC", "FAC", "PERSON"):
        return None  # ("Mayor of New York City": a place tagged whole; "Prof Tim Mitchell" a person's name with its title)
    for k in range(ent.start + 1, ent.end - 1):
        rest = doc[k:ent.end]
        if not (2 <= len(rest) <= 3 and is_first_name(doc[k].text) and
                all(t.is_title and t.is_alpha and t.lower_ not in _ORG_WORDS and t.lower_ not in _BODY_NOUNS and
                    t.lower_ not in _FIRM_NAME_WORDS for t in rest)):
            continue
        if doc[k - 1].lower_.rstrip(".") in _OFFICES and doc[k - 1].is_title:
            return k
        if k == ent.start + 1 and ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "to") and not is_first_name(doc[ent.start].text) \
                and ent.start >= 2 and doc[ent.start - 2].lower_.rstrip(".") in _OFFICES:
            return k
    return None


def _holder_after_place(doc: Doc, ent: Span, is_first_name: Callable[[str], bool]) -> Span | None:
    """The untagged name right after an office's place or body ("Ambassador to Tehran Alexey
    Grachev"): two or three capitalised words opening with a first name, after "to"/"of"/"in" and
    an office."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("to", "of", "in") or doc[ent.start - 2].lower_.rstrip(".") not in _OFFICES:
        return None
    end = ent.end
    while end < min(len(doc), ent.end + 3) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ and \
            doc[end].pos_ == "PROPN":
        end += 1
    return Span(doc, ent.end, end, label="PERSON") if end - ent.end >= 2 and is_first_name(doc[ent.end].text) else None


def _name_words_before(doc: Doc, end: int, head: int | None = None) -> int:
    """The first of the untagged capitalised proper nouns right before token `end` that the parser
    hung on it (or on `head`, the last word of a name of two: "Health" on "Zealand") as compounds
    ("Public Health" before "England"); `end` when there are none."""
    head = end if head is None else head
    first = end
    while first > 0 and (word := doc[first - 1]).dep_ == "compound" and word.head.i == head and word.pos_ == "PROPN" and \
            word.is_title and not word.ent_type_ and word.is_alpha:
        first -= 1
    return first
# Surnames that are dates too: "in May" after "Theresa May" is the month.
_DATE_WORDS = frozenset(MONTH_NAMES) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# Bodies that two places share under one name: "Avon and Somerset Police", "Brighton and Hove
# City Council".
_JOINT_BODY_ENDINGS = frozenset({"Police", "Constabulary", "Council", "Service", "Trust", "Authority"})
# How court reports introduce counsel and the judge: "Prosecuting, Ann Lee said".
_COURT_PARTS = frozenset({"defending", "prosecuting", "mitigating", "sentencing", "representing"})
# Lower-case words inside people's names, where the tagger tends to split them.
_NAME_PARTICLES = SURNAME_PARTICLES | {"bin", "ibn", "bint", "al"}
_ARABIC_PARTICLES = frozenset({"bin", "ibn", "bint"})


# People someone is known by, besides relatives: "His friend, Saxon Spence, said".
_ACQUAINTANCE_NOUNS = frozenset({"friend", "neighbour", "neighbor", "colleague", "classmate", "flatmate", "roommate", "teammate",
                                 "landlord", "landlady"})
# Roles only a person holds or is known by, before a name set off by commas.
PERSONS_ROLE_NOUNS = PERSON_ROLE_NOUNS | KIN_NOUNS | _ACQUAINTANCE_NOUNS


_TITLES_LIKE_NAMES = PERSON_ROLE_NOUNS | HONORIFICS | PERSON_TITLES | {
    "major", "pastor", "emir", "saint", "sister", "brother", "father", "count", "sultan"}


def _first_name_left_out(doc: Doc, ent: Span, is_first_name: Callable[[str], bool]) -> bool:
    """Whether the word before a person's name is an untagged first name the parser joined to it."""
    if ent.start == 0:
        return False
    word = doc[ent.start - 1]
    # (a title is no first name, though the name list has "Judge" and "Major")
    return word.pos_ == "PROPN" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end and not word.ent_type_ and \
        word.is_title and word.is_alpha and word.lower_ not in _TITLES_LIKE_NAMES and is_first_name(word.text)


def _glued_lower_syllable(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen glued to the words on both sides, before a word in lower case
    ("Jae" + "-" + "in", "Oscar" + "-" + "winning")."""
    return i > 0 and i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and \
        doc[i + 1].is_lower and doc[i + 1].is_alpha


# The labels `_names_a_relative` takes (the three other tests below take ORG only, through
# `_person_like_org`): a name with another label is none of the persons they find.
_PLACE_OR_BODY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def _holds_the_role_before(ent: Span) -> bool:
    """A name tagged ORG set off after a role only a person holds: "Russia's ambassador to the
    UN, Vassily Nebenzia, said", "His friend, Saxon Spence, said" (two or three capitalised words,
    none a body's noun)."""
    if not _person_like_org(ent):
        return False  # (before the root is found: most names are not made so)
    doc = ent.doc
    root = ent.root
    if ent.start == 0 or doc[ent.start - 1].text != "," or root.dep_ != "appos":
        return False
    # (the parser may hang the name on the body the role is of: "The head of the Kyiv City Military
    # Administration, Yurii Datsenko, said")
    # (the body named, not a noun the name describes: "a director of his employer, Mersey Freight
    # Logistics, said" names the employer)
    role = root.head.head.head if root.head.dep_ == "pobj" and root.head.head.lower_ == "of" and root.head.pos_ == "PROPN" else root.head
    return role.lower_ in PERSONS_ROLE_NOUNS and role.i < ent.start


def _one_of_a_kind(ent: Span) -> bool:
    """One word tagged a person after "a" or "an", heading its phrase: a party's member or a
    people's ("The minister, a Moderate, said", "a Democrat"), no one's name."""
    doc = ent.doc
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an") and \
        ent.root.dep_ not in ("compound", "poss", "amod", "nmod") and \
        not (ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"))  # (not "a McGeady shot")


def _names_a_relative(ent: Span) -> bool:
    """One capitalised word tagged a place or body right after a relative of someone's ("His
    daughter, Siobhan, remembers", "her brother Jordan"): a first name."""
    if len(ent) != 1 or ent.label_ not in _PLACE_OR_BODY_LABELS:
        return False
    doc = ent.doc
    kin = ent.start - 2 if ent.start >= 2 and doc[ent.start - 1].text == "," else ent.start - 1
    return ent[0].is_title and ent[0].is_alpha and kin >= 1 and \
        doc[kin].lower_ in KIN_NOUNS and (doc[kin - 1].tag_ in ("PRP$", "POS") or doc[kin - 1].lower_ in ("his", "her", "their"))


def _person_like_org(ent: Span, min_words: int = 2) -> bool:
    """Whether `ent` is tagged ORG and made like a person's name: two or three capitalised words
    (or `min_words`, one more when a title leads them), none a body's noun."""
    return ent.label_ == "ORG" and min_words <= len(ent) <= min_words + 1 and \
        all(t.is_alpha and t.is_title and t.lower_ not in _ORG_WORDS for t in ent)


# Titles no body's name starts with ("Taoiseach Ciarán Doherty", "Det Sgt Liam Forsyth" tagged ORG;
# not "General Motors", "Judge Business School").
# (only offices no surname or body is called by: "the Bishop" may be a Mr Bishop named before)
_ROLE_TITLE_WORDS = frozenset({"taoiseach", "tanaiste"})
_LEADING_TITLES = frozenset({"taoiseach", "tanaiste", "insp", "det", "supt", "sgt", "inspector", "detective", "sergeant",
                             "superintendent", "constable"})


def _after_a_persons_title(ent: Span) -> bool:
    """A name tagged ORG right after a title only a person holds, written with a capital ("German
    Chancellor Olaf Scholz"; not "King Abdullah University"), or led by a local representative's
    ("Councilmember Ann Lee") or a police rank ("Det Sgt Liam Forsyth", "Taoiseach Ciarán Doherty")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (_person_like_org(ent) and before is not None and before.is_title and before.lower_ in PERSON_TITLES) or \
        (_person_like_org(ent, min_words=3) and (ent[0].lower_ in LOCAL_MEMBER_TITLES or ent[0].lower_ in _LEADING_TITLES))


def _described_as_a_person(ent: Span) -> bool:
    """A name tagged ORG that British news describes as a person's: after "mum-of-three",
    "father-of-two" ("Mum-of-three Leanne Cross"), or followed by an age set off by commas
    ("Dean Hughes, 52,")."""
    doc = ent.doc
    if not _person_like_org(ent):
        return False
    # ("Mum-of-three" is five tokens: "Mum", "-", "of", "-", "three")
    parent = ent.start >= 5 and doc[ent.start - 3].lower_ == "of" and doc[ent.start - 5].lower_ in _PARENT_NOUNS and \
        doc[ent.start - 1].like_num
    return parent or _aged_after(ent) or _role_set_off_after(ent)


# Roles set off after a person's name besides the offices and occupations listed elsewhere.
_ROLES_SET_OFF = SPORTS_ROLES | {"forward", "frontman", "frontwoman", "star", "presenter", "host", "widow", "widower"}


def _role_set_off_after(ent: Span) -> bool:
    """Whether a role a person holds is set off after the name ("Roddy Kettering, the frontman of
    Britpop band Velvet Harbour, has died"; "Ann Lee, a former minister,")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("the", "a", "an"):
        return False
    for token in doc[ent.end + 2:min(len(doc), ent.end + 5)]:
        if token.pos_ == "NOUN":
            return token.lower_ in PERSONS_ROLE_NOUNS or token.lower_ in OCCUPATION_NOUNS or token.lower_ in _ROLES_SET_OFF
    return False


def _aged_after(ent: Span) -> bool:
    """Whether an age set off by commas follows the name ("Dean Hughes, 52,", "renter Shannon, 29,")."""
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].text.isdigit() and \
        doc[ent.end + 2].text == "," and 1 <= int(doc[ent.end + 1].text) <= 110


_PARENT_NOUNS = frozenset({"mum", "mother", "mom", "dad", "father", "grandmother", "grandfather", "gran"})


# Words of bodies' names: "the spokesman, Foreign Ministry, said" names no one (the body nouns
# below, those news capitalises alone, and parties, unions and papers).
_ORG_WORDS = CAPITALISED_BODY_NOUNS | {"party", "union", "group", "bank", "news", "times", "post"}


_NICKNAME_MARK_IDS = sorted_ids([*NICKNAME_OPENING_MARKS, *NICKNAME_CLOSING_MARKS])


def _join_nicknames(doc: Doc, marks: list[int]) -> None:
    """A nickname in quote marks between two parts of a person's name, each tagged PERSON
    ("Brian", "Welch" of "Brian 'Head' Welch"), makes one name with them: alone, "Welch" was
    taken for the corpus's best-known Welch (Raquel). (Both sides must be a person's: in a
    headline's "Trump ‘The Dealmaker’ Could …" the marks quote a phrase.)"""
    spans: list[Span] = []
    for opening, closing in itertools.pairwise(marks):
        if not 2 <= closing - opening <= 4 or opening == 0 or closing + 1 >= len(doc):
            continue
        before, after = doc[opening - 1], doc[closing + 1]
        inner = doc[opening + 1:closing]
        if before.ent_type_ != "PERSON" or after.ent_type_ != "PERSON" or not before.is_title or not after.is_title or \
                not all(t.text[:1].isupper() and t.is_alpha for t in inner) or not doc[opening].whitespace_ == "" == inner[-1].whitespace_:
            continue
        start = next(e.start for e in doc.ents if e.start <= before.i < e.end)
        end = next(e.end for e in doc.ents if e.start <= after.i < e.end)
        spans.append(Span(doc, start, end, label="PERSON"))
    if spans:
        joined = {i for span in spans for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in joined for i in range(e.start, e.end))]
        doc.ents = sorted(kept + spans, key=lambda span: span.start)


def _join_generations(doc: Doc) -> None:
    """A generation tagged apart ("Bruce L" and "Jr" of "Bruce L Castor Jr") belongs to the
    person's name before it, the capitalised words between included; alone it names no one."""
    kept: list[Span] = []
    changed = False
    for ent in doc.ents:
        if len(ent) == 1 and ent.text.rstrip(".").casefold() in GENERATION_SUFFIXES:
            before = kept[-1] if kept else None
            if before is not None and before.label_ == "PERSON" and ent.start - before.end <= 2 and \
                    all(t.text[:1].isupper() and t.is_alpha for t in doc[before.end:ent.start]):
                kept[-1] = Span(doc, before.start, ent.end, label="PERSON")
            changed = True
            continue
        kept.append(ent)
    if changed:
        doc.ents = kept


# Nouns that make the name right after them a firm's or a body's, whatever its tag (not those that are also
# people's trades: "film-maker George Lucas", "publisher Kimberly Quinn", "broadcaster Cyril Fletcher").
# Also bodies that are no firms: "football club Borussia Dortmund", "charity Christian Aid".
_BODY_NOUNS = (BUSINESS_NOUNS - {"maker"}) | {"group", "conglomerate", "operator", "supplier", "provider", "club", "charity",
                                             "watchdog", "regulator", "agency", "organisation", "organization"}


# A team role written in lower case right before a name makes it a person's, whatever its tag
# ("captain Fabien Pelous", "boss Bernie Ebbers" tagged ORG; 16 on 2,092 BBC articles).
_ROLES_BEFORE_NAMES = SPORTS_ROLES | {"captain", "coach"}
# Whose name follows with no comma, whatever it is tagged: "MEA spokesperson Randhir Jaiswal" (a product).
_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# … and so does a presenter's, when it opens with a first name: "told host Shannon Bream" (a product).
_PRESENTER_NOUNS = frozenset({"host", "anchor", "presenter", "interviewer", "correspondent", "reporter", "columnist"})
# How the names of clubs and other bodies end: "Cwmteg RFC", "Gatwick Airport" are no persons,
# whatever the tag.
_BODY_NAME_ENDINGS = frozenset({"FC", "RFC", "AFC", "CFC", "Airport", "Zoo", "Museum", "University", "Hospital", "Council", "Ltd",
                                "Plc", "Inc", "Airlines", "Airways", "Constabulary", "Police", "Garda", "Court", "LLP", "LLC", "Bio",
                                "Nation", "Nations"})  # (a Canadian First Nation: "Nishnawbe Aski Nation", "the First Nation")


# Police forces named by one word ("the Garda station", "Gardaí said"), tagged a person.
_FORCES_BY_ONE_WORD = frozenset({"Garda", "Gardaí", "Gardai", "PSNI"})


# Words of a party's name the small model leaves out of it: "Liberal" in "the Liberal Democrats"
# (84 times on 2,092 BBC articles, the rest then taken for the US Democrats).
_PARTY_ADJECTIVES = frozenset({"Liberal", "Social", "Christian", "Free"})


# Verbs that open an inverted attribution ("Said Okafor: “…”").
LEAD_IN_VERBS = frozenset({"said", "says", "added", "adds", "wrote", "writes", "stated", "continued"})


_EDGE_POS = ("CCONJ", "ADP", "DET")
DASHES = frozenset({"-", "–", "—", "--"})
_SPACED_DASHES = tuple(f" {dash} " for dash in DASHES)


def description_before_name(words: Span, punctuation_in_name: bool = False) -> int | None:
    """Where in `words` a common noun in lower case describes the name after it: the last such
    noun before the last word, when only capitalised words (and, if allowed, punctuation) follow
    it ("Balco boss Victor Conte" → 1, "boss"); None when there is none."""
    described = next((k for k in range(len(words) - 2, -1, -1) if words[k].pos_ == "NOUN" and words[k].text.islower()), None)
    if described is None or not all(t.text[:1].isupper() or (punctuation_in_name and t.is_punct) for t in words[described + 1:]):
        return None
    return described


def trim_entity(ent: Span, text: str | None = None) -> tuple[int, int] | None:
    """Character offsets of `ent` without edge punctuation and possessive endings (`text`: the
    Doc's text, when the caller has it, spares a look at every token for a spaced dash)."""
    # The small model often runs a name into the next word ("Sheffield Wednesday and", "Patrice
    # Talon of", "Yuganskneftegas - the") or starts it one word early ("of Ireland").
    first, last = 0, len(ent) - 1
    opening = [t.i - ent.start for t in ent if t.text == "("] if text is None or "(" in text[ent.start_char:ent.end_char] else []
    if opening and opening[-1] > 0 and not any(t.text == ")" for t in ent[opening[-1]:]):
        last = opening[-1] - 1  # "British Bankers' Association (BBA": the acronym's bracket was left open
    if ent.label_ != "WORK_OF_ART" and len(ent) >= 3 and \
            (text is None or any(dash in text[ent.start_char:ent.end_char] for dash in _SPACED_DASHES)):
        # "EADS - Airbus' majority owner", "Florian Hamm - Borussia Dortmund": a dash with spaces
        # around it is punctuation, never part of a name (59 names run over one on 2,092 BBC
        # articles, all but titles of works wrong)
        dash = next((k for k in range(1, last) if ent[k].text in DASHES and ent[k - 1].whitespace_ and ent[k].whitespace_), None)
        if dash is not None:
            last = dash - 1
    # (and the whitespace token of a line break the tagger sometimes takes in: "Wells\n ")
    while last > first and (ent[last].pos_ in _EDGE_POS or ent[last].is_punct or ent[last].is_space or ent[last].text == "&"):
        last -= 1
    while first < last and (ent[first].pos_ in ("CCONJ", "ADP") or (ent[first].pos_ == "DET" and ent[first].lower_ in ("a", "an"))):
        first += 1  # ("a Conservative Party spokesman": the article is not part of the party's name)
    if ent.label_ in ("PERSON", "ORG"):
        # "Finnish anti-virus lab F-Secure", "Balco boss Victor Conte": a common noun in lower case
        # before the name's last capitalised words describes it
        # (not a particle of a name, "Edwin van der Sar", nor a word's hyphenated end, "Blu-ray Disc")
        described = description_before_name(ent[first:last + 1])
        if described is not None:
            described += first
            hyphenated_name = described - 2 >= first and ent[described - 1].text == "-" and ent[described - 2].text[:1].isupper()
            if not hyphenated_name and ent[described].lower_ not in _NAME_PARTICLES:
                first = described + 1
    ent = ent[first:last + 1]
    text = ent.text if text is None else text[ent.start_char:ent.end_char]  # (Span.text joins its tokens' texts)
    start, end = 0, len(text)
    if text.endswith(("'s", "’s")):
        end -= 2
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    if len(ent) > 1 and ent[0].lower_ in LEAD_IN_VERBS and ent[0].is_sent_start:
        start = ent[1].idx - ent.start_char  # "Said Okafor: “…”": the tagger took the verb into the name
    if text[start:start + 4] in ("the ", "The ") and end - start > 4:
        start += 4  # "the Education Ministry" and "Education Ministry" are one name
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
        end -= 1
    if start >= end:
        return None
    return ent.start_char + start, ent.start_char + end


def extract_mentions(doc: Doc, article_id: str, labels: tuple[str, ...], claims: Sequence[Claim] = (),
                     text: str | None = None, ents: Sequence[Span] | None = None) -> list[Mention]:
    """One `Mention` per entity in `doc` whose label is in `labels` (not in the byline nor in a
    credit line at the end, `scraped.reporters_lines`), plus the claims' resolved
    speakers that spaCy did not tag ("the Russian foreign ministry"), in text order; `text` is
    the Doc's text when the caller has it (`annotate.doc_text`), `ents` its entities when the
    caller has them (`correct_entities`)."""
    starts = sentence_starts(doc)
    wanted = set(labels)
    if text is None:
        text = doc.text  # Doc.text joins every token's text: once per article, not once per mention
    # (the reporters named in the byline or credited at the end are no one the article is about:
    # "By Tom Reyes | treyes@…", "(Reporting by Ann Lee; Editing by Tom Hale)")
    credits = reporters_lines(text)
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in wanted:
            continue
        offsets = trim_entity(ent, text)
        if offsets is not None and not any(start <= offsets[0] < end for start, end in credits):
            found.append((*offsets, ent.label_))
    resolved = [(c.antecedent_start, c.antecedent_end, c.antecedent_label) for c in claims]
    resolved += [(s.antecedent_start, s.antecedent_end, s.antecedent_label) for c in claims for s in c.speakers]
    for a_start, a_end, a_label in resolved:
        if a_start is None or a_end is None or a_label is None:
            continue
        overlapping = [m for m in found if m[0] < a_end and a_start < m[1]]
        # A resolved speaker that spaCy saw only part of ("Russian" in "the Russian foreign
        # ministry") replaces the parts; one that spaCy tagged whole is already there.
        if all(a_start <= m[0] and m[1] <= a_end and (m[0], m[1]) != (a_start, a_end) for m in overlapping):
            found = [m for m in found if m not in overlapping]
            found.append((a_start, a_end, a_label))
    tokens = doc.to_array(IDX).tolist()
    mentions = []
    for number, (start_char, end_char, label) in enumerate(sorted(set(found))):
        token_index = max(0, bisect.bisect_right(tokens, start_char) - 1)
        mentions.append(Mention(
            mention_id=f"{article_id}:m{number}",
            article_id=article_id,
            text=text[start_char:end_char],
            label=label,
            start_char=start_char,
            end_char=end_char,
            sentence_index=sentence_index(starts, token_index),
        ))
    return mentions
