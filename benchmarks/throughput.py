"""Throughput and memory of the full pipeline against bare spaCy, measured in one run.

    python benchmarks/throughput.py [--corpus ../shared/bench/bbc_2225.jsonl] [--n 500]
                                    [--processes 2] [--memory-n 200] [--repeat 1] [--skip MEASUREMENT ...]

On the first N articles of the corpus (a JSONL file with a `text` field), each in a fresh
process whose whole process tree is sampled for memory (sum of RSS, every 0.1 s):

- bare-default: `spacy.load(model)` and `nlp.pipe(texts, n_process=P)` with spaCy's defaults
  (batch_size 1000, capped at N / P so that every process gets work);
- bare-tuned: the same with this project's settings and components (blis off with one BLAS
  thread, lemmatizer disabled, line-break sentences, batch_size from the config);
- full: `pipeline.runner.run` on the same articles with P workers, fresh cache (--force);
- rerun / plus-1pct: the full pipeline again on the unchanged input, then with 1% more articles;
- memory: the full pipeline on memory-N and 10 × memory-N articles (peak RSS of both), then
  the latter again with 1% more articles.

Times include loading the model (each measurement starts from an imported spaCy). Words are
whitespace-separated words of the input texts.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_corpus import DEFAULT_CORPUS, extraction_code, first_articles

MEASUREMENTS = ("bare-default", "bare-tuned", "full", "rerun", "plus-1pct", "memory")


def _texts(corpus: Path, n: int) -> list[str]:
    texts, _ = first_articles(corpus, n)
    if len(texts) < n:
        raise SystemExit(f"{corpus} has only {len(texts)} articles, {n} wanted")
    return texts


# --------------------------------------------------------------------------- one measurement (child process)
def _measure(kind: str, corpus: Path, n: int, processes: int, output: Path | None) -> dict[str, Any]:
    texts = _texts(corpus, n)
    if kind == "bare-default":
        import spacy

        from pipeline.config import load_config
        from pipeline.nlp import model_identity
        started = time.perf_counter()
        nlp = spacy.load(model_identity(load_config().model).split()[0])
        n_docs = sum(1 for _ in nlp.pipe(texts, n_process=processes, batch_size=min(1000, math.ceil(n / processes))))
    elif kind == "bare-tuned":
        from pipeline.config import load_config
        from pipeline.nlp import configure_ops, load_model
        config = load_config()
        started = time.perf_counter()
        configure_ops(config.runtime.use_blis, config.runtime.blas_threads)
        nlp = load_model(config.model)
        batch_size = min(config.annotate.batch_size, math.ceil(n / processes))
        n_docs = sum(1 for _ in nlp.pipe(texts, n_process=processes, batch_size=batch_size))
    else:  # the full pipeline, on the first n articles of the corpus
        import dataclasses

        from pipeline.config import load_config
        from pipeline.runner import run
        config = load_config()
        config = dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, workers=processes))
        assert output is not None
        started = time.perf_counter()
        summary = run(corpus, output, config, limit=n, force=kind == "full")
        n_docs = summary.n_articles
    return {"seconds": time.perf_counter() - started, "docs": n_docs, "words": sum(len(t.split()) for t in texts)}


# --------------------------------------------------------------------------- the parent: run, sample, print
def _tree_rss_kib(root: int) -> int:
    """Sum of the resident memory of `root` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def _run_child(kind: str, args: argparse.Namespace, n: int, output: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--measure", kind, "--corpus", str(args.corpus), "--n", str(n),
               "--processes", str(args.processes)]
    if output is not None:
        command += ["--output", str(output)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{kind} failed with exit code {process.returncode}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mib"] = peak / 1024
    print(f"  {kind:<13} n={n:<6} {result['seconds']:7.1f} s  {result['docs'] / result['seconds']:6.1f} docs/s  "
          f"{result['words'] / result['seconds']:7.0f} words/s  peak RSS {result['peak_rss_mib']:6.0f} MiB", flush=True)
    return result


def main() -> None:
    """Measure what was asked for and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--memory-n", type=int, default=200)
    parser.add_argument("--skip", nargs="*", default=[], choices=MEASUREMENTS)
    parser.add_argument("--repeat", type=int, default=1, help="run the three throughput measurements this many times, "
                        "interleaved, and keep each one's best time (other load on the machine only slows things down)")
    parser.add_argument("--measure", choices=("bare-default", "bare-tuned", "full", "again"), help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.measure, args.corpus, args.n, args.processes, args.output)))
        return

    print(f"corpus {args.corpus}, {args.n} articles, {args.processes} processes, {os.cpu_count()} cores; "
          f"extraction code: {extraction_code()}")
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as temp:
        output = Path(temp) / "out"
        for _ in range(args.repeat):
            for kind in ("bare-default", "bare-tuned", "full"):
                if kind not in args.skip:
                    result = _run_child(kind, args, args.n, output)
                    best = results.setdefault(kind, result)
                    best["peak_rss_mib"] = max(best["peak_rss_mib"], result["peak_rss_mib"])
                    best["seconds"] = min(best["seconds"], result["seconds"])
        if "full" in results and "rerun" not in args.skip:
            results["rerun"] = _run_child("again", args, args.n, output)
        if "full" in results and "plus-1pct" not in args.skip:
            results["plus-1pct"] = _run_child("again", args, args.n + max(1, args.n // 100), output)
        if "memory" not in args.skip:
            for n in (args.memory_n, 10 * args.memory_n):
                results[f"memory-{n}"] = _run_child("full", args, n, Path(temp) / f"memory-{n}")
            if "plus-1pct" not in args.skip:  # the same on the larger corpus, where fixed costs (the model) weigh less
                large = 10 * args.memory_n
                results["plus-1pct-large"] = _run_child("again", args, large + max(1, large // 100), Path(temp) / f"memory-{large}")

    def ratio(a: str, b: str) -> None:
        if a in results and b in results:
            print(f"  {a} / {b}: {results[b]['seconds'] / results[a]['seconds']:.2f}× the speed "
                  f"({results[a]['seconds']:.1f} s vs {results[b]['seconds']:.1f} s)")

    print(f"ratios (speed = inverse wall time; best of {args.repeat}):")
    ratio("full", "bare-default")
    ratio("full", "bare-tuned")
    ratio("bare-tuned", "bare-default")
    if "rerun" in results:
        print(f"  unchanged re-run: {100 * results['rerun']['seconds'] / results['full']['seconds']:.1f}% of the first run's time")
    if "plus-1pct" in results:
        print(f"  re-run with 1% more articles: {100 * results['plus-1pct']['seconds'] / results['full']['seconds']:.1f}% "
              "of the first run's time")
    small, large = f"memory-{args.memory_n}", f"memory-{10 * args.memory_n}"
    if "plus-1pct-large" in results and large in results:
        print(f"  re-run with 1% more articles at {10 * args.memory_n}: "
              f"{100 * results['plus-1pct-large']['seconds'] / results[large]['seconds']:.1f}% of that first run's time")
    if small in results and large in results:
        print(f"  peak RSS at {10 * args.memory_n} articles / at {args.memory_n}: "
              f"{results[large]['peak_rss_mib'] / results[small]['peak_rss_mib']:.3f}")


if __name__ == "__main__":
    main()
