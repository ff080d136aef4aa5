from __future__ import annotations

import pytest

from pipeline.boilerplate import words
from pipeline.config import Config
from pipeline.language import plainly_english
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
