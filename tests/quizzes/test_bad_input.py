"""Answers that do not fit the screen they were posted from: each is refused in words, nothing is stored, and
what the member picked is shown again so nothing they did is lost. Also: an answer sent after the session
expired is kept until the member signs in again."""

from __future__ import annotations

import pytest

from quizzes import services
from quizzes.models import QuizPage, Response
from tests.accounts.factories import PASSWORD, ProfileFactory, with_role
from tests.quizzes import support
from tests.quizzes.support import (
    answer,
    autosave_url,
    enrol,
    make_quiz,
    question_url,
    start,
    stored,
)

pytestmark = pytest.mark.django_db

NOT_AN_OPTION = "That answer is not one of the options on the screen."
TOO_LARGE = "Your answer was too large to save. Please answer again."


@pytest.fixture
def member(client, learner):
    client.cookies["sigap_language"] = "en"
    client.force_login(learner)
    return learner


@pytest.fixture
def attempt(client, member):
    """An open attempt at one question of each type (no shuffling of choices), question 1 answered."""
    quiz = make_quiz(shuffle_choices=False)
    enrol(member, quiz)
    attempt = start(client, quiz)
    answer(client, attempt, 1, 1)
    return attempt


SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, CASE = range(1, 7)


def refused(client, attempt, number, data, message, *, status=400):
    """Post ``data`` to screen ``number``; assert it is refused with ``message`` and nothing changed."""
    before = stored(attempt)
    response = client.post(question_url(attempt, number), data)
    assert response.status_code == status, response
    html = response.content.decode()
    assert "Your answer could not be saved" in html
    assert message in html
    assert stored(attempt) == before
    return html


@pytest.mark.parametrize(
    "number,data,message",
    [
        (SINGLE, {"choice": "9"}, NOT_AN_OPTION),
        (SINGLE, {"choice": "-1"}, NOT_AN_OPTION),
        (SINGLE, {"choice": "1.0"}, NOT_AN_OPTION),
        (SINGLE, {"choice": "satu"}, NOT_AN_OPTION),
        (SINGLE, {"choice": "²"}, NOT_AN_OPTION),  # a "digit" int() cannot read
        (SINGLE, {"choice": "١"}, NOT_AN_OPTION),  # an Arabic-Indic one: not on the screen either
        (SINGLE, {"choice": "0" * 65}, NOT_AN_OPTION),
        (SINGLE, {"choice": ["0", "1"]}, "Choose one answer only."),
        (MULTIPLE, {"choice": ["0", "0"]}, NOT_AN_OPTION),
        (MULTIPLE, {"choice": ["0", "7"]}, NOT_AN_OPTION),
        (TRUE_FALSE, {"choice": "ya"}, "Answer true or false."),
        (TRUE_FALSE, {"choice": ["true", "false"]}, "Answer true or false."),
        (ORDERING, {"rank-0": "0", "rank-1": "1"}, "Give every item a place."),
        (ORDERING, {f"rank-{i}": "0" for i in range(4)}, "Give each item a different place."),
        (ORDERING, {"rank-0": ["0", "1"], "rank-1": "2", "rank-2": "3", "rank-3": "1"}, ""),
        (ORDERING, {"rank-0": "0", "rank-1": "1", "rank-2": "2", "rank-3": "4"}, NOT_AN_OPTION),
        (MATCHING, {"match-0": "0", "match-1": "0", "match-2": "1"}, "Use each answer once."),
        (MATCHING, {"match-0": "0", "match-1": "1"}, "Match every item."),
        (MATCHING, {"match-0": "0", "match-1": "1", "match-2": "x"}, NOT_AN_OPTION),
        (CASE, {"step": "s1", "choice": "5"}, NOT_AN_OPTION),
        (CASE, {"step": "s1"}, "Choose what you do next."),
        (CASE, {"step": "s1", "choice": ["0", "1"]}, "Choose what you do next."),
    ],
)
def test_a_malformed_answer_is_refused_in_words_and_nothing_is_stored(
    client, attempt, number, data, message
):
    refused(client, attempt, number, data, message)


@pytest.mark.parametrize(
    "number,data",
    [
        (SINGLE, {"choice": "9"}),
        (ORDERING, {f"rank-{i}": "0" for i in range(4)}),
        (MATCHING, {"match-0": "z"}),
    ],
)
def test_autosave_refuses_a_malformed_answer_with_its_reason(client, attempt, number, data):
    before = stored(attempt)

    response = client.post(autosave_url(attempt, number), data)

    assert response.status_code == 400
    assert response.json()["saved"] is False and response.json()["error"]
    assert stored(attempt) == before


@pytest.mark.parametrize(
    "number,data", [(ORDERING, {"rank-0": "0", "rank-1": ""}), (MATCHING, {"match-0": "1"})]
)
def test_autosave_waits_quietly_for_a_half_filled_ordering_or_matching(
    client, attempt, number, data
):
    before = stored(attempt)

    response = client.post(autosave_url(attempt, number), data)

    assert response.status_code == 200
    assert response.json() == {"saved": False}
    assert stored(attempt) == before


def test_untouched_places_are_no_answer_and_the_member_moves_on(client, attempt):
    empty = {f"rank-{i}": "" for i in range(4)}

    response = client.post(question_url(attempt, ORDERING), {**empty, "action": "next"})

    assert response.status_code == 302
    assert response["Location"] == question_url(attempt, ORDERING + 1)


def test_a_question_number_beyond_the_attempt_is_not_found(client, attempt):
    for url in (question_url(attempt, 7), question_url(attempt, 0), autosave_url(attempt, 7)):
        assert client.post(url, {"choice": "0"}).status_code == 404
    assert client.get(question_url(attempt, 7)).status_code == 404


def test_a_question_the_attempt_did_not_draw_cannot_be_answered(client, member):
    pool = [support.single_choice(f"q{n}") for n in range(4)]
    quiz = make_quiz(questions=pool, draw_count=2)
    enrol(member, quiz)
    attempt = start(client, quiz)
    undrawn = next(block["id"] for block in pool if block["id"] not in attempt.question_ids)

    # The screens never take a question id; one smuggled into the form is ignored …
    client.post(question_url(attempt, 1), {"choice": "1", "question": undrawn, "id": undrawn})
    # … and the service refuses one outright.
    with pytest.raises(services.QuizRefused) as refusal:
        services.response_save(attempt=attempt, question_id=undrawn, answer=1)

    assert refusal.value.message == "That question is not part of this attempt."
    assert [row[0] for row in stored(attempt)] == [attempt.question_ids[0]]


def test_an_oversized_answer_is_refused_with_a_clear_message(client, attempt):
    before = stored(attempt)

    html = refused(client, attempt, SINGLE, {"choice": "0", "padding": "x" * 17_000}, TOO_LARGE)
    autosaved = client.post(autosave_url(attempt, SINGLE), {"choice": "0", "pad": "x" * 17_000})

    assert "Question 1 of 6" in html
    assert autosaved.status_code == 413
    assert autosaved.json()["error"] == "Your answer was too large to save."
    assert stored(attempt) == before


def test_a_decision_for_a_step_the_case_has_moved_past_changes_nothing(client, attempt):
    url = question_url(attempt, CASE)
    client.post(url, {"step": "s1", "choice": "0"})
    before = stored(attempt)

    replayed = client.post(url, {"step": "s1", "choice": "1"})
    made_up = client.post(url, {"step": "nowhere", "choice": "0"})

    # The screen shows where the case stands now (a back button or a replay, not an error).
    for response in (replayed, made_up):
        assert response.status_code == 200
        assert "N-EN-sk-s2" in response.content.decode()
    assert stored(attempt) == before


def test_a_decision_after_the_case_ended_changes_nothing_and_shows_the_ending(client, attempt):
    answer(client, attempt, CASE, [1])
    before = stored(attempt)

    # A double click on the last "Decide", or the back button, posts the last step again.
    response = client.post(question_url(attempt, CASE), {"step": "s1", "choice": "0"})

    assert response.status_code == 200
    assert stored(attempt) == before
    html = response.content.decode()
    assert "The case has ended." in html and "could not be saved" not in html


def test_another_members_attempt_refuses_an_answer_and_stores_nothing(client, attempt):
    other = with_role(ProfileFactory().user, "Learner")
    client.force_login(other)
    before = stored(attempt)

    posted = client.post(question_url(attempt, 2), {"choice": "0"})
    autosaved = client.post(autosave_url(attempt, 2), {"choice": "0"})

    assert posted.status_code == autosaved.status_code == 404
    assert "you do not have access to it" in posted.content.decode()
    assert stored(attempt) == before


# Nothing the member did is lost ---------------------------------------------------------------------------


def test_a_refused_multiple_response_shows_the_valid_picks_again(client, attempt):
    html = refused(client, attempt, MULTIPLE, {"choice": ["2", "9"]}, NOT_AN_OPTION)

    assert 'value="2" checked' in html
    assert 'value="0" checked' not in html


def test_a_refused_ordering_shows_the_places_already_given(client, attempt):
    html = refused(client, attempt, ORDERING, {"rank-0": "2", "rank-1": "0"}, "Give every item")

    assert 'name="rank-0">' in html
    select = html[
        html.index('name="rank-0"') : html.index("</select>", html.index('name="rank-0"'))
    ]
    assert '<option value="2" selected>' in select


def test_a_refused_matching_shows_the_matches_already_made(client, attempt):
    html = refused(
        client, attempt, MATCHING, {"match-0": "1", "match-1": "1", "match-2": "0"}, "once"
    )

    start_at = html.index('name="match-2"')
    select = html[start_at : html.index("</select>", start_at)]
    assert '<option value="0" selected>' in select


def test_a_refused_single_choice_keeps_the_answer_saved_before(client, attempt):
    html = refused(client, attempt, SINGLE, {"choice": "9"}, NOT_AN_OPTION)

    assert 'value="1" checked' in html


def test_an_answer_posted_after_the_session_expired_is_saved_once_the_member_signs_in_again(
    client, attempt, member
):
    client.logout()
    client.cookies["sigap_language"] = "en"
    url = question_url(attempt, SINGLE + 1)

    sent = client.post(url, support.fields_for(attempt, MULTIPLE, [0, 1]))
    assert sent["Location"].startswith("/accounts/login/")
    assert not Response.objects.filter(attempt=attempt, position=1).exists()
    signed_in = client.post(
        sent["Location"], {"login": member.email, "password": PASSWORD}, follow=True
    )

    assert signed_in.redirect_chain[-1][0] == url
    assert "Your session had expired; the answer you gave then is saved." in (
        signed_in.content.decode()
    )
    assert Response.objects.get(attempt=attempt, position=1).answer == [0, 1]


def test_an_autosave_sent_after_the_session_expired_is_kept_too(client, attempt, member):
    client.logout()
    url = autosave_url(attempt, TRUE_FALSE)

    sent = client.post(url, {"choice": "false"})
    client.post(sent.json()["login_url"], {"login": member.email, "password": PASSWORD})
    client.get(question_url(attempt, TRUE_FALSE))

    assert Response.objects.get(attempt=attempt, position=2).answer is False


def test_a_stashed_answer_that_does_not_fit_is_dropped_quietly(client, attempt, member):
    client.logout()
    client.post(question_url(attempt, SINGLE), {"choice": "9"})
    client.force_login(member)

    response = client.get(question_url(attempt, SINGLE))

    assert response.status_code == 200
    assert Response.objects.get(attempt=attempt, position=0).answer == 1


def test_a_locked_answer_cannot_be_changed_by_autosave(client, member):
    quiz = make_quiz(
        questions=[support.single_choice("a")], feedback_timing=QuizPage.FeedbackTiming.EACH
    )
    enrol(member, quiz)
    attempt = start(client, quiz)
    client.post(question_url(attempt, 1), {"choice": "0", "action": "check"})

    response = client.post(autosave_url(attempt, 1), {"choice": "1"})

    assert response.status_code == 400
    assert response.json()["error"] == (
        "You have already checked this answer; it can no longer change."
    )
    assert Response.objects.get(attempt=attempt).answer == 0
