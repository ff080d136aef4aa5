"""Shared fixtures: one spaCy pipeline for the whole session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.config import Config, load_config
from pipeline.language import LanguageIdentifier, load_language_identifier
from pipeline.lexicon import CueLexicon
from pipeline.nlp import load_model
from pipeline.runner import Lexicons, load_lexicons

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def nlp(config: Config) -> Language:
    return load_model(config.model)


@pytest.fixture(scope="session")
def lexicons(config: Config) -> Lexicons:
    return load_lexicons(config)


@pytest.fixture(scope="session")
def cues(lexicons: Lexicons) -> CueLexicon:
    return lexicons.cues


@pytest.fixture(scope="session")
def identify_language() -> LanguageIdentifier:
    return load_language_identifier()


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory: pytest.TempPathFactory, nlp: Language, config: Config) -> Path:
    """The tables of a run on the bundled sample articles (data/raw), as `make run` writes them."""
    from pipeline.runner import run

    output = tmp_path_factory.mktemp("sample_output")
    run(ROOT / "data" / "raw", output, config, nlp=nlp)
    return output


_HOLD_OUTPUT = """
import sys, time
from pathlib import Path
from pipeline.io import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def hold_output() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Start another process that holds an output folder as a run does (killed at the end)."""
    holders: list[subprocess.Popen[str]] = []

    def hold(folder: Path) -> subprocess.Popen[str]:
        holder = subprocess.Popen([sys.executable, "-c", _HOLD_OUTPUT, str(folder)], stdout=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        return holder

    yield hold
    for holder in holders:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
