"""The catalogue: filters by audience and regulation, search, and flat query counts."""

from __future__ import annotations

import pytest

from courses.models import CourseIndexPage
from courses.services import enrolment_create
from tests.courses.factories import lessons_of, make_course, make_regulation

pytestmark = pytest.mark.django_db


def catalogue_url():
    return CourseIndexPage.objects.get().url


def titles(response):
    return [course.title for course in response.context["courses"]]


def test_everyone_can_browse_the_catalogue(client):
    make_course(title="SOP Pelayanan")

    response = client.get(catalogue_url())

    assert response.status_code == 200
    assert "SOP Pelayanan" in response.content.decode()


def test_filtering_by_agency_and_level(client):
    make_course(title="Untuk polisi", audience_agencies=["police"])
    make_course(title="Untuk semua")
    make_course(title="Untuk desa", audience_levels=["village"])

    by_agency = titles(client.get(catalogue_url(), {"agency": "police"}))
    by_level = titles(client.get(catalogue_url(), {"level": "national"}))

    assert set(by_agency) == {"Untuk polisi", "Untuk semua", "Untuk desa"} - {"Untuk desa"} | {
        "Untuk desa"
    }
    assert "Untuk polisi" not in titles(client.get(catalogue_url(), {"agency": "health"}))
    assert "Untuk desa" not in by_level and "Untuk semua" in by_level


def test_filtering_by_regulation(client):
    regulation = make_regulation(title_id="Pemberantasan TPPO")
    with_it = make_course(title="Dengan regulasi")
    with_it.regulations.add(regulation)
    with_it.save_revision().publish()
    make_course(title="Tanpa regulasi")

    assert titles(client.get(catalogue_url(), {"regulation": regulation.pk})) == ["Dengan regulasi"]


def test_unknown_filter_values_are_ignored(client):
    make_course(title="Satu")

    response = client.get(
        catalogue_url(), {"agency": "<script>", "regulation": "abc", "level": "x"}
    )

    assert response.status_code == 200
    assert titles(response) == ["Satu"]


def test_searching_finds_courses_by_their_words(client):
    make_course(title="Rehabilitasi sosial korban")
    make_course(title="Pencegahan di desa")

    assert titles(client.get(catalogue_url(), {"q": "rehabilitasi"})) == [
        "Rehabilitasi sosial korban"
    ]


def test_unpublished_courses_are_not_listed(client):
    make_course(title="Terbit")
    make_course(title="Ditarik").unpublish()

    assert titles(client.get(catalogue_url())) == ["Terbit"]


def test_catalogue_queries_do_not_grow_with_the_number_of_courses(
    client, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    for _ in range(3):
        enrolment_create(user=learner, course=make_course(lessons_per_module=1))
    client.get(catalogue_url())
    with django_assert_max_num_queries(15) as few:
        client.get(catalogue_url())
    baseline = len(few.captured_queries)
    for _ in range(6):
        enrolment_create(user=learner, course=make_course(lessons_per_module=1))
    client.get(catalogue_url())  # publishing renewed the cached content; warm it again

    with django_assert_max_num_queries(baseline):
        client.get(catalogue_url())


def test_my_learning_queries_do_not_grow_with_the_number_of_enrolments(
    client, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    enrolment_create(user=learner, course=make_course())
    client.get("/learn/")
    with django_assert_max_num_queries(12) as few:
        client.get("/learn/")
    baseline = len(few.captured_queries)
    for _ in range(5):
        enrolment_create(user=learner, course=make_course())
    client.get("/learn/")  # publishing renewed the cached content; warm it again

    with django_assert_max_num_queries(baseline):
        response = client.get("/learn/")
    assert len(response.context["in_progress"]) == 6


def test_the_lesson_page_needs_at_most_twelve_queries(
    client, learner, django_assert_max_num_queries
):
    course = make_course(modules=3, lessons_per_module=3)
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[4]
    client.get(lesson.url)

    with django_assert_max_num_queries(12):
        assert client.get(lesson.url).status_code == 200
