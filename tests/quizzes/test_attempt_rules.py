"""The rules an attempt keeps: its pinned revision and questions, draws, shuffles, attempt limits, the time
limit kept by the server, idempotent submission, and when feedback and the right answers show."""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

import pytest

from quizzes import services
from quizzes.models import Attempt, QuizPage, Response
from tests.quizzes import support
from tests.quizzes.support import (
    answer,
    answer_all,
    autosave_url,
    enrol,
    make_quiz,
    question_url,
    republish,
    result_url,
    review_url,
    start,
    start_url,
    stored,
    submit_url,
)

pytestmark = pytest.mark.django_db

TIME_UP = "Time is up. Your attempt was submitted with the answers saved before the time limit."


@pytest.fixture
def member(client, learner):
    client.cookies["sigap_language"] = "en"
    client.force_login(learner)
    return learner


class Reversing(random.Random):
    """A "shuffle" that reverses, so a test knows the order an attempt shows."""

    def shuffle(self, x):
        x.reverse()


def taken(client, quiz, **kwargs) -> Attempt:
    attempt = start(client, quiz)
    answer_all(client, attempt, **kwargs)
    client.post(submit_url(attempt))
    attempt.refresh_from_db()
    return attempt


def run_out_of_time(attempt, *, seconds_ago: int = 60) -> None:
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(seconds=seconds_ago)
    )


# Pinned revision and questions ---------------------------------------------------------------------------


def test_editing_and_republishing_the_quiz_does_not_change_a_past_result(client, member):
    quiz = make_quiz(questions=[support.single_choice("a", right=1)])
    enrol(member, quiz)
    attempt = taken(client, quiz)

    edited = support.single_choice("a", right=0)
    edited["id"] = quiz.questions.raw_data[0]["id"]
    edited["value"]["choices"][1]["feedback_en"] = "FB-EN-rewritten"
    republish(quiz, questions=[edited])
    html = client.get(result_url(attempt)).content.decode()

    assert Attempt.objects.get(pk=attempt.pk).revision_id == attempt.revision_id
    assert "Your score: 100%" in html and "Passed" in html
    assert "FB-EN-a1" in html and "FB-EN-rewritten" not in html


def test_an_open_attempt_keeps_the_questions_it_started_with_after_a_republish(client, member):
    quiz = make_quiz(questions=[support.single_choice("a"), support.single_choice("b")])
    enrol(member, quiz)
    attempt = start(client, quiz)

    republish(quiz, questions=[support.single_choice("new")] + list(quiz.questions.raw_data))
    html = client.get(question_url(attempt, 1)).content.decode()
    answer_all(client, attempt)
    client.post(submit_url(attempt))
    attempt.refresh_from_db()
    later = start(client, quiz)

    assert "Soal a: pilih satu." in html and "Soal new" not in html
    assert "Question 1 of 2" in html
    assert attempt.percent == 100.0
    assert len(later.layout) == 3 and later.revision_id != attempt.revision_id


# Draws and shuffles -------------------------------------------------------------------------------------


def test_an_attempt_draws_the_number_of_questions_the_quiz_asks_for(client, member):
    pool = [support.single_choice(f"q{n}") for n in range(6)]
    quiz = make_quiz(questions=pool, draw_count=3)
    enrol(member, quiz)

    page = client.get(quiz.url).content.decode()
    attempt = start(client, quiz)
    review = client.get(review_url(attempt)).content.decode()

    assert "3 questions" in page
    assert len(attempt.question_ids) == len(set(attempt.question_ids)) == 3
    assert set(attempt.question_ids) <= {block["id"] for block in pool}
    assert "3 questions are not answered yet" in review
    assert client.get(question_url(attempt, 4)).status_code == 404


def test_questions_and_choices_are_shown_in_the_attempts_shuffled_order(
    client, member, monkeypatch
):
    monkeypatch.setattr(services, "_rng", Reversing)
    quiz = make_quiz(
        questions=[support.single_choice("a", right=1), support.single_choice("b", right=1)],
        shuffle_questions=True,
        shuffle_choices=True,
    )
    enrol(member, quiz)
    attempt = start(client, quiz)

    html = client.get(question_url(attempt, 1)).content.decode()
    picked = client.post(question_url(attempt, 1), {"choice": "2"})  # "Pilihan b1", shown third

    assert "Soal b" in html and "Soal a" not in html
    assert html.index("Choice b3") < html.index("Choice b2") < html.index("Choice b1")
    assert picked.status_code == 302
    assert Response.objects.get(attempt=attempt).answer == 1


def test_without_shuffling_choices_keep_the_order_they_were_written_in(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], shuffle_choices=False)
    enrol(member, quiz)
    attempt = start(client, quiz)

    html = client.get(question_url(attempt, 1)).content.decode()

    assert html.index("Choice a0") < html.index("Choice a1") < html.index("Choice a3")


# Attempt limits ------------------------------------------------------------------------------------------


def test_attempts_beyond_the_limit_are_refused_with_a_message(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], max_attempts=2)
    enrol(member, quiz)
    taken(client, quiz, right=False)
    taken(client, quiz, right=False)

    response = client.post(start_url(quiz), follow=True)
    html = response.content.decode()

    assert response.redirect_chain[0][0] == quiz.url
    assert "You have used all 2 attempts at this quiz." in html
    assert Attempt.objects.filter(user=member, quiz=quiz).count() == 2


def test_starting_again_after_the_last_attempt_ran_out_of_time_keeps_its_result(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], max_attempts=1, time_limit_minutes=5)
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 1)
    run_out_of_time(attempt)

    response = client.post(start_url(quiz), follow=True)

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED and attempt.timed_out
    assert attempt.percent == 100.0
    assert "You have used your 1 attempt at this quiz." in response.content.decode()


def test_a_single_attempt_quiz_refuses_a_second_start(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], max_attempts=1)
    enrol(member, quiz)
    taken(client, quiz)

    html = client.post(start_url(quiz), follow=True).content.decode()

    assert "You have used your 1 attempt at this quiz." in html
    assert Attempt.objects.filter(user=member, quiz=quiz).count() == 1


# The time limit ------------------------------------------------------------------------------------------


def test_an_answer_posted_after_the_time_limit_is_not_stored_and_the_attempt_is_submitted(
    client, member
):
    quiz = make_quiz(
        questions=[support.single_choice("a"), support.single_choice("b")], time_limit_minutes=10
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 1)
    before = stored(attempt)

    run_out_of_time(attempt)
    response = client.post(question_url(attempt, 2), {"choice": "1"}, follow=True)
    attempt.refresh_from_db()

    assert response.redirect_chain[-1][0] == result_url(attempt)
    assert TIME_UP in response.content.decode()
    assert (attempt.status, attempt.timed_out) == (Attempt.Status.SUBMITTED, True)
    assert [row for row in stored(attempt) if row[1] is not None] == before
    assert attempt.percent == 50.0


def test_autosave_after_the_time_limit_is_refused_and_closes_the_attempt(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], time_limit_minutes=5)
    enrol(member, quiz)
    attempt = start(client, quiz)
    run_out_of_time(attempt)

    response = client.post(autosave_url(attempt, 1), {"choice": "1"})
    attempt.refresh_from_db()

    assert response.status_code == 409
    assert response.json()["closed"] is True
    assert attempt.timed_out and not Response.objects.filter(answer__isnull=False).exists()


def test_opening_a_question_after_the_time_limit_shows_the_result(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], time_limit_minutes=5)
    enrol(member, quiz)
    attempt = start(client, quiz)
    run_out_of_time(attempt)

    response = client.get(question_url(attempt, 1), follow=True)
    html = response.content.decode()

    assert response.redirect_chain[-1][0] == result_url(attempt)
    assert "Time ran out" in html
    assert Attempt.objects.get(pk=attempt.pk).timed_out


def test_an_answer_arriving_within_seconds_of_the_limit_is_still_taken(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], time_limit_minutes=5)
    enrol(member, quiz)
    attempt = start(client, quiz)
    run_out_of_time(attempt, seconds_ago=1)

    client.post(question_url(attempt, 1), {"choice": "1"})

    assert Response.objects.get(attempt=attempt).answer == 1


def test_the_question_screen_shows_the_time_left(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], time_limit_minutes=10)
    enrol(member, quiz)
    attempt = start(client, quiz)

    html = client.get(question_url(attempt, 1)).content.decode()

    assert "Time left:" in html and "10 min" in html


def test_a_member_can_start_again_once_a_timed_out_attempt_is_closed(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], time_limit_minutes=5)
    enrol(member, quiz)
    first = start(client, quiz)
    run_out_of_time(first)

    second = start(client, quiz)

    assert second.pk != first.pk and second.number == 2
    assert Attempt.objects.get(pk=first.pk).timed_out


# Submission ---------------------------------------------------------------------------------------------


def test_submitting_twice_changes_nothing(client, member):
    quiz = make_quiz()
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer_all(client, attempt)
    client.post(submit_url(attempt))
    attempt.refresh_from_db()

    again = client.post(submit_url(attempt))
    after = Attempt.objects.get(pk=attempt.pk)

    assert again["Location"] == result_url(attempt)
    assert (after.submitted_at, after.percent, after.points) == (
        attempt.submitted_at,
        attempt.percent,
        attempt.points,
    )


def test_a_submitted_attempts_screens_lead_to_its_result(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")])
    enrol(member, quiz)
    attempt = taken(client, quiz)

    shown = client.get(question_url(attempt, 1))
    posted = client.post(question_url(attempt, 1), {"choice": "0"})

    assert shown["Location"] == posted["Location"] == result_url(attempt)
    assert Response.objects.get(attempt=attempt).answer == 1


# Feedback and the right answers ---------------------------------------------------------------------------


def test_with_feedback_after_each_question_checking_shows_feedback_and_locks_the_answer(
    client, member
):
    quiz = make_quiz(
        questions=[support.single_choice("a"), support.single_choice("b")],
        feedback_timing=QuizPage.FeedbackTiming.EACH,
    )
    enrol(member, quiz)
    attempt = start(client, quiz)

    before = client.get(question_url(attempt, 1)).content.decode()
    checked = client.post(question_url(attempt, 1), {"choice": "0", "action": "check"})
    html = client.get(question_url(attempt, 1)).content.decode()
    changed = client.post(question_url(attempt, 1), {"choice": "1", "action": "next"})

    assert "Check answer" in before and "FB-EN-a0" not in before
    assert checked["Location"] == question_url(attempt, 1)
    assert "Not correct" in html and "FB-EN-a0" in html
    assert "<fieldset" in html and " disabled>" in html
    assert changed.status_code == 400
    assert "You have already checked this answer; it can no longer change." in (
        changed.content.decode()
    )
    assert Response.objects.get(attempt=attempt).answer == 0
    assert Response.objects.get(attempt=attempt).locked


def test_a_checked_multiple_response_cannot_gain_the_choices_its_feedback_gave_away(client, member):
    quiz = make_quiz(
        questions=[support.multiple_response("m", right=(0, 1))],
        feedback_timing=QuizPage.FeedbackTiming.EACH,
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    client.post(question_url(attempt, 1), {"choice": "0", "action": "check"})

    posted = client.post(question_url(attempt, 1), {"choice": ["0", "1"], "action": "next"})
    autosaved = client.post(autosave_url(attempt, 1), {"choice": ["0", "1", "3"]})

    assert posted.status_code == autosaved.status_code == 400
    assert Response.objects.get(attempt=attempt).answer == [0]


@pytest.mark.parametrize("kind", ["single_choice", "matching"])
def test_checking_before_choosing_anything_locks_nothing(client, member, kind):
    quiz = make_quiz(
        questions=[getattr(support, kind)()], feedback_timing=QuizPage.FeedbackTiming.EACH
    )
    enrol(member, quiz)
    attempt = start(client, quiz)

    client.post(question_url(attempt, 1), {"action": "check"})
    shown = client.get(question_url(attempt, 1))
    answered = answer(client, attempt, 1, support.RIGHT[kind](support.questions_of(attempt)[0]))

    assert shown.status_code == 200 and "Check answer" in shown.content.decode()
    assert answered.status_code == 302
    assert Response.objects.get(attempt=attempt).answer is not None


def test_after_checking_an_answer_the_member_can_still_go_back_and_on(client, member):
    quiz = make_quiz(
        questions=[support.single_choice("a"), support.single_choice("b")],
        feedback_timing=QuizPage.FeedbackTiming.EACH,
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    client.post(question_url(attempt, 2), {"choice": "1", "action": "check"})

    # The checked answer's fieldset is disabled, so the browser posts only the button pressed.
    back = client.post(question_url(attempt, 2), {"action": "previous"})
    html = client.get(question_url(attempt, 2)).content.decode()

    assert back.status_code == 302 and back["Location"] == question_url(attempt, 1)
    assert "Correct" in html and 'value="1" checked' in html
    assert Response.objects.get(attempt=attempt).answer == 1


def test_with_feedback_after_submission_no_feedback_shows_while_answering(client, member):
    quiz = make_quiz(
        questions=[support.single_choice("a")], feedback_timing=QuizPage.FeedbackTiming.SUBMISSION
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 0)

    html = client.get(question_url(attempt, 1)).content.decode()

    assert "Check answer" not in html and "FB-EN-a0" not in html
    assert not Response.objects.get(attempt=attempt).locked


def test_with_feedback_only_after_passing_a_failed_result_hides_it(client, member):
    quiz = make_quiz(feedback_timing=QuizPage.FeedbackTiming.PASSED)
    enrol(member, quiz)

    failed = taken(client, quiz, right=False)
    failed_html = client.get(result_url(failed)).content.decode()
    passed = taken(client, quiz)
    passed_html = client.get(result_url(passed)).content.decode()

    assert "Feedback on each question is shown once you pass this quiz." in failed_html
    assert "FB-EN-" not in failed_html and "END-EN-" not in failed_html
    assert "FB-EN-sc1" in passed_html and "END-EN-sk-good" in passed_html


def test_the_right_answers_are_revealed_only_after_the_last_attempt(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], max_attempts=2, reveal_answers=True)
    enrol(member, quiz)

    first = taken(client, quiz, right=False)
    first_html = client.get(result_url(first)).content.decode()
    second = taken(client, quiz, right=False)
    second_html = client.get(result_url(second)).content.decode()

    assert "The right answer:" not in first_html
    assert "The right answer:" in second_html and "<li>Choice a1</li>" in second_html


def test_a_quiz_that_does_not_reveal_answers_never_does(client, member):
    quiz = make_quiz(questions=[support.single_choice("a")], max_attempts=1, reveal_answers=False)
    enrol(member, quiz)

    attempt = taken(client, quiz, right=False)
    html = client.get(result_url(attempt)).content.decode()

    assert "The right answer:" not in html and "<li>Choice a1</li>" not in html


def test_ordering_is_never_shown_in_its_right_order_and_every_other_order_is_as_likely():
    from collections import Counter

    from quizzes.presentation import make_layout

    question = {"id": "o", "type": "ordering", "items": [{}, {}, {}]}
    rng = random.Random(4)
    seen = Counter(
        tuple(
            make_layout(
                [question], draw=None, shuffle_questions=False, shuffle_choices=False, rng=rng
            )[0]["order"]
        )
        for _ in range(5000)
    )

    assert (0, 1, 2) not in seen
    assert len(seen) == 5
    assert max(seen.values()) < 1.25 * min(seen.values())
