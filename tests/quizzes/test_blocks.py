"""What the admin refuses before a quiz is saved, and the demo quizzes that ship with Sigap.

Block rules are checked twice: by calling the block's ``clean`` (every rule, quickly) and by posting the
Wagtail page editor as a trainer (the message reaches the person writing the quiz).
"""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from courses.demo.seed import seed_courses
from courses.models import CoursePage, ModulePage
from quizzes.blocks import PROMPT_FEATURES, QuestionStreamBlock
from quizzes.demo.seed import seed_quizzes
from quizzes.models import QuizPage
from tests.courses.factories import make_course
from tests.quizzes import support
from tests.quizzes.support import answer, enrol, result_url, start, submit_url
from tests.quizzes.test_grading import best_answer

pytestmark = pytest.mark.django_db

BLOCKS = QuestionStreamBlock().child_blocks
ONE_CORRECT = "Mark exactly one choice as correct."


@pytest.fixture(autouse=True)
def english():
    """The refusals are compared in English (block and page validation run in this thread)."""
    with translation.override("en"):
        yield


def clean(raw_block: dict):
    block = BLOCKS[raw_block["type"]]
    return block.clean(block.to_python(raw_block["value"]))


def refusal(raw_block: dict) -> str:
    with pytest.raises(StructBlockValidationError) as error:
        clean(raw_block)
    return " ".join(
        message for errors in error.value.block_errors.values() for message in errors.messages
    )


def scenario_with(change) -> dict:
    block = copy.deepcopy(support.scenario())
    change(block["value"])
    return block


# Block rules --------------------------------------------------------------------------------------------


def test_every_question_the_builders_write_is_valid():
    for raw_block in support.all_six():
        clean(raw_block)


@pytest.mark.parametrize("correct", [(), (0, 2)], ids=["none", "two"])
def test_a_single_choice_question_needs_exactly_one_correct_choice(correct):
    block = support.single_choice()
    for index, choice in enumerate(block["value"]["choices"]):
        choice["correct"] = index in correct

    assert refusal(block) == ONE_CORRECT


def test_a_multiple_response_question_needs_a_correct_choice():
    assert refusal(support.multiple_response(right=())) == "Mark at least one choice as correct."


def test_a_matching_question_needs_different_answers():
    block = support.matching()
    block["value"]["pairs"][1]["right"] = " KANAN ma-0 "  # "Kanan ma-0", bar case and spaces

    assert refusal(block) == "Each right-hand item must be different."


@pytest.mark.parametrize("kind", ["ordering", "matching"])
def test_ordering_and_matching_need_three_items_or_the_shuffle_would_give_the_answer_away(kind):
    block = support.ordering(size=2) if kind == "ordering" else support.matching(size=2)

    with pytest.raises(ValidationError):
        clean(block)


def test_a_case_that_can_loop_back_is_refused():
    block = scenario_with(lambda value: value["steps"][1]["choices"][1].update(next="s1"))

    assert refusal(block) == (
        "The case can loop back to step “s1”; every path must reach an ending."
    )


def test_a_case_with_a_decision_leading_nowhere_is_refused():
    block = scenario_with(lambda value: value["steps"][0]["choices"][0].update(next="s9"))

    assert refusal(block) == "Step “s1” leads to “s9”, which is not a step or an ending."


@pytest.mark.parametrize(
    "change",
    [
        lambda value: value["steps"][1].update(key="s1"),
        lambda value: value["endings"][1].update(key="good"),
        lambda value: value["endings"][0].update(key="s2"),
    ],
    ids=["two-steps", "two-endings", "step-and-ending"],
)
def test_a_case_with_a_key_used_twice_is_refused(change):
    assert refusal(scenario_with(change)) == "Every step and ending needs its own key."


def test_a_case_must_start_at_a_step():
    block = scenario_with(lambda value: value.update(start="good"))

    assert refusal(block) == "The first step must be the key of a step."


def test_a_quiz_cannot_draw_more_questions_than_it_has():
    quiz = QuizPage(
        title="Kuis", slug="kuis", questions=[support.single_choice(), support.true_false()]
    )
    quiz.draw_count = 3

    with pytest.raises(ValidationError) as error:
        quiz.clean()

    assert error.value.message_dict["draw_count"] == [
        "The quiz has only 2 questions; draw that many or fewer."
    ]
    quiz.draw_count = 2
    quiz.clean()


# The page editor, as a trainer ------------------------------------------------------------------------------


def _list(items: list[dict]) -> dict:
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index), "id": ""}
        for index, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def _choice(text: str, correct: bool) -> dict:
    data = {"text": text, "text_en": "", "feedback": f"Umpan balik {text}", "feedback_en": ""}
    if correct:
        data["correct"] = "on"  # an unticked checkbox is simply not posted
    return data


def editor_form(*, correct: tuple[int, ...] = (1,), draw_count: str = "", **fields) -> dict:
    """The add-page form as the Wagtail editor posts it: one single-choice question, settings."""
    question = {
        "prompt": rich_text("<p>Siapa yang menerima pengaduan?</p>", features=PROMPT_FEATURES),
        "prompt_en": rich_text("", features=PROMPT_FEATURES),
        "points": "1",
        "lesson": "",
        "choices": _list([_choice(text, i in correct) for i, text in enumerate("ABC")]),
    }
    return nested_form_data(
        {
            "title": "Kuis dari editor",
            "slug": "kuis-dari-editor",
            "title_en": "",
            "intro": "",
            "intro_en": "",
            "mode": "final",
            "required": "on",
            "pass_mark": "70",
            "max_attempts": "3",
            "time_limit_minutes": "",
            "draw_count": draw_count,
            "shuffle_choices": "on",
            "feedback_timing": "submission",
            "reveal_answers": "on",
            "questions": streamfield([("single_choice", question)]),
            **fields,
        }
    )


@pytest.fixture
def editor(client, trainer):
    client.cookies["sigap_language"] = "en"
    client.force_login(trainer)
    module = ModulePage.objects.child_of(make_course()).first()
    return f"/admin/pages/add/quizzes/quizpage/{module.pk}/"


def test_a_trainer_saves_a_valid_quiz_in_the_editor(client, editor):
    response = client.post(editor, editor_form())

    quiz = QuizPage.objects.get(slug="kuis-dari-editor")
    assert response.status_code == 302
    assert [choice["correct"] for choice in quiz.questions[0].value["choices"]] == [
        False,
        True,
        False,
    ]


@pytest.mark.parametrize("correct", [(), (0, 1)], ids=["none", "two"])
def test_the_editor_refuses_a_single_choice_without_exactly_one_correct_answer(
    client, editor, correct
):
    response = client.post(editor, editor_form(correct=correct))

    assert response.status_code == 200
    assert ONE_CORRECT in response.content.decode()
    assert not QuizPage.objects.filter(slug="kuis-dari-editor").exists()


def test_the_editor_refuses_a_draw_larger_than_the_pool(client, editor):
    response = client.post(editor, editor_form(draw_count="5"))

    assert response.status_code == 200
    assert "The quiz has only 1 questions; draw that many or fewer." in response.content.decode()
    assert not QuizPage.objects.filter(slug="kuis-dari-editor").exists()


# The demo quizzes ---------------------------------------------------------------------------------------------


@pytest.fixture
def demo():
    seed_courses()
    return seed_quizzes()


def test_the_seeded_demo_quizzes_are_valid_and_substantial(demo):
    finals = [quiz for quiz in demo if not quiz.is_pretest]

    assert {support.course_of(quiz).pk for quiz in finals} == set(
        CoursePage.objects.values_list("pk", flat=True)
    )
    for quiz in demo:
        quiz = QuizPage.objects.get(pk=quiz.pk)
        assert quiz.live
        QuestionStreamBlock().clean(quiz.questions)
        quiz.full_clean()
    for quiz in finals:
        kinds = [block.block_type for block in quiz.questions]
        assert len(kinds) >= 8, quiz.slug
        assert kinds.count("scenario") >= 3, quiz.slug
        assert quiz.counts_for_completion


def test_the_victim_centred_course_opens_with_a_pretest(demo):
    course = CoursePage.objects.get(slug="layanan-berpihak-korban-responsif-gender")
    first_module = ModulePage.objects.child_of(course).order_by("path").first()

    pretests = [quiz for quiz in demo if quiz.is_pretest]

    assert [support.course_of(quiz).pk for quiz in pretests] == [course.pk]
    assert pretests[0].get_parent().pk == first_module.pk
    assert not pretests[0].counts_for_completion


def test_seeding_the_quizzes_twice_creates_each_once(demo):
    again = seed_quizzes()

    assert [quiz.pk for quiz in again] == [quiz.pk for quiz in demo]
    assert QuizPage.objects.count() == len(demo)


def test_a_member_takes_a_demo_quiz_through_the_screens_and_scores_full_marks(
    client, learner, demo
):
    quiz = next(quiz for quiz in demo if not quiz.is_pretest)
    enrol(learner, quiz)
    client.force_login(learner)
    attempt = start(client, quiz)

    for number, question in enumerate(support.questions_of(attempt), start=1):
        response = answer(client, attempt, number, best_answer(question))
        assert response.status_code == 302, question["type"]
    client.post(submit_url(attempt))
    attempt.refresh_from_db()

    assert attempt.percent == 100.0 and attempt.passed
    assert client.get(result_url(attempt)).status_code == 200
