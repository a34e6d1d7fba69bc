"""Quiz analytics for trainers and the Ministry: how each quiz went, how each question works, and what members
learnt between a course's pre-test and its final quiz (issue 4, point 5).

The selectors at the bottom (``quiz_overview``, ``quiz_analysis``, ``course_gains``) are read-only and use a
fixed number of queries however many quizzes or attempts there are; everything above them is pure computation
on plain rows, so each figure can be checked by hand (tests/quizzes/test_analytics.py). Only aggregates leave
this module: no names, no e-mail addresses, no single member's answers.

The figures, from classical test theory:

- Score: an attempt's ``percent`` (points earned / points possible × 100). Only submitted attempts count.
- Difficulty (the facility index): the mean of earned / possible over every time the question was asked, in
  every submitted attempt (a member's earlier attempts too, not only their last), as a percentage. Higher
  means easier; it is flagged "too easy" above 90 % and "too hard" below 30 %.
- Discrimination: the corrected item–total correlation, i.e. the Pearson correlation, across the submitted
  attempts that asked the question, between the item score (earned / possible) and the attempt's score on
  its *other* questions ((points − earned) / (possible − the item's possible)). For all-or-nothing questions
  this is the point-biserial correlation. Leaving the item out of the total keeps it from correlating with
  itself, and scoring the rest as a share copes with attempts that drew different questions. It is undefined
  with fewer than three attempts or when either score never varies; below 0.2 it is flagged "discriminates
  poorly" (members who did well overall did no better on this question).
- Learning gain, per course that has a pre-test and a graded quiz: for each member who submitted both, the
  score of their first pre-test attempt and the best score of their attempts at the course's final quiz (the
  last graded quiz in the course, its final assessment). Reported: the number of members, both means, the
  mean gain in percentage points, and Hake's normalised gain of the group,
  ⟨g⟩ = (mean final − mean pre-test) / (100 − mean pre-test): the share of the possible improvement achieved.
  A group of fewer than MIN_GROUP_SIZE members (a course or a province) shows its size only, and so does the
  course's overall row when the hidden provinces together hold fewer than that (else subtraction reveals them).
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Avg, Count, Q
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from courses.models import CoursePage
from sigap.translation import translated_value

from .blocks import QuestionStreamBlock
from .grading import InvalidAnswer, scenario_step
from .models import Attempt, QuizPage, Response
from .questions import by_id, question_dicts, questions_for_revision

TOO_EASY_ABOVE = 90.0
TOO_HARD_BELOW = 30.0
POOR_DISCRIMINATION_BELOW = 0.2
#: Fewer attempts than this leave the correlation undefined: two points always lie on a line.
MIN_FOR_DISCRIMINATION = 3
#: Learning-gain groups smaller than this show only their size: a mean over one or two members would be
#: those members' own scores (UU 27/2022: collect and show only what training needs).
MIN_GROUP_SIZE = 5

FLAG_LABELS = {
    "easy": gettext_lazy("Too easy"),
    "hard": gettext_lazy("Too hard"),
    "weak": gettext_lazy("Discriminates poorly"),
}

CHOICE_TYPES = ("single_choice", "multiple_response")
PARTIAL_TYPES = ("multiple_response", "ordering", "matching")

SUBMITTED = Q(status=Attempt.Status.SUBMITTED)


# Pure computation --------------------------------------------------------------------------------------


def rate(part: int, whole: int) -> float | None:
    """``part`` as a percentage of ``whole``; None when there is nothing to divide."""
    return 100 * part / whole if whole else None


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def correlation(pairs: Sequence[tuple[float, float]]) -> float | None:
    """Pearson's r of the pairs; None below MIN_FOR_DISCRIMINATION pairs or when either side is constant."""
    n = len(pairs)
    if n < MIN_FOR_DISCRIMINATION:
        return None
    mean_x = sum(x for x, _y in pairs) / n
    mean_y = sum(y for _x, y in pairs) / n
    sxx = sum((x - mean_x) ** 2 for x, _y in pairs)
    syy = sum((y - mean_y) ** 2 for _x, y in pairs)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    return sxy / math.sqrt(sxx * syy)


def plain_text(value: str | None) -> str:
    """Rich text → one line of plain text."""
    return " ".join(html.unescape(strip_tags(value or "")).split())


def kind_label(kind: str) -> str:
    block = QuestionStreamBlock.base_blocks.get(kind)
    return str(block.meta.label) if block is not None else kind


@dataclass(frozen=True)
class AttemptRow:
    """What item analysis needs of a submitted attempt."""

    id: Any
    user_id: int
    revision_id: int
    number: int
    points: float
    possible: int
    percent: float
    passed: bool


@dataclass(frozen=True)
class ResponseRow:
    """A graded answer to one question in a submitted attempt (answer in the question's authored indices)."""

    attempt_id: Any
    question_id: str
    answer: Any
    earned: float
    possible: int


@dataclass(frozen=True)
class Summary:
    attempts: int
    members: int
    passed_attempts: int
    passed_members: int
    average: float | None
    average_best: float | None = None

    @property
    def attempt_pass_rate(self) -> float | None:
        return rate(self.passed_attempts, self.attempts)

    @property
    def member_pass_rate(self) -> float | None:
        return rate(self.passed_members, self.members)


def summarise(attempts: Sequence[AttemptRow]) -> Summary:
    """Attempts, members, pass rates, the mean score and the mean of each member's best score."""
    best: dict[int, float] = {}
    passed_members = set()
    for attempt in attempts:
        best[attempt.user_id] = max(best.get(attempt.user_id, attempt.percent), attempt.percent)
        if attempt.passed:
            passed_members.add(attempt.user_id)
    return Summary(
        attempts=len(attempts),
        members=len(best),
        passed_attempts=sum(1 for attempt in attempts if attempt.passed),
        passed_members=len(passed_members),
        average=mean([attempt.percent for attempt in attempts]),
        average_best=mean(list(best.values())),
    )


@dataclass(frozen=True)
class OptionCount:
    """How many times one option (a choice, true/false, a scenario ending) was the member's answer.

    ``correct``: True for the right answer (for a scenario, the ending with the highest score), False for a
    wrong one, None for rows that are neither ("no answer"). ``share`` is a percentage of the times asked.
    """

    label: str
    count: int
    share: float | None
    correct: bool | None
    score: int | None = None


@dataclass
class QuestionStats:
    id: str
    number: int | None  # position in the quiz as it is now; None for a question since removed
    kind: str
    prompt: str
    points: int
    asked: int = 0
    difficulty: float | None = None
    discrimination: float | None = None
    fully_correct: int = 0
    options: list[OptionCount] = field(default_factory=list)

    @property
    def removed(self) -> bool:
        return self.number is None

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def fully_correct_share(self) -> float | None:
        return rate(self.fully_correct, self.asked)

    @property
    def shows_partial_credit(self) -> bool:
        return self.kind in PARTIAL_TYPES

    @property
    def flags(self) -> list[str]:
        flags = []
        if self.difficulty is not None and self.difficulty > TOO_EASY_ABOVE:
            flags.append("easy")
        if self.difficulty is not None and self.difficulty < TOO_HARD_BELOW:
            flags.append("hard")
        if self.discrimination is not None and self.discrimination < POOR_DISCRIMINATION_BELOW:
            flags.append("weak")
        return flags

    @property
    def flag_labels(self) -> list[str]:
        return [str(FLAG_LABELS[flag]) for flag in self.flags]


def _choice_index(answer: Any) -> int | None:
    if isinstance(answer, bool):
        return None
    try:
        return int(answer)
    except (TypeError, ValueError):
        return None


def _removed_option(index: int) -> str:
    return _("Choice %(number)d (no longer in the question)") % {"number": index + 1}


def option_spread(
    question: Mapping[str, Any], answers: Sequence[tuple[Any, Mapping]]
) -> list[OptionCount]:
    """What members answered to ``question`` (the current text), one row per option, plus "no answer".

    ``answers``: (answer, the question as the attempt's pinned revision had it), one per time asked. Answers
    are in authored indices; an index the current question no longer has is listed on its own row. Ordering
    and matching questions have no options to count: their spread is the share fully correct (QuestionStats).
    """
    kind = question["type"]
    asked = len(answers)
    missing = 0
    rows: list[OptionCount] = []
    if kind in CHOICE_TYPES:
        counts: Counter[int] = Counter()
        for answer, _asked in answers:
            picked = answer if kind == "multiple_response" else [answer]
            if answer is None or not isinstance(picked, list) or not picked:
                missing += 1
                continue
            for index in {_choice_index(item) for item in picked} - {None}:
                counts[index] += 1
        choices = question["choices"]
        for index, choice in enumerate(choices):
            rows.append(
                OptionCount(
                    plain_text(translated_value(choice, "text")),
                    counts[index],
                    rate(counts[index], asked),
                    bool(choice.get("correct")),
                )
            )
        for index in sorted(i for i in counts if not 0 <= i < len(choices)):
            rows.append(
                OptionCount(_removed_option(index), counts[index], rate(counts[index], asked), None)
            )
    elif kind == "true_false":
        counts = Counter(answer for answer, _asked in answers if isinstance(answer, bool))
        missing = asked - sum(counts.values())
        for value, label in ((True, _("True")), (False, _("False"))):
            rows.append(
                OptionCount(
                    label, counts[value], rate(counts[value], asked), value == question["correct"]
                )
            )
    elif kind == "scenario":
        counts = Counter()
        texts: dict[str, tuple[str, int]] = {}
        for answer, asked_as in answers:
            try:
                key, step = scenario_step(asked_as, list(answer or []))
            except (InvalidAnswer, KeyError, TypeError):
                key, step = "", True
            if answer is None or step is not None:
                missing += 1
                continue
            counts[key] += 1
            for ending in asked_as.get("endings", []):
                texts.setdefault(
                    ending["key"],
                    (plain_text(translated_value(ending, "text")), int(ending.get("score") or 0)),
                )
        endings = question.get("endings", [])
        for ending in endings:
            texts[ending["key"]] = (
                plain_text(translated_value(ending, "text")),
                int(ending.get("score") or 0),
            )
        best = max((score for _text, score in texts.values()), default=None)
        keys = [ending["key"] for ending in endings]
        keys += sorted(key for key in counts if key not in keys)
        for key in keys:
            text, score = texts.get(key, (key, 0))
            rows.append(
                OptionCount(text, counts[key], rate(counts[key], asked), score == best, score)
            )
    else:
        missing = sum(1 for answer, _asked in answers if answer is None)
    if missing:
        label = _("Did not reach an ending") if kind == "scenario" else _("No answer")
        rows.append(OptionCount(label, missing, rate(missing, asked), None))
    return rows


def analyse_questions(
    questions: Sequence[Mapping[str, Any]],
    attempts: Sequence[AttemptRow],
    responses: Iterable[ResponseRow],
    asked_questions: Mapping[int, Mapping[str, Mapping[str, Any]]],
) -> list[QuestionStats]:
    """Per question: times asked, difficulty, discrimination and the spread of answers (see the module).

    ``questions``: the quiz as it is now, in order. ``asked_questions``: per revision id the attempts pinned,
    their questions by id: an answer is read against the question the member saw, and a question since
    removed from the quiz is still reported (after the others), with the text it last had.
    """
    by_attempt = {attempt.id: attempt for attempt in attempts}
    by_question: dict[str, list[ResponseRow]] = defaultdict(list)
    for response in responses:
        if response.attempt_id in by_attempt and response.possible:
            by_question[response.question_id].append(response)

    shown: dict[str, tuple[int | None, Mapping[str, Any]]] = {
        question["id"]: (number, question) for number, question in enumerate(questions, start=1)
    }
    for revision_id in sorted(
        asked_questions, reverse=True
    ):  # newest text of a removed question first
        for question_id, question in asked_questions[revision_id].items():
            if question_id in by_question and question_id not in shown:
                shown[question_id] = (None, question)

    stats = []
    for question_id, (number, question) in shown.items():
        rows = by_question.get(question_id, [])
        item = QuestionStats(
            id=question_id,
            number=number,
            kind=question["type"],
            prompt=plain_text(translated_value(question, "prompt"))
            or plain_text(translated_value(question, "title")),
            points=int(question.get("points") or 1),
            asked=len(rows),
        )
        scores = [row.earned / row.possible for row in rows]
        item.difficulty = None if not rows else 100 * mean(scores)
        item.fully_correct = sum(1 for row in rows if row.earned >= row.possible - 1e-9)
        pairs = []
        for row, score in zip(rows, scores, strict=True):
            attempt = by_attempt[row.attempt_id]
            rest_possible = (attempt.possible or 0) - row.possible
            if rest_possible > 0:
                pairs.append((score, (attempt.points - row.earned) / rest_possible))
        item.discrimination = correlation(pairs)
        item.options = option_spread(
            question,
            [
                (
                    row.answer,
                    asked_questions.get(by_attempt[row.attempt_id].revision_id, {}).get(
                        question_id, question
                    ),
                )
                for row in rows
            ],
        )
        stats.append(item)
    return stats


@dataclass(frozen=True)
class Gain:
    """Pre-test and final scores of the members who took both (percentages)."""

    label: str
    members: int
    pre: float | None
    post: float | None
    code: str = ""
    #: Too few members to show their scores (MIN_GROUP_SIZE).
    hidden: bool = False

    @property
    def gain(self) -> float | None:
        return None if self.pre is None or self.post is None else self.post - self.pre

    @property
    def normalised(self) -> float | None:
        """Hake's ⟨g⟩ of the group; undefined when the group already scored 100 on the pre-test."""
        if self.gain is None or self.pre >= 100:
            return None
        return self.gain / (100 - self.pre)


def gain_of(label: str, pairs: Sequence[tuple[float, float]], *, code: str = "") -> Gain:
    """``pairs``: (pre-test score, final score), one per member."""
    if len(pairs) < MIN_GROUP_SIZE:
        return Gain(label=label, members=len(pairs), pre=None, post=None, code=code, hidden=True)
    return Gain(
        label=label,
        members=len(pairs),
        pre=mean([pre for pre, _post in pairs]),
        post=mean([post for _pre, post in pairs]),
        code=code,
    )


@dataclass(frozen=True)
class CourseGain:
    course_id: int
    course: str
    pretest_id: int
    pretest: str
    final_id: int
    final: str
    overall: Gain
    provinces: list[Gain]


# Selectors ---------------------------------------------------------------------------------------------


def _courses_by_path() -> dict[str, Page]:
    return {course.path: course for course in CoursePage.objects.defer_streamfields()}


def _course_of(path: str, courses: Mapping[str, Page]) -> Page | None:
    step = Page.steplen
    for end in range(len(path) - step, 0, -step):
        course = courses.get(path[:end])
        if course is not None:
            return course
    return None


@dataclass(frozen=True)
class QuizRow:
    quiz: QuizPage
    course: Page | None
    summary: Summary

    @property
    def course_title(self) -> str:
        return self.course.title if self.course is not None else ""


def quiz_overview() -> list[QuizRow]:
    """Every quiz, live or not, in tree order, with its course and the figures of its submitted attempts.

    Two queries, however many quizzes: the counts are aggregates over the attempts' join.
    """
    quizzes = (
        QuizPage.objects.defer_streamfields()
        .annotate(
            n_attempts=Count("attempts", filter=Q(attempts__status=Attempt.Status.SUBMITTED)),
            n_members=Count(
                "attempts__user",
                distinct=True,
                filter=Q(attempts__status=Attempt.Status.SUBMITTED),
            ),
            n_passed=Count(
                "attempts",
                filter=Q(attempts__status=Attempt.Status.SUBMITTED, attempts__passed=True),
            ),
            n_members_passed=Count(
                "attempts__user",
                distinct=True,
                filter=Q(attempts__status=Attempt.Status.SUBMITTED, attempts__passed=True),
            ),
            average=Avg("attempts__percent", filter=Q(attempts__status=Attempt.Status.SUBMITTED)),
        )
        .order_by("path")
    )
    courses = _courses_by_path()
    return [
        QuizRow(
            quiz=quiz,
            course=_course_of(quiz.path, courses),
            summary=Summary(
                attempts=quiz.n_attempts,
                members=quiz.n_members,
                passed_attempts=quiz.n_passed,
                passed_members=quiz.n_members_passed,
                average=quiz.average,
            ),
        )
        for quiz in quizzes
    ]


@dataclass(frozen=True)
class QuizAnalysis:
    quiz: QuizPage
    course: Page | None
    summary: Summary
    questions: list[QuestionStats]

    @property
    def flagged(self) -> list[QuestionStats]:
        return [question for question in self.questions if question.flags]


def current_questions(quiz: QuizPage) -> list[dict]:
    """The quiz's questions as trainers now see them: its live revision, else its latest draft."""
    revision_id = quiz.live_revision_id or quiz.latest_revision_id
    if revision_id is None:
        return question_dicts(quiz.specific.questions)
    return questions_for_revision(revision_id)


def quiz_analysis(quiz: QuizPage) -> QuizAnalysis:
    """The summary and the per-question analysis of ``quiz`` over all its submitted attempts.

    A fixed number of queries (the course, the attempts, the answers, each pinned revision once: they are
    cached for good), not one per attempt or question.
    """
    course = CoursePage.objects.ancestor_of(quiz).defer_streamfields().first()
    attempts = [
        AttemptRow(*row)
        for row in Attempt.objects.filter(SUBMITTED, quiz=quiz)
        .order_by("submitted_at", "number")
        .values_list(
            "id", "user_id", "revision_id", "number", "points", "possible", "percent", "passed"
        )
    ]
    responses = [
        ResponseRow(*row)
        for row in Response.objects.filter(
            attempt__quiz=quiz,
            attempt__status=Attempt.Status.SUBMITTED,
            earned__isnull=False,
        ).values_list("attempt_id", "question_id", "answer", "earned", "possible")
    ]
    asked = {
        revision_id: by_id(questions_for_revision(revision_id))
        for revision_id in {attempt.revision_id for attempt in attempts}
    }
    return QuizAnalysis(
        quiz=quiz,
        course=course,
        summary=summarise(attempts),
        questions=analyse_questions(current_questions(quiz), attempts, responses, asked),
    )


def course_gains() -> list[CourseGain]:
    """Pre-test against final quiz, per course that has both, overall and per province (see the module).

    The province is the one on the member's enrolment (its snapshot at enrolment time). Three queries.
    """
    courses = _courses_by_path()
    pretests: dict[int, QuizPage] = {}
    finals: dict[int, QuizPage] = {}
    for quiz in QuizPage.objects.defer_streamfields().order_by("path"):
        course = _course_of(quiz.path, courses)
        if course is None:
            continue
        if quiz.is_pretest:
            pretests.setdefault(course.pk, quiz)  # the first pre-test in the course
        else:
            finals[course.pk] = quiz  # the last graded quiz: the final assessment
    pairs = {
        course_id: (pretests[course_id], finals[course_id])
        for course_id in pretests.keys() & finals.keys()
    }
    if not pairs:
        return []
    pretest_course = {pre.pk: course_id for course_id, (pre, _final) in pairs.items()}
    final_course = {final.pk: course_id for course_id, (_pre, final) in pairs.items()}

    pre_scores: dict[tuple[int, int], float] = {}
    post_scores: dict[tuple[int, int], float] = {}
    provinces: dict[tuple[int, int], tuple[str, str]] = {}
    rows = (
        Attempt.objects.filter(SUBMITTED, quiz_id__in=[*pretest_course, *final_course])
        .order_by("number")
        .values_list(
            "user_id", "quiz_id", "percent", "enrolment__province_id", "enrolment__province__name"
        )
    )
    for user_id, quiz_id, percent, province_code, province_name in rows:
        if quiz_id in pretest_course:
            key = (pretest_course[quiz_id], user_id)
            pre_scores.setdefault(key, percent)  # ordered by number: the first attempt
        else:
            key = (final_course[quiz_id], user_id)
            post_scores[key] = max(post_scores.get(key, percent), percent)
        provinces.setdefault(key, (province_code, province_name))

    # Members who took both, per course: (province, pre-test score, final score).
    taken: dict[int, list[tuple[tuple[str, str], float, float]]] = defaultdict(list)
    for (course_id, user_id), pre in pre_scores.items():
        if (course_id, user_id) in post_scores:
            key = (course_id, user_id)
            taken[course_id].append((provinces[key], pre, post_scores[key]))

    results = []
    titles = {course.pk: course.title for course in courses.values()}
    for course_id, (pretest, final) in sorted(pairs.items(), key=lambda item: item[1][0].path):
        by_province: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for province, pre, post in taken[course_id]:
            by_province[province].append((pre, post))
        provinces = [
            gain_of(name, scores, code=code) for (code, name), scores in sorted(by_province.items())
        ]
        overall = gain_of(titles[course_id], [(pre, post) for _p, pre, post in taken[course_id]])
        hidden = sum(row.members for row in provinces if row.hidden)
        if 0 < hidden < MIN_GROUP_SIZE:
            # Otherwise the hidden provinces' scores follow from the overall figures minus the shown ones.
            overall = Gain(overall.label, overall.members, None, None, overall.code, hidden=True)
        results.append(
            CourseGain(
                course_id=course_id,
                course=titles[course_id],
                pretest_id=pretest.pk,
                pretest=pretest.title,
                final_id=final.pk,
                final=final.title,
                overall=overall,
                provinces=provinces,
            )
        )
    return results
