"""Reading lessons, marking them complete, resuming, and course completion in the same request."""

from __future__ import annotations

import pytest

from courses.completion import course_completed
from courses.models import Enrolment, LessonProgress, ReflectionAnswer
from courses.services import enrolment_create, lesson_complete
from tests.courses.factories import lessons_of, make_course

pytestmark = pytest.mark.django_db


def complete_url(lesson):
    return f"/learn/lessons/{lesson.pk}/complete/"


@pytest.fixture
def course():
    return make_course(modules=2, lessons_per_module=2)


@pytest.fixture
def enrolled(client, learner, course):
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    return learner


def test_anonymous_visitors_are_sent_to_sign_in_from_a_lesson(client, course):
    lesson = lessons_of(course)[0]

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_members_who_are_not_enrolled_are_sent_to_the_course_page(client, learner, course):
    client.force_login(learner)

    response = client.get(lessons_of(course)[0].url)

    assert response["Location"] == course.url


def test_an_enrolled_member_reads_a_lesson_with_previous_and_next(client, enrolled, course):
    lessons = lessons_of(course)

    html = client.get(lessons[1].url).content.decode()

    assert "Isi pelajaran 1.2" in html
    assert f'rel="prev" href="{lessons[0].url}"' in html
    assert f'rel="next" href="{lessons[2].url}"' in html


def test_marking_a_lesson_complete_moves_on_to_the_next(client, enrolled, course):
    lessons = lessons_of(course)

    response = client.post(complete_url(lessons[0]))

    assert response["Location"] == lessons[1].url
    assert LessonProgress.objects.get(user=enrolled, lesson=lessons[0]).completed_at is not None


def test_marking_twice_changes_nothing(client, enrolled, course):
    lesson = lessons_of(course)[0]

    client.post(complete_url(lesson))
    first = LessonProgress.objects.get(user=enrolled, lesson=lesson).completed_at
    client.post(complete_url(lesson))

    assert LessonProgress.objects.filter(user=enrolled, lesson=lesson).count() == 1
    assert LessonProgress.objects.get(user=enrolled, lesson=lesson).completed_at == first


def test_the_last_required_lesson_completes_the_course_in_the_same_request(
    client, enrolled, course, django_capture_on_commit_callbacks
):
    received = []
    course_completed.connect(
        lambda sender, enrolment, **kw: received.append(enrolment.pk), weak=False, dispatch_uid="t"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons_of(course):
                response = client.post(complete_url(lesson))
    finally:
        course_completed.disconnect(dispatch_uid="t")

    enrolment = Enrolment.objects.get(user=enrolled, course=course)
    assert enrolment.completed_at is not None
    assert (enrolment.completion_province_id, enrolment.completion_regency_id) == (
        enrolled.profile.province_id,
        enrolled.profile.regency_id,
    )
    assert response["Location"] == course.url
    assert received == [enrolment.pk]


def test_optional_lessons_do_not_hold_back_completion(learner):
    course = make_course(lessons_per_module=2, optional_last=True)
    enrolment = enrolment_create(user=learner, course=course)

    assert lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[0]) is True


def test_with_the_all_lessons_rule_optional_lessons_count_too(learner):
    course = make_course(lessons_per_module=2, optional_last=True, completion_rule="all")
    enrolment = enrolment_create(user=learner, course=course)

    assert lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[0]) is False
    assert lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[1]) is True


def test_completion_stays_when_a_lesson_is_unpublished_later(client, enrolled, course):
    for lesson in lessons_of(course):
        client.post(complete_url(lesson))
    lessons_of(course)[0].unpublish()

    assert Enrolment.objects.get(user=enrolled, course=course).completed_at is not None
    completed = client.get("/learn/").context["completed"]
    assert [item.enrolment.course_id for item in completed] == [course.pk]


def test_a_new_required_lesson_does_not_undo_a_completion(client, enrolled, course):
    from courses.models import LessonPage, ModulePage
    from tests.courses.factories import publish_child, text_body

    for lesson in lessons_of(course):
        client.post(complete_url(lesson))
    publish_child(
        ModulePage.objects.child_of(course).first(),
        LessonPage(title="Baru", slug="baru", body=text_body()),
    )

    assert Enrolment.objects.get(user=enrolled, course=course).completed_at is not None


def test_completing_a_lesson_of_a_course_one_is_not_enrolled_in_is_refused(client, learner, course):
    client.force_login(learner)

    response = client.post(complete_url(lessons_of(course)[0]))

    assert response.status_code == 404
    assert not LessonProgress.objects.exists()


def test_a_draft_lesson_is_not_found_and_its_title_does_not_leak(client, enrolled, course):
    lesson = lessons_of(course)[0]
    lesson.title = "Judul rahasia draf"
    lesson.save_revision()
    lesson.unpublish()

    response = client.get(f"{course.url}modul-1/pelajaran-1-1/")

    assert response.status_code == 404
    assert "Judul rahasia draf" not in response.content.decode()
    assert "Judul rahasia draf" not in client.get(course.url).content.decode()
    assert client.post(complete_url(lesson)).status_code == 404


def test_the_course_page_offers_to_resume_where_the_member_stopped(client, enrolled, course):
    lessons = lessons_of(course)
    client.get(lessons[2].url)
    client.logout()
    client.force_login(enrolled)

    html = client.get(course.url).content.decode()

    assert f'class="button" href="{lessons[2].url}"' in html


def test_my_learning_shows_percent_and_next_step(client, enrolled, course):
    lessons = lessons_of(course)
    client.post(complete_url(lessons[0]))

    response = client.get("/learn/")

    item = response.context["in_progress"][0]
    assert item.percent == 25
    assert item.next_lesson.pk == lessons[1].pk
    assert response.context["completed"] == []


def test_my_learning_needs_sign_in(client):
    assert client.get("/learn/")["Location"].startswith("/accounts/login/")


def test_a_reflection_is_private_and_stored_clean(client, enrolled, course, learner):
    from courses.models import LessonPage

    lesson = lessons_of(course)[0]
    lesson.body = [
        ("text", "<p>Bacaan</p>"),
        ("reflection", {"prompt": "Apa yang akan Anda ubah?"}),
    ]
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    block_id = lesson.body[1].id

    client.post(
        f"/learn/lessons/{lesson.pk}/reflections/{block_id}/",
        {
            "text": '<p onclick="alert(1)">Saya akan <script>alert(2)</script><strong>bertanya</strong></p>'
        },
    )

    answer = ReflectionAnswer.objects.get(user=enrolled, lesson=lesson)
    assert "script" not in answer.text and "onclick" not in answer.text
    assert "<strong>bertanya</strong>" in answer.text
    assert "bertanya" in client.get(lesson.url).content.decode()


def test_a_reflection_for_an_unknown_prompt_is_refused(client, enrolled, course):
    lesson = lessons_of(course)[0]

    response = client.post(f"/learn/lessons/{lesson.pk}/reflections/not-a-block/", {"text": "x"})

    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


def rich_lesson_body(regulation, term):
    return [
        ("text", "<p>Bacaan utama</p>"),
        (
            "citation",
            {
                "regulation": regulation,
                "article": "Pasal 44",
                "point": "Identitas korban dirahasiakan.",
            },
        ),
        ("glossary", {"term": term}),
        ("reflection", {"prompt": "Apa yang akan Anda jaga kerahasiaannya?"}),
    ]


def test_a_lesson_with_citations_glossary_and_reflection_stays_within_twelve_queries(
    client, enrolled, course, django_assert_max_num_queries
):
    from courses.models import GlossaryTerm
    from tests.courses.factories import make_regulation

    lesson = lessons_of(course)[1]
    lesson.body = rich_lesson_body(
        make_regulation(), GlossaryTerm.objects.create(term="LPSK", definition="Lembaga")
    )
    lesson.save_revision().publish()
    client.get(lesson.url)

    with django_assert_max_num_queries(12):
        response = client.get(lesson.url)

    html = response.content.decode()
    assert "Identitas korban dirahasiakan." in html and "Lembaga" in html
    assert 'name="text"' in html


def test_a_republished_lesson_shows_its_new_text_at_once(client, enrolled, course):
    lesson = lessons_of(course)[0]
    client.get(lesson.url)

    lesson.body = [("text", "<p>Teks yang diperbarui</p>")]
    lesson.save_revision().publish()

    assert "Teks yang diperbarui" in client.get(lesson.url).content.decode()


def test_a_members_reflection_is_not_shown_to_another_member(client, enrolled, course, trainer):
    from courses.models import LessonPage

    lesson = lessons_of(course)[0]
    lesson.body = [("text", "<p>Bacaan</p>"), ("reflection", {"prompt": "Pertanyaan?"})]
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    block_id = lesson.body[1].id
    client.post(
        f"/learn/lessons/{lesson.pk}/reflections/{block_id}/", {"text": "Jawaban pribadi saya"}
    )

    enrolment_create(user=trainer, course=course)
    client.force_login(trainer)

    assert "Jawaban pribadi saya" not in client.get(lesson.url).content.decode()
