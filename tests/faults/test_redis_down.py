"""Redis down: pages still serve, members still sign in, and queued work is not lost.

gunicorn serves the production settings with the private redis-server as cache and session cache. Redis is
stopped: every page a member uses answers 200 from the database (sigap/cache.py reads an unreachable Redis as
an empty cache), a member signed in before stays signed in and another signs in (sessions are cached_db: the
database holds every one), and a learner who completes a course meanwhile has the certificate task queued in
PostgreSQL. Redis comes back empty, the cache fills again, and a worker issues the certificate. A Redis that
hangs instead of refusing (SIGSTOP) costs a request about one socket time-out, not one per cache call.
"""

from __future__ import annotations

import re
import signal
import time

import pytest
import redis
import requests
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate
from certificates.tasks import issue_certificate
from courses.models import CourseIndexPage
from tests.accounts.factories import PASSWORD, ProfileFactory, with_role
from tests.certificates.factories import make_certificate
from tests.courses.factories import lessons_of, make_course
from tests.quizzes.support import enrol, make_quiz

from .support import FAULTS, start_gunicorn, start_worker, wait_until

pytestmark = FAULTS

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def app(production_env, static_root, tmp_path):
    process, url = start_gunicorn(
        {**production_env, "STATIC_ROOT": str(static_root())}, tmp_path / "gunicorn.log"
    )
    yield url, process
    process.stop()


class Member:
    """A browser's worth of cookies, signed in through the real sign-in form."""

    def __init__(self, base: str):
        self.base = base
        self.http = requests.Session()

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, timeout=30)

    def post(self, path: str, data: dict, *, form_page: str) -> requests.Response:
        page = self.get(form_page)
        assert page.status_code == 200, (form_page, page.status_code)
        token = CSRF_FIELD.search(page.text)[1]
        return self.http.post(
            self.base + path, data={"csrfmiddlewaretoken": token, **data}, timeout=30
        )

    def sign_in(self, email: str) -> None:
        response = self.post(
            "/accounts/login/", {"login": email, "password": PASSWORD}, form_page="/accounts/login/"
        )
        assert response.status_code == 200 and response.url == f"{self.base}/me/", response.url

    def signed_in(self) -> bool:
        response = self.get("/me/")
        return response.status_code == 200 and response.url == f"{self.base}/me/"


def test_pages_serve_members_sign_in_and_work_is_queued_while_redis_is_down(
    app, private_redis, production_env, tmp_path
):
    base, gunicorn = app
    quiz = make_quiz()
    quiz_course = quiz.get_parent().get_parent().specific
    short_course = make_course(lessons_per_module=1)
    (lesson,) = lessons_of(short_course)
    learner = with_role(ProfileFactory().user, "Learner")
    enrol(learner, quiz)
    enrolment = enrol(learner, short_course)
    other = with_role(ProfileFactory().user, "Learner")
    certificate = make_certificate()
    catalogue = CourseIndexPage.objects.get().url

    # Before the outage: one member signs in, and the cache is in use.
    before = Member(base)
    before.sign_in(learner.email)
    assert before.get(quiz_course.url).status_code == 200
    cache = redis.Redis.from_url(private_redis.url)
    assert cache.keys("sigap:*"), "the app never wrote to Redis"

    private_redis.stop()

    # Every page, signed in or not.
    anonymous = Member(base)
    for path in ["/", catalogue, quiz_course.url, f"/verify/{certificate.code}/"]:
        assert anonymous.get(path).status_code == 200, path
    assert before.signed_in(), "the member signed in before the outage was signed out"
    for path in ["/me/", "/learn/", quiz_course.url, lessons_of(quiz_course)[0].url, quiz.url]:
        response = before.get(path)
        assert (response.status_code, response.url) == (200, base + path), path

    # Signing in, and starting the quiz.
    during = Member(base)
    during.sign_in(other.email)
    enrol(other, quiz)
    started = during.post(f"/learn/quiz/{quiz.pk}/start/", {}, form_page=quiz.url)
    assert started.status_code == 200
    assert re.search(r"/learn/quiz/attempts/[0-9a-f-]{36}/1/$", started.url), started.url

    # Completing a course: the certificate task waits in PostgreSQL's queue.
    completed = before.post(f"/learn/lessons/{lesson.pk}/complete/", {}, form_page=lesson.url)
    assert (completed.status_code, completed.url) == (200, base + short_course.url)
    queued = DBTaskResult.objects.get(
        task_path=issue_certificate.module_path, args_kwargs__args=[enrolment.pk]
    )
    assert queued.status == TaskResultStatus.READY
    assert not Certificate.objects.filter(user=learner).exists()

    # Redis is back (empty): both members are still signed in and the cache fills again.
    private_redis.start()
    cache = redis.Redis.from_url(private_redis.url)
    assert before.signed_in() and during.signed_in()
    wait_until(
        lambda: before.get("/learn/").status_code == 200 and cache.keys("sigap:*"),
        timeout=30,
        what="the app to use Redis again",
        every=1,
    )

    # A Redis that hangs instead of refusing connections: a request waits for one socket time-out, and
    # the next ones do not wait at all while the cache is left alone for a few seconds.
    private_redis.process.send_signal(signal.SIGSTOP)
    try:
        took = []
        for _ in range(4):
            started_at = time.monotonic()
            assert before.get("/learn/").status_code == 200
            took.append(time.monotonic() - started_at)
    finally:
        private_redis.process.send_signal(signal.SIGCONT)
    assert max(took) < 3 and sum(took) < 4, took

    # A worker issues the certificate queued during the outage.
    worker = start_worker(production_env, tmp_path / "worker.log", worker_id="after-outage")
    try:
        wait_until(
            lambda: Certificate.objects.filter(user=learner).exists() or not worker.running(),
            timeout=90,
            what="the worker to issue the certificate",
        )
        assert worker.running(), worker.output()
    finally:
        worker.stop()
    assert Certificate.objects.get(user=learner).course_id == short_course.pk

    # The outage was logged, briefly and without personal data.
    log = gunicorn.output()
    warnings = log.count("Redis cache unreachable")
    assert 1 <= warnings <= 8, log
    assert "Redis cache reachable again" in log
    for personal in (learner.email, other.email, learner.profile.full_name):
        assert personal not in log
