"""Keeping the dashboard fresh and fast: its figures are cached per regency, and an event drops only the
regencies it touches.

The figures are built from one *cell* per regency and set of filters: the regency's counts by agency type
and its completions by month (coverage/selectors.py). A page sums the cells it needs, so the national page
reads 514 cells in one cache round trip. Each regency has its own version in the cache; an event bumps the
version of the regency it happened in, and the next page load counts only that regency afresh (a few
milliseconds) instead of the whole country:

- a completion (the ``course_completed`` signal), a new enrolment, a certificate issued, revoked or
  replaced, a member who registers: their regency;
- a member's profile changed (they may have moved): the regency they left and the one they are in now;
  deleted (with their account, accounts/privacy.py): the regency they were in;
- an account deactivated or reactivated: the member's regency; in bulk in the admin (a queryset update that
  sends no signal, coverage/wagtail_hooks.py): every regency.

Targets are not cached (one small query a page). The date is part of every key, because a certificate stops
counting on the day after it expires with no event at all. Cells also expire after TIMEOUT_SECONDS (an hour),
a safety net for writes that send no signals; those we know of (manage.py seed_synthetic, the admin's bulk
actions on users) call ``coverage_changed`` themselves.
"""

from __future__ import annotations

import functools
import uuid

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from accounts.models import Profile
from certificates.models import Certificate
from courses.completion import course_completed
from courses.models import Enrolment
from sigap.caching import CacheVersion

TIMEOUT_SECONDS = 60 * 60
#: Cells counted on a read replica (DATABASE_REPLICA_URL) are kept this long only: a change bumps its regency's
#: version once it commits on the primary, and a replica that has not replayed it yet would otherwise have its
#: old figures kept for the hour under the new version.
REPLICA_TIMEOUT_SECONDS = 30
#: Part of every cell's key: change it when coverage.selectors.Cell changes, so a deployment never reads
#: cells pickled by the code before it.
CELL_FORMAT = "coverage-cell-1"

_everything = CacheVersion("coverage")


def _version_key(code: str) -> str:
    return f"sigap:coverage-regency-version:{code}"


def coverage_changed(**kwargs) -> None:
    """Every figure is counted afresh on the next page load (once the current transaction commits)."""
    transaction.on_commit(_everything.bump, robust=True)


def regencies_changed(*codes: str) -> None:
    """The figures of these regencies (and so of their provinces and the country) are counted afresh."""
    codes = [code for code in codes if code]
    if codes:
        cache.set_many({_version_key(code): uuid.uuid4().hex for code in codes}, None)


def _after_commit(*codes: str | None) -> None:
    # Once the change is committed: a page counted in between would otherwise store the old figures under
    # the new version. robust: a cache outage must not fail the member's save, which has happened already.
    transaction.on_commit(functools.partial(regencies_changed, *codes), robust=True)


def cell_keys(codes: list[str], filters_part: str) -> dict[str, str]:
    """The cache key of each regency's cell under these filters: two cache round trips for any number."""
    stored = cache.get_many([_version_key(code) for code in codes])
    versions, new = {}, {}
    for code in codes:
        version = stored.get(_version_key(code))
        if version is None:
            version = new[_version_key(code)] = uuid.uuid4().hex
        versions[code] = version
    if new:
        cache.set_many(new, None)
    prefix = _everything.key_for(CELL_FORMAT, timezone.localdate().isoformat())
    return {code: f"{prefix}:{code}:{versions[code]}:{filters_part}" for code in codes}


def _member_regency(user_id: int | None) -> str | None:
    if user_id is None:
        return None
    return Profile.objects.filter(user_id=user_id).values_list("regency_id", flat=True).first()


@receiver(course_completed, dispatch_uid="coverage_completed")
def _completed(sender, enrolment, **kwargs) -> None:
    # Sent after the completion committed. The snapshot is where the member's profile placed them.
    regencies_changed(enrolment.completion_regency_id or _member_regency(enrolment.user_id))


@receiver(post_save, sender=Enrolment, dispatch_uid="coverage_enrolment")
def _enrolment_saved(sender, instance, created, **kwargs) -> None:
    # An enrolment is saved on every lesson a member opens (its last lesson); only a new one counts here.
    if created:
        _after_commit(instance.regency_id)


@receiver(post_save, sender=Certificate, dispatch_uid="coverage_certificate")
def _certificate_saved(sender, instance, **kwargs) -> None:
    _after_commit(_member_regency(instance.user_id))


@receiver(pre_save, sender=Profile, dispatch_uid="coverage_profile_moving")
def _profile_saving(sender, instance, **kwargs) -> None:
    # Where the member was before this save: their training leaves that regency's figures.
    if instance.pk:
        instance._coverage_left = (
            Profile.objects.filter(pk=instance.pk).values_list("regency_id", flat=True).first()
        )


@receiver(post_save, sender=Profile, dispatch_uid="coverage_profile")
def _profile_saved(sender, instance, **kwargs) -> None:
    _after_commit(instance.regency_id, getattr(instance, "_coverage_left", None))


@receiver(post_delete, sender=Profile, dispatch_uid="coverage_profile_deleted")
def _profile_deleted(sender, instance, **kwargs) -> None:
    _after_commit(instance.regency_id)


@receiver(post_save, sender=get_user_model(), dispatch_uid="coverage_user")
def _user_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    # Signing in saves last_login; only a change that can deactivate an account matters.
    if not created and (update_fields is None or "is_active" in update_fields):
        _after_commit(_member_regency(instance.pk))
