"""A small task force spread over a few regions, built through the real services (enrolment, completion,
certificate issue), so the dashboard counts what members actually did."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from certificates.services import certificate_issue
from courses.models import CoursePage, Enrolment
from courses.services import enrolment_create
from tests.certificates.factories import complete, make_member
from tests.courses.factories import make_course


@dataclass
class TaskForce:
    course_a: CoursePage
    course_b: CoursePage
    members: dict[str, list] = field(default_factory=dict)


def member(regency: str, **profile):
    return make_member(province_id=regency[:2], regency_id=regency, **profile)


def enrol(user, course: CoursePage) -> Enrolment:
    return enrolment_create(user=user, course=course)


def certify(user, course: CoursePage, *, completed_at: dt.datetime | None = None):
    """``user`` completes ``course`` (at ``completed_at`` if given) and is issued its certificate."""
    enrolment = complete(enrol(user, course))
    if completed_at is not None:
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=completed_at)
        enrolment.refresh_from_db()
    return certificate_issue(enrolment=enrolment)


def task_force() -> TaskForce:
    """Kota Bandung (32.73): 3 members, 2 certified in course A, 1 only enrolled in B (a police officer).
    Kab. Bogor (32.01): 1 member certified in B. Aceh, Kab. Simeulue (11.01): 1 member, enrolled in A.
    Every other regency is empty."""
    course_a = make_course(title="Kursus A", lessons_per_module=1)
    course_b = make_course(title="Kursus B", lessons_per_module=1)
    force = TaskForce(course_a, course_b)
    bandung = [member("32.73"), member("32.73"), member("32.73", agency_type="police")]
    certify(bandung[0], course_a)
    certify(bandung[1], course_a)
    enrol(bandung[2], course_b)
    bogor = [member("32.01", agency_type="health")]
    certify(bogor[0], course_b)
    aceh = [member("11.01", task_force_level="provincial")]
    enrol(aceh[0], course_a)
    force.members = {"32.73": bandung, "32.01": bogor, "11.01": aceh}
    return force


def days_ago(days: int) -> dt.datetime:
    return timezone.now() - dt.timedelta(days=days)
