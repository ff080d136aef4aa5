"""The import hook for the mypyc-compiled extraction modules: a build is used only while every
source it was built from is unchanged, and only for the modules it lists."""

from __future__ import annotations

import importlib.machinery
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import _compiled
from pipeline._compiled import MANIFEST_NAME, CompiledFinder, built_modules, source_digest, usable_modules, write_manifest

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def make_build(root: Path, sources: dict[str, str], modules: dict[str, str]) -> Path:
    """A project under `root` with `sources` (path → text) and a build listing `modules`
    (name → file), the files present (empty: only their names are read here)."""
    for name, text in sources.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    compiled = root / "build" / "compiled"
    compiled.mkdir(parents=True)
    for relative in modules.values():
        (compiled / relative).parent.mkdir(parents=True, exist_ok=True)
        (compiled / relative).write_bytes(b"")
    write_manifest(compiled, {name: source_digest(root / name) for name in sources}, modules)
    return compiled


SOURCES = {"pipeline/stages/claims.py": "x = 1\n", "pipeline/quotes.py": "y = 2\n"}
MODULES = {"pipeline.stages.claims": f"pipeline/stages/claims{SUFFIX}", "abc123__mypyc": f"abc123__mypyc{SUFFIX}"}


def test_a_fresh_build_serves_the_modules_it_lists(tmp_path: Path) -> None:
    compiled = make_build(tmp_path, SOURCES, MODULES)
    files = usable_modules(compiled, tmp_path)
    assert files == {name: compiled / relative for name, relative in MODULES.items()}
    finder = CompiledFinder(files)
    spec = finder.find_spec("pipeline.stages.claims", None)
    assert spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)
    assert spec.origin == str(compiled / MODULES["pipeline.stages.claims"])
    assert finder.find_spec("pipeline.stages.mentions", None) is None  # (not built: its source runs)


def test_a_changed_source_turns_the_whole_build_off(tmp_path: Path) -> None:
    compiled = make_build(tmp_path, SOURCES, MODULES)
    (tmp_path / "pipeline/quotes.py").write_text("y = 3\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"pipeline/quotes\.py changed since they were built"):
        assert usable_modules(compiled, tmp_path) == {}


def test_a_removed_source_turns_the_build_off(tmp_path: Path) -> None:
    compiled = make_build(tmp_path, SOURCES, MODULES)
    (tmp_path / "pipeline/stages/claims.py").unlink()
    with pytest.warns(UserWarning, match="changed since"):
        assert usable_modules(compiled, tmp_path) == {}


@pytest.mark.parametrize(("modules", "reason"), [
    ({"pipeline.stages.claims": "pipeline/stages/claims.cpython-399-os.so"}, "built for another interpreter"),
    ({}, "lists no module"),
])
def test_a_build_this_interpreter_cannot_load_is_not_used(tmp_path: Path, modules: dict[str, str], reason: str) -> None:
    compiled = make_build(tmp_path, SOURCES, modules)
    assert usable_modules(compiled, tmp_path) == {}, reason


def test_a_removed_compiled_file_turns_the_build_off(tmp_path: Path) -> None:
    compiled = make_build(tmp_path, SOURCES, MODULES)
    (compiled / MODULES["abc123__mypyc"]).unlink()
    assert usable_modules(compiled, tmp_path) == {}


def test_no_build_no_hook(tmp_path: Path) -> None:
    assert usable_modules(tmp_path / "build" / "compiled", tmp_path) == {}


def test_an_unreadable_manifest_is_reported_and_ignored(tmp_path: Path) -> None:
    compiled = make_build(tmp_path, SOURCES, MODULES)
    (compiled / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="is unreadable"):
        assert usable_modules(compiled, tmp_path) == {}


def test_the_environment_switches_the_build_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (a fresh build where `install` looks: it would be used but for the variable)
    compiled = make_build(tmp_path, SOURCES, MODULES)
    monkeypatch.setattr(_compiled, "COMPILED_DIR", compiled)
    monkeypatch.setattr(_compiled, "PROJECT_ROOT", tmp_path)
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, CompiledFinder)])
    monkeypatch.setenv("NEWSCLAIMS_COMPILED", "0")
    assert _compiled.install() is False
    assert not any(isinstance(f, CompiledFinder) for f in sys.meta_path)
    monkeypatch.delenv("NEWSCLAIMS_COMPILED")
    assert _compiled.install() is True
    assert isinstance(sys.meta_path[0], CompiledFinder) and sys.meta_path[0].files["pipeline.stages.claims"].parent.name == "stages"


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


# (a fresh process: the probe module must not be imported in this one)
PROBE = ("import sys; from pathlib import Path; sys.path.insert(0, '.'); "
         "from pipeline._compiled import CompiledFinder, usable_modules; "
         "sys.meta_path.insert(0, CompiledFinder(usable_modules(Path('build/compiled'), Path('.')))); "
         "import newsclaims_probe.probe as probe; print(probe.__file__, probe.double(21))")


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler to build with")
def test_a_real_build_is_imported_until_its_source_changes(tmp_path: Path) -> None:
    pytest.importorskip("mypyc.build")
    package = tmp_path / "newsclaims_probe"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "probe.py").write_text("def double(x: int) -> int:\n    return 2 * x\n", encoding="utf-8")
    build = _python("from setuptools import setup; from mypyc.build import mypycify; "
                    "setup(name='probe', ext_modules=mypycify(['newsclaims_probe/probe.py']), script_args=['--quiet', "
                    "'build_ext', '--build-lib', 'build/compiled', '--build-temp', 'build/temp'])", tmp_path)
    assert build.returncode == 0, build.stderr[-3000:]
    compiled = tmp_path / "build" / "compiled"
    modules = built_modules(compiled)
    assert modules["newsclaims_probe.probe"] == f"newsclaims_probe/probe{SUFFIX}"
    write_manifest(compiled, {"newsclaims_probe/probe.py": source_digest(package / "probe.py")}, modules)

    served = _python(PROBE, tmp_path)
    assert served.returncode == 0, served.stderr[-3000:]
    assert served.stdout.split() == [str(compiled / modules["newsclaims_probe.probe"]), "42"]

    (package / "probe.py").write_text("def double(x: int) -> int:\n    return x + x\n", encoding="utf-8")
    edited = _python(PROBE, tmp_path)
    assert edited.returncode == 0, edited.stderr[-3000:]
    assert edited.stdout.split() == [str(package / "probe.py"), "42"]
    assert "newsclaims_probe/probe.py changed since they were built" in edited.stderr

