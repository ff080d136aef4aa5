"""Offline language identification (py3langid: its model ships inside the package)."""

from __future__ import annotations

from collections.abc import Callable

# (text) -> (ISO 639-1 code, probability between 0 and 1)
LanguageIdentifier = Callable[[str], tuple[str, float]]


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
