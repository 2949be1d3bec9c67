# Two commands on a fresh clone: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: serve test install db bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

ledger.db: | $(STAMP)
	$(BIN)/ledger init

db: ledger.db

# Without LEDGER_SECRET, `make serve` is a development server and says so (ledger serve --dev).
serve: $(STAMP) ledger.db
	$(BIN)/ledger serve --host $${HOST:-127.0.0.1} --port $${PORT:-5000} $$([ -n "$$LEDGER_SECRET" ] || echo --dev)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) ledger.db ledger.db-wal ledger.db-shm ledger.db.ann
