"""Whatever a browser (or anyone with curl) posts to a question screen or its autosave, the member gets an
answer, never a server error, and whatever was stored can be graded.

Property-based (hypothesis): payloads mix the real field names with junk, and values with huge strings,
unicode, negative and enormous numbers, and many repeats. The quiz is built once per test; examples run
against the same open attempt, so answers build up (and lock) as a real member's would.
"""

from __future__ import annotations

import random

from django.http import QueryDict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.grading import grade_question
from quizzes.models import QuizPage, Response
from quizzes.presentation import AnswerRefused, StaleStep, decode, make_layout
from quizzes.services import attempt_submit
from tests.quizzes import support
from tests.quizzes.support import (
    autosave_url,
    enrol,
    make_quiz,
    question_url,
    review_url,
    start,
)

pytestmark = pytest.mark.django_db

FAST = settings(
    max_examples=60,
    deadline=None,
    database=None,  # no example database written into the repository
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

REAL_NAMES = [
    "choice",
    "step",
    "action",
    *(f"rank-{i}" for i in range(5)),
    *(f"match-{i}" for i in range(4)),
    "rank--1",
    "match-99",
    "csrfmiddlewaretoken",
]
#: Anything a browser can send: UTF-8, so no lone surrogates.
characters = st.characters(codec="utf-8")
names = st.one_of(st.sampled_from(REAL_NAMES), st.text(characters, max_size=20))
values = st.one_of(
    st.sampled_from(["0", "1", "2", "3", "true", "false", "s1", "s2", "next", "previous", "check"]),
    st.integers(min_value=-(10**6), max_value=10**30).map(str),
    st.text(characters, max_size=80),
    st.tuples(characters, st.integers(min_value=1, max_value=40_000)).map(
        lambda pair: pair[0] * pair[1]
    ),
)
payloads = st.lists(
    st.tuples(names, values, st.integers(min_value=1, max_value=60)), max_size=12
).map(lambda fields: _form(fields))
numbers = st.integers(min_value=1, max_value=6)


def _form(fields) -> dict[str, list[str]]:
    """name → posted values (a list posts the field once per value)."""
    form: dict[str, list[str]] = {}
    for name, value, repeats in fields:
        form.setdefault(name, []).extend([value] * repeats)
    return form


@pytest.fixture
def attempt(client, learner):
    quiz = make_quiz(feedback_timing=QuizPage.FeedbackTiming.EACH, shuffle_choices=True)
    enrol(learner, quiz)
    client.force_login(learner)
    return start(client, quiz)


def assert_stored_answers_grade(attempt) -> None:
    questions = {question["id"]: question for question in support.questions_of(attempt)}
    for response in Response.objects.filter(attempt=attempt):
        if response.answer is not None:
            result = grade_question(questions[response.question_id], response.answer)
            assert 0 <= result.points <= result.possible


@FAST
@given(number=numbers, form=payloads)
def test_random_posts_to_a_question_screen_never_fail(client, attempt, number, form):
    response = client.post(question_url(attempt, number), form)

    assert response.status_code in {200, 302, 400}, response
    assert client.get(question_url(attempt, number)).status_code == 200
    assert client.get(review_url(attempt)).status_code == 200
    assert_stored_answers_grade(attempt)


@FAST
@given(number=numbers, form=payloads)
def test_random_posts_to_autosave_never_fail(client, attempt, number, form):
    response = client.post(autosave_url(attempt, number), form)

    assert response.status_code in {200, 400, 413}, response
    assert "saved" in response.json()
    assert_stored_answers_grade(attempt)


@settings(FAST, max_examples=20)
@given(number=numbers, form=payloads)
def test_random_posts_after_submission_are_refused_without_failing(client, attempt, number, form):
    attempt_submit(attempt=attempt)
    before = list(Response.objects.filter(attempt=attempt).values_list("answer", flat=True))

    posted = client.post(question_url(attempt, number), form)
    autosaved = client.post(autosave_url(attempt, number), form)

    assert posted.status_code == 302
    assert autosaved.status_code in {409, 413}
    assert list(Response.objects.filter(attempt=attempt).values_list("answer", flat=True)) == (
        before
    )


# The decoder alone, without the database: many more examples in the same time ------------------------------

QUESTIONS = [
    {**block["value"], "type": block["type"], "id": block["id"]} for block in support.all_six()
]


@settings(FAST, max_examples=400)
@given(
    index=st.integers(min_value=0, max_value=5),
    form=payloads,
    seed=st.integers(min_value=0, max_value=2**32),
    decisions=st.lists(st.integers(min_value=0, max_value=1), max_size=2),
)
def test_decoding_random_posts_gives_a_gradable_answer_or_a_refusal(index, form, seed, decisions):
    question = QUESTIONS[index]
    (entry,) = make_layout(
        [question],
        draw=None,
        shuffle_questions=False,
        shuffle_choices=True,
        rng=random.Random(seed),
    )
    data = QueryDict(mutable=True)
    for name, posted in form.items():
        data.setlist(name, posted)
    current = decisions[:1] if decisions and decisions[0] == 1 else decisions

    try:
        answer = decode(question, entry, data, current=current)
    except (AnswerRefused, StaleStep):
        return
    if answer is not None:
        result = grade_question(question, answer)
        assert 0 <= result.points <= result.possible
