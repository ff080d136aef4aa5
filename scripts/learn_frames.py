#!/usr/bin/env python3
"""Learn which constructions of which verbs are attributions, from PolNeAR's training split.

PolNeAR annotates every attribution: speech, but also beliefs, intentions and stances ("vowed to
form a task force", "criticized the party's record", "wants to extend paid leave"), whose content
is an infinitive, an object or a prepositional object rather than a clause. Whether "called" +
object is an attribution ("called the deal a disaster") depends on the verb *and* the
construction, so the extractor looks both up in a table learned here instead of a word list.

For every verb with a subject in the training texts (parsed with the project's spaCy pipeline),
each candidate content span (`pipeline.stages.claims.content_frames`: ccomp, xcomp, dobj,
prep:X) counts as a hit when an annotated attribution has its cue on that verb and its content
overlaps the span by at least 30% of both (the scorer's rule). Written: `frames.tsv` with
form, frame, n (occurrences), n_hit and precision = n_hit / n, for n >= --min-count.

Usage::

    python scripts/learn_frames.py [--train PATH] [--out FILE] [--limit N] [--min-count 3]

Only the training split is read; the dev split stays for evaluation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402
from pipeline.stages.claims import content_frames, frame_subject  # noqa: E402

DEFAULT_TRAIN = REPO_ROOT.parent / "shared" / "eval" / "polnear_train.jsonl"
DEFAULT_OUT = REPO_ROOT / "pipeline" / "resources" / "frames.tsv"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.3 * (a[1] - a[0]) and shared >= 0.3 * (b[1] - b[0])


def learn(articles: list[dict[str, Any]], batch_size: int = 16) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Occurrences and hits per (verb form, frame) over the annotated articles."""
    nlp = load_model(load_config().model)
    seen: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    pairs = ((a["text"], a) for a in articles)
    for done, (doc, article) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=batch_size), start=1):
        cue_contents: dict[int, list[tuple[int, int]]] = {}
        for quote in article["quotes"]:
            content = (quote["start"], quote["end"])
            for cue in quote.get("cue_spans") or []:
                for char in range(cue["start"], cue["end"]):
                    cue_contents.setdefault(char, []).append(content)
        for token in doc:
            if token.pos_ not in ("VERB", "AUX") or frame_subject(token) is None:
                continue
            contents = cue_contents.get(token.idx, [])
            for frame, span in content_frames(token, doc.text):
                key = (token.lower_, frame)
                seen[key] += 1
                hits[key] += any(_overlaps(span, c) for c in contents)
        if done % 100 == 0:
            print(f"{done} articles", file=sys.stderr)
    return seen, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    if not args.train.exists():
        print(f"{args.train} not found: this script needs PolNeAR's training split", file=sys.stderr)
        return 2
    lines = args.train.read_text(encoding="utf-8").splitlines()[:args.limit]
    seen, hits = learn([json.loads(line) for line in lines if line.strip()])
    rows = sorted((k for k, n in seen.items() if n >= args.min_count), key=lambda k: (-hits[k] / seen[k], -seen[k], k))
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# Learned by scripts/learn_frames.py from PolNeAR train: how often a verb form with a subject\n")
        out.write("# introduces an annotated attribution's content through each construction.\n")
        out.write("form\tframe\tn\tn_hit\tprecision\n")
        for form, frame in rows:
            n, n_hit = seen[(form, frame)], hits[(form, frame)]
            out.write(f"{form}\t{frame}\t{n}\t{n_hit}\t{n_hit / n:.4f}\n")
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
