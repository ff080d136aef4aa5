"""Annotate: run spaCy over articles in batches, carrying each article alongside its Doc."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.schema import Article


def split_text(text: str, max_chars: int) -> list[str]:
    """`text` cut into pieces of at most `max_chars` (when possible) that join back to `text`.

    Cuts fall after a line break, else after a space, so no word is cut and every piece but the
    last ends in whitespace (spaCy then joins the pieces' Docs without adding a character).
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1
        if cut <= 0:
            cut = len(window)  # one "word" longer than the limit: cut it rather than loop
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


# A curly apostrophe inside a word ("O’Leary", "don’t", "Ireland’s"): the small model learnt
# names and contractions with a straight one, and tags "O’Leary" an adverb.
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


def for_the_model(text: str) -> str:
    """`text` as spaCy reads it: word-internal curly apostrophes made straight (same length, so
    every offset holds; the article's own text keeps them)."""
    return _CURLY_APOSTROPHE.sub("'", text) if "’" in text else text


def annotate(nlp: Language, articles: Iterable[Article], split_chars: int, *,
             memory_zone: bool = True) -> Iterator[tuple[Doc, Article]]:
    """Yield `(doc, article)` for each article, in input order, as one spaCy batch.

    Articles longer than `split_chars` are parsed in pieces (see `split_text`) joined into one
    Doc. The Docs live in a spaCy memory zone: use them before asking for the next one and do
    not keep them (strings they added to the vocabulary are freed when the batch ends). Without
    `memory_zone` the words they add stay in the vocabulary (the caller bounds how many).
    """
    batch = list(articles)
    pieces: list[tuple[str, int]] = [
        (piece, number) for number, article in enumerate(batch) for piece in split_text(for_the_model(article.text), split_chars)
    ]
    with nlp.memory_zone() if memory_zone else contextlib.nullcontext():
        parsed = nlp.pipe(pieces, as_tuples=True, batch_size=max(1, len(pieces)))
        current: list[Doc] = []
        current_number = 0
        for doc, number in parsed:
            if number != current_number:
                yield _joined(current), batch[current_number]
                current, current_number = [], number
            current.append(doc)
        if current:
            yield _joined(current), batch[current_number]


def doc_text(doc: Doc, text: str) -> str:
    """The text of `doc` annotated from `text`: `text` itself unless joining pieces added a space
    (the only change a join can make to the length; the model's straight apostrophes do not
    change it, and the article keeps its own); `Doc.text` joins the tokens' texts in a Python
    loop, a tenth of the extraction time."""
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    return text if length == len(text) else doc.text


def _joined(docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=True)
