"""Writes for learning: enrolment, lesson visits and completion, private reflections."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from allauth.account.models import EmailAddress

from accounts.selectors import profile_for
from sigap.sanitize import clean_html

from .completion import completion_evaluate
from .models import CoursePage, Enrolment, LessonPage, LessonProgress, ReflectionAnswer

REFLECTION_MAX_LENGTH = 5000


@dataclass
class EnrolmentRefused(Exception):
    """Why a member cannot enrol yet, and where they can fix it (a URL name)."""

    message: str
    fix_url_name: str | None = None


def enrolment_check(*, user, course: CoursePage) -> None:
    """Raise EnrolmentRefused unless ``user`` may enrol in ``course`` now."""
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise EnrolmentRefused(_("Verify your e-mail address before enrolling."), "account_email")
    if profile_for(user) is None:
        raise EnrolmentRefused(
            _("Complete your task-force profile before enrolling."), "accounts:profile"
        )
    completed = Enrolment.objects.filter(user=user, completed_at__isnull=False).values("course_id")
    missing = list(course.live_prerequisites().exclude(pk__in=completed))
    if missing:
        names = ", ".join(page.heading for page in missing)
        raise EnrolmentRefused(_("Complete these courses first: %(names)s.") % {"names": names})


def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrol ``user`` in ``course`` (enrolling twice returns the existing enrolment)."""
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    enrolment_check(user=user, course=course)
    profile = profile_for(user)
    try:
        with transaction.atomic():
            enrolment = Enrolment(
                user=user,
                course=course,
                province_id=profile.province_id,
                regency_id=profile.regency_id,
                agency_type=profile.agency_type,
            )
            enrolment.full_clean(
                exclude=["last_lesson", "completion_province", "completion_regency"]
            )
            enrolment.save()
    except IntegrityError:
        # A concurrent request enrolled first.
        return Enrolment.objects.get(user=user, course=course)
    return enrolment


def enrolment_for_lesson(*, user, lesson) -> Enrolment | None:
    """The member's enrolment in the course that holds ``lesson`` (or a quiz, or any page in a course);
    one query: ancestors share path prefixes."""
    step = LessonPage.steplen
    ancestor_paths = [lesson.path[:end] for end in range(step, len(lesson.path), step)]
    return (
        Enrolment.objects.filter(user=user, course__path__in=ancestor_paths)
        .select_related("course", "last_lesson")
        .first()
    )


def enrolment_lock(*, enrolment_id: int) -> None:
    """Lock the enrolment row until the transaction ends. Writes that may complete a course lock it first
    (completion_evaluate does too), so concurrent requests for one member and course queue up, always in the
    same order."""
    Enrolment.objects.select_for_update().filter(pk=enrolment_id).values_list("pk").first()


def _progress_row(*, enrolment: Enrolment, lesson: LessonPage) -> LessonProgress:
    try:
        with transaction.atomic():
            progress, _created = LessonProgress.objects.get_or_create(
                user_id=enrolment.user_id, lesson=lesson, defaults={"enrolment": enrolment}
            )
    except IntegrityError:
        progress = LessonProgress.objects.get(user_id=enrolment.user_id, lesson=lesson)
    return progress


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> set[int]:
    """Remember that the member opened ``lesson`` (the resume link points to it).

    Returns the ids of the lessons of this enrolment that are done. On a repeat visit this is one query.
    """
    progress = dict(
        LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson_id", "completed_at")
    )
    if lesson.pk not in progress:
        _progress_row(enrolment=enrolment, lesson=lesson)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])
    return {lesson_id for lesson_id, completed_at in progress.items() if completed_at is not None}


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> bool:
    """Mark ``lesson`` done (idempotent) and complete the course if that was the last requirement.

    Returns whether the course is now complete.
    """
    progress = _progress_row(enrolment=enrolment, lesson=lesson)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at", "last_viewed_at"])
    return completion_evaluate(enrolment=enrolment)


def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> ReflectionAnswer:
    """Store the member's private answer, sanitised on the way in."""
    # Cut before cleaning, so a tag or entity is never split.
    cleaned = clean_html((text or "")[:REFLECTION_MAX_LENGTH])
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": cleaned}
    )
    return answer
