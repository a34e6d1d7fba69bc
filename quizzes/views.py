"""Taking a quiz: the quiz page, one question per screen, autosave, review and submit, and the result.

Every attempt view finds the attempt by its random id *and* the signed-in member, so another member's
attempt is a 404. Posted answers are decoded against what this attempt showed (quizzes/presentation.py) and
written through quizzes.services, which refuses anything after submission or the time limit.

When a session has expired, a posted answer is kept in the (new, anonymous) session and applied after the
member signs in again, so nothing typed is lost; the JavaScript autosave keeps unsent answers in the browser
too (site/static/js/quiz.js).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.selectors import lessons_by_id
from courses.services import enrolment_for_lesson
from sigap.form_posts import answers_json

from . import selectors, services
from .models import Attempt, QuizPage
from .presentation import (
    AnswerRefused,
    IncompleteAnswer,
    StaleStep,
    answer_texts,
    carries_answer,
    correct_texts,
    decode,
    feedback_texts,
    is_answered,
    screen,
)

#: Posted bodies larger than this are refused before they are read (a question's answer is tiny).
MAX_BODY_BYTES = 16 * 1024
PENDING_KEY = "quiz_pending_answers"


def _too_big(request) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES
    except ValueError:
        return True


def quiz_detail(request, page: QuizPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = enrolment_for_lesson(user=request.user, lesson=page)
    if enrolment is None:
        messages.info(request, _("Enrol in this course to take its quizzes."))
        return redirect(page.get_parent().get_parent().url)
    attempts = selectors.attempts_of(request.user, page)
    for attempt in attempts:
        if attempt.is_open and services.is_expired(attempt):
            services.attempt_submit(attempt=attempt, timed_out=True)
            attempt.refresh_from_db()
    left = services.attempts_left(page, len(services.in_round(attempts, enrolment)))
    return render(
        request,
        "quizzes/quiz_page.html",
        {
            "page": page,
            "course": enrolment.course,
            "attempts": attempts,
            "attempts_left": left,
            "current": next((attempt for attempt in attempts if attempt.is_open), None),
            "best": max((a.percent for a in attempts if a.percent is not None), default=None),
            "passed": any(attempt.passed for attempt in attempts),
            "question_count": page.draw_count or len(page.questions.raw_data),
        },
    )


@login_required
@require_POST
def start(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except services.QuizRefused as exc:
        messages.error(request, exc.message)
        return redirect(quiz.url)
    return redirect(_first_open_screen(attempt))


def _attempt_of(request, attempt_id) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )


def _screen_url(attempt_id, number: int) -> str:
    return reverse("quizzes:question", args=[attempt_id, number])


def _first_open_screen(attempt: Attempt) -> str:
    questions = services.attempt_questions(attempt)
    answers = services.answers_of(attempt)
    for number, question in enumerate(questions, start=1):
        response = answers.get(question["id"])
        if not is_answered(question, response.answer if response else None):
            return _screen_url(attempt.pk, number)
    return reverse("quizzes:review", args=[attempt.pk])


def _closed(request, attempt: Attempt, exc: services.QuizRefused | None = None):
    if exc is not None:
        messages.info(request, exc.message)
    return redirect("quizzes:result", attempt.pk)


def _stash(request, attempt_id, number: int):
    """Keep an answer posted by a signed-out member (their session expired) for after they sign in."""
    pending = request.session.get(PENDING_KEY, {})
    fields = {
        key: request.POST.getlist(key)[:50]
        for key in list(request.POST.keys())[:50]
        if key != "csrfmiddlewaretoken"
    }
    pending[str(attempt_id)] = {"number": number, "fields": fields}
    request.session[PENDING_KEY] = dict(list(pending.items())[-5:])


def _apply_stash(request, attempt: Attempt, questions) -> None:
    pending = request.session.get(PENDING_KEY, {})
    stashed = pending.pop(str(attempt.pk), None)
    if stashed is None:
        return
    request.session[PENDING_KEY] = pending
    number = stashed.get("number")
    if not isinstance(number, int) or not 1 <= number <= len(questions):
        return
    try:
        saved = _save(
            attempt, questions[number - 1], number, stashed.get("fields") or {}, lock=False
        )
    except (AnswerRefused, StaleStep, services.QuizRefused):
        return
    if saved is None:
        return
    messages.success(request, _("Your session had expired; the answer you gave then is saved."))


def _save(attempt: Attempt, question: dict, number: int, data, *, lock: bool):
    entry = attempt.layout[number - 1]
    if not carries_answer(question, entry, data):
        # Nothing about this question was posted: the saved answer stays (never "cleared" by omission).
        return None
    current = None
    if question["type"] == "scenario":
        response = attempt.responses.filter(question_id=question["id"]).first()
        current = response.answer if response else None
    # None (nothing chosen) clears an earlier answer, unless that one is already final.
    answer = decode(question, entry, data, current=current)
    if (
        answer is None
        and attempt.responses.filter(question_id=question["id"], locked=True).exists()
    ):
        # A final answer's fields are disabled, so "Previous" posts nothing: keep it and move on.
        return None
    # A scenario decision is final at once, as in a real case. Nothing chosen is never final: "Check answer"
    # on an empty screen would otherwise lock an answer that has no feedback to show.
    lock = (lock or question["type"] == "scenario") and answer is not None
    return services.response_save(
        attempt=attempt, question_id=question["id"], answer=answer, lock=lock
    )


def question(request, attempt_id, number: int):
    if not request.user.is_authenticated:
        if request.method == "POST" and not _too_big(request):
            _stash(request, attempt_id, number)
        return redirect_to_login(_screen_url(attempt_id, number))
    attempt = _attempt_of(request, attempt_id)
    if not attempt.is_open:
        return _closed(request, attempt)
    questions = services.attempt_questions(attempt)
    if not 1 <= number <= len(questions):
        raise Http404
    current = questions[number - 1]
    quiz = attempt.quiz
    error = None
    if request.method == "POST":
        if _too_big(request):
            error = _("Your answer was too large to save. Please answer again.")
        else:
            action = request.POST.get("action", "next")
            if action == "previous" and current["type"] == "scenario" and number > 1:
                # Going back from a case takes no decision with it.
                return redirect(_screen_url(attempt.pk, number - 1))
            try:
                check = action == "check" and quiz.feedback_timing == QuizPage.FeedbackTiming.EACH
                _save(attempt, current, number, request.POST, lock=check)
            except services.AttemptClosed as exc:
                return _closed(request, attempt, exc)
            except StaleStep:
                pass  # already decided (back button or a replay): show where the case stands now
            except (AnswerRefused, services.QuizRefused) as exc:
                error = exc.message
            else:
                if action == "previous" and number > 1:
                    return redirect(_screen_url(attempt.pk, number - 1))
                if action == "next" and current["type"] != "scenario":
                    # A case shows where each decision led (and its ending) before moving on.
                    if number < len(questions):
                        return redirect(_screen_url(attempt.pk, number + 1))
                    return redirect("quizzes:review", attempt.pk)
                return redirect(_screen_url(attempt.pk, number))
    else:
        if services.is_expired(attempt):
            services.attempt_submit(attempt=attempt, timed_out=True)
            messages.info(
                request,
                _(
                    "Time is up. Your attempt was submitted with the answers saved before the time limit."
                ),
            )
            return redirect("quizzes:result", attempt.pk)
        _apply_stash(request, attempt, questions)
    answers = services.answers_of(attempt)
    response = answers.get(current["id"])
    answer = response.answer if response else None
    if error is not None and current["type"] != "scenario":
        # Show what the member posted, even though it could not be saved, so nothing is lost.
        answer = _lenient_answer(current, attempt.layout[number - 1], request.POST, answer)
    each = quiz.feedback_timing == QuizPage.FeedbackTiming.EACH
    checked = None
    if each and response is not None and response.locked and current["type"] != "scenario":
        earned, possible, feedback = feedback_texts(current, response.answer)
        checked = {"earned": earned, "possible": possible, "feedback": feedback}
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "number": number,
        "total": len(questions),
        "screen": screen(current, attempt.layout[number - 1], answer, feedback=each),
        "points": int(current.get("points") or 1),
        "checked": checked,
        "locked": bool(response and response.locked),
        "feedback_each": each,
        "error": error,
        "answered": [
            is_answered(q, answers[q["id"]].answer if q["id"] in answers else None)
            for q in questions
        ],
        "seconds_left": attempt.seconds_left(),
    }
    return render(request, "quizzes/question.html", context, status=400 if error else 200)


def _lenient_answer(question, entry, data, fallback):
    """What the member picked on a rejected post, as far as it can be read, to show it again."""
    kind = question["type"]
    try:
        if kind in ("single_choice", "multiple_response"):
            picked = [
                entry["order"][int(value)]
                for value in data.getlist("choice")
                if value.isdigit() and int(value) < len(entry["order"])
            ]
            if not picked:
                return fallback  # nothing readable was posted: keep showing the saved answer
            return picked[0] if kind == "single_choice" else picked
        if kind == "ordering":
            places = {}
            for position, index in enumerate(entry["order"]):
                value = data.get(f"rank-{position}", "")
                if value.isdigit():
                    places.setdefault(int(value), index)
            return [places.get(place) for place in range(len(entry["order"]))]
        if kind == "matching":
            order = entry["order"]
            return [
                order[int(value)] if value.isdigit() and int(value) < len(order) else None
                for value in (data.get(f"match-{left}", "") for left in range(len(order)))
            ]
    except (TypeError, ValueError, IndexError):
        pass
    return fallback


@answers_json
@require_POST
def autosave(request, attempt_id, number: int):
    """Save one screen's answer without leaving it (quiz.js); JSON in and out, never a redirect."""
    if not request.user.is_authenticated:
        if not _too_big(request):
            _stash(request, attempt_id, number)
        return JsonResponse(
            {
                "saved": False,
                "error": _("Your session has ended. Sign in again; your answers are kept."),
                "login_url": f"{reverse('account_login')}?next={_screen_url(attempt_id, number)}",
            },
            status=401,
        )
    if _too_big(request):
        return JsonResponse(
            {"saved": False, "error": _("Your answer was too large to save.")}, status=413
        )
    attempt = _attempt_of(request, attempt_id)
    questions = services.attempt_questions(attempt) if attempt.is_open else []
    if not attempt.is_open:
        return JsonResponse(
            {"saved": False, "error": _("This attempt has already been submitted.")}, status=409
        )
    if not 1 <= number <= len(questions):
        raise Http404
    current = questions[number - 1]
    if current["type"] == "scenario":
        return JsonResponse(
            {"saved": False, "error": _("Decisions in a case are saved when you make them.")},
            status=400,
        )
    if not carries_answer(current, attempt.layout[number - 1], request.POST):
        return JsonResponse(
            {
                "saved": False,
                "error": _("No answer was sent, so your saved answer is unchanged."),
            },
            status=400,
        )
    try:
        response = _save(attempt, current, number, request.POST, lock=False)
    except services.AttemptClosed as exc:
        return JsonResponse({"saved": False, "error": exc.message, "closed": True}, status=409)
    except IncompleteAnswer:
        # Half-filled places or matches: kept on screen, saved once complete; not worth an error yet.
        return JsonResponse({"saved": False})
    except (AnswerRefused, services.QuizRefused) as exc:
        return JsonResponse({"saved": False, "error": exc.message}, status=400)
    return JsonResponse(
        {
            "saved": response is not None,
            "saved_at": timezone.localtime(response.saved_at).strftime("%H:%M:%S")
            if response
            else None,
        }
    )


@login_required
def review(request, attempt_id):
    """Before submitting: which questions are answered, with links back; the submit button."""
    attempt = _attempt_of(request, attempt_id)
    if not attempt.is_open:
        return _closed(request, attempt)
    if services.is_expired(attempt):
        services.attempt_submit(attempt=attempt, timed_out=True)
        return redirect("quizzes:result", attempt.pk)
    questions = services.attempt_questions(attempt)
    answers = services.answers_of(attempt)
    rows = [
        {
            "number": number,
            "prompt": screen(question, attempt.layout[number - 1], None, feedback=False).prompt,
            "answered": is_answered(
                question, answers[question["id"]].answer if question["id"] in answers else None
            ),
        }
        for number, question in enumerate(questions, start=1)
    ]
    return render(
        request,
        "quizzes/review.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "rows": rows,
            "unanswered": sum(1 for row in rows if not row["answered"]),
            "seconds_left": attempt.seconds_left(),
        },
    )


@require_POST
def submit(request, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("quizzes:review", args=[attempt_id]))
    attempt = _attempt_of(request, attempt_id)
    was_open = attempt.is_open
    timed_out = services.is_expired(attempt)
    attempt = services.attempt_submit(attempt=attempt, timed_out=timed_out)
    if was_open and timed_out:
        messages.info(
            request,
            _(
                "Time is up. Your attempt was submitted with the answers saved before the time limit."
            ),
        )
    return redirect("quizzes:result", attempt.pk)


@login_required
def result(request, attempt_id):
    attempt = _attempt_of(request, attempt_id)
    if attempt.is_open:
        if not services.is_expired(attempt, grace=False):
            return redirect(_first_open_screen(attempt))
        attempt = services.attempt_submit(attempt=attempt, timed_out=True)
    quiz = attempt.quiz
    attempts = selectors.attempts_of(request.user, quiz)
    left = services.attempts_left(quiz, len(services.in_round(attempts, attempt.enrolment)))
    any_open = any(item.is_open for item in attempts)
    show_feedback = quiz.feedback_timing != QuizPage.FeedbackTiming.PASSED or bool(attempt.passed)
    reveal = quiz.reveal_answers and left == 0 and not any_open
    questions = services.attempt_questions(attempt)
    answers = services.answers_of(attempt)
    lessons = lessons_by_id([q["lesson"] for q in questions if q.get("lesson")])
    items = []
    for number, question in enumerate(questions, start=1):
        response = answers.get(question["id"])
        answer = response.answer if response else None
        earned = response.earned if response and response.earned is not None else 0.0
        possible = (response.possible if response else None) or int(question.get("points") or 1)
        feedback = []
        if show_feedback and is_answered(question, answer):
            feedback = feedback_texts(question, answer)[2]
        items.append(
            {
                "number": number,
                "prompt": screen(question, attempt.layout[number - 1], None, feedback=False).prompt,
                "answer": answer_texts(question, answer) if is_answered(question, answer) else [],
                "earned": earned,
                "possible": possible,
                "correct": earned >= possible,
                "feedback": feedback,
                "right_answer": correct_texts(question) if reveal and earned < possible else [],
                "lesson": lessons.get(question.get("lesson")) if earned < possible else None,
                "kind": question["type"],
            }
        )
    return render(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": attempt.enrolment.course,
            "items": items,
            "show_feedback": show_feedback,
            "reveal": reveal,
            "attempts_left": left,
            "can_retake": left != 0 and not any_open,
            "enrolment": attempt.enrolment,
        },
    )
