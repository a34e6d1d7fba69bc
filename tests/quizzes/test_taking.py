"""Taking a quiz through the real screens: start, answer each type, review, submit, the result, completion."""

from __future__ import annotations

import pytest

from courses.models import Enrolment, ModulePage
from quizzes.models import Attempt, QuizPage, Response
from tests.courses.factories import lessons_of, make_course, publish_child
from tests.quizzes import support
from tests.quizzes.support import (
    answer,
    answer_all,
    complete_lessons,
    enrol,
    make_quiz,
    question_url,
    result_url,
    review_url,
    start,
    start_url,
    submit_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client, learner):
    client.cookies["sigap_language"] = "en"
    client.force_login(learner)
    return learner


def taken(client, quiz, **answer_kwargs) -> Attempt:
    attempt = start(client, quiz)
    answer_all(client, attempt, **answer_kwargs)
    client.post(submit_url(attempt))
    attempt.refresh_from_db()
    return attempt


def test_a_member_answers_every_question_type_and_scores_full_marks(client, member):
    quiz = make_quiz()
    enrol(member, quiz)

    attempt = start(client, quiz)
    answer_all(client, attempt)
    review = client.get(review_url(attempt)).content.decode()
    submitted = client.post(submit_url(attempt))
    html = client.get(result_url(attempt)).content.decode()

    assert "Every question is answered" in review
    assert submitted["Location"] == result_url(attempt)
    assert "Your score: 100%" in html
    assert "Passed" in html and "Not passed" not in html
    assert Response.objects.filter(attempt=attempt, earned__gt=0).count() == 6


def test_starting_opens_the_first_question_and_each_answer_moves_on_to_the_next(client, member):
    quiz = make_quiz()
    enrol(member, quiz)

    response = client.post(start_url(quiz))
    attempt = Attempt.objects.get(user=member, quiz=quiz)
    moved = answer(client, attempt, 1, 1)

    assert response["Location"] == question_url(attempt, 1)
    assert moved["Location"] == question_url(attempt, 2)


def test_the_last_question_leads_to_the_review_which_names_unanswered_questions(client, member):
    quiz = make_quiz(questions=[support.single_choice("a"), support.single_choice("b")])
    enrol(member, quiz)
    attempt = start(client, quiz)

    response = answer(client, attempt, 2, 1)
    html = client.get(review_url(attempt)).content.decode()

    assert response["Location"] == review_url(attempt)
    assert "1 question is not answered yet" in html


def test_the_result_shows_the_feedback_for_each_answer_given(client, member):
    quiz = make_quiz(feedback_timing=QuizPage.FeedbackTiming.SUBMISSION)
    enrol(member, quiz)

    attempt = taken(client, quiz, right=False)
    html = client.get(result_url(attempt)).content.decode()

    assert "Not passed" in html
    assert "FB-EN-sc0" in html  # the wrong choice picked, explained
    assert "FB-EN-sc1" not in html  # the feedback of a choice not picked
    assert "FB-EN-tf-false" in html
    assert "END-EN-sk-bad" in html  # the ending the case reached


def test_missed_questions_link_to_the_lesson_that_teaches_them(client, member):
    course = make_course(lessons_per_module=2)
    first, second = lessons_of(course)
    quiz = make_quiz(
        course,
        questions=[
            support.single_choice("a", lesson=first),
            support.single_choice("b", lesson=second),
        ],
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 1)  # right
    answer(client, attempt, 2, 0)  # wrong
    client.post(submit_url(attempt))

    html = client.get(result_url(attempt)).content.decode()

    assert f'href="{second.url}"' in html
    assert f"Read again: {second.title}" in html
    assert f"Read again: {first.title}" not in html


def test_coming_back_to_the_quiz_resumes_the_open_attempt_where_it_was_left(client, member):
    quiz = make_quiz()
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 1)

    page = client.get(quiz.url).content.decode()
    again = client.post(start_url(quiz))

    assert "Continue your attempt" in page
    assert again["Location"] == question_url(attempt, 2)
    assert Attempt.objects.filter(user=member, quiz=quiz).count() == 1


def test_an_answer_given_is_shown_again_when_the_member_goes_back_to_it(client, member):
    quiz = make_quiz(questions=[support.single_choice("a"), support.single_choice("b")])
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 2)

    html = client.get(question_url(attempt, 1)).content.decode()

    assert 'value="2" checked' in html


def test_a_case_plays_step_by_step_and_the_next_step_appears_only_after_the_decision(
    client, member
):
    quiz = make_quiz(questions=[support.scenario()], feedback_timing=QuizPage.FeedbackTiming.EACH)
    enrol(member, quiz)
    attempt = start(client, quiz)
    url = question_url(attempt, 1)

    before = client.get(url).content.decode()
    decided = client.post(url, {"step": "s1", "choice": "0"})
    after = client.get(url).content.decode()
    client.post(url, {"step": "s2", "choice": "1"})
    ended = client.get(url).content.decode()

    assert "N-EN-sk-s1" in before and "N-EN-sk-s2" not in before
    assert decided["Location"] == url  # the case stays on screen to show where the decision led
    assert "N-EN-sk-s2" in after and "Decision sk-s1-0" in after
    assert "FB-EN-sk-s1-0" in after  # feedback after each decision, as the quiz is set
    assert "The case has ended." in ended and "END-EN-sk-half" in ended
    assert Response.objects.get(attempt=attempt).answer == [0, 1]


def test_passing_a_required_quiz_completes_the_course_once_its_lessons_are_done(client, member):
    quiz = make_quiz()
    enrolment = enrol(member, quiz)
    complete_lessons(enrolment)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None

    attempt = taken(client, quiz)
    html = client.get(result_url(attempt)).content.decode()

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None
    assert "You have completed" in html


def test_passing_the_quiz_before_the_lessons_leaves_the_course_open(client, member):
    quiz = make_quiz()
    enrolment = enrol(member, quiz)

    taken(client, quiz)

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None


def test_a_pretest_never_completes_the_course_and_is_not_marked_passed(client, member):
    course = make_course(lessons_per_module=1)
    pre_module = publish_child(course, ModulePage(title="Pra-tes", slug="pra-tes"))
    pretest = make_quiz(course, module=pre_module, mode=QuizPage.Mode.PRETEST)
    make_quiz(
        course, module=ModulePage.objects.child_of(course).get(slug="modul-1")
    )  # the required final quiz
    enrolment = enrol(member, course)
    complete_lessons(enrolment)

    attempt = taken(client, pretest)
    html = client.get(result_url(attempt)).content.decode()

    assert attempt.is_pretest and attempt.percent == 100.0
    assert "This pre-test is not graded" in html and "Passed" not in html
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None


def test_a_failed_attempt_then_a_passed_one_completes_the_course(client, member):
    quiz = make_quiz()
    enrolment = enrol(member, quiz)
    complete_lessons(enrolment)

    failed = taken(client, quiz, right=False)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None
    assert "Try again" in client.get(result_url(failed)).content.decode()
    passed = taken(client, quiz)

    assert (failed.number, failed.passed, passed.number, passed.passed) == (1, False, 2, True)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_a_later_failed_attempt_does_not_undo_a_pass(client, member):
    quiz = make_quiz()
    enrolment = enrol(member, quiz)
    taken(client, quiz)
    taken(client, quiz, right=False)

    complete_lessons(enrolment)

    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_the_course_outline_shows_the_quiz_as_passed_with_the_best_score(client, member):
    quiz = make_quiz()
    enrol(member, quiz)
    taken(client, quiz, right=False)
    taken(client, quiz)

    html = client.get(support.course_of(quiz).url).content.decode()

    assert quiz.title in html
    assert "best 100%" in html
    assert '<span class="badge badge-done">passed</span>' in html


def test_the_course_outline_shows_an_open_attempt_as_in_progress(client, member):
    quiz = make_quiz()
    enrol(member, quiz)
    start(client, quiz)

    html = client.get(support.course_of(quiz).url).content.decode()

    assert '<span class="badge">in progress</span>' in html
