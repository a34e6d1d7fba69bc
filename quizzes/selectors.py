"""Reads for quizzes: a course's quizzes, each member's standing in them, and the completion requirement."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max, Q

from .models import Attempt, QuizPage


def course_quizzes(course) -> list[QuizPage]:
    """The course's live quizzes in tree order (courses.selectors places them in their modules)."""
    return list(QuizPage.objects.descendant_of(course).live().defer_streamfields().order_by("path"))


@dataclass(frozen=True)
class QuizStanding:
    attempts: int
    best: float | None
    passed: bool
    in_progress: bool


def standings(user, quiz_ids) -> dict[int, QuizStanding]:
    """Per quiz: how many attempts the member made, their best score, whether any attempt passed."""
    if not user.is_authenticated or not quiz_ids:
        return {}
    rows = (
        Attempt.objects.filter(user=user, quiz_id__in=list(quiz_ids))
        .values("quiz_id")
        .annotate(
            attempts=Count("pk"),
            best=Max("percent"),
            passed_count=Count("pk", filter=Q(passed=True)),
            open_count=Count("pk", filter=Q(status=Attempt.Status.IN_PROGRESS)),
        )
    )
    return {
        row["quiz_id"]: QuizStanding(
            row["attempts"], row["best"], row["passed_count"] > 0, row["open_count"] > 0
        )
        for row in rows
    }


def required_quizzes(course) -> list[QuizPage]:
    """The course's live quizzes that must be passed to complete it (graded and required), in tree order;
    from the cached course outline."""
    from courses.selectors import course_outline

    return [
        quiz
        for module in course_outline(course)
        for quiz in module.quizzes
        if quiz.counts_for_completion
    ]


def required_quizzes_passed(enrolment) -> bool:
    """The courses issue's completion requirement: every required graded quiz of the course, in a live
    module, has a passed attempt by this member (the best attempt counts, so one pass is enough)."""
    required = [quiz.pk for quiz in required_quizzes(enrolment.course)]
    if not required:
        return True
    passed = (
        Attempt.objects.filter(user_id=enrolment.user_id, quiz_id__in=required, passed=True)
        .values("quiz_id")
        .distinct()
        .count()
    )
    return passed == len(required)


def attempts_of(user, quiz: QuizPage) -> list[Attempt]:
    return list(Attempt.objects.filter(user=user, quiz=quiz).order_by("number"))


def attempts_exist_under(path: str) -> bool:
    """Whether any member has taken a quiz at or below the page with this tree ``path``."""
    return Attempt.objects.filter(quiz__path__startswith=path).exists()


def final_score(user_id: int, course, *, since=None) -> float | None:
    """The member's best score in the course's final assessment (its last required graded quiz), for
    certificates; None when the course has no such quiz or the member never submitted it. ``since``: only
    attempts started then or later (a renewal round)."""
    graded = required_quizzes(course)
    if not graded:
        return None
    attempts = Attempt.objects.filter(user_id=user_id, quiz_id=graded[-1].pk, percent__isnull=False)
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    return attempts.order_by("-percent").values_list("percent", flat=True).first()


def quizzes_to_pass_since(enrolment, since) -> list[QuizPage]:
    """The course's required graded quizzes, in order, without a passed attempt started at or after
    ``since`` (what a renewing member still has to pass)."""
    required = required_quizzes(enrolment.course)
    passed = set(
        Attempt.objects.filter(
            user_id=enrolment.user_id,
            quiz_id__in=[quiz.pk for quiz in required],
            passed=True,
            started_at__gte=since,
        ).values_list("quiz_id", flat=True)
    )
    return [quiz for quiz in required if quiz.pk not in passed]


def renewable_online(course) -> bool:
    """A course can be renewed online when it has at least one required graded quiz to pass again."""
    return bool(required_quizzes(course))
