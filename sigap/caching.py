"""A version number kept in the cache, so a whole family of cached values can be dropped with one write.

Reading a cached value builds its key from the family's current version; changing something the family
depends on sets a new version, and every old key is simply never read again (and expires). With REDIS_URL
set (required in production) every worker shares the version. Used for course content (courses/caching.py)
and for the coverage dashboard (coverage/caching.py).
"""

from __future__ import annotations

import uuid

from django.core.cache import cache


class CacheVersion:
    def __init__(self, name: str):
        self.key = f"sigap:{name}-version"

    def current(self) -> str:
        version = cache.get(self.key)
        if version is None:
            version = uuid.uuid4().hex
            cache.add(self.key, version, None)
            version = cache.get(self.key, version)
        return version

    def bump(self) -> None:
        cache.set(self.key, uuid.uuid4().hex, None)

    def key_for(self, *parts) -> str:
        return ":".join(["sigap", self.current(), *map(str, parts)])
