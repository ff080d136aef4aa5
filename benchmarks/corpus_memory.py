"""Peak memory of the corpus-level step (entity resolution and the tables) at N and 10 × N articles.

    python benchmarks/corpus_memory.py OUTPUT [--copies 10] [--kept 20000]

OUTPUT is the output folder of an earlier run (e.g. `python -m pipeline run -i
../shared/bench/bbc_2225.jsonl -o /tmp/bbc`); its shards are the corpus. Each measurement runs
`pipeline.runner.write_corpus` in a fresh process on the corpus once, then on `--copies` copies
of it (each copy's articles, mentions and claims under new ids, so that the step sees
COPIES × N articles and mentions; the names stay those of the corpus), with the default
settings but `[runtime] corpus_kept_articles = --kept`, and prints the time and the process's
peak RSS (the tables are written to a temporary folder). No spaCy model is loaded.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pipeline import io
from pipeline.cache import ShardCache
from pipeline.config import load_config
from pipeline.runner import load_entity_resources, settings_fingerprint, write_corpus
from pipeline.schema import TABLES, ArticleResult, with_changes


def _copy(result: ArticleResult, copy: int) -> ArticleResult:
    """The result under new ids (suffix `-<copy>`): to the corpus step, another article."""
    if copy == 0:
        return result
    old_id = result.article.article_id
    new_id = f"{old_id}-{copy}"

    def renamed(value: str) -> str:
        return new_id + value[len(old_id):]

    mentions = tuple(with_changes(m, mention_id=renamed(m.mention_id), article_id=new_id) for m in result.mentions)
    claims = tuple(with_changes(c, claim_id=renamed(c.claim_id), article_id=new_id,
                                speakers=tuple(with_changes(s, claim_id=renamed(s.claim_id), article_id=new_id) for s in c.speakers))
                   for c in result.claims)
    return ArticleResult(with_changes(result.article, article_id=new_id, source_id=f"{result.article.source_id}-{copy}"), mentions, claims)


def _measure(output: Path, copies: int, kept: int) -> dict[str, float]:
    config = load_config()
    config = dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, corpus_kept_articles=kept))
    cache = ShardCache(output / "shards", settings_fingerprint(config), config.runtime.shard_articles, config.output.compression)
    keys = cache.stored_keys()
    resources = load_entity_resources(config, output / "shards")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def load(start: int, claims: bool) -> Iterator[ArticleResult]:
        fields = None if claims else ("article", "mentions")
        for copy in range(start // len(keys), copies):
            skip = start - copy * len(keys) if copy == start // len(keys) else 0
            for result in cache.load(keys[skip:], fields):
                yield _copy(result, copy)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as temp, io.TableWriter(Path(temp), TABLES, "zstd", {}) as writer:
        write_corpus(load, [], resources, writer.write, kept)
        writer.commit()
    return {"articles": len(keys) * copies, "seconds": time.perf_counter() - started,
            "rss_before_mib": before / 1024, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "mentions": writer.rows["mentions"]}


def main() -> None:
    """Measure the corpus step at one and at `--copies` copies of the corpus."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--kept", type=int, default=load_config().runtime.corpus_kept_articles)
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(_measure(args.output, args.measure, args.kept)))
        return
    for copies in (1, args.copies):
        out = subprocess.run([sys.executable, __file__, str(args.output), "--measure", str(copies), "--kept", str(args.kept)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"  {r['articles']:>7} articles {r['mentions']:>8} mentions  kept {args.kept:>6}  {r['seconds']:6.1f} s  "
              f"peak RSS {r['peak_rss_mib']:5.0f} MiB (before the step {r['rss_before_mib']:4.0f})", flush=True)


if __name__ == "__main__":
    main()
