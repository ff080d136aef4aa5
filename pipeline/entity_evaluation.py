"""Scoring entity clustering against gold clusters (the format of `tests/data/entities_gold`).

Gold: one article a line, `file` and `mentions`: [surface, cluster] pairs. Every whole-word
occurrence of a surface in the article is a gold mention of that cluster (longer surfaces
claim their text first, so "Lavrov" inside "Sergey Lavrov" is not counted twice). A gold
mention takes the entity of the predicted mention overlapping it most; one with no predicted
mention is a cluster of its own. B-cubed precision and recall average, over gold mentions, the
share of the mention's predicted cluster that is in its gold cluster and vice versa.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BCubed:
    """B-cubed precision, recall and F1 over gold mentions, and how many had no prediction."""

    precision: float
    recall: float
    f1: float
    n_mentions: int
    n_unmatched: int


def locate_gold_mentions(text: str, pairs: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, cluster) of every whole-word occurrence of each gold surface, longest first."""
    found: list[tuple[int, int, str]] = []
    for surface, cluster in sorted(pairs, key=lambda pair: -len(pair[0])):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), cluster))
    return sorted(found)


def predicted_entity(start: int, end: int, mentions: Sequence[tuple[int, int, str | None]]) -> str | None:
    """Entity of the predicted mention that overlaps [start, end) most, if any."""
    best, best_overlap = None, 0
    for m_start, m_end, entity_id in mentions:
        overlap = min(end, m_end) - max(start, m_start)
        if overlap > best_overlap and entity_id:
            best, best_overlap = entity_id, overlap
    return best


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str | None]) -> BCubed:
    """B-cubed scores of `predicted` (mention → entity, None = unmatched) against `gold` (mention → cluster)."""
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in gold.items():
        by_gold[cluster].add(mention)
        entity = predicted.get(mention)
        by_pred[entity if entity is not None else f"unmatched:{mention}"].add(mention)
    pred_of = {m: e for e, ms in by_pred.items() for m in ms}
    if not gold:
        return BCubed(0.0, 0.0, 0.0, 0, 0)
    precision = recall = 0.0
    for mention, cluster in gold.items():
        shared = len(by_gold[cluster] & by_pred[pred_of[mention]])
        precision += shared / len(by_pred[pred_of[mention]])
        recall += shared / len(by_gold[cluster])
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    unmatched = sum(1 for m in gold if predicted.get(m) is None)
    return BCubed(round(precision, 4), round(recall, 4), round(f1, 4), len(gold), unmatched)
