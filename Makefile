# Every target sets up what it needs: a local virtualenv (.venv) with the project and its test extra.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run chat test lint eval bench bench-scale kb-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## The main job: the Telegram bot when BOT_TOKEN is set, the console chat otherwise.
run: $(STAMP)
	$(PY) -m bot run

chat: $(STAMP)
	$(PY) -m bot chat

## Lint, knowledge-base check and the whole test suite.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m bot kb check
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

kb-check: $(STAMP)
	$(PY) -m bot kb check

eval: $(STAMP)
	for f in tests/data/*.jsonl; do $(PY) -m bot eval $$f --baseline || exit 1; done

bench: $(STAMP)
	$(PY) -m bot bench

## Scale benchmark: generated legal knowledge bases of ~1,000 and ~10,000 entries (takes minutes).
bench-scale: $(STAMP)
	$(PY) -m bench.scale

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info
