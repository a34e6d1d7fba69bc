"""What the browser never receives before it should: feedback, which choice is right, endings not yet reached,
the authored order of an ordering question. Pages are read in both languages, since every text has two."""

from __future__ import annotations

import re

import pytest

from quizzes.models import QuizPage
from tests.quizzes import support
from tests.quizzes.support import (
    answer,
    answer_all,
    autosave_url,
    enrol,
    make_quiz,
    question_url,
    result_url,
    review_url,
    start,
    submit_url,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["id", "en"]
TIMINGS = [timing for timing, _label in QuizPage.FeedbackTiming.choices]


@pytest.fixture
def member(client, learner):
    client.force_login(learner)
    return learner


def speak(client, language: str) -> None:
    client.cookies["sigap_language"] = language


def assert_no_secrets(html: str) -> None:
    assert "FB-" not in html, re.findall(r"FB-[\w-]+", html)
    assert "END-" not in html, re.findall(r"END-[\w-]+", html)
    assert "correct" not in html.lower()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("timing", TIMINGS)
def test_no_question_screen_carries_feedback_the_right_answer_or_an_ending(
    client, member, language, timing
):
    quiz = make_quiz(feedback_timing=timing, shuffle_choices=True)
    enrol(member, quiz)
    attempt = start(client, quiz)
    speak(client, language)

    for number in range(1, 7):
        response = client.get(question_url(attempt, number))
        assert response.status_code == 200
        assert_no_secrets(response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_case_mid_way_shows_neither_feedback_nor_endings_when_feedback_waits(
    client, member, language
):
    quiz = make_quiz(
        questions=[support.scenario()], feedback_timing=QuizPage.FeedbackTiming.SUBMISSION
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    speak(client, language)

    first = client.get(question_url(attempt, 1)).content.decode()
    client.post(question_url(attempt, 1), {"step": "s1", "choice": "0"})
    mid_way = client.get(question_url(attempt, 1)).content.decode()

    assert "N-sk-s2" not in first and "N-EN-sk-s2" not in first
    assert_no_secrets(mid_way)
    assert "sk-s1-0" in mid_way  # the decision taken is shown, without its feedback


def test_a_case_mid_way_shows_only_the_feedback_of_decisions_taken_when_feedback_is_immediate(
    client, member
):
    quiz = make_quiz(questions=[support.scenario()], feedback_timing=QuizPage.FeedbackTiming.EACH)
    enrol(member, quiz)
    attempt = start(client, quiz)
    speak(client, "en")

    client.post(question_url(attempt, 1), {"step": "s1", "choice": "0"})
    html = client.get(question_url(attempt, 1)).content.decode()

    assert re.findall(r"FB-[\w-]+", html) == ["FB-EN-sk-s1-0"]
    assert "END-" not in html


def test_an_ending_is_not_shown_before_the_case_reaches_it_and_only_that_ending_after(
    client, member
):
    quiz = make_quiz(questions=[support.scenario()], feedback_timing=QuizPage.FeedbackTiming.EACH)
    enrol(member, quiz)
    attempt = start(client, quiz)
    speak(client, "en")

    answer(client, attempt, 1, [0, 0])
    html = client.get(question_url(attempt, 1)).content.decode()

    assert re.findall(r"END-[\w-]+", html) == ["END-EN-sk-good"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_ordering_question_never_shows_its_items_in_the_right_order(client, member, language):
    quiz = make_quiz(questions=[support.ordering(size=4)], shuffle_choices=False)
    enrol(member, quiz)
    speak(client, language)

    for _ in range(5):
        attempt = start(client, quiz)
        html = client.get(question_url(attempt, 1)).content.decode()
        shown = [int(n) for n in re.findall(r"(?:Langkah|Step) or-(\d)", html)]
        client.post(submit_url(attempt))

        assert sorted(shown) == [1, 2, 3, 4]
        assert shown != [1, 2, 3, 4]


def test_a_matching_question_never_lists_its_answers_beside_their_own_items(client, member):
    quiz = make_quiz(questions=[support.matching(size=3)], shuffle_choices=False)
    enrol(member, quiz)
    speak(client, "en")

    for _ in range(5):
        attempt = start(client, quiz)
        html = client.get(question_url(attempt, 1)).content.decode()
        first_select = html[html.index('name="match-0"') : html.index("</select>")]
        shown = [int(n) for n in re.findall(r"Right ma-(\d)", first_select)]
        client.post(submit_url(attempt))

        assert sorted(shown) == [0, 1, 2]
        assert shown != [0, 1, 2]


def test_the_quiz_page_and_the_review_carry_no_feedback(client, member):
    quiz = make_quiz()
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer_all(client, attempt, right=False)
    speak(client, "en")

    assert_no_secrets(client.get(quiz.url).content.decode())
    assert_no_secrets(client.get(review_url(attempt)).content.decode())


def test_autosave_answers_say_only_whether_the_answer_was_saved(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")])
    enrol(member, quiz)
    attempt = start(client, quiz)

    response = client.post(autosave_url(attempt, 1), {"choice": "0"})

    assert set(response.json()) == {"saved", "saved_at"}
    assert_no_secrets(response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_result_before_passing_hides_feedback_when_it_shows_only_after_passing(
    client, member, language
):
    quiz = make_quiz(feedback_timing=QuizPage.FeedbackTiming.PASSED, reveal_answers=True)
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer_all(client, attempt, right=False)
    client.post(submit_url(attempt))
    speak(client, language)

    html = client.get(result_url(attempt)).content.decode()

    assert "FB-" not in html and "END-" not in html
    # Attempts are unlimited, so the right answers stay hidden too.
    assert "Choice sc1" not in html and "Pilihan sc1" not in html
