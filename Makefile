# The commands of the README. Each sets up .venv first; CI runs `make test` (.ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast setup clean browser

$(STAMP): pyproject.toml requirements/constraints.txt requirements/models.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements/constraints.txt -e '.[test]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/veille gazetteer
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/veille extract examples/fr-2016-09-mossoul-renforts.txt --format sheet

# Debian's Chromium for the page's browser tests (tests/test_page.py: Playwright drives it; its own browser
# download is not used). Installed with apt-get where that works; elsewhere those tests skip and say why.
browser:
	@test -x /usr/bin/chromium || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| echo "no Chromium (apt-get install chromium): the browser tests will skip"

# ruff, then every test; with ../shared beside the checkout, the gate on the figures too (tests/figures/)
test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# ruff, then the unit tests only (pytest -m "not slow"): about half a minute, for the loop while coding
test-fast: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) build *.egg-info
