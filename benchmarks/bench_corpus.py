"""What the benchmark scripts share: the first articles of a JSONL corpus, and the model and
lexicons set up as a run sets them up. (Importing this module loads neither spaCy nor the
pipeline: `throughput.py` times bare spaCy in processes that import it.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.config import Config
    from pipeline.runner import Lexicons

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc_2225.jsonl"


def first_articles(corpus: Path, n: int) -> tuple[list[str], list[str | None]]:
    """The texts and titles of the first `n` records of a JSONL corpus (blank lines skipped)."""
    texts: list[str] = []
    titles: list[str | None] = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                texts.append(record["text"])
                titles.append(record.get("title"))
            if len(texts) == n:
                break
    return texts, titles


def extraction_setup() -> tuple[Config, Language, Lexicons]:
    """The default settings, the model loaded with the run's ops and the lexicons."""
    from pipeline.config import load_config
    from pipeline.nlp import configure_ops, load_model
    from pipeline.runner import load_lexicons

    config = load_config()
    configure_ops(config.runtime.use_blis, config.runtime.blas_threads)  # as a run annotates
    return config, load_model(config.model), load_lexicons(config)


def extraction_code() -> str:
    """Which code extracts in this process: the mypyc-compiled modules (`make compile`) or the source."""
    import pipeline.stages.claims  # noqa: F401  (loaded to see where from)
    from pipeline import _compiled

    return "compiled with mypyc (build/compiled)" if _compiled.in_use() else "the Python source"
