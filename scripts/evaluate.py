"""Run the pipeline on the shared dev sets and print the scorer's figures.

    python scripts/evaluate.py [--shared ../shared] [--sets seeds polnear_dev] [--keep DIR]

For each set it runs `python -m pipeline run` into a temporary folder and then
`../shared/eval/score.py` on the output, and prints one summary line per set (the full JSON with
--json). The set `own` is the project's own gold (`tests/data/claims_gold`), scored with
`pipeline.evaluation` (same rules). When the shared folder is absent the shared sets are skipped
with a message: their figures need data that only the development machines have.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": ("seeds", "eval/seeds.gold.jsonl"),
    "polnear_dev": ("eval/polnear_dev.jsonl", "eval/polnear_dev.jsonl"),
}
# The project's own gold (no ../shared needed): invented articles and the sample articles.
OWN_GOLD = ROOT / "tests" / "data" / "claims_gold"
OWN_SOURCES = ((OWN_GOLD, ""), (ROOT / "data" / "raw", "data/raw/"))


def _run(source: Path, out: Path, config: Path | None) -> float:
    command = [sys.executable, "-m", "pipeline", "run", "--quiet", "--input", str(source), "--output", str(out)]
    if config:
        command += ["--config", str(config)]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def _own(base: Path, config: Path | None) -> str:
    import pandas as pd

    from pipeline.evaluation import predictions_from_tables, score

    texts: dict = {}
    claims: dict = {}
    seconds = 0.0
    for source, prefix in OWN_SOURCES:
        out = base / ("own_" + (prefix.replace("/", "_") or "gold"))
        seconds += _run(source, out, config)
        tables = [pd.read_parquet(out / f"{name}.parquet") for name in ("articles", "claims", "entities")]
        more_texts, more_claims = predictions_from_tables(*tables, prefix=prefix)
        texts |= more_texts
        claims |= more_claims
    gold = [json.loads(line) for line in (OWN_GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    result = score(gold, texts, claims)
    return (f"own: quotes F1 {result.quote_f1:.3f} (P {result.quote_precision:.3f} R {result.quote_recall:.3f}), "
            f"speaker acc {result.speaker_accuracy:.3f}, end-to-end F1 {result.end_to_end_f1:.3f}, "
            f"traps extracted {len(result.not_claims_extracted)} [{seconds:.0f} s]")


def _summary(name: str, result: dict, seconds: float) -> str:
    if "overlap_0.3" in result:
        low, high = result["overlap_0.3"], result["overlap_0.8"]
        by_type = low["recall_by_type"]
        return (
            f"{name}: quotes F1@0.3 {low['quotes']['f1']:.3f} (P {low['quotes']['precision']:.3f} "
            f"R {low['quotes']['recall']:.3f}), F1@0.8 {high['quotes']['f1']:.3f}, speaker acc "
            f"{low['speaker_accuracy_on_matched']:.3f}, end-to-end F1@0.3 {low['end_to_end']['f1']:.3f}; "
            f"recall direct {by_type.get('direct', 0):.3f} mixed {by_type.get('mixed', 0):.3f} "
            f"indirect {by_type.get('indirect', 0):.3f} [{seconds:.0f} s]"
        )
    return (
        f"{name}: quotes F1 {result['quotes']['f1']:.3f} (P {result['quotes']['precision']:.3f} "
        f"R {result['quotes']['recall']:.3f}), speaker acc {result['speaker_accuracy_on_matched']:.3f}, "
        f"end-to-end F1 {result['end_to_end']['f1']:.3f} [{seconds:.0f} s]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", nargs="+", choices=[*sorted(SETS), "own"], default=[*sorted(SETS), "own"])
    parser.add_argument("--config", type=Path, help="config file passed to the pipeline")
    parser.add_argument("--keep", type=Path, help="write the tables here instead of a temporary folder")
    parser.add_argument("--json", action="store_true", help="print the scorer's full JSON")
    args = parser.parse_args(argv)
    scorer = args.shared / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for name in args.sets:
            if name == "own":
                print(_own(base, args.config))
                continue
            if not scorer.exists():
                print(f"{name}: skipped, {scorer} not found (the dev sets live in ../shared on development machines)")
                continue
            source, gold = SETS[name]
            out = base / name
            seconds = _run(args.shared / source, out, args.config)
            scored = subprocess.run([sys.executable, str(scorer), "--processed", str(out), "--gold",
                                     str(args.shared / gold)], check=True, capture_output=True, text=True)
            result = json.loads(scored.stdout)
            print(json.dumps(result, indent=1) if args.json else _summary(name, result, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
