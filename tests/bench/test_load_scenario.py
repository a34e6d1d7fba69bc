"""The load test's people read the real pages: a template change that would turn every request of
`make loadtest` into a failure, or make its members answer other than they mean to, fails here instead.

bench/load/pages.py is what bench/load/locustfile.py reads pages with (without locust, which patches the
standard library for gevent on import); bench/load/population.py builds the answer key. The three-minute
run itself is not part of the suite (docs/benchmarks.md).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from django.urls import reverse

import pytest
from allauth.mfa.totp.internal.auth import generate_totp_secret, hotp_value

from courses.services import enrolment_create
from quizzes.demo.seed import question_block
from quizzes.models import Attempt
from tests.certificates.factories import make_certificate
from tests.courses.factories import lessons_of, make_course
from tests.quizzes.bench_support import demo_questions
from tests.quizzes.support import make_quiz

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "load"))
import pages  # noqa: E402
import population  # noqa: E402

pytestmark = pytest.mark.django_db


def quiz_of(questions: list[dict]):
    """A published quiz of demo ``questions``, choices shuffled per attempt, the member enrolled."""
    return make_quiz(
        make_course(lessons_per_module=1),
        questions=[question_block(question, {}) for question in questions],
        shuffle_choices=True,
    )


def take(client, quiz, *, knows: bool, rng: random.Random) -> Attempt:
    """Take ``quiz`` as the load test's member does: screen by screen, autosaving, then submit."""
    key = population.answer_key([quiz])
    target = client.post(reverse("quizzes:start", args=[quiz.pk]))["Location"]
    for _ in range(200):
        if pages.REVIEW_PATH.match(target):
            break
        assert pages.QUESTION_PATH.match(target), target
        screen = client.get(target).content.decode()
        assert pages.MARK_QUESTION in screen
        onward = pages.ended_case_link(screen)
        if onward is not None:
            target = onward
            continue
        fields = pages.answer_fields(screen, key, knows=knows, rng=rng)
        autosave = pages.AUTOSAVE.search(screen).group(1)
        if autosave:
            saved = client.post(
                autosave,
                dict_of(fields),
                HTTP_X_CSRFTOKEN=pages.csrf_token(screen),
                HTTP_ACCEPT="application/json",
            )
            assert saved.status_code == 200 and saved.json()["saved"] is True, saved.content
        response = client.post(target, {**dict_of(fields), "action": "next"})
        assert response.status_code == 302, response.content.decode()[:2000]
        target = pages.path_of(response["Location"])
    review = client.get(target).content.decode()
    assert pages.MARK_REVIEW in review
    result = client.post(target.replace("/review/", "/submit/"))
    assert pages.RESULT_PATH.match(pages.path_of(result["Location"]))
    return Attempt.objects.get(user__pk=client.session["_auth_user_id"], quiz=quiz)


def dict_of(fields: list[tuple[str, str]]) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data


def test_a_member_who_knows_the_answers_scores_full_marks_on_every_demo_question(client, learner):
    quiz = quiz_of(demo_questions())  # each type, the branching cases among them
    enrolment_create(user=learner, course=quiz.get_parent().get_parent().specific)
    client.force_login(learner)

    attempt = take(client, quiz, knows=True, rng=random.Random(1))

    assert attempt.percent == 100


def test_a_member_who_guesses_sends_answers_the_server_accepts(client, learner):
    quiz = quiz_of(demo_questions()[:12])  # the demo questions interleaved by type: each type twice
    enrolment_create(user=learner, course=quiz.get_parent().get_parent().specific)
    client.force_login(learner)

    attempt = take(client, quiz, knows=False, rng=random.Random(2))

    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.percent < 100


def test_the_codes_coordinators_type_are_the_ones_allauth_accepts():
    secret = generate_totp_secret()

    for moment in (0, 29.9, 30, 1_780_000_000.5):
        assert pages.totp_code(secret, at=moment) == f"{hotp_value(secret, int(moment // 30)):06d}"


def test_every_page_a_member_opens_carries_the_marker_the_load_test_checks(client, learner):
    course = make_course(lessons_per_module=2)
    quiz = make_quiz(course)
    enrolment_create(user=learner, course=course)
    certificate = make_certificate(user=learner)
    client.force_login(learner)

    def page(path: str, marker: str) -> str:
        response = client.get(path)
        assert response.status_code == 200, path
        text = response.content.decode()
        assert marker in text, (path, marker)
        return text

    page(reverse("accounts:dashboard"), pages.MARK_DASHBOARD)
    page(course.get_parent().url, pages.MARK_CATALOGUE)
    course_page = page(course.url, pages.MARK_COURSE)
    first_lesson, second_lesson = lessons_of(course)[:2]
    assert pages.BUTTON_LINK.search(course_page).group(1) == first_lesson.url
    lesson = page(first_lesson.url, pages.MARK_LESSON)
    assert pages.NEXT_LESSON.search(lesson).group(1) == second_lesson.url
    assert f"/learn/lessons/{first_lesson.pk}/complete/" in lesson
    assert f"/learn/quiz/{quiz.pk}/start/" in page(quiz.url, pages.MARK_QUIZ_PAGE)
    page(reverse("courses:my_learning"), pages.MARK_LEARNING)
    certificates = page(reverse("certificates:mine"), pages.MARK_CERTIFICATES)
    assert pages.PDF_LINK.findall(certificates) == [
        reverse("certificates:download", args=[certificate.code])
    ]
    assert client.get(reverse("certificates:download", args=[certificate.code])).getvalue()[:5] == (
        b"%PDF-"
    )


def test_the_dashboard_pages_a_coordinator_opens_carry_the_markers_and_region_links(
    client, ministry, coordinator_jabar
):
    client.force_login(ministry)
    national = client.get(reverse("coverage:national")).content.decode()
    assert pages.MARK_COVERAGE in national
    assert "32" in pages.REGION_LINK.findall(national)

    client.force_login(coordinator_jabar)
    province = client.get(reverse("coverage:region", args=["32"])).content.decode()
    assert pages.MARK_COVERAGE in province
    assert "32.73" in pages.REGION_LINK.findall(province)
    regency = client.get(reverse("coverage:region", args=["32.73"])).content.decode()
    assert pages.MARK_COVERAGE in regency
    export = client.get(reverse("coverage:region_export", args=["32", "csv"]))
    assert export["Content-Type"].startswith("text/csv")


def test_the_sign_in_pages_carry_their_markers(client):
    assert pages.MARK_LOGIN in client.get(reverse("account_login")).content.decode()
