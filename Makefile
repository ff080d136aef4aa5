# Two entry points (see README): `make run` installs and runs on the sample articles,
# `make test` installs and runs the linters and the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint install browser evaluate compile clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/python -m pipeline run --input data/raw --output data/processed

lint: install
	$(BIN)/ruff check pipeline tests scripts benchmarks
	$(BIN)/mypy

# The report's tests render it in a real headless browser: Debian's chromium, installed when absent.
browser:
	@command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

test: lint browser
	$(BIN)/python -m pytest -q

evaluate: install
	$(BIN)/python scripts/evaluate.py

# Optional: extraction and entity resolution compiled with mypyc (about a quarter less
# extraction time, the same output; needs a C compiler). Used while their sources are unchanged; see README.
compile: install
	$(BIN)/python scripts/compile_modules.py

clean:
	rm -rf $(VENV) build/compiled data/processed/*.parquet
