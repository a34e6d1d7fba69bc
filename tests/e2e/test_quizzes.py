"""Quizzes in the browser: a learner takes a graded quiz with a branching case, reloads midway and finds the
answers kept, fails, reads the feedback, retakes and passes, and the course shows the quiz as passed; answers
given while the connection is down reach the server once it is back; a question fits a phone screen; the
trainer opens the quiz's item analysis in the admin.

The quiz is built here, in Indonesian, with distinct feedback on every choice so the result page can be
checked for exactly the feedback of what was chosen. Sigap's own strings may or may not be translated yet, so
the steps find buttons and links by form action, URL, name and value, and read the autosave messages from
the data attributes the server fills in; the quiz's own texts (choices, narratives, feedback) are fixed here.
"""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Locator, Page, expect

from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from quizzes.models import Attempt, QuizPage, Response
from tests.accounts.factories import PASSWORD, ProfileFactory, with_role
from tests.courses.factories import lessons_of, make_course, publish_child
from tests.e2e.support import E2E, sign_in, sign_in_with_totp, sign_out
from tests.e2e.test_courses import open_admin, staff_member

pytestmark = E2E

# The quiz -------------------------------------------------------------------------------------------------

Q1_RIGHT = "Petugas layanan yang terlatih"
Q1_WRONG = "Siapa saja yang sedang bertugas di loket"
Q1_RIGHT_FEEDBACK = "Tepat: petugas terlatih menerima pengaduan dengan empati."
Q1_WRONG_FEEDBACK = (
    "Kurang tepat: pengaduan korban diterima petugas yang terlatih, bukan siapa saja."
)

Q2_RIGHT = ["Menjaga kerahasiaan korban", "Meminta persetujuan korban"]
Q2_WRONG = "Mempertemukan korban dengan pelaku"
Q2_FEEDBACK = {
    Q2_RIGHT[0]: "Ya: kerahasiaan melindungi korban dari bahaya lanjutan.",
    Q2_RIGHT[1]: "Ya: setiap langkah diambil dengan persetujuan korban.",
    Q2_WRONG: "Tidak: mempertemukan korban dengan pelaku membahayakan korban.",
}

CASE_TITLE = "Kasus Rina"
ARRIVAL = "Rina datang ke kantor Anda dan menangis di ruang tunggu yang ramai."
PRIVATE_ROOM = "Di ruang tertutup Rina bercerita bahwa ia takut pulang ke rumah majikannya."
HESITATES = "Rina berhenti bercerita dan berkata ingin pulang saja."
LISTEN = ("Ajak Rina ke ruang tertutup lalu dengarkan", "Baik: ruang tertutup menjaga privasi.")
RUSH = (
    "Tanyai Rina di ruang tunggu agar cepat",
    "Kurang baik: bertanya di depan umum membuat korban takut.",
)
SHELTER = ("Tawarkan rumah aman dengan persetujuannya", "Tepat: rujukan dengan persetujuan korban.")
SEND_HOME = (
    "Suruh Rina pulang dan kembali besok",
    "Berbahaya: korban kembali ke tempat ia terancam.",
)
FOLLOW_UP = ("Beri nomor layanan dan tawarkan bertemu lagi", "Cukup: pintu tetap terbuka.")
LET_GO = ("Biarkan Rina pergi tanpa tindak lanjut", "Keliru: korban kehilangan perlindungan.")
SAFE_ENDING = "Rina tinggal di rumah aman dan kasusnya ditangani penyidik."
LOST_ENDING = "Rina tidak pernah kembali dan kasusnya tidak tercatat."


def _choices(right: list[str], wrong: list[str], feedback: dict[str, str]) -> list[dict]:
    return [
        {
            "text": text,
            "text_en": "",
            "correct": text in right,
            "feedback": feedback[text],
            "feedback_en": "",
        }
        for text in [*right, *wrong]
    ]


def _decision(choice: tuple[str, str], leads_to: str) -> dict:
    text, feedback = choice
    return {"text": text, "text_en": "", "feedback": feedback, "feedback_en": "", "next": leads_to}


def _block(kind: str, prompt: str, lesson, **value) -> dict:
    value = {
        "prompt": f"<p>{prompt}</p>",
        "prompt_en": "",
        "points": 1,
        "lesson": lesson.pk,
        **value,
    }
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def make_quiz(*, title: str = "Kursus penanganan pengaduan") -> QuizPage:
    """A course with one lesson, done by nobody yet, and a graded quiz beside it in the same module."""
    course = make_course(title=title, modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    single = _block(
        "single_choice",
        "Siapa yang sebaiknya pertama kali mendengarkan pengaduan korban?",
        lesson,
        choices=_choices(
            [Q1_RIGHT],
            [Q1_WRONG, "Wartawan yang meliput kasus"],
            {
                Q1_RIGHT: Q1_RIGHT_FEEDBACK,
                Q1_WRONG: Q1_WRONG_FEEDBACK,
                "Wartawan yang meliput kasus": "Keliru: identitas korban dirahasiakan dari media.",
            },
        ),
    )
    multiple = _block(
        "multiple_response",
        "Mana yang termasuk prinsip melayani korban?",
        lesson,
        choices=_choices(Q2_RIGHT, [Q2_WRONG], Q2_FEEDBACK),
    )
    case = _block(
        "scenario",
        "Ikuti kasus ini dan putuskan langkah Anda.",
        lesson,
        points=2,
        title=CASE_TITLE,
        title_en="",
        start="datang",
        steps=[
            {
                "key": "datang",
                "narrative": ARRIVAL,
                "narrative_en": "",
                "choices": [_decision(LISTEN, "rujukan"), _decision(RUSH, "ragu")],
            },
            {
                "key": "rujukan",
                "narrative": PRIVATE_ROOM,
                "narrative_en": "",
                "choices": [_decision(SHELTER, "selamat"), _decision(SEND_HOME, "hilang")],
            },
            {
                "key": "ragu",
                "narrative": HESITATES,
                "narrative_en": "",
                "choices": [_decision(FOLLOW_UP, "tertunda"), _decision(LET_GO, "hilang")],
            },
        ],
        endings=[
            {"key": "selamat", "text": SAFE_ENDING, "text_en": "", "score": 100},
            {
                "key": "tertunda",
                "text": "Rina menghubungi layanan seminggu kemudian.",
                "text_en": "",
                "score": 50,
            },
            {"key": "hilang", "text": LOST_ENDING, "text_en": "", "score": 0},
        ],
    )
    module = lesson.get_parent()
    return publish_child(
        module,
        QuizPage(
            title="Kuis: menerima pengaduan",
            slug="kuis-menerima-pengaduan",
            intro="Tiga pertanyaan, termasuk satu kasus bercabang.",
            pass_mark=60,
            max_attempts=3,
            shuffle_choices=False,
            feedback_timing=QuizPage.FeedbackTiming.SUBMISSION,
            questions=[single, multiple, case],
        ),
    )


def enrolled_learner(quiz: QuizPage, *, lesson_done: bool = True):
    course = quiz.get_parent().get_parent().specific
    learner = with_role(ProfileFactory().user, "Learner")
    enrolment = enrolment_create(user=learner, course=course)
    if lesson_done:
        assert not lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[0])
    return learner, course


# Steps ----------------------------------------------------------------------------------------------------


def start_button(page: Page, quiz: QuizPage) -> Locator:
    return page.locator(f"main form[action='/learn/quiz/{quiz.pk}/start/'] button[type=submit]")


def choice(page: Page, text: str) -> Locator:
    """The checkbox or radio button of the choice labelled ``text`` (clicked through its label)."""
    return page.locator("main label.choice", has_text=text).locator("input")


def pick(page: Page, text: str) -> None:
    page.locator("main label.choice", has_text=text).click()


def go_on(page: Page) -> None:
    """The button that goes on: "Save and continue", "Save and review", or "Decide" in a case."""
    page.locator("main .quiz-actions button[name=action][value=next]").click()


def status(page: Page) -> Locator:
    return page.locator("main [data-autosave-status]")


def expect_saved(page: Page) -> None:
    """The autosave status says the answer is saved (its wording comes from the form's data attribute)."""
    saved = page.locator("main form.quiz-form").get_attribute("data-msg-saved")
    prefix = saved.split("%s")[0]
    expect(status(page)).to_have_text(re.compile(rf"^{re.escape(prefix)}\d\d:\d\d:\d\d"))


def question_url(attempt: Attempt, number: int) -> str:
    return f"/learn/quiz/attempts/{attempt.pk}/{number}/"


def started(page: Page, learner, quiz) -> Attempt:
    """The attempt a click on "Start" opened, once its first question is on screen."""
    expect(page).to_have_url(re.compile(r"/learn/quiz/attempts/[0-9a-f-]{36}/1/$"))
    attempt = Attempt.objects.get(user=learner, quiz=quiz, status=Attempt.Status.IN_PROGRESS)
    assert page.url.endswith(question_url(attempt, 1))
    return attempt


def saved_answer(attempt: Attempt, number: int):
    response = Response.objects.filter(
        attempt=attempt, question_id=attempt.question_ids[number - 1]
    ).first()
    return response.answer if response else None


def play_case(
    page: Page, first: tuple[str, str], second_narrative: str, second: tuple[str, str]
) -> None:
    """Two decisions in the case, each step's narrative shown only once the decision before it is made."""
    expect(page.locator("main h1")).to_have_text(CASE_TITLE)
    expect(page.locator("main #step-narrative")).to_have_text(ARRIVAL)
    main = page.locator("main")
    for narrative in (PRIVATE_ROOM, HESITATES):
        expect(main).not_to_contain_text(narrative)
    pick(page, first[0])
    go_on(page)
    # The decision is final and the case moves on; with feedback on submission, its feedback waits.
    expect(page.locator("main #step-narrative")).to_have_text(second_narrative)
    expect(page.locator("main .scenario-step.is-past")).to_contain_text(first[0])
    expect(main).not_to_contain_text(first[1])
    pick(page, second[0])
    go_on(page)
    expect(page.locator("main .scenario-step.is-ending")).to_be_visible()
    expect(page.locator("main #step-narrative")).to_have_count(0)
    expect(page.locator("main .scenario-step.is-past")).to_have_count(2)
    expect(main).not_to_contain_text(second[1])


def open_review(page: Page, live_server, attempt: Attempt) -> None:
    page.locator(f"main a.button[href='/learn/quiz/attempts/{attempt.pk}/review/']").click()
    expect(page).to_have_url(f"{live_server.url}/learn/quiz/attempts/{attempt.pk}/review/")
    expect(page.locator("main .review-list li")).to_have_count(3)
    expect(page.locator("main .review-list strong")).to_have_count(0)  # every question answered


def submit(page: Page, live_server, attempt: Attempt) -> None:
    page.locator(f"main form[action='/learn/quiz/attempts/{attempt.pk}/submit/'] button").click()
    expect(page).to_have_url(f"{live_server.url}/learn/quiz/attempts/{attempt.pk}/")


# The journey ----------------------------------------------------------------------------------------------


def test_a_learner_fails_a_scenario_quiz_reads_the_feedback_retakes_it_and_passes(
    page, live_server, check_page, journey
):
    quiz = make_quiz()
    learner, course = enrolled_learner(quiz)
    (lesson,) = lessons_of(course)
    sign_in(page, learner.email, PASSWORD)

    # From the course outline to the quiz's page: its facts and a start button.
    page.goto(course.url)
    outline_quiz = page.locator("main li.outline-quiz")
    expect(outline_quiz).to_contain_text(quiz.title)
    expect(outline_quiz.locator(".badge-done")).to_have_count(0)
    outline_quiz.get_by_role("link", name=quiz.title).click()
    expect(page).to_have_url(f"{live_server.url}{quiz.url}")
    expect(page.locator("main h1")).to_have_text(quiz.title)
    expect(page.locator("main .quiz-facts")).to_contain_text("60%")
    check_page(page, "quiz landing page")

    # Attempt 1. Question 1: a wrong answer, saved as soon as it is clicked, still there after a reload.
    start_button(page, quiz).click()
    attempt = started(page, learner, quiz)
    expect(page.locator("main .quiz-prompt")).to_contain_text("pertama kali mendengarkan")
    check_page(page, "question 1")
    pick(page, Q1_WRONG)
    expect_saved(page)
    assert saved_answer(attempt, 1) == 1  # the authored index of the wrong answer, on the server
    page.reload()
    expect(status(page)).to_have_text("")
    expect(choice(page, Q1_WRONG)).to_be_checked()
    expect(choice(page, Q1_RIGHT)).not_to_be_checked()
    journey.screenshot(page, "question 1 after reload")

    # Question 2: one right answer and one wrong one.
    go_on(page)
    expect(page).to_have_url(f"{live_server.url}{question_url(attempt, 2)}")
    expect(page.locator("main .quiz-steps a.is-answered")).to_have_count(1)
    pick(page, Q2_RIGHT[0])
    pick(page, Q2_WRONG)
    check_page(page, "question 2")
    go_on(page)

    # Question 3, the case: rushed questions in public, then letting Rina go.
    expect(page).to_have_url(f"{live_server.url}{question_url(attempt, 3)}")
    check_page(page, "case, first step")
    play_case(page, RUSH, HESITATES, LET_GO)
    journey.screenshot(page, "case ended badly")

    # Back to question 2 and forward again: the answers are where the learner left them.
    page.locator(f"main .quiz-actions a[href='{question_url(attempt, 2)}']").click()
    expect(page).to_have_url(f"{live_server.url}{question_url(attempt, 2)}")
    expect(choice(page, Q2_RIGHT[0])).to_be_checked()
    expect(choice(page, Q2_WRONG)).to_be_checked()
    expect(choice(page, Q2_RIGHT[1])).not_to_be_checked()
    page.locator(f"main .quiz-steps a[href='{question_url(attempt, 3)}']").click()
    expect(page.locator("main .scenario-step.is-ending")).to_be_visible()

    # Review and submit: not passed, with the feedback of each answer chosen and a way back to the lesson.
    open_review(page, live_server, attempt)
    check_page(page, "review before submitting")
    submit(page, live_server, attempt)
    panel = page.locator("main .result-panel")
    expect(panel.locator(".status-failed")).to_be_visible()
    expect(panel.locator("#score-heading")).to_contain_text("0%")
    results = page.locator("main .result-list")
    for text in [
        Q1_WRONG_FEEDBACK,
        Q2_FEEDBACK[Q2_RIGHT[0]],
        Q2_FEEDBACK[Q2_WRONG],
        RUSH[1],
        LET_GO[1],
        LOST_ENDING,
    ]:
        expect(results.locator(".feedback", has_text=text)).to_have_count(1)
    for text in [Q1_RIGHT_FEEDBACK, Q2_FEEDBACK[Q2_RIGHT[1]], LISTEN[1], SHELTER[1]]:
        expect(results).not_to_contain_text(text)  # feedback of answers not chosen stays hidden
    expect(results.locator(f"a[href='{lesson.url}']")).to_have_count(
        3
    )  # "read again", per missed question
    check_page(page, "result not passed")
    attempt.refresh_from_db()
    assert attempt.passed is False and attempt.percent == 0

    # Attempt 2: the right answers, and the case handled well.
    page.locator(f"main .result-panel form[action='/learn/quiz/{quiz.pk}/start/'] button").click()
    second = started(page, learner, quiz)
    assert second.number == 2
    expect(choice(page, Q1_WRONG)).not_to_be_checked()  # a new attempt starts blank
    pick(page, Q1_RIGHT)
    go_on(page)
    for text in Q2_RIGHT:
        pick(page, text)
    go_on(page)
    play_case(page, LISTEN, PRIVATE_ROOM, SHELTER)
    open_review(page, live_server, second)
    submit(page, live_server, second)

    # Passed, and with the only lesson done, the course is complete.
    panel = page.locator("main .result-panel")
    expect(panel.locator(".status-complete")).to_be_visible()
    expect(panel.locator("#score-heading")).to_contain_text("100%")
    expect(panel).to_contain_text(course.title)  # "You have completed <course>"
    expect(page.locator("main .result-list .feedback", has_text=SAFE_ENDING)).to_have_count(1)
    expect(page.locator(f"main .result-list a[href='{lesson.url}']")).to_have_count(0)
    expect(panel.locator("form")).to_have_count(0)  # no "Try again" once passed
    check_page(page, "result passed")
    second.refresh_from_db()
    assert second.passed is True
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None

    # The course page: complete, and the quiz marked passed in the outline.
    panel.locator(f"a.button[href='{course.url}']").click()
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(page.locator("main .progress-panel .status-complete")).to_be_visible()
    outline_quiz = page.locator("main li.outline-quiz")
    expect(outline_quiz).to_have_class(re.compile(r"\bis-done\b"))
    expect(outline_quiz.locator(".badge-done")).to_be_visible()
    expect(outline_quiz).to_contain_text("100%")
    check_page(page, "course page with the quiz passed")
    sign_out(page)

    # The trainer opens the quiz analytics from the admin menu: two attempts, one passed, and per question
    # how often it was asked and what share of its points members earned (half, here, on each).
    trainer, secret = staff_member("Trainer")
    sign_in_with_totp(page, trainer.email, PASSWORD, secret)
    open_admin(page, live_server)
    page.locator("a[href='/admin/quiz-analytics/']").first.click()
    expect(page).to_have_url(f"{live_server.url}/admin/quiz-analytics/")
    row = page.locator("main table.listing tbody tr", has_text=quiz.title)
    expect(row.locator("td")).to_have_text(
        [course.title, "Graded", "2", "1", "50.0 %", "100.0 %", "50.0 %"]
    )
    check_page(page, "quiz analytics index")
    row.get_by_role("link", name=quiz.title).click()
    expect(page).to_have_url(f"{live_server.url}/admin/quiz-analytics/{quiz.pk}/")
    table = page.locator("main section[aria-labelledby=questions-heading] table.listing")
    expect(table.locator("thead th").nth(3)).to_have_text("Difficulty")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(3)
    for number, (question, prompt) in enumerate(
        zip(
            rows.all(),
            ["pertama kali mendengarkan", "prinsip melayani korban", "putuskan langkah"],
            strict=True,
        ),
        start=1,
    ):
        expect(question.locator("th")).to_contain_text(prompt)
        cells = question.locator("td")
        expect(cells.nth(0)).to_have_text(str(number))
        expect(cells.nth(1)).to_have_text("2")  # times asked
        expect(cells.nth(2)).to_have_text("50.0 %")  # difficulty
    check_page(page, "quiz analytics per question")


def test_an_answer_given_offline_reaches_the_server_when_the_connection_returns(
    page, context, live_server, journey
):
    quiz = make_quiz()
    learner, _course = enrolled_learner(quiz)
    sign_in(page, learner.email, PASSWORD)
    page.goto(quiz.url)
    start_button(page, quiz).click()
    attempt = started(page, learner, quiz)
    pick(page, Q1_WRONG)
    expect_saved(page)

    # The connection drops; the learner changes their mind. The page says the answer is not saved yet.
    context.set_offline(True)
    pick(page, Q1_RIGHT)
    offline = page.locator("main form.quiz-form").get_attribute("data-msg-offline")
    expect(status(page)).to_have_text(offline)
    journey.screenshot(page, "answer not saved yet")
    assert saved_answer(attempt, 1) == 1

    # Back online, the kept answer is sent again by itself.
    context.set_offline(False)
    expect_saved(page)
    assert saved_answer(attempt, 1) == 0
    page.reload()
    expect(choice(page, Q1_RIGHT)).to_be_checked()
    expect(choice(page, Q1_WRONG)).not_to_be_checked()


def test_a_question_fits_a_phone_screen(phone_page, live_server, check_page):
    quiz = make_quiz()
    learner, _course = enrolled_learner(quiz)
    page = phone_page
    sign_in(page, learner.email, PASSWORD)
    page.goto(quiz.url)
    start_button(page, quiz).tap()
    attempt = started(page, learner, quiz)
    for number in (1, 3):
        page.goto(question_url(attempt, number))
        check_page(page, f"phone question {number}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"question {number} scrolls sideways by {overflow}px on a phone"
    page.goto(question_url(attempt, 1))
    page.locator("main label.choice", has_text=Q1_RIGHT).tap()
    expect(choice(page, Q1_RIGHT)).to_be_checked()
    expect_saved(page)
