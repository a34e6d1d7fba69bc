"""A Redis cache that a Redis outage cannot turn into errors: while Redis is unreachable it is a cache miss.

Django's RedisCache raises ``redis.ConnectionError`` or ``redis.TimeoutError`` when Redis is down or slow,
and every page reads the cache (sessions, course content, rate limits), so one stopped Redis would answer
every request with a 500. Nothing Sigap keeps in the cache is the only copy: sessions are written through
to the database (``cached_db``), content is rebuilt from the database, and the task queue lives in
PostgreSQL. So here a connection or time-out error reads as a miss and a write as not stored, and pages keep
serving from the database, only slower.

What an operator should know (docs/resilience.md):

- Rate limits fail open while Redis is down: allauth's sign-in limits and the certificate verification limit
  count in the cache, so they do not count until it is back. For the same reason ``add()`` reads as
  successful: allauth takes a lock with it before counting, and a refused lock means 429 for everyone.
- After an error the cache is not tried again for ``RETRY_AFTER_SECONDS`` (per process), so a Redis that
  hangs, rather than refusing connections, costs one socket time-out per process every few seconds instead
  of one per cache call.
- Writes lost during an outage are not replayed. A Redis that restarts empty is consistent again at once; one
  that was only unreachable (a network partition) may hold stale entries (a session signed out meanwhile,
  an old content version) until they expire: flush its database after such an outage.

Warnings name the error's class only (keys can be derived from an address or a member), at most once per
outage and per ``LOG_EVERY_SECONDS`` in each process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import OutOfMemoryError, ReadOnlyError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Errors that mean "Redis cannot serve now": down, hung, still loading its data after a restart
#: (BusyLoadingError, a ConnectionError), or a replica that has not yet taken over after a fail-over
#: (ReadOnlyError), or full under the default `noeviction` policy (OutOfMemoryError: every write refused).
#: Anything else (a bad command, a value that cannot be unpickled) is a bug and still raises.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, ReadOnlyError, OutOfMemoryError)
RETRY_AFTER_SECONDS = 5.0
LOG_EVERY_SECONDS = 60.0


class _Outage:
    """Whether the Redis at one address is known to be unreachable, shared by every thread of a process
    (Django gives each thread its own cache object, so the state cannot live on the object)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.since: float | None = None
        self.skip_until = 0.0
        self.logged_at = float("-inf")


_outages: dict[tuple[str, ...], _Outage] = {}
_outages_lock = threading.Lock()


def _outage_for(servers: list[str]) -> _Outage:
    key = tuple(servers)
    with _outages_lock:
        return _outages.setdefault(key, _Outage())


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, reading as empty and writing nowhere while Redis cannot be reached."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._outage = _outage_for(self._servers)

    def _call(self, fallback: T, operation: Callable[..., T], *args) -> T:
        outage = self._outage
        if outage.since is not None and time.monotonic() < outage.skip_until:
            return fallback
        try:
            result = operation(*args)
        except UNREACHABLE as exc:
            self._failed(exc)
            return fallback
        if outage.since is not None:
            self._recovered()
        return result

    def _failed(self, exc: Exception) -> None:
        outage = self._outage
        now = time.monotonic()
        with outage.lock:
            first = outage.since is None
            if first:
                outage.since = now
            outage.skip_until = now + RETRY_AFTER_SECONDS
            log = first or now - outage.logged_at >= LOG_EVERY_SECONDS
            if log:
                outage.logged_at = now
            down_for = now - outage.since
        if log:
            logger.warning(
                "Redis cache unreachable (%s) for %.0f s: serving without the cache, rate limits are "
                "not counted; trying again every %.0f s",
                type(exc).__name__,
                down_for,
                RETRY_AFTER_SECONDS,
            )

    def _recovered(self) -> None:
        outage = self._outage
        with outage.lock:
            if outage.since is None:
                return
            down_for = time.monotonic() - outage.since
            outage.since = None
            outage.logged_at = float("-inf")
        logger.warning("Redis cache reachable again after %.0f s", down_for)

    # Each operation falls back to what an empty cache that stores nothing would answer, except add().

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        # Reads as added: a lock taken with add() (allauth guards its rate-limit counters with one) is then
        # granted rather than refused for ever, which would answer every sign-in with 429 Too Many Requests.
        return self._call(True, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None) -> Any:
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None) -> bool:
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None) -> dict:
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None) -> bool:
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None) -> int:
        # A missing key is a ValueError for every Django cache; callers already handle that one.
        missing = object()
        value = self._call(missing, super().incr, key, delta, version)
        if value is missing:
            raise ValueError("The cache is unreachable, so the key was not found.")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None) -> list:
        # Django's contract: the keys that could not be stored.
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None) -> None:
        self._call(None, super().delete_many, keys, version)

    def clear(self) -> bool:
        return self._call(False, super().clear)
