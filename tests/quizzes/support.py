"""Quizzes built the way trainers build them, and answers posted the way the question screens post them.

Question builders return the raw StreamField data of one block (the shape quizzes/demo/seed.py's
``question_block`` writes). Every text carries a distinctive marker (``FB-…`` for feedback, ``END-…`` for
endings, ``N-…`` for scenario narratives), so a test can look for it in a page's HTML.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from django.urls import reverse

from courses.models import CoursePage, Enrolment, ModulePage
from courses.services import enrolment_create, lesson_complete
from quizzes.grading import scenario_step
from quizzes.models import Attempt, QuizPage, Response
from quizzes.presentation import step_order
from quizzes.services import attempt_questions
from tests.courses.factories import lessons_of, make_course, publish_child

_counter = itertools.count(1)


def _block(kind: str, value: dict, *, prompt: str, lesson=None, points: int = 1) -> dict:
    value = {
        "prompt": f"<p>{prompt}</p>",
        "prompt_en": "",
        "points": points,
        "lesson": lesson.pk if lesson is not None else None,
        **value,
    }
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def choice(tag: str, *, correct: bool = False) -> dict:
    return {
        "text": f"Pilihan {tag}",
        "text_en": f"Choice {tag}",
        "correct": correct,
        "feedback": f"FB-{tag}",
        "feedback_en": f"FB-EN-{tag}",
    }


def single_choice(
    tag: str = "sc", *, right: int = 1, size: int = 4, lesson=None, points: int = 1
) -> dict:
    """Choices ``<tag>0`` … ``<tag>{size-1}``; the one at ``right`` is correct."""
    choices = [choice(f"{tag}{i}", correct=i == right) for i in range(size)]
    return _block(
        "single_choice",
        {"choices": choices},
        prompt=f"Soal {tag}: pilih satu.",
        lesson=lesson,
        points=points,
    )


def multiple_response(tag: str = "mr", *, right=(0, 1), size: int = 4, lesson=None) -> dict:
    choices = [choice(f"{tag}{i}", correct=i in right) for i in range(size)]
    return _block(
        "multiple_response", {"choices": choices}, prompt=f"Soal {tag}: pilih semua.", lesson=lesson
    )


def true_false(tag: str = "tf", *, correct: bool = True, lesson=None) -> dict:
    value = {
        "correct": correct,
        "feedback_true": f"FB-{tag}-true",
        "feedback_true_en": f"FB-EN-{tag}-true",
        "feedback_false": f"FB-{tag}-false",
        "feedback_false_en": f"FB-EN-{tag}-false",
    }
    return _block("true_false", value, prompt=f"Soal {tag}: benar atau salah?", lesson=lesson)


def ordering(tag: str = "or", *, size: int = 4, lesson=None) -> dict:
    """Items ``Langkah <tag>-1`` … in their right order."""
    value = {
        "items": [
            {"text": f"Langkah {tag}-{i + 1}", "text_en": f"Step {tag}-{i + 1}"}
            for i in range(size)
        ],
        "feedback": f"FB-{tag}",
        "feedback_en": f"FB-EN-{tag}",
    }
    return _block("ordering", value, prompt=f"Soal {tag}: urutkan.", lesson=lesson)


def matching(tag: str = "ma", *, size: int = 3, lesson=None) -> dict:
    value = {
        "pairs": [
            {
                "left": f"Kiri {tag}-{i}",
                "left_en": f"Left {tag}-{i}",
                "right": f"Kanan {tag}-{i}",
                "right_en": f"Right {tag}-{i}",
            }
            for i in range(size)
        ],
        "feedback": f"FB-{tag}",
        "feedback_en": f"FB-EN-{tag}",
    }
    return _block("matching", value, prompt=f"Soal {tag}: pasangkan.", lesson=lesson)


def scenario(tag: str = "sk", *, lesson=None, points: int = 2) -> dict:
    """Step s1 leads to s2 (choice 0) or ending bad (choice 1); s2 leads to good (0, 100%) or half (1, 50%)."""

    def decision(step: str, index: int, target: str) -> dict:
        return {
            "text": f"Keputusan {tag}-{step}-{index}",
            "text_en": f"Decision {tag}-{step}-{index}",
            "feedback": f"FB-{tag}-{step}-{index}",
            "feedback_en": f"FB-EN-{tag}-{step}-{index}",
            "next": target,
        }

    value = {
        "title": f"Kasus {tag}",
        "title_en": f"Case {tag}",
        "start": "s1",
        "steps": [
            {
                "key": "s1",
                "narrative": f"N-{tag}-s1",
                "narrative_en": f"N-EN-{tag}-s1",
                "choices": [decision("s1", 0, "s2"), decision("s1", 1, "bad")],
            },
            {
                "key": "s2",
                "narrative": f"N-{tag}-s2",
                "narrative_en": f"N-EN-{tag}-s2",
                "choices": [decision("s2", 0, "good"), decision("s2", 1, "half")],
            },
        ],
        "endings": [
            {
                "key": "good",
                "text": f"END-{tag}-good",
                "text_en": f"END-EN-{tag}-good",
                "score": 100,
            },
            {
                "key": "half",
                "text": f"END-{tag}-half",
                "text_en": f"END-EN-{tag}-half",
                "score": 50,
            },
            {"key": "bad", "text": f"END-{tag}-bad", "text_en": f"END-EN-{tag}-bad", "score": 0},
        ],
    }
    return _block(
        "scenario", value, prompt=f"Soal {tag}: tangani kasus.", lesson=lesson, points=points
    )


def all_six(lesson=None) -> list[dict]:
    """One question of each type, in a fixed order: single, multiple, true/false, ordering, matching, case."""
    return [
        single_choice(lesson=lesson),
        multiple_response(lesson=lesson),
        true_false(lesson=lesson),
        ordering(lesson=lesson),
        matching(lesson=lesson),
        scenario(lesson=lesson),
    ]


#: The fully right answer to each builder's question, in the question's own (authored) terms.
RIGHT = {
    "single_choice": lambda q: next(i for i, c in enumerate(q["choices"]) if c["correct"]),
    "multiple_response": lambda q: [i for i, c in enumerate(q["choices"]) if c["correct"]],
    "true_false": lambda q: q["correct"],
    "ordering": lambda q: list(range(len(q["items"]))),
    "matching": lambda q: list(range(len(q["pairs"]))),
    "scenario": lambda q: [0, 0],
}
#: A wrong answer to each builder's question (no points at all).
WRONG = {
    "single_choice": lambda q: next(i for i, c in enumerate(q["choices"]) if not c["correct"]),
    "multiple_response": lambda q: [i for i, c in enumerate(q["choices"]) if not c["correct"]],
    "true_false": lambda q: not q["correct"],
    "ordering": lambda q: [*range(1, len(q["items"])), 0],
    "matching": lambda q: [*range(1, len(q["pairs"])), 0],
    "scenario": lambda q: [1],
}


# Courses and quizzes ------------------------------------------------------------------------------------


def make_quiz(
    course: CoursePage | None = None,
    *,
    questions: list[dict] | None = None,
    module: ModulePage | None = None,
    **settings,
) -> QuizPage:
    """A published quiz in ``module`` (default: the course's last module); ``settings`` are QuizPage fields.

    Defaults that make tests predictable: unlimited attempts, choices not shuffled.
    """
    course = course or make_course(lessons_per_module=1)
    module = module or ModulePage.objects.child_of(course).order_by("path").last()
    n = next(_counter)
    defaults = {"max_attempts": None, "shuffle_choices": False, "pass_mark": 70}
    quiz = QuizPage(
        title=f"Kuis {n}",
        slug=f"kuis-{n}",
        questions=questions if questions is not None else all_six(),
        **{**defaults, **settings},
    )
    return publish_child(module, quiz)


def course_of(quiz: QuizPage) -> CoursePage:
    return quiz.get_parent().get_parent().specific


def enrol(user, quiz_or_course) -> Enrolment:
    course = quiz_or_course
    if isinstance(quiz_or_course, QuizPage):
        course = course_of(quiz_or_course)
    return enrolment_create(user=user, course=course)


def complete_lessons(enrolment: Enrolment) -> None:
    for lesson in lessons_of(enrolment.course):
        lesson_complete(enrolment=enrolment, lesson=lesson)


def republish(quiz: QuizPage, **changes) -> QuizPage:
    """Edit the quiz as a trainer would and publish a new revision."""
    quiz = QuizPage.objects.get(pk=quiz.pk)
    for name, value in changes.items():
        setattr(quiz, name, value)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


# Taking a quiz through the views ------------------------------------------------------------------------


def start_url(quiz) -> str:
    return reverse("quizzes:start", args=[quiz.pk])


def question_url(attempt, number: int) -> str:
    return reverse("quizzes:question", args=[attempt.pk, number])


def autosave_url(attempt, number: int) -> str:
    return reverse("quizzes:autosave", args=[attempt.pk, number])


def review_url(attempt) -> str:
    return reverse("quizzes:review", args=[attempt.pk])


def submit_url(attempt) -> str:
    return reverse("quizzes:submit", args=[attempt.pk])


def result_url(attempt) -> str:
    return reverse("quizzes:result", args=[attempt.pk])


def start(client, quiz) -> Attempt:
    """Press "Start" and return the attempt it opened (or resumed)."""
    response = client.post(start_url(quiz))
    assert response.status_code == 302, response
    return Attempt.objects.filter(quiz=quiz).order_by("-started_at").first()


def questions_of(attempt) -> list[dict]:
    return attempt_questions(attempt)


def fields_for(attempt, number: int, answer: Any) -> dict:
    """The form fields a member posts on screen ``number`` to give ``answer`` (authored indices).

    For a scenario, ``answer`` is the decision (authored index) at the step the case has reached.
    """
    question = questions_of(attempt)[number - 1]
    entry = attempt.layout[number - 1]
    kind = question["type"]
    if kind == "single_choice":
        return {"choice": str(entry["order"].index(answer))}
    if kind == "multiple_response":
        return {"choice": [str(entry["order"].index(index)) for index in answer]}
    if kind == "true_false":
        return {"choice": "true" if answer else "false"}
    if kind == "ordering":
        return {
            f"rank-{entry['order'].index(item)}": str(place) for place, item in enumerate(answer)
        }
    if kind == "matching":
        return {
            f"match-{left}": str(entry["order"].index(right)) for left, right in enumerate(answer)
        }
    key = scenario_key(attempt, number)
    return {"step": key, "choice": str(step_order(question, entry, key).index(answer))}


def scenario_key(attempt, number: int) -> str | None:
    """The key of the step the attempt's case on screen ``number`` has reached (None once it ended)."""
    question = questions_of(attempt)[number - 1]
    response = Response.objects.filter(attempt=attempt, question_id=question["id"]).first()
    key, step = scenario_step(question, (response.answer if response else None) or [])
    return key if step is not None else None


def answer(client, attempt, number: int, given: Any, *, action: str = "next"):
    """Post one answer (for a scenario: every decision in ``given`` in turn) through the question screen."""
    url = question_url(attempt, number)
    if questions_of(attempt)[number - 1]["type"] == "scenario":
        response = None
        for decision in given:
            response = client.post(url, {**fields_for(attempt, number, decision), "action": action})
            assert response.status_code == 302, response
        return response
    return client.post(url, {**fields_for(attempt, number, given), "action": action})


def answer_all(client, attempt, answers: dict[str, Any] | None = None, *, right: bool = True):
    """Answer every question of ``attempt`` (right or wrong per ``right``, or as ``answers`` by type)."""
    table = RIGHT if right else WRONG
    for number, question in enumerate(questions_of(attempt), start=1):
        kind = question["type"]
        given = answers[kind] if answers and kind in answers else table[kind](question)
        response = answer(client, attempt, number, given)
        assert response.status_code == 302, (kind, response.content.decode()[:2000])


def stored(attempt) -> list[tuple]:
    """The attempt's Response rows as plain tuples, to show nothing changed."""
    return list(
        Response.objects.filter(attempt=attempt)
        .order_by("question_id")
        .values_list("question_id", "answer", "locked")
    )
