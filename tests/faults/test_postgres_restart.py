"""PostgreSQL restarted while a learner answers a quiz: no answer is lost.

A learner takes a six-question quiz in Chromium, on the real quiz pages served by gunicorn with the production
settings. Meanwhile the private PostgreSQL cluster is restarted (`pg_ctl restart -m fast`, as `systemctl
restart postgresql` does) and, twice, stopped for a few seconds. The page keeps every answer on the device
and sends it again until the server saves it (site/static/js/quiz.js); the server saves idempotently (one
row per attempt and question) and reconnects on the first request after the restart (CONN_HEALTH_CHECKS).
Afterwards a fresh browser, with nothing kept on the device, finds every answer on the server, and
submitting grades all six.
"""

from __future__ import annotations

import re
import time
from contextlib import suppress
from pathlib import Path

from django.db import connections

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from quizzes.models import Attempt, QuizPage, Response
from tests.accounts.factories import PASSWORD, ProfileFactory, with_role
from tests.e2e.conftest import CHROMIUM_ARGS
from tests.e2e.support import sign_in
from tests.e2e.test_quizzes import choice, go_on, pick, start_button, status
from tests.quizzes.support import enrol, make_quiz, multiple_response, single_choice

from .support import CHROMIUM, FAULTS, SCREENSHOTS, failed, start_gunicorn

pytestmark = FAULTS

#: How long the page may take to get an answer through once the database is back: its retries start at
#: about two seconds and double.
SAVED_WITHIN_MS = 30_000
DOWN_SECONDS = 4

#: The answer the learner gives on each screen: the right one everywhere, so the grade shows all six count.
ANSWERS = {
    1: ["Pilihan a1"],
    2: ["Pilihan b0", "Pilihan b1"],
    3: ["Pilihan c2"],
    4: ["Pilihan d0", "Pilihan d1"],
    5: ["Pilihan e3"],
    6: ["Pilihan f1"],
}


def six_question_quiz() -> QuizPage:
    return make_quiz(
        questions=[
            single_choice("a", right=1),
            multiple_response("b", right=(0, 1)),
            single_choice("c", right=2),
            multiple_response("d", right=(0, 1)),
            single_choice("e", right=3),
            single_choice("f", right=1),
        ],
        pass_mark=100,
    )


@pytest.fixture
def app(production_env, static_root, tmp_path):
    process, url = start_gunicorn(
        {**production_env, "STATIC_ROOT": str(static_root())}, tmp_path / "gunicorn.log"
    )
    yield url
    process.stop()


@pytest.fixture
def new_page(request, _reconnect_after, app):
    """``new_page()``: a page in a browser of its own (its own cookies and storage) on the app. Every page
    is photographed into .artifacts/screenshots/faults/ if the test fails."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (make e2e-setup)")
    pages: list[Page] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )

        def new_page() -> Page:
            context = browser.new_context(base_url=app, locale="id-ID", timezone_id="Asia/Jakarta")
            context.set_default_timeout(15_000)
            pages.append(context.new_page())
            return pages[-1]

        yield new_page
        if failed(request):
            for number, page in enumerate(pages, start=1):
                with suppress(Exception):  # a failed screenshot must not hide the failure
                    page.screenshot(path=SCREENSHOTS / request.node.name / f"page-{number}.png")
        browser.close()
        connections.close_all()  # the ones this test used while Playwright ran (see conftest.py)


def answer(page: Page, number: int) -> None:
    for text in ANSWERS[number]:
        pick(page, text)


def expect_saved(page: Page) -> None:
    saved = page.locator("main form.quiz-form").get_attribute("data-msg-saved")
    expect(status(page)).to_have_text(
        re.compile(rf"^{re.escape(saved.split('%s')[0])}\d\d:\d\d:\d\d"), timeout=SAVED_WITHIN_MS
    )


def expect_not_saved_yet(page: Page) -> None:
    offline = page.locator("main form.quiz-form").get_attribute("data-msg-offline")
    expect(status(page)).to_have_text(offline)


def expect_question(page: Page, app: str, attempt: Attempt, number: int) -> None:
    expect(page).to_have_url(f"{app}/learn/quiz/attempts/{attempt.pk}/{number}/")


def saved_choices(attempt: Attempt) -> dict[int, object]:
    answers = dict(Response.objects.filter(attempt=attempt).values_list("question_id", "answer"))
    return {
        number: answers.get(question_id)
        for number, question_id in enumerate(attempt.question_ids, start=1)
    }


def test_no_answer_is_lost_when_postgresql_restarts_during_quiz_autosaves(
    new_page, app, private_postgres
):
    quiz = six_question_quiz()
    learner = with_role(ProfileFactory().user, "Learner")
    enrol(learner, quiz)
    page = new_page()
    sign_in(page, learner.email, PASSWORD)
    page.goto(quiz.url)
    start_button(page, quiz).click()
    expect(page).to_have_url(re.compile(r"/learn/quiz/attempts/[0-9a-f-]{36}/1/$"))
    attempt = Attempt.objects.get(user=learner, quiz=quiz)

    # 1: an ordinary answer.
    answer(page, 1)
    expect_saved(page)
    go_on(page)

    # 2: PostgreSQL restarts while the answer is on its way.
    expect_question(page, app, attempt, 2)
    answer(page, 2)
    private_postgres.restart()
    expect_saved(page)
    # Every gunicorn thread's database connection was cut: each one's next request reconnects and is served.
    for _ in range(8):
        assert page.request.get(f"/learn/quiz/attempts/{attempt.pk}/2/").status == 200
    go_on(page)

    # 3: the database is down when the learner answers. The page says the answer is not saved yet, keeps
    # it, and gets it through by itself once the database is back.
    expect_question(page, app, attempt, 3)
    private_postgres.stop()
    answer(page, 3)
    expect_not_saved_yet(page)
    time.sleep(DOWN_SECONDS)
    private_postgres.start()
    expect_saved(page)
    go_on(page)

    # 4: a restart between the two choices of one answer.
    expect_question(page, app, attempt, 4)
    pick(page, ANSWERS[4][0])
    private_postgres.restart()
    pick(page, ANSWERS[4][1])
    expect_saved(page)
    go_on(page)

    # 5: down again; the learner does not wait and presses "Save and continue", which fails. Opening the
    # question again once the database is back, the page puts the kept answer back and sends it.
    expect_question(page, app, attempt, 5)
    private_postgres.stop()
    answer(page, 5)
    expect_not_saved_yet(page)
    go_on(page)
    page.wait_for_load_state("load")
    time.sleep(DOWN_SECONDS)
    private_postgres.start()
    page.goto(f"/learn/quiz/attempts/{attempt.pk}/5/")
    for text in ANSWERS[5]:
        expect(choice(page, text)).to_be_checked()
    expect_saved(page)
    go_on(page)

    # 6: all is well again.
    expect_question(page, app, attempt, 6)
    answer(page, 6)
    expect_saved(page)

    # The server has every answer: the database, and a browser with nothing kept on the device.
    connections.close_all()  # this process's own connection did not survive the restarts either
    assert saved_choices(attempt) == {1: 1, 2: [0, 1], 3: 2, 4: [0, 1], 5: 3, 6: 1}
    elsewhere = new_page()
    sign_in(elsewhere, learner.email, PASSWORD)
    for number, texts in ANSWERS.items():
        elsewhere.goto(f"/learn/quiz/attempts/{attempt.pk}/{number}/")
        for text in texts:
            expect(choice(elsewhere, text)).to_be_checked()

    # Submitting grades all six.
    page.goto(f"/learn/quiz/attempts/{attempt.pk}/review/")
    expect(page.locator("main .review-list li")).to_have_count(6)
    expect(page.locator("main .review-list strong")).to_have_count(0)  # none unanswered
    page.locator(f"main form[action='/learn/quiz/attempts/{attempt.pk}/submit/'] button").click()
    expect(page).to_have_url(f"{app}/learn/quiz/attempts/{attempt.pk}/")
    expect(page.locator("main .result-panel #score-heading")).to_contain_text("100%")
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.percent == 100 and attempt.passed is True
