"""Time mention and claim extraction alone, over articles parsed once and kept on disk.

    python benchmarks/extraction_passes.py [--corpus ../shared/bench/bbc_2225.jsonl] [--n 300]
        [--docs /tmp/extraction_docs.spacy] [--passes 7]

The first run parses the first N articles with the pipeline's model and settings and stores the
Docs (`--docs`); later runs read them back, so only extraction is timed: `--passes` passes over
every Doc, the best pass printed, with a digest of the output (two versions of the code that give
the same digest extract the same mentions and claims).

Wall time on a shared machine varies by a fifth from minute to minute. For a count that does not,
run it under callgrind with `--passes 0` and `--passes 1`: the difference in instructions is one
pass of extraction (the Docs must already be stored, so both runs read them):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/extraction_passes.py --passes 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/extraction_passes.py --passes 1

(with `PYTHONHASHSEED=0` set for both: string hashing otherwise changes the count a little).
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from bench_corpus import DEFAULT_CORPUS, extraction_code, extraction_setup, first_articles
from spacy.tokens import DocBin

from pipeline.runner import extract_from_doc
from pipeline.stages.annotate import doc_text, for_the_model


def main() -> None:
    """Parse or read the Docs, run the passes, print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--docs", type=Path, default=Path("/tmp/extraction_docs.spacy"), help="where the parsed articles are kept")
    parser.add_argument("--passes", type=int, default=7)
    args = parser.parse_args()
    texts, titles = first_articles(args.corpus, args.n)
    config, nlp, lexicons = extraction_setup()
    print(f"extraction code: {extraction_code()}")
    if args.docs.exists():
        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
        if len(docs) != len(texts):
            raise SystemExit(f"{args.docs} holds {len(docs)} parsed articles, not the {len(texts)} asked for: remove it or give --n {len(docs)}")
    else:
        docs = list(nlp.pipe([for_the_model(text) for text in texts], batch_size=config.annotate.batch_size))
        stored = DocBin(store_user_data=True)
        for doc in docs:
            stored.add(doc)
        stored.to_disk(args.docs)
        print(f"parsed {len(docs)} articles into {args.docs}")
    best = float("inf")
    digest = None
    for _ in range(args.passes):
        started = time.perf_counter()
        found = [extract_from_doc(doc, str(number), titles[number], doc_text(doc, texts[number]), config, lexicons)
                 for number, doc in enumerate(docs)]
        best = min(best, time.perf_counter() - started)
        digest = hashlib.sha256(repr(found).encode()).hexdigest()[:16]
    if args.passes:
        print(f"{len(docs)} articles: best of {args.passes} passes {best:.3f} s; output digest {digest}")


if __name__ == "__main__":
    main()
