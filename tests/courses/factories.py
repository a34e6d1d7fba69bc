"""Courses built the way trainers build them: pages under the catalogue, published through revisions."""

from __future__ import annotations

import itertools
import uuid

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Regulation

_counter = itertools.count(1)


def text_body(text: str = "Isi pelajaran.") -> list[dict]:
    return [{"type": "text", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}]


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_course(
    *,
    title: str | None = None,
    modules: int = 1,
    lessons_per_module: int = 2,
    optional_last: bool = False,
    **fields,
) -> CoursePage:
    n = next(_counter)
    catalogue = CourseIndexPage.objects.get()
    course = publish_child(
        catalogue,
        CoursePage(
            title=title or f"Kursus {n}",
            slug=f"kursus-{n}",
            summary=f"Ringkasan kursus {n}.",
            objectives="Memahami SOP\nMenerapkan prinsip",
            **fields,
        ),
    )
    for m in range(modules):
        module = publish_child(course, ModulePage(title=f"Modul {m + 1}", slug=f"modul-{m + 1}"))
        for lesson_number in range(lessons_per_module):
            is_last = m == modules - 1 and lesson_number == lessons_per_module - 1
            publish_child(
                module,
                LessonPage(
                    title=f"Pelajaran {m + 1}.{lesson_number + 1}",
                    slug=f"pelajaran-{m + 1}-{lesson_number + 1}",
                    body=text_body(f"Isi pelajaran {m + 1}.{lesson_number + 1}"),
                    required=not (optional_last and is_last),
                ),
            )
    return course


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def make_regulation(**fields) -> Regulation:
    defaults = {"kind": "uu", "number": str(next(_counter)), "year": 2007, "title_id": "Contoh"}
    return Regulation.objects.create(**{**defaults, **fields})
