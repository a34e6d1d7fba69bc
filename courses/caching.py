"""One version for everything cached from course content: outlines, rendered lessons, the catalogue address.

Any change that could alter what learners see (a course page published, unpublished, moved or deleted; a
regulation, glossary term, image or document saved or deleted) starts a new version, so every cached piece is
read afresh. Publishing is rare and reading constant, so one coarse switch is simpler and safer than tracking
which lesson cites which regulation. The version lives in the cache itself: with REDIS_URL set (required in
production) every worker and the publish_scheduled job share it.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache

VERSION_KEY = "sigap:learning-content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def content_changed() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def versioned_key(*parts) -> str:
    return ":".join(["sigap", content_version(), *map(str, parts)])
