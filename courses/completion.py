"""Course completion: the one service that decides a course is complete and announces it.

Completion is evaluated in the same request (and transaction) as the learner's last requirement: no scheduled
job, no lag. Other apps add requirements (the quizzes issue: "every required quiz passed") with
``register_requirement`` and react to completions by connecting to ``course_completed`` (the certificates
issue). A completion, once recorded, is never undone.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from accounts.selectors import profile_for

from .models import Enrolment, LessonProgress
from .selectors import needed_lessons

#: Sent after the transaction that completed a course commits. Keyword argument: ``enrolment``.
course_completed = Signal()

#: Callables taking an Enrolment and returning True when their part of the course is done.
_requirements: list[Callable[[Enrolment], bool]] = []


def register_requirement(check: Callable[[Enrolment], bool]) -> None:
    if check not in _requirements:
        _requirements.append(check)


def lessons_requirement(enrolment: Enrolment) -> bool:
    needed = [lesson.pk for lesson in needed_lessons(enrolment.course)]
    done = LessonProgress.objects.filter(
        user_id=enrolment.user_id, lesson_id__in=needed, completed_at__isnull=False
    ).count()
    return done == len(needed)


register_requirement(lessons_requirement)


@transaction.atomic
def completion_evaluate(*, enrolment: Enrolment) -> bool:
    """Record the completion if every requirement is met now; returns whether the course is complete."""
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    if enrolment.completed_at is not None:
        return True
    if not all(check(enrolment) for check in _requirements):
        return False
    enrolment.completed_at = timezone.now()
    profile = profile_for(enrolment.user)
    if profile is not None:
        enrolment.completion_province_id = profile.province_id
        enrolment.completion_regency_id = profile.regency_id
        enrolment.completion_agency_type = profile.agency_type
    enrolment.save(
        update_fields=[
            "completed_at",
            "completion_province",
            "completion_regency",
            "completion_agency_type",
        ]
    )
    transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
    return True
