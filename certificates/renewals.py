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
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.selectors import enrolment_of
from courses.services import enrolment_lock
from quizzes.selectors import final_score, quizzes_to_pass_since, renewable_online

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


def _candidates(certificates, today):
    """Valid certificates ending within the window (or ended), the latest of their member and course, not
    already renewed (a renewal passed, its new certificate maybe still being issued)."""
    renewed = Renewal.objects.filter(renews=OuterRef("pk"), completed_at__isnull=False)
    return _newer_valid(
        certificates.filter(
            status=Certificate.Status.VALID,
            expires_on__isnull=False,
            expires_on__lte=today + RENEWAL_WINDOW,
        )
    ).filter(~Exists(renewed))


def can_renew_online(certificate: Certificate) -> bool:
    """Renewing on Sigap needs the member's completed enrolment and a graded quiz to pass again; otherwise
    (a classroom-only certificate, a course without a quiz) a classroom training renews it."""
    enrolment = enrolment_of(certificate.user, certificate.course) if certificate.user else None
    return bool(enrolment and enrolment.is_complete and renewable_online(certificate.course))


def renewable_ids(user, today=None) -> set[int]:
    """The member's certificates they may renew on Sigap now."""
    today = today or timezone.localdate()
    candidates = _candidates(Certificate.objects.filter(user=user), today).select_related("course")
    return {certificate.pk for certificate in candidates if can_renew_online(certificate)}


def renewal_start(*, certificate: Certificate, user) -> tuple[Renewal, list]:
    """Open (or find) the member's renewal round for this certificate's course. Returns the renewal and the
    quizzes still to pass in it. Raises CertificateRefused."""
    if certificate.pk not in renewable_ids(user):
        raise CertificateRefused(
            _(
                "This certificate cannot be renewed on Sigap now: renewal opens 30 days before it ends."
            )
        )
    enrolment = enrolment_of(user, certificate.course)
    with transaction.atomic():
        enrolment_lock(enrolment_id=enrolment.pk)
        renewal = Renewal.objects.filter(enrolment=enrolment, completed_at__isnull=True).first()
        if renewal is None:
            renewal = Renewal.objects.create(enrolment=enrolment, renews=certificate)
            enrolment.round_started_at = renewal.started_at
            enrolment.save(update_fields=["round_started_at"])
    return renewal, quizzes_to_pass_since(enrolment, renewal.started_at)


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
    if quizzes_to_pass_since(renewal.enrolment, renewal.started_at):
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
    if not enrolment.course.certificate_enabled:
        raise CertificateRefused(_("This course issues no certificates."))
    certificate, template = _new_certificate(
        user=enrolment.user,
        course=enrolment.course,
        enrolment=enrolment,
        completed_on=timezone.localdate(renewal.completed_at),
        score=final_score(enrolment.user_id, enrolment.course, since=renewal.started_at),
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
        user__is_active=True,
    )
    return _newer_valid(due).select_related("user", "course")


def renewals_missing_certificates() -> list[int]:
    """Renewals passed whose new certificate was not issued (a failed render or a lost task)."""
    issued = Certificate.objects.filter(
        completion_key=Concat(Value("renewal:"), Cast(OuterRef("pk"), CharField()))
    )
    return list(
        Renewal.objects.filter(completed_at__isnull=False)
        .filter(~Exists(issued))
        .values_list("pk", flat=True)
    )


def reminder_send(*, certificate: Certificate, send) -> bool:
    """Remind the member once (audited). ``send(certificate, renew_online)`` sends the e-mail; it runs before
    the reminder is recorded, so a failed e-mail is tried again on the next run. False if already reminded."""
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.reminded_at is not None:
            return False
        send(locked, can_renew_online(locked))
        locked.reminded_at = timezone.now()
        locked.save(update_fields=["reminded_at"])
        CertificateEvent.objects.create(certificate=locked, action=CertificateEvent.Action.REMINDED)
    return True
