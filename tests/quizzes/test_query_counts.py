"""The quiz screens a member opens most stay within a fixed number of queries, however long the quiz is.

Each test warms the caches first (publishing renews the cached course outline, and a revision's questions are
cached on first use), as on any running server, then counts one request.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.models import ModulePage
from courses.services import enrolment_create
from quizzes import services
from tests.courses.factories import make_course
from tests.quizzes.bench_support import answer_all, make_quiz, right_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(learner):
    course = make_course(modules=2, lessons_per_module=2)
    enrolment_create(user=learner, course=course)
    return ModulePage.objects.child_of(course).order_by("path").last()


def open_attempt(learner, quiz, *, answered: int):
    attempt = services.attempt_start(user=learner, quiz=quiz)
    for question in services.attempt_questions(attempt)[:answered]:
        services.response_save(
            attempt=attempt,
            question_id=question["id"],
            answer=right_answer(question),
            lock=question["type"] == "scenario",
        )
    return attempt


def question_url(attempt, number: int) -> str:
    return reverse("quizzes:question", args=[attempt.pk, number])


def queries_for(client, url: str) -> int:
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_question_screen_needs_at_most_twelve_queries(
    client, learner, module, django_assert_max_num_queries
):
    quiz = make_quiz(module, questions=30)
    attempt = open_attempt(learner, quiz, answered=10)
    client.force_login(learner)
    url = question_url(attempt, 11)
    client.get(url)

    with django_assert_max_num_queries(12):
        response = client.get(url)

    assert response.status_code == 200
    assert response.context["number"] == 11 and response.context["total"] == 30
    assert sum(response.context["answered"]) == 10


def test_question_screen_queries_do_not_grow_with_the_number_of_questions(client, learner, module):
    client.force_login(learner)
    short = open_attempt(learner, make_quiz(module, questions=5), answered=4)
    long = open_attempt(learner, make_quiz(module, questions=30), answered=29)

    assert queries_for(client, question_url(short, 5)) == queries_for(
        client, question_url(long, 30)
    )


def test_the_quiz_page_needs_few_queries_however_many_attempts_and_questions(
    client, learner, module, django_assert_max_num_queries
):
    client.force_login(learner)
    short = make_quiz(module, questions=5)
    services.attempt_submit(attempt=answer_all(services.attempt_start(user=learner, quiz=short)))
    long = make_quiz(module, questions=30)
    for _ in range(4):
        services.attempt_submit(attempt=answer_all(services.attempt_start(user=learner, quiz=long)))
    open_attempt(learner, long, answered=3)
    client.get(short.url)
    client.get(long.url)

    with django_assert_max_num_queries(12) as few:
        assert client.get(short.url).status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(long.url)

    assert len(response.context["attempts"]) == 5
    assert response.context["current"] is not None


def test_the_result_page_needs_few_queries_however_many_questions(
    client, learner, module, django_assert_max_num_queries
):
    client.force_login(learner)
    short = answer_all(services.attempt_start(user=learner, quiz=make_quiz(module, questions=5)))
    long_quiz = make_quiz(module, questions=30)
    for _ in range(3):
        services.attempt_submit(
            attempt=answer_all(services.attempt_start(user=learner, quiz=long_quiz))
        )
    long = answer_all(services.attempt_start(user=learner, quiz=long_quiz))
    services.attempt_submit(attempt=short)
    services.attempt_submit(attempt=long)
    short_url = reverse("quizzes:result", args=[short.pk])
    long_url = reverse("quizzes:result", args=[long.pk])
    client.get(short_url)
    client.get(long_url)

    with django_assert_max_num_queries(12) as few:
        assert client.get(short_url).status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(long_url)

    assert len(response.context["items"]) == 30
    assert all(item["correct"] for item in response.context["items"])
