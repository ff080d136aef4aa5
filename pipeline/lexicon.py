"""Speech-cue lexicon: word forms that introduce what someone said.

The forms and their precision are learned from PolNeAR's training split
(`scripts/learn_lexicons.py` writes `resources/cue_verbs.tsv`); `resources/cue_verbs_extra.tsv`
adds speech verbs of international news that are too rare in US political news to be learned
("stressed", "reiterated"). Forms, not lemmas, so the lemmatizer can stay disabled.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Selected cue word forms and their category: speech ("said"), belief ("believes"), other ("agreed").
CueLexicon = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One cue word form with its measured precision (share of its uses that were cues)."""

    form: str
    category: str
    precision: float
    n_cue: int


def parse_cue_table(tsv: str, *, learned: bool) -> list[CueEntry]:
    """Entries of a cue TSV: learned tables have precision columns, the extra table has not."""
    lines = [line for line in tsv.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    entries = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        if learned:
            entries.append(CueEntry(row["form"], row["category"], float(row["precision"]), int(row["n_cue"])))
        else:
            # Hand-added forms are unambiguous speech verbs: they pass any precision threshold.
            entries.append(CueEntry(row["form"], row["category"], 1.0, 0))
    return entries


def select_cues(entries: list[CueEntry], min_precision: float, categories: tuple[str, ...],
                min_other_precision: float = 0.0) -> dict[str, str]:
    """The cue forms whose category is wanted and whose precision reaches the threshold (and
    `min_other_precision` too for forms of the category "other")."""
    wanted = set(categories)
    return {e.form: e.category for e in entries if e.category in wanted and e.precision >= min_precision
            and (e.category != "other" or e.precision >= min_other_precision)}


def parse_noun_cues(tsv: str, min_precision: float) -> frozenset[str]:
    """The words of `cue_nouns.tsv` (cue words right before a "that" clause) whose share of
    attributions among their uses before "that" reaches `min_precision`."""
    lines = [line.split("\t") for line in tsv.splitlines()[1:] if line.strip()]
    return frozenset(form for form, _n_cue, _n_text, precision in lines if float(precision) >= min_precision)


def categories_of(entries: list[CueEntry]) -> dict[str, str]:
    """Every cue form's category, selected or not (later entries win: hand-added over learned)."""
    return {e.form: e.category for e in entries}


_STEM_SUFFIXES = ("ing", "ed", "es", "s")


def verb_stem(form: str) -> str:
    """A crude stem shared by a verb's forms ("vowed", "vows", "vowing" → "vow"), so the frame
    model can use what it learned from one form for the others without the lemmatizer."""
    for suffix in _STEM_SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            base = form[: -len(suffix)]
            if suffix in ("ing", "ed") and base[-1] == base[-2]:
                base = base[:-1]  # "planned", "planning" → "plan"
            return base.rstrip("e")
    return form.rstrip("e")


@dataclass(frozen=True, slots=True)
class FrameModel:
    """Logistic regression learned from PolNeAR (`scripts/learn_frames.py`): the probability that
    a verb's construction ("vowed" + infinitive, "criticized" + object) introduces what someone
    said, believes or intends, from features of the verb, its subject and the content
    (`pipeline.stages.claims.frame_features`)."""

    weights: Mapping[str, float]
    bias: float

    def probability(self, features: Iterable[str]) -> float:
        """P(attribution) for one candidate's features; unknown features weigh nothing."""
        score = self.bias + sum(map(self.weights.get, set(features), itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


NO_FRAMES = FrameModel({}, -30.0)


def parse_frame_model(tsv: str) -> FrameModel:
    """The model in a `feature<TAB>weight` TSV; the row `__bias__` is the intercept."""
    lines = [line for line in tsv.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or lines[0].split("\t") != ["feature", "weight"]:
        raise ValueError("a frame model TSV starts with the header 'feature<TAB>weight'")
    weights = {}
    for line in lines[1:]:
        feature, weight = line.split("\t")
        weights[feature] = float(weight)
    bias = weights.pop("__bias__", 0.0)
    return FrameModel(weights, bias)
