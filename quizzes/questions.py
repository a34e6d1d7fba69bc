"""A quiz's questions as plain dicts (the shape of quizzes/demo/__init__.py), read from a pinned revision.

Attempts pin the page revision they started from. A revision never changes, so its questions are converted
once and cached for good under the revision's id: later edits to the quiz never change a past attempt, and
taking a quiz does not re-read the page's JSON on every screen.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache

from wagtail.blocks.list_block import ListValue
from wagtail.models import Revision
from wagtail.rich_text import RichText

CACHE_SECONDS = 7 * 24 * 3600


def _plain(value: Any) -> Any:
    """StructValue, ListValue and RichText → dicts, lists and strings."""
    if isinstance(value, RichText):
        return str(value)
    if isinstance(value, dict):  # StructValue is a dict
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | ListValue):
        return [_plain(item) for item in value]
    return value


def question_dicts(stream) -> list[dict]:
    """The questions of a quiz's StreamField, each with its block ``id`` and ``type``."""
    questions = []
    for block in stream:
        value = dict(block.value)
        lesson = value.pop("lesson", None)
        question = {key: _plain(item) for key, item in value.items()}
        question.update(id=block.id, type=block.block_type, lesson=lesson.pk if lesson else None)
        questions.append(question)
    return questions


def questions_for_revision(revision_id: int) -> list[dict]:
    key = f"quiz-questions:{revision_id}"
    questions = cache.get(key)
    if questions is None:
        page = Revision.objects.get(pk=revision_id).as_object()
        questions = question_dicts(page.questions)
        cache.set(key, questions, CACHE_SECONDS)
    return questions


def by_id(questions: list[dict]) -> dict[str, dict]:
    return {question["id"]: question for question in questions}
