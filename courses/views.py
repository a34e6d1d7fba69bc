"""Learner-facing views. Page ``serve()`` methods delegate here; writes go through courses.services."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import AgencyType, TaskForceLevel
from accounts.roles import can_use_admin

from . import selectors, services
from .handbook import handbook_pdf
from .models import CoursePage, Enrolment, LessonPage, ReflectionAnswer, Regulation
from .rendering import lesson_body_for_member, reflection_block_ids


def catalogue(request, page):
    filters = {
        "agency": request.GET.get("agency", "")
        if request.GET.get("agency") in AgencyType.values
        else "",
        "level": request.GET.get("level", "")
        if request.GET.get("level") in TaskForceLevel.values
        else "",
        "regulation": request.GET.get("regulation", "")
        if request.GET.get("regulation", "").isdigit()
        else "",
        "query": request.GET.get("q", "").strip()[:100],
    }
    courses = selectors.catalogue_courses(page, **filters)
    enrolled = set()
    if request.user.is_authenticated:
        enrolled = set(request.user.enrolments.values_list("course_id", flat=True))
    return render(
        request,
        "courses/course_index_page.html",
        {
            "page": page,
            "courses": courses,
            "filters": filters,
            "enrolled_ids": enrolled,
            "agencies": AgencyType.choices,
            "levels": TaskForceLevel.choices,
            "regulations": Regulation.objects.filter(courses__live=True)
            .distinct()
            .order_by("kind", "-year"),
            "is_filtered": any(filters.values()),
        },
    )


def course_detail(request, page: CoursePage):
    outline = selectors.course_outline(page)
    lessons = selectors.lessons_in_order(outline)
    enrolment = selectors.enrolment_of(request.user, page)
    done = selectors.completed_lesson_ids(request.user, lessons) if enrolment else set()
    needed = selectors.needed_lessons(page, outline)
    needed_done = sum(1 for lesson in needed if lesson.pk in done)
    if enrolment and not enrolment.is_complete and needed and needed_done == len(needed):
        # The last remaining requirement went away (unpublished, or made optional): the course is complete.
        services.completion_evaluate(enrolment=enrolment)
        enrolment.refresh_from_db()
    refusal = None
    if request.user.is_authenticated and enrolment is None:
        try:
            services.enrolment_check(user=request.user, course=page)
        except services.EnrolmentRefused as exc:
            refusal = exc
    lesson_ids = {lesson.pk for lesson in lessons}
    resume = enrolment.last_lesson if enrolment and enrolment.last_lesson_id in lesson_ids else None
    return render(
        request,
        "courses/course_page.html",
        {
            "page": page,
            "outline": outline,
            "enrolment": enrolment,
            "done_ids": done,
            "needed_total": len(needed),
            "needed_done": needed_done,
            "next_lesson": next((lesson for lesson in needed if lesson.pk not in done), None),
            "resume_lesson": resume,
            "prerequisites": page.live_prerequisites(),
            "refusal": refusal,
        },
    )


@dataclass
class Place:
    """Where a lesson sits for a member: their enrolment, the course's lessons in order, and its position."""

    enrolment: Enrolment
    lessons: list[LessonPage]
    position: int

    @property
    def previous(self) -> LessonPage | None:
        return self.lessons[self.position - 1] if self.position else None

    @property
    def next(self) -> LessonPage | None:
        return self.lessons[self.position + 1] if self.position + 1 < len(self.lessons) else None


def place_of(user, lesson: LessonPage) -> Place | None:
    """The member's place at ``lesson``; None unless they are enrolled in its live course and the lesson is
    in the course's outline (a lesson under an unpublished module is not)."""
    enrolment = services.enrolment_for_lesson(user=user, lesson=lesson)
    if enrolment is None or not enrolment.course.live:
        return None
    lessons = selectors.lessons_in_order(selectors.course_outline(enrolment.course))
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    return None if position is None else Place(enrolment, lessons, position)


def lesson_detail(request, page: LessonPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    place = place_of(request.user, page)
    if place is None:
        course = CoursePage.objects.live().ancestor_of(page).first()
        if course is None or selectors.enrolment_of(request.user, course):
            raise Http404
        messages.info(request, _("Enrol in this course to read its lessons."))
        return redirect(course.url)
    done = services.lesson_visit(enrolment=place.enrolment, lesson=page)
    answers = {}
    if reflection_block_ids(page):
        answers = dict(
            ReflectionAnswer.objects.filter(user=request.user, lesson=page).values_list(
                "block_id", "text"
            )
        )
    return render(
        request,
        "courses/lesson_page.html",
        {
            "page": page,
            "course": place.enrolment.course,
            "enrolment": place.enrolment,
            "previous_lesson": place.previous,
            "next_lesson": place.next,
            "position": place.position + 1,
            "lesson_count": len(place.lessons),
            "is_done": page.pk in done,
            "body_html": lesson_body_for_member(page, answers=answers, request=request),
        },
    )


def _live_page(model, page_id):
    return get_object_or_404(model.objects.live(), pk=page_id)


@login_required
@require_POST
def enrol(request, course_id: int):
    course = _live_page(CoursePage, course_id)
    try:
        services.enrolment_create(user=request.user, course=course)
    except services.EnrolmentRefused as exc:
        messages.error(request, exc.message)
        return redirect(reverse(exc.fix_url_name) if exc.fix_url_name else course.url)
    messages.success(
        request, _("You are enrolled. Start with the first lesson whenever you are ready.")
    )
    return redirect(course.url)


@login_required
@require_POST
def complete_lesson(request, lesson_id: int):
    lesson = _live_page(LessonPage, lesson_id)
    place = place_of(request.user, lesson)
    if place is None:
        raise Http404
    course = place.enrolment.course
    was_complete = place.enrolment.is_complete
    if services.lesson_complete(enrolment=place.enrolment, lesson=lesson) and not was_complete:
        messages.success(
            request,
            _("Congratulations! You have completed %(course)s.") % {"course": course.heading},
        )
        return redirect(course.url)
    messages.success(request, _("Lesson marked as complete."))
    return redirect(place.next.url if place.next else course.url)


@login_required
@require_POST
def save_reflection(request, lesson_id: int, block_id: str):
    lesson = _live_page(LessonPage, lesson_id)
    if place_of(request.user, lesson) is None or block_id not in reflection_block_ids(lesson):
        raise Http404
    if "text" not in request.POST:
        # A form without its text field says nothing about the reflection: never saved as an empty one.
        raise BadRequest("reflection form without its text field")
    services.reflection_save(
        user=request.user, lesson=lesson, block_id=block_id, text=request.POST["text"]
    )
    messages.success(request, _("Your reflection is saved. Only you can see it."))
    return redirect(f"{lesson.url}#reflection-{block_id}")


@login_required
def handbook(request, course_id: int):
    """The course as a PDF, for enrolled members and for trainers and the ministry (classroom use)."""
    course = _live_page(CoursePage, course_id)
    if not (selectors.enrolment_of(request.user, course) or can_use_admin(request.user)):
        raise Http404
    pdf = handbook_pdf(course, request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{course.slug}.pdf"'
    return response


@login_required
def my_learning(request):
    in_progress, completed = selectors.my_learning(request.user)
    return render(
        request, "courses/my_learning.html", {"in_progress": in_progress, "completed": completed}
    )
