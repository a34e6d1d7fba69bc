"""The load test's people: members learning and coordinators on the dashboard, as locust users.

bench/loadtest.py builds the server and the roster (bench/load/population.py) and drives two phases through
bench/load/drive.py: the mixed scenario (Member, Coordinator) and the synchronised start (SyncStart). The
file also works with locust's own command line against a server set up the same way:

    LOADTEST_ROSTER=roster.json locust -f bench/load/locustfile.py --headless -u 30 -r 5 -t 60s \
        --host http://127.0.0.1:8000 Member Coordinator

Every request is checked: its status and a marker in its body that only the expected page carries (the
form or element a person would use next), so an error page, a sign-in page or a refusal counts as a
failure. Forms are posted as a browser posts them: the CSRF token from the page, the same field names, and
for autosave exactly what site/static/js/quiz.js sends. Think times are seconds a person spends reading
or answering, multiplied by LOADTEST_THINK_SCALE (1 by default; smoke tests shorten them).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import sys
import time
from http.cookiejar import Cookie
from pathlib import Path
from urllib.parse import urlencode, urlparse

import gevent
from geventhttpclient.response import HTTPConnectionClosed
from geventhttpclient.useragent import EmptyResponse
from locust import task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import (  # noqa: E402
    AUTOSAVE,
    BUTTON_LINK,
    MARK_CATALOGUE,
    MARK_CERTIFICATES,
    MARK_COURSE,
    MARK_COVERAGE,
    MARK_DASHBOARD,
    MARK_LEARNING,
    MARK_LESSON,
    MARK_LOGIN,
    MARK_MFA,
    MARK_QUESTION,
    MARK_QUIZ_PAGE,
    MARK_RESULT,
    MARK_REVIEW,
    NEXT_LESSON,
    PDF_LINK,
    QUESTION_PATH,
    REGION_LINK,
    RESEND,
    RESULT_PATH,
    REVIEW_PATH,
    STATIC,
    PageError,
    answer_fields,
    csrf_token,
    ended_case_link,
    path_of,
    totp_code,
)

THINK_SCALE = float(os.environ.get("LOADTEST_THINK_SCALE", "1"))
#: Seconds a person spends before the next click (uniform between the two), on a training day in a
#: classroom or at the office: docs/benchmarks.md explains the choice.
THINK = {
    "between visits": (3, 10),
    "catalogue": (4, 10),
    "course page": (3, 8),
    "lesson": (20, 60),
    "quiz page": (4, 10),
    "question": (8, 20),
    "after autosave": (2, 5),
    "case ending": (4, 8),
    "review": (4, 10),
    "result": (8, 15),
    "certificates": (3, 8),
    "authenticator": (5, 10),
    "dashboard": (8, 20),
    "sync done": (3600, 3600),  # the synchronised start's members stay on their first question
}
#: deploy/gunicorn.conf.py's keepalive: seconds gunicorn keeps an idle connection open.
SERVER_KEEPALIVE_S = float(os.environ.get("GUNICORN_KEEPALIVE") or 5)
#: A member answers this share of questions right (when the answer key knows the text), the rest at random:
#: most pass the 70% mark, some do not.
ACCURACY = 0.85
MAX_SCREENS = 120  # a quiz that never reaches its review page is a failure, not an endless loop
SYNC_WINDOW_S = float(os.environ.get("LOADTEST_SYNC_WINDOW", "10"))
#: The members have the quiz page open during this long before the signal.
SYNC_LEAD_S = 20.0
#: When the trainer gives the signal (time.monotonic()): bench/load/drive.py sets it as the phase begins.
SYNC_SIGNAL = {"at": 0.0}
#: The members who have opened the quiz in the synchronised start (bench/load/drive.py waits for all).
SYNC_FINISHED: list[int] = []
#: Stylesheets and scripts the members' browsers have fetched (and keep) during the mixed scenario.
ASSETS_SEEN: set[str] = set()

#: What a browser resends on a fresh connection: the server closed the kept-alive one, nothing answered.
CLOSED_BY_SERVER = (HTTPConnectionClosed, ConnectionResetError, BrokenPipeError, EmptyResponse)
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}
HTML_HEADERS = {"Accept": "text/html,application/xhtml+xml", "Accept-Language": "id"}


# The roster ----------------------------------------------------------------------------------------


class Roster:
    """Who the simulated people are (bench/load/population.py wrote it), handed out one per user."""

    def __init__(self, path: str) -> None:
        with open(path) as handle:
            data = json.load(handle)
        self.password = data["password"]
        self.members = data["members"]
        self.coordinators = data["coordinators"]
        self.courses = {course["id"]: course for course in data["courses"]}
        self.sync_quiz = data["sync_quiz"]
        self.key = data["answer_key"]
        self.filters = data["filters"]
        self.session_cookie = data["session_cookie"]
        self.catalogue = data["catalogue"]
        self.reset()

    def reset(self) -> None:
        """Hand the people out from the first again (the synchronised start reuses the members)."""
        self._members = itertools.count()
        self._coordinators = itertools.count()

    def next_member(self) -> dict:
        return self.members[next(self._members) % len(self.members)]

    def next_coordinator(self) -> dict:
        return self.coordinators[next(self._coordinators) % len(self.coordinators)]

    def quizzes(self, course_ids) -> list[dict]:
        """The quizzes a member may take in the mixed scenario: never the synchronised start's."""
        return [
            quiz
            for course_id in course_ids
            for quiz in self.courses[course_id]["quizzes"]
            if quiz["id"] != self.sync_quiz["id"]
        ]


ROSTER = Roster(os.environ["LOADTEST_ROSTER"]) if os.environ.get("LOADTEST_ROSTER") else None


def roster() -> Roster:
    if ROSTER is None:
        raise RuntimeError("set LOADTEST_ROSTER to the roster written by bench/load/population.py")
    return ROSTER


# A person with a browser ----------------------------------------------------------------------------


class Person(FastHttpUser):
    abstract = True
    # Connections are kept open between requests, as a browser keeps them.
    connection_timeout = 30.0
    network_timeout = 60.0

    #: The pause between two visits (a THINK entry).
    pause = "between visits"

    def pause_for(self, seconds: float) -> float:
        """A browser drops a connection the server closed while the person paused (gunicorn closes one
        idle for SERVER_KEEPALIVE_S); locust's client would reuse it and race the server's close."""
        if seconds >= SERVER_KEEPALIVE_S - 1:
            self.client.client.close()
        return seconds

    def wait_time(self) -> float:
        return self.pause_for(random.uniform(*THINK[self.pause]) * THINK_SCALE)

    def think(self, moment: str) -> None:
        self.idle(random.uniform(*THINK[moment]) * THINK_SCALE)

    def idle(self, seconds: float) -> None:
        gevent.sleep(seconds)
        self.pause_for(seconds)

    # Requests, each one checked

    def fetch(
        self,
        method: str,
        path: str,
        *,
        name: str,
        status: int = 200,
        marker: str | None = None,
        data: list[tuple[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        location: re.Pattern | None = None,
        content_type: str | None = None,
    ):
        """One request, not following redirects (each is a request of its own, as in the browser's
        network panel); a failure unless the status is ``status``, the body holds ``marker``, the type
        is ``content_type`` and a redirect goes where ``location`` says. Returns the response."""
        body = urlencode(data) if data is not None else None
        all_headers = {
            **HTML_HEADERS,
            **(FORM_HEADERS if body is not None else {}),
            **(headers or {}),
        }
        for attempt in ("first", "resend"):
            with self.client.request(
                method,
                path,
                name=name,
                data=body,
                headers=all_headers,
                allow_redirects=False,
                catch_response=True,
            ) as response:
                error = getattr(response, "error", None)
                if attempt == "first" and isinstance(error, CLOSED_BY_SERVER):
                    # A kept-alive connection the server closed as the request left (a worker
                    # recycled after max_requests): a browser sends the request again on a new
                    # connection, so does this person; the lost try is counted apart, not timed.
                    response.request_meta["name"] = RESEND
                    response.success()
                    self.client.client.close()
                    continue
                return self.check(
                    response, name, status, marker, content_type=content_type, location=location
                )
        raise AssertionError("unreachable")

    def check(self, response, name, status, marker, *, content_type, location):
        """Mark ``response`` a failure unless it is what the person expected; returns it."""
        problem = None
        if response.status_code == 0:
            problem = f"no answer: {getattr(response, 'error', None)!r}"
        elif response.status_code != status:
            problem = f"status {response.status_code}, expected {status}"
        elif marker is not None and marker.encode() not in (response.content or b""):
            problem = f"no {marker!r} in the body"
        elif content_type and not response.headers.get("Content-Type", "").startswith(content_type):
            problem = f"type {response.headers.get('Content-Type')!r}, expected {content_type}"
        elif location is not None:
            target = path_of(response.headers.get("Location", ""))
            if not location.match(target):
                problem = f"redirected to {target!r}"
        if problem:
            response.failure(problem)
            raise PageError(f"{name}: {problem}")
        response.success()
        return response

    def page(self, path: str, *, name: str, marker: str) -> str:
        response = self.fetch("GET", path, name=name, marker=marker)
        text = response.text
        self.load_assets(text)
        return text

    def post_form(self, path: str, page: str, fields=(), *, name: str, location=None, referer=""):
        """Post a form of ``page`` (its CSRF token), expecting a redirect; returns where it leads."""
        response = self.fetch(
            "POST",
            path,
            name=name,
            status=302,
            data=[("csrfmiddlewaretoken", csrf_token(page)), *fields],
            headers={"Referer": referer} if referer else None,
            location=location,
        )
        return path_of(response.headers["Location"])

    def load_assets(self, page: str) -> None:
        """Stylesheets and scripts once per person: the browser keeps them (far-future caching)."""
        for url in STATIC.findall(page):
            if url not in self.assets:
                self.assets.add(url)
                ASSETS_SEEN.add(url)
                self.fetch("GET", url, name="static file")

    def on_start(self) -> None:
        self.assets: set[str] = set()

    def use_session(self, value: str) -> None:
        host = urlparse(self.host).hostname
        self.client.cookiejar.set_cookie(
            Cookie(
                version=0,
                name=roster().session_cookie,
                value=value,
                port=None,
                port_specified=False,
                domain=host,
                domain_specified=False,
                domain_initial_dot=False,
                path="/",
                path_specified=True,
                secure=False,
                expires=None,
                discard=True,
                comment=None,
                comment_url=None,
                rest={},
            )
        )

    def session_value(self) -> str | None:
        for cookie in self.client.cookiejar:
            if cookie.name == roster().session_cookie:
                return cookie.value
        return None

    def sign_in(self, who: dict, *, totp: bool = False) -> None:
        """Through allauth's form, as a person does (and its second step with the authenticator)."""
        login_page = self.page("/accounts/login/", name="sign-in page", marker=MARK_LOGIN)
        target = self.post_form(
            "/accounts/login/",
            login_page,
            [("login", who["email"]), ("password", roster().password)],
            name="sign in",
        )
        if totp:
            if target != "/accounts/2fa/authenticate/":
                raise PageError(f"sign in: went to {target}, not the authenticator step")
            mfa_page = self.page(target, name="authenticator page", marker=MARK_MFA)
            self.think("authenticator")  # the code off the phone
            target = self.post_form(
                target,
                mfa_page,
                [("code", totp_code(who["totp_secret"]))],
                name="authenticator code",
            )
        who["session"] = self.session_value()
        self.page(target, name="after sign-in", marker=MARK_DASHBOARD)

    def arrive(self, who: dict, *, totp: bool = False) -> None:
        """Signed in earlier today (the session cookie), or signing in now."""
        if who.get("session"):
            self.use_session(who["session"])
            self.page("/me/", name="my dashboard", marker=MARK_DASHBOARD)
        else:
            self.sign_in(who, totp=totp)


# Members ---------------------------------------------------------------------------------------------


class Member(Person):
    """A task-force member on a training day: browsing, reading, taking a quiz, fetching certificates."""

    def on_start(self) -> None:
        super().on_start()
        self.me = roster().next_member()
        gevent.sleep(random.uniform(0, 3) * THINK_SCALE)  # not all at the same instant
        try:
            self.arrive(self.me)
        except PageError:
            raise StopUser() from None
        self.think(self.pause)  # a look at the dashboard before the first click

    # What a member does, in the proportions of a training day

    @task(2)
    def browse(self) -> None:
        self.page(roster().catalogue, name="catalogue", marker=MARK_CATALOGUE)
        self.think("catalogue")
        course = random.choice(list(roster().courses.values()))
        page = self.page(course["url"], name="course page", marker=MARK_COURSE)
        if course["id"] not in self.me["courses"] and random.random() < 0.5:
            self.think("course page")
            self.post_form(
                f"/learn/courses/{course['id']}/enrol/",
                page,
                name="enrol",
                location=re.compile(re.escape(course["url"])),
                referer=course["url"],
            )
            self.me["courses"].append(course["id"])
            self.page(course["url"], name="course page", marker=MARK_COURSE)

    @task(4)
    def read(self) -> None:
        """Open a course, follow "Resume" (or "Start the first lesson"), read on for a few lessons."""
        course = roster().courses[random.choice(self.me["courses"])]
        page = self.page(course["url"], name="course page", marker=MARK_COURSE)
        self.think("course page")
        link = BUTTON_LINK.search(page)
        lesson_url = link.group(1) if link else random.choice(course["lessons"])["url"]
        lesson_ids = {lesson["url"]: lesson["id"] for lesson in course["lessons"]}
        for _ in range(random.randint(1, 3)):
            if lesson_url not in lesson_ids:
                break  # the course's last lesson leads back to the course page
            lesson = self.page(lesson_url, name="lesson", marker=MARK_LESSON)
            self.think("lesson")
            complete = f"/learn/lessons/{lesson_ids[lesson_url]}/complete/"
            if complete in lesson:
                lesson_url = self.post_form(
                    complete, lesson, name="mark lesson complete", referer=lesson_url
                )
            else:
                next_link = NEXT_LESSON.search(lesson)
                if next_link is None:
                    break
                lesson_url = next_link.group(1)

    @task(3)
    def take_quiz(self) -> None:
        """The quiz they left half-way yesterday, else one of their courses' (never the SOP final quiz,
        which the synchronised start opens)."""
        quizzes = roster().quizzes(self.me["courses"])
        due = [quiz for quiz in quizzes if quiz["id"] == self.me.get("quiz_due")]
        if not quizzes:
            self.browse()  # no course with a quiz yet: find one
            return
        quiz = due[0] if due else random.choice(quizzes)
        page = self.page(quiz["url"], name="quiz page", marker=MARK_QUIZ_PAGE)
        start = f"/learn/quiz/{quiz['id']}/start/"
        if start not in page:
            return  # no attempt left: the page says so
        self.think("quiz page")
        target = self.post_form(start, page, name="start quiz", referer=quiz["url"])
        self.answer_until_review(target)
        if due:
            self.me["quiz_due"] = None
        self.think("result")

    @task(1)
    def certificates(self) -> None:
        page = self.page("/me/certificates/", name="my certificates", marker=MARK_CERTIFICATES)
        links = PDF_LINK.findall(page)
        if links:
            self.think("certificates")
            self.fetch(
                "GET",
                random.choice(links),
                name="certificate PDF",
                marker="%PDF-",
                content_type="application/pdf",
            )

    @task(1)
    def my_learning(self) -> None:
        self.page("/learn/", name="my learning", marker=MARK_LEARNING)

    # A quiz, screen by screen

    def answer_until_review(self, target: str) -> str | None:
        """From a question screen to the submitted result: answer each screen (autosaving first, as the
        page does), then review and submit. Returns the result's path."""
        for _ in range(MAX_SCREENS):
            if REVIEW_PATH.match(target):
                review = self.page(target, name="quiz review", marker=MARK_REVIEW)
                self.think("review")
                result = self.post_form(
                    target.replace("/review/", "/submit/"),
                    review,
                    name="submit quiz",
                    location=RESULT_PATH,
                    referer=target,
                )
                self.page(result, name="quiz result", marker=MARK_RESULT)
                return result
            if not QUESTION_PATH.match(target):
                raise PageError(f"quiz: went to {target}")
            target = self.answer_screen(target)
        raise PageError(f"quiz: no review page after {MAX_SCREENS} screens")

    def answer_screen(self, path: str) -> str:
        screen = self.page(path, name="quiz question", marker=MARK_QUESTION)
        onward = ended_case_link(screen)
        if onward is not None:
            self.think("case ending")  # where the decisions led, then "Next question"
            return onward
        fields = answer_fields(screen, roster().key, knows=random.random() < ACCURACY)
        self.think("question")
        autosave = AUTOSAVE.search(screen)
        if autosave and autosave.group(1):
            self.autosave(autosave.group(1), screen, fields, referer=path)
            self.think("after autosave")
        return self.post_form(
            path, screen, [*fields, ("action", "next")], name="quiz answer", referer=path
        )

    def autosave(self, url: str, screen: str, fields, *, referer: str) -> None:
        """What site/static/js/quiz.js sends on a change: the form's fields without the token and the
        button, the token in X-CSRFToken, JSON asked for."""
        self.fetch(
            "POST",
            url,
            name="quiz autosave",
            marker='"saved": true',
            data=list(fields),
            headers={
                "X-CSRFToken": csrf_token(screen),
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                "Referer": referer,
            },
        )


# Coordinators ----------------------------------------------------------------------------------------


class Coordinator(Person):
    """The ministry (the whole country) or a provincial coordinator (their province) on the dashboard."""

    fixed_count = 5
    pause = "dashboard"

    def on_start(self) -> None:
        super().on_start()
        self.me = roster().next_coordinator()
        gevent.sleep(random.uniform(0, 10) * THINK_SCALE)
        try:
            self.arrive(self.me, totp=True)
        except PageError:
            raise StopUser() from None
        self.home = "/coverage/" if self.me["national"] else f"/coverage/{self.me['province']}/"
        self.regions: list[str] = []

    def dashboard(self, path: str, *, name: str) -> str:
        page = self.page(path, name=name, marker=MARK_COVERAGE)
        found = REGION_LINK.findall(page)
        if found:
            self.regions = sorted(set(found))
        return page

    def level_name(self, path: str) -> str:
        code = path.split("?")[0].strip("/").removeprefix("coverage").strip("/")
        level = "regency" if "." in code else "province" if code else "national"
        return f"coverage: {level}"

    @task(4)
    def overview(self) -> None:
        self.dashboard(self.home, name=self.level_name(self.home))

    @task(3)
    def filtered(self) -> None:
        filters = roster().filters
        query = {"course": random.choice(filters["course"])}
        if random.random() < 0.5:
            query["agency_type"] = random.choice(filters["agency_type"])
        if random.random() < 0.3:
            query["level"] = random.choice(filters["level"])
        if random.random() < 0.3:
            query.update(start="2026-01-01", end="2026-12-31")
        self.dashboard(
            f"{self.home}?{urlencode(query)}", name=f"{self.level_name(self.home)}, filtered"
        )

    @task(3)
    def drill_down(self) -> None:
        if not self.regions:
            self.overview()
        if not self.regions:
            return
        code = random.choice(self.regions)
        path = f"/coverage/{code}/"
        self.dashboard(path, name=self.level_name(path))

    @task(1)
    def export(self) -> None:
        self.fetch(
            "GET",
            f"{self.home}export.csv",
            name="coverage CSV export",
            marker=",",
            content_type="text/csv",
        )


# The synchronised start --------------------------------------------------------------------------------


class SyncStart(Person):
    """The trainer's signal: every member has the quiz page open (opened at some moment of the
    SYNC_LEAD_S before it) and presses "Start" at a random moment within SYNC_WINDOW_S after it; the
    first question follows. They have been on Sigap all morning: stylesheets and scripts are in their
    browser's cache already."""

    pause = "sync done"

    def on_start(self) -> None:
        super().on_start()
        self.assets.update(ASSETS_SEEN)
        self.me = roster().next_member()
        if self.me.get("session"):
            self.use_session(self.me["session"])
        else:
            self.sign_in(self.me)

    @task
    def open_the_quiz(self) -> None:
        quiz = roster().sync_quiz
        try:
            before_signal = SYNC_SIGNAL["at"] - time.monotonic()
            gevent.sleep(max(0.0, before_signal - SYNC_LEAD_S) + random.uniform(0, SYNC_LEAD_S - 1))
            page = self.page(quiz["url"], name="sync: quiz page", marker=MARK_QUIZ_PAGE)
            self.idle(
                max(0.0, SYNC_SIGNAL["at"] - time.monotonic()) + random.uniform(0, SYNC_WINDOW_S)
            )
            target = self.post_form(
                f"/learn/quiz/{quiz['id']}/start/",
                page,
                name="sync: start",
                location=QUESTION_PATH,
                referer=quiz["url"],
            )
            self.page(target, name="sync: first question", marker=MARK_QUESTION)
        finally:
            SYNC_FINISHED.append(self.me["id"])
