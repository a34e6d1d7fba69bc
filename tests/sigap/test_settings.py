"""Settings come from the environment; production refuses to start without a secret and passes check --deploy."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest

from sigap.settings.env import cache_config, database_config, env_bool, task_backend_config

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"


def manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env={"DJANGO_SETTINGS_MODULE": "sigap.settings.production"})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_redis():
    result = manage(
        "check",
        env={"DJANGO_SETTINGS_MODULE": "sigap.settings.production", "SECRET_KEY": STRONG_KEY},
    )

    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage(
        "check", env={"DJANGO_SETTINGS_MODULE": "sigap.settings.production", "SECRET_KEY": "short"}
    )

    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_production_passes_check_deploy_without_warnings(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "sigap.example.go.id",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "PUBLIC_BASE_URL": "https://sigap.example.go.id",
            "REDIS_URL": "redis://127.0.0.1:6379/15",
        },
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_database_url_defaults_to_the_projects_sqlite_file(tmp_path):
    config = database_config("", base_dir=tmp_path)

    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "var" / "sigap.sqlite3")


def test_database_url_selects_postgresql(tmp_path):
    config = database_config("postgres://sigap:pw@db.internal:5432/sigap", base_dir=tmp_path)

    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["NAME"], config["USER"]) == ("db.internal", "sigap", "sigap")
    assert config["CONN_HEALTH_CHECKS"] is True


def test_redis_url_moves_the_cache_to_redis():
    assert cache_config("")["default"]["BACKEND"].endswith("LocMemCache")
    assert cache_config("redis://127.0.0.1:6379/1")["default"]["BACKEND"].endswith("RedisCache")


def test_task_backend_is_chosen_by_name_or_path():
    assert task_backend_config("")["default"]["BACKEND"].endswith("ImmediateBackend")
    assert task_backend_config("dummy")["default"]["BACKEND"].endswith("DummyBackend")
    with pytest.raises(ImproperlyConfigured):
        task_backend_config("nonsense")


def test_booleans_are_read_strictly(monkeypatch):
    monkeypatch.setenv("SIGAP_FLAG", "yes")
    assert env_bool("SIGAP_FLAG") is True
    monkeypatch.setenv("SIGAP_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("SIGAP_FLAG")


def test_redis_cache_round_trip_against_the_local_server():
    """The same backend the REDIS_URL setting selects, against the Redis server on this machine."""
    from django.core.cache.backends.redis import RedisCache

    cache = RedisCache(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"), {"KEY_PREFIX": "sigap-test"}
    )
    key = f"probe-{uuid.uuid4()}"
    cache.set(key, {"ok": True}, 30)
    try:
        assert cache.get(key) == {"ok": True}
    finally:
        cache.delete(key)


@pytest.mark.django_db
def test_sessions_survive_in_the_configured_store(client, learner):
    """With REDIS_URL set (as in CI's PostgreSQL run) sessions go through Redis; otherwise the database."""
    client.force_login(learner)

    assert client.get("/me/").status_code == 200


def test_an_operator_can_raise_the_sign_in_limit_for_a_venue_behind_one_address():
    """A training room behind one NAT signs in together; the limit comes from the environment."""
    code = "from django.conf import settings; print(settings.ACCOUNT_RATE_LIMITS['login'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "sigap.settings.dev",
            "SIGAP_RATE_LIMIT_LOGIN": "300/m/ip",
        },
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "300/m/ip"
