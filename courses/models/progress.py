"""Who is enrolled in what, how far they got, and their private reflections.

One row per (user, course) and per (user, lesson), each with a unique constraint (openedx/completion's shape),
so a double click or a retried request can never count twice.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import AgencyType, Province, Regency


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("member"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last lesson opened"),
    )
    # Where the member served when they enrolled and when they completed: coverage history must not shift
    # when a member later moves or changes agency.
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="+", verbose_name=_("province")
    )
    regency = models.ForeignKey(
        Regency, on_delete=models.PROTECT, related_name="+", verbose_name=_("regency or city")
    )
    agency_type = models.CharField(_("agency type"), max_length=20, choices=AgencyType.choices)
    completion_province = models.ForeignKey(
        Province,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("province at completion"),
    )
    completion_regency = models.ForeignKey(
        Regency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("regency or city at completion"),
    )
    completion_agency_type = models.CharField(
        _("agency type at completion"), max_length=20, choices=AgencyType.choices, blank=True
    )
    # Set when the member renews their certificate: quiz attempts from before it no longer count toward the
    # attempt limit, and passing again renews the certificate. The first completion is never undone.
    round_started_at = models.DateTimeField(_("current round began"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_one_per_course")
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.course_id}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="progress"
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    first_viewed_at = models.DateTimeField(auto_now_add=True)
    last_viewed_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="lesson_progress_one_per_lesson"
            )
        ]
        indexes = [models.Index(fields=["enrolment", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.lesson_id}"


class ReflectionAnswer(models.Model):
    """A learner's private answer to a reflection prompt. Stored sanitised (sigap.sanitize)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="reflection_one_per_prompt"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.lesson_id} · {self.block_id}"
