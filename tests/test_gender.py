import pytest
from gender_guesser.detector import Detector

from pipeline.gender import (
    common_first_names,
    confident_genders,
    genders_from_text,
    genders_to_text,
    honorific_gender,
    load_gender_lookup,
    read_name_list,
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(case_sensitive=False)


def test_name_list_reads_as_gender_guesser_reads_it(detector: Detector) -> None:
    assert read_name_list() == detector.names


def test_lookup_gives_gender_guessers_confident_answers_unless_britain_and_america_differ(detector: Detector) -> None:
    lookup = load_gender_lookup()
    confident = {"male": "m", "female": "f"}
    names = [*detector.names, "Zyxwv", "NIKOL", "anna-lena", "Hans Peter", "Kim"]
    disagreements = [name for name in names if lookup(name) != confident.get(detector.get_gender(name))]
    # The only names left out are confident answers that British and American use contradicts
    # ("Jean" is male in France, female in both): left out, never turned round.
    in_english = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}
    for name in disagreements:
        answer = confident[detector.get_gender(name)]
        there = [detector.get_gender(name, country) for country in ("great_britain", "usa")]
        assert lookup(name) is None and any(g != "unknown" for g in there) and all(in_english.get(g) != answer for g in there), name
    assert 30 <= len(disagreements) <= 100


@pytest.mark.parametrize(("name", "expected"), [
    ("Sergey", "m"), ("Maria", "f"), ("MARIA", "f"), ("Kim", None), ("Qwzxt", None),
    # male elsewhere in Europe, female in Britain and America: neither
    ("Jean", None), ("Jan", None), ("Laurence", None),
])
def test_lookup(name: str, expected: str | None) -> None:
    assert load_gender_lookup()(name) == expected


@pytest.mark.parametrize(("word", "expected"), [("Mr", "m"), ("mrs.", "f"), ("Ms", "f"), ("Dr", None)])
def test_honorific_gender(word: str, expected: str | None) -> None:
    assert honorific_gender(word) == expected


def test_gender_table_reads_back_as_written() -> None:
    table = confident_genders(read_name_list())
    assert genders_from_text(genders_to_text(table)) == table
    assert table["sergey"] == "m" and "kim" not in table  # "Kim" is either: not a confident answer


@pytest.mark.parametrize("text", ["sergey\tmale\n", "sergey\n", "<html>"])
def test_gender_table_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="name<TAB>m"):
        genders_from_text(text)


@pytest.mark.parametrize(("name", "expected"), [
    ("oscar", True), ("david", True), ("gordon", True), ("lucy", True),
    ("gerrard", False), ("cheney", False), ("sturgeon", False), ("kennedy", False),
])
def test_common_first_names_are_common_in_britain_or_america(name: str, expected: bool) -> None:
    # gender-guesser lists surnames too ("Gerrard", rare in any country): only common first names count.
    assert (name in common_first_names(read_name_list())) == expected
