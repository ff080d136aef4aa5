from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from pipeline.boilerplate import words
from pipeline.config import Config
from pipeline.language import LanguageIdentifier, LazyLanguageIdentifier, plainly_english
from pipeline.schema import Article, RawRecord
from pipeline.stages.ingest import IngestContext, ingest


@pytest.mark.parametrize(("line", "expected"), [
    ("The mayor said the ferry would run again from Monday, after the repairs to the pier.", True),
    ("Officials who spoke on condition of anonymity said they had not been told about it.", True),
    # Other languages share few of the marker words, whatever their function words.
    ("Der Bürgermeister sagte, die Fähre werde ab Montag wieder fahren, wenn der Steg repariert ist.", False),
    ("Le maire a déclaré que le ferry reprendrait lundi, après les travaux sur la jetée du port.", False),
    ("El alcalde dijo que el ferry volverá a funcionar el lunes, tras las obras en el muelle.", False),
    ("De burgemeester zei dat de veerboot vanaf maandag weer vaart, als de steiger is hersteld.", False),
    # Too short to judge by counting: py3langid decides.
    ("The ferry is back.", False),
    # A list of names is not prose.
    ("Anna Kovacs, Jordan Ellis, Marta Ruiz, Tomasz Nowak, Priya Raman, Li Wei", False),
])
def test_plainly_english(line: str, expected: bool) -> None:
    assert plainly_english(words(line)) is expected


def test_identifier_is_asked_only_about_text_that_is_not_plainly_english(config: Config) -> None:
    asked: list[str] = []

    def identify(text: str) -> tuple[str, float]:
        asked.append(text)
        return ("fr", 1.0) if text.startswith("Le conseil") else ("en", 0.5)

    english = "The deputy mayor said the council would vote on the new ferry timetable next week, after a long debate."
    french = "Le conseil municipal votera la semaine prochaine sur les nouveaux horaires du ferry du port."
    text = f"{english}\n\n{french}\n\n{english.replace('next week', 'in May')}"
    article = ingest(RawRecord("a.txt", "a.txt", text.encode()), config, IngestContext(identify))
    assert isinstance(article, Article)
    assert article.language == "en"
    assert asked == [french]
    assert french not in article.text


def test_model_read_in_one_call_is_py3langids_own() -> None:
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    from pipeline.language import read_py3langid_model

    ours, theirs = read_py3langid_model(), load_model(MODEL_DIR / MODEL_FILE)
    assert len(ours) == len(theirs) == 6
    for mine, original in zip(ours, theirs, strict=True):
        assert np.array_equal(np.asarray(mine), np.asarray(original))


def _counting_loader(loads: list[str], fail: bool = False) -> Callable[[], LanguageIdentifier]:
    def load() -> LanguageIdentifier:
        loads.append(threading.current_thread().name)
        if fail:
            raise OSError("model file unreadable")
        return lambda text: ("en", 0.9)
    return load


def test_lazy_identifier_loads_on_first_call_only() -> None:
    loads: list[str] = []
    identify = LazyLanguageIdentifier(_counting_loader(loads))
    assert loads == []
    assert identify("Hello there, this is English.") == ("en", 0.9)
    assert identify("And so is this.") == ("en", 0.9)
    assert loads == [threading.current_thread().name]


def test_lazy_identifier_started_early_loads_in_a_thread_once() -> None:
    loads: list[str] = []
    identify = LazyLanguageIdentifier(_counting_loader(loads))
    identify.start_loading()
    identify.start_loading()
    identify.wait()
    assert loads == ["language-identifier"]
    assert identify("Hello there.") == ("en", 0.9)
    assert loads == ["language-identifier"]


def test_lazy_identifier_raises_a_failed_background_load_to_its_caller() -> None:
    loads: list[str] = []
    identify = LazyLanguageIdentifier(_counting_loader(loads, fail=True))
    identify.start_loading()
    identify.wait()  # waiting does not raise: the run may never need the model
    with pytest.raises(OSError, match="unreadable"):
        identify("Hello there.")
    with pytest.raises(OSError, match="unreadable"):  # asked again, it tries again
        identify("Hello there.")
    assert len(loads) == 2


def test_stored_model_arrays_come_back_identical() -> None:
    import numpy as np

    from pipeline.language import model_arrays_from_bytes, model_arrays_to_bytes, read_py3langid_model

    original = read_py3langid_model()
    restored = model_arrays_from_bytes(model_arrays_to_bytes(original))
    for mine, theirs in zip(restored, original, strict=True):
        assert type(mine) is type(theirs)
        assert np.array_equal(np.asarray(mine), np.asarray(theirs))
    assert restored[3].typecode == original[3].typecode


@pytest.mark.parametrize("data", [b"", b"not a model at all", b"newsclaims-langid-1\n\x10\x00\x00\x00\x00\x00\x00\x00truncated"])
def test_damaged_stored_model_is_a_value_error(data: bytes) -> None:
    from pipeline.language import model_arrays_from_bytes

    with pytest.raises(ValueError, match="not a stored language model"):
        model_arrays_from_bytes(data)
