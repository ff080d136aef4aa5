from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.schema import Article
from pipeline.stages.annotate import annotate, doc_text, for_the_model, split_text

PARAGRAPHS = [
    "Harbour officials in Portmere said on Monday that the bridge would close for six weeks.",
    '"We cannot take risks with a cracked girder," said Helena Marsh, a ministry spokeswoman.',
    "The Chamber of Commerce warned that hauliers would lose money, and Tomasz Wierzbicki agreed.",
    "Repairs are due to start in April, the Regional Transport Ministry told reporters in Vienna.",
]
LONG_TEXT = "\n\n".join(PARAGRAPHS)


def _article(text: str, article_id: str = "a") -> Article:
    return Article(article_id, "x.txt", "x.txt", None, None, None, None, None, text, len(text), 0)


@pytest.mark.parametrize(("text", "max_chars", "expected"), [
    ("short text", 100, ["short text"]),
    ("one two\nthree four\nfive", 12, ["one two\n", "three four\n", "five"]),
    ("alpha beta gamma delta", 11, ["alpha beta ", "gamma delta"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
])
def test_split_text_cuts_after_line_breaks_then_spaces(text: str, max_chars: int, expected: list[str]) -> None:
    assert split_text(text, max_chars) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n."), max_size=300), st.integers(min_value=1, max_value=40))
def test_split_text_pieces_join_back_and_respect_the_limit(text: str, max_chars: int) -> None:
    pieces = split_text(text, max_chars)
    assert "".join(pieces) == text
    assert all(len(piece) <= max_chars for piece in pieces)
    assert all(pieces[:-1])


def _summary(split_chars: int, nlp: Language) -> list[tuple[str, list[tuple[int, int, str]], list[int]]]:
    # Docs are only valid inside the iteration (spaCy memory zone): summarise them there.
    return [(doc.text, [(e.start_char, e.end_char, e.label_) for e in doc.ents], [s.start_char for s in doc.sents])
            for doc, _ in annotate(nlp, [_article(LONG_TEXT)], split_chars)]


def test_long_article_is_parsed_in_pieces_joined_into_one_doc(nlp: Language) -> None:
    [(text, ents, starts)] = _summary(120, nlp)
    assert text == LONG_TEXT
    assert starts == [0] + [LONG_TEXT.index(p) for p in PARAGRAPHS[1:]]
    # offsets of entities in later pieces point into the whole text
    assert ("Tomasz Wierzbicki", "PERSON") in {(LONG_TEXT[start:end], label) for start, end, label in ents}
    assert [ents] == [e for _, e, _ in _summary(len(LONG_TEXT), nlp)]  # same entities as parsed whole


def test_articles_come_back_in_order_with_their_docs(nlp: Language) -> None:
    articles = [_article(LONG_TEXT, "long"), _article(PARAGRAPHS[0], "short"), _article(PARAGRAPHS[2], "third")]
    pairs = [(doc.text, article.article_id) for doc, article in annotate(nlp, articles, split_chars=100)]
    assert pairs == [(LONG_TEXT, "long"), (PARAGRAPHS[0], "short"), (PARAGRAPHS[2], "third")]


@pytest.mark.parametrize(("text", "split_chars"), [
    pytest.param(LONG_TEXT, 10_000, id="one-piece"),
    pytest.param(LONG_TEXT, 120, id="pieces-joined-at-line-breaks"),
    # A "word" longer than the limit is cut without whitespace: the join inserts a space, and
    # the Doc's own text (one character longer) is what its offsets point into.
    pytest.param("Portmere " + "x" * 60 + " closed the bridge.", 30, id="word-cut-join-adds-a-space"),
    pytest.param("", 100, id="empty"),
])
def test_doc_text_is_the_docs_own_text(text: str, split_chars: int, nlp: Language) -> None:
    for doc, article in annotate(nlp, [_article(text)], split_chars):
        assert doc_text(doc, article.text) == doc.text


@pytest.mark.parametrize(("word", "memory_zone", "kept"), [
    pytest.param("Quorvantel", True, False, id="in-a-zone-its-words-are-freed"),
    pytest.param("Zellibrunth", False, True, id="outside-a-zone-its-words-stay"),
])
def test_words_of_a_batch_stay_in_the_vocabulary_only_outside_a_memory_zone(
        word: str, memory_zone: bool, kept: bool, nlp: Language) -> None:
    text = f"The harbour master of {word} said the bridge would close."
    assert word not in nlp.vocab.strings
    [(tokens, _)] = [([t.text for t in doc], article) for doc, article in annotate(nlp, [_article(text)], 1000,
                                                                                  memory_zone=memory_zone)]
    assert word in tokens
    assert (word in nlp.vocab.strings) is kept


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr O’Leary said he didn’t know.", "Mr O'Leary said he didn't know."),
    ("‘Rovers’ won’t sell", "‘Rovers’ won't sell"),  # (a closing mark after a word is no apostrophe)
    ("The 1990’s and Ireland’s", "The 1990’s and Ireland's"),
    ("No marks here.", "No marks here."),
])
def test_the_model_reads_straight_apostrophes_inside_words(text: str, expected: str) -> None:
    assert for_the_model(text) == expected
    assert len(for_the_model(text)) == len(text)


def test_a_name_with_a_curly_apostrophe_is_tagged_and_keeps_its_own_text(nlp: Language) -> None:
    text = "Michael O’Leary demanded the resignation of the agency's head. Mr O’Leary said the system had failed."
    names: set[str] = set()
    for doc, article in annotate(nlp, [_article(text)], 10_000):  # (Docs are valid only inside the loop)
        names |= {doc_text(doc, article.text)[e.start_char:e.end_char] for e in doc.ents}
    assert {"Michael O’Leary", "O’Leary"} <= names  # (read as written, only "Michael" is a name)
