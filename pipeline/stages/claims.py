"""Claims: who said what in one article (direct, mixed and reported speech), with the speaker
as written, how it was identified, and the earlier mention it resolves to.

The extractor works in four passes over a parsed Doc:
1. quotations in marks are paired on the raw text (`pipeline.quotes`), robust to odd marks;
2. each speech cue outside a quotation (a verb form from the learned lexicon, or "according to")
   yields a claim: its speaker is the cue's subject, its content the cue's clausal complement,
   the quotation next to it, or the clause before an inverted ", X said";
3. quotations no cue claimed become claims of their own: a continuation of the previous
   speaker's turn, or unattributed (titles, scare quotes and nicknames are left out);
4. speakers written as pronouns or descriptions ("he", "the ministry") are resolved to an
   earlier named mention.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, IDX, LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.config import ClaimsConfig
from pipeline.gender import Gender, GenderLookup, honorific_gender
from pipeline.lexicon import NO_FRAMES, CueLexicon, FrameModel, verb_stem
from pipeline.names import (
    BUSINESS_NOUNS,
    CAPITALISED_BODY_NOUNS,
    HONORIFICS,
    KIN_NOUNS,
    NATIONALITY_NOUNS,
    PARTY_WORDS,
    PERSON_ROLE_NOUNS,
    PLAYING_POSITIONS,
    SPORTS_ROLES,
    TITLE_ABBREVIATIONS,
    fold,
    is_acronym,
    is_party_name,
)
from pipeline.outlets import PLATFORMS, is_news_outlet
from pipeline.quotes import DOUBLE_MARKS, QuoteSpan, find_quotes, paragraphs
from pipeline.schema import Attribution, Claim, ClaimKind, ClaimSpeaker
from pipeline.schema import Span as CharSpan
from pipeline.scraped import dateline_end
from pipeline.stages.mentions import (
    COUNTRIES_IN_BODY_NAMES,
    DASHES,
    LEAD_IN_VERBS,
    PERSONS_ROLE_NOUNS,
    description_before_name,
    sentence_index,
    sorted_ids,
    starts_in_array,
    trim_entity,
    written_as,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# What a verb takes after it when its clause says something of its own ("we shared a flat").
_OWN_OBJECT_DEPS = ("dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp")
# Left out of a speaker's span: what follows the name ("Hugh Hill, a doctor, …") is description.
_SPEAKER_EXCLUDED_DEPS = ("appos", "relcl", "acl", "punct", "advmod", "npadvmod", "cc", "prep")
_CONTENT_DEPS = ("ccomp",)
# Dependents `content_frames` reads as a content (as string ids, for `_Context.frame_heads`).
_FRAME_DEP_IDS = sorted_ids((*_CONTENT_DEPS, "xcomp", "dobj", "prep"))
_PARTICIPLE_DEPS = ("advcl", "xcomp", "conj", "acl", "dep", "pcomp")
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_TRIM = " \t\n,;:—–-"
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them"}
_THING_PRONOUNS = {"it"}
# Nouns that name an organisation or its output: "the ministry said", "the statement said".
# Who own or run a thing and may be a body, named in apposition ("Oakview's owner, Meadow Care Group,").
_OWNER_NOUNS = frozenset({"owner", "owners", "landlord", "developer", "sponsor", "employer", "organiser", "organizer", "landowner"})
# Places that speak as bodies ("the zoo said"), which the tagger may take for facilities.
_VENUE_NOUNS = frozenset({"zoo", "museum", "gallery", "theatre", "theater", "festival", "airport"})
_ORG_NOUNS = {
    "ministry", "company", "court", "club", "council", "agency", "government", "department",
    "office", "party", "committee", "commission", "board", "firm", "group", "campaign", "embassy",
    "administration", "union", "bank", "service", "authority", "authorities", "police", "army",
    "military", "statement", "report", "spokesperson", "spokesman", "spokeswoman", "organisation",
    "organization", "federation", "association", "institute", "team", "network", "newspaper",
    "university", "school", "hospital", "college", "parliament", "senate", "congress",
    "cabinet", "regulator", "prosecutor's", "prosecutors", "operator", "manufacturer", "airline",
    "carrier", "insurer", "retailer", "broadcaster", "charity", "foundation", "coalition", "alliance", "force",
    "center", "centre",  # ("the National Hurricane Center … The center said")
    "bureau",  # ("The Bureau of Meteorology said …. …, the bureau said")
    *_VENUE_NOUNS,
}
# Nouns for a body that name none of their own ("the elections watchdog"), but the body named in
# them ("the IEA watchdog", "the Opec cartel").
_DESCRIBED_BODY_NOUNS = frozenset({"watchdog", "watchdogs", "cartel"})
# Parts of a body that speak for it, named in the phrase: "the press service of Ukrenergo", "the
# IAEA mission", "the mission of the IAEA" (the body, however the tagger labelled its name: it
# took "Ukrenergo" for a person).
_BODY_PART_NOUNS = frozenset({"service", "mission", "office", "delegation"})
# Roles that speak for the body they work for when unnamed ("a spokesman for NBC said": NBC
# speaks), and a body's parts; not experts, who give their own view ("an analyst at HSBC"), nor
# those who hold a place or a portfolio ("the minister for Wales").
_SPEAKS_FOR_BODY_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative", "director",
                                    "chairman", "chairwoman", "chair", "chief", "head", "executive", "ceo", "founder", "manager",
                                    "lawyer", "attorney", "president", "leader", "organiser", "organizer"}) | _BODY_PART_NOUNS
# Who speak for a body unnamed, and are then "the spokesman", "the official" ("A senior White House
# official said …. The official added …": that official, resolved to the White House).
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative"})
# What someone makes and publishes: "a study by the Society for Consumer Research found" is the society's.
_AUTHORED_NOUNS = frozenset({"report", "reports", "survey", "surveys", "study", "studies", "research", "figures", "book",
                             "paper", "poll", "polls", "data", "statistics", "analysis", "review", "findings", "estimate", "estimates",
                             "forecast", "forecasts", "index", "letter", "statement", "article", "documents",
                             "results"})  # ("according to final results published by the Federal Chancellery")
# ... and what someone says or writes in their own name, whose maker is its speaker only when named
# with it ("according to a tweet by Mike Pompeo", "a memo posted online by Senator Juan Dalmau",
# "a speech Mrs. Clinton gave"): not things that speak for themselves later ("The tweet said" is
# no speaker of its own, unlike "the report").
_MADE_BY_NOUNS = frozenset({"speech", "speeches", "tweet", "tweets", "memo", "memos", "email", "emails", "e-mail", "e-mails",
                            "post", "posts", "blog", "memoir", "memoirs", "essay", "column", "op-ed", "editorial"})
# Statements and reports speak for the organisation that issued them.
_ISSUED_NOUNS = {"statement", "report", "communique", "release", "letter", "document", "note"}
# Verbs that put out a statement or report: its subject is its author.
_ISSUING_VERBS = frozenset({"issued", "issues", "issue", "issuing", "released", "releases", "release", "releasing", "published",
                            "publishes", "publish", "publishing", "posted", "posts", "post", "posting", "sent", "sends", "send",
                            "sending", "put", "puts", "putting", "circulated", "made", "makes", "make", "making"})
# Verbs whose subject makes their object: "a speech she gave", "a letter he wrote".
_MAKING_VERBS = _ISSUING_VERBS | {"gave", "give", "gives", "giving", "delivered", "deliver", "delivers", "delivering", "wrote", "write",
                                  "writes", "writing", "written", "given", "commissioned", "commission", "commissions", "carried", "conducted"}
# What a study is called once it has been named ("the study", "the survey"): the same study.
_STUDY_NOUNS = frozenset({"study", "survey", "research", "poll", "analysis", "findings", "review"})
# Organisation nouns that speak for a body without being one: a name in apposition to them ("a
# spokesman, John Smith,") is a person, never the body.
_SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "statement", "report"})
# What someone puts out under their own name: "according to its own account", "their figures",
# "his statement" are the possessor speaking.
_OWN_WORD_NOUNS = _ISSUED_NOUNS | {"account", "website", "figures", "estimate", "estimates", "data", "tally", "count", "calculations",
                                   "records", "version", "assessment", "statements", "reports", "words"}
# Organisation nouns that name the firm an article is about ("the company said").
# Not "the newspaper" (a source the article cites, seldom a subject) nor plurals ("the two firms").
_FIRM_NOUNS = {"company", "firm", "group", "bank", "club", "team", "airline", "carrier", "insurer", "retailer", "manufacturer",
               "operator", "giant", "maker", "chain", "producer", "lender", "brewer", "supplier", "provider", "seller",
               "distributor", "publisher", "broadcaster", "conglomerate", "supermarket", "grocer", "carmaker", "automaker",
               "housebuilder", "contractor", "exporter", "utility", "startup", "start-up"} | BUSINESS_NOUNS
# Nouns after which a body named in apposition is the speaker ("The firm, Paion, said", "Oakview's
# owner, Meadow Care Group,"); a spokesperson's body is not ("A spokesman, John Smith,").
_BODY_IN_APPOSITION_NOUNS = frozenset((_FIRM_NOUNS | _ORG_NOUNS | _OWNER_NOUNS) - _SPOKESPERSON_NOUNS) | \
    {"label", "band", "studio", "publisher"}  # ("His label, Northern Quarter Records, said")
# Kinds of body that, like a firm, an article calls by their kind right after they spoke ("…, the
# British Medical Association has announced. The union said …"). Not "the government", "the
# court", "the police", "the ministry": bodies of their own, found otherwise.
_BODY_KIND_NOUNS = frozenset({"union", "association", "federation", "regulator", "watchdog", "agency", "authority", "charity",
                              "organisation", "organization", "foundation", "institute", "alliance", "coalition", "commission",
                              "council", "committee", "board"})
# Heads of bodies' names that no "the agency", "the union" or "the council" stands for: "the Ukrainian
# Foreign Ministry said …. The agency reports …" is another body (there, the news agency).
_OTHER_KIND_OF_BODY_HEADS = frozenset({"ministry", "department", "government", "embassy", "police", "army", "court", "parliament",
                                       "party", "kremlin", "presidency"})
# Plural descriptions of those who spoke last ("the sides agreed"), besides the role nouns: some
# may stand for organisations or countries, the others only for people.
_BODY_GROUP_NOUNS = {"side", "party", "parties", "country", "countries", "nation", "state", "delegation", "government", "partner",
                     "ally", "allies"}
_GROUP_NOUNS = _BODY_GROUP_NOUNS | {"men", "women", "people", "head", "neighbour", "neighbor", "two", "both"}
_ORG_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC")
# A short quotation right after these words names a work or a nickname, not speech.
_TITLE_WORDS = {
    "book", "film", "movie", "song", "album", "novel", "memoir", "titled", "entitled", "called",
    "dubbed", "named", "so-called", "documentary", "series", "show", "play", "poem", "article",
    "headline", "slogan", "hashtag", "nicknamed", "known", "term", "word", "phrase", "campaign",
}
# Where something was said: "told the X newspaper", "in an interview with X", "said on Twitter".
_MEDIA_NOUNS = {
    "newspaper", "daily", "weekly", "paper", "magazine", "agency", "channel", "television", "tv", "radio",
    "broadcaster", "outlet", "website", "programme", "program", "show", "podcast", "station", "journal",
    "tabloid", "portal", "blog",
}
_SAID_IN_NOUNS = {
    "interview", "interviews", "comments", "remarks", "op-ed", "article", "column", "post", "tweet", "message", "letter",
    "broadcast", "appearance", "conversation", "video", "editorial", "essay", "podcast", "briefing", "update",
    "statement", "statements",  # ("said in a statement on X", "in a statement to Reuters")
}
_SAID_IN_IDS = sorted_ids(_SAID_IN_NOUNS | {"ed"})  # (the tokenizer splits "op-ed" into "op", "-", "ed")
# Participles that say where a piece came out: "an op-ed published Tuesday in The Wall Street Journal".
_PUBLISHED_FORMS = frozenset({"published", "posted", "aired", "broadcast", "printed", "run"})
# What else a claim is made in, which names no outlet: "said in a statement that …".
_WRITTEN_IN_NOUNS = frozenset(_ISSUED_NOUNS | {"speech", "filing", "email", "memo", "blog", "conference", "notice", "submission",
                                                "affidavit", "testimony", "forecast", "analysis"})
# Forms that are a medium by themselves ("in a tweet"); an interview or a statement is not.
_SELF_MEDIA_NOUNS = {"video", "tweet", "post", "op-ed", "editorial", "essay", "column", "article", "podcast", "broadcast", "blog"}
# `“…,” when Clinton blasted him`: a quotation before a subordinate clause is not what that
# clause's verb reports ("as" stays: `“…,” as Lavrov put it`).
_SUBORDINATORS = {"when", "after", "before", "because", "while", "if", "although", "though", "since", "until", "whereas"}
# Subordinators whose clause, right after what a verb of saying reports, gives the speaker's
# reasons or reservations, not the circumstances of saying it: in "Gowdy said that claim smacked
# of hypocrisy, because Democrats have …" the parser hangs "because …" on "said", but it is what
# Gowdy said. ("said X, after meeting Y", "…, when asked" describe the saying.)
_REASONING_MARKS = frozenset({"because", "although", "though", "unless", "whereas"})
# Cues by which a news agency or paper relays what someone else said.
_RELAY_CUES = {"according", "reports", "reported", "reporting", "cited", "citing", "quoted", "quoting"}
# Sentence subjects within this many sentences back are candidates for "he"/"she".
_PRONOUN_WINDOW = 3
_POSSESSIVE_AS_SUBJECT = {"his": "he", "its": "it", "their": "they"}


@dataclass(slots=True)
class _Member:
    """One speaker of a group ("Putin and Macron said"): the name as written and its resolution."""

    speaker: tuple[int, int]
    head: int  # token index of the member's head word
    antecedent: tuple[int, int] | None = None
    antecedent_label: str | None = None


@dataclass(slots=True)
class _Draft:
    """A claim under construction (offsets only; mutable while the passes refine it)."""

    fragments: list[tuple[int, int]]
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: tuple[int, int] | None = None
    speaker_head: Token | None = None
    attribution: Attribution = "none"
    antecedent: tuple[int, int] | None = None
    antecedent_label: str | None = None
    inherit_from: int | None = None  # token index of a cue whose speaker this claim shares
    cue_token: int | None = None
    inverted: bool = False
    via: tuple[int, int] | None = None
    group: bool = False  # several speakers: "Putin and Macron said"
    members: list[_Member] = field(default_factory=list)  # the group's speakers, when `group`
    medium: tuple[int, int] | None = None
    category: str | None = None  # of the cue: speech, belief, other
    relative: tuple[int, int] | None = None  # "who" in "Kamin, who said …": the speaker as written
    verbatim: bool = False  # a transcript's turn: direct speech without quote marks
    # Reported by a noun ("Gerrard's view that …"): its owner is talked about, not who speaks next ("he said").
    by_noun: bool = False
    # A question put by someone unnamed ("Asked whether …, X said"): no one's turn, so no later
    # quotation goes on with it.
    unnamed_asker: bool = False
    # A stance or a deed in the passive with no one named as its doer ("was billed as "…"",
    # "was hailed for his "…"", "The bar has been raised"): no one's claim, though the
    # quotations in it are taken (they name or describe; no one is quoted saying them).
    by_no_one: bool = False

    def adopt_speaker(self, other: _Draft) -> None:
        """Take `other`'s speaker as written and what it resolved to (continuations, participles)."""
        self.speaker, self.speaker_head = other.speaker, other.speaker_head
        self.attribution = other.attribution
        self.adopt_antecedent(other)
        if self.medium is None:
            self.medium = other.medium

    def forget_attribution(self) -> None:
        """Drop who the claim was attributed to and how, before another attribution replaces it."""
        self.cue_start = self.cue_end = self.speaker = self.speaker_head = None
        self.antecedent = self.antecedent_label = self.inherit_from = self.cue_token = None
        self.via = self.medium = self.relative = self.category = None
        self.inverted = self.group = False
        self.members = []

    def adopt_antecedent(self, other: _Draft) -> None:
        """Resolve to whatever `other`'s speaker resolved to (a group stays that group)."""
        self.antecedent, self.antecedent_label = other.antecedent, other.antecedent_label
        self.group, self.members = other.group, list(other.members)

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


_VERB_POS_NAMES = ("VERB", "AUX")
# Finite verb tags: a verb in one of them heads a clause, whatever the parser hung it on.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Label and dependency sets the tests below share, built once rather than at every test.
_PERSON_OR_ORG_LABELS = frozenset({"PERSON", *_ORG_LABELS})
_MODAL_OR_FINITE_TAGS = _FINITE_TAGS | {"MD"}
_SUBJECT_OR_AUX_DEPS = frozenset({*_SUBJECT_DEPS, "aux"})
_SUBJECT_OR_AUXILIARY_DEPS = _SUBJECT_OR_AUX_DEPS | {"auxpass"}
_SUBJECT_OR_EXPL_DEPS = frozenset({*_SUBJECT_DEPS, "expl"})
_SUBJECT_OR_OBJECT_DEPS = frozenset({*_SUBJECT_DEPS, "dobj", "dative"})
# What a verb with a doer of its own has: a subject, an auxiliary, or a passive's agent.
_DOER_DEPS = _SUBJECT_OR_AUXILIARY_DEPS | {"agent"}
# Verbs whose object did what the infinitive after it says ("led Argonaut to warn", "forced the
# minister to admit"); not "urged the chancellor to admit" (asked for, not done: the urging is
# the claim) nor "used the speech to say".
_OBJECT_CONTROL_STEMS = ("lead", "led", "forc", "prompt", "caus", "compel", "spur", "driv", "drove", "inspir")
# Verbs whose object is asked, told, allowed or wanted to do what the infinitive after it says:
# "urged the government to act", "wants them to leave", "tipped Wales to win", "found it to be …" (their stems).
# (Those that make the object do it, `_OBJECT_CONTROL_STEMS`, included.)
_OBJECT_INFINITIVE_STEMS = (
    *_OBJECT_CONTROL_STEMS,
    "urg", "encourag", "invit", "challeng", "persuad", "order", "advis", "requir", "oblig", "ask", "tell", "told", "call", "press",
    "push", "warn", "remind", "instruct", "allow", "permit", "authori", "want", "wish", "lov", "lik", "prefer", "need", "expect",
    "intend", "tip", "back", "beg", "implor", "recommend", "direct", "appeal", "lobb", "get", "got", "help", "enabl", "mandat",
    "commission", "sue", "suing", "exhort", "pressur", "convinc", "dar", "incit", "goad", "coax", "nudg", "entreat", "find", "found",
    "judg", "deem")
_ACCORDING = get_string_id("according")
_AS, _PER = get_string_id("as"), get_string_id("per")
_QUOTED = get_string_id("quoted")


def _pronoun_gender(pronoun: str) -> Gender:
    """The gender "he"/"him"/"his" or "she"/"her"/"hers" names."""
    return "m" if pronoun in ("he", "him", "his") else "f"


_GENDERED_IDS = sorted_ids(("he", "him", "his", "she", "her", "hers"))


class _Context:
    """Look-ups over one Doc shared by the passes."""

    def __init__(self, doc: Doc, labels_for_speakers: tuple[str, ...], gender: GenderLookup | None = None,
                 text: str | None = None, place_names: frozenset[str] = frozenset(), dateline: str | None = None,
                 english_first_names: frozenset[str] = frozenset(), title: str | None = None,
                 doc_ents: Sequence[Span] | None = None, outlet: str | None = None) -> None:
        self.doc = doc
        self.outlet = fold(outlet) if outlet else ""  # (folded, as the names told things are compared to it)
        self.outlet_after_the = outlet is not None and outlet.lower().startswith("the ")  # ("The Hill": not "told Hill")
        self.gender = gender
        self.place_names = place_names
        self.dateline = dateline
        self.english_first_names = english_first_names  # common in Britain or the US, lower case
        self.text = doc.text if text is None else text  # Doc.text joins every token's text in a Python loop
        self.title_span = _find_title(self.text, title)  # where the headline stands in the text, if it does
        self.quotes = find_quotes(self.text)
        self.quote_starts = [q.start for q in self.quotes]
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        # Token attributes read as arrays: a Token object per token costs more than the look-ups,
        # and a Python loop over every token more than numpy's.
        starts, pos, sent_start, lower, head, dep, orth = doc.to_array([IDX, POS, SENT_START, LOWER, HEAD, DEP, ORTH]).T  # (uint64)
        head = head.astype(numpy.int64)  # (signed offsets to the head)
        sent_start = sent_start.astype(numpy.int64)  # (-1 for "not a start")
        self.sentence_starts = starts_in_array(sent_start)  # (`mentions.sentence_starts`, from the array read here)
        self.token_starts: list[int] = starts.tolist()
        self.heads: list[int] = (numpy.arange(len(doc), dtype=numpy.int64) + head).tolist()  # (each token's head, absolute)
        self.lowers: numpy.ndarray = lower  # (`_signed_sentences`)
        # Where a claim's cue can be: a verb, or "according" (any tag), or the "as" of "as per"
        # (Indian English for "according to"). Stances need every verb.
        # (`written_as` and comparisons: `numpy.isin` costs more than all three on an article's tokens)
        as_per = (lower == numpy.uint64(_AS)) & numpy.append(lower[1:] == numpy.uint64(_PER), False)
        self.verbs_and_according: list[int] = numpy.flatnonzero((pos == VERB) | (pos == AUX) | (lower == numpy.uint64(_ACCORDING)) |
                                                                as_per).tolist()
        nouns = numpy.flatnonzero(pos == NOUN)
        self.noun_lowers = list(zip(nouns.tolist(), lower[nouns].tolist(), strict=True))  # (nouns may report: `_noun_claims`)
        self.gendered_pronouns: list[int] = numpy.flatnonzero(written_as(_GENDERED_IDS, lower)).tolist()  # (`written_gender`)
        self.said_in_nouns: list[int] = numpy.flatnonzero(written_as(_SAID_IN_IDS, lower)).tolist()  # (`_medium`)
        self.says_quoted = bool((lower == numpy.uint64(_QUOTED)).any())  # (`_quoting_outlet`)
        # Tokens with a dependent after them that `content_frames` could take: the other verbs
        # cannot report anything learned, whatever their subject (most verbs of an article).
        after_head = (head < 0) & written_as(_FRAME_DEP_IDS, dep)
        self.frame_heads: set[int] = set((numpy.flatnonzero(after_head) + head[after_head]).tolist())
        ents = [e for e in (doc.ents if doc_ents is None else doc_ents) if e.label_ in labels_for_speakers]
        # Surname → the full names the article gives it: "Berg" is a he when it wrote "Peter Berg".
        self.full_names: dict[str, set[str]] = defaultdict(set)
        for e in ents:
            if e.label_ == "PERSON" and len(e) >= 2:
                self.full_names[e[-1].text].add(e.text)
        # spaCy often tags a lone surname ORG ("Solvang declined …", "Rourke said") in an article
        # that names the person in full: such a surname is the person, for "she" as for "he".
        # So is a surname of two words ("La Riva" of "Gloria La Riva").
        endings = {" ".join(t.text for t in e[-2:]) for e in ents if e.label_ == "PERSON" and len(e) >= 3}
        self.ents = [Span(doc, e.start, e.end, label="PERSON")
                     if e.label_ == "ORG" and ((len(e) == 1 and e.text in self.full_names) or (len(e) == 2 and e.text in endings))
                     else e for e in ents]
        if place_names:
            # A country or capital tagged PERSON ("Sri Lanka's banks face hard times" in a headline)
            # is no one "he" could be; unless the article also writes it in a person's name
            # ("Michael Jordan … Jordan").
            places = [e.label_ == "PERSON" and fold(e.text) in place_names for e in self.ents]  # (`fold` drops "'s")
            person_words = {t.text for e, place in zip(self.ents, places, strict=True) if e.label_ == "PERSON" and len(e) >= 2 and not place
                            for t in e}
            self.ents = [Span(doc, e.start, e.end, label="GPE") if place and not any(t.text in person_words for t in e) else e
                         for e, place in zip(self.ents, places, strict=True)]
        # A newspaper's name tagged a person ("told the Dunmore Gazette", "the Herald") is no one
        # "she" could be: a person's name does not follow "the".
        self.ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and _newspaper_after_the(e) else e
                     for e in self.ents]
        self.person_tokens = {i for e in self.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # Words that are names somewhere in the article: a surname the tagger took for a
        # common noun at the start of a sentence ("Lenaerts said") is still a name. (Not a word
        # it also writes in lower case: "People said" after "told People magazine" and "people".)
        self.name_words = {t.text for e in self.ents if e.label_ == "PERSON" for t in e}
        strings = doc.vocab.strings
        written_lower = set(orth[orth == lower].tolist())
        proper = (pos == PROPN) & (sent_start != 1)
        self.name_words |= {strings[o] for o, low in set(zip(orth[proper].tolist(), lower[proper].tolist(), strict=True))
                            if low not in written_lower}
        # Where a transcript's speaker labels start ("PENCE:", "((WN))"): labels, not mentions in the text.
        self.turn_labels: frozenset[int] = frozenset()
        # A full name's first word → its surnames ("Ozzy" → "Osbourne"), and the gender of the
        # surnames "he" or "she" already stood for in this article (`learn_gender`).
        self.surnames_of_first: dict[str, set[str]] = defaultdict(set)
        for e in self.ents:
            if e.label_ == "PERSON" and len(e) >= 2:
                self.surnames_of_first[e[0].text].add(e[-1].text)
        self.learned_genders: dict[str, Gender] = {}
        self._written_genders: dict[str, Gender] | None = None  # (`written_gender`, found when first asked)

    def learn_gender(self, start: int, end: int, pronoun: str) -> None:
        """Remember that "he"/"she" stood for the person named at [start, end) (by its last word)."""
        words = self.text[start:end].split()
        if pronoun in _PERSON_PRONOUNS and words:
            self.learned_genders.setdefault(words[-1], _pronoun_gender(pronoun))

    def agrees(self, start: int, end: int, pronoun: str) -> bool:
        """Whether the person named at [start, end) can be "he" or "she" (unknown: yes)."""
        if pronoun not in _PERSON_PRONOUNS:
            return True
        gender = self.gender_of(start, end)
        return gender is None or gender == _pronoun_gender(pronoun)

    def gender_of(self, start: int, end: int) -> Gender | None:
        """The gender of the person named at [start, end): from an honorific, the article's own
        pronouns, the first name, or what "he"/"she" already stood for; None when unknown."""
        name = self.text[start:end].replace(".", " ").split()
        gender = self.settled_gender(start, end)
        if gender is None and self.gender is not None:
            gender = self.first_name_gender(name)
            if gender is None and len(name) == 1:
                # A lone surname: the gender of the one full name the article wrote it in, if they agree.
                genders = {self.first_name_gender(full.split()) for full in self.full_names.get(name[0], ())}
                gender = genders.pop() if len(genders) == 1 else None
        if gender is None and name:
            # What "he"/"she" already stood for: "Osbourne said …. He added …" makes "Ozzy"
            # (first name of the article's "Ozzy Osbourne") no "she".
            surnames = {name[-1]} if len(name) >= 2 or name[0] not in self.surnames_of_first else \
                self.surnames_of_first[name[0]] | {name[0]}
            learned = {self.learned_genders[w] for w in surnames if w in self.learned_genders}
            gender = learned.pop() if len(learned) == 1 else None
        return gender

    def settled_gender(self, start: int, end: int) -> Gender | None:
        """The gender of the person named at [start, end) that an honorific or the article's own
        pronouns settle (no list's guess); None when neither does."""
        before = self.text[max(0, start - 6):start].replace(".", " ").split()
        name = self.text[start:end].replace(".", " ").split()
        gender = next((g for word in before + name if (g := honorific_gender(word)) is not None), None)
        return self.written_gender(name[-1]) if gender is None and name else gender

    def outnamed(self, start: int, end: int, before: int, pronoun: str) -> bool:
        """Whether the person named at [start, end), of unknown gender, is outdone as "she" by a
        woman named after them and before `before` ("Chris Christie described Hillary Clinton as …
        after she attacked …"). Not as "he": most people news names are men, so a name of unknown
        gender stays likelier than a man named after it ("Agassi was serving to Andy Roddick when
        he decided to …")."""
        if pronoun not in ("she", "her") or self.gender_of(start, end) is not None:
            return False
        return any(e.label_ == "PERSON" and end <= e.start_char and e.end_char <= before and
                   self.gender_of(e.start_char, e.end_char) == "f" for e in self.ents)

    def written_gender(self, surname: str) -> Gender | None:
        """The gender the article's own pronouns give the person with this surname, outside
        quotations: "she"/"her" (or "he"/"his") in at least three sentences where that person is
        the only one named, "she" ("he") the subject of a clause in one of them, and the other
        gender's pronouns in none. First-name lists guess ("Alexis" is a man in France, "Andrea"
        a woman in the US); "Tipton held a panel on her career … Tipton was devastated when she
        got a sinus infection" settles it. ("Smith praised her courage" alone does not: "her"
        may be someone unnamed.)"""
        if self._written_genders is None:
            surnames_in: dict[int, set[str]] = defaultdict(set)  # sentence → surnames of the people it names
            for e in self.ents:
                if e.label_ == "PERSON":
                    surnames_in[sentence_index(self.sentence_starts, e.start)].add(e[-1].text)
            pronouns_in: dict[int, list[Token]] = defaultdict(list)
            for i in self.gendered_pronouns:
                if self.quote_at(self.token_starts[i]) is None:
                    pronouns_in[sentence_index(self.sentence_starts, i)].append(self.doc[i])
            sentences: dict[str, Counter[Gender]] = defaultdict(Counter)
            as_subject: dict[str, set[Gender]] = defaultdict(set)
            for sentence, pronouns in pronouns_in.items():
                surnames = surnames_in.get(sentence, set())
                genders = {_pronoun_gender(t.lower_) for t in pronouns}
                if len(surnames) == 1 and len(genders) == 1:
                    name, gender = next(iter(surnames)), genders.pop()
                    sentences[name][gender] += 1
                    if any(t.dep_ in ("nsubj", "nsubjpass") for t in pronouns):
                        as_subject[name].add(gender)
            # (Not for a surname of several full names: "Ozzy Osbourne … His wife Sharon Osbourne".)
            self._written_genders = {name: gender for name, counts in sentences.items() for gender, n in counts.items()
                                     if n >= 3 and len(counts) == 1 and gender in as_subject[name]
                                     and len(self.full_names.get(name, ())) <= 1}
        return self._written_genders.get(surname)

    def first_name_gender(self, name: list[str]) -> Gender | None:
        """The gender the first-name list gives a name's words (the first name: a capitalised
        word before the surname that is not a title)."""
        first = next((w for w in name[:-1] if w[:1].isupper() and w.lower() not in PERSON_ROLE_NOUNS), None)
        return self.gender(first) if first and self.gender is not None else None

    def ent_at(self, i: int) -> Span | None:
        """The entity (of `ents`) holding the token at index `i`, if any."""
        return next((e for e in self.ents if e.start <= i < e.end), None)

    def is_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.text in self.name_words)

    def sentence_of(self, i: int) -> Span:
        # (`Token.sent` walks the sentence's tokens to find its edges)
        k = sentence_index(self.sentence_starts, i)
        return self.doc[self.sentence_starts[k]:self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.doc)]

    def quote_at(self, char: int) -> QuoteSpan | None:
        i = bisect.bisect_right(self.quote_starts, char) - 1
        if i >= 0 and self.quotes[i].start <= char < self.quotes[i].end:
            return self.quotes[i]
        return None

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def descends_from(self, i: int, ancestor: int) -> bool:
        """Whether token `i` is `ancestor` or stands under it in the parse."""
        heads = self.heads
        while i != ancestor:
            if heads[i] == i:
                return False
            i = heads[i]
        return True

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def sentence_of_char(self, char: int) -> int:
        return sentence_index(self.sentence_starts, self.token_at(char))


# --------------------------------------------------------------------------- helpers
def _end_before_space(text: str, position: int) -> int:
    """Where the text before `position` ends without its trailing whitespace (as
    `len(text[:position].rstrip())`, with no copy of the article)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _token_range_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Characters of tokens first..last, never ending or starting inside a hyphenated word: the
    parser may hang "filling" of "needs re-filling" elsewhere than "re"."""
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ and not doc[last + 1].whitespace_:
        last += 2
    return doc[first].idx, doc[last].idx + len(doc[last].text)


# Heads that only count the people who speak: "a number of Labour MPs", "dozens of residents".
_QUANTITY_HEADS = frozenset({"number", "succession", "group", "handful", "couple", "series", "majority", "minority", "host", "string",
                             "dozens", "hundreds", "thousands", "millions", "scores", "dozen", "hundred", "thousand", "lot", "lots",
                             "many", "most", "some", "several", "few", "all", "none", "both", "each", "half", "third", "quarter"})


def _is_quantity(head: Token) -> bool:
    return head.lower_ in _QUANTITY_HEADS or head.like_num


def _opens_a_quotation(tokens: Span) -> bool:
    """Whether the tokens leave a quotation open (an odd number of double marks)."""
    return sum(t.text in _DOUBLE_MARK_TOKENS for t in tokens) % 2 == 1


# Words linking a sentence to the one before, which the parser may hang on the subject ("But 36
# people accused in connection with the blasts said …").
_LINKING_WORDS = frozenset({"but", "and", "meanwhile", "however", "yet", "so", "also"})
# Participles of saying that open a sentence before its speaker, the comma lost: "Commenting Mr
# Macklin said …", "Speaking Ms Reyes said …" (parsed as part of the name's phrase).
_OPENING_PARTICIPLES = frozenset({"commenting", "speaking", "responding", "replying", "writing", "reacting", "explaining"})


# Entity labels of amounts, which no one joined to a speaker's name is.
_AMOUNT_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE", "TIME"})


def _with_conjuncts(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it ("Putin and Macron"), in text order."""
    # (read untyped: spaCy's stub types `conjuncts` as a tuple of one token, which code compiled
    # with mypyc (`scripts/compile_modules.py`) would check at run time)
    conjuncts: tuple[Token, ...] = getattr(token, "conjuncts")  # noqa: B009
    return sorted([token, *conjuncts], key=lambda t: t.i)


def _holder_after_office(head: Token, child: Token) -> bool:
    """"President of Ukraine Yuriy Kovalchuk", parsed with the holder's name inside the office's
    "of": the phrase goes on to the name."""
    return child.dep_ == "prep" and child.lower_ in ("of", "to") and child.i == head.i + 1 and head.text[:1].isupper() and \
        head.lower_ in PERSON_ROLE_NOUNS and any(t.ent_type_ == "PERSON" for t in child.subtree)


def _speaker_tokens(head: Token, with_conjuncts: bool = True) -> tuple[int, int]:
    """First and last token of the speaker phrase headed by `head` (description left out);
    `with_conjuncts=False` gives one member of "Putin and Macron"."""
    first, last = head.i, head.i
    doc = head.doc
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and doc[child.left_edge.i - 1].text == "(" and \
                child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ")":
            last = max(last, child.right_edge.i + 1)  # "Rep. Trey Gowdy (R-S.C.)": the party is part of the name
            continue
        if child.dep_ in _SPEAKER_EXCLUDED_DEPS and child.i > head.i and not (
                child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1 and _is_quantity(head)) and not (
                child.dep_ == "prep" and child.ent_iob_ == "I" and head.ent_type_ in ("ORG", "GPE", "FAC")) and \
                not _name_goes_on_in(head, child) and not _holder_after_office(head, child) and \
                not (child.i == head.i + 1 and child.ent_iob_ == "I" and head.ent_type_ == "PERSON" and child.text[:1].isupper()):
            # (nor the rest of a person's name the parser hung on its first word: "PC Martin" + "Skelly")
            continue  # (but "The Council of Mortgage Lenders", tagged a name whole or not at all, is one)
        if child.dep_ in ("punct", "appos", "relcl", "acl") and child.i < head.i:
            continue
        if child.i < head.i and any(g.dep_ in _SUBJECT_DEPS for g in child.children) and \
                any(g.dep_ in ("aux", "auxpass") for g in child.children):
            # "The airport and nearby hotel were both evacuated and local police warned …": a clause
            # the parser hung on the speaker as a modifier; what is joined after it describes the speaker.
            joined = [g for g in child.children if g.dep_ == "conj" and g.i > child.i]
            first = min(first, joined[0].left_edge.i) if joined else first
            continue
        if child.dep_ == "conj":  # "Putin and Macron": both are the speaker
            if with_conjuncts and child.ent_type_ not in _AMOUNT_LABELS:
                last = max(last, _member_last(child))  # (not "according to Al Jazeera, US$3.6 billion from …")
            continue
        first = min(first, child.left_edge.i)
        # (without a description set off inside it: "An Egyptian official familiar with the talks,
        # who spoke on condition of anonymity, said")
        last = max(last, _member_last(child, ("relcl", "acl")) if child.i > head.i else child.right_edge.i)
    # (an amount before the head belongs to the phrase before it: "the minimum $20 million experts say it costs")
    if head.dep_ not in _SUBJECT_DEPS and head.ent_type_ != "MONEY":  # (not "The $2bn firm said")
        first = max([first] + [c.right_edge.i + 1 for c in head.children if c.i < head.i and c.ent_type_ == "MONEY"])
    # (`“…,” study co-author Ted Scambos said` parsed with the quotation in the speaker's phrase)
    closing = [t.i for t in doc[first + 1:head.i] if t.text in _DOUBLE_MARK_TOKENS and doc[t.i - 1].text in (",", ".", "!", "?")]
    if closing:
        first = closing[-1] + 1
    while first < last and (doc[first].is_punct or doc[first].is_space or (doc[first].ent_type_ in ("DATE", "TIME") and first < head.i
                                                                          and doc[first].ent_type_ != head.ent_type_
                                                                          and not _capitalised_adjective(doc[first]))
                            or (first < head.i and doc[first].lower_ in _LINKING_WORDS and not doc[first].ent_type_)
                            or (first < head.i and doc[first].lower_ in _OPENING_PARTICIPLES)
                            or (first + 1 < head.i and doc[first].pos_ == "ADP" and doc[first + 1].ent_type_ in ("DATE", "TIME")
                                and doc[first + 1].ent_type_ != head.ent_type_)):
        # (and a leading date: "On Monday school inspection chief David Bell said"; or "But",
        # "Meanwhile"; or a date after its preposition: "But on Wednesday Prime Minister Yulia Tymoshenko said")
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space) and doc[last].text != "%" and \
            not (doc[last].text == ")" and any(t.text == "(" for t in doc[first:last])) and \
            not (doc[last].text in _DOUBLE_MARK_TOKENS and _opens_a_quotation(doc[first:last])):
        last -= 1  # (not the sign of "16% said", nor the mark closing 'the "MI6 agent"')
    if last + 1 < len(doc) and doc[last + 1].text in _DOUBLE_MARK_TOKENS and _opens_a_quotation(doc[first:last + 1]):
        last += 1  # ('the "MI6 agent" told him': the parser may hang the closing mark elsewhere)
    if last + 1 < len(doc) and doc[last + 1].text == ")" and \
            sum(t.text == "(" for t in doc[first:last + 1]) > sum(t.text == ")" for t in doc[first:last + 1]):
        last += 1  # (and a bracket: "The Council of Mortgage Lenders (CML)", its ")" hung on "Council")
    if head.dep_ == "amod" and head.lower_ == "old" and first > 0 and doc[first - 1].lower_ == "the":
        first -= 1  # ("The 31-year-old insisted", parsed with the article hung on the verb)
    if first >= 2 and _glued_hyphen(doc[first - 1]):
        first = min(doc[first - 2].left_edge.i, first - 2)  # ("The Tory co-chairman", parsed as "co", "-" and "chairman")
    return first, last


def _member_last(member: Token, set_off: tuple[str, ...] = ("relcl", "acl", "appos")) -> int:
    """Last token of a part of a speaker's phrase after its head, or of a speaker joined to another
    ("Putin and Macron"), without a description of a kind in `set_off` set off by a comma inside
    it: in "Ann Lee and Mark Ruiz, who voted against, said" the clause describes them (a name set
    off in a part after the head is kept: "One of the jilted bidders, Netherlands-based group LNM, said")."""
    doc = member.doc
    last = member.i
    for child in member.rights:
        if child.dep_ == "punct" and child.text != ")":
            continue
        if child.dep_ in set_off and doc[child.left_edge.i - 1].text == ",":
            continue
        last = max(last, _member_last(child, set_off))
    return last


def _capitalised_adjective(token: Token) -> bool:
    """A nationality's adjective ("Armenian"), which the tagger may run into a date before it
    ("YEREVAN, June 2 - Armenian Prime Minister …" tagged "June 2 - Armenian" a date)."""
    return token.tag_ == "JJ" and token.text[:1].isupper() and not token.is_sent_start  # (not "Last April's report said")


def _glued_hyphen(token: Token) -> bool:
    """A hyphen joining two words with no space ("co-chairman"), which the tokenizer split."""
    doc = token.doc
    return token.text in ("-", "–") and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and not token.whitespace_ \
        and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def _last_of_hyphenated(token: Token, within: Sequence[Token] | None = None) -> Token:
    """The last word of a word the tokenizer split at its hyphens, from any of its parts ("co",
    "-" or "leader" of "co-leader" → "leader"); with `within`, only through words in it."""
    doc = token.doc
    if _glued_hyphen(token):
        token = doc[token.i + 1]
    while token.i + 2 < len(doc) and _glued_hyphen(doc[token.i + 1]) and (within is None or doc[token.i + 2] in within):
        token = doc[token.i + 2]
    return token


# What joins the members of a group of speakers ("Putin, Macron and Scholz", "Smith & Jones"; a
# dateline's dash, "OSLO — The European Union and Norway", the place dropped later).
_MEMBER_JOINERS = frozenset({"and", ",", "&", "or", "nor", "plus", "—", "–", "-", "--"})


def _group_members(head: Token) -> list[_Member]:
    """One member per conjunct of a coordinated speaker ("Putin, Macron and Scholz")."""
    doc = head.doc
    conjuncts = _with_conjuncts(head)
    if len(conjuncts) >= 2 and all(c.left_edge.i > 0 and (joiner := doc[c.left_edge.i - 1]).lower_ in _MEMBER_JOINERS and
                                   not joiner.ent_type_ for c in conjuncts[1:]):
        # (each joined by a word or comma outside any name: not "A Department of Health and
        # Social Care spokesperson", "spokesperson" parsed as a second conjunct after the name's
        # "and"; nor "The Qualifications and Curriculum Authority")
        if not _one_body_named(conjuncts):
            return [_Member(_token_range_chars(doc, *_speaker_tokens(t, with_conjuncts=False)), head=t.i) for t in conjuncts]
        return []
    # Titles confuse the parser ("President A and Chancellor B" comes out as one name); split
    # the phrase at "and"/"," when every piece holds a person's name.
    first, last = _speaker_tokens(head)
    pieces = _pieces_between(doc[first:last + 1], ("and", ",", "&"))
    if len(pieces) < 2 or not all(any(t.ent_type_ == "PERSON" for t in p) for p in pieces):
        return []
    return _members_of(pieces)


_BODY_NAME_ENDINGS = frozenset(_ORG_NOUNS | {"forum", "forums", "trust", "society", "league", "centre", "center", "fund", "staff",
                                               "partnership", "initiative", "movement", "front"})


def _one_body_named(conjuncts: Sequence[Token]) -> bool:
    """Whether capitalised words joined by "and" are one body's name ending in its kind ("The
    Hostages and Missing Families Forum", "Fish and Wildlife Service"; the tagger named none of
    them), not bodies or people of their own ("Apple and the Consumer Council")."""
    last = conjuncts[-1]
    return last.lower_ in _BODY_NAME_ENDINGS and last.text[:1].isupper() and \
        all(c.pos_ == "PROPN" and not c.ent_type_ for c in conjuncts) and \
        all((t.pos_ == "PROPN" and not t.ent_type_) or (t.dep_ == "cc" and t.lower_ in ("and", "&"))
            for c in conjuncts[1:] for t in c.subtree)


def _pieces_between(tokens: Iterable[Token], separators: tuple[str, ...]) -> list[list[Token]]:
    """The runs of `tokens` between separators outside any name ("and", ","), empty runs left out."""
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        if token.lower_ in separators and not token.ent_type_:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


def _members_of(pieces: list[list[Token]]) -> list[_Member]:
    """One group member per run of tokens, headed by its last word."""
    return [_Member(_token_range_chars(p[0].doc, p[0].i, p[-1].i), head=p[-1].i) for p in pieces]


def _relative_pronoun(verb: Token) -> tuple[int, int] | None:
    """The relative pronoun subject of `verb` ("who" in "Kamin, who emphasized …"), as offsets."""
    if verb.dep_ != "relcl":
        return None
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.lower_ in _RELATIVE_PRONOUNS:
            return child.idx, child.idx + len(child.text)
    return None




def _named_before_dashes(verb: Token, subject: Token) -> Token | None:
    """"Mr Herron - who … is running his own No campaign … - said": a subject the parser found
    inside a relative clause or a description set off by dashes right before the verb; the noun
    before the first dash is the subject."""
    doc = verb.doc
    if verb.i < 3 or subject.i >= verb.i or doc[verb.i - 1].text not in DASHES:
        return None
    opening = next((k for k in range(verb.i - 2, verb.sent.start, -1) if doc[k].text in DASHES), None)
    if opening is not None and subject.pos_ == "NOUN" and subject.left_edge.i < opening < subject.i and \
            doc[opening - 1].pos_ == "PROPN" and doc[opening - 1].ent_type_ in ("PERSON", "ORG", "GPE"):
        return doc[opening - 1]  # "EADS - Airbus' majority owner - admitted": the parser heads it with the description
    if opening is None or not opening < subject.i or doc[opening + 1].lower_ not in ("who", "which", "whose"):
        return None
    before = doc[opening - 1]
    return before if before.pos_ in ("PROPN", "NOUN") else None


def _described_before_relative_clause(verb: Token) -> Token | None:
    """"Sanders, meanwhile, who sits at zero endorsements, said …", "One attendee, who like others
    spoke on condition of anonymity, said …" parsed with the relative clause as the verb's
    complement, its noun as the complement's subject: the noun before ", who" is the verb's."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < verb.i
                   and c.right_edge.i == verb.i - 2), None)
    if clause is None:
        return None
    relative = next((k for k in range(clause.left_edge.i + 1, clause.i) if doc[k].lower_ in ("who", "which")
                     and doc[k - 1].text == ","), None)
    if relative is None:
        return None
    return next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i < relative and c.pos_ in ("PROPN", "NOUN")), None)


# Quantifiers that float after the group they count ("they all said", "the two men each said").
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# Quantities that stand for people as a verb's subject ("many argue", "some say").
_QUANTITY_SUBJECTS = frozenset({"many", "some", "most", "few", "several", "others"})

# Auxiliaries a subject may be hung on ("he did … say").
_DO_HAVE_FORMS = frozenset({"do", "does", "did", "has", "have", "had"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re"})
_AUXILIARY_FORMS = _DO_HAVE_FORMS | _BE_FORMS
# Verbs that hold no one's view whatever construction follows ("The odds are that …").
_NO_VIEW_FORMS = _AUXILIARY_FORMS | {"having", "done", "doing"}


def _speaker_after_a_sentence_subject(verb: Token, subjects: list[Token]) -> tuple[Token, Token] | None:
    """(the subject of what was said, the speaker) where the parser gave a verb of saying after a
    comma two subjects, the noun opening the sentence and a name after the verb ("The rejection of
    the treaty signals "the beginning of the end" for the EU, said Geert Wilders"): the name
    speaks; the noun and what follows it up to the comma were said. None otherwise."""
    doc = verb.doc
    before = [c for c in subjects if c.i < verb.i]
    after = next((c for c in subjects if c.i > verb.i and c.ent_type_ == "PERSON"), None)
    if not before or after is None or verb.i < 1 or doc[verb.i - 1].text != "," or before[-1].ent_type_ or \
            before[-1].pos_ != "NOUN" or before[-1].left_edge.i != verb.sent.start:
        return None
    # (or set off in the middle, the sentence's verb after it: "The answer, says Prof Brewer, is wi-fi")
    rest = doc[after.right_edge.i + 1:verb.sent.end]
    if not all(t.is_punct or t.is_space for t in rest) and \
            not (verb.dep_ == "parataxis" and rest[0].text == "," and verb.head.i > after.right_edge.i):
        return None
    return before[-1], after


# Nouns of a time phrase that a participle after it seems to describe ("at one point calling …").
_OCCASION_NOUNS = frozenset({"point", "points", "time", "times", "stage", "moment", "juncture"})


def _speaker_closing_sentence(verb: Token) -> Token | None:
    """The noun of "…, a senior official informed on Saturday." where the parser made the verb a
    participle of the noun, itself an object of the clause before: a verb of the past after a
    person's or body's noun set off by a comma, with only a time after it to the sentence's end, is
    the noun's."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN") or head.i >= verb.i or \
            verb.left_edge.i != verb.i or head.right_edge.i != verb.right_edge.i or head.left_edge.i < 2 or \
            doc[head.left_edge.i - 1].text != ",":
        return None
    # (someone who can speak: "a plan announced earlier this year" is a thing the participle describes)
    if head.ent_type_ not in ("PERSON", "ORG", "NORP") and head.lower_.removesuffix("s") not in _PERSON_OR_BODY_NOUNS:
        return None
    # (only when or where after it: not "a claim denied by the chancellor", "a researcher charged with testing …")
    if not all(c.dep_ in ("npadvmod", "advmod", "punct") or (c.dep_ == "prep" and [g.ent_type_ for g in c.children] in (["DATE"], ["TIME"]))
               for c in verb.children):
        return None
    last = verb.right_edge.i + 1
    return head if last >= len(doc) or doc[last].text in (".", "!", "?") or doc[last].is_space else None


def _participle_set_off_before(verb: Token, children: Sequence[Token]) -> Token | None:
    """A participle hung on `verb` that is set off by commas right before it, after a subject of
    its own ("Veld, asked about the cuts, said"): the parser's reading of a subject's aside."""
    doc = verb.doc
    for child in children:
        if child.dep_ in ("ccomp", "advcl") and child.tag_ in ("VBN", "VBD", "VBG") and child.i < verb.i and \
                child.right_edge.i + 2 >= verb.i and doc[verb.i - 1].text == "," and doc[child.i - 1].text == "," and \
                any(c.dep_ == "nsubj" and c.right_edge.i + 2 >= child.i for c in child.children):
            return child
    return None


# Titles written short before a full stop ("Sgt.", "Det.", "Insp."), which the parser may take for a
# sentence's end.
_TITLE_WORDS_BEFORE_A_STOP = frozenset(TITLE_ABBREVIATIONS) | {"cpl", "maj", "sen", "rep", "dr"}


def _subject(verb: Token) -> Token | None:
    children = tuple(verb.children)  # (read once: every pass over `verb.children` builds its tokens anew)
    # (not a quoted title after the verb: "…,” Flynn, a surrogate, said on Fox News's “Fox and
    # Friends.”" was parsed with the show as the subject and the name inside the quotation)
    subjects = [child for child in children if child.dep_ in _SUBJECT_DEPS and not _quoted_after(child, verb)]
    if not subjects and (aside := _participle_set_off_before(verb, children)) is not None:
        # "Sander Veld, asked about the job cuts …, said": the parser made the name the subject of
        # the participle set off between it and the verb
        subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i][:1]
    if not subjects:
        # '"…," lead researcher Dr Elspeth Marr, of the University of Leicester, told BBC News': "lead"
        # read as a verb whose object is the name
        misread = next((c for c in children if c.dep_ in ("ccomp", "parataxis") and c.lower_ == "lead" and c.i < verb.i and
                        c.right_edge.i < verb.i), None)
        subjects = [o for o in misread.children if o.dep_ == "dobj" and o.ent_type_ == "PERSON"][:1] if misread is not None else []
    before = [child for child in subjects if child.i < verb.i]
    # "The revelation … set off fireworks: Republicans said …" parsed with two subjects: the one
    # nearest before the verb is its own. "…," said study co-author Ted Scambos" parsed with
    # "co", "-" and "Scambos" as subjects after the verb: the one that is a name.
    named = (c for c in subjects if c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    subject = before[-1] if before else next(named, subjects[0] if subjects else None)
    if len(subjects) >= 2 and (inverted := _speaker_after_a_sentence_subject(verb, subjects)) is not None:
        subject = inverted[1]
    if len(before) >= 2 and before[-2].ent_type_ == "PERSON" and before[-1].pos_ == "NOUN":
        # "Armando Falcon, OFHEO director said": the title describes the name (which may go on
        # past the subject's word: "PC Martin Skelly, a forensic collision investigator …, said",
        # "Skelly" parsed a modifier of "Martin")
        name_end = before[-2].i
        while name_end + 1 < len(verb.doc) and verb.doc[name_end + 1].ent_iob_ == "I":
            name_end += 1
        if name_end + 1 < verb.i and verb.doc[name_end + 1].text == "," and before[-1].left_edge.i == name_end + 2:
            subject = before[-2]
    if len(before) >= 2 and before[-1].pos_ == "PROPN" and before[-1].i > 0 and verb.doc[before[-1].i - 1].lower_ in _MEDIA_NOUNS and \
            before[-2].right_edge.i == before[-1].i - 1:
        subject = before[-2]  # "A 2023 study in the journal Science estimated": the study, not the journal named in it
    if subject is not None and subject.lower_ in ("'s", "’s") and subject.i > 0 and subject.doc[subject.i - 1].head == subject:
        subject = subject.doc[subject.i - 1]  # "She’s said that …" parsed with the curly "’s" as the subject
    if subject is not None:
        # "The Tory co-chairman attacked": its last word heads it (also ", said the college's
        # vice-president, …", each part parsed a subject after the verb)
        subject = _last_of_hyphenated(subject, subjects)
    if subject is not None and (named_last := _name_closing_title_phrase(subject, verb)) is not None:
        subject = named_last
    if subject is not None and subject.lower_ in _FLOATING_QUANTIFIERS:
        # "The CML, the BBA and the BSA all said", "Mr Smith and Mr Jones each said": the group
        # before the quantifier speaks (parsed as its modifier, or as a subject of its own).
        group = next((c for c in subject.children if c.i < subject.i and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if group is None and len(before) >= 2 and before[-1] == subject and (before[-2].right_edge.i == subject.i - 1 or (
                before[-2].right_edge.i == subject.i - 2 and verb.doc[subject.i - 1].is_punct)):
            group = before[-2]  # (also after an aside set off by dashes: "Republican figures — whose party … — both suggested")
        subject = subject if group is None else group
    if subject is not None and (full := _apposed_full_name(subject)) is not None:
        subject = full  # ("Only Fools and Horses star David Jason criticised …": Jason, not "Fools")
    if subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG" and \
            (set_off_name := next((t for t in subject.subtree if t.dep_ in ("npadvmod", "appos", "nsubj", "dep") and t.pos_ == "PROPN"
                                   and (t.head == subject or t.head.head == subject) and t.i > subject.i
                                   and verb.doc[t.left_edge.i - 1].text == ","), None)) is not None:
        # ("Welcoming the ruling, Maeve Sherlock, chief executive of …, said": the name set off after
        # the participle's phrase, hung on the participle or its object, not the participle)
        subject = set_off_name
    elif subject is not None and subject.dep_ == "nsubj" and subject.tag_ == "VBG" and subject.i < verb.i and \
            (set_off_name := next((t for t in subject.subtree if t.dep_ in ("appos", "npadvmod", "dep") and t.ent_type_ == "PERSON"
                                   and t.right_edge.i == verb.i - 1 and verb.doc[t.left_edge.i - 1].text == ","), None)) is not None:
        # ("Reporting from Deir el-Balah, Al Jazeera's Hind Khoudary said": the name right before the
        # verb, hung on the place, is who reports)
        subject = set_off_name
    if subject is not None and subject.lower_ in _TITLE_WORDS_BEFORE_A_STOP and subject.i + 2 < len(verb.doc) and \
            verb.doc[subject.i + 1].text == "." and verb.doc[subject.i + 2].ent_iob_ == "B" and verb.doc[subject.i + 2].ent_type_ == "PERSON":
        # '"…," said Sgt. Alan Pruett, …' parsed as two sentences, the title the subject: the name after it
        end = subject.i + 2
        while end + 1 < len(verb.doc) and verb.doc[end + 1].ent_iob_ == "I":
            end += 1
        subject = verb.doc[end]
    if subject is not None:
        if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head  # "Naryshkin, who said that …": the speaker is Naryshkin
        return _named_before_dashes(verb, subject) or subject
    if verb.dep_ in ("acl", "relcl") and _to_infinitive(verb) and verb.head.dep_ == "attr" and \
            verb.head.head.pos_ in _VERB_POS_NAMES and (described := _subject(verb.head.head)) is not None and \
            described.lower_ not in ("it", "this", "that", "there"):
        # "Disney is the latest studio to announce which …", "The mayor was the only one to say
        # …": the subject of the copula does what its description's infinitive says (not "It is
        # the only way to say …")
        return described
    if verb.dep_ in ("acl", "relcl") and (verb.tag_ in _FINITE_TAGS or (verb.tag_ == "VBN" and verb.dep_ == "relcl" and any(
            c.dep_ in ("dobj", "oprd", "ccomp") for c in children))) and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," and \
            all(t.dep_ in ("prep", "pobj", "npadvmod", "advmod", "det", "compound", "amod") for t in verb.doc[verb.left_edge.i:verb.i]):
        # "Heiko Maas, who visited both capitals, called on …" parsed as a noun with a participle
        # and no verb of its own, "Speaker Paul Ryan, the nation's highest-ranking Republican, on
        # Tuesday called …" as a relative clause with no pronoun: the finite verb after the comma
        # (and a time phrase) is the sentence's.
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "PROPN" and \
            verb.left_edge.i == verb.i and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in verb.head.children) and (
            (verb.head.ent_type_ == "PERSON" and verb.right_edge.i + 1 < len(verb.doc) and verb.doc[verb.right_edge.i + 1].text == ":")
            or _mark_closing_before(verb.head) is not None):
        # "Mitt Romney, the 2012 nominee, tweeted in response: …" parsed as a Romney who was
        # tweeted: after the apposition's comma and before a colon, the past tense is the name's
        # (also `"…," Nate Silver, the polling guru who founded …, tweeted on Wednesday.`: the name
        # right after a quotation, parsed as the sentence's head).
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 1 and (name_before := verb.doc[verb.i - 1]).dep_ == "pobj" and \
            name_before.pos_ == "PROPN" and name_before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and \
            name_before.head.i < name_before.i and name_before.head.lower_ in ("about", "over", "after", "following", "despite"):
        # "… will be interviewed about Pope Francis calling Christmas a sham", parsed with the
        # participle hung on the verb: the name right before it is the participle's subject.
        return name_before
    if (closing_speaker := _speaker_closing_sentence(verb)) is not None:
        return closing_speaker
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i == verb.i - 1 and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text in _DOUBLE_MARK_TOKENS:
        # "…, a man yelled "Stay there!"" parsed as a man who was yelled, the subject of the
        # quotation's verb: a past tense right before a quotation is the noun's own verb.
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and \
            any(c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                for c in children):
        # "A Quinnipiac University poll found last week that …" parsed as a poll that was found,
        # and no verb of the sentence: with a "that" clause after it, the participle is the verb.
        return verb.head
    doc = verb.doc
    previous = doc[verb.i - 1] if verb.i > 0 else None
    if previous is not None and previous.dep_ == "conj" and previous.pos_ in ("NOUN", "PROPN") and previous.head.i < previous.i and \
            verb.tag_ in _FINITE_TAGS and previous.left_edge.i > 0 and doc[previous.left_edge.i - 1].dep_ == "cc" and \
            (previous.tag_ in ("NNS", "NNPS") or previous.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
             previous.lower_ in PERSON_ROLE_NOUNS | _ORG_NOUNS):
        # (not "money and a six-pointed star likened to …": a thing, and a participle describing it)
        # "… with a ballooning trade deficit and analysts said …" parsed as "a deficit and
        # analysts", the verb without a subject: the noun right before it is its subject, with
        # the conjuncts it was listed with after the clause's end ("Through analytics, reporters
        # and editors know …": reporters and editors).
        conjunct = previous
        while conjunct.head.dep_ == "conj" and conjunct.head.i < conjunct.i and doc[conjunct.left_edge.i - 1].text != ",":
            conjunct = conjunct.head
        return conjunct
    share = next((c for c in children if c.dep_ == "nummod" and c.pos_ == "NUM" and c.i < verb.i
                  and any(t.lower_ == "in" for t in c.subtree)), None)  # ("4 in 10", not "just 2.5 … highlights")
    if share is not None and verb.tag_ in _FINITE_TAGS:
        return share  # a poll's "About 4 in 10 say …", parsed with the share as the verb's number
    set_off = next((c for c in children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and 0 < c.i < verb.i
                    and verb.doc[c.i - 1].text == ","), None)
    if set_off is not None and (doer := next((g for g in set_off.children if g.dep_ == "nsubj" and g.i < set_off.i - 1
                                              and g.pos_ in ("PROPN", "NOUN", "PRON")), None)) is not None:
        # "Judge Andrea Collins, writing for the majority, said …" parsed with the name as the
        # participle's subject and none for the verb: the participle only interrupts the sentence
        return doer
    if (described := _described_before_relative_clause(verb)) is not None:
        return described
    if verb.dep_ == "parataxis" and verb.head.tag_ == "VBG" and verb.head.i < verb.i and verb.doc[verb.i - 1].text == "," and \
            (doer := next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i and c.pos_ == "PROPN"), None)) \
            is not None and verb.doc[verb.head.i - 1].text == ",":
        # "Sen. Richard J. Durbin (D-Ill.), noting the size of …, said": parsed with the participle as
        # the sentence's verb and the name as its subject; the verb of saying is the name's.
        return doer
    if verb.dep_ == "acomp" and verb.head.pos_ in _VERB_POS_NAMES:
        return _subject(verb.head)  # "She is concerned too many children …": the copula's subject
    if verb.dep_ == "xcomp" and verb.head.lower_.startswith(_OBJECT_CONTROL_STEMS) and \
            (doer := next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)) is not None:
        return doer  # "leading Argonaut to warn that …", "forced the minister to admit …": the object does it
    if verb.dep_ == "xcomp" and verb.head.lower_.startswith(_OBJECT_CONTROL_STEMS) and verb.head.i < verb.i and \
            (doer := next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)) is not None:
        return doer  # "Michael Howard was forced to deny …": the one forced does it
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.i < verb.i and verb.head.pos_ in _VERB_POS_NAMES and \
            _has_to(verb) and \
            (doer := next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                           and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)) is not None:
        # "with Lewandowski taking to Twitter to call Fields …": who does a deed for a purpose has
        # the purpose (a name: "An encouraging display has inspired the camp to believe" is the camp's)
        return doer
    if verb.dep_ == "xcomp" and verb.head.lower_ in _RAISING_VERBS | _ASPECT_FORMS and verb.head.i < verb.i:
        # "she seemed to suggest that …", "has a target, but continues to insist that …": hers, its
        raised = _subject(verb.head)
        return raised if raised is not None or verb.head.dep_ != "conj" else _subject(verb.head.head)
    on_aux = next((g for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and (c.tag_ == "MD" or c.lower_ in _AUXILIARY_FORMS)
                   for g in c.children if g.dep_ in _SUBJECT_DEPS and g.i < c.i and g.lower_ not in _RELATIVE_PRONOUNS), None)
    if on_aux is not None:
        # "But he did, for the first time, say …", "Mr Myers is not convinced a rental model …":
        # the subject hung on the auxiliary (not "Hollywood came calling"; not "which", the subject
        # of a relative clause the parser joined to the verb)
        return on_aux
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and \
            any(g.dep_ in _SUBJECT_DEPS and g.lower_ in ("who", "which", "that") and g.i < c.i
                for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i for g in c.children):
        return verb.head  # ("Mr. Murdoch, who is by all accounts enjoying …": "who" hung on "is")
    if verb.tag_ in ("VBP", "VBD") and verb.i > 0 and (word_before := verb.doc[verb.i - 1]).head == verb and \
            word_before.lower_ in _QUANTITY_SUBJECTS and word_before.dep_ in ("amod", "advmod", "nummod", "det"):
        return word_before  # "That attitude, many argue, could …", parsed with "many" describing the verb
    share = _share_among(verb)
    if share is not None:
        return share
    if (opened := _subject_of_a_clause_read_as_phrase(verb)) is not None:
        return opened
    if verb.dep_ == "dep" and verb.tag_ in ("VBP", "VBD") and verb.i > 0 and (noun := verb.doc[verb.i - 1]).tag_ in ("NNS", "NNPS") and \
            any(c.i < noun.i and c.ent_type_ in _AMOUNT_LABELS for c in noun.children) and \
            any(c.dep_ == "ccomp" and c.i > verb.i for c in children):
        # "the minimum $20 million experts say it costs": a relative clause without "that" after
        # an amount, parsed as one phrase (not "sources privy to negotiations say …")
        return noun
    if verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "then" and verb.doc[verb.i - 2].text == "," and \
            (done_first := next((c for c in children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i and c.tag_ in _FINITE_TAGS),
                                None)) is not None and \
            (doer := next((g for g in done_first.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "PRON")), None)) is not None:
        # "Kasich jokingly offered the man a job …, then says he'll welcome advice …": parsed with the
        # first deed as what is said; "then" goes on with the same doer.
        return doer
    first_listed = next((c for c in children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBD", "VBZ")
                         and c.left_edge.i == verb.sent.start and not any((g.dep_ == "mark" or g.tag_ == "WRB") and g.i < c.i
                                                                          for g in c.children)), None)
    if first_listed is not None and verb.dep_ == "ROOT" and \
            (doer := next((g for g in first_listed.children if g.dep_ == "nsubj"), None)) is not None:
        # "Trump further summed up Clinton as "terrible," denounced her record and said …" parsed
        # with the first of the listed verbs as a clause of the second: its subject does all.
        return doer
    aged = next((c for c in children if c.dep_ == "amod" and c.lower_ == "old" and c.i < verb.i
                 and any(g.lower_ in ("year", "years") for g in c.children)), None)
    if aged is not None:
        return aged  # "The 31-year-old insisted …", parsed with "old" as the verb's adjective and no subject
    return _agent(verb) or _person_right_before(verb)


# Conjunctions of time and cause the parser may read as prepositions ("since Clinton").
_CONJUNCTIONS_READ_AS_PREPOSITIONS = frozenset({"since", "after", "before", "until", "because", "as", "when", "while", "once"})


def _mark_closing_before(name: Token) -> int | None:
    """The closing mark right before the name heading a sentence (`name`, its last word), of a
    quotation closed by a comma, "?" or "!" (`"…," Nate Silver, …`): its token index, else None."""
    doc = name.doc
    first = min([name.i, *(c.i for c in name.children if c.dep_ == "compound" and c.i < name.i)])
    if name.dep_ == "ROOT" and first >= 2 and doc[first - 1].text in _DOUBLE_MARK_TOKENS and doc[first - 2].text in (",", "?", "!"):
        return first - 1
    return None


def _subject_of_a_clause_read_as_phrase(verb: Token) -> Token | None:
    """"… since Clinton, at Monday's debate, cited derogatory comments …" parsed as "since
    Clinton" and a verb joined to the sentence's without "and" (or the phrase hung on the verb
    itself): the name after the conjunction, set off from the verb by an aside, is its subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != "," or \
            any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        opener = next((t for t in doc[verb.head.i + 1:verb.i] if t.dep_ == "prep" and t.lower_ in _CONJUNCTIONS_READ_AS_PREPOSITIONS),
                      None)
    else:
        # ("Even after Clinton, responding to …, dropped her reluctance": the phrase hung on the verb itself)
        opener = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CONJUNCTIONS_READ_AS_PREPOSITIONS and
                       c.i < verb.i), None)
    name = next((c for c in opener.children if c.dep_ == "pobj"), None) if opener is not None else None
    if name is None or name.pos_ != "PROPN" or name.i + 1 >= verb.i or doc[name.i + 1].text != ",":
        return None
    return name


def _share_among(verb: Token) -> Token | None:
    """"Among likely GOP primary voters, about two-thirds, 67 percent, say …", parsed with the share
    as an apposition of the group and the verb without a subject: the share before the verb."""
    doc = verb.doc
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < verb.i), None)
    if among is None or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    last = verb.i - 1 if doc[verb.i - 1].text != "," else verb.i - 2
    return next((t for t in among.subtree if t.dep_ == "appos" and t.right_edge.i == last and t.ent_type_ in ("PERCENT", "CARDINAL")),
                None)


# Passives that report what someone said, heard from others ("is reported to have called").
_HEARSAY_PASSIVES = frozenset({"said", "reported", "alleged", "rumoured", "rumored"})


def _under_hearsay(verb: Token) -> bool:
    """Whether `verb` is what a passive of hearsay reports its subject did: "Obama also is reported
    to have called the Saudis "free riders"" (his words, the hedge no one's)."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in _HEARSAY_PASSIVES and verb.head.i < verb.i and _is_passive(verb.head)


def _said_under_passive(passive: Token, cues: CueLexicon) -> Token | None:
    """The verb of saying under a passive of reporting ("Mr Brown is said to have told friends: …",
    "is alleged to have told"): the cue of what its subject said."""
    return next((c for c in passive.children if c.dep_ == "xcomp" and c.i > passive.i and cues.get(c.lower_) == "speech"), None)


def _raised_speaker(passive: Token, cues: CueLexicon) -> Token | None:
    """The subject of a passive of reporting with a verb of saying under it (`_said_under_passive`):
    who said it, though the passive reports it."""
    if _said_under_passive(passive, cues) is None:
        return None
    return next((c for c in passive.children if c.dep_ == "nsubjpass" and c.i < passive.i), None)


def _person_right_before(verb: Token) -> Token | None:
    """The last word of a person's name standing before a finite verb that has no subject, past a
    party and state in brackets: "…, likened to the Star of David, Speaker of the House
    Rep. Paul Ryan (R-WI) said "…"" was parsed with the name in an apposition and no subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == 0:
        return None
    # (Only past the brackets: a name right before the verb is found by the caller's own rules,
    # with the words of its title.)
    if doc[verb.i - 1].text != ")":
        return None
    opening = next((t.i for t in reversed(doc[max(0, verb.i - 8):verb.i - 1]) if t.text == "("), None)
    if opening is None or opening == 0:
        return None
    before = doc[opening - 1]
    return before if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" else None


# Tokens that are a double quote mark (also the doubled apostrophes and backticks of some papers).
_DOUBLE_MARK_TOKENS = frozenset(DOUBLE_MARKS) | {"''", "``"}


def _opens_double_quote(text: str, start: int) -> bool:
    """Whether a double quote mark (or a paper's doubled apostrophes or backticks) starts at `start`."""
    return start < len(text) and (text[start] in DOUBLE_MARKS or text.startswith(("''", "``"), start))


def _quoted_after(token: Token, verb: Token) -> bool:
    """Whether `token`'s phrase comes after `verb` and opens with a double quote mark."""
    doc = token.doc
    first = token.left_edge.i
    if doc[first].text in _DOUBLE_MARK_TOKENS:  # (the mark hung on the phrase)
        first += 1
    return token.i > verb.i and first - 1 > verb.i and doc[first - 1].text in _DOUBLE_MARK_TOKENS


def _name_closing_title_phrase(subject: Token, verb: Token) -> Token | None:
    """The person named right before `verb` when the parser headed its subject with a word of a
    title ("Longtime Imus in the Morning writer and performer Rob Bartlett tweeted", headed by
    "Imus"): a proper noun that is no person's or place's name, the person's name inside its
    prepositional phrase or set beside it with no comma, after a title ("president Chris Fox"),
    and not joined to another person's name.
    (A common noun heads whom the name only describes, "The lawyer of John Smith said"; a name
    right after a preposition or "and" is a constituency taken for a person's, "The MP for
    Sittingbourne and Sheppey said".)"""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text == ")" and (opening := next((t.i for t in doc[max(0, verb.i - 8):verb.i - 1] if t.text == "("), None)) and \
            opening > 0:
        before = doc[opening - 1]  # past a party and state: "Speaker of the House Rep. Paul Ryan (R-WI) said"
    if subject.pos_ == "NOUN":
        return _name_after_role_of_field(subject)
    if subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP") or subject.i >= verb.i - 1 or \
            before.ent_type_ != "PERSON" or not subject.left_edge.i <= before.i <= subject.right_edge.i:
        return None
    name_start = before.i
    while name_start > 0 and doc[name_start].ent_iob_ == "I":
        name_start -= 1
    if name_start == 0 or doc[name_start - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    path = [before]
    while path[-1] != subject and path[-1].head != path[-1]:
        path.append(path[-1].head)
    joined = any(t.dep_ == "prep" or (t.dep_ == "appos" and doc[t.left_edge.i - 1].text != ",") for t in path)
    grouped = any(t.dep_ == "conj" and t.head.ent_type_ == "PERSON" for t in path)  # ("both President Barack Obama and his wife Michelle")
    return before if path[-1] == subject and joined and not grouped else None


def _name_after_role_of_field(role: Token) -> Token | None:
    """The person named at the end of "ROLE of FIELD NAME", parsed as the role's prepositional
    phrase ("The director of rugby Nigel Melville said", "The head of Russian diplomacy Sergey
    Lavrov, speaking in Minsk, said"): the name is the role's holder when only a field stands
    between, in lower case. (Not "The lawyer of John Smith", nor "the wife of the president Ann
    Cole": the name there is whom the role serves, or the president's.)"""
    doc = role.doc
    if role.lower_ not in PERSON_ROLE_NOUNS or role.i + 3 >= len(doc) or (of := doc[role.i + 1]).lower_ != "of" or of.head != role:
        return None
    name = next((c for c in of.children if c.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    name_start = name.i
    while doc[name_start].ent_iob_ == "I":
        name_start -= 1
    field = doc[of.i + 1:name_start]
    if not field or field[-1].lower_ in PERSON_ROLE_NOUNS or not field[-1].text.islower() or \
            not all((t.pos_ in ("NOUN", "PROPN") and t.text.islower()) or t.pos_ == "ADJ" for t in field):
        return None
    return name


def _agent(verb: Token) -> Token | None:
    """Who a passive verb names as the doer: "it was announced by the ministry"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None) or _by_after_quotation(verb)
    return None if by is None else next((g for g in by.children if g.dep_ == "pobj"), None)


def _by_after_quotation(verb: Token) -> Token | None:
    """The "by" naming a passive verb's doer after a quotation, which the parser hangs on the
    quoted word: "Her comments were described as “irresponsible” by the Islamic Human Rights
    Commission" (a name only: "branded “unfit” by any standard" names no one)."""
    if not _is_passive(verb):
        return None
    doc = verb.doc
    # (the words after the verb up to its subtree's right edge hold every candidate: each is read as
    # text first, and only a "by" is checked for being in the subtree, not the whole subtree walked)
    return next((t for t in doc[verb.i + 1:verb.right_edge.i + 1] if t.lower_ == "by" and t.dep_ == "prep" and t.head != verb
                 and doc[t.i - 1].tag_ == "''" and verb.is_ancestor(t)
                 and any(g.dep_ == "pobj" and (_is_named(g) or any(a.dep_ == "appos" and _is_named(a) for a in g.children))
                         for g in t.children)),
                None)


def _is_named(token: Token) -> bool:
    """A person's or body's name (or a proper noun): "by Downing Street", "by the film's director
    Marc Forster" (the name in apposition to the role)."""
    return token.ent_type_ in _PERSON_OR_ORG_LABELS or token.pos_ == "PROPN"


def _semicolon_side(ctx: _Context, first: int, last: int, cue: int) -> tuple[int, int]:
    """The tokens of a content on the cue's side of a semicolon outside quotation marks:
    "Republicans said the timing was not intentional; they only learned on Friday …" reports
    the first clause only, whichever clause the parser made the head (PolNeAR train: 91
    reported clauses end at a semicolon, 28 run over one). Not one in brackets: "1.45bn euros
    (£1bn; $1.9bn) over budget"."""
    doc = ctx.doc
    if first + 1 >= last or ";" not in ctx.text[doc[first + 1].idx:doc[last].idx]:
        return first, last  # (most contents: no token-by-token walk)
    semicolons = []
    depth = 0
    for token in doc[first + 1:last]:
        text = token.text
        depth = max(0, depth + (text in ("(", "[")) - (text in (")", "]")))
        if text == ";" and depth == 0 and ctx.quote_at(token.idx) is None:
            semicolons.append(token.i)
    if not semicolons:
        return first, last
    if first > cue:
        return first, semicolons[0] - 1
    if last < cue:
        return semicolons[-1] + 1, last
    return first, last


def _coordinated_cue(clause: Token, cues: CueLexicon) -> Token | None:
    """A verb of saying that the parser coordinated with a verb of a reported clause but that
    reports on its own: with a subject of its own, a new attribution ("IBM said Cell would support
    several systems but designers would not confirm if …"); without one, in the simple past after
    a cue in the past, it goes with the cue ("The mayor said the bridge would open in May and
    promised residents …", "China said it was opposed to the test and warned …"). Not after a verb
    of the same tense that is a deed ("said a fan jumped on stage and attacked the singer"), in a
    subordinate clause ("after he became agitated and talked about …") or with nothing to report
    ("was being 'loopy' and 'stressed'")."""
    # (or the present perfect, when the second verb reports a clause of its own: "Mr Prescott has
    # said the system is not sustainable and said there would be reform"; not "He has alleged that
    # the banks were aware but continued to lend")
    perfect = clause.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.head.children)
    cue_in_past = clause.head.tag_ == "VBD"
    # (in the present, a verb in the cue's form joined inside a reported clause with no verb in
    # that form above it, or the cue's own word again: "Kasich says he'd sit Putin down … and
    # tells the crowd he was …", "He says the obvious response was … and says he introduced …";
    # not "says he respects Clinton and calls her …" or "say the figures show the market may be
    # stabilising but still point to …", where the reported clause may go on)
    cue_in_present = clause.head.tag_ in ("VBZ", "VBP")
    for token in clause.subtree:
        if token.dep_ == "amod" and token.i > clause.i and _cue_read_as_modifier(token, cues) is not None:
            return token  # ("said the forecast was too optimistic and warned growth would be …")
        if token.dep_ != "conj" or token.i <= clause.i or cues.get(token.lower_) != "speech" or \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        head = token.head
        if cue_in_present and not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            if token.tag_ != clause.head.tag_ or (token.lower_ != clause.head.lower_ and _same_form_above(token, clause)) or \
                    not any(c.dep_ in _REPORTED_DEPS and c.i > token.i for c in token.children):
                continue
        elif not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            # (a participle reporting a clause, joined to a passive whose auxiliaries it cannot
            # share, is a simple past too: "said no offer had been accepted but acknowledged there
            # had been interest")
            joined_to_passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and \
                not any(c.dep_ in ("aux", "auxpass") for c in token.children) and \
                any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
            if not (cue_in_past or (perfect and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children))) or \
                    (token.tag_ != "VBD" and not joined_to_passive):
                continue
            # (a past participle with no auxiliary is a simple past the tagger mistook: "a man approached and attacked …")
            simple_past = head.tag_ == "VBD" or (head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children))
            if (simple_past and head.lower_ not in _PAST_OF_BE_AND_HAVE) or \
                    not any(c.dep_ in _REPORTED_DEPS and c.i > token.i for c in token.children):
                continue
        while head.i != clause.i and head.dep_ not in _SUBORDINATE_DEPS:
            head = head.head
        if head.i == clause.i:
            return token
    return None


def _same_form_above(token: Token, clause: Token) -> bool:
    """Whether a verb between `token` and the head of the reported `clause` (that head included),
    or its auxiliary, has the form of `token`, which could then be joined to it ("says the firm
    has collapsed and owes millions")."""
    head = token.head
    while True:
        if head.tag_ == token.tag_ or any(c.dep_ in ("aux", "auxpass") and c.tag_ == token.tag_ for c in head.children):
            return True
        if head.i == clause.i or head.head.i == head.i:
            return False
        head = head.head


_PAST_OF_BE_AND_HAVE = frozenset({"was", "were", "had"})
_REPORTED_DEPS = frozenset({"ccomp", "dobj", "xcomp", "dative", "prep", "advcl", "oprd"})
_SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "pcomp", "pobj", "csubj", "nsubj", "nsubjpass"})


# Nouns a writer sums up a reported action with, after a comma: ", a move that …", ", a step
# which …".
_SUMMING_UP_NOUNS = frozenset({"move", "step", "decision", "development", "measure", "shift", "reversal", "departure", "sign"})


def _content_last(clause: Token, cues: CueLexicon) -> int:
    """Last token of a reported clause, stopping before a participle of saying that trails it
    (`that she believes X, saying that Y`: "saying" reports Y on its own) and before the writer's
    summing up (`…, a move that …`)."""
    last = clause.right_edge.i
    doc = clause.doc
    if clause.dep_ == "xcomp":
        last = _shared_infinitive_last(clause)
    for token in clause.subtree:
        if token.i <= clause.i:
            continue
        if token.lower_ in _SUMMING_UP_NOUNS and token.dep_ in ("appos", "dobj", "npadvmod", "attr") and \
                token.left_edge.i >= 2 and doc[token.left_edge.i - 1].text == "," and doc[token.left_edge.i].lower_ in ("a", "an") and \
                any(c.dep_ == "relcl" and c.i > token.i for c in token.children):
            # "it would investigate dumping of European chips, a move that analysts said could …":
            # the writer sums up what was said; the summary is no part of it
            last = min(last, token.left_edge.i - 2)
            continue
        if token.tag_ != "VBG":
            continue
        dep = token.dep_
        if dep in ("advcl", "xcomp", "conj") and token.lower_ in cues and token.left_edge.i > clause.i and \
                doc[token.left_edge.i - 1].text == ",":
            last = min(last, token.left_edge.i - 2)
        elif dep == "acl" and token.lower_ in cues and _said_beside_a_deed(token) and token.left_edge.i == token.i:
            last = min(last, token.i - 2 if doc[token.i - 1].is_punct else token.i - 1)
        elif dep == "conj" and token.lower_ in cues and any(c.dep_ in ("ccomp", "xcomp") for c in token.children) and \
                _participle_joined_across(token, cues) == clause.head:
            # "warning that the group could penetrate the country and implying that …": a
            # participle joined to a verb in a tense goes with a participle above, not with what
            # was said; it reports on its own.
            last = min(last, _end_before(clause, token))
    for token in clause.children:
        if token.dep_ == "advcl" and token.i > clause.i and doc[token.left_edge.i - 1].text == "," and \
                any(g.dep_ == "mark" and g.lower_ in _REASONING_MARKS | {"while"} for g in token.children) and _someone_says_in(token, cues):
            # "confirmed that the mill would close, although she denied that …", "Labour say a
            # Lib Dem vote could let the Tories in, while the Tories say …": the writer sets a
            # second statement beside the first; it is its own claim.
            last = min(last, token.left_edge.i - 2)
        # "she said fathers would not be eligible, and when pressed, the mother replied, …":
        # a conjoined cue with a subject of its own is a new attribution ("… is elitist, but its
        # members reject such claims"), unless "that" makes it a second reported clause ("… and
        # that Kazakhstan remained committed").
        # (not a passive with no doer: in "… and the van was last seen heading towards Stockton" no
        # one new speaks)
        if token.dep_ == "conj" and token.i > clause.i and token.lower_ in cues and \
                (any(c.dep_ in _SUBJECT_DEPS and not (c.dep_ == "nsubjpass" and not any(a.dep_ == "agent" for a in token.children))
                     for c in token.children) or (cues.get(token.lower_) == "speech" and _adds_a_quotation(token))) and \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            last = min(last, _end_before(clause, token))
    coordinated = _coordinated_cue(clause, cues)
    if coordinated is not None and coordinated.i <= last:
        last = min(last, _end_before(clause, coordinated))
    return max(last, clause.i)


def _end_before(clause: Token, conjunct: Token) -> int:
    """The last token of `clause` before a conjunct in it, its conjunction and punctuation left out."""
    doc = clause.doc
    end = conjunct.left_edge.i - 1
    while end > clause.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return end


def _reasons_after(cue: Token, last: int, cues: CueLexicon) -> int:
    """`last` moved to the end of a reasoning clause the parser hung on `cue` right after its
    content, at most a comma between (`_REASONING_MARKS`): the reasons are part of what was said.
    Not a clause in which someone says something ("…, although she denied having …"): that is
    the writer setting two statements side by side. Also an item of a list of infinitives hung
    so ("said money is needed to develop a vaccine, educate the public and learn …")."""
    doc = cue.doc
    before_comma = last - 1 if doc[last].text == "," else last  # (the parser may give the content the comma)
    for child in cue.children:
        if child.dep_ == "advcl" and child.tag_ == "VB" and child.left_edge.i == child.i == before_comma + 2 and \
                doc[before_comma + 1].text == "," and any(t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
                                                           for t in doc[cue.i + 1:before_comma + 1]):
            return child.right_edge.i
        if child.dep_ == "advcl" and child.left_edge.i in (last + 1, last + 2) and \
                (child.left_edge.i == last + 1 or doc[last + 1].text == ",") and \
                any(g.dep_ == "mark" and g.lower_ in _REASONING_MARKS and g.i == child.left_edge.i for g in child.children) and \
                not _someone_says_in(child, cues):
            return child.right_edge.i
    return last


_BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def _backshifted_conjunct_last(cue: Token, clause: Token, last: int, cues: CueLexicon) -> int:
    """`last` moved to the end of a verb in the past perfect that the parser joined to a past verb
    of saying right after its clause in the past perfect: "said Sloane had been "drinking
    heavily" and had argued with the owner" goes on with what was said (the speaker's own next
    deed would be "and argued"); not a verb of saying with its own content ("and had told police
    that …")."""
    doc = cue.doc
    if cue.tag_ != "VBD":
        return last
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children)
    # (also a backshifted modal after a clause in the past: "said the ground was "completely
    # saturated" and could not absorb much more water")
    past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in clause.children)
    if not perfect and not past:
        return last
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i <= last or \
                (_is_cue(conj, cues) and any(c.dep_ in ("ccomp", "xcomp") for c in conj.children)):
            continue  # ("and had argued with the owner" is a deed; "and had argued that …" a claim of its own)
        opening = conj.left_edge.i
        if (doc[opening].lower_ == "had" if perfect else doc[opening].lower_ in _BACKSHIFTED_MODALS) and \
                _joined_right_after(doc, opening, last) and not any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
            return _last_word(conj)
    return last


def _joined_right_after(doc: Doc, opening: int, last: int) -> bool:
    """Whether token `opening` follows token `last` past "and" or "but", and at most a comma before it."""
    return doc[opening - 1].lower_ in ("and", "but") and opening - 1 in (last + 1, last + 2)


def _last_word(token: Token) -> int:
    """The last token of `token`'s phrase that is no punctuation or space (not before `token`)."""
    doc = token.doc
    end = token.right_edge.i
    while end > token.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def _second_that_clause_last(cue: Token, last: int) -> int:
    """`last` moved to the end of a second "that" clause the parser joined to the verb of saying
    as a verb of its own: in "said insurers were required to cover it, and that uninsured adults
    could get it free" the speaker says both (a verb the speaker does opens with no "that")."""
    doc = cue.doc
    for conj in cue.rights:
        opening = conj.left_edge.i
        if conj.dep_ == "conj" and conj.i > last and doc[opening].lower_ == "that" and \
                any(c.dep_ == "mark" and c.i == opening for c in conj.children) and _joined_right_after(doc, opening, last):
            return _last_word(conj)
    return last


def _someone_says_in(clause: Token, cues: CueLexicon) -> bool:
    """Whether a verb of saying in `clause` has a subject of its own ("although she denied …")."""
    return any(cues.get(t.lower_) == "speech" and any(c.dep_ == "nsubj" for c in t.children) for t in clause.subtree)


def _attribution_region(cue: Token, content: set[int], ctx: _Context) -> tuple[int, int]:
    """Token range of the cue's clause without its content: "Lavrov told the paper on Monday"."""
    # A quotation before the cue is never part of the attribution, even when the parser hangs
    # its last words on the cue ("Are we there? Probably not," Ms. Moore said).
    # (scanned in from the subtree's edges on the token arrays: a Token object for every token of
    # the subtree costs more; the parse may be non-projective, so each is checked to be a descendant)
    def kept(i: int) -> bool:
        return i not in content and not (i < cue.i and ctx.quote_at(ctx.token_starts[i]) is not None) and ctx.descends_from(i, cue.i)
    lowest, highest = cue.left_edge.i, cue.right_edge.i
    first = next((i for i in range(lowest, highest + 1) if kept(i)), cue.i)
    last = next((i for i in range(highest, lowest - 1, -1) if kept(i)), cue.i)
    doc = cue.doc
    while first < cue.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > cue.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def _closes_a_sentence(ctx: _Context, quote: QuoteSpan) -> bool:
    """Whether a quotation ends with a comma or a sentence's end, inside its marks or right after
    them (`"We will win,"`, `"Why?"`), as one does before its attribution."""
    inside = ctx.text[quote.start:quote.end].rstrip("\"”’'“‘ ")
    return inside.endswith((",", ".", "?", "!", "…", ";", ":", "-", "—", "–")) or ctx.text[quote.end:quote.end + 1] in (",", ";", ":")


def _quote_after(ctx: _Context, char: int, limit: int = 3) -> QuoteSpan | None:
    """A quotation starting right after `char`, past at most a comma/colon and spaces."""
    i = bisect.bisect_left(ctx.quote_starts, char)
    if i < len(ctx.quotes):
        between = ctx.text[char:ctx.quotes[i].start]
        if len(between.strip(" ,:—–-\n")) == 0 and between.count("\n") <= 2 and len(between) <= limit + 2:
            return ctx.quotes[i]
    return None


def _quote_before(ctx: _Context, char: int, closed: bool = False) -> QuoteSpan | None:
    """A quotation ending right before `char`, past a comma and spaces (`"…," he said`), that
    leads into what stands at `char`: not one ending with a full stop inside its marks
    (`"… kidding." To which she said, "…"`: the attribution starts a new sentence and introduces
    what follows; `"A," she said, "B."` is one statement), unless the caller knows the
    attribution introduces nothing (`closed`)."""
    i = bisect.bisect_right(ctx.quote_starts, char) - 1
    while i >= 0 and ctx.quotes[i].end > char:
        i -= 1
    if i >= 0:
        quote = ctx.quotes[i]
        between = ctx.text[quote.end:char]
        if len(between.strip(" ,—–-")) == 0 and "\n" not in between and \
                (closed or not ((inside := ctx.text[quote.start:quote.end].rstrip("\"”’'")).endswith(".") or
                                (inside.endswith(("?", "!")) and _NEW_SENTENCE_PRONOUN.match(ctx.text, char)))):
            # (after "?" or "!", "he said" goes on with the sentence; "He said: …" starts a new one)
            return quote
    return None


# A capitalised personal pronoun as a word: after a quotation's "?" or "!", a new sentence.
_NEW_SENTENCE_PRONOUN = re.compile(r"(?:He|She|They|We|I)\b")


def _snap_to_quotes(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """Widen a content span to whole quotations it cuts, and to the quotation it sits in; a
    complement that is a phrase then a quotation ("in an interview, “…”") is the quotation."""
    i = bisect.bisect_left(ctx.quote_starts, start)
    if i < len(ctx.quotes) and ctx.quotes[i].start < end and ctx.quotes[i].end >= end - 2:
        lead = ctx.text[start:ctx.quotes[i].start].rstrip()
        if lead.endswith((",", ":")) and " that " not in f" {lead} ":
            start = ctx.quotes[i].start
    inside = ctx.quote_at(start)
    if inside is not None and inside.end >= end - 1:
        return inside.start, max(inside.end, end)
    first = max(0, bisect.bisect_right(ctx.quote_starts, start) - 1)
    last = bisect.bisect_left(ctx.quote_starts, end)
    for quote in ctx.quotes[first:last]:
        if quote.end <= start or quote.start >= end:
            continue
        if quote.start < start and quote.end <= end + 2:
            start = quote.start
        if quote.end > end and quote.start >= start:
            end = quote.end
    return start, end


def _kind(ctx: _Context, fragments: Iterable[tuple[int, int]]) -> ClaimKind:
    """direct when (nearly) every word of the content is inside quote marks, mixed when some
    are, indirect when none are."""
    total = inside = 0
    for start, end in fragments:
        total += sum(map(str.isalnum, ctx.text[start:end]))
        i = max(0, bisect.bisect_right(ctx.quote_starts, start) - 1)
        while i < len(ctx.quotes) and ctx.quotes[i].start < end:
            quote = ctx.quotes[i]
            lo, hi = max(start, quote.start), min(end, quote.end)
            # (a title inside reported speech is no quotation: 'her West End debut in "Hedda Gabler"')
            if lo < hi and not (start < quote.start and quote.end <= end and _looks_like_title_or_nickname(ctx, quote, 1)):
                inside += sum(map(str.isalnum, ctx.text[lo:hi]))
            i += 1
    if inside == 0:
        return "indirect"
    return "direct" if inside >= total - 1 else "mixed"


# --------------------------------------------------------------------------- pass 2: cues
# What "as per" names as a source (else it means "following": "as per schedule", "as per norms").
_AS_PER_SOURCES = PERSON_ROLE_NOUNS | CAPITALISED_BODY_NOUNS | frozenset({
    "officials", "sources", "source", "reports", "report", "data", "figures", "estimates", "statement", "survey", "study",
    "experts", "residents", "witnesses", "eyewitnesses", "officers", "doctors", "family", "statistics", "records", "insiders",
    "complainant", "fir", "census"})
# How a cue that passes on someone's word opens, as written ("According to", "as per").
_ACCORDING_OPENINGS = ("according", "as per")


def _is_according(token: Token) -> bool:
    """Whether a token opens "according to" or "as per" (Indian English for it)."""
    return token.lower_ == "according" or (token.lower_ == "as" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "per")


def _according_claim(cue: Token, ctx: _Context) -> _Draft | None:
    """`According to X, …` / `…, according to X.` (or "as per X"): the rest of the sentence is the content."""
    doc = cue.doc
    to = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if to is None or to.lower_ != ("to" if cue.lower_ == "according" else "per"):
        return None
    if to.lower_ == "per" and not any(c.dep_ == "pobj" and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                                         c.lower_ in _AS_PER_SOURCES) for c in to.children):
        return None  # ("as per schedule", "as per the new rules": what is done by it, no one's word)
    sent = cue.sent
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase_last = max(to.right_edge.i, to.i)
    speaker = None
    if pobj is not None:
        speaker = _speaker_tokens(pobj)
        if speaker[1] + 1 < len(doc) and doc[speaker[1] + 1].text == "," and \
                any(c.dep_ == "conj" and c.ent_type_ in _AMOUNT_LABELS for c in pobj.children):
            phrase_last = speaker[1]  # ("according to Al Jazeera, US$3.6 billion from …": the amounts are what was said)
        elif (joined := _subject_joined_to_source(cue, pobj)) is not None:
            # ("According to the researchers, sacrifice and mummification of ibises was common":
            # the subject of what they say, parsed as more sources)
            phrase_last = joined - 1
            speaker = (speaker[0], min(speaker[1], phrase_last))
    head = pobj
    if pobj is None and (source := _unparsed_source(to, sent)) is not None:
        phrase_last, speaker, head = source[1], source, doc[source[1]]
    if cue.i <= sent.start + 1:
        # "According to Connecticut Senator Richard Blumenthal, …" parsed with "Connecticut" as
        # the source and the rest of the name elsewhere: a run of names up to the comma is the source.
        comma = next((t.i for t in doc[to.i + 1:sent.end] if t.text == ","), None)
        described = _described_source(doc[to.i + 1:comma]) if comma is not None and phrase_last < comma - 1 else None
        if comma is not None and phrase_last < comma - 1 and (described is not None or all(t.pos_ == "PROPN" for t in doc[to.i + 1:comma])):
            phrase_last, speaker, head = comma - 1, (to.i + 1, comma - 1), described or doc[comma - 1]
    if cue.i <= sent.start + 1 and len(ctx.text[doc[phrase_last].idx:sent.end_char].split()) < 3:
        # "According to radio host Rush Limbaugh, the move reeks of fear": the parser may hang
        # the whole sentence on the source; at the start of a sentence the source ends at its comma.
        comma = next((t.i for t in doc[to.i + 1:phrase_last + 1] if t.text == ","), None)
        if comma is not None and comma > to.i + 1:
            phrase_last = comma - 1
            if pobj is not None and pobj.i < comma and speaker is not None:
                speaker = (speaker[0], min(speaker[1], comma - 1))
    content_from = phrase_last
    if content_from + 2 < sent.end and doc[content_from + 1].text == "," and doc[content_from + 2].lower_ in _RELATIVE_PRONOUNS:
        # "According to Standard & Poor's, which has recently upgraded Mexico's rating, the rise …":
        # the relative clause describes the source; what it says starts after it.
        content_from = next((t.i for t in doc[content_from + 3:sent.end] if t.text == ","), content_from)
    first_char, end_char = sent.start_char, sent.end_char
    opening = ctx.text.rfind("(", first_char, cue.idx)
    if opening >= 0 and ")" not in ctx.text[opening:cue.idx] and len(ctx.text[opening + 1:cue.idx].split()) >= 3:
        # "… victims (the actual number is closer to 15 percent, according to Factcheck.org).":
        # the source speaks for its aside in brackets only (not "The council (according to the
        # mayor) will meet …").
        closing = ctx.text.find(")", cue.idx, end_char)
        first_char, end_char = opening + 1, closing if closing >= 0 else end_char
    reported = next((a for a in cue.ancestors if a.dep_ == "ccomp"), None)
    if reported is not None and reported.left_edge.i < cue.i < reported.right_edge.i and \
            all(t.dep_ == "mark" or t.is_punct for t in doc[reported.left_edge.i:cue.i]):
        # "The IMF said that, according to data provided by the Liberians, GDP rose …": only
        # the reported clause the phrase opens
        first_char, end_char = cue.idx, reported.right_edge.idx + len(reported.right_edge.text)
    via = _trailing_relay(doc, content_from, sent, cue.i) if cue.i <= sent.start + 1 and end_char == sent.end_char else None
    if via is not None and ctx.text[doc[content_from].idx + len(doc[content_from].text):ctx.text.rfind(",", cue.idx, via[0])].strip(" ,"):
        # "According to Lavrov, Russia has never refused to talk, TASS reported": TASS passes on
        # what Lavrov said; its clause is no part of it. (Not "According to Fox News, the State
        # Department reported finding …": the relay's clause is what the source says.)
        end_char = ctx.text.rfind(",", cue.idx, via[0])
    else:
        via = None
    before = _trim(ctx.text, first_char, cue.idx)
    after = _trim(ctx.text, doc[content_from].idx + len(doc[content_from].text), end_char, _TRIM + ".")
    fragments = [f for f in (before, after) if f[1] - f[0] > 1]
    if not fragments or sum(e - s for s, e in fragments) < 10:
        return None
    draft = _Draft(fragments=fragments, cue_start=cue.idx, cue_end=to.idx + len(to.text), cue_token=cue.i, via=via)
    if speaker is not None and head is not None:
        draft.speaker = _token_range_chars(doc, *speaker)
        draft.speaker_head = head
    return draft


def _subject_joined_to_source(according: Token, source: Token) -> int | None:
    """The comma after which the parser joined the subject of the reported clause to the source of
    "According to X, …" as a conjunct, leaving the clause's verb without a subject ("According to
    the researchers, sacrifice and mummification … was common"); None when it did not."""
    doc = according.doc
    verb = according.head
    conj = next((c for c in source.children if c.dep_ == "conj" and c.left_edge.i > source.i + 1 and
                 doc[c.left_edge.i - 1].text == ","), None)
    if conj is None or verb.pos_ not in _VERB_POS_NAMES or not according.i < source.right_edge.i < verb.i or \
            any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children) or \
            any(t.dep_ not in ("aux", "auxpass", "advmod", "neg") or t.head != verb for t in doc[source.right_edge.i + 1:verb.i]):
        return None
    return conj.left_edge.i - 1


def _unparsed_source(to: Token, sent: Span) -> tuple[int, int] | None:
    """First and last token of the source after "according to" that the parser left without an
    object ("…, according to show insiders." with "show" a verb; "…, according to the F.A.A." whose
    full stop hid the sentence's end): the words up to its comma or the sentence's end, when they
    are a short noun phrase ending in a noun."""
    doc = to.doc
    stop = next((t.i for t in doc[to.i + 1:sent.end] if t.text == ","), sent.end)
    while stop > to.i + 1 and (doc[stop - 1].is_space or doc[stop - 1].text in (".", "!", "?")):
        stop -= 1
    phrase = doc[to.i + 1:stop]
    if not 1 <= len(phrase) <= 6 or phrase[-1].pos_ not in ("NOUN", "PROPN") or not _plain_description(phrase) or \
            any(t.is_space for t in phrase):
        return None
    return phrase.start, phrase.end - 1


def _plain_description(phrase: Span) -> bool:
    """Whether a phrase after "according to" can only describe its source: no finite verb,
    punctuation, relative pronoun or date in it ("John McCormick on Saturday": the date tells when)."""
    return not any(t.tag_ in _FINITE_TAGS or t.is_punct or t.lower_ in _RELATIVE_PRONOUNS or t.ent_type_ in ("DATE", "TIME")
                   for t in phrase)


def _described_source(phrase: Span) -> Token | None:
    """The name a short description leads to, in a phrase the parser read as a verb and its object
    ("blog analysis firm Technorati" with "blog" a verb): the last word, a proper noun, or the last
    before a preposition ("Benoit Joly from broadband telecoms firm Thales": Joly). None for a
    phrase with a finite verb, a relative pronoun, punctuation or a date ("John McCormick on
    Saturday": the date tells when, not who)."""
    if not 2 <= len(phrase) <= 7 or not _plain_description(phrase):
        return None
    preposition = next((t.i for t in phrase if t.pos_ == "ADP"), None)
    last = phrase.doc[preposition - 1] if preposition is not None and preposition > phrase.start else phrase[-1]
    return last if last.pos_ == "PROPN" else None


# What "In the latest poll, …" names: a source whose findings the rest of the sentence reports.
_FINDING_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census", "audit"}


def _findings_of_sources(ctx: _Context, drafts: list[_Draft], title_span: tuple[int, int] | None,
                         cues: CueLexicon) -> list[_Draft]:
    """`In the latest poll, Clinton led by five points`: the rest of the sentence is what the poll
    found (PolNeAR's cue "in"), unless a cue of the sentence reports it ("In a new study,
    scientists report …": the scientists speak)."""
    doc = ctx.doc
    found = []
    for start in ctx.sentence_starts:
        first = doc[start]
        if first.lower_ != "in" or (title_span is not None and title_span[0] <= first.idx < title_span[1]):
            continue
        sent = first.sent
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lower_ not in _FINDING_NOUNS or ctx.quote_at(first.idx) is not None or _is_cue(first.head, cues):
            continue
        comma = first.right_edge.i + 1
        if comma >= sent.end or doc[comma].text != ",":
            continue
        content = _trim(ctx.text, doc[comma].idx + 1, sent.end_char, _TRIM + ".")
        if len(ctx.text[content[0]:content[1]].split()) < 4 or any(
                d.cue_start is not None and sent.start_char <= d.cue_start < sent.end_char for d in drafts):
            continue
        draft = _Draft(fragments=[_snap_to_quotes(ctx, *content)], cue_start=first.idx, cue_end=first.idx + len(first.text),
                       cue_token=first.i)
        draft.speaker = _token_range_chars(doc, *_speaker_tokens(pobj))
        draft.speaker_head = pobj
        draft.category = "speech"
        found.append(draft)
    return found


# Words that open the question in "Asked whether …", "Asked about …", "Asked to respond …".
_QUESTION_OPENERS = frozenset({"whether", "if", "about", "what", "who", "how", "why", "when", "where", "which", "to"})


# "Asked" as a word of its own (the question may open the sentence or be set off by a comma).
# (the word alone, the character before it tested apart: a pattern opening with a look-behind
# is tried at every character of the article)
_ASKED = re.compile(r"[Aa]sked\b")


def _questions_put(ctx: _Context, drafts: list[_Draft], title_span: tuple[int, int] | None) -> list[_Draft]:
    """`Asked whether the pier would reopen, Kelleher said …`, `When asked about the pier,
    Kelleher said …`: the question put to a sentence's subject, in a clause before it, reports that
    question, asked by someone the article does not name (PolNeAR annotates 83 of the 112
    sentences of its training articles opened so); the answer is the subject's claim of its own.
    ("Asked by Stephanopoulos …" names its asker: the cue's own claim.)"""
    doc = ctx.doc
    found = []
    for match in _ASKED.finditer(ctx.text):
        if match.start() > 0 and not (ctx.text[match.start() - 1].isspace() or ctx.text[match.start() - 1] == ","):
            continue  # (a word ending so: "unasked")
        asked = doc[ctx.token_at(match.start())]
        if asked.idx != match.start() or ctx.quote_at(asked.idx) is not None or \
                (title_span is not None and title_span[0] <= asked.idx < title_span[1]) or \
                any(d.cue_start == asked.idx for d in drafts):
            continue
        sent = asked.sent
        when = doc[asked.i - 1] if asked.i > sent.start and doc[asked.i - 1].lower_ == "when" else None
        opening = when or asked
        if not (opening.i == sent.start or doc[opening.i - 1].text == ","):
            continue  # ("He asked whether …" is his own question)
        # (after an adverb or where it was asked: "Asked specifically what …", "Asked on Fox News who …")
        opener = next((t for t in doc[asked.i + 1:min(asked.i + 6, sent.end)] if t.lower_ in _QUESTION_OPENERS or t.lower_ == "by"),
                      None)
        last = asked.right_edge
        if opener is None or opener.lower_ == "by" or not opener.i <= last.i < sent.end - 1 or doc[last.i + 1].text != ",":
            continue
        content = _trim(ctx.text, opener.idx, last.idx + len(last.text))
        if len(ctx.text[content[0]:content[1]].split()) < 3:
            continue
        found.append(_Draft(fragments=[_snap_to_quotes(ctx, *content)], cue_start=asked.idx, cue_end=asked.idx + len(asked.text),
                            cue_token=asked.i, category="speech", unnamed_asker=True))
    return found


# The ids of a cue lexicon's forms of saying and finding, by the lexicon object (a run uses one;
# the lexicon is kept with them, so that its id stays its own).
_SIGNATURE_FORM_IDS: dict[int, tuple[CueLexicon, numpy.ndarray]] = {}


def _signature_form_ids(cues: CueLexicon) -> numpy.ndarray:
    """The sorted string ids (`written_as`) of the forms that may sign a sentence (`_signs_sentence`)."""
    stored = _SIGNATURE_FORM_IDS.get(id(cues))
    if stored is None or stored[0] is not cues:
        if len(_SIGNATURE_FORM_IDS) >= 8:
            _SIGNATURE_FORM_IDS.clear()
        # (a comprehension: `frozenset & dict.keys()` gives a set that mypy types a frozenset, which compiled code checks)
        forms = {form for form, category in cues.items() if category == "speech"} | {verb for verb in _FINDING_VERBS if verb in cues} | \
            set(_HEARD_FORMS)
        stored = _SIGNATURE_FORM_IDS[id(cues)] = (cues, sorted_ids(forms))
    return stored[1]


# Verbs of another kind that, closing a sentence after its source, report what came before it
# ("…, campaign finance records show.", "…, the poll found.").
_FINDING_VERBS = frozenset({"show", "shows", "showed", "found", "finds", "suggest", "suggests", "indicate", "indicates"})
# Words of a short source phrase between the comma and the verb closing a sentence.
_SIGNATURE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "CCONJ", "PUNCT"})
# Words that open a clause of the writer's, not a source: "…, which IFPTE recently released.",
# "…, as some have speculated.", "…, and he said."
_NOT_A_SIGNATURE = frozenset({"as", "which", "who", "whom", "whose", "that", "what", "where", "when", "so"})
# Verbs whose hearer may follow them before the end of the sentence ("…, he told reporters.").
_TELLING = frozenset({"told", "tells", "tell"})
# When, between a verb closing a sentence and the place it was said ("explained earlier in the hearing").
_WHEN_ADVERBS = frozenset({"earlier", "later", "recently", "previously", "again", "yesterday", "today", "tonight", "then", "once",
                           "afterwards", "afterward"})
# What a word the tagger calls a verb is doing as a noun ("hosted pirate radio shows").
_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "compound", "amod", "dative"})
# Stems of verbs of saying that, with nothing after them, are more often deeds.
_DEEDS_ALONE = ("continu", "spok", "speak", "talk", "attack", "charg", "blast", "slam", "threat")
# Forms of verbs of saying and finding that the tagger takes for nouns closing a sentence ("…,
# state media report.", "…, a new study shows."); not those more often nouns there ("phone calls",
# "counter claims").
_READ_AS_NOUNS = frozenset({"show", "shows", "report", "reports", "notes", "says", "finds"})


def _signs_sentence(cue: Token, tail: Span, cues: CueLexicon) -> bool:
    """Whether `cue` is a verb of saying or finding that closes a sentence, followed only by
    `tail`: nothing, a time, a phrase opened by a preposition, or (after "told") who heard it."""
    if not cue.is_alpha or cue.tag_ in ("VBN", "VBG", "VB") or not (
            cues.get(cue.lower_) == "speech" or (cue.lower_ in _FINDING_VERBS and cue.lower_ in cues) or cue.lower_ in _HEARD_FORMS):
        return False
    if cue.dep_ in _NOUN_DEPS or not cue.text.islower() or cue.lower_.startswith(_DEEDS_ALONE):
        # a noun tagged as a verb ("hosted illegal, pirate radio shows in the capital"), a name's
        # word ("Slate and Drudge Report"), a deed ("…, the borrowing continued.")
        return False
    if cue.pos_ != "VERB":
        return cue.lower_ in _READ_AS_NOUNS and not len(tail)
    while len(tail) and tail[0].lower_ in _WHEN_ADVERBS:
        tail = tail[1:]  # ("explained earlier in the hearing"; not "Mexico said enough.")
    if not len(tail):
        return True
    if len(tail) > 5 or any(t.pos_ not in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM") for t in tail):
        return False
    return tail[0].dep_ == "prep" or all(t.ent_type_ in ("DATE", "TIME") for t in tail) or \
        (cue.lower_ in _TELLING and tail[0].pos_ in ("NOUN", "PROPN"))  # (not "showed off bipedal designs")


def _signed_sentences(ctx: _Context, drafts: list[_Draft], title_span: tuple[int, int] | None,
                      cues: CueLexicon) -> list[_Draft]:
    """`…, police said.`, `…, campaign finance records show.`, `…, said the company's chief
    executive.`: a sentence ending in a verb of saying (or of finding) and its short source, set
    off by a comma, reports everything before the comma when the parse gave that verb nothing: it
    hung the sentence's start on the verb as an unlabelled dependent, made the verb a relative
    clause of the last noun ("a view of Trump, the poll found"), a conjunct of the first verb, or
    tagged "show" and "notes" as nouns."""
    doc = ctx.doc
    found = []
    # Only sentences holding a form of such a verb (a Token, or a sentence Span, for every
    # sentence would cost more than all the rest).
    candidates = numpy.flatnonzero(written_as(_signature_form_ids(cues), ctx.lowers)).tolist()
    starts = ctx.sentence_starts
    # (not where the parse found an attribution, nor in a sentence that is part of another claim)
    claimed = {ctx.sentence_of_char(d.cue_start) for d in drafts if d.cue_start is not None}
    for d in drafts:
        for first, last in d.fragments:
            if last > first:
                claimed.update(range(ctx.sentence_of_char(first), ctx.sentence_of_char(last - 1) + 1))
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i in candidates:
        if (number := sentence_index(starts, i)) not in claimed:
            by_sentence[number].append(i)
    for number, verbs in by_sentence.items():
        sent = doc[starts[number]:starts[number + 1] if number + 1 < len(starts) else len(doc)]
        if sent.end - sent.start < 7 or (title_span is not None and title_span[0] <= sent.start_char < title_span[1]):
            continue
        end = sent.end
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        if doc[end - 1].text not in (".", "!"):
            continue
        signature = _source_then_verb(doc, sent, end, cues) or _verb_then_source(doc, sent, end, cues)
        inside = _source_and_verb_inside(doc, sent, end, cues, verbs) if signature is None else None
        if signature is not None:
            cue, comma, source, head = signature
            if cue.lower_ in _HEARD_FORMS and not _hears_evidence(cue, head):
                continue  # ("…, the court heard.", said to the court; not "…, neighbours heard.")
            fragments = [_trim(ctx.text, sent.start_char, comma.idx, _TRIM + ".")]
        elif inside is not None:
            # "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this
            # museum": both sides of the attribution (the parse took the name for the first one's).
            cue, comma, after, source, head = inside
            fragments = [_trim(ctx.text, sent.start_char, comma.idx)]
            if after is not None:
                fragments.append(_trim(ctx.text, after.idx + 1, doc[end - 1].idx, _TRIM + "."))
        else:
            continue
        if ctx.quote_at(cue.idx) is not None or ctx.quote_at(sent.start_char) is not None:
            continue  # a quotation: its own attribution finders read it ('"…," he said.')
        if sum(len(ctx.text[f[0]:f[1]].split()) for f in fragments) < 4:
            continue  # ("Sorry, Sanders said.")
        draft = _Draft(fragments=[_snap_to_quotes(ctx, *f) for f in fragments], cue_start=cue.idx, cue_end=cue.idx + len(cue.text),
                       cue_token=cue.i, inverted=len(fragments) > 1)
        if not _hears_evidence(cue, head):  # (the court that heard it is no source: by no one named)
            draft.speaker = _token_range_chars(doc, source.start, source.end - 1)
            draft.speaker_head = head
        draft.category = "speech"
        # (where it was said: "…, the Ukrainian Air Force reported on Telegram.")
        draft.medium = _medium(cue, set(range(sent.start, comma.i + 1)) | set(range(source.start, source.end)), ctx)
        found.append(draft)
    return found


def _source_then_verb(doc: Doc, sent: Span, end: int, cues: CueLexicon) -> tuple[Token, Token, Span, Token] | None:
    """(verb, comma, source, its head) of a sentence ending "…, police said." (before `end`)."""
    # The verb, and after it at most a time or a place of publication ("police said Tuesday",
    # "the church posted on Facebook", "he told reporters").
    cue = next((t for t in reversed(doc[max(sent.start, end - 7):end - 1]) if _signs_sentence(t, doc[t.i + 1:end - 1], cues)), None)
    if cue is None:
        return None
    comma = next((t for t in reversed(doc[max(sent.start, cue.i - 7):cue.i]) if t.text == ","), None)
    if comma is None or comma.i == cue.i - 1:
        return None
    source = doc[comma.i + 1:cue.i]
    if source[0].pos_ == "CCONJ" or any(t.pos_ not in _SIGNATURE_POS or t.lower_ in _NOT_A_SIGNATURE or
                                         (t.pos_ == "PUNCT" and t.text not in "-'’.") for t in source):
        return None
    head = next((t for t in reversed(source) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None or (head.pos_ == "PRON" and len(source) > 1):
        return None
    return cue, comma, source, head


def _source_and_verb_inside(doc: Doc, sent: Span, end: int, cues: CueLexicon,
                            verbs: list[int]) -> tuple[Token, Token, Token | None, Span, Token] | None:
    """(verb, comma before the source, comma after the verb, source, its head) of "These
    employees, Stumpf explained earlier in the hearing, were well paid." (sentence ending before
    `end`, `verbs` the tokens of it written as a cue); no comma after when what follows it is no
    part of what was said."""
    for i in verbs:
        if not sent.start + 2 <= i < end - 4:
            continue
        cue = doc[i]
        if cues.get(cue.lower_) != "speech" or cue.tag_ not in ("VBD", "VBZ", "VBP") or not cue.text.islower() or \
                cue.lower_.startswith(_DEEDS_ALONE):
            continue
        # (after the verb at most when or where: "explained earlier in the committee hearing")
        after = next((t for t in doc[cue.i + 1:min(cue.i + 8, end)] if t.text == ","), None)
        if after is None or any(t.pos_ not in ("ADV", "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM") for t in doc[cue.i + 1:after.i]):
            continue
        signature = _source_then_verb(doc, sent, after.i + 1, cues)
        if signature is None or doc[signature[1].i - 1].lower_ in _RELATIVE_PRONOUNS:
            continue  # ("polynyas, which, they observed, occurred …": what they observed is the relative clause)
        _, comma, source, head = signature
        rest = doc[after.i + 1:end - 1]
        if rest and rest[0].pos_ == "ADP":
            return cue, comma, None, source, head  # "…, he said, on condition of anonymity …": what he said comes first
        # The rest is the second half of a sentence: its own finite verb or a command ("Get
        # serious …, the under-35 generation says, and require …"), not a participle going on with
        # the subject's deed ("Ted Cruz responded with vitriol, promoting a …").
        tops = [t for t in rest if t.dep_ == "ROOT" or not rest.start <= t.head.i < rest.end]
        if len(rest) >= 3 and any(t.pos_ in ("VERB", "AUX") and (t.tag_ in _FINITE_TAGS or any(
                c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_TAGS or c.tag_ == "MD") for c in t.children) or (
                t.tag_ == "VB" and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in t.children))) for t in tops):
            return cue, comma, after, source, head
    return None


def _verb_then_source(doc: Doc, sent: Span, end: int, cues: CueLexicon) -> tuple[Token, Token, Span, Token] | None:
    """(verb, comma, source, its head) of a sentence ending "…, said the company's chief
    executive, John Ferriola." (before `end`): a name or a description after the verb, which
    may have an apposition or an "of" phrase."""
    for cue in doc[max(sent.start + 3, end - 14):end - 2]:
        if doc[cue.i - 1].text != "," or cues.get(cue.lower_) != "speech" or cue.tag_ not in ("VBD", "VBZ", "VBP") or \
                not cue.text.islower() or cue.lower_.startswith(_DEEDS_ALONE):
            continue
        source = doc[cue.i + 1:end - 1]
        if source[0].pos_ in ("ADP", "PUNCT", "CCONJ", "PRON") or source[0].lower_ in _NOT_A_SIGNATURE or any(
                t.pos_ not in _SIGNATURE_POS | {"ADP"} or (t.pos_ == "PUNCT" and t.text not in ",-'’.") for t in source):
            return None
        # (its subject as parsed: after "…, acknowledged the point." or "…, declared bankruptcy." the
        # noun is what the sentence's own subject did)
        head = next((t for t in cue.rights if t.dep_ in ("nsubj", "nsubjpass") and t.i < source.end), None)
        return (cue, doc[cue.i - 1], source, head) if head is not None else None
    return None


# Verbs whose subject owns the noun they take: "made the claim that …", "voiced fears that …".
_OWNING_VERBS = frozenset({"make", "makes", "made", "making", "voice", "voices", "voiced", "voicing", "express", "expresses",
                           "expressed", "expressing", "raise", "raises", "raised", "raising", "issue", "issues", "issued", "issuing"})
# What a complement clause has and a relative one lacks ("the claim that he made" leaves its
# object to the noun): an object, a complement, a passive, or a modal ("that the economy will grow").
_COMPLETE_CLAUSE_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "auxpass"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "wo", "ca"})


@functools.lru_cache(maxsize=16)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


def _complement_that(clause: Token) -> Token | None:
    """The "that" opening `clause` when the clause is a noun's complement ("the claim that he lied
    to Congress"), not a relative clause ("the claim that he made", "the claim that was made")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i), None)
    if mark is None or not any(c.dep_ in _SUBJECT_OR_EXPL_DEPS and c.lower_ not in _RELATIVE_PRONOUNS for c in clause.children):
        return None
    if any(c.dep_ in _COMPLETE_CLAUSE_DEPS or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in clause.children):
        return mark
    return None


def _may_be_owner(possessive: Token, subject: Token) -> bool:
    """Whether "his"/"her"/"its"/"their" may stand for `subject` ("The senator repeated his
    warning"; not "Critics dismissed his claims")."""
    word, subject_word = possessive.lower_, subject.lower_
    if subject.pos_ == "PRON":
        return {**_POSSESSIVE_AS_SUBJECT, "her": "she"}.get(word) == subject_word
    plural = subject.tag_ in ("NNS", "NNPS")
    return plural if word == "their" else not plural


def _noun_owner(noun: Token, clause: Token, by_cue: Mapping[int, _Draft]) -> tuple[tuple[int, int], Token] | None:
    """Who a reporting noun belongs to, as (first, last) tokens and head: the possessor ("Donald
    Trump's claim"), "from"/"by" someone ("warnings from his attorney"), or the subject of
    "made"/"voiced"/"raised" ("The senator made the claim that …")."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:
        # The verb the noun is the object of ("voiced their concern", "stood by his claim").
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        subject = _subject(verb) if possessor.pos_ == "PRON" and verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if verb is not None and subject is not None and subject.head.i == verb.i and _may_be_owner(possessor, subject):
            if (governing := by_cue.get(verb.i)) is not None and _inside(governing, noun.idx):
                return None  # "repeated his warning that …": the verb's claim says it, with its subject
            first, last = _speaker_tokens(subject)
            if not any(t.pos_ == "VERB" for t in subject.doc[first:last + 1]):  # (a misparse: "The defeat forced coach Matt Williams")
                return (first, last), subject  # "finance ministers voiced their concern that …"
        return (possessor.left_edge.i, possessor.i), possessor
    source = next((grandchild for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i < clause.i
                   for grandchild in c.children if grandchild.dep_ == "pobj"), None)
    if source is not None:
        return _speaker_tokens(source), source
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lower_ in _OWNING_VERBS and verb.i not in by_cue and (subject := _subject(verb)) is not None \
            and (subject.lower_ in _WITNESS_PRONOUNS or subject.ent_type_ in _PERSON_OR_ORG_LABELS or subject.lower_ in _CITED_SOURCE_NOUNS):
        return _speaker_tokens(subject), subject  # (not "This raises the concern that …")
    return None


def _noun_claims(ctx: _Context, by_cue: Mapping[int, _Draft], title_span: tuple[int, int] | None,
                 noun_cues: frozenset[str], categories: Mapping[str, str]) -> list[_Draft]:
    """`Donald Trump's claim that …`, `warnings from his attorney that …`, `voiced fears that …`:
    a reporting noun (learned: `resources/cue_nouns.tsv`) with its owner named reports its "that"
    clause. Nested in another claim ("officials called Trump's claim that … false") it is a
    claim of its own, as "X said that Y told him …" is two."""
    wanted = _string_ids(noun_cues)
    doc = ctx.doc
    found = []
    for i, lower in ctx.noun_lowers:
        if lower not in wanted:
            continue
        noun = doc[i]
        if ctx.quote_at(noun.idx) is not None or (title_span is not None and title_span[0] <= noun.idx < title_span[1]):
            continue
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")), None)
        if clause is None and noun.dep_ == "dobj":
            # "dismissed their claims that the cuts would …" is often parsed with the clause on the verb
            clause = next((c for c in noun.head.rights if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1), None)
        mark = _complement_that(clause) if clause is not None else None
        if clause is None or mark is None or not (mark.i == noun.i + 1 or all(
                t.dep_ == "prep" or t.head.i != noun.i for t in doc[noun.i + 1:mark.i])):
            continue  # ("claims by Moscow that …": only the owner may stand between the noun and "that")
        owner = _noun_owner(noun, clause, by_cue)
        if owner is None:
            continue  # "fears that …" of no one named: the writer's
        content = _trim(ctx.text, mark.idx, clause.right_edge.idx + len(clause.right_edge.text), _TRIM + ".")
        if len(ctx.text[content[0]:content[1]].split()) < 4:
            continue
        (first, last), head = owner
        draft = _Draft(fragments=[_snap_to_quotes(ctx, *content)], cue_start=noun.idx, cue_end=noun.idx + len(noun.text), cue_token=noun.i)
        draft.speaker = _token_range_chars(doc, first, last)
        draft.speaker_head = head
        draft.category = categories.get(noun.lower_, "other")
        draft.by_noun = True
        found.append(draft)
    return found


# After these prepositions a gerund's doer is the verb's object when it has one ("praised him
# for saying …", "accused her of lying about …"), else its subject ("was criticised for saying").
_OBJECT_CONTROL_PREPOSITIONS = frozenset({"for", "of"})
# Nouns of what one is known, praised or blamed for, whose gerund is the doing of the subject of
# the verb they are the object of ("endured criticism for telling …", "came under fire for saying …").
_RECORD_NOUNS = frozenset({"criticism", "fire", "flak", "backlash", "praise", "plaudits", "credit", "blame", "heat", "scrutiny",
                           "ridicule", "condemnation", "history", "habit", "record", "tendency", "reputation", "apology", "apologies"})


def _gerund_doer(cue: Token) -> Token | None:
    """Who says what a gerund after a preposition says: the subject of the verb the phrase hangs
    on ("left the talks after warning that …", "pitched himself to voters by telling them that
    …", "After saying …, she was taken to hospital"), not the speaker of a cue further up ("Aides
    said the minister left after warning that …" is the minister's warning)."""
    preposition = cue.head
    verb = preposition.head
    on_record = verb.pos_ == "NOUN" and verb.lower_ in _RECORD_NOUNS and preposition.dep_ == "prep" and cue.dep_ == "pcomp"
    if on_record:
        # "has endured criticism for telling …", "came under fire for saying …", "has a long
        # history of blaming …": what one is known or blamed for having said is one's own
        noun = verb
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
        preposition = noun.head if noun.dep_ == "pobj" else preposition
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "The mayor was quick in denying …", "The US was more forceful in blaming …"
    elif verb.lower_ == "back" and verb.dep_ == "advmod" and verb.head.pos_ in ("VERB", "AUX") and preposition.lower_ == "to":
        verb = verb.head  # "Trump was back to implying that …" (the gerund parsed as the preposition's object)
    if cue.dep_ not in ("pcomp", "pobj") or (cue.dep_ == "pobj" and verb.i == preposition.head.i) or cue.tag_ != "VBG" or \
            preposition.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if (quoted := _quoted_as_saying(cue)) is not None:
        return quoted
    if _has_to(verb) and \
            not (verb.dep_ == "xcomp" and verb.head.pos_ in _VERB_POS_NAMES and not any(c.dep_ == "dobj" for c in verb.head.children)):
        # "will allow the dollar to weaken despite saying …": whose saying is unclear (not "The
        # campaign wants to address concerns after accusing …": the subject of "wants" does both)
        return None
    if preposition.lower_ in _OBJECT_CONTROL_PREPOSITIONS and not on_record:
        doer = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
        if doer is not None:
            return doer
    subject = _subject(verb)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "is expected to try and win over opponents by saying …": the subject of the verb it is
        # joined to, or of the verb that one completes
        subject = _subject(verb.head)
        if subject is None and verb.head.dep_ == "xcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            subject = _subject(verb.head.head)
    elif subject is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "dobj" for c in verb.head.children):
        # "A bookmaker has stopped taking bets after claiming …": the subject of the verb the
        # phrase completes (not when that verb has an object, who may be the doer: "told him …")
        subject = _subject(verb.head)
    elif subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "… has bucked efforts, committing gaffes after telling his aides …": the doer of the
        # participle the phrase hangs on
        subject = _doer_up_from(verb)
    return subject


def _doer_up_from(verb: Token) -> Token | None:
    """The subject of `verb`, else of the verb its participle, gerund or infinitive hangs on, or
    that it is joined to, going up until one has a subject."""
    subject = _subject(verb)
    while subject is None:
        above = _verb_a_participle_hangs_on(verb) or (verb.head if verb.dep_ == "conj" and verb.head.pos_ in _VERB_POS_NAMES else None)
        if above is None or above == verb:
            return None
        verb, subject = above, _subject(above)
    return subject


def _quoting_verb(cue: Token) -> Token | None:
    """The verb that quotes someone "as" doing what `cue` says: "quoted" in "The Times quoted Mr
    Hale as saying …" and in "Mr Dixon was quoted by The Australian as saying …"."""
    preposition = cue.head
    if cue.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.head.lower_ not in _QUOTING_FORMS:
        return None
    return preposition.head


def _quoted_as_saying(cue: Token) -> Token | None:
    """The one quoted in "The Times quoted Mr Hale as saying …", "The BBC cited X as saying …":
    the object of the quoting verb speaks (the quoting source only relays: `via`)."""
    verb = _quoting_verb(cue) if cue.lower_ in ("saying", "telling") else None
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)


def _quotes_as_saying(verb: Token) -> bool:
    """Whether a quoting verb only relays someone it quotes "as saying" something after it
    (`_quoted_as_saying`); one after a quotation (`"…," Reuters quoted an official as saying`) is
    the attribution of that quotation (`_quoted_by`)."""
    # (also a passive: "Putin was quoted as saying that …", whose subject "saying" finds)
    return verb.lower_ in _QUOTING_FORMS and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            (_quoted_as_saying(g) is not None or (g.lower_ == "saying" and _is_passive(verb))) and _reports_after(g)
            for g in c.children)
        for c in verb.children)


def _reports_after(verb: Token) -> bool:
    """Whether a verb has a complement or a colon after it."""
    return any(c.i > verb.i and (c.dep_ in _CONTENT_DEPS or c.text == ":") for c in verb.children)


def _quoted_by(verb: Token) -> Token | None:
    """Who a quoting verb quotes "as saying" what stands before it: `"…," Reuters quoted an
    official as saying` (the official speaks; Reuters relays)."""
    if verb.lower_ not in _QUOTING_FORMS:
        return None
    saying = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                   if _quoted_as_saying(g) is not None and not _reports_after(g)), None)
    return _quoted_as_saying(saying) if saying is not None else None


_QUOTING_FORMS = frozenset({"quoted", "quotes", "quote", "quoting", "cited", "cites", "cite", "citing"})
# Who a report cites as its source ("citing two US officials", "citing a government official").
_CITED_PEOPLE = frozenset({"official", "officials", "source", "sources", "people", "person", "diplomat", "diplomats", "aide",
                           "aides", "insider", "insiders", "executive", "executives", "witness", "witnesses", "resident",
                           "residents", "lawmaker", "lawmakers", "spokesman", "spokeswoman", "spokesperson", "officer", "officers"})
_RELAYING_FORMS = frozenset({"reported", "reports", "report", "reporting", "said", "says", "say"})


def _carried_by(cue: Token) -> Token | None:
    """The outlet that carried what was said: "said in a statement carried by the Korean Central
    News Agency" (it relays the statement: `via`)."""
    return next((agent for prep in cue.children if prep.dep_ == "prep" and prep.i > cue.i
                 for noun in prep.children if noun.dep_ == "pobj" and noun.lower_ in _WHERE_SAID_NOUNS
                 for carried in noun.children if carried.dep_ == "acl" and carried.lower_ == "carried"
                 if (agent := _agent(carried)) is not None), None)


def _quoting_outlet(cue: Token, subject: Token | None) -> Token | None:
    """The outlet a participle says quoted the speaker: "Peskov said, quoted by Interfax", "Peskov,
    quoted by Interfax, said", "said, as quoted by RIA Novosti, that …" (it relays: `via`)."""
    participles = [*cue.children, *(subject.children if subject is not None else ())]
    return next((agent for quoted in participles if quoted.lower_ == "quoted" and quoted.dep_ in ("advcl", "acl", "xcomp")
                 and not any(c.lower_ == "as" and c.dep_ == "prep" for c in quoted.children)
                 if (agent := _agent(quoted)) is not None), None)


def _cited_source(cue: Token) -> Token | None:
    """Whom an outlet's report cites ("Axios reported, citing two US officials", "Reuters reported,
    citing three sources, that …"): people named or unnamed, not a document ("citing data")."""
    if cue.lower_ in _RELAYING_FORMS:
        citing = next((c for c in cue.children if c.lower_ == "citing" and c.dep_ in ("advcl", "xcomp", "conj")), None)
    elif cue.lower_ == "citing" and cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.lower_ in _RELAYING_FORMS:
        citing = cue
    else:
        return None
    if citing is None:
        return None
    cited = next((c for c in citing.children if c.dep_ == "dobj"), None)
    return cited if cited is not None and (cited.lower_ in _CITED_PEOPLE or cited.ent_type_ == "PERSON") else None



# Verbs of perception whose object does what a bare infinitive after it says: "the meeting saw
# loyal MPs warn that …", "the crowd heard the mayor promise …".
_PERCEPTION_FORMS = frozenset({"see", "sees", "saw", "seen", "hear", "hears", "heard", "watch", "watches", "watched"})
# Who hears evidence ("The court heard …"): the listener, not the source.
_HEARD_FORMS = frozenset({"heard", "hears", "hear"})
_HEARING_NOUNS = frozenset({"court", "jury", "jurors", "inquest", "inquiry", "tribunal", "hearing", "trial", "magistrates", "panel"})
# ... and their other forms: "Fans watched the team lose", "saw five producers collect awards" report an event.
_PERCEIVING_FORMS = _PERCEPTION_FORMS | {"seeing", "watching", "hearing", "notice", "noticed"}
_SEEING_FORMS = frozenset({"see", "sees", "saw", "seen", "seeing"})


def _perceived_doer(cue: Token) -> Token | None:
    """The object of a verb of perception that a bare infinitive cue hangs on, when the cue has no
    subject; or right before a participle cue ("hearing a candidate acknowledging …")."""
    verb = cue.head
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "dep", "ccomp") and verb.lower_ in _PERCEIVING_FORMS and verb.i < cue.i:
        seen = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)
        return seen if seen is not None and seen.pos_ in ("NOUN", "PROPN", "PRON") else None
    # (The tagger often calls the bare infinitive VBP, and the parser a verb coordinated without
    # "and": "saw a succession of members warn that …".)
    if cue.tag_ not in ("VB", "VBP") or cue.dep_ not in ("dep", "ccomp", "xcomp", "conj") or verb.lower_ not in _PERCEIVING_FORMS or \
            cue.i < verb.i or any(t.dep_ == "cc" for t in cue.doc[verb.i + 1:cue.i]):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < cue.i), None)


_DEPICTING_FORMS = _PERCEPTION_FORMS | frozenset({"show", "shows", "showed", "showing", "feature", "features", "featured", "featuring",
                                                 "capture", "captures", "captured", "depict", "depicts", "depicted"})
_RECORDING_NOUNS = frozenset({"footage", "video", "videos", "clip", "clips", "recording", "recordings", "film", "tape", "audio"})


def _shown_saying(cue: Token, ctx: _Context) -> Token | None:
    """The person right before a participle cue who is shown saying it: "footage of Hillary Clinton
    asking, …", "The spot features Trump saying …" (parsed as the verb's complement, with the
    verb's subject, the ad, as speaker)."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("xcomp", "advcl", "acl") or cue.i == 0:
        return None
    person = cue.doc[cue.i - 1]
    if person.i not in ctx.person_tokens or person.pos_ != "PROPN":
        return None
    owner = person.head
    if person.dep_ == "pobj" and owner.lower_ == "of" and owner.head.lower_ in _RECORDING_NOUNS:
        return person
    return person if person.dep_ == "dobj" and owner.lower_ in _DEPICTING_FORMS else None


# Events a participle may describe ("held a press conference claiming …"): who speaks is who
# held or spoke at it, not the event.
_EVENT_NOUNS = frozenset({"conference", "conferences", "briefing", "briefings", "meeting", "meetings", "rally", "rallies", "event",
                          "events", "appearance", "appearances", "session", "sessions", "summit", "summits", "ceremony", "call",
                          "launch", "visit", "hearing"})
# Nouns of where or at what something was said or written: "in a statement", "at a briefing".
_WHERE_SAID_NOUNS = frozenset(_SAID_IN_NOUNS | _WRITTEN_IN_NOUNS | _EVENT_NOUNS)


def _event_host(noun: Token) -> Token | None:
    """The subject of the verb an event or a deed noun is the object of, directly or through a
    preposition ("held a news conference", "said at a news conference", "criticised the move")."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return _subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None


# What someone puts out that speaks in their name when they are the subject: a statement, and also
# a video, an ad, a message or a newspaper's piece ("Trump released a marketing video that said …",
# "The Post ran a piece that noted …", "his campaign sent out a text message to supporters saying").
_PUT_OUT_NOUNS = _WRITTEN_IN_NOUNS | {"video", "ad", "advertisement", "article", "piece", "story", "message", "text"}
_PUTTING_OUT_VERBS = _ISSUING_VERBS | {"ran", "run", "runs", "running", "aired", "airs", "air", "airing", "blasted", "emailed",
                                       "texted", "mailed"}


def _issued_without_author(noun: Token, ctx: _Context) -> bool:
    """"Trump's campaign released a statement saying …", "She issued a statement saying …",
    "Forbes shot back in an article stating …": a document the verb's subject put out or spoke
    in, naming no author of its own ("a report by Amnesty", "the ministry's statement"): who put
    it out speaks."""
    if noun.lower_ not in _PUT_OUT_NOUNS or _named_author(ctx, noun, written=True) is not None or \
            any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in noun.children):
        return False  # (nor "a letter from his doctor that says …", its author unnamed)
    if noun.dep_ == "dobj":
        return noun.head.lower_ in _PUTTING_OUT_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with") and noun.head.dep_ == "prep" and \
        noun.head.head.pos_ == "VERB" and not _is_passive(noun.head.head)


def _sent_to_recipients(participle: Token, ctx: _Context) -> Token | None:
    """The document put out, when a participle hangs on whom it was sent to ("his campaign sent out
    a text message to supporters saying: …", "blasted out an email to supporters stating …"): the
    participle says what the document says, not what the recipients say."""
    recipients = participle.head
    if recipients.dep_ != "pobj" or recipients.head.lower_ != "to" or recipients.i >= participle.i:
        return None
    holder = recipients.head.head
    document = holder if holder.lower_ in _PUT_OUT_NOUNS else \
        next((c for c in holder.children if c.dep_ == "dobj" and c.lower_ in _PUT_OUT_NOUNS and c.i < recipients.i), None)
    return document if document is not None and _issued_without_author(document, ctx) else None


# Nouns for what someone did or decided: a participle after them is the doer's ("Unions criticised
# the possible move, saying Qantas was profitable"), not the deed's.
_DEED_NOUNS = frozenset({"move", "moves", "decision", "decisions", "plan", "plans", "proposal", "proposals", "bid", "bids",
                         "offer", "offers", "deal", "deals", "ruling", "rulings", "ban", "bans", "policy", "policies", "step",
                         "steps", "action", "actions", "measure", "measures", "change", "changes", "idea", "ideas", "vote"})


def _said_beside_a_deed(participle: Token) -> bool:
    """Whether a participle hangs on a deed noun that is no verb's object, or on a noun of its
    prepositional phrase, with words between them ("there was no plan for an invasion of the
    country saying: …"): the parser's place for a participle of the sentence's speaker (not
    "there is a plan saying all pupils must …")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or participle.i == participle.head.i + 1:
        return False
    noun = participle.head
    while noun.lower_ not in _DEED_NOUNS and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # ("a plan for a sale of the harbour saying": hung on the last noun)
    return noun.lower_ in _DEED_NOUNS and noun.dep_ != "dobj"


# Verbs that hold a view (outside the cue lexicon): a participle set off after the view explains it.
_HOLDING_FORMS = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
                            "reckon", "reckons", "reckoned"})


def _attribution_before_participle(participle: Token, cue: Token, cues: CueLexicon) -> Token | None:
    """The verb of saying with a subject right before a participle's comma (`"…," Sanders said,
    going on to say …`, `…," he said, not even suggesting …`), not a passive nor one above `cue`."""
    doc = participle.doc
    start = participle.i
    while start > 0 and doc[start - 1].head == participle and doc[start - 1].dep_ in ("neg", "advmod"):
        start -= 1  # ("not even", "also")
    if participle.tag_ != "VBG" or start < 2 or doc[start - 1].text != ",":
        return None
    before = doc[start - 2]
    if cues.get(before.lower_) != "speech" or _is_passive(before) or before.is_ancestor(cue) or _subject(before) is None:
        return None
    return before


# Participles that go on with what someone was saying (", adding that …").
_CONTINUING_PARTICIPLES = frozenset({"adding", "noting", "stressing", "insisting", "explaining", "emphasising", "emphasizing"})


def _continues_the_tellers_words(cue: Token) -> bool:
    """", adding that …", ", insisting that …": a participle going on with someone's words, set off by a comma."""
    return cue.lower_ in _CONTINUING_PARTICIPLES and cue.dep_ == "advcl" and cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _governing_cue(cue: Token, cues: CueLexicon, ctx: _Context) -> Token:
    """The nearest ancestor of a participle that is a cue with a subject, else the verb of
    holding a view whose clause its head is ("Hodgson believes a winter break carries many
    advantages, explaining: …" explains Hodgson's view, not the break's), else its head. Never
    a verb inside a quotation the participle is not in ('telling the crowd, "… have you
    noticed?"', which the parser may hang on the quotation's verbs)."""
    doc = cue.doc
    participle = cue
    while participle.dep_ == "xcomp" and participle.head.i < participle.i:
        participle = participle.head  # ("going on to say": the participle is "going")
    if (before := _attribution_before_participle(participle, cue, cues)) is not None:
        # `"…," Sanders said, going on to say that …`, the parser hanging "going" on a verb inside
        # the quotation: the attribution right before the participle's comma governs it.
        return before
    for ancestor in cue.ancestors:
        if _quoted_apart(ancestor, cue, ctx):
            continue
        if cue.dep_ == "conj" and cue.head == ancestor and ancestor.dep_ == "advcl" and \
                _subject_of_a_clause_read_as_phrase(ancestor) is not None:
            return ancestor  # ("Even after Clinton, …, dropped her reluctance and agreed to …": the clause's own subject)
        if _is_cue(ancestor, cues) and (ancestor_subject := _subject(ancestor)) is not None:
            # (a participle going on with the teller's words, "adding that …", after a clause whose
            # verb is no verb of saying: "Kerrigan said staff had learned of the plans from the news,
            # adding that …"; not "Grayson said …, the source recalled, adding that …", nor a
            # deed's "Her friends have mocked his campaign, calling him …, Susan said")
            goes_on = _continues_the_tellers_words(cue) and cues.get(ancestor.lower_) != "speech"
            if (_adds_a_quotation(cue) or _participle_before_a_quotation(cue) or goes_on) and \
                    ancestor.dep_ == "ccomp" and _is_cue(ancestor.head, cues) and _subject(ancestor.head) is not None:
                # "Mrs Parker Bowles said the prince went down on one knee and added: "…"": the
                # teller adds, not the one told about (the parser hangs "added" on the clause); so
                # for 'He said Mr Blair had spoken with "such sincerity", adding: "…"'.
                return ancestor.head
            if cue.dep_ == "conj" and cue.head == ancestor and ancestor.tag_ == "VB" and cue.tag_ in ("VBD", "VBZ", "VBP") and \
                    ancestor.dep_ == "ccomp" and ancestor.head.tag_ == cue.tag_ and _is_cue(ancestor.head, cues) and \
                    _subject(ancestor.head) is not None:
                # "May said that the country would declare … and suggested that …": a verb in the
                # tense of the one above goes with it, not with the reported "would declare".
                return ancestor.head
            if cue.dep_ == "conj" and cue.head == ancestor and ancestor_subject.dep_ == "nsubjpass" and \
                    not any(c.dep_ == "auxpass" for c in cue.children) and ancestor.dep_ == "ccomp" and \
                    _is_cue(ancestor.head, cues) and _subject(ancestor.head) is not None:
                # "The boss said that no offer had been accepted but acknowledged there had been
                # interest": what a reported passive was done to acknowledges nothing; the teller does.
                return ancestor.head
            return ancestor
    head = next((a for a in cue.ancestors if not _quoted_apart(a, cue, ctx)), cue.head)
    if head.dep_ == "ccomp" and head.head.lower_ in _HOLDING_FORMS and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == "," and \
            _subject(head.head) is not None:
        return head.head
    if cue.tag_ == "VBG" and cue.i >= 2 and doc[cue.i - 1].text == "," and _a_thing(_subject(head)):
        # "The first incident came during a speech, when protesters interrupted her, shouting …":
        # a thing shouts nothing; the clause before the comma has someone who can.
        for verb in doc[cue.i - 2].ancestors:
            if verb == head or verb.i > cue.i:
                break
            if verb.pos_ == "VERB" and _speaks_as_person(_subject(verb), plural_nouns=True):
                return verb
    return head


def _quoted_apart(token: Token, cue: Token, ctx: _Context) -> bool:
    """Whether `token` stands inside a quotation that `cue` is not in."""
    quote = ctx.quote_at(token.idx)
    return quote is not None and quote != ctx.quote_at(cue.idx)


# Nouns for those who can speak: people by their role, bodies, groups (and their singulars).
_PERSON_OR_BODY_NOUNS = PERSON_ROLE_NOUNS | _ORG_NOUNS
_SPEAKER_NOUNS = _PERSON_OR_BODY_NOUNS | _GROUP_NOUNS


def _subject_up_the_chain(verb: Token, deps: tuple[str, ...]) -> tuple[Token, Token | None]:
    """The first verb with a subject going up from `verb` through verbs hung by `deps` on the
    verb above ("rushed everyone inside and said" → "reversed"; "trying to hide" → "trying"), and
    that subject (None, with the last verb reached, where none has one)."""
    subject = _subject(verb)
    while subject is None and verb.dep_ in deps and verb.head.pos_ in _VERB_POS_NAMES:
        verb = verb.head
        subject = _subject(verb)
    return verb, subject


def _verb_a_participle_hangs_on(participle: Token) -> Token | None:
    """The verb whose subject does what an infinitive or a participle does: the verb an xcomp or a
    participle clause hangs on, or the verb of the preposition a gerund follows ("shifting his
    focus to defeating Trump and admitting …" → "shifting")."""
    head = participle.head
    if (participle.dep_ == "xcomp" or (participle.dep_ == "advcl" and participle.tag_ == "VBG")) and head.pos_ in _VERB_POS_NAMES:
        return head
    if participle.dep_ == "pcomp" and participle.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in _VERB_POS_NAMES:
        return head.head
    return None


def _participle_joined_across(cue: Token, cues: CueLexicon) -> Token | None:
    """The participle of saying above a participle that the parser joined by "and" to a verb in a
    tense inside that one's clause ("warning that the group could penetrate the country and
    implying that …": "implying" goes with "warning"; `_content_last` ends the first claim there)."""
    if cue.dep_ != "conj" or cue.tag_ != "VBG" or cue.head.tag_ == "VBG" or cue.head.pos_ not in _VERB_POS_NAMES or \
            cue.left_edge.i != cue.i or cue.doc[cue.i - 1].lower_ != "and":
        return None
    clause = cue.head
    while clause.dep_ == "conj" and clause.head.pos_ in _VERB_POS_NAMES:
        clause = clause.head
    above = clause.head
    if clause.dep_ != "ccomp" or above.tag_ != "VBG" or not _is_cue(above, cues):
        return None
    return above


def _has_to(verb: Token) -> bool:
    """Whether a verb has the "to" of an infinitive ("to jolt")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare form with "to" ("to announce")."""
    return verb.tag_ == "VB" and _has_to(verb)


def _non_finite(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" or a gerund or participle without an auxiliary
    ("to jolt", "defeating"; not "could not put", "is defeating")."""
    if verb.tag_ == "VB":
        return _has_to(verb)
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _finite_verb_above(verb: Token) -> Token | None:
    """The nearest verb above `verb` in a tense (not an infinitive, participle or gerund)."""
    return next((a for a in verb.ancestors if a.pos_ in _VERB_POS_NAMES and a.tag_ in _FINITE_TAGS), None)


def _subject_joined_before(verb: Token) -> Token | None:
    """The subject of a verb joined to another that the parser made a conjunct of a noun in the
    clause before ("Many Republicans have said they will not attend the convention and others
    have said …", "others" joined to "convention"): the noun right before the verb and its
    auxiliaries, after "and" or "but". None when the verb has a subject or nothing stands there."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg", "advmod"))])
    if any(not verb.is_ancestor(doc[k]) for k in range(first, verb.i)) or first < 2:
        return None
    noun = doc[first - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.right_edge.i != noun.i or noun.left_edge.i < 1 or \
            doc[noun.left_edge.i - 1].lower_ not in ("and", "but") or not verb.head.is_ancestor(noun):
        return None
    return noun


def _a_thing(subject: Token | None) -> bool:
    """Whether a subject is a common noun that names no one: no name, no person, body or group."""
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and \
        subject.lower_ not in _SPEAKER_NOUNS and subject.lower_.removesuffix("s") not in _PERSON_OR_BODY_NOUNS


def _adds_a_quotation(cue: Token) -> bool:
    """A verb joined by "and" or "but" with no subject of its own and a colon, or a quoted
    sentence, right after it ("… and added: "…""): a second attribution of the sentence's
    speaker (not 'and cannot continue "down the path of …"', a quoted phrase in the clause)."""
    doc = cue.doc
    if cue.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in cue.children) or cue.i + 2 >= len(doc) or \
            not any(c.dep_ == "cc" for c in cue.head.children):
        return False
    return _opens_a_quotation_after(cue)


def _participle_before_a_quotation(cue: Token) -> bool:
    """A participle set off by a comma with a colon, or a quoted sentence, right after it (", adding: "…"")."""
    doc = cue.doc
    return cue.tag_ == "VBG" and cue.i > 0 and doc[cue.i - 1].text == "," and cue.i + 2 < len(doc) and _opens_a_quotation_after(cue)


def _opens_a_quotation_after(cue: Token) -> bool:
    """A colon, or a quoted sentence, right after the verb, a comma at most between ("and added,
    "I'll plead guilty""; it needs two tokens after it)."""
    doc = cue.doc
    after = doc[cue.i + 1]
    if after.text == "," and cue.i + 3 < len(doc):
        return doc[cue.i + 2].text in _DOUBLE_MARK_TOKENS and doc[cue.i + 3].text[:1].isupper()
    return after.text == ":" or (after.text in _DOUBLE_MARK_TOKENS and doc[cue.i + 2].text[:1].isupper())


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _opens_with_subject(clause: Token) -> bool:
    """Whether a finite clause begins with its own subject ("told BBC Two's Newsnight programme
    there was a danger …": the parser hangs the clause on the hearer, whom it does not describe)."""
    first = clause.left_edge
    return first.head.i == clause.i and first.dep_ in ("nsubj", "nsubjpass", "expl") and \
        (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children))


def _reported_as_relative(clause: Token) -> bool:
    """A "relative clause" on an occasion that reads as what was said: "that" first, taken for its
    object, a subject of its own and a modal or an object of its own ("told reporters at a briefing
    that the pier would reopen", "said at a regular press briefing that China and Brazil share broad
    interests"; not "at a briefing that the ministry held")."""
    first = clause.left_edge
    return first.lower_ == "that" and first.head.i == clause.i and first.dep_ == "dobj" and \
        any(c.dep_ == "nsubj" for c in clause.children) and \
        (any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) or _that_opens_clause(clause))


def _reported_after(noun: Token, clause: Token) -> bool:
    """Whether a "relative clause" on where or when something was said is what was said: a "that"
    conjunction, else (after an occasion) "that" taken for its object with a subject and a modal
    of its own, or (after "time") "that" and a subject of its own."""
    if _has_that(clause):
        return True
    return _that_then_subject(clause) if noun.lower_ == "time" else _reported_as_relative(clause)


def _that_then_subject(clause: Token) -> bool:
    """A "relative clause" opening with "that" and a subject of its own ("for the first time that the
    budget had been cut", "that" parsed as an adverb): a that-clause."""
    first = clause.left_edge
    return first.lower_ == "that" and first.head.i == clause.i and first.dep_ not in _SUBJECT_DEPS and \
        any(c.dep_ in _SUBJECT_DEPS and c.i > first.i for c in clause.children)


def _that_before_subject(clause: Token) -> bool:
    """A "relative clause" that opens with "that", hung on a verb inside it that has a subject
    of its own, and then the clause's own subject: after the one told and the occasion, what was
    told ("told analysts on a conference call that she expects the ratio to fall …", "that" parsed
    as the object of "fall"; not "told reporters at a briefing that the ministry held")."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ not in _SUBJECT_DEPS and first.head.i != clause.i and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in first.head.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == first.i + 1 for c in clause.children)


def _that_opens_clause(clause: Token) -> bool:
    """A "relative clause" whose "that" the verb cannot need as a pronoun (it has another object or
    subject already): "told a briefing that the ministry rejects the accusations" is a that-clause."""
    first = clause.left_edge
    return first.lower_ == "that" and first.head.i == clause.i and \
        any(c.dep_ == first.dep_ and c.i != first.i for c in clause.children)


def frame_subject(token: Token) -> Token | None:
    """The subject a cue verb speaks for: its own, else that of the verb it is coordinated with
    ("Trump attacked X and praised Y") or that a participle hangs on."""
    subject = _subject(token)
    if subject is None and token.head.pos_ in ("VERB", "AUX") and \
            (token.dep_ == "conj" or (token.dep_ == "advcl" and token.tag_ == "VBG")):
        # "…, promising to meet his goals": a participle speaks for the clause's subject.
        subject = _subject(token.head)
    return subject


def _quoted_tail(cue: Token, ctx: _Context, speaker_ids: set[int], cues: CueLexicon) -> tuple[int, int] | None:
    """"called on the parties to “show restraint”": the cue's own phrase when a quotation is in it;
    not a verb joined to the cue ("bemoaned the unrest and said he thought drugs were a “very big
    factor”": that verb has a claim of its own), nor a participle of saying with a clause or a
    quotation of its own ("defended the film, saying it was “barrier-breaking”": the saying's claim)."""
    doc = cue.doc
    # The quotation found below starts after the cue and no later than the first white space
    # after the cue's phrase (words glued to its last word and closing marks included): with
    # none starting there, as for most phrases, there is nothing to find.
    phrase_end = doc[cue.right_edge.i].idx + len(doc[cue.right_edge.i].text)
    while phrase_end < len(ctx.text) and not ctx.text[phrase_end].isspace():
        phrase_end += 1
    first_after = bisect.bisect_right(ctx.quote_starts, cue.idx)
    if first_after == len(ctx.quote_starts) or ctx.quote_starts[first_after] > phrase_end:
        return None
    cue_children = tuple(cue.children)  # (read once: every pass over `cue.children` builds its tokens anew)
    if cue.lower_.startswith("add") and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue_children):
        return None  # ('it added "fizz" to his campaign': a thing added, not words)
    joined = min((c.left_edge.i for c in cue_children if c.i > cue.i and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), default=len(doc))
    # (nor the source after it: ", according to a statement from his office" says who reported it)
    joined = min([joined, *(c.left_edge.i for c in cue_children if c.i > cue.i and _is_according(c))])
    closing_kept = False  # (whether `joined` follows a closing mark that ends the phrase)
    for token in itertools.chain(cue_children, *(c.children for c in cue_children if c.dep_ == "dobj")):
        if token.i > cue.i and token.tag_ == "VBG" and token.dep_ in ("advcl", "acl") and token.left_edge.i == token.i and \
                _after_comma(doc, token.i) and cues.get(token.lower_) == "speech" and \
                (any(c.dep_ == "ccomp" for c in token.children) or _quote_after(ctx, token.idx + len(token.text)) is not None
                 or _said_about(token, ctx, (_characterised,)) is not None):  # (", calling them “…”": its own claim)
            # (after a comma inside the closing mark, the mark stays: 'the “king of debt,” noting …')
            cut = token.i if doc[token.i - 1].is_quote else token.i - 1
            if cut < joined:
                joined, closing_kept = cut, doc[token.i - 1].is_quote
    agent = {t.i for c in cue_children if c.dep_ == "agent" for t in c.subtree}  # ("by the film's director": who spoke)
    by_after_quotation = _by_after_quotation(cue)
    if by_after_quotation is not None:
        agent.update(t.i for t in by_after_quotation.subtree)
    tail = [t for t in cue.subtree if cue.i < t.i < joined and t.i not in speaker_ids and t.i not in agent]
    while tail and (tail[-1].dep_ == "cc" or (tail[-1].is_punct and not (closing_kept and _closes_quotation(ctx, tail[-1])))) and \
            tail[-1].i + 1 == joined:
        joined -= 1  # (the "and" before the joined verb, or the punctuation ending the text)
        tail.pop()
    while agent and len(tail) > 1 and (tail[-1].is_space or (tail[-1].is_punct and tail[-1].i - tail[-2].i > 1)):
        tail.pop()  # (the full stop and line break after the doer left out: "described as “…” by X.")
    if not tail:
        return None
    start, end = _token_range_chars(doc, tail[0].i, tail[-1].i)
    # (the quotation may end past the phrase by its full stop and closing mark, which the parser
    # hangs on the sentence's root: '… and accused Brussels of "blackmailing a sovereign state."',
    # for an active verb of saying: not "will not be revealed until … "in the next two weeks."")
    ends_sentence = cues.get(cue.lower_) == "speech" and not _is_passive(cue)
    # (not a quotation in a clause describing the object that has a cue and speaker of its own:
    # "signed an agreement, a deal both sides hailed as a "cornerstone"": that is their claim)
    described = [_token_range_chars(doc, t.left_edge.i, t.right_edge.i) for t in tail if t.dep_ == "relcl" and
                 cues.get(t.lower_) is not None and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS for c in t.children)]
    # (nor a document's title: 'signed a "Joint Statement on Strengthening Energy Security"' is a deed)
    if any(q.start >= start and not _is_name_in_quotes(ctx, q) and not any(a <= q.start < b for a, b in described) and
           not (_document_title(ctx, q) and len(ctx.text[start:q.start].split()) <= 2) and (q.end <= end + 1 or (
            ends_sentence and not ctx.text[end:q.end].strip(_QUOTATION_END) and not _looks_like_title_or_nickname(ctx, q, 1)))
           for q in ctx.quotes):
        return _trim(ctx.text, start, _circumstance_after_quotation(cue, ctx, start, end), _TRIM + ".")
    return None


def _circumstance_after_quotation(cue: Token, ctx: _Context, start: int, end: int) -> int:
    """Where the words said end when the verb's own phrase goes on past its quotation with a
    clause of its own saying when or how they were said ('called Palin a “clown” on his radio
    show when commenting …', 'called Cruz the "ultimate hypocrite," linking to a story …'): before
    that clause; else `end`. (Not before a phrase: 'a “champion” for its constituency', 'compared
    the refugees to a “vicious snake” in a song about …' are what PolNeAR's annotators took as said.)"""
    closing = max((q.end for q in ctx.quotes if start <= q.start and q.end <= end), default=None)
    if closing is None:
        return end
    # (hung on the verb, or on what the object is called: 'the "ultimate hypocrite," linking …',
    # 'the “expectations game” — setting …')
    hangers = itertools.chain(cue.children, *(c.children for c in cue.children if c.dep_ == "oprd"))
    # (a participle, or a clause opened by its conjunction: "if it fails …", "as they have …"; not
    # an infinitive, which may say what the quoted noun is about: 'the government's "failure" to
    # control immigration')
    after = [c.left_edge.i for c in hangers if c.dep_ in ("advcl", "acl") and c.i > cue.i and ctx.token_starts[c.left_edge.i] >= closing
             and ((c.tag_ == "VBG" and (_after_comma(cue.doc, c.left_edge.i) or cue.doc[c.left_edge.i - 1].text in _DASHES))
                  or any(g.i == c.left_edge.i and (g.dep_ == "mark" or g.tag_ == "WRB") for g in c.children))]
    return min(end, max(closing, ctx.token_starts[min(after)])) if after else end


_QUOTATION_END = ".,;!?'’" + "".join(DOUBLE_MARKS)


def _writers_words_at(ctx: _Context, char: int) -> bool:
    """Whether the first word after `char` opens an adverbial clause by its conjunction ("when",
    "as", "after", "before", "while"), or is an "and" or "but" before a verb with no subject of its
    own joined to a verb before `char` (the speaker's next deed)."""
    doc = ctx.doc
    i = _first_token_after(ctx, char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return False
    word = doc[i]
    if word.lower_ in ("when", "as", "after", "before", "while") and word.dep_ in ("advmod", "mark") and word.head.dep_ == "advcl":
        return True
    if word.lower_ in ("and", "but") and i + 1 < len(doc):
        verb = doc[i + 1]
        return verb.dep_ == "conj" and verb.pos_ == "VERB" and ctx.token_starts[verb.head.i] < char and \
            not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    return False


def _closes_quotation(ctx: _Context, token: Token) -> bool:
    """Whether `token` is the closing mark of a quotation."""
    quote = ctx.quote_at(token.idx)
    return token.is_quote and quote is not None and quote.closed and quote.end == token.idx + len(token.text)


def _after_comma(doc: Doc, i: int) -> bool:
    """Whether token `i` follows a comma, also one the writer put inside a closing quotation mark
    ('… a “major breach of trust,” adding: …')."""
    return i >= 1 and (doc[i - 1].text == "," or (i >= 2 and doc[i - 1].is_quote and doc[i - 2].text == ","))


def _object_last(thing: Token) -> int:
    """Last token of an object as content: "praised Mrs. Clinton's proposals, which include …",
    "is endorsing Trump's campaign, the latest chapter in …": what follows a comma describes the
    object, it was not said."""
    doc = thing.doc
    return min([thing.right_edge.i, *(t.left_edge.i - 2 for t in thing.subtree if t.dep_ in ("relcl", "appos") and t.i > thing.i
                                      and t.left_edge.i - 1 > thing.i and doc[t.left_edge.i - 1].text == ","
                                      and t.ent_type_ not in ("GPE", "LOC", "DATE"))])  # (not "Hinckley, Leicestershire")


def content_frames(token: Token, text: str) -> list[tuple[str, tuple[int, int], Token]]:
    """The spans a verb could introduce as content, with the content's head, by construction, in
    order of preference: `ccomp` (a clause), `xcomp` ("vowed to form …"), `dobj` ("criticized the
    plan"), `prep:X` ("spoke of a crisis", "asked about his taxes"). Which of them are
    attributions is learned from PolNeAR (`frame_features`, `scripts/learn_frames.py`)."""
    return _content_frames(token, text, frame_subject(token))


def _shared_infinitive_last(clause: Token) -> int:
    """Last token of an infinitive: before a verb in the past joined to it, which cannot share its
    "to" ("promised to resign and left the room"), and past a bare verb after "and" that does
    ("promising to meet and in some cases exceed his goals": the parser joined "exceed" to a verb
    in a tense above, and may tag it a present)."""
    doc = clause.doc
    last = clause.right_edge.i
    if clause.tag_ != "VB":
        return last
    past = next((c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBD" and c.i > clause.i
                 and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)), None)
    if past is not None:
        return _end_before(clause, past)
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in ("and", "or"):
        return last
    shared = next((t for t in doc[last + 2:min(len(doc), last + 8)] if t.dep_ == "conj" and t.tag_ in ("VB", "VBP")
                   and t.left_edge.i == last + 2 and t.head.tag_ in ("VBD", "VBN", "VBZ", "VBG") and t.head.is_ancestor(clause)
                   and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in t.children)), None)
    return last if shared is None else shared.right_edge.i


def _content_frames(token: Token, text: str, subject: Token | None) -> list[tuple[str, tuple[int, int], Token]]:
    doc = token.doc
    token_children = tuple(token.children)  # (read once: every pass over `token.children` builds its tokens anew)
    frames: list[tuple[str, tuple[int, int], Token]] = []
    for child in token_children:
        if child.i < token.i or (subject is not None and child.i <= subject.i):
            continue
        target: Token | None = child
        if child.dep_ in _CONTENT_DEPS and not _is_trailing_relay(child):
            name = "ccomp"
        elif child.dep_ in ("xcomp", "dobj"):
            name = child.dep_
        elif child.dep_ == "prep":
            target = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            name = f"prep:{child.lower_}"
        else:
            continue
        if target is None:
            continue
        last = _shared_infinitive_last(target) if name == "xcomp" else target.right_edge.i
        if name == "ccomp":
            # "believes that detainees currently being held should be entitled to a trial": one
            # clause the parser split in two, the second without a subject of its own
            # (not after a noun joined by "and": "agreed Mr Blunkett had done a good job and 17% disagreed"
            # is a second subject and its own verb)
            joined = doc[last].dep_ == "conj" and doc[last].left_edge.i > 0 and doc[doc[last].left_edge.i - 1].lower_ in ("and", "but")
            last = max([last, *(c.right_edge.i for c in token_children if c.dep_ in _CONTENT_DEPS and c.left_edge.i == last + 1
                                and not joined and not any(g.dep_ in _SUBJECT_DEPS or g.dep_ in ("mark", "expl") for g in c.children))])
        if name == "dobj" or name.startswith("prep:"):
            last = _object_last(target)
        if name == "dobj":
            # "called climate change a hoax": the object's predicate is part of what is said.
            last = max([last, *(c.right_edge.i for c in token_children if c.dep_ == "oprd" and c.i > target.i)])
        while last > target.i and doc[last].dep_ == "cc":
            last -= 1  # "urged her to come out of the car and [repeatedly says …]": the "and" joins the next verb
        first = target.left_edge.i
        if name == "ccomp" and doc[first].tag_ not in ("WRB", "WDT", "WP") and \
                not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("mark", "expl") for c in target.children):
            first = _subject_hung_as_phrase(token, first) or first  # ("believe winning over voters is key")
        span = _trim(text, *_token_range_chars(doc, first, last), _TRIM + ".")
        if span[1] - span[0] > 1:
            frames.append((name, span, target))
    order = {"ccomp": 0, "xcomp": 1, "dobj": 2}
    return sorted(frames, key=lambda f: (order.get(f[0], 3), f[1]))


def _length_bucket(n_words: int) -> str:
    for limit, label in ((1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15")):
        if n_words <= limit:
            return label
    return "16+"


def frame_features(token: Token, subject: Token | None, frame: str, span: tuple[int, int], head: Token, text: str) -> list[str]:
    """What the frame model (`pipeline.lexicon.FrameModel`) knows of one construction: the verb
    form and its stem with the construction, who `subject` (`frame_subject`) is (a pronoun, an entity type),
    tense, negation and modals, and the content's length and head. Whether "called" + object
    is an attribution depends on all of them: "Trump called the deal a disaster" is, "the
    senator called the meeting to order" is not."""
    group = "prep" if frame.startswith("prep:") else frame
    stem = verb_stem(token.lower_)
    if subject is None:
        subject_kind = "none"
    elif subject.pos_ == "PRON":
        subject_kind = subject.lower_
    else:
        subject_kind = subject.ent_type_ or subject.pos_
    n_words = len(text[span[0]:span[1]].split())
    features = [
        f"form:{token.lower_}:{frame}", f"stem:{stem}:{frame}", f"stem:{stem}:{group}", f"stem:{stem}", f"frame:{frame}",
        f"frame:{group}", f"subject:{subject_kind}", f"subject:{subject_kind}:{group}", f"tag:{token.tag_}:{group}",
        f"dep:{token.dep_}:{group}", f"length:{_length_bucket(n_words)}:{group}", f"head:{head.pos_}:{group}",
    ]
    if subject is not None and subject.pos_ == "NOUN":
        features.append(f"subject_word:{subject.lower_}")  # "officials said" vs "the bill requires"
    if any(mark in text[span[0]:span[1]] for mark in "\"“”"):
        features.append(f"quoted:{group}")
    for child in token.children:
        if child.dep_ == "neg":
            features.append("negated")
        elif child.tag_ == "MD":
            features.append(f"modal:{child.lower_}")
        elif child.dep_ == "auxpass":
            features.append("passive")
    if group in ("dobj", "prep"):
        # The object's own word says much: "expressed concern", "called for restraint".
        features.append(f"object:{head.lower_}")
        if head.ent_type_:
            features.append(f"object_entity:{head.ent_type_}")
    elif group == "ccomp" and _has_that(head):
        features.append("that")
    return features


def _without_fronted_clause(cue: Token, subject: Token | None, region: tuple[int, int]) -> tuple[int, int]:
    """The attribution `region` without a clause or phrase that opens the sentence before a comma
    and the subject, which the parser hung on the verb of saying: in "If the talks fail, Mr Hale
    warned, the union will strike" and "To understand the case, Roberts said, one should visit …"
    it is the start of what was said, on the other side of a parenthetical attribution."""
    if subject is None or subject.i > cue.i or cue.head.i <= cue.i or \
            any(c.i > cue.i and c.dep_ not in ("punct", "advmod", "npadvmod", "prep") for c in cue.children):
        return region  # (an attribution in parentheses hangs on the clause after it, and has no object)
    doc = cue.doc
    start = subject.left_edge.i
    if start <= region[0] + 1 or doc[start - 1].text != "," or region[0] != cue.sent.start:
        return region
    fronted = [c for c in cue.children if c.i < start and not c.is_punct]
    if not fronted or any(c.dep_ not in ("advcl", "prep", "npadvmod", "advmod") for c in fronted) or \
            min(c.left_edge.i for c in fronted) != region[0]:
        return region
    return start, region[1]


def _without_fronted_subject(cue: Token, subject: Token | None, region: tuple[int, int]) -> tuple[int, int]:
    """The attribution `region` without the subject of the clause before it, which the parser made a
    second subject of the verb of saying: in 'The "myth that ageing is a barrier" to contributing
    … needs to be "exploded", the minister has said' the myth is what was said about, and the
    clause up to the comma is the content."""
    if subject is None or subject.i > cue.i:
        return region
    doc = cue.doc
    start = subject.left_edge.i
    if start <= region[0] + 1 or doc[start - 1].text != "," or region[0] > cue.sent.start + 1:
        return region
    others = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < start - 1]
    if not others or min(c.left_edge.i for c in others) != region[0]:
        return region
    return start, region[1]


def _parenthetical(doc: Doc, region: tuple[int, int], sent: Span, ctx: _Context) -> list[tuple[int, int]]:
    """"But to prevent problems, he said, officials should be vigilant": both sides are content."""
    first, last = region
    if first - 1 <= sent.start or last + 2 >= sent.end or doc[first].lower_ in _SUBORDINATORS:
        return []  # (nor ", when a flaw is announced,": a clause of time, not an attribution)
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return []
    # ("the stability he had brought and which, he claimed, would be thrown away": the relative
    # clause's pronoun opens what was said)
    opener = doc[first - 2] if doc[first - 2].tag_ in ("WDT", "WP") else None
    before = _trim(ctx.text, opener.idx if opener is not None else sent.start_char, doc[first - 1].idx)
    end = sent.end_char
    # (the parser may run the sentence on into a quotation after its full stop: "In any case, Mr.
    # DiPietro said, the industry was over-supplied. ''It was …,'' he said.")
    i = bisect.bisect_left(ctx.quote_starts, doc[last + 1].idx)
    if i < len(ctx.quotes) and (opening := ctx.quotes[i].start) < end and \
            ctx.text[max(0, opening - 8):opening].rstrip().endswith((".", "!", "?")):
        end = opening
    after = _trim(ctx.text, doc[last + 1].idx + 1, end, _TRIM + ".")
    # (a short predicate only when it is the main verb's, its subject before the attribution:
    # "The real threat, he argues, is disease", not "…, he said, today")
    root = sent.root
    if len(ctx.text[after[0]:after[1]].split()) < 3 and not (
            root.pos_ in ("VERB", "AUX") and last + 1 < root.i and root.idx < after[1] and
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first for c in root.children)):
        return []
    return [before, after]


# Verbs that refer back to a statement in "As X said, …" ("As she spoke, protesters chanted" is a time).
_AS_SAID_FORMS = frozenset({
    "said", "says", "put", "puts", "noted", "notes", "wrote", "writes", "reported", "reports", "explained", "explains",
    "observed", "observes", "argued", "argues", "pointed", "points", "told", "tells", "stated", "states", "remarked",
    "warned", "predicted", "acknowledged", "admitted", "conceded", "suggested", "insisted",
})


_HEARER_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})


def _main_clause_after_as(cue: Token, region: tuple[int, int], sent: Span) -> int | None:
    """Where what was said starts in "As Okafor put it in a statement, the plan is …" and "As The
    Atlantic noted, trust is collapsing": the main clause after a fronted "as" clause of a verb
    that refers to a statement (not "As he told the story, …": only "it" or a hearer as object)."""
    doc = cue.doc
    first, last = region
    if doc[first].lower_ != "as" or first > sent.start + 1 or cue.dep_ != "advcl" or cue.lower_ not in _AS_SAID_FORMS:
        return None
    # (the comma may come after words the parser hung on the main verb: "As Okafor said last week, …")
    comma = next((t.i for t in doc[last + 1:min(last + 5, sent.end)] if t.text == ","), None)
    if comma is None or cue.head.i <= comma or comma + 2 >= sent.end or \
            any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[last + 1:comma]):
        return None
    for child in cue.children:
        if child.dep_ == "dobj" and not (child.lower_ == "it" if cue.lower_ in ("put", "puts") else
                                         child.lower_ in _HEARER_PRONOUNS or child.ent_type_ in ("PERSON", "ORG", "NORP")):
            return None
    return doc[comma].idx + 1


def _clause_joined_after(cue: Token, cues: CueLexicon) -> Token | None:
    """The clause the parser coordinated with a verb of saying that reports the clause before it
    (", and those in the bottom fifth paid …"): after a comma and "and", with a subject of its own
    that is a noun, or with none but a modal or a passive; not a verb of saying, and closing the sentence."""
    doc = cue.doc
    sent = cue.sent
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or _is_cue(conj, cues) or \
                not all(t.is_punct or t.is_space for t in doc[conj.right_edge.i + 1:sent.end]):
            continue  # (closing the sentence: only its full stop, or a paragraph's line break, after it)
        subject = next((c for c in conj.children if c.dep_ in _SUBJECT_DEPS and c.i < conj.i), None)
        cc = doc[subject.left_edge.i - 1] if subject is not None else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON") and \
                subject.lower_ not in _PERSON_PRONOUNS | _GROUP_PRONOUNS | {"i", "we", "it"} and \
                cc is not None and cc.lower_ == "and" and doc[cc.i - 1].text == "," and subject.left_edge.i == cc.i + 1:
            return conj
        # "Much of that money is one-time revenue, the office warned, and should not be used for …":
        # with no subject, a modal or a passive goes on with the clause before (the speaker does
        # no "should be used"; "…, she said, and left" is her deed)
        joiner = doc[conj.left_edge.i - 1]
        if subject is None and joiner.lower_ in ("and", "but") and doc[joiner.i - 1].text == "," and joiner.head.i == cue.i and \
                any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.tag_ == "MD") for c in conj.children if c.i < conj.i):
            return conj
    return None


def _perceived_event(verb: Token, clause: Token) -> bool:
    """Whether `clause` is an event `verb` perceives, not what someone thinks: "watched the team
    lose", a bare verb after a verb of perception (not "see why RT can seem …": a question). After
    "see" also a participle and what the tagger takes for a past or an adjective ("saw it
    elevated to the FTSE 100", "saw their market value hit recent highs", "sees executives
    decamp"): what one thinks is "seen as …" or a clause with "that" or a tense of its own."""
    if verb.lower_ not in _PERCEIVING_FORMS:
        return False
    # ("I see you are busy": a thought)
    tags = ("VB", "VBG", "VBN", "VBD", "VBP", "JJ") if verb.lower_ in _SEEING_FORMS and clause.lower_ not in _BE_FORMS else ("VB", "VBG")
    return clause.tag_ in tags and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children) and clause.left_edge.tag_ not in ("WDT", "WP", "WRB")


def _phrasal_purpose(verb: Token) -> bool:
    """Whether an infinitive after `verb` can only be the purpose of its deed: a phrasal verb with
    an object ("has shaken off injury to take his place")."""
    return any(c.dep_ == "prt" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def _learned_frame(token: Token, ctx: _Context, frames: FrameModel, settings: ClaimsConfig, speech: bool,
                   skip: tuple[str, ...] = (), subject: Token | None = None) -> tuple[int, int] | None:
    """The content of the first construction of `token` the frame model finds likely enough to
    be an attribution ("vowed" + infinitive); None when none is. A verb of saying needs less
    evidence than a stance ("agreed", "rejected"), a clause less than an object: objects of
    stances are actions far more often than things said ("called for a ceasefire", "requested
    military assistance"), while a stance's clause states a position ("believes that …")."""
    subject = subject if subject is not None else frame_subject(token)  # the same for every construction: found once
    for frame, span, head in _content_frames(token, ctx.text, subject):
        if not speech:
            threshold = settings.min_stance_clause_frame_precision if frame in ("ccomp", "xcomp") else settings.min_stance_frame_precision
        elif frame in ("ccomp", "xcomp"):
            threshold = settings.min_frame_precision
        else:
            threshold = settings.min_object_frame_precision
        if frame in skip or len(ctx.text[span[0]:span[1]].split()) < 2:  # "despised them" says nothing usable
            continue
        if (title := ctx.quote_at(head.idx)) is not None and _document_title(ctx, title):
            continue  # ('signed a "Joint Statement on Strengthening Energy Security …"': a document, not its words)
        if not speech and ((frame == "ccomp" and _perceived_event(token, head)) or (frame == "xcomp" and _phrasal_purpose(token))):
            continue
        if frames.probability(frame_features(token, subject, frame, span, head, ctx.text)) >= threshold:
            return span
    return None


def _modifies_next_noun(cue: Token) -> bool:
    """A participle opening its sentence with no subject, followed by the subject of the clause
    the parser gave it ("Confirmed measles cases have tripled since November, the agency
    said"): it describes that noun and says nothing; the clause is what the sentence's verb
    of saying reports. ("Asked whether …, he said" is followed by no such subject.)"""
    if not cue.is_sent_start or cue.tag_ not in ("VBN", "VBD") or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i and any(g.dep_ in _SUBJECT_DEPS and g.left_edge.i == cue.i + 1 for g in c.children)
               for c in cue.children)


_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# What a verb governs that a relative clause would lack: "the man she had met" has no object.
_FILLED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def _complete_clause_on_hearer(clause: Token) -> bool:
    """Whether a clause the parser hung on the hearer of "told"/"informed" as a relative clause is
    what they were told: it opens with a subject pronoun right after the hearer and lacks nothing
    ("She informed police she had diplomatic immunity"), while a relative clause lacks the noun it
    describes ("told the man she had met about it")."""
    first = clause.left_edge
    return first.lower_ in _SUBJECT_PRONOUNS and first.dep_ in ("nsubj", "nsubjpass") and first.head == clause and \
        clause.i > first.i and not clause.doc[first.i - 1].is_punct and \
        (clause.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _MODAL_OR_FINITE_TAGS for c in clause.children)) and \
        any(c.dep_ in _FILLED_DEPS for c in clause.children) and \
        not any(t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in t.children) for t in clause.subtree)


def _reports_clause_above(cue: Token) -> bool:
    """"… after Trump told The Washington Post he was “not quite there yet”", "As the Tory leader
    declared, the aim of the exercise is …": the verb of the reported clause taken for the verb
    the cue's clause of time or manner hangs on; that clause's subject follows the cue's phrase
    (with the comma the parser hung on the cue)."""
    head = cue.head
    mark = next((m for m in cue.children if m.dep_ == "mark"), None)
    # (no object but the one addressed, no topic and no passive: "Even before IBM announced this
    # latest spending boost it was one of …" says what IBM announced, "As Karadsheh spoke about how
    # …, video showed …" what she spoke about; and set off by a comma only after "as": "Until Mr.
    # Comey spoke, both Mrs. Clinton and her campaign had said …" is a time. After "as", a clause
    # with a quotation in it may be the writer's use of the words: "… but as Churchill points out
    # they are "better than all the others"": the quotation is left to its own rules.)
    return cue.dep_ == "advcl" and head.i > cue.right_edge.i and head.pos_ in ("VERB", "AUX") and mark is not None and \
        not any(c.dep_ in ("ccomp", "xcomp", "auxpass") or (c.dep_ == "dobj" and not cue.lower_.startswith(_ADDRESSEE_PREFIXES))
                or (c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "over", "regarding")) for c in cue.children) and \
        (mark.lower_ == "as" or not cue.doc[cue.right_edge.i].is_punct) and \
        not (mark.lower_ == "as" and any(t.is_quote for t in head.subtree if t.i > cue.right_edge.i)) and \
        any(s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == cue.right_edge.i + 1 and s.i < head.i for s in head.children)


def _reported_by_clause_of_time(clause: Token, cues: CueLexicon) -> bool:
    """Whether a clause is what a verb of saying in a clause of time or manner hung on it reports
    (`_reports_clause_above`)."""
    return any(c.dep_ == "advcl" and c.i < clause.i and cues.get(c.lower_) == "speech" and _is_cue(c, cues) and _reports_clause_above(c)
               for c in clause.children)


def _in_cleft(token: Token) -> bool:
    """Whether a word stands in the focus of a cleft sentence ("it is through talking to others that …")."""
    return any(a.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in a.children) for a in token.ancestors)


def _misparsed_complements(cue: Token, speech: bool = True) -> list[Token]:
    """The reported clause where the parser took it for something else: an adverbial clause with
    its own subject and no conjunction ("Trump said after the convention he would not accept
    …"), or a "that"-clause hung as a relative clause on the addressee ("he told a meeting of
    leaders that few people understood …"; a relative clause has no "that" as conjunction)."""
    cue_children = tuple(cue.children)  # (read once: every pass over `cue.children` builds its tokens anew)
    found = [c for c in cue_children if c.dep_ == "advcl" and c.i < cue.i and _modifies_next_noun(c)]
    if found:
        return found[:1]
    if cue.lower_.startswith(("ask", "wonder", "inquir", "enquir")):
        # "Asked by Starnes if he believed the situation was …": the question, parsed as a
        # condition of the asking
        found = [c for c in cue_children if c.dep_ == "advcl" and c.i > cue.i and
                 any(g.dep_ == "mark" and g.lower_ in ("if", "whether") and g.i == c.left_edge.i for g in c.children)]
        if found:
            return found[:1]
    found = [c for c in cue_children if c.dep_ == "advcl" and c.i > cue.i and c.tag_ != "VBG"
             and any(g.dep_ in _SUBJECT_DEPS for g in c.children)
             and not any(g.dep_ == "mark" or g.tag_ in ("WRB", "WDT", "WP")
                         or (g.lower_ in _SUBORDINATORS and not any(o.dep_ == "pobj" for o in g.children)) for g in c.children)]
    if found:
        return found[:1]
    # "said naming the virus after Wuhan would place a stigma …" (after a verb of saying): a clause
    # whose subject is a gerund, parsed as the gerund's complement of the cue; its finite verb shows it.
    found = [c for c in cue_children if speech and c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == cue.i + 1
             and any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in c.subtree if t.i > c.i)]
    if found:
        return found[:1]
    # "said the ban had improved concentration": the parser read "improved concentration" as the
    # object and hung the clause's subject on its auxiliary, which no well-formed parse does.
    found = [c for c in cue_children if c.dep_ == "dobj" and c.i > cue.i
             and any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i and s.head.dep_ in ("aux", "auxpass")
                     and s.head.tag_ in ("MD", "VBD", "VBZ", "VBP") for s in c.subtree)]
    if found:
        return found[-1:]
    # "… just three days after Trump told The Washington Post he was “not quite there yet”", "As
    # the Tory leader declared, the aim …": the reported clause taken for the one the cue's
    # clause hangs on (`_reports_clause_above`).
    if speech and _reports_clause_above(cue):
        return [cue.head]
    # "CBS reported that the decision to tap Merkel … was made because …": the clause's subject
    # taken for the object, with the clause's "that" hung on it (no noun has a conjunction).
    found = [c for c in cue_children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in ("NOUN", "PROPN")
             and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)]
    if found:
        return found[:1]
    for child in cue_children:
        if child.dep_ in ("dobj", "dative") and child.i > cue.i:
            clause = next((t for t in child.subtree if t.dep_ == "relcl" and (_has_that(t) or _that_opens_clause(t)) and t.i > child.i),
                          None)
            if clause is not None:
                return [clause]
    # So is a clause on the hearer that opens with "that" and a subject of its own, if "that" cannot
    # be its object ("assuring motorists that normal supply would be restored", "that" parsed as an
    # adverb; not "told the man that she had met about it"); after an occasion, even with "that"
    # taken for the object ("told a regular press briefing that Manila had infringed on …").
    if cue.lower_.startswith(_ADDRESSEE_PREFIXES):
        found = [clause for child in cue_children if child.dep_ in ("dobj", "dative") and child.i > cue.i
                 for clause in child.children if (clause.dep_ == "relcl" and _complete_clause_on_hearer(clause)) or
                 (clause.dep_ in ("relcl", "acl") and clause.i > child.i and _that_then_subject(clause)
                  and (clause.left_edge.dep_ in ("advmod", "mark") or _that_opens_clause(clause) or child.lower_ in _EVENT_NOUNS))]
        if found:
            return found[:1]
    # "said in an interview … recently that he hardly ever watched …": a "that" clause hung on the
    # adverb after the cue.
    found = [c for adverb in cue_children if adverb.dep_ == "advmod" and adverb.i > cue.i
             for c in adverb.children if c.dep_ == "ccomp" and c.i > adverb.i and _has_that(c)]
    if found:
        return found[:1]
    # "It said in a statement that the disruption had been caused by …": a "that" clause hung on
    # the noun saying where it was said (a relative clause opens with "that" as its subject, not
    # as a conjunction: "in a statement that was read out").
    # So for an occasion, and for a phrase hung on whom the cue addresses: "told the committee at a
    # hearing that …", "told reporters at a briefing that …".
    addressed = [c for c in cue_children if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    # Also after the time it was said: "disclosed for the first time that …".
    found = [c for prep in itertools.chain(cue_children, *(a.children for a in addressed)) if prep.dep_ == "prep" and prep.i > cue.i
             for noun in prep.children if noun.dep_ == "pobj" and (noun.lower_ in _WHERE_SAID_NOUNS or noun.lower_ == "time")
             for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and _reported_after(noun, c)]
    if found:
        return found[:1]
    # After a verb that addresses someone, a phrase of any noun after the one addressed: "told one of
    # his protégés on a regular basis that "terrorism is the answer."" (not a topic's: "told him
    # about the rumour that …" is what the rumour says); also on the noun set after it ("telling
    # customers at a popular Manchester, New Hampshire, breakfast spot that “I need you tomorrow.”":
    # a relative clause has no "that" as conjunction).
    # So for the hearers after "to" of a verb of saying, the clause taken for a relative one: "said
    # in a written message to the forum that BRICS countries …" (not the clause of a noun: "pointed
    # to the fact that …", "reacted to the news that …"; nor a cleft: "it is through talking to
    # others that much of the learning can be achieved").
    addresses = bool(addressed) and cue.lower_.startswith(_ADDRESSEE_PREFIXES)
    found = [c for prep in cue_children if prep.dep_ == "prep" and prep.i > cue.i
             for after_hearer in (addresses and prep.i > addressed[0].i and prep.lower_ not in ("about", "of"),)
             if after_hearer or (speech and prep.lower_ == "to" and not _in_cleft(cue))
             for pobj in prep.children if pobj.dep_ == "pobj"
             for noun in (pobj, *(a for a in pobj.children if a.dep_ == "appos"))
             for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i and (after_hearer or c.dep_ == "relcl") and
             (_has_that(c) or (after_hearer and noun.lower_ in _WHERE_SAID_NOUNS and _that_before_subject(c)))]
    if found:
        return found[:1]
    # "urged anyone with information to contact the force": the infinitive the parser hung on the
    # noun of a phrase describing whom the cue addresses
    if cue.lower_.startswith(_TOLD_TO_PREFIXES):
        found = [c for c in cue.subtree if c.i > cue.i and c.dep_ == "acl" and c.tag_ == "VB" and c.head.dep_ == "pobj"
                 and c.head.head.lower_ == "with"  # (not "told the court about his plans to …", "urged … in a bid to …")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if found:
            return found[:1]
    if (reported := _clause_hung_above(cue, speech)) is not None:
        return [reported]
    # "legal action against a show they claim is “a blatant copycat”": the verb right after a
    # relative clause's cue, with no subject of its own, says what the noun is claimed to be (the
    # parser hangs it on the main verb).
    # (The verb may be an auxiliary: "powers which President Chavez argues are needed to …". Not
    # after a form in -ing: "the code they are writing is infringing …" says nothing.)
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if cue.dep_ != "relcl" or cue.tag_ not in ("VBZ", "VBD", "VBP") or after is None or after.lemma_ != "be" or \
            after.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in _CONTENT_DEPS for c in cue_children):
        return []
    verb = after.head if after.dep_ in ("aux", "auxpass") and after.head.i > after.i else after
    if verb == cue or verb.head == cue or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return []
    return [verb]


def _clause_hung_above(cue: Token, speech: bool) -> Token | None:
    """"While he acknowledged funding was a major reason …, he said …": a fronted clause's verb of
    saying that the parser hung on the clause it reports (the verb right after it, with its subject
    right after the cue, closed by a comma); or a verb of saying made the complement of the "that"
    clause it reports ("had reported, citing …, that the meeting took place")."""
    doc = cue.doc
    head = cue.head
    # (also through the verb an infinitive cue completes: "continues to insist, most recently in an
    # interview, that he really wants to …")
    link = head if cue.dep_ == "xcomp" and head.dep_ == "ccomp" and head.i < cue.i else cue
    if speech and link.dep_ == "ccomp" and link.head.i > cue.i and link.head.pos_ in _VERB_POS_NAMES and \
            any(c.dep_ == "mark" and c.lower_ == "that" and cue.i < c.i < link.head.i for c in link.head.children) and \
            not any(c.dep_ in _CONTENT_DEPS for c in cue.children):
        # "The Financial Times had reported, citing three people …, that the meeting took place":
        # the "that" clause is the reported one, though the parser made the cue its complement
        return link.head
    if not speech or cue.dep_ != "advcl" or head.i <= cue.i or head.pos_ not in _VERB_POS_NAMES or \
            not any(c.dep_ == "mark" and c.i < cue.i for c in cue.children) or \
            any(c.dep_ in _CONTENT_DEPS or c.dep_ in ("dobj", "prep") for c in cue.children if c.i > cue.i):
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.i < head.i), None)
    end = head.right_edge.i + 1
    if subject is None or subject.left_edge.i != cue.i + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    return head


def _place_or_time_clause(clause: Token) -> bool:
    """", where a Trump supporter was shot" (parsed as the complement of "Unrest continued in
    Portland"): after a comma, "where"/"when" relates the clause to a place or time just named;
    so does ", whose …" to a thing."""
    first = clause.left_edge
    # (Not "said, when asked about the vote, that …": there "when" starts a clause of its own.)
    if first.lower_ in ("where", "when") and first.i > 0 and first.doc[first.i - 1].text == "," and \
            first.i > clause.head.i and first.head.dep_ != "advcl":
        return True
    # So does a clause opened by ", whose" and its noun ('Trump said in February of air conditioner
    # manufacturer Carrier Corp., whose parent company United Technologies Corp. relocated 1,400
    # jobs …': the relative clause describes the firm), its noun read as the clause's subject or
    # left out of the clause.
    doc = clause.doc
    if clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return False
    if first.lower_ == "whose" and first.i > 0 and doc[first.i - 1].text == ",":
        return True
    return not any(c.dep_ in _SUBJECT_DEPS for c in clause.children) and \
        any(t.lower_ == "whose" and doc[t.i - 1].text == "," for t in doc[clause.head.i + 1:clause.i])


# Words that open a subordinate clause at the start of a sentence. (Not "as": "As Lavrov said,
# …" reports what follows; nor "though": "Though Mr Lanzone added that …" is a main clause.)
_SENTENCE_OPENERS = frozenset({"once", "if", "when", "whenever", "unless", "after", "before", "until", "because", "since", "while"})


def _main_clause_taken_for_content(cue: Token, clause: Token) -> bool:
    """"Once an attack is spotted dedicated hardware takes over" (no comma) parsed with "spotted"
    as the root and the main clause as its complement: a verb in a clause opened by "once",
    "when", "if" … reports nothing of the clause the sentence goes on with. (Unless that is a
    "that" or wh- clause: "Once in a team you will be told by the board what they expect".)"""
    if cue.dep_ != "ROOT" or clause.i < cue.i:
        return False
    doc = cue.doc
    opener = doc[cue.sent.start]
    if opener.head != cue or opener.dep_ not in ("mark", "advmod") or \
            opener.lower_ not in _SENTENCE_OPENERS or any(t.is_punct for t in doc[opener.i + 1:cue.i]):
        return False
    subject = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS), None)
    first = clause.left_edge
    return (subject is None or subject.left_edge.i == opener.i + 1) and any(g.dep_ in _SUBJECT_DEPS for g in clause.children) \
        and first.lower_ not in ("that", "whether", "if") and first.tag_ not in ("WDT", "WP", "WRB")


def _listed_noun(token: Token) -> bool:
    """"He criticised attempts to bring in trial without jury, plans to lower the burden of proof
    …": a plural noun in a list parsed as a present-tense verb coordinated with a past one, after
    a comma and no conjunction, and with no subject of its own."""
    head = token.head
    return token.dep_ == "conj" and token.tag_ == "VBZ" and head.tag_ in ("VBD", "VBN") and head.i < token.i and \
        token.doc[token.i - 1].text == "," and \
        not any(c.dep_ in _SUBJECT_DEPS for c in token.children) and \
        not any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)


def _participle_taken_for_verb(cue: Token, clause: Token) -> bool:
    """"Money raised will go to …", "most of the taxes claimed are linked to …": a participle
    right after its noun, parsed as that noun's verb with the rest of the sentence as its
    complement; the clause, with no subject and opening with an auxiliary right after the
    participle, is what the noun does, not what anyone said."""
    doc = cue.doc
    subject = _subject_before_subjectless_clause(cue, clause) if cue.tag_ == "VBD" else None
    # (after a noun, the clause is an object relative's: "the party a survey showed was gaining")
    return subject is not None and doc[cue.i - 1].pos_ == "NOUN" and \
        (subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].pos_ not in ("NOUN", "PROPN"))


def _subject_before_subjectless_clause(cue: Token, clause: Token) -> Token | None:
    """The subject right before `cue` when `clause`, what the parser made it report, opens right
    after it with a finite verb and has no subject of its own: the shape of a modifier of the
    subject (a participle, a relative clause) read as the sentence's verb, the rest of the sentence
    as its complement."""
    doc = cue.doc
    if clause.i < cue.i or clause.left_edge.i != cue.i + 1 or doc[cue.i + 1].tag_ not in ("MD", "VBZ", "VBP", "VBD") \
            or any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return None
    subject = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject if subject is not None and subject.right_edge.i == cue.i - 1 else None


# Pronouns that a clause of saying right after them describes: "Everything Trump says is …".
_DESCRIBED_BY_SAYING = frozenset({"everything", "nothing", "anything", "something", "all", "whatever", "much", "little"})


def _object_relative_taken_for_verb(cue: Token, clause: Token) -> bool:
    """"Everything Trump says is a lie", "Nothing he says can be trusted": a relative clause
    without "that" after "everything", "nothing" … opening the sentence, parsed as the sentence's
    verb of saying with the rest of the sentence as its complement; that clause, with no subject
    and opening with a finite verb right after the cue, says what the words are, not what anyone said."""
    doc = cue.doc
    subject = _subject_before_subjectless_clause(cue, clause)
    if subject is None:
        return False
    first = subject.left_edge.i
    pronoun = first if doc[first].lower_ in _DESCRIBED_BY_SAYING else first - 1
    # Only opening the sentence: mid-sentence, "- something he says will boost their cause" is
    # what he says of something. (Nor "Everything he said was “…”", "All he said was that …":
    # what he said follows.)
    return pronoun >= 0 and doc[pronoun].lower_ in _DESCRIBED_BY_SAYING and pronoun == cue.sent.start and \
        not any(t.lower_ == "that" or t.text in _DOUBLE_MARK_TOKENS for t in clause.subtree)


def _with_doer(cue: Token) -> Token | None:
    """Who does a participle right after the noun of a "with" phrase ("with Rovers boss Mark
    Hughes claiming …", "with nearly a fifth saying …"): that noun, whatever the parser hung
    the participle on."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "with" and before.pos_ in ("NOUN", "PROPN", "PRON"):
        return before
    # ("with nearly a fifth saying": the participle as the object of "with", the noun its modifier)
    if cue.dep_ == "pcomp" and cue.head.lower_ == "with" and before.head.i == cue.i and \
            before.dep_ in ("nsubj", "amod", "npadvmod", "compound") and before.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        return before
    return None


def _describes_noun_before(cue: Token) -> bool:
    """"… before the next general election, widely predicted for May": a bare participle set off
    after a noun describes it (a reduced relative clause), whatever the parser hung it on; it
    reports nothing said before it."""
    if cue.tag_ != "VBN" or any(c.dep_ in _SUBJECT_OR_AUXILIARY_DEPS for c in cue.children):
        return False
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and doc[k].dep_ == "advmod" and doc[k].head.i == cue.i:
        k -= 1
    return k >= 1 and doc[k].text == "," and doc[k - 1].pos_ in ("NOUN", "PROPN")


def _is_passive(verb: Token) -> bool:
    """Whether the verb is passive, its subject its own or another verb's ("Farrell had an
    operation and was told …", "the trial, which is expected to last …"). Not for an auxiliary
    that a quote mark parts from the verb, a word of the quotation before it (`"Is Trump running
    …?" asked Mr. Manafort, …`)."""
    return any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and not any(t.tag_ in ("``", "''") for t in verb.doc[c.i + 1:verb.i]))
               for c in verb.children) and not _perfect_read_as_passive(verb)


def _perfect_read_as_passive(verb: Token) -> bool:
    """Whether "'s" before the participle is "has", which the parser took for "is": "While he's
    said he believes …" (a clause after it, no "to" infinitive or agent: not "he's said to be …",
    nor "it's said that …")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return len(auxiliaries) == 1 and auxiliaries[0].lower_ in ("'s", "’s") and verb.tag_ in ("VBN", "VBD") and \
        subject is not None and subject.lower_ not in ("it", "this", "that", "what") and \
        any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) and \
        not any(c.dep_ in ("xcomp", "agent") for c in verb.children)


# Participles that say what is believed of something before "to be"/"to have", never in the
# active ("thought to be", not "he thought to be").
_REDUCED_PASSIVE_FORMS = frozenset({"believed", "thought", "said", "known", "considered", "rumoured", "rumored", "understood",
                                    "estimated", "alleged", "reputed", "presumed", "reported"})


def _reduced_passive(verb: Token) -> bool:
    """A participle before "to be"/"to have" with no auxiliary, or "told" with no one told before
    what was told: "hit by a missile, believed to be
    a coin", "Others thought to be in the running include …", "the head of the agency widely
    reported to have resigned …": what is believed is about the noun, by no one named (the parser
    tags such participles as past tenses, often the main verb, with the noun as their subject)."""
    doc = verb.doc
    if verb.lower_ == "told":
        # "… with residents near Ararat told it is too late to leave", "Firms told to cut prices":
        # told no one, with what was told right after it, is the hearers' being told (not "told the
        # BBC Mr Howard had …", the hearer parsed into the clause: a pronoun or "to" opens it)
        children = tuple(verb.children)
        return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("to", "it", "they", "he", "she", "we", "there") and \
            not any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in children) and \
            any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i == verb.i + 1 for c in children)
    return verb.lower_ in _REDUCED_PASSIVE_FORMS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ in ("be", "have")


def _let_us(subject: Token) -> bool:
    """"Let's hope this is the start of …": the writer's own wish, no one's claim."""
    return subject.lower_ in ("'s", "’s") and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "let"


def _frame_claim(cue: Token, ctx: _Context, frames: FrameModel, settings: ClaimsConfig, cues: CueLexicon) -> _Draft | None:
    """A claim from a verb outside the cue lexicon whose construction is a learned attribution:
    "believes that …", "wants to extend paid leave"."""
    # (the tests on the verb alone first: most verbs fail one, and finding a subject costs more)
    if cue.pos_ not in ("VERB", "AUX") or cue.lower_ in _NO_VIEW_FORMS:
        return None  # "The odds are that …", "One side-effect has been that …", "Halliwell did well to …": no one's view
    cue_children = tuple(cue.children)  # (read once: every pass over `cue.children` builds its tokens anew)
    if f"stem:{verb_stem(cue.lower_)}" not in frames.weights and not any(c.dep_ == "ccomp" and _has_that(c) for c in cue_children) and \
            _quoted_characterisation(cue, ctx) is None:
        # A verb the model never saw in its training data has a probability from the construction
        # alone: only a "that" clause makes it likely what someone thinks ("seething that he had
        # been excluded", "realised that …"; not "As the game progresses you swap …", "Sheridan
        # favours a more likely scenario …").
        return None
    if _is_passive(cue) or _reduced_passive(cue):
        # "Talks are expected to resume", "Farrell had an operation and is expected to be out …":
        # a passive's subject is what the stance is about, not who holds it (PolNeAR dev F1
        # 0.693 → 0.692 without these; none named a source).
        return None
    subject = frame_subject(cue)
    if subject is None or _let_us(subject) or any(c.dep_ in _CONTENT_DEPS and _participle_taken_for_verb(cue, c) for c in cue_children):
        return None  # (nor "Data gathered will be passed to police …": a participle after its noun)
    if any(c.dep_ == "ccomp" and _reported_by_clause_of_time(c, cues) for c in cue_children):
        return None  # ("The endorsement comes just three days after Trump told the Post he was …": what Trump told)
    expletive = subject.lower_ == "it" and subject.i < cue.i and _expletive_it(cue)
    if expletive and cue.lower_ not in _EMERGE_FORMS:
        return None  # "it became clear that …": the writer's own inference
    # (a quoted characterisation is rare: looked for once the cheaper tests above have passed)
    span = _quoted_characterisation(cue, ctx) or _learned_frame(cue, ctx, frames, settings, speech=False, subject=subject)
    if span is None or _relative_of_place_or_time(ctx, span):
        return None
    draft = _Draft(fragments=[_snap_to_quotes(ctx, *span)], cue_start=cue.idx, cue_end=cue.idx + len(cue.text), cue_token=cue.i)
    if not expletive and not _word_of_an_utterance(ctx, subject, cue) and not _hears_evidence(cue, subject):
        _set_speaker(draft, subject, cue)  # ("It emerged that …" is reported by no one named)
    return draft


def _hears_evidence(cue: Token, subject: Token) -> bool:
    """"The court heard Mr Pownall had been drinking": said to a court or inquest, by no one named."""
    return cue.lower_ in _HEARD_FORMS and subject.lower_ in _HEARING_NOUNS


def _relative_of_place_or_time(ctx: _Context, span: tuple[int, int]) -> bool:
    """Whether a learned frame's content is a relative clause of the place or time before it, set
    off by a dash or comma ("has proved controversial in China - where half a million people have
    been relocated …"): it describes the place, nobody's view."""
    if not ctx.text.startswith(("where ", "when "), span[0]):
        return False
    before = span[0]
    while before > 0 and ctx.text[before - 1].isspace():
        before -= 1
    return before > 0 and ctx.text[before - 1] in "-\u2013\u2014,"


def _name_signing_quotation(ctx: _Context, quote: QuoteSpan, cue: Token, cues: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """Who signs `quote` with `cue`, the verb the parser joined to the quotation's own: the short
    speaker phrase `_trailing_speaker` finds, else the name right after the quotation whatever its
    description (`''…,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by
    telephone`): offsets and head."""
    if (trailing := _trailing_speaker(ctx, quote, cues)) is not None and trailing[2].i == cue.i:
        return trailing[0], trailing[1]
    return _name_after_quotation_before_cue(ctx, cue, any_description=True)


def _word_of_an_utterance(ctx: _Context, subject: Token, verb: Token) -> bool:
    """Whether the subject the parser gave a verb is a word of a quotation closed before the verb
    as an utterance ('"Savage," she said, meaning …': a comma, full stop, "?" or "!" before its
    closing mark), so no one's name, whatever the parse."""
    quote = ctx.quote_at(subject.idx)
    return quote is not None and quote.closed and quote.end <= verb.idx and _closing_punctuation(ctx, quote) in (",", ".", "!", "?")


# Objects whose "as" phrase says what the subject is, not what it calls the object: "gained fame
# as one of the "metric martyrs"", "made his name as …", "took up the role as …".
_OWN_STANDING_NOUNS = frozenset({"fame", "reputation", "name", "role", "career", "living", "job", "place", "post", "position",
                                 "status", "spot", "debut"})


def _quoted_characterisation(cue: Token, ctx: _Context) -> tuple[int, int] | None:
    """`X admires Putin as a “strong leader”`, `a Times article hailed Trump as “The Comeback
    Kid”`: whatever the verb, an object and what it is quoted as are the subject's own words
    for it (a mixed claim, as PolNeAR counts them): the object and its "as" phrase, or what a verb
    of calling calls it."""
    thing = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if thing is None or thing.lower_ in _OWN_STANDING_NOUNS:
        return None
    doc = cue.doc
    # ("Japan branded North Korea an "outlaw nation in the neighborhood."", "labelled the plan "a
    # disaster"": what a verb of calling calls it, quoted after the object; the parser may make it
    # a second object)
    if cue.lower_ in _CHARACTERISING_FORMS:
        second = next((c for c in cue.children if c.dep_ == "dobj" and c.i > thing.i), None)
        last = second.right_edge.i if second is not None else _characterised(cue, thing)
        if last is not None and any(ctx.quote_at(t.idx) is not None for t in doc[thing.i + 1:last + 1] if t.text not in _DOUBLE_MARK_TOKENS):
            return _trim(ctx.text, *_token_range_chars(doc, thing.left_edge.i, last), _TRIM)
    as_phrase = next((c for c in itertools.chain(cue.children, thing.children) if c.dep_ == "prep" and c.lower_ == "as"
                      and c.i > thing.i and c.n_rights > 0 and c.doc[c.i - 1].lower_ != "such"), None)  # (not "such as")
    if as_phrase is None or not any(t.text in _DOUBLE_MARK_TOKENS for t in as_phrase.subtree) or \
            not any(ctx.quote_at(t.idx) is not None for t in as_phrase.subtree if t.text not in _DOUBLE_MARK_TOKENS):
        return None
    return _trim(ctx.text, *_token_range_chars(doc, thing.left_edge.i, as_phrase.right_edge.i), _TRIM)


def _name_given(noun: Token) -> Token | None:
    """The name a common noun is given by a participle after it: a person's ("a man named John
    Smith", "a woman identified as Eva Ross") or, named or called so, an organisation's."""
    if noun.pos_ != "NOUN":
        return None
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.lower_ not in ("named", "called", "identified"):
            continue
        if participle.lower_ == "identified":
            names = [g for c in participle.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        else:
            names = [c for c in participle.children if c.dep_ in ("oprd", "dobj", "attr")]
        if names and (names[0].ent_type_ == "PERSON" or (names[0].ent_type_ == "ORG" and participle.lower_ != "identified")):
            return names[0]
    return None


def _set_speaker(draft: _Draft, subject: Token, cue: Token) -> None:
    doc = subject.doc
    # (the relative pronoun is written for the noun it hangs on, not for who put out "a video that said …")
    relative = _relative_pronoun(cue) if subject == cue.head or cue.head.is_ancestor(subject) else None
    if subject.text.isupper() and len(subject.text) > 2 and subject.i + 1 < len(doc) and \
            doc[subject.i + 1].text in ("--", "—", "–"):
        # "WASHINGTON -- President Obama, …, said": the dateline is parsed as the subject and
        # the speaker as its apposition.
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            subject = named
    elif subject.ent_type_ in ("GPE", "LOC") and (based := next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                                                             and any(t.lower_ == "based" for t in c.lefts)), None)) is not None:
        # "The San Jose, California-based company reported …", parsed as the city described as a
        # company: the company speaks
        subject = based
    elif (subject.tag_ == "VBG" or (subject.tag_ == "NN" and subject.lower_.endswith("ing"))) and subject.is_sent_start and \
            subject.i + 1 < len(doc) and doc[subject.i + 1].text == ",":
        # "Reacting, the Lagos State chapter of the All Progressives Congress, … said": the
        # participle opening the sentence (tagged a noun, too) parsed as the subject, and the
        # speaker as its apposition
        described = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)
        if described is not None:
            subject = described
    elif (whose := next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)) is not None and \
            whose.i >= 2 and doc[whose.i - 1].text == "," and doc[whose.i - 2].ent_type_ in ("PERSON", "ORG") and whose.i < cue.i:
        # "Tamsin Everly, whose 5-year-old son has been admitted …, told the panel", parsed with the
        # son as the subject: the one named before "whose" speaks
        subject = doc[whose.i - 2]
    but = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "but"), None)
    after_but = [c for c in subject.children if c.dep_ == "conj" and but is not None and c.i > but.i]
    if after_but:
        # "the company invested in e-commerce, but Gazeta Prawna reports …" (parsed as one
        # subject), "not the minister but his deputy said": only the phrase after "but" speaks.
        subject = after_but[-1]
        draft.speaker = _token_range_chars(doc, *_speaker_tokens(subject, with_conjuncts=False))
        draft.members = []
    elif (given := _name_given(subject)) is not None:
        # "A man named John Smith told reporters …": the name given is who speaks.
        draft.speaker = _token_range_chars(doc, _speaker_tokens(subject)[0], _speaker_tokens(given, with_conjuncts=False)[1])
        draft.members = []
        subject = given
    elif (titled := _name_after_joined_titles(subject)) is not None:
        # "BIFA founder and director Elliot Grove said", parsed as three subjects: one person, two titles
        # (the phrase runs to the name's end).
        first, last = _speaker_tokens(subject)
        draft.speaker = _token_range_chars(doc, first, max(last, _speaker_tokens(titled, with_conjuncts=False)[1]))
        draft.members = []
        subject = titled
    elif (headed := next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c != subject and
                          c.left_edge.i <= subject.i <= c.right_edge.i), None)) is not None and \
            _name_closing_title_phrase(headed, cue) == subject:
        # "Longtime Imus in the Morning writer and performer Rob Bartlett": the whole phrase, headed by the name
        draft.speaker = _token_range_chars(doc, _speaker_tokens(headed)[0], _speaker_tokens(subject)[1])
        draft.members = []
    elif names := _names_in_apposition(subject):
        # "Board members Alan Pierce and Rosa Villanueva said": the people the plural title names
        draft.speaker = _token_range_chars(doc, _speaker_tokens(subject)[0], _speaker_tokens(names[-1], with_conjuncts=False)[1])
        draft.members = [_Member(_token_range_chars(doc, *_speaker_tokens(name, with_conjuncts=False)), head=name.i) for name in names]
    elif (joined := _other_subject_before(subject, cue)) is not None:
        # "Housing Minister Colin Ashby and Consumer Affairs Minister Leanne Ngo said", parsed as
        # two subjects of the verb: both speak
        draft.speaker = _token_range_chars(doc, _speaker_tokens(joined)[0], _speaker_tokens(subject)[1])
        draft.members = [_Member(_token_range_chars(doc, *_speaker_tokens(t, with_conjuncts=False)), head=t.i) for t in (joined, subject)]
    else:
        draft.speaker = _token_range_chars(doc, *_speaker_tokens(subject))
        draft.members = _group_members(subject)
        if not draft.members and len(conjuncts := _with_conjuncts(subject)) >= 2 and _one_body_named(conjuncts):
            subject = conjuncts[-1]  # (the body's kind heads its name)
    draft.speaker_head = subject
    draft.group = bool(draft.members)
    draft.relative = relative


def _names_in_apposition(head: Token) -> list[Token]:
    """The names joined in apposition right after a plural title ("Board members Alan Pierce and
    Rosa Villanueva"), each a person's; none otherwise."""
    if head.tag_ != "NNS":
        return []
    named = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.ent_type_ == "PERSON"), None)
    if named is None:
        return []
    names = _with_conjuncts(named)
    return names if len(names) >= 2 and all(t.ent_type_ == "PERSON" for t in names) else []


def _other_subject_before(subject: Token, cue: Token) -> Token | None:
    """Another subject of the cue right before `subject`, joined to it by "and" (its own "cc"),
    when both are people's names: the parser's two subjects for one coordinated one."""
    first_of_subject = _speaker_tokens(subject)[0]
    joiner = subject.doc[first_of_subject - 1] if first_of_subject > 0 else None
    if joiner is None or joiner.lower_ != "and" or subject.ent_type_ != "PERSON":
        return None
    return next((other for other in cue.children if other.dep_ == "nsubj" and other.i < subject.i and joiner.head == other and
                 other.ent_type_ == "PERSON" and _with_conjuncts(other) == [other]), None)


# Titles, and the words for friends and family, joined before one name ("Her best friend and former
# co-star Tamsin Okafor": one woman).
_JOINED_TITLE_NOUNS = PERSONS_ROLE_NOUNS | frozenset({"star", "partner", "girlfriend", "boyfriend", "bandmate"})


def _name_after_joined_titles(head: Token) -> Token | None:
    """The name's last word when a coordinated subject is titles and one name right after the last
    of them ("founder and director Elliot Grove"); None for anything else ("the minister and Gordon
    Brown" are two)."""
    conjuncts = _with_conjuncts(head)
    if len(conjuncts) < 2:
        return None
    *titles, name = conjuncts
    doc = head.doc
    if all(t.lower_ in PERSON_ROLE_NOUNS for t in conjuncts) and \
            (apposed := next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == name.i + 1 and c.pos_ == "PROPN"
                              and any(t.ent_type_ == "PERSON" for t in c.subtree)), None)) is not None:
        # "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani": the
        # name right after the last title, hung on the first, holds them all
        return apposed
    if name.ent_type_ not in ("PERSON", "ORG") or (name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I"):
        return None  # (the name's last word)
    start = name.i
    while doc[start].ent_iob_ == "I":
        start -= 1  # (to the name's first word)
    if name.ent_type_ == "PERSON" and all(t.lower_ in _JOINED_TITLE_NOUNS for t in titles):
        between = doc[titles[-1].i + 1:start]  # (nothing, or "and director" when the parser hung that title on the name)
        titled = doc[start - 1].lower_ in _JOINED_TITLE_NOUNS  # (a title right before the name: not "the minister and Gordon Brown")
        if titled and all(t.lower_ in _JOINED_TITLE_NOUNS or t.lower_ in ("and", "&") or
                          (t.dep_ in ("amod", "compound") and not t.ent_type_ and t.head.i >= start) for t in between):
            return name
    if name.ent_type_ == "PERSON" and doc[start - 1].lower_ in PERSON_ROLE_NOUNS and \
            all(t.pos_ == "PROPN" and not t.ent_type_ and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod")
                                                                 for c in t.children) for t in titles):
        # "Information, Communications and the Digital Economy Cabinet Secretary Eliud Owalo": the
        # words of a portfolio, capitalised and named by no one, before one title and name
        return name
    # "CNN reporter and former White House Press Secretary Joe Lockhart", "German football club and
    # former European champion Borussia Dortmund": a singular noun with no article cannot speak
    # alone, so it describes the name at the end, whose own description runs up to it.
    # (joined by "and": not "Outside court, investor Margaret Doyle", which the parser joins without one)
    bare = all(t.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) for t in titles) and \
        any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.children)
    in_name = {d.i for d in name.subtree}
    described = start > 0 and doc[start - 1].tag_ in ("NN", "NNP") and doc[start - 1].ent_iob_ != "B" and \
        all(t.lower_ in ("and", "&") or t.i in in_name or t.head.i in in_name for t in doc[titles[-1].right_edge.i + 1:start])
    return name if bare and described else None


# Verbs whose object is the person addressed, never the subject of what they report.
# (Not "warn": "warned the current level of TV coverage may be reaching saturation" is parsed
# so, and "warned MPs would …" names no hearer.)
_ADDRESSEE_PREFIXES = ("tell", "told", "ask", "inform", "assur", "remind", "advis", "notif", "convinc", "persuad", "urg", "brief")
# ... and those that tell someone to do something ("urged residents to …", "called on people to …").
_TOLD_TO_PREFIXES = (*_ADDRESSEE_PREFIXES, "encourag", "appeal", "warn", "invit", "call")


# Passives whose subject is the speaker: "he was quoted as saying", "she was heard telling …".
_SPEAKER_PASSIVES = frozenset({"quoted", "heard", "reported", "recorded", "overheard", "caught", "filmed"})
# Passives whose subject holds the view: "the minister was convinced the plan would work", "she
# was proud of the industry but was concerned too many children …".
_EXPERIENCER_PASSIVES = frozenset({"convinced", "concerned", "worried", "satisfied", "disappointed", "alarmed",
                                   "surprised", "pleased", "delighted", "troubled", "dismayed"})


def _made_clear(clause: Token) -> Token:
    """What was made clear: "made it clear that the issue would be put to voters" is parsed with
    "clear" as the reported clause and the real one hanging on it."""
    if clause.lower_ not in ("clear", "plain"):
        return clause
    return next((c for c in clause.children if c.dep_ in ("ccomp", "advcl") and c.i > clause.i), clause)


def _pronoun_before_attribution(cue: Token, clause: Token) -> Token | None:
    """The relative pronoun, the subject of `clause`, standing before its attribution: "a bill that
    officials say could top $50 million"."""
    first = clause.left_edge
    return first if clause.i > cue.i and first.i < cue.i and first.tag_ in ("WDT", "WP") and cue.dep_ == "relcl" else None


def _clause_start(cue: Token, clause: Token) -> int:
    """First token of a reported clause. "Officials have confirmed climate change was discussed"
    is parsed with "climate change" as the verb's object and a clause without a subject after
    it: the object is that clause's subject, also with an aside between them ("said the new
    laws, due next month, could help"). After "told" the object is the hearer, and only a
    common noun after the hearer's name is the subject ("told the BBC progress had been made")."""
    first = clause.left_edge.i
    if _pronoun_before_attribution(cue, clause) is not None:
        return cue.i + 1  # (what was said is what follows the verb)
    if clause.i > cue.i and first == cue.i + 1:
        first = _after_when_said(cue, clause)
    doc = cue.doc
    if clause.i > cue.i and doc[first].text in (")", "]"):
        # "said hundreds of ISIS (Islamic State …) fighters escaped": the parser hung the words
        # before the closing bracket on the verb as its object; they open the clause.
        opened = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1 and c.right_edge.i == first - 1), None)
        return opened.left_edge.i if opened is not None else first + 1
    if clause.i > cue.i and cue.lower_.startswith(_ADDRESSEE_PREFIXES):
        # "told BBC Two's Newsnight programme there was a risk families would feel …", parsed with
        # the hearer as the subject of "feel" and "there was" a clause describing it
        hearer = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == first and c.pos_ == "NOUN"), None)
        told = next((c for c in hearer.children if c.dep_ == "acl" and c.left_edge.i == hearer.i + 1 and _opens_with_subject(c)),
                    None) if hearer is not None else None
        if told is not None:
            return told.left_edge.i
    if clause.i > cue.i and first > cue.i + 2 and doc[first - 1].lower_ in ("and", "but") and \
            (joined := next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i and c.right_edge.i in (first - 2, first - 1)),
                            None)) is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "expressed Russia's readiness to cooperate with any future president and that it respects
        # the choice of the American people": the object and the clause joined to it were both expressed
        return joined.left_edge.i
    if clause.i < cue.i or any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
        return first
    # (below, not a clause whose subject is "there", nor one opening with "when")
    apart = any(c.dep_ == "expl" for c in clause.children) or doc[first].tag_ in ("WRB", "WDT", "WP")
    if not apart and (hung := _subject_hung_as_phrase(cue, first)) is not None:
        return hung
    if cue.lower_.startswith(_ADDRESSEE_PREFIXES):
        # "told a young woman … that …": the object is who was told. But in "told the BBC
        # progress had been made" the parser joined the hearer and the clause's subject into one
        # object: a common noun after the hearer's name is the subject.
        last = doc[first - 1]
        if not apart and last.dep_ == "dobj" and last.head.i == cue.i and last.pos_ == "NOUN" and last.right_edge.i == last.i and \
                any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in last.children) and doc[last.i - 1].pos_ == "PROPN":
            return last.i
        return first
    subject = next((c for c in cue.children if c.dep_ == "dobj" and c.i < first and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if subject is None:
        return first
    # What stands between the object and the clause must hang on the verb too: an aside ("said
    # the new laws, due to start next month, could help"), not words of another clause.
    between = range(subject.right_edge.i + 1, first)
    if between and (apart or any(not _hangs_on(doc[k], cue, subject.i, clause.i) for k in between)):
        return first
    return subject.left_edge.i


# Prepositions that open a number, not a place or a time: "said around eight members were …".
_QUANTITY_PREPOSITIONS = frozenset({"around", "about", "over", "under", "nearly", "almost", "some"})
_WHEN_LABELS = ("DATE", "TIME")


def _subject_hung_as_phrase(cue: Token, first: int) -> int | None:
    """Where the subject of a reported clause that has none starts, when the parser hung it on the
    verb as a phrase of its own ending right before the clause: a number after a preposition
    ("said around eight other members of London UKIP were planning …"), a gerund ("believe
    winning over women voters is key"), a noun after the time of the statement ("told MPs on
    Tuesday care was needed": the date is the telling's, the noun the clause's). None otherwise."""
    doc = cue.doc
    phrase = next((c for c in cue.children if cue.i < c.i and c.right_edge.i == first - 1), None)
    if phrase is None or any(t.is_punct for t in doc[phrase.left_edge.i:first]) or (
            not cue.lower_.startswith(_ADDRESSEE_PREFIXES) and any(c.dep_ == "dobj" and cue.i < c.i < phrase.i for c in cue.children)):
        return None  # (an object before it is the subject: "said the celebrities taking part had better …")
    noun = next((g for g in phrase.children if g.dep_ == "pobj"), None) if phrase.dep_ == "prep" else None
    if noun is not None and noun.ent_type_ not in _WHEN_LABELS and noun.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        if phrase.lower_ in _QUANTITY_PREPOSITIONS and phrase.left_edge.i == phrase.i and \
                not cue.lower_.startswith(_ADDRESSEE_PREFIXES):
            return phrase.i
        start = noun.left_edge.i
        while start < noun.i and doc[start].ent_type_ in _WHEN_LABELS and doc[start].head.i in (noun.i, start + 1):
            start += 1
        if start > noun.left_edge.i and doc[start - 1].ent_type_ in _WHEN_LABELS:
            return start
        return None
    if phrase.dep_ == "xcomp" and phrase.tag_ == "VBG" and phrase.left_edge.i == phrase.i and \
            not any(c.dep_ in _SUBJECT_DEPS for c in phrase.children) and not cue.lower_.startswith(_ADDRESSEE_PREFIXES):
        return phrase.i
    return None


def _hangs_on(token: Token, cue: Token, after: int, before: int) -> bool:
    """Whether a token is punctuation or in the subtree of a child of `cue` lying between two tokens."""
    if token.is_punct:
        return True
    while token.head.i != token.i:
        if token.head.i == cue.i:
            return after < token.i < before
        token = token.head
    return False


def _after_when_said(cue: Token, clause: Token) -> int:
    """The clause's first token after a time phrase the parser hung on it though it tells when
    the words were said: "Umbro said on Thursday it had signed …" (the time of a statement comes
    right after its verb, before the subject of what was said)."""
    first = clause.left_edge.i
    doc = cue.doc
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    time = doc[first]
    if subject is None or time.dep_ != "prep" or time.lower_ not in ("on", "in", "at") or time.head.i != clause.i or \
            time.right_edge.i + 1 != subject.left_edge.i:
        return first  # ("said after seven years Labour had transformed …": a time of what was said)
    if all(t.ent_type_ in ("DATE", "TIME") for t in doc[time.i + 1:time.right_edge.i + 1]):
        return subject.left_edge.i
    return first


_EMERGE_FORMS = frozenset({"emerged", "emerges", "emerge", "transpired", "transpires"})


def _clause_of_emergence_before(cue: Token, clause: Token) -> bool:
    """Whether the parser hung on the cue a clause that goes with "it emerged" right before it:
    "denied breaking the rules after it emerged he held talks …" (what emerged, not what he denied)."""
    return clause.i > cue.i and any(
        c.dep_ == "advcl" and c.lower_ in _EMERGE_FORMS and c.i < clause.i and c.right_edge.i == clause.left_edge.i - 1 and
        not any(g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in cue.children)


def _expletive_it(cue: Token) -> bool:
    """Whether "it" before this verb only stands for the clause after it: "it became clear that …",
    "it is known that …", "It emerged that …"."""
    return cue.lower_ in _EMERGE_FORMS or (any(c.dep_ == "acomp" and c.i > cue.i for c in cue.children) and
                                           any(c.dep_ in _CONTENT_DEPS and c.i > cue.i for t in (cue, *cue.children) for c in t.children))


def _quotation_opening_sentence_before(cue: Token, ctx: _Context) -> bool:
    """Whether the verb comes right after a quotation (and a comma) that opens its sentence or its paragraph."""
    doc = cue.doc
    mark = cue.i - 1 if cue.i > 0 and doc[cue.i - 1].text in _DOUBLE_MARK_TOKENS else \
        cue.i - 2 if cue.i > 1 and doc[cue.i - 1].text == "," and doc[cue.i - 2].text in _DOUBLE_MARK_TOKENS else None
    quote = ctx.quote_at(doc[mark].idx) if mark is not None else None
    # (the parser may run a sentence on from the paragraph before's closing mark)
    return quote is not None and (not ctx.text[cue.sent.start_char:quote.start].strip() or
                                  ctx.paragraph_starts[ctx.paragraph_of(quote.start)] == quote.start)


# Nouns of a chance to do something: who has it does what its infinitive says.
_CHANCE_NOUNS = frozenset({"opportunity", "opportunities", "chance", "chances", "occasion", "platform"})
# Verbs of a chance not taken (forms: the pipeline runs without spaCy's lemmatizer).
_CHANCE_MISSED = frozenset({"miss", "misses", "missed", "missing", "lose", "loses", "lost", "losing", "pass", "passes", "passed",
                            "passing", "squander", "squandered", "waste", "wasted", "decline", "declined", "declines",
                            "refuse", "refused", "refuses", "reject", "rejected", "rejects", "forgo", "forwent", "forgone"})


def _chance_of(cue: Token) -> Token | None:
    """The noun of a chance ("opportunity", "chance") that an infinitive cue describes, when it is
    the object of a verb ("took the chance to say …"); None for any other cue."""
    chance = cue.head
    if cue.dep_ != "acl" or not _to_infinitive(cue) or \
            chance.lower_ not in _CHANCE_NOUNS or chance.dep_ != "dobj" or chance.head.pos_ not in _VERB_POS_NAMES:
        return None
    return chance


def _way_gone_out_of(cue: Token) -> Token | None:
    """The verb of "went out of his way to say …" when `cue` is the infinitive (parsed as a clause
    describing "way"); None otherwise."""
    way = cue.head
    if cue.tag_ != "VB" or cue.dep_ not in ("relcl", "acl") or way.lower_ != "way" or way.dep_ != "pobj" or \
            not any(c.dep_ == "poss" for c in way.children) or way.head.lower_ != "of" or way.head.head.lower_ != "out":
        return None
    verb = way.head.head.head
    return verb if verb.pos_ in _VERB_POS_NAMES else None


def _chance_missed(chance: Token) -> bool:
    """Whether the chance was not taken ("missed an opportunity to announce …": nothing was
    announced; "never missed an opportunity to remind …" is every time)."""
    verb = chance.head
    return verb.lower_ in _CHANCE_MISSED and not any(c.dep_ == "neg" for c in verb.children)


def _chance_holder(chance: Token) -> Token | None:
    """Who speaks in an infinitive describing a chance taken: the subject of the verb ("Trump never
    missed an opportunity to remind the audience …", "She took the chance to say …"), or whom
    it was given ("gave him the chance to explain …")."""
    verb = chance.head
    given = next((c for c in verb.children if c.dep_ == "dative" and c.i < chance.i), None)
    return given if given is not None else _subject(verb)


def _name_tagged_adverb(token: Token, cue: Token) -> bool:
    """Whether a word right after a verb of saying, capitalised and closing its clause, is a name
    the tagger took for an adverb by its ending (`“…,” said Skelly, explaining …`)."""
    doc = token.doc
    return token.dep_ == "advmod" and token.i == cue.i + 1 and token.text[:1].isupper() and token.text[1:].islower() and \
        token.i + 1 < len(doc) and doc[token.i + 1].text in (",", ".", ";")


def _cue_read_as_modifier(cue: Token, cues: CueLexicon) -> tuple[Token, Token] | None:
    """`said the forecast was too optimistic and warned growth would be just 1%`, `said the figures
    were "disappointing" but insisted progress was being made`: a verb of saying in the past after
    "and" or "but" that the parser read as an adjective of the next clause's subject, that clause
    joined to the one before. The clause's verb, and the verb whose subject said it (the verb
    before, or the one reporting it)."""
    doc = cue.doc
    if cue.dep_ != "amod" or cue.tag_ not in ("VBD", "VBN") or cues.get(cue.lower_) != "speech" or cue.i < 2:
        return None
    noun, conjunction = cue.head, doc[cue.i - 1]
    if conjunction.dep_ != "cc" or conjunction.lower_ not in ("and", "but") or noun.i <= cue.i or \
            noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.dep_ != "conj" or verb.i <= noun.i or conjunction.head != verb.head:
        return None
    before = verb.head
    if cues.get(before.lower_) == "speech" and before.tag_ == "VBD":
        return verb, before
    if before.dep_ == "ccomp" and cues.get(before.head.lower_) == "speech" and before.head.tag_ == "VBD":
        return verb, before.head
    return None


def _modifier_cue_claim(cue: Token, ctx: _Context, cues: CueLexicon) -> _Draft | None:
    """The claim of a verb of saying read as an adjective (`_cue_read_as_modifier`): the clause
    after it, said by the subject of the verb of saying before."""
    read = _cue_read_as_modifier(cue, cues)
    if read is None or (subject := _subject(read[1])) is None:
        return None
    verb = read[0]
    last = verb.right_edge.i
    doc = cue.doc
    while last > cue.i + 1 and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in _DOUBLE_MARK_TOKENS:
        last -= 1
    span = _trim(ctx.text, *_token_range_chars(doc, cue.i + 1, last))
    if span[1] <= span[0]:
        return None
    draft = _Draft(fragments=[_snap_to_quotes(ctx, *span)], cue_start=cue.idx, cue_end=cue.idx + len(cue.text), cue_token=cue.i)
    _set_speaker(draft, subject, read[1])
    return draft


def _cue_claim(cue: Token, ctx: _Context, cues: CueLexicon, settings: ClaimsConfig,
               frames: FrameModel) -> _Draft | None:
    """The claim introduced by the speech verb `cue`, if it has content."""
    cue_children = tuple(cue.children)  # (read once: every pass over `cue.children` builds its tokens anew)
    if cue.dep_ == "amod" and (misread := _modifier_cue_claim(cue, ctx, cues)) is not None:
        return misread
    doc = cue.doc
    if cue.tag_ in ("VBN", "VBD") and cue.dep_ in ("acl", "advcl", "dep", "conj") and cue.i > 0 and doc[cue.i - 1].text == "," and \
            any(c.dep_ == "oprd" for c in cue_children) and \
            not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in cue_children):
        return None  # ('the islands off Hokkaido, called the "Northern Territories" in Japan': a name, no one's words)
    if cue.lower_ == "asked" and cue.i > 0 and doc[cue.i - 1].text == "," and cue.right_edge.i + 1 < len(doc) and \
            doc[cue.right_edge.i + 1].text == "," and \
            ((cue.tag_ == "VBN" and cue.dep_ in ("acl", "advcl", "relcl")) or (cue.dep_ == "ccomp" and cue.head.i > cue.i)):
        # "The Premier, asked whether she had modelled the effect, said …" (also parsed as her
        # question, reported by "said"): she was asked, by someone unnamed (`_questions_put`), and
        # her answer follows (not "Ann Dale, from West Sussex, asked of the fee: "…?"": hers)
        return None
    subject = _subject(cue)
    own_subject = subject  # (`frame_subject` of the cue when it has one: `_learned_frame` need not look again)
    if subject is not None and _let_us(subject):
        return None
    if subject is not None and subject.head != cue and _quoted_apart(subject.head, cue, ctx) and \
            ctx.quote_at(subject.idx) == ctx.quote_at(subject.head.idx):
        # ('telling the crowd, "Some people …, have you noticed?"', 'saying: "The struggle continues"
        # and vowing …': the subject of a verb inside a quotation the parser gave the cue outside it)
        subject = None
    by_no_one = False
    # ("It was reported he was in a coma": "it" is no one who was reported as saying it)
    expletive_passive = subject is not None and subject.lower_ == "it" and _is_passive(cue) and \
        any(c.dep_ == "ccomp" and c.i > cue.i for c in cue_children)
    if _reduced_passive(cue) or (_is_passive(cue) and (cue.lower_ not in _SPEAKER_PASSIVES | _EXPERIENCER_PASSIVES or expletive_passive)):
        # "MPs were warned that …", "…, an industry conference has been told", "He was called the
        # fifth child of the group by the director": the subject is who was told or what was
        # said about; the speaker is the agent, if named.
        if cue.dep_ in ("relcl", "acl") and cues.get(cue.lower_) != "speech" and \
                any(t.text == ":" and ctx.quote_at(t.idx) is None for t in doc[cue.i + 1:cue.right_edge.i + 2]):
            # "the strike, which was approved by the president, …: "…"", "a statement agreeing
            # the issue should be decided by Congress: "…"": a thing done to the noun, whose
            # doer did not say what follows the colon (the parser hangs the quotation on it).
            return None
        subject = _agent(cue) or _raised_speaker(cue, cues)
        unnamed = subject is None  # and no other word of the sentence is the speaker
        # ("It was reported that …" is still a claim, reported by someone unnamed)
        by_no_one = unnamed and cues.get(cue.lower_) not in ("speech", "belief")
    elif subject is not None and subject.lower_ == "it" and subject.i < cue.i and _expletive_it(cue):
        if cue.lower_ not in _EMERGE_FORMS:
            return None  # "it became clear that …": the writer's own inference
        subject, unnamed = None, True  # "It emerged that …": reported, by no one named
    else:
        unnamed = False
    inherit_from = None
    # A gerund after a preposition or a bare verb after "saw" has its doer elsewhere in the
    # sentence, and only its own complement as content. (A gerund hanging on a cue said by the
    # same doer, "responded by accusing …", shares that cue's claim below; "thanked him for
    # saying …" does not.)
    doer_elsewhere = subject is None and not unnamed and (doer := _gerund_doer(cue)) is not None and \
        not (_is_cue(cue.head.head, cues) and not _is_passive(cue.head.head) and _subject(cue.head.head) == doer)
    if doer_elsewhere:
        subject = doer
    elif subject is None and not unnamed and (perceived := _perceived_doer(cue)) is not None:
        subject, doer_elsewhere = perceived, True
    if subject is None and not unnamed and cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.lower_ in _OCCASION_NOUNS and \
            cue.head.dep_ == "pobj" and (verb_before := cue.head.head.head).pos_ in _VERB_POS_NAMES and \
            (subject_before := _subject(verb_before)) is not None:
        # "He has battled with Guardian, at one point calling the mayor a "liar"": parsed as a
        # point that calls, the participle goes with the verb the time phrase hangs on.
        inherit_from, subject = verb_before.i, subject_before
    if subject is None and not unnamed and cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and cue.tag_ == "VBG":
        # "footage of Trump saying …", "a statement saying …": the noun the participle
        # describes is who speaks, not the subject of the sentence; for an event ("held a news
        # conference announcing …"), who held it; for a deed ("criticised the move, saying …"),
        # who did what the sentence says of it.
        sent_document = _sent_to_recipients(cue, ctx)
        hosted = cue.head.lower_ in _EVENT_NOUNS or (cue.head.lower_ in _DEED_NOUNS and cue.head.dep_ == "dobj") or \
            _issued_without_author(cue.head, ctx)
        if sent_document is not None:
            subject = _event_host(sent_document) or cue.head
        elif hosted or not _said_beside_a_deed(cue) or _governing_cue(cue, cues, ctx) == cue.head:
            subject = (_event_host(cue.head) if hosted else None) or cue.head
        # else a deed that is not an object ("He insisted there was no plan for an invasion
        # saying: …"): the speaker of the cue above, inherited below, not "no plan"
    if subject is not None and subject == cue.head and cue.dep_ == "relcl" and _issued_without_author(cue.head, ctx) and \
            (issuer := _event_host(cue.head)) is not None:
        subject = issuer  # "Trump released a marketing video that said, "…"": as for "a video saying", who put it out
    if subject is None and not unnamed and (gone := _way_gone_out_of(cue)) is not None and (goer := _subject(gone)) is not None:
        subject, doer_elsewhere = goer, True  # "He went out of his way to say that …"
    if not unnamed and (chance := _chance_of(cue)) is not None:
        if _chance_missed(chance):
            return None
        if subject is None and (holder := _chance_holder(chance)) is not None:
            subject, doer_elsewhere = holder, True  # "Trump never missed an opportunity to remind the audience …"
    if not unnamed and (shown := _shown_saying(cue, ctx)) is not None:
        subject = shown  # "The ad uses footage of Hillary Clinton asking, "…"": not the ad
    if subject is None and not unnamed and (doer := _with_doer(cue)) is not None:
        subject = doer  # "… with Rovers boss Mark Hughes claiming it had been …"
    if subject is None and not unnamed and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 1 and \
            (own := doc[cue.i - 1]).dep_ == "npadvmod" and own.pos_ == "PROPN" and own.head == cue.head and \
            own.left_edge.i > 0 and doc[own.left_edge.i - 1].text == ",":
        subject = own  # "Fares rose, Transport Minister Ann Cole adding that …": the participle's own subject
    if subject is None and not unnamed and cue.tag_ == "VBG" and cue.dep_ in _SUBJECT_DEPS and cue.i > 1 and \
            doc[cue.i - 1].text == "," and ctx.quote_at(cue.idx) is None and ctx.quote_at(cue.head.idx) is not None and \
            (verb_before := doc[cue.i - 1].head).pos_ == "VERB" and verb_before.i < cue.i and \
            (subject_before := _subject(verb_before)) is not None:
        # 'Flea shared the news, writing "Feels great …"': parsed as the subject of the quotation's
        # verb, the participle goes with the verb before its comma.
        inherit_from, subject = verb_before.i, subject_before
    if subject is None and not unnamed and cue.dep_ == "pcomp" and cue.head.lower_ == "by" and (
            cue.head.head.pos_ in _VERB_POS_NAMES or (cue.head.head.dep_ == "relcl" and cue.head.head.tag_ == "JJ")):
        # (also "Paul Ryan, who surprised Trump by declaring …", with "surprised" tagged an adjective)
        # "… are trying to hide their plans by accusing Moscow of …": whoever does the deed the
        # "by" phrase is the means of accuses, not the teller of the sentence.
        verb, doer = _subject_up_the_chain(cue.head.head, ("xcomp", "conj"))
        if doer is None and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and \
                verb.head.head.pos_ in _VERB_POS_NAMES:
            # "Sanders is likely to remind voters … by mentioning that …": the subject of the
            # adjective's verb does the infinitive's deed
            verb, doer = _subject_up_the_chain(verb.head.head, ("xcomp", "conj"))
        if doer is not None:
            subject, inherit_from = doer, verb.i
    if subject is None and not unnamed and (joined := _subject_joined_before(cue)) is not None:
        subject = joined  # "… the convention and others have said …": "others" say it, not the first clause's subject
    # (not a verb of saying the parser joined to the verb of the quotation before it: `''…,'' William
    # M. Daley, President Obama's former chief of staff, said of …` is that quotation's attribution)
    quotation_before: QuoteSpan | None = None  # (bound only when the test below gets that far)
    joined_to_quotation = cue.dep_ == "conj" and cue.tag_ in ("VBD", "VBZ") and cues.get(cue.lower_) == "speech" and \
        (quotation_before := ctx.quote_at(cue.head.idx)) is not None and quotation_before.end <= cue.idx and \
        _closing_punctuation(ctx, quotation_before) in (",", "?", "!")
    if subject is None and not unnamed and cue.dep_ == "conj" and (aside := _name_before_dashed_aside(ctx, cue)) is not None:
        subject = aside[1]  # ("And Ginepri - six years older than … - admitted …": the aside parsed as the sentence)
    if subject is None and not unnamed and (surname := _surname_before_set_off_adverb(ctx, cue)) is not None:
        subject = surname  # ("Tully, meanwhile, confirmed …" with "Tully" tagged an adverb)
    if subject is None and not unnamed and cue.dep_ == "ROOT" and (said := _attribution_before_participle(cue, cue, cues)) is not None:
        # `"…," he said, not even suggesting …` parsed as a sentence of its own: the attribution
        # before the comma governs the participle
        subject, inherit_from = _subject(said), said.i
    if subject is None and not unnamed and (participle_above := _participle_joined_across(cue, cues)) is not None:
        # "warning followers that the group could penetrate the country and implying that …":
        # whoever does the participle above does this one
        subject, inherit_from = _doer_up_from(participle_above), participle_above.i
    if subject is None and not unnamed and cue.dep_ in _PARTICIPLE_DEPS and cue.head.i != cue.i and not joined_to_quotation:
        # "…, adding that …", "and stressed that …": the speaker is that of the governing cue
        # (the nearest cue above; the parser often hangs the participle on the reported clause).
        governor = _governing_cue(cue, cues, ctx)
        inherit_from = governor.i
        # ("they reversed themselves, rushed everyone inside and said …": a verb joined to others
        # speaks for the subject of the chain; so does one hanging on such a verb: "Mukherjee was
        # elected … but did not seek reelection, citing …")
        subject = _subject_up_the_chain(governor, ("conj",))[1] if cue.dep_ == "conj" or (
            cue.dep_ == "advcl" and cue.tag_ == "VBG" and governor == cue.head) else _subject(governor)
        participle = governor
        if cue.dep_ == "conj" and cue.tag_ == "VBG":
            while participle.dep_ == "conj" and participle.head.pos_ in _VERB_POS_NAMES:
                participle = participle.head
        while subject is None and cue.tag_ == "VBG" and governor == cue.head and cue.dep_ in ("advcl", "conj") and \
                (above := _verb_a_participle_hangs_on(participle)) is not None:
            # "Trump tries to turn the interruptions to his advantage, showcasing his crowds,
            # alternately shouting …", "… Carter going on TV, declaring …, and telling …": a
            # participle on a participle or an infinitive is the doing of the subject above them.
            participle = above
            subject = _subject(participle)
        if subject is None and cue.dep_ == "advcl" and _to_infinitive(cue) and governor == cue.head and \
                governor.tag_ == "VBG" and all(_a_thing(c) for c in governor.children if c.dep_ == "dobj") and \
                (doer := _doer_up_from(governor)) is not None and doer.lower_ != "it":
            # "… attacking Mr. Trump and visiting the headquarters to encourage staffers: …": the
            # doer of the participle an infinitive of purpose hangs on (not "prompting research
            # firm Point Topic to declare …", whose object does it; nor "It took him a day …")
            subject = doer
        if subject is None and cue.dep_ == "conj" and cue.tag_ in ("VBD", "VBZ") and governor == cue.head and \
                _non_finite(governor) and (finite := _finite_verb_above(governor)) is not None and finite.tag_ == cue.tag_:
            # "Romney ran on his ability to jolt the recovery and accused Obama of …": a verb in
            # the past joined to an infinitive or a gerund goes with the verb above in its tense.
            subject = _subject(finite)
        if subject is None and governor.dep_ == "xcomp" and governor.head.lower_ in ("is", "are", "'s", "’s") and \
                governor.head.i < governor.i and _has_to(governor) and \
                not any(c.dep_ in ("acomp", "attr") for c in governor.head.children):
            # "Iraq is to invite bids …, saying …": what is to be done is the subject's, and so is the saying
            subject = _subject(governor.head)
        if subject is None and _adds_a_quotation(cue) and governor.dep_ in ("advcl", "xcomp") and \
                governor.head.pos_ in _VERB_POS_NAMES and governor.head.i < governor.i and \
                _has_to(governor) and \
                not any(c.dep_ == "dobj" and c.i < governor.i for c in governor.head.children):
            # "The singer stopped to greet fans and joked: "…"": who does the infinitive's deed
            # is the subject of the verb it completes (not its object: "asked the crowd to …")
            subject = _subject(governor.head)
        named_root = governor.head if governor.dep_ == "acl" else governor
        if subject is None and named_root.dep_ == "ROOT" and named_root.pos_ == "PROPN" and named_root.ent_type_ in ("PERSON", "ORG") and \
                any(a.dep_ == "acl" and a.head == named_root and a.i > named_root.i and doc[a.left_edge.i - 1].text == ","
                    for a in cue.ancestors):
            # "Donald Trump, who is vying to be the next president, tweeted on Friday to say …"
            # parsed as a name heading the sentence and its verb as a description: the name speaks.
            subject = named_root
        if governor.dep_ == "relcl" and not _is_cue(governor, cues) and governor.head.pos_ in ("NOUN", "PROPN") and \
                subject is not None and any(c.lower_ == "whose" for c in subject.children):
            # "The band - whose LP was the year's biggest seller - thanked …, adding: …", the
            # participle hung on the relative clause: the noun it describes speaks, not "whose LP".
            subject = governor.head
    if subject is not None and inherit_from is not None and cue.dep_ == "conj" and \
            (quotation := ctx.quote_at(subject.idx)) is not None and quotation.closed and quotation.end <= cue.idx:
        # "treating her remark as a compliment -- ''That makes me smart'' -- and, when questioned,
        # asserting, ''…''": joined to the verb of a quotation, the participle is not its subject's
        # (no word of a quotation speaks outside it)
        subject = None
    if _is_trailing_relay(cue) or _modifies_next_noun(cue):
        return None  # its content and source belong to the claim it relays; or it is no verb here
    if subject is None and inherit_from is None and cue.is_sent_start and cue.dep_ == "ROOT":
        return None  # "reported earlier that …": the source was a link lost in scraping
    if (subject is None or ctx.quote_at(subject.idx) is not None) and not unnamed and inherit_from is None and \
            _quotation_opening_sentence_before(cue, ctx) and \
            (speaker_after := next((c for c in cue_children if c.i > cue.i and not _quoted_after(c, cue) and (
                (c.dep_ in ("dobj", "nsubj") and c.pos_ != "PRON") or _name_tagged_adverb(c, cue))), None)) \
            is not None:
        # '"Don't you care?", implored campaigner Barry Lim', '"Just Do It" implored the front page
        # headline': right after a quotation the speaker follows the verb, parsed as its object or
        # as a second subject (and a word of the quotation may have been taken for the subject:
        # '"The only conclusion I can reach …," tweeted Ken Gude'). Not 'the "MI6 agent" told
        # him': a quoted name inside the subject.
        subject = speaker_after
    quoting_source = None
    if (quoted_one := _quoted_by(cue)) is not None:
        quoting_source, subject = subject, quoted_one
    elif (cited := _cited_source(cue)) is not None:
        # "…, Axios reported, citing two US officials": the officials speak, the outlet relays them
        quoting_source, subject = (subject if cue.lower_ != "citing" else _subject(cue.head)), cited
    speaker_ids = {t.i for t in subject.subtree} if subject is not None else set()
    says = cues.get(cue.lower_) in ("speech", "belief")
    # A clause before a verb of another kind is its content only when nothing follows the verb
    # ("…, official figures show."): "We were good friends, we shared a flat" and "The firm has
    # two arms, the technology arm made most of the profit" are parsed with the first clause as
    # the complement of the second verb.
    takes_clause_before = says or not any(g.i > cue.i and g.dep_ in _OWN_OBJECT_DEPS for g in cue_children)
    # Nor for a verb of calling that calls its object something ("For that she drew his ire - he
    # called her "weak"": what is said is what she is called, not the clause the parser hung on it).
    calls_its_object = _calls_its_object(cue)
    takes_clause_before = takes_clause_before and not calls_its_object
    # Nor is it for a verb of saying with a clause of its own after it, unless it is a quotation:
    # in "Many guests were Indian; the embassy confirmed two pilgrims also died" the parser hangs
    # both clauses on "confirmed", but only the second was confirmed.
    # (not a clause that is who speaks: "…, say those who feel the project should be shunned")
    described_speaker = next(((c, found) for c in cue_children if (found := _described_speaker_read_as_clause(cue, c)) is not None),
                             None)
    says_own_clause = says and any(g.i > cue.i and g.dep_ in ("ccomp", "xcomp") and not _is_trailing_relay(g) and
                                   (described_speaker is None or g != described_speaker[0]) for g in cue_children)
    # A participle describing the noun before it reports nothing before it ("…, widely predicted for May").
    describes_noun = _describes_noun_before(cue)
    complements: list[Token] = []
    relay: Token | None = None
    inverted_speaker = None
    for child in cue_children:
        if child.dep_ in _CONTENT_DEPS and (_participle_taken_for_verb(cue, child) or _object_relative_taken_for_verb(cue, child)):
            return None  # no verb here: nothing else it governs is said either ("Data gathered will be passed …")
        if child.dep_ not in _CONTENT_DEPS or _place_or_time_clause(child) or _main_clause_taken_for_content(cue, child) or \
                _perceived_event(cue, child) or _clause_of_emergence_before(cue, child):
            continue
        if subject is None and not unnamed and (named := _speaker_read_as_clause(cue, child, ctx) or (
                described_speaker[1] if described_speaker is not None and described_speaker[0] == child else None)) is not None:
            inverted_speaker = named
            continue
        if _is_trailing_relay(child):
            # "X said Y, Reuters reported" parsed as said → reported → Y: Y is what X said,
            # and Reuters relays it.
            relay = child
            # (and a subordinate clause the parser hung on the relay: "… ready to return to full
            # compliance "once the other side does the same", the IRNA news agency reported")
            complements.extend(c for c in child.children if c.i < child.i and (c.dep_ in _CONTENT_DEPS or (
                c.dep_ == "advcl" and c.i > cue.i and c.tag_ != "VBG" and any(m.dep_ == "mark" for m in c.children))))
        elif child.i > cue.i and ctx.quote_at(child.idx) is not None and \
                _participle_of_saying_between(ctx, cue.idx + len(cue.text), child.idx, cues):
            # `"A," Sanders said, suggesting a few questions, including, "B"`: a quotation after a
            # participle of saying is what the participle reports (PolNeAR's own attribution)
            continue
        elif child.i > cue.i or (takes_clause_before and not (says_own_clause and ctx.quote_at(child.left_edge.idx) is None)
                                 and not describes_noun):
            complements.append(child)
    if not complements:
        # "expressed concern that …", "voiced hope that …": the clause hangs on the object noun,
        # and the noun says what kind of claim it is, so both are the content.
        # (After "told", "assured", "warned" the noun is who heard it: "told a Labour Party
        # gathering that …" reports the clause alone.)
        for child in cue_children:
            clause = next((g for g in child.children if g.dep_ in ("acl", "ccomp") and
                           (_has_that(g) or (cue.lower_.startswith(_ADDRESSEE_PREFIXES) and _opens_with_subject(g)))), None) \
                if child.dep_ == "dobj" else None
            if clause is not None:
                complements = [clause if cue.lower_.startswith(_ADDRESSEE_PREFIXES) else child]
                break
    if not complements:
        complements = _misparsed_complements(cue, speech=cues.get(cue.lower_) == "speech")  # "went hiking …" is no clause
    colon_before_speaker = subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ":"
    if (colon_before_speaker and subject is not None and subject.i < cue.i) or (
            any(c.i < cue.i for c in complements) and any(c.i > cue.i for c in complements)
            and (colon_before_speaker or any(t.text == ":" for t in doc[cue.i + 1:cue.i + 4]))):
        # `Trump will make news, Kall said: "…"`, `… set off fireworks: Republicans said …` and
        # "We have been here before: Osama bin Laden declared war …": the clause before the colon
        # is the writer's lead-in to what follows, not what was said.
        complements = [c for c in complements if c.i > cue.i]
    complements = [_made_clear(child) for child in complements]
    # Verbs joined after the cue whose subject the parser joined to a noun of the clause before
    # (`_subject_joined_before`), with that subject.
    joined_after = {c: joined for c in cue_children if c.dep_ == "conj" and c.i > cue.i
                    and (joined := _subject_joined_before(c)) is not None}
    if says and complements and all(c.i > cue.i for c in complements):
        # "argued socialism is growing in popularity and private ownership is the real tyranny": the
        # parser joined the second clause's verb to the cue and its subject to the first clause.
        complements.extend(c for c in joined_after if c.i > max(complements, key=lambda k: k.i).i and not _is_cue(c, cues))
    # `Republicans said they're convinced the department mishandled the investigation and
    # Democrats accused the GOP of …`: the parser joined "Democrats" to "investigation" and made
    # "accused" a second clause of "said"; a new subject and its verb of saying end the content.
    stop = len(doc)
    # (nor the subject of a verb of saying joined after it: "… the convention and others have said
    # …"; but in "argued socialism is growing and ownership is the real tyranny" both are argued)
    stop = min([stop, *(joined.left_edge.i - 1 for c, joined in joined_after.items() if _is_cue(c, cues))])
    for child in complements if len(complements) > 1 else ():
        new_subject = doc[child.i - 1] if child.i > cue.i + 2 else None
        if new_subject is not None and child is not complements[0] and cues.get(child.lower_) == "speech" and \
                child.tag_ == "VBD" and not any(c.dep_ in _SUBJECT_DEPS for c in child.children) and \
                new_subject.dep_ == "conj" and new_subject.pos_ in ("PROPN", "NOUN") and new_subject.tag_ in ("NNPS", "NNS", "NNP") and \
                new_subject.left_edge.i == new_subject.i and doc[new_subject.i - 1].lower_ == "and":
            stop = new_subject.i - 1
            complements = [c for c in complements if c.i < child.i]
            break
        # "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders":
        # the parser made the second attribution a second clause of the first.
        if child is not complements[0] and child.i > cue.i and cues.get(child.lower_) == "speech" and \
                child.tag_ in _FINITE_TAGS | {"VBN"} and (second_subject := _subject(child)) is not None and \
                cue.i + 2 < second_subject.left_edge.i <= second_subject.i < child.i and \
                doc[second_subject.left_edge.i - 1].dep_ == "cc" and doc[second_subject.left_edge.i - 2].text == "," and \
                not _has_that(child):
            stop = second_subject.left_edge.i - 2
            complements = [c for c in complements if c.i < child.i]
            break
    for child in complements if len(complements) > 1 else ():
        if child.i > cue.i and (coordinated := _coordinated_cue(child, cues)) is not None:
            # What the parser hung on the cue past that verb is the verb's: `Sky said it was
            # "honoured …" and promised to cover the event "in a way no other broadcaster could"`.
            complements = [c for c in complements if c.i <= coordinated.i]
            break
    content_ids: set[int] = set()
    for child in complements:
        content_ids.update(t.i for t in child.subtree if t.i < stop)
        if child.is_ancestor(cue):  # (a clause the cue was hung on: `_clause_hung_above`)
            content_ids.difference_update(t.i for t in cue.subtree)
    region = _attribution_region(cue, content_ids, ctx)
    if subject is not None and subject == _speaker_closing_sentence(cue):
        region = (subject.left_edge.i, region[1])  # (the speaker, outside the verb's phrase, opens the attribution)
    # Whether the clause before the attribution can be what it reports: not for a participle
    # (its content is its own complement), a subordinate clause ("…,” when X blasted him"), a
    # relative clause (", who has been challenging the industry." describes someone) or a verb
    # coordinated with the one before ("X said Y, and he urged Z to …": Y is not what he urged).
    # (Nor a participle describing the noun before it.)
    # ("If the talks fail, Mr Hale warned, the union will strike": the clause opening the sentence,
    # hung on the verb, is no part of the attribution between the commas)
    region = _without_fronted_clause(cue, subject, region) if not complements else region
    # (and without a subject of the clause before, whose quotation is then only part of it)
    fronted_subject = False
    if not complements:
        unfronted = _without_fronted_subject(cue, subject, region)
        fronted_subject, region = unfronted != region, unfronted
    # (Nor for a clause a "that" or "whether" opens: in 'told MSNBC's “Morning Joe” that nobody
    # would question …' the quotation is no part of what "question" says.)
    # (A verb the parser joined to one inside the quotation before it is no such verb: "“… There is
    # a disconnect …,” Barlow, a former mayor, said on …", "said" a conjunct of "is".)
    joined_to_quotation = cue.dep_ == "conj" and ctx.quote_at(cue.head.idx) is not None and ctx.quote_at(cue.idx) is None
    looks_back = inherit_from is None and not doer_elsewhere and doc[region[0]].lower_ not in _SUBORDINATORS and \
        (cue.dep_ not in ("relcl", "conj") or joined_to_quotation) and not describes_noun and \
        (doc[region[0]].dep_ != "mark" or doc[region[0]].lower_ == "as") and \
        not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i < cue.i for c in cue_children)  # (", a day after X announced …")
    fragments: list[tuple[int, int]] = []
    inverted = False
    if complements:
        for child in complements:
            clause_first = cue.right_edge.i + 1 if child.is_ancestor(cue) else _clause_start(cue, child)  # (hung above: after the cue)
            clause_last = _content_last(child, cues)
            that = next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > cue.i), None) \
                if child.is_ancestor(cue) else None
            if that is not None:
                # (from its "that", not from the aside before it, ", citing three people …,"; and
                # without the full stop, the clause being the sentence's root)
                clause_first = that.i
                while clause_last > clause_first and (doc[clause_last].is_punct or doc[clause_last].is_space):
                    clause_last -= 1  # (also past the paragraph's line break)
            elif child.is_ancestor(cue):
                while clause_last > clause_first and (doc[clause_last].text == "." or doc[clause_last].is_space):
                    clause_last -= 1  # ("As the Tory leader declared, the aim … is …": without the root's full stop)
            first, last = _semicolon_side(ctx, clause_first, min(clause_last, stop - 1), cue.i)
            if last < cue.i and any(t.text == ";" and ctx.quote_at(t.idx) is None for t in doc[last + 1:cue.i]):
                continue  # ("X told the Post …; the paper also spoke to the Navy": the clause before the semicolon is its own)
            if says and child.i > cue.i:
                last = _reasons_after(cue, last, cues)
                last = _backshifted_conjunct_last(cue, child, last, cues)
                last = _second_that_clause_last(cue, last)
            span = _trim(ctx.text, *_token_range_chars(doc, first, last))
            quote = ctx.quote_at(span[0])
            if child.i < cue.i and quote is not None and quote.end < span[1] and \
                    (subject is None or quote.end <= subject.left_edge.idx) and _closes_a_sentence(ctx, quote):
                # `“…,” Tulsa police Chief Jordan said`: the parser hung a word of the speaker's
                # phrase on the quotation; what was said ends with the quotation. (Not a quoted
                # name the sentence goes on from: `"Info cards" will help people …, said Microsoft`.)
                span = (span[0], quote.end)
            elif child.i > cue.i and quote is not None and quote.closed and quote.end < span[1] and \
                    _closing_punctuation(ctx, quote) == "," and _writers_words_at(ctx, quote.end):
                # ('said, “We’ll see,” when asked whether he would …', 'said, “The plan is dead,”
                # and left the room': the parser hung the occasion or the next deed on a verb of the
                # quotation; what was said is the quotation)
                span = (span[0], quote.end)
            if span[1] > span[0]:
                if not child.is_ancestor(cue) and (pronoun := _pronoun_before_attribution(cue, child)) is not None:
                    # (the relative pronoun set before the attribution is said too, a piece of its own:
                    # "which" + "could top $50 million")
                    fragments.append((pronoun.idx, pronoun.idx + len(pronoun.text)))
                fragments.append(span)
                inverted = inverted or child.i < cue.i
        if inverted and all(c.i < cue.i for c in complements) and fragments and ctx.quote_at(fragments[0][0]) is None and \
                (rest := _clause_joined_after(cue, cues)) is not None:
            # "The middle fifth paid 8.9 percent, the agency said in a June report, and those in
            # the bottom fifth paid 0.8 percent": the clause joined after the attribution goes on
            # with what was said (not after a quotation, a whole utterance: `"…," she said, and a
            # big reason for this was …` is the writer's).
            fragments.append(_trim(ctx.text, *_token_range_chars(doc, rest.left_edge.i, rest.right_edge.i), _TRIM + "."))
        opening = _quote_before(ctx, doc[region[0]].idx)
        if opening is not None and not inverted and fragments and inherit_from is None and \
                ctx.quote_at(_snap_to_quotes(ctx, *fragments[0])[0]) is not None:
            # `“A,” Tester said, referring to …, “B.”`: the verb's complement is the second half
            # of a quotation the attribution interrupts; the first half is the same statement.
            # (Not for a participle: in `he said abortion was a "key issue", saying: "…"` the
            # first quotation is part of what "said" reports.)
            fragments.insert(0, (opening.start, opening.end))
    else:
        region_start = doc[region[0]].idx
        region_end = doc[region[1]].idx + len(doc[region[1]].text)
        # `Trump said, “When people …`: a quotation right after the verb is its content even when
        # the parser hung the quotation's first words on the verb.
        after = _quote_after(ctx, region_end)
        if after is None and (right := _quote_after(ctx, cue.idx + len(cue.text))) is not None and \
                not _looks_like_title_or_nickname(ctx, right, settings.min_quote_words):
            after = right
        before = _quote_before(ctx, region_start) if not fronted_subject else None
        sent = ctx.sentence_of(cue.i)
        if before is None and after is None and not fronted_subject and says and region[0] == sent.start and \
                subject is not None and not _a_thing(subject) and not _is_passive(cue) and \
                all(t.is_punct or t.is_space for t in doc[region[1] + 1:sent.end]) and \
                sum(not (t.is_punct or t.is_space) for t in doc[cue.i + 1:sent.end]) <= 3 and \
                not any(c.i > cue.i and c.dep_ in _OWN_OBJECT_DEPS for c in cue_children) and \
                not any(cue.idx < quote.start < sent.end_char for quote in ctx.quotes):
            # '“… the emails that are missing.” Trump said.': an attribution that is all its sentence,
            # after a quotation closed with a full stop where a comma belongs, reports that quotation.
            before = _quote_before(ctx, region_start, closed=True)
        # "But, he said, officials should be vigilant": the clauses on both sides of an attribution
        # in parentheses (not ", who asked …," describing the subject, nor "a video, seen by this
        # newspaper," describing the video).
        middle = _parenthetical(doc, region, sent, ctx) if settings.parenthetical and cue.dep_ not in ("relcl", "acl") else []
        if after is not None and middle and looks_back and middle[1][0] == after.start and middle[1][1] > after.end:
            # "The club's investment in its facilities, Ms. Tanzer said, ''is a perfect example of
            # adapting'' to the changing economics of golf": the quotation is part of a sentence
            # around the attribution, which is what was said.
            fragments.extend(middle)
            inverted = True
        elif after is not None:
            fragments.append((after.start, after.end))
            if before is not None and looks_back:
                # `“A,” the narrator says, “B?”`: one statement around its attribution.
                fragments.insert(0, (before.start, before.end))
        elif before is not None and looks_back:
            fragments.append((before.start, before.end))
            inverted = True
        elif inherit_from is not None:
            # A participle ("adding", "citing") has content only as a complement, a quotation or
            # a construction learned as an attribution ("citing the importance of …").
            speech = cues.get(cue.lower_) == "speech"
            if (about := _said_about(cue, ctx, (_characterised, _charged, _cited))
                    or _learned_frame(cue, ctx, frames, settings, speech, ("ccomp",), own_subject)
                    or (_quoted_tail(cue, ctx, speaker_ids, cues) if cue.dep_ == "conj" or _under_hearsay(cue) else None)) is not None:
                fragments.append(about)
        elif subject is not None and (main := _main_clause_after_as(cue, region, sent)) is not None:
            fragments.append(_trim(ctx.text, main, sent.end_char, _TRIM + "."))
        elif middle and looks_back and \
                any(t.pos_ in ("VERB", "AUX") and t.lower_ not in _RELAY_CUES for t in doc[region[1] + 2:sent.end]):
            # "The plan, the minister said, would cost billions": a short predicate after the
            # attribution is the rest of what was said (", TASS reports." is not).
            fragments.extend(middle)
            inverted = True
        elif looks_back and region[0] > sent.start + 2 and _ends_sentence(doc, region[1], sent) and \
                not any(c.dep_ == "xcomp" and c.i > cue.i for c in cue_children) and \
                (cue.lower_.startswith(_ADDRESSEE_PREFIXES) or not any(c.dep_ == "dobj" and c.i > cue.i for c in cue_children)) and \
                says and not any(c.dep_ == "nsubjpass" for c in cue_children) and not calls_its_object:
            # "…, Lavrov said." with no complement in the parse: the clause before is the content.
            # (Not a verb with an object of its own, who was told aside: "…, as officials reported
            # damage to energy infrastructure" reported the damage.)
            # Not after a verb that is no verb of saying ("…; the vote passed with 215 votes") nor
            # after a passive, whose subject is what was said ("…; no deaths were reported"). Nor
            # after a verb that calls its object something (", with McCain calling it a "menu."").
            sep = doc[region[0] - 1]
            if sep.text in {",", "”", '"', "—", "–"}:
                fragments.append(_trim(ctx.text, sent.start_char, sep.idx))
                inverted = True
        elif region[0] <= sent.start + 1 and region[1] + 1 < sent.end and doc[region[1] + 1].text == ":" and \
                not any(_is_cue(t, cues) and _subject(t) is not None for t in doc[region[1] + 2:sent.end]):
            # (`… set off fireworks: Republicans said …`: what follows has its own attribution)
            fragments.append(_trim(ctx.text, doc[region[1] + 1].idx + 1, sent.end_char))
        elif middle:
            fragments.extend(middle)
            inverted = True
        else:
            if (quoted := _quoted_tail(cue, ctx, speaker_ids, cues)) is not None:
                fragments.append(quoted)
            speech = cues.get(cue.lower_) == "speech"
            if not fragments and (subject is not None or unnamed) and (called := _said_about(cue, ctx, _OBJECT_READERS)) is not None:
                fragments.append(called)
            if not fragments and subject is not None and speech and (again := _said_again(cue, ctx)) is not None:
                fragments.append(again)
            if not fragments and (subject is not None or unnamed) and \
                    (about := _learned_frame(cue, ctx, frames, settings, speech, ("ccomp",), own_subject)):
                fragments.append(about)
    if not fragments and subject is not None and _called_before(cue) is not None and \
            (called := _said_about(cue, ctx, (_characterised,))) is not None:
        # "… in what officials called a hate crime.", "$2.9 billion, which Mr. Trump called ''a
        # disgrace''" (the branches above read the clause before)
        fragments.append(called)
    named_after = _name_after_cue(ctx, cue) if subject is None and not unnamed and inherit_from is None else None
    if subject is not None and subject.i < cue.i and not unnamed and inherit_from is None and doc[cue.i - 1].text == "," and \
            (set_off := _name_after_cue(ctx, cue)) is not None and set_off[1].ent_type_ in ("PERSON", "ORG") and \
            any(t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head == cue
                for t in doc[ctx.token_at(set_off[0][0]):ctx.token_at(set_off[0][1] - 1) + 1]):
        # "The contrast with Trump, said Doyle and others, would be clear": the names set off after
        # the verb, parsed as the subject of the clause after them, say what the sentence around says.
        named_after, subject = set_off, None
        fragments.insert(0, _trim(ctx.text, ctx.sentence_of(cue.i).start_char, doc[cue.i - 1].idx))
    if named_after is not None:
        # "Often, said Mr Pearson, this information was invisible": the parser made the name the
        # subject of the clause after it; what was said starts after the name's comma.
        content_start = named_after[2]
        fragments = [_trim(ctx.text, max(start, content_start), end) if end > content_start else (start, end)
                     for start, end in fragments if end > content_start or end < cue.idx]
    if joined_to_quotation and subject is None and fragments and quotation_before is not None:
        fragments = [(quotation_before.start, quotation_before.end)]  # (what it says is that quotation, the name and its description not)
    if cue.dep_ == "acl" and subject is not None and subject == cue.head and fragments and \
            (mark := _mark_closing_before(cue.head)) is not None and (signed_quotation := ctx.quote_at(doc[mark].idx)) is not None:
        fragments = [(signed_quotation.start, signed_quotation.end)]  # (`"…," Nate Silver, the polling guru …, tweeted`: that quotation)
    fragments = [f for f in fragments if f[1] - f[0] > 1]
    if not fragments and subject is not None and subject.i > cue.i and \
            (inverted_over := _speaker_after_a_sentence_subject(cue, [c for c in cue_children if c.dep_ in _SUBJECT_DEPS])) is not None:
        # (what the noun opening the sentence says, up to the comma before the verb, and what follows
        # the name's comma when the attribution is set off in the middle)
        fragments.append(_trim(ctx.text, inverted_over[0].left_edge.idx, doc[cue.i - 1].idx))
        sent = ctx.sentence_of(cue.i)
        if (after_name := inverted_over[1].right_edge.i + 1) < sent.end and doc[after_name].text == ",":
            fragments.append(_trim(ctx.text, doc[after_name].idx + 1, sent.end_char, _TRIM + "."))
    if not fragments:
        return None
    if subject is None and inherit_from is None and named_after is None and sum(len(ctx.text[s:e].split()) for s, e in fragments) < 4:
        return None  # "the so-called “reform”": no one is saying anything
    fragments = [_snap_to_quotes(ctx, s, e) for s, e in fragments]
    if cue.lower_ in _ASPECT_FORMS and not _continues_speech(ctx, cue, min(fragments)[0]):
        return None
    draft = _Draft(
        fragments=sorted(fragments), cue_start=cue.idx, cue_end=cue.idx + len(cue.text), cue_token=cue.i,
        inherit_from=inherit_from, inverted=inverted,
    )
    quoted_subject = ctx.quote_at(subject.idx) if subject is not None else None
    if quoted_subject is not None and (outside := _speaker_after_quote(ctx, quoted_subject, cue, cues)) is not None:
        # `“… One of the brightest members,” Rep. Cummings said`: the parser took a word of the
        # quotation for the subject; a speaker never stands inside what is said.
        draft.speaker, draft.speaker_head = outside
    elif subject is not None and _word_of_an_utterance(ctx, subject, cue):
        # (a participle's is who signs the quotation, if anyone: '"Too much hate," she said, blaming …')
        if quoted_subject is not None and cue.tag_ == "VBG" and (trailing := _trailing_speaker(ctx, quoted_subject, cues)) is not None:
            draft.speaker, draft.speaker_head = trailing[0], trailing[1]
    elif subject is not None and subject.dep_ == "nsubjpass" and not doer_elsewhere and not any(c.dep_ == "agent" for c in cue_children) and \
            any(c.dep_ == "xcomp" and c.i > cue.i for c in cue_children):
        # "staff were said to have lied", "Dorian is expected to reach …": the subject is what is
        # said, by no one named; but in "The minister is reported to have said: "…"" the subject
        # says the quotation the parser hung on the passive (the verb of saying is its cue).
        if (said := _said_under_passive(cue, cues)) is not None and all(ctx.quote_at(start) is not None for start, _ in fragments):
            draft.cue_start, draft.cue_end, draft.cue_token = said.idx, said.idx + len(said.text), said.i
            _set_speaker(draft, subject, said)
    elif subject is not None and _hears_evidence(cue, subject):
        pass
    elif subject is not None and (titled := _titled_name_before_cue(ctx, cue)) is not None and \
            subject.idx < titled[0][0] and ctx.text.rfind(",", subject.idx, titled[0][0]) > subject.idx:
        # "Sentencing at Canterbury Crown Court, Mrs Justice May said …": the parser made the
        # fronted participle the subject ("May" an auxiliary); the name set off after it speaks.
        draft.speaker, draft.speaker_head = titled
    elif subject is not None:
        _set_speaker(draft, subject, cue)
    elif joined_to_quotation and quotation_before is not None and \
            (signed := _name_signing_quotation(ctx, quotation_before, cue, cues)) is not None:
        draft.speaker, draft.speaker_head = signed  # (`''…,'' Ramos, 58, told AFP`)
    elif named_after is not None:
        draft.speaker, draft.speaker_head, _ = named_after
    elif inverted_speaker is not None:
        draft.speaker, draft.speaker_head = inverted_speaker
    elif inherit_from is None and not unnamed and (named := _name_beside_cue(ctx, cue) or _name_hung_before_cue(ctx, cue)
                                                               or _name_set_off_before_cue(ctx, cue)
                                                               or _titled_name_before_cue(ctx, cue)
                                                               or _apposed_name_before_cue(ctx, cue)
                                                               or _name_after_quotation_before_cue(ctx, cue)
                                                               or _name_compounded_on_cue(ctx, cue)
                                                               or _subject_lost_before_cue(ctx, cue)
                                                               or _name_before_dashed_aside(ctx, cue)) is not None:
        draft.speaker, draft.speaker_head = named
    draft.via = _trailing_relay(doc, region[1], ctx.sentence_of(cue.i), cue.i)
    if draft.via is not None and draft.start < draft.via[0] < draft.end:
        comma = ctx.text.rfind(",", draft.start, draft.via[0])
        quote = ctx.quote_at(comma) if comma >= 0 else None
        # (a comma inside the closing mark keeps the mark: '… the proposals "carefully," TASS reported')
        _cut_at(draft, quote.end if quote is not None and comma < quote.end <= draft.via[0] else comma, ctx.text)
    if relay is not None and (relay_subject := _subject(relay)) is not None:
        draft.via = _token_range_chars(doc, *_speaker_tokens(relay_subject))
    elif quoting_source is not None:
        draft.via = _token_range_chars(doc, *_speaker_tokens(quoting_source))
    elif (quoting := _quoting_verb(cue)) is not None and \
            (source := _agent(quoting) or (_subject(quoting) if _quoted_as_saying(cue) is not None else None)) is not None:
        # "The Times quoted Mr Hale as saying …", "Mr Dixon was quoted by The Australian as saying …"
        draft.via = _token_range_chars(doc, *_speaker_tokens(source))
    elif (carrier := _carried_by(cue) or (_quoting_outlet(cue, subject) if ctx.says_quoted else None)) is not None:
        draft.via = _token_range_chars(doc, *_speaker_tokens(carrier))
    draft.medium = _medium(cue, content_ids | speaker_ids, ctx)
    draft.by_no_one = by_no_one
    return draft


def _said_about(cue: Token, ctx: _Context, readers: tuple[Callable[[Token, Token], int | None], ...]) -> tuple[int, int] | None:
    """What a verb of saying says about its object, as the first of `readers` that accepts the
    construction reads it: the object up to the token it returns."""
    thing = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if thing is None and _characterised in readers and cue.lower_ in _CHARACTERISING_FORMS and cue.dep_ != "acl" and \
            (predicate := next((c for c in cue.children if c.dep_ == "oprd" and c.left_edge.i > cue.i), None)) is not None and \
            predicate.left_edge.i < predicate.i and ctx.quote_at(predicate.left_edge.idx) is None and \
            any(ctx.quote_at(t.idx) is not None for t in predicate.subtree if t.text not in _DOUBLE_MARK_TOKENS):
        # "who has called the 12-nation TPP pact "insanity,"": the parser made the object a
        # modifier of what it is called; both are the content. (Not a participle after a noun: "a
        # pattern called a "glider"" names it.)
        return _trim(ctx.text, *_token_range_chars(cue.doc, predicate.left_edge.i, predicate.right_edge.i), _TRIM + ".")
    if thing is None:
        # "what he called ''our arguments this year''", "what Zimmerman described as a "piece of
        # history"": the name given, after the verb.
        what = _called_before(cue)
        if what is None or _characterised not in readers or (last := _characterised(cue, what)) is None or last <= cue.i:
            return None
        described_as = cue.doc[cue.i + 1].lower_ == "as"
        name = cue.doc[cue.i + 2 if described_as else cue.i + 1:last + 1]
        if not len(name) or not (described_as or name[0].lower_ in ("a", "an") or
                                 any(t.text in _DOUBLE_MARK_TOKENS for t in name)):
            # a name given, not a judgement: "what it calls smart folders", "what he calls
            # corruption" (but "what analysts described as age-old tactics")
            return None
        return _trim(ctx.text, *_token_range_chars(cue.doc, cue.i + 1, last), _TRIM + ".")
    for read in readers:
        if (last := read(cue, thing)) is not None:
            return _trim(ctx.text, *_token_range_chars(cue.doc, thing.left_edge.i, last), _TRIM + ".")
    return None


# Verbs that say what something is by calling it so: "called the budget a disgrace", "described
# the budget as a disgrace".
_CHARACTERISING_FORMS = {"call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "label", "labels",
                         "labelled", "labeled", "labelling", "labeling"}
_CHARACTERISING_AS_FORMS = {"describe", "describes", "described", "describing", "portray", "portrays", "portrayed", "portraying",
                            "characterized", "characterised", "characterizes", "characterises", "branded", "labelled", "labeled",
                            "dismissed", "dismisses", "hailed", "hails"}


def _called_before(cue: Token) -> Token | None:
    """The "what" or relative pronoun before a verb that stands for what it calls something:
    "what officials called a hate crime", "a figure which Mr. Trump called ''a disgrace''", "a
    country that Romney called ''our No.1 geopolitical foe''" ("that" may be parsed as a mark)."""
    return next((c for c in cue.children if c.i < cue.i and (
        (c.dep_ == "dobj" and c.lower_ == "what") or
        (cue.dep_ == "relcl" and ((c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom", "who")) or
                                  (c.dep_ == "mark" and c.lower_ == "that"))))), None)


def _calls_its_object(cue: Token) -> bool:
    """Whether a verb of calling or describing calls its object something after it ("called her
    "weak"", "described the plan as a disgrace")."""
    if cue.lower_ not in _CHARACTERISING_FORMS | _CHARACTERISING_AS_FORMS:
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    return thing is not None and _characterised(cue, thing) is not None


def _characterised(cue: Token, thing: Token) -> int | None:
    """`X called the budget a disgrace`, `X described the budget as a disgrace`: up to what it is
    called (the parser's object predicate, or "as" and its object); not "called the members to
    service" or "called for …"."""
    calls, calls_as = cue.lower_ in _CHARACTERISING_FORMS, cue.lower_ in _CHARACTERISING_AS_FORMS
    # ("as" may hang on the object: "described the embargo as a “product of the Cold War”")
    predicate = next((c for c in itertools.chain(cue.children, thing.children) if c.i > thing.i and (
        (c.dep_ == "oprd" and calls and c.head == cue) or (c.dep_ == "prep" and c.lower_ == "as" and calls_as and c.n_lefts + c.n_rights > 0)
        # (a quoted name parsed as the object's apposition: 'calling the protester "a very obnoxious guy"', the
        # mark hung on the object or on the apposition)
        or (c.dep_ == "appos" and calls and c.head == thing and thing.i + 1 < c.i and thing.doc[thing.i + 1].text in _DOUBLE_MARK_TOKENS
            and c.left_edge.i in (thing.i + 1, thing.i + 2))
        # (or as an adjective after it, which English does not put there: "called Mr. Trump's
        # comments ''racially toxic,''")
        or (c.dep_ == "amod" and calls and c.head == thing and c.left_edge.i > thing.i)
        # ("described the country as beset by …": "as" and a participle, parsed as a clause of its
        # own; not a clause with its own subject, "described the scene as he walked in")
        or (c.dep_ == "advcl" and calls_as and c.head == cue and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == thing.right_edge.i + 1
                                                                   for m in c.children)
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)))),
        None)
    if predicate is None or (thing.lower_ in _REFLEXIVES and predicate.pos_ == "PROPN"):
        return None  # ("a man calling himself Paul Paul", "a group calling itself Ocean Watch": a name taken)
    return predicate.right_edge.i


# Verbs of saying that judge their object: "criticized the plan", "praised the crew for …"
# (not "attacked", "slammed" or "blasted": sport and violence use them for deeds).
_JUDGING_STEMS = ("criticiz", "criticis", "prais", "condemn", "denounc", "applaud", "lambast")


def _judged(cue: Token, thing: Token) -> int | None:
    """`X criticized the decision to close the pier`, `X praised Okafor for her courage`: what is
    judged, and why; a person judged with no reason given says nothing."""
    if not cue.lower_.startswith(_JUDGING_STEMS):
        return None
    reason = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("for", "over") and c.i > thing.i), None)
    if reason is not None:
        return reason.right_edge.i
    if thing.pos_ in ("PRON", "PROPN") or thing.ent_type_ == "PERSON":
        return None
    return _object_last(thing)


_SHOWING_FORMS = {"show", "shows", "showed", "shown", "showing"}


def _shown(cue: Token, thing: Token) -> int | None:
    """`Polls show Clinton with a lead`, `Video shows him with his hands in the air`: up to how it
    is shown, by a record, not a person ("The mayor showed reporters around with pride")."""
    subject = _subject(cue)
    if cue.lower_ not in _SHOWING_FORMS or subject is None or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN") or \
            subject.pos_ == "PRON" or \
            subject.lower_ in PERSON_ROLE_NOUNS or subject.lower_.removesuffix("s") in PERSON_ROLE_NOUNS:
        return None
    with_ = [c for c in [*cue.children, *thing.children] if c.dep_ == "prep" and c.lower_ == "with" and c.i > thing.i]
    if not with_:
        return None
    return max([with_[0].right_edge.i] + [c.right_edge.i for c in cue.children if c.dep_ == "prep" and c.i > with_[0].i])


_CITING_FORMS = {"cite", "cites", "cited", "citing"}
# What is cited as a source, not as a reason: "citing two officials" relays what they said.
_SOURCE_NOUNS = {"official", "officials", "source", "sources", "people", "person", "expert", "experts", "analyst", "analysts",
                 "witness", "witnesses", "report", "reports", "media", "newspaper", "newspapers", "document", "documents",
                 "study", "studies", "survey", "surveys", "poll", "polls", "data", "figures", "statistics", "spokesman",
                 "spokeswoman", "spokesperson", "aide", "aides", "investigators", "researchers", "residents"}
_CITED_SOURCE_NOUNS = _SOURCE_NOUNS | _SPEAKER_NOUNS


# Prepositions that tell when or on what occasion something was cited, not what.
_OCCASION_PREPOSITIONS = frozenset({"as", "in", "during", "while", "when", "before", "since"})


def _cited(cue: Token, thing: Token) -> int | None:
    """`X cited the cost of steel as the main reason`, `…, citing concerns about the cost`: what is
    cited is what X puts forward (PolNeAR counts it); not a source cited ("citing two officials",
    "citing the mayor's office", "citing paramilitary groups")."""
    if cue.lower_ not in _CITING_FORMS or thing.pos_ in ("PRON", "PROPN") or thing.ent_type_:
        return None
    if thing.lower_ in _CITED_SOURCE_NOUNS or thing.lower_.removesuffix("s") in _CITED_SOURCE_NOUNS:
        return None
    role = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > thing.i), None)
    if role is not None:
        return role.right_edge.i
    last = _object_last(thing)
    # (a phrase the parser hung on the verb right after the object belongs to what is cited:
    # "citing her work after the Sept. 11 attacks and position on …"; not where or when it was
    # said: "citing concerns in a statement", "citing the cost on Monday")
    # (nor the occasion of the citing: "cited his state's rural culture in defending his record")
    after = next((c for c in cue.children if c.dep_ == "prep" and c.i == last + 1 and c.lower_ not in _OCCASION_PREPOSITIONS), None)
    objects = [t for t in after.children if t.dep_ in ("pobj", "pcomp")] if after is not None else []
    if after is not None and last == thing.right_edge.i and objects and all(t.dep_ == "pobj" for t in objects) and \
            not any(t.ent_type_ in _WHEN_LABELS or t.lower_ in _WHERE_SAID_NOUNS for t in objects) and \
            not any(t.is_punct for t in after.subtree):
        return after.right_edge.i
    return last


# Verbs of saying that charge their object with something ("accused the mayor of lying",
# "blamed the council for the floods") and the preposition that says what.
# (blamed for the floods, or the floods blamed on someone: "blaming some of it on Donald Trump")
_CHARGING_PREPOSITIONS = {"accuse": ("of",), "accuses": ("of",), "accused": ("of",), "accusing": ("of",),
                          "blame": ("for", "on"), "blames": ("for", "on"), "blamed": ("for", "on"), "blaming": ("for", "on")}


def _charged(cue: Token, thing: Token) -> int | None:
    """`X accused the mayor of lying about the cost`, `X blamed the council for the floods` (or the
    floods on the council): who is charged, and with what (not "accused the mayor" alone)."""
    # (in their order: "blamed pressure on its mortgage business … for a 1% fall" is blamed for the fall)
    for preposition in _CHARGING_PREPOSITIONS.get(cue.lower_, ()):
        charge = next((c for c in itertools.chain(cue.children, thing.children) if c.dep_ == "prep" and c.lower_ == preposition
                       and c.i > thing.i and c.n_rights > 0), None)
        if charge is not None:
            return charge.right_edge.i
    return None


# Constructions a verb of saying with no clause of its own reports through its object.
_OBJECT_READERS = (_characterised, _charged, _cited, _shown, _judged)

# What stands for words said before: "said the same thing", "said as much", "said so", "said the
# same of Trump" (PolNeAR annotates 24 of the 25 in its dev and training articles).
# (the capitalised words of "of …" are split at spaces only: a pattern that could split a run of
# capitals anywhere would try every way when the look-ahead fails)
_SAID_AGAIN = re.compile(r"\s+(the same(?: thing)?(?: of [A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)?|much the same|as much|so)"
                         r"(?=\s*(?:[,.;:!?)]|and\b|but\b|$))")


def _said_again(cue: Token, ctx: _Context) -> tuple[int, int] | None:
    """The words after a verb of saying that stand for what was said before, as its content."""
    found = _SAID_AGAIN.match(ctx.text, cue.idx + len(cue.text))
    return _trim(ctx.text, found.start(1), found.end(1), _TRIM + ".") if found is not None else None


def _speaker_read_as_clause(cue: Token, clause: Token, ctx: _Context) -> tuple[tuple[int, int], Token] | None:
    """`“…,” said England sevens coach Mike Friday`, parsed as if "England sevens" were a clause
    reported by "said": right after a quotation, a clause after the verb without "that" that
    holds a name is the speaker's phrase; its offsets (up to the name) and head."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text not in _DOUBLE_MARK_TOKENS or doc[cue.i - 2].text not in (",", "?", "!") or \
            clause.i < cue.i or _has_that(clause):
        return None
    phrase = list(itertools.takewhile(lambda t: t.text not in (",", ".", ";", ":") and "\n" not in t.text,
                                      doc[cue.i + 1:clause.right_edge.i + 1]))
    names = [t for t in phrase if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"]
    if not names or any(t.text in _DOUBLE_MARK_TOKENS for t in phrase):
        return None
    last = names[-1].i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].is_title:
        last += 1  # "Mike Friday", the surname taken for a day
    return _token_range_chars(doc, cue.i + 1, last), names[-1]


# Pronouns that open a speaker described by a relative clause after an inverted verb of saying.
_DESCRIBED_PRONOUNS = frozenset({"those", "some", "others", "many", "most"})


def _described_speaker_read_as_clause(cue: Token, clause: Token) -> tuple[tuple[int, int], Token] | None:
    """`…, say those who feel the project should be shunned.`, parsed with the speaker as the
    subject of a clause reported by "say": after a comma and a clause the verb reports, a
    clause that runs to the sentence's end and opens with "those" (or people) described by a
    relative clause is who speaks; its offsets and head."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or clause.i < cue.i or _has_that(clause) or \
            not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i == cue.i + 1), None)
    last = clause.right_edge.i
    if subject is None or not (subject.lower_ in _DESCRIBED_PRONOUNS or subject.tag_ == "NNS") or \
            not any(c.dep_ == "relcl" for c in subject.children):
        return None
    if last + 1 < len(doc) and not doc[last + 1].is_sent_end and doc[last + 1].text not in (".", "!", "?"):
        return None
    last -= 1 if doc[last].is_punct else 0
    return _token_range_chars(doc, cue.i + 1, last), subject


def _name_after_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token, int] | None:
    """A name (or a few people: "analysts") between commas right after a verb of saying that has
    no subject ("Often, said Mr Pearson, this information was lost"): its offsets, its head and
    where the content starts (after its comma)."""
    doc = ctx.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    phrase = list(itertools.takewhile(lambda t: t.text != ",", doc[cue.i + 1:cue.i + 8]))
    comma = cue.i + 1 + len(phrase)
    # (or a short plural noun phrase: "Locally, too, say analysts, recent developments have …")
    if not phrase or comma >= len(doc) or doc[comma].text != "," or \
            (phrase[-1].ent_type_ not in ("PERSON", "ORG") and not (phrase[-1].tag_ == "NNS" and len(phrase) <= 3) and
             not any(t.pos_ == "CCONJ" and k > 0 and phrase[k - 1].ent_type_ in ("PERSON", "ORG") for k, t in enumerate(phrase))):
        return None
    if any((t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PART", "CCONJ") and t.tag_ != "PRP$") or "\n" in t.text for t in phrase) or \
            phrase[0].pos_ == "CCONJ":
        return None
    # (the name heads "Doyle and others")
    head = next((t for t in reversed(phrase) if t.ent_type_ in ("PERSON", "ORG")), phrase[-1])
    return _token_range_chars(doc, phrase[0].i, phrase[-1].i), head, doc[comma].idx + 1


def _name_beside_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A person named right before a verb of saying that the parser left without a subject
    ("When asked if BMW …, the carmaker's chief executive Helmut Panke said:", the name hung on
    "Bosch"), or right after it in an inverted attribution ("“…,” added Ernst and Young's Sanjay
    Mehta", the name parsed as an object), as offsets and head."""
    doc = ctx.doc
    if cue.i > 0 and doc[cue.i - 1].ent_type_ == "PERSON":
        last = doc[cue.i - 1]
        name = _ent_in(ctx, last.idx, last.idx + len(last.text), last)
        return _token_range_chars(doc, name.start if name is not None else last.i, last.i), last
    # Right after a quotation, or after the comma that ends the reported clause ("The band were
    # still hopeful …, added the spokesman."; not after "told" or "assured": their object is the hearer).
    if any(ctx.quote_at(t.idx) is not None for t in doc[max(0, cue.i - 2):cue.i]) or (
            doc[cue.i - 1].text == "," and not cue.lower_.startswith(_ADDRESSEE_PREFIXES) and
            (any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children) or _joined_to_clause_before(cue))):
        phrase = []
        for token in doc[cue.i + 1:cue.i + 9]:
            if (token.is_punct and token.text not in ("'s", "’s", "&", "-")) or "\n" in token.text:
                break
            phrase.append(token)
        end = max((k for k, t in enumerate(phrase) if t.ent_type_ == "PERSON"), default=None)
        # (not the subject of the clause said: "Mr. Slinker, whose …, said Mr. Trump was a candidate …")
        if end is not None and not any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in phrase[:end]) and \
                not (end + 1 < len(phrase) and phrase[end + 1].pos_ in ("VERB", "AUX") and phrase[end].head == phrase[end + 1] and
                     phrase[end].dep_ in _SUBJECT_DEPS):
            return _token_range_chars(doc, phrase[0].i, phrase[end].i), phrase[end]
        # `“…,” added the spokesman.`, the description parsed as the verb's object.
        end = next((k for k, t in enumerate(phrase) if t.head.i == cue.i and t.dep_ in ("dobj", "attr") and t.pos_ == "NOUN"), None)
        if end is not None and phrase[0].tag_ in ("DT", "PRP$") and end == len(phrase) - 1 and \
                not any(t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") for t in phrase[:end]):
            return _token_range_chars(doc, phrase[0].i, phrase[end].i), phrase[end]
        # `…, warn union leaders.`, `…, suggests a report into search habits.`: the speaker parsed
        # as the object, running to the sentence's end (people in the plural, or with an article).
        obj = next((c for c in cue.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.i > cue.i), None)
        if obj is not None and obj.left_edge.i == cue.i + 1 and _is_sentences_last_word(obj.right_edge) and \
                (obj.tag_ in ("NNS", "NNPS") or doc[cue.i + 1].tag_ in ("DT", "PRP$")) and \
                not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_punct for t in doc[cue.i + 1:obj.right_edge.i + 1]):
            return _token_range_chars(doc, cue.i + 1, obj.right_edge.i), obj
    return None


def _joined_to_clause_before(cue: Token) -> bool:
    """Whether the parser joined an inverted verb of saying, without a subject, to the clause it
    reports as a conjunct ("Workers could strike …, warn union leaders": "warn" a conjunct of "strike")."""
    return cue.dep_ == "conj" and cue.head.i < cue.i and cue.tag_ in ("VB", "VBP", "VBZ", "VBD") and \
        not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "cc" for c in cue.children)


def _is_sentences_last_word(token: Token) -> bool:
    """Whether `token` is the last word of its sentence (a full stop or line break at most after it)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.i >= token.sent.end or following.text in (".", "!", "?") or "\n" in following.text


def _name_hung_before_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A named organisation or place right before a verb of saying without a subject, after a
    comma, that the parser joined to the clause before ("… the rest of the world, the Office for
    National Statistics (ONS) said", the office parsed as a conjunct of "world"): offsets, head."""
    doc = ctx.doc
    last = cue.i - 1
    if last > 0 and doc[last].text == ")":  # an acronym in brackets: "(ONS)"
        opening = next((k for k in range(last - 1, max(0, last - 5), -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    if last < 1:
        return None
    name = next((e for e in ctx.ents if e.end - 1 == last and e.label_ in ("ORG", "GPE", "NORP")), None)
    if name is None:
        return None
    # (with its description: "…, giant ISP AOL announced", "…, the Office for … said")
    first = name.start
    while first > max(0, name.start - 4) and doc[first - 1].pos_ in ("ADJ", "NOUN", "PROPN", "DET") and doc[first - 1].dep_ != "pobj":
        first -= 1
    if first < 1 or doc[first - 1].text != ",":
        return None
    return _token_range_chars(doc, first, cue.i - 1), name.root


def _affiliation(ctx: _Context, start: int, end: int) -> bool:
    """Whether tokens `start` to `end` (exclusive) say where a person named before them is from
    ("of "Have no fear"", "from the Harbour Trust"): a preposition, then no verb outside quote marks."""
    doc = ctx.doc
    return start < end and doc[start].lower_ in ("of", "from", "at") and \
        not any(t.pos_ in ("VERB", "AUX") and ctx.quote_at(t.idx) is None for t in doc[start + 1:end])


def _subject_lost_before_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """Who speaks when the parser took the subject of a main verb of saying into the phrase before
    it: "Despite this Finnish anti-virus lab F-Secure said …", "… as another survey by property
    website Rightmove said …" (the object of a preposition), "While …, the chip's designers have
    said …" (an apposition); "But Tindall, who recently signed for Gloucester, told …" (a
    relative clause's comma before the verb). The noun right before the verb (and its
    auxiliaries) heads who speaks (the last of the names looked for): offsets and head."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or cue.i == cue.sent.start or \
            any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in cue.children) or \
            (cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children)) or \
            not any(c.dep_ in _CONTENT_DEPS and c.i > cue.i for c in cue.children):
        return None
    k = cue.i - 1
    while k > cue.sent.start and doc[k].head == cue:
        if doc[k].dep_ in ("aux", "neg", "advmod"):
            k -= 1
        elif doc[k].dep_ == "npadvmod" and doc[k].ent_type_ in ("DATE", "TIME") and doc[k].left_edge.i > cue.sent.start:
            k = doc[k].left_edge.i - 1  # ("Beck, who …, last week said": when, not who)
        else:
            break
    before = doc[k]
    if before.text == ",":
        # (", who …, told", ", known as Ant and Dec, said": the noun before the aside; not "a
        # Hollywood, Fla., rabbi helping …, said", a description with commas of its own)
        opening = next((j for j in range(k - 1, cue.sent.start, -1) if doc[j].text == ","), None)
        if opening is not None and opening > cue.sent.start and doc[opening + 1].lower_ not in ("who", "which", "whose") and \
                (relative := next((j for j in range(opening - 1, cue.sent.start, -1) if doc[j].text == "," and
                                   doc[j + 1].lower_ in ("who", "whose") and doc[j - 1].ent_type_ == "PERSON"), None)) is not None:
            opening = relative  # ("Mr. Slinker, whose latest start-up, Paradata, uses big data …, said": commas inside the aside)
        if opening is None or opening == cue.sent.start or \
                not (doc[opening + 1].lower_ in ("who", "which", "whose") or doc[opening + 1].tag_ in ("VBN", "VBD", "VBG")
                     or doc[opening + 1].ent_type_ == "PERSON"):  # (", Paul Manafort, suggested": the name in apposition)
            name = _name_opening_the_sentence(cue, k)
            return None if name is None else (_token_range_chars(doc, name[0], name[1]), doc[name[1]])
        before = doc[opening - 1]
    elif before.text == ")" and k > cue.sent.start:
        # ("Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says …":
        # the name before the brackets, whatever the parser made of the aside)
        opening = next((j for j in range(k - 1, cue.sent.start, -1) if doc[j].text == "("), None)
        if opening is None or doc[opening - 1].ent_type_ not in ("PERSON", "ORG") or doc[opening - 1].ent_iob_ == "":
            return None
        named = doc[opening - 1]
        first = opening - 1
        while first > cue.sent.start and doc[first - 1].ent_type_ == named.ent_type_ and doc[first].ent_iob_ == "I":
            first -= 1
        while first > cue.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1  # (with the title before the name: "Sen.")
        return _token_range_chars(doc, first, named.i), named
    elif before.text in DASHES and before.whitespace_ and k > cue.sent.start:
        # ("Mr Yushchenko - keen to reassure investors - had said": the name before the aside, parsed
        # as anything; only a name)
        opening = next((j for j in range(k - 1, cue.sent.start, -1) if doc[j].text in DASHES and doc[j].whitespace_), None)
        if opening is None or opening == cue.sent.start or doc[opening - 1].ent_type_ not in ("PERSON", "ORG"):
            return None
        named = doc[opening - 1]
        return _token_range_chars(doc, _speaker_tokens(named, with_conjuncts=False)[0], named.i), named
    if before.dep_ != "appos" and (described := next((a for a in before.ancestors if a.dep_ == "relcl"), None)) is not None and \
            described.head.pos_ in ("NOUN", "PROPN") and described.head.i < before.i and \
            any(c.lower_ in ("who", "which", "that") for c in described.children):
        # ("a young woman who had been a student in Montana asked": the woman, not Montana)
        before = described.head
    while before.dep_ == "conj" and before.head.i < before.i and before.head.pos_ == before.pos_:
        before = before.head  # ("its hosts Anthony McPartlin and Declan Donnelly": both)
    while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ == "NOUN" and before.head.head.i < before.i \
            and not before.ent_type_:
        before = before.head.head  # ("the analysis of the market found": the analysis; not "director of Unite said")
    if before.pos_ not in ("NOUN", "PROPN") or before.head == cue or before.ent_type_ in ("DATE", "TIME") or \
            ctx.quote_at(before.idx) is not None or before.dep_ not in ("pobj", "appos", "nsubj", "dobj"):
        return None
    if before.dep_ == "dobj" and not any(a.dep_ == "advcl" or any(c.dep_ == "mark" for c in a.children)
                                         for a in before.ancestors if a != cue):
        # (the object of a clause of condition or time: "When asked if Brown would start Eriksson replied";
        # not of the verb before, "He criticized Clinton's record said she …", which has the subject)
        return None
    first, last = _speaker_tokens(before)
    if doc[first].lower_ in ("this", "that") and first > 0 and doc[first - 1].tag_ == "IN":
        first += 1  # ("Despite this Finnish lab F-Secure said": "this" closed the phrase before)
    return _token_range_chars(doc, first, last), before


def _name_opening_the_sentence(cue: Token, comma: int) -> tuple[int, int] | None:
    """"RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Mr.
    Sanders and that has been busing its members …, also said …": a person's name opens the
    sentence, set off by a comma, and a description runs from it to the comma before the verb
    (the parser hung the name on a verb of the description): first and last token of the name."""
    doc = cue.doc
    first = cue.sent.start
    while first < comma and doc[first].lower_ in _LINKING_WORDS:
        first += 1
    if doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return None
    last = first
    while last + 1 < comma and doc[last + 1].ent_iob_ == "I":
        last += 1
    if last + 1 >= comma or doc[last + 1].text != "," or any(t.text in _DOUBLE_MARK_TOKENS for t in doc[first:comma]):
        return None
    return first, last


def _apposed_name_before_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A person named after a comma right before a verb of saying without a subject (auxiliaries
    between), which the parser made an apposition or a conjunct of a noun before it ("… a backward
    view of Islam, President Musharraf of Pakistan has said"): offsets and head."""
    doc = ctx.doc
    last = cue.i - 1
    while last > 0 and doc[last].dep_ in ("aux", "neg") and doc[last].head == cue:
        last -= 1
    if last < 1 or (last == cue.i - 1 and doc[last].is_punct):
        return None
    if doc[last].text == ",":
        last -= 1  # ("…, two members of Congress, Ileana Ros and Carlos Curbelo, have said")
    name = doc[last]
    # (up from "… of Pakistan", and from "… and Carlos Curbelo" to the list's head when that is an apposition too)
    while name.head.i < name.i and (name.dep_ in ("pobj", "prep") or (name.dep_ == "conj" and name.head.dep_ in ("conj", "appos"))):
        name = name.head
    first = name.left_edge.i
    # (a person, a name the model tagged nothing, "… of Islam, President Mahmood of Pakistan has
    # said", parsed as a conjunct, or people described and named: "In addition to Mr Regalado, two
    # members of Congress, Ileana Ros and Carlos Curbelo, have said")
    if name.dep_ not in ("appos", "conj") or name.ent_type_ not in ("PERSON", "") or first < 1 or doc[first - 1].text != "," or \
            name.right_edge.i != last or not (name.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in doc[first:last + 1])):
        return None
    return _token_range_chars(doc, first, last), name


def _name_after_quotation_before_cue(ctx: _Context, cue: Token, any_description: bool = False) -> tuple[tuple[int, int], Token] | None:
    """A person named right after a quotation, before a verb of saying without a subject, with a
    description set off between that the parser took into the quotation's clause (`“…,” Jeff
    Joseph, from the Consumer Electronics Association (CEA) told the BBC`, the name an apposition
    of a noun inside the quotation): offsets and head. Only a description without a verb, unless
    `any_description` (the verb known to sign the quotation: "now 81 and retired in …")."""
    doc = ctx.doc
    sent = ctx.sentence_of(cue.i)
    closing = next((t.i for t in reversed(doc[sent.start:cue.i]) if t.text in _DOUBLE_MARK_TOKENS), None)
    if closing is not None and closing >= 1 and doc[closing - 1].text not in (",", "?", "!"):
        # (a name quoted in the description is no quotation before the name: `“…,” Texas delegate
        # Bill Eastland, wearing “Ted Cruz” pins, said`)
        closing = next((t.i for t in doc[sent.start + 1:cue.i] if t.text in _DOUBLE_MARK_TOKENS and doc[t.i - 1].text in (",", "?", "!")
                        and (quote := ctx.quote_at(t.idx)) is not None and quote.end == t.idx + len(t.text)), None)
    if closing is None or closing < 1 or doc[closing - 1].text not in (",", "?", "!") or ctx.quote_at(doc[closing].idx) is None:
        return None
    # (after a description of a few words before the name: "Texas delegate Bill Eastland")
    name = next((e for e in ctx.ents if closing < e.start <= closing + 3 and e.label_ == "PERSON" and e.end < cue.i
                 and doc[e.end].text == "," and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.head.i in range(t.i + 1, e.end)
                                                    for t in doc[closing + 1:e.start])), None)
    if name is None or name.end >= cue.i:
        return None
    between = doc[name.end:cue.i]
    # (participles may describe: ", wearing a cowboy hat,", ", then working for the State Department,")
    if between[0].text != "," or (not any_description and any(
            t.lower_ in _RELATIVE_PRONOUNS or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN")) for t in between)):
        return None
    return (doc[closing + 1].idx, name.end_char), name[-1]


def _name_compounded_on_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A name right after a quotation that the parser made a modifier of the verb of saying, as if
    the verb were a noun (`"Look at the statement …," Conway notes.`): offsets and head."""
    doc = ctx.doc
    if cue.i < 2:
        return None
    first = cue.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == cue and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first == cue.i or first < 1 or doc[first - 1].text not in _DOUBLE_MARK_TOKENS | {","} or \
            (doc[first - 1].text != "," and ctx.quote_at(doc[first - 1].idx) is None):
        return None
    return (doc[first].idx, doc[cue.i - 1].idx + len(doc[cue.i - 1].text)), doc[cue.i - 1]


def _titled_name_before_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A person named with an honorific right before a verb of saying without a subject, which the
    parser made the object of a phrase before it for want of a comma ("On top of the relief deal
    with Tanzania Mr Brown said …"; `correct_entities` parts the name from "Tanzania"): offsets, head."""
    name = next((e for e in ctx.ents if e.end == cue.i and e.label_ == "PERSON"), None)
    if name is None or len(name) < 2 or name[0].lower_.rstrip(".") not in HONORIFICS:
        return None
    return (name.start_char, name.end_char), name[-1]


def _name_set_off_before_cue(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A person set off by commas before a verb of saying that the parser left without a subject:
    "Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said:",
    "In response to his comments, Ieuan Wyn Jones, leader of the Plaid Cymru group, said:" (the
    name, then a description without a verb or a relative clause: "Philip Wride, who co-manages
    the team, said"): offsets and head."""
    doc = ctx.doc
    sent = cue.sent
    if cue.i - 1 <= sent.start or doc[cue.i - 1].text != ",":
        return None
    bounds = [sent.start - 1, *(t.i for t in doc[sent.start:cue.i] if t.text == ",")]
    segments = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]  # [start, end) between commas
    # The segment right before the verb's comma (", George Osborne, said"), then the one before
    # it (", Ieuan Wyn Jones, leader of …, said").
    for back, (start, end) in enumerate(reversed(segments[-2:])):
        if back == 1 and any(t.pos_ in ("VERB", "AUX") and not (t.text[:1].isupper() and t.i > segments[-1][0])
                             for t in doc[segments[-1][0]:segments[-1][1]]) and doc[segments[-1][0]].lower_ not in ("who", "whose"):
            # (what stands between the name and the verb must be a description: "who co-manages the
            # team"; a capitalised verb is a word of a name: "spokesman for North East Says No")
            return None
        name = next((e for e in ctx.ents if e.label_ == "PERSON" and e.start >= start and (e.end == end or _affiliation(ctx, e.end, end))),
                    None)
        if name is not None and not any(t.pos_ in ("VERB", "AUX", "ADP") for t in doc[start:name.start]):
            return _token_range_chars(doc, name.start, name.end - 1), name.root
    return None


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _name_before_dashed_aside(ctx: _Context, cue: Token) -> tuple[tuple[int, int], Token] | None:
    """A name opening the sentence, set off from its verb of saying by an aside between dashes,
    which the parser made the sentence (`And Ginepri - six years older than the youngest player to
    win … - admitted he was impressed`): offsets and head."""
    doc = ctx.doc
    sent = cue.sent
    dashes = [t.i for t in doc[sent.start:cue.i] if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_]
    if len(dashes) != 2 or dashes[1] != cue.i - 1:
        return None
    first = sent.start + 1 if doc[sent.start].lower_ in _LINKING_WORDS else sent.start
    name = next((e for e in ctx.ents if e.label_ in ("PERSON", "ORG") and e.end == dashes[0]), None)
    if name is None or not first <= name.start or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") for t in doc[first:name.start]):
        return None
    return _token_range_chars(doc, first, name.end - 1), name.root


def _surname_before_set_off_adverb(ctx: _Context, cue: Token) -> Token | None:
    """The surname of a person the article names in full, opening the sentence and set off from
    the verb by an adverb between commas, which the tagger took for a modifier ("Tully,
    meanwhile, confirmed …")."""
    doc = ctx.doc
    sent = cue.sent
    first = sent.start + 1 if doc[sent.start].lower_ in _LINKING_WORDS else sent.start
    name = doc[first]
    between = doc[first + 1:cue.i]
    if not name.text[:1].isupper() or name.text not in ctx.full_names or len(between) < 3 or \
            between[0].text != "," or between[-1].text != "," or not all(t.pos_ == "ADV" for t in between[1:-1]):
        return None
    return name


def _medium_name(head: Token) -> tuple[int, int] | None:
    """The outlet's name in a noun phrase: "the Russian Kommersant newspaper" → Kommersant,
    "Twitter" → Twitter; None when it names no outlet ("the newspaper", "reporters")."""
    doc = head.doc
    if head.lower_ in PLATFORMS:
        return _token_range_chars(doc, head.i, head.i)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"), None)
    if owner is not None and (head.lower_ in _MEDIA_NOUNS or head.ent_type_ == "WORK_OF_ART"):
        # "told CNBC's "Closing Bell"", "the BBC's Inside Science programme": the outlet whose
        # programme it is (as "BBC Radio 4's Today programme" → BBC Radio 4)
        owner_first, owner_last = _entity_tokens(doc, owner.i)
        if _names_an_outlet(doc[owner_first:owner_last + 1].text):
            return _token_range_chars(doc, owner_first, owner_last)
    if head.text in ("X", "X.") and head.dep_ == "pobj" and head.head.lower_ == "on":
        # Twitter's new name is a letter: only "on X" names it (at a sentence's end the tokenizer
        # takes the full stop in: "a post on X.").
        return head.idx, head.idx + 1
    if head.lower_ in _MEDIA_NOUNS:
        if head.text[:1].isupper() and head.ent_type_ == "ORG" and (entity := _entity_tokens(doc, head.i))[1] > head.i:
            # "BBC Radio 5 Live", "BBC Radio 4's Today programme": the tagged name goes on after
            # the media word ("5" and "Live" hang elsewhere in the parse).
            return _token_range_chars(doc, *entity)
        following = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if following is not None and following.pos_ == "PROPN" and following.ent_type_ == "ORG" and following.ent_iob_ == "B" and \
                not any(t.ent_type_ in _OUTLET_NAME_LABELS for t in doc[head.left_edge.i:head.i]):
            # "the state news agency MTI", the parser hanging the name elsewhere (not "the
            # Associated Press news agency Contrack's withdrawal …": the name came first)
            return _token_range_chars(doc, *_entity_tokens(doc, following.i))
        if following is not None and following.ent_type_ == "WORK_OF_ART" and following.ent_iob_ == "B" and following.text[:1].isupper() \
                and head.dep_ in ("dobj", "pobj") and head.head.lower_ in ("told", "tells", "tell", "telling", "on", "to"):
            # "told the podcast The Reel Thing", the programme's name tagged a work
            return _token_range_chars(doc, *_entity_tokens(doc, following.i))
        # "the student newspaper, The Northgate Tab": the apposition is the name.
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None:
            return _token_range_chars(doc, appos.left_edge.i, appos.i)
        # The name is the proper nouns before the media word ("Journal" too when it is part of
        # the name); a describing adjective ("Russian", "popular") is not.
        # (an adjective tagged a name is a name: "the Kommersant newspaper", "Kommersant" read as an
        # adjective and tagged a person)
        words = [t for t in doc[head.left_edge.i:head.i] if (t.pos_ == "PROPN" or t.is_title) and t.dep_ != "det" and (
            t.dep_ != "amod" or (t.ent_type_ not in ("", "NORP") and not t.lower_.endswith(_DEMONYM_ENDINGS)))]
        name = [t for t in words if t.ent_type_ != "NORP"]
        if not name:
            # (unless the tagger took the outlet's name for a people's: "the Euractiv portal";
            # not "the Russian newspaper")
            name = [t for t in words if not t.lower_.endswith(_DEMONYM_ENDINGS)]
        if not name:
            return None
        return _token_range_chars(doc, name[0].i, head.i if head.text[0].isupper() else name[-1].i)
    if head.text[:1].isupper() and any(c.dep_ == "compound" and c.lower_ in _MEDIA_NOUNS for c in head.children):
        media_words = [c for c in head.children if c.dep_ == "compound" and c.lower_ in _MEDIA_NOUNS]
        name_start = head.left_edge.i + (head.left_edge.dep_ == "det")
        if all(c.text[:1].isupper() for c in media_words) and all(
                t.dep_ == "compound" and t.text[:1].isupper() for t in doc[name_start:head.i]):
            # ("BBC Radio Kent": the media word written as part of the name is the name's)
            return _token_range_chars(doc, name_start, head.i)
        # "state broadcaster ERT", "news agency Interfax", "Spanish radio Cadena SER"
        after_media_word = max(c.i for c in media_words) + 1
        if not all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in doc[after_media_word:head.i]):
            after_media_word = head.i
        return _token_range_chars(doc, after_media_word, head.i)
    if head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "WORK_OF_ART", "PRODUCT") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
            _names_a_newspaper(doc[head.left_edge.i:head.i + 1].text):
        return _token_range_chars(doc, head.left_edge.i + 1, head.i)  # ("told the Herald", the tagger taking it for a person)
    if head.pos_ == "PROPN" and head.ent_type_ in ("NORP", "") and head.is_title and head.left_edge.i == head.i - 1 and \
            doc[head.i - 1].text == "The" and not doc[head.i - 1].is_sent_start and head.dep_ == "dobj":
        # "told The Oregonian" (tagged a people): "The" written with a capital mid-sentence opens a title
        return _token_range_chars(doc, head.i - 1, head.i)
    if head.pos_ == "PROPN" and head.ent_type_ in _OUTLET_NAME_LABELS and not any(
            t.lower_ in _ORG_NOUNS or t.lower_ in _HEARING_BODIES for t in head.subtree):
        first = head.left_edge
        while first.i < head.i and first.dep_ == "det":
            first = doc[first.i + 1]
        # (the tagged name may go on past the phrase: "told BBC 6 Music", "Music" parsed apart)
        # (not the speaker set off after it, parsed as joined to it: "In an interview with IRNA,
        # Russian Ambassador … Alexey Grachev said")
        right = max([head.i] + [c.right_edge.i for c in head.children if c.i > head.i and c.dep_ not in ("conj", "cc", "punct", "appos")])
        last = max(right, _entity_tokens(doc, head.i)[1]) if head.ent_type_ == "ORG" else right
        return _token_range_chars(doc, first.i, last)
    if head.pos_ == "PROPN" and head.ent_type_ in ("", "DATE") and head.left_edge.i < head.i and \
            all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in doc[head.left_edge.i:head.i]) and \
            doc[head.left_edge.i].ent_type_ == "ORG" and doc[head.left_edge.i].ent_iob_ == "B" and head.lower_ not in _ORG_NOUNS and \
            (not head.ent_type_ or _names_an_outlet(doc[head.left_edge.i:head.i].text)):
        # "told BBC Breakfast" with only "BBC" tagged: a programme of the outlet (also one of a
        # listed outlet named for a day: "in an interview on "Fox News Sunday"", "Sunday" a date)
        return _token_range_chars(doc, head.left_edge.i, head.i)
    if (head.text[:1].isupper() or (head.text[:1].islower() and any(c.isupper() for c in head.text))) and \
            head.pos_ in ("PROPN", "NOUN") and all(t.dep_ in ("det", "compound") for t in doc[head.left_edge.i:head.i]):
        # "told Kommersant", "told CGTN": an outlet the tagger left untagged or took for a person
        # or a place (`pipeline.outlets`; also written "talkSPORT")
        return _listed_outlet(doc, head.left_edge.i, head.i)
    return None


def _own_outlet(head: Token, ctx: _Context) -> tuple[int, int] | None:
    """The name headed by `head` as offsets if it is the article's own outlet's, or the first words
    of it ("told KSHB 41" on the site of "KSHB 41 Kansas City News"; "told STAT", "told Law360":
    names the model leaves untagged and no list holds)."""
    if not ctx.outlet or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None
    doc = head.doc
    if ctx.outlet_after_the and head.left_edge.lower_ != "the":
        return None  # (a name written with "The" only after "the": "told the Hill", not "told Hill", a person)
    first = head.left_edge.i + (head.left_edge.lower_ == "the")
    # (the whole name when the text goes on with it, "told Notes from Poland"; else its first words)
    whole = next((k for k in range(first, min(len(doc), first + 8)) if fold(doc[first:k + 1].text) == ctx.outlet), None)
    if whole is not None:
        # (and the programme named after it, up to the name's head: "on "Fox News Sunday"")
        # (not a subject after it: "told the BBC Liverpool were unlikely to win")
        last = head.i if head.i > whole and all(t.pos_ in ("PROPN", "NUM") for t in doc[whole + 1:head.i + 1]) and \
            (head.i + 1 >= len(doc) or doc[head.i + 1].pos_ not in ("VERB", "AUX")) else whole
        return _token_range_chars(doc, first, last)
    last = max([head.i] + [t.i for t in doc[head.i + 1:head.right_edge.i + 1] if t.dep_ in ("nummod", "compound", "appos")
                          and t.i == head.i + 1])  # ("KSHB 41", the number parsed after the name)
    name = fold(doc[first:last + 1].text)
    if len(name) < 3 or not (ctx.outlet == name or ctx.outlet.startswith(name + " ")):
        return None
    return _token_range_chars(doc, first, last)


def _names_an_outlet(name: str) -> bool:
    """Whether a medium's name is a listed outlet's, a platform's or one with a media word in it."""
    words = name.lower().split()
    return is_news_outlet(name) or name in ("X", "X.") or any(w in PLATFORMS or w in _MEDIA_NOUNS for w in words)


def _listed_outlet(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Tokens `first`…`last` as offsets, without a leading "the", if they name a listed outlet."""
    if not is_news_outlet(doc[first:last + 1].text):
        return None
    return _token_range_chars(doc, first + (doc[first].lower_ == "the"), last)


# Labels of names an outlet may be tagged with.
_OUTLET_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
# Bodies told something in session, by name: no outlet ("told the Bundestag", "told the Dáil").
_HEARING_BODIES = frozenset({"nations", "house", "assembly", "bundestag", "bundesrat", "dáil", "dail", "seanad", "oireachtas", "knesset",
                             "duma", "riksdag", "sejm", "rada", "storting", "folketing", "eduskunta", "senedd", "holyrood",
                             "stormont", "commons", "lords", "congress", "senate", "legislature", "majlis", "sabha", "cortes"})


def _entity_tokens(doc: Doc, i: int) -> tuple[int, int]:
    """The first and last token of the entity the i-th token is in, to the i-th at least, and
    after it only through numbers and capitalised words other than honorifics: the tagger runs
    some names into the next words ("told the Independent the Tories' plans …", "told the Sunday
    Times Mr Campbell …"; "BBC Radio 4's Today programme", its "'s" often tagged a verb)."""
    first = last = i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" and \
            (doc[last + 1].like_num or (doc[last + 1].text[:1].isupper() and doc[last + 1].lower_.rstrip(".") not in HONORIFICS)
             or (doc[last + 1].lower_ in ("of", "for") and last + 2 < len(doc) and doc[last + 2].ent_iob_ == "I"
                 and doc[last + 2].text[:1].isupper())):
        last += 1  # (and through "of" inside the name: "Radio Television of Serbia")
    return first, last


def _medium(cue: Token, excluded: set[int], ctx: _Context) -> tuple[int, int] | None:
    """Where the cue's speaker said it: "in an interview with X", "told X" (an outlet), "on X"."""
    doc = cue.doc
    # (the nouns of `_SAID_IN_NOUNS` under the cue, found on the token arrays, and the cue's own
    # dependents: a Token for every token of the subtree costs more than the look-up)
    lowest, highest = cue.left_edge.i, cue.right_edge.i
    nouns = [i for i in ctx.said_in_nouns[bisect.bisect_left(ctx.said_in_nouns, lowest):bisect.bisect_right(ctx.said_in_nouns, highest)]
             if ctx.descends_from(i, cue.i)]
    for token in (doc[i] for i in sorted({*nouns, *(c.i for c in cue.children)})):
        if token.dep_ == "nsubj" and token.head.i == cue.i and token.i < cue.i:
            # "Philippine fishermen interviewed by local radio station DZBB said …", "residents
            # speaking to the BBC said …": the outlet the speakers spoke to (in the speaker's phrase)
            for obj in (g for acl in token.children if acl.dep_ == "acl" and acl.lower_ in ("interviewed", "speaking", "talking")
                        for prep in acl.children if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "to", "with")
                        for g in prep.children if g.dep_ == "pobj"):
                if (found := _medium_name(obj)) is not None:
                    return found
        if token.i in excluded:
            continue
        op_ed = token.lower_ == "ed" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "op"
        if token.lower_ in _SAID_IN_NOUNS or op_ed:
            # (also where it was published: "in an op-ed published Tuesday in The Wall Street Journal")
            published = [g for c in token.children if c.dep_ == "acl" and c.lower_ in _PUBLISHED_FORMS for g in c.children
                         if g.dep_ == "prep" and g.lower_ in ("in", "on")]
            for prep in [*token.children, *published]:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "for", "on", "in"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and (found := _medium_name(obj) or _own_outlet(obj, ctx)) is not None and \
                                (token.lower_ not in ("statement", "statements", "letter") or _names_an_outlet(ctx.text[found[0]:found[1]])):
                            # (a statement's or a letter's only if it names an outlet or a platform: not "a
                            # statement to MPs", "an open letter to the British Phonographic Industry")
                            return found
            if token.lower_ in _SELF_MEDIA_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "in":
                # "in an internal video", "in a tweet": the form itself is the medium.
                first = next((t for t in doc[token.left_edge.i:token.i + 1] if t.dep_ != "det"), token)
                return _token_range_chars(doc, first.i, token.i)
        # (a said-in noun may also be an outlet's name: "told the Washington Post")
        if token.head.i == cue.i and token.i != cue.i:
            if token.dep_ in ("dobj", "dative") and cue.lower_ in ("told", "tells", "tell", "telling"):
                if (found := _medium_name(token) or _own_outlet(token, ctx)) is not None:
                    return found
            elif token.dep_ == "prep" and token.lower_ in ("on", "to", "in"):
                for obj in token.children:
                    # ("in" only before a media noun: "reported in the journal Nature", not "said in Parliament")
                    if obj.dep_ == "pobj" and (token.lower_ != "in" or obj.lower_ in _MEDIA_NOUNS) and \
                            (found := _medium_name(obj)) is not None:
                        return found
            elif token.dep_ == "advcl" and token.lower_ in ("speaking", "talking", "asked", "taking", "posting"):
                # "Speaking to the BBC, Liz Truss said …", "Asked on public broadcaster ZDF whether …,
                # Merz answered" (an outlet: not "Asked by Starnes", the host), "Taking to Instagram,
                # Kaycee wrote" (an outlet or a platform only: not "taking to the streets")
                for obj in (g for prep in token.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "with", "on", "by")
                            for g in prep.children if g.dep_ == "pobj"):
                    if (found := _medium_name(obj)) is not None and \
                            (token.lower_ in ("speaking", "talking") or _names_an_outlet(ctx.text[found[0]:found[1]])):
                        return found
                # ("Speaking to Xinhua, Brazilian ambassador … said", the parser hanging the
                # speaker on "to" and the outlet on him: the words up to the comma)
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i == token.i + 1):
                    comma = next((t.i for t in doc[prep.i + 1:min(len(doc), prep.i + 7)] if t.text == ","), None)
                    if comma is not None and comma > prep.i + 1 and (found := _listed_outlet(doc, prep.i + 1, comma - 1)) is not None:
                        return found
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.pos_ == "VERB" and cue.head.i < cue.i:
        # "In an interview with Der Spiegel …, Klingbeil went further, saying that …": where the
        # verb the participle goes on from was said
        return _medium(cue.head, excluded | {t.i for t in cue.subtree}, ctx)
    return None


# How names of peoples end ("Russian", "Chinese", "British", "Icelandic", "Israeli"): no outlet's name.
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i", "ch")


def _is_trailing_relay(token: Token) -> bool:
    """", TASS reports" / ", Reuters reported" hanging as the complement of an earlier cue."""
    head = token.head
    if token.dep_ not in _CONTENT_DEPS or token.lower_ not in _RELAY_CUES or token.i <= head.i:
        return False  # (before the subject is looked for: most complements are no relay)
    subject = _subject(token)
    # Not "said that no injuries had been reported": a passive verb or a that-clause is what was
    # said; nor "Ms Hale said she had reported the guest …": a relay's source is set off by a comma.
    return (subject is not None and subject.dep_ == "nsubj" and not _has_that(token)
            and subject.left_edge.i > 0 and token.doc[subject.left_edge.i - 1].text in _RELAY_OPENERS
            and _subject(head) is not None and head.pos_ in ("VERB", "AUX"))


_RELAY_OPENERS = frozenset({",", "—", "–", "-", "(", ";", "\"", "”", "'", "’"})


def _trailing_relay(doc: Doc, last: int, sent: Span, cue_index: int = -1) -> tuple[int, int] | None:
    """The source of a trailing ", TASS reports" / ", Reuters reported" after an attribution
    (`cue_index`: the claim's own verb, which relays nothing: "…, the Financial Times reported")."""
    # (the content may end with the relaying verb itself, its subject hung elsewhere)
    for token in doc[max(last, sent.start):sent.end]:
        if token.lower_ not in _RELAY_CUES or token.lower_ == "according":
            continue
        subject = _subject(token)
        if subject is None and token.lower_ in ("reports", "reported") and (named := _relay_named_before(token, sent)) is not None:
            return named
        if token.i == last and (subject is None or token.lower_ not in ("reports", "reported") or token.i == cue_index):
            continue
        # (set off by a comma, and active: in "explain why a fire was not reported for six hours"
        # the fire relays nothing; the content may have run on to the relaying verb, its subject
        # after the comma: "…, Russian state news agency TASS reported")
        if subject is None or (subject.i <= last and token.i != last) or subject.dep_ == "nsubjpass":
            continue
        first = subject.left_edge.i
        # (after the media noun that describes it: "…, Russian state news agency TASS reported",
        # parsed with the noun apart from the name)
        described = first
        floor = last if token.i != last else sent.start
        while described - 1 > floor and doc[described - 1].text != "," and (
                doc[described - 1].lower_ in _MEDIA_NOUNS or doc[described - 1].dep_ in ("det", "amod", "compound")):
            described -= 1
        if described < first and any(t.lower_ in _MEDIA_NOUNS for t in doc[described:first]):
            first = described
        set_off_by = doc[first - 1]
        if set_off_by.lower_ in (",", ";", "(", "as") or set_off_by.text in _DASHES | _DOUBLE_MARK_TOKENS:
            return _token_range_chars(doc, *_speaker_tokens(subject))
    return None


def _relay_named_before(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The body named between a comma and a relaying verb that ends the sentence with no subject
    the parser found: "…, the News Agency of Nigeria (NAN) reported." (the name hung on a noun
    of what was said) → News Agency of Nigeria."""
    doc = verb.doc
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1:sent.end]):
        return None
    comma = next((t for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma.i > 10:
        return None
    phrase = [t for t in doc[comma.i + 1:verb.i] if t.dep_ != "det"]
    name = list(itertools.takewhile(lambda t: t.text != "(", phrase))
    if not name or not all(t.pos_ == "PROPN" or (t.lower_ in ("of", "for") and 0 < k < len(name) - 1) for k, t in enumerate(name)) or \
            not all(t.text in ("(", ")") or t.pos_ == "PROPN" for t in phrase[len(name):]) or \
            not any(t.ent_type_ == "ORG" or t.lower_ in _MEDIA_NOUNS for t in name):
        return None
    return _token_range_chars(doc, name[0].i, name[-1].i)


def _ends_sentence(doc: Doc, last: int, sent: Span) -> bool:
    """Whether only punctuation, or a relaying clause (", TASS reports"), follows token `last`."""
    rest = [t for t in doc[last + 1:sent.end] if not (t.is_punct or t.is_space)]
    return len(rest) <= 3


# Verbs whose subject belongs to the infinitive after them, not to them: "the language seemed to
# reverberate" says nothing, "she seemed to suggest that …" is hers only through "suggest".
_RAISING_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared", "tend", "tends", "tended"})


def _raises_no_report(token: Token, cues: CueLexicon, categories: Mapping[str, str]) -> bool:
    """A raising verb ("seemed", "appears", "tends") before an infinitive that is no verb of saying
    or believing: "college price tags seem to start at six figures", "Melania appeared to have
    vanished" are the writer's impressions, not what the subject said. Before a cue ("seemed to
    suggest that …") the cue makes the claim itself."""
    if token.lower_ not in _RAISING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.children):
        return True  # "Tinseltown, it seems, likes …": the writer hedging
    infinitive = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i), None)
    if infinitive is None:
        return False
    if _is_cue(infinitive, cues) and any(c.dep_ in _CONTENT_DEPS for c in infinitive.children):
        return True
    return categories.get(infinitive.lower_) not in ("speech", "belief")


# Verbs that list what something holds: "Other nominees include Maroon5, OutKast …", "Their
# albums include Who's Next" (15 claims on 2,092 BBC articles, none said by anyone).
_LISTING_FORMS = frozenset({"include", "includes", "included", "including", "contain", "contains", "contained", "comprise",
                            "comprises", "comprised"})
# What "make" turns into a statement right after it: "made it clear that …", "made a prediction
# that …", "made no mention of …".
_MADE_STATEMENTS = frozenset({"clear", "plain", "prediction", "predictions", "comment", "comments", "remark", "remarks", "statement",
                              "statements", "claim", "claims", "promise", "promises", "pledge", "point", "case", "argument",
                              "announcement", "complaint", "complaints", "allegation", "allegations", "suggestion", "appeal", "plea",
                              "threat", "threats", "warning", "call", "calls", "demand", "demands", "request", "admission",
                              "accusation", "accusations", "vow", "commitment", "speech", "reference", "mention", "joke", "jokes",
                              "apology", "offer", "proposal", "assurances", "assurance", "forecast", "estimate", "condemnation",
                              "criticism", "criticisms", "denial", "attack", "attacks"})
# Verbs that say something only with one of these words right after them (within so many words):
# "made it clear that …" but not "made his Davis Cup debut"; "as he put it" but not "the date
# was put back"; "hit out at" but not "the tax hit their relatives".
_STATEMENT_ONLY_WITH: dict[str, tuple[frozenset[str], int]] = {
    **dict.fromkeys(("make", "makes", "made", "making"), (_MADE_STATEMENTS, 4)),
    **dict.fromkeys(("put", "puts", "putting"), (frozenset({"it", "forward", "forth", "out"}), 2)),
    **dict.fromkeys(("hit", "hits", "hitting"), (frozenset({"out", "back"}), 2)),
}


def _makes_no_statement(token: Token) -> bool:
    """"Made his Davis Cup debut", "made it easier for people to …", "made him one of hip-hop's
    biggest stars": of 84 BBC claims by "made", 70 were deeds or causes (`_STATEMENT_ONLY_WITH`)."""
    needed = _STATEMENT_ONLY_WITH.get(token.lower_)
    if needed is None:
        return False
    words, window = needed
    doc = token.doc
    return not any(t.lower_ in words for t in doc[token.i + 1:min(len(doc), token.i + 1 + window)])


# Verbs of consequence: "The acquisition meant its sales grew 57%", "Skype allows people to make
# free calls" (of 81 BBC claims by them, all but a handful were the writer's causes and features);
# and of sequence: "The move follows a Law Lords judgement that …" (6 BBC claims, none a statement).
_CONSEQUENCE_FORMS = frozenset({"mean", "means", "meant", "allow", "allows", "allowed", "allowing", "follow", "follows", "followed"})


def _causes_no_statement(token: Token) -> bool:
    """A verb of consequence says something only with a person as subject ("he meant there was no
    chance …"): a thing, a law or a product that "means" or "allows" something says nothing."""
    if token.lower_ not in _CONSEQUENCE_FORMS:
        return False
    return not _speaks_as_person(_subject(token))


_SEE_FORMS = frozenset({"see", "sees", "saw", "seen", "seeing"})
_WITNESS_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _lives_through(token: Token) -> bool:
    """"DaimlerChrysler saw sales rise 8%", "this will see its workforce trimmed", "2004 saw …":
    a firm, a year or a plan that sees something happen lives through it and says nothing. (A
    witness who saw someone draw a gun, or someone who sees X as Y, does say something.)"""
    if token.lower_ not in _SEE_FORMS:
        return False
    # (a bare verb the tagger took for a noun: "… saw Shane Williams scamper over")
    event = any(c.dep_ in ("ccomp", "xcomp") and c.i > token.i and (c.tag_ in ("VB", "VBP", "VBN") or (c.dep_ == "ccomp" and c.tag_ == "NN"))
                and not any(g.dep_ == "mark" for g in c.children) for c in token.children)
    if not event:
        return False
    return not _speaks_as_person(_subject(token), plural_nouns=True)


def _speaks_as_person(subject: Token | None, plural_nouns: bool = False) -> bool:
    """Whether a verb's subject is someone who can say something: a personal pronoun, a named
    person, or with `plural_nouns` people described ("witnesses saw …")."""
    return subject is not None and (subject.lower_ in _WITNESS_PRONOUNS or subject.ent_type_ == "PERSON"
                                    or (plural_nouns and subject.tag_ == "NNS"))


# "continued" is a cue alone ("…,” he continued), an aspect before a verb: "the sector continued
# to suffer", "continued to insist that …" (a claim of "insist"). None of PolNeAR's 41
# attributions with the cue "continued" is an infinitive.
_ASPECT_FORMS = frozenset({"continue", "continues", "continued", "continuing"})


def _continues_speech(ctx: _Context, cue: Token, content_start: int) -> bool:
    """Whether "continued" continues what someone says: a quotation or a part of one ("…," he
    continued; He continued: "…"), or a "that" clause ("She continued that an FBI official …"):
    PolNeAR train's 44 such attributions, none with other content. "The fight continued outside,
    where …" goes on."""
    if content_start < cue.idx:  # ('But the 777 "is a niche player", Mr Learmount continued'; not "… and dissent continues")
        return any(content_start <= quote.start < cue.idx for quote in ctx.quotes)
    between = ctx.text[cue.idx + len(cue.text):content_start]
    quote = ctx.quote_at(content_start)
    return (quote is not None and quote.start == content_start) or ":" in between or \
        ctx.text[content_start:content_start + 5].casefold() == "that "


def _only_aspect(token: Token) -> bool:
    """Whether a verb only marks the aspect of the verb after it ("continued to suffer")."""
    return token.lower_ in _ASPECT_FORMS and any(c.dep_ == "xcomp" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                                                 for c in token.children)


# "providing"/"provided" as a conjunction: "were handed a home tie, providing the Hammers come
# through their replay" sets a condition.
_CONDITION_FORMS = frozenset({"providing", "provided"})


def _sets_a_condition(token: Token) -> bool:
    """Whether "providing"/"provided" only means "if": no subject or object of its own."""
    return token.lower_ in _CONDITION_FORMS and not any(c.dep_ in _SUBJECT_OR_OBJECT_DEPS for c in token.children)


# "went hiking", "goes shopping": an outing, not something said ("went on to say …" is a claim of "say").
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})


def _goes_doing(token: Token) -> bool:
    """Whether "went" is followed by the gerund of what was done ("He went hiking in South America")."""
    return token.lower_ in _GO_FORMS and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == token.i + 1 for c in token.children)


def _forms(*stems: str) -> frozenset[str]:
    """A verb's written forms from its base and its -s, -ed and -ing forms, given as "base/s/ed/ing"."""
    return frozenset(form for stem in stems for form in stem.split("/"))


_QUESTION_WORDS = frozenset({"how", "what", "whether", "when", "where", "why"})
_OPEN_QUESTION_WORDS = _QUESTION_WORDS | {"if", "which", "who", "whom"}
# Verbs of looking into something: with a question after them ("investigating whether …",
# "will decide if …", "to see if …", "finding out how …") they tell of a question still open,
# not of anything found or said.
_INQUIRY_FORMS = _forms("investigate/investigates/investigated/investigating", "study/studies/studied/studying",
                        "examine/examines/examined/examining", "explore/explores/explored/exploring",
                        "review/reviews/reviewed/reviewing", "consider/considers/considered/considering",
                        "assess/assesses/assessed/assessing", "determine/determines/determined/determining",
                        "decide/decides/decided/deciding", "discuss/discusses/discussed/discussing",
                        "debate/debates/debated/debating", "see/sees/seeing", "check/checks/checked/checking",
                        "test/tests/tested/testing", "probe/probes/probed/probing", "research/researches/researched/researching",
                        "monitor/monitors/monitored/monitoring", "establish/establishes/established/establishing",
                        "weigh/weighs/weighed/weighing", "ponder/ponders/pondered/pondering",
                        "evaluate/evaluates/evaluated/evaluating", "analyse/analyses/analysed/analysing",
                        "analyze/analyzes/analyzed/analyzing", "find/finds/finding", "work/works/working", "look/looks/looking")
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves"})


def _looks_into(token: Token) -> bool:
    """Whether a verb of looking into something, still under way or to come, has an open question
    for its content: "The FSA has been investigating whether investors were misled", "the council
    will meet to decide whether to proceed", "a team is finding out how robots should react". (Done,
    it reports what was covered: "Rhodes discussed how …", "The film explores how …"; and a verb of
    saying or believing with such a clause, "explained how …", "doubted whether …", is another matter.)"""
    if token.lower_ not in _INQUIRY_FORMS or token.tag_ not in ("VB", "VBG"):
        return False
    if token.lower_ in _SEE_FORMS and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in token.children) and \
            any(c.dep_ in ("ccomp", "dobj") and c.left_edge.lower_ in ("why", "how") for c in token.children):
        return False  # "You can see why the channel seems biased": seeing the reason, not looking into it
    doc = token.doc
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.lower_ in ("out", "into", "at") and child.i == token.i + 1:
            child = next((c for c in child.children if c.dep_ in ("pcomp", "pobj")), child) if child.dep_ == "prep" else child
            following = doc[child.i + 1] if child.dep_ == "prt" and child.i + 1 < len(doc) else child.left_edge
            if following.lower_ in _OPEN_QUESTION_WORDS:
                return True  # "finding out how …", "looking into whether …"
        if child.dep_ in ("ccomp", "xcomp", "dobj", "advcl") and child.i > token.i and child.left_edge.lower_ in _OPEN_QUESTION_WORDS \
                and (child.dep_ != "advcl" or child.left_edge.lower_ in ("if", "whether")):
            return True
    return False


_FIND_FORMS = frozenset({"find", "finds", "found", "finding"})


def _finds_oneself(token: Token) -> bool:
    """"The prime minister found himself struggling", "users find themselves redirected": where
    someone ends up, not a finding."""
    return token.lower_ in _FIND_FORMS and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _REFLEXIVES


# Every form one of the rules above may rule out: other verbs skip them with one look-up.
_SAYS_NOTHING_FORMS = _RAISING_VERBS | _LISTING_FORMS | frozenset(_STATEMENT_ONLY_WITH) | _CONSEQUENCE_FORMS | _SEE_FORMS | \
    _ASPECT_FORMS | _CONDITION_FORMS | _GO_FORMS | _INQUIRY_FORMS | _FIND_FORMS

# What opens a participle clause with no subject ("when asked to do so by police", "if elected").
_CLAUSE_OPENERS = frozenset({"when", "if", "unless", "once", "until", "as", "while", "though", "although", "whenever"})
# Participles of questioning that open a sentence: the question was put to the subject.
_QUESTION_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})


def _reduced_clause(token: Token) -> bool:
    """"… leaving his car when asked to do so by police", "When asked about the vote, he said …",
    "Asked whether he would stand again, the minister declined": a past participle opening a
    clause of time or condition, or a question put to the subject, is what was done to someone
    named elsewhere; it says nothing of its own (unless it names who did it: "When pressed by
    Holt about how he would …" is Holt's question). So does a question's participle set off
    after the one asked ("Speaker Mark Delaney, asked whether he would allow a vote, said")."""
    # (a question's participle opening the sentence is one though tagged a past tense: "Asked
    # whether he had spoken to the player, the Dane replied", "Asked" a VBD after a paragraph)
    doc = token.doc
    opens_question = token.lower_ in _QUESTION_PARTICIPLES and token.i == token.sent.start
    no_doer = not any(c.dep_ in _DOER_DEPS for c in token.children)
    if token.lower_ in _QUESTION_PARTICIPLES and token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "advcl") and no_doer and \
            token.i > 0 and doc[token.i - 1].text == "," and token.right_edge.i + 1 < len(doc) and doc[token.right_edge.i + 1].text == ",":
        # "Speaker Mark Delaney, asked on Tuesday whether he would allow a vote, said …": set off
        # after the one asked (not "Writer Neil Coppendale, from West Sussex, asked of the war: …")
        return True
    return (token.tag_ == "VBN" or (token.tag_ == "VBD" and opens_question)) and token.dep_ == "advcl" and no_doer and \
        (any(c.lower_ in _CLAUSE_OPENERS and c.i < token.i and c.dep_ in ("advmod", "mark") for c in token.children)
         or opens_question)  # "Asked whether he would stand, …"


# (Not "which" and "whom": "an agreement, according to which …" names its source.)


def _next_word(token: Token, ahead: int = 1) -> str | None:
    """The word `ahead` tokens after `token` as written, if any ("WHO" is no "who")."""
    i = token.i + ahead
    return token.doc[i].text if i < len(token.doc) else None


def _says_nothing(token: Token, cues: CueLexicon, categories: Mapping[str, str]) -> bool:
    """Whether a verb that could be a cue says nothing here: a raising verb, a list, a deed or a
    cause, something lived through, an aspect, a condition, an outing, a participle clause of
    time, a title, the writer's aside, a gerund that is a clause's subject, a comparison (the
    rules above and below)."""
    form = token.lower_
    if _reduced_clause(token) or _in_a_title(token) or _writers_aside(token):  # (any verb)
        return True
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "can cut crime without asking people to pay more taxes": what is not done
    if token.tag_ == "VBG" and token.dep_ in ("csubj", "csubjpass"):
        return True  # "that talking to the public is better than …", "Telling people that it works is not enough": an act, talked about
    if _next_word(token) in ("apart", "aside") and _next_word(token, 2) in (".", ",", ";", ")"):
        return True  # "…, one Ben Kay charge apart.": a noun before "apart" (except for it), tagged a verb
    if form == "adding" and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children):
        return True  # "…, Jones adding the conversion": a score added, after a clause of its own (not "…, he adding that …")
    if _left_unsaid(token, categories) or _quotes_as_saying(token) or _says_who_one_is(token):
        return True  # (the second: the one quoted says it, see `_quoted_as_saying`)
    if _asks_for_anonymity(token):
        return True  # "a resident, who asked not to be named, told AFP": a condition of speaking, not what was said
    if token.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children) and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "is weighing whether to ask the Supreme Court to intervene": what may be said, not yet said
    if form in ("compared", "according") and _next_word(token) in ("to", "with") and \
            (form == "compared" or _next_word(token, 2) in _QUESTION_WORDS):
        return True  # "sales rose 1.2%, compared to 0.1% a month earlier", "according to how long he spends …"
    return form in _SAYS_NOTHING_FORMS and (
        form in _LISTING_FORMS or _raises_no_report(token, cues, categories) or _lives_through(token)
        or _makes_no_statement(token) or _causes_no_statement(token) or _only_aspect(token) or _sets_a_condition(token)
        or _goes_doing(token) or _looks_into(token) or _finds_oneself(token))


# Participles of being named: "asked not to be named", "requested not to be identified" (forms:
# the pipeline runs without the lemmatizer).
_NAMED_FORMS = frozenset({"named", "identified", "quoted", "cited"})


def _asks_for_anonymity(token: Token) -> bool:
    """"who asked not to be named", "requested not to be identified", "who declined to be named":
    the request that makes a source anonymous, which the sentence then quotes."""
    declines = token.lower_.startswith(("declin", "refus"))
    return (declines or token.lower_.startswith(("ask", "request"))) and any(
        c.dep_ == "xcomp" and c.lower_ in _NAMED_FORMS and (declines or any(g.dep_ == "neg" for g in c.children)) for c in token.children)


def _says_who_one_is(token: Token) -> bool:
    """"whether an individual is who they say they are", "not what he said it was": the clause
    reported is a bare "they are" whose complement is the "who" or "what" before the verb, an
    identity talked about."""
    if token.i < 2 or token.doc[token.i - 2].lower_ not in ("who", "what"):
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    return clause is not None and clause.lemma_ == "be" and \
        not any(c.dep_ in ("attr", "acomp", "xcomp", "ccomp", "prep", "dobj", "oprd") and c.i != token.i - 2 for c in clause.children)


def _left_unsaid(token: Token, categories: Mapping[str, str]) -> bool:
    """Whether a verb of saying tells of something not said: "it failed to disclose how …",
    "declined to say whether anyone had been arrested", "is still to announce which …", "has yet
    to say", "would not confirm if …": what follows is a question left open, not what anyone
    said. (The refusal itself, "declined to say …", stays a stance, as PolNeAR counts it.)"""
    if categories.get(token.lower_) != "speech":
        return False
    if token.dep_ == "xcomp" and token.head.lower_ in _NOT_DOING and token.i > token.head.i:
        return True
    if any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "ccomp" and c.i > token.i and (c.left_edge.lower_ in ("if", "whether") or c.left_edge.tag_ in ("WDT", "WP", "WRB"))
            for c in token.children):
        return True  # "designers would not confirm if Windows was among those tested", "did not say when …"
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ == "to" and doc[token.i - 2].lower_ in ("yet", "still")


# Verbs of not doing: a verb of saying after them says nothing.
_NOT_DOING = frozenset({"fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline", "declines",
                        "declined", "declining", "neglected", "omitted"})


def _in_a_title(token: Token) -> bool:
    """"Band Aid's remake of Do They Know It's Christmas", "the film Say Anything": a verb written
    with a capital right after a word, not at a sentence's start, is part of a title or a name."""
    return token.text[:1].isupper() and token.i > 0 and not token.is_sent_start and token.doc[token.i - 1].is_alpha


# Set phrases with a verb of saying that only link the writer's sentences ("That said, the
# graphics are excellent"): the words before the verb, and after it up to the comma.
_DISCOURSE_MARKERS = frozenset({("that", "", ","), ("this", "", ","), ("that being", "", ","), ("having", "that", ","),
                                ("having", "this", ","), ("needless to", "", ","), ("suffice it to", "", ","),
                                ("suffice to", "", ","), ("that is to", "", ",")})


def _discourse_marker(cue: Token) -> bool:
    """Whether "said"/"say" is part of a linking phrase at the head of a sentence ("That said,",
    "Having said that,", "Needless to say,"): no one says anything."""
    doc = cue.doc
    # (the sentence's start, looked for only as far back as a marker reaches: `Token.sent` walks the whole sentence)
    start = next((k for k in range(cue.i, max(cue.i - 4, -1), -1) if doc[k].is_sent_start), None)
    if start is None:
        return False
    before = " ".join(t.lower_ for t in doc[start:cue.i])
    after = list(doc[cue.i + 1:min(len(doc), cue.i + 3)])
    if after and after[0].text == ",":
        return (before, "", ",") in _DISCOURSE_MARKERS
    return len(after) == 2 and after[1].text == "," and (before, after[0].lower_, ",") in _DISCOURSE_MARKERS


# Adjectives with an infinitive whose doer is no one in the sentence: "it is hard to say whether
# …", "it's safe to say that …", "it's worth noting that …" (the writer's own voice).
_IMPERSONAL_ADJECTIVES = frozenset({"hard", "difficult", "easy", "impossible", "possible", "safe", "fair", "unfair", "worth",
                                    "important", "interesting", "notable", "premature", "early", "reasonable", "accurate",
                                    "tempting", "true", "wrong", "right", "needless", "wise", "fitting"})


# Verbs that tell of a question asked: "He wondered, …, what would happen?" is his question.
_ASKING_FORMS = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "question",
                           "questions", "questioned", "questioning", "query", "queries", "queried", "inquire", "inquired",
                           "enquire", "enquired"})
# Questions opened so ask about a statement made ("Why do people say we are lazy?" says they do).
_PRESUPPOSING_WORDS = frozenset({"why", "how", "when", "where"})


def _sentence_ends_asking(ctx: _Context, i: int) -> bool:
    """Whether the sentence of the `i`-th token ends with a question mark (quoted or not): a look
    at the text, before `_in_writers_question` parses anything."""
    following = sentence_index(ctx.sentence_starts, i) + 1
    end = ctx.token_starts[ctx.sentence_starts[following]] if following < len(ctx.sentence_starts) else len(ctx.text)
    return "?" in ctx.text[max(0, end - 12):end].rstrip()[-3:]  # (a closing mark may follow it)


def _in_writers_question(cue: Token) -> bool:
    """Whether the verb stands in a question the sentence asks, not in a statement: "will those
    briefers suggest …?", "Does anyone else think …?", "should we be surprised if she decides …?",
    "Who is to decide …?", "how many tourists … consider that …?". No one said it. ("Why do
    people say …?" and "How dare they suggest …?" take the saying as given, and a verb of asking
    tells of a question someone asked.)"""
    sentence = cue.sent
    last = sentence[-1]
    while last.i > sentence.start and (last.is_space or last.is_quote):
        last = cue.doc[last.i - 1]
    if last.text != "?" or (last.i + 1 < sentence.end and cue.doc[last.i + 1].is_quote) or cue.lower_ in _ASKING_FORMS:
        return False  # (a "?" before a closing mark ends a quoted question)
    node = cue
    while True:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") or subject.left_edge.tag_ in ("WP", "WDT", "WRB"):
                return True  # "Who is to decide …", "how many tourists … consider …"
            if any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in node.children):
                # "will they suggest …?" asks; "why do they say …?" does not, if it says what they say
                # ("how do you say basketball?" asks: no clause after it)
                return not (any(t.tag_ == "WRB" and t.lower_ in _PRESUPPOSING_WORDS for t in cue.doc[sentence.start:subject.i])
                            and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children))
        if node.dep_ in ("relcl", "ROOT") or node.head is node:
            return False
        node = node.head


def _writers_aside(cue: Token) -> bool:
    """Whether a non-finite verb of saying is the writer's aside, said by no one: "it is hard to
    say whether …", "it's worth noting that …", "that is not to say …", "it goes without saying
    that …" (the parser gives such verbs no subject and "it" became the speaker)."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.lower_ == "without" and head.head.lower_ in _GO_FORMS:
        return True
    if cue.dep_ != "xcomp":
        return False
    verb = head.head if head.dep_ == "acomp" else head
    adjective = head if head.dep_ == "acomp" else next((c for c in verb.children if c.dep_ == "acomp" and c.i < cue.i), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if verb.lower_ not in _BE_FORMS or subject is None:
        return False
    if subject.lower_ == "it" and adjective is not None:
        return adjective.lower_ in _IMPERSONAL_ADJECTIVES
    return subject.lower_ in ("that", "this", "which") and any(c.dep_ == "neg" for c in (*verb.children, *cue.children))


def _is_cue(token: Token, cues: CueLexicon) -> bool:
    if _is_according(token):
        return True
    return token.lower_ in cues and token.pos_ == "VERB"


def _belief_after_its_clause(token: Token, categories: Mapping[str, str]) -> bool:
    """"It is a battle Yahoo is winning, he believes.": a verb of belief closing the sentence after
    the clause it reports attributes that clause as a verb of saying would, whether or not beliefs
    are cues (before its clause, "believes that …", it is left to the learned constructions)."""
    if token.dep_ != "ROOT" or token.pos_ != "VERB" or categories.get(token.lower_) != "belief":
        return False
    children = list(token.children)
    return any(c.dep_ == "ccomp" and c.i < token.i for c in children) and \
        any(c.dep_ == "nsubj" and c.i < token.i and c.lower_ != "i" for c in children) and \
        not any(c.i > token.i and not c.is_punct for c in children)  # (", I think.": the writer's own view)


_FINITE_OR_BASE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})


def _in_hyphenated_word(token: Token, text: str) -> bool:
    """A verb form that is part of a hyphenated word ("so-called", "well-known", "co-ordinate",
    tokenised "co" "-" "ordinate"): no verb of its own."""
    start, end = token.idx, token.idx + len(token.text)
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-")


def _purpose_of_object(cue: Token, draft: _Draft) -> bool:
    """Whether a stance's infinitive after its object says what the object is for, not what
    anyone holds: "Yukos will seek further legal remedies to prevent the break-up", "using
    satellite imagery to produce maps", "rejoined the band to play Live Aid" (not "urged the
    government to act", "tipped Wales to win": `_OBJECT_INFINITIVE_STEMS`)."""
    if cue.lower_.startswith(_OBJECT_INFINITIVE_STEMS):
        return False
    doc = cue.doc
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.left_edge.lower_ == "to"
                       and c.left_edge.idx == draft.start), None)
    # (not a count taken for an object: "The Senate voted 70 to 20 to send the bill back")
    return infinitive is not None and doc[infinitive.left_edge.i - 1].dep_ != "prep" and \
        any(c.dep_ == "dobj" and cue.i < c.i < infinitive.left_edge.i and not c.like_num for c in cue.children)


def _quoted_phrase_alone(draft: _Draft, ctx: _Context, min_words: int) -> bool:
    """Whether the content is nothing but a quotation of fewer than `min_words` words without a
    finite or bare verb: a phrase quoted ('calling award shows "idiotic"', 'rely on one "secret
    weapon"'), not a sentence said ('chanting "Hands up, don't shoot."')."""
    if len(draft.fragments) != 1:
        return False
    quote = ctx.quote_at(draft.start)
    if quote is None or quote.start != draft.start or quote.end < draft.end - 1 or \
            len(ctx.text[draft.start:draft.end].split()) >= min_words:
        return False
    doc = ctx.doc
    before = ctx.text[max(0, quote.start - 3):quote.start].rstrip(" \t")
    if draft.inverted and quote.closed and _closing_punctuation(ctx, quote) in (",", "!", "?") and \
            (not before or before[-1] in "\n.!?"):
        return False  # (an utterance opening the sentence, its attribution after it: `"Quiet," he demanded`)
    # (A participle is no sentence: '"baffling"', '"satisfied"'.)
    return not any(t.tag_ in _FINITE_OR_BASE_TAGS for t in doc[ctx.token_at(draft.start):ctx.token_at(draft.end - 1) + 1])


# --------------------------------------------------------------------------- pass 3: quotations
def _document_title(ctx: _Context, quote: QuoteSpan) -> bool:
    """A quotation of four words or more in title case: a document's or a work's title, not words said."""
    inner = _between_marks(ctx, quote).strip()
    words = inner.split()
    # (not a sentence said to someone: '"Mr. Vice President, I'm speaking."')
    if inner.endswith((".", ",", "!", "?")) or any(w.strip(".,;:!?").lower() in _FIRST_PERSON_WORDS for w in words):
        return False
    return len(words) >= 4 and _title_cased(words)


_FIRST_PERSON_WORDS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "we", "we're", "we’re", "my", "our"})


def _looks_like_title_or_nickname(ctx: _Context, quote: QuoteSpan, min_words: int) -> bool:
    inner = _between_marks(ctx, quote)
    words = inner.split()
    if len(words) < min_words:
        return True
    before = ctx.text[max(0, quote.start - 40):quote.start].lower().split()
    if before and before[-1].strip(",:") in _TITLE_WORDS:
        return True
    if _cited_work(ctx.text, quote.start, quote.end, inner):
        return True
    return _title_cased(words)


_KNOW_FORMS = frozenset({"know", "knew", "known", "knows", "knowing"})


def _known_as_a_name(verb: Token, ctx: _Context) -> bool:
    """Whether a form of "know" names someone or something "as" a quoted name of up to four words
    ("knew him as "Danny Wheels"", "is known as "the Beast""): a name given, not what anyone said."""
    if verb.lower_ not in _KNOW_FORMS:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or (quote := ctx.quote_at(obj.idx)) is None:
                continue
            if quote.start <= obj.left_edge.idx and len(_between_marks(ctx, quote).split()) <= 4:
                return True
    return False


def _names_a_thing(draft: _Draft, ctx: _Context) -> bool:
    """Whether a claim of no one is only a quotation naming a campaign, a plan or a work (`_NAMED_THING_AFTER`):
    "The SES's long-running "If it's flooded, forget it" campaign has been repeated" quotes no one."""
    if draft.speaker is not None or len(draft.fragments) != 1 or (quote := ctx.quote_at(draft.start)) is None or \
            (quote.start, quote.end) != (draft.start, draft.end):
        return False
    return _NAMED_THING_AFTER.match(ctx.text, quote.end) is not None and \
        not _between_marks(ctx, quote).rstrip(" '’\"”").endswith((".", "!", "?"))


_NAMED_THING_AFTER = re.compile(r"[ \t]+(?:campaign|slogan|motto|initiative|scheme|programme|program|project|hashtag|movement|"
                                r"policy|plan|strategy|doctrine|operation|tour|album|song|single|film|series|show|award|prize|"
                                r"festival|rally|law|bill)s?\b")


def _title_cased(words: Sequence[str]) -> bool:
    """Whether up to twelve words are written as a title: most of them capitalised."""
    # (small words and numbers stay lower case in a title: "State of Agricultural Commodity Markets 2004")
    counted = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS and not w.strip(".,;:!?").isdigit()]
    capitalised = sum(1 for w in counted if w[:1].isupper())
    return len(words) <= 12 and len(counted) >= 2 and capitalised >= 0.8 * len(counted)


# A headline with its byline (`"Morrison is leaving 'Neverland,'" by Times' Michael Paulson:`,
# a newsletter's links) or a source cited in brackets (`("Romney blasts Trump," USATODAY.com,
# Thursday)`, a reader's letter).
_BYLINE_AFTER = re.compile(r",?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]*(?:[:(]|https?:|$)",
                           re.MULTILINE)
_CITATION_AFTER = re.compile(r",?[ \t]*[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4},[ \t]*[\w ,]{1,30}\)")
# A piece of writing named in apposition: `Ouisa Davis' commentary, "Melania, tell your immigrant
# story," is very thoughtful`.
_WRITING_NOUNS = frozenset({"commentary", "column", "op-ed", "essay", "editorial", "piece", "article", "letter", "story",
                            "report", "headline", "book", "speech"})
_CONTINUES_SENTENCE = re.compile(r"[ \t]+[a-z]")


def _cited_work(text: str, start: int, end: int, inner: str) -> bool:
    """Whether a quotation is the title of a piece of writing: followed by its byline, inside a
    citation in brackets, or in apposition to a noun of writing, the sentence going on after it."""
    ends_with_comma = inner.rstrip(" '’\"”").endswith(",")  # (inside a quotation of its own too: `'Neverland,'"`)
    if (ends_with_comma or text.startswith(",", end)) and _BYLINE_AFTER.match(text, end):
        return True  # (not `called it "reckless and wrong," by Senator Smith's account`: a byline ends its line or opens a link)
    if text[max(0, start - 1):start] == "(" and _CITATION_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30):start]
    noun = before.rstrip().split()[-1] if before.strip() else ""
    return noun.endswith(",") and noun[:-1].lower() in _WRITING_NOUNS and ends_with_comma and \
        _CONTINUES_SENTENCE.match(text, end) is not None


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "vs"})


def _quoted_sentence(ctx: _Context, start: int, end: int) -> bool:
    """Whether a span is a quotation that opens like a sentence (a capital letter first)."""
    quote = ctx.quote_at(start)
    if quote is None or quote.start != start:
        return False
    first = next((ch for ch in ctx.text[start:end] if ch.isalpha()), "")
    return first.isupper()


def _is_name_in_quotes(ctx: _Context, quote: QuoteSpan) -> bool:
    """A quotation of two to six words all capitalised names something ("the “Kiss & Fly” section")."""
    words = [w for w in _between_marks(ctx, quote).split() if any(ch.isalpha() for ch in w)]
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words)


def _covered(draft_spans: list[tuple[int, int]], quote: QuoteSpan) -> bool:
    length = quote.end - quote.start
    return any(min(end, quote.end) - max(start, quote.start) > 0.5 * length for start, end in draft_spans)


def _merge_split_quotes(drafts: list[_Draft], ctx: _Context, min_words: int, cues: CueLexicon) -> None:
    """`"…," he said. "…" "…"`: quotations later in the paragraph that no other cue claims
    continue the turn of a claim; they are one claim (one annotation in PolNeAR)."""
    taken = [f for d in drafts for f in d.fragments]
    cue_starts = sorted(d.cue_start for d in drafts if d.cue_start is not None)
    for draft in sorted(drafts, key=lambda d: d.start):
        if draft.cue_token is None:
            continue
        # A claim ending in reported words goes on only in a quotation opening the next sentence
        # (`Clinton said she was "looking for a team." "And I'm not ruling anybody out."`: one
        # annotation in PolNeAR), not in one later in its own ("X said that A, and …").
        reported = ctx.quote_at(draft.end - 1) is None
        if reported and (draft.unnamed_asker or ctx.text[draft.cue_start:draft.cue_end].lower().startswith("ask")):
            continue  # a question put: the quotation after it is the answer
        paragraph = ctx.paragraph_of(draft.start)
        # Claims inside its attribution are no new turn ("“…,” Smith said, a day after the
        # ministry announced …. “…”": see `_holder_of_the_floor`).
        inner_cues = {d.cue_start for d in drafts if _cue_inside(d, draft, ctx)}
        # From the end of the claim, not of the cue's sentence: `"A," Schiff told X, "B."` is
        # one sentence and one statement.
        i = bisect.bisect_left(ctx.quote_starts, draft.end - 1)
        while i < len(ctx.quotes):
            quote = ctx.quotes[i]
            if ctx.paragraph_of(quote.start) != paragraph or _covered(taken, quote):
                break
            between = cue_starts[bisect.bisect_left(cue_starts, draft.end):bisect.bisect_left(cue_starts, quote.start)]
            if any(start != draft.cue_start and start not in inner_cues for start in between):
                break  # another attribution stands between ("…," he said. Neither …, he says, …. "…"): a new turn
            after_full_stop = ctx.text[draft.end:quote.start].rstrip().endswith((".", "!", "?"))
            if reported and (not after_full_stop or ctx.sentence_of_char(quote.start) > ctx.sentence_of_char(draft.end - 1) + 1 or
                             _looks_like_title_or_nickname(ctx, quote, min_words) or
                             _cue_after_in_paragraph(ctx, cue_starts, quote.start, draft.cue_start)):
                # (nor one after a sentence of the writer's, a title or nickname ("… eligibility.
                # Still, the minority persists. "Birther King" …"), or a quotation running into one
                # signed after it: `… "A. "B," said Mr Joseph.`)
                break
            if ctx.sentence_of_char(quote.start) == ctx.sentence_of_char(draft.end - 1) and not after_full_stop and \
                    _participle_of_saying_between(ctx, draft.end, quote.start, cues):
                # `"…," Sanders said, suggesting a few questions, including, "…"`: in the same
                # sentence the participle reports the quotation after it (PolNeAR's own
                # attribution); after a full stop it goes on with the first ("…," said Caddell,
                # speaking of Clinton's health. "…")
                break
            if _describes_speaker(ctx, draft, quote):
                i += 1
                continue
            if not after_full_stop and _looks_like_title_or_nickname(ctx, quote, min_words):
                # A scare quote, title or nickname later in the same sentence is no part of the turn,
                # nor its end (`"…," Marcia "Cia" Price said. "…"`); a new sentence may be short
                # ("Neither do I.").
                i += 1
                continue
            sentence = ctx.sentence_of_char(quote.start)
            lead = ctx.text[ctx.token_starts[ctx.sentence_starts[sentence]]:quote.start].strip(" \t\n'‘\"“`")
            if sentence != ctx.sentence_of_char(draft.end - 1) and lead and not lead.endswith((".", "!", "?")):
                # Inside a later sentence of the writer's ("Mr Howard will also attack … and "give
                # …""); not after one the parser ran on into the quotation's opening mark (`Mrs.
                # Clinton said. ''And …''`).
                break
            if sentence > ctx.sentence_of_char(draft.end - 1) + 1 and \
                    _names_a_new_subject(ctx, range(ctx.sentence_of_char(draft.end - 1) + 1, sentence), draft):
                break  # `"…," said Reeve. His colleague, Nina Sayer, blames the war. "…"`: a new turn
            draft.fragments.append((quote.start, quote.end))
            taken.append((quote.start, quote.end))
            i += 1


def _describes_speaker(ctx: _Context, draft: _Draft, quote: QuoteSpan) -> bool:
    """Whether a quotation in the claim's sentence stands inside the description of its speaker,
    within the words of a clause ('"…," said Leslie Feldman, a plaintiff who waited in an
    "extraordinarily long line …"'): no part of what they said. Not one set off by a comma ('"…,"
    said Karen Thomson, chief executive of AOL, "with many people …"' goes on with the quotation),
    nor one in the cue's own clause ("Jack Straw, who argues the constitution … and gives "…"")."""
    if draft.speaker_head is None or draft.cue_token is None or \
            ctx.sentence_of_char(quote.start) != ctx.sentence_of_char(draft.end - 1):
        return False
    first = ctx.token_at(quote.start)
    inside = ctx.token_at(quote.start + 1)
    if first == 0 or ctx.doc[first - 1].is_punct:
        return False
    return ctx.descends_from(inside, draft.speaker_head.i) and not (
        ctx.descends_from(draft.cue_token, draft.speaker_head.i) and ctx.descends_from(inside, draft.cue_token))


def _cue_after_in_paragraph(ctx: _Context, cue_starts: list[int], char: int, own_cue: int | None) -> bool:
    """Whether a cue other than `own_cue` stands after `char` in its paragraph (`cue_starts` sorted)."""
    paragraph = ctx.paragraph_of(char)
    return any(start != own_cue and ctx.paragraph_of(start) == paragraph
               for start in cue_starts[bisect.bisect_left(cue_starts, char):])


def _participle_of_saying_between(ctx: _Context, start: int, end: int, cues: CueLexicon) -> bool:
    """Whether a participle of saying set off by a comma (", suggesting …") stands between `start`
    and `end`, outside quotations."""
    doc = ctx.doc
    return any(doc[i].tag_ == "VBG" and doc[i - 1].text == "," and cues.get(doc[i].lower_) == "speech" and ctx.quote_at(doc[i].idx) is None
               for i in range(max(1, bisect.bisect_left(ctx.token_starts, start)), min(ctx.token_at(end), len(doc))))


def _names_a_new_subject(ctx: _Context, sentences: range, draft: _Draft) -> bool:
    """Whether one of the sentences has a person named as its subject who is not the claim's
    speaker as written: a quotation after it is no longer sure to be the same turn."""
    doc = ctx.doc
    spoken = ctx.text[draft.speaker[0]:draft.speaker[1]] if draft.speaker is not None else ""
    for sentence in sentences:
        first = ctx.sentence_starts[sentence]
        last = ctx.sentence_starts[sentence + 1] if sentence + 1 < len(ctx.sentence_starts) else len(doc)
        root = next((t for t in doc[first:last] if t.head.i == t.i), None)
        for subject in (c for c in root.children if c.dep_ == "nsubj" and first <= c.i < last) if root is not None else ():
            names = [e for e in ctx.ents if e.label_ == "PERSON" and subject.left_edge.i <= e.start and e.end <= subject.right_edge.i + 1]
            if any(e[-1].text not in spoken for e in names):
                return True
    return False


# "“…” ― Jorge Falcon": a dash and a name closing the line sign the quotation (readers' voices,
# epigraphs). Up to six words, stopping at a comma ("― Ana Ruiz, 25, a nurse").
_BYLINE = re.compile(r"[ \t]*[―—–][ \t]*([^\n,;]{2,60}?)[ \t]*(?:[,;.][^\n]*)?(?:\n|$)")


# "Said Ellis: “…”": the inverted lead-in that the parser reads as a name ("Said Ellis").
_LEAD_IN = re.compile(r"(?:^|\n|[.!?][\"”’]?[ \t]+)[ \t]*(?:" + "|".join(sorted(v.capitalize() for v in LEAD_IN_VERBS))
                      + r")[ \t]+([A-Z][^\n:,;“”\"]{1,60}?)[ \t]*[:,][ \t]*$")


def _lead_in_speaker(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The name in a "Said X:" lead-in right before `quote`, as offsets and its head token."""
    window_start = max(0, quote.start - 80)
    match = _LEAD_IN.search(ctx.text, window_start, quote.start)
    if match is None:
        return None
    start, end = match.span(1)
    last = ctx.token_at(end - 1)
    return _token_range_chars(ctx.doc, ctx.token_at(start), last), ctx.doc[last]


def _lead_in_subject(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The named subject of a clause that leads into `quote` with a comma or colon ("Mick Jagger
    also reacted on Twitter, “…”"), as offsets and head: without a verb of saying the quotation is
    still that person's or organisation's, not the previous speaker's."""
    doc = ctx.doc
    first = ctx.token_at(quote.start)
    if first >= len(doc) or first == 0:
        return None
    sent = doc[first].sent
    lead = ctx.text[sent.start_char:quote.start].rstrip()
    if not lead.endswith((",", ":")) or ctx.quote_at(sent.start_char) is not None:
        return None
    verb = sent.root
    if not sent.start <= verb.i < first:
        # The parser may hang the lead-in on a verb inside the quotation: its verb is then the
        # highest word of the lead-in ("In a statement, the Department of Defense justified the
        # strike as "defensive": "At the direction of …" was one sentence rooted in the quotation).
        last = first - 1
        while last > sent.start and (doc[last].is_punct or doc[last].is_space):
            last -= 1  # (from the lead-in's last word: the colon may hang on the quotation's verb)
        verb = doc[last]
        while verb.head.i != verb.i and sent.start <= verb.head.i < first:
            verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None and subject.lower_ in ("he", "she"):
        # ("Asked which county was his favourite, he demurred: "…"": the pronoun is resolved like
        # any speaker's, rather than the quotation taken for the last speaker's turn.)
        return (subject.idx, subject.idx + len(subject.text)), subject
    if subject is not None and lead.endswith(":") and subject.lower_ in _ANSWER_NOUNS and \
            (owner := next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)) is not None:
        return _named_speaker(ctx, owner)  # ("Wendeborn's answer on Monday morning was blunt: „…“": his words)
    if subject is not None and lead.endswith(":") and (_unnamed_person(subject) or subject.lower_ in _ISSUED_NOUNS):
        # ("Her neighbour, a florist, was blunter: "…"": someone described, not named, is still
        # not the speaker before; nor is "The club's statement was brief: "…"".)
        return _token_range_chars(doc, *_speaker_tokens(subject)), subject
    return None if subject is None else _named_speaker(ctx, subject)


# What someone answers with, owned by who said it ("Wendeborn's answer", "the minister's reply").
_ANSWER_NOUNS = frozenset({"answer", "response", "reply", "retort", "reaction", "message", "verdict", "words", "comment"})


def _unnamed_person(noun: Token) -> bool:
    """Whether a common noun, or its apposition, describes a person ("a florist" is a noun the
    lexicons lack: "Her neighbour, a florist")."""
    if noun.pos_ != "NOUN":
        return False
    nouns = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    return any(n.lower_ in _PERSON_NOUNS for n in nouns)


def _named_speaker(ctx: _Context, subject: Token) -> tuple[tuple[int, int], Token] | None:
    """The speaker's offsets and head when `subject` is a name, or a body or role named by its noun
    with "the" ("The government of Samoa issued a statement …:"); else None."""
    definite_noun = subject.lower_ in _ORG_NOUNS | PERSON_ROLE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    # (also the surname of a person the article names in full, whatever the tagger made of it:
    # "Sanders shot back, "…"" with "Sanders" a plural noun)
    surname = subject.text[:1].isupper() and subject.text in ctx.full_names and not subject.n_lefts
    if not definite_noun and not surname and (subject.ent_type_ not in ("PERSON", "ORG") or not ctx.is_name(subject)):
        return None
    first_token, last_token = _speaker_tokens(subject)
    return _token_range_chars(ctx.doc, first_token, last_token), subject


def _written_sentence_start(text: str, char: int, ends: tuple[str, ...] = (". ", "? ", "! ")) -> int:
    """Where the sentence holding `char` starts as written: after the last line break or sentence
    end (`ends`) before it (the parser's sentences may break at a quotation)."""
    return max([text.rfind("\n", 0, char) + 1, *(found + len(end) for end in ends if (found := text.rfind(end, 0, char)) >= 0)])


# Marks that open an item of a list (the hyphen first: a literal in a character class).
_BULLETS = "-–•*"
# "Blackburn boss Mark Hughes: “…”", or in a list without the colon ("- Bolton boss Sam Allardyce “…”").
_LABEL = re.compile(rf"[ \t]*(?:[{_BULLETS}][ \t]*)?([^\n:]+?):[ \t]*\Z|[ \t]*[{_BULLETS}][ \t]*([^\n:]+?)[ \t]*\Z")


def _label_speaker(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The person a verbless label names before `quote`, as offsets and head: "- Blackburn boss
    Mark Hughes: “…”", "BBC Two controller Roly Keating: “…”" (reaction lists, captions)."""
    text = ctx.text
    start = _written_sentence_start(text, quote.start)
    match = _LABEL.match(text, start, quote.start)
    if match is None:
        return None
    group = 1 if match.group(1) is not None else 2
    name_end = match.end(group)
    tokens = ctx.doc[ctx.token_at(match.start(group)):ctx.token_at(name_end - 1) + 1]
    if len(tokens) > 10 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    name = next((e for e in ctx.ents if e.label_ == "PERSON" and e.end_char == name_end), None)
    return None if name is None else (_token_range_chars(ctx.doc, name.start, name.end - 1), name.root)


# A new item of a list ("\n- Newcastle boss …") ends the turn of whoever spoke in the one before.
_LIST_ITEM = re.compile(rf"\n[ \t]*[{_BULLETS}][ \t]*[A-Z]")


def _after_a_list_label(ctx: _Context, char: int) -> bool:
    """Whether a list item's label stands before `char` on its line ("- Newcastle boss Graeme
    Souness “…”"), whether or not the tagger saw a person in it."""
    line_start = ctx.text.rfind("\n", 0, char) + 1
    label = ctx.text[line_start:char].lstrip(" \t")
    return label.startswith(tuple(_BULLETS)) and any(ch.isupper() for ch in label) and \
        not any(mark in label for mark in "\"“”") and _LABEL.match(ctx.text, line_start, char) is not None


def _not_in_name(token: Token) -> bool:
    """Whether `token` cannot belong to a speaker phrase ("when", "and", "said"); a capitalised
    word tagged as a verb is a name the tagger misread ("Tulsa police Chief …")."""
    if token.lower_ in _SUBORDINATORS or token.pos_ in ("SCONJ", "ADP", "AUX", "CCONJ", "PART"):
        return True
    return token.pos_ == "VERB" and not token.text[:1].isupper()


def _first_token_after(ctx: _Context, char: int) -> int:
    """Index of the first token starting at or after `char` (len(doc) when none does)."""
    first = ctx.token_at(char)
    return first + 1 if first < len(ctx.doc) and ctx.doc[first].idx < char else first


def _closing_mark_width(text: str, end: int) -> int:
    """Characters of the closing mark that ends at `end`: two for `''` (as NYT copy writes them)."""
    return 2 if text.startswith("''", end - 2) else 1


def _between_marks(ctx: _Context, quote: QuoteSpan) -> str:
    """The text of `quote` between its marks (marks of two characters too: `''…''`)."""
    start = quote.start + (2 if ctx.text.startswith(("''", "``"), quote.start) else 1)
    end = quote.end
    if quote.closed:
        end -= _closing_mark_width(ctx.text, end) if end - 2 >= start else 1
    return ctx.text[start:end]


def _closing_punctuation(ctx: _Context, quote: QuoteSpan) -> str:
    """The character before the closing mark of `quote` (a mark of two characters too: `…?''`),
    past a space and a nested quotation's closing mark (`… the 'Title Sponsor,' "`)."""
    end = quote.end - _closing_mark_width(ctx.text, quote.end)
    tail = ctx.text[max(quote.start, end - 4):end].rstrip(" '’")
    if len(tail) >= 3 and tail[-1] == "]" and tail[-3] == "[":
        return tail[-2]  # (an editor's bracketed stop: `… who are the victims[.]"`)
    return tail[-1:]


def _trailing_speaker(ctx: _Context, quote: QuoteSpan, cues: CueLexicon) -> tuple[tuple[int, int], Token, Token] | None:
    """`“…,” Tulsa police Chief Chuck Jordan said Monday.` when the parse lost the link: a short
    speaker phrase holding a name or a personal pronoun, then a speech verb, right after the
    quotation (or the verb first: `“…,” said Ana Ruiz.`). Gives the speaker's offsets, its head
    and the cue."""
    closing = _closing_punctuation(ctx, quote)
    if closing not in {",", "?", "!", "—", "-"}:
        return None  # a quotation closed by a full stop ends the sentence: no attribution follows
    doc = ctx.doc
    first = _first_token_after(ctx, quote.end)
    # (Up to the next quotation or line: `"…," Trump shot back. "Let me talk."` has no cue in "talk".)
    window = list(itertools.takewhile(lambda t: ctx.quote_at(t.idx) is None and "\n" not in t.text, doc[first:first + 9]))
    if window and closing in ("?", "!") and _NEW_SENTENCE_PRONOUN.fullmatch(window[0].text) and \
            any(t.text == ":" for t in window):
        return None  # (`"… Why not?" He said: "…"`: a new sentence, introducing the quotation after it)
    cue_at = next((k for k, t in enumerate(window) if cues.get(t.lower_) == "speech" and t.pos_ == "VERB"), None)
    if cue_at is not None and any(_not_in_name(t) and t.pos_ == "VERB" for t in window[:cue_at]):
        cue_at = None  # (the first verb ends the attribution: `"…," Blige sings to Clinton before asking, "…"`)
    if cue_at is None:
        # (After "?" or "!" only in lower case: "“… TOGETHER!” Yesterday Marine One landed" is a new sentence.)
        # (a complement in the quotation that ends the window is what the verb goes on to say:
        # `"…," Blige sings to Clinton, "I just want …"`)
        quoted_after = bool(window) and window[-1].i + 1 < len(doc) and ctx.quote_at(doc[window[-1].i + 1].idx) is not None
        cue_at = _verb_ending_attribution(window, quoted_after) if window and (closing == "," or window[0].is_lower) \
            else None
        if cue_at is None:
            cue_at = _past_cue_read_as_noun(window, cues)
        if cue_at is None:
            return None
    before = window[:cue_at]
    if len(before) >= 4 and before[-1].text == "," and before[-2].like_num and before[-3].text == ",":
        before = before[:-3]  # (the age set off after the name: `“…,” Ramos, 58, told AFP`)
    # (a hyphen inside a word is no break: "the 43-year-old asked")
    if before and not any(t.is_punct or t.is_space or "\n" in t.text for t in before if t.text != "." and not _inner_hyphen(t)):
        speaker = before
    elif not before:
        speaker = []
        for token in window[cue_at + 1:]:
            if token.is_punct or token.is_space or not (ctx.is_name(token) or token.text[:1].isupper()):
                break
            speaker.append(token)
    else:
        return None
    if speaker and before and (described := _described_noun_subject(speaker, window[cue_at])) is not None:
        return _token_range_chars(doc, speaker[0].i, speaker[-1].i), described, window[cue_at]
    if not speaker or len(speaker) > 6 or any(_not_in_name(t) for t in speaker):
        return None  # `“…,” when Clinton blasted him` is no attribution
    pronoun = len(speaker) == 1 and speaker[0].lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS
    # "the ad's narrator", "the ministry": a definite noun phrase can speak too.
    definite = speaker[0].lower_ in ("the", "this", "that") and (speaker[-1].pos_ == "NOUN" or _aged(speaker))
    if not (pronoun or definite) and not any(ctx.is_name(t) or t.ent_type_ == "PERSON" for t in speaker):
        return None
    head = next((t for t in reversed(speaker) if ctx.is_name(t) or t.ent_type_ == "PERSON"), speaker[-1])
    return _token_range_chars(doc, speaker[0].i, speaker[-1].i), head, window[cue_at]


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word, whatever its tag ("co-president": the tagger may make it a noun)."""
    return token.tag_ == "HYPH" or (token.text == "-" and not token.whitespace_ and token.i > 0 and
                                    not token.doc[token.i - 1].whitespace_)


def _past_cue_read_as_noun(window: list[Token], cues: CueLexicon) -> int | None:
    """Where a verb of saying in the past, tagged a noun or adjective after the speaker phrase
    ("the 24-year-old joked.": the tagger read "old joked" as a noun phrase), ends the clause
    after a quotation: a word in -ed closing the sentence or followed by a comma."""
    for k, token in enumerate(window[1:7], start=1):
        if token.pos_ == "VERB" or (token.is_punct and token.tag_ != "HYPH"):
            return None  # (a verb tagged so is `_verb_ending_attribution`'s; punctuation ends the phrase)
        if token.pos_ in ("NOUN", "ADJ") and token.lower_.endswith("ed") and cues.get(token.lower_) == "speech":
            after = window[k + 1] if k + 1 < len(window) else None
            return k if after is None or after.text in (".", ",", "!", "?") else None
    return None


def _described_noun_subject(words: Sequence[Token], verb: Token) -> Token | None:
    """The head of `words` when they are, as parsed, the whole subject of `verb`: a noun with an
    article and a place or source after it (`"…?" a Democratic staffer in the room wondered`,
    `"…," a voice-over in the ad states`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or len(words) > 8 or words[0].lower_ not in ("a", "an", "the") or \
            subject.left_edge.i != words[0].i or subject.right_edge.i != words[-1].i or \
            not any(c.dep_ == "prep" and c.i > subject.i for c in subject.children):
        return None
    return subject


def _aged(words: Sequence[Token]) -> bool:
    """Whether words end with an age standing for a person: "the 43-year-old"."""
    return len(words) >= 3 and words[-1].lower_ == "old" and words[-2].tag_ == "HYPH" and words[-3].lower_ in ("year", "years")


# What may stand between such a verb and the end of its clause: "shot back", "said loudly".
_AFTER_ATTRIBUTION_VERB = frozenset({"prt", "advmod", "npadvmod"})


def _verb_ending_attribution(window: list[Token], quoted_after: bool = False) -> int | None:
    """Where, in the words after a quotation closed by a comma (or by "?" or "!" before a word in
    lower case), a verb of any kind ends a short clause with no object of its own (`“…,” Trump
    boomed.`, `“…,” she scoffed at the rally`): written so, it can only say how the quotation was
    said, whatever the verb. Also the verb first, before a person's name that ends the clause
    (`“…!” beamed Donald Hartley of Madison`)."""
    if len(window) > 1 and window[0].pos_ == "VERB" and window[0].tag_ in ("VBD", "VBZ"):
        run = list(itertools.takewhile(lambda t: t.text[:1].isupper() and not t.is_punct, window[1:]))
        after_run = window[1 + len(run)] if 1 + len(run) < len(window) else None
        if run and any(t.ent_type_ == "PERSON" for t in run) and (after_run is None or after_run.is_punct or after_run.lower_ in ("of", "who")):
            return 0
    for k, token in enumerate(window[1:7], start=1):
        if token.pos_ != "VERB":
            continue
        # (a past tense may be tagged a participle: "Trump barked" with no auxiliary)
        past = token.tag_ in ("VBD", "VBZ") or (token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children))
        if not past or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
                           and token.i < c.i and not (quoted_after and c.i > window[-1].i) for c in token.children):
            return None
        after = next((t for t in window[k + 1:] if t.dep_ not in _AFTER_ATTRIBUTION_VERB), None)
        # (also "… Trump barked and a guard escorted him out": what follows "and" is a new clause or
        # another thing the speaker did)
        return k if after is None or after.text in (".", ",", "!", "?", ";") or after.dep_ in ("prep", "cc") else None
    return None


def _speaker_after_quote(ctx: _Context, quote: QuoteSpan, cue: Token, cues: CueLexicon) -> tuple[tuple[int, int], Token] | None:
    """The speaker phrase between `quote` and its cue (`“…,” Rep. Elijah E. Cummings (D-Md.) said`),
    or after a cue right behind the quote (`“…,” said Leslie Wimes, …`), as offsets and head."""
    doc = ctx.doc
    first = _first_token_after(ctx, quote.end)
    phrase = list(doc[first:cue.i])
    if not phrase:
        trailing = _trailing_speaker(ctx, quote, cues)
        return (trailing[0], trailing[1]) if trailing is not None and trailing[2].i == cue.i else None
    if len(phrase) > 12 or any("\n" in t.text or t.text in (".", "!", "?", ";", "“", "”", '"') for t in phrase):
        return None
    while phrase and (phrase[-1].dep_ in ("aux", "neg", "advmod") or (len(phrase) > 1 and phrase[-1].lower_ in _RELATIVE_PRONOUNS)):
        phrase.pop()  # (`“…,” Smith has said`, `labelled a "big misjudgement" by the Conservatives who said`)
    if phrase and phrase[0].lower_ == "by":
        phrase.pop(0)  # (the agent of the verb before the quotation, who goes on to say it)
    if not phrase or phrase[0].pos_ == "ADP" or any(t.pos_ in ("AUX", "VERB") for t in phrase):
        return None  # ('"every independent expert" from the IMF to the IFS had suggested': the quotation was the speaker's own phrase)
    heads = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON") and not ctx.quote_at(t.idx)]
    if not heads or any(t.lower_ in _SUBORDINATORS for t in phrase):
        return None
    named = [t for t in heads if ctx.is_name(t) or t.ent_type_ == "PERSON"]
    head = named[-1] if named else heads[-1]
    return _trim(ctx.text, phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)), head


def _byline_speaker(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The name signing `quote` after a dash, as offsets and its head token."""
    match = _BYLINE.match(ctx.text, quote.end)
    if match is None:
        return None
    start, end = match.span(1)
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    words = [t for t in ctx.doc[first:last + 1] if not t.is_punct]
    if not words or len(words) > 6 or not all(t.text[:1].isupper() or t.pos_ == "ADP" for t in words):
        return None
    return _token_range_chars(ctx.doc, first, last), words[-1]


# A name alone between a quotation ending in a comma and the end of the sentence: `"…," Mr
# Bootle.` (the verb of saying lost in editing).
_BARE_NAME = re.compile(r"[ \t]+([A-Z][\w'’-]*\.?(?:[ \t]+[\w'’-]+\.?){0,5})(?=\s|$)")


def _bare_name_after(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The person named right after `quote`, with no verb, ending the sentence: `"…," Mr
    Bootle.`, as offsets and head token (the quotation's comma says an attribution follows)."""
    if not ctx.text[quote.start:quote.end].rstrip(DOUBLE_MARKS + "'`").endswith(","):  # (also `''…,''`)
        return None
    match = _BARE_NAME.match(ctx.text, quote.end)
    if match is None:
        return None
    start, end = match.span(1)
    if ctx.text[end - 1] != ".":
        return None
    end -= 1  # ("Mr Bootle." ends the sentence)
    person = next((e for e in ctx.ents if e.label_ == "PERSON" and start <= e.start_char and e.end_char == end), None)
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    if person is None or any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[first:person.start]):
        return None  # (a name, with its title or firm: "AG Edwards analyst Mark Thayer")
    return _token_range_chars(ctx.doc, first, last), ctx.doc[last]


def _unclaimed_quotes(drafts: list[_Draft], ctx: _Context, title_span: tuple[int, int] | None,
                      min_words: int) -> Iterable[QuoteSpan]:
    """Quotations no draft covers, outside the headline, that are not titles or scare quotes."""
    spans = [f for d in drafts for f in d.fragments]
    for quote in ctx.quotes:
        if _covered(spans, quote):
            continue
        if title_span is not None and title_span[0] <= quote.start < title_span[1]:
            continue  # a quotation in the headline repeats the article, it is not a new claim
        if not _looks_like_title_or_nickname(ctx, quote, min_words):
            yield quote


def _recovered_claims(drafts: list[_Draft], ctx: _Context, title_span: tuple[int, int] | None,
                      settings: ClaimsConfig, cues: CueLexicon) -> list[_Draft]:
    """Cue claims for quotations whose attribution right after them the parse did not link."""
    out = []
    # (A short quotation too, if a sentence: `“This is fantastic!” beamed Donald Hartley`; its
    # attribution tells it from a scare quote.)
    for quote in _unclaimed_quotes(drafts, ctx, title_span, 1):
        if len(_between_marks(ctx, quote).split()) < settings.min_quote_words and \
                not _quoted_sentence(ctx, quote.start, quote.end):
            continue
        if (trailing := _trailing_speaker(ctx, quote, cues)) is not None:
            speaker, head, cue = trailing
            out.append(_Draft(fragments=[(quote.start, quote.end)], cue_start=cue.idx, cue_end=cue.idx + len(cue.text),
                              cue_token=cue.i, speaker=speaker, speaker_head=head, inverted=True, category="speech"))
        elif len(_between_marks(ctx, quote).split()) >= settings.min_quote_words and \
                (leading := _cue_before_quotation(ctx, quote, cues)) is not None and \
                not any(draft.cue_token == leading[2].i for draft in drafts):  # (a quotation split by its attribution)
            speaker, head, cue = leading
            out.append(_Draft(fragments=[(quote.start, quote.end)], cue_start=cue.idx, cue_end=cue.idx + len(cue.text),
                              cue_token=cue.i, speaker=speaker, speaker_head=head, category="speech"))
    return out


def _cue_before_quotation(ctx: _Context, quote: QuoteSpan, cues: CueLexicon) -> tuple[tuple[int, int], Token, Token] | None:
    """A verb of saying earlier in the quotation's sentence, its subject (or a passive's doer)
    named, that the parse did not link to the quotation ("DiCaprio described director Martin
    Scorsese as "one of …"", "Howard Rubel, a Toronto lawyer, told the BBC after the verdict "My
    client …"", "… was described by Jobs as "…""): the speaker's offsets, its head and the verb.
    Only the verb's own words between: no other verb of saying, quotation, comma, colon or sentence end."""
    doc = ctx.doc
    first, last = ctx.token_at(_written_sentence_start(ctx.text, quote.start, (". ", "? ", "! ", "; "))), ctx.token_at(quote.start) - 1
    verb = next((doc[k] for k in range(last, first - 1, -1) if cues.get(doc[k].lower_) == "speech"), None)
    if verb is None or verb.pos_ != "VERB" or any(ctx.quote_at(t.idx) is not None or t.text in (",", ":") for t in doc[verb.i:last + 1]):
        return None  # (not after a comma or colon: "When one pupil asked how the executive proposed …, began …: "…"")
    passive = _is_passive(verb)
    subject = _agent(verb) if passive else _subject(verb)
    if subject is None or (subject.i > verb.i and not passive) or (named := _named_speaker(ctx, subject)) is None:
        return None
    return *named, verb


def _quote_claims(drafts: list[_Draft], ctx: _Context, title_span: tuple[int, int] | None,
                  settings: ClaimsConfig) -> list[_Draft]:
    """Claims for quotations no cue claimed: signed ones, continuations of a turn, or unattributed."""
    out: list[_Draft] = []
    for quote in _unclaimed_quotes(drafts, ctx, title_span, 1):
        # A short quotation is a claim only as a sentence that a named subject's clause leads into
        # with a colon ('Obama is rolling out a new campaign message: "It's about me."'): else a
        # scare quote or a phrase cited.
        short = len(_between_marks(ctx, quote).split()) < settings.min_quote_words
        speaker = _sentence_led_in_by_colon(ctx, quote) if short else (
            _byline_speaker(ctx, quote) or _bare_name_after(ctx, quote) or _lead_in_speaker(ctx, quote)
            or _lead_in_subject(ctx, quote) or _label_speaker(ctx, quote))
        if short and speaker is None:
            continue
        draft = _Draft(fragments=[(quote.start, quote.end)], attribution="continuation")
        if speaker is not None:
            draft.speaker, draft.speaker_head = speaker
        out.append(draft)
    return out


def _sentence_led_in_by_colon(ctx: _Context, quote: QuoteSpan) -> tuple[tuple[int, int], Token] | None:
    """The named subject (offsets, head) of a clause that leads with a colon into `quote`, when the
    quotation is a sentence of its own (a capital first, a full stop, "!" or "?" last)."""
    inner = _between_marks(ctx, quote).strip()
    if not (quote.closed and _quoted_sentence(ctx, quote.start, quote.end) and inner.endswith((".", "!", "?"))
            and ctx.text[:quote.start].rstrip().endswith(":")):
        return None
    return _lead_in_subject(ctx, quote)


# "PENCE: Well, look, …" / "“WALLACE: Let's start …": a transcript's turns, each speaker's name
# in capitals before a colon at the start of a paragraph.
_TURN = re.compile(r"[\"“]?[ \t]*((?:MRS?\.|MS\.|DR\.|SEN\.|REP\.|GOV\.)?[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})"
                   r"[ \t]*(:)[ \t]+(?=\S)")
# "((Naomi Martisius))  So, on the paper, …": an interview's turns as Wikinews prints them
# (some with a colon after the name: "((WSS)) : Who would you nominate …").
_BRACKETED_TURN = re.compile(r"[ \t]*\(\(([A-Z][^()\n]{0,60}?)(\)\))(?:[ \t]*:)?[ \t]+(?=\S)")
# Capitalised labels that are not speakers ("UPDATE: …", "EDITOR'S NOTE: …").
_NOT_TURN_NAMES = {
    "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "WATCH", "READ",
    "READ MORE", "VIDEO", "PHOTO", "PHOTOS", "SOURCE", "SOURCES", "BREAKING", "RELATED", "MORE", "ADVERTISEMENT",
    "EXCLUSIVE", "WARNING", "DISCLAIMER", "SEE ALSO", "LISTEN", "FULL TEXT", "TRANSCRIPT", "WASHINGTON", "NEW YORK",
    "LONDON", "UPDATE ET", "ET", "PT", "GMT", "BST", "AP", "REUTERS", "AFP", "CNN", "TWEET", "FACT", "CLAIM",
    "VERDICT", "THE FACTS", "BACKGROUND", "CONTEXT", "ANALYSIS", "OPINION", "Q", "A",
}
# A transcript has at least this many turns; a lone capitalised label is a rubric ("UPDATE:").
_MIN_TURNS = 3
# An interview's turns labelled with the interviewee's name as the article writes it ("Mrochko:
# It is very hard."), and the interviewer's questions ("Q: How do people live here now?"), which
# end an answer and are no one's claim.
_NAMED_TURN = re.compile(r"[ \t]*((?:[A-Z][a-z'’-]+[ \t]+){0,2}[A-Z][a-z'’-]+)[ \t]*(:)[ \t]+(?=\S)")
_QUESTION_TURN = re.compile(r"[ \t]*(?:Q|Question)[ \t]*:[ \t]+(?=\S)")
# A Q&A's answers ("A: Honestly, how much people care."), each the interviewee's.
_ANSWER_TURN = re.compile(r"[ \t]*(?:A|Answer)[ \t]*(:)[ \t]+(?=\S)")
# A Q&A has at least this many questions and answers; fewer are a list's items ("A: …", "B: …").
_MIN_QUESTIONS_AND_ANSWERS = 2


def _interviewee(ctx: _Context, before: int, title_span: tuple[int, int] | None) -> Span | None:
    """The person a Q&A's introduction is about: the first person that is a sentence's subject
    before its first question (not in the headline: "Q&A: Tucson's new water chief on …"), else
    the name heading the headline before a colon; a full name the tagger took for an
    organisation counts when its first name is known."""
    def person(ent: Span) -> bool:
        return ent.label_ == "PERSON" or (ent.label_ == "ORG" and len(ent) >= 2 and ctx.first_name_gender([t.text for t in ent]) is not None)

    headline_name = None
    for ent in ctx.ents:
        if ent.start_char >= before:
            break
        in_title = title_span is not None and title_span[0] <= ent.start_char < title_span[1]
        if person(ent) and ent.root.dep_ in ("nsubj", "nsubjpass") and not in_title:
            return ent
        if in_title and title_span is not None and ent.start_char == title_span[0] and person(ent) and \
                ctx.text.startswith(":", ent.end_char):
            headline_name = ent  # ("Nadia Ferreira-Holt: ‘I wanted to make a film …’", as interviews are headed)
    return headline_name


def _answer_turns(ctx: _Context, paragraphs: list[tuple[int, int]], questions: list[int],
                  title_span: tuple[int, int] | None) -> dict[int, tuple[tuple[int, int], tuple[int, int], int]]:
    """A Q&A's answers by paragraph start: (the interviewee's name where the introduction writes
    it, the label's colon, where the answer starts), when the article has two questions and two
    answers at least and its introduction names whom it interviews."""
    answers = {start: match for start, end in paragraphs if (match := _ANSWER_TURN.match(ctx.text, start, end)) is not None}
    if len(answers) < _MIN_QUESTIONS_AND_ANSWERS or len(questions) < _MIN_QUESTIONS_AND_ANSWERS:
        return {}
    person = _interviewee(ctx, min(min(answers), min(questions)), title_span)
    if person is None:
        return {}
    name = _ent_offsets(person)
    return {start: (name, match.span(1), match.end()) for start, match in answers.items()}


def _named_turns(ctx: _Context, paragraphs: list[tuple[int, int]], questions: list[int],
                 labelled: bool) -> dict[int, re.Match[str]]:
    """Paragraphs (by start) opened by a name in title case and a colon that are an interview's
    turns: a name that opens two paragraphs or more, of a person the article names in full or in
    an article with an interviewer's questions ("Q: …" then "Mrochko: …", the tagger having taken
    him for an organisation); or, where other turns are `labelled` so ("((Wikinews)) …"), the name
    of a person the article names in full."""
    # (an answer ends as a sentence does; "Lavrov: The West is waging a hybrid war", the headline
    # of a related story, does not)
    found = {start: match for start, end in paragraphs
             if (match := _NAMED_TURN.match(ctx.text, start, end)) is not None and ctx.text[end - 1] in ".?!\"”’)…"}
    # (each speaking twice at least: a round-up's sections under the names of the candidates it
    # goes through, "Sanders: Win in a walk.", "Rubio: Finish second.", speak once each)
    turns_of = Counter(match.group(1).split()[-1] for match in found.values())
    kept = {}
    for start, match in found.items():
        words = match.group(1).split()
        known = ctx.full_names.get(words[-1], set())
        named = bool(known) and (len(words) == 1 or match.group(1) in known)
        if (turns_of[words[-1]] >= 2 and (named or questions)) or (named and labelled):
            kept[start] = match
    return kept


def _with_transcript_turns(drafts: list[_Draft], ctx: _Context, title_span: tuple[int, int] | None) -> list[_Draft]:
    """`drafts` plus one claim per turn of a transcript in the article ("PENCE: …"), without the
    unattributed quotations that cover those paragraphs (a turn often opens with a quote mark
    never closed)."""
    turns = []
    paragraphs = [(start, end) for start, end in ctx.paragraphs if title_span is None or not title_span[0] <= start < title_span[1]]
    questions = [start for start, end in paragraphs if _QUESTION_TURN.match(ctx.text, start, end)]  # where an answer ends
    labels = {start: _TURN.match(ctx.text, start, end) or _BRACKETED_TURN.match(ctx.text, start, end) for start, end in paragraphs}
    named = _named_turns(ctx, paragraphs, questions, labelled=any(labels.values()))
    answers = _answer_turns(ctx, paragraphs, questions, title_span)
    for start, end in paragraphs:
        if start in answers:
            # ("A: Honestly, how much people care. …": the interviewee the introduction names)
            name, colon, content_start = answers[start]
            if end > content_start:
                turns.append(((start, end), name, colon, (content_start, end)))
            continue
        match = labels[start] or named.get(start)
        if match is None or " ".join(match.group(1).split()).upper() in _NOT_TURN_NAMES:
            continue
        content_end = end - 1 if ctx.text[end - 1] in "\"”" and ctx.text[start] in "\"“" else end
        if content_end > match.end():
            turns.append(((start, end), match.span(1), match.span(2), (match.end(), content_end)))
    if len(turns) < (_MIN_QUESTIONS_AND_ANSWERS if answers else _MIN_TURNS):
        return drafts
    # (a label opening its paragraph; not the interviewee's name in a Q&A's introduction)
    ctx.turn_labels = frozenset(name[0] for paragraph, name, _, _ in turns if paragraph[0] <= name[0] < paragraph[1])
    # A turn runs on over the paragraphs without a label of their own up to the next turn (an
    # interviewee's answer in several paragraphs); the last turn ends with its paragraph, as what
    # follows a transcript may be the article again.
    fragments_of = []
    for k, (_, _, _, content) in enumerate(turns):
        fragments = [content]
        if k + 1 < len(turns):
            stop = min([turns[k + 1][0][0], *(q for q in questions if q > content[1])])
            fragments += [(start, end) for start, end in ctx.paragraphs if content[1] <= start and end <= stop]
        fragments_of.append(fragments)
    turns = [(paragraph, name, label_end, (content[0], fragments[-1][1]))
             for (paragraph, name, label_end, content), fragments in zip(turns, fragments_of, strict=True)]

    # A cue inside a turn is part of what the speaker said, as inside a quotation ("((Naomi
    # Martisius))  … We know they didn't …", "((WN))  So, do you think …").
    def outside_turns(draft: _Draft) -> bool:
        if draft.cue_start is None:
            return not any(draft.start < end and start < draft.end for (start, end), _, _, _ in turns)
        return not any(start <= draft.cue_start < end for _, _, _, (start, end) in turns)

    kept = [d for d in drafts if outside_turns(d)]
    return kept + [
        _Draft(fragments=fragments, cue_start=label_end[0], cue_end=label_end[1], speaker=name,
               speaker_head=ctx.doc[ctx.token_at(name[1] - 1)], attribution="explicit", category="speech", verbatim=True)
        for (_, name, label_end, _), fragments in zip(turns, fragments_of, strict=True)
    ]


# A name set over a quotation as its label, on its line or the line before: "Cecile Richards:
# “…”", "Rep. Trey Gowdy (R-S.C.):" (a hearing's exchange, a round-up of reactions). What the
# label holds is checked after ("Pollsters agree - Carl Bialik:" is a sentence: it has a verb).
_LABEL_BEFORE_QUOTE = re.compile(r"(?:^|\n)([ \t]*[A-Z][^\n:“”\"]{1,80}?)[ \t]*(:)[ \t]*(?:\n[ \t]*){0,2}$")
# A party and state after a name: "(R-S.C.)", "(D-Mass.)".
_PARTY_AFTER_NAME = re.compile(r"\s*\([^()]{1,20}\)$")


def _under_a_name_label(ctx: _Context, char: int) -> bool:
    """Whether what looks like a name labels the quotation at `char`: its last two words
    capitalised, no comma, no word that makes it a phrase ("Former secretary of state Hillary
    Rodham Clinton:", not "Wait, it gets better:", "Then, later that month on CNN Radio:" or
    "- More from Jones:")."""
    match = _LABEL_BEFORE_QUOTE.search(ctx.text, max(0, char - 120), char)
    if match is None:
        return False
    words = _PARTY_AFTER_NAME.sub("", match.group(1)).split()
    return 0 < len(words) <= 12 and "," not in match.group(1) and all(word[:1].isupper() for word in words[-2:]) and \
        not any(word in _NOT_IN_A_LABEL for word in words)


# Words that make a line before a colon a phrase of the writer's, not a name with its title.
_NOT_IN_A_LABEL = frozenset({"on", "in", "at", "to", "for", "from", "with", "by", "that", "this", "then", "later", "more",
                             "what", "when", "after", "before", "and", "but", "also", "-", "–", "—"})


# An item of a round-up headed by its own headline, a dash and whose words follow: "Pollsters agree
# - Carl Bialik: “…”", "… JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “…”", "… all along -More
# from Blumenthal and Cohen: “…”" (HuffPollster): the label is what follows the dash.
_HEADLINE_BEFORE_LABEL = re.compile(r"(?:^|\n)[ \t]*[A-Z][^\n:“”\"]{1,200}?\s[-–—][ \t]*(?:More from[ \t]+)?"
                                    r"([A-Z][^\n:“”\"–—]{1,60}?)[ \t]*(:)[ \t]*(?:\n[ \t]*){0,2}$")


def _label_over_quote(draft: _Draft, ctx: _Context) -> None:
    """Give an unattributed quotation the person whose name labels it ("Cecile Richards: “…”"):
    the label a name (a title and a party before or after it at most), without a verb. Under a
    headline and a dash, the name after the dash is the speaker, whatever the headline's verb."""
    text = ctx.text
    if text[draft.start] not in "\"“":
        return
    headline = _HEADLINE_BEFORE_LABEL.search(text, max(0, draft.start - 300), draft.start)
    if headline is not None and (draft.cue_start is None or headline.start() <= draft.cue_start < headline.start(1)) and \
            (draft.speaker is None or draft.cue_start is not None):
        label_start, label_end, cue = headline.start(1), headline.end(1), headline.span(2)
    elif draft.speaker is not None or draft.cue_start is not None or \
            (match := _LABEL_BEFORE_QUOTE.search(text, max(0, draft.start - 120), draft.start)) is None:
        return
    else:
        label_start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
        label_end, cue = match.end(1), match.span(2)
    party = _PARTY_AFTER_NAME.search(text, label_start, label_end)
    name_end = label_end - (len(party.group(0)) if party else 0)
    tokens = [t for t in ctx.doc[ctx.token_at(label_start):ctx.token_at(name_end - 1) + 1] if not t.is_space]
    if not tokens or len(tokens) > 12:
        return
    if len(tokens) >= 2 and tokens[0].lower_ in LEAD_IN_VERBS:
        # "Stated Stone:" (the tagger took the verb into the name)
        cue, label_start, tokens = (tokens[0].idx, tokens[0].idx + len(tokens[0].text)), tokens[1].idx, tokens[1:]
    head = tokens[-1]
    if not head.text.replace("-", "").replace(".", "").isalpha():
        return  # ('Marsh:"That' read as one word: the tagger's name runs into the quotation)
    if (name := ctx.ent_at(head.i)) is not None and name.label_ == "PERSON":
        name_start = max(name.start_char, label_start)
    elif (untagged := _untagged_full_name(ctx, head, label_start)) is not None:
        name_start = untagged[0]  # ("Cecile Richards" left untagged before a colon)
    else:
        return
    # Before the name, a title at most ("Former secretary of state Hillary Rodham Clinton:"), or
    # another name and "and" ("Frank Newport and Jim Harter:").
    if any(t.idx < name_start and t.pos_ not in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("of", "the")
           and not (t.lower_ == "and" and t.i > tokens[0].i and t.nbor(-1).pos_ == "PROPN") for t in tokens):
        return
    draft.forget_attribution()  # (a headline's verb: "Pollsters agree - Carl Bialik:")
    draft.speaker, draft.speaker_head = (label_start, label_end), head
    draft.cue_start, draft.cue_end = cue
    draft.attribution, draft.category = "explicit", "speech"
    pieces = _pieces_between((t for t in tokens if t.idx >= label_start), ("and",))
    if len(pieces) >= 2 and all(piece[-1].pos_ == "PROPN" for piece in pieces):
        draft.members, draft.group = _members_of(pieces), True  # "Frank Newport and Jim Harter:": both speak


# A sentence that says what a document reads, up to the quotation: "The summary of the decision
# read in part: “…”", "The family's statement on the death read: “…”".
_READS = re.compile(r"[ \t]*([A-Z][^\n:“”\"]{2,100}?)[ \t]+(reads?)(?:[ \t]+in[ \t]+part)?[:,]?[ \t]*")
# Nouns for what is written and can be read out.
_DOCUMENT_NOUNS = frozenset({
    "statement", "statements", "summary", "letter", "message", "note", "decree", "opinion", "ruling", "judgment", "judgement",
    "description", "post", "tweet", "caption", "headline", "sign", "notice", "banner", "placard", "inscription", "email",
    "e-mail", "memo", "release", "citation", "order", "verdict", "text", "resolution", "communique", "report", "announcement",
})


def _document_read_before_quote(draft: _Draft, ctx: _Context) -> None:
    """Give a quotation without a speaker the document a sentence says it reads ("The summary of
    the decision read in part: “…”"), which the parser took for a noun or a participle ("death
    read", "the decision read in part"): the phrase before "read", headed by a document's noun
    before any preposition."""
    text = ctx.text
    if draft.speaker is not None or text[draft.start] not in "\"“" or (
            draft.cue_start is not None and text[draft.cue_start:draft.cue_end] not in ("read", "reads")):
        return
    match = _READS.fullmatch(text, _written_sentence_start(text, draft.start), draft.start)
    if match is None:
        return
    tokens = ctx.doc[ctx.token_at(match.start(1)):ctx.token_at(match.end(1) - 1) + 1]
    phrase = list(itertools.takewhile(lambda t: t.pos_ != "ADP", tokens))
    if not phrase or phrase[-1].lower_ not in _DOCUMENT_NOUNS or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return
    draft.speaker, draft.speaker_head = match.span(1), phrase[-1]
    draft.cue_start, draft.cue_end = match.span(2)
    draft.category = "speech"


# --------------------------------------------------------------------------- pass 4: speakers
def _untagged_full_name(ctx: _Context, head: Token, start: int) -> tuple[int, int, str] | None:
    """A first name and a surname closing a speaker phrase, the surname `head`, that spaCy left
    outside any name (offsets and "PERSON"): the first name a known one, both capitalised."""
    doc = ctx.doc
    if head.i == 0 or ctx.gender is None or not head.is_title or head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return None
    first = doc[head.i - 1]
    if first.idx < start or not first.is_title or first.ent_type_ not in ("", "PERSON") or ctx.gender(first.text) is None:
        return None
    while first.i > 0 and (before := doc[first.i - 1]).idx >= start and before.is_title and \
            (before.ent_type_ == "PERSON" or ctx.gender(before.text) is not None):
        first = before  # ("Sophie Turner Laing": the first name may be another's surname)
    return first.idx, head.idx + len(head.text), "PERSON"


def _ent_in(ctx: _Context, start: int, end: int, head: Token | None) -> Span | None:
    best = None
    for ent in ctx.ents:
        if ent.end_char <= start or ent.start_char >= end:
            continue
        if head is not None and ent.start <= head.i < ent.end:
            return ent
        if best is None or (ent.label_ == "PERSON" and best.label_ != "PERSON"):
            best = ent
    return best


def _ent_offsets(ent: Span) -> tuple[int, int]:
    return trim_entity(ent) or (ent.start_char, ent.end_char)


def _nearest_ent(ctx: _Context, before: int, labels: tuple[str, ...], contains: str | None = None,
                 window_sentences: int | None = None, pronoun: str = "", where: Callable[[Span], bool] | None = None) -> Span | None:
    limit_sentence = None
    if window_sentences is not None:
        limit_sentence = ctx.sentence_of_char(before) - window_sentences
    for ent in reversed(ctx.ents):
        if ent.end_char > before or ent.label_ not in labels or ent.start_char in ctx.turn_labels:
            continue
        if ctx.quote_at(ent.start_char) is not None:
            continue  # "“I love Larry,” he said": a name inside a quotation is not who is speaking
        if limit_sentence is not None and ctx.sentence_of_char(ent.start_char) < limit_sentence:
            return None
        if not ctx.agrees(ent.start_char, ent.end_char, pronoun):
            continue
        if contains is not None and not _described_as(ctx.text, ent.start_char, ent.end_char, contains, limit=before):
            continue
        if where is not None and not where(ent):
            continue
        return ent
    return None


# Words that end a title: "the government to change the Selective Service System" names no system "government".
_NOT_IN_TITLES = {"to", "the", "a", "an", "on", "at", "by", "with", "and", "or", "that", "said", "says", "told"}
_BREAKS = re.compile(r"[,.;:()\[\]\"“”\n]")


def _described_as(text: str, start: int, end: int, noun: str, limit: int | None = None) -> bool:
    """Whether the name at [start, end) is called `noun`: in the name ("the Foreign Ministry"), in
    the title written right before it ("Foreign Minister X"), or in a description right after it
    ("X, the Leeds-based payroll company,") ending before `limit`, if given. Not merely near it:
    "no injunction on the government to change the Selective Service System" does not make that
    system the government, nor "… died of COVID-19, the government announced" that disease."""
    if noun in text[start:end].lower() or noun in _written_out(text[start:end].replace(".", " ").split()):
        return True  # (also a title written short inside the name: "Det Garda Corcoran" is a detective)
    written = _title_words_before(text, start, 3)  # "Russian Foreign Minister"
    title = _written_out(written)
    # (and the words after the noun are the title's: not "the European Commission announced its NEM initiative")
    if noun in title and not any(word in _NOT_IN_TITLES for word in title[title.index(noun):]) and \
            all(word[:1].isupper() for word in written[title.index(noun) + 1:]):
        return True
    return noun in _apposition_after(text, end, limit)


# ("Gov." written out as "governor": `TITLE_ABBREVIATIONS`)
_ABBREVIATION_DOT = re.compile(r"\b(" + "|".join(abbreviation.capitalize() for abbreviation in sorted(TITLE_ABBREVIATIONS)) +
                               r")\.(?= )")


def _office_in_names_place(head: Token) -> bool:
    """Whether a capitalised office is written in a name's place, as a title for its holder: "The
    Governor said", "the ex-Senate President said", "the outgoing European Commissioner said" (after
    "the", with no name in its phrase). Not a body's noun ("the Scottish Executive"), an office of
    somewhere ("The Archbishop of Canterbury") or a monarch ("the Queen")."""
    if head.lower_ not in PERSON_ROLE_NOUNS or head.lower_ in _NOT_NAMES_PLACE_OFFICES or not head.text[:1].isupper() or \
            any(c.dep_ == "prep" for c in head.rights):
        return False
    before = head.doc[head.left_edge.i:head.i]
    return len(before) > 0 and before[0].lower_ == "the" and not any(t.ent_type_ == "PERSON" for t in before)


# Offices only one person holds at a time, that stand for that person ("the Queen", "the Pope"),
# and role nouns that are bodies' too ("the Scottish Executive", "the Labour Leadership").
_NOT_NAMES_PLACE_OFFICES = frozenset({"king", "queen", "prince", "pope", "executive", "chief", "head", "leader", "chair"})


def _title_before(text: str, start: int, n_words: int) -> list[str]:
    """The last `n_words` words (lower case) written right before a name, up to a break: its title
    (abbreviations written out: "Gov." is "governor")."""
    return _written_out(_title_words_before(text, start, n_words))


def _written_out(words: list[str]) -> list[str]:
    """Title words in lower case, abbreviations written out ("Gov" is "governor")."""
    return [TITLE_ABBREVIATIONS.get(word.lower(), word.lower()) for word in words]


def _title_words_before(text: str, start: int, n_words: int) -> list[str]:
    """`_title_before` as written (an abbreviation's full stop is no break, and is left out; nor are
    the words before a preposition no title holds: "the junior partner in Chancellor Matthias
    Kessler's coalition" gives "Chancellor", not a junior chancellor)."""
    words = _BREAKS.split(_ABBREVIATION_DOT.sub(r"\1", text[max(0, start - 40):start]))[-1].split()[-n_words:]
    cut = max((k + 1 for k, word in enumerate(words) if word in _NOT_IN_TITLES_BEFORE_NAMES), default=0)
    return words[cut:]


# Words written before a name that no title it holds goes past (titles have "of", "for", "to":
# "Secretary of State", "Minister for Foreign Affairs", "Ambassador to Tehran").
_NOT_IN_TITLES_BEFORE_NAMES = frozenset({"in", "with", "by", "from", "at", "as", "than", "under", "after", "before", "during",
                                         "between", "against", "among"})


def _apposition_after(text: str, end: int, limit: int | None = None) -> list[str]:
    """The words (lower case) of a description set off right after a name ("X, the Leeds-based
    payroll company,", "X (the chancellor)") and before `limit`, if any."""
    after = text[end:min(end + 60, len(text) if limit is None else limit)]
    if not after.startswith((", ", " (")) or _BREAKS.search(after, 2) is None:
        return []  # (a description ends where it is set off: "NPR, the police then surrounded …" is a clause)
    words = _BREAKS.split(after[2:])[0].lower().split()
    # (nor one with a verb of saying: "signed by his press secretary, Mr Gbenga Oyelaran, the
    # governor said …" is the governor's clause)
    return [] if any(word in LEAD_IN_VERBS for word in words) else words


def _recent_subjects(ctx: _Context, before: int, window: int = _PRONOUN_WINDOW) -> Iterator[Token]:
    """Sentence subjects before `before` and outside quotations, nearest first, within the last
    `window` sentences."""
    here = ctx.sentence_of_char(before)
    # (not in the headline, which stands apart from the story: "Striker ruled out for six weeks"
    # is no club for "the club has confirmed")
    title = ctx.title_span
    for token in reversed(ctx.doc[:ctx.token_at(before)]):
        if ctx.sentence_starts[max(0, here - window)] > token.i:
            return
        if token.dep_ in ("nsubj", "nsubjpass") and token.idx < before and ctx.quote_at(token.idx) is None and \
                not (title is not None and title[0] <= token.idx < title[1]):
            yield token


def _subject_person(ctx: _Context, before: int, pronoun: str = "", tellers_only: bool = False) -> Span | tuple[int, int, str] | None:
    """The most recent person that was a sentence subject, within a few sentences: a PERSON
    entity, or a proper-noun subject the entity tagger missed (with `tellers_only`, not one of a
    clause reported by someone else)."""
    doc = ctx.doc
    for token in _recent_subjects(ctx, before):
        if tellers_only and _reported_by_a_subject(token):
            continue
        if token.i in ctx.person_tokens:
            ent = _full_name_in_apposition(ctx, token, ctx.ent_at(token.i))
            # (not a plural common noun tagged a person: "Teachers in England will receive …")
            if ent is not None and not (len(ent) == 1 and token.tag_ == "NNS") and ctx.agrees(ent.start_char, ent.end_char, pronoun):
                if ctx.outnamed(ent.start_char, ent.end_char, before, pronoun):
                    return None  # (the nearest who agrees surely is likelier: see `_Context.outnamed`)
                return ent
        # (A person's name starts with a capital: the tagger takes lower-case nouns for proper
        # ones, "the ward had admitted …".)
        # (Nor a plural: "Teachers in England will receive …" after a headline, tagged NNPS.)
        if token.ent_type_ == "" and token.lower_ in PERSON_ROLE_NOUNS:
            # "The Governor of Lagos State, Mr Babatunde Sanwo-Adeyemi, has ordered …": the office
            # is no name; its holder is the person set off after it, if any
            named = next((ctx.ent_at(c.i) for c in token.children if c.dep_ == "appos" and c.i in ctx.person_tokens), None)
            if named is not None and ctx.agrees(named.start_char, named.end_char, pronoun):
                return named
            continue
        if token.ent_type_ == "" and ctx.is_name(token) and token.text[:1].isupper() and token.tag_ not in ("NNPS", "NNS") and \
                fold(token.text) not in ctx.place_names:
            first = token
            while first.i > 0 and doc[first.i - 1].dep_ == "compound" and ctx.is_name(doc[first.i - 1]):
                first = doc[first.i - 1]
            if ctx.agrees(first.idx, token.idx + len(token.text), pronoun):
                return (first.idx, token.idx + len(token.text), "PERSON")
    return None


def _apposed_full_name(subject: Token) -> Token | None:
    """The head of a person's full name in apposition right after `subject`, a one-word person
    (`_full_name_in_apposition`, for the model's own tags), if there is one."""
    doc = subject.doc
    if subject.ent_type_ != "PERSON" or subject.ent_iob_ != "B" or (subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I"):
        return None
    named = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.ent_type_ == "PERSON"
                  and c.ent_iob_ == "I"), None)
    # (not a list parsed so: "Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all …")
    if named is None or any(t.text == "," for t in doc[subject.i:named.i]):
        return None
    return named


def _full_name_in_apposition(ctx: _Context, subject: Token, ent: Span | None) -> Span | None:
    """`ent`, a one-word person, or the full name of a person in apposition to it: "Only Fools and
    Horses star David Jason has been knighted" is parsed with "Fools" (tagged a person) as the
    subject and the name as its apposition; the full name is who the sentence is about."""
    if ent is None or len(ent) != 1 or ent.label_ != "PERSON":
        return ent
    named = _apposed_full_name(subject)
    full = ctx.ent_at(named.i) if named is not None else None
    return full if full is not None and len(full) >= 2 and full.label_ == "PERSON" else ent


def _reported_by_a_subject(token: Token) -> bool:
    """Whether `token` is the subject of a clause reported by a verb that has a subject of its own."""
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = clause.head
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # ("McGeough has yet to confirm that …")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in verb.children)


def _is_passive_subject_of(ctx: _Context, name: Span | tuple[int, int, str], cue_index: int | None) -> bool:
    """Whether `name` is the subject of the passive verb `cue_index` ("Buhecha was called … by
    the sentencing judge": the judge is not Buhecha)."""
    if cue_index is None:
        return False
    start, end = _char_range(name)
    return any(c.dep_ == "nsubjpass" and start <= c.idx < end for c in ctx.doc[cue_index].children)


# What a news story calls a public body it has named: "the regulator", "the watchdog".
_REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})
# Words of public bodies' names ("Data Protection Commission", "Financial Conduct Authority").
_PUBLIC_BODY_WORDS = frozenset({"commission", "authority", "agency", "office", "board", "regulator", "ombudsman", "council",
                                "inspectorate", "watchdog", "administration", "bureau", "ofcom", "ofgem", "ofwat", "ofsted"})


def _names_a_public_body(name: str) -> bool:
    """Whether an organisation's name is a public body's ("Data Protection Commission")."""
    return not _PUBLIC_BODY_WORDS.isdisjoint(re.findall(r"[a-z]+", name.lower()))


# Nouns by which a body calls itself after saying what it does ("The Red Cross is helping …, the
# agency said"); not those of a body that judges or bargains with others ("Ford will cut 500
# jobs, the union said": the union is not Ford).
_SELF_NAMED_BODY_NOUNS = frozenset(BUSINESS_NOUNS | {"agency", "charity", "organisation", "organization", "firm", "alliance", "group"})
# Words of the names of bodies that judge, regulate or bargain with the ones they speak of.
_OVERSEEING_NAME_WORDS = frozenset({"union", "commission", "authority", "regulator", "court", "council", "committee", "board",
                                    "police", "ombudsman", "tribunal", "watchdog"})


def _body_the_claim_is_about(ctx: _Context, draft: _Draft) -> Span | None:
    """The organisation that is the subject of the main clause of what was said, when the
    attribution follows it ("The Red Cross is helping the displaced residents, the agency said"),
    unless its name says it oversees others."""
    start, end = draft.fragments[0]
    first, last = ctx.token_at(start), ctx.token_at(max(start, end - 1))
    doc = ctx.doc
    for token in doc[first:last + 1]:
        if token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "ROOT") and not any(
                t.dep_ == "nsubj" and t.i < token.i for t in doc[first:token.i]):
            ent = ctx.ent_at(token.i)
            if ent is None and token.pos_ == "NOUN":
                # ("A conservative group, Secure America Action, is spending …, the group said": the
                # body named after the noun; "Deutsche Boerse bosses have held talks …": before it)
                ent = next((e for c in token.children if c.dep_ in ("appos", "compound") for e in [ctx.ent_at(c.i)] if e is not None), None)
            if ent is not None and ent.label_ == "ORG" and not _OVERSEEING_NAME_WORDS & {w.lower() for w in ent.text.split()}:
                return ent
            return None
    return None


def _subject_org(ctx: _Context, before: int, groups: bool = False, where: Callable[[Span], bool] | None = None) -> Span | None:
    """The most recent organisation that was the subject of a main clause, or owned it ("Electrolux's
    subsidiary brands include …"), within a few sentences
    (not "to allow Singapore Airlines to fly"; nor a common noun tagged as one: "…, unions said");
    with `groups`, also a group named in the plural ("The Tories are trying …", for "they"); with
    `where`, only an organisation it accepts."""
    for token in _recent_subjects(ctx, before):
        if token.head.dep_ in ("ROOT", "conj"):
            ent = ctx.ent_at(token.i)
            if groups and ent is not None and ent.label_ == "NORP" and token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper():
                return ent
            if (ent is None or ent.label_ != "ORG") and token.pos_ == "NOUN" and \
                    (named := next((c for c in token.rights if c.dep_ == "appos" and c.i == token.i + 1), None)) is not None:
                ent = ctx.ent_at(named.i)  # "Channel Tunnel operator Eurotunnel has seen …": the firm after its noun
            if (ent is None or ent.label_ != "ORG") and not any(t.i in ctx.person_tokens for t in token.subtree):
                # (its possessor only: "the Rosneft announcement", "EU regulations" and "Channel
                # Tunnel operator Eurotunnel" are about other things than the name before them;
                # and not a person's: "Menatep Group's managing director Tim Osborne")
                owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if owner is None and token.lower_ in _FIRMS_FIGURES and not _another_firm_as_subject(ctx, token):
                    # "Shares in Halden Retail Group fell … after the chain said": the firm whose
                    # shares, profits or sales the sentence is about (not "Shares in Suez rose
                    # while Veolia fell": which of the two is "the company"?)
                    owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "of")
                                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                ent = ctx.ent_at(owner.i) if owner is not None else None
            if ent is not None and ent.label_ == "ORG" and any(ch.isupper() for ch in ent.text) and not _a_rival(ent) and \
                    (where is None or where(ent)):
                return ent
    return None


def _a_rival(ent: Span) -> bool:
    """Whether `ent` is introduced as a rival ("Rival Quorra Systems warned …", "its competitor
    X"): "the company" later is the firm the article is about, not its rival."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].lower_ in _RIVAL_WORDS


_RIVAL_WORDS = frozenset({"rival", "rivals", "competitor", "competitors"})


# What business news says of a firm in subject position: "Shares in X", "Profits at X".
_FIRMS_FIGURES = frozenset({"shares", "stock", "profit", "profits", "sales", "revenue", "revenues", "earnings", "losses"})


def _another_firm_as_subject(ctx: _Context, subject: Token) -> bool:
    """Whether another subject of `subject`'s sentence is an organisation's name."""
    return any(t.dep_ in _SUBJECT_DEPS and t.i != subject.i and (ent := ctx.ent_at(t.i)) is not None and ent.label_ == "ORG"
               for t in subject.sent)


_A_GOVERNMENT = re.compile(r"(?:'s|’s)? [Gg]overnment\b")


def _government_named_before(ctx: _Context, before: int) -> Span | tuple[int, int, str] | None:
    """The government last named with its country before `before`: "the French government",
    "Indonesia's government" (for "the government said" later in the article)."""
    for ent in reversed(ctx.ents):
        if ent.end_char > before or ent.label_ not in ("NORP", "GPE") or fold(ent.text) in PARTY_WORDS:
            continue  # ("the Conservative government" of the 1980s is not today's)
        found = _A_GOVERNMENT.match(ctx.text, ent.end_char)
        if found is not None:
            return ent if ent.label_ == "GPE" else (ent.start_char, found.end(), "ORG")
    return None


def _subject_country(ctx: _Context, before: int) -> Span | None:
    """The country (or capital) last a sentence subject, or the owner of one ("Brazil's
    unemployment rate fell …"), within a few sentences."""
    for token in _recent_subjects(ctx, before):
        if token.dep_ != "nsubj":
            continue  # ("Iraq was discussed at length" is no country acting)
        for candidate in (token, *(c for c in token.children if c.dep_ == "poss")):
            ent = ctx.ent_at(candidate.i)
            if ent is not None and ent.label_ == "GPE" and fold(ent.text) in ctx.place_names:
                return ent
    return None


def _person_subject_above(ctx: _Context, pronoun: Token, word: str, claim: tuple[int, int] = (0, 0)) -> Span | None:
    """The person that is the subject of a clause the pronoun's clause hangs on, named before it
    in the same sentence and agreeing with it ("In his speech, Mr Blair contrasted Labour with a
    Tory party, which he said would …"): the sentence is about them, whoever spoke last. Not the
    subject of what was said, `claim`'s [start, end) ("Mr Streeting and the Prime Minister, he
    said, had promised …")."""
    token = pronoun.head
    while token.head.i != token.i:
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is None:
            continue
        ent = ctx.ent_at(subject.i)
        if ent is None or ent.label_ != "PERSON" or ctx.quote_at(ent.start_char) is not None or \
                claim[0] <= ent.start_char < claim[1]:
            return None
        if ctx.outnamed(ent.start_char, ent.end_char, pronoun.idx, word):
            return None  # (a subject of unknown gender is not "she" when a woman is named between them)
        return ent if ctx.agrees(ent.start_char, ent.end_char, word) else None
    return None


def _body_subject_above(ctx: _Context, pronoun: Token, labels: tuple[str, ...]) -> Span | None:
    """A body that is the subject of a clause the pronoun's clause hangs on, before it in the same
    sentence ("The Tories have promised …, who they say …"; "Microsoft released a patch, which it
    says …")."""
    token = pronoun.head
    while True:
        # (the last: a dateline the parser made a second subject comes first, "ISLAMABAD, March 3
        # (APP): The Foreign Office rejected what it called …")
        subject = max((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), default=None,
                      key=lambda c: c.i)
        if subject is not None and subject.tag_ not in ("WP", "WDT"):  # (on past "who", "which")
            ent = ctx.ent_at(subject.i)
            return ent if ent is not None and ent.label_ in labels and ctx.quote_at(ent.start_char) is None else None
        if token.head.i == token.i:
            return None
        token = token.head


# Words a party's name is made of ("Labour", "Tories", "Liberal Democrats", "the Green Party").
_PARTY_NAME_WORDS = PARTY_WORDS | {"liberal", "green", "greens"}


def _is_party(ent: Span) -> bool:
    words = fold(ent.text).split()
    if words and words[-1] == "party":
        words = words[:-1]
    return bool(words) and all(w in _PARTY_NAME_WORDS for w in words)


def _party_before(ctx: _Context, before: int) -> Span | None:
    """The party "the party" stands for: the last one that was a subject within a few sentences
    ("Labour hit back at the Tory proposals … The party challenged"), else the last one named
    ("Liberal Democrat leader Charles Kennedy has claimed. The party says")."""
    for token in _recent_subjects(ctx, before):
        ent = ctx.ent_at(token.i)
        if ent is not None and ent.label_ in ("ORG", "NORP") and _is_party(ent):
            return ent
    return _nearest_ent(ctx, before, ("ORG", "NORP"), window_sentences=3, where=_is_party)


# Heads of a title that spaCy tags as a proper noun ("the Salford MP", "The Chancellor"); not
# "executive" or "office", which also head names of bodies ("the Scottish Executive").
_TITLE_HEADS = frozenset({"mp", "msp", "mep", "minister", "secretary", "chancellor", "premier"})
# Words that make another role of a title: "the shadow chancellor" is not "the chancellor".
_ROLE_CHANGERS = frozenset({"shadow", "former", "deputy", "vice", "junior", "assistant", "acting", "prime", "ex", "opposition",
                            "interim", "outgoing", "incoming"})


def _outlet_that_reported(subject: Token, noun: str) -> bool:
    """Whether a subject is an outlet relaying a report ("…, BFMTV reported"): no firm that "the
    airline" stands for, unless the noun is an outlet's ("the broadcaster"). An outlet doing
    anything else is a firm ("Reuters beat profit forecasts. The news and data seller said …")."""
    return noun not in _MEDIA_NOUNS and subject.head.lower_ in _RELAY_CUES and is_news_outlet(subject.text)


def _subject_firm_name(ctx: _Context, before: int) -> tuple[int, int, str] | None:
    """A one-word name that was the subject of a main clause within a few sentences and is no
    person's or place's: the tagger leaves firm names untagged or takes them for people
    ("Macrovision said RipGuard would …", "Novartis said …", then "the company said")."""
    doc = ctx.doc
    for token in _recent_subjects(ctx, before):
        if token.dep_ != "nsubj" or token.head.dep_ not in ("ROOT", "conj") or token.pos_ != "PROPN" or not token.text[:1].isupper() or \
                _in_dateline(ctx, token.idx):
            continue  # (not "FRANKFURT (Reuters) -")
        # (a firm's noun before it describes it: "German carmaker Volkenwerk cut …")
        described = token.i > 0 and doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].head == token and \
            doc[token.i - 1].lower_ in _FIRM_NOUNS | BUSINESS_NOUNS
        modifiers = [c for c in token.children if c.dep_ in ("compound", "poss", "amod") and not (described and c.i == token.i - 1)]
        if modifiers or (token.i > 0 and doc[token.i - 1].dep_ == "compound" and not described):
            continue  # a name of several words or with a title: "Michael Lamberty", "Mr Sridharan", "President Kirchner"
        ent = ctx.ent_at(token.i)
        if ent is not None and (len(ent) > 1 or ent.label_ not in ("PERSON", "ORG", "PRODUCT", "NORP")):
            continue
        word = token.text
        if word in ctx.full_names or fold(word) in ctx.place_names or (ctx.gender is not None and ctx.gender(word) is not None) or \
                _outlet_that_reported(token, "company"):
            continue  # the surname of someone named in full, a place, a first name, an outlet that reported ("BFMTV reported")
        return (token.idx, token.idx + len(word), "ORG")
    return None


# A player's or manager's role written between the club's name and theirs ("Rovers striker Joel
# Baptiste", "Liverpool forward Diogo Silva").
_CLUB_ROLE_WORDS = (SPORTS_ROLES - {"referee", "umpire", "linesman"}) | {"manager", "coach", "forward", "captain", "player", "chairman"}


def _club_of_subject(ctx: _Context, before: int) -> tuple[int, int, str] | None:
    """The club named before the role of a person last in subject position ("Rovers striker Joel
    Baptiste has signed a new contract, the club has announced"), the tagger having tagged the
    club's name as nothing or left it out of any organisation."""
    doc = ctx.doc
    for token in _recent_subjects(ctx, before):
        if token.i not in ctx.person_tokens:
            continue
        role = next((t for t in doc[token.left_edge.i:token.i] if t.lower_ in _CLUB_ROLE_WORDS), None)
        if role is None:
            continue
        first = role.i
        while first > token.left_edge.i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() and \
                first - 1 not in ctx.person_tokens:
            first -= 1
        if first < role.i:
            return doc[first].idx, doc[role.i - 1].idx + len(doc[role.i - 1].text), "ORG"
    return None


def _firm_named_on_its_noun(ctx: _Context, before: int) -> tuple[int, int, str] | None:
    """The name on a firm's noun last in subject position ("Emirates airline on Monday placed an
    order …, the carrier announced": the tagger left "Emirates" untagged)."""
    for token in _recent_subjects(ctx, before):
        if token.pos_ == "NOUN" and token.lower_ in (_FIRM_NOUNS | BUSINESS_NOUNS) - {"team", "group", "club"}:
            name = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
            # (not where it is from: "US firm", "the Montreal team")
            if name and name[-1].i == token.i - 1 and all(t.text[:1].isupper() and t.ent_type_ not in _PLACE_ENT_LABELS for t in name) \
                    and fold(" ".join(t.text for t in name)) not in ctx.place_names:
                return (name[0].idx, name[-1].idx + len(name[-1].text), "ORG")
            return None
    return None


def _only_org_before(ctx: _Context, before: int) -> Span | None:
    """The one organisation the article named before `before`, if it named only one ("Revenues at
    media group Reuters slipped 11% … The company said …"): with two, "the company" may be either."""
    found: Span | None = None
    for ent in ctx.ents:
        if ent.start_char >= before:
            break
        if ent.label_ != "ORG" or ctx.quote_at(ent.start_char) is not None or _told(ent.root) or _in_dateline(ctx, ent.start_char) or \
                _hometown(ent.root, ctx):
            continue  # (nor the hearer: "…, a Lufthansa spokesman told the BBC"; nor "FRANKFURT (Reuters) -")
        if found is not None and fold(ent.text) != fold(found.text):
            return None
        found = found or ent
    return found


def _hometown(token: Token, ctx: _Context) -> bool:
    """Whether a name is where a named person is from ("Grace Munro, 67, from Kirkwall", the town
    tagged an organisation): no firm that "the firm" could be."""
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.i in ctx.person_tokens


def _in_dateline(ctx: _Context, char: int) -> bool:
    """Whether `char` falls in the dateline opening its line ("FRANKFURT (Reuters) - "): its place
    and agency credit are no organisation the story is about."""
    return char < _dateline_stop(ctx, char)


def _told(token: Token) -> bool:
    """Whether a token is who a verb of telling addresses ("told the BBC", "told Reuters")."""
    return token.dep_ in ("dobj", "dative") and token.head.lower_.startswith(_ADDRESSEE_PREFIXES)


def _char_range(named: Span | tuple[int, int, str]) -> tuple[int, int]:
    """Start and end offsets of an entity or of a (start, end, label) triple."""
    return (named.start_char, named.end_char) if isinstance(named, Span) else (named[0], named[1])


def _label(named: Span | tuple[int, int, str]) -> str:
    """The label of an entity or of a (start, end, label) triple."""
    return named.label_ if isinstance(named, Span) else named[2]


def _named_in_own_words(draft: _Draft, ctx: _Context) -> bool:
    """Whether the surname of the person a pronoun resolved to is written, outside quotation marks
    and not as a possessive, in what the pronoun is said to have said: someone reported in the
    third person is not the speaker ("he would not stand in the way if Pearce wanted to leave")."""
    if draft.antecedent is None or draft.antecedent_label != "PERSON":
        return False  # (a spokesman, resolved to his body, names it: "… had been in touch with M&S")
    words = ctx.text[draft.antecedent[0]:draft.antecedent[1]].split()
    surname = words[-1] if words else ""
    if len(surname) < 3 or not surname[:1].isupper() or surname.isupper():
        return False
    # (nor a name in a ticket: "voting for the Collins/Parker ticket")
    pattern = re.compile(rf"(?<!/)\b{re.escape(surname)}\b(?!['’]s|/)")
    return any(ctx.quote_at(found.start()) is None for s, e in draft.fragments for found in pattern.finditer(ctx.text, s, e))


def _with_closing_bracket(text: str, start: int, end: int) -> int:
    """`end`, past the closing bracket right after it when `text[start:end]` opens one more than it
    closes: the tagger may leave it out of a name ("World Health Organization (WHO" + ")")."""
    return end + 1 if text[start:end].count("(") > text[start:end].count(")") and text[end:end + 1] == ")" else end


def _set_antecedent(draft: _Draft, target: Span | tuple[int, int, str] | None) -> bool:
    if target is None:
        return False
    if isinstance(target, Span):
        draft.antecedent, draft.antecedent_label = _ent_offsets(target), target.label_
    else:
        draft.antecedent, draft.antecedent_label = (target[0], target[1]), target[2]
    return True


def _named_again_before(ctx: _Context, ent: Span) -> bool:
    """Whether the name `ent` is written before it too (whether or not the tagger took it for a name there)."""
    return re.compile(rf"(?<!\w){re.escape(ent.text)}(?!\w)").search(ctx.text, 0, ent.start_char) is not None


def _in_subject_near(ctx: _Context, ent: Span, before: int) -> bool:
    """Whether `ent` is in the subject of a clause of the sentence holding `before` or of the one before it."""
    return 0 <= ctx.sentence_of_char(before) - ctx.sentence_of_char(ent.start_char) <= 1 and \
        any(t.dep_ in _SUBJECT_DEPS for t in (ent.root, *ent.root.ancestors))


def _not_place_modifier(ent: Span) -> bool:
    """Whether an entity is not a place that merely qualifies a noun ("The US tycoon", "a
    UK-based firm"): such a place is no body that "it" stands for."""
    return ent.label_ != "GPE" or ent.root.dep_ not in ("compound", "amod", "nmod", "npadvmod") or ent.root.head.i < ent.root.i


def _claim_just_before(previous: list[_Draft], ctx: _Context, before: int) -> _Draft | None:
    """The last claim before `before`, if it ends in this sentence or the one before; not a claim
    reported inside the one before it ("It said data … suggested …. …, it said": the "it" that
    said, not the data)."""
    last = next((d for d in reversed(previous[-3:]) if not any(o is not d and o.start <= d.start and d.end <= o.end
                                                               for o in previous[-3:])), None)
    if last is None or ctx.sentence_of_char(before) - ctx.sentence_of_char(max(last.end - 1, last.start)) > 1:
        return None
    return last


# People that speak together under a singular noun, and are "they" after.
_COLLECTIVE_NOUNS = frozenset({"family", "couple", "band", "crew", "duo", "trio"})


def _what_spoke_last(previous: list[_Draft], ctx: _Context, before: int, pronoun: str) -> _Draft | None:
    """The claim before, if it ends in this sentence or the one before and its speaker is what
    the pronoun may stand for: for "it", a thing written as a common noun ("a letter", "the
    magazine", "The report") or a one-word name that is no person's ("Diageo said …. It said …":
    the tagger takes many a firm's name for a person's); for "they", a plural common noun
    ("Analysts said …, they added") or a body's ("the foundation")."""
    if pronoun not in _THING_PRONOUNS | _GROUP_PRONOUNS:
        return None
    last = _claim_just_before(previous, ctx, before)
    if last is None or last.speaker_head is None or last.speaker is None:
        return None
    head = last.speaker_head
    if pronoun in _GROUP_PRONOUNS:
        # (and a body, for which news writes "they" as often as "it": "Day's animal foundation said
        # …. Day, they said, desired no memorials")
        # (and people named together in the singular: "his family said …. "…," they said")
        body = head.lower_ in (_ORG_NOUNS - _ISSUED_NOUNS - _SPOKESPERSON_NOUNS) | _COLLECTIVE_NOUNS
        return last if last.attribution == "nominal" and head.pos_ == "NOUN" and (head.tag_ == "NNS" or body) and not last.group else None
    if last.attribution == "nominal" and head.pos_ == "NOUN" and head.lower_ in _THING_SPEAKER_NOUNS:
        return last
    name = ctx.text[last.speaker[0]:last.speaker[1]]  # (one word, hyphens allowed: "Winn-Dixie")
    one_word_name = last.attribution == "explicit" and head.pos_ == "PROPN" and " " not in name and name[:1].isupper()
    if one_word_name and name not in ctx.full_names and fold(name) not in ctx.place_names and \
            (ctx.gender is None or ctx.gender(name) is None):
        return last
    return None


def _main_subject_before(ctx: _Context, draft: _Draft, previous: list[_Draft], deps: tuple[str, ...]) -> Token | None:
    """The subject (one of `deps`) of the main clause of the sentence right before the claim's,
    if no claim was made in that sentence or after it."""
    here = ctx.sentence_of_char(draft.start)
    if here == 0:
        return None
    sentence_start = ctx.sentence_starts[here - 1]
    if previous and previous[-1].end > ctx.doc[sentence_start].idx:
        return None
    return next((c for c in ctx.doc[sentence_start].sent.root.children if c.dep_ in deps), None)


def _named_subject_before(ctx: _Context, draft: _Draft, previous: list[_Draft]) -> tuple[Token, Span] | None:
    """The subject of the main clause of the sentence right before the claim's (outside quotation
    marks, if no claim was made in that sentence or after it) and the name it is part of."""
    subject = _main_subject_before(ctx, draft, previous, ("nsubj", "nsubjpass"))  # ("Mubanga was freed last month.")
    if subject is None or ctx.quote_at(subject.idx) is not None:
        return None
    # ("The Green Party's co-leader, Chlöe Swarbrick, welcomed …": "co", "-" or "leader" parsed as
    # the subject; the noun is the last word)
    subject = _last_of_hyphenated(subject)
    ent = _full_name_in_apposition(ctx, subject, ctx.ent_at(subject.i))
    if ent is None and subject.pos_ == "NOUN":
        # "His friend, Saxon Spence, leader of the county group, lays the blame …": the name in
        # apposition, set off by commas or right after the noun ("Her neighbour Dean Hughes, 52, agreed.")
        named = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and (
            c.left_edge.i == subject.i + 1 or (c.left_edge.i == subject.i + 2 and subject.doc[subject.i + 1].text == ","))), None)
        if named is not None and (ent := ctx.ent_at(named.i)) is not None:
            return named, ent
    if ent is None and subject.pos_ == "NOUN" and subject.head.lower_ == "turned":
        # "Former City striker turned pundit Danny Weir believes …", parsed with "turned" as the
        # main verb: the name after the second role is whom the sentence is about
        named = next((t for c in subject.head.children if c.dep_ == "ccomp" and c.i > subject.head.i
                      for t in c.children if t.dep_ == "nsubj" and t.i in ctx.person_tokens), None)
        if named is not None and (ent := ctx.ent_at(named.i)) is not None:
            return named, ent
    if ent is None and subject.pos_ == "PROPN":
        # "Eurocontrol rejected the criticism. It said …": a name the tagger left untagged here
        # but tagged elsewhere in the article
        first = subject.i
        while first > 0 and subject.doc[first - 1].pos_ == "PROPN" and subject.doc[first - 1].head.i == subject.i:
            first -= 1
        name = subject.doc[first:subject.i + 1]
        tagged = next((e for e in ctx.ents if e.text == name.text and e.label_ in ("ORG", "PERSON")), None)
        ent = Span(subject.doc, first, subject.i + 1, label=tagged.label_) if tagged is not None else None
    return (subject, ent) if ent is not None else None


def _subject_of_the_clause_joined_before(ctx: _Context, head: Token) -> Span | None:
    """The person subject of the clause that the description's own clause is joined to ("Mensah,
    18, was mobbed by his team-mates, and the teenager said …"): the sentence's first words are
    about them, and the description names them again."""
    verb = head.head
    # (joined by "and": after "but" the sentence turns to someone else, "Ferguson's talisman Ruud van
    # Nistelrooy is fit again, but the Scot admitted …")
    if head.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= head.i or \
            not any(c.dep_ == "cc" and c.lower_ == "and" and head.i > c.i for c in verb.head.children):
        return None
    return next((e for e in ctx.ents if e.label_ == "PERSON" and e.end <= head.i and e.root.head.i == verb.head.i
                 and e.root.dep_ in ("nsubj", "nsubjpass")), None)


def _subject_before_the_claim(ctx: _Context, draft: _Draft, previous: list[_Draft], pronoun: str) -> Span | None:
    """The person (agreeing with the pronoun, if any: "" for none) who is the subject of the main
    clause of the sentence right before the claim's, if no claim was made in that sentence or after it."""
    found = _named_subject_before(ctx, draft, previous)
    if found is None:
        return None
    subject, ent = found
    # (nor when the pronoun's own sentence has someone else as a subject before it, outside what
    # is said: "Henman came from two sets down …, so he knows he faces a tough test")
    pronoun_head = draft.speaker_head
    if pronoun_head is not None and any(
            e.label_ == "PERSON" and pronoun_head.sent.start <= e.start and e.end <= pronoun_head.i and e.root.dep_ == "nsubj"
            and not any(s <= e.start_char < e_ for s, e_ in draft.fragments) for e in ctx.ents):
        return None
    # (a direct quotation that talks of a "he" is not his: "Jones scored twice. "He was superb," he
    # said."; unless it names whom it talks of first: ""Luca was unplayable," he said. "He is …"";
    # nor when "he" comes first, read before the quotation is: "Weir believes …. He told
    # talkSPORT: "… He's 29 …"")
    talks_of = _TALKS_OF.get(pronoun)
    if talks_of is not None and any(_opens_double_quote(ctx.text, s) for s, _ in draft.fragments) and \
            not (draft.speaker is not None and draft.speaker[1] <= draft.start) and \
            (talked_of := next((hit.start() for s, e in draft.fragments if (hit := talks_of.search(ctx.text, s, e))), None)) \
            is not None and not _names_another_before(ctx, draft, talked_of, ent):
        return None
    if _names_in_quotation(ctx, draft, ent):
        return None
    if not ctx.agrees(ent.start_char, ent.end_char, pronoun):
        return None
    # (the tagger takes many a titled name for a firm's: "captain Fabien Pelous")
    titled = ent.start > 0 and ctx.doc[ent.start - 1].lower_ in PERSON_ROLE_NOUNS
    return ent if subject.i in ctx.person_tokens or (titled and subject.pos_ == "PROPN") else None


def _name_words(ctx: _Context, person: Span) -> set[str]:
    """The words of a person's name as the article writes it anywhere (lower case): "Olof" and
    "Mellberg" for the "Mellberg" of "skipper Olof Mellberg … Mellberg spoke"."""
    return {t.lower_ for e in ctx.ents if e.label_ == "PERSON" and e[-1].lower_ == person[-1].lower_ for t in e} | \
        {t.lower_ for t in person}


def _names_in_quotation(ctx: _Context, draft: _Draft, person: Span) -> bool:
    """Whether a quotation of the claim calls the person by a name of theirs ("I've had more than a
    quiet word with Olof"): it speaks of them, to them, not as them."""
    quoted = [(start, end) for start, end in draft.fragments if _opens_double_quote(ctx.text, start)]
    if not quoted:
        return False
    names = _name_words(ctx, person) - PERSON_ROLE_NOUNS  # (not "President", tagged inside "President Obama")
    doc = ctx.doc
    return any(doc[i].pos_ == "PROPN" and doc[i].lower_ in names
               for start, end in quoted for i in range(ctx.token_at(start), ctx.token_at(end - 1) + 1))


def _names_another_before(ctx: _Context, draft: _Draft, char: int, person: Span) -> bool:
    """Whether the claim's words name a person other than `person` before `char`: tagged so, or a
    known first name the tagger left untagged ("Luca was unplayable"; not "Thomas' agent" when
    `person` is Thomas Hitzlsperger)."""
    doc = ctx.doc
    own_words = _name_words(ctx, person)
    for start, end in draft.fragments:
        for i in range(ctx.token_at(start), ctx.token_at(min(end, char) - 1) + 1):
            token = doc[i]
            if token.idx < min(end, char) and token.lower_ not in own_words and (token.i in ctx.person_tokens or (
                    token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and ctx.gender is not None and
                    ctx.gender(token.text) is not None)):
                return True
    return False


def _pronoun_subject_before(ctx: _Context, draft: _Draft, previous: list[_Draft]) -> Span | None:
    """Whom "he" or "she" stands for when one is the subject of the main clause of the sentence
    right before the claim's, if no claim was made in that sentence or after it ("Mr Bannatyne has
    given Labour £50,000. He made his fortune from care homes. The 52-year-old said …": not
    the ex-minister who spoke three sentences before)."""
    subject = _main_subject_before(ctx, draft, previous, ("nsubj", "nsubjpass"))
    if subject is None or subject.lower_ not in ("he", "she") or ctx.quote_at(subject.idx) is not None:
        return None
    referent = _subject_person(ctx, subject.idx, subject.lower_)
    return referent if isinstance(referent, Span) else None


def _body_subject_before_the_claim(ctx: _Context, draft: _Draft, previous: list[_Draft]) -> Span | None:
    """The organisation that is the subject of the main clause of the sentence right before the
    claim's, if no claim was made in that sentence or after it."""
    found = _named_subject_before(ctx, draft, previous)
    return found[1] if found is not None and found[1].label_ == "ORG" else None


def _firm_that_spoke(previous: list[_Draft]) -> tuple[int, int, str] | None:
    """What the last of `previous` spoken by a firm's noun ("The Swedish firm said …") resolved
    to: "the company" said next is the same firm."""
    for prior in reversed(previous):
        head = prior.speaker_head
        # (not "group": "the Paris-based pressure group said …. The search giant said" are two)
        if head is not None and prior.attribution == "nominal" and head.lower_ in (_FIRM_NOUNS | BUSINESS_NOUNS) - {"group"}:
            if prior.antecedent is None or prior.antecedent_label is None:
                return None
            return prior.antecedent[0], prior.antecedent[1], prior.antecedent_label
    return None


def _role_subject_before_the_claim(ctx: _Context, draft: _Draft, previous: list[_Draft], pronoun: Token) -> Token | None:
    """The head of a person's title with "the" ("the prime minister", "the chancellor") that is
    the subject of the main clause of the pronoun's sentence, before the pronoun, or else (when
    that subject is the same pronoun or the pronoun itself) of the sentence right before, if no
    claim was made in that sentence or after it."""
    if any(_opens_double_quote(ctx.text, s) for s, _ in draft.fragments):
        return None
    subject = next((c for c in pronoun.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i or subject.lower_ == pronoun.lower_:
        subject = _main_subject_before(ctx, draft, previous, ("nsubj",))
    if subject is None or subject.lower_ not in PERSON_ROLE_NOUNS or subject.ent_type_ or ctx.quote_at(subject.idx) is not None or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or \
            any(c.dep_ in ("prep", "appos", "poss") or c.pos_ == "PROPN" for c in subject.children):
        return None  # (not "the minister for Wales", "the chairman, Ian Cheshire", "the party's leader", "the Labour leader")
    return subject


def _role_holder(ctx: _Context, role: Token, previous: list[_Draft], pronoun: str) -> tuple[int, int, str] | None:
    """The person a title ("the prime minister") stands for, as if it had spoken, if any and if
    the pronoun agrees with it."""
    start, end = _token_range_chars(ctx.doc, *_speaker_tokens(role))
    draft = _Draft(fragments=[(start, end)], speaker=(start, end), speaker_head=role)
    _resolve(draft, ctx, previous)
    if draft.antecedent is None or draft.antecedent_label != "PERSON" or not ctx.agrees(*draft.antecedent, pronoun):
        return None
    return draft.antecedent[0], draft.antecedent[1], "PERSON"


# A third person of the pronoun's gender inside a quotation: someone the speaker talks about.
_HE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_TALKS_OF = {"he": _HE_WORDS, "him": _HE_WORDS, "she": _SHE_WORDS, "her": _SHE_WORDS}


# Who speaks unnamed ("a spokesman", "our correspondent"), and the nouns that say a woman or a man does.
_UNNAMED_SPEAKER_NOUNS = PERSON_ROLE_NOUNS | {"correspondent", "source", "aide", "expert"}
# People wire copy quotes unnamed, with "a": "A resident of Maiduguri … told AFP …. "We told them
# the dam was weak," he said" is the resident, not the official named before (not "the
# mother-of-nine", someone the article named).
_LAY_SPEAKER_NOUNS = frozenset({"resident", "witness", "eyewitness", "villager", "neighbour", "neighbor", "farmer", "survivor",
                                "passenger", "man", "woman", "mother", "father", "relative", "shopkeeper", "trader", "protester",
                                "victim", "tenant", "parent", "customer", "worker", "fan", "voter", "bystander"})
# Nouns that describe a person, unnamed or not ("a florist" is none: the lexicons lack it).
_PERSON_NOUNS = _UNNAMED_SPEAKER_NOUNS | _LAY_SPEAKER_NOUNS | PERSONS_ROLE_NOUNS
# … and those of a body too: who may speak in "…, a senior official informed." (`_speaker_closing_sentence`)
_PERSON_OR_BODY_NOUNS = frozenset(_PERSON_NOUNS | _ORG_NOUNS)
_WOMAN_NOUNS = frozenset({"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "woman", "mother",
                          "wife", "daughter", "sister", "mum", "girlfriend", "fiancee", "widow", "aunt", "niece", "granddaughter",
                          "stepdaughter"})
_MAN_NOUNS = frozenset({"spokesman", "chairman", "businessman", "congressman", "man", "father",
                        "husband", "son", "brother", "dad", "boyfriend", "fiance", "widower", "uncle", "nephew", "grandson", "stepson"})


def _unnamed_person_that_spoke_last(previous: list[_Draft], ctx: _Context, before: int, pronoun: str) -> _Draft | None:
    """The claim before, if it ends in this sentence or the one before and its speaker is a
    person described, not named ("A spokesman for the ministry said …", "Our correspondent
    said …"), whom the pronoun agrees with."""
    last = _claim_just_before(previous, ctx, before)
    if last is None or last.speaker_head is None or last.attribution != "nominal" or last.antecedent_label == "PERSON":
        return None
    head = last.speaker_head
    member = _one_of_a_kind(head) if head.lower_ == "one" else None
    one_of = member is not None
    if member is not None:
        head = member  # "One of the victims, a retired teacher, told …": a victim, unnamed
    elif head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    # (a relative too: "Her husband said …. "…," he said" is the husband, not the last man named)
    # (and anyone the article keeps anonymous: "One nurse from Bristol, who did not want to be named, told …")
    unnamed = one_of or head.lower_ in _UNNAMED_SPEAKER_NOUNS or \
        _ANONYMITY.search(head.doc[head.left_edge.i:head.right_edge.i + 1].text) is not None or (
        head.lower_ in _LAY_SPEAKER_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in head.children)) or (
        head.lower_ in KIN_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in head.children)) or (
        # ("The daughter of one victim told The Post …. "…," she said": a relative of someone unnamed)
        head.lower_ in KIN_NOUNS and not any(t.ent_type_ == "PERSON" for t in head.subtree) and
        any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
            for c in head.children))  # (not "the mother-of-nine", a description of one named)
    if not unnamed or last.group:
        return None
    return None if head.lower_ in (_WOMAN_NOUNS if pronoun in ("he", "him") else _MAN_NOUNS) else last


def _one_of_a_kind(one: Token) -> Token | None:
    """The plural noun of people in "one of the victims" (or "one of the residents"), if "one" has one."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None) if of is not None else None
    if people is None or people.lower_.removesuffix("s") not in _LAY_SPEAKER_NOUNS | _UNNAMED_SPEAKER_NOUNS:
        return None
    return people


def _subject_since(ctx: _Context, before: int, since: int) -> Token | None:
    """The nearest subject before `before`, if it stands after `since` (the claim before)."""
    token = next(_recent_subjects(ctx, before), None)
    return token if token is not None and token.idx >= since else None


def _plural_noun_subject_since(ctx: _Context, before: int, since: int) -> bool:
    """Whether the nearest subject before `before` (after `since`) is a plural common noun that
    names no one ("Many newspapers are investing …. They are hoping …"): "they" is them."""
    token = _subject_since(ctx, before, since)
    return token is not None and token.pos_ == "NOUN" and token.tag_ == "NNS" and ctx.ent_at(token.i) is None


def _passive_maker(ctx: _Context, thing: Token) -> Span | None:
    """Who the sentence says made a report it is the passive subject of: "The research was carried
    out jointly by the UK Film Council and …" (the first organisation or person named)."""
    agent = _agent(thing.head) if thing.dep_ == "nsubjpass" else None
    ent = ctx.ent_at(agent.i) if agent is not None else None
    return ent if ent is not None and ent.label_ in ("ORG", "PERSON") else None


def _thing_subject_since(ctx: _Context, before: int, since: int) -> Token | None:
    """The nearest subject before `before` (after `since`), if it is a thing that speaks written as
    a singular common noun with no name in it ("The report", "the study"): what "it" is."""
    token = _subject_since(ctx, before, since)
    if token is not None and token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in _THING_SPEAKER_NOUNS and \
            ctx.ent_at(token.i) is None:
        return token
    return None


def _named_group_subject(ctx: _Context, before: int) -> list[_Member]:
    """The members of the nearest subject, in this sentence or the one before, when it is names
    joined by "and" ("ScanSoft and Gracenote", "Michael Howard and frontbencher John Redwood"),
    each a named person, organisation or country; none otherwise."""
    subject = _nearest_subject(ctx, before)
    if subject is None:
        return []
    members = []
    for token in _with_conjuncts(subject):
        ent = ctx.ent_at(token.i)
        if ent is None or ent.label_ not in ("PERSON", "ORG", "GPE") or ent.end - 1 != token.i:
            return []
        offsets = _ent_offsets(ent)
        members.append(_Member(offsets, head=token.i, antecedent=offsets, antecedent_label=ent.label_))
    return members if len(members) >= 2 else []


# Verbs whose subject and object are two sides that met: "Lavrov met Fidan", "Xi received Lula"
# (word forms: the pipeline runs without the lemmatizer).
_MEETING_FORMS = frozenset({"met", "meets", "meet", "meeting", "hosted", "hosts", "hosting", "received", "receives", "welcomed",
                            "welcomes"})
# … and the words that take the other side after "with": "held talks with", "spoke with".
_TALKED_WITH_FORMS = frozenset({"talks", "talked", "talk", "held", "holds", "met", "meets", "spoke", "speaks", "conferred"})


# Sentences back in which "the sides" may have been named: a report of their talks may come between
# ("Lavrov and Fidan held talks. The sides discussed …, the ministry said. The sides said …").
_SIDES_WINDOW = 5


def _sides_named(ctx: _Context, before: int) -> list[_Member]:
    """The named sides "the sides" stands for: a subject (not itself "the sides") that is names
    joined by "and" ("Sergey Lavrov and his Turkish counterpart Hakan Fidan held talks"), or
    one name with whom it met or talked ("Lavrov met Fidan", "Lavrov held talks with Fidan"), the
    nearest such within the last few sentences; none otherwise (a body that spoke alone is no two
    sides)."""
    for subject in _recent_subjects(ctx, before, _SIDES_WINDOW):
        if subject.lower_ in ("sides", "they") or subject.pos_ == "PRON":
            continue  # ("The sides discussed …. The sides said …": the same sides)
        verb = subject.head
        # (all the verb's subjects: "Sergey Lavrov and his Turkish counterpart Hakan Fidan" comes
        # out as two, the counterpart's name a subject of its own)
        heads = sorted({t for c in verb.children if c.dep_ == "nsubj" for t in _with_conjuncts(c)}, key=lambda t: t.i)
        if len(heads) == 1:
            met = [c for c in verb.children if c.dep_ == "dobj" and verb.lower_ in _MEETING_FORMS]
            met += [p for c in (verb, *(c for c in verb.children if c.dep_ == "dobj")) if c.lower_ in _TALKED_WITH_FORMS
                    for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
            heads = [subject, *(t for m in met[:1] for t in _with_conjuncts(m))]
        members: list[_Member] = []
        for head in heads:
            if head.idx < _dateline_stop(ctx, head.idx):
                continue  # ("MOSCOW, March 3 (TASS) - Russian Foreign Minister Sergey Lavrov and …", parsed as one subject)
            # the name that is the head, or that stands in its phrase ("his Turkish counterpart Hakan Fidan")
            ent = next((e for e in ctx.ents if e.label_ in ("PERSON", "ORG", "GPE") and head.left_edge.i <= e.start and
                        e.end - 1 <= head.right_edge.i and (e.end - 1 == head.i or ctx.doc[e.end - 1].head.i == head.i)), None)
            if ent is None:
                if head.pos_ == "PROPN" or head.i in ctx.person_tokens:
                    members = []  # (a side the tagger did not name: not these sides)
                    break
                continue  # ("his Turkish counterpart", whose name the parser made a subject of its own)
            offsets = _ent_offsets(ent)
            if all(m.antecedent != offsets for m in members):
                members.append(_Member(offsets, head=ent.end - 1, antecedent=offsets, antecedent_label=ent.label_))
        if len(members) >= 2:
            return members
    return []


def _people_named_with_role(ctx: _Context, before: int, role: str) -> list[_Member]:
    """The people introduced together with a plural title ("Foreign Ministers, Sergey Lavrov and
    Mohammad Javad Zarif", "the two presidents, Putin and Macron") in this sentence or the six
    before (a report of what they said may come between), the nearest such group: each a named
    person; none otherwise."""
    doc = ctx.doc
    here = ctx.sentence_of_char(before)
    first = ctx.sentence_starts[max(0, here - 6)]
    last = ctx.token_at(before)
    found: list[_Member] = []
    for token in doc[first:last]:
        if token.lower_ != role or token.tag_ not in ("NNS", "NNPS"):
            continue
        # the names right after the title or in apposition to it (not "judges including Sir Trevor
        # McDonald and Hugh Grant": some of them)
        named = next((t for t in doc[token.i + 1:min(token.i + 3, last)] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
        if named is None or (named.i == token.i + 2 and doc[token.i + 1].text != ","):
            continue
        group = [ctx.ent_at(named.i)]
        for conjunct in (t for t in doc[named.i:min(named.i + 12, last)] if t.dep_ == "conj" and t.ent_type_ == "PERSON"):
            ent = ctx.ent_at(conjunct.i)
            if ent is not None and ent not in group:
                group.append(ent)
        people = [e for e in group if e is not None and e.label_ == "PERSON"]
        if len(people) >= 2:
            found = [_Member(offsets, head=ent.end - 1, antecedent=offsets, antecedent_label="PERSON")
                     for ent in people for offsets in (_ent_offsets(ent),)]
    return found


def _nearest_subject(ctx: _Context, before: int) -> Token | None:
    """The nearest subject before `before` that is no pronoun (one stands for a subject before it:
    "The Home Office said it would …"), in this sentence or the one before."""
    here = ctx.sentence_of_char(before)
    for subject in _recent_subjects(ctx, before):
        if ctx.sentence_of_char(subject.idx) < here - 1:
            return None
        if subject.pos_ != "PRON":
            return subject
    return None


def _prior_speaker(previous: list[_Draft], ctx: _Context, before: int, labels: tuple[str, ...],
                   max_paragraphs: int | None = None, contains: str | None = None,
                   pronoun: str = "") -> tuple[int, int, str] | None:
    """The most recent earlier claim's resolved speaker with one of `labels`."""
    here = ctx.paragraph_of(before)
    for prior in reversed(previous):
        if prior.antecedent is None or prior.antecedent_label not in labels:
            continue
        if not ctx.agrees(*prior.antecedent, pronoun):
            continue
        if prior.start <= before < prior.end and ctx.outnamed(*prior.antecedent, before, pronoun):
            continue  # (a pronoun inside what was said, a woman named in it before: see `_Context.outnamed`)
        if max_paragraphs is not None and here - ctx.paragraph_of(prior.end) > max_paragraphs:
            return None
        if contains is not None and contains not in ctx.text[prior.antecedent[0]:prior.antecedent[1]].lower():
            continue
        return (*prior.antecedent, prior.antecedent_label)
    return None


_PLACE_ENT_LABELS = ("GPE", "LOC", "NORP")
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "tabloid"})
# Things that speak in news and that "it" goes on to stand for: "The report said …. It said …".
_THING_SPEAKER_NOUNS = _ISSUED_NOUNS | _AUTHORED_NOUNS | _STUDY_NOUNS | _OUTLET_NOUNS | {"advert", "advertisement", "ad", "website"}


# Words of newspaper names ("the Financial Times", "the Sunday Telegraph", "Arab News") and their
# usual short forms: "the paper" after "according to the FT" is the FT.
_NEWSPAPER_NAME_WORDS = frozenset({"times", "telegraph", "guardian", "observer", "independent", "mail", "mirror", "express", "post",
                                  "journal", "herald", "tribune", "gazette", "news", "chronicle", "scotsman",
                                  "economist", "ft", "wsj"})


def _newspaper_after_the(ent: Span) -> bool:
    """Whether a name ends with a newspaper's word and follows "the", perhaps past capitalised
    words ("the Dunmore Gazette" with only "Gazette" tagged)."""
    doc = ent.doc
    if ent[-1].lower_ not in _NEWSPAPER_NAME_WORDS or not ent[-1].text[:1].isupper():
        return False
    first = ent.start
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    return first > 0 and doc[first - 1].lower_ == "the"


def _names_a_newspaper(name: str) -> bool:
    """Whether a name is made like a newspaper's ("the Financial Times", "Arab News", "the FT",
    "Financial Times Deutschland")."""
    return any(word[:1].isupper() and word.casefold() in _NEWSPAPER_NAME_WORDS for word in re.findall(r"[\w']+", name))


def _prior_outlet(previous: list[_Draft], ctx: _Context) -> tuple[int, int, str] | None:
    """The newspaper or magazine that spoke last, as written with such a noun ("Vedomosti
    newspaper reported", "Spanish daily ABC accuses") or by a newspaper's name ("according to the
    Financial Times", "the FT reports"), or where the last claim was made ("told the Mirror
    newspaper", "in an interview with the Financial Times")."""
    for prior in reversed(previous):
        if prior.antecedent is not None and prior.speaker is not None and \
                (_OUTLET_NOUNS & set(ctx.text[prior.speaker[0]:prior.speaker[1]].lower().split())
                 or _names_a_newspaper(ctx.text[prior.antecedent[0]:prior.antecedent[1]])):
            return (*prior.antecedent, prior.antecedent_label or "ORG")
        if prior.medium is not None and (_OUTLET_NOUNS & set(ctx.text[max(0, prior.medium[0] - 12):prior.medium[1] + 12].lower().split())
                                         or _names_a_newspaper(ctx.text[prior.medium[0]:prior.medium[1]])):
            return (*prior.medium, "ORG")
        if prior.via is not None and _names_a_newspaper(ctx.text[prior.via[0]:prior.via[1]]):
            start, end = prior.via
            return (start + 4 if ctx.text[start:start + 4].casefold() == "the " else start, end, "ORG")  # (the name, not "the FT")
    return None


def _newspaper_named_before(ctx: _Context, before: int) -> Span | None:
    """The newspaper last named within a few sentences ("The Telegraph was sued … after the
    newspaper claimed …"), whatever spaCy tagged it when "the" stands before it ("The Herald"
    tagged PERSON)."""
    doc = ctx.doc
    return _nearest_ent(ctx, before, tuple({e.label_ for e in ctx.ents}), window_sentences=_PRONOUN_WINDOW,
                        where=lambda e: _names_a_newspaper(e.text) and (e.label_ in ("ORG", "WORK_OF_ART", "PRODUCT")
                                                                        or (e.start > 0 and doc[e.start - 1].lower_ == "the")))


# Nouns that open a body's name before "of" or "for" ("Centers for Disease Control and
# Prevention", "Institute for Fiscal Studies", "Department of Health").
_NAME_OPENING_BODY_NOUNS = frozenset({"center", "centers", "centre", "centres", "institute", "institutes", "department", "ministry",
                                      "office", "bureau", "council", "society", "association", "federation", "union", "league",
                                      "committee", "commission", "board", "school", "university", "foundation", "agency",
                                      "authority", "court", "fund", "bank", "academy", "college", "coalition", "alliance",
                                      "organisation", "organization", "service", "services", "administration"})
_NAME_CONNECTORS = frozenset({"and", "of", "for", "the", "on", "&", "-"})


def _name_goes_on_in(head: Token, prep: Token) -> bool:
    """Whether `prep` ("for Disease Control and Prevention") goes on with a body's name that `head`
    ("Centers", capitalised) opens and the tagger left untagged: every word capitalised or a connector."""
    if not (head.text[:1].isupper() and head.lower_ in _NAME_OPENING_BODY_NOUNS and prep.dep_ == "prep" and
            prep.lower_ in ("of", "for", "on") and prep.i == head.i + 1 and not head.ent_type_):
        return False
    words = [t for t in prep.subtree if t.i > prep.i]
    # (no person's: "Friends of Mr. Clinton's")
    return bool(words) and any(t.text[:1].isupper() for t in words) and \
        all((t.text[:1].isupper() and t.ent_type_ != "PERSON" and t.lower_.rstrip(".") not in HONORIFICS)
            or t.lower_ in _NAME_CONNECTORS for t in words)


def _named_in_phrase(ctx: _Context, head: Token, start: int, end: int) -> tuple[int, int, str] | None:
    """The speaker phrase itself as a name when spaCy tagged none: "the Russian foreign ministry",
    "Pashinian". Organisation nouns make an ORG, proper nouns a PERSON."""
    doc = head.doc
    first = doc[ctx.token_at(start)]
    while first.i < head.i and (first.dep_ in ("det", "poss", "case") or first.is_punct):
        first = doc[first.i + 1]
    # (a body's name may hold a plural's possessive: "The Eastfield Residents' Association", "the
    # Children's Society")
    # (a capitalised kind ends a body's name of several words: "Hostages and Missing Families Forum";
    # "the Forum" alone is one named before)
    org = head.lower_ in _ORG_NOUNS or (head.text[:1].isupper() and head.lower_ in _BODY_NAME_ENDINGS and first.i < head.i)
    # (and an untagged name's, before a capitalised kind: "the Alzheimer's Society")
    possessive = [t for t in doc[first.i:head.i] if t.tag_ == "POS" and not (org and t.i > 0 and (
        _plural_in_a_name(doc[t.i - 1], t) or (head.text[:1].isupper() and doc[t.i - 1].pos_ == "PROPN" and not doc[t.i - 1].ent_type_)))]
    if possessive:  # "Flight International's Mr Learmount" is Mr Learmount
        first = doc[possessive[-1].i + 1]
    span_start = first.idx
    if (named := next((c for c in head.children if _name_goes_on_in(head, c)), None)) is not None:
        # "The Centers for Disease Control and Prevention" untagged: one body's name
        return span_start, named.right_edge.idx + len(named.right_edge.text), "ORG"
    if head.text in COUNTRIES_IN_BODY_NAMES and first.i < head.i and all(t.is_title and t.pos_ == "PROPN" for t in doc[first.i:head.i]):
        # "Public Health England", "Universities UK" untagged: a body named for its country
        return span_start, head.idx + len(head.text), "ORG"
    if org and head.lower_ not in _ISSUED_NOUNS and not head.lower_.startswith("spokes"):
        return (span_start, head.idx + len(head.text), "ORG") if first.i < head.i or head.text[0].isupper() else None
    if ctx.is_name(head):
        # (not a description in lower case before the name: "Finnish anti-virus lab F-Secure")
        if (described := description_before_name(doc[first.i:head.i + 1], punctuation_in_name=True)) is not None:
            span_start = doc[first.i + described + 1].idx
        return (span_start, head.idx + len(head.text), "GPE" if fold(head.text) in ctx.place_names else "PERSON")
    return None


# Plurals not in -s that name bodies with a possessive: "the Women's Institute", "the People's Party".
_PLURALS_OF_PEOPLE = frozenset({"children", "women", "men", "people"})


def _plural_in_a_name(word: Token, possessive: Token) -> bool:
    """Whether `word` and its possessive mark are a capitalised plural's ("Residents'",
    "Children's"), as in a body's name, not an owner's."""
    return word.text[:1].isupper() and word.ent_type_ not in ("PERSON", "GPE") and (
        (possessive.text in ("'", "’") and word.lower_.endswith("s")) or word.lower_ in _PLURALS_OF_PEOPLE)


def _resolve_members(draft: _Draft, ctx: _Context) -> None:
    """Each member of "Putin and Macron" resolves to its own name."""
    for member in draft.members:
        head = ctx.doc[member.head]
        ent = _ent_in(ctx, *member.speaker, head)
        # (not when trimming the name leaves the head out: "EARLY - Ruth Marsh" is "EARLY")
        if ent is not None and ent.start <= head.i < ent.end and (trimmed := _ent_offsets(ent))[0] <= head.idx < trimmed[1]:
            member.antecedent, member.antecedent_label = trimmed, ent.label_
            continue
        named = _named_in_phrase(ctx, head, *member.speaker)
        if named is not None:
            member.antecedent, member.antecedent_label = (named[0], named[1]), named[2]


# Adjectives that describe a firm without naming it: "the new operator", "the rival carrier".
_DESCRIBING_ADJECTIVES = frozenset({"new", "former", "rival", "other", "same", "parent", "smaller", "larger", "biggest", "largest"})


# How a police force's name reads: "Durham Constabulary", "Thames Valley Police", "the Metropolitan Police Service".
_POLICE_NAME = re.compile(r"\b(?:Police|Constabulary)\b")


def _describes_a_firm(modifier: Token, noun: str) -> bool:
    """Whether `modifier` of a firm noun only describes the firm ("the Swedish firm", "the new
    operator"): such a phrase is no name of its own."""
    if noun not in _FIRM_NOUNS:
        return False
    if modifier.dep_ == "amod":
        # (also where it is based, and an adjective of what it makes: "the Norwich-based company",
        # "the frozen food maker")
        return modifier.ent_type_ == "NORP" or modifier.lower_ in _DESCRIBING_ADJECTIVES or modifier.lower_.endswith("based") or \
            (modifier.text.islower() and any(c.dep_ == "compound" and c.text.islower() and c.i > modifier.i
                                             for c in modifier.head.children))
    # "the clothing and home furnishing retailer", "the US agrochemical giant": what it sells and
    # where (but "the research team", "the management team" are what they call themselves)
    return modifier.dep_ == "compound" and noun not in ("team", "group", "club") and \
        (modifier.text.islower() or modifier.ent_type_ in ("GPE", "NORP"))


_DEFINITE_PHRASE = re.compile(r"(?i:the)\s+(\S+(?:\s+\S+){1,4})")
# Words that make a title another office: "Deputy Chief Minister", "Vice President", "ex-".
_RANK_MODIFIER_BEFORE = re.compile(r"(?i:\b(?:deputy|vice|assistant|acting|former|junior|shadow|associate|under|co|ex|interim)[\s-]*)$")


def _introduced_with_words(ctx: _Context, start: int, end: int) -> Span | tuple[int, int, str] | None:
    """The person last named right after the words of a definite speaker phrase of two to five
    words ("the world number three" for "world number three Elsa Lindqvist"), or named after them
    inside one name the tagger made of both ("Kremlin Spokesman Dmitry Kalashov")."""
    found = _DEFINITE_PHRASE.fullmatch(ctx.text, start, end)
    if found is None:
        return None
    words = found.group(1).casefold()
    for ent in reversed(ctx.ents):
        if ent.end_char > start or ent.label_ not in ("PERSON", "ORG"):
            continue
        before = ent.start_char - len(words) - 1
        if ent.label_ == "PERSON" and before >= 0 and ctx.text[before:ent.start_char - 1].casefold() == words and \
                ctx.text[ent.start_char - 1] == " " and (before == 0 or not ctx.text[before - 1].isalnum()) and \
                not _RANK_MODIFIER_BEFORE.search(ctx.text, max(0, before - 12), before):
            return ent  # (not "Deputy Chief Minister Devendra Fadnavis" for "the chief minister")
        if ent.text.casefold().startswith(words + " ") and len(ent) - len(words.split()) >= 2 and \
                all(t.pos_ == "PROPN" for t in ent[len(words.split()):]):
            return ent.start_char + len(words) + 1, ent.end_char, "PERSON"
    return None


def _person_with_title(ctx: _Context, head: Token, start: int, end: int) -> Span | None:
    """"The Indonesian Economics Minister said": a capitalised title alone stands for the person
    introduced earlier with all its words ("Economics Minister Aburizal Bakrie"), not for a name of
    its own ("First Minister" is not "Prime Minister Boris Johnson"); None when there is none or a
    name follows the title ("President of Ukraine Volodymyr Zelenskyy")."""
    if head.lower_ not in PERSON_ROLE_NOUNS or not head.text[0].isupper() or head.idx + len(head.text) < end:
        return None
    doc = head.doc
    if head.i + 1 < len(doc) and (doc[head.i + 1].lower_ == "of" or doc[head.i + 1].pos_ == "PROPN"):
        return None
    if any(c.i < head.i and c.lower_ in ("a", "an", "one", "another", "some", "two", "three") for c in head.children):
        return None  # ("One MP told the BBC": someone unnamed)
    earlier = _nearest_ent(ctx, start, ("PERSON",), contains=head.lower_)
    if earlier is None:
        return None
    title = ctx.text[max(0, earlier.start_char - 40):earlier.start_char].lower().split()
    return earlier if all(c.lower_ in title for c in head.children if c.dep_ == "compound") else None


def _contrasted_with_itself(draft: _Draft, previous: list[_Draft], ctx: _Context) -> bool:
    """Whether a speaker named by a noun ("the Kiwi") resolved to the speaker of the clause its
    cue is contrasted with by "but": "Dallas said that Deans was tackled short, but the Kiwi said
    he was dragged back" sets two people against each other."""
    if draft.cue_token is None or draft.antecedent is None:
        return False
    cue = ctx.doc[draft.cue_token]
    if cue.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "but" and cue.head.i < c.i < cue.i for c in cue.head.children):
        return False
    other = next((prior for prior in reversed(previous) if prior.cue_token == cue.head.i), None)
    if other is None or other.antecedent is None:
        return False
    return ctx.text[other.antecedent[0]:other.antecedent[1]].split()[-1:] == ctx.text[draft.antecedent[0]:draft.antecedent[1]].split()[-1:]


def _resolve(draft: _Draft, ctx: _Context, previous: list[_Draft]) -> None:
    """Set attribution and antecedent of a draft from its speaker phrase and what came before."""
    head = draft.speaker_head
    if draft.speaker is None or head is None:
        return
    _resolve_members(draft, ctx)
    start, end = draft.speaker
    word = _POSSESSIVE_AS_SUBJECT.get(head.lower_, head.lower_)  # (the owner of "his claim that …" is whom "he" would be)
    if head.pos_ == "NOUN" and _kept_anonymous(head) and not any(c.pos_ == "PROPN" or c.ent_type_ for c in head.lefts):
        # "The police chief, who asked not to be named …, said": someone the article does not
        # name, not whoever was last a subject ("A senior Harbour Board official, who spoke on
        # condition of anonymity," still speaks for the board).
        draft.attribution = "nominal"
        return
    if head.pos_ == "PRON" or word in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS:
        draft.attribution = "pronoun"
        if word in _PERSON_PRONOUNS:
            # News attributes "he said" to the last speaker far more often than to anyone else;
            # failing that, to the person who was last a sentence subject. "His claim that …" is
            # first the person named earlier in its sentence ("forced coach Matt Williams to
            # reassess his belief that …").
            if head.dep_ == "poss" and _set_antecedent(draft, _nearest_ent(ctx, start, ("PERSON",), window_sentences=0, pronoun=word)):
                pass
            elif _set_antecedent(draft, _introduced_by(ctx, draft, word)):
                # `Hollywood's mayor, Johnny Grant, said: "… / "…," he added.`: the person whose
                # colon opened the quotation, not the last one whose claim was kept.
                pass
            elif (misgendered := _speaker_the_name_list_misgenders(previous, ctx, min(start, draft.start), word)) is not None:
                # (counted from where the claim starts: a quotation of two sentences may come before "he said")
                draft.adopt_antecedent(misgendered)
            elif head.dep_ == "nsubj" and not any(_opens_double_quote(ctx.text, s) for s, _ in draft.fragments) and \
                    _set_antecedent(draft, _person_subject_above(ctx, head, word, (draft.start, draft.end))):
                # "Mr Blair contrasted Labour with a Tory party, which he said would turn the clock
                # back". (A quotation's "he said" stays the last speaker's: "Yukos is confident …,
                # and "we are prepared …," he said.")
                pass
            elif head.dep_ == "nsubj" and (role := _role_subject_before_the_claim(ctx, draft, previous, head)) is not None:
                # "On Friday, the prime minister completed a tour …. Starting in London, he visited
                # …": whom that title stands for (if it agrees), not the last person who spoke;
                # no one when the title stands for no one named.
                _set_antecedent(draft, _role_holder(ctx, role, previous, word))
            elif head.dep_ == "nsubj" and _set_antecedent(draft, _subject_before_the_claim(ctx, draft, previous, word)):
                # "… but captain Fabien Pelous sees hope. "I get the impression we are getting
                # better," he said.": the person the sentence before is about, when no one has
                # spoken since.
                pass
            elif (unnamed := _unnamed_person_that_spoke_last(previous, ctx, min(start, draft.start), word)) is not None:
                # "A spokesman for the department said …. He added …": that spokesman (and the body
                # he speaks for), not the last person named. (Counted from where the claim starts:
                # a quotation of two sentences may come before "he said".)
                draft.adopt_antecedent(unnamed)
            elif not _set_antecedent(draft, _prior_speaker(previous, ctx, min(start, draft.start), ("PERSON",), max_paragraphs=2,
                                                         pronoun=word)):
                # (counted from where the claim starts: a quotation over two paragraphs may come before "she said")
                # (the one who tells, not the one told of: "McGeough has yet to confirm that Weir
                # is on his way. "…," he said")
                _set_antecedent(draft, _subject_person(ctx, start, word, tellers_only=True)
                                or _nearest_ent(ctx, start, ("PERSON",), pronoun=word))
            if _named_in_own_words(draft, ctx):
                # "he insisted he still trusted Mr Blair": whoever "he" is, not Mr Blair; better
                # no one than him
                draft.antecedent = draft.antecedent_label = None
        elif word in _GROUP_PRONOUNS and previous and previous[-1].group:
            # "Haddad and Brooks said …; they added": the group that spoke last.
            if _set_antecedent(draft, _prior_speaker(previous[-1:], ctx, start, ("PERSON", "ORG", "GPE", "NORP"))):
                draft.group, draft.members = True, list(previous[-1].members)
        elif word == "they" and (members := _named_group_subject(ctx, start)):
            # "ScanSoft and Gracenote are developing technology …. They want …": the names joined
            # as the nearest subject.
            draft.group, draft.members = True, members
            draft.antecedent, draft.antecedent_label = members[0].antecedent, members[0].antecedent_label
        elif word in _THING_PRONOUNS | _GROUP_PRONOUNS and _set_antecedent(
                draft, _body_subject_above(ctx, head, ("ORG", "GPE", "NORP") if word in _GROUP_PRONOUNS else ("ORG", "GPE"))):
            pass  # "The Tories have promised a cut for pensioners, who they say have been hardest hit"
        elif word in _THING_PRONOUNS and _set_antecedent(draft, _body_subject_before_the_claim(ctx, draft, previous)):
            # "The Electronic Frontier Foundation is also defending the firm. "…," it said": the body
            # the sentence before is about, when nothing was said since, not one that spoke earlier.
            pass
        elif (thing := _what_spoke_last(previous, ctx, min(start, draft.start), word)) is not None:
            # "A letter sent to him said …. The evidence suggested …, it said": the letter, and
            # whatever it resolved to (often nothing), not a body named before it; so for "they"
            # after "Analysts said …" or "Opponents say …". (Counted from where the claim starts: a
            # quotation of two sentences may come before "they said".)
            draft.adopt_antecedent(thing)
        elif word in _GROUP_PRONOUNS and _plural_noun_subject_since(ctx, start, previous[-1].end if previous else 0):
            pass  # "Many newspapers are investing in new presses. They are hoping …": no one named
        elif word in _THING_PRONOUNS and (report := _thing_subject_since(ctx, start, previous[-1].end if previous else 0)) is not None:
            # "The report, carried out by consultants …, placed the UK third. It showed …": the
            # report, and whoever made it if named, not the nearest organisation ("ICT")
            _set_antecedent(draft, _author_of(ctx, report) or _passive_maker(ctx, report))
        elif word in _THING_PRONOUNS | _GROUP_PRONOUNS and not _set_antecedent(
                draft, _prior_speaker(previous[-2:], ctx, start, ("ORG", "GPE", "NORP") if word in _GROUP_PRONOUNS else ("ORG", "GPE"))):
            # (for "they", a party that spoke: "The Conservatives say …. They say …")
            # Else the organisation last in subject position ("Carlsberg is more optimistic than
            # Heineken …; it also plans …"), the country subject of the sentence before ("Denmark
            # exports feta to Greece. It is concerned …"), else the nearest.
            # ("their belief that …" is no organisation's merely for being named nearby)
            country = _subject_country(ctx, start)
            if country is not None and ctx.sentence_of_char(country.start_char) < ctx.sentence_of_char(start) - 1:
                country = None  # (further back, a body named since is likelier: "Russia suffers … The ministry has …. It urged …")
            # Failing those, only a body named more than once so far (what the article is about:
            # "Skype allows people to …. Its paid service …. It plans …") or in a subject of the
            # pronoun's sentence or the one before ("Shares in Multiplex fell after it said …"): the nearest name of
            # any other stood for something else far more often than not (the committee that wrote
            # a report on "the DCA", analysts talking of "the US"; 20 of 30 BBC cases).
            _set_antecedent(draft, _subject_org(ctx, start, groups=word in _GROUP_PRONOUNS) or country or (
                _nearest_ent(ctx, start, ("ORG", "GPE"), window_sentences=4,
                             where=lambda ent: _not_place_modifier(ent) and (
                                 _named_again_before(ctx, ent) or _in_subject_near(ctx, ent, start)))
                if head.dep_ != "poss" else None))
        return
    if (holder := _name_closing_office(head, word, ctx)) is not None:
        # "Qatar's Minister of State for Foreign Affairs Sultan bin Khalid al-Kuwari told …": the
        # parser hung the name on the office's words; it is who holds the office
        draft.attribution = "explicit"
        _set_antecedent(draft, holder)
        draft.speaker = (start, max(end, holder.end_char))
        return
    role_holders = _named_after_role_body(head, word)
    for child in [*head.children, *role_holders]:
        # "Hugh Hill, a doctor, said" (apposition); "Outside court, investor Margaret Doyle, 74,
        # said", which the parser reads as "court" joined to "Doyle" without a conjunction: the
        # fronted words are not the speaker.
        # (a conjunct past the speaker's phrase is not in it: "According to the FBI summary, Mills
        # and an aide asked …", `_subject_joined_to_source`)
        misparsed = (child.dep_ == "conj" and head.pos_ == "NOUN" and not any(c.dep_ == "cc" for c in head.children)
                     and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "," and child.idx < end)
        # (not when the head is a name itself: "Markham Robinson, whose bio includes #MAGA, …")
        if (child.dep_ == "appos" or misparsed) and child.i > head.i and head.ent_type_ != "PERSON":
            # A person named at or just before the apposition's head ("The Tory finance spokesman,
            # Brian Monteith MSP, said", parsed with "MSP" as its head), else a body named by it
            # after an organisation noun ("The firm, Paion, said"; "the communications
            # regulator, Ofcom").
            # (an organisation right after the noun, with no comma, is its name whatever the noun:
            # "producers' cartel Opec")
            # (not one modifying a description: "Quinn, a top Clinton surrogate, said", Quinn tagged a place)
            named_appos = next((e for e in ctx.ents if e.label_ == "PERSON" and e.start <= child.i <= e.end
                                and not (e.end <= child.i and child.left_edge.tag_ == "DT")), None) or \
                (next((e for e in ctx.ents if e.label_ == "ORG" and e.start <= child.i < e.end), None)
                 if word in _BODY_IN_APPOSITION_NOUNS or child.left_edge.i == head.i + 1 else None)
            if named_appos is None and child.dep_ == "appos" and word in PERSON_ROLE_NOUNS and \
                    (set_off_name := _untagged_name_set_off(child, ctx)) is not None:
                # "Its Director-General, Olusegun Akintola, told …" with the name left untagged: the
                # name set off by commas is the office's holder (a person the mentions step adds)
                draft.attribution = "explicit"
                _set_antecedent(draft, (*set_off_name, "PERSON"))
                return
            if named_appos is not None:
                draft.attribution = "explicit"
                _set_antecedent(draft, named_appos)
                if misparsed or (named_appos.label_ == "PERSON" and head.dep_ == "nsubj" and head.left_edge.i > 0
                                 and head.doc[head.left_edge.i - 1].pos_ == "ADP" and head.doc[child.left_edge.i - 1].text == ","):
                    # ("With 50 days until the election, Minyon Moore … called …", the parser
                    # making "election" the subject: a subject never follows its preposition)
                    draft.speaker = (child.left_edge.idx, _with_closing_bracket(ctx.text, child.left_edge.idx, named_appos.end_char))
                elif (child.left_edge.i == head.i + 1 or child in role_holders) and named_appos.end_char > end:
                    # "producers' cartel Opec"; "The governor of Ohio, Mike DeWine" (as "director of
                    # the Victims of Crime Trust, Norman Brennan" below)
                    draft.speaker = (start, _with_closing_bracket(ctx.text, start, named_appos.end_char))
                return
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == head.i + 1 == child.i and \
                    child.right_edge.i == child.i and word in (_FIRM_NOUNS | _ORG_NOUNS) - _SPOKESPERSON_NOUNS and \
                    child.text[:1].isupper() and ctx.quote_at(child.idx) is None:
                # "research institute Ifo said", spaCy tagging no name: the one word after the noun
                # is the body's name (an organisation the mentions step adds).
                draft.attribution = "explicit"
                _set_antecedent(draft, (child.idx, child.idx + len(child.text), "ORG"))
                draft.speaker = (start, max(end, child.idx + len(child.text)))
                return
    if head.pos_ == "NOUN" and (introduced_so := _introduced_with_words(ctx, start, end)) is not None:
        # "The world number three said", "the Kremlin spokesman said": whom the article introduced
        # with those very words ("world number three Elsa Lindqvist")
        draft.attribution = "nominal"
        _set_antecedent(draft, introduced_so)
        return
    # ("the ex-Wallaby" is parsed as three subjects, "ex", "-" and "Wallaby", the article left out)
    phrase = ctx.text[start:end] if ctx.text[max(0, start - 4):start].casefold() != "the " else ctx.text[start - 4:end]
    if (designated := _designated_member(ctx, phrase, start)) is not None:
        # "The Ohio Republican predicted …" after "Rep. Tom Whitaker (R-Ohio)": the member of
        # Congress of that party and state (not the Florida Republican named since)
        draft.attribution = "nominal"
        _set_antecedent(draft, designated)
        return
    if _described_by_origin(phrase, head, quoted=any(_opens_double_quote(ctx.text, s) for s, _ in draft.fragments)) or \
            _described_person(phrase, head):
        # "the Scot said", "the ex-Wallaby added", "The 36-year-old said": as for "he", the person
        # the sentence before is about if no one spoke since, else the last person who spoke, else
        # the person last in subject position (the tagger makes "Scot" a person and "Frenchman" a firm).
        draft.attribution = "nominal"
        # (first a person introduced so: "Rock star Ozzy Osbourne …. The heavy metal star said"; not
        # for a rank, which others hold in other ranks: "sixth seed Lopez … the top seed said")
        modifiers = head.doc[head.left_edge.i:head.i]
        ranked = any(t.lower_ in _RANK_WORDS for t in modifiers) or "-time" in modifiers.text.lower()
        # (or by where they come from: "Argentine David Nalbandian … The Argentine had stoked …",
        # though Hewitt was the subject since)
        introduced = _nearest_ent(ctx, start, ("PERSON",), contains=head.lower_) \
            if (head.lower_ in _DESCRIBED_PERSON_NOUNS and not ranked) or \
            (head.ent_type_ == "NORP" and not phrase[4:].startswith(("ex-", "former "))) else None
        if not _set_antecedent(draft, introduced) and \
                not _set_antecedent(draft, _subject_of_the_clause_joined_before(ctx, head)) and \
                not _set_antecedent(draft, _subject_before_the_claim(ctx, draft, previous, "")) and \
                not _set_antecedent(draft, _pronoun_subject_before(ctx, draft, previous)) and \
                not _set_antecedent(draft, _prior_speaker(previous, ctx, start, ("PERSON",), max_paragraphs=2)):
            _set_antecedent(draft, _subject_person(ctx, start))
        return
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and word == "office" and not head.ent_type_ and \
            (person := next((e for e in ctx.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end), None)) is not None:
        # "Erdogan's office said": the office speaks for its holder, as "Erdogan's spokesman" does
        draft.attribution = "nominal"
        _set_antecedent(draft, person)
        return
    if owner is not None and not head.ent_type_ and word in (_FIRM_NOUNS | _ORG_NOUNS) - _SPOKESPERSON_NOUNS and \
            (body := next((e for e in ctx.ents if e.label_ in ("GPE", "ORG") and e.start <= owner.i < e.end), None)) is not None and \
            (body.label_ == "ORG" or word not in _FIRM_NOUNS or
             (word == "bank" and any(c.dep_ == "amod" and c.lower_ == "central" for c in head.children))):
        # "Britain's government", "Germany's foreign ministry", "Microsoft's legal team": the owner
        # speaks through its body (not a "foreign ministry" of no country). A country owns no
        # firm: "The UK's biggest mortgage lender" is only where the firm is; its central bank
        # is the country's.
        draft.attribution = "nominal"
        _set_antecedent(draft, body)
        return
    # "The Ministry said", "The Department added", "Police said": a body's common noun written
    # with a capital (and tagged a name) is the noun, not a name of its own: the body named before
    # ("the Ministry of Defence"), as "the ministry" would be, or no one named.
    generic = head.text[:1].isupper() and word in CAPITALISED_BODY_NOUNS and head.i == head.right_edge.i and \
        (head.left_edge.i == head.i or (head.left_edge.i == head.i - 1 and head.left_edge.lower_ == "the"))
    ent = _ent_in(ctx, start, end, head) if not generic else None
    # "Flight International's Mr Learmount": the possessor names who he works for, not who speaks.
    possessor = ent is not None and (ent[-1].tag_ == "POS" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"))
    # "the Trade and Industry Secretary": an organisation's name before a person's title is part
    # of the title, not the speaker.
    titled = ent is not None and ent.label_ == "ORG" and head.lower_ in PERSON_ROLE_NOUNS and not ent.start <= head.i < ent.end
    if ent is not None and not ent.start <= head.i < ent.end and (untagged := _untagged_full_name(ctx, head, start)) is not None:
        # "Nottingham City Councillor Brian Parbutt", "England sevens coach Mike Friday" with only
        # the title's place (or the first name) tagged: the person is the first name and surname
        # closing the phrase.
        draft.attribution = "explicit"
        _set_antecedent(draft, untagged)
        return
    if ent is not None and not titled and (ent.start <= head.i < ent.end or (head.pos_ == "PROPN" and ent.label_ in ("PERSON", "ORG")
                                                                            and not possessor)):
        draft.attribution = "explicit"
        _set_antecedent(draft, _titled_person(ent))
        return
    named = _named_in_phrase(ctx, head, start, end) if not generic else None
    if not titled and (earlier := _person_with_title(ctx, head, start, end)) is not None:
        draft.attribution = "nominal"
        if _names_in_quotation(ctx, draft, earlier):
            # ('"I thanked Kemal for his efforts …," the President said' after "Turkish President Kemal
            # Aydogan": the quotation speaks to him; the president who spoke last says it)
            _set_antecedent(draft, _prior_speaker(previous, ctx, start, ("PERSON",), max_paragraphs=2))
            return
        _set_antecedent(draft, earlier)
        return
    if _name_tagged_adverb(head, head.head):
        draft.attribution = "explicit"  # (“…,” said Skelly: a name the mentions step adds)
        _set_antecedent(draft, (head.idx, head.idx + len(head.text), "PERSON"))
        return
    # "the prime minister", "The Chancellor" (tagged as proper nouns) are titles, not names
    title = (head.lower_ in _TITLE_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)) or \
        _office_in_names_place(head)
    # (a word in lower case tagged a proper noun is none: "the congress alleged" after the Nigeria Labour Congress;
    # a site's address is a name however written: "according to ouest-france.fr")
    if not titled and not title and not generic and ((ctx.is_name(head) and (not ctx.text[start:end].islower() or "." in head.text)) or
                                                     (named is not None and head.text[0].isupper())):
        draft.attribution = "explicit"
        _set_antecedent(draft, named)
        return
    draft.attribution = "nominal"
    possessive = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
    if possessive is not None and (word in _OWN_WORD_NOUNS or word.startswith("spokes")):
        # ("its spokeswoman said": the body she speaks for, as for "the ministry's spokeswoman")
        if possessive.lower_ in ("his", "her") and (described := _unnamed_person_just_before(previous, ctx, possessive.idx)) is not None:
            draft.adopt_antecedent(described)
            return
        _set_antecedent(draft, _possessor(draft, ctx, previous, possessive))
        return
    # (also an office written with capitals, untagged: "the Prime Minister's official spokesman"
    # speaks for whoever "the Prime Minister" is, as "Tony Blair's official spokesman" for him)
    if possessive is not None and word in KIN_NOUNS and head.tag_ == "NN" and \
            _set_antecedent(draft, _nearest_ent(ctx, start, ("PERSON",), where=lambda ent: _introduced_as_relative(ctx, ent, word))):
        return  # "… his brother Alastair Osman gave to ITV. …, his brother added": the brother named so
    owner_noun = next((c for c in head.children if c.dep_ == "poss" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) and
                       ((c.pos_ == "NOUN" and c.lower_ not in PERSON_ROLE_NOUNS) or
                        (c.pos_ == "PROPN" and c.lower_ in PERSON_ROLE_NOUNS and c.ent_type_ == "" and word.startswith("spokes")))), None)
    if owner_noun is not None and (word in _OWN_WORD_NOUNS or word.startswith("spokes")):
        # "The ministry's statement said", "the company's spokesman said": whoever "the ministry"
        # alone would stand for speaks (a body; "the mayor's spokesman" may be any mayor's)
        stand_in = dataclasses.replace(draft, speaker=_token_range_chars(head.doc, owner_noun.left_edge.i, owner_noun.i),
                                       speaker_head=owner_noun, members=[])
        _resolve(stand_in, ctx, previous)
        draft.adopt_antecedent(stand_in)
        return
    # (the article may hang on a name inside the phrase: "The former Rangers and Liverpool boss";
    # not on a possessor's: "the campaign's director" is a director of the campaign)
    first = head.left_edge
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in {"the", "this", "that", "these", "those", "its", "their"}
                   for c in head.children) or (first.lower_ == "the" and first.head.i < head.i and first.head.dep_ in ("nmod", "compound"))
    # News writes "police said" for "the police said": the force named before, if any. ("The San
    # Jose, California-based company": the article hangs on the place the parser took for the head.)
    # (so does a court report "counsel said" for the barrister named before)
    definite = definite or (word in ("police", "counsel") and first.i == head.i) or (
        head.dep_ == "appos" and head.head.ent_type_ in ("GPE", "LOC") and head.head.left_edge.lower_ == "the")
    if definite and head.lower_ in _NAMED_BY_OF_NOUNS and (named_after := _named_after_of(ctx, head)) is not None:
        _set_antecedent(draft, named_after)  # "The city of Calabasas announced", "the government of Nigeria said"
        return
    if definite and word in _OUTLET_NOUNS and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children) and \
            _set_antecedent(draft, _prior_outlet(previous[-3:], ctx) or _newspaper_named_before(ctx, start)):
        return  # "The Mirror newspaper said …", then "The paper said" (not "the Financial Times newspaper")
    if word in _AUTHORED_NOUNS and (kin := next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                                                 for g in c.children if g.dep_ == "pobj" and g.lower_ in _KIN_GROUP_NOUNS), None)):
        # "A statement from Mr Fearon's family said": the family, named no more than so (not the
        # person it is the family of), is the speaker as written
        draft.speaker = (start, kin.idx + len(kin.text))
        return
    if word in _AUTHORED_NOUNS and (author := _author_of(ctx, head) or (_earlier_author(ctx, head) if definite else None)) is not None:
        _set_antecedent(draft, author)  # "a study by the Society for Consumer Research found"
        return
    if word in _MADE_BY_NOUNS and (author := _author_of(ctx, head, written=True)) is not None:
        _set_antecedent(draft, author)  # "according to a tweet on Monday by US Secretary of State Mike Pompeo"
        return
    # (several speak for it too: "Officials from the Foreign Ministry said", "representatives from Iran")
    # (and the person named between commas in a description of one: "A resident of Ikota, Mrs
    # Funmilayo Adekunle, … told our correspondent")
    spoken_for = _body_spoken_for(ctx, head) if word in _SPEAKS_FOR_BODY_NOUNS or \
        (head.tag_ == "NNS" and word.removesuffix("s") in _SPEAKS_FOR_BODY_NOUNS) else \
        _person_set_off_after(ctx, head, closed=True) if head.tag_ == "NN" and head.lower_ in _DESCRIBED_PEOPLE_NOUNS else None
    if head.tag_ == "NNS" and spoken_for is not None and _label(spoken_for) == "PERSON":
        spoken_for = None  # ("Fifty former officials, including John Brennan, …": not one of them alone)
    if isinstance(spoken_for, Span) and spoken_for.label_ == "PERSON":
        draft.attribution = "explicit"  # "director of the Victims of Crime Trust, Norman Brennan, accused"
        _set_antecedent(draft, spoken_for)
        draft.speaker = (start, spoken_for.end_char)
        return
    if word in _BODY_PART_NOUNS and head.tag_ == "NN" and _set_antecedent(
            draft, spoken_for or next((e for e in ctx.ents if e.label_ in ("ORG", "GPE") and start <= e.start_char and e.end_char <= end
                                       and e.root.dep_ == "compound" and e.root.head.i == head.i), None)):
        return  # "the press service of Ukrenergo reported", "The IAEA mission … said": that body
    if (holder := _role_holder_before(ctx, head)) is not None:
        draft.attribution = "explicit"  # "Blake Lee-Harwood, campaigns director at Greenpeace, said"
        _set_antecedent(draft, holder)
        draft.speaker = (holder.start_char, end)
        return
    if not definite:
        if spoken_for is not None:
            _set_antecedent(draft, spoken_for)  # "a spokesman for NBC": NBC speaks
            return
        if word.startswith("spokes") and _set_antecedent(draft, _body_named_before(ctx, head)):
            return  # "A Conservative spokesperson", "Tony Blair's official spokesman"
        if word.startswith("spokes") and all(c.dep_ == "det" or _for_the_body(c) for c in head.children) and \
                _set_antecedent(draft, _body_a_spokesman_speaks_for(ctx, previous, start)):
            return  # "The Home Office defended the measures. A spokesman said …", "… said a spokesman for the company"
        if word.startswith("spokes") and (body_noun := next(
                (c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in _ORG_NOUNS), None)) is not None \
                and _set_antecedent(draft, _nearest_ent(
                ctx, start, ("ORG",), window_sentences=4, where=lambda ent: body_noun in ent.text.lower().split())):
            return  # "The Foreign Ministry said …. A ministry spokeswoman said": that ministry (not the "Banks Association" for a bank)
        if word.startswith("spokes") and (spoken := _body_of_its_kind_just_before(previous, ctx, head, start)) is not None:
            draft.adopt_antecedent(spoken)
            return
        if word in _OUTLET_NOUNS and _set_antecedent(draft, _body_named_before(ctx, head, outlet=True)):
            return  # "Vedomosti newspaper reported", "Broadcast magazine said"
        if word in _LEAD_ROLE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            _set_antecedent(draft, _named_in_next_paragraph(ctx, draft, previous))
        if titled and draft.antecedent is None:
            _set_antecedent(draft, ent)  # "Iranian Chess Federation President" unnamed: the federation speaks
        return  # "a source", "officials": a vague source, not someone named earlier
    noun = word[:-1] if word.endswith("s") and word[:-1] in _ORG_NOUNS else word
    # ("the former Labour leader" speaks for no party; "The former Rangers and Liverpool boss": the
    # parser may hang "former" on the club. Not "ex-": "Mr Blunkett quit as home secretary … the
    # ex-home secretary said" is the one last a subject.)
    former = any(t.lower_ == "former" for t in head.doc[head.left_edge.i:head.i])
    if noun in _ISSUED_NOUNS:
        # (first the same document that spoke just before, and whoever wrote it: "A report by the
        # examiner, Sarah Klein, found …. The report says …")
        # (its author named with it: one resolved only from what came before may be wrong, and
        # should not be copied)
        same = next((p for p in reversed(previous[-3:]) if p.antecedent is not None and p.speaker_head is not None
                     and p.speaker_head.lower_ == word and p.attribution == "explicit"), None) if definite else None
        if same is not None:
            draft.adopt_antecedent(same)
        else:
            _set_antecedent(draft, _prior_speaker(previous[-3:], ctx, start, ("ORG", "GPE")))
    elif noun in _STUDY_NOUNS:
        # "Research by handset maker Nokia shows … According to the study, …": the study that
        # spoke just before, and whoever it was resolved to.
        prior = next((p for p in reversed(previous[-3:]) if p.antecedent is not None and p.speaker_head is not None
                      and p.speaker_head.lower_ in _STUDY_NOUNS), None)
        if prior is not None:
            draft.adopt_antecedent(prior)
    elif noun in _ORG_NOUNS or noun in _FIRM_NOUNS or word in _DESCRIBED_BODY_NOUNS:
        # (past one of its people speaking for it in between: "The Children's Society found …. Its
        # chief executive, Mark Russell, said: "…" The charity is calling …")
        recent = previous
        if len(recent) >= 2 and recent[-1].antecedent is None and recent[-2].antecedent is not None and \
                ctx.sentence_of_char(recent[-1].start) == ctx.sentence_of_char(recent[-2].end - 1):
            # (past a claim of no one named in the sentence of the one before: "The Centers for
            # Disease Control recommended …, as wastewater data showed …. The agency said")
            recent = recent[:-1]
        last = recent[-1] if recent else None
        through = last if last is not None and len(recent) >= 2 and last.speaker is not None and \
            ctx.text[last.speaker[0]:last.speaker[1]].startswith(("Its ", "its ")) and \
            ctx.sentence_of_char(last.end - 1) >= ctx.sentence_of_char(start) - 1 else None
        prior = recent[-2] if through is not None else last
        since = through.start if through is not None else start
        if definite and head.tag_ == "NN" and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children) and \
                (called := _spoke_called(previous, ctx, word)) is not None:
            # "the EIS union has announced …. …, the union said", "The state's budget office,
            # Minnesota Management and Budget, said …. …, the office warned": the body that spoke
            # called so (not the parents' group that spoke since)
            draft.adopt_antecedent(called)
            return
        if definite and head.tag_ == "NN" and word in _SELF_NAMED_BODY_NOUNS and draft.start < start and \
                _set_antecedent(draft, _body_the_claim_is_about(ctx, draft)):
            return  # "The Red Cross is helping the displaced residents, the agency said"
        if word in (_FIRM_NOUNS - {"group"}) | _BODY_KIND_NOUNS and head.tag_ == "NN" and prior is not None and \
                not any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in head.children) and \
                prior.attribution == "explicit" and prior.antecedent_label == "ORG" and \
                prior.speaker_head is not None and prior.speaker_head.pos_ == "PROPN" and prior.cue_start is not None and \
                ctx.sentence_of_char(prior.cue_start) >= ctx.sentence_of_char(since) - 1 and \
                (word not in _REGULATOR_NOUNS or (prior.speaker is not None and _names_a_public_body(ctx.text[slice(*prior.speaker)]))) and \
                (word in _MEDIA_NOUNS or prior.antecedent is None or not is_news_outlet(ctx.text[slice(*prior.antecedent)])) and \
                not (word in _BODY_KIND_NOUNS and prior.speaker_head.lower_ in _OTHER_KIND_OF_BODY_HEADS):
            # (a regulator only a public body: not "Barrow Bank said …. The regulator said"; and an
            # outlet that reported is no airline: "…, BFMTV reported. …, the airline said")
            # "Overall, Halifax said prices …. The bank said …", "In its statement Valve also said
            # …. The company said": the organisation that spoke just before, not another bank
            # named earlier (not "the group": "Google …; the group" may be another; nor after a
            # common noun the tagger took for a name: ", unions said"). The same for a kind of
            # body: "…, the British Medical Association has announced. The union said".
            draft.adopt_antecedent(prior)
        if word.startswith("spokes"):
            if (described := _spoke_with_title(previous, head)) is not None:
                draft.adopt_antecedent(described)  # "a BaFin spokeswoman said …", then "the spokeswoman said"
            elif not _set_antecedent(draft, _nearest_ent(ctx, start, ("PERSON",), contains=word, where=lambda ent: _holds_title(
                    ctx.text, ent.start_char, ent.end_char, head))) and \
                    (titled_speaker := _titled_person_spoke(previous, ctx, word)) is not None:
                # "Foreign Ministry spokeswoman Maria Zakharova said …. The spokeswoman noted …": the
                # person introduced with that title, tagged a person or resolved so as a speaker
                draft.adopt_antecedent(titled_speaker)
        if noun == "office" and draft.antecedent is None and definite and (last := _claim_just_before(previous, ctx, start)) is not None and \
                last.speaker_head is not None and last.speaker_head.lower_ == "office" and last.antecedent_label == "PERSON":
            draft.adopt_antecedent(last)  # "Erdogan's office said …. The office added": the same office, Erdogan's
        if noun == "party" and head.tag_ == "NN":
            _set_antecedent(draft, _party_before(ctx, start))
        if noun == "force" and head.tag_ == "NN" and definite and not any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            # "Durham Constabulary said …. …, the force said later": the police force named before
            _set_antecedent(draft, _nearest_ent(ctx, start, ("ORG",), where=lambda ent: _POLICE_NAME.search(ent.text) is not None))
        # "the ministry": an earlier organisation called a ministry, as speaker or as mention.
        labels = ("ORG", "FAC") if noun in _VENUE_NOUNS else ("ORG",)
        if draft.antecedent is None and not _set_antecedent(draft, _prior_speaker(previous, ctx, start, labels, contains=noun)):
            _set_antecedent(draft, _nearest_ent(ctx, start, labels, contains=noun))
        names = [c.text for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if draft.antecedent is not None and any(n not in ctx.text[draft.antecedent[0]:draft.antecedent[1]] for n in names):
            draft.antecedent = draft.antecedent_label = None  # "The Biden campaign" is not the Trump campaign named before
        if draft.antecedent is None and not word.startswith("spokes") and word not in _ISSUED_NOUNS:
            # "The Paris-based IEA watchdog", "the Opec cartel": the organisation named in the phrase
            _set_antecedent(draft, next((e for e in ctx.ents if e.label_ == "ORG" and start <= e.start_char and e.end_char <= end and
                                         e.root.dep_ == "compound" and e.root.head.i == head.i), None))
        if draft.antecedent is None and any(c.dep_ in ("amod", "compound", "poss") and not _describes_a_firm(c, word)
                                            for c in head.children):
            # "the Russian foreign ministry", "the central bank", "the Trump team" name themselves.
            _set_antecedent(draft, named)
        if draft.antecedent is None and word in _FIRM_NOUNS and head.tag_ == "NN" and \
                not any(c.dep_ in ("amod", "compound", "poss", "nummod") and not _describes_a_firm(c, word) for c in head.children):
            # Business news calls the firm it is about "the company" (or "the Swedish firm", "the
            # clothing retailer")
            # without ever writing so next to its name: the firm last in subject position, within
            # a few sentences (not an outlet that reported: "…, BFMTV reported. …, the airline said").
            _set_antecedent(draft, _subject_org(ctx, start, where=lambda ent: not _outlet_that_reported(ent.root, word))
                            or _firm_named_on_its_noun(ctx, start) or _firm_that_spoke(previous[-3:])
                            or (_only_org_before(ctx, start) if word in BUSINESS_NOUNS else None) or _subject_firm_name(ctx, start)
                            or (_club_of_subject(ctx, start) if word == "club" else None))
        if draft.antecedent is None and word in _REGULATOR_NOUNS and head.tag_ == "NN" and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            # "Ireland's Data Protection Commission on Monday fined … The regulator said …": the
            # public body last in subject position (not the firm it fined, which may have spoken since)
            _set_antecedent(draft, _subject_org(ctx, start, where=lambda ent: _names_a_public_body(ent.text)))
        if draft.antecedent is None and word == "government" and not any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            # "Venezuela has assured foreign firms …; however, the government insisted …": the
            # country last a subject speaks through its government.
            _set_antecedent(draft, _subject_country(ctx, start) or _government_named_before(ctx, start))
    elif head.tag_ == "NNS" and (word.removesuffix("s") in _GROUP_NOUNS | PERSON_ROLE_NOUNS or word in _GROUP_NOUNS):
        # "the sides", "the two heads of state": the group that spoke last (not "these videos":
        # things are not a group of speakers).
        # Only a group can be "the researchers"; "the sides" may also be an organisation or a
        # country that spoke for several. One person is neither ("According to the opposition
        # parties, …" after Gordon Brown spoke).
        bodies = word.removesuffix("s") in _BODY_GROUP_NOUNS or word in _BODY_GROUP_NOUNS
        if word == "sides" and (members := _sides_named(ctx, start)):
            # "Lavrov and his Turkish counterpart Hakan Fidan held talks …. The sides said …": both.
            draft.group, draft.members = True, members
            draft.antecedent, draft.antecedent_label = members[0].antecedent, members[0].antecedent_label
            return
        for prior in reversed(previous[-3:]):
            # (two sides are never one body that spoke alone: "the ministry said in a statement")
            if prior.antecedent is not None and (prior.group or (bodies and word != "sides" and
                                                                 prior.antecedent_label in ("ORG", "GPE", "NORP"))):
                draft.adopt_antecedent(prior)
                return
        if word.removesuffix("s") in PERSON_ROLE_NOUNS and (members := _people_named_with_role(ctx, start, word)):
            # "Foreign Ministers, Sergey Lavrov and Mohammad Javad Zarif have stressed …. The
            # ministers agreed …": the people introduced with that title, though they said nothing
            # on their own yet.
            draft.group, draft.members = True, members
            draft.antecedent, draft.antecedent_label = members[0].antecedent, members[0].antecedent_label
            return
    elif noun in PERSON_ROLE_NOUNS:
        # "the minister", "the Russian leader": a person introduced with that title, else the
        # person last in subject position, else the last person who spoke. A nationality in it
        # is part of the title ("The French president" after "French President Jacques Chirac"
        # is not the "President Bush" named since), though a name may be left out.
        nationality = frozenset(t.lower_ for t in head.doc[head.left_edge.i:head.i] if t.ent_type_ == "NORP")
        with_nationality = _nearest_ent(ctx, start, ("PERSON",), contains=noun, where=lambda ent: _holds_title(
            ctx.text, ent.start_char, ent.end_char, head, nationality)) if nationality else None
        if with_nationality is None and nationality and noun == "leader":
            # "the Russian leader" after "Russian President Vladimir Putin": a head of state or
            # government of that nation, whatever the title
            with_nationality = _nearest_ent(ctx, start, ("PERSON",), where=lambda ent: _leads_nation(ctx, ent, nationality))
        _set_antecedent(draft, with_nationality or _nearest_ent(ctx, start, ("PERSON",), contains=noun, where=lambda ent: _holds_title(
            ctx.text, ent.start_char, ent.end_char, head)))
        if draft.antecedent is None and (described := _spoke_with_title(previous, head)) is not None:
            draft.adopt_antecedent(described)  # ... or a person who spoke as "a Home Office minister"
        if draft.antecedent is None and possessive is not None and possessive.lower_ in ("its", "their"):
            # "Dunmore & Keane has so far resisted a full return. Its chief people officer called
            # …": the body's officer, unnamed, speaks for the body (not the person last a subject)
            # (in a signature after what was said, the body that is its subject: "Deutsche Boerse
            # bosses have held talks with the LSE, its chief has said"; before, a body that spoke in
            # the sentence before, else the one named there: "Menatep said …. According to its Paris
            # lawyer, …", "Tallis's closest rival, Dunmore & Keane, has resisted …. Its chief people
            # officer called …" after a professor's claim tagged a body)
            sentence = ctx.sentence_of_char(start)
            spoke = next((p for p in reversed(previous[-2:]) if p.antecedent is not None and p.antecedent_label in ("ORG", "GPE")
                          and p.cue_start is not None and ctx.sentence_of_char(p.cue_start) == sentence - 1), None)
            if draft.start > start and spoke is not None:
                draft.adopt_antecedent(spoke)
                return
            _set_antecedent(draft, (_body_the_claim_is_about(ctx, draft) if draft.start < start else None)
                            or (_nearest_ent(ctx, start, ("ORG",), window_sentences=1) if draft.start > start else None)
                            or _possessor(draft, ctx, previous, possessive))
            return
        if draft.antecedent is None and _spoke_with_title(previous, head, unresolved=True) is not None:
            # "A senior harbour board official said …. The official added", "One senior manager …,
            # who asked not to be named, told BI …. "…," the manager said": that one, unnamed (not
            # the chief executive last a subject)
            return
        # (nor anyone written with another role of that title: "Deputy Prime Minister John
        # Prescott" is not "the prime minister"; and "the former finance officer" is someone
        # introduced so, not whoever was last a subject: "Mr Ebbers … The former finance officer")
        # (nor when a clause of its own says who it is: "The barrister who had represented Mr Martin
        # had said …" is someone else than whoever was last a subject or spoke)
        restricted = any(c.dep_ == "relcl" and c.i > head.i and head.doc[c.left_edge.i - 1].text != "," for c in head.children)
        subject = _subject_person(ctx, start) if draft.antecedent is None and not former and not restricted else None
        if subject is not None and not _holds_other_title(ctx.text, subject, head, noun) and \
                not _of_another_nation(ctx, subject, nationality) and not _holds_another_office(ctx, subject, noun, nationality) and \
                not (noun in _MANAGER_NOUNS and _plays(ctx.text, subject)) and \
                not _is_passive_subject_of(ctx, subject, draft.cue_token):
            _set_antecedent(draft, subject)
        # (a person who spoke, not the author a book or report that spoke was resolved to)
        speaker = _prior_speaker([prior for prior in previous if prior.speaker_head is None or prior.speaker_head.lower_ not in
                                  _THING_SPEAKER_NOUNS], ctx, start, ("PERSON",)) if draft.antecedent is None and not former \
            and not restricted else None
        if speaker is not None and not _holds_other_title(ctx.text, speaker, head, noun) and \
                not _of_another_nation(ctx, speaker, nationality) and not _holds_another_office(ctx, speaker, noun, nationality):
            _set_antecedent(draft, speaker)
        if draft.antecedent is None and former and draft.cue_token is not None and head.doc[draft.cue_token].lower_ in _GOES_ON_CUES and \
                (last := _claim_just_before(previous, ctx, start)) is not None and last.antecedent_label == "PERSON":
            # "… ," the Belgian said. The former Genk coach added that …": "added" goes on with
            # the one who just spoke
            draft.adopt_antecedent(last)
    if draft.antecedent is None and titled and not former:
        _set_antecedent(draft, ent)  # "the UN Secretary General" unnamed: the UN speaks
    if draft.antecedent is None:
        _set_antecedent(draft, spoken_for)  # "the spokesman for the ministry", no one so called before


# Verbs of saying that go on with what the last speaker said.
_GOES_ON_CUES = frozenset({"added", "adds", "continued", "continues"})


# Bodies named by an "of" after them: "the city of Calabasas", "the government of Nigeria".
_NAMED_BY_OF_NOUNS = frozenset({"city", "town", "village", "state", "county", "province", "region", "municipality", "government",
                                "ministry", "council", "administration", "kingdom", "republic"})


def _named_after_of(ctx: _Context, head: Token) -> Span | None:
    """The place or organisation named in an "of" phrase on the head noun ("the city of Calabasas")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                ent = ctx.ent_at(noun.i) if noun.dep_ == "pobj" else None
                if ent is not None and ent.label_ in ("GPE", "ORG"):
                    return ent
    return None


def _author_of(ctx: _Context, head: Token, written: bool = False) -> Span | tuple[int, int, str] | None:
    """Who made a report, survey or study: its own author (`_named_author`), else who issued it."""
    author = _named_author(ctx, head, written)
    if author is None and head.dep_ == "dobj" and head.head.lower_ in _ISSUING_VERBS and (issuer := _subject(head.head)) is not None:
        # "Clarence House has issued a statement saying …", "Facebook released a statement which
        # read …": who issued it, when it names no author (a name; "They released a statement" is
        # left to other rules; "Matt Drudge posted a report from The Hill" is The Hill's).
        ent = ctx.ent_at(issuer.i)
        if ent is not None and ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            return _as_maker(ent)
        if ent is None and issuer.pos_ == "PROPN" and issuer.left_edge.dep_ != "det":
            return _untagged_org(issuer)  # (spaCy tagged "Facebook" nothing)
    return author


def _named_author(ctx: _Context, head: Token, written: bool = False) -> Span | tuple[int, int, str] | None:
    """Who made a report, survey or study, named after it with "by" or "from" ("figures from the
    Bank of England", "a survey of 280 schemes by Incomes Data Services", "a survey conducted by
    PC Pro Magazine"): an organisation or a person; not a place ("reports from Russia"). Also
    named before it ("a TUC report"). For what someone writes (`written`), not a name before it
    (a "Twitter post" is no Twitter's; "Trump's tweet" is Trump's), nor one after a participle
    other than one of making ("emails combed through by Vox" are not Vox's)."""
    doc = head.doc
    for child in head.lefts:
        # "Ericsson's research", "the Bank of Mexico's figures", "a TUC report", "a Jupiter report"
        if child.dep_ not in (("poss",) if written else ("poss", "compound")):
            continue
        ent = ctx.ent_at(child.i)
        if ent is not None and (ent.label_ in ("ORG", "PERSON") or (ent.label_ == "GPE" and child.dep_ == "poss")):
            return _as_maker(ent)
        if ent is None and _untagged_name(child):
            return _untagged_org(child)
    for token in doc[head.i + 1:head.right_edge.i + 1]:
        if token.lower_ not in ("by", "from") or token.dep_ not in ("prep", "agent"):
            continue
        # on the noun itself, on a participle after it ("conducted by"), or on what it is of ("of 280 schemes by")
        attached = token.head
        if attached.i != head.i and not (attached.head.i == head.i and attached.dep_ in ("acl", "pobj")) and \
                not (attached.dep_ == "pobj" and attached.head.head.i == head.i):
            continue
        if written and attached.dep_ == "acl" and attached.lower_ not in _MAKING_VERBS:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        phrase = objects[0]
        if phrase.lower_ in _KIN_GROUP_NOUNS:
            return None  # ("A statement from Mr Fearon's family": his family's words, no one named, least of all the dead man)
        inside = [e for e in ctx.ents if e.label_ in ("ORG", "PERSON") and phrase.left_edge.i <= e.start and e.end <= phrase.right_edge.i + 1]
        author = next((e for e in inside if e.start <= phrase.i < e.end), None) or \
            next((e for e in inside if e.label_ == "PERSON"), None) or next(iter(inside), None)
        return _as_maker(author) if author is not None else None
    for clause in head.rights:
        # "a speech Mrs. Clinton is to give", "a letter that the firm sent": the maker is the
        # subject of a relative clause saying it made it.
        if clause.dep_ not in ("relcl", "acl") or clause.tag_ == "VBN" or (maker := _subject(clause)) is None:
            continue  # (not "a report published by …", found above)
        made = clause if clause.lower_ in _MAKING_VERBS else \
            next((c for c in clause.children if c.dep_ == "xcomp" and c.lower_ in _MAKING_VERBS), None)  # ("is to give")
        if made is not None and not any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_PRONOUNS for c in made.children) and \
                (ent := ctx.ent_at(maker.i)) is not None and ent.label_ in ("ORG", "PERSON"):
            return _as_maker(ent)
    return None


# The people close to someone, who speak together for them ("his family", "her parents").
_KIN_GROUP_NOUNS = frozenset({"family", "families", "relatives", "parents", "friends", "loved"})


def _untagged_org(name: Token) -> tuple[int, int, str]:
    """An organisation's name spaCy tagged nothing, as offsets: the words up to `name`, without an article."""
    return name.left_edge.idx if name.left_edge.dep_ != "det" else name.idx, name.idx + len(name.text), "ORG"


def _as_maker(author: Span) -> Span | tuple[int, int, str]:
    """A maker as found: a person is named in full; spaCy tags many a one-word firm a person
    ("record company Universal", "a survey by Earthlink", "Ericsson's research"): an
    organisation, not someone "he" may stand for later."""
    return (author.start_char, author.end_char, "ORG") if author.label_ == "PERSON" and len(author) == 1 else author


def _earlier_author(ctx: _Context, head: Token) -> Span | tuple[int, int, str] | None:
    """Who made "the survey": the maker named with the last survey before it ("a survey of
    5,196 firms by the BCC …; the survey found"), the same noun in the singular or plural."""
    stem = head.lower_.removesuffix("s")
    for token in reversed(head.doc[:head.i]):
        if token.pos_ == "NOUN" and token.lower_.removesuffix("s") == stem and (author := _author_of(ctx, token)) is not None:
            return author
    return None


def _role_holder_before(ctx: _Context, head: Token) -> Span | None:
    """The person named just before a role that the parser made a second subject of the verb
    ("Blake Lee-Harwood, campaigns director at Greenpeace, said": two subjects of "said")."""
    doc = head.doc
    comma = head.left_edge.i if head.left_edge.text == "," else head.left_edge.i - 1  # (the parser may hang it on the role)
    if head.dep_ not in _SUBJECT_DEPS or comma < 1 or doc[comma].text != ",":
        return None
    return next((e for e in ctx.ents if e.label_ == "PERSON" and e.end == comma and doc[e.end - 1].dep_ in _SUBJECT_DEPS
                 and doc[e.end - 1].head.i == head.head.i), None)


# Descriptions of people that news sets a name off after ("A resident of Ikota, Mrs Funmilayo
# Adekunle, said"), besides the roles of `_SPEAKS_FOR_BODY_NOUNS`.
_DESCRIBED_PEOPLE_NOUNS = frozenset(PERSONS_ROLE_NOUNS | {"resident", "witness", "man", "woman", "victim", "owner", "trader",
                                                         "farmer", "worker", "student", "teacher", "driver", "customer",
                                                         "passenger", "shopkeeper", "survivor", "parent", "mother", "father"})


def _person_set_off_after(ctx: _Context, head: Token, closed: bool = False) -> Span | None:
    """A person named after a comma inside the phrase a description or role heads ("director of
    the Victims of Crime Trust, Norman Brennan,"), with `closed` also followed by one ("A resident
    of Ikota, Mrs Funmilayo Adekunle, who said …": the parser may hang the name anywhere in it)."""
    doc = head.doc
    return next((e for e in ctx.ents if e.label_ == "PERSON" and head.i < e.start and e.end <= head.right_edge.i + 1 and
                 doc[e.start - 1].text == "," and (not closed or (e.end < len(doc) and doc[e.end].text == ","))), None)


def _body_spoken_for(ctx: _Context, head: Token) -> Span | tuple[int, int, str] | None:
    """The organisation a role is held at, named in a phrase after it ("a spokesman for NBC", "an
    official at the Foreign Office", "the head of the IMF"; also a name spaCy missed, and whom a
    spokesman speaks for when tagged a person), or the person who holds it, named after the
    phrase between commas ("director of the Victims of Crime Trust, Norman Brennan,")."""
    doc = head.doc
    if (person := _person_set_off_after(ctx, head)) is not None:
        return person
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "of", "from", "with"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            ent = ctx.ent_at(obj.i)
            if ent is not None and (ent.label_ == "ORG" or (ent.label_ == "GPE" and prep.lower_ in ("for", "from"))):
                return ent  # (a country: "officials from Iran", "a spokesman for the US")
            if ent is not None and ent.label_ == "PERSON" and prep.lower_ == "for" and head.lower_.startswith("spokes"):
                return (ent.start_char, ent.end_char, "PERSON")  # "a spokesman for distributor Toho", "for Mr Blair"
            if ent is not None and ent.label_ == "PERSON" and prep.lower_ == "of" and head.lower_ in _BODY_PART_NOUNS:
                return (ent.start_char, ent.end_char, "PERSON")  # "the press service of Ukrenergo" (or of a president)
            named = ctx.ent_at(obj.i + 1) if ent is None and obj.i + 1 < len(doc) and obj.lower_ in _ORG_NOUNS else None
            if named is not None and named.label_ == "ORG" and named.start == obj.i + 1:
                return named  # ("organisers from the group Farmers Together": the body's noun, then its name)
            set_off = next((ctx.ent_at(c.i) for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None) if ent is None else None
            if set_off is not None and set_off.label_ == "ORG":
                return set_off  # ("a director of his employer, Mersey Freight Logistics, said": the body named after its noun)
            if ent is None and obj.pos_ == "PROPN":
                # A name the tagger missed: "a spokesman for the European Anti-Fraud Office", "for
                # the St David's Shopping Centre": its capitalised words up to the noun.
                words = list(doc[obj.left_edge.i:obj.i + 1])
                while words[0].i < obj.i and not words[0].text[:1].isupper():
                    words.pop(0)
                if all(w.text[:1].isupper() or w.text in ("'s", "’s", "-", "&") for w in words):
                    return (words[0].idx, obj.idx + len(obj.text), "ORG")
            return None
    return None


def _untagged_name(token: Token) -> bool:
    """A proper noun spaCy tagged no entity, not at the start of a sentence (where "Media
    reports" and "Budget documents" are capitalised common nouns)."""
    return token.pos_ == "PROPN" and not token.ent_type_ and not token.is_sent_start


def _for_the_body(prep: Token) -> bool:
    """Whether a phrase is "for the company" (the firm, the ministry …): a body named before."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lower_ in _FIRM_NOUNS | _ORG_NOUNS and o.left_edge.lower_ == "the" and o.left_edge.i == o.i - 1
        for o in prep.children)


def _body_a_spokesman_speaks_for(ctx: _Context, previous: list[_Draft], before: int) -> Span | tuple[int, int, str] | None:
    """Whom "a spokesman" with no body named speaks for: the organisation that is the nearest
    subject, in this sentence or the one before ("But the Home Office defended the measures. A
    spokesman said …"), else the organisation whose claim came right before, in this sentence or
    the two before ("The Vestey Group said it had owned the land …. But a spokesman added: …")."""
    subject = _nearest_subject(ctx, before)
    ent = ctx.ent_at(subject.i) if subject is not None else None
    if ent is not None and ent.label_ == "ORG":
        return ent
    if subject is not None and ent is None and subject.pos_ == "PROPN" and is_acronym(subject.text):
        return subject.idx, subject.idx + len(subject.text), "ORG"  # ("NTL said …", untagged)
    here = ctx.sentence_of_char(before)
    last = previous[-1] if previous else None
    if last is not None and last.antecedent is not None and last.antecedent_label == "ORG" and \
            ctx.sentence_of_char(last.start) >= here - 2:
        return (*last.antecedent, "ORG")
    return None


def _body_named_before(ctx: _Context, head: Token, outlet: bool = False) -> Span | tuple[int, int, str] | None:
    """Whom a spokesman (or "… newspaper") speaks for when a name stands before the noun: a possessor ("Tony
    Blair's official spokesman") or the name in front of it ("A Conservative spokesperson", "a
    Defra spokesman", "A South Wales Police spokeswoman"), whatever spaCy tagged it, or proper
    nouns it left untagged ("a BNP spokesman")."""
    doc = head.doc
    modifiers = [c for c in head.lefts if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in _ROLE_CHANGERS
                 and (_untagged_name(c) or ctx.ent_at(c.i) is not None)]  # ("Shadow spokesman", "official spokesman")
    if outlet:
        # "America's TV Guide magazine", "Us magazine": a place owns or names no magazine
        modifiers = [c for c in modifiers if c.dep_ != "poss" and getattr(ctx.ent_at(c.i), "label_", "") not in _PLACE_ENT_LABELS]
    possessor = next((c for c in modifiers if c.dep_ == "poss"), None)
    names = [possessor] if possessor is not None else modifiers
    if not names:
        return None
    first = next(t for t in doc[names[0].left_edge.i:names[0].i + 1] if t.dep_ != "det")
    last = doc[names[-1].right_edge.i] if names[-1].right_edge.i < head.i and names[-1].dep_ != "poss" else names[-1]  # "Number 10"
    ent = ctx.ent_at(last.i)
    if ent is not None and ent.start <= first.i:
        return ent
    # a name of several words that spaCy tagged in part or not at all
    return first.idx, last.idx + len(last.text), ent.label_ if ent is not None else "ORG"


# What a speaker described as anonymous is said to have asked or been: "who asked not to be named",
# "who did not want to be named", "speaking on condition of anonymity", "who was not authorised to
# speak publicly".
_ANONYMITY = re.compile(r"\b(?:anonymity|anonymously|not to be (?:named|identified)|declined to be (?:named|identified)|"
                        r"(?:not|n't) want(?:ing)? to be (?:named|identified)|not authori[sz]ed to (?:speak|comment|discuss)|"
                        # ("who asked that her name not be published out of concern for her safety")
                        r"(?:asked|requested) that (?:his|her|their) (?:full )?names? not be (?:published|used|given|printed))\b",
                        re.IGNORECASE)


# Nouns of kinds of things that a term names ("a process that researchers call …").
_NAMED_KIND_NOUNS = frozenset({"process", "phenomenon", "condition", "technique", "method", "practice", "effect", "syndrome",
                               "term", "concept", "behaviour", "behavior", "disorder", "procedure", "state", "stage"})


def _term_called(draft: _Draft, ctx: _Context) -> bool:
    """Whether a claim is only a term of one or two words in quote marks right after "call", for a
    kind of thing ("a process that occupational health researchers call “acclimatization.”"): what
    it is called, not a claim (not "what lawmakers called “fraud”", "which he calls “good fun”")."""
    if draft.cue_end is None or draft.cue_token is None or len(draft.fragments) != 1 or \
            ctx.text[draft.cue_start:draft.cue_end].lower() not in _CHARACTERISING_FORMS:
        return False
    cue = ctx.doc[draft.cue_token]
    if cue.dep_ != "relcl" or cue.head.lower_ not in _NAMED_KIND_NOUNS:
        return False
    quote = ctx.quote_at(draft.fragments[0][0])
    return quote is not None and (quote.start, quote.end) == draft.fragments[0] and quote.start - draft.cue_end <= 2 and \
        len(_between_marks(ctx, quote).split()) <= 2


# What a source asks for when it asks to stay anonymous: "that her name not be published".
_ANONYMITY_ASKED = re.compile(r"(?:that )?(?:his|her|their) (?:full )?names? not be (?:published|used|given|printed)\b", re.IGNORECASE)


def _asks_anonymity(draft: _Draft, ctx: _Context) -> bool:
    """Whether a claim is only a source's request to stay anonymous ("…, who asked that her name
    not be published out of concern for her safety, told the Herald"): the article's note on its
    source, not what the source said."""
    return draft.cue_start is not None and ctx.text[draft.cue_start:draft.cue_end].lower() in ("asked", "requested") and \
        len(draft.fragments) == 1 and _ANONYMITY_ASKED.match(ctx.text, draft.fragments[0][0]) is not None


def _kept_anonymous(head: Token) -> bool:
    """Whether a speaker's noun is described, in a clause or phrase set off after it, as someone
    the article keeps anonymous."""
    doc = head.doc
    return any(c.dep_ in ("relcl", "acl", "appos", "advcl") and c.i > head.i and
               _ANONYMITY.search(doc[c.left_edge.i:c.right_edge.i + 1].text) is not None for c in head.children)


def _name_closing_office(head: Token, word: str, ctx: _Context) -> Span | None:
    """The person named right after an office's capitalised words, hung on them by the parser:
    "Minister of State for Foreign Affairs Sultan bin Khalid al-Kuwari" (not a spokesperson's
    "for": "Spokesman for President Obama")."""
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON" or word not in PERSON_ROLE_NOUNS or word in _SPOKESPERSON_NOUNS:
        return None
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "from"):
            continue
        for body in prep.children:
            ent = ctx.ent_at(body.i) if body.dep_ == "pobj" else None
            if ent is None or ent.label_ != "PERSON" or ent.start <= prep.i + 1:
                continue
            # (the office's words may name a place: "United States Senator from Vermont Bernie Sanders")
            office_words = doc[prep.i + 1:ent.start]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "GPE") for t in office_words
                   if t.lower_ not in ("of", "and", "for")):
                return ent
    return None


def _untagged_name_set_off(appos: Token, ctx: _Context) -> tuple[int, int] | None:
    """An apposition that is a name of two to four capitalised proper nouns the tagger left
    untagged, set off by commas ("…, Olusegun Akintola, …"): its characters."""
    doc = appos.doc
    first, last = appos.left_edge.i, appos.right_edge.i
    words = doc[first:last + 1]
    if appos.pos_ != "PROPN" or not 2 <= len(words) <= 4 or first < 1 or doc[first - 1].text != "," or \
            last + 1 >= len(doc) or doc[last + 1].text != "," or \
            not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in ("", "PERSON") for t in words) or \
            ctx.quote_at(words.start_char) is not None:
        return None
    return words.start_char, words.end_char


def _named_after_role_body(head: Token, word: str) -> list[Token]:
    """The person's name set off after "the ROLE of BODY" ("The governor of Ohio, Mike DeWine,
    announced …", "The BBC's correspondent in Jakarta, Rachel Harvey, told …", "The mayor of
    Greenfield, Dana Ortiz, wrote …" with the town tagged a person), which the parser hangs on the
    body or place: it names the role's holder. (Not after a noun that is no body: in
    "the mother of the victim, Sarah Jones," she is the victim.)"""
    if word not in _UNNAMED_SPEAKER_NOUNS:
        return []
    return [appos for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "at", "for", "to", "from")
            for body in prep.children if body.dep_ == "pobj" and (body.ent_type_ in ("GPE", "ORG") or body.pos_ == "PROPN")
            for appos in body.children if appos.dep_ == "appos" and appos.ent_type_ == "PERSON" and appos.i > body.i]


def _introduced_by(ctx: _Context, draft: _Draft, pronoun: str) -> Span | None:
    """The person named as the subject of a verb of saying right before a colon that opens the
    draft's quotation ("Johnny Grant, said: "…"), when the pronoun can be them."""
    start = draft.start
    colon = _end_before_space(ctx.text, start) - 1
    if not start or not _opens_double_quote(ctx.text, start) or colon < 0 or ctx.text[colon] != ":":
        return None
    verb = ctx.token_at(colon) - 1
    if verb < 0 or ctx.doc[verb].pos_ != "VERB" or ctx.doc[verb].lower_ not in LEAD_IN_VERBS:
        return None
    subject = _subject(ctx.doc[verb])
    ent = ctx.ent_at(subject.i) if subject is not None else None
    if ent is None and subject is not None:
        ent = next((ctx.ent_at(c.i) for c in subject.children if c.dep_ == "appos" and ctx.ent_at(c.i) is not None), None)
    if ent is None or ent.label_ != "PERSON" or not ctx.agrees(ent.start_char, ent.end_char, pronoun):
        return None
    return ent


def _titled_person(ent: Span) -> Span | tuple[int, int, str]:
    """A name of two or three words after a person's title is a person's, whatever spaCy tagged it:
    "shadow chancellor Vince Cable" (tagged ORG), so that "he said" later may stand for him."""
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.start == 0 or doc[ent.start - 1].lower_ not in PERSON_ROLE_NOUNS:
        return ent
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in ent):
        return ent
    return (ent.start_char, ent.end_char, "PERSON")


# Capitalised words of an office that tell one office from another ("the Home Secretary", "the
# Foreign Secretary"), unlike names in a title ("the Chester chairman").
_OFFICE_WORDS = frozenset({"prime", "home", "foreign", "deputy", "vice", "shadow", "health", "defence", "defense", "education",
                           "culture", "transport", "environment", "trade", "industry", "work", "pensions", "justice", "interior",
                           "finance", "economic", "economics", "treasury", "chief", "attorney", "general", "first", "junior"})


def _nationalities_before(ctx: _Context, person: Span | tuple[int, int, str]) -> set[str]:
    """The nationalities (lower case) in the title written right before a person's name:
    {"turkish"} for "Turkish President Recep Tayyip Erdogan"."""
    first = ctx.token_at(_char_range(person)[0])
    found: set[str] = set()
    for k in range(first - 1, max(-1, first - 5), -1):
        token = ctx.doc[k]
        if token.is_punct or token.is_space or not (token.text[:1].isupper() or token.lower_ in PERSON_ROLE_NOUNS):
            break
        if token.ent_type_ == "NORP":
            found.add(token.lower_)
    return found


def _of_another_nation(ctx: _Context, person: Span | tuple[int, int, str], nationality: frozenset[str]) -> bool:
    """Whether a person is written with a nationality other than the one a description gives:
    "Turkish President Recep Tayyip Erdogan" is not "the Russian leader"."""
    if not nationality:
        return False
    written = _nationalities_before(ctx, person)
    return bool(written) and not written & nationality


# Titles of a nation's head of state or government, any of which "the Russian leader" may stand for.
_NATION_LEADER_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader", "ayatollah"})


def _holds_another_office(ctx: _Context, person: Span | tuple[int, int, str], noun: str, nationality: frozenset[str]) -> bool:
    """Whether a person "the Russian leader" would fall back to (the last subject or speaker) is
    written with a title that is not a nation's head's: "Kremlin spokesman Dmitry Peskov" is not
    the Russian leader, "Putin" written without a title may be."""
    if noun != "leader" or not nationality:
        return False
    start, end = (person.start_char, person.end_char) if isinstance(person, Span) else (person[0], person[1])
    title = [*_title_before(ctx.text, start, 4), *_apposition_after(ctx.text, end)]
    leads = bool(_NATION_LEADER_TITLES & set(title)) or "prime" in title
    return not leads and any(word in PERSON_ROLE_NOUNS for word in title)


def _leads_nation(ctx: _Context, person: Span, nationality: frozenset[str]) -> bool:
    """Whether a person is written as a nation's head of state or government, of that nationality
    ("Russian President Vladimir Putin", "Israeli Prime Minister Benjamin Netanyahu")."""
    title = _title_before(ctx.text, person.start_char, 4)
    leads = bool(_NATION_LEADER_TITLES & set(title)) or title[-2:] == ["prime", "minister"]
    return leads and nationality <= _nationalities_before(ctx, person) and \
        not ({"former", "deputy", "vice", "acting", "opposition", "ex"} & set(title))


def _holds_title(text: str, start: int, end: int, head: Token, required: frozenset[str] = frozenset()) -> bool:
    """Whether a person is written with every word of the title `head` heads (and the `required`
    words, lower case, that it may leave out) and with none that makes another role of it
    ("Deputy Prime Minister John Prescott" is not "the prime minister", "shadow chancellor Oliver
    Letwin" not "the chancellor")."""
    # (a name in the title may be left out where the person was introduced, or written otherwise:
    # "the Chester chairman" is "Chairman Steve Vaughan", "the Spurs sporting director" "Spurs'
    # sporting director Frank Arnesen"; the words of an office are not: "Home", "Prime")
    words = {t.lower_ for t in head.doc[head.left_edge.i:head.i + 1] if t.lower_ not in ("the", "a", "an")
             and (t.i == head.i or not t.text[:1].isupper() or t.lower_ in _OFFICE_WORDS)}
    # (a title written short inside the name counts written out: "Det Garda Corcoran" is a detective)
    described = {*_title_before(text, start, 4), *text[start:end].lower().split(), *_written_out(text[start:end].replace(".", " ").split()),
                 *_apposition_after(text, end)}
    return words | required <= described and not (described - words) & _ROLE_CHANGERS


# Who runs a team: never a player ("The Welsh striker … falling out with manager Graeme
# Souness. The Toon boss vowed …" is not the striker).
_MANAGER_NOUNS = frozenset({"boss", "manager", "coach"})


def _plays(text: str, person: Span | tuple[int, int, str]) -> bool:
    """Whether a person is written with a playing position before or after the name ("striker
    Craig Bellamy", "Bellamy, the Newcastle striker,")."""
    start, end = _char_range(person)
    return bool(PLAYING_POSITIONS & {*_title_before(text, start, 2), *_apposition_after(text, end)})


def _holds_other_title(text: str, person: Span | tuple[int, int, str], head: Token, noun: str) -> bool:
    """Whether a person is written with a title of that noun that is not the one `head` heads,
    there or where the surname stood before ("Deputy Prime Minister Mr Prescott told …. The book
    claims Mr Prescott hosted a dinner where the prime minister told …")."""
    start, end = _char_range(person)
    if _described_as(text, start, end, noun) and not _holds_title(text, start, end, head):
        return True
    words = text[start:end].split()
    surname = words[-1] if words else ""
    if not surname[:1].isupper():
        return False
    # (where named before, only a word that makes another role: "the left-wing president" is
    # still "President Hugo Chavez")
    changers = _ROLE_CHANGERS - {t.lower_ for t in head.doc[head.left_edge.i:head.i + 1]}
    return any(_described_as(text, s, e, noun) and changers & set(_title_before(text, s, 4))
               for s, e in (match.span() for match in re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)").finditer(text, 0, start)))


def _titled_person_spoke(previous: list[_Draft], ctx: _Context, noun: str) -> _Draft | None:
    """The last claim whose speaker, resolved to a person, is written with `noun` in the title
    ("Fisheries Ministry Spokeswoman Ingrid Dahl said", the whole phrase tagged an organisation)."""
    for prior in reversed(previous):
        if prior.speaker is not None and prior.antecedent_label == "PERSON" and \
                noun in ctx.text[prior.speaker[0]:prior.speaker[1]].lower().split():
            return prior
    return None


def _spoke_with_title(previous: list[_Draft], head: Token, unresolved: bool = False) -> _Draft | None:
    """The last claim by a person described with the title `head` heads ("a Home Office
    minister" for "the minister"): every word of this title and none that makes another role
    of it ("the shadow chancellor" and "the chancellor" are two people); with `unresolved`, also
    one whose speaker was resolved to no one."""
    doc = head.doc
    words = {t.lower_ for t in doc[head.left_edge.i:head.i + 1] if t.lower_ not in ("the", "a", "an")}
    for prior in reversed(previous):
        title = prior.speaker_head
        if title is not None and title.lower_ != head.lower_ and head.lower_ in _VOICE_NOUNS and \
                (voice := next((c for c in title.children if c.dep_ in ("appos", "conj") and c.lower_ == head.lower_
                                and c.pos_ == "NOUN" and c.i == title.right_edge.i), None)) is not None:
            # "A Department of Health and Social Care spokesperson said", the parser heading the
            # phrase with the body's name: the spokesperson closing it
            title = voice
        # (a spokesman or an official speaks for a body as often as for a person: "a Home Office spokesman", then
        # "the spokesman")
        # (or, resolved to no one, one written as someone unnamed: "One senior manager …" for "the
        # manager"; not "Scotland's justice minister has warned …" over a story that names her next)
        unnamed = unresolved and prior.antecedent is None and title is not None and \
            any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in title.children)
        if (prior.antecedent_label != "PERSON" and head.lower_ not in _VOICE_NOUNS and not unnamed) or \
                title is None or title.lower_ != head.lower_ or title.pos_ != "NOUN" or (prior.antecedent is None and not unresolved):
            continue
        prior_words = {t.lower_ for t in doc[title.left_edge.i:title.i + 1]}
        if words <= prior_words and not (prior_words - words) & _ROLE_CHANGERS:
            return prior
    return None


def _body_of_its_kind_just_before(previous: list[_Draft], ctx: _Context, head: Token, before: int) -> _Draft | None:
    """The claim just before, if an organisation spoke it and a spokesperson's phrase names its
    kind: "Metagram said …. "…," a company spokesperson said"; "Armenia's defence ministry said
    …. A ministry spokesman said" (a firm noun for any firm, another only for a body written so)."""
    kind = next((c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1 and c.text.islower()
                 and c.lower_ in (_FIRM_NOUNS | _ORG_NOUNS) - _SPOKESPERSON_NOUNS), None)
    last = _claim_just_before(previous, ctx, before) if kind is not None else None
    if last is None or last.antecedent is None or last.antecedent_label != "ORG" or last.speaker is None:
        return None
    return last if kind in _FIRM_NOUNS or kind in ctx.text[last.speaker[0]:last.speaker[1]].lower().split() else None


def _speaker_the_name_list_misgenders(previous: list[_Draft], ctx: _Context, before: int, pronoun: str) -> _Draft | None:
    """The claim just before, in the same paragraph, when "he"/"she" disagrees with its speaker
    only by the first-name list, the paragraph names no one else, and the first name is no common
    one in Britain or the US (`english_first_names`): in `Opposition leader Raila Odinga said ….
    "…," he told supporters.` the list's "Raila" (a woman's name in Finland) is wrong, not the
    turn; after "Mary Clinton" a "he" is someone else."""
    last = _claim_just_before(previous, ctx, before)
    if last is None or last.antecedent is None or last.antecedent_label != "PERSON" or last.attribution != "explicit" or \
            ctx.paragraph_of(last.start) != ctx.paragraph_of(before):
        return None  # (named there: not a description resolved, maybe wrongly, to someone)
    start, end = last.antecedent
    name = ctx.text[start:end].replace(".", " ").split()
    if len(name) < 2 or ctx.agrees(start, end, pronoun) or ctx.settled_gender(start, end) is not None or \
            ctx.first_name_gender(name) is None or any(word.lower() in ctx.english_first_names for word in name[:-1]):
        return None  # (a first name and a surname, against the pronoun by the list alone: no honorific, no pronoun of the article's)
    paragraph_start = ctx.paragraph_starts[ctx.paragraph_of(before)]
    if any(ent.label_ == "PERSON" and paragraph_start <= ent.start_char < before and not start <= ent.start_char < end and
           ctx.text[ent.start_char:ent.end_char].split()[-1] != name[-1] for ent in ctx.ents):
        return None  # (someone else named in the paragraph may be the one)
    return last


def _spoke_called(previous: list[_Draft], ctx: _Context, noun: str) -> _Draft | None:
    """The last claim whose speaker is called `noun`, if a name is written before that noun ("the
    EIS union", "Unite union") or set beside it ("The state's budget office, Minnesota Management
    and Budget,") and it resolved to an organisation (not when the last so called was another:
    "A Labour spokesman …. A spokesman for the ICO …. The spokesman said")."""
    prior = next((p for p in reversed(previous) if p.speaker_head is not None and p.speaker_head.lower_ == noun), None)
    head = prior.speaker_head if prior is not None else None
    if prior is None or head is None or prior.antecedent is None or prior.antecedent_label != "ORG" or \
            not any((c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "ORG")
                    for c in head.children):
        return None
    return prior


def _introduced_as_relative(ctx: _Context, ent: Span, kin: str) -> bool:
    """Whether the person's name is written right after a possessive and the relative's noun
    ("his brother Alastair Osman", "her son, Daniel Walsh,")."""
    words = ctx.text[max(0, ent.start_char - 24):ent.start_char].replace(",", " ").lower().split()
    return len(words) >= 2 and words[-1] == kin and words[-2] in ("his", "her", "their")


def _unnamed_person_just_before(previous: list[_Draft], ctx: _Context, before: int) -> _Draft | None:
    """The claim just before, if its speaker is a person given only by a role that no one named
    holds: in "The EU's foreign policy chief urged …. "…," his spokesman said" the spokesman speaks
    for that chief, not for a person named earlier."""
    last = _claim_just_before(previous, ctx, before)
    if last is None or last.speaker_head is None or last.antecedent_label == "PERSON" or \
            last.speaker_head.lower_ not in PERSON_ROLE_NOUNS:
        return None
    return last


def _possessor(draft: _Draft, ctx: _Context, previous: list[_Draft], possessive: Token) -> Span | tuple[int, int, str] | None:
    """Whom "its"/"their"/"his"/"her" stands for in "according to its own account", "his
    statement said": found as for the pronoun alone, else, at the head of an article, the
    subject the content names ("According to its own account, Russia now has …")."""
    start = possessive.idx
    word = possessive.lower_
    labels: tuple[str, ...] = ("PERSON",) if word in ("his", "her") else ("ORG", "GPE") if word == "its" else ("ORG", "GPE", "NORP")
    if possessive.i + 1 < len(possessive.doc) and possessive.doc[possessive.i + 1].lower_ == "own" and \
            (ahead := _subject_named_ahead(draft, ctx, labels, word)) is not None:
        return ahead  # ("According to its own account, Russia now has …": "own" is the subject's)
    found: Span | tuple[int, int, str] | None
    if word in ("his", "her"):
        found = (_prior_speaker(previous, ctx, start, labels, max_paragraphs=2, pronoun=word)
                 or _subject_person(ctx, start, word) or _nearest_ent(ctx, start, labels, pronoun=word))
    elif word == "its":
        found = _prior_speaker(previous[-2:], ctx, start, labels) or _subject_org(ctx, start) or \
            _nearest_ent(ctx, start, labels, window_sentences=4)
    else:
        # "their" may be several named apart ("the ministers of Armenia and Azerbaijan"): only an
        # organisation that spoke or was a subject, never the nearest name.
        found = _prior_speaker(previous[-2:], ctx, start, labels) or _subject_org(ctx, start)
    if found is not None:
        return found
    # Nothing before: the possessive looks ahead to the subject of what was said.
    return _subject_named_ahead(draft, ctx, labels, word)


def _subject_named_ahead(draft: _Draft, ctx: _Context, labels: tuple[str, ...], pronoun: str) -> Span | None:
    """The entity (with one of `labels`, agreeing with `pronoun`) that is the first subject in the
    claim's first eight words."""
    if not draft.fragments:
        return None
    first = ctx.token_at(draft.fragments[0][0])
    doc = ctx.doc
    for token in doc[first:min(len(doc), first + 8)]:
        if token.dep_ in _SUBJECT_DEPS:
            return next((e for e in ctx.ents if e.start <= token.i < e.end and e.label_ in labels
                         and ctx.agrees(e.start_char, e.end_char, pronoun)), None)
    return None


# Who a news lead may leave unnamed until the next paragraph ("…, a Home Office minister has
# said.\n\nHazel Blears said …"); not spokesmen and officials, who mostly stay unnamed.
_LEAD_ROLE_NOUNS = (PERSON_ROLE_NOUNS - _VOICE_NOUNS) | {
    "figure", "expert", "associate", "campaigner", "boss",
    # (and the people a human-interest lead describes before it names them: "A supermarket worker
    # who won £7.5 million says …", then "Linda Paterson, 58, …")
    "worker", "woman", "man", "mother", "father", "grandmother", "grandfather", "pensioner", "teenager", "winner", "nurse",
    "teacher", "student", "driver", "farmer", "resident"}


def _named_in_next_paragraph(ctx: _Context, draft: _Draft, previous: list[_Draft]) -> Span | None:
    """The person a lead's "a Home Office minister has said" stands for: the person who is the
    subject at the head of the next paragraph, when no person was named or spoke before."""
    start = draft.speaker[0] if draft.speaker is not None else draft.start
    if any(p.antecedent_label == "PERSON" for p in previous) or \
            any(e.label_ == "PERSON" and e.start_char < start and ctx.paragraph_of(e.start_char) > 0 for e in ctx.ents):
        return None
    paragraph = ctx.paragraph_of(max(draft.end, start)) + 1
    if paragraph >= len(ctx.paragraph_starts):
        return None
    first = ctx.token_at(ctx.paragraph_starts[paragraph])
    for ent in ctx.ents:
        if ent.label_ == "PERSON" and first <= ent.start <= first + 5:
            return ent if ent.root.dep_ in ("nsubj", "nsubjpass") else None
    return None


# Nouns for a person from somewhere, which the tagger reads as names.
# (the nouns written before a name, "Briton Tim Henman"; "the American" and "the Australian" may be
# newspapers, and are read as nationalities below)
_ORIGIN_NOUNS = (NATIONALITY_NOUNS | {"finn", "swiss"}) - {"american", "australian"}
_ORIGIN_PHRASE = re.compile(r"^[Tt]he (?:(?:ex-|former )[A-Z][\w-]+|(?:[A-Z][a-z]+ )?[A-Z][a-z]+)$")
# Newspapers named by a nationality or a faith: "The Hindu reported", "The Australian said".
_NEWSPAPER_DEMONYMS = frozenset({"hindu", "australian", "european"})
_AGED_ORIGIN_PHRASE = re.compile(r"^[Tt]he \d+-year-old ([A-Z][a-z]+)$")


# US states as American news writes them after a member's party: in full, in AP's abbreviations
# ("Calif.", "N.M.") or by postal code ("TX").
_US_STATES: Mapping[str, str] = {
    **{name.casefold(): name for name in (
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming")},
    **{abbreviation.casefold(): name for abbreviation, name in (
        ("Ala.", "Alabama"), ("Ariz.", "Arizona"), ("Ark.", "Arkansas"), ("Calif.", "California"), ("Colo.", "Colorado"),
        ("Conn.", "Connecticut"), ("Del.", "Delaware"), ("Fla.", "Florida"), ("Ga.", "Georgia"), ("Ill.", "Illinois"),
        ("Ind.", "Indiana"), ("Kan.", "Kansas"), ("Ky.", "Kentucky"), ("La.", "Louisiana"), ("Md.", "Maryland"),
        ("Mass.", "Massachusetts"), ("Mich.", "Michigan"), ("Minn.", "Minnesota"), ("Miss.", "Mississippi"), ("Mo.", "Missouri"),
        ("Mont.", "Montana"), ("Neb.", "Nebraska"), ("Nev.", "Nevada"), ("N.H.", "New Hampshire"), ("N.J.", "New Jersey"),
        ("N.M.", "New Mexico"), ("N.Y.", "New York"), ("N.C.", "North Carolina"), ("N.D.", "North Dakota"), ("Okla.", "Oklahoma"),
        ("Ore.", "Oregon"), ("Pa.", "Pennsylvania"), ("R.I.", "Rhode Island"), ("S.C.", "South Carolina"), ("S.D.", "South Dakota"),
        ("Tenn.", "Tennessee"), ("Vt.", "Vermont"), ("Va.", "Virginia"), ("Wash.", "Washington"), ("W.Va.", "West Virginia"),
        ("Wis.", "Wisconsin"), ("Wyo.", "Wyoming"),
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"), ("CO", "Colorado"),
        ("CT", "Connecticut"), ("DE", "Delaware"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"),
        ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
        ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
        ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"),
        ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"), ("NC", "North Carolina"), ("ND", "North Dakota"),
        ("OH", "Ohio"), ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"),
        ("SC", "South Carolina"), ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
        ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"))},
}
# "the Ohio Republican", "the New Mexico Democrat", "the former Montana senator"
_STATE_MEMBER_PHRASE = re.compile(r"[Tt]he (?:(?:former|veteran|freshman|first-term|retiring) )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) "
                                  r"(Republican|Democrat|independent|Independent|senator|[Ss]enator|congressman|congresswoman|"
                                  r"lawmaker|representative)")
# A member's party and state after the name: "Rep. Tom Whitaker (R-Ohio)", "Sen. Maria Delgado, D-N.M.,"
_PARTY_AND_STATE = re.compile(r"\s*(?:\(|,\s*)([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")


def _designated_member(ctx: _Context, phrase: str, before: int) -> Span | None:
    """The person last named with the party and state a phrase gives ("the Ohio Republican" for
    "Rep. Tom Whitaker (R-Ohio)", though another Republican was named since), if any."""
    m = _STATE_MEMBER_PHRASE.fullmatch(phrase)
    if m is None or (state := _US_STATES.get(m.group(1).casefold())) is None:
        return None
    party = {"republican": "R", "democrat": "D", "independent": "I"}.get(m.group(2).casefold())
    for ent in reversed(ctx.ents):
        if ent.end_char > before or ent.label_ != "PERSON":
            continue
        found = _PARTY_AND_STATE.match(ctx.text, ent.end_char)
        if found is not None and (party is None or found.group(1) == party) and _US_STATES.get(found.group(2).casefold()) == state:
            return ent
    return None


def _described_by_origin(phrase: str, head: Token, quoted: bool) -> bool:
    """Whether a speaker phrase describes someone by where they come from: "the Scot", "the
    Frenchman", "the ex-Wallaby", "the former All-Black", "The Russian" (one the tagger calls a
    nationality may be a newspaper: "The Hindu reported" is one only outside a quotation)."""
    if head.tag_ in ("NNS", "NNPS"):
        return False
    if (aged := _AGED_ORIGIN_PHRASE.match(phrase)) is not None:
        # "the 24-year-old Swiss": with an age the nationality is a person's, quoted or not
        return aged.group(1).casefold() in _ORIGIN_NOUNS or head.ent_type_ == "NORP"
    if not _ORIGIN_PHRASE.match(phrase):
        return False
    described = phrase[4:]  # (after "the ")
    if is_party_name(described.split()) and described.endswith("s"):
        return False  # "The Greens said", tagged a nationality: a party ("The Republican" is a person)
    if described.startswith(("ex-", "former ")) or described.casefold().split()[-1] in _ORIGIN_NOUNS:
        return True  # ("The Northern Irishman")
    # A nationality the tagger reads as one, not as a plural ("The Chinese want" is NNPS), speaks
    # as one person ("The Russian added that …"), unless it names a newspaper.
    return head.ent_type_ == "NORP" and (quoted or described.casefold() not in _NEWSPAPER_DEMONYMS)


# What news calls a person it has just named, instead of the name: "The pop star said", "the
# veteran lock", "The former teacher confirmed" (checked first; other titles that others hold
# too, "the minister", are looked for among the people given that title: `PERSON_ROLE_NOUNS`).
_DESCRIBED_PERSON_NOUNS = PLAYING_POSITIONS | frozenset({
    "star", "singer", "actor", "actress", "player", "lock", "prop", "teacher", "writer", "author", "novelist", "broadcaster", "presenter",
    "comedian", "musician", "rapper", "chef", "designer", "artist", "athlete", "sprinter", "runner", "hurdler", "champion",
    "holder", "veteran", "youngster", "teenager", "businessman", "businesswoman", "tycoon", "billionaire", "millionaire",
    "mogul", "entrepreneur", "campaigner", "activist", "politician", "frontman", "guitarist", "drummer", "vocalist",
    "songwriter", "pundit", "commentator", "journalist", "film-maker", "filmmaker", "actor-director", "golfer", "boxer",
    "cyclist", "jockey", "trainer", "batsman", "bowler", "all-rounder", "swimmer", "skater", "seed",
    # (cricket's "right-hander" is parsed with "hander" as its head; a footballer's "forward" is
    # tagged an adverb. Not "the Romanian international": on BBC two of four went to someone
    # else, the subject of the sentence before.)
    "hander", "batter", "opener", "spinner", "paceman", "forward", "centre-forward", "quarterback", "pitcher", "point guard",
})
# Words of a rank or a record in a description ("the top seed", "the two-time champion").
_RANK_WORDS = frozenset({"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "number", "no",
                         "world", "reigning", "defending", "former", "double", "triple", "olympic", "european"})
_AGE_PHRASE = re.compile(r"^[Tt]he (?:[\w-]+ )*\d+-year-old$")


def _described_person(phrase: str, head: Token) -> bool:
    """Whether a speaker phrase describes, without naming, a person the article has named: "the
    pop star", "The 36-year-old", "the world 200m and 400m record holder"."""
    if _AGE_PHRASE.match(phrase):
        return True
    return phrase[:4] in ("the ", "The ") and ((head.pos_ == "NOUN" and head.tag_ == "NN") or
                                               (head.lower_ == "forward" and head.is_lower and head.dep_ in ("nsubj", "nsubjpass"))) and \
        head.lower_ in _DESCRIBED_PERSON_NOUNS and not any(c.dep_ in ("poss", "prep") for c in head.children)


def _inside(draft: _Draft, char: int | None) -> bool:
    return char is not None and any(s <= char < e for s, e in draft.fragments)


def _only_the_end_of(inner: _Draft, outer: _Draft, ctx: _Context) -> bool:
    """Whether `outer` holds nothing but the end of `inner`'s quotation and its attribution:
    "“… of declarations. When does it stop?,” the judge said, according to the Post." was cut
    into sentences inside the quotation, and "according to" took only its last sentence."""
    if inner.cue_start is None or inner.cue_end is None:
        return False
    attribution = (inner.cue_start, inner.cue_end) if inner.speaker is None else \
        (min(inner.cue_start, inner.speaker[0]), max(inner.cue_end, inner.speaker[1]))
    said = [*inner.fragments, attribution]
    text = ctx.text
    return all(text[k].isspace() or not text[k].isalnum() or any(s <= k < e for s, e in said)
               for start, end in outer.fragments for k in range(start, end))


def _relays(draft: _Draft, ctx: _Context) -> bool:
    """Whether the claim's cue is one that passes on what others said ("according to", "reported")."""
    cue = ctx.text[draft.cue_start:draft.cue_end] if draft.cue_start is not None and draft.cue_end is not None else ""
    return (cue.split() or [""])[0].lower() in _RELAY_CUES or cue.lower().startswith(_ACCORDING_OPENINGS)


# Sources news keeps unnamed, who know rather than relay: "a person familiar with the matter",
# "people with knowledge of the talks", "two sources briefed on the plan".
_UNNAMED_SOURCE = re.compile(r"(?:an? |two |three |several |some )?(?:people|persons?|sources?)\b[^,;]{0,40}?\b"
                             r"(?:familiar with|with knowledge of|briefed on|close to|involved in)\b", re.IGNORECASE)


def _unnamed_source_of_a_request(outer: _Draft, inner: _Draft, ctx: _Context) -> bool:
    """Whether `outer`'s speaker is a source the article keeps unnamed (`_UNNAMED_SOURCE`) and
    `inner`'s content an infinitive, what someone was asked to do ("asked Trellis to provide …"),
    not words said: the source tells what happened, the request included."""
    return outer.speaker is not None and _UNNAMED_SOURCE.match(ctx.text, outer.speaker[0], outer.speaker[1]) is not None and \
        bool(inner.fragments) and ctx.text.startswith("to ", inner.fragments[0][0])


def _is_relay(outer: _Draft, inner: _Draft, ctx: _Context) -> bool:
    """Whether `outer` only relays `inner`: "…, Lavrov said, TASS reports", or "the leaders,
    according to Tass, emphasized that …": the relaying source becomes the inner claim's `via`."""
    if outer.cue_start is None or inner.cue_start is None or outer.cue_end is None:
        return False
    if inner.category != "speech":
        # "According to police, officers saw him draw a gun": what the officers saw is the
        # police's claim; a relay passes on what someone said.
        return False
    if not _relays(outer, ctx):
        return False
    if not (outer.start <= inner.cue_start < outer.end):
        return False
    if inner.cue_token is not None and ctx.doc[inner.cue_token].dep_ == "relcl" and \
            (outer.speaker is None or not _names_an_outlet(ctx.text[outer.speaker[0]:outer.speaker[1]])):
        # "…, according to three aides involved in the talks, setting up a clash with Senate
        # Democrats who say …": a claim in a relative clause inside what the sources said is
        # nested in it, not passed on by them (an outlet passes on whatever it reports)
        return False
    if _unnamed_source_of_a_request(outer, inner, ctx):
        # "The FDA asked Trellis in October to provide …, according to a person familiar with the
        # agency's review": an unnamed source tells what happened, a request within; it is the
        # speaker, not a relay of the FDA's words (as it is of "The minister said …")
        return False
    overlap = sum(max(0, min(e, oe) - max(s, os)) for s, e in inner.fragments for os, oe in outer.fragments)
    inner_length = sum(e - s for s, e in inner.fragments)
    if overlap < 0.6 * inner_length and not _only_the_end_of(inner, outer, ctx):
        return False
    # A relay adds nothing after the inner attribution ("…, X said, TASS reports"; "X said Y,
    # Reuters reported") or wraps it as "according to"; "The Post reported that X said Y" is
    # nested speech and stays two claims.
    return ctx.text[outer.cue_start:outer.cue_end].lower().startswith(_ACCORDING_OPENINGS) or inner.inverted or outer.inverted


def _dedupe(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """Fold relaying sources into `via`, and keep one claim where two cues take the same content
    (the nearer one), unless one attribution lies inside the other's content (nested speech)."""
    keep = [True] * len(drafts)
    for i, a in enumerate(drafts):
        for j, b in enumerate(drafts):
            if i == j or not (keep[i] and keep[j]):
                continue
            if _is_relay(a, b, ctx):
                keep[i] = False
                # (nor a document of no one named: "The ministry said it had summoned the ambassador,
                # according to a statement" is the ministry's own)
                head = a.speaker_head
                if a.speaker is not None and b.via is None and not (b.speaker is not None and _inside(b, a.cue_start)
                                                                    and b.end > a.speaker[1] + 1) and \
                        not (head is not None and head.lower_ in _WRITTEN_IN_NOUNS and not head.ent_type_ and
                             not any(t.ent_type_ or t.dep_ == "poss" for t in head.subtree)):
                    # (not "He noted that the drills, which, according to him, "are defensive" …":
                    # a phrase inside what someone said passes nothing on; "It is predicted that …,
                    # according to the UN" names no one else)
                    b.via = a.speaker
                    if a.cue_start is not None and b.start < a.cue_start < b.end <= a.speaker[1] + 1 and \
                            ctx.text[a.cue_start:a.cue_end].lower().startswith(_ACCORDING_OPENINGS):
                        # "…, orders remained "robust", according to Reuters": the relay is no part of it
                        _cut_at(b, a.cue_start, ctx.text)
            if a.category != "speech" and b.category == "speech" and _inside(a, b.cue_start) and b.cue_start is not None and \
                    ctx.text[a.start:b.cue_start].strip().casefold() in ("to", "on to") and a.cue_token is not None and \
                    not any(c.dep_ in ("dobj", "dative") for c in ctx.doc[a.cue_token].children):
                # "He went on to say that …": the verb of saying reports it, "went on" only leads to it
                # (not "encouraging voters to ask why …": they ask)
                keep[i] = False
                if b.inherit_from == a.cue_token:
                    b.inherit_from = None  # (its speaker, "He", is resolved as its own)
                continue
            if a.category != "speech" and b.category == "speech" and b.cue_start is not None and _inside(a, b.cue_start) and \
                    b.speaker is not None and ctx.text[max(0, b.cue_start - 4):b.cue_start] == " by " and \
                    a.cue_start is not None and a.cue_start < b.cue_start:
                # "opened the session by saying that …", "responded by saying …": the deed is how the
                # words were said; the verb of saying makes the claim
                keep[i] = False
                continue
            if b.category != "speech" and _inside(a, b.cue_start) and a.category == "speech":
                # "Everyone agrees that X, Lavrov said": a stance inside what someone said is
                # part of their words, not a claim of its own.
                keep[j] = False
                continue
            if b.inverted and a.start == b.start and a.end > b.end and _inside(a, b.cue_start) and \
                    a.cue_start is not None and a.cue_start < a.start:
                # `Kirsty Williams added: "…," she said.`: the parser hung "she said" on "added";
                # one claim, the quotation, said by the name before the colon (or by "she" when
                # the parser found no one before it: "For the Lib Dems David Laws said: …").
                # (Its body closing the sentence passes on what the one named said: "The army chief
                # said the forces were "fully aware of the threats", the ISPR said.")
                if a.speaker is None:
                    keep[i] = False
                else:
                    a.fragments = list(b.fragments)
                    keep[j] = False
                    if _passes_on(b, a, ctx):
                        a.via = b.speaker
                continue
            if len(a.fragments) >= 2 and b.inverted and list(b.fragments) == a.fragments[-1:] and \
                    a.cue_start is not None and a.cue_start < a.start and b.cue_start is not None and b.cue_start >= a.end:
                # `He said he was too busy to look: "I have a lot going on," he wrote.`: the quotation
                # after the colon is signed on its own; the verb before keeps the clause before it.
                a.fragments = a.fragments[:-1]
                continue
            if j < i:
                continue
            if b.speaker is None and b.cue_start is not None and a.speaker is not None and a.category == "speech" and \
                    a.start <= b.start and b.end <= a.end and _inside(a, b.cue_start):
                # "The Tories, he said, can cut crime … without asking people to pay more taxes":
                # a cue of no one named inside what someone said is part of their words
                keep[j] = False
                continue
            if a.speaker is None and b.speaker is not None and _inside(a, b.cue_start) and \
                    ctx.text[a.start:b.cue_start].split() in (["to", "have"], ["to", "have", "been"]):
                # "Mr Houston is alleged to have said that …": a hedge by no one named around
                # what Houston said is his claim only
                keep[i] = False
                continue
            overlap = max(0, min(a.end, b.end) - max(a.start, b.start))
            if overlap < 0.6 * min(a.end - a.start, b.end - b.start):
                continue
            if _inside(b, a.cue_start) or _inside(a, b.cue_start):
                continue
            if b.inherit_from is not None and b.inherit_from == a.cue_token:
                keep[j] = False  # `X said, referring to …, "…"`: the participle's content is the verb's
            elif a.inherit_from is not None and a.inherit_from == b.cue_token:
                keep[i] = False
            else:
                da, db = _cue_distance(a), _cue_distance(b)
                kept, dropped = (a, b) if da <= db else (b, a)
                keep[j if da <= db else i] = False
                if _passes_on(dropped, kept, ctx):
                    kept.via = dropped.speaker
                if kept.medium is None and dropped.medium is not None and kept.fragments == dropped.fragments and \
                        dropped.inverted and _same_name_signs(kept, dropped, ctx):
                    # `Tarriela said: "…" (three paragraphs) "…," Tarriela said in a post on X.`: one
                    # quotation, introduced and signed; where the signature says it was said holds
                    kept.medium = dropped.medium
    return [d for d, k in zip(drafts, keep, strict=True) if k]


def _same_name_signs(kept: _Draft, signature: _Draft, ctx: _Context) -> bool:
    """Whether a quotation's signature after it names the one its introduction named ("…
    Commodore Jay Tarriela, said: "…" … "…," Tarriela said"): its last word is in theirs."""
    if kept.speaker is None or signature.speaker is None or signature.cue_start is None or signature.cue_start < kept.end or \
            kept.speaker[0] >= kept.start:
        return False
    words = ctx.text[signature.speaker[0]:signature.speaker[1]].split()
    # (the introduction up to the quotation: the speaker's phrase may not yet hold its apposition)
    return bool(words) and words[-1] in re.findall(r"[\w'’-]+", ctx.text[kept.speaker[0]:kept.start])


def _passes_on(outer: _Draft, inner: _Draft, ctx: _Context) -> bool:
    """"The army chief said the forces were ready, the ISPR said": a body's attribution closing
    a sentence whose own attribution names someone else passes that one's words on (its press
    wing, an agency), as "…, TASS reports" does."""
    head = outer.speaker_head
    return outer.inverted and not inner.inverted and inner.via is None and outer.speaker is not None and \
        inner.speaker is not None and head is not None and inner.cue_start is not None and outer.cue_start is not None and \
        inner.cue_start < inner.start and outer.cue_start > inner.end and ctx.text[inner.end:outer.speaker[0]].strip() == "," and \
        ctx.text[outer.cue_start:outer.cue_end].lower() in ("said", "says") and \
        (head.ent_type_ == "ORG" or head.lower_ in _ORG_NOUNS or is_news_outlet(ctx.text[outer.speaker[0]:outer.speaker[1]])) and \
        ctx.text[inner.speaker[0]:inner.speaker[1]].casefold() != ctx.text[outer.speaker[0]:outer.speaker[1]].casefold()


def _end_before_participles(drafts: list[_Draft], ctx: _Context) -> None:
    """"called the deal a “betrayal”, citing the loss of jobs": a participle after a comma that
    makes a claim of its own, sharing the verb's speaker, is not part of the verb's content (the
    verb's phrase with a quotation in it runs to the sentence's end). Not where the quotation is
    the participle's ("ruled out free care, saying it was “unsustainable”"): then the verb has
    content only with it."""
    by_cue = {draft.cue_token: draft for draft in drafts if draft.cue_token is not None}
    for participle in drafts:
        verb = by_cue.get(participle.inherit_from) if participle.inherit_from is not None else None
        cue_start = participle.cue_start
        if verb is None or verb is participle or verb.verbatim or cue_start is None or ctx.quote_at(cue_start) is not None:
            continue
        for k, (first, last) in enumerate(verb.fragments):
            comma = ctx.text.rfind(",", first, cue_start)
            if first < cue_start < last and comma > first and not ctx.text[comma + 1:cue_start].strip() and \
                    any(first <= q.start and q.end <= comma + 1 for q in ctx.quotes):
                verb.fragments[k] = _trim(ctx.text, first, comma)


_TEASER_PARAGRAPHS = 3


def _drop_repeats(drafts: list[_Draft], ctx: _Context) -> tuple[list[_Draft], list[_Draft]]:
    """A statement printed twice by the same speaker (a teaser line above the body, often cut
    short) is one claim: the fuller copy stays. Gives the kept drafts and the dropped ones."""
    def words(draft: _Draft) -> set[str]:
        return {w.strip(".,;:'\"“”‘’").lower() for s, e in draft.fragments for w in ctx.text[s:e].split()} - {""}

    def speaker(draft: _Draft) -> str:
        return ctx.text[draft.speaker[0]:draft.speaker[1]].lower() if draft.speaker else ""

    bags: dict[int, set[str]] = {}  # (each draft's words, read when first compared)

    def bag(k: int) -> set[str]:
        if k not in bags:
            bags[k] = words(drafts[k])
        return bags[k]

    drop: set[int] = set()
    for i in range(len(drafts)):
        if ctx.paragraph_of(drafts[i].start) > _TEASER_PARAGRAPHS:
            continue  # a live blog quoting the same tweet in two updates quotes it twice
        for j in range(i + 1, len(drafts)):
            a, b = drafts[i], drafts[j]
            if i in drop or j in drop or speaker(a) != speaker(b):
                continue
            if a.start < b.end and b.start < a.end:
                continue  # one inside the other ("…, stressing that …") is not a repeat
            if len(bag(i)) < 5 or len(bag(j)) < 5:
                continue
            if len(bag(i) & bag(j)) >= 0.8 * min(len(bag(i)), len(bag(j))):
                drop.add(i if a.end - a.start <= b.end - b.start else j)
    return [d for k, d in enumerate(drafts) if k not in drop], [d for k, d in enumerate(drafts) if k in drop]


def _cue_distance(draft: _Draft) -> int:
    if draft.cue_start is None:
        return 1 << 30
    return min(abs(draft.cue_start - draft.end), abs(draft.cue_start - draft.start))


# --------------------------------------------------------------------------- entry point
def _find_title(text: str, title: str | None) -> tuple[int, int] | None:
    if not title:
        return None
    at = text.find(title, 0, 2000)
    return (at, at + len(title)) if at >= 0 else None


def extract_claims(
    doc: Doc, article_id: str, title: str | None, cues: CueLexicon, settings: ClaimsConfig,
    speaker_labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"),
    gender: GenderLookup | None = None, frames: FrameModel = NO_FRAMES,
    categories: Mapping[str, str] | None = None, text: str | None = None,
    place_names: frozenset[str] = frozenset(), noun_cues: frozenset[str] = frozenset(), dateline: str | None = None,
    english_first_names: frozenset[str] = frozenset(), ents: Sequence[Span] | None = None, outlet: str | None = None,
) -> list[Claim]:
    """Every claim in `doc`, in text order; `gender` maps first names to "m"/"f" for pronouns;
    `frames` scores constructions of other verbs as attributions (default: none are);
    `categories` the category of each cue form (default: the selected cues' own); `text` the
    Doc's text when the caller has it (`annotate.doc_text`); `place_names` folded country and
    capital names, which speak as places ("Armenia maintains …") when spaCy tagged them nothing;
    `noun_cues` the nouns that report a "that" clause ("his claim that …"; default: none do);
    `dateline` the place ingest found opening the lead, which no claim starts with ("Mumbai: …");
    `english_first_names` first names common in Britain or the US, lower case (the name list's
    gender of others may be wrong for a man in the news: "Raila Odinga"); `ents` the Doc's entities
    when the caller has them (`mentions.correct_entities`); `outlet` the article's outlet, a medium
    wherever it is told something ("told Law360", "told KSHB 41" on KSHB 41 Kansas City News's site)."""
    categories = categories or cues
    stances = min(settings.min_stance_clause_frame_precision, settings.min_stance_frame_precision) <= 1.0
    ctx = _Context(doc, speaker_labels, gender, text, place_names, dateline, english_first_names, title, ents, outlet)
    title_span = ctx.title_span
    drafts: list[_Draft] = []
    taken: list[_Draft] = []  # no claims, but their quotations are no one else's (`_Draft.by_no_one`)
    by_cue: dict[int, _Draft] = {}
    for i in ctx.verbs_and_according:  # a Token object for every token costs more than the rest of this loop
        token = doc[i]
        if token.ent_iob_ == "I" and token.ent_type_ in speaker_labels:
            continue  # inside a name: "Nick Van den Brul", "Save the Children" (a first word may be one: "Said Okafor: …")
        if not token.text.isascii():
            continue  # no English verb: a line quoted in its own language ("a haderő modernizációja …")
        in_lexicon = _is_cue(token, cues) or _belief_after_its_clause(token, categories)
        # (A verb outside the lexicon reports only a learned construction (`_frame_claim`): it needs
        # a dependent after it that `content_frames` could take.)
        if not (in_lexicon or (stances and i in ctx.frame_heads and token.pos_ in ("VERB", "AUX"))) or \
                ctx.quote_at(ctx.token_starts[i]) is not None:
            continue  # a cue inside a quotation is part of what was said
        if _known_as_a_name(token, ctx):
            continue  # ("Friends … knew him as "Danny Wheels"": a nickname, no one's words)
        # (a verb outside the lexicon — "according" is in it — is tried first: the learned
        # constructions turn down nearly all of them, for less than the tests below cost)
        draft = None if in_lexicon else _frame_claim(token, ctx, frames, settings, cues)
        if (not in_lexicon and draft is None) or _says_nothing(token, cues, categories) or \
                (token.lower_ in ("said", "say") and _discourse_marker(token)) or \
                _in_hyphenated_word(token, ctx.text) or _listed_noun(token) or \
                (_sentence_ends_asking(ctx, i) and _in_writers_question(token)):
            continue
        according = _is_according(token)
        if according:
            draft = _according_claim(token, ctx)
        elif in_lexicon:
            draft = _cue_claim(token, ctx, cues, settings, frames)
        if draft is None:
            continue
        if draft.by_no_one:
            # Its quoted phrases name or describe; a quoted sentence is still someone's speech
            # ("… was seen quizzing an official: "But what happened?"").
            draft.fragments = [f for f in draft.fragments if not _quoted_sentence(ctx, *f)]
            if draft.fragments:
                taken.append(draft)
            continue
        draft.category = "speech" if according else categories.get(token.lower_, "other")
        if draft.category == "other" and (_quoted_phrase_alone(draft, ctx, settings.min_quote_words) or _purpose_of_object(token, draft)):
            continue  # a stance's object, quoted: the writer's scare quote, or a phrase cited; or what a thing is for
        if title_span is not None and title_span[0] <= draft.start < title_span[1]:
            continue
        drafts.append(draft)
        by_cue[token.i] = draft
    drafts.extend(_findings_of_sources(ctx, drafts, title_span, cues))
    drafts.extend(_signed_sentences(ctx, drafts, title_span, cues))
    drafts.extend(_questions_put(ctx, drafts, title_span))
    if noun_cues and (reported := _noun_claims(ctx, by_cue, title_span, noun_cues, categories)):
        # A verb whose content starts where a noun's clause does took that clause for its own
        # ("dismissed warnings from his attorney that …" is not the judge saying it).
        starts = {draft.start for draft in reported}
        drafts = [draft for draft in drafts if draft.start not in starts] + reported
    drafts, repeats = _drop_repeats(_dedupe(drafts, ctx), ctx)  # a repeat's quotations are claimed already
    _end_before_participles(drafts, ctx)
    taken += repeats
    drafts.extend(_recovered_claims(drafts + taken, ctx, title_span, settings, cues))
    _merge_split_quotes(drafts, ctx, settings.min_quote_words, cues)
    drafts.extend(_quote_claims(drafts + taken, ctx, title_span, settings))
    drafts = _with_transcript_turns(drafts, ctx, title_span)
    drafts.sort(key=lambda d: (d.start, d.end))
    for draft in drafts:
        _label_over_quote(draft, ctx)
        _document_read_before_quote(draft, ctx)

    parents = _parents(drafts, by_cue)
    resolved: list[_Draft] = []
    for draft in drafts:
        parent = parents.get(id(draft))
        if parent is not None and parent is not draft and parent.speaker is not None:
            draft.adopt_speaker(parent)
        elif draft.cue_start is None and draft.speaker is None and not _signed_on_next_line(draft, ctx):
            _continue_turn(draft, ctx, resolved, settings, cues)
        # (else, also for a quotation signed on the line after it, the speaker phrase is resolved)
        else:
            _resolve(draft, ctx, resolved)
            if draft.attribution == "nominal" and _contrasted_with_itself(draft, resolved, ctx):
                draft.antecedent = draft.antecedent_label = None  # (better no one than the other side)
            if draft.attribution == "pronoun" and draft.antecedent is not None and draft.speaker_head is not None:
                ctx.learn_gender(*draft.antecedent, draft.speaker_head.lower_)
            if (first_named := _first_named_member(draft, ctx)) is not None:
                draft.antecedent = first_named.antecedent
        _carry_medium(draft, resolved, ctx)
        if (draft.speaker is not None or draft.cue_start is not None) and not (draft.by_noun or draft.unnamed_asker):
            resolved.append(draft)
    position = {id(draft): i for i, draft in enumerate(drafts)}
    for i, draft in enumerate(drafts):
        parent = parents.get(id(draft))
        if parent is not None and position.get(id(parent), -1) > i and parent.speaker is not None:
            # "When asked if …, the chief executive said: …": the governing cue comes later, and
            # only now is its speaker resolved.
            draft.adopt_speaker(parent)
    for draft, following in itertools.pairwise(drafts):
        if draft.cue_start is None and draft.attribution in ("continuation", "none") and _turn_signed_after(draft, following, ctx):
            draft.adopt_speaker(following)
            draft.attribution = "continuation"
    _cut_before_contrasted_claims(drafts, ctx)
    for draft in drafts:
        _cut_at_speaker(draft, ctx)
        _skip_dateline(draft, ctx)
        _drop_trailing_conjunction(draft, ctx)
        _drop_cues_own_preposition(draft, ctx)
        _drop_unopened_bracket(draft, ctx)
        _whole_words(draft, ctx)
        if draft.relative is not None and draft.speaker is not None and draft.antecedent is not None:
            # The speaker as written is the relative pronoun, and the name it stands for is the
            # antecedent, as with "he". An unnamed phrase ("scientists, who said") stays the
            # speaker: "who" alone would tell a reader nothing.
            draft.speaker = draft.relative
        _trim_speaker_start(draft, ctx)
    drafts = [d for d in drafts if not _speaker_as_content(d) and not _names_a_thing(d, ctx) and not _asks_anonymity(d, ctx) and
              not _term_called(d, ctx) and
              (settings.nested_claims or not _reported_inside_another(d, drafts, ctx))]
    return [_to_claim(d, i, article_id, ctx) for i, d in enumerate(drafts)]


# A paragraph that is only a dash and a name: the signature of the quotation above it.
_SIGNATURE_LINE = re.compile(r"[ \t\xa0]*\n\s*[-\u2013\u2014][ \t\xa0]*([A-Z][^\n]{0,60}?)\.?[ \t\xa0]*(?:\n|$)")


def _signed_on_next_line(draft: _Draft, ctx: _Context) -> bool:
    """Whether a quotation with no attribution of its own ends its paragraph and the next is only
    a dash and a name, perhaps with who or where they are after a comma (fact checks, epigraphs,
    readers' voices: `"…"` then `- Bernie Sanders.`): that name is its speaker, set on the draft (to
    be resolved as any name written out)."""
    quote = ctx.quote_at(draft.end - 1)
    if quote is None or quote.end != draft.end or (line := _SIGNATURE_LINE.match(ctx.text, draft.end)) is None:
        return False
    # (the name, and after a comma who or where they are: "-Michelle Marks, Philadelphia.", "-President
    # Obama, tweeting after the speech")
    comma = ctx.text.find(",", line.start(1), line.end(1))
    name_end = comma if comma > 0 else line.end(1)
    # (offsets, not tokens, bound the name: a tokenizer other than the pipeline's may keep the dash
    # glued to its first word, "-Michelle")
    span = ctx.doc.char_span(line.start(1), name_end, alignment_mode="expand")
    if span is None or span.end_char != name_end or not all(t.pos_ == "PROPN" or (t.is_punct and t.text == ".") for t in span):
        return False
    ent = ctx.ent_at(span.root.i)
    if ent is not None and (ent.label_ not in ("PERSON", "ORG") or ent.start < span.start or ent.end > span.end):
        return False
    draft.speaker = (line.start(1), name_end)
    draft.speaker_head = span.root
    draft.attribution = "explicit"
    return True


# A clause joined to what was said ("… and", "…, but"), whose own speaker follows.
_JOINED_CLAUSE = re.compile(r"(?:^|[\s,;])(?:and|but|while|whereas)\s+$")
# A participle after a comma goes on with the claim before it ("…, saying …"): a claim of its own.
_PARTICIPLE_AFTER_COMMA = re.compile(r",\W{0,2}\s*(?:and\s+)?$")


def _reported_inside_another(draft: _Draft, drafts: Sequence[_Draft], ctx: _Context) -> bool:
    """Whether a claim, cue and all, stands inside what another speaker is said to have said, so
    that it is part of that account and no claim of its own ("Trump said that Clinton once
    described the pact as “the gold standard”": Trump's claim), inside what its own speaker said
    ("condemned what he called a “brazen breach”": one claim), or is a share of those asked
    inside a poll's finding ("A poll showed that 72 percent of voters said …"). PolNeAR counts
    such speech once, in the outer claim. Not inside a relay ("The Post reported that X said …"),
    a claim of no one named, or a stance of another speaker ("decided to support the plans as the
    police said …"), and not a clause joined with "and" that has its own speaker, nor a participle
    that goes on with the outer claim (`_goes_on_with`)."""
    if draft.cue_start is None:
        return False
    for outer in drafts:
        if outer is draft or outer.speaker is None or outer.cue_start is None or outer.cue_end is None or \
                not (outer.start <= draft.start and draft.end <= outer.end and (outer.start, outer.end) != (draft.start, draft.end)) or \
                not _inside(outer, draft.cue_start):
            continue
        if _relays(outer, ctx) and not _unnamed_source_of_a_request(outer, draft, ctx):
            continue  # (an unnamed source's account holds what was asked of someone: `_is_relay`)
        if draft.cue_token is not None and _subjunctive(ctx.doc[draft.cue_token]):
            return True  # ("demanded that local authorities explain why …": asked of them, not said by them)
        same = _same_speaker(outer, draft, ctx)
        if not (outer.category == "speech" or same or _share_of_those_asked(draft)):
            continue
        if not same and draft.speaker is not None and outer.start < draft.speaker[0] and \
                _JOINED_CLAUSE.search(ctx.text[outer.start:draft.speaker[0]]):
            continue  # a clause joined with its own speaker: "… was "flawed" and all three parties have said …"
        if not _goes_on_with(draft, outer, ctx):
            return True
    return False


# Verbs of demanding, whose "that" clause says what someone is to do.
_DEMAND_FORMS = frozenset({"demand", "demands", "demanded", "demanding", "request", "requests", "requested", "require",
                           "requires", "required", "urge", "urges", "urged"})


def _subjunctive(verb: Token) -> bool:
    """A verb in the base form with a subject of its own and no auxiliary: what a demand asks of
    someone ("insisted that the president explain …", "demanded that local authorities explain
    …", the tagger reading the plural's as a present), not what they said."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.dep_ == "ccomp" and verb.head.lower_ in _DEMAND_FORMS)


def _goes_on_with(draft: _Draft, outer: _Draft, ctx: _Context) -> bool:
    """Whether a claim inside another's content goes on with it: a participle sharing its verb's
    speaker ("criticised the plan - which … - saying …") or one after a comma ("…, saying …");
    not an infinitive ("insisted that Khan was wrong to say …": part of what was insisted)."""
    if draft.cue_start is None or draft.cue_end is None or not ctx.text[draft.cue_start:draft.cue_end].endswith("ing"):
        return False
    return (draft.inherit_from is not None and draft.inherit_from == outer.cue_token) or \
        _PARTICIPLE_AFTER_COMMA.search(ctx.text[outer.start:draft.cue_start]) is not None


# Heads of a speaker that is a share of the people asked ("72 percent of voters", "about half").
_SHARES = frozenset({"percent", "%", "half", "majority", "minority", "plurality", "third", "thirds", "quarter", "quarters",
                     "fifth", "fifths", "most"})


def _share_of_those_asked(draft: _Draft) -> bool:
    """Whether the speaker is a share of a poll's respondents ("A poll showed that 72 percent of
    voters said …"): what they said is the poll's finding."""
    head = draft.speaker_head
    return head is not None and (head.lower_ in _SHARES or head.ent_type_ == "PERCENT")


def _same_speaker(a: _Draft, b: _Draft, ctx: _Context) -> bool:
    """Whether two claims' speakers are one, as written or as resolved ("Ban Ki-moon" and the "he" after)."""
    def names(draft: _Draft) -> set[str]:
        spans = [span for span in (draft.speaker, draft.antecedent) if span is not None]
        return {ctx.text[start:end].casefold() for start, end in spans}
    return bool(names(a) & names(b))


def _speaker_as_content(draft: _Draft) -> bool:
    """Whether all that a claim says is its speaker's own phrase, before the cue: the parser hung the
    cue on the name ("Friedrich Merz, whose conservatives lead the polls, called for …", "called"
    a clause describing Merz), and nothing was said."""
    if draft.speaker is None or draft.cue_start is None or len(draft.fragments) != 1:
        return False
    (first, last), (start, end) = draft.fragments[0], draft.speaker
    # (or lies inside the speaker's phrase: "-President Obama, tweeting after …" said "President Obama")
    return (first <= start and end <= last <= draft.cue_start) or (start <= first and last <= end)


def _turn_signed_after(draft: _Draft, following: _Draft, ctx: _Context) -> bool:
    """Whether an unattributed quotation runs straight on, in its paragraph, into a quotation
    signed after it (`"A. "B," said Mr Joseph.`, the first often missing its closing mark): both
    are that speaker's turn, not the previous speaker's."""
    if following.speaker is None or following.attribution != "explicit" or following.cue_start is None:
        return False
    first = ctx.quote_at(following.start)
    if first is None or first.start != following.start or following.cue_start < first.end or ctx.quote_at(draft.start) is None:
        return False
    between = ctx.text[draft.end:following.start]
    return not between.strip() and "\n" not in between


def _cut_at_speaker(draft: _Draft, ctx: _Context) -> None:
    """A speaker never stands inside what is said: where the parser hung the speaker's phrase on
    the end of the content ("When asked if BMW would seek compensation from Bosch, the carmaker's
    chief executive Helmut Panke said"), the content ends at the comma before that phrase."""
    if draft.speaker is None or draft.verbatim:
        return
    start, end = draft.speaker
    for k, (first, last) in enumerate(draft.fragments):
        if first < start < last <= end + 1 and ctx.quote_at(start) is None:
            comma = ctx.text.rfind(",", first, start)
            quote = ctx.quote_at(comma) if comma > first else None
            if quote is not None and first < quote.end <= start:
                draft.fragments[k] = (first, quote.end)  # `"…," said Connors`: the quotation, marks and all
            elif quote is None and comma > first:
                draft.fragments[k] = _trim(ctx.text, first, comma)


def _trim_speaker_start(draft: _Draft, ctx: _Context) -> None:
    """A speaker never starts with a line break or a list's dash before the name ("\n-Lynn Vavreck
    finds that …")."""
    if draft.speaker is None:
        return
    first, last = draft.speaker
    while first < last - 1 and (ctx.text[first].isspace() or ctx.text[first] in "-\u2013\u2014"):
        first += 1
    draft.speaker = (first, last)


def _names_a_place(ctx: _Context, start: int, name: str) -> bool:
    """Whether `name`, at `start`, is a place: a country or capital, the article's dateline, or
    tagged a place there ("Mumbai: Apple will …"; not "Clinton: We will …")."""
    if fold(name) in ctx.place_names or name == ctx.dateline:
        return True
    ent = ctx.ent_at(ctx.token_at(start))
    return ent is not None and ent.label_ in ("GPE", "LOC") and ent.start_char == start and ctx.text[ent.start_char:ent.end_char] == name


# No dateline is longer ("WASHINGTON, September 30 (Reuters) -" has 38 characters).
_LONGEST_DATELINE = 60


def _dateline_stop(ctx: _Context, start: int) -> int:
    """Where the text after the dateline opening the line of `start` begins (the line's start
    when it opens with none, or when `start` is too far into it to be in one)."""
    # (from the line's start: the parser may cut the place off, "Feb 21 - Iran will …")
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > _LONGEST_DATELINE:
        return line_start
    return line_start + dateline_end(text[line_start:line_start + 2 * _LONGEST_DATELINE],
                                     is_place=lambda name: _names_a_place(ctx, line_start, name))


def _name_opening_at(ctx: _Context, start: int, before: int) -> tuple[tuple[int, int], str | None] | None:
    """The name of an organisation or a person opening at `start` and ending before `before`, with
    its label: a tagged one, else a run of capitalised proper nouns (no label: no entity to link)."""
    first = ctx.token_at(start)
    named = ctx.ent_at(first)
    if named is not None and named.label_ in ("ORG", "PERSON") and named.start_char == start and named.end_char <= before:
        return _ent_offsets(named), named.label_
    doc = ctx.doc
    last = first
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() and doc[last].idx + len(doc[last].text) <= before:
        last += 1
    if last == first or doc[first].idx != start:
        return None
    return _token_range_chars(doc, first, last - 1), None


def _skip_dateline(draft: _Draft, ctx: _Context) -> None:
    """Neither what is said nor who says it starts with the dateline opening its paragraph:
    "ANKARA - Turkish President Recep Tayyip Erdogan said …" (parsed into the speaker's phrase),
    "DUBAI, Jan 5 - OPEC+ agreed …, three sources said"; and no group member is one of its parts
    ("PARIS, Oct 27 (BT) - French President Emmanuel Macron and …" parsed as four conjuncts)."""

    def after(start: int, end: int) -> int:
        stop = _dateline_stop(ctx, start)
        return stop if start < stop < end else start

    if draft.fragments:
        k = min(range(len(draft.fragments)), key=lambda i: draft.fragments[i][0])
        first, last = draft.fragments[k]
        draft.fragments[k] = (after(first, last), last)
    if draft.speaker is not None:
        start, end = draft.speaker
        stop = _dateline_stop(ctx, start)
        if end <= stop and draft.antecedent is not None and stop <= draft.antecedent[0]:
            # ("BERGEN, June 2 - Norwegian Fisheries Minister Ola Brekke said", parsed with the
            # place as the subject: the speaker runs from the dateline's end to the name)
            draft.speaker = (stop, draft.antecedent[1])
        elif end <= stop and draft.cue_start is not None and stop < draft.cue_start and \
                (named := _name_opening_at(ctx, stop, draft.cue_start)) is not None:
            # ("NAIROBI, Kenya, March 3, 2024 /PRNewswire/ -- Safaricom PLC and M-KOPA today
            # announced …", parsed with the place as the subject: the name right after the dateline)
            draft.speaker, label = named
            draft.antecedent, draft.antecedent_label = (draft.speaker, label) if label else (None, None)
            draft.members = []
            draft.group = False
        else:
            draft.speaker = (after(start, end), end)
    if draft.members:
        draft.members = [m for m in draft.members if m.speaker[1] > _dateline_stop(ctx, m.speaker[0])]
        for member in draft.members:
            member.speaker = (after(*member.speaker), member.speaker[1])
        if draft.antecedent is not None and draft.antecedent[0] < _dateline_stop(ctx, draft.antecedent[0]):
            # ("OSLO — The European Union and Norway signed …" parsed with the place as the
            # subject and the two as its conjuncts: the group is theirs, not Oslo's)
            leader = next((m for m in draft.members if m.antecedent is not None), None)
            draft.antecedent, draft.antecedent_label = (leader.antecedent, leader.antecedent_label) if leader else (None, None)


# Words that join a second attribution to the first ("The minister said the plan was "dead," while
# opposition leader Tom Ross claimed …"), which the parser often hangs inside the first one's clause.
_CONTRAST_JOINERS = frozenset({"while", "whilst", "whereas", "but"})


def _cut_before_contrasted_claims(drafts: list[_Draft], ctx: _Context) -> None:
    """A content ends before ", while SPEAKER CUE …" when that is a claim of its own: the other
    speaker's words are not the first one's."""
    for other in drafts:
        if other.speaker is None or other.cue_start is None or other.speaker[0] > other.cue_start:
            continue
        joiner = ctx.doc[ctx.token_at(other.speaker[0])].i - 1
        if joiner < 1 or ctx.doc[joiner].lower_ not in _CONTRAST_JOINERS:
            continue
        before = _end_before_space(ctx.text, ctx.doc[joiner].idx)
        comma = before
        while comma > 0 and ctx.text[comma - 1] in DOUBLE_MARKS:
            comma -= 1
        if comma == 0 or ctx.text[comma - 1] != ",":
            continue
        for draft in drafts:
            if draft is other or draft.verbatim or not draft.start < other.speaker[0] < draft.end:
                continue
            cut = before if comma < before else comma - 1  # (a closing mark stays: `"dead,"`)
            draft.fragments = [(first, min(last, cut)) for first, last in draft.fragments if first < cut]


def _word_piece(token: Token) -> bool:
    """A token that may be part of a word the tokenizer split ("Got", "ta", "n’t")."""
    return (not token.is_space and not token.is_punct and token.text[0].isalnum()) or token.lower_ in ("n't", "n’t")


def _whole_words(draft: _Draft, ctx: _Context) -> None:
    """A content starts and ends on a word's edge, even where the tokenizer splits a word in two
    ("Something's Got|ta Give", "do|n't")."""
    doc = ctx.doc
    for k, (first, last) in enumerate(draft.fragments):
        if first >= last:
            continue
        i = ctx.token_at(first)
        while i > 0 and doc[i].idx == first and not doc[i - 1].whitespace_ and _word_piece(doc[i - 1]) and _word_piece(doc[i]):
            i -= 1
            first = doc[i].idx
        j = ctx.token_at(last - 1)
        while j + 1 < len(doc) and doc[j].idx + len(doc[j].text) == last and not doc[j].whitespace_ and \
                _word_piece(doc[j]) and _word_piece(doc[j + 1]):
            j += 1
            last = doc[j].idx + len(doc[j].text)
        draft.fragments[k] = (first, last)


_TRAILING_CONJUNCTION = re.compile(r"[\s,;—–-]+(?:and|but|or|nor)$", re.IGNORECASE)


def _drop_trailing_conjunction(draft: _Draft, ctx: _Context) -> None:
    """A content never ends with the "and" or "but" that joined it to the next clause ("said the
    changes were "very modest" and"): the parser hangs the conjunction on the first clause."""
    for k, (first, last) in enumerate(draft.fragments):
        found = _TRAILING_CONJUNCTION.search(ctx.text, first, last)
        if found is not None and found.start() > first and ctx.quote_at(found.start()) is None:
            draft.fragments[k] = _trim(ctx.text, first, found.start())


def _drop_unopened_bracket(draft: _Draft, ctx: _Context) -> None:
    """A content never ends with the bracket that closes an aside it does not open ("(or, as the
    Beast called them, ''Manchurian anchors'')", "… if he starts winning.)"); a smiley's is text."""
    if not draft.fragments:
        return
    first, last = draft.fragments[-1]
    if last - first > 1 and ctx.text[last - 1] == ")" and ctx.text[last - 2] not in ":-;" and \
            "(" not in ctx.text[draft.fragments[0][0]:last]:
        draft.fragments[-1] = _trim(ctx.text, first, last - 1)


# Prepositions that belong to a verb of saying ("called on", "called for", "responded to",
# "commented on", "spoke out against", "described as", "went on about").
_CUE_PREPOSITIONS = frozenset({"on", "for", "to", "about", "against", "as", "of", "over"})
_PARTICLE_ADVERBS = frozenset({"back", "out"})


def _drop_cues_own_preposition(draft: _Draft, ctx: _Context) -> None:
    """A content never starts with a particle or preposition of its own cue: "called on the
    government to act" reports "the government to act" and "ruled out amending the law"
    "amending the law" (PolNeAR's cues are "called on", "ruled out"); an adjunct set off by a
    comma goes whole ("said in a statement, the government must …")."""
    if draft.cue_token is None or not draft.fragments:
        return
    doc = ctx.doc
    first, last = draft.fragments[0]
    token = doc[ctx.token_at(first)]
    # ("hit back at …": an adverb the parser did not make a particle)
    particle = token.dep_ == "prt" or (token.dep_ == "advmod" and token.lower_ in _PARTICLE_ADVERBS)
    if token.idx != first or token.head.i != draft.cue_token or not (token.dep_ == "prep" or particle) or token.i <= draft.cue_token or \
            _is_according(doc[draft.cue_token]):
        return  # (nor "According to police, on Saturday, the driver was …")
    timed = any(c.ent_type_ in ("DATE", "TIME") for c in token.children)  # ("said on Saturday" is no "said on")
    end = token
    while end.i + 1 < len(doc) and end.i + 1 < token.sent.end and doc[end.i + 1].dep_ == "prep" and doc[end.i + 1].head.i == draft.cue_token:
        end = doc[end.i + 1]  # ("spoke out against the attack")
    after = end.right_edge if end.dep_ == "prep" else end
    comma = after.i + 1 if after.i + 1 < len(doc) and doc[after.i + 1].text == "," and doc[after.i + 1].idx < last else None
    if end.dep_ == "prep" and token.lower_ not in _CUE_PREPOSITIONS and comma is not None and comma + 1 < len(doc) and \
            doc[comma + 1].pos_ not in ("VERB", "AUX", "CCONJ") and \
            any(t.dep_ in _SUBJECT_DEPS and t.idx < last for t in doc[comma + 1:min(comma + 8, len(doc))]):
        start = doc[comma].idx + 1  # the adjunct and its comma, before a clause with its own subject
    elif end.dep_ == "prep" and any(c.dep_ == "pobj" for c in end.children) and after.i + 1 < len(doc) and \
            doc[after.i + 1].idx < last and doc[after.i + 1].lower_ in ("that", "how", "whether", "if", "why", "what"):
        start = doc[after.i + 1].idx  # ("said in an interview with the magazine that …")
    elif particle or (token.lower_ in _CUE_PREPOSITIONS and not timed):
        start = end.idx + len(end.text)
    else:
        return  # an adjunct of time or place ("reported at the time that …") is left as the parser gave it
    if start < last:
        draft.fragments[0] = _trim(ctx.text, start, last)


def _carry_medium(draft: _Draft, resolved: list[_Draft], ctx: _Context) -> None:
    """"X told Radio Y that …. "…," she said.": the interview goes on while the same speaker
    goes on talking in the next paragraph; so for a quotation signed by name or title alone
    ("In an interview with Kommersant, Lavrov said …. "…," the minister said.")."""
    if draft.medium is not None or draft.antecedent is None or not resolved:
        return
    prior = resolved[-1]
    if prior.medium is None or prior.antecedent is None or ctx.paragraph_of(draft.start) - ctx.paragraph_of(prior.end) > 1:
        return
    if draft.attribution in ("pronoun", "continuation"):
        # (the same person, named again: "Bailey told BBC Sport: … But Bailey does see some hope.
        # He said: …")
        # (then only a bare verb: not "Last season he described …", said elsewhere)
        if prior.antecedent == draft.antecedent or (
                draft.antecedent_label == prior.antecedent_label == "PERSON" and
                _one_person_named(ctx.text[slice(*draft.antecedent)], ctx.text[slice(*prior.antecedent)]) and
                (draft.cue_token is None or _bare_verb(ctx.doc[draft.cue_token]))):
            draft.medium = prior.medium
    elif draft.attribution in ("explicit", "nominal") and _opens_double_quote(ctx.text, draft.start) and \
            draft.cue_token is not None and _bare_verb(ctx.doc[draft.cue_token]) and \
            draft.antecedent_label == prior.antecedent_label == "PERSON" and \
            _one_person_named(ctx.text[slice(*draft.antecedent)], ctx.text[slice(*prior.antecedent)]):
        # (a bare "X said": one with a place, time or scene of its own, "said in a statement",
        # "told reporters later", "Shivering …, the actress … joked", is said elsewhere)
        draft.medium = prior.medium


def _first_named_member(draft: _Draft, ctx: _Context) -> _Member | None:
    """The first of several speakers named ("Ms Oyelaran and fellow campaigner Steve Barraclough
    said", "Haddad and fellow councillor Lena Brooks said"), whichever the parser made the head,
    when each is resolved, of one kind, and joined as names, or the first named in two words or
    more, or the second described; None otherwise (not "Ernst and Young's Sanjay Mehta", "Richard
    and Judy executive producer Amanda Ross")."""
    if not draft.group or draft.attribution != "explicit" or draft.speaker_head is None or len(draft.members) < 2 or \
            draft.relative is not None:
        return None  # (not "celebrities like Oprah Winfrey, … and Stevie Wonder, who joked": the last one)
    first, second = draft.members[0], draft.members[1]
    if ctx.doc[first.head].tag_ in ("NNS", "NNPS"):
        return None  # ("Two Democratic Representatives, Collin Peterson and Jeff Van Drew": the plural names no one)
    if first.antecedent is None or first.antecedent_label != draft.antecedent_label or \
            any(m.antecedent is None or _possessive_in(ctx.text, m.speaker) for m in draft.members):
        return None
    if ctx.text[first.antecedent[1] - 1] == ".":
        return None  # (an abbreviated title, not a name: "former Pennsylvania Gov. and DNC Chairman Ed Rendell")
    joined_as_names = len(_with_conjuncts(draft.speaker_head)) >= 2
    if joined_as_names or len(ctx.text[slice(*first.antecedent)].split()) >= 2 or ctx.text[second.speaker[0]].islower():
        return first
    return None


def _possessive_in(text: str, span: tuple[int, int]) -> bool:
    """Whether a span of the text holds a possessive ("Young's Sanjay Mehta")."""
    return "'s" in text[span[0]:span[1]] or "’s" in text[span[0]:span[1]]


def _bare_verb(verb: Token) -> bool:
    """Whether a verb (and any verb it is joined to) has no place, time or circumstance of its own."""
    while True:
        if any(c.dep_ in ("prep", "advcl", "npadvmod", "advmod") for c in verb.children):
            return False
        if verb.dep_ != "conj":
            return True
        verb = verb.head


def _one_person_named(a: str, b: str) -> bool:
    """Whether two names written in one article name one person: the same, or a full name and its
    surname alone ("Sergey Lavrov", "Lavrov"); not two full names ("Tony Mendez", "Jonna Mendez")."""
    words_a, words_b = fold(a).split(), fold(b).split()
    return words_a == words_b or (min(len(words_a), len(words_b)) == 1 and words_a[-1:] == words_b[-1:])


_ASKED_FORMS = frozenset({"asked", "pressed", "questioned", "challenged"})


def _person_asked_before(draft: _Draft, ctx: _Context) -> Token | None:
    """The person asked in the sentence right before a quotation ("Dr Fox was asked if he would
    say yes. “I'm sure …”"): the quotation is the answer."""
    doc = ctx.doc
    sentence = doc[ctx.token_at(draft.start)].sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    for token in before:
        if token.lower_ in _ASKED_FORMS and token.pos_ == "VERB" and ctx.quote_at(token.idx) is None:
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")):
                return subject
    return None


# A quotation in the first person: "I", "me", "my"; "we", "our" (someone speaking for their side).
# (Searched for, never matched whole: "I" and "We" also stand at the start of "I'm", "We've".)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|[Ww]e|us|[Oo]urs?|ourselves)\b")


def _continue_turn(draft: _Draft, ctx: _Context, resolved: list[_Draft], settings: ClaimsConfig, cues: CueLexicon) -> None:
    """An unattributed quotation inherits the previous speaker when it follows closely; right after
    someone was asked something, it is their answer."""
    draft.attribution = "none"
    if (asked := _person_asked_before(draft, ctx)) is not None:
        draft.speaker = _token_range_chars(ctx.doc, *_speaker_tokens(asked))
        draft.speaker_head = asked
        _resolve(draft, ctx, resolved)
        return
    if _after_a_list_label(ctx, draft.start) or _under_a_name_label(ctx, draft.start):
        return  # a new item of a reaction list or a hearing is someone else's turn, even when its name was missed
    if (_FIRST_PERSON.search(ctx.text, draft.start, draft.end) or _said_in_the_sentence_before(draft, ctx, resolved, cues)) and \
            (person := _subject_before_the_claim(ctx, draft, resolved, "")) is not None and \
            not _HE_WORDS.search(ctx.text, draft.start, draft.end) and not _SHE_WORDS.search(ctx.text, draft.start, draft.end) and \
            person.text.split()[-1] not in ctx.text[draft.start:draft.end]:
        # "Mauresmo spent five weeks at number one …. "Since then, I feel very confident …"": a
        # quotation in the first person right after a sentence about someone is theirs (when no
        # one spoke in that sentence or since; else it continues that speaker's turn, below), unless
        # it talks of him or her ("Bob was … "I recall in 1978 he came to the UK …"").
        draft.speaker, draft.speaker_head = (person.start_char, person.end_char), person.root
        _set_antecedent(draft, person)
        draft.attribution = "continuation"
        return
    if not resolved:
        return
    prior = _holder_of_the_floor(resolved, ctx)
    if prior.speaker is None:
        return
    gap = ctx.paragraph_of(draft.start) - ctx.paragraph_of(prior.end)
    if 0 <= gap <= settings.continuation_paragraphs and not _LIST_ITEM.search(ctx.text, prior.end, draft.start) and \
            not _inside_a_sentence_about_another(draft, ctx, prior):
        draft.adopt_speaker(prior)
        draft.attribution = "continuation"


def _said_in_the_sentence_before(draft: _Draft, ctx: _Context, resolved: list[_Draft], cues: CueLexicon) -> bool:
    """Whether the sentence right before the quotation, in its paragraph, has a named subject whose
    verb is a cue ("Sen. Bernie Sanders (Vt.) … identified young voters' exhaustion with bigotry as
    one of the reasons …. "The younger people are … sick and tired of discrimination.""): the
    quotation is the words of that account, in the first person or not."""
    found = _named_subject_before(ctx, draft, resolved)
    if found is None:
        return False
    verb = found[0].head
    return verb.pos_ == "VERB" and verb.lower_ in cues and ctx.paragraph_of(verb.idx) == ctx.paragraph_of(draft.start)


def _holder_of_the_floor(resolved: list[_Draft], ctx: _Context) -> _Draft:
    """The claim whose speaker an unattributed quotation after `resolved` may continue: the last
    one, unless its cue stands under the cue of a claim before it in its sentence ("“…,” Smith said
    on Tuesday, a day after the ministry announced …. “We will fight it.”", "Smith said the
    ministry had announced …"): the outer speaker still has the floor; the inner claim is part of
    how the writer placed, or what the speaker said of, another's words. Only a verb of saying
    holds the floor so."""
    holder = resolved[-1]
    if holder.cue_token is None:
        return holder
    sentence = ctx.doc[holder.cue_token].sent
    for earlier in reversed(resolved[:-1]):
        if earlier.cue_token is None or not sentence.start <= earlier.cue_token < sentence.end:
            break
        # (a verb of saying: in "Berlin welcomed the decision, with its minister saying …" the minister
        # speaks; of any kind when the inner cue heads the clause the other reports: "Shepherd
        # remembered how one of her colleagues called all women "Betty". "When I said, …"")
        inner_cue = ctx.doc[holder.cue_token]
        reported = inner_cue.dep_ == "ccomp" and inner_cue.head.i == earlier.cue_token
        if (earlier.category == "speech" or reported) and _cue_inside(holder, earlier, ctx):
            holder = earlier
    return holder


def _cue_inside(inner: _Draft, outer: _Draft, ctx: _Context) -> bool:
    """Whether `inner`'s cue stands under `outer`'s in the parse: a claim told inside the other's
    attribution or content."""
    # (read on the array of heads: a Token for each ancestor cost more than the rest of the check)
    return inner.cue_token is not None and outer.cue_token is not None and inner.cue_token != outer.cue_token and \
        ctx.descends_from(inner.cue_token, outer.cue_token)


def _inside_a_sentence_about_another(draft: _Draft, ctx: _Context, prior: _Draft) -> bool:
    """Whether the quotation stands inside a sentence whose subject is a name, written before it,
    that the previous speaker does not go by ("Ola Brekke … arrived with a plan to "save the
    fleet"" after the spokesman Jon Lie spoke): the sentence is about someone else, and so are
    the words it quotes, whoever said them."""
    token = ctx.doc[ctx.token_at(draft.start)]
    if token.sent.start_char >= draft.start - 1:
        return False  # the quotation opens its sentence: a turn of its own
    # The subject of the nearest verb above the quotation that has one ("Thunberg received the
    # award, with which Time credits an individual as having done "…"": Time's words).
    subject = None
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < draft.start), None)
        if subject is not None:
            break
    # (a person or a body, whose verb comes before the quotation: not "India is a "dramatically
    # growing economy"", a speaker's description of a place)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", "ORG") or subject.head.idx > draft.start or \
            ctx.quote_at(subject.idx) is not None:
        return False
    named = prior.antecedent or prior.speaker
    return named is None or subject.text not in ctx.text[named[0]:named[1]]



def _disjoint(fragments: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments in order, one piece where two overlap: a quotation taken by two cues of one
    claim, or a reported clause and the quotation inside it, is said once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _to_claim(draft: _Draft, number: int, article_id: str, ctx: _Context) -> Claim:
    text = ctx.text
    start, end = draft.start, draft.end
    speaker_start, speaker_end = draft.speaker if draft.speaker else (None, None)
    antecedent_start, antecedent_end = draft.antecedent if draft.antecedent else (None, None)
    cue = text[draft.cue_start:draft.cue_end] if draft.cue_start is not None else None
    claim_id = f"{article_id}:c{number}"
    speakers = _claim_speakers(draft, claim_id, article_id, text)
    return Claim(
        claim_id=claim_id,
        article_id=article_id,
        kind="direct" if draft.verbatim else _kind(ctx, draft.fragments),
        quote_text=text[start:end],
        start_char=start,
        end_char=end,
        fragments=tuple(CharSpan(s, e) for s, e in _disjoint(draft.fragments)),
        cue=cue,
        cue_start=draft.cue_start,
        cue_end=draft.cue_end,
        speaker_text=text[speaker_start:speaker_end] if speaker_start is not None else None,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        attribution=draft.attribution if draft.speaker is not None else "none",
        antecedent_start=antecedent_start,
        antecedent_end=antecedent_end,
        sentence_index=ctx.sentence_of_char(start),
        antecedent_label=draft.antecedent_label,
        via=_via_text(draft.via, ctx) if draft.via else None,
        medium=text[draft.medium[0]:draft.medium[1]] if draft.medium else None,
        cue_category=draft.category,
        n_speakers=len(speakers),
        speakers=speakers,
    )


def _via_text(via: tuple[int, int], ctx: _Context) -> str:
    """The relaying source as written, or the outlet's name where a media noun describes it: "the
    news agency TASR" → TASR, "state broadcaster CCTV" → CCTV, "Yonhap news agency" → Yonhap."""
    span = ctx.doc.char_span(via[0], via[1], alignment_mode="expand")
    if span is not None and len(span) >= 2:
        head = span.root
        if (head.lower_ in _MEDIA_NOUNS and head.text.islower()) or \
                any(c.dep_ == "compound" and c.lower_ in _MEDIA_NOUNS and c.text.islower() for c in head.children):
            name = _medium_name(head)
            if name is not None and via[0] <= name[0] and name[1] <= max(via[1], span.end_char) + 40:
                return ctx.text[name[0]:name[1]]
            following = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), ctx.doc[span.end:span.end + 4]))
            if head.lower_ in _MEDIA_NOUNS and following:  # ("the news agency TASR reported", the name left untagged)
                return ctx.text[following[0].idx:following[-1].idx + len(following[-1].text)]
    return ctx.text[via[0]:via[1]]


def _cut_at(draft: _Draft, cut: int, text: str) -> None:
    """End `draft`'s content before character `cut` (and the comma or space before it): a relaying
    attribution the parser took into what was said ("…, the News Agency of Nigeria (NAN) reported")."""
    fragments = [(start, min(end, cut)) for start, end in draft.fragments if start < cut]
    if fragments and (last := _trim(text, *fragments[-1], " \t\n\xa0,;"))[1] > last[0]:
        draft.fragments = [*fragments[:-1], last]


def _parents(drafts: list[_Draft], by_cue: Mapping[int, _Draft]) -> dict[int, _Draft]:
    """The claim each participle or coordinated cue takes its speaker from (by `id`). A dropped
    claim's speaker was never resolved (adopting it left a speaker with attribution "none"): when
    it is a name or a person's pronoun ("with Mr Dixon quoted as saying that …") the draft
    resolves that speaker phrase on its own; anything else lies inside what someone said ("He
    said the question sounded "very neutral", adding …") and hands over to the claim that holds it."""
    kept = {id(draft) for draft in drafts}
    parents: dict[int, _Draft] = {}
    for draft in drafts:
        parent = by_cue.get(draft.inherit_from) if draft.inherit_from is not None else None
        if parent is not None and id(parent) not in kept:
            cue_start = parent.cue_start
            head = parent.speaker_head
            named = head is not None and (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.lower_ in _PERSON_PRONOUNS)
            parent = None if named or cue_start is None else next(
                (other for other in drafts if other is not draft and other.start <= cue_start < other.end), None)
        if parent is not None:
            parents[id(draft)] = parent
    return parents


def _claim_speakers(draft: _Draft, claim_id: str, article_id: str, text: str) -> tuple[ClaimSpeaker, ...]:
    """The claim's speakers: each member of a group, else the one speaker, else none."""
    if draft.speaker is None:
        return ()
    members = draft.members or [_Member(draft.speaker, -1, draft.antecedent, draft.antecedent_label)]
    return tuple(
        ClaimSpeaker(
            claim_id=claim_id, article_id=article_id, speaker_index=index,
            speaker_text=text[m.speaker[0]:m.speaker[1]], speaker_start=m.speaker[0], speaker_end=m.speaker[1],
            antecedent_start=m.antecedent[0] if m.antecedent else None,
            antecedent_end=m.antecedent[1] if m.antecedent else None,
            antecedent_label=m.antecedent_label,
        )
        for index, m in enumerate(members)
    )
