"""Many members submitting at once, and double clicks, on PostgreSQL (`make test-postgres`).

SQLite takes one writer at a time, so these races only mean something on the production database; the
tests are skipped elsewhere. Each runs its calls from a pool of threads, each thread with its own database
connection, released after every call. The pool is bounded (WORKERS): PostgreSQL allows 100 connections by
default, and the test's own connection, psql sessions and other runs need some of them.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, connections

import pytest

from accounts.models import User
from courses.models import ModulePage
from courses.services import enrolment_create
from quizzes import services
from quizzes.models import Attempt, QuizPage, Response
from tests.accounts.factories import ProfileFactory, with_role
from tests.courses.factories import make_course
from tests.quizzes.bench_support import answer_all, make_quiz

MEMBERS = 100
WORKERS = 32
QUESTIONS = 8  # every type, two of them scenarios

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrency needs PostgreSQL's row locks"
    ),
    # The threads see only committed rows; serialized_rollback brings back the migrations' data
    # (roles, regions, the course catalogue) after the previous transactional test emptied the database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(call, items) -> list:
    """``call(item)`` for every item from WORKERS threads, released at once; re-raises any exception."""
    gate = threading.Event()

    def task(item):
        gate.wait()
        try:
            return call(item)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(task, item) for item in items]
        gate.set()
        return [future.result() for future in futures]


@pytest.fixture
def quiz():
    course = make_course(lessons_per_module=1)
    return make_quiz(ModulePage.objects.child_of(course).get(), questions=QUESTIONS)


def enrolled_member(quiz) -> User:
    user = with_role(ProfileFactory().user, "Learner")
    enrolment_create(user=user, course=quiz.get_parent().get_parent().specific)
    return user


def test_a_hundred_members_submitting_at_once_each_get_one_graded_attempt(quiz):
    attempts = [
        answer_all(services.attempt_start(user=enrolled_member(quiz), quiz=quiz))
        for _ in range(MEMBERS)
    ]
    # Every member double-clicks "Submit": two requests per attempt, in any order.
    clicks = [attempt.pk for attempt in attempts] * 2
    random.shuffle(clicks)

    submitted = run_together(
        lambda pk: services.attempt_submit(attempt=Attempt.objects.get(pk=pk)), clicks
    )

    assert all(attempt.status == Attempt.Status.SUBMITTED for attempt in submitted)
    graded_at = {}
    for attempt in submitted:  # the second click finds it graded and changes nothing
        assert graded_at.setdefault(attempt.pk, attempt.submitted_at) == attempt.submitted_at
    attempts = Attempt.objects.filter(quiz=quiz)
    assert attempts.count() == MEMBERS
    assert set(attempts.values_list("status", flat=True)) == {Attempt.Status.SUBMITTED}
    assert Counter(attempts.values_list("user_id", flat=True)).most_common(1)[0][1] == 1
    assert all(attempt.percent == 100 and attempt.passed for attempt in attempts)
    responses = Response.objects.filter(attempt__quiz=quiz)
    assert responses.count() == MEMBERS * QUESTIONS
    assert not responses.filter(earned__isnull=True).exists()
    per_attempt = Counter(responses.values_list("attempt_id", flat=True))
    assert set(per_attempt.values()) == {QUESTIONS}


def test_a_hundred_clicks_on_start_by_one_member_open_one_attempt(quiz):
    member = enrolled_member(quiz)

    started = run_together(
        lambda _: services.attempt_start(
            user=User.objects.get(pk=member.pk), quiz=QuizPage.objects.get(pk=quiz.pk)
        ),
        range(MEMBERS),
    )

    assert len({attempt.pk for attempt in started}) == 1
    assert Attempt.objects.filter(user=member, quiz=quiz).count() == 1
    assert Attempt.objects.get(user=member, quiz=quiz).is_open
