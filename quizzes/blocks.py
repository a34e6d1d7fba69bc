"""The quiz's question blocks: one StreamBlock with the six question types trainers write quizzes with.

Each block's value has the shape documented in quizzes/demo/__init__.py once converted by
quizzes.questions (so grading.py never sees Wagtail types). Validation that the admin must show before a
quiz is saved lives in each block's ``clean``: one correct choice for single choice, a scenario whose every
path reaches an ending, and so on. Questions are rendered one per screen by the attempt views, never by
these blocks, so the right answers and the feedback never reach the browser before the learner answers.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

PROMPT_FEATURES = ["bold", "italic", "ol", "ul"]


def _invalid(field: str, message: str):
    return StructBlockValidationError(block_errors={field: ValidationError(message)})


class ChoiceBlock(blocks.StructBlock):
    """One answer a learner can pick, whether it is right, and the feedback that explains why."""

    text = blocks.TextBlock(label=_("Answer (Indonesian)"), rows=2)
    text_en = blocks.TextBlock(label=_("Answer (English)"), rows=2, required=False)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback (Indonesian)"),
        rows=3,
        help_text=_("Explain the principle and its legal basis (law and article)."),
    )
    feedback_en = blocks.TextBlock(label=_("Feedback (English)"), rows=3, required=False)

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class QuestionBlock(blocks.StructBlock):
    """What every question has: the prompt in both languages, its weight, and the lesson behind it."""

    prompt = blocks.RichTextBlock(label=_("Question (Indonesian)"), features=PROMPT_FEATURES)
    prompt_en = blocks.RichTextBlock(
        label=_("Question (English)"), features=PROMPT_FEATURES, required=False
    )
    points = blocks.IntegerBlock(label=_("Points"), default=1, min_value=1, max_value=20)
    lesson = blocks.PageChooserBlock(
        label=_("Lesson that teaches this"),
        page_type="courses.LessonPage",
        required=False,
        help_text=_("Members who miss this question get a link to it."),
    )


class SingleChoiceBlock(QuestionBlock):
    """A question with exactly one right answer."""

    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, label=_("Choices"))

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        preview_value = {"prompt": "<p>Siapa yang menerima pengaduan pertama?</p>"}

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            raise _invalid("choices", _("Mark exactly one choice as correct."))
        return value


class MultipleResponseBlock(QuestionBlock):
    """A question where the learner picks every right answer (partial credit, wrong picks cost)."""

    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, label=_("Choices"))

    class Meta:
        icon = "tasks"
        label = _("Multiple response")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise _invalid("choices", _("Mark at least one choice as correct."))
        return value


class TrueFalseBlock(QuestionBlock):
    """A statement the learner judges true or false."""

    correct = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback for “true” (Indonesian)"), rows=3)
    feedback_true_en = blocks.TextBlock(
        label=_("Feedback for “true” (English)"), rows=3, required=False
    )
    feedback_false = blocks.TextBlock(label=_("Feedback for “false” (Indonesian)"), rows=3)
    feedback_false_en = blocks.TextBlock(
        label=_("Feedback for “false” (English)"), rows=3, required=False
    )

    class Meta:
        icon = "tick"
        label = _("True or false")


class ItemBlock(blocks.StructBlock):
    """One item to put in order."""

    text = blocks.CharBlock(label=_("Item (Indonesian)"), max_length=300)
    text_en = blocks.CharBlock(label=_("Item (English)"), max_length=300, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Item")


class OrderingBlock(QuestionBlock):
    """Steps to put in their right order (e.g. the six SOP stages). Write them in the right order: members
    always see them shuffled."""

    # Three or more: with two, the shuffled order would always be the reverse of the right one.
    items = blocks.ListBlock(ItemBlock(), min_num=3, label=_("Items, in the right order"))
    feedback = blocks.TextBlock(label=_("Feedback (Indonesian)"), rows=3)
    feedback_en = blocks.TextBlock(label=_("Feedback (English)"), rows=3, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Ordering")


class PairBlock(blocks.StructBlock):
    """A left-hand item and the right-hand item that belongs with it."""

    left = blocks.CharBlock(label=_("Left (Indonesian)"), max_length=300)
    left_en = blocks.CharBlock(label=_("Left (English)"), max_length=300, required=False)
    right = blocks.CharBlock(label=_("Matches (Indonesian)"), max_length=300)
    right_en = blocks.CharBlock(label=_("Matches (English)"), max_length=300, required=False)

    class Meta:
        icon = "link"
        label = _("Pair")


class MatchingBlock(QuestionBlock):
    """Pairs to match (e.g. agency ↔ SOP stage). Members see the right-hand side shuffled."""

    pairs = blocks.ListBlock(PairBlock(), min_num=3, label=_("Pairs"))
    feedback = blocks.TextBlock(label=_("Feedback (Indonesian)"), rows=3)
    feedback_en = blocks.TextBlock(label=_("Feedback (English)"), rows=3, required=False)

    class Meta:
        icon = "link"
        label = _("Matching")

    def clean(self, value):
        value = super().clean(value)
        rights = [pair["right"].strip().casefold() for pair in value["pairs"]]
        if len(set(rights)) != len(rights):
            raise _invalid("pairs", _("Each right-hand item must be different."))
        return value


class ScenarioChoiceBlock(blocks.StructBlock):
    """A decision at a step of the case, its feedback, and where it leads."""

    text = blocks.TextBlock(label=_("Decision (Indonesian)"), rows=2)
    text_en = blocks.TextBlock(label=_("Decision (English)"), rows=2, required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback (Indonesian)"),
        rows=3,
        help_text=_("Explain the principle and its legal basis (law and article)."),
    )
    feedback_en = blocks.TextBlock(label=_("Feedback (English)"), rows=3, required=False)
    next = blocks.CharBlock(
        label=_("Leads to"), max_length=60, help_text=_("The key of another step or of an ending.")
    )

    class Meta:
        icon = "arrow-right"
        label = _("Decision")


class StepBlock(blocks.StructBlock):
    """A moment in the case: what is happening, and the decisions open to the learner."""

    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=_("A short unique name."))
    narrative = blocks.TextBlock(label=_("What happens (Indonesian)"), rows=4)
    narrative_en = blocks.TextBlock(label=_("What happens (English)"), rows=4, required=False)
    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, label=_("Decisions"))

    class Meta:
        icon = "doc-full"
        label = _("Step")


class EndingBlock(blocks.StructBlock):
    """How the case ends after a path of decisions, and the share of the points it earns."""

    key = blocks.CharBlock(label=_("Key"), max_length=60)
    text = blocks.TextBlock(label=_("Ending (Indonesian)"), rows=3)
    text_en = blocks.TextBlock(label=_("Ending (English)"), rows=3, required=False)
    score = blocks.IntegerBlock(
        label=_("Score (% of the points)"), min_value=0, max_value=100, default=0
    )

    class Meta:
        icon = "flag"
        label = _("Ending")


class ScenarioBlock(QuestionBlock):
    """A branching case that plays out step by step: each decision leads to another step or an ending."""

    title = blocks.CharBlock(label=_("Case title (Indonesian)"), max_length=150)
    title_en = blocks.CharBlock(label=_("Case title (English)"), max_length=150, required=False)
    start = blocks.CharBlock(label=_("First step"), max_length=60, help_text=_("A step's key."))
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))
    endings = blocks.ListBlock(EndingBlock(), min_num=1, label=_("Endings"))

    class Meta:
        icon = "site"
        label = _("Branching scenario")

    def clean(self, value):
        value = super().clean(value)
        problem = scenario_problem(
            start=value["start"],
            steps={
                step["key"]: [choice["next"] for choice in step["choices"]]
                for step in value["steps"]
            },
            step_count=len(value["steps"]),
            endings=[ending["key"] for ending in value["endings"]],
        )
        if problem:
            raise _invalid("steps", problem)
        return value


def scenario_problem(
    *, start: str, steps: dict[str, list[str]], step_count: int, endings: list[str]
) -> str | None:
    """Why a scenario cannot be played (a missing key, a loop, a dead end), or None when every path ends."""
    if len(steps) != step_count or len(set(endings)) != len(endings) or set(steps) & set(endings):
        return _("Every step and ending needs its own key.")
    if start not in steps:
        return _("The first step must be the key of a step.")
    for key, targets in steps.items():
        for target in targets:
            if target not in steps and target not in endings:
                return _(
                    "Step “%(step)s” leads to “%(target)s”, which is not a step or an ending."
                ) % {
                    "step": key,
                    "target": target,
                }
    # Depth-first search from the start: a step met again on the same path is a loop with no way out.
    on_path: set[str] = set()
    finished: set[str] = set()

    def visit(key: str) -> str | None:
        if key in endings or key in finished:
            return None
        if key in on_path:
            return _(
                "The case can loop back to step “%(step)s”; every path must reach an ending."
            ) % {"step": key}
        on_path.add(key)
        for target in steps[key]:
            problem = visit(target)
            if problem:
                return problem
        on_path.discard(key)
        finished.add(key)
        return None

    return visit(start)


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_response = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
    scenario = ScenarioBlock()

    class Meta:
        min_num = 1
