"""The demo quiz content (quizzes/demo/) is complete and consistent before the quiz engine loads it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import quizzes.demo
from courses.demo.seed import COURSE_MODULES

COURSES = {
    (course := importlib.import_module(f"courses.demo.{name}").COURSE)["slug"]: {
        lesson["slug"] for module in course["modules"] for lesson in module["lessons"]
    }
    for name in COURSE_MODULES
}
QUIZ_MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(quizzes.demo.__path__)
    if info.name.startswith("quiz_")
)
QUIZZES = [
    quiz
    for name in QUIZ_MODULES
    for quiz in importlib.import_module(f"quizzes.demo.{name}").QUIZZES
]


def questions():
    for quiz in QUIZZES:
        for number, question in enumerate(quiz["questions"], start=1):
            yield pytest.param(quiz, question, id=f"{quiz['slug']}-{number}")


def test_every_demo_course_has_a_final_quiz_of_at_least_eight_questions_and_three_scenarios():
    finals = {quiz["course"]: quiz for quiz in QUIZZES if quiz["mode"] == "final"}

    assert set(finals) == set(COURSES)
    for quiz in finals.values():
        types = [question["type"] for question in quiz["questions"]]
        assert len(types) >= 8, quiz["slug"]
        assert types.count("scenario") >= 3, quiz["slug"]
        assert 0 < quiz["pass_mark"] <= 100


def test_the_victim_centred_course_has_a_pretest():
    pretests = [quiz for quiz in QUIZZES if quiz["mode"] == "pretest"]

    assert [quiz["course"] for quiz in pretests] == ["layanan-berpihak-korban-responsif-gender"]


def test_quiz_slugs_are_unique_and_texts_have_english():
    assert len({quiz["slug"] for quiz in QUIZZES}) == len(QUIZZES)
    for quiz in QUIZZES:
        assert quiz["title"] and quiz["title_en"] and quiz["intro"] and quiz["intro_en"], quiz[
            "slug"
        ]


@pytest.mark.parametrize("quiz,question", list(questions()))
def test_each_question_is_well_formed(quiz, question):
    assert question["type"] in {
        "single_choice",
        "multiple_response",
        "true_false",
        "ordering",
        "matching",
        "scenario",
    }
    assert question["prompt"] and question["prompt_en"]
    assert not question["lesson"] or question["lesson"] in COURSES[quiz["course"]], question[
        "lesson"
    ]
    kind = question["type"]
    if kind in {"single_choice", "multiple_response"}:
        correct = [choice for choice in question["choices"] if choice["correct"]]
        assert len(correct) == 1 if kind == "single_choice" else len(correct) >= 2
        assert all(choice["feedback"] and choice["feedback_en"] for choice in question["choices"])
    elif kind == "true_false":
        assert isinstance(question["correct"], bool)
        assert question["feedback_true"] and question["feedback_false"]
    elif kind == "ordering":
        assert len(question["items"]) >= 3 and question["feedback"]
    elif kind == "matching":
        assert len(question["pairs"]) >= 2 and question["feedback"]
    else:
        assert_scenario_reaches_an_ending_on_every_path(question)


def assert_scenario_reaches_an_ending_on_every_path(question):
    steps = {step["key"]: step for step in question["steps"]}
    endings = {ending["key"]: ending for ending in question["endings"]}
    assert not set(steps) & set(endings)
    assert all(0 <= ending["score"] <= 100 for ending in endings.values())
    assert max(ending["score"] for ending in endings.values()) == 100
    seen = set()

    def walk(key, path):
        assert key in steps or key in endings, key
        if key in endings:
            return
        assert key not in path, f"loop through {key}"
        seen.add(key)
        for choice in steps[key]["choices"]:
            assert choice["feedback"] and choice["feedback_en"]
            walk(choice["next"], path | {key})

    walk(question["start"], frozenset())
    assert seen == set(steps), "every step is reachable"
