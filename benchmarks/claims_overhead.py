"""How much claim and mention extraction adds to spaCy's own annotation time.

    python benchmarks/claims_overhead.py [--corpus ../shared/bench/bbc_2225.jsonl] [--n 300] [--repeat 3]

Parses the first N articles with the pipeline's model and runtime settings (timing `nlp.pipe`), then
times mention and claim extraction over the same Docs, and prints both and their ratio; `--repeat`
rounds, each timing both, then the ratio of the best times (a busy machine only ever adds time).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_corpus import DEFAULT_CORPUS, extraction_code, extraction_setup, first_articles

from pipeline.runner import extract_from_doc
from pipeline.stages.annotate import doc_text, for_the_model


def main() -> None:
    """Parse, time, print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of parsing and extraction; the best time of each is compared")
    args = parser.parse_args()
    texts, titles = first_articles(args.corpus, args.n)
    config, nlp, lexicons = extraction_setup()
    print(f"extraction code: {extraction_code()}")
    best_annotate = best_extract = float("inf")
    for round_number in range(1, args.repeat + 1):
        started = time.perf_counter()
        docs = list(nlp.pipe([for_the_model(text) for text in texts], batch_size=config.annotate.batch_size))  # as `annotate` feeds it
        annotate_seconds = time.perf_counter() - started
        started = time.perf_counter()
        n_claims = 0
        for number, doc in enumerate(docs):
            _, claims = extract_from_doc(doc, str(number), titles[number], doc_text(doc, texts[number]), config, lexicons)  # what a run does
            n_claims += len(claims)
        extract_seconds = time.perf_counter() - started
        best_annotate, best_extract = min(best_annotate, annotate_seconds), min(best_extract, extract_seconds)
        words = sum(len(doc) for doc in docs)
        print(f"round {round_number}: {len(docs)} articles, {words} tokens, {n_claims} claims; spaCy nlp.pipe: {annotate_seconds:.2f} s; "
              f"extraction: {extract_seconds:.2f} s; extraction / annotation = {extract_seconds / annotate_seconds:.3f}")
    print(f"best of {args.repeat}: spaCy nlp.pipe: {best_annotate:.2f} s; extraction: {best_extract:.2f} s; "
          f"extraction / annotation = {best_extract / best_annotate:.3f}")


if __name__ == "__main__":
    main()
