"""Check entity resolution on the shared seed articles (../shared/seeds).

    python scripts/check_seeds_entities.py [--shared ../shared] [--keep DIR]

Runs the pipeline on the five seeds and checks that every mention of Lavrov is one entity,
Pashinyan/Pashinian one, the Russian Foreign Ministry's spellings one, and that no PERSON
entity is a place in the gazetteer. Prints one line per check and exits 1 if one fails; says
"skipped" and exits 0 when the shared folder is absent (CI has only the repo).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.config import load_config
from pipeline.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
# Spellings of the Russian Foreign Ministry in the seeds ("the ministry" is a speaker, not a name).
MINISTRY = re.compile(r"(?:russian )?foreign ministry(?: in moscow)?|moscow['’]s foreign ministry", re.IGNORECASE)


def _one_entity(mentions: pd.DataFrame, texts: dict[str, str], pattern: str) -> tuple[bool, str]:
    rows = mentions[mentions.text.str.contains(pattern, case=False, regex=True)]
    ids = set(rows.entity_id)
    missed = sum(len(re.findall(rf"\b(?:{pattern})", text, re.IGNORECASE)) for text in texts.values()) - len(rows)
    return len(ids) == 1 and rows.entity_id.notna().all(), f"{len(rows)} mentions in {len(ids)} entities, {missed} occurrences not a mention"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path, help="write the tables here instead of a temporary folder")
    args = parser.parse_args()
    seeds = args.shared / "seeds"
    if not seeds.is_dir():
        print(f"skipped: {seeds} not found (the seeds exist only on the development machines)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        subprocess.run([sys.executable, "-m", "pipeline", "run", "--quiet", "--input", str(seeds), "--output", str(out)],
                       check=True, cwd=ROOT)
        articles = pd.read_parquet(out / "articles.parquet")
        mentions = pd.read_parquet(out / "mentions.parquet")
        entities = pd.read_parquet(out / "entities.parquet")
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    gazetteer = load_gazetteer(load_config().entities.min_city_population)
    checks = {
        "Lavrov is one entity": _one_entity(mentions, texts, "Lavrov"),
        "Pashinyan/Pashinian is one entity": _one_entity(mentions, texts, "Pashin[iy]an"),
        "Russian Foreign Ministry variants are one entity": _one_entity(
            mentions[mentions.text.str.fullmatch(MINISTRY.pattern, case=False)], texts, MINISTRY.pattern),
    }
    places = [name for name in entities[entities.label == "PERSON"].canonical_name if gazetteer.place(name) is not None
              or any(gazetteer.place(word) is not None and gazetteer.place(word).kind == "country" for word in name.split())]
    checks["no PERSON entity is a place"] = (not places, ", ".join(places) or "none")
    failed = 0
    for name, (ok, detail) in checks.items():
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
