"""Lesson bodies rendered once per published revision and language, then served from the cache.

A lesson's blocks look up their regulations and glossary terms, and a lesson is read far more often than it is
published. The rendered HTML is cached under the page's live revision and the content version (courses/caching.py), so
publishing, or editing a regulation or glossary term it shows, changes the key and nobody sees stale text. Reflection prompts are the one per-member part: they are left as markers in
the cached HTML and the member's own form is put in their place on each request.
"""

from __future__ import annotations

import html

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from .caching import versioned_key
from .models import LessonPage

REFLECTION = "reflection"


def _marker(block_id: str) -> str:
    return f"<!--sigap-reflection:{block_id}-->"


def reflection_block_ids(lesson: LessonPage) -> list[str]:
    """The ids of the lesson's reflection prompts, read from the raw data (no block conversion, no queries)."""
    return [item["id"] for item in lesson.body.raw_data if item["type"] == REFLECTION]


def lesson_body_html(lesson: LessonPage) -> str:
    key = versioned_key(
        "lesson-body", lesson.pk, lesson.live_revision_id, translation.get_language()
    )
    html = cache.get(key)
    if html is None:
        parts = []
        for block in lesson.body:
            parts.append(
                _marker(block.id)
                if block.block_type == REFLECTION
                else str(block.render_as_block())
            )
        html = "\n".join(parts)
        cache.set(key, html, 7 * 24 * 3600)
    return html


def answer_as_text(stored: str) -> str:
    """A stored (sanitised) answer as the plain text the member typed, for their textarea."""
    return html.unescape(strip_tags(stored or ""))


def lesson_body_for_member(lesson: LessonPage, *, answers: dict[str, str], request) -> SafeString:
    html = lesson_body_html(lesson)
    prompts = {
        item["id"]: item["value"].get("prompt", "")
        for item in lesson.body.raw_data
        if item["type"] == REFLECTION
    }
    for block_id, prompt in prompts.items():
        form = render_to_string(
            "courses/includes/reflection_form.html",
            {
                "page": lesson,
                "block_id": block_id,
                "prompt": prompt,
                "answer": answer_as_text(answers.get(block_id, "")),
            },
            request=request,
        )
        html = html.replace(_marker(block_id), form)
    return mark_safe(html)  # noqa: S308 - rendered by our own templates; answers are escaped by the form template
