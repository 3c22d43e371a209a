# The two commands a newcomer needs are `make serve` and `make test`;
# both set up everything first (Python venv and node packages, pinned).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
export SOURCE_DATE_EPOCH ?= 1767225600
export PYTHONHASHSEED := 0
# One BLAS thread: on two cores threads only contend, and a single thread sums
# in a fixed order, so printed digits cannot change from run to run.
export OPENBLAS_NUM_THREADS := 1
export OMP_NUM_THREADS := 1
export MKL_NUM_THREADS := 1

.PHONY: help serve build test lint format clean bench audit lock update-snippets

help:
	@echo "make serve   build and serve the book on http://127.0.0.1:8000 (live reload)"
	@echo "make test    lint, unit, doctest, snippet, site and browser tests"
	@echo "make build   build the site into site/ (strict)"
	@echo "make bench   time the build: floor, cold, warm, edits"
	@echo "make audit   Lighthouse on every chapter page"
	@echo "make clean   remove site/, caches and build leftovers"

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[docs,test]"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(STAMP) $(NODE_STAMP)

serve: $(STAMP) $(NODE_STAMP)
	MLFOUND_SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs build --strict --clean --site-dir site

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

update-snippets: $(STAMP)
	$(BIN)/python -m pytest tests/test_snippets.py --update-snippets -q
	git diff --stat -- snippets

bench: $(STAMP) $(NODE_STAMP)
	$(BIN)/python tools/bench.py

audit: $(STAMP) $(NODE_STAMP)
	cd tools/audit && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python tools/audit.py

lock:
	rm -rf /tmp/mlfound-lock && $(PYTHON) -m venv /tmp/mlfound-lock
	/tmp/mlfound-lock/bin/pip install --quiet ".[docs,test]"
	( echo "# Exact versions of every Python package the book builds and tests with."; \
	  echo "# Regenerate on purpose: make lock"; \
	  /tmp/mlfound-lock/bin/pip freeze --exclude mlfound ) > requirements.lock

clean:
	rm -rf site .cache .pytest_cache .hypothesis build *.egg-info
	find . -name __pycache__ -not -path "./.venv/*" -not -path "./node_modules/*" -prune -exec rm -rf {} +
