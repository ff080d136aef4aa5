"""How much claim and mention extraction adds to spaCy's own annotation time.

    python benchmarks/claims_overhead.py [--corpus ../shared/bench/bbc_2225.jsonl] [--n 300]

Parses the first N articles once with the pipeline's model and runtime settings (timing `nlp.pipe`), then
times mention and claim extraction over the same Docs, and prints both and their ratio.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline.config import load_config
from pipeline.nlp import configure_ops, load_model
from pipeline.runner import load_lexicons
from pipeline.stages.annotate import doc_text
from pipeline.stages.claims import extract_claims
from pipeline.stages.mentions import correct_entities, extract_mentions

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Parse, time, print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "bench" / "bbc_2225.jsonl")
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    texts = []
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) == args.n:
                break
    config = load_config()
    configure_ops(config.runtime.use_blis, config.runtime.blas_threads)  # as a run annotates
    nlp = load_model(config.model)
    lexicons = load_lexicons(config)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=config.annotate.batch_size))
    annotate_seconds = time.perf_counter() - started
    started = time.perf_counter()
    n_claims = 0
    for number, doc in enumerate(docs):
        text = doc_text(doc, texts[number])
        correct_entities(doc)  # as pipeline.runner.process_articles does
        claims = extract_claims(doc, str(number), None, lexicons.cues, config.claims, gender=lexicons.gender,
                                frames=lexicons.frames, categories=lexicons.categories, text=text,
                                place_names=lexicons.place_names)
        extract_mentions(doc, str(number), config.mentions.labels, claims, text=text)
        n_claims += len(claims)
    extract_seconds = time.perf_counter() - started
    words = sum(len(doc) for doc in docs)
    print(f"{len(docs)} articles, {words} tokens, {n_claims} claims")
    print(f"spaCy nlp.pipe: {annotate_seconds:.2f} s; extraction: {extract_seconds:.2f} s; "
          f"extraction / annotation = {extract_seconds / annotate_seconds:.3f}")


if __name__ == "__main__":
    main()
