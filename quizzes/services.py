"""Writes for quizzes: starting an attempt, saving answers as the member goes, submitting and grading.

Every write locks the attempt row first (``select_for_update``), so an autosave racing a submit, a double
click or a replayed request can never change an attempt after it was graded. Grading runs on the server only,
from the revision the attempt pinned (quizzes/questions.py) and the answers stored in its Response rows.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.services import completion_evaluate, enrolment_for_lesson, enrolment_lock

from .grading import InvalidAnswer, grade_question
from .models import Attempt, QuizPage, Response
from .presentation import is_answered, make_layout
from .questions import by_id, questions_for_revision

#: Answers that arrive this long after the time limit (a slow network) are still taken.
DEADLINE_GRACE = timedelta(seconds=5)


#: Sent after the transaction that graded an attempt commits. Keyword argument: ``attempt``. (The
#: certificates app renews a certificate when a renewing member passes again.)
attempt_submitted = Signal()


class QuizRefused(Exception):
    """Why the member cannot do this now; ``message`` is shown to them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AttemptClosed(QuizRefused):
    """The attempt was submitted (or its time ran out) before this request."""


def _rng() -> random.Random:
    return random.SystemRandom()


def in_round(attempts, enrolment) -> list[Attempt]:
    """The attempts that count toward the limit: those of the member's current round (all of them, unless
    the member is renewing a certificate; courses.Enrolment.round_started_at)."""
    since = enrolment.round_started_at
    return [attempt for attempt in attempts if since is None or attempt.started_at >= since]


def attempts_left(quiz: QuizPage, used: int) -> int | None:
    return None if quiz.max_attempts is None else max(0, quiz.max_attempts - used)


def is_expired(attempt: Attempt, now=None, *, grace: bool = True) -> bool:
    """Whether the attempt's time is up (``grace``: allowing answers that were on their way)."""
    if attempt.deadline is None:
        return False
    return (now or timezone.now()) > attempt.deadline + (DEADLINE_GRACE if grace else timedelta(0))


def attempt_start(*, user, quiz: QuizPage) -> Attempt:
    """Open a new attempt, or return the member's attempt in progress. Raises QuizRefused."""
    enrolment = enrolment_for_lesson(user=user, lesson=quiz)
    if enrolment is None:
        raise QuizRefused(_("Enrol in this course to take its quizzes."))
    # An attempt whose time ran out is submitted first, in its own transaction, so a refusal below (no
    # attempt left) cannot roll its result back.
    for expired in Attempt.objects.filter(
        user=user,
        quiz=quiz,
        status=Attempt.Status.IN_PROGRESS,
        deadline__lt=timezone.now() - DEADLINE_GRACE,
    ):
        attempt_submit(attempt=expired, timed_out=True)
    with transaction.atomic():
        # One start at a time per member and course: the lock orders concurrent clicks on "Start".
        enrolment_lock(enrolment_id=enrolment.pk)
        return _open_attempt(user, quiz, enrolment)


def _open_attempt(user, quiz: QuizPage, enrolment) -> Attempt:
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).order_by("number"))
    current = next((attempt for attempt in attempts if attempt.is_open), None)
    if current is not None:
        return current
    left = attempts_left(quiz, len(in_round(attempts, enrolment)))
    if left == 0:
        raise QuizRefused(
            ngettext(
                "You have used your %(count)d attempt at this quiz.",
                "You have used all %(count)d attempts at this quiz.",
                quiz.max_attempts,
            )
            % {"count": quiz.max_attempts}
        )
    revision_id = quiz.live_revision_id or quiz.latest_revision_id
    if revision_id is None:
        raise QuizRefused(_("This quiz is not available yet."))
    questions = questions_for_revision(revision_id)
    now = timezone.now()
    attempt = Attempt(
        user=user,
        quiz=quiz,
        enrolment=enrolment,
        revision_id=revision_id,
        number=len(attempts) + 1,
        is_pretest=quiz.is_pretest,
        pass_mark=quiz.pass_mark,
        layout=make_layout(
            questions,
            draw=quiz.draw_count,
            shuffle_questions=quiz.shuffle_questions,
            shuffle_choices=quiz.shuffle_choices,
            rng=_rng(),
        ),
        started_at=now,
        deadline=now + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
    )
    attempt.full_clean(exclude=["user", "quiz", "enrolment", "revision"])
    attempt.save()
    return attempt


def attempt_questions(attempt: Attempt) -> list[dict]:
    """The attempt's questions in the order it asks them, from its pinned revision."""
    questions = by_id(questions_for_revision(attempt.revision_id))
    return [questions[question_id] for question_id in attempt.question_ids]


def _locked(attempt: Attempt) -> Attempt:
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_open:
        raise AttemptClosed(_("This attempt has already been submitted."))
    return attempt


def response_save(
    *, attempt: Attempt, question_id: str, answer: Any, lock: bool = False
) -> Response:
    """Store the member's answer to one question of ``attempt`` (already decoded and checked).

    Raises AttemptClosed after submission or the time limit (an attempt found past its time is submitted
    with the answers saved before it), and QuizRefused for a question the attempt did not draw or one whose
    answer is already final.
    """
    with transaction.atomic():
        attempt = _locked(attempt)
        if not is_expired(attempt):
            return _store(attempt, question_id, answer, lock)
    attempt_submit(attempt=attempt, timed_out=True)
    raise AttemptClosed(
        _("Time is up. Your attempt was submitted with the answers saved before the time limit.")
    )


def _store(attempt: Attempt, question_id: str, answer: Any, lock: bool) -> Response:
    if question_id not in attempt.question_ids:
        raise QuizRefused(_("That question is not part of this attempt."))
    position = attempt.question_ids.index(question_id)
    try:
        with transaction.atomic():
            response, _created = Response.objects.get_or_create(
                attempt=attempt, question_id=question_id, defaults={"position": position}
            )
    except IntegrityError:
        response = Response.objects.get(attempt=attempt, question_id=question_id)
    if response.locked and not _may_change(attempt, question_id, response.answer, answer):
        raise QuizRefused(_("You have already checked this answer; it can no longer change."))
    response.answer = answer
    response.locked = response.locked or lock
    response.save(update_fields=["answer", "locked", "saved_at"])
    return response


def _may_change(attempt: Attempt, question_id: str, final: Any, answer: Any) -> bool:
    """A final answer never changes, except that a case grows by its next decision."""
    if answer == final:
        return True
    question = by_id(questions_for_revision(attempt.revision_id))[question_id]
    return (
        question["type"] == "scenario"
        and isinstance(final, list)
        and isinstance(answer, list)
        and answer[: len(final)] == final
    )


def answers_of(attempt: Attempt) -> dict[str, Response]:
    return {response.question_id: response for response in attempt.responses.all()}


@transaction.atomic
def attempt_submit(*, attempt: Attempt, timed_out: bool = False) -> Attempt:
    """Grade and close ``attempt``. Submitting an attempt that is already closed changes nothing."""
    # The enrolment first, then the attempt: the same order as attempt_start, so two requests can never
    # wait for each other (passing may complete the course, which locks the enrolment).
    enrolment_lock(enrolment_id=attempt.enrolment_id)
    attempt = Attempt.objects.select_for_update().select_related("enrolment").get(pk=attempt.pk)
    if not attempt.is_open:
        return attempt
    questions = attempt_questions(attempt)
    responses = answers_of(attempt)
    earned_total, possible_total, missing = 0.0, 0, []
    for position, question in enumerate(questions):
        response = responses.get(question["id"])
        if response is None:
            response = Response(attempt=attempt, question_id=question["id"], position=position)
            missing.append(response)
        earned, possible = 0.0, int(question.get("points") or 1)
        if is_answered(question, response.answer):
            try:
                result = grade_question(question, response.answer)
                earned, possible = result.points, result.possible
            except InvalidAnswer:
                earned = 0.0  # stored answers are checked on the way in; never trust them blindly
        response.earned, response.possible = earned, possible
        earned_total += earned
        possible_total += possible
    Response.objects.bulk_create(missing)
    Response.objects.bulk_update(list(responses.values()), ["earned", "possible"])
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = timezone.now()
    attempt.timed_out = timed_out
    attempt.points = round(earned_total, 4)
    attempt.possible = possible_total
    attempt.percent = round(100 * earned_total / possible_total, 1) if possible_total else 0.0
    attempt.passed = attempt.percent >= attempt.pass_mark
    attempt.save(
        update_fields=[
            "status",
            "submitted_at",
            "timed_out",
            "points",
            "possible",
            "percent",
            "passed",
        ]
    )
    if attempt.passed and not attempt.is_pretest:
        completion_evaluate(enrolment=attempt.enrolment)
    transaction.on_commit(lambda: attempt_submitted.send(sender=Attempt, attempt=attempt))
    return attempt


def attempts_close_expired() -> int:
    """Submit every attempt whose time limit has passed (for a periodic job); returns how many."""
    cutoff = timezone.now() - DEADLINE_GRACE
    closed = 0
    for attempt in Attempt.objects.filter(
        status=Attempt.Status.IN_PROGRESS, deadline__lt=cutoff
    ).only("pk", "enrolment_id"):
        attempt_submit(attempt=attempt, timed_out=True)
        closed += 1
    return closed
