# Sigap: the two commands a new machine needs are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
PIP := $(BIN)/pip --disable-pip-version-check -q

.PHONY: lock lock-check upgrade prod system-tools run install install-dev migrate demo serve test lint check pytest test-postgres e2e e2e-setup faults bench loadtest loadtest-smoke messages clean

# Every install comes from uv.lock (pinned, hash-checked), never from the ranges in pyproject.toml: `uv sync
# --locked` refuses a lock that disagrees with pyproject.toml. uv itself is installed from requirements/uv.txt,
# which pins it by hash. --inexact keeps what another target added (`make run` after `make test` keeps the dev
# tools). docs/dependencies.md says how a maintainer upgrades.
UV := $(BIN)/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export UV_LINK_MODE := copy
SYNC := $(UV) sync --locked --inexact --quiet

$(PY):
	$(PYTHON) -m venv $(VENV)

$(UV): requirements/uv.txt | $(PY)
	$(PIP) install --require-hashes --no-deps -r requirements/uv.txt
	touch $@

# The stamps re-install only when the lock (or pyproject.toml) changes.
$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	@$(MAKE) --no-print-directory lock-check
	$(SYNC)
	touch $@

$(VENV)/.installed-dev: pyproject.toml uv.lock | $(UV)
	@$(MAKE) --no-print-directory lock-check
	$(SYNC) --extra dev
	touch $@ $(VENV)/.installed

## make lock-check: fail, with the one-line fix, when pyproject.toml and uv.lock disagree
lock-check: | $(UV)
	@$(UV) lock --check --quiet 2>/dev/null || { \
	  echo "uv.lock does not match pyproject.toml: run 'make lock', then commit uv.lock (docs/dependencies.md)." >&2; \
	  exit 1; }

## make lock: rewrite uv.lock from pyproject.toml, keeping every pin that still fits its range
lock: | $(UV)
	$(UV) lock

## make upgrade [PACKAGE=name]: move every pin (or one package's) to the newest version its range allows, then
## re-run `make test`, `bash .ci/run` and `make bench` before committing uv.lock
upgrade: | $(UV)
	$(UV) lock $(if $(PACKAGE),--upgrade-package $(PACKAGE),--upgrade)

# System packages come from apt when missing: directly as root, otherwise through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q

# What the suite needs from the system: GNU gettext (it extracts the strings afresh to prove both catalogues
# are complete) and poppler-utils (pdftoppm and pdftotext read the certificates it renders).
system-tools:
	@command -v xgettext >/dev/null 2>&1 || { $(APT_INSTALL) gettext; }
	@command -v pdftoppm >/dev/null 2>&1 || { $(APT_INSTALL) poppler-utils; }

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_regions

demo: migrate
	$(PY) manage.py seed_demo

## make run: install, migrate, load regions and demo accounts, serve on http://127.0.0.1:8000 (SQLite)
# Links in mails and on certificates follow the server (docs/configuration.md): set PUBLIC_BASE_URL to the
# address others use when HOST is 0.0.0.0 (a laptop serving a training hall).
PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)
run: demo
	PUBLIC_BASE_URL=$(PUBLIC_BASE_URL) $(PY) manage.py runserver $(HOST):$(PORT)

## make prod: the production profile on this machine: gunicorn + a task worker on http://127.0.0.1:8000 against
## the local PostgreSQL (database `sigap`, or PROD_DATABASE_URL) and Redis (db 1); see docs/deploy.md
prod: install
	$(PY) deploy/run_local.py

## make test: the lock matches pyproject.toml, lint, Django's checks, migrations up to date, then the suite (SQLite unless DATABASE_URL is set)
test: lock-check lint check pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev
	DJANGO_SETTINGS_MODULE=sigap.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=sigap.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: install-dev system-tools
	$(BIN)/pytest --ignore=tests/e2e --ignore=tests/faults $(PYTEST_ARGS)

## The same suite on a fresh PostgreSQL database on the local server, with Redis for cache and sessions.
PG_URL ?= postgres://postgres@127.0.0.1:5432/sigap_ci_$(shell date +%s)
test-postgres: install-dev system-tools
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
$(VENV)/.installed-load: pyproject.toml uv.lock | $(UV)
	@$(MAKE) --no-print-directory lock-check
	$(SYNC) --extra dev --extra load
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
