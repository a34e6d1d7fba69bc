"""Grading on the server: every question type, partial credit, branching scenarios, bad answers."""

from __future__ import annotations

import pytest

from quizzes.grading import InvalidAnswer, grade_attempt, grade_question
from tests.quizzes.test_demo_quizzes import QUIZZES

SINGLE = {
    "type": "single_choice",
    "points": 2,
    "choices": [
        {"text": "A", "correct": False, "feedback": "Salah: A", "feedback_en": "Wrong: A"},
        {"text": "B", "correct": True, "feedback": "Benar: B", "feedback_en": "Right: B"},
    ],
}
MULTIPLE = {
    "type": "multiple_response",
    "choices": [
        {"correct": True, "feedback": "1"},
        {"correct": True, "feedback": "2"},
        {"correct": False, "feedback": "3"},
    ],
}
SCENARIO = {
    "type": "scenario",
    "points": 4,
    "start": "s1",
    "steps": [
        {
            "key": "s1",
            "choices": [{"next": "s2", "feedback": "ke s2"}, {"next": "bad", "feedback": "buruk"}],
        },
        {
            "key": "s2",
            "choices": [
                {"next": "good", "feedback": "baik"},
                {"next": "half", "feedback": "separuh"},
            ],
        },
    ],
    "endings": [
        {"key": "good", "score": 100, "text": "Selesai baik", "text_en": "Good ending"},
        {"key": "half", "score": 50, "text": "Setengah"},
        {"key": "bad", "score": 0, "text": "Buruk"},
    ],
}


def test_single_choice_is_all_or_nothing_with_the_chosen_feedback():
    right = grade_question(SINGLE, 1)
    wrong = grade_question(SINGLE, 0, english=True)

    assert (right.points, right.possible, right.correct, right.feedback) == (
        2,
        2,
        True,
        ["Benar: B"],
    )
    assert (wrong.points, wrong.correct, wrong.feedback) == (0, False, ["Wrong: A"])


@pytest.mark.parametrize(
    "picked,points",
    [([0, 1], 1), ([0], 0.5), ([0, 2], 0), ([0, 1, 2], 0.5), ([2], 0), ([], 0)],
)
def test_multiple_response_gives_partial_credit_and_takes_it_away_for_wrong_picks(picked, points):
    assert grade_question(MULTIPLE, picked).points == points


def test_true_false_shows_the_feedback_for_the_answer_given():
    question = {
        "type": "true_false",
        "correct": False,
        "feedback_true": "Bukan",
        "feedback_false": "Tepat",
    }

    assert grade_question(question, False).feedback == ["Tepat"]
    assert grade_question(question, True).points == 0
    with pytest.raises(InvalidAnswer):
        grade_question(question, "ya")


def test_ordering_and_matching_give_credit_for_each_item_in_place():
    ordering = {"type": "ordering", "items": [{}, {}, {}, {}], "feedback": "urutan"}
    matching = {"type": "matching", "pairs": [{}, {}, {}, {}], "feedback": "pasangan"}

    assert grade_question(ordering, [0, 1, 2, 3]).correct
    assert grade_question(ordering, [1, 0, 2, 3]).points == 0.5
    assert grade_question(matching, [0, 1, 3, 2]).points == 0.5
    with pytest.raises(InvalidAnswer):
        grade_question(ordering, [0, 0, 1, 2])


def test_a_scenario_scores_the_ending_reached_and_explains_each_decision():
    best = grade_question(SCENARIO, [0, 0], english=True)
    half = grade_question(SCENARIO, [0, 1])
    harmful = grade_question(SCENARIO, [1])

    assert (best.points, best.ending, best.feedback) == (4, "Good ending", ["ke s2", "baik"])
    assert half.points == 2
    assert (harmful.points, harmful.ending) == (0, "Buruk")


def test_a_scenario_left_before_its_ending_earns_nothing_and_extra_decisions_are_refused():
    assert grade_question(SCENARIO, [0]).points == 0
    with pytest.raises(InvalidAnswer):
        grade_question(SCENARIO, [1, 0])
    with pytest.raises(InvalidAnswer):
        grade_question(SCENARIO, [5])


def test_an_attempt_adds_up_and_unanswered_questions_earn_nothing():
    result = grade_attempt([SINGLE, MULTIPLE, SCENARIO], [1, None, [0, 1]])

    assert (result.points, result.possible, result.percent) == (4, 7, 57.1)
    assert not result.passed(70) and result.passed(50)


def best_answer(question):
    """The fully right answer to a demo question (for scenarios: the path to the 100% ending)."""
    kind = question["type"]
    if kind == "single_choice":
        return next(i for i, choice in enumerate(question["choices"]) if choice["correct"])
    if kind == "multiple_response":
        return [i for i, choice in enumerate(question["choices"]) if choice["correct"]]
    if kind == "true_false":
        return question["correct"]
    if kind in {"ordering", "matching"}:
        return list(range(len(question["items" if kind == "ordering" else "pairs"])))
    steps = {step["key"]: step for step in question["steps"]}
    best = {ending["key"] for ending in question["endings"] if ending["score"] == 100}

    def path(key):
        if key in best:
            return []
        for index, choice in enumerate(steps.get(key, {}).get("choices", [])):
            rest = path(choice["next"])
            if rest is not None:
                return [index, *rest]
        return None

    return path(question["start"])


@pytest.mark.parametrize("quiz", QUIZZES, ids=[quiz["slug"] for quiz in QUIZZES])
def test_the_right_answers_to_every_demo_quiz_score_full_marks(quiz):
    result = grade_attempt(
        quiz["questions"], [best_answer(question) for question in quiz["questions"]]
    )

    assert result.percent == 100.0
