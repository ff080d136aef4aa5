from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.aliases import Aliases, parse_aliases
from pipeline.config import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_parse_aliases() -> None:
    text = 'merge = [["CSTO", "ODKB"]]\nnever_merge = [["Ilham Aliyev", "Heydar Aliyev"]]\n[canonical]\n"Sergei Lavrov" = "Sergey Lavrov"\n'
    assert parse_aliases(text, "a.toml") == Aliases(
        merge=(("CSTO", "ODKB"),), never_merge=(("Ilham Aliyev", "Heydar Aliyev"),), canonical=(("Sergei Lavrov", "Sergey Lavrov"),))


def test_shipped_aliases_file_parses() -> None:
    parse_aliases((ROOT / "configs" / "aliases.toml").read_text(encoding="utf-8"), "configs/aliases.toml")


@pytest.mark.parametrize(("text", "message"), [
    ("merge = [[\"only one\"]]", "two or more names"),
    ("merge = \"CSTO\"", "list of lists"),
    ("never = []", "unknown key"),
    ("[canonical]\nx = 3", "canonical"),
    ("merge = [", "not valid TOML"),
])
def test_bad_aliases_are_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_aliases(text, "a.toml")


def test_runner_reads_the_aliases_file_named_in_the_config(tmp_path: Path) -> None:
    from pipeline.config import load_config
    from pipeline.runner import load_entity_resources

    path = tmp_path / "aliases.toml"
    path.write_text('merge = [["CSTO", "ODKB"]]\n', encoding="utf-8")
    resources = load_entity_resources(load_config(overrides={"entities": {"aliases": str(path)}}))
    assert resources.aliases.merge == (("CSTO", "ODKB"),)
    with pytest.raises(ConfigError, match="cannot read aliases file"):
        load_entity_resources(load_config(overrides={"entities": {"aliases": str(tmp_path / "missing.toml")}}))
