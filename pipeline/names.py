"""Name keys: folding, transliteration-aware skeletons and acronyms.

`fold` makes spellings of one name compare equal when they differ only in case, accents,
script, a possessive or a leading "the". `skeleton` goes further and absorbs the usual variants
of romanised Slavic, Armenian and Caucasian names: "Sergey"/"Sergei", "Pashinyan"/"Pashinian",
"Yevgeny"/"Evgeny", "Aliyev"/"Aliev", "Dmitriy"/"Dmitry".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from anyascii import anyascii

_POSSESSIVE = re.compile(r"['’`]s?$")
_NON_WORD = re.compile(r"[^\w\s-]+")
# An apostrophe inside a name joins its parts: "O'Leary" is one word, not a first name "O".
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['`](?=\w)")
# Words written in lower case inside a name ("Ministry of Foreign Affairs").
FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "at", "to"})
# Words skipped when an acronym is formed from a long name.
ACRONYM_SKIP = FUNCTION_WORDS | {"&", "de", "du", "la", "le"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# Nouns that only ever mean a business ("the company said", "oil firm Yukos"); not "group",
# "club" or "producer", which may be a band, a team or a person.
BUSINESS_NOUNS = frozenset({"company", "firm", "bank", "airline", "carrier", "insurer", "retailer", "manufacturer", "lender",
                            "brewer", "maker", "giant", "chain", "supermarket", "grocer", "carmaker", "automaker",
                            "chipmaker", "drugmaker", "planemaker", "steelmaker", "toymaker", "shipbuilder", "housebuilder"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "cllr"})
# Relatives named by their first name: "His wife Sharon", "his brother Anil", "His daughter, Siobhan,".
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "mum", "dad", "partner",
                       "girlfriend", "boyfriend", "fiancee", "fiance", "widow", "widower", "uncle", "aunt", "cousin", "nephew",
                       "niece", "grandson", "granddaughter", "stepson", "stepdaughter"})
# Members' titles of parliaments the learned title nouns (US news) lack: "Labour MP Ann Lee", "Labour TD
# Aodhán Ó Ríordáin" (the Dáil's).
MEMBER_TITLES = frozenset({"mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "td", "tds"})
# Titles as news abbreviates them before a name ("Gov. Evangeline Thibodeaux" is "the governor").
# Not "Sen." and "Rep.": US news names many senators, and "the Vermont senator" is one of them only
# by a state the claims' matching does not read ("Sen. Bernie Sanders (I-Vt.)").
TITLE_ABBREVIATIONS = {"gov": "governor", "gen": "general", "lt": "lieutenant",
                       "col": "colonel", "capt": "captain", "sgt": "sergeant", "supt": "superintendent", "insp": "inspector",
                       "det": "detective", "prof": "professor", "pres": "president", "atty": "attorney", "cmdr": "commander"}
# Short ranks of Canadian news, which spaCy may tag apart from the name after them: a councillor's
# "Coun.", "Cpl.", a Mountie's "Cst." / "Const.".
SHORT_RANKS = frozenset({"coun", "cpl", "cst", "const"})
# Positions on a team: "Keeper Tony Bullock" before a name, "the winger said" for one named before.
PLAYING_POSITIONS = frozenset({"keeper", "goalkeeper", "striker", "skipper", "midfielder", "defender", "winger", "flanker",
                               "hooker"})
# Sports roles that sports news writes before a name, and the tagger takes into it ("Keeper Tony
# Bullock", "Boss Graeme Souness", "Matchwinner Keane"): titles the learned ones (US politics) lack.
SPORTS_ROLES = PLAYING_POSITIONS | {"boss", "matchwinner", "fly-half", "scrum-half", "full-back", "centre-back", "playmaker", "prop",
                                    "referee", "umpire", "linesman"}
# Titles written before a person's name, kept as the role ("Professor John Curtice" and
# "Professor Curtice" are one person, "General Musharraf" is Musharraf).
PERSON_TITLES = frozenset({"professor", "chancellor", "president", "senator", "governor", "judge", "general", "gen", "colonel",
                           "col", "captain", "capt", "bishop", "archbishop", "cardinal", "rabbi", "reverend", "rev", "imam",
                           "sheikh", "king", "queen", "prince", "princess", "pope", "ambassador", "inspector", "detective",
                           "sergeant", "sgt", "constable", "superintendent", "commissioner", "lieutenant", "lt", "rt", "hon",
                           "baroness", "baron", "earl", "viscount", "duke", "duchess", "countess", "marquess",
                           # (Ireland's prime minister and deputy; British police ranks as written: "Det Sgt Liam Forsyth")
                           "taoiseach", "tanaiste", "insp", "det", "supt", "pundit",
                           # (an Irish police officer's rank: "Det Garda Niamh Corcoran")
                           "garda",
                           # (an inquest's: "Senior Coroner Alison Garside")
                           "coroner",
                           # (the learned title nouns, from US news, lack it: "Spokesperson Liu Dexiang said")
                           "spokesperson"})
# Titles of local representatives ("Councilmember Ann Lee", "Councillor Sam Ward", "Alderman Tom
# Ruiz"): no organisation's name starts with one.
LOCAL_MEMBER_TITLES = frozenset({"councillor", "councilor", "councilmember", "councilman", "councilwoman", "alderman", "alderwoman",
                                 "assemblyman", "assemblywoman", "assemblymember"})
# (and peers' titles: "Baroness Kennedy" is no Kennedy alone, whom the corpus's other Kennedys
# could take; "Earl Woods", "Duke Ellington" are first names)
_REGNAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "baroness", "baron", "earl", "viscount", "duke", "duchess",
                            "countess", "marquess"})
# Occupations written like a title before a name at a sentence's start ("Musician Alan Wass",
# "Songwriter Guy Chambers"); only a first word counts: "Gary Player" and "John Singer Sargent"
# are names.
OCCUPATION_NOUNS = frozenset({"barrister", "solicitor", "musician", "songwriter", "singer", "comedian", "producer", "author",
                              "writer", "novelist", "poet", "artist", "designer", "chef", "presenter", "broadcaster", "photographer", "architect",
                              "entrepreneur", "rapper", "guitarist", "drummer", "bassist", "footballer", "player", "boxer",
                              "golfer", "jockey", "sprinter", "athlete", "cyclist", "dancer", "composer", "conductor",
                              "pianist", "violinist", "lyricist", "playwright", "screenwriter", "filmmaker", "film-maker",
                              "campaigner", "activist", "economist", "historian", "scientist", "researcher", "analyst",
                              "dj", "model", "supermodel", "actor", "actress", "headteacher", "headmaster", "headmistress",
                              "teacher", "pupil", "student", "nurse", "midwife", "paramedic", "surgeon", "farmer", "pensioner",
                              "forecaster", "meteorologist", "lawyer"})
# Nouns of nationality written before a person's name as a description, not part of it ("Briton
# Tim Henman", "Welshman Jimmy Watkins"); demonyms ("Kenyan Susan Chepkemei") come from the gazetteer.
NATIONALITY_NOUNS = frozenset({"briton", "brit", "scot", "scotsman", "scotswoman", "welshman", "welshwoman", "englishman",
                               "englishwoman", "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman",
                               "spaniard", "swede", "dane", "pole", "turk", "american", "australian", "aussie", "kiwi"})
# Words of party names written before a person's name ("Tory Liam Fox", "Lib Dem Norman Baker")
# or standing for the party ("the Lib Dems", tagged PERSON by spaCy more often than not).
PARTY_WORDS = frozenset({"tory", "tories", "labour", "conservative", "conservatives", "lib", "dem", "dems", "libdem", "libdems",
                         "snp", "ukip", "gop", "democrat", "democrats", "republican", "republicans", "greens"})
# Words that open a surname of several words: "La Riva", "De La Fuente", "Van Halen", "El Guerrouj".
# (Not "al" nor "des": "Al Gore", "Des Browne".)
SURNAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "dos", "das", "la", "le", "van", "von", "ter",
                               "ten", "el"})


# Nouns of roles only a person holds, which stand for a person introduced earlier with that title
# ("the minister said") and describe the person named beside them ("the ambassador, Ann Cole").
PERSON_ROLE_NOUNS = frozenset({
    "minister", "leader", "president", "spokesman", "spokeswoman", "spokesperson", "official",
    "chief", "director", "chairman", "chairwoman", "chair", "secretary", "ambassador", "governor",
    "mayor", "senator", "premier", "chancellor", "diplomat", "general", "commander", "judge",
    "prosecutor", "lawyer", "attorney", "executive", "ceo", "founder", "head", "coach", "manager",
    "captain", "candidate", "nominee", "congressman", "congresswoman", "lawmaker", "representative",
    "envoy", "king", "queen", "prince", "pope", "doctor", "professor", "analyst", "economist",
    "researcher", "scientist", "author", "activist", "officer", "inspector", "councillor", "mp",
    "mep", "msp", "peer", "boss", "bishop", "archbishop", "commissioner", "collector", "taoiseach", "tanaiste",
    # (courts and inquests: "Senior Coroner Alison Garside … The coroner said", "Defending, Conor
    # Brassil BL said …. "…," counsel said")
    "coroner", "counsel", "barrister", "solicitor",
    # (police ranks and the sciences: "Det Garda Niamh Corcoran … the detective replied", "Dr
    # Lindsay Carrodus, a freshwater ecologist … The ecologist said")
    "detective", "sergeant", "constable", "superintendent", "ecologist", "biologist", "epidemiologist", "virologist",
    "immunologist", "physician", "surgeon", "astronomer", "physicist", "chemist", "geologist", "psychologist", "psychiatrist",
    "pathologist", "historian", "sociologist", "climatologist", "oceanographer", "meteorologist", "entomologist", "zoologist",
    "neuroscientist", "toxicologist", "paediatrician", "pediatrician", "cardiologist", "oncologist", "statistician",
})


# Bodies' common nouns that news capitalises alone ("The Ministry said", "Police said").
CAPITALISED_BODY_NOUNS = frozenset({"ministry", "department", "court", "council", "agency", "office", "committee", "commission",
                                    "board", "embassy", "authority", "authorities", "police", "prosecutors", "company", "firm",
                                    "government", "administration", "regulator", "federation", "association", "institute",
                                    "foundation", "university", "hospital", "inquiry"})


# Family names written first in Chinese and Korean names ("Xi Jinping", "Moon Jae-in"), and alone
# thereafter ("Xi said"): the commonest, romanised.
FAMILY_FIRST_NAMES = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he",
    "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian",
    "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "fu",
    "zhong", "wen", "xi", "qin", "bo", "hua", "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    "moon", "shin", "ahn", "hwang", "oh", "ban", "roh", "chun",
})

# Letters written after a person's name: a barrister's rank ("Guy Mansfield QC") and honours
# ("Ann Lee OBE"); no part of the name, whatever the model tagged it. (A member's letters too,
# after a first name: "Paul Boateng MP", "Declan Murtagh TD"; "Bolton West MP" is a seat's.)
POST_NOMINALS = frozenset({"QC", "KC", "BL", "OBE", "MBE", "CBE", "KBE", "DBE"})  # (BL: an Irish barrister, "Conor Brassil BL")
MEMBER_POST_NOMINALS = frozenset({"MP", "TD", "MEP", "MSP", "MLA"})


def without_post_nominal(words: list[str], first_names: frozenset[str]) -> list[str]:
    """The words of a person's name without the letters after it ("Guy Mansfield QC" → Guy
    Mansfield; "Paul Boateng MP" → Paul Boateng; "Declan Murtagh TD"): with at least two words left."""
    if len(words) < 3:
        return words
    last = words[-1].rstrip(".")
    if last in POST_NOMINALS or (last in MEMBER_POST_NOMINALS and fold(words[0]) in first_names):
        return words[:-1]
    return words


# Generations written after a name ("Robert Downey Jr.", "Douglas Fairbanks Sr", "Richard III").
GENERATION_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})


def split_generation(words: list[str]) -> tuple[list[str], str]:
    """(name words, generation folded or "") of a person's name of three or more words:
    "Robert Downey Jr." → (["Robert", "Downey"], "jr")."""
    last = words[-1].casefold().rstrip(".") if len(words) >= 3 else ""
    return (words[:-1], last) if last in GENERATION_SUFFIXES else (words, "")


def is_particle_surname(words: list[str]) -> bool:
    """Whether a name of two or more words is a surname alone: particles, then one capitalised word
    ("La Riva", "De La Fuente"; not "Gloria La Riva")."""
    last = words[-1] if words else ""
    return len(words) >= 2 and last[:1].isupper() and last.replace("-", "").replace("'", "").isalpha() and \
        all(w.casefold() in SURNAME_PARTICLES for w in words[:-1])


# Quote marks that open and close a nickname inside a person's name ("Brian 'Head' Welch",
# "Ahmed ‘Mido’ Hossam"): the mentions stage joins the name around it, entities leave it out of the key.
NICKNAME_OPENING_MARKS = ("'", "‘", '"', "“")
NICKNAME_CLOSING_MARKS = ("'", "’", '"', "”")


@functools.lru_cache(maxsize=1 << 16)  # entity resolution folds the same few thousand names over and over
def fold(name: str) -> str:
    """Lower-case ASCII form of a name without possessive, punctuation or a leading 'the'."""
    text = anyascii(name).casefold().strip()
    text = _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", text))
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# (not after "q" or "g", where the "u" is silent: "Jacques", "Miguel", "Rodriguez")
_UMLAUT_WRITTEN_OUT = re.compile(r"(?<=[a-fh-pr-z])([ou])e(?=[b-df-hj-np-tv-z])")


@functools.lru_cache(maxsize=1 << 16)  # every mention's key is made of these: a corpus has a few thousand distinct words
def word_skeleton(word: str) -> str:
    """A folded word with romanisation variants absorbed: y→i, kh→h, ks→x, doubled letters once,
    a word-initial 'ye' → 'e', a final 'ei'/'ey' → 'i' on longer words, and German 'oe'/'ue'
    before a consonant → 'o'/'u'."""
    text = word.replace("-", "")
    if text.startswith("ye"):
        text = text[1:]
    if len(text) >= 5 and text.endswith(("ei", "ey")):
        text = text[:-2] + "i"
    if len(text) >= 5 and ("oe" in text or "ue" in text):
        # "Dröge" is written "Droege" where umlauts are not (wires, English papers); folded, "droge".
        text = _UMLAUT_WRITTEN_OUT.sub(r"\1", text)
    text = text.replace("kh", "h").replace("ks", "x").replace("y", "i")
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """The skeleton of every word of a name: 'Sergei Lavrov' and 'Sergey Lavrov' are equal."""
    return " ".join(word_skeleton(w) for w in fold(name).split())


def is_acronym(text: str) -> bool:
    """Whether `text` is written as an acronym (OSCE, CSTO, NATO, EU)."""
    return bool(_ACRONYM.match(text.replace(".", "")))


def initials(name: str) -> str:
    """Upper-case initials of a long name's content words ('Organization for Security and
    Co-operation in Europe' → 'OSCE'); a hyphenated word counts once."""
    words = [w for w in anyascii(name).replace("’", "'").split() if w.casefold() not in ACRONYM_SKIP]
    letters = [w.lstrip("\"'(")[:1] for w in words]
    return "".join(letters).upper()


def is_party_name(words: list[str]) -> bool:
    """Whether a name is only a party's ("Lib Dems", "Tories"): an organisation, whatever its tag."""
    # (The first word alone rules out nearly every name: called for every mention of the corpus.)
    return bool(words) and fold(words[0]) in PARTY_WORDS and all(fold(w) in PARTY_WORDS for w in words[1:])


# One or two romanised Chinese or Korean syllables ("Jinping", "Min", "jung", "Xiangyang", "hoon"):
# an initial of one consonant or zh/ch/sh (no "v", no clusters such as "dr", "sp"), a vowel or
# two or three, and "n", "ng", "m", "k", "p", "t" or "l" at most.
_SYLLABLE = r"(?:zh|ch|sh|ts|[bcdfghjklmnpqrstwxyz])?(?:[aeiouy]{1,3})(?:ng|n|m|k|p|t|l)?"
_GIVEN_NAME_PART: Final = re.compile(rf"(?:{_SYLLABLE}){{1,2}}", re.IGNORECASE)


def is_romanised_given_name(words: Sequence[str]) -> bool:
    """Whether words after a family name written first are a Chinese or Korean given name
    ("Min-jung", "Jinping", "Wing-kei"), which English words after a capitalised word are not
    ("Xbox Live", "Yahoo Messenger", "Aston Martin", "Wales Sport")."""
    parts = [part for word in words for part in word.split("-")]
    return bool(parts) and all(_GIVEN_NAME_PART.fullmatch(part) for part in parts)


# Nouns learned as speakers ("the campaign said", "the network reported") that name a body, a
# document or a crowd, not a person: no title of a person's name ("Network Rail", "Rail Accident
# Investigation Branch" tagged persons are no "Rail" and "Branch" with titles).
NOT_PERSON_TITLES = frozenset({
    "campaign", "campaigns", "poll", "polls", "polling", "group", "groups", "report", "reports", "company", "companies", "survey",
    "surveys", "administration", "team", "records", "results", "government", "office", "party", "parties", "statement", "ad", "ads",
    "board", "media", "analysis", "letter", "agency", "court", "courts", "data", "email", "emails", "lawsuit", "police", "study",
    "studies", "video", "filings", "law", "laws", "book", "camp", "editorial", "establishment", "release", "states", "state", "tweet",
    "account", "audience", "base", "countries", "country", "network", "networks", "organization", "organizations", "page", "panel",
    "precedents", "review", "side", "sides", "article", "community", "debate", "department", "documents", "document", "figures",
    "leadership", "majorities", "outlets", "paper", "summary", "vote", "army", "bill", "circle", "electorate", "evidence", "firm",
    "firms", "generation", "investigation", "legislation", "legislature", "numbers", "plan", "platform", "research", "rules", "series",
    "spot", "wing", "affidavit", "agreement", "column", "commission", "council", "count", "counties", "current", "district",
    "enforcement", "estimates", "faction", "findings", "forces", "foundation", "magazine", "nation", "post", "rally", "returns",
    "speech", "suit", "system", "tally", "transcript", "version", "voice", "newspaper", "website", "unions", "crowd", "public",
    "families", "user", "users", "authorities", "prosecutors", "voters", "people",
})


def strip_title(words: list[str], title_nouns: frozenset[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a person's name written with its title ('Mayor Ann Lee',
    'Prime Minister Nikol Pashinyan', 'Dr. Ann Lee', 'Tory MP Liam Fox'); at least one name word
    is kept, and two after a party's name ("Tory Burch" is a name) or an occupation, which counts
    only as the first word ('Songwriter Guy Chambers', not 'Gary Player')."""
    cut = 0
    for index, word in enumerate(words[:-1]):
        folded = fold(word)
        # (a person's title only leading the name: "Martin Luther King Jnr" is no king; and a
        # regnal name is a name, "Pope Francis", "Prince Charles", not a first name alone)
        titled = folded in PERSON_TITLES | LOCAL_MEMBER_TITLES and cut == index and (folded not in _REGNAL_TITLES or len(words) - index - 1 >= 2)
        if folded in title_nouns or folded in HONORIFICS or titled or folded in MEMBER_TITLES or folded in SPORTS_ROLES or \
                (folded in PARTY_WORDS and len(words) - index - 1 >= 2):
            cut = index + 1
    if cut == 0 and len(words) >= 3 and fold(words[0]) in OCCUPATION_NOUNS:
        cut = 1
    title = [w for w in words[:cut] if fold(w) not in HONORIFICS]
    return title, words[cut:]
