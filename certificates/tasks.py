"""Background work for certificates (Django's Tasks API, the django-tasks backport).

Issuing is enqueued when a course is completed (the ``course_completed`` signal, sent after the completing
transaction commits). A failed render is retried a few times at once and, if it still fails, picked up by
``manage.py issue_missing_certificates`` (run it every few minutes); certificate_issue is idempotent, so a
retry or a duplicate can never issue twice. Logs carry ids only, never names.
"""

from __future__ import annotations

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from django_tasks import task

from courses.selectors import enrolment_by_id
from sigap.links import public_url

from .models import Certificate
from .pdf import verification_url
from .services import certificate_issue

logger = logging.getLogger(__name__)

MAX_TRIES = 3


@task()
def issue_certificate(enrolment_id: int, tries: int = 1) -> str | None:
    enrolment = enrolment_by_id(enrolment_id)
    if enrolment is None:
        return None
    return _issue_and_mail(
        lambda: certificate_issue(enrolment=enrolment), issue_certificate, enrolment_id, tries
    )


def _issue_and_mail(issue, retry_task, object_id: int, tries: int) -> str | None:
    """Run ``issue``; on failure log (ids only) and enqueue ``retry_task`` again, up to MAX_TRIES; mail
    the member a certificate that was just issued (not one found again)."""
    try:
        certificate = issue()
    except Exception:
        logger.exception("%s(%s) failed (try %s)", retry_task.name, object_id, tries)
        if tries < MAX_TRIES:
            retry_task.enqueue(object_id, tries + 1)
        raise
    if certificate is None:
        return None
    if getattr(certificate, "just_issued", False):
        mail_certificate.enqueue(certificate.pk)
    return certificate.number


@task()
def mail_certificate(certificate_id: int) -> None:
    """Tell the member their certificate is ready, with the links to download and to share it."""
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.user is None:
        return
    with translation.override("id"):
        context = {
            "certificate": certificate,
            "my_certificates_url": public_url(reverse("certificates:mine")),
            "verify_url": verification_url(certificate.code),
        }
        subject = render_to_string("certificates/email/issued_subject.txt", context).strip()
        body = render_to_string("certificates/email/issued.txt", context)
    send_mail(f"[Sigap] {subject}", body, None, [certificate.user.email])


@task()
def issue_renewal_certificate(renewal_id: int, tries: int = 1) -> str | None:
    """The new certificate of a member who passed the course's quizzes again (certificates/renewals.py);
    retried like issue_certificate, and swept up by issue_missing_certificates."""
    from . import renewals
    from .models import Renewal

    renewal = (
        Renewal.objects.select_related("enrolment__course", "enrolment__user", "renews")
        .filter(pk=renewal_id, completed_at__isnull=False)
        .first()
    )
    if renewal is None:
        return None
    # Looked up through the module, so a test can make the render fail.
    return _issue_and_mail(
        lambda: renewals.certificate_issue_renewal(renewal=renewal),
        issue_renewal_certificate,
        renewal_id,
        tries,
    )


@task()
def send_expiry_reminders() -> int:
    """Remind, once, every member whose certificate ends within 30 days (run daily)."""
    from .renewals import certificates_due_reminder, reminder_send

    sent = 0
    for certificate in certificates_due_reminder():
        try:
            sent += reminder_send(certificate=certificate, send=_mail_reminder)
        except Exception:
            # Not recorded: tried again on the next run. Ids only in logs.
            logger.exception("Expiry reminder for certificate %s failed", certificate.pk)
    return sent


def _mail_reminder(certificate: Certificate, renew_online: bool) -> None:
    with translation.override("id"):
        context = {
            "certificate": certificate,
            "renew_online": renew_online,
            "my_certificates_url": public_url(reverse("certificates:mine")),
        }
        subject = render_to_string("certificates/email/expiring_subject.txt", context).strip()
        body = render_to_string("certificates/email/expiring.txt", context)
    send_mail(f"[Sigap] {subject}", body, None, [certificate.user.email])
