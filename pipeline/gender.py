"""Grammatical gender of first names, for matching "he"/"she" to the right person.

Backed by gender-guesser's offline list of ~40,000 first names from many countries. Only
confident answers are used ("male"/"female", not "mostly_…" or "andy"), and an honorific in
the text (Mr, Ms, Mrs) overrides the list, because the list is wrong for some names ("Nikol").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pipeline import io

Gender = Literal["m", "f"]
GenderLookup = Callable[[str], Gender | None]

_HONORIFICS: dict[str, Gender] = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f",
    "princess": "f",
}


def honorific_gender(word: str) -> Gender | None:
    """The gender an honorific implies ("Mr" → m), else None."""
    return _HONORIFICS.get(word.lower())


# gender-guesser's codes: "M"/"F" confident, "1M"/"?M"/"1F"/"?F" mostly, "?" either.
_CODES: dict[str, str] = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
                          "?F": "mostly_female", "?": "andy"}


def read_name_list() -> dict[str, dict[str, str]]:
    """gender-guesser's name list as its case-insensitive Detector holds it (`Detector.names`:
    name → {gender: per-country frequencies}), read in one go: its own `codecs.open` line by
    line took 0.3 s a run, and a method call per line another 0.05 s (a test checks the same
    dict comes out)."""
    names: dict[str, dict[str, str]] = {}
    for raw_line in io.read_package_file("gender_guesser", "data/nam_dict.txt").splitlines():
        line = raw_line.strip()
        if line[0] in "#=":
            continue
        code, name = line.split(None, 2)[:2]
        name = name.lower()
        gender = _CODES[code]
        country_values = line[30:-1]
        # "Hans+Peter" stands for "HansPeter", "Hans Peter" and "Hans-Peter"
        for spelling in (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) if "+" in name else (name,):
            names.setdefault(spelling, {})[gender] = country_values
    return names


def gender_guesser_version() -> str:
    """The installed gender-guesser's version: what its name list depends on."""
    from importlib.metadata import version

    return version("gender-guesser")


def confident_genders(names: dict[str, dict[str, str]]) -> dict[str, Gender]:
    """Every listed name that gender-guesser's case-insensitive Detector calls "male" or "female",
    with that answer: all a lookup needs, so that a run can store it instead of the whole list."""
    from gender_guesser.detector import Detector

    detector = Detector.__new__(Detector)  # (its __init__ would read the list line by line again)
    detector.case_sensitive = False
    detector.names = names
    table: dict[str, Gender] = {}
    for name, by_gender in names.items():
        if len(by_gender) == 1:
            # The Detector's answer for a name listed under one code only, without its per-name
            # counting (most names; the whole table took half a second that way): that code's
            # gender, when some country lists the name at all.
            ((answer, frequencies),) = by_gender.items()
            if not frequencies.strip():
                continue
        else:
            answer = detector.get_gender(name)
        if answer in ("male", "female"):
            gender: Gender = "m" if answer == "male" else "f"
            english = _english_genders(by_gender)
            if english and gender not in english:
                # "Jean", "Jan", "Laurence": male (or female) elsewhere in Europe, the other in
                # Britain and America; news in English may mean either
                continue
            table[name] = gender
    return table


# What each of gender-guesser's answers says ("?" for a name either sex bears).
_ANSWER_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}


def _english_genders(by_gender: dict[str, str]) -> set[str]:
    """The genders ("m", "f", "?") under which the list gives a name in Great Britain or the U.S.A."""
    return {_ANSWER_GENDERS[answer] for answer, frequencies in by_gender.items()
            if any(column < len(frequencies) and frequencies[column].strip() for column in _ENGLISH_COLUMNS)}


def genders_to_text(table: dict[str, Gender]) -> str:
    """`table` as text: one "name<TAB>m|f" line per name."""
    return "".join(f"{name}\t{gender}\n" for name, gender in table.items())


def genders_from_text(text: str) -> dict[str, Gender]:
    """The table `genders_to_text` wrote; ValueError when the text is not one."""
    table: dict[str, Gender] = {}
    for line in text.splitlines():
        name, _, gender = line.partition("\t")
        if gender not in ("m", "f"):
            raise ValueError(f"not a name<TAB>m|f line: {line!r}")
        table[name] = "m" if gender == "m" else "f"
    return table


# Columns of gender-guesser's per-country frequencies (1 rare … D very common) for Great Britain
# and the U.S.A.
_ENGLISH_COLUMNS = (0, 2)


def common_first_names(names: dict[str, dict[str, str]], min_frequency: int = 3) -> frozenset[str]:
    """First names (lower case) at least that common in Great Britain or the U.S.A., whatever
    their gender: "Oscar", "Gordon", "Harry"; not "Gerrard" or "Cheney", which the list also holds."""
    # (a frequency is one hexadecimal digit: a set of the digits wanted spares an int() per name)
    wanted = frozenset(f"{value:X}" for value in range(min_frequency, 16))
    return frozenset(name for name, by_gender in names.items()
                     if any(frequencies[column] in wanted for frequencies in by_gender.values()
                            for column in _ENGLISH_COLUMNS if column < len(frequencies)))


def gender_lookup(table: dict[str, Gender]) -> GenderLookup:
    """A first-name → gender function over a `confident_genders` table (case-insensitive)."""

    def lookup(first_name: str) -> Gender | None:
        return table.get(first_name.lower())

    return lookup


def load_gender_lookup() -> GenderLookup:
    """A first-name → gender function: gender-guesser's confident, case-insensitive answers over its list."""
    return gender_lookup(confident_genders(read_name_list()))
