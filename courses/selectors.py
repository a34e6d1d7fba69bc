"""Reads for learning. Query counts stay flat however many courses, lessons or enrolments there are."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Q

from .caching import versioned_key
from .models import CourseIndexPage, CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage


@dataclass
class ModuleOutline:
    module: ModulePage
    lessons: list[LessonPage] = field(default_factory=list)
    #: The module's quizzes, from the source the quizzes app registers (``register_quiz_source``).
    quizzes: list = field(default_factory=list)


#: Callables returning a course's live quiz pages in tree order. The quizzes app registers one, so this app
#: does not import it.
_quiz_sources: list = []


def register_quiz_source(source) -> None:
    if source not in _quiz_sources:
        _quiz_sources.append(source)


def course_outline(course: CoursePage) -> list[ModuleOutline]:
    """The course's live modules with their live lessons, in tree order.

    Read on every course and lesson page but changed only by publishing, so it is cached until a page in a
    course is published, unpublished, moved or deleted (courses/caching.py); otherwise two queries.
    """
    key = versioned_key("outline", course.pk)
    outline = cache.get(key)
    if outline is None:
        modules = {
            module.path: ModuleOutline(module)
            for module in ModulePage.objects.child_of(course).live().order_by("path")
        }
        lessons = (
            LessonPage.objects.descendant_of(course).live().defer_streamfields().order_by("path")
        )
        for lesson in lessons:
            module = modules.get(lesson.path[: -CoursePage.steplen])
            if module is not None:
                module.lessons.append(lesson)
        for source in _quiz_sources:
            for quiz in source(course):
                module = modules.get(quiz.path[: -CoursePage.steplen])
                if module is not None:
                    module.quizzes.append(quiz)
        outline = list(modules.values())
        cache.set(key, outline, 24 * 3600)
    return outline


def lessons_in_order(outline: list[ModuleOutline]) -> list[LessonPage]:
    return [lesson for module in outline for lesson in module.lessons]


def completed_lesson_ids(user, lessons) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        LessonProgress.objects.filter(
            user=user, lesson__in=[lesson.pk for lesson in lessons], completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )


def enrolment_by_id(enrolment_id: int) -> Enrolment | None:
    return Enrolment.objects.select_related("course", "user").filter(pk=enrolment_id).first()


def enrolment_of(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def lessons_by_id(ids) -> dict[int, LessonPage]:
    """Live lessons by id (the quizzes app links missed questions to them)."""
    ids = {pk for pk in ids if pk}
    return LessonPage.objects.live().defer_streamfields().in_bulk(ids) if ids else {}


def counts_toward_completion(course: CoursePage, *, required: bool) -> bool:
    """Under the course's rule, whether a (live, listed) lesson with this ``required`` flag counts."""
    return required or course.completion_rule == CoursePage.CompletionRule.ALL


def needed_lessons(
    course: CoursePage, outline: list[ModuleOutline] | None = None
) -> list[LessonPage]:
    """The lessons that count toward completion: live lessons in live modules, per the course's rule.

    The one definition used by completion, the course page and lesson pages (My learning applies the same
    rule to plain rows).
    """
    outline = course_outline(course) if outline is None else outline
    return [
        lesson
        for lesson in lessons_in_order(outline)
        if counts_toward_completion(course, required=lesson.required)
    ]


def catalogue_courses(
    index: CourseIndexPage,
    *,
    agency: str = "",
    level: str = "",
    regulation: str = "",
    query: str = "",
) -> list[CoursePage]:
    courses = CoursePage.objects.child_of(index).live()
    if query:
        # Search first: the search backend cannot filter on a many-to-many field.
        courses = CoursePage.objects.filter(
            pk__in=[page.pk for page in courses.search(query, operator="and")]
        )
    if regulation:
        courses = courses.filter(regulations__pk=regulation)
    courses = courses.select_related("cover_image").prefetch_related("regulations").order_by("path")
    return [course for course in courses if course.is_for(agency=agency, level=level)]


@dataclass
class LearningItem:
    enrolment: Enrolment
    total: int
    done: int
    next_lesson: LessonPage | None

    @property
    def percent(self) -> int:
        if self.enrolment.is_complete:
            return 100
        return round(100 * self.done / self.total) if self.total else 0


def my_learning(user) -> tuple[list[LearningItem], list[LearningItem]]:
    """The member's courses in progress and completed, in five queries however many there are.

    Lessons are counted from plain rows; only each course's next lesson is loaded as a page.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .defer("last_lesson__body")
        .order_by("-enrolled_at")
    )
    if not enrolments:
        return [], []
    # One prefix filter on the courses' common ancestor (the catalogue) instead of one clause per course.
    course_paths = [enrolment.course.path for enrolment in enrolments]
    common = os.path.commonprefix(course_paths)
    paths = Q(path__startswith=common[: len(common) - len(common) % LessonPage.steplen])
    # As in course_outline: a lesson counts only if its module is live too.
    live_modules = set(ModulePage.objects.live().filter(paths).values_list("path", flat=True))
    lessons = [
        (pk, path, required)
        for pk, path, required in LessonPage.objects.live()
        .filter(paths)
        .order_by("path")
        .values_list("pk", "path", "required")
        if path[: -LessonPage.steplen] in live_modules
    ]
    done_ids = set(
        LessonProgress.objects.filter(user=user, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )
    counts = {}
    for enrolment in enrolments:
        course = enrolment.course
        needed = [
            pk
            for pk, path, required in lessons
            if path.startswith(course.path) and counts_toward_completion(course, required=required)
        ]
        next_id = next((pk for pk in needed if pk not in done_ids), None)
        counts[enrolment.pk] = (len(needed), sum(1 for pk in needed if pk in done_ids), next_id)
    next_pages = LessonPage.objects.defer_streamfields().in_bulk(
        [next_id for _total, _done, next_id in counts.values() if next_id]
    )
    in_progress, completed = [], []
    for enrolment in enrolments:
        total, done, next_id = counts[enrolment.pk]
        item = LearningItem(enrolment, total, done, next_pages.get(next_id))
        (completed if enrolment.is_complete else in_progress).append(item)
    return in_progress, completed
