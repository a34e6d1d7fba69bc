"""One version for everything cached from course content: outlines, rendered lessons, the catalogue address.

Any change that could alter what learners see (a course page published, unpublished, moved or deleted; a
regulation, glossary term, image or document saved or deleted) starts a new version, so every cached piece is
read afresh. Publishing is rare and reading constant, so one coarse switch is simpler and safer than tracking
which lesson cites which regulation. The version lives in the cache itself (sigap/caching.py), so every
worker and the publish_scheduled job share it.
"""

from __future__ import annotations

from sigap.caching import CacheVersion

_version = CacheVersion("learning-content")


def content_changed() -> None:
    _version.bump()


def versioned_key(*parts) -> str:
    return _version.key_for(*parts)
