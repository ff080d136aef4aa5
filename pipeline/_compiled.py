"""Use the modules compiled by `scripts/compile_modules.py` (mypyc), when they were
built from exactly the source in place.

The compiled modules sit in `build/compiled/` of the project, with a manifest of the digests of
the sources they were built from. An import hook serves them for those module names while every
source still has its digest: edit `pipeline/stages/claims.py` and the source runs again (with a
warning) until the next compile, so a stale build never shadows a change. Setting the
environment variable `NEWSCLAIMS_COMPILED=0` runs the source regardless.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# Where the compile script puts its output, and the manifest it writes there.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
COMPILED_DIR = PROJECT_ROOT / "build" / "compiled"
MANIFEST_NAME = "manifest.json"
DISABLE_VARIABLE = "NEWSCLAIMS_COMPILED"


def source_digest(path: Path) -> str:
    """The SHA-256 of a source file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def usable_modules(compiled_dir: Path, project_root: Path) -> dict[str, Path]:
    """Module name → compiled file, for a build in `compiled_dir` whose sources under
    `project_root` are unchanged and whose files this interpreter can load; empty otherwise
    (the reason, when there is a build to refuse, given as a warning)."""
    manifest_path = compiled_dir / MANIFEST_NAME
    if not manifest_path.is_file():
        return {}
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        sources: dict[str, str] = manifest["sources"]
        modules: dict[str, str] = manifest["modules"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        warnings.warn(f"ignoring the compiled modules: {manifest_path} is unreadable ({error}); "
                      "run `make compile` again", stacklevel=3)
        return {}
    changed = [name for name, digest in sources.items()
               if not (project_root / name).is_file() or source_digest(project_root / name) != digest]
    if changed:
        warnings.warn(f"ignoring the compiled modules: {', '.join(sorted(changed))} changed since they were built "
                      "(the source runs; `make compile` builds them again)", stacklevel=3)
        return {}
    files = {name: compiled_dir / relative for name, relative in modules.items()}
    # (mypyc names its files with this interpreter's own suffix, "….cpython-311-x86_64-linux-gnu.so":
    # a build for another one, or one partly removed, is left alone and the source runs)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    if not files or any(not path.is_file() or not path.name.endswith(suffix) for path in files.values()):
        return {}
    return files


def built_modules(output: Path) -> dict[str, str]:
    """Module name → file, relative to `output`, of every extension module built into `output`
    for this interpreter (mypyc's group library included: "pipeline.stages.claims", "5d26…__mypyc")."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    modules = {}
    for path in sorted(output.rglob(f"*{suffix}")):
        relative = path.relative_to(output)
        modules[".".join([*relative.parent.parts, relative.name.removesuffix(suffix)])] = relative.as_posix()
    return modules


def write_manifest(output: Path, digests: dict[str, str], modules: dict[str, str]) -> None:
    """Record in `output` the sources' digests (path from the project root → SHA-256) and the
    compiled files (`built_modules`) that `usable_modules` checks."""
    manifest = {"sources": digests, "modules": modules}
    (output / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules in their compiled files (ahead of the source on `sys.path`)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        """The spec of the compiled file for `fullname`, or None for any other module."""
        file = self.files.get(fullname)
        return None if file is None else importlib.util.spec_from_file_location(fullname, file)


def install() -> bool:
    """Serve the compiled modules, if there is a fresh build and they are not
    switched off; whether they are used."""
    if os.environ.get(DISABLE_VARIABLE, "1") == "0":
        return False
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return True
    files = usable_modules(COMPILED_DIR, PROJECT_ROOT)
    if not files:
        return False
    sys.meta_path.insert(0, CompiledFinder(files))
    return True


def in_use() -> bool:
    """Whether claim extraction runs compiled code in this process."""
    module = sys.modules.get("pipeline.stages.claims")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")
