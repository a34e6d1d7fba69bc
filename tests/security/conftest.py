"""The walk's world (tests/security/world.py), shared by the URL walk and the hostile-body test.

The world is built once per module, inside a transaction rolled back at the end; each test runs in its own
savepoint, so one role's requests never change what the next role sees.
"""

from __future__ import annotations

from django.db import transaction
from django.test import override_settings

import pytest

from .walk import url_patterns
from .world import build_world


@pytest.fixture(scope="module")
def world_media(tmp_path_factory):
    return tmp_path_factory.mktemp("walk-media")


@pytest.fixture
def world_media_settings(settings, world_media):
    # Overrides tests/conftest.py's media folders: the files the world stored (a document, a certificate PDF)
    # must stay where every test of the module finds them.
    settings.MEDIA_ROOT = world_media / "media"
    settings.PRIVATE_MEDIA_ROOT = world_media / "private"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, world_media):
    media = {"MEDIA_ROOT": world_media / "media", "PRIVATE_MEDIA_ROOT": world_media / "private"}
    with django_db_blocker.unblock(), override_settings(**media), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def patterns():
    return url_patterns()
