"""What learners see when trainers change a course under them: unpublished modules, deleted courses,
edited regulations, prerequisites, and completions that must still happen."""

from __future__ import annotations

import pytest

from courses.models import CoursePage, Enrolment, LessonProgress, ModulePage
from courses.services import EnrolmentRefused, enrolment_create, lesson_complete
from tests.accounts.factories import ProfileFactory
from tests.courses.factories import lessons_of, make_course, make_regulation

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course(modules=2, lessons_per_module=1)


@pytest.fixture
def enrolment(client, learner, course):
    client.force_login(learner)
    return enrolment_create(user=learner, course=course)


def test_lessons_under_an_unpublished_module_are_not_served_or_counted(client, enrolment, course):
    first, second = lessons_of(course)
    ModulePage.objects.child_of(
        course
    ).last().unpublish()  # the lesson below stays "live", as in Wagtail

    assert client.get(second.url).status_code == 404
    assert client.post(f"/learn/lessons/{second.pk}/complete/").status_code == 404
    client.post(f"/learn/lessons/{first.pk}/complete/")
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_a_course_completes_when_its_last_open_requirement_is_removed(client, enrolment, course):
    first, second = lessons_of(course)
    client.post(f"/learn/lessons/{first.pk}/complete/")
    second.required = False
    second.save_revision().publish()

    client.get(course.url)

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_lessons_of_an_unpublished_course_are_not_found(client, enrolment, course):
    lesson = lessons_of(course)[0]
    CoursePage.objects.get(pk=course.pk).unpublish()

    assert client.post(f"/learn/lessons/{lesson.pk}/complete/").status_code == 404
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_the_resume_link_never_points_to_an_unpublished_lesson(client, enrolment, course):
    first, second = lessons_of(course)
    client.get(second.url)
    second.unpublish()

    html = client.get(course.url).content.decode()

    assert second.title not in html
    assert f'href="{first.url}"' in html


def test_a_course_with_members_cannot_be_deleted_in_the_admin(client, enrolment, course, ministry):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(
        email="root@example.org", password="x-strong-password-1"
    )
    from tests.accounts.factories import give_totp

    give_totp(root)
    client.force_login(root)

    response = client.post(f"/admin/pages/{course.pk}/delete/")

    assert response.status_code == 302
    assert CoursePage.objects.filter(pk=course.pk).exists()


def test_a_course_without_members_can_be_deleted(client, course):
    from django.contrib.auth import get_user_model

    from tests.accounts.factories import give_totp

    root = get_user_model().objects.create_superuser(
        email="root@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(root)

    client.post(f"/admin/pages/{course.pk}/delete/")

    assert not CoursePage.objects.filter(pk=course.pk).exists()


def test_a_prerequisite_someone_else_completed_does_not_count_for_me(learner):
    basic = make_course(title="Dasar")
    advanced = make_course(title="Lanjutan")
    advanced.prerequisites.add(basic)
    advanced.save_revision().publish()
    enrolment_create(user=learner, course=basic)  # enrolled, not finished
    other = ProfileFactory().user
    other_enrolment = enrolment_create(user=other, course=basic)
    for lesson in lessons_of(basic):
        lesson_complete(enrolment=other_enrolment, lesson=lesson)

    with pytest.raises(EnrolmentRefused):
        enrolment_create(user=learner, course=advanced)


def test_searching_within_a_regulation_filter_works(client):
    regulation = make_regulation(title_id="Perlindungan saksi")
    course = make_course(title="Rehabilitasi sosial")
    course.regulations.add(regulation)
    course.save_revision().publish()
    make_course(title="Rehabilitasi kesehatan")
    from courses.models import CourseIndexPage

    response = client.get(
        CourseIndexPage.objects.get().url, {"q": "rehabilitasi", "regulation": regulation.pk}
    )

    assert response.status_code == 200
    assert [c.title for c in response.context["courses"]] == ["Rehabilitasi sosial"]


def test_an_edited_regulation_shows_in_lessons_at_once(client, enrolment, course):
    regulation = make_regulation(title_id="Judul lama")
    lesson = lessons_of(course)[0]
    lesson.body = [("citation", {"regulation": regulation, "article": "Pasal 1", "point": "Inti."})]
    lesson.save_revision().publish()
    assert "Judul lama" in client.get(lesson.url).content.decode()

    regulation.title_id = "Judul baru"
    regulation.status = "revoked"
    regulation.save()

    assert "Judul baru" in client.get(lesson.url).content.decode()


def test_a_reflection_with_ampersands_and_angle_brackets_comes_back_as_typed(
    client, enrolment, course
):
    from courses.models import LessonPage

    lesson = lessons_of(course)[0]
    lesson.body = [("text", "<p>Bacaan</p>"), ("reflection", {"prompt": "Catatan?"})]
    lesson.save_revision().publish()
    block_id = LessonPage.objects.get(pk=lesson.pk).body[1].id

    client.post(
        f"/learn/lessons/{lesson.pk}/reflections/{block_id}/", {"text": "P2TP2A & UPTD; 1 < 2"}
    )

    html = client.get(lesson.url).content.decode()
    assert "P2TP2A &amp; UPTD; 1 &lt; 2</textarea>" in html
