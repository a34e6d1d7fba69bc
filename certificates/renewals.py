"""Certificates that expire: a reminder 30 days before, and renewal by passing the course's quiz again.

A template with a validity (in months) gives its certificates an end date. From 30 days before it, the member
is reminded by e-mail (once) and *My certificates* offers **Renew**: that opens a new round on their enrolment
(courses.Enrolment.round_started_at), so their earlier quiz attempts no longer count toward the attempt limit,
and passing every required graded quiz of the course again issues a new certificate. The first completion, the
earlier certificates and the earlier attempts all stay in the history.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.selectors import enrolment_of
from courses.services import enrolment_lock
from quizzes.selectors import final_score, renewable_online, required_quizzes_passed_since

from .models import Certificate, CertificateEvent, Renewal
from .services import CertificateRefused, _new_certificate, _store, template_for

#: How long before the end of validity members are reminded and may renew.
RENEWAL_WINDOW = timedelta(days=30)


def _newer_valid(certificates):
    newer = Certificate.objects.filter(
        user=OuterRef("user"),
        course=OuterRef("course"),
        status=Certificate.Status.VALID,
        issued_at__gt=OuterRef("issued_at"),
    )
    return certificates.filter(~Exists(newer))


def renewable_ids(user, today=None) -> set[int]:
    """The member's certificates they may renew now: valid, the latest for their course, ending within the
    window (or already ended)."""
    today = today or timezone.localdate()
    mine = Certificate.objects.filter(
        user=user,
        status=Certificate.Status.VALID,
        expires_on__isnull=False,
        expires_on__lte=today + RENEWAL_WINDOW,
    )
    return set(_newer_valid(mine).values_list("pk", flat=True))


def renewal_start(*, certificate: Certificate, user) -> Renewal:
    """Open (or find) the member's renewal round for this certificate's course. Raises CertificateRefused."""
    if certificate.pk not in renewable_ids(user):
        raise CertificateRefused(
            _("This certificate cannot be renewed now: renewal opens 30 days before it ends.")
        )
    enrolment = enrolment_of(user, certificate.course)
    if enrolment is None or not enrolment.is_complete:
        raise CertificateRefused(
            _("Complete this course on Sigap to renew the certificate: enrol from the course page.")
        )
    if not renewable_online(certificate.course):
        raise CertificateRefused(
            _("This course has no quiz to pass again. Ask your trainer about a classroom renewal.")
        )
    with transaction.atomic():
        enrolment_lock(enrolment_id=enrolment.pk)
        renewal = Renewal.objects.filter(enrolment=enrolment, completed_at__isnull=True).first()
        if renewal is not None:
            return renewal
        renewal = Renewal.objects.create(enrolment=enrolment, renews=certificate)
        enrolment.round_started_at = renewal.started_at
        enrolment.save(update_fields=["round_started_at"])
    return renewal


def renewal_check(*, attempt) -> Renewal | None:
    """After a quiz attempt: complete the member's open renewal if they have now passed every required graded
    quiz again. Returns the renewal just completed (its certificate is then issued by a task)."""
    if not attempt.passed or attempt.is_pretest:
        return None
    renewal = (
        Renewal.objects.select_related("enrolment__course")
        .filter(enrolment_id=attempt.enrolment_id, completed_at__isnull=True)
        .first()
    )
    if renewal is None or attempt.started_at < renewal.started_at:
        return None
    if not required_quizzes_passed_since(renewal.enrolment, renewal.started_at):
        return None
    with transaction.atomic():
        renewal = Renewal.objects.select_for_update().get(pk=renewal.pk)
        if renewal.completed_at is not None:
            return None
        renewal.completed_at = timezone.now()
        renewal.save(update_fields=["completed_at"])
    return renewal


def certificate_issue_renewal(*, renewal: Renewal) -> Certificate:
    """The new certificate of a completed renewal: issued once (a unique key), like a first completion's."""
    key = f"renewal:{renewal.pk}"
    existing = Certificate.objects.filter(completion_key=key).first()
    if existing is not None:
        return existing
    enrolment = renewal.enrolment
    certificate, template = _new_certificate(
        user=enrolment.user,
        course=enrolment.course,
        enrolment=enrolment,
        completed_on=timezone.localdate(renewal.completed_at),
        score=final_score(enrolment.user_id, enrolment.course),
        template=template_for(enrolment.course),
        source=Certificate.Source.COMPLETION,
    )
    certificate.completion_key = key
    try:
        _store(
            certificate,
            template,
            event=CertificateEvent.Action.ISSUED,
            note=f"renews {renewal.renews.number}",
        )
    except IntegrityError:
        return Certificate.objects.get(completion_key=key)
    certificate.just_issued = True
    return certificate


def certificates_due_reminder(today=None):
    """Valid certificates ending within the window whose holder was not reminded yet and has not renewed."""
    today = today or timezone.localdate()
    due = Certificate.objects.filter(
        Q(expires_on__gte=today) & Q(expires_on__lte=today + RENEWAL_WINDOW),
        status=Certificate.Status.VALID,
        reminded_at__isnull=True,
        user__isnull=False,
    )
    return _newer_valid(due).select_related("user")


def reminder_record(*, certificate: Certificate) -> bool:
    """Mark the certificate as reminded (once, audited); False when someone else already did."""
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.reminded_at is not None:
            return False
        locked.reminded_at = timezone.now()
        locked.save(update_fields=["reminded_at"])
        CertificateEvent.objects.create(certificate=locked, action=CertificateEvent.Action.REMINDED)
    return True
