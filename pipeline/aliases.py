"""User overrides for entity resolution (`configs/aliases.toml`): parsed here, applied by the
entities stage. Reading the file is the I/O layer's job; this module only checks its shape.

    merge = [["CSTO", "Collective Security Treaty Organisation"]]   # one entity
    never_merge = [["Ilham Aliyev", "Heydar Aliyev"]]                 # never one entity
    [canonical]
    "Sergei Lavrov" = "Sergey Lavrov"    # display name (and id) of the entity with this spelling
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

from pipeline.config import ConfigError


@dataclass(frozen=True, slots=True)
class Aliases:
    """Groups of names to merge, groups never to merge, and canonical names by spelling."""

    merge: tuple[tuple[str, ...], ...] = ()
    never_merge: tuple[tuple[str, ...], ...] = ()
    canonical: tuple[tuple[str, str], ...] = field(default_factory=tuple)


NO_ALIASES = Aliases()


def _groups(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not all(
        isinstance(group, list) and len(group) >= 2 and all(isinstance(n, str) and n.strip() for n in group) for group in value
    ):
        raise ConfigError(f"{where}: expected a list of lists of two or more names")
    return tuple(tuple(group) for group in value)


def parse_aliases(text: str, origin: str) -> Aliases:
    """The overrides in a TOML text; a `ConfigError` naming what is wrong otherwise."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc})") from exc
    unknown = set(raw) - {"merge", "never_merge", "canonical"}
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))}; allowed: canonical, merge, never_merge")
    canonical = raw.get("canonical", {})
    if not isinstance(canonical, dict) or not all(isinstance(v, str) and v.strip() for v in canonical.values()):
        raise ConfigError(f"{origin}: [canonical] must map a spelling to a canonical name (both strings)")
    return Aliases(
        merge=_groups(raw.get("merge", []), f"{origin}: merge"),
        never_merge=_groups(raw.get("never_merge", []), f"{origin}: never_merge"),
        canonical=tuple(sorted(canonical.items())),
    )
