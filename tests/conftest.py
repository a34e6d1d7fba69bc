"""Shared fixtures: uploads go to a temporary folder, the cache starts empty, users of every role."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

import pytest

from tests.accounts.factories import (
    PASSWORD,
    ProfileFactory,
    UserFactory,
    give_totp,
    make_coordinator,
    with_role,
)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _empty_cache():
    # allauth's rate limits count in the cache; every test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    # A request leaves its language active in the thread (as Django's LocaleMiddleware does); start every
    # test in the default language so no test depends on the one before it.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def learner(db):
    return with_role(ProfileFactory().user, "Learner")


@pytest.fixture
def trainer(db):
    user = with_role(ProfileFactory().user, "Trainer")
    give_totp(user)
    return user


@pytest.fixture
def ministry(db):
    user = with_role(ProfileFactory(province_id="31", regency_id="31.71").user, "Ministry")
    give_totp(user)
    return user


@pytest.fixture
def coordinator_jabar(db):
    """Coordinator for the province of Jawa Barat (32)."""
    user = make_coordinator(province="32")
    give_totp(user)
    return user


@pytest.fixture
def coordinator_bandung(db):
    """Coordinator for Kota Bandung (32.73) only."""
    user = make_coordinator(province="32", regency="32.73")
    give_totp(user)
    return user


@pytest.fixture
def user_without_profile(db):
    return with_role(UserFactory(), "Learner")
