"""Compile the modules a run spends its own time in to C with mypyc: the same tables, with
extraction in about a quarter less time and the corpus-level entity step in about a seventh less.

    python scripts/compile_modules.py        (or: make compile)

Builds claim and mention extraction (`pipeline/stages/claims.py`, `pipeline/stages/mentions.py`,
`pipeline/quotes.py`) and entity resolution (`pipeline/stages/entities.py`, `pipeline/names.py`)
into `build/compiled/`, with a manifest of the digests of the sources. `pipeline` then imports the
compiled modules while those sources are unchanged (`pipeline/_compiled.py`): after an edit the
source runs until the next compile. `NEWSCLAIMS_COMPILED=0` runs the source regardless.

Needs a C compiler, Python's headers and mypy (the `dev` extra); takes about four minutes on
two cores, most of it compiling the C of `claims.py`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
os.environ["NEWSCLAIMS_COMPILED"] = "0"  # (this script reads the sources, never an old build)

from pipeline._compiled import COMPILED_DIR, built_modules, source_digest, write_manifest  # noqa: E402

# The modules extraction (`benchmarks/claims_overhead.py`) and the corpus-level entity step spend
# their time in. (Not spaCy's, nor the I/O layer's, whose time is spent in C already.)
MODULES = ("pipeline/stages/claims.py", "pipeline/stages/mentions.py", "pipeline/quotes.py",
           "pipeline/stages/entities.py", "pipeline/names.py")


def compile_modules(output: Path) -> dict[str, str]:
    """Build the extensions into `output`; module name → file, relative to `output`."""
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as error:
        raise SystemExit(f"compiling needs mypy (with mypyc) and setuptools, as the dev extra installs them: {error}") from error

    with tempfile.TemporaryDirectory(prefix="newsclaims-compile-") as temp:
        setup(name="newsclaims-compiled", ext_modules=mypycify(list(MODULES), opt_level="3", target_dir=str(Path(temp) / "c")),
              script_args=["--quiet", "build_ext", "--build-lib", str(output), "--build-temp", temp])
    return built_modules(output)


def main() -> None:
    """Compile, then write the manifest."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    os.chdir(PROJECT_ROOT)  # (mypyc names a module by its path from here)
    digests = {name: source_digest(PROJECT_ROOT / name) for name in MODULES}
    staging = COMPILED_DIR.with_name(COMPILED_DIR.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    modules = compile_modules(staging)
    if not any(name == "pipeline.stages.claims" for name in modules):
        raise SystemExit(f"mypyc built no pipeline.stages.claims in {staging}: see its output above")
    # (the sources must not have changed while they compiled: a build of an old source is no use)
    if any(source_digest(PROJECT_ROOT / name) != digest for name, digest in digests.items()):
        raise SystemExit("a source changed while it compiled: run the script again")
    write_manifest(staging, digests, modules)
    shutil.rmtree(COMPILED_DIR, ignore_errors=True)
    staging.rename(COMPILED_DIR)  # (the old build stays in use until the new one is complete)
    print(f"compiled {len(MODULES)} modules into {COMPILED_DIR.relative_to(PROJECT_ROOT)}: {', '.join(sorted(modules))}; "
          "scripts/check_compiled.py compares their tables with the source's")


if __name__ == "__main__":
    main()
