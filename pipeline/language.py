"""Offline language identification (py3langid: its model ships inside the package)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

# (text) -> (ISO 639-1 code, probability between 0 and 1)
LanguageIdentifier = Callable[[str], tuple[str, float]]


# Words frequent in English prose that are not words of other Latin-script languages (so not
# "in", "an", "on", "was", "will", "is", "die": German, Dutch or French words too).
_ENGLISH_MARKERS: Final = frozenset({
    "the", "and", "of", "to", "that", "for", "with", "said", "from", "this", "have", "has", "were", "which",
    "but", "they", "their", "would", "been", "had", "who", "its", "after", "about", "by", "at", "he", "his",
    "she", "her", "are", "be", "not", "there", "what", "when", "could", "should", "than", "more", "also",
    "because", "into", "over",
})
# At this share of marker words a text is English without asking py3langid (about a millisecond
# per line; four lines in five reach it). Measured on 3,457 English news records (BBC, Wikinews,
# PolNeAR, the seeds, data/raw): ingest gave identical articles but one, a Wikinews quote ending
# in "((fa))" that py3langid had dropped as another language.
_ENGLISH_MIN_SHARE: Final = 0.2
_ENGLISH_MIN_WORDS: Final = 8


def plainly_english(words: list[str]) -> bool:
    """Whether these words (of one line or text) are English prose by their share of common English words."""
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    return sum(1 for word in words if word.lower() in _ENGLISH_MARKERS) >= _ENGLISH_MIN_SHARE * len(words)


def load_language_identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities, loaded once (about half a second)."""
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Py3LangId

    model = Py3LangId.from_model_file(MODEL_FILE, norm_probs=True)

    def identify(text: str) -> tuple[str, float]:
        language, probability = model.classify(text)
        return str(language), float(probability)

    return identify


def lazy_language_identifier() -> LanguageIdentifier:
    """Like `load_language_identifier`, but the model is loaded on the first call: a re-run whose
    every record is in the ingest cache never loads it."""
    loaded: list[LanguageIdentifier] = []

    def identify(text: str) -> tuple[str, float]:
        if not loaded:
            loaded.append(load_language_identifier())
        return loaded[0](text)

    return identify
