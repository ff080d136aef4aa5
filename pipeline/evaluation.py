"""Scoring claims against "anchor" gold annotations (the format of `tests/data/claims_gold`).

A gold quote is a verbatim `anchor` of what was said with its canonical `speaker` and aliases.
A predicted claim matches when it covers at least 80% of the anchor (one-to-one, largest overlap
first); its speaker is right when the resolved name (the entity's canonical name, else the
speaker as written) names the gold speaker or an alias. Where the gold names a relaying agency
(`via`) or where it was said (`medium`), `source_accuracy` is the share of matched quotes whose
column names it. A bare pronoun is never right. Quotes
marked `required: false` count neither as misses nor, when matched, as false positives.
These are the rules of the shared scorer, so figures are comparable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "his", "its", "their", "this", "that"}
_STOP = PRONOUNS | {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "s", "'s"}
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of quotes and of quote+speaker, and speaker accuracy."""

    quote_precision: float
    quote_recall: float
    quote_f1: float
    speaker_accuracy: float
    end_to_end_f1: float
    n_gold_required: int
    n_predicted: int
    not_claims_extracted: tuple[str, ...]
    source_accuracy: float = 0.0  # matched gold quotes with a `via`/`medium`: share named right
    n_sources: int = 0


def _normalise(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(ch.lower())
            previous_space = False
        index.append(i)
    return "".join(out), index


def locate(text: str, fragment: str) -> tuple[int, int] | None:
    """Offsets of `fragment` in `text`, ignoring case, quote-mark style and runs of spaces."""
    norm_text, index = _normalise(text)
    norm_fragment, _ = _normalise(fragment.strip())
    at = norm_text.find(norm_fragment)
    if at < 0 or not norm_fragment:
        return None
    return index[at], index[at + len(norm_fragment) - 1] + 1


def _words(name: str | None) -> set[str]:
    if not name:
        return set()
    folded = unicodedata.normalize("NFKC", name).translate(_QUOTES).lower()
    return {w for w in re.findall(r"[\w\-]+", folded) if w not in _STOP}


def names_speaker(predicted: str | None, aliases: Iterable[str]) -> bool:
    """Whether a predicted speaker name names one of the gold names (word-set inclusion)."""
    if not predicted or predicted.strip().lower() in PRONOUNS:
        return False
    predicted_words = _words(predicted)
    if not predicted_words:
        return False
    for alias in aliases:
        alias_words = _words(alias)
        if alias_words and (alias_words <= predicted_words or predicted_words <= alias_words):
            return True
    return False


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: Sequence[Mapping[str, Any]], texts: Mapping[str, str],
          claims: Mapping[str, Sequence[Mapping[str, Any]]]) -> Scores:
    """Score predicted claims per article (keyed like `gold[i]["file"]`) against the gold."""
    n_pred = n_required = matched_required = matched_any = speaker_ok = e2e_required = 0
    n_sources = sources_ok = 0
    extracted_traps: list[str] = []
    for article in gold:
        key = article["file"]
        text = texts.get(key)
        predicted = list(claims.get(key, ()))
        n_pred += len(predicted)
        quotes = article["quotes"]
        n_required += sum(1 for q in quotes if q["required"])
        if text is None:
            continue
        pairs = []
        for gi, quote in enumerate(quotes):
            anchor = locate(text, quote["anchor"])
            if anchor is None:
                continue
            for pj, claim in enumerate(predicted):
                overlap = min(anchor[1], claim["end_char"]) - max(anchor[0], claim["start_char"])
                if overlap >= 0.8 * (anchor[1] - anchor[0]):
                    pairs.append((overlap, gi, pj))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for _, gi, pj in sorted(pairs, reverse=True):
            if gi in used_gold or pj in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pj)
            quote, claim = quotes[gi], predicted[pj]
            aliases = [quote["speaker"], *quote.get("speaker_aliases", [])] if quote["speaker"] else []
            ok = names_speaker(claim.get("speaker_name") or claim.get("speaker_text"), aliases) if aliases else (
                claim.get("speaker_text") is None)
            matched_any += 1
            speaker_ok += ok
            for source in ("via", "medium"):
                if quote.get(source):
                    n_sources += 1
                    sources_ok += names_speaker(claim.get(source), [quote[source]])
            if quote["required"]:
                matched_required += 1
                e2e_required += ok
        for trap in article.get("not_claims", []):
            span = locate(text, trap)
            if span is None:
                continue
            for claim in predicted:
                if claim["start_char"] <= span[0] and span[1] <= claim["end_char"] and \
                        (span[1] - span[0]) >= 0.8 * (claim["end_char"] - claim["start_char"]):
                    extracted_traps.append(trap)
    precision = matched_any / n_pred if n_pred else 0.0
    recall = matched_required / n_required if n_required else 0.0
    e2e_precision = speaker_ok / n_pred if n_pred else 0.0
    e2e_recall = e2e_required / n_required if n_required else 0.0
    return Scores(
        quote_precision=round(precision, 4),
        quote_recall=round(recall, 4),
        quote_f1=round(_f1(precision, recall), 4),
        speaker_accuracy=round(speaker_ok / matched_any, 4) if matched_any else 0.0,
        end_to_end_f1=round(_f1(e2e_precision, e2e_recall), 4),
        n_gold_required=n_required,
        n_predicted=n_pred,
        not_claims_extracted=tuple(extracted_traps),
        source_accuracy=round(sources_ok / n_sources, 4) if n_sources else 0.0,
        n_sources=n_sources,
    )


def predictions_from_tables(articles: pd.DataFrame, claims: pd.DataFrame, entities: pd.DataFrame,
                            prefix: str = "") -> tuple[dict[str, str], dict[str, list[dict[str, Any]]]]:
    """Article texts and claims (with `speaker_name` resolved) keyed by `prefix + source_id`."""
    names = dict(zip(entities["entity_id"], entities["canonical_name"], strict=True))
    keys = [prefix + str(source_id) for source_id in articles["source_id"]]
    key_of = dict(zip(articles["article_id"], keys, strict=True))
    texts = dict(zip(keys, articles["text"], strict=True))
    by_article: dict[str, list[dict[str, Any]]] = {}
    for record in claims.astype(object).where(claims.notna(), None).to_dict("records"):
        row = {str(key): value for key, value in record.items()}
        row["speaker_name"] = names.get(row["speaker_entity_id"]) if row["speaker_entity_id"] else None
        by_article.setdefault(key_of[row["article_id"]], []).append(row)
    return texts, by_article
