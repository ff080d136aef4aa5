"""Check ingest's metadata and boilerplate removal on the shared seed articles.

Runs the ingest stage (as the runner does: corpus line counts, language identification) on
../shared/seeds/ and compares, per article, the title, published date, outlet, original source
and dateline with ../shared/eval/seeds.gold.jsonl, and checks that none of the gold
`boilerplate` lines is left in the cleaned text. Skips with a message when ../shared is absent.

    .venv/bin/python scripts/check_seeds_metadata.py [--shared PATH] [--strict]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline import io
from pipeline.config import load_config
from pipeline.language import load_language_identifier
from pipeline.runner import counting_pass
from pipeline.schema import Article
from pipeline.stages.ingest import IngestContext, ingest

ROOT = Path(__file__).resolve().parent.parent


def _norm(value: Any) -> Any:
    return value.strip().casefold() if isinstance(value, str) else value


def _published(article: Article) -> str | None:
    return None if article.published_at is None else article.published_at.date().isoformat()


def _left_boilerplate(text: str, lines: list[str]) -> list[str]:
    text_lines = {line.strip() for line in text.split("\n")}
    return [b for b in lines if b.strip() in text_lines or (len(b) > 12 and b in text)]


def check(shared: Path) -> tuple[int, int]:
    """Print one block per seed article; return (checks passed, checks made)."""
    config = load_config()
    seeds = shared / "seeds"
    gold = {row["file"]: row for row in map(json.loads, (shared / "eval" / "seeds.gold.jsonl").read_text().splitlines())}
    records = list(io.iter_records(seeds, config.input.extensions, config.csv))
    context = IngestContext(load_language_identifier(), counting_pass(records, config).frequent_lines)
    passed = made = 0
    for record in records:
        expected = gold.get(record.source_id)
        if expected is None:
            continue
        outcome = ingest(record, config, context)
        print(f"== {record.source_id}")
        if not isinstance(outcome, Article):
            print(f"   REJECTED: {outcome.reason} ({outcome.detail})")
            made += 1
            continue
        checks: list[tuple[str, Any, Any]] = [
            ("title", expected.get("title"), outcome.title),
            ("published", expected.get("published"), _published(outcome)),
            ("outlet", expected.get("outlet"), outcome.outlet),
            ("original_source", expected.get("original_source"), outcome.original_source),
        ]
        if "published_raw" in expected:
            checks.append(("published_raw", expected["published_raw"], outcome.published_raw))
        if "dateline" in expected:
            checks.append(("dateline", expected["dateline"], outcome.dateline))
        for name, want, got in checks:
            ok = _norm(want) == _norm(got)
            passed += ok
            made += 1
            print(f"   {'ok  ' if ok else 'MISS'} {name:<16} gold={want!r} got={got!r}")
        left = _left_boilerplate(outcome.text, expected.get("boilerplate", []))
        n_lines = len(expected.get("boilerplate", []))
        passed += not left
        made += 1
        print(f"   {'ok  ' if not left else 'MISS'} boilerplate      {n_lines - len(left)}/{n_lines} gold lines removed"
              + (f"; left: {left!r}" if left else "") + f" (n_lines_removed={outcome.n_lines_removed})")
    return passed, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when any check fails")
    args = parser.parse_args()
    if not (args.shared / "seeds").is_dir() or not (args.shared / "eval" / "seeds.gold.jsonl").is_file():
        print(f"skipped: {args.shared}/seeds or {args.shared}/eval/seeds.gold.jsonl not found")
        return 0
    passed, made = check(args.shared)
    print(f"\n{passed}/{made} checks passed")
    return 1 if args.strict and passed < made else 0


if __name__ == "__main__":
    sys.exit(main())
