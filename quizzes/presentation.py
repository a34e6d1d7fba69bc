"""What a member sees of a question, and how what they post is read back.

The browser only ever sees positions on the screen (``0, 1, 2`` in the order this attempt shows them), never
the authored order, the right answers or the feedback. ``make_layout`` fixes those orders when an attempt
starts; ``decode`` maps posted positions back to the question's own indices, refusing anything that is not
one of the options on screen; ``screen`` builds what the template shows, from the question's text only.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from sigap.translation import translated_value

from .grading import InvalidAnswer, grade_question, scenario_step

#: The most characters a single posted value may have (positions are small numbers; step keys ≤ 60).
MAX_VALUE_LENGTH = 64


class AnswerRefused(InvalidAnswer):
    """A posted answer that does not fit the question on screen; ``message`` is shown to the member."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class IncompleteAnswer(AnswerRefused):
    """Some places or matches of an ordering or matching question are still empty: nothing to store yet."""


class StaleStep(Exception):
    """A decision posted for a step the case has already moved past (a replay or the back button)."""


def _shuffled(size: int, rng: random.Random, *, avoid_identity: bool = False) -> list[int]:
    """A random order of ``range(size)``; with ``avoid_identity``, uniform over the orders that differ from
    the authored one (ordering and matching questions have at least three items, see quizzes/blocks.py)."""
    order = list(range(size))
    rng.shuffle(order)
    while avoid_identity and size > 1 and order == sorted(order):
        rng.shuffle(order)
    return order


def make_layout(
    questions: Sequence[Mapping[str, Any]],
    *,
    draw: int | None,
    shuffle_questions: bool,
    shuffle_choices: bool,
    rng: random.Random,
) -> list[dict]:
    """The questions an attempt asks, in the order it asks them, with the order of each one's options."""
    pool = list(questions)
    if draw and draw < len(pool):
        picked = set(rng.sample(range(len(pool)), draw))
        pool = [question for i, question in enumerate(pool) if i in picked]
    if shuffle_questions:
        rng.shuffle(pool)
    layout = []
    for question in pool:
        entry: dict[str, Any] = {"id": question["id"]}
        kind = question["type"]
        if kind in ("single_choice", "multiple_response"):
            size = len(question["choices"])
            entry["order"] = _shuffled(size, rng) if shuffle_choices else list(range(size))
        elif kind == "ordering":
            # Shown in the authored order, the answer would be on screen: always shuffled.
            entry["order"] = _shuffled(len(question["items"]), rng, avoid_identity=True)
        elif kind == "matching":
            entry["order"] = _shuffled(len(question["pairs"]), rng, avoid_identity=True)
        elif kind == "scenario" and shuffle_choices:
            entry["steps"] = {
                step["key"]: _shuffled(len(step["choices"]), rng) for step in question["steps"]
            }
        layout.append(entry)
    return layout


def _values(data, name: str) -> list[str]:
    values = data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])
    if isinstance(values, str):
        values = [values]
    if any(not isinstance(value, str) or len(value) > MAX_VALUE_LENGTH for value in values):
        raise AnswerRefused(_("That answer is not one of the options on the screen."))
    return values


def _filled(data, name: str) -> list[str]:
    """The non-empty values of a <select> (an untouched one posts an empty string)."""
    return [value for value in _values(data, name) if value != ""]


def _position(value: str, order: Sequence[int]) -> int:
    """The authored index of the option shown at position ``value``."""
    # isdigit() alone also accepts "²" (which int() cannot read) and other scripts' digits.
    if not (value.isascii() and value.isdigit()) or int(value) >= len(order):
        raise AnswerRefused(_("That answer is not one of the options on the screen."))
    return order[int(value)]


def step_order(question: Mapping[str, Any], entry: Mapping[str, Any], key: str) -> list[int]:
    step = next(step for step in question["steps"] if step["key"] == key)
    return entry.get("steps", {}).get(key) or list(range(len(step["choices"])))


def carries_answer(question: Mapping[str, Any], entry: Mapping[str, Any], data) -> bool:
    """Whether posted ``data`` has the screen's answer fields at all.

    A post without them (a script that sent something else, a form that lost its fields) means "no change":
    the saved answer stays. Clearing an answer is said with the fields present and empty (every place or
    match on "—", or the empty "choice" a multiple-response screen always sends).
    """
    kind = question["type"]
    if kind in ("ordering", "matching"):
        prefix = "rank-" if kind == "ordering" else "match-"
        return any(f"{prefix}{position}" in data for position in range(len(entry["order"])))
    if kind == "scenario":
        return True  # decode() checks the step itself (StaleStep)
    return "choice" in data


def decode(question: Mapping[str, Any], entry: Mapping[str, Any], data, *, current=None) -> Any:
    """The answer in the question's own terms, from posted form ``data``; None when nothing was chosen.

    For a scenario, ``current`` is the decisions made so far; the result is the decisions with this step's
    decision added.
    """
    kind = question["type"]
    if kind == "single_choice":
        values = _values(data, "choice")
        if len(values) > 1:
            raise AnswerRefused(_("Choose one answer only."))
        return _position(values[0], entry["order"]) if values else None
    if kind == "multiple_response":
        # The screen posts an empty "choice" beside the boxes, so that unticking them all says "clear".
        values = _filled(data, "choice")
        picked = sorted({_position(value, entry["order"]) for value in values})
        if len(picked) != len(values):
            raise AnswerRefused(_("That answer is not one of the options on the screen."))
        return picked or None
    if kind == "true_false":
        values = _values(data, "choice")
        if not values:
            return None
        if len(values) > 1 or values[0] not in ("true", "false"):
            raise AnswerRefused(_("Answer true or false."))
        return values[0] == "true"
    if kind == "ordering":
        order = entry["order"]
        ranks = [_filled(data, f"rank-{position}") for position in range(len(order))]
        if not any(ranks):
            return None
        if any(len(rank) > 1 for rank in ranks):
            raise AnswerRefused(_("Give every item one place."))
        places = [_position(rank[0], range(len(order))) if rank else None for rank in ranks]
        if None in places:
            raise IncompleteAnswer(_("Give every item a place."))
        if len(set(places)) != len(order):
            raise AnswerRefused(_("Give each item a different place."))
        answer = [0] * len(order)
        for position, place in enumerate(places):
            answer[place] = order[position]
        return answer
    if kind == "matching":
        order = entry["order"]
        picks = [_filled(data, f"match-{left}") for left in range(len(order))]
        if not any(picks):
            return None
        if any(len(pick) > 1 for pick in picks):
            raise AnswerRefused(_("Match every item with one answer."))
        answer = [_position(pick[0], order) if pick else None for pick in picks]
        if None in answer:
            raise IncompleteAnswer(_("Match every item."))
        if len(set(answer)) != len(answer):
            raise AnswerRefused(_("Use each answer once."))
        return answer
    if kind == "scenario":
        decisions = list(current or [])
        key, step = scenario_step(question, decisions)
        if step is None or _values(data, "step") != [key]:
            # The case has moved on (a double click, the back button, a replay): nothing to decide here.
            raise StaleStep
        values = _values(data, "choice")
        if len(values) != 1:
            raise AnswerRefused(_("Choose what you do next."))
        return decisions + [_position(values[0], step_order(question, entry, key))]
    raise AnswerRefused(_("That answer is not one of the options on the screen."))


# What the template shows --------------------------------------------------------------------------------


@dataclass
class Option:
    value: str
    text: str
    selected: bool = False


@dataclass
class Screen:
    """One question as the member sees it: text, options in this attempt's order, and what they chose."""

    kind: str
    prompt: str
    options: list[Option] = field(default_factory=list)
    #: Ordering: the place chosen for each item; matching: the left-hand items with their options.
    rows: list[dict] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    #: Scenario: the case title, the steps taken (narrative, decision, feedback) and the current step.
    title: str = ""
    history: list[dict] = field(default_factory=list)
    step_key: str = ""
    narrative: str = ""
    ending: str = ""
    ended: bool = False


def _option_texts(items, order, key, selected=()):
    return [
        Option(str(position), translated_value(items[index], key), index in selected)
        for position, index in enumerate(order)
    ]


def screen(
    question: Mapping[str, Any], entry: Mapping[str, Any], answer: Any, *, feedback: bool
) -> Screen:
    """``feedback``: whether the member may see the feedback of decisions already taken (scenarios)."""
    kind = question["type"]
    view = Screen(kind=kind, prompt=translated_value(question, "prompt"))
    if kind == "single_choice":
        view.options = _option_texts(
            question["choices"], entry["order"], "text", () if answer is None else (answer,)
        )
    elif kind == "multiple_response":
        view.options = _option_texts(question["choices"], entry["order"], "text", answer or ())
    elif kind == "true_false":
        view.options = [
            Option("true", _("True"), answer is True),
            Option("false", _("False"), answer is False),
        ]
    elif kind == "ordering":
        order = entry["order"]
        places = {item: place for place, item in enumerate(answer or [])}
        view.rows = [
            {
                "position": position,
                "text": translated_value(question["items"][index], "text"),
                "place": places.get(index),
            }
            for position, index in enumerate(order)
        ]
        view.places = list(range(len(order)))
    elif kind == "matching":
        order = entry["order"]
        view.options = _option_texts(question["pairs"], order, "right")
        shown_at = {index: position for position, index in enumerate(order)}
        view.rows = [
            {
                "left": translated_value(pair, "left"),
                "index": left,
                "chosen": shown_at.get(answer[left]) if answer else None,
            }
            for left, pair in enumerate(question["pairs"])
        ]
    elif kind == "scenario":
        view.title = translated_value(question, "title")
        steps = {step["key"]: step for step in question["steps"]}
        key = question["start"]
        for decision in answer or []:
            step = steps[key]
            choice = step["choices"][decision]
            view.history.append(
                {
                    "narrative": translated_value(step, "narrative"),
                    "decision": translated_value(choice, "text"),
                    "feedback": translated_value(choice, "feedback") if feedback else "",
                }
            )
            key = choice["next"]
        if key in steps:
            view.step_key = key
            view.narrative = translated_value(steps[key], "narrative")
            view.options = _option_texts(
                steps[key]["choices"], step_order(question, entry, key), "text"
            )
        else:
            view.ended = True
            ending = next(item for item in question["endings"] if item["key"] == key)
            view.ending = translated_value(ending, "text") if feedback else ""
    return view


def is_answered(question: Mapping[str, Any], answer: Any) -> bool:
    if answer is None:
        return False
    if question["type"] == "scenario":
        return scenario_step(question, answer)[1] is None
    return True


# After answering ----------------------------------------------------------------------------------------


def answer_texts(question: Mapping[str, Any], answer: Any) -> list[str]:
    """The member's answer in words, for the result page."""
    if answer is None:
        return []
    kind = question["type"]
    if kind == "single_choice":
        return [translated_value(question["choices"][answer], "text")]
    if kind == "multiple_response":
        return [translated_value(question["choices"][index], "text") for index in answer]
    if kind == "true_false":
        return [_("True") if answer else _("False")]
    if kind == "ordering":
        return [translated_value(question["items"][index], "text") for index in answer]
    if kind == "matching":
        return [
            f"{translated_value(pair, 'left')} → {translated_value(question['pairs'][right], 'right')}"
            for pair, right in zip(question["pairs"], answer, strict=True)
        ]
    steps = {step["key"]: step for step in question["steps"]}
    texts, key = [], question["start"]
    for decision in answer:
        choice = steps[key]["choices"][decision]
        texts.append(translated_value(choice, "text"))
        key = choice["next"]
    return texts


def correct_texts(question: Mapping[str, Any]) -> list[str]:
    """The right answer in words (shown only when the quiz reveals answers)."""
    kind = question["type"]
    if kind in ("single_choice", "multiple_response"):
        return [
            translated_value(choice, "text") for choice in question["choices"] if choice["correct"]
        ]
    if kind == "true_false":
        return [_("True") if question["correct"] else _("False")]
    if kind == "ordering":
        return [translated_value(item, "text") for item in question["items"]]
    if kind == "matching":
        return [
            f"{translated_value(pair, 'left')} → {translated_value(pair, 'right')}"
            for pair in question["pairs"]
        ]
    best = max(question["endings"], key=lambda ending: ending["score"])
    return [translated_value(best, "text")]


def feedback_texts(question: Mapping[str, Any], answer: Any) -> tuple[float, int, list[str]]:
    """Points earned, points possible and the feedback for ``answer`` in the active language."""
    english = (translation.get_language() or "id").startswith("en")
    result = grade_question(question, answer, english=english)
    feedback = [text for text in result.feedback if text]
    if result.ending:
        feedback.append(result.ending)
    return result.points, result.possible, feedback
