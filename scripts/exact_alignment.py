"""Speaker accuracy and end-to-end F1 with an exact alignment of run and gold text.

    python scripts/exact_alignment.py --processed OUT --gold ../shared/eval/polnear_dev.jsonl

Where a run's article text differs from the gold text (boilerplate lines removed, no-break spaces
made plain), the shared scorer re-locates each speaker by searching its text near the same
relative position, which can land on another mention of a short speaker ("he", "Graham"). This
script scores the same output twice at overlap 0.3: with the scorer's re-location, and with the
speaker's offsets mapped through a difflib alignment of the two texts. The difference is what
the re-location miscounts, not errors of the run. It uses the scorer's own matching
(`../shared/eval/score.py`) and says "skipped" where that file is absent.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _exact_mapper(text: str, gold_text: str) -> Any:
    """Offsets in `text` → offsets in `gold_text`, for spans inside one block the texts share."""
    blocks = difflib.SequenceMatcher(None, text, gold_text, autojunk=False).get_matching_blocks() if text != gold_text else None

    def exact(start: Any, end: Any) -> tuple[int, int] | None:
        if start is None or start != start:  # (missing, or NaN from Parquet)
            return None
        start, end = int(start), int(end)
        if blocks is None:
            return start, end
        for a, b, n in blocks:
            if a <= start and end <= a + n:
                return b + start - a, b + end - a
        return None

    return exact


def _right_speaker(score: Any, speaker: tuple[int, int] | None, quote: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The scorer's rule: the speaker placed in the gold text overlaps a gold speaker span; one
    it could not place is right when its words meet the gold speaker's."""
    if speaker is not None:
        return any(score._overlap((s["start"], s["end"]), speaker) > 0 for s in gold["speaker_spans"])
    return bool(quote.get("speaker_text")) and bool(score._words(quote["speaker_text"]) & score._words(gold.get("speaker_text")))


def main() -> None:
    """Score, print both figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processed", type=Path, required=True, help="a run's output folder")
    parser.add_argument("--gold", type=Path, required=True, help="span gold (PolNeAR's format)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    scorer_dir = args.shared / "eval"
    if not (scorer_dir / "score.py").exists():
        print(f"skipped: no scorer at {scorer_dir / 'score.py'}")
        return
    sys.path.insert(0, str(scorer_dir))
    import score  # type: ignore[import-not-found]

    predictions = score.load_processed(args.processed)
    n_pred = n_gold = n_unsourced = scored = right_searched = right_exact = 0
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if gold["doc_id"] not in predictions:
            continue
        text, quotes = predictions[gold["doc_id"]]
        aligner = score.Aligner(gold["text"], text)
        exact = _exact_mapper(text, gold["text"])
        n_pred += len(quotes)
        n_gold += len(gold["quotes"])
        located = [(aligner.span(q["start"], q["end"], q["quote_text"]), aligner.span(q["speaker_start"], q["speaker_end"], None),
                    exact(q["speaker_start"], q["speaker_end"]), q) for q in quotes]
        pairs = []
        for g, x in enumerate(gold["quotes"]):
            for p, (span, _, _, _) in enumerate(located):
                if span is None:
                    continue
                shared = score._overlap((x["start"], x["end"]), span)
                if shared and shared / max(1, x["end"] - x["start"]) >= 0.3 and shared / max(1, span[1] - span[0]) >= 0.3:
                    pairs.append((shared, g, p))
        for g, p in score._greedy(pairs):
            x = gold["quotes"][g]
            if not x.get("has_source", True) or not x.get("speaker_spans"):
                n_unsourced += 1  # (counted right end to end, as the scorer does)
                continue
            _, searched, mapped, quote = located[p]
            scored += 1
            right_searched += _right_speaker(score, searched, quote, x)
            right_exact += _right_speaker(score, mapped if mapped is not None else searched, quote, x)
    if not scored:
        print("nothing scored")
        return

    def end_to_end(right_speakers: int) -> float:
        return 2 * (right_speakers + n_unsourced) / (n_pred + n_gold)

    print(f"speaker accuracy on matched: scorer's search {right_searched / scored:.4f}, exact alignment {right_exact / scored:.4f} "
          f"({right_exact - right_searched} speakers miscounted by the search, of {scored})")
    print(f"end-to-end F1: scorer's search {end_to_end(right_searched):.4f}, exact alignment {end_to_end(right_exact):.4f}")


if __name__ == "__main__":
    main()
