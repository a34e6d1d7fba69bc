"""Attempts at a quiz and the answers in them.

An attempt pins the page revision it started from and the questions it drew, in the order and with the
choice orders the member saw (``layout``), so a later edit never changes a past result. One Response row per
(attempt, question) holds the answer as it is saved, screen by screen, and its grade once submitted; item
analysis reads these rows across all attempts.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    # Random, so one member cannot guess another's attempt address (each view checks the owner as well).
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("member"),
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("enrolment"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("quiz revision"),
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    is_pretest = models.BooleanField(_("pre-test"), default=False)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    layout = models.JSONField(_("questions drawn"), default=list)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("time limit ends"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    timed_out = models.BooleanField(_("submitted when time ran out"), default=False)
    points = models.FloatField(_("points"), null=True, blank=True)
    possible = models.PositiveIntegerField(_("possible points"), null=True, blank=True)
    percent = models.FloatField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="attempt_number_per_member"
            ),
            # A double click on "Start" can never open two attempts at once.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(status="in_progress"),
                name="attempt_one_open_per_member",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "status"])]

    def __str__(self) -> str:
        return f"{self.quiz_id} #{self.number} ({self.user_id})"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.IN_PROGRESS

    @property
    def question_ids(self) -> list[str]:
        return [entry["id"] for entry in self.layout]

    def seconds_left(self, now=None) -> int | None:
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))


class Response(models.Model):
    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="responses", verbose_name=_("attempt")
    )
    question_id = models.CharField(_("question"), max_length=64)
    position = models.PositiveSmallIntegerField(_("order in the attempt"))
    # In the question's own terms (authored indices), never the shuffled positions the member saw.
    answer = models.JSONField(_("answer"), null=True, blank=True)
    # Final once the member has seen its feedback (feedback after each question, scenario decisions).
    locked = models.BooleanField(_("final"), default=False)
    saved_at = models.DateTimeField(_("saved"), auto_now=True)
    earned = models.FloatField(_("points earned"), null=True, blank=True)
    possible = models.PositiveSmallIntegerField(_("possible points"), null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="response_one_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} {self.question_id}"
