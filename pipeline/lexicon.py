"""Speech-cue lexicon: word forms that introduce what someone said.

The forms and their precision are learned from PolNeAR's training split
(`scripts/learn_lexicons.py` writes `resources/cue_verbs.tsv`); `resources/cue_verbs_extra.tsv`
adds speech verbs of international news that are too rare in US political news to be learned
("stressed", "reiterated"). Forms, not lemmas, so the lemmatizer can stay disabled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Selected cue word forms and their category: speech ("said"), belief ("believes"), other ("agreed").
CueLexicon = Mapping[str, str]
# (verb form, construction) → share of its uses that introduce an attribution's content, learned
# from PolNeAR by `scripts/learn_frames.py` ("vowed", "xcomp") → 0.9.
FrameTable = Mapping[tuple[str, str], float]


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


def select_cues(entries: list[CueEntry], min_precision: float, categories: tuple[str, ...]) -> dict[str, str]:
    """The cue forms whose category is wanted and whose precision reaches the threshold."""
    wanted = set(categories)
    return {e.form: e.category for e in entries if e.category in wanted and e.precision >= min_precision}


def categories_of(entries: list[CueEntry]) -> dict[str, str]:
    """Every cue form's category, selected or not (later entries win: hand-added over learned)."""
    return {e.form: e.category for e in entries}


def parse_frame_table(tsv: str, min_count: int) -> dict[tuple[str, str], float]:
    """(form, frame) → precision from a learned frames TSV, for rows seen at least `min_count` times."""
    lines = [line for line in tsv.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    table = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        if int(row["n"]) >= min_count:
            table[(row["form"], row["frame"])] = float(row["precision"])
    return table
