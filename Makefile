# Two commands a newcomer needs: `make site` (or `make serve`) and `make test`. Both set themselves up.
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve serve-dirty test lint chromium lighthouse
# Byte-identical site/ for the same commit on any day: MkDocs dates the sitemap from SOURCE_DATE_EPOCH.
site: export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
site: $(VENV)/.installed
	$(PY) -m generator build
	$(VENV)/bin/mkdocs build --strict

serve: $(VENV)/.installed
	$(VENV)/bin/mkdocs serve --livereload

# For a large archive: MkDocs rebuilds only the pages whose Markdown changed (other pages' nav may be stale).
serve-dirty: $(VENV)/.installed
	$(VENV)/bin/mkdocs serve --livereload --dirty

test: $(VENV)/.installed chromium node_modules/.package-lock.json
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check generator tests bench

$(VENV)/.installed: requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	touch $@

# Browser tests drive Debian's Chromium; nothing is downloaded by Playwright itself.
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# axe-core for the browser tests and Lighthouse for bench/lighthouse.py, pinned in package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Performance budget (not a test): Lighthouse scores and first-load transfer size; see bench/README.md.
lighthouse: $(VENV)/.installed chromium node_modules/.package-lock.json
	$(PY) bench/lighthouse.py
