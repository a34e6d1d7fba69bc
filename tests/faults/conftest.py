"""Fault tests (issue 7): the production profile meets the faults real deployments meet. `make faults`.

Each test breaks something on purpose and checks what a member or an operator would notice:
test_worker_killed.py (a task worker killed in the middle of a certificate), test_postgres_restart.py
(PostgreSQL restarted while learners' quiz answers are being saved) and test_redis_down.py (Redis stopped).

Everything runs against private servers started here, never the machine's shared PostgreSQL and Redis: a
PostgreSQL 15 cluster in a temporary folder, which holds the test database so a test can restart it, and a
redis-server on a free port. The app runs as production runs it, in processes of its own: gunicorn with
deploy/gunicorn.conf.py and `manage.py db_worker`, with sigap.settings.production (SIGAP_LOCAL_HTTP, as it
is plain HTTP on loopback). This process only prepares data and reads the outcome.

The tests are transactional (the app's processes see committed rows only) with serialized_rollback, which
brings back what the migrations wrote (regions, roles, the page tree) after each test empties the database;
see tests/e2e/conftest.py for why every transactional test of a run needs it then. They need PostgreSQL 15's
server binaries, redis-server and, for the quiz, Chromium (`make e2e-setup`); they are skipped, with the
reason, only where one of those is not installed.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest

from sigap.settings.env import database_config
from tests.e2e.conftest import pytest_runtest_makereport  # noqa: F401 (the hook support.failed reads)

from .support import ROOT, PrivatePostgres, PrivateRedis, missing_binaries

# Playwright's sync API runs an asyncio loop in this thread; Django would otherwise refuse the test's own
# queries while a browser is open (as in tests/e2e/conftest.py).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

TEST_DATABASE = "test_sigap_faults"


def _why_not() -> str:
    from django.conf import settings

    missing = missing_binaries()
    if missing:
        return f"not installed: {', '.join(missing)}"
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        # Wagtail's search picks its models for the database this process started with, so the database
        # can be moved to the private cluster, but not from SQLite.
        return "needs DATABASE_URL to name PostgreSQL (any server: the tests use their own); run `make faults`"
    return ""


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    ours = [item for item in items if Path(item.fspath).is_relative_to(here)]
    reason = _why_not() if ours else ""
    if reason:
        for item in ours:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def private_postgres():
    with PrivatePostgres() as server:
        yield server


@pytest.fixture(scope="session")
def private_redis():
    with PrivateRedis() as server:
        yield server


@pytest.fixture(scope="session")
def django_db_modify_db_settings(private_postgres):
    """pytest-django's hook, run just before it creates the test database: create it on the private
    cluster instead of the PostgreSQL server DATABASE_URL names."""
    from django.conf import settings
    from django.db import connections

    config = settings.DATABASES["default"]
    # In place: Django's connection handler holds this very dict.
    config.update(database_config(private_postgres.url("sigap_faults"), base_dir=ROOT))
    config["OPTIONS"] = {}
    config.setdefault("TEST", {})["NAME"] = TEST_DATABASE
    with suppress(AttributeError):
        del connections["default"]  # a connection object made for the old settings, if any


@pytest.fixture(scope="session")
def _secret_key() -> str:
    return secrets.token_urlsafe(64)


@pytest.fixture(scope="session")
def static_root(tmp_path_factory, _secret_key, private_redis):
    """collectstatic for the production storage (hashed, compressed names), started at once in the
    background, since it takes a while and gunicorn is needed only later; ``static_root()`` waits for it."""
    folder = tmp_path_factory.mktemp("static")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
        "SECRET_KEY": _secret_key,
        "REDIS_URL": private_redis.url,
        "SIGAP_LOCAL_HTTP": "true",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8000",  # gunicorn's own port replaces it (support.py)
        "TASK_BACKEND": "database",
        "STATIC_ROOT": str(folder),
    }
    log = folder.parent / "collectstatic.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )

    def ready() -> Path:
        assert process.wait(timeout=600) == 0, f"collectstatic failed:\n{log.read_text()}"
        return folder

    yield ready
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture(scope="session", autouse=True)
def _collect_static_early(static_root):
    """Starts collectstatic before the test database is migrated, so the two overlap."""


@pytest.fixture
def production_env(transactional_db, private_postgres, private_redis, _secret_key, tmp_path):
    """The environment of the app's processes: production settings against the private servers and the
    test database; uploads, certificate PDFs and mail in this test's own folders."""
    from django.db import connection

    for folder in ("media", "private", "mail"):
        (tmp_path / folder).mkdir()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
        "SECRET_KEY": _secret_key,
        "DATABASE_URL": private_postgres.url(connection.settings_dict["NAME"]),
        "REDIS_URL": private_redis.url,
        "SIGAP_LOCAL_HTTP": "true",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8000",  # gunicorn's own port replaces it (support.py)
        "TASK_BACKEND": "database",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        # Seconds rather than a minute, so a killed worker is noticed within the test's patience.
        "TASK_WORKER_HEARTBEAT_SECONDS": "1",
        "TASK_WORKER_LOST_AFTER_SECONDS": "3",
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def _reconnect_after(transactional_db):
    """Closes this process's own database connections at the end of a test that restarted PostgreSQL, so
    pytest-django empties the database through a fresh one rather than one the restart cut."""
    from django.db import connections

    yield
    connections.close_all()


@pytest.fixture(autouse=True)
def _as_in_production(settings):
    """What this process writes must read as production writes it: completions enqueue their certificate
    in the database queue, and passwords are hashed with a hasher the production settings accept (the test
    settings' fast MD5 is not one of them)."""
    from sigap.settings.env import task_backend_config

    settings.TASKS = task_backend_config("database")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
