#!/usr/bin/env python3
"""Learn which constructions of which verbs are attributions, from PolNeAR's training split.

PolNeAR annotates every attribution: speech, but also beliefs, intentions and stances ("vowed to
form a task force", "criticized the party's record", "wants to extend paid leave"), whose content
is an infinitive, an object or a prepositional object rather than a clause. Whether "called" +
object is an attribution ("called the deal a disaster") depends on the verb, the construction
and the context (who the subject is, what the object is), so the extractor asks a small
logistic regression instead of a word list.

For every verb with a subject outside quotation marks in the training texts (parsed with the
project's spaCy pipeline), each candidate content span (`pipeline.stages.claims.content_frames`:
ccomp, xcomp, dobj, prep:X) is one example, labelled 1 when an annotated attribution has its cue
on that verb and its content overlaps the span by at least 30% of both (the scorer's rule). Its
features are `pipeline.stages.claims.frame_features`. Features seen fewer than --min-count times
are dropped; the model is fitted with L2 penalty --l2 by full-batch Adam. Written:
`frame_model.tsv` (feature, weight; `__bias__` is the intercept).

Usage::

    python scripts/learn_frames.py [--train PATH] [--out FILE] [--limit N] [--dev PATH]

With --dev (PolNeAR's dev split) it prints precision and recall of the examples there at a few
thresholds; only the training split is used for fitting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.lexicon import FrameModel  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402
from pipeline.quotes import find_quotes  # noqa: E402
from pipeline.stages.claims import content_frames, frame_features, frame_subject  # noqa: E402

DEFAULT_TRAIN = REPO_ROOT.parent / "shared" / "eval" / "polnear_train.jsonl"
DEFAULT_OUT = REPO_ROOT / "pipeline" / "resources" / "frame_model.tsv"

Example = tuple[list[str], bool]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.3 * (a[1] - a[0]) and shared >= 0.3 * (b[1] - b[0])


def examples(articles: list[dict[str, Any]], n_process: int = 2) -> list[Example]:
    """One (features, is-attribution) example per candidate construction in the articles."""
    nlp = load_model(load_config().model)
    found: list[Example] = []
    pairs = ((a["text"], a) for a in articles)
    for done, (doc, article) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=16, n_process=n_process), start=1):
        text = doc.text
        quotes = find_quotes(text)
        cue_contents: dict[int, list[tuple[int, int]]] = {}
        for quote in article["quotes"]:
            for cue in quote.get("cue_spans") or []:
                for char in range(cue["start"], cue["end"]):
                    cue_contents.setdefault(char, []).append((quote["start"], quote["end"]))
        for token in doc:
            if token.pos_ not in ("VERB", "AUX") or (subject := frame_subject(token)) is None:
                continue
            if any(q.start <= token.idx < q.end for q in quotes):
                continue  # the extractor never looks for cues inside quotations
            contents = cue_contents.get(token.idx, [])
            for frame, span, head in content_frames(token, text):
                found.append((frame_features(token, subject, frame, span, head, text), any(_overlaps(span, c) for c in contents)))
        if done % 100 == 0:
            print(f"{done} articles", file=sys.stderr)
    return found


def fit(train: list[Example], l2: float, min_count: int, iterations: int = 400) -> FrameModel:
    """L2-penalised logistic regression over binary features, by full-batch Adam."""
    counts = Counter(f for features, _ in train for f in set(features))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows, columns = [], []
    for row, (features, _) in enumerate(train):
        for feature in set(features):
            if feature in vocabulary:
                rows.append(row)
                columns.append(vocabulary[feature])
    row_index, column_index = np.array(rows), np.array(columns)
    labels = np.array([hit for _, hit in train], dtype=float)
    n = len(train)
    params = np.zeros(len(vocabulary) + 1)  # the last one is the intercept
    moment, second = np.zeros_like(params), np.zeros_like(params)
    for step in range(1, iterations + 1):
        scores = np.bincount(row_index, weights=params[column_index], minlength=n) + params[-1]
        errors = 1.0 / (1.0 + np.exp(-scores)) - labels
        gradient = np.empty_like(params)
        gradient[:-1] = np.bincount(column_index, weights=errors[row_index], minlength=len(vocabulary)) / n + l2 * params[:-1]
        gradient[-1] = errors.mean()
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient * gradient
        params -= 0.1 * (moment / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return FrameModel({f: float(params[i]) for f, i in vocabulary.items()}, float(params[-1]))


def _report(model: FrameModel, dev: list[Example]) -> None:
    probabilities = np.array([model.probability(features) for features, _ in dev])
    labels = np.array([hit for _, hit in dev])
    loss = -np.mean(np.where(labels, np.log(probabilities + 1e-12), np.log(1 - probabilities + 1e-12)))
    print(f"dev: {len(dev)} examples, {labels.sum()} attributions, log loss {loss:.4f}", file=sys.stderr)
    for threshold in (0.3, 0.5, 0.7, 0.9):
        chosen = probabilities >= threshold
        precision = labels[chosen].mean() if chosen.any() else 0.0
        print(f"  p >= {threshold}: precision {precision:.3f} recall {labels[chosen].sum() / labels.sum():.3f}", file=sys.stderr)


def _read(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    return [json.loads(line) for line in lines if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--dev", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    if not args.train.exists():
        print(f"{args.train} not found: this script needs PolNeAR's training split", file=sys.stderr)
        return 2
    train = examples(_read(args.train, args.limit), args.processes)
    model = fit(train, args.l2, args.min_count)
    if args.dev is not None:
        _report(model, examples(_read(args.dev), args.processes))
    kept = sorted(((f, w) for f, w in model.weights.items() if abs(w) >= 1e-3), key=lambda fw: (-abs(fw[1]), fw[0]))
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# Learned by scripts/learn_frames.py from PolNeAR train: logistic regression weights of the\n")
        out.write(f"# features of a verb's construction (pipeline.stages.claims.frame_features); {len(train)} examples,\n")
        out.write(f"# {sum(hit for _, hit in train)} of them attributions; l2 {args.l2}, features seen at least {args.min_count} times.\n")
        out.write("feature\tweight\n")
        out.write(f"__bias__\t{model.bias:.4f}\n")
        for feature, weight in kept:
            out.write(f"{feature}\t{weight:.4f}\n")
    print(f"wrote {len(kept)} weights to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
