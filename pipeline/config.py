"""Settings: the packaged `default.toml` overlaid by the user's config file.

Every key has its default and its comment in `configs/default.toml`; the dataclasses here only
give the settings types. An unknown section or key, or a value of the wrong type, is an error
that names what was wrong and what is allowed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
import types
import typing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A config file is unreadable or has unknown keys or badly typed values."""


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """Which spaCy model to load and which of its components to disable."""

    names: tuple[str, ...]
    path: str
    disable: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InputConfig:
    """What to read and the size limits an article must meet."""

    extensions: tuple[str, ...]
    min_chars: int
    max_chars: int
    too_long: str

    def __post_init__(self) -> None:
        if self.too_long not in ("reject", "truncate"):
            raise ConfigError(f"[input] too_long: expected \"reject\" or \"truncate\", got {self.too_long!r}")


@dataclass(frozen=True, slots=True)
class CsvConfig:
    """Which CSV column holds what ("" = detected from the header)."""

    text: str
    title: str
    date: str
    outlet: str
    url: str
    id: str
    authors: str
    language: str
    delimiter: str


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """How site furniture is told from article lines."""

    enabled: bool
    prose_min_words: int
    prose_min_stopword_share: float
    drop_short_runs: bool
    drop_non_latin_lines: bool
    drop_repeated_in_article: bool
    repeated_min_documents: int
    repeated_max_words: int


@dataclass(frozen=True, slots=True)
class LanguageConfig:
    """Language identification of articles and of their lines."""

    keep: tuple[str, ...]
    min_chars: int
    min_confidence: float
    line_min_words: int
    line_min_confidence: float


@dataclass(frozen=True, slots=True)
class AnnotateConfig:
    """How articles are batched through spaCy."""

    batch_size: int
    batch_chars: int
    split_chars: int
    unzoned_articles: int


@dataclass(frozen=True, slots=True)
class MentionsConfig:
    """Which entity labels become mentions."""

    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimsConfig:
    """Cue selection and quotation rules of the claims extractor."""

    min_cue_precision: float
    min_other_cue_precision: float
    min_noun_cue_precision: float
    cue_categories: tuple[str, ...]
    min_quote_words: int
    continuation_paragraphs: int
    min_frame_precision: float
    min_object_frame_precision: float
    min_stance_clause_frame_precision: float
    min_stance_frame_precision: float
    parenthetical: bool
    nested_claims: bool


@dataclass(frozen=True, slots=True)
class EntitiesConfig:
    """Entity resolution: user overrides, gazetteer size, fuzzy name matching."""

    aliases: str
    min_city_population: int
    fuzzy_name_threshold: float


@dataclass(frozen=True, slots=True)
class OutputConfig:
    """How the tables are written."""

    compression: str


@dataclass(frozen=True, slots=True)
class RuntimeConfig:
    """How the work is spread over processes and how the model's maths is done."""

    workers: int
    parallel_min_articles: int
    use_blis: bool
    blas_threads: int
    shard_articles: int
    start_method: str
    corpus_kept_articles: int

    def __post_init__(self) -> None:
        if self.corpus_kept_articles < 0:
            raise ConfigError(f"[runtime] corpus_kept_articles: expected 0 or more, got {self.corpus_kept_articles}")
        if self.start_method not in START_METHODS:
            raise ConfigError(f"[runtime] start_method: expected one of {', '.join(map(repr, START_METHODS))}, "
                              f"got {self.start_method!r}")


# How local worker processes start (see [runtime] start_method in default.toml).
START_METHODS = ("auto", "fork", "spawn")


@dataclass(frozen=True, slots=True)
class Config:
    """All settings, one frozen dataclass per section of the TOML file."""

    model: ModelConfig
    input: InputConfig
    csv: CsvConfig
    boilerplate: BoilerplateConfig
    language: LanguageConfig
    annotate: AnnotateConfig
    mentions: MentionsConfig
    claims: ClaimsConfig
    output: OutputConfig
    entities: EntitiesConfig
    runtime: RuntimeConfig

    def fingerprint(self, *sections: str) -> str:
        """A short hash of the named sections (all when none): what a cached result depends on."""
        names = sections or tuple(f.name for f in dataclasses.fields(self))
        payload = {name: dataclasses.asdict(getattr(self, name)) for name in names}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


def _default_text() -> str:
    return resources.files("pipeline").joinpath("default.toml").read_text(encoding="utf-8")


def _parse(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc})") from exc


def _coerce(value: Any, annotation: Any, where: str) -> Any:
    origin = typing.get_origin(annotation)
    if origin is tuple:
        (item_type, _) = typing.get_args(annotation)
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        return tuple(_coerce(v, item_type, f"{where}[]") for v in value)
    if origin is types.UnionType:
        raise ConfigError(f"{where}: union types are not supported in settings")
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if annotation in (int, float, str, bool) and (
        not isinstance(value, annotation) or (annotation is int and isinstance(value, bool))
    ):
        raise ConfigError(f"{where}: expected {annotation.__name__}, got {value!r}")
    return value


def _build(raw: dict[str, Any], origin: str) -> Config:
    hints = typing.get_type_hints(Config)
    sections: dict[str, Any] = {}
    for section_field in dataclasses.fields(Config):
        section_type = hints[section_field.name]
        section_hints = typing.get_type_hints(section_type)
        values = raw.get(section_field.name, {})
        kwargs = {}
        for key_field in dataclasses.fields(section_type):
            where = f"[{section_field.name}] {key_field.name}"
            if key_field.name not in values:
                raise ConfigError(f"{origin}: missing setting {where}")
            kwargs[key_field.name] = _coerce(values[key_field.name], section_hints[key_field.name], where)
        sections[section_field.name] = section_type(**kwargs)
    return Config(**sections)


def _check_known(user: dict[str, Any], defaults: dict[str, Any], origin: str) -> None:
    for section, values in user.items():
        if section not in defaults:
            raise ConfigError(f"{origin}: unknown section [{section}]; allowed: {', '.join(sorted(defaults))}")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table of settings")
        for key in values:
            if key not in defaults[section]:
                allowed = ", ".join(sorted(defaults[section]))
                raise ConfigError(f"{origin}: unknown setting '{key}' in [{section}]; allowed: {allowed}")


def load_config(path: Path | None = None, overrides: dict[str, dict[str, Any]] | None = None) -> Config:
    """The packaged defaults, overlaid by the TOML file at `path` and then by `overrides`."""
    merged = _parse(_default_text(), "default.toml")
    layers: list[tuple[dict[str, Any], str]] = []
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"config file {path} is not UTF-8 text (TOML must be UTF-8)") from exc
        layers.append((_parse(text, str(path)), str(path)))
    if overrides:
        layers.append((overrides, "overrides"))
    for layer, origin in layers:
        _check_known(layer, merged, origin)
        for section, values in layer.items():
            merged[section] = {**merged[section], **values}
    return _build(merged, "config")
