# Sigap: the two commands a new machine needs are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
PIP := $(BIN)/pip --disable-pip-version-check -q

.PHONY: prod gettext run install install-dev migrate demo serve test lint check pytest test-postgres e2e e2e-setup faults bench loadtest loadtest-smoke messages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip setuptools

# The stamps re-install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PIP) install -e ".[dev]"
	touch $@ $(VENV)/.installed

# System packages come from apt when missing: directly as root, otherwise through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q

# GNU gettext: the suite extracts the strings afresh to prove both catalogues are complete.
gettext:
	@command -v xgettext >/dev/null 2>&1 || { $(APT_INSTALL) gettext; }

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_regions

demo: migrate
	$(PY) manage.py seed_demo

## make run: install, migrate, load regions and demo accounts, serve on http://127.0.0.1:8000 (SQLite)
run: demo
	$(PY) manage.py runserver $(HOST):$(PORT)

## make prod: the production profile on this machine: gunicorn + a task worker on http://127.0.0.1:8000 against
## the local PostgreSQL (database `sigap`, or PROD_DATABASE_URL) and Redis (db 1); see docs/deploy.md
prod: install
	$(PY) deploy/run_local.py

## make test: lint, Django's checks, migrations up to date, then the suite (SQLite unless DATABASE_URL is set)
test: lint check pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev
	DJANGO_SETTINGS_MODULE=sigap.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=sigap.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: install-dev gettext
	$(BIN)/pytest --ignore=tests/e2e --ignore=tests/faults $(PYTEST_ARGS)

## The same suite on a fresh PostgreSQL database on the local server, with Redis for cache and sessions.
PG_URL ?= postgres://postgres@127.0.0.1:5432/sigap_ci_$(shell date +%s)
test-postgres: install-dev gettext
	DATABASE_URL=$(PG_URL) REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/15} $(BIN)/pytest --ignore=tests/e2e --ignore=tests/faults --create-db $(PYTEST_ARGS)

## Browser journeys in Debian's Chromium, checked with axe-core. Screenshots go to .artifacts/screenshots/.
e2e-setup: install-dev
	@command -v chromium >/dev/null 2>&1 || { $(APT_INSTALL) chromium; }
	@command -v npm >/dev/null 2>&1 || { $(APT_INSTALL) npm; }
	cd tests/e2e && npm ci --no-audit --no-fund --silent

e2e: e2e-setup
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

## make faults: a task worker killed mid-certificate, PostgreSQL restarted during quiz autosaves, Redis down
## (docs/resilience.md). The tests start their own PostgreSQL 15 cluster and redis-server on free ports and never
## touch the shared ones; DATABASE_URL only has to name PostgreSQL (Wagtail's search models depend on it).
faults: e2e-setup
	DATABASE_URL=postgres://postgres@127.0.0.1/sigap_faults $(BIN)/pytest tests/faults $(PYTEST_ARGS)

## make bench: one `name value unit` line per figure (BENCH_SKIP_SETUP=1 skips the fresh-clone timing)
bench: install-dev
	@$(PY) bench/run.py

# The load test's extra (locust) stays out of `dev`, which CI installs.
$(VENV)/.installed-load: pyproject.toml | $(PY)
	$(PIP) install -e ".[dev,load]"
	touch $@ $(VENV)/.installed $(VENV)/.installed-dev

## make loadtest: 300 members and 5 coordinators for 3 minutes, then a synchronised quiz start, against the
## production profile on this machine (docs/benchmarks.md); `name value unit` lines. LOADTEST_ARGS adds options.
loadtest: $(VENV)/.installed-load
	@$(PY) bench/loadtest.py $(LOADTEST_ARGS)

## make loadtest-smoke: the same scenario with 10 members and 2 coordinators for 20 seconds (not its figures)
loadtest-smoke: $(VENV)/.installed-load
	@$(PY) bench/loadtest.py --members 10 --coordinators 2 --duration 20 --sync-window 5 --think-scale 0.2 $(LOADTEST_ARGS)

## make messages: refresh both catalogues after changing user-facing strings, then translate the new entries
messages: install-dev
	$(PY) manage.py makemessages -l id -l en --no-obsolete --ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench --ignore=staticfiles --ignore=var
	$(PY) -m sigap.catalogues fill-english
	$(PY) -m sigap.catalogues compile

clean:
	rm -rf $(VENV) var staticfiles .artifacts tests/e2e/node_modules
