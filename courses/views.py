"""Learner-facing views. Page ``serve()`` methods delegate here; writes go through courses.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import AgencyType, TaskForceLevel
from accounts.roles import can_use_admin

from . import selectors, services
from .handbook import handbook_pdf
from .models import CoursePage, LessonPage, ReflectionAnswer, Regulation
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
    needed = [lesson for lesson in lessons if selectors.lesson_counts_as_needed(page, lesson)]
    next_lesson = next((lesson for lesson in needed if lesson.pk not in done), None)
    refusal = None
    if request.user.is_authenticated and enrolment is None:
        try:
            services.enrolment_check(user=request.user, course=page)
        except services.EnrolmentRefused as exc:
            refusal = exc
    return render(
        request,
        "courses/course_page.html",
        {
            "page": page,
            "outline": outline,
            "enrolment": enrolment,
            "done_ids": done,
            "needed_total": len(needed),
            "needed_done": sum(1 for lesson in needed if lesson.pk in done),
            "next_lesson": next_lesson,
            "resume_lesson": enrolment.last_lesson
            if enrolment and enrolment.last_lesson_id
            else None,
            "refusal": refusal,
        },
    )


def lesson_detail(request, page: LessonPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = services.enrolment_for_lesson(user=request.user, lesson=page)
    if enrolment is None:
        course = CoursePage.objects.live().ancestor_of(page).first()
        messages.info(request, _("Enrol in this course to read its lessons."))
        return redirect(course.url if course else "/")
    course = enrolment.course
    if not course.live:
        raise Http404
    done = services.lesson_visit(enrolment=enrolment, lesson=page)
    lessons = selectors.lessons_in_order(selectors.course_outline(course))
    position = next((i for i, lesson in enumerate(lessons) if lesson.pk == page.pk), None)
    answers = {}
    if reflection_block_ids(page):
        answers = dict(
            ReflectionAnswer.objects.filter(user=request.user, lesson=page).values_list(
                "block_id", "text"
            )
        )
    has_next = position is not None and position + 1 < len(lessons)
    return render(
        request,
        "courses/lesson_page.html",
        {
            "page": page,
            "course": course,
            "enrolment": enrolment,
            "previous_lesson": lessons[position - 1] if position else None,
            "next_lesson": lessons[position + 1] if has_next else None,
            "position": (position or 0) + 1,
            "lesson_count": len(lessons),
            "is_done": page.pk in done,
            "body_html": lesson_body_for_member(page, answers=answers, request=request),
        },
    )


def _live_page(model, page_id):
    page = get_object_or_404(model.objects.live(), pk=page_id)
    return page


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
    enrolment = services.enrolment_for_lesson(user=request.user, lesson=lesson)
    if enrolment is None:
        raise Http404
    course_complete_before = enrolment.is_complete
    course_complete = services.lesson_complete(enrolment=enrolment, lesson=lesson)
    if course_complete and not course_complete_before:
        messages.success(
            request,
            _("Congratulations! You have completed %(course)s.")
            % {"course": enrolment.course.title},
        )
        return redirect(enrolment.course.url)
    messages.success(request, _("Lesson marked as complete."))
    outline = selectors.course_outline(enrolment.course)
    lessons = selectors.lessons_in_order(outline)
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    if position is not None and position + 1 < len(lessons):
        return redirect(lessons[position + 1].url)
    return redirect(enrolment.course.url)


@login_required
@require_POST
def save_reflection(request, lesson_id: int, block_id: str):
    lesson = _live_page(LessonPage, lesson_id)
    if services.enrolment_for_lesson(user=request.user, lesson=lesson) is None:
        raise Http404
    if block_id not in reflection_block_ids(lesson):
        raise Http404
    services.reflection_save(
        user=request.user, lesson=lesson, block_id=block_id, text=request.POST.get("text", "")
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
