# Every target sets up what it needs: a local virtualenv (.venv) with exactly the versions in
# requirements.lock (what the tests passed with) and the project itself, editable.
# After `make install`, `. .venv/bin/activate` puts `python -m bot ...` and the tools on PATH.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --quiet --disable-pip-version-check
STAMP  := $(VENV)/.installed-stamp
LOCK   := requirements.lock
# Workers for tests/core (pytest-xdist): its ~15,000 engine tests share nothing but read-only engines.
TEST_WORKERS ?= 2

.PHONY: install lock run chat test test-fast typecheck lint format kb-check eval bench bench-scale docker-build docker-run clean help

help:
	@echo "make install     .venv with the locked dependencies (then: . .venv/bin/activate)"
	@echo "make run         Telegram bot with BOT_TOKEN, console chat without it"
	@echo "make chat        console chat"
	@echo "make test        ruff, mypy, knowledge-base check, the whole test suite (what CI runs)"
	@echo "make test-fast   the suite without the slow tests (subprocesses, terminal, load)"
	@echo "make typecheck   mypy --strict on bot/"
	@echo "make lint        ruff check, ruff format --check and mypy --strict"
	@echo "make format      ruff format and the safe ruff fixes"
	@echo "make kb-check    validate the knowledge base"
	@echo "make eval        accuracy on every evaluation set in tests/data, beside the baseline"
	@echo "make bench       speed and quality beside the baseline"
	@echo "make bench-scale the scale benchmark: generated knowledge bases of ~1,000 and ~10,000 entries"
	@echo "make lock        regenerate requirements.lock from pyproject.toml"
	@echo "make docker-build / docker-run   the container image / the bot in it (needs .env)"
	@echo "make clean       remove .venv and caches"

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -r $(LOCK)
	$(PIP) install --no-deps -e .
	@$(PY) -m pip check >/dev/null || { $(PY) -m pip check; \
		echo "requirements.lock does not match pyproject.toml: run 'make lock' and commit the lock."; exit 1; }
	touch $(STAMP)

install: $(STAMP)

## Regenerate the lock after changing dependencies in pyproject.toml (uv is installed into .venv on demand).
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -c "import uv" 2>/dev/null || $(PIP) install "uv>=0.5,<1"
	$(PY) -m uv pip compile pyproject.toml --extra test --universal --python-version 3.11 --quiet \
		--custom-compile-command "make lock" -o $(LOCK)
	rm -f $(STAMP)

## The main job: the Telegram bot when BOT_TOKEN is set, the console chat otherwise.
run: $(STAMP)
	@$(PY) -m bot run

chat: $(STAMP)
	@$(PY) -m bot chat

## Lint, types (mypy --strict on bot/), knowledge-base check and the whole test suite (CI: .ci/run):
## tests/core on TEST_WORKERS processes, then the rest (servers, ports, load runs) in one, as before.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m bot kb check
	$(PY) -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) tests/core
	$(PY) -m pytest -q -p no:cacheprovider --ignore=tests/core

test-fast: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"

typecheck: $(STAMP)
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

kb-check: $(STAMP)
	$(PY) -m bot kb check

eval: $(STAMP)
	@for f in tests/data/*.jsonl; do $(PY) -m bot eval $$f --baseline || exit 1; done

bench: $(STAMP)
	$(PY) -m bot bench

## Scale benchmark: generated legal knowledge bases of ~1,000 and ~10,000 entries (takes minutes).
bench-scale: $(STAMP)
	$(PY) -m bench.scale

docker-build:
	docker build -t constitution-faq-bot .

docker-run:
	docker compose up --build

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis build *.egg-info
