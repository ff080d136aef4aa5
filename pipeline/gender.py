"""Grammatical gender of first names, for matching "he"/"she" to the right person.

Backed by gender-guesser's offline list of ~40,000 first names from many countries. Only
confident answers are used ("male"/"female", not "mostly_…" or "andy"), and an honorific in
the text (Mr, Ms, Mrs) overrides the list, because the list is wrong for some names ("Nikol").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

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


def load_detector() -> Any:
    """gender-guesser's case-insensitive Detector, its name list read in one go (its own
    `codecs.open` line by line took 0.3 s a run, three times as long; the names are the same,
    which a test checks)."""
    from gender_guesser.detector import Detector

    detector = Detector.__new__(Detector)
    detector.case_sensitive = False
    detector.names = {}
    for line in io.read_package_file("gender_guesser", "data/nam_dict.txt").splitlines():
        detector._eat_name_line(line.strip())
    return detector


def load_gender_lookup() -> GenderLookup:
    """A first-name → gender function from the packaged name list."""
    detector = load_detector()
    cache: dict[str, Gender | None] = {}

    def lookup(first_name: str) -> Gender | None:
        if first_name not in cache:
            answer = detector.get_gender(first_name)
            cache[first_name] = "m" if answer == "male" else "f" if answer == "female" else None
        return cache[first_name]

    return lookup
