"""The Redis cache that reads as empty while Redis cannot be reached (sigap/cache.py).

Against a port where nothing listens (refused at once) and a socket that accepts and never answers (a Redis
that hangs); the live round trip uses the machine's Redis. The whole outage, with gunicorn, sign-in and the
task queue, is tests/faults/test_redis_down.py.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import time
import uuid

from django.core.cache.backends.redis import RedisCache

import pytest

from sigap import cache as resilient
from sigap.cache import ResilientRedisCache
from sigap.settings.env import cache_config
from tests.faults.support import free_port  # a port nothing listens on once it is returned


@pytest.fixture(autouse=True)
def _no_outage_carried_over(monkeypatch):
    # Outages are remembered per process and address; each test starts from none.
    monkeypatch.setattr(resilient, "_outages", {})


def cache_at(url: str) -> ResilientRedisCache:
    return ResilientRedisCache(
        url,
        {"KEY_PREFIX": "sigap-test", "OPTIONS": cache_config(url)["default"]["OPTIONS"]},
    )


@pytest.fixture
def unreachable() -> ResilientRedisCache:
    return cache_at(f"redis://127.0.0.1:{free_port()}/0")


@pytest.fixture
def hung():
    """A server that accepts connections and never answers, like a Redis stopped with SIGSTOP."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield cache_at(f"redis://127.0.0.1:{listener.getsockname()[1]}/0")


def test_production_uses_the_resilient_backend_with_short_socket_timeouts():
    config = cache_config("redis://127.0.0.1:6379/1")["default"]

    assert config["BACKEND"] == "sigap.cache.ResilientRedisCache"
    assert config["OPTIONS"]["socket_connect_timeout"] <= 1
    assert config["OPTIONS"]["socket_timeout"] <= 1


def test_an_unreachable_redis_reads_as_an_empty_cache_that_stores_nothing(unreachable):
    assert unreachable.get("course-outline", "fallback") == "fallback"
    unreachable.set("course-outline", "html", 60)
    assert unreachable.get_many(["a", "b"]) == {}
    assert unreachable.has_key("course-outline") is False
    assert unreachable.delete("course-outline") is False
    assert unreachable.touch("course-outline") is False
    assert unreachable.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not stored
    unreachable.delete_many(["a", "b"])
    assert unreachable.get_or_set("version", "v1") == "v1"
    with pytest.raises(ValueError):  # as for a missing key: callers start counting afresh
        unreachable.incr("verify-rate:127.0.0.1")


def test_a_lock_taken_with_add_is_granted_so_rate_limits_fail_open(unreachable):
    """allauth locks its rate-limit counters with add(); refused, every sign-in would get a 429."""
    assert unreachable.add("allauth:lock", True, 10) is True


def test_a_hung_redis_costs_one_timeout_then_is_left_alone_for_a_few_seconds(hung):
    started = time.monotonic()
    assert hung.get("a") is None
    first = time.monotonic() - started
    started = time.monotonic()
    for _ in range(20):
        assert hung.get("a") is None
    rest = time.monotonic() - started

    assert first < 3
    assert rest < 0.5  # no call waits again while the outage is fresh


def test_redis_is_tried_again_after_a_few_seconds(unreachable, monkeypatch):
    calls = []
    real_get = RedisCache.get

    def counting_get(self, *args, **kwargs):
        calls.append(args)
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(RedisCache, "get", counting_get)
    unreachable.get("a")
    unreachable.get("a")
    assert len(calls) == 1

    resilient._outage_for(unreachable._servers).skip_until = time.monotonic()  # time has passed
    unreachable.get("a")
    assert len(calls) == 2


def test_the_outage_is_logged_once_by_error_class_without_keys(unreachable, caplog):
    caplog.set_level(logging.WARNING, logger="sigap.cache")
    monkey_key = "allauth:rl:login_failed:key:member@example.org"

    for _ in range(3):
        unreachable.get(monkey_key)
        unreachable.set(monkey_key, [1], 60)

    (record,) = caplog.records
    assert "ConnectionError" in record.getMessage()
    assert "member@example.org" not in caplog.text and monkey_key not in caplog.text


def test_a_reachable_redis_works_as_usual_and_its_return_is_logged(caplog):
    caplog.set_level(logging.WARNING, logger="sigap.cache")
    cache = cache_at(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"))
    key = f"probe-{uuid.uuid4()}"
    # An outage this process saw earlier, now over.
    resilient._outage_for(cache._servers).since = time.monotonic() - 30

    cache.set(key, {"ok": True}, 30)
    try:
        assert cache.get(key) == {"ok": True}
        assert cache.add(key, "other", 30) is False  # a real add still says "already there"
    finally:
        cache.delete(key)
    # 30 s and however long the first request took on a busy machine (CI once logged 31 s).
    assert re.search(r"Redis cache reachable again after 3\d s", caplog.text), caplog.text


def test_a_full_redis_that_refuses_writes_degrades_like_an_unreachable_one(monkeypatch):
    """Under the default `noeviction` policy a full Redis refuses every write: pages must still serve."""
    from redis.exceptions import OutOfMemoryError

    cache = cache_at(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"))

    def full(*args, **kwargs):
        raise OutOfMemoryError("command not allowed when used memory > 'maxmemory'")

    monkeypatch.setattr(cache._cache, "set", full)

    cache.set(f"probe-{uuid.uuid4()}", "html", 30)  # no error reaches the page
    assert cache.get(f"probe-{uuid.uuid4()}", "fallback") == "fallback"
