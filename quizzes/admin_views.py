"""Quiz analytics in the Wagtail admin (registered in quizzes/wagtail_hooks.py under /admin/quiz-analytics/).

Each table has a CSV twin with the same figures as plain numbers (percentages as 0–100, discrimination and
normalised gain as fractions), streamed as Django's docs show
(https://docs.djangoproject.com/en/5.2/howto/outputting-csv/#streaming-large-csv-files). Only aggregates are
exported: no names or e-mail addresses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from accounts.roles import can_use_admin
from sigap.exports import csv_response

from . import analytics
from .models import QuizPage


def can_view_quiz_analytics(user) -> bool:
    """Superusers, trainers and the Ministry: the roles that reach the admin (accounts.roles.ADMIN_ROLES)."""
    return can_use_admin(user)


def analytics_access(view: Callable) -> Callable:
    # Wagtail's require_admin_access wraps every admin URL and turns PermissionDenied into its own
    # "no permission" redirect; this narrows it to the roles above.
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_view_quiz_analytics(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


# Index -------------------------------------------------------------------------------------------------


@analytics_access
def index(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request, "quizzes/admin/index.html", {"rows": analytics.quiz_overview()}
    )


@analytics_access
def index_csv(request: HttpRequest) -> StreamingHttpResponse:
    header = [
        _("Quiz ID"),
        _("Quiz"),
        _("Course"),
        _("Kind"),
        _("Live"),
        _("Submitted attempts"),
        _("Members"),
        _("Attempts passed (%)"),
        _("Members passed (%)"),
        _("Average score (%)"),
    ]
    rows = (
        [
            row.quiz.pk,
            row.quiz.title,
            row.course_title,
            row.quiz.mode,
            int(row.quiz.live),
            row.summary.attempts,
            row.summary.members,
            None if row.quiz.is_pretest else _round(row.summary.attempt_pass_rate),
            None if row.quiz.is_pretest else _round(row.summary.member_pass_rate),
            _round(row.summary.average),
        ]
        for row in analytics.quiz_overview()
    )
    return csv_response("quiz-analytics.csv", header, rows)


# One quiz ----------------------------------------------------------------------------------------------


def _quiz(quiz_id: int) -> QuizPage:
    return get_object_or_404(QuizPage.objects.defer_streamfields(), pk=quiz_id)


@analytics_access
def quiz(request: HttpRequest, quiz_id: int) -> HttpResponse:
    analysis = analytics.quiz_analysis(_quiz(quiz_id))
    return TemplateResponse(
        request,
        "quizzes/admin/quiz.html",
        {
            "analysis": analysis,
            "quiz": analysis.quiz,
            "thresholds": {
                "easy": analytics.TOO_EASY_ABOVE,
                "hard": analytics.TOO_HARD_BELOW,
                "weak": analytics.POOR_DISCRIMINATION_BELOW,
            },
        },
    )


def _number(question: analytics.QuestionStats) -> str:
    return str(question.number) if question.number is not None else _("removed")


@analytics_access
def questions_csv(request: HttpRequest, quiz_id: int) -> StreamingHttpResponse:
    analysis = analytics.quiz_analysis(_quiz(quiz_id))
    header = [
        _("Question"),
        _("Question ID"),
        _("Type"),
        _("Text"),
        _("Points"),
        _("Times asked"),
        _("Difficulty (percent of points earned)"),
        _("Discrimination"),
        _("Fully correct (%)"),
        _("Flags"),
    ]
    rows = (
        [
            _number(question),
            question.id,
            question.kind,
            question.prompt,
            question.points,
            question.asked,
            _round(question.difficulty),
            _round(question.discrimination, 3),
            _round(question.fully_correct_share),
            "; ".join(question.flag_labels),
        ]
        for question in analysis.questions
    )
    return csv_response(f"quiz-{analysis.quiz.pk}-questions.csv", header, rows)


@analytics_access
def options_csv(request: HttpRequest, quiz_id: int) -> StreamingHttpResponse:
    analysis = analytics.quiz_analysis(_quiz(quiz_id))
    header = [
        _("Question"),
        _("Question ID"),
        _("Type"),
        _("Answer"),
        _("Correct"),
        _("Ending score (%)"),
        _("Times chosen"),
        _("Share of times asked (%)"),
    ]
    rows = (
        [
            _number(question),
            question.id,
            question.kind,
            option.label,
            None if option.correct is None else int(option.correct),
            option.score,
            option.count,
            _round(option.share),
        ]
        for question in analysis.questions
        for option in question.options
    )
    return csv_response(f"quiz-{analysis.quiz.pk}-answers.csv", header, rows)


# Learning gain -----------------------------------------------------------------------------------------


@analytics_access
def gain(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "quizzes/admin/gain.html",
        {"courses": analytics.course_gains(), "min_group": analytics.MIN_GROUP_SIZE},
    )


def _gain_cells(row: analytics.Gain) -> list:
    return [
        row.members,
        _round(row.pre),
        _round(row.post),
        _round(row.gain),
        _round(row.normalised, 3),
    ]


def _gain_header() -> list[str]:
    return [
        _("Members"),
        _("Mean pre-test score (%)"),
        _("Mean final score (%)"),
        _("Mean gain (points)"),
        _("Normalised gain"),
    ]


@analytics_access
def gain_courses_csv(request: HttpRequest) -> StreamingHttpResponse:
    header = [_("Course ID"), _("Course"), _("Pre-test"), _("Final quiz"), *_gain_header()]
    rows = (
        [
            course.course_id,
            course.course,
            course.pretest,
            course.final,
            *_gain_cells(course.overall),
        ]
        for course in analytics.course_gains()
    )
    return csv_response("quiz-gain-courses.csv", header, rows)


@analytics_access
def gain_provinces_csv(request: HttpRequest) -> StreamingHttpResponse:
    header = [_("Course ID"), _("Course"), _("Province code"), _("Province"), *_gain_header()]
    rows = (
        [course.course_id, course.course, province.code, province.label, *_gain_cells(province)]
        for course in analytics.course_gains()
        for province in course.provinces
    )
    return csv_response("quiz-gain-provinces.csv", header, rows)


app_name = "quiz_analytics"

urlpatterns = [
    path("", index, name="index"),
    path("quizzes.csv", index_csv, name="index_csv"),
    path("<int:quiz_id>/", quiz, name="quiz"),
    path("<int:quiz_id>/questions.csv", questions_csv, name="questions_csv"),
    path("<int:quiz_id>/answers.csv", options_csv, name="options_csv"),
    path("gain/", gain, name="gain"),
    path("gain/courses.csv", gain_courses_csv, name="gain_courses_csv"),
    path("gain/provinces.csv", gain_provinces_csv, name="gain_provinces_csv"),
]
