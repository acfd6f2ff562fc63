# Two commands a newcomer needs: `make site` (or `make serve`) and `make test`. Both set themselves up.
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint chromium
site: $(VENV)/.installed
	$(PY) -m generator build
	$(VENV)/bin/mkdocs build --strict

serve: $(VENV)/.installed
	$(VENV)/bin/mkdocs serve --livereload

test: $(VENV)/.installed chromium
	$(PY) -m pytest

$(VENV)/.installed: requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	touch $@

# Browser tests drive Debian's Chromium; nothing is downloaded by Playwright itself.
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
