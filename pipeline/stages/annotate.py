"""Annotate: run spaCy over articles in batches, carrying each article alongside its Doc."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.schema import Article


def annotate(nlp: Language, articles: Iterable[Article], batch_size: int) -> Iterator[tuple[Doc, Article]]:
    """Yield `(doc, article)` for each article, in input order."""
    yield from nlp.pipe(((article.text, article) for article in articles), as_tuples=True, batch_size=batch_size)
