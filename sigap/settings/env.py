"""Reading settings from the environment.

Every setting an operator may change comes from an environment variable, so the same code runs on a laptop
(SQLite, mail to files) and in production (PostgreSQL, Redis, SMTP). See docs/configuration.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import dj_database_url


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default or [])


def database_config(url: str, *, base_dir: Path) -> dict:
    """A DATABASES["default"] entry from a DATABASE_URL; an empty URL means the project's SQLite file."""
    if not url:
        url = f"sqlite:///{base_dir / 'var' / 'sigap.sqlite3'}"
    config = dj_database_url.parse(url, conn_max_age=0 if url.startswith("sqlite") else 60)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the development server read while a request writes; the timeout rides out short locks.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    else:
        config["CONN_HEALTH_CHECKS"] = True
    return config


def cache_config(redis_url: str) -> dict:
    """Redis when REDIS_URL is set (shared by every worker), otherwise a per-process memory cache."""
    if redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "sigap",
            }
        }
    # Room for the coverage dashboard's cells (one per regency and set of filters, coverage/caching.py)
    # beside everything else: the default of 300 entries would drop them before they are read again.
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }


TASK_BACKENDS = {
    # Runs each task at once, in the request that enqueued it: no server needed (development, tests).
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    # Production: tasks are rows in the project's database, run by `manage.py db_worker` (django-tasks-db).
    # A task enqueued inside a transaction exists only if that transaction commits.
    "database": "django_tasks_db.DatabaseBackend",
    # Stores tasks and drops them (for a deployment that must not run background work at all).
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}


def task_backend_config(name: str) -> dict:
    """TASK_BACKEND: a short name from TASK_BACKENDS or a dotted path to a django-tasks backend class."""
    backend = TASK_BACKENDS.get(name or "immediate", name)
    if "." not in backend:
        choices = ", ".join(sorted(TASK_BACKENDS))
        raise ImproperlyConfigured(
            f"TASK_BACKEND must be one of {choices} or a dotted path, got {name!r}"
        )
    return {"default": {"BACKEND": backend}}
