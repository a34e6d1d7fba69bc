"""Writes for certificates: issue on completion (through the task queue), revoke, re-issue, regenerate.

Never half-issued: the PDF is rendered and stored first, then the record is created in one transaction; if
that fails the stored file is removed again, so a record always has its PDF and a PDF on disk always has its
record. Never twice for one completion: the record carries a unique ``completion_key`` and a retried or
duplicated task finds the existing certificate instead.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from datetime import date

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from accounts.audit import CERTIFICATE_REVOKE
from accounts.selectors import profile_for
from quizzes.selectors import final_score

from .models import Certificate, CertificateEvent, CertificateTemplate, NumberSequence
from .pdf import render_pdf

logger = logging.getLogger(__name__)

# The name is printed above the text ("Diberikan kepada / Presented to"), so the default text does not
# repeat it, and uses only what every certificate has: a course may cover no regulation and a classroom
# training has no score. Trainers add {regulations} or {score} in a course's own template where they fit.
DEFAULT_BODY = "atas keberhasilannya menyelesaikan kursus {course} di Sigap pada {date}."
DEFAULT_BODY_EN = "for completing the course {course} on Sigap on {date}."


NO_PROFILE = gettext_lazy(
    "This member has no task-force profile, so there is no name for the certificate."
)
#: What a corrected (re-issued) certificate copies from the one it replaces: all but the name.
SNAPSHOT_FIELDS = (
    "course_title",
    "course_title_en",
    "completed_on",
    "score",
    "regulations",
    "issuer",
    "language",
    "expires_on",
)


class CertificateRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def template_for(course) -> CertificateTemplate:
    """The course's own template, else the site-wide default (created with standard wording if missing)."""
    template = CertificateTemplate.objects.filter(course=course).first()
    if template is None:
        template = CertificateTemplate.objects.filter(course__isnull=True).order_by("pk").first()
    if template is None:
        template = CertificateTemplate.objects.create(
            name="Default", body=DEFAULT_BODY, body_en=DEFAULT_BODY_EN
        )
    if template.latest_revision_id is None:
        template.save_revision()
    return template


def _next_number(year: int) -> str:
    with transaction.atomic():
        NumberSequence.objects.get_or_create(year=year)
        sequence = NumberSequence.objects.select_for_update().get(year=year)
        sequence.last += 1
        sequence.save(update_fields=["last"])
    return f"SIGAP-{year}-{sequence.last:06d}"


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


def _store(
    certificate: Certificate,
    template: CertificateTemplate,
    *,
    event: str,
    actor=None,
    note: str = "",
) -> Certificate:
    """Render the PDF, store it, then save the record (and its event) in one transaction."""
    pdf = render_pdf(certificate, template)
    certificate.sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.pdf.save(f"{certificate.number}.pdf", ContentFile(pdf), save=False)
    try:
        with transaction.atomic():
            certificate.save()
            CertificateEvent.objects.create(
                certificate=certificate, action=event, actor=actor, note=note
            )
    except Exception:
        certificate.pdf.delete(save=False)
        raise
    return certificate


def _new_certificate(*, user, course, enrolment, completed_on, score, template, source, name=None):
    profile = profile_for(user)
    if profile is None and not name:
        # The name on a certificate is the one on the task-force profile; never fall back to the address.
        raise CertificateRefused(str(NO_PROFILE))
    template_version = template.latest_revision.as_object()
    return Certificate(
        number=_next_number(timezone.localdate().year),
        user=user,
        course=course,
        enrolment=enrolment,
        source=source,
        template_revision_id=template.latest_revision_id,
        holder_name=name or profile.full_name,
        course_title=course.title,
        course_title_en=course.title_en,
        completed_on=completed_on,
        score=score,
        regulations=", ".join(str(regulation) for regulation in course.regulations.all()),
        issuer=template_version.issuer,
        language=template_version.language,
        expires_on=_add_months(completed_on, template_version.validity_months)
        if template_version.validity_months
        else None,
    ), template_version


def certificate_issue(*, enrolment) -> Certificate | None:
    """The certificate for a completed enrolment: issued once, found again on every later call.

    Returns None when the course issues no certificate or the enrolment is not complete.
    """
    if enrolment.completed_at is None or not enrolment.course.certificate_enabled:
        return None
    key = f"enrolment:{enrolment.pk}:{enrolment.completed_at.isoformat()}"
    existing = Certificate.objects.filter(completion_key=key).first()
    if existing is not None:
        return existing
    course = enrolment.course
    certificate, template = _new_certificate(
        user=enrolment.user,
        course=course,
        enrolment=enrolment,
        completed_on=timezone.localdate(enrolment.completed_at),
        score=final_score(enrolment.user_id, course),
        template=template_for(course),
        source=Certificate.Source.COMPLETION,
    )
    certificate.completion_key = key
    try:
        certificate = _store(certificate, template, event=CertificateEvent.Action.ISSUED)
        certificate.just_issued = True
        return certificate
    except IntegrityError:
        # The same completion was issued by a concurrent task a moment ago.
        return Certificate.objects.get(completion_key=key)


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, actor) -> Certificate:
    """Revoke with a reason (audited); the certificate stays, its verification page says revoked."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Give the reason for revoking this certificate."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != Certificate.Status.VALID:
        raise CertificateRefused(_("Only a valid certificate can be revoked."))
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_reason"])
    CertificateEvent.objects.create(
        certificate=certificate, action=CertificateEvent.Action.REVOKED, actor=actor, note=reason
    )
    # In the ministry's audit trail too (accounts/audit.py), without the reason: it may name people.
    log(instance=certificate, action=CERTIFICATE_REVOKE, user=actor, content_changed=True)
    return certificate


def certificate_reissue(*, certificate: Certificate, actor, note: str = "") -> Certificate:
    """A corrected certificate (e.g. after a name correction in the member's profile) replaces this one,
    whose verification page then points to the new one."""
    if certificate.status != Certificate.Status.VALID:
        raise CertificateRefused(_("Only a valid certificate can be re-issued."))
    if certificate.user is None:
        raise CertificateRefused(_("This member's account no longer exists."))
    profile = profile_for(certificate.user)
    if profile is None:
        raise CertificateRefused(str(NO_PROFILE))
    # Only the name changes: everything else it certifies, and the template revision, stay as issued.
    new = Certificate(
        number=_next_number(timezone.localdate().year),
        user=certificate.user,
        course=certificate.course,
        enrolment=certificate.enrolment,
        source=certificate.source,
        template_revision_id=certificate.template_revision_id,
        holder_name=profile.full_name,
        # A corrected certificate is not a new reason to remind the member of its end.
        reminded_at=certificate.reminded_at,
        **{field: getattr(certificate, field) for field in SNAPSHOT_FIELDS},
    )
    template = certificate.template_revision.as_object()
    pdf = render_pdf(new, template)
    new.sha256 = hashlib.sha256(pdf).hexdigest()
    new.pdf.save(f"{new.number}.pdf", ContentFile(pdf), save=False)
    try:
        with transaction.atomic():
            old = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if old.status != Certificate.Status.VALID:
                raise CertificateRefused(_("Only a valid certificate can be re-issued."))
            new.save()
            old.status = Certificate.Status.SUPERSEDED
            old.superseded_by = new
            old.save(update_fields=["status", "superseded_by"])
            CertificateEvent.objects.create(
                certificate=new, action=CertificateEvent.Action.ISSUED, actor=actor, note=note
            )
            CertificateEvent.objects.create(
                certificate=old, action=CertificateEvent.Action.SUPERSEDED, actor=actor, note=note
            )
    except Exception:
        new.pdf.delete(save=False)
        raise
    return new


def certificate_issue_classroom(
    *, user, course, completed_on: date, actor, note: str = ""
) -> Certificate:
    """The certificate for a classroom training (e.g. at a task-force coordination meeting), issued from
    the attendance list a trainer or the Ministry uploads (certificates/classroom.py).

    Found again rather than issued twice: a valid classroom certificate for the same member, course and
    training date is returned as it is (without ``just_issued``), so a retried or replayed issue is harmless.
    The name is the one on the member's task-force profile; there is no score. The event carries who
    issued it and their note (where the training was held).
    """
    if not course.certificate_enabled:
        raise CertificateRefused(_("This course issues no certificates."))
    if completed_on > timezone.localdate():
        raise CertificateRefused(_("The training date cannot be in the future."))
    profile = profile_for(user)
    if profile is None:
        raise CertificateRefused(str(NO_PROFILE))
    # One certificate per member, course and training date, guaranteed by the unique key (a double
    # confirm or two workers find the first one).
    key = f"classroom:{user.pk}:{course.pk}:{completed_on.isoformat()}"
    existing = Certificate.objects.filter(completion_key=key).first()
    if existing is not None:
        return existing
    certificate, template = _new_certificate(
        user=user,
        course=course,
        enrolment=None,
        completed_on=completed_on,
        score=None,
        template=template_for(course),
        source=Certificate.Source.CLASSROOM,
        name=profile.full_name,
    )
    certificate.completion_key = key
    try:
        _store(certificate, template, event=CertificateEvent.Action.ISSUED, actor=actor, note=note)
    except IntegrityError:
        return Certificate.objects.get(completion_key=key)
    certificate.just_issued = True
    return certificate


def certificate_regenerate(*, certificate: Certificate, actor=None) -> Certificate:
    """Re-render a valid certificate from its template's latest revision, after the template changed.

    Only the look and wording follow the template: the number, verification code and everything the
    certificate snapshots (name, course, dates, score, issuer) stay as issued, so the QR code and every
    printed copy keep verifying. The new PDF is stored under a new name first; the record then points to
    it in one transaction, and the old file is deleted only once that has committed, so a failure at any
    step leaves the certificate with a PDF that matches its SHA-256.
    """
    if certificate.status != Certificate.Status.VALID:
        raise CertificateRefused(_("Only a valid certificate can be regenerated."))
    template = CertificateTemplate.objects.filter(
        pk=certificate.template_revision.object_id
    ).first()
    if template is None or template.latest_revision_id is None:
        raise CertificateRefused(_("The template of this certificate no longer exists."))
    revision = template.latest_revision
    pdf = render_pdf(certificate, revision.as_object())
    storage = certificate.pdf.storage
    old_name = certificate.pdf.name
    new_name = storage.save(
        certificate.pdf.field.generate_filename(certificate, f"{certificate.number}.pdf"),
        ContentFile(pdf),
    )
    try:
        with transaction.atomic():
            current = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if current.status != Certificate.Status.VALID:
                raise CertificateRefused(_("Only a valid certificate can be regenerated."))
            current.pdf.name = new_name
            current.sha256 = hashlib.sha256(pdf).hexdigest()
            current.template_revision = revision
            current.save(update_fields=["pdf", "sha256", "template_revision"])
            CertificateEvent.objects.create(
                certificate=current,
                action=CertificateEvent.Action.REGENERATED,
                actor=actor,
                note=f"{template.name} (rev. {revision.pk})",
            )
            if old_name and old_name != new_name:
                # After the commit, and never able to undo it: the record already points to the new file.
                transaction.on_commit(lambda: storage.delete(old_name), robust=True)
    except Exception:
        storage.delete(new_name)
        raise
    return current


@transaction.atomic
def certificates_withdraw_for_deleted_account(*, user) -> int:
    """Withdraw every certificate of a member who is deleting their account, and erase them from it.

    The records stay, so a verification address printed on paper or in a QR code keeps answering (a third
    party learns the certificate was withdrawn at the holder's request, instead of a 404 they could take
    for a forgery). What made them personal goes: the name, score, revocation reason and staff notes are
    blanked and the PDF, which carries the name, is deleted once the deletion commits (never before: a
    rolled-back deletion keeps its files).
    A valid or expired certificate becomes *withdrawn*; a revoked or replaced one keeps saying so, which is
    what a third party needs to know about it. Returns how many certificates were erased.
    """
    now = timezone.now()
    certificates = list(Certificate.objects.select_for_update().filter(user=user).order_by("pk"))
    storage = Certificate._meta.get_field("pdf").storage
    files = [certificate.pdf.name for certificate in certificates if certificate.pdf]
    for certificate in certificates:
        if certificate.status == Certificate.Status.VALID:
            certificate.status = Certificate.Status.WITHDRAWN
        certificate.holder_name = ""
        certificate.score = None
        certificate.pdf = ""
        certificate.sha256 = ""
        certificate.holder_erased_at = now
        certificate.save(
            update_fields=["status", "holder_name", "score", "pdf", "sha256", "holder_erased_at"]
        )
    CertificateEvent.objects.bulk_create(
        CertificateEvent(certificate=certificate, action=CertificateEvent.Action.ERASED, at=now)
        for certificate in certificates
    )
    # Staff wrote these notes and revocation reasons in their own words, which may name the member.
    Certificate.objects.filter(pk__in=[certificate.pk for certificate in certificates]).update(
        revoked_reason=""
    )
    CertificateEvent.objects.filter(certificate__in=certificates).exclude(note="").update(note="")
    for name in files:
        transaction.on_commit(functools.partial(storage.delete, name), robust=True)
    return len(certificates)
