"""A quiz members have taken keeps its attempts: the admin refuses to delete it (or the module holding it)."""

from __future__ import annotations

from django.contrib.auth import get_user_model

import pytest

from quizzes.models import QuizPage
from tests.accounts.factories import give_totp
from tests.quizzes.factories import make_member, make_submitted_attempt
from tests.quizzes.support import make_quiz, single_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz():
    return make_quiz(questions=[single_choice()])


def test_a_quiz_someone_has_taken_cannot_be_deleted_nor_its_module(client, quiz):
    make_submitted_attempt(make_member(), quiz, {})
    root = get_user_model().objects.create_superuser(
        email="root@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(root)
    client.cookies["sigap_language"] = "en"

    for page in (quiz, quiz.get_parent()):
        response = client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
        shown = [str(message) for message in response.context["messages"]]
        assert any("so it cannot be deleted. Unpublish it instead." in text for text in shown)
    assert QuizPage.objects.filter(pk=quiz.pk).exists()


def test_a_quiz_nobody_has_taken_can_be_deleted(client, ministry, quiz):
    client.force_login(ministry)

    client.post(f"/admin/pages/{quiz.pk}/delete/")

    assert not QuizPage.objects.filter(pk=quiz.pk).exists()
