"""Entities: group mentions across the corpus into entities with stable ids and corrected types,
link claims' speakers to them, and list the entities each claim talks about.

Every mention gets an anchor key, first within its article, then across the corpus:
1. a name is folded (accents, script, case, possessive, "the") and reduced to a transliteration
   skeleton ("Sergei"/"Sergey", "Pashinian"/"Pashinyan"); a title written inside a person's span
   ("Mayor Ann Lee") is cut off and kept, like the title written just before it ("Russian Foreign
   Minister Sergey Lavrov"), as a role;
2. a name the gazetteer knows is a place (key: its GeoNames id, so "Teheran" is Tehran) or a
   demonym, unless the article writes it as part of a person's name or after a title;
3. a person's full name is keyed by the skeletons of its first and last words ("Vladimir
   Vladimirovich Putin" = "Vladimir Putin"); an organisation by its name without a leading
   demonym/country and the country that demonym, a possessive ("Moscow's") or a following
   "in Moscow"/"of Russia" names ("Russian foreign ministry" = "Foreign Ministry in Moscow");
4. in one article, a lone surname joins the article's one full name ending with it, a lone first
   name tagged a person the one full name written before it that starts with it ("Ozzy" after
   "Ozzy Osbourne"; after "Mr" only a name that is no English first name: "Mr Tong" after "Tong
   Yung-soo", not "Mr Howard" after "Howard Flight"), and an unqualified organisation name ("the
   Foreign Ministry") its one qualified form;
5. across the corpus: full names whose skeletons are near-equal (rapidfuzz) merge; an acronym
   merges with a long form whose initials it is, when the text defines it ("… (CSTO)"), they
   share an article, or only one long form in the corpus has those initials and is written as a
   name of its own ("IRB Rugby Aid" is not the IRA) and, for a well-known acronym, is its own
   long form (the NHS is no "Norfolk High School"); a lone surname
   that spaCy called a person, in an article without a full name, joins the one person in the
   corpus with that surname. The user's `aliases.toml` merges, separates and names on top.

Over-merging guard: different full names never merge on the surname alone ("Ilham Aliyev" and
"Heydar Aliyev" stay apart), and a lone surname joins a full name only when that is the only
candidate in its article, or, in an article with no full name, the only one in the corpus;
otherwise it stays an entity of its own ("Aliyev").

The entity id hashes the anchor key (a user's canonical name, else acronym, person, GeoNames
id, organisation, demonym, then plain name key, the smallest of the best kind), never the
spelling shown or the label, so an entity keeps its id when articles are added unless new
evidence merges it with another one.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from pipeline.aliases import NO_ALIASES, Aliases
from pipeline.gazetteer import EMPTY_GAZETTEER, Gazetteer, Place, is_news_name
from pipeline.names import (
    ACRONYM_SKIP,
    BUSINESS_NOUNS,
    FAMILY_FIRST_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    LOCAL_MEMBER_TITLES,
    MEMBER_TITLES,
    NATIONALITY_NOUNS,
    NICKNAME_CLOSING_MARKS,
    NICKNAME_OPENING_MARKS,
    PERSON_TITLES,
    SHORT_RANKS,
    SURNAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    fold,
    initials,
    is_acronym,
    is_particle_surname,
    is_party_name,
    skeleton,
    split_generation,
    strip_title,
    without_post_nominal,
    word_skeleton,
)
from pipeline.outlets import is_outlet_or_platform_name
from pipeline.schema import ArticleResult, Claim, ClaimEntity, Entity, Mention, with_changes
from pipeline.scraped import reporters_lines

Key = tuple[str, str]
# Kinds of anchor key, best first: the entity's id is taken from its best key.
_KIND_ORDER = {"canonical": 0, "pinned": 1, "acr": 2, "person": 3, "geo": 4, "org": 5, "norp": 6, "name": 7, "text": 8}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_CONNECTORS = frozenset({"of", "for"})
_DEFINITION = re.compile(r"^\s*\(([A-Z][A-Z&.]{1,9})\)")
_FOLLOWING_PLACE = re.compile(r"^\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w’'-]*)")
_PRECEDING_POSSESSIVE = re.compile(r"([A-Z][\w-]*)['’]s\s+(?:the\s+)?$")
_PRECEDING_WORD = re.compile(r"\b([A-Z][a-z]+) $")
_MINISTRY_OF = re.compile(r"^ministry of (?:the )?(\w+)(?: affairs)?$")


@dataclass(frozen=True, slots=True)
class EntityResources:
    """What entity resolution looks names up in, loaded once per run."""

    gazetteer: Gazetteer = EMPTY_GAZETTEER
    title_nouns: frozenset[str] = frozenset()
    aliases: Aliases = NO_ALIASES
    # rapidfuzz ratio (0-100) above which two full names' skeletons are one person.
    fuzzy_threshold: float = 90.0
    # Common English first names (lower case): alone, one is seldom a surname ("Oscar", "David").
    first_names: frozenset[str] = frozenset()
    # Those first names whose gender is known (lower case → "m"/"f"): "Michael" and "Michelle" are
    # no spellings of one name, however alike.
    first_name_genders: Mapping[str, str] = field(default_factory=dict)
    # Acronyms known the world over → their long form ("NHS" → "National Health Service").
    known_acronyms: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Parsed:
    """A mention with its name (title cut off), role, key, and what the corpus step may use."""

    mention: Mention
    name: str
    role: str | None
    key: Key
    acronyms_of: tuple[str, ...] = ()  # initials a long form of three or more words may go by
    lone_person_surname: bool = False  # a one-word PERSON that no full name of its article took
    word_before: str | None = None  # the word (folded) right before a one-word name: "sir", "mrs" and "wife" matter
    # What the words around a one-word name say it is: "person" (a title, an honorific, a full
    # name ending with it), "org" ("oil firm Yukos"), or None.
    evidence: str | None = None

    @property
    def bucket(self) -> Bucket:
        """What the corpus step counts this mention under (see `Bucket`)."""
        return self.key, self.lone_person_surname

    @property
    def knighted(self) -> bool:
        """A one-word name after "Sir" or "Dame": a first name ("Sir Edward" for Sir Edward George)."""
        return self.word_before in ("sir", "dame")


def entity_id_for(kind: str, value: str) -> str:
    """Stable entity id of an anchor key."""
    return "E" + hashlib.sha256(f"{kind}|{value}".encode()).hexdigest()[:12]


_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


# --------------------------------------------------------------------------- names the model missed
@dataclass(frozen=True, slots=True)
class KnownNames:
    """Names spaCy found somewhere in the corpus that may stand elsewhere unseen (gathered by
    `KnownNamesCollector`), indexed for the search of one article."""

    words: dict[str, str]  # one-word name → label
    phrase_words: dict[str, frozenset[str]]  # organisation name of two or more words (case-folded) → its words
    by_first_word: dict[str, list[str]]
    by_rarest_word: dict[str, list[str]]


class KnownNamesCollector:
    """Gathers `KnownNames` one article at a time: one-word names (surnames of full names,
    acronyms, places) with their label, and organisation names of two or more words. A surname or
    place qualifies only with four or more letters and if it is never written in lower case in the
    corpus ("Will", "Young" and "Reading" are words, not names)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._lower_words: set[str] = set()
        # word → (label, the word that must not be written in lower case or None) → number of the
        # last mention naming it so: once the corpus is read, the last qualifying one gives the label.
        self._word_labels: dict[str, dict[tuple[str, str | None], int]] = defaultdict(dict)
        self._phrases: dict[str, None] = {}  # (a dict: first-seen order)
        self._position = 0

    def add(self, result: ArticleResult) -> None:
        """Take one article's lower-case words and names."""
        self._lower_words.update(re.findall(r"\b[a-z]+\b", result.article.text))
        gazetteer = self._gazetteer
        for mention in result.mentions:
            self._position += 1
            parts = split_generation(mention.text.split())[0] if mention.label == "PERSON" else mention.text.split()
            last = parts[-1] if parts else ""
            if mention.label == "PERSON" and len(parts) >= 2 and last.isalpha() and last.istitle():
                if len(last) >= 4 and gazetteer.place(last) is None:
                    self._word_labels[last]["PERSON", last.lower()] = self._position
            elif len(parts) == 1 and is_acronym(last) and len(last) >= 3 and mention.label == "ORG" and gazetteer.place(last) is None:
                self._word_labels[last]["ORG", None] = self._position
            elif len(parts) == 1 and (place := gazetteer.place(last)) is not None and place.kind in ("country", "capital"):
                self._word_labels[last.title()]["GPE", last.lower()] = self._position
                self._word_labels[last.upper()]["GPE", last.lower()] = self._position
            elif len(parts) >= 2 and mention.label == "ORG" and any(w.islower() for w in parts):
                self._phrases.setdefault(mention.text.casefold())  # spelled in lower case, so the model missed it elsewhere

    def known(self) -> KnownNames:
        """The names gathered so far, indexed."""
        words = {}
        for word, labels in self._word_labels.items():
            qualifying = [(position, label) for (label, lower), position in labels.items()
                          if lower is None or lower not in self._lower_words]
            if qualifying:
                words[word] = max(qualifying)[1]
        # One alternation of every phrase in the corpus costs articles × phrases; an article is only
        # searched for the phrases whose first word it contains (longest first).
        # On ASCII text a phrase can only stand where all its words do: those are indexed by their
        # rarest word ("the" and "of" start many phrases and stand in every article).
        phrases = sorted(self._phrases, key=lambda phrase: -len(phrase))
        phrase_words = {phrase: re.findall(r"\w+", phrase) for phrase in phrases}
        word_counts = Counter(w for words_of in phrase_words.values() for w in set(words_of))
        by_first_word: defaultdict[str, list[str]] = defaultdict(list)
        by_rarest_word: defaultdict[str, list[str]] = defaultdict(list)
        for phrase, words_of in phrase_words.items():
            by_first_word[words_of[0]].append(phrase)
            by_rarest_word[min(words_of, key=lambda w: (word_counts[w], w))].append(phrase)
        return KnownNames(words, {phrase: frozenset(words_of) for phrase, words_of in phrase_words.items()},
                          dict(by_first_word), dict(by_rarest_word))


@functools.lru_cache(maxsize=8192)
def _phrase_starts(phrase: str) -> re.Pattern[str]:
    """Where `phrase` stands as whole words, any case (a lookahead, so overlapping places are found too)."""
    return re.compile(rf"(?=(?<!\w){re.escape(phrase)}(?!\w))", re.IGNORECASE)


def _is_word_char(char: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return char.isalnum() or char == "_"


def _lower_is_ignore_case(text: str) -> bool:
    """Whether, for ASCII phrases, matching ignoring case in `text` is finding them in `text.lower()`
    at the same offsets: no character lower-cases to several, and no non-ASCII character is a case
    variant of an ASCII one ("ſ", the Kelvin sign "K", "ı", "İ")."""
    return text.isascii() or not any(
        not ch.isascii() and (len(ch.lower()) != 1 or any(x.isascii() for x in ch.lower() + ch.upper() + ch.casefold()))
        for ch in set(text))


def _alternation_matches(text: str, phrases: Sequence[str]) -> list[tuple[int, int]]:
    """The matches of `finditer` with the alternation of `phrases` as whole words, any case (at a
    place where several match, the first listed wins), found phrase by phrase: compiling one
    alternation per article cost more than the search."""
    first_at: dict[int, int] = {}
    lowered = text.lower() if _lower_is_ignore_case(text) else None
    for index, phrase in enumerate(phrases):
        if lowered is not None and phrase.isascii():
            # An ASCII phrase then matches where the lower-cased text has it: str.find is many
            # times faster than a regex without a literal prefix.
            folded = phrase.lower()
            start = lowered.find(folded)
            while start >= 0:
                end = start + len(folded)
                if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
                    first_at.setdefault(start, index)
                start = lowered.find(folded, start + 1)
            continue
        for match in _phrase_starts(phrase).finditer(text):
            first_at.setdefault(match.start(), index)
    matches = []
    position = 0
    for start in sorted(first_at):
        if start >= position:  # an ignore-case literal matches as many characters as it has
            position = start + len(phrases[first_at[start]])
            matches.append((start, position))
    return matches


def add_missed_names(result: ArticleResult, known: KnownNames) -> ArticleResult:
    """Add a mention wherever a name found elsewhere in the corpus (see `KnownNamesCollector`)
    stands in the article outside any mention ("Pashinyan", "CSTO", "the Russian foreign
    ministry"); a phrase replaces mentions lying inside it ("Russian" in "Russian foreign ministry")."""
    words = known.words
    if not words and not known.phrase_words:
        return result
    text = result.article.text
    found = [(m.start(), m.end(), words[m.group()]) for m in _WORD.finditer(text) if m.group() in words]
    text_words = set(re.findall(r"\w+", text.casefold()))
    if text.isascii():  # (casefold and ignoring case differ on a few non-ASCII letters)
        possible = (p for w in text_words & known.by_rarest_word.keys() for p in known.by_rarest_word[w]
                    if known.phrase_words[p] <= text_words)
    else:
        possible = (p for w in text_words & known.by_first_word.keys() for p in known.by_first_word[w])
    candidates = sorted(possible, key=lambda p: (-len(p), p))
    found += [(start, end, "ORG") for start, end in _alternation_matches(text, candidates)]
    kept = list(result.mentions)
    added: list[Mention] = []
    number = len(result.mentions)
    credits: list[tuple[int, int]] | None = None  # (read only for a name about to be added: most are mentions already)
    for start, end, label in found:
        if label == "PERSON" and text[max(0, start - 4):start].lower() == "the " and not is_party_name([text[start:end]]):
            # ("the Bishop said": an office, no surname of "Elvis Bishop" named elsewhere; "the
            # French", "the Olympics" no "Philip French" nor a person; "the Tories" a party)
            continue
        overlapping = [m for m in kept if m.start_char < end and start < m.end_char]
        if any(not (start <= m.start_char and m.end_char <= end) or (m.start_char, m.end_char) == (start, end)
               for m in overlapping) or any(a.start_char < end and start < a.end_char for a in added):
            continue
        if credits is None:
            credits = reporters_lines(text)  # (no one the article is about: `extract_mentions`)
        if any(line_start <= start < line_end for line_start, line_end in credits):
            continue
        kept = [m for m in kept if m not in overlapping]
        sentence = max((m.sentence_index for m in result.mentions if m.start_char <= start), default=0)
        added.append(Mention(f"{result.article.article_id}:m{number}", result.article.article_id, text[start:end],
                             label, start, end, sentence))
        number += 1
    if not added:
        return result
    return with_changes(result, mentions=tuple(sorted((*kept, *added), key=lambda m: (m.start_char, m.end_char))))


# --------------------------------------------------------------------------- one article
# Titles the learned title nouns (US news) lack, as they stand before a name: ranks ("Sgt.
# Tasha Greene", "Detective Mark Reyes"), members ("Labour TD Aodhán Ó Ríordáin"), Ireland's
# "Taoiseach", a Canadian councillor's "Coun." and a Mountie's "Cst.".
# (not a peer's rank, which is part of a name: "Sacha Baron Cohen")
_TITLES_BEFORE_NAMES = (PERSON_TITLES - {"baron", "baroness", "earl", "viscount", "duke", "duchess", "countess", "marquess"}) | \
    MEMBER_TITLES | LOCAL_MEMBER_TITLES | SHORT_RANKS | {"premier"}
# Titles written short with a dot ("Sgt. Tasha Greene"; a role as written, so "Sen." too); another
# word with a dot ends a sentence.
_ABBREVIATED_TITLES = frozenset(TITLE_ABBREVIATIONS) | SHORT_RANKS | {"sen", "rep", "rev"}


def _context_role(text: str, start: int, title_nouns: frozenset[str]) -> str | None:
    """The title written just before a name: 'Russian Foreign Minister', 'Prime Minister', 'Sgt.'
    (also at a paragraph's start)."""
    before = text[max(0, start - 100):start]
    before = before[before.rfind("\n") + 1:]
    if not before.endswith(" "):
        return None
    run: list[str] = []
    for word in reversed(before.rstrip().split(" ")):
        bare = word[:-1] if word.endswith(".") and not run and fold(word[:-1]) in _ABBREVIATED_TITLES else word
        if bare and ((bare[0].isupper() and bare.replace("-", "").isalpha()) or bare in _CONNECTORS):
            run.append(word)
        else:
            break
    run.reverse()
    while run and (run[0] in _CONNECTORS or run[0] in ("The", "THE")):
        run.pop(0)
    if not run:
        return None
    last = fold(run[-1].rstrip("."))
    if last not in title_nouns and last not in _TITLES_BEFORE_NAMES and last not in _ABBREVIATED_TITLES:
        return None
    return " ".join(run)


_MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})


def _is_state(gazetteer: Gazetteer, name: str) -> bool:
    """Whether the gazetteer takes `name` for a US state."""
    place = gazetteer.place(name)
    return place is not None and place.kind == "state"


# A state's bodies named by their function alone ("the Foreign Ministry", "the press service",
# "the Justice Department"): every country has one, so a name made only of these words, with no
# country before or after it, is placed by its article (`_state_bodies_placed`).
_STATE_BODY_HEADS = frozenset({"ministry", "service", "department", "police", "army", "government", "cabinet", "office", "forces",
                               "guard", "customs", "bank", "prosecutor", "prosecutors"})
_STATE_BODY_WORDS = _STATE_BODY_HEADS | frozenset({
    "foreign", "interior", "internal", "defence", "defense", "health", "finance", "justice", "economy", "economic", "energy",
    "education", "agriculture", "trade", "culture", "transport", "emergencies", "emergency", "situations", "affairs", "press",
    "presidential", "central", "national", "security", "state", "federal", "general", "staff", "border", "armed", "of", "and",
    "for", "the", "development", "labour", "labor", "environment", "information", "public", "prosecutor's", "generals"})


_STATE_BODY_SKELETONS = frozenset(skeleton(word) for word in _STATE_BODY_WORDS)  # (as keys write them: "ministri")
_STATE_BODY_HEAD_SKELETONS = frozenset(skeleton(word) for word in _STATE_BODY_HEADS)


def _org_key(name: str, text: str, start: int, end: int, gazetteer: Gazetteer) -> Key:
    """('org', 'COUNTRY|core'): an organisation's name without its country words, and the country."""
    words = name.split()
    country = ""
    first = fold(words[0]) if words else ""
    # (a country, or a city's: a US state is no country's body's qualifier, "the US Senate in
    # Florida", "the American Civil Liberties Union of Montana", and the key stays the one it was
    # before the gazetteer had the states)
    # (an embassy's country is the one that sends it; the one it is in, named around it, tells
    # "the US Embassy in Beijing" from the one in London)
    if len(words) >= 2 and first and not _MISSION_WORDS & set(fold(name).split()) and (gazetteer.demonym_country(first) or (
            (place := gazetteer.place(first)) is not None and place.kind != "state" and
            (place.kind == "country" or words[0].endswith(("'s", "’s"))))):
        country = gazetteer.country_of(first) or ""
        words = words[1:]
    if not country:
        before = _PRECEDING_POSSESSIVE.search(text[max(0, start - 40):start])
        after = _FOLLOWING_PLACE.match(text[end:end + 40])
        # (nor a name news gives a country, which names the country the story is in far more
        # often than a body's: "Britain's Royal Bank of Scotland", "Human Rights Watch in the UK";
        # a body of that country's names it first, "the US Senate")
        for found in (before, after):
            if found is not None and not _is_state(gazetteer, found.group(1)) and not is_news_name(found.group(1)) and \
                    (code := gazetteer.country_of(found.group(1))):
                country = code
                break
    if not country and _BODY_WORDS & set(fold(name).split()) and \
            (people := _PRECEDING_WORD.search(text[max(0, start - 20):start])) is not None and \
            (code := gazetteer.demonym_country(fold(people.group(1)))):
        # "the Iranian Foreign Ministry", the tagger leaving "Iranian" out of the name: Iran's
        # (a body's name: "Russian Nadia Petrova" tagged an organisation is no Russian body)
        country = code
    core = fold(" ".join(words))
    core = _MINISTRY_OF.sub(r"\1 ministry", core)
    core_words = core.split()
    if len(core_words) >= 3 and core_words[-1] in _LEGAL_FORMS:
        core = " ".join(core_words[:-1])  # "Caldera Bank AG" is the "Caldera Bank" of the next paragraph
    return ("org", f"{country}|{skeleton(core)}")


# A firm's legal form written after its name: the name without it is the same firm.
_LEGAL_FORMS = frozenset({"ag", "inc", "ltd", "plc", "llc", "gmbh", "nv", "sa", "se", "asa", "ab", "oyj", "spa", "bv", "corp"})


def _person_key(words: list[str]) -> Key:
    """("person", "first last[ generation]"): a generation keeps father and son apart ("Douglas
    Fairbanks Sr"/"Jr"); `_key_surname` reads the surname back."""
    name_words, generation = split_generation(words)
    folded = fold(" ".join(name_words)).split()
    if len(folded) < 2:
        folded, generation = fold(" ".join(words)).split(), ""
    return ("person", f"{word_skeleton(folded[0])} {word_skeleton(folded[-1])}" + (f" {generation}" if generation else ""))


def _key_surname(value: str) -> str:
    """The surname of a person key's value (`_person_key`), its generation left out."""
    parts = value.split(" ")
    if len(parts) == 3:
        return parts[1]
    words = value.split()
    return words[-1] if words else ""


def _key_generation(value: str) -> str:
    """The generation of a person key's value (`_person_key`), or ""."""
    parts = value.split(" ")
    return parts[2] if len(parts) == 3 else ""


@dataclass(frozen=True, slots=True)
class _NameFacts:
    """What a name is, whatever article it stands in (worked out once per distinct name)."""

    folded: str
    place: Place | None
    all_demonyms: bool  # every part of it ("Russian", "Armenian-American") a demonym
    acronym: bool
    last_word_place: bool
    # A city found by one of its other names: GeoNames lists "Google" for Topeka and "BDO" for
    # Bandung, so an organisation so called is not that city (nor a capital's acronym: "EA" for Tripoli).
    city_by_other_name: bool


def _name_facts(name: str, words: list[str], gazetteer: Gazetteer) -> _NameFacts:
    folded = fold(name)
    hyphen_parts = [p for p in re.split(r"[-\s]", folded) if p]
    place = gazetteer.place(name)
    return _NameFacts(folded, place, bool(hyphen_parts) and all(gazetteer.demonym_country(p) for p in hyphen_parts),
                      is_acronym(name), len(words) >= 2 and gazetteer.place(words[-1]) is not None,
                      place is not None and fold(place.name) != folded and
                      (place.kind == "city" or (place.kind == "capital" and is_acronym(name))))


# Last words of sports clubs and other bodies ("Manchester United", "Sale Sharks", "Shareholders
# United"), which spaCy tags as people, places or nationalities; no one's surname.
_CLUB_WORDS = frozenset({"united", "rovers", "rangers", "athletic", "wanderers", "hotspur", "wednesday", "sharks", "rhinos",
                         "saracens", "harlequins"})
# Club words that are surnames too: a club only after a town ("Aston Villa", not "David Villa").
# Not "City": "Manchester City" is a club, but "Santos City" a city the gazetteer lacks.
_CLUB_WORDS_AFTER_A_TOWN = frozenset({"villa", "albion", "tigers", "warriors", "wolves"})


def _is_club_name(words: list[str], gazetteer: Gazetteer, first_names: frozenset[str]) -> bool:
    """Whether a name of two or more capitalised words is a club's (or a body's) rather than a
    person's or a place's: see `_CLUB_WORDS`."""
    last = words[-1].casefold()
    if last not in _CLUB_WORDS | _CLUB_WORDS_AFTER_A_TOWN or not all(w[:1].isupper() for w in words):
        return False
    if gazetteer.place(" ".join(words)) is not None:
        return False  # "Kansas City"
    first = words[0]
    return last in _CLUB_WORDS or (first.casefold() not in first_names and gazetteer.place(first) is not None)


def _norp_key(folded: str) -> Key:
    return ("norp", skeleton(folded).removesuffix("s"))


# A party's names (folded) → its full name: one entity, keyed and shown as the full name ("the Lib
# Dems" and "the Liberal Democrats").
_PARTY_NAMES = {
    **dict.fromkeys(("lib dem", "lib dems", "libdem", "libdems", "liberal democrat", "liberal democrats"), "Liberal Democrats"),
    **dict.fromkeys(("tory", "tories", "tory party", "conservative", "conservatives", "conservative party"), "Conservatives"),
    **dict.fromkeys(("labour", "labour party"), "Labour"),
}
_PARTY_BY_KEY = {_norp_key(fold(full)): full for full in _PARTY_NAMES.values()}


def _without_nickname(words: list[str]) -> list[str]:
    """A person's name without a nickname in quote marks between its first and last word
    (`correct_entities` joins them: "Ahmed ‘Mido’ Hossam")."""
    for first in range(1, len(words) - 1):
        if words[first].startswith(NICKNAME_OPENING_MARKS):
            last = next((k for k in range(first, len(words) - 1) if words[k].endswith(NICKNAME_CLOSING_MARKS) and len(words[k]) > 1), None)
            if last is not None:
                return words[:first] + words[last + 1:]
    return words


def _parse_article(result: ArticleResult, resources: EntityResources, memo: dict[str, _NameFacts] | None = None) -> list[_Parsed]:
    """Each mention of one article with its name, role and article-level key (`memo` keeps each
    distinct name's `_NameFacts` from one article to the next)."""
    text = result.article.text
    gazetteer = resources.gazetteer
    memo = {} if memo is None else memo
    person_words = {fold(m.text) for m in result.mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    # Last words that name a person alone: "Cheng" in "said Dr Cheng" (the gazetteer has a city so called).
    surnames_after_honorifics = {fold(m.text.split()[-1]) for m in result.mentions if m.label == "PERSON" and len(m.text.split()) == 2
                      and m.text.split()[0].rstrip(".").lower() in HONORIFICS}
    full_person_lasts = {
        fold(" ".join(split_generation(without_post_nominal(m.text.split(), resources.first_names))[0])).split()[-1]
        for m in result.mentions
        if m.label == "PERSON" and len(fold(m.text).split()) >= 2
    }
    # First words of full names that are no first names: family names written first ("Chen" of
    # "Chen Xiangyang"), no place when the gazetteer has them only as another name of one (Chenzhou).
    full_person_firsts = {
        first for m in result.mentions if m.label == "PERSON" and len(words_of := m.text.split()) >= 2
        and (first := fold(words_of[0])) not in resources.first_names and words_of[0][:1].isupper() and words_of[0].isalpha()
    }
    dateline = result.article.dateline
    home_country = (gazetteer.country_of(re.split(r"[/,]", dateline)[0].strip()) or "") if dateline else ""
    parsed: list[_Parsed] = []
    for mention in result.mentions:
        words = mention.text.split()
        role: str | None = None
        party = is_party_name(words)
        club = _is_club_name(words, gazetteer, resources.first_names) if len(words) >= 2 else \
            bool(words) and words[0].casefold() in _CLUB_WORDS and mention.label == "PERSON"  # "United" alone
        # (a name ending in "Partners" or "Holdings" is a firm's, whatever the tagger says)
        firm = len(words) >= 2 and mention.label == "PERSON" and words[-1][:1].isupper() and fold(words[-1]) in _FIRM_ONLY_ENDINGS
        # ("Fox News" and "Reddit" are no person, "Truth Social" no place)
        outlet = mention.label in _OUTLET_MISTAGS and is_outlet_or_platform_name(mention.text)
        if (party and mention.label == "PERSON") or (club and mention.label != "ORG") or firm or outlet:
            mention = with_changes(mention, label="ORG")
        if mention.label in ("PERSON", "ORG") and len(named := without_post_nominal(words, resources.first_names)) < len(words) and \
                (mention.label == "PERSON" or fold(words[0]) in resources.first_names):
            words = named  # ("Guy Mansfield QC" tagged ORG too: a rank only a person holds)
            mention = with_changes(mention, label="PERSON")
        if mention.label == "PERSON" and len(words) >= 3:
            words = _without_nickname(words)  # "Brian 'Head' Welch" is Brian Welch, with no title "Head"
        if mention.label == "PERSON" and len(words) >= 2:
            title, name_words = strip_title(words, resources.title_nouns)
            if len(name_words) == len(words) >= 3 and fold(words[1]) in resources.first_names and \
                    (fold(words[0]) in NATIONALITY_NOUNS or gazetteer.demonym_country(fold(words[0]))):
                name_words = words[1:]  # "Briton Tim Henman" is Tim Henman (a nationality is no role)
            if len(name_words) < len(words):
                offset = mention.text.index(name_words[0], len(" ".join(words[:len(words) - len(name_words)])))
                mention = with_changes(mention, start_char=mention.start_char + offset, text=mention.text[offset:])
                words = name_words
                role = " ".join(title) or None
        name = " ".join(words)
        facts = memo.get(name)
        if facts is None:
            facts = memo[name] = _name_facts(name, words, gazetteer)
        folded = facts.folded
        context_role = _context_role(text, mention.start_char, resources.title_nouns)
        word_before = _word_before(text, mention.start_char)
        person_evidence = bool(context_role) or word_before in HONORIFICS or folded in full_person_lasts
        key: Key
        acronyms_of: tuple[str, ...] = ()
        if not folded:
            key = ("text", mention.text.casefold())
        elif folded in _PARTY_NAMES and name[:1].isupper():  # (not the "conservatives" of US news)
            key = _norp_key(fold(_PARTY_NAMES[folded]))
        elif facts.place is not None and not person_evidence and not (mention.label == "ORG" and facts.city_by_other_name) and \
                not (mention.label == "PERSON" and folded in full_person_firsts and fold(facts.place.name) != folded):
            key = ("geo", facts.place.geonameid)
        elif (facts.all_demonyms and not person_evidence) or mention.label == "NORP":
            key = _norp_key(folded)
        elif facts.acronym and mention.label != "PERSON":
            key = ("acr", name.replace(".", "").upper())
        # (a name ending in a place is an organisation's, "Real Madrid", "Air France", unless it starts
        # with a first name, "Charles Kennedy", "William Hague", or the article names a person by
        # its last word, "Lijing Cheng … said Dr Cheng", or by its first, family name first, "Lin Jian
        # … Lin said" ("Jian" is a city), or a title stands before it: "spokesman Lin Jian")
        elif len(words) >= 2 and (not facts.last_word_place or fold(words[0]) in resources.first_names or (
                mention.label == "PERSON" and (_surname_alone(words, mention.start_char, text, person_words, surnames_after_honorifics)
                                               or bool(context_role) or (len(words) == 2 and fold(words[0]) in person_words)))) and \
                not party and not club and (
                mention.label == "PERSON" or (mention.label == "ORG" and len(words) <= 3 and folded.split()[-1] in person_words)):
            key = _person_key(words)
            role = role or context_role
        elif len(words) >= 2 and mention.label not in _PLACE_LABELS:
            key = _org_key(name, text, mention.start_char, mention.end_char, gazetteer)
            if len(words) == 2 and all(w[:1].isupper() for w in words):
                # ("European Union" and "EU" in one article: `_shared_acronyms` joins only there)
                acronyms_of = (initials(name),)
            if len(words) >= 3:
                # "Organization for Security and Co-operation" + " in Europe" (tagged apart) is OSCE.
                following = _FOLLOWING_PLACE.match(text[mention.end_char:mention.end_char + 40])
                acronyms_of = (initials(name),) + ((initials(f"{name} {following.group(1)}"),) if following else ())
        else:
            key = ("name", skeleton(folded))
            if mention.label == "PERSON":
                role = context_role
        evidence = None
        if len(words) == 1:
            evidence = "person" if person_evidence else "org" if _FIRM_BEFORE.search(text, max(0, mention.start_char - 22),
                                                                                      mention.start_char) or \
                _FIRM_AFTER.match(text, mention.end_char, mention.end_char + 30) else None
        parsed.append(_Parsed(mention, name, role, key, acronyms_of, evidence=evidence,
                              word_before=word_before if len(words) == 1 else None))
    _state_bodies_placed(parsed, home_country)
    _link_within_article(parsed, resources.first_names, resources.first_name_genders)
    return parsed


def _state_bodies_placed(parsed: list[_Parsed], home_country: str) -> None:
    """Give a state body named by its function alone ("the Foreign Ministry", "the press service")
    a country: the one the article gives that body elsewhere ("Russia's Foreign Ministry"), if one,
    else the country of the story's dateline, if any; without either it stays of no country."""
    explicit: dict[str, set[str]] = defaultdict(set)
    unplaced: list[_Parsed] = []
    for item in parsed:
        if item.key[0] != "org":
            continue
        country, core = item.key[1].split("|", 1)
        if country:
            explicit[core].add(country)
        elif (words := set(core.split())) <= _STATE_BODY_SKELETONS and words & _STATE_BODY_HEAD_SKELETONS:
            unplaced.append(item)
    for item in unplaced:
        core = item.key[1].split("|", 1)[1]
        countries = explicit.get(core, set())
        country = next(iter(countries)) if len(countries) == 1 else home_country if not countries else ""
        if country:
            item.key = ("org", f"{country}|{core}")


def _surname_alone(words: list[str], start: int, text: str, person_words: set[str], with_honorific: set[str]) -> bool:
    """Whether the article names a person by the last of `words` alone: with an honorific ("Dr
    Cheng"), or as a name of its own unless the words open a sentence ("Entering Westminster, he
    …", "Fellow Bath prop …": a capitalised word of the sentence tagged with the place)."""
    last = fold(words[-1])
    if last in with_honorific:
        return True
    before = text[max(0, start - 4):start].rstrip(" ")
    opens_sentence = not before or before[-1] in ".!?\n\"”"
    return last in person_words and not opens_sentence


# A business noun right before a name: "oil firm Yukos", "the carrier Qantas" (also "group",
# "producer": after one a name is a band's at worst, never a person's).
_FIRM_WORDS = BUSINESS_NOUNS | {"group", "operator", "conglomerate", "producer", "supplier", "developer", "publisher"}
_FIRM_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_FIRM_WORDS)) + r")s?,?\s+\Z")  # (also "like all software developers, Argonaut")
# What only a firm has, right after its name: "Multiplex's construction division", "Argonaut's shares".
_FIRM_AFTER = re.compile(r"['’]s\s+(?:shares?|share\s+price|pre-tax|profits?|shareholders|subsidiary|turnover|revenues?|"
                         r"(?:\w+\s+)?division)\b")


_LAST_WORD = re.compile(r"(\w+)\.?[ \t]+\Z")  # ("Mrs. Clinton")


def _one_full_name_before(keys: set[Key], first_named: Mapping[Key, int], start: int) -> Key | None:
    """The key of `keys` if it is the only one, written before `start` and without digits (not
    "Wales 13-12", a score tagged a person)."""
    if len(keys) != 1:
        return None
    (key,) = keys
    return key if first_named[key] < start and not any(ch.isdigit() for ch in key[1]) else None


def _word_before(text: str, start: int) -> str | None:
    """The word (folded) written right before a name, if only spaces stand between."""
    found = _LAST_WORD.search(text, max(0, start - 20), start)
    return fold(found.group(1)) if found else None


# Honorifics after which a lone surname may be the wife, not the husband named more often.
_WOMENS_HONORIFICS = frozenset({"mrs", "ms", "miss"})
# The sex an honorific tells.
_HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


# Nouns of public bodies ("the Commission", "Securities and Exchange Commission").
_PUBLIC_BODY_NOUNS = frozenset({"commission", "court", "council", "committee", "government", "ministry", "board", "department",
                                "agency", "authority", "union", "office", "institute", "federation", "association", "party",
                                "parliament", "assembly"})
# Nouns that, written alone with a capital, stand for an organisation the article names in full.
_GENERIC_ORG_NOUNS = _PUBLIC_BODY_NOUNS | {"bank", "fund", "group", "company", "club", "senate", "tribunal", "corporation",
                                           "foundation"}


# Words after the noun that heads a body's name: "of", "for", "to" ("Committee to Protect
# Bloggers") and a firm's legal form.
_AFTER_HEAD_NOUN = frozenset({"of", "for", "to", "ag", "plc", "inc", "ltd", "sa", "se", "nv", "asa", "corp", "limited", "llc"})


# Nouns of bodies a country has one of, which a nationality before them qualifies ("the Iranian
# Foreign Ministry", "the Nigerian central bank").
_BODY_WORDS = _GENERIC_ORG_NOUNS | {"army", "navy", "police", "embassy", "parliament", "military"}


# The Arabic article that opens many surnames and that news often drops ("al-Sisi" → "Sisi").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an)-(?=\w)")


def _link_within_article(parsed: list[_Parsed], first_names: frozenset[str], first_name_genders: Mapping[str, str]) -> None:
    """Lone surnames join the article's one full name ending with them (also after an Arabic
    article: "Sisi" of "Abdel Fattah al-Sisi"); of several, a lone name
    tagged as a person joins the one the article names at least twice as often as any other
    ("Biden" in an article on Joe Biden that also names Hunter Biden once) if it starts with a
    common first name (not "Rocky Linux", "International Master"), unless only others were named
    before it ("Roosevelt" right after Franklin Delano Roosevelt, before Theodore Roosevelt is
    named twice) or it follows "Mrs", "Ms" or "Miss" (who may be the other); a first name after
    "Sir" or "Dame" joins the one starting with it, and one after "wife", "son" … is no surname to
    look up across the corpus; a lone name tagged as a person that is no surname here joins the one
    full name written before it that starts with it ("Lola" after "Lola Vance"; after an honorific
    only a name that is no English first name, "Mr Tong", not "Mr Howard"), and one that is the
    word before the particle in one full name the name its bearer goes by ("Lula" after "Luiz
    Inacio Lula da Silva"), and so is the first of two surnames ("Sheinbaum" of "Claudia Sheinbaum
    Pardo"); unqualified
    organisation names join the article's one qualified form. A surname after "Mrs", "Ms" or
    "Miss" stays apart from a man's full name ("Mrs Keeble" is not Raymond Keeble)."""
    persons_by_last: dict[str, set[Key]] = defaultdict(set)
    persons_by_first: dict[str, set[Key]] = defaultdict(set)
    persons_by_ending: dict[str, set[Key]] = defaultdict(set)  # (the folded last words of names of three or more)
    persons_by_named_word: dict[str, set[Key]] = defaultdict(set)  # (a name's inner word before its particle: "Lula" of "… Lula da Silva")
    qualified_by_core: dict[str, set[Key]] = defaultdict(set)
    orgs_by_noun: dict[str, set[Key]] = defaultdict(set)  # generic noun → organisations named with it ("Reserve Bank of Australia")
    firms_by_first: dict[str, set[Key]] = defaultdict(set)  # first word → firms named with it and a kind of business ("Halvorsen Semiconductor")
    firms_by_short_name: dict[str, set[Key]] = defaultdict(set)  # the same for two words or more ("Quarry Lane Partners")
    person_counts: Counter[Key] = Counter()
    first_named: dict[Key, int] = {}  # where each full name is first written
    has_first_name: set[Key] = set()  # full names starting with a common first name
    mens_names: set[Key] = set()  # full names starting with a man's first name
    womens_names: set[Key] = set()  # ... and with a woman's
    for item in parsed:
        kind, value = item.key
        if kind == "person":
            persons_by_last[_key_surname(value)].add(item.key)
            persons_by_first[value.split()[0]].add(item.key)
            words = fold(item.name).split()
            for k in range(2, len(words)):
                persons_by_ending[" ".join(words[-k:])].add(item.key)
            written = item.name.split()
            surname = fold(written[-1])
            if (bare := _ARABIC_ARTICLE.sub("", surname)) not in (surname, ""):
                persons_by_last[word_skeleton(bare)].add(item.key)  # "Sisi" after "Abdel Fattah al-Sisi"
            for k in range(1, len(written) - 2):
                if written[k + 1] in SURNAME_PARTICLES and written[k][:1].isupper():
                    persons_by_named_word[word_skeleton(fold(written[k]))].add(item.key)
            if len(written) == 3 and written[0].casefold() in first_names and written[1].casefold() not in first_names and \
                    all(w[:1].isupper() and w.replace("-", "").isalpha() for w in written[1:]):
                # (two surnames, the father's first: "Sheinbaum" of "Claudia Sheinbaum Pardo")
                persons_by_named_word[word_skeleton(fold(written[1]))].add(item.key)
            person_counts[item.key] += 1
            first_named.setdefault(item.key, item.mention.start_char)  # (mentions come in text order)
            if item.name.split()[0].casefold() in first_names:
                has_first_name.add(item.key)
            gender = first_name_genders.get(item.name.split()[0].casefold())
            if gender == "m":
                mens_names.add(item.key)
            elif gender == "f":
                womens_names.add(item.key)
        elif kind == "org" and not value.startswith("|"):
            qualified_by_core[value.split("|", 1)[1]].add(item.key)
        if kind != "person" and item.mention.label == "ORG" and " " in item.name:
            folded_words = fold(item.name).split()
            for k, word in enumerate(folded_words):
                # (the noun that heads the name: "Reserve Bank of Australia", "Caldera Bank AG"; not
                # one that qualifies another, "Senate Agriculture Committee" is no senate)
                if word in _GENERIC_ORG_NOUNS and (k == len(folded_words) - 1 or folded_words[k + 1] in _AFTER_HEAD_NOUN):
                    orgs_by_noun[word].add(item.key)
            written = item.name.split()
            # (not a paper's owner named after it: "Guardian Media Group" … "the Guardian")
            if kind == "org" and len(written) <= 3 and fold(written[-1]) in _FIRM_NAME_ENDINGS and written[0][:1].isupper() and \
                    not (len(written) == 3 and fold(written[1]) in _MEDIA_GROUP_WORDS):
                firms_by_first[skeleton(fold(written[0]))].add(item.key)
            if kind == "org" and len(written) >= 3 and fold(written[-1]) in _FIRM_NAME_ENDINGS - _ARM_ENDINGS and \
                    all(w[:1].isupper() for w in written):
                firms_by_short_name[skeleton(fold(" ".join(written[:-1])))].add(item.key)
    for item in parsed:
        kind, value = item.key
        if item.knighted and kind == "name" and len(knights := persons_by_first.get(word_skeleton(value.casefold()), set())) == 1:
            item.key = next(iter(knights))  # "Sir Edward said" after "Sir Edward George"
        elif kind in ("name", "acr") and " " not in value:
            candidates = persons_by_last.get(word_skeleton(value.casefold()), set())
            if len(candidates) == 1:
                (only,) = candidates
                if item.word_before in _WOMENS_HONORIFICS and only in mens_names:
                    # "Mrs Keeble" after "Raymond Keeble": his widow, another person. (Not "Mr"
                    # before a woman's name: the name lists call many men's names women's, "Mr.
                    # Elkins" after "Jessie Elkins")
                    pass
                elif item.role is not None and item.mention.label == "PERSON" and item.mention.start_char < first_named[only]:
                    # "President Obama" in the lead of an article that names only "Michelle Obama",
                    # later: a titled surname written before the article's one full name is not
                    # that person's for being first; the corpus decides, as for a surname alone
                    item.lone_person_surname = True
                else:
                    item.key = only
            elif len(candidates) > 1 and kind == "name" and item.word_before in _HONORIFIC_GENDERS and \
                    len(same := candidates - (womens_names if _HONORIFIC_GENDERS[item.word_before] == "m" else mens_names)) == 1:
                # "Mrs Obama" after "Barack Obama" and "Michelle Obama": the one full name not known
                # to be of the other sex
                item.key = next(iter(same))
            elif len(candidates) > 1 and kind == "name" and item.mention.label == "PERSON" and item.word_before not in _WOMENS_HONORIFICS:
                (most, usual), (runner_up, _) = sorted(((person_counts[k], k) for k in candidates), reverse=True)[:2]
                named_before = {k for k in candidates if first_named[k] < item.mention.start_char}
                if most >= 2 * runner_up and usual in has_first_name and (usual in named_before or not named_before):
                    item.key = usual
                elif item.word_before not in KIN_NOUNS:
                    # Named about as often as each other here ("Joe Biden" and "Hunter Biden"): the
                    # corpus decides, as for a surname with no full name beside it (`_dominant`).
                    item.lone_person_surname = True
            elif kind == "name" and not candidates and len(firm := firms_by_first.get(value, set())) == 1:
                # "Halvorsen said" after "Halvorsen Semiconductor", "Kanemura" (tagged a place) after
                # "Kanemura Motor": the article's one firm of that name and a kind of business
                item.key = next(iter(firm))
                item.mention = with_changes(item.mention, label="ORG")
            elif kind == "name" and not candidates and fold(item.name) in FAMILY_FIRST_NAMES and \
                    len(family := persons_by_first.get(value, set())) == 1:
                item.key = next(iter(family))  # "Xi said" after "Xi Jinping": the family name comes first
            elif kind == "name" and not candidates and item.mention.label == "PERSON" and item.word_before not in KIN_NOUNS and \
                    not (item.word_before in HONORIFICS and item.name.casefold() in first_names) and \
                    (full := _one_full_name_before(persons_by_first.get(value, set()), first_named, item.mention.start_char)):
                # "Ozzy said" after "Ozzy Osbourne", "Prince Saud" after "Saud al-Faisal": a first
                # name alone; after an honorific only a name that is no English first name ("Mr Tong"
                # after "Tong Yung-soo", "Dr Meerjady" after "Meerjady Sabrina Flora"), which may be
                # a surname written first; "Mr Howard" after "Howard Flight" is another man's surname
                item.key = full
            elif kind == "name" and not candidates and item.mention.label == "PERSON" and \
                    len(known := persons_by_named_word.get(word_skeleton(value.casefold()), set())) == 1:
                item.key = next(iter(known))  # "Lula said" after "Luiz Inacio Lula da Silva": the name he goes by
            elif item.mention.label == "PERSON" and kind == "name" and not candidates and item.word_before not in KIN_NOUNS:
                item.lone_person_surname = True  # (not "His wife Sharon": a first name, no Ariel Sharon's)
            elif not candidates and len(named := orgs_by_noun.get(fold(item.name), set())) == 1:
                # "The Bank said" after "The Reserve Bank of Australia": that bank, not one "Bank"
                # for every bank of the corpus.
                item.key = next(iter(named))
        elif kind == "person" and is_particle_surname(item.name.split()) and (
                len(fuller := persons_by_ending.get(fold(item.name), set()) - {item.key}) == 1 or
                len(fuller := persons_by_last.get(word_skeleton(fold(item.name.replace(" ", ""))), set()) - {item.key}) == 1):
            # "La Riva" after "Gloria La Riva", as "Riva" would; "La Rocca" after "Mike LaRocca", the
            # particle written apart
            item.key = next(iter(fuller))
        elif kind == "person" and item.mention.label == "PERSON" and fold(item.name.split()[0]) not in first_names and \
                len(firm := firms_by_short_name.get(skeleton(fold(item.name)), set())) == 1:
            # "Quarry Lane said" (tagged a person) after "Quarry Lane Partners" (not "Charles Schwab"
            # beside "Charles Schwab Corp": a first name may be the founder's)
            item.key = next(iter(firm))
            item.mention = with_changes(item.mention, label="ORG")
        elif kind == "org" and value.startswith("|"):
            qualified = qualified_by_core.get(value[1:], set())
            if len(qualified) == 1:
                item.key = next(iter(qualified))
            elif not qualified and len(firm := firms_by_short_name.get(value[1:], set()) - {item.key}) == 1:
                item.key = next(iter(firm))  # "Quarry Lane" after "Quarry Lane Partners": the article's one firm so named


# Last words of a firm's name that say its business, after which the first word alone is the
# firm's short name ("Kanemura Motor" … "Kanemura"; not "Microsoft Research", "Texas Instruments", nor
# "Barclays Capital", an arm of Barclays).
_FIRM_NAME_ENDINGS = frozenset({
    "semiconductor", "semiconductors", "systems", "motor", "motors", "energy", "bank", "securities", "partners", "ventures",
    "consulting", "holdings", "airlines", "airways", "pharmaceuticals", "pharma", "technologies", "labs", "industries",
    "corp", "corporation", "inc", "ltd", "plc", "ag", "electronics", "foods", "insurance", "logistics", "networks", "software",
    "therapeutics", "biosciences", "steel", "mining", "petroleum", "telecom", "communications", "automotive", "aerospace",
    "chemicals", "investments", "properties", "brewery", "brewing", "group", "bio", "biotech"})


# Labels the small model gives outlets' and platforms' names.
_OUTLET_MISTAGS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


# Those that may name a group's arm beside the group: "Standard Life Investments" is not the
# "Standard Life" of the same story (one word alone is seldom the group's name, and joins).
_ARM_ENDINGS = frozenset({"investments", "securities", "insurance", "properties", "ventures"})


# Those of them no person's name ends with ("Danielle Steel", "Daniel Bank" and "Kevin Motor" may).
_FIRM_ONLY_ENDINGS = frozenset({
    "semiconductors", "systems", "securities", "partners", "ventures", "holdings", "airlines", "airways", "pharmaceuticals",
    "technologies", "industries", "inc", "ltd", "plc", "llc", "gmbh", "corp", "electronics", "logistics", "networks",
    "therapeutics", "biosciences", "communications", "investments", "properties", "bio", "biotech", "pharma", "labs", "capital", "llp"})


_MEDIA_GROUP_WORDS = frozenset({"media", "news", "newspapers", "publishing", "broadcasting"})


# --------------------------------------------------------------------------- the corpus
class _Clusters:
    """Union-find over keys that refuses to join keys the user said never to merge."""

    def __init__(self, marks: dict[Key, set[tuple[int, int]]]) -> None:
        self._parent: dict[Key, Key] = {}
        self._marks = {key: set(found) for key, found in marks.items()}

    def find(self, key: Key) -> Key:
        """The representative of `key`'s cluster."""
        parent = self._parent.setdefault(key, key)
        if parent != key:
            parent = self._parent[key] = self.find(parent)
        return parent

    def union(self, a: Key, b: Key) -> bool:
        """Join the clusters of `a` and `b` unless they hold different members of a never-merge group."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        marks_a, marks_b = self._marks.get(root_a, set()), self._marks.get(root_b, set())
        if any(group == other_group and member != other_member
               for group, member in marks_a for other_group, other_member in marks_b):
            return False
        root, child = sorted((root_a, root_b))
        self._parent[child] = root
        self._marks[root] = marks_a | marks_b
        return True


# How alike two common first names must be for the full names to be one person's spelled two
# ways: "Mohammed"/"Mohammad" and "Jon"/"John" are; "Robbie"/"Roy" (Keane) and "Robbie"/"Robin"
# (Williams) are two people.
_FIRST_NAME_SPELLING_RATIO = 85.0
# And two surnames, whatever the first names, unless only their vowels differ:
# "Khodorkovsky"/"Khordokovsky" (91) and "Jamieson"/"Jameson" (93) are one name; "Moyes"/"Morris"
# (80), "Magnier"/"Mayer" and "Beynon"/"Benson" (83) are two.
_SURNAME_SPELLING_RATIO = 85.0
_VOWELS = re.compile(r"[aeiouy]")


def _consonants(word: str) -> str:
    """A word without its vowels: surnames that differ only in vowels are one name transliterated
    two ways ("bin Laden"/"bin Ladin", "Adera"/"Adere") or misspelt ("Kwakye"/"Kwayke")."""
    return _VOWELS.sub("", word)


def _fuzzy_person_pairs(keys: Iterable[Key], threshold: float, first_names: frozenset[str] = frozenset(),
                        genders: Mapping[str, str] | None = None) -> list[tuple[Key, Key]]:
    """Pairs of person keys whose skeletons are near-equal, compared within the same initials; not
    two different common first names (`first_names`: their skeletons) with one surname, nor a man's
    and a woman's first name (`genders`: skeleton → gender) more than a letter apart, nor two
    surnames further apart than spellings of one."""
    genders = {} if genders is None else genders
    blocks: dict[str, list[Key]] = defaultdict(list)
    for key in sorted(set(keys)):
        first, last = key[1].split(" ", 1)
        blocks[first[:1] + last[:2]].append(key)
    pairs = []
    for block in blocks.values():
        for index, a in enumerate(block):
            for b in block[index + 1:]:
                if fuzz.ratio(a[1], b[1]) < threshold:
                    continue
                (first_a, last_a), (first_b, last_b) = a[1].split(" ", 1), b[1].split(" ", 1)
                if _key_generation(a[1]) != _key_generation(b[1]):
                    continue  # another generation ("Douglas Fairbanks Sr" and "Jr")
                if first_a in first_names and first_b in first_names and fuzz.ratio(first_a, first_b) < _FIRST_NAME_SPELLING_RATIO:
                    continue
                if first_a in genders and first_b in genders and genders[first_a] != genders[first_b] and \
                        Levenshtein.distance(first_a, first_b) > 1:
                    continue  # ("Michael Collins" and "Michelle Collins": a man and a woman; "Justin" for "Justine" is a slip)
                if fuzz.ratio(last_a, last_b) < _SURNAME_SPELLING_RATIO and _consonants(last_a) != _consonants(last_b):
                    continue  # (a long first name carries a whole name past the threshold: "David Moyes"/"David Morris")
                pairs.append((a, b))
    return pairs


def _acronym_definitions(result: ArticleResult) -> Iterator[tuple[str, str]]:
    """(acronym, mention id) for every long-form mention followed by its acronym in brackets."""
    for mention in result.mentions:
        match = _DEFINITION.match(result.article.text[mention.end_char:mention.end_char + 14])
        if match and match.group(1).replace(".", "") in (initials(mention.text), _part_initials(mention.text)):
            yield match.group(1).replace(".", ""), mention.mention_id


def _part_initials(name: str) -> str:
    """Initials counting each capitalised part of a hyphenated word, as defined acronyms may:
    "Inter-Services Public Relations (ISPR)", "Tehreek-i-Taliban Pakistan (TTP)"."""
    return initials(" ".join(part for word in name.split() for part in word.split("-") if part[:1].isupper()))


def _same_body_spelled(a: str, b: str) -> bool:
    """Whether two long forms of one acronym name one body, spelled differently ("Institute for/of
    Fiscal Studies", "Oil & Natural Gas Corp/Corporation", "Women's Tennis Accosiation"), not two
    ("World Trade/Tourism Organisation", "Building Societies Association/Business Software
    Alliance"): word by word, the same first four letters, or the same first letter and nearly the
    same word."""
    words_a = [w for w in re.findall(r"[\w']+", a.casefold()) if w not in ACRONYM_SKIP]
    words_b = [w for w in re.findall(r"[\w']+", b.casefold()) if w not in ACRONYM_SKIP]
    return len(words_a) == len(words_b) and all(x[:4] == y[:4] or (x[:1] == y[:1] and fuzz.ratio(x, y) >= 70)
                                                for x, y in zip(words_a, words_b, strict=True))


def _spells_out_initials(name: str) -> bool:
    """Whether a long form is a name whose initials may stand alone for it anywhere in the corpus:
    every word capitalised (or a function word), none an acronym, an abbreviation or a possessive.
    "IRB Rugby Aid" is not the IRA, "University of St Andrews" not the USA, "Brando's Academy
    Award" not the BAA, "Russian state-owned company" not the RSC."""
    for word in name.split():
        if word.casefold() in ACRONYM_SKIP:
            continue
        letters = word.replace("-", "")
        if not letters.isalpha() or not word[0].isupper() or word.isupper() or len(letters) < 3:
            return False
    return True


# The mentions of one article share a bucket when they have the same key and are (or are not)
# lone surnames: a lone surname's key can change once the whole corpus is known.
Bucket = tuple[Key, bool]
# A surname alone goes to the one of several people with that surname whose full name the corpus
# writes at least this often and this many times as often as all the others' together.
_DOMINANT_MIN_MENTIONS = 30
_DOMINANCE = 10


@dataclass(slots=True)
class _BucketStats:
    """What the mentions of one bucket add up to across the corpus (counts, not the mentions)."""

    first_position: int  # of its first mention in the corpus
    n_mentions: int = 0
    n_articles: int = 0
    # Counts in plain dicts: a Counter costs several times a dict to make, and there is a bucket
    # per distinct name of the corpus.
    names: dict[str, int] = field(default_factory=dict)
    texts: set[str] = field(default_factory=set)
    labels: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, int] = field(default_factory=dict)  # see `_Parsed.evidence`
    override: tuple[int, str] | None = None  # (position, the user's canonical name) of its first mention the user names
    first_published: datetime | None = None
    last_published: datetime | None = None

    def add(self, item: _Parsed, published: datetime | None) -> None:
        """Count one more mention, from an article published then."""
        self.n_mentions += 1
        self.names[item.name] = self.names.get(item.name, 0) + 1
        self.texts.add(item.mention.text)
        label = item.mention.label
        self.labels[label] = self.labels.get(label, 0) + 1
        if item.role:
            self.roles[item.role] = self.roles.get(item.role, 0) + 1
        if item.evidence:
            self.evidence[item.evidence] = self.evidence.get(item.evidence, 0) + 1
        if published is not None:
            self.first_published = min(published, self.first_published or published)
            self.last_published = max(published, self.last_published or published)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article's results with the names the model missed added, and its mentions' keys."""

    result: ArticleResult
    items: tuple[_Parsed, ...]


class EntityResolver:
    """Entity resolution over a corpus read one article at a time, so that memory grows with the
    number of distinct names, not of mentions: `add` every article (after a `KnownNamesCollector`
    has seen them all), then `finish` gives the `EntityIndex` that links each article (`parse`
    gives an article's `ParsedArticle` again without adding it)."""

    def __init__(self, resources: EntityResources, known: KnownNames) -> None:
        self.resources = resources
        self.known = known
        aliases = resources.aliases
        self._overrides = {fold(spelling): name for spelling, name in aliases.canonical}
        # Spellings named in never-merge groups get keys of their own, marked (group, member):
        # clusters holding different members of one group never join.
        self._pins: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for group_index, group in enumerate(aliases.never_merge):
            for member_index, name in enumerate(group):
                self._pins[fold(name)].append((group_index, member_index))
        self._merge_names = {fold(name) for group in aliases.merge for name in group}
        self._marks: dict[Key, set[tuple[int, int]]] = defaultdict(set)
        self._stats: dict[Bucket, _BucketStats] = {}
        self._long_forms: dict[str, set[Key]] = defaultdict(set)  # acronym → keys of long forms with those initials
        self._named_long_forms: set[Key] = set()  # those written at least once as a name of their own (`_spells_out_initials`)
        self._shared_acronyms: list[tuple[str, Key]] = []  # (acronym, long form's key) standing in one article, in order
        self._definitions: list[tuple[str, Bucket]] = []  # (acronym, long form) defined "… (CSTO)", in order
        self._one_word_names: dict[tuple[str, Bucket], int] = {}  # (name upper-cased, bucket) → first position
        self._buckets_by_merge_name: dict[str, set[Bucket]] = defaultdict(set)
        self._name_facts: dict[str, _NameFacts] = {}  # grows with the distinct names, like the buckets
        self._first_name_skeletons = frozenset(word_skeleton(name) for name in resources.first_names)
        genders_of_skeleton: defaultdict[str, set[str]] = defaultdict(set)
        for name, gender in resources.first_name_genders.items():
            genders_of_skeleton[word_skeleton(name)].add(gender)
        self._first_name_genders = {name: genders.pop() for name, genders in genders_of_skeleton.items() if len(genders) == 1}
        self._position = 0

    def parse(self, result: ArticleResult) -> ParsedArticle:
        """The article with the names the model missed, and each mention's key (never-merge spellings pinned)."""
        result = add_missed_names(result, self.known)
        items = _parse_article(result, self.resources, self._name_facts)
        for item in items:
            if self._pins and item.key[0] != "geo" and (folded := fold(item.name)) in self._pins:
                item.key = ("pinned", folded)
        return ParsedArticle(result, tuple(items))

    def add(self, result: ArticleResult) -> ParsedArticle:
        """Parse one article and count its mentions in."""
        parsed = self.parse(result)
        published = parsed.result.article.published_at
        article_acronyms = {item.key[1] for item in parsed.items if item.key[0] == "acr"}
        by_mention_id: dict[str, _Parsed] = {}
        article_buckets: set[Bucket] = set()
        for item in parsed.items:
            self._position += 1
            bucket = item.bucket
            stats = self._stats.get(bucket)
            if stats is None:
                stats = self._stats[bucket] = _BucketStats(self._position)
            stats.add(item, published)
            if bucket not in article_buckets:
                article_buckets.add(bucket)
                stats.n_articles += 1
            if self._overrides or self._pins or self._merge_names:
                folded = fold(item.name)
                if stats.override is None and folded in self._overrides:
                    stats.override = (self._position, self._overrides[folded])
                if folded in self._pins:
                    self._marks[item.key].update(self._pins[folded])
                for name in (folded, fold(item.mention.text)):
                    if name in self._merge_names:
                        self._buckets_by_merge_name[name].add(bucket)
            for acronym in item.acronyms_of:
                if len(acronym) >= 3:
                    self._long_forms[acronym].add(item.key)
                    if _spells_out_initials(item.name):
                        self._named_long_forms.add(item.key)
            for acronym in sorted(set(item.acronyms_of) & article_acronyms):
                self._shared_acronyms.append((acronym, item.key))
            if item.key[0] == "name" and " " not in item.name:
                self._one_word_names.setdefault((item.name.upper(), bucket), self._position)
            by_mention_id.setdefault(item.mention.mention_id, item)
        for acronym, mention_id in _acronym_definitions(parsed.result):
            long_form = by_mention_id.get(mention_id)
            if long_form is not None:
                self._definitions.append((acronym, long_form.bucket))
        return parsed

    def finish(self) -> EntityIndex:
        """Cluster the keys across the corpus: near-equal full names, lone surnames, acronyms, the
        user's merges; then name each cluster's entity."""
        clusters = _Clusters(self._marks)
        person_keys = {key for key, _ in self._stats if key[0] == "person"}
        for a, b in _fuzzy_person_pairs(person_keys, self.resources.fuzzy_threshold, self._first_name_skeletons,
                                        self._first_name_genders):
            clusters.union(a, b)
        persons_by_last: dict[str, set[Key]] = defaultdict(set)
        for key in person_keys:
            persons_by_last[_key_surname(key[1])].add(key)
        final: dict[Bucket, Key] = {}
        for bucket in self._stats:
            key, lone = bucket
            candidates = persons_by_last.get(key[1], set()) if lone else set()
            roots = {clusters.find(k) for k in candidates}
            if len(roots) > 1:
                candidates = self._dominant(candidates, clusters)
                roots = {clusters.find(k) for k in candidates}
            final[bucket] = next(iter(roots)) if len(roots) == 1 and not self._other_word_alone(bucket, candidates) else key
        # Acronyms: defined in the text, sharing an article, or the one long form with those initials.
        acronyms = {key[1] for key, _ in self._stats if key[0] == "acr"}
        stood_for = self._acronym_bodies(final)
        linked: set[str] = set()
        for acronym, key in self._shared_acronyms:
            if key in stood_for[acronym]:
                clusters.union(("acr", acronym), key)
            linked.add(acronym)
        for acronym in sorted(acronyms - linked):
            long_forms = self._long_forms.get(acronym, set())
            if len(long_forms) == 1 and (long_form := next(iter(long_forms))) in self._named_long_forms and \
                    self._may_stand_for(acronym, long_form):
                clusters.union(("acr", acronym), long_form)
        # A one-word name written in another case is its acronym ("Tass" is TASS).
        for (upper, bucket), _ in sorted(self._one_word_names.items(), key=lambda item: item[1]):
            if final[bucket][0] == "name" and upper in acronyms:
                clusters.union(("acr", upper), final[bucket])
        keys_by_name = {name: {final[bucket] for bucket in buckets} for name, buckets in self._buckets_by_merge_name.items()}
        for group in self.resources.aliases.merge:
            keys = [k for name in group for k in sorted(keys_by_name.get(fold(name), ()))]
            for other in keys[1:]:
                clusters.union(keys[0], other)
        for acronym, bucket in self._definitions:
            if final[bucket] in stood_for[acronym]:
                clusters.union(("acr", acronym), final[bucket])
        members: dict[Key, list[Bucket]] = defaultdict(list)
        for bucket in self._stats:
            members[clusters.find(final[bucket])].append(bucket)
        entity_of_bucket: dict[Bucket, str] = {}
        entities: dict[str, Entity] = {}
        for buckets in members.values():
            entity = self._entity(buckets, final)
            entities[entity.entity_id] = entity
            entity_of_bucket.update((bucket, entity.entity_id) for bucket in buckets)
        return EntityIndex(entity_of_bucket, entities)

    def _acronym_bodies(self, final: dict[Bucket, Key]) -> dict[str, set[Key]]:
        """For each acronym defined or written beside a long form somewhere, the long forms it joins:
        all of them when they are spellings of one name ("Institute for/of Fiscal Studies"), else
        those of the name written most often ("WTO" beside the World Trade Organisation in 30
        mentions and the World Tourism Organisation in 4 joins the first only)."""
        long_forms: dict[str, list[Key]] = defaultdict(list)
        for acronym, key in self._shared_acronyms:
            long_forms[acronym].append(key)
        for acronym, bucket in self._definitions:
            long_forms[acronym].append(final[bucket])
        # (counted only for the long forms, not in a Counter for each of the corpus's keys: 12,000 on 2,000 BBC articles)
        names: dict[Key, Counter[str]] = {key: Counter() for keys in long_forms.values() for key in keys}
        for (key, _), stats in self._stats.items():
            if key in names:
                names[key].update(stats.names)

        def usual_name(key: Key) -> str:
            return names[key].most_common(1)[0][0] if names[key] else key[1]

        kept: dict[str, set[Key]] = defaultdict(set)
        for acronym, keys in long_forms.items():
            groups: list[list[Key]] = []  # spellings of one body; the first key's name stands for the group
            for key in dict.fromkeys(keys):
                group = next((g for g in groups if _same_body_spelled(usual_name(g[0]), usual_name(key))), None)
                if group is None:
                    groups.append([key])
                else:
                    group.append(key)
            kept[acronym] = set(max(groups, key=lambda g: sum(names[k].total() for k in g)))
        return kept

    def _may_stand_for(self, acronym: str, long_form: Key) -> bool:
        """Whether an acronym known the world over may stand for this long form when only their
        initials tie them: "NHS" is the National Health Service, not the corpus's one "Norfolk
        High School"; an acronym not in the list may stand for any."""
        known = self.resources.known_acronyms.get(acronym)
        if known is None:
            return True
        _, known_core = _org_key(known, known, 0, len(known), self.resources.gazetteer)[1].split("|", 1)
        return fuzz.ratio(long_form[1].split("|", 1)[-1], known_core) >= self.resources.fuzzy_threshold

    def _dominant(self, persons: set[Key], clusters: _Clusters) -> set[Key]:
        """Of several people with one surname, the keys of the one the corpus names far more often
        than all the others together (Donald Trump, not Melania or Mary; Tony Blair, not Ian or
        Cherie): a surname alone is theirs where its article writes no full name with it, or
        two about as often. Without such a one, none (the surname stays a name of its own)."""
        mentions: Counter[Key] = Counter()
        for key in persons:
            stats = self._stats.get((key, False))
            mentions[clusters.find(key)] += stats.n_mentions if stats is not None else 0
        (top, top_mentions), *rest = mentions.most_common()
        if top_mentions < _DOMINANT_MIN_MENTIONS or top_mentions < _DOMINANCE * sum(n for _, n in rest):
            return set()
        return {key for key in persons if clusters.find(key) == top}

    def _other_word_alone(self, lone: Bucket, persons: set[Key]) -> bool:
        """Whether a lone word the corpus's one person with that surname would take is rather a
        first name or a place (the gazetteer's, or a word the corpus tags a place more often than
        a person), standing alone in more than twice as many articles as the person's full name ("Oscar" in 65
        articles is not "Strong Oscar", named in one; "John" in 11 is Elton John, named in 6;
        "England", tagged a person in 40 and a place in more, is not the book "Tudor England")."""
        stats = self._stats[lone]
        gazetteer = self.resources.gazetteer
        tagged = self._stats.get((lone[0], False))
        placed = tagged is not None and \
            sum(n for label, n in tagged.labels.items() if label in _PLACE_LABELS) > tagged.labels.get("PERSON", 0)
        if not placed and not any(name.casefold() in self.resources.first_names or gazetteer.place(name) is not None
                                  for name in stats.names):
            return False
        person_articles = sum(self._stats[(key, False)].n_articles for key in persons if (key, False) in self._stats)
        return stats.n_articles > 2 * person_articles

    def _entity(self, buckets: list[Bucket], final: dict[Bucket, Key]) -> Entity:
        """The entity of one cluster (without its article and speaker counts)."""
        stats = [self._stats[bucket] for bucket in buckets]
        kind, value = min((final[bucket] for bucket in buckets), key=lambda k: (_KIND_ORDER.get(k[0], 9), k[1]))
        overrides = [s.override for s in stats if s.override is not None]
        override = min(overrides)[1] if overrides else None
        names: Counter[str] = Counter()
        labels: Counter[str] = Counter()
        roles: Counter[str] = Counter()
        evidence: Counter[str] = Counter()
        for s in stats:
            names.update(s.names)
            labels.update(s.labels)
            roles.update(s.roles)
            evidence.update(s.evidence)
        # The country of an organisation: that of the cluster's first mention keyed as one.
        org_country = min(((s.first_position, final[b][1].split("|", 1)[0]) for b, s in zip(buckets, stats, strict=True)
                           if final[b][0] == "org"), default=(0, ""))[1]
        firsts = [s.first_published for s in stats if s.first_published is not None]
        lasts = [s.last_published for s in stats if s.last_published is not None]
        gazetteer = self.resources.gazetteer
        label = _label(kind, value, labels, gazetteer)
        if label == "PERSON" and kind == "name" and evidence["org"] and not evidence["person"]:
            label = "ORG"  # "oil firm Yukos" somewhere, and never a title, an honorific or a first name
        return Entity(
            entity_id=entity_id_for(*(("canonical", fold(override)) if override else (kind, value))),
            label=label,
            canonical_name=override or _PARTY_BY_KEY.get((kind, value)) or _canonical(kind, names, org_country, gazetteer,
                                                                                    value if kind == "geo" else None),
            aliases=tuple(sorted(set().union(*(s.texts for s in stats)))),
            n_mentions=sum(s.n_mentions for s in stats),
            n_articles=0,
            n_claims_as_speaker=0,
            roles=_distinct_roles(roles),
            first_published_at=min(firsts) if firsts else None,
            last_published_at=max(lasts) if lasts else None,
        )


class EntityIndex:
    """The corpus's entities: `link` gives each article's mentions and speakers their entity ids
    (and counts them); `entities` lists the entities once every article is linked."""

    def __init__(self, entity_of_bucket: dict[Bucket, str], entities: dict[str, Entity]) -> None:
        self._entity_of_bucket = entity_of_bucket
        self._entities = entities
        self._n_articles: Counter[str] = Counter()
        self._n_claims: Counter[str] = Counter()

    def link(self, parsed: ParsedArticle) -> ArticleResult:
        """The article's results with `entity_id` on every mention and `speaker_entity_id` on claims."""
        mentions = tuple(with_changes(item.mention, entity_id=self._entity_of_bucket[item.bucket])
                         for item in parsed.items)
        by_offsets = {(m.start_char, m.end_char): m.entity_id for m in mentions}
        claims = tuple(_link_speaker(claim, by_offsets, mentions) for claim in parsed.result.claims)
        if any(c.speaker_entity_id is None and _firm_noun(c.speaker_text) for c in claims) and \
                (firm := self._article_firm(mentions)) is not None:
            claims = tuple(_firm_speaker(claim, mentions, firm) for claim in claims)
        self._n_articles.update({m.entity_id for m in mentions if m.entity_id})
        # A claim counts once for each entity among its speakers ("Putin and Macron said" counts for both).
        self._n_claims.update(entity_id for c in claims
                              for entity_id in {s.speaker_entity_id for s in c.speakers} | {c.speaker_entity_id} if entity_id)
        return with_changes(parsed.result, mentions=mentions, claims=claims)

    def _article_firm(self, mentions: Sequence[Mention]) -> str | None:
        """The organisation an article is about, if one stands out: named at least three times and
        twice as often as any other, not a public body or a paper ("the company" is no commission)."""
        counts = Counter(m.entity_id for m in mentions if m.entity_id is not None and self._is_firm(m.entity_id))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _is_firm(self, entity_id: str) -> bool:
        entity = self._entities.get(entity_id)
        return entity is not None and entity.label == "ORG" and not _PUBLIC_BODY_OR_PAPER.search(entity.canonical_name)

    def entities(self) -> list[Entity]:
        """The entities, by id, with the articles and claims counted by `link`."""
        return [with_changes(entity, n_articles=self._n_articles[entity_id], n_claims_as_speaker=self._n_claims[entity_id])
                for entity_id, entity in sorted(self._entities.items())]


# Words of a name that make it a public body, a venue or a paper, not the firm or club an article
# is about ("the company said" is not the Securities and Exchange Commission's).
_PUBLIC_BODY_OR_PAPER = re.compile(r"\b(?:" + "|".join(sorted(
    [noun.title() for noun in _PUBLIC_BODY_NOUNS | {"police", "university", "bureau", "service", "exchange", "organisation",
                                                    "organization"}]
    + ["Reuters", "BBC", "Press", "News", "Times", "Journal", "Post", "Telegraph", "Guardian", "Stadium", "Park", "Grove",
       "Arena"])) + r")\b")
# Speakers that name the firm or club an article is about, and nothing else: "the company", "the club".
_FIRM_SPEAKERS = frozenset({"the company", "the firm", "the club"})


def _firm_noun(speaker_text: str | None) -> bool:
    return speaker_text is not None and speaker_text.casefold() in _FIRM_SPEAKERS


def _firm_speaker(claim: Claim, mentions: Sequence[Mention], firm: str) -> Claim:
    """"The company said", "the club said" left unresolved in the article (its name was tagged as
    no organisation there, or found only across the corpus): `firm`, the organisation the article
    is about (`EntityIndex._article_firm`), if named before the claim."""
    if claim.speaker_entity_id is not None or claim.speaker_start is None or len(claim.speakers) > 1 or \
            not _firm_noun(claim.speaker_text):
        return claim
    named = [m for m in mentions if m.entity_id == firm and m.end_char <= claim.speaker_start]
    if not named:
        return claim
    antecedent = {"antecedent_start": named[-1].start_char, "antecedent_end": named[-1].end_char, "antecedent_label": "ORG"}
    return with_changes(claim, speaker_entity_id=firm, **antecedent,
                        speakers=tuple(with_changes(s, speaker_entity_id=firm, **antecedent) for s in claim.speakers))


# --------------------------------------------------------------------------- entities
def _label(kind: str, anchor_value: str, labels: Counter[str], gazetteer: Gazetteer) -> str:
    if (kind, anchor_value) in _PARTY_BY_KEY:
        return "ORG"  # a party, whether spaCy tagged its name as a nationality ("Tories") or an organisation
    if kind == "geo":
        place = gazetteer.by_id.get(anchor_value)
        return "LOC" if place is not None and place.kind == "continent" else "GPE"
    if kind == "person":
        return "PERSON"
    if kind == "norp":
        return "NORP"
    if kind in ("acr", "org"):
        others = Counter({label: n for label, n in labels.items() if label != "PERSON"})
        return max(others, key=lambda label: (others[label], label)) if others else "ORG"
    pooled = Counter({"PLACE" if label in _PLACE_LABELS else label: n for label, n in labels.items()})
    best = max(pooled, key=lambda label: (pooled[label], label != "PERSON", label))
    if best != "PLACE":
        return best
    places = Counter({label: n for label, n in labels.items() if label in _PLACE_LABELS})
    return max(places, key=lambda label: (places[label], label))


def _canonical(kind: str, names: Counter[str], org_country: str, gazetteer: Gazetteer, geonameid: str | None) -> str:
    if kind == "geo" and geonameid is not None:
        place = gazetteer.by_id.get(geonameid)
        if place is not None:
            return place.name
    candidates = [n for n in names if not is_acronym(n) and " " in n] if kind == "acr" else list(names)
    candidates = candidates or list(names)
    if kind == "org":
        chosen = max(candidates, key=lambda n: (len(n.split()), names[n], n.istitle(), -len(n), n))
        if org_country and gazetteer.country_of(chosen.split()[0]) != org_country and org_country in gazetteer.countries:
            return f"{chosen} ({gazetteer.countries[org_country].name})"
        if org_country and not chosen.istitle():
            return " ".join(w if w in FUNCTION_WORDS else w[:1].upper() + w[1:] for w in chosen.split())
        return chosen
    # Most frequent among the fullest forms written as names (two or more words for people, not
    # a surname alone), counting each mention of its surname alone too ("Pashinyan" votes for
    # "Nikol Pashinyan", "La Riva" for "Gloria La Riva"), then two words over more ("Vladimir
    # Putin" over "Vladimir Vladimirovich Putin").
    # (A particle's case varies: "van Gogh" votes for "Theo van Gogh" as "Van Gogh" does.)
    lone = Counter({n: count for n, count in names.items() if " " not in n})
    lone.update({n.casefold(): count for n, count in names.items() if is_particle_surname(n.split())})

    def votes(name: str) -> int:
        words = name.split()
        return names[name] + lone[words[-1]] + sum(lone[" ".join(words[-k:]).casefold()] for k in range(2, len(words)))

    def surname_alone(name: str) -> bool:  # (not "Van de Vijver" when no fuller name ends with it)
        # (also one a fuller name writes joined: "La Rocca" of "Mike LaRocca")
        return " " not in name or (is_particle_surname(name.split()) and any(
            other.casefold().endswith((" " + name.casefold(), " " + name.casefold().replace(" ", ""))) for other in names))

    return min(candidates, key=lambda n: (surname_alone(n), -votes(n), abs(len(n.split()) - 2), n.isupper(), len(n), n))


def resolve_entities(
    results: Sequence[ArticleResult], resources: EntityResources | None = None,
) -> tuple[list[ArticleResult], list[Entity]]:
    """Results with `entity_id` on every mention and `speaker_entity_id` on claims, and the
    entities (all of it in memory: a run streams the same steps over its shards)."""
    resources = resources or EntityResources()
    collector = KnownNamesCollector(resources.gazetteer)
    for result in results:
        collector.add(result)
    resolver = EntityResolver(resources, collector.known())
    parsed = [resolver.add(result) for result in results]
    index = resolver.finish()
    linked = [index.link(article) for article in parsed]
    return linked, index.entities()


def _distinct_roles(roles: Counter[str]) -> tuple[str, ...]:
    """Roles most frequent first, one spelling per case-insensitive form."""
    seen: set[str] = set()
    ordered = []
    for role in sorted(roles, key=lambda r: (-roles[r], r)):
        if role.casefold() not in seen:
            seen.add(role.casefold())
            ordered.append(role)
    return tuple(ordered)


def _entity_at(start: int | None, end: int | None, by_offsets: dict[tuple[int, int], str | None],
               mentions: Sequence[Mention]) -> str | None:
    """The entity of the mention at these offsets, else of the first mention overlapping them."""
    if start is None or end is None:
        return None
    entity_id = by_offsets.get((start, end))
    if entity_id is None:
        entity_id = next((m.entity_id for m in mentions if m.start_char < end and start < m.end_char), None)
    return entity_id


def _link_speaker(claim: Claim, by_offsets: dict[tuple[int, int], str | None], mentions: Sequence[Mention]) -> Claim:
    speakers = tuple(
        with_changes(s, speaker_entity_id=_entity_at(s.antecedent_start, s.antecedent_end, by_offsets, mentions))
        for s in claim.speakers
    )
    entity_id = _entity_at(claim.antecedent_start, claim.antecedent_end, by_offsets, mentions)
    return with_changes(claim, speaker_entity_id=entity_id, speakers=speakers)


def claim_entities(results: Iterable[ArticleResult]) -> list[ClaimEntity]:
    """The entities named inside each claim's content (its fragments, else its span)."""
    rows = []
    for result in results:
        linked = sorted((m for m in result.mentions if m.entity_id), key=lambda m: m.start_char)
        starts = [m.start_char for m in linked]
        for claim in result.claims:
            spans = [(f.start, f.end) for f in claim.fragments] or [(claim.start_char, claim.end_char)]
            counts: Counter[str] = Counter()
            counted: set[int] = set()  # a mention inside two fragments counts once
            for start, end in spans:
                # Only mentions starting inside a span can lie inside it: bisect to them, not a scan of the article.
                for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
                    mention = linked[index]
                    if mention.end_char <= end and mention.entity_id and index not in counted:
                        counted.add(index)
                        counts[mention.entity_id] += 1
            for entity_id in sorted(counts):
                rows.append(ClaimEntity(claim.claim_id, claim.article_id, entity_id, counts[entity_id],
                                        entity_id == claim.speaker_entity_id))
    return rows
