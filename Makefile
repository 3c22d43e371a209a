# The two commands a newcomer needs are `make serve` and `make test`;
# both set up everything first (Python venv and node packages, pinned).
# The environment every build and example runs in is defined once, in
# book/mlfound_book/environment.py; the book's plugin applies it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# Silences Material's notice about MkDocs 2 before the plugin can.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup serve build pdf test test-platforms lint format clean bench audit \
	lock update-snippets

help:
	@echo "make serve           build and serve the book on http://127.0.0.1:8000 (live reload)"
	@echo "make test            lint, unit, doctest, snippet, site and browser tests"
	@echo "make test-platforms  snippet and notebook outputs under emulated CPUs"
	@echo "make build           build the site into site/ (strict), with its PDF edition"
	@echo "make pdf             the same: the PDF is printed from the site, site/mlfound.pdf"
	@echo "make bench           time the build: floor, cold, warm, edits"
	@echo "make audit           Lighthouse on every chapter page"
	@echo "make clean           remove site/, caches and build leftovers"

$(STAMP): requirements.lock pyproject.toml book/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[docs,test]" -e ./book
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(STAMP) $(NODE_STAMP)

serve: $(STAMP) $(NODE_STAMP)
	MLFOUND_SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

# The PDF edition is printed by Chromium from the site just built, which links
# it from the home and chapter pages (MLFOUND_PDF); so `make pdf` is this too.
build: $(STAMP) $(NODE_STAMP)
	MLFOUND_PDF=mlfound.pdf $(BIN)/mkdocs build --strict --clean --site-dir site
	$(BIN)/python -m mlfound_book.pdf site

pdf: build

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# PLATFORMS=baseline runs one emulated platform; empty runs all three.
test-platforms: $(STAMP)
	$(BIN)/python tools/platforms.py $(PLATFORMS)

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
	  /tmp/mlfound-lock/bin/pip freeze --exclude mlfound --exclude mlfound-book ) > requirements.lock

clean:
	rm -rf site .cache .pytest_cache .hypothesis build *.egg-info book/*.egg-info
	find . -name __pycache__ -not -path "./.venv/*" -not -path "./node_modules/*" -prune -exec rm -rf {} +
