"""Reading settings from the environment.

Every setting an operator may change comes from an environment variable, so the same code runs on a laptop
(SQLite, mail to files) and in production (PostgreSQL, Redis, SMTP). See docs/configuration.md.
"""

from __future__ import annotations

import ipaddress
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
    """Redis when REDIS_URL is set (shared by every worker), otherwise a per-process memory cache.

    Redis through sigap.cache.ResilientRedisCache: while Redis is down or hangs, the cache reads as empty and
    pages are served from the database (docs/resilience.md). The short socket time-outs bound what a hung
    Redis costs a request; a healthy one answers in well under a millisecond.
    """
    if redis_url:
        return {
            "default": {
                "BACKEND": "sigap.cache.ResilientRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "sigap",
                "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
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


def public_base_url(value: str) -> str:
    """PUBLIC_BASE_URL checked and without its trailing slash: ``http(s)://host[:port]`` and nothing more.

    Sigap is served from the root of its host, so a path, a query or a fragment is refused rather than
    silently dropped from every link."""
    from urllib.parse import urlsplit

    bits = urlsplit(value.strip())
    try:
        bits.port  # noqa: B018 (raises ValueError on a port that is not a number or out of range)
    except ValueError as exc:
        raise ImproperlyConfigured(f"PUBLIC_BASE_URL has an invalid port: {value!r}") from exc
    if bits.scheme not in {"http", "https"} or not bits.hostname:
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be http://host[:port] or https://host[:port], got {value!r}"
        )
    if bits.path not in {"", "/"} or bits.query or bits.fragment or bits.username or bits.password:
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must name only the scheme, host and port (no path), got {value!r}"
        )
    return f"{bits.scheme}://{bits.netloc.lower()}"


def is_loopback_host(host: str) -> bool:
    """Whether an ALLOWED_HOSTS entry names this machine only: localhost (and *.localhost, which RFC 6761
    reserves for it), 127.0.0.0/8 or ::1. Anything else may be reached over a network."""
    name = host.strip().lower().removeprefix("[").removesuffix("]")
    if name in {"localhost", ".localhost"} or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def s3_storage(
    *,
    bucket: str,
    location: str,
    public: bool,
    endpoint_url: str = "",
    region: str = "",
    custom_domain: str = "",
    acl: str = "",
) -> dict:
    """A STORAGES entry on S3-compatible object storage (django-storages; AWS, MinIO, Ceph, OCI, …).

    Credentials are not settings: boto3 finds them itself (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in
    the environment, or the machine's role), so they never sit in a settings dump or an error page.
    """
    if not bucket:
        raise ImproperlyConfigured(
            "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (and AWS_S3_ENDPOINT_URL for a provider "
            "other than AWS)."
        )
    options = {
        "bucket_name": bucket,
        "location": location,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        # Two uploads with one name keep both files (as on the filesystem), never overwrite each other.
        "file_overwrite": False,
    }
    if public:
        options |= {
            # Plain, stable addresses that browsers and a CDN can cache; the bucket policy (or the CDN)
            # makes this prefix readable, so no per-object ACL is needed unless AWS_DEFAULT_ACL says so.
            "querystring_auth": False,
            "custom_domain": custom_domain or None,
            "default_acl": acl or None,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        }
    else:
        options |= {
            # Never readable by address: Sigap's views stream these files after checking who asks. If
            # anything ever asks for an address it gets a signed one that expires.
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
        }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
