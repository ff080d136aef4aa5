"""Check that the compiled build (`make compile`) gives the same tables as the source, on real
articles and on messier copies of them.

    python scripts/check_compiled.py [--corpus ../shared/bench/bbc_2225.jsonl] [--n 300] [--seed 52]

Takes N articles of a JSONL corpus and writes two copies of each with three random changes from
the list below (mixed or dropped quotation marks, all lower or upper case, no full stops, one
paragraph or many, stray symbols, a cut end, extra colons and quotations after "said"), then
runs `python -m pipeline run` on them twice, with the build and with `NEWSCLAIMS_COMPILED=0`, and
compares every table. Exit status 1 when a table differs or when no build is in use. Compiled
code checks at run time the types spaCy's stubs declare: this is how a wrong stub on a rare path
shows up before a long run meets it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from pipeline.schema import TABLES  # noqa: E402  (the tables a run writes)

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "bench" / "bbc_2225.jsonl"
STRAY_SYMBOLS = "«»‘’—–…•\u00a0\t*#@ßéñ中"


def messier(text: str, rng: random.Random) -> str:
    """`text` with three of the changes the module docstring lists."""
    for change in rng.sample(range(9), 3):
        if change == 0:
            text = text.replace('"', rng.choice("“”"))
        elif change == 1:
            text = "".join(c for c in text if not (c in '"“”' and rng.random() < 0.3))
        elif change == 2:
            text = text.lower()
        elif change == 3:
            text = text.upper()
        elif change == 4:
            text = text.replace(".", rng.choice(("", ",")))
        elif change == 5:
            text = text.replace("\n", " ") if rng.random() < 0.5 else text.replace(". ", ".\n\n")
        elif change == 6:
            chars = list(text)
            for _ in range(20):
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(STRAY_SYMBOLS))
            text = "".join(chars)
        elif change == 7:
            text = text[:rng.randrange(len(text) // 2, len(text) + 1)]
        else:
            text = text.replace(" said", " said:").replace(", he", ', he said, "')
    return text


def run(corpus: Path, output: Path, compiled: bool) -> str:
    """Run the pipeline on `corpus` into `output`; the extraction line of its summary."""
    environment = {**os.environ, "NEWSCLAIMS_COMPILED": "1" if compiled else "0"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "-i", str(corpus), "-o", str(output), "--force"],
                          cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the run {'with the build' if compiled else 'from the source'} failed:\n{done.stderr[-3000:]}")
    return next((line for line in done.stdout.splitlines() if line.startswith("model ")), "")


def main() -> None:
    """Write the messier articles, run both ways, compare."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=52)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with args.corpus.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()][:args.n]
    with tempfile.TemporaryDirectory(prefix="newsclaims-check-") as temp:
        corpus = Path(temp) / "articles.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps({"title": record.get("title"), "text": record["text"]}) + "\n")
                for _ in range(2):
                    out.write(json.dumps({"title": record.get("title"), "text": messier(record["text"], rng)}) + "\n")
        summary = run(corpus, Path(temp) / "compiled", compiled=True)
        if "compiled" not in summary:
            raise SystemExit("no compiled build in use: run `make compile` first")
        run(corpus, Path(temp) / "source", compiled=False)
        compiled_tables, source_tables = Path(temp) / "compiled", Path(temp) / "source"
        differing = [table for table in TABLES
                     if not pq.read_table(compiled_tables / f"{table}.parquet").equals(pq.read_table(source_tables / f"{table}.parquet"))]
        rows = {table: pq.read_metadata(source_tables / f"{table}.parquet").num_rows for table in TABLES}
    print(f"{3 * len(records)} articles ({len(records)} from {args.corpus.name}, two messier copies of each): "
          + ", ".join(f"{table} {rows[table]}" for table in TABLES))
    if differing:
        raise SystemExit(f"the compiled build and the source differ in: {', '.join(differing)}")
    print("every table identical with the compiled build and from the source")


if __name__ == "__main__":
    main()
