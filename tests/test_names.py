from __future__ import annotations

import pytest

from pipeline.names import fold, initials, is_acronym, is_party_name, is_romanised_given_name, skeleton, split_generation, strip_title

TITLES = frozenset({"mayor", "minister", "president", "secretary", "state"})


@pytest.mark.parametrize(("name", "expected"), [
    ("Sergey Lavrov", "sergey lavrov"),
    ("Lavrov's", "lavrov"),
    ("Lavrov’s", "lavrov"),
    ("the Foreign Ministry", "foreign ministry"),
    ("Brandstätter", "brandstatter"),
    ("  Nikol   Pashinyan ", "nikol pashinyan"),
    ("Сергей Лавров", "sergey lavrov"),
    # An apostrophe inside a name joins its parts.
    ("Michael O'Leary", "michael oleary"),
    ("O’Leary’s", "oleary"),
])
def test_fold(name: str, expected: str) -> None:
    assert fold(name) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Sergey Lavrov", "Sergei Lavrov", True),
    ("Nikol Pashinyan", "Nikol Pashinian", True),
    ("Yevgeny Sorokin", "Evgeny Sorokin", True),
    ("Ilham Aliyev", "Ilham Aliev", True),
    ("Dmitriy Peskov", "Dmitry Peskov", True),
    ("Mikhail Khodorkovsky", "Mihail Hodorkovsky", True),
    ("Ilham Aliyev", "Heydar Aliyev", False),
    ("Ivan Petrov", "Dmitry Petrov", False),
    ("Jan Smith", "Ian Smith", False),
    ("Olga Smirnova", "Olga Smirnov", False),
    # German umlauts written out where they are not printed.
    ("Katharina Dröge", "Katharina Droege", True),
    ("Markus Söder", "Markus Soeder", True),
    ("Thomas Müller", "Thomas Mueller", True),
    ("Joel Smith", "Jol Smith", False),
])
def test_skeleton_absorbs_romanisation_variants_only(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) == skeleton(b)) is same


@pytest.mark.parametrize(("name", "expected"), [
    ("Organization for Security and Co-operation in Europe", "OSCE"),
    ("Collective Security Treaty Organization", "CSTO"),
    ("Commonwealth of Independent States", "CIS"),
    ("the North Atlantic Treaty Organisation", "NATO"),
])
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(("text", "expected"), [("OSCE", True), ("U.N.", True), ("Tass", False), ("I", False), ("NATO-led", False)])
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


@pytest.mark.parametrize(("name", "title", "rest"), [
    ("Mayor Ann Lee", ["Mayor"], ["Ann", "Lee"]),
    ("Prime Minister Nikol Pashinyan", ["Prime", "Minister"], ["Nikol", "Pashinyan"]),
    ("Dr. Ann Lee", [], ["Ann", "Lee"]),
    ("Secretary of State John Kerry", ["Secretary", "of", "State"], ["John", "Kerry"]),
    ("Ann Lee", [], ["Ann", "Lee"]),
    ("President", [], ["President"]),
    ("Tory Liam Fox", ["Tory"], ["Liam", "Fox"]),
    ("Lib Dem MP Lembit Opik", ["Lib", "Dem", "MP"], ["Lembit", "Opik"]),
    ("Green MEP Caroline Lucas", ["Green", "MEP"], ["Caroline", "Lucas"]),
    ("Tory Burch", [], ["Tory", "Burch"]),  # a party's name before a lone word is a first name
    ("Keeper Tony Bullock", ["Keeper"], ["Tony", "Bullock"]),  # sports roles the tagger takes into the name
    ("Matchwinner Keane", ["Matchwinner"], ["Keane"]),
    # An occupation the tagger took into the name at a sentence's start, only as its first word
    ("Songwriter Guy Chambers", ["Songwriter"], ["Guy", "Chambers"]),
    ("Gary Player", [], ["Gary", "Player"]),
    ("John Singer Sargent", [], ["John", "Singer", "Sargent"]),
    ("Singer Sargent", [], ["Singer", "Sargent"]),
    ("Headteacher Amira Khan", ["Headteacher"], ["Amira", "Khan"]),
    ("Baroness Jane Ellis", ["Baroness"], ["Jane", "Ellis"]),  # a peer's title
    ("Earl Woods", [], ["Earl", "Woods"]),  # … only before a first name and surname
    ("Baroness Kennedy", [], ["Baroness", "Kennedy"]),
    # A person's title kept as the role, whatever the learned speaker nouns hold
    ("Professor Curtice", ["Professor"], ["Curtice"]),
    ("General Pervez Musharraf", ["General"], ["Pervez", "Musharraf"]),
    ("Kingsley Amis", [], ["Kingsley", "Amis"]),
    ("Martin Luther King Jnr", [], ["Martin", "Luther", "King", "Jnr"]),  # only leading the name
    ("Lt Col Eric Schnaible", ["Lt", "Col"], ["Eric", "Schnaible"]),
    ("Pope Francis", [], ["Pope", "Francis"]),  # a regnal name is no first name alone
    ("King Maha Vajiralongkorn", ["King"], ["Maha", "Vajiralongkorn"]),
    ("Councilmember Eunice Hernandez", ["Councilmember"], ["Eunice", "Hernandez"]),  # a local representative's title
    ("Councillor Sam Ward", ["Councillor"], ["Sam", "Ward"]),
])
def test_strip_title(name: str, title: list[str], rest: list[str]) -> None:
    assert strip_title(name.split(), TITLES) == (title, rest)


@pytest.mark.parametrize(("name", "expected"), [("Lib Dems", True), ("Tories", True), ("the Tories", False), ("Liam Fox", False), ("", False)])
def test_is_party_name(name: str, expected: bool) -> None:
    assert is_party_name(name.split()) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Robert", "Downey", "Jr."], (["Robert", "Downey"], "jr")),
    (["Douglas", "Fairbanks", "Sr"], (["Douglas", "Fairbanks"], "sr")),
    (["Andre", "Nzame", "III"], (["Andre", "Nzame"], "iii")),
    (["Richard", "III"], (["Richard", "III"], "")),  # a king's number is his name's second word
    (["Maya", "Ivory"], (["Maya", "Ivory"], "")),
])
def test_split_generation(words: list[str], expected: tuple[list[str], str]) -> None:
    assert split_generation(words) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Min-jung"], True), (["Jinping"], True), (["Xiangyang"], True), (["Wing-kei"], True), (["Yi"], True),
    # English words after a capitalised word, as in the names of products, clubs and firms, are none.
    (["Live"], False), (["Messenger"], False), (["Martin"], False), (["Genuine", "Advantage"], False), (["Sport"], False), ([], False),
])
def test_is_romanised_given_name(words: list[str], expected: bool) -> None:
    assert is_romanised_given_name(words) is expected
