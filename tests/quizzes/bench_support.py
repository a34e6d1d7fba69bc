"""Quizzes of any size built from the demo questions, and attempts answered right, for query pins and bench/.

The questions come from quizzes/demo/ (every type, scenarios among them), taken in turn by type so that a
quiz of 5 questions and one of 30 both mix them; past 48 (the demo pool) the pool repeats with new block ids.
"""

from __future__ import annotations

import importlib
import itertools
from collections import defaultdict
from typing import Any

from quizzes import services
from quizzes.demo.seed import QUIZ_MODULES, question_block
from quizzes.grading import scenario_step
from quizzes.models import Attempt, QuizPage

_counter = itertools.count(1)


def demo_questions() -> list[dict]:
    """Every demo question, interleaved by type (single choice, true/false, ..., scenario, single choice, ...)."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for name in QUIZ_MODULES:
        for quiz in importlib.import_module(f"quizzes.demo.{name}").QUIZZES:
            for question in quiz["questions"]:
                by_type[question["type"]].append(question)
    queues = list(by_type.values())
    mixed = []
    for row in itertools.zip_longest(*queues):
        mixed.extend(question for question in row if question is not None)
    return mixed


def make_quiz(module, *, questions: int, **fields) -> QuizPage:
    """Publish a quiz of ``questions`` mixed demo questions under ``module``, as a trainer would."""
    n = next(_counter)
    pool = itertools.islice(itertools.cycle(demo_questions()), questions)
    quiz = QuizPage(
        title=f"Kuis {n}",
        slug=f"kuis-{n}",
        intro="Uji pemahaman Anda.",
        max_attempts=None,
        questions=[question_block(question, {}) for question in pool],
        **fields,
    )
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


def right_answer(question: dict) -> Any:
    """The full-marks answer to ``question``, in its own terms (authored indices)."""
    kind = question["type"]
    if kind == "single_choice":
        return next(i for i, choice in enumerate(question["choices"]) if choice["correct"])
    if kind == "multiple_response":
        return [i for i, choice in enumerate(question["choices"]) if choice["correct"]]
    if kind == "true_false":
        return question["correct"]
    if kind == "ordering":
        return list(range(len(question["items"])))
    if kind == "matching":
        return list(range(len(question["pairs"])))
    if kind == "scenario":
        return _best_path(question)
    raise ValueError(kind)


def _best_path(question: dict) -> list[int]:
    """The decisions that lead to the scenario's best-scoring ending (depth-first; cases are small)."""
    scores = {ending["key"]: ending["score"] for ending in question["endings"]}
    best: tuple[float, list[int]] = (-1, [])
    stack: list[list[int]] = [[]]
    while stack:
        decisions = stack.pop()
        key, step = scenario_step(question, decisions)
        if step is None:
            best = max(best, (scores[key], decisions))
        elif len(decisions) < 20:
            stack.extend(decisions + [i] for i in range(len(step["choices"])))
    return best[1]


def answer_all(attempt: Attempt) -> Attempt:
    """Save the right answer to every question of ``attempt``, as the member would screen by screen."""
    for question in services.attempt_questions(attempt):
        services.response_save(
            attempt=attempt,
            question_id=question["id"],
            answer=right_answer(question),
            lock=question["type"] == "scenario",
        )
    return attempt
