"""Turn the demo quizzes (this package) into published quiz pages. Idempotent.

A pre-test goes in a module of its own before the course's first module; a final quiz goes in a last module,
"Final assessment". Lessons are found by slug within the quiz's course.
"""

from __future__ import annotations

import importlib
import uuid

from django.db import transaction

from courses.models import CoursePage, LessonPage, ModulePage

from ..models import QuizPage

QUIZ_MODULES = ["quiz_sop_8_2021", "quiz_community_2_2024", "quiz_victim_centred"]
MODULES = {
    "pretest": ("pra-tes", "Pra-tes", "Pre-test"),
    "final": ("penilaian-akhir", "Penilaian akhir", "Final assessment"),
}


def _html(text: str) -> str:
    if not text.strip():
        return ""
    return text if text.lstrip().startswith("<") else f"<p>{text}</p>"


def question_block(question: dict, lessons: dict[str, int]) -> dict:
    """One question of the demo format → the raw data of its StreamField block."""
    value = {key: item for key, item in question.items() if key != "type"}
    value["prompt"] = _html(question["prompt"])
    value["prompt_en"] = _html(question.get("prompt_en", ""))
    value["lesson"] = lessons.get(question.get("lesson") or "")
    value["points"] = int(question.get("points") or 1)
    return {"type": question["type"], "value": value, "id": str(uuid.uuid4())}


def _module(course: CoursePage, mode: str) -> ModulePage:
    slug, title, title_en = MODULES[mode]
    module = ModulePage.objects.child_of(course).filter(slug=slug).first()
    if module is not None:
        return module
    module = ModulePage(title=title, slug=slug, title_en=title_en)
    first = ModulePage.objects.child_of(course).order_by("path").first()
    if mode == "pretest" and first is not None:
        first.add_sibling(pos="left", instance=module)
    else:
        course.add_child(instance=module)
    module.save_revision().publish()
    return module


@transaction.atomic
def seed_quizzes() -> list[QuizPage]:
    seeded = []
    for name in QUIZ_MODULES:
        for data in importlib.import_module(f"quizzes.demo.{name}").QUIZZES:
            course = CoursePage.objects.filter(slug=data["course"]).first()
            if course is None:
                continue
            existing = QuizPage.objects.descendant_of(course).filter(slug=data["slug"]).first()
            if existing is not None:
                seeded.append(existing)
                continue
            lessons = dict(LessonPage.objects.descendant_of(course).values_list("slug", "pk"))
            pretest = data["mode"] == "pretest"
            quiz = QuizPage(
                title=data["title"],
                slug=data["slug"],
                title_en=data["title_en"],
                intro=data["intro"],
                intro_en=data["intro_en"],
                mode=data["mode"],
                required=not pretest,
                pass_mark=max(1, data.get("pass_mark") or 70),
                max_attempts=1 if pretest else 3,
                feedback_timing=QuizPage.FeedbackTiming.SUBMISSION,
                questions=[question_block(question, lessons) for question in data["questions"]],
            )
            _module(course, data["mode"]).add_child(instance=quiz)
            quiz.save_revision().publish()
            seeded.append(quiz)
    return seeded
