"""Completed enrolments and their certificates, made the way the completion service and issuing make them.

Lessons are completed through ``courses.services.lesson_complete`` (so ``completed_at`` and the completion
snapshot are real); certificates through ``certificates.services.certificate_issue``. The ``course_completed``
signal is sent on commit, which pytest-django's transaction never reaches: a test that wants the automatic
path wraps the completion in ``django_capture_on_commit_callbacks(execute=True)``.
"""

from __future__ import annotations

import itertools
from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage

from certificates.models import Certificate, CertificateTemplate
from certificates.services import certificate_issue
from courses.models import CoursePage, Enrolment
from courses.services import enrolment_create, lesson_complete
from tests.accounts.factories import ProfileFactory, with_role
from tests.courses.factories import lessons_of, make_course

_counter = itertools.count(1)


def make_member(**profile_fields):
    """A learner with a complete profile (``full_name`` and the rest can be given)."""
    return with_role(ProfileFactory(**profile_fields).user, "Learner")


def complete(enrolment: Enrolment) -> Enrolment:
    """Complete every lesson of the enrolment's course through the completion service."""
    for lesson in lessons_of(enrolment.course):
        lesson_complete(enrolment=enrolment, lesson=lesson)
    return Enrolment.objects.select_related("course", "user").get(pk=enrolment.pk)


def completed_enrolment(user=None, course: CoursePage | None = None, **course_fields) -> Enrolment:
    """``user`` (default: a new learner) has completed ``course`` (default: a new one-lesson course)."""
    user = user or make_member()
    course = course or make_course(lessons_per_module=1, **course_fields)
    return complete(enrolment_create(user=user, course=course))


def make_certificate(user=None, course: CoursePage | None = None, **course_fields) -> Certificate:
    """A certificate issued for a new completion, as the task issues it."""
    certificate = certificate_issue(
        enrolment=completed_enrolment(user=user, course=course, **course_fields)
    )
    assert certificate is not None, "the course issues no certificate"
    return certificate


def make_image(*, width: int = 240, height: int = 120, colour: str = "#8a1538", title: str = ""):
    """A Wagtail image (a plain PNG) in media storage, for logos and signatures."""
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    n = next(_counter)
    return get_image_model().objects.create(
        title=title or f"Gambar {n}", file=ImageFile(buffer, name=f"gambar-{n}.png")
    )


def make_template(*, course: CoursePage | None = None, logos=(), signatories=(), **fields):
    """A certificate template, checked and saved with a first revision.

    ``logos``: images; ``signatories``: (name, position, signature image or None) tuples.
    """
    defaults = {
        "name": f"Templat {next(_counter)}",
        "body": "Diberikan kepada {name} atas kursus {course} pada {date}.",
        "body_en": "Awarded to {name} for the course {course} on {date}.",
    }
    template = CertificateTemplate(
        course=course,
        logos=[
            {"type": "logo", "value": {"image": image.pk, "alt": f"Logo {index}"}}
            for index, image in enumerate(logos, start=1)
        ],
        signatories=[
            {
                "type": "signatory",
                "value": {
                    "name": name,
                    "position": position,
                    "signature": signature.pk if signature else None,
                },
            }
            for name, position, signature in signatories
        ],
        **{**defaults, **fields},
    )
    template.full_clean()
    template.save()
    template.save_revision()
    return template


def edit_template(template: CertificateTemplate, **changes) -> CertificateTemplate:
    """Change the template as a trainer would in the admin: a new revision."""
    for name, value in changes.items():
        setattr(template, name, value)
    template.full_clean()
    template.save()
    template.save_revision()
    return template
