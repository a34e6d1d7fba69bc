"""The three demo courses that ship with Sigap: seeded once, complete, and readable end to end."""

from __future__ import annotations

import re

from django.core.management import call_command

import pytest

from courses.demo.seed import COURSE_MODULES
from courses.models import CoursePage, GlossaryTerm, LessonPage, Regulation
from courses.services import enrolment_create

pytestmark = pytest.mark.django_db

MINIMUM_LESSONS = {
    "sop-pelayanan-terpadu-permen-8-2021": 8,
    "pencegahan-penanganan-berbasis-masyarakat-permen-2-2024": 5,
    "layanan-berpihak-korban-responsif-gender": 5,
}


def words(value) -> int:
    return len(re.sub(r"<[^>]+>", " ", str(value)).split())


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    return CoursePage.objects.live()


def test_seeding_twice_creates_each_course_once(seeded):
    call_command("seed_demo")

    assert sorted(CoursePage.objects.values_list("slug", flat=True)) == sorted(MINIMUM_LESSONS)
    assert Regulation.objects.filter(short_name="UU 21/2007").count() == 1
    assert GlossaryTerm.objects.filter(term="SAPA 129").exists()


def test_every_lesson_has_substance_a_legal_basis_and_an_english_summary(seeded):
    for course in seeded:
        lessons = LessonPage.objects.descendant_of(course).live()
        assert lessons.count() >= MINIMUM_LESSONS[course.slug], course.slug
        for lesson in lessons:
            text = " ".join(str(block.render_as_block()) for block in lesson.body)
            assert words(text) >= 300, lesson.title
            assert any(block.block_type == "citation" for block in lesson.body), lesson.title
            assert lesson.summary_en, lesson.title


def test_an_enrolled_member_can_open_every_demo_lesson_and_handbook(client, learner, seeded):
    client.force_login(learner)
    for course in seeded:
        enrolment_create(user=learner, course=course)
        assert client.get(course.url).status_code == 200
        for lesson in LessonPage.objects.descendant_of(course).live():
            assert client.get(lesson.url).status_code == 200, lesson.url
        assert client.get(f"/learn/courses/{course.pk}/handbook.pdf").content.startswith(b"%PDF")


def test_the_demo_data_uses_only_known_regulations_and_terms():
    import importlib

    from courses.demo.glossary import TERMS
    from courses.demo.regulations import REGULATIONS

    keys = {item["key"] for item in REGULATIONS}
    terms = {item["term"] for item in TERMS}
    for module_name in COURSE_MODULES:
        course = importlib.import_module(f"courses.demo.{module_name}").COURSE
        assert set(course["regulations"]) <= keys
        for module in course["modules"]:
            for lesson in module["lessons"]:
                for block_type, value in lesson["body"]:
                    if block_type == "citation":
                        assert value["regulation"] in keys, (lesson["slug"], value)
                    if block_type == "glossary":
                        assert value in terms, (lesson["slug"], value)
