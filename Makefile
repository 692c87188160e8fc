# The README's two commands: `make run` and `make test`. Each bootstraps .venv on its own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench eval eval-ocr lint format venv clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py

# The unit and db tiers run in parallel (each xdist worker has its own embedded PostgreSQL and
# every test its own database); the e2e tier (processes, ports, a browser) runs after, serially.
# Exit code 5 = "nothing selected", e.g. PYTEST_ARGS names a file of the other tier.
JOBS ?= auto
test: $(STAMP)
	$(PY) -m pytest -n $(JOBS) -m "not e2e" $(PYTEST_ARGS) || [ $$? -eq 5 ]
	$(PY) -m pytest -m e2e $(PYTEST_ARGS) || [ $$? -eq 5 ]

# Pure tests only (tests/unit): no database, about a minute on 2 cores (954 tests).
test-fast: $(STAMP)
	$(PY) -m pytest -q -n $(JOBS) tests/unit $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

eval: $(STAMP)
	$(PY) -m bench.eval

eval-ocr: $(STAMP)
	$(PY) -m bench.eval ocr
