"""Submitted attempts made through the quiz services, and members from a chosen province, for analytics tests.

Quizzes and their questions come from tests/quizzes/support.py (``make_quiz``, ``single_choice`` …); these
helpers add what item analysis needs: question blocks with readable ids, and attempts answered and graded by
the real ``attempt_start`` / ``response_save`` / ``attempt_submit``.
"""

from __future__ import annotations

from typing import Any

from accounts.models import User
from quizzes import services
from quizzes.models import Attempt, QuizPage
from tests.accounts.factories import ProfileFactory, with_role
from tests.quizzes.support import enrol


def with_id(block: dict, question_id: str) -> dict:
    """A question block (from tests/quizzes/support.py) with a readable block id, e.g. "sc"."""
    return {**block, "id": question_id}


def make_member(*, province: str = "32", regency: str | None = None) -> User:
    """A learner with a verified address and a profile in ``province`` (its regency defaults to <code>.71)."""
    profile = ProfileFactory(province_id=province, regency_id=regency or f"{province}.71")
    return with_role(profile.user, "Learner")


def make_submitted_attempt(user: User, quiz: QuizPage, answers: dict[str, Any]) -> Attempt:
    """Enrol ``user`` if needed, start an attempt, save ``answers`` (question id → answer in authored
    indices; questions left out stay unanswered) and submit it, as the quiz screens do."""
    enrol(user, quiz)
    attempt = services.attempt_start(user=user, quiz=quiz)
    for question_id, answer in answers.items():
        services.response_save(attempt=attempt, question_id=question_id, answer=answer)
    return services.attempt_submit(attempt=attempt)
