"""Who may open each quiz view: signed-out visitors, another member, members and trainers not enrolled.

An attempt belongs to one member and is found by its random id *and* that member, so there is no wider
access to test: regions (which scope coordinators' dashboards) are not a concept for a learner's own
attempts, and a coordinator or trainer of the same region is simply "another member" here — the cases
below cover them.
"""

from __future__ import annotations

import pytest

from quizzes.models import Attempt, Response
from tests.accounts.factories import ProfileFactory, give_totp, with_role
from tests.quizzes import support
from tests.quizzes.support import (
    autosave_url,
    enrol,
    make_quiz,
    question_url,
    result_url,
    review_url,
    start,
    start_url,
    stored,
    submit_url,
)

pytestmark = pytest.mark.django_db

NOT_ENROLLED = "Enrol in this course to take its quizzes."


@pytest.fixture
def quiz():
    return make_quiz(questions=[support.single_choice("a"), support.single_choice("b")])


@pytest.fixture
def attempt(client, learner, quiz):
    """The learner's open attempt, with its first question answered."""
    enrol(learner, quiz)
    client.force_login(learner)
    attempt = start(client, quiz)
    client.post(question_url(attempt, 1), {"choice": "1"})
    client.logout()
    return attempt


@pytest.fixture
def other(client, quiz):
    """Another member of the same region, enrolled in the same course, signed in."""
    user = with_role(ProfileFactory().user, "Learner")
    enrol(user, quiz)
    client.cookies["sigap_language"] = "en"
    client.force_login(user)
    return user


def screens(attempt):
    """Every view of one attempt: (method, URL, form data)."""
    return [
        ("get", question_url(attempt, 1), {}),
        ("post", question_url(attempt, 1), {"choice": "0"}),
        ("post", question_url(attempt, 2), {"choice": "0"}),
        ("post", autosave_url(attempt, 2), {"choice": "0"}),
        ("get", review_url(attempt), {}),
        ("post", submit_url(attempt), {}),
        ("get", result_url(attempt), {}),
    ]


SCREEN_IDS = ["question", "answer", "answer-other", "autosave", "review", "submit", "result"]


# Signed out ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(7), ids=SCREEN_IDS)
def test_signed_out_visitors_are_sent_to_sign_in_from_every_attempt_view(client, attempt, index):
    method, url, data = screens(attempt)[index]

    response = getattr(client, method)(url, data)

    if "autosave" in url:
        assert response.status_code == 401
        assert response.json()["login_url"].startswith("/accounts/login/?next=")
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert stored(attempt) == [(support.questions_of(attempt)[0]["id"], 1, False)]
    assert Attempt.objects.get(pk=attempt.pk).is_open


def test_signed_out_visitors_are_sent_to_sign_in_from_the_quiz_page_and_start(client, quiz):
    page = client.get(quiz.url)
    started = client.post(start_url(quiz))

    assert page["Location"].startswith("/accounts/login/")
    assert started["Location"].startswith("/accounts/login/")
    assert not Attempt.objects.exists()


def test_the_autosave_of_a_signed_out_visitor_says_in_words_to_sign_in_again(client, attempt):
    client.cookies["sigap_language"] = "en"

    response = client.post(autosave_url(attempt, 2), {"choice": "0"})

    assert response.json()["saved"] is False
    assert response.json()["error"] == (
        "Your session has ended. Sign in again; your answers are kept."
    )


# Another member -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(7), ids=SCREEN_IDS)
def test_another_members_attempt_is_not_found_in_any_view(client, attempt, other, index):
    method, url, data = screens(attempt)[index]
    before = stored(attempt)

    response = getattr(client, method)(url, data)

    assert response.status_code == 404
    assert stored(attempt) == before
    assert Attempt.objects.get(pk=attempt.pk).is_open


def test_another_member_pressing_start_gets_an_attempt_of_their_own(client, attempt, other, quiz):
    mine = start(client, quiz)

    assert mine.user == other and mine.pk != attempt.pk
    assert not Response.objects.filter(attempt=mine).exists()


def test_another_members_submitted_result_is_not_found(client, learner, attempt, other):
    from quizzes.services import attempt_submit

    attempt_submit(attempt=attempt)

    assert client.get(result_url(attempt)).status_code == 404


# Not enrolled -------------------------------------------------------------------------------------------


@pytest.fixture(params=["Learner", "Trainer"])
def outsider(request, client, db):
    """A learner or a trainer who is not enrolled in the quiz's course, signed in."""
    user = with_role(ProfileFactory().user, request.param)
    if request.param == "Trainer":
        give_totp(user)  # staff roles must set up two-factor sign-in first
    client.cookies["sigap_language"] = "en"
    client.force_login(user)
    return user


def test_members_not_enrolled_are_sent_from_the_quiz_to_the_course_page(client, outsider, quiz):
    response = client.get(quiz.url, follow=True)

    assert response.redirect_chain[0][0] == support.course_of(quiz).url
    assert NOT_ENROLLED in response.content.decode()


def test_members_not_enrolled_cannot_start_the_quiz(client, outsider, quiz):
    response = client.post(start_url(quiz), follow=True)

    assert response.redirect_chain[0][0] == quiz.url
    assert NOT_ENROLLED in response.content.decode()
    assert not Attempt.objects.filter(user=outsider).exists()


@pytest.mark.parametrize("index", range(7), ids=SCREEN_IDS)
def test_members_not_enrolled_cannot_open_an_enrolled_members_attempt(
    client, attempt, outsider, index
):
    method, url, data = screens(attempt)[index]
    before = stored(attempt)

    response = getattr(client, method)(url, data)

    assert response.status_code == 404
    assert stored(attempt) == before


def test_a_quiz_that_is_not_published_cannot_be_started(client, learner, quiz):
    enrol(learner, quiz)
    client.force_login(learner)
    quiz.unpublish()

    response = client.post(start_url(quiz))

    assert response.status_code == 404
    assert not Attempt.objects.exists()


def test_the_start_button_only_answers_to_post(client, learner, quiz):
    enrol(learner, quiz)
    client.force_login(learner)

    assert client.get(start_url(quiz)).status_code == 405
    assert (
        client.get(submit_url(Attempt(pk="00000000-0000-0000-0000-000000000000"))).status_code
        == 405
    )
