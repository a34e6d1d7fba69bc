"""Grading quiz answers, on the server only.

Works on questions in the format documented in quizzes/demo/__init__.py (the same shape the quiz page's
StreamField blocks will hold) and on the answers a learner gave. Pure functions: no database, no request, so
an attempt can be re-graded from the revision it pinned and the answers it stored, with the same result.

Scoring, per question type (``points`` defaults to 1):
- single_choice, true_false: all or nothing.
- multiple_response: each correct choice picked earns 1/k of the points and each wrong choice picked takes
  1/k away (k = number of correct choices), never below zero — picking everything earns nothing.
- ordering: the share of items in their right place.
- matching: the share of pairs matched right.
- scenario: the score of the ending the learner's decisions lead to (a percentage of the points); a path that
  stops before an ending, or takes a choice that does not exist, earns nothing.
Feedback lists the feedback of what the learner chose, in Indonesian or English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


class InvalidAnswer(ValueError):
    """The answer does not fit the question (a choice that does not exist, a partial ordering, ...)."""


@dataclass(frozen=True)
class QuestionResult:
    points: float
    possible: int
    feedback: list[str] = field(default_factory=list)
    ending: str = ""

    @property
    def correct(self) -> bool:
        return self.possible > 0 and self.points >= self.possible


@dataclass(frozen=True)
class AttemptResult:
    questions: list[QuestionResult]

    @property
    def points(self) -> float:
        return sum(result.points for result in self.questions)

    @property
    def possible(self) -> int:
        return sum(result.possible for result in self.questions)

    @property
    def percent(self) -> float:
        return round(100 * self.points / self.possible, 1) if self.possible else 0.0

    def passed(self, pass_mark: float) -> bool:
        return self.percent >= pass_mark


def _text(item: Mapping[str, Any], key: str, english: bool) -> str:
    return (english and item.get(f"{key}_en")) or item.get(key, "")


def _index(answer: Any, size: int) -> int:
    try:
        index = int(answer)
    except (TypeError, ValueError) as exc:
        raise InvalidAnswer(f"not a choice: {answer!r}") from exc
    if not 0 <= index < size:
        raise InvalidAnswer(f"no choice {index}")
    return index


def _permutation(answer: Any, size: int) -> list[int]:
    if not isinstance(answer, Sequence) or isinstance(answer, str | bytes) or len(answer) != size:
        raise InvalidAnswer("an ordering names every item once")
    order = [_index(item, size) for item in answer]
    if len(set(order)) != size:
        raise InvalidAnswer("an ordering names every item once")
    return order


def grade_question(
    question: Mapping[str, Any], answer: Any, *, english: bool = False
) -> QuestionResult:
    points = int(question.get("points") or 1)
    kind = question["type"]
    if kind == "single_choice":
        choice = question["choices"][_index(answer, len(question["choices"]))]
        earned = points if choice["correct"] else 0
        return QuestionResult(earned, points, [_text(choice, "feedback", english)])
    if kind == "multiple_response":
        choices = question["choices"]
        picked = {_index(item, len(choices)) for item in (answer or [])}
        right = {i for i, choice in enumerate(choices) if choice["correct"]}
        share = (len(picked & right) - len(picked - right)) / len(right)
        feedback = [_text(choices[i], "feedback", english) for i in sorted(picked)]
        return QuestionResult(round(max(0.0, share) * points, 4), points, feedback)
    if kind == "true_false":
        if not isinstance(answer, bool):
            raise InvalidAnswer("true or false")
        earned = points if answer == question["correct"] else 0
        key = "feedback_true" if answer else "feedback_false"
        return QuestionResult(earned, points, [_text(question, key, english)])
    if kind == "ordering":
        order = _permutation(answer, len(question["items"]))
        share = sum(1 for place, item in enumerate(order) if place == item) / len(order)
        return QuestionResult(
            round(share * points, 4), points, [_text(question, "feedback", english)]
        )
    if kind == "matching":
        pairs = question["pairs"]
        matched = _permutation(
            answer, len(pairs)
        )  # matched[left] = the right-hand side the learner chose
        share = sum(1 for left, right in enumerate(matched) if left == right) / len(pairs)
        return QuestionResult(
            round(share * points, 4), points, [_text(question, "feedback", english)]
        )
    if kind == "scenario":
        return _grade_scenario(question, answer, points, english)
    raise InvalidAnswer(f"unknown question type {kind!r}")


def scenario_step(
    question: Mapping[str, Any], decisions: Sequence[int]
) -> tuple[str, Mapping | None]:
    """Follow ``decisions`` from the start: the key reached and its step (None when it is an ending)."""
    steps = {step["key"]: step for step in question["steps"]}
    key = question["start"]
    for decision in decisions:
        step = steps.get(key)
        if step is None:
            raise InvalidAnswer("the scenario already ended")
        key = step["choices"][_index(decision, len(step["choices"]))]["next"]
    return key, steps.get(key)


def _grade_scenario(question, answer, points: int, english: bool) -> QuestionResult:
    decisions = list(answer or [])
    key, step = scenario_step(question, decisions)
    steps = {item["key"]: item for item in question["steps"]}
    feedback, current = [], question["start"]
    for decision in decisions:
        choice = steps[current]["choices"][int(decision)]
        feedback.append(_text(choice, "feedback", english))
        current = choice["next"]
    if step is not None:
        return QuestionResult(0, points, feedback)
    ending = next(item for item in question["endings"] if item["key"] == key)
    earned = round(points * ending["score"] / 100, 4)
    return QuestionResult(earned, points, feedback, ending=_text(ending, "text", english))


def grade_attempt(
    questions: Sequence[Mapping[str, Any]], answers: Sequence[Any], *, english: bool = False
) -> AttemptResult:
    """Grade answers given in the order of ``questions``; an unanswered question (None) earns nothing."""
    results = []
    for question, answer in zip(questions, answers, strict=True):
        if answer is None:
            results.append(QuestionResult(0, int(question.get("points") or 1)))
        else:
            results.append(grade_question(question, answer, english=english))
    return AttemptResult(results)
