"""Keeping the dashboard fresh: its figures are cached, and every event that can change them drops the cache.

The figures for one region and one set of filters are the same for everyone allowed to see them, so they are
cached for a few minutes under a key that carries a version (sigap/caching.py). A completion, a certificate
issued, revoked or replaced, a new enrolment, a member who registers, moves or leaves, a target set: each
starts a new version, so the next page load counts afresh. The date is part of the key too, because a
certificate stops counting on the day after it expires with no event at all.

Bulk writes that send no signals (manage.py seed_synthetic) call ``coverage_changed`` themselves.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from accounts.models import Profile
from certificates.models import Certificate
from courses.completion import course_completed
from courses.models import Enrolment
from sigap.caching import CacheVersion

from .models import CoverageTarget

#: A safety net only: events drop the cache long before this.
TIMEOUT_SECONDS = 15 * 60

_version = CacheVersion("coverage")


def coverage_changed(**kwargs) -> None:
    _version.bump()


def coverage_key(*parts) -> str:
    return _version.key_for("coverage", timezone.localdate().isoformat(), *parts)


course_completed.connect(coverage_changed, dispatch_uid="coverage_completed")
for model in (Certificate, Profile, CoverageTarget):
    post_save.connect(
        coverage_changed, sender=model, dispatch_uid=f"coverage_save_{model.__name__}"
    )
    post_delete.connect(
        coverage_changed, sender=model, dispatch_uid=f"coverage_delete_{model.__name__}"
    )


@receiver(post_save, sender=Enrolment, dispatch_uid="coverage_enrolment")
def _enrolment_saved(sender, instance, created, **kwargs) -> None:
    # An enrolment is saved on every lesson a member opens (its last lesson); only a new one counts here.
    # Completion is announced by course_completed.
    if created:
        coverage_changed()


@receiver(post_save, sender=get_user_model(), dispatch_uid="coverage_user")
def _user_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    # Signing in saves last_login; only a change that can deactivate an account matters.
    if update_fields is None or "is_active" in update_fields:
        coverage_changed()
