"""Sigap's saving views read forms only: JSON, plain text or no body at all is refused (415) and changes
nothing, and a form without a question's answer fields leaves the saved answer as it was."""

from __future__ import annotations

import json

from django.utils import translation

import pytest

from courses.models import LessonPage, LessonProgress, ReflectionAnswer
from quizzes.models import Response
from tests.courses.factories import lessons_of, make_course
from tests.quizzes import support
from tests.quizzes.support import autosave_url, enrol, make_quiz, question_url, start, stored

pytestmark = pytest.mark.django_db

NOT_A_FORM = {
    "JSON": ("application/json", json.dumps({"choice": "1"})),
    "plain text": ("text/plain", "choice=1"),
    "no body": ("", ""),
}


def in_indonesian(text: str) -> str:
    with translation.override("id"):
        return translation.gettext(text)


@pytest.fixture
def member(client, learner):
    client.force_login(learner)
    return learner


@pytest.fixture
def attempt(client, member):
    """An open attempt at a single-choice and a multiple-response question, both answered."""
    quiz = make_quiz(
        questions=[support.single_choice("a"), support.multiple_response("b")],
        shuffle_choices=False,
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    support.answer(client, attempt, 1, 0)
    support.answer(client, attempt, 2, [0, 1])
    return attempt


@pytest.mark.parametrize("kind", NOT_A_FORM)
def test_an_autosave_that_is_not_a_form_is_refused_in_json_and_keeps_the_answer(
    client, attempt, kind
):
    content_type, body = NOT_A_FORM[kind]
    before = stored(attempt)

    response = client.generic("POST", autosave_url(attempt, 1), body, content_type=content_type)

    assert response.status_code == 415
    assert response.json()["saved"] is False
    assert response.json()["error"] == in_indonesian(
        "This was not sent as a form, so nothing was saved. Reload the page and try again."
    )
    assert stored(attempt) == before


def test_the_refusal_is_in_english_for_members_who_chose_english(client, attempt):
    client.cookies["sigap_language"] = "en"

    response = client.post(autosave_url(attempt, 1), "{}", content_type="application/json")

    assert response.json()["error"].startswith("This was not sent as a form")


def test_an_autosave_form_without_the_answer_fields_is_refused_and_keeps_the_answer(
    client, attempt
):
    before = stored(attempt)

    response = client.post(autosave_url(attempt, 1), {"something": "else"})

    assert response.status_code == 400
    assert response.json()["saved"] is False and response.json()["error"]
    assert stored(attempt) == before


def test_moving_on_from_a_screen_without_its_answer_fields_keeps_the_answer(client, attempt):
    before = stored(attempt)

    response = client.post(question_url(attempt, 2), {"action": "next"})

    assert response.status_code == 302
    assert stored(attempt) == before


def test_unticking_every_box_still_clears_a_multiple_response_answer(client, attempt):
    # What the screen posts with every box unticked: its empty "choice" field.
    html = client.get(question_url(attempt, 2)).content.decode()
    response = client.post(autosave_url(attempt, 2), {"choice": ""})

    assert '<input type="hidden" name="choice" value="">' in html
    assert response.status_code == 200
    assert (
        Response.objects.get(
            attempt=attempt, question_id=support.questions_of(attempt)[1]["id"]
        ).answer
        is None
    )


def test_the_autosave_still_saves_a_form_like_the_one_quiz_js_sends(client, attempt):
    # quiz.js sends URLSearchParams: application/x-www-form-urlencoded with the screen's fields.
    response = client.post(
        autosave_url(attempt, 2),
        "choice=&choice=2",
        content_type="application/x-www-form-urlencoded;charset=UTF-8",
    )

    assert response.status_code == 200 and response.json()["saved"] is True
    question_id = support.questions_of(attempt)[1]["id"]
    assert Response.objects.get(attempt=attempt, question_id=question_id).answer == [2]


@pytest.mark.parametrize("kind", NOT_A_FORM)
def test_submitting_a_quiz_with_a_body_that_is_not_a_form_submits_nothing(client, attempt, kind):
    content_type, body = NOT_A_FORM[kind]

    response = client.generic("POST", support.submit_url(attempt), body, content_type=content_type)

    attempt.refresh_from_db()
    assert response.status_code == 415
    assert in_indonesian("The request could not be read") in response.content.decode()
    assert attempt.is_open


@pytest.fixture
def lesson(client, member):
    course = make_course(title="Kursus Refleksi")
    lesson = lessons_of(course)[0]
    lesson.body = [("reflection", {"prompt": "Apa yang akan Anda ubah?"})]
    lesson.save_revision().publish()
    enrol(member, course)
    return LessonPage.objects.get(pk=lesson.pk)


def reflection_url(lesson) -> str:
    return f"/learn/lessons/{lesson.pk}/reflections/{lesson.body[0].id}/"


def test_a_reflection_sent_as_json_or_without_its_text_keeps_the_saved_one(client, member, lesson):
    client.post(reflection_url(lesson), {"text": "Saya akan bertanya."})

    as_json = client.post(
        reflection_url(lesson), json.dumps({"text": ""}), content_type="application/json"
    )
    without_text = client.post(reflection_url(lesson), {"other": "x"})

    assert as_json.status_code == 415 and without_text.status_code == 400
    assert ReflectionAnswer.objects.get(user=member, lesson=lesson).text == "Saya akan bertanya."


def test_an_empty_reflection_text_still_clears_it(client, member, lesson):
    client.post(reflection_url(lesson), {"text": "Saya akan bertanya."})

    client.post(reflection_url(lesson), {"text": ""})

    assert ReflectionAnswer.objects.get(user=member, lesson=lesson).text == ""


def test_marking_a_lesson_complete_or_enrolling_with_json_changes_nothing(client, member):
    course = make_course(title="Kursus Lain")
    lesson = lessons_of(course)[0]

    enrolled = client.post(
        f"/learn/courses/{course.pk}/enrol/", "{}", content_type="application/json"
    )
    enrol(member, course)
    completed = client.post(
        f"/learn/lessons/{lesson.pk}/complete/", "{}", content_type="application/json"
    )

    assert enrolled.status_code == 415 and completed.status_code == 415
    assert not LessonProgress.objects.filter(lesson=lesson, completed_at__isnull=False).exists()


def test_a_profile_sent_as_json_changes_nothing(client, member):
    before = member.profile.full_name

    response = client.post(
        "/me/profile/", json.dumps({"full_name": ""}), content_type="application/json"
    )

    member.profile.refresh_from_db()
    assert response.status_code == 415
    assert member.profile.full_name == before


def test_wagtail_admin_and_allauth_keep_their_own_handling(client, member):
    # Not Sigap's views: allauth answers an empty sign-in form with its own field errors, not 415.
    client.logout()

    response = client.post("/accounts/login/", "{}", content_type="application/json")

    assert response.status_code == 400 and "form" in response.context
