"""Sigap's performance figures: `make bench` prints one `name value unit` line per figure on stdout.

Progress and notes go to stderr, so stdout can be compared or collected as it is; a figure over its target
is noted there too, with the slowest queries of the page when a page misses a target.

The in-process figures are measured with Django's test Client, settings `sigap.settings.test`, on one
throwaway SQLite database built by running the migrations. Page times are the median server time of
TIMED_REQUESTS (200) GETs after WARMUP_REQUESTS (20) warm-up GETs, in milliseconds; query counts are for
one warm GET; page weights are the HTML plus every stylesheet (<link rel="stylesheet" href>) and script
(<script src>) it links, each gzip-compressed at level 6, summed, in KB of 1024 bytes.

home_page_ms            An anonymous GET / (the Wagtail HomePage), on the freshly migrated database.
                        Target: <= 30 ms.
home_page_queries       Target: <= 8.
home_page_kb_gzip       Target: <= 50 KB.
lesson_page_ms          GET of a lesson of the demo SOP course (sop-pelayanan-terpadu-permen-8-2021,
                        LESSON_SLUG) by a learner enrolled in it, after seeding the demo courses
                        (courses.demo.seed.seed_courses). The learner signs up as a member does: verified
                        e-mail address, Learner role, complete profile (Kota Bandung, DP3A).
                        Target: <= 40 ms.
lesson_page_queries     Target: <= 12.
lesson_page_kb_gzip     Target: <= 60 KB.
catalogue_ms            GET of the course catalogue, unfiltered, by that learner, with CATALOGUE_COURSES (50)
                        live courses: the 3 demo courses and small ones (1 module, 1 lesson) to make up the
                        number. Target: <= 40 ms.
catalogue_queries       One warm GET of the catalogue.
my_learning_ms          GET /learn/ by that learner once enrolled in MY_LEARNING_ENROLMENTS (100) courses
                        (more small courses are published for it, so the catalogue then holds 100), a quarter
                        of the small ones completed. Target: <= 40 ms.
my_learning_queries     One warm GET /learn/.
course_handbook_pdf_ms  courses.handbook.handbook_pdf() of the SOP course: median of HANDBOOK_RENDERS (3)
                        renders after one warm-up render, in milliseconds. Target: <= 3000 ms.
quiz_grade_ms           quizzes.services.attempt_submit() of an attempt at a QUIZ_QUESTIONS (30) question quiz
                        in the SOP course (the demo quizzes' questions taken in turn by type, six of them
                        branching cases; tests/quizzes/bench_support.py), every question answered right, so
                        it passes and the course's completion is checked too: grading with its database
                        writes. Median of GRADE_ATTEMPTS (30) attempts after GRADE_WARMUP (3), each started
                        and answered beforehand (not timed). Target: <= 20 ms.
quiz_grade_queries      The queries of one of those submissions.
quiz_grade_pure_ms      quizzes.grading.grade_attempt() of those 30 questions and answers alone (no database):
                        median of PURE_GRADINGS (200) runs.
quiz_page_ms            GET of the question screen (/learn/quiz/attempts/<id>/<n>/) of that quiz, mid-attempt:
                        a branching case (question QUIZ_SCREEN, 19), with the questions before it answered, by
                        the learner. Target: <= 40 ms.
quiz_page_queries       Target: <= 12.
certificate_pdf_ms      certificates.pdf.render_pdf() of one certificate whose template has a logo and a
                        signature image (renditions made beforehand), with its QR code and the bundled DejaVu
                        fonts: median of CERTIFICATE_RENDERS (20) renders after one warm-up. Target: <= 60 ms.
certificate_pdf_kb      The size of that PDF, in KB. Target: <= 150 KB.
verify_page_ms          An anonymous GET of that certificate's public verification page (/verify/<code>/), the
                        rate limit raised for the run (its cache calls are still timed). Target: <= 15 ms.
verify_page_queries     Target: <= 3.
certificate_bulk_1000_s certificates.services.certificate_issue() for CERTIFICATE_BULK (1000) completed
                        enrolments (members, profiles and enrolments made with bulk_create), one after another
                        in a fresh Python process on the same database, as a worker would. Target: <= 90 s.
certificate_bulk_peak_rss_mb  That process's peak resident memory (ru_maxrss), Django loaded, in MB.
                        Target: <= 400 MB.
coverage_*              The coverage dashboard on PostgreSQL with 100,000 synthetic members: see
                        bench/dashboard.py, which this runs in a separate process.
fresh_setup_s           Seconds from the start of `git clone` of the committed HEAD into a temporary
                        directory to the first 200 from http://127.0.0.1:<port>/ served by `make run`
                        there (which creates a virtualenv, pip-installs, migrates and seeds the demo).
                        Target: <= 180 s. Skipped when BENCH_SKIP_SETUP=1.

Course outlines are cached in Django's cache, as in production; the figures are warm ones, as a running
server's would be. The in-process figures use the per-process memory cache (REDIS_URL is cleared) so they
do not depend on what the machine running them has configured.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The project is not installed as a package (pyproject.toml, [tool.uv]): its apps import from the repository
# root, for this script and for bench/dashboard.py and bench/loadtest.py, which import it.
sys.path.insert(0, str(REPO))

WARMUP_REQUESTS = 20
TIMED_REQUESTS = 200
GZIP_LEVEL = 6
SETUP_TIMEOUT_S = 600
POLL_INTERVAL_S = 0.5

SOP_COURSE_SLUG = "sop-pelayanan-terpadu-permen-8-2021"
# The SOP course's longest lesson (20 blocks, a reflection among them), with a lesson before and after it.
LESSON_SLUG = "pelayanan-terpadu-ppt-uptd-ppa-dan-hak-korban"
CATALOGUE_COURSES = 50
MY_LEARNING_ENROLMENTS = 100
COMPLETED_EVERY = 4  # every 4th small course is completed, so /learn/ lists completed courses too
HANDBOOK_RENDERS = 3
QUIZ_QUESTIONS = 30
QUIZ_SCREEN = 19  # the first branching case past the middle of tests.quizzes.bench_support's mix
GRADE_WARMUP = 3
GRADE_ATTEMPTS = 30
PURE_GRADINGS = 200
SLOWEST_QUERIES = 5
CERTIFICATE_RENDERS = 20
CERTIFICATE_BULK = 1000

TARGETS = {
    "home_page_ms": 30,
    "home_page_queries": 8,
    "home_page_kb_gzip": 50,
    "lesson_page_ms": 40,
    "lesson_page_queries": 12,
    "lesson_page_kb_gzip": 60,
    "catalogue_ms": 40,
    "my_learning_ms": 40,
    "course_handbook_pdf_ms": 3000,
    "quiz_grade_ms": 20,
    "quiz_page_ms": 40,
    "quiz_page_queries": 12,
    "certificate_pdf_ms": 60,
    "certificate_pdf_kb": 150,
    "verify_page_ms": 15,
    "verify_page_queries": 3,
    "certificate_bulk_1000_s": 90,
    "certificate_bulk_peak_rss_mb": 400,
    "fresh_setup_s": 180,
    # bench/dashboard.py
    "coverage_national_ms": 300,
    "coverage_national_queries": 15,
    "coverage_province_ms": 200,
    "coverage_province_queries": 15,
    "coverage_export_100k_s": 10,
    "coverage_export_peak_rss_growth_mb": 100,
}

# Taken before Django touches os.environ, for the `make run` subprocess.
ORIGINAL_ENV = dict(os.environ)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def figure(name: str, value: str, unit: str) -> bool:
    """Print the figure; note on stderr when it is over its target. True when it is within it."""
    print(f"{name} {value} {unit}", flush=True)
    target = TARGETS.get(name)
    if target is not None and float(value) > target:
        log(f"  OVER TARGET: {name} {value} {unit} (target <= {target} {unit})")
        return False
    return True


# The throwaway database ----------------------------------------------------------------------------


@contextlib.contextmanager
def throwaway_database() -> Iterator[None]:
    """Set Django up on a new SQLite database in a temporary directory, migrated; removed afterwards."""
    tmp = tempfile.mkdtemp(prefix="sigap-bench-db-")
    try:
        os.environ["DJANGO_SETTINGS_MODULE"] = "sigap.settings.test"
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        os.environ["REDIS_URL"] = ""

        import django

        django.setup()

        from django.core.management import call_command

        # No setup_test_environment(): its template instrumentation would add to the timings, and
        # sigap.settings.test already allows any host.

        log("Migrating a throwaway SQLite database…")
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        log(f"  migrated in {time.perf_counter() - started:.1f} s")
        yield
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        shutil.rmtree(tmp, ignore_errors=True)


# Pages: time, queries and weight ---------------------------------------------------------------


class AssetLinks(HTMLParser):
    """Collects the URLs of the stylesheets and scripts a page links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "link" and "stylesheet" in attributes.get("rel", "").lower().split():
            if attributes.get("href"):
                self.urls.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL))


def static_file(page_url: str, url: str) -> Path:
    """The file behind a /static/ URL, found the way runserver finds it (no collectstatic needed)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = url.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith(settings.STATIC_URL):
        raise RuntimeError(f"GET {page_url} links {url!r}, which is not under STATIC_URL")
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    if not found:
        raise RuntimeError(f"GET {page_url} links {url!r}, which no static files finder finds")
    return Path(found)


def get_ok(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}, expected 200")
    return response


class QueryTimer:
    """A database execute wrapper that records each query's SQL and its own time, in milliseconds.

    (CaptureQueriesContext rounds times to whole milliseconds, too coarse for SQLite.)
    """

    def __init__(self) -> None:
        self.queries: list[tuple[float, str]] = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            if not many:
                with contextlib.suppress(Exception):  # the SQL as sent, parameters filled in
                    sql = context["connection"].ops.last_executed_query(
                        context["cursor"], sql, params
                    )
            self.queries.append((elapsed_ms, sql))


@contextlib.contextmanager
def timed_queries() -> Iterator[QueryTimer]:
    from django.db import connection

    timer = QueryTimer()
    with connection.execute_wrapper(timer):
        yield timer


def log_queries(queries: list[tuple[float, str]], *, slowest: bool) -> None:
    for elapsed_ms, sql in queries:
        log(f"  query ({elapsed_ms:.2f} ms): {sql[:160]}")
    if slowest:
        log(f"  the {SLOWEST_QUERIES} slowest of those queries:")
        for elapsed_ms, sql in sorted(queries, reverse=True)[:SLOWEST_QUERIES]:
            log(f"    {elapsed_ms:.2f} ms: {sql[:600]}")


def bench_page(client, url: str, name: str, *, weigh: bool = False) -> None:
    """{name}_ms and {name}_queries for GET url (and {name}_kb_gzip when weigh)."""
    with timed_queries() as cold:
        get_ok(client, url)
    log(f"  first (cold) GET {url} ran {len(cold.queries)} queries")

    log(f"Warming up with {WARMUP_REQUESTS} requests, timing {TIMED_REQUESTS}…")
    for _ in range(WARMUP_REQUESTS):
        get_ok(client, url)
    timings_ms = []
    for _ in range(TIMED_REQUESTS):
        started = time.perf_counter()
        get_ok(client, url)
        timings_ms.append((time.perf_counter() - started) * 1000)
    timings_ms.sort()
    log(
        f"  min {timings_ms[0]:.1f} ms, p90 {timings_ms[int(len(timings_ms) * 0.9)]:.1f} ms,"
        f" max {timings_ms[-1]:.1f} ms"
    )
    time_ok = figure(f"{name}_ms", f"{statistics.median(timings_ms):.1f}", "ms")

    with timed_queries() as warm:
        response = get_ok(client, url)
    queries = warm.queries
    queries_ok = figure(f"{name}_queries", str(len(queries)), "count")
    log_queries(queries, slowest=not (time_ok and queries_ok))

    if weigh:
        html = response.content
        parser = AssetLinks()
        parser.feed(html.decode(response.charset or "utf-8"))
        total = gzip_size(html)
        log(f"  HTML: {len(html)} bytes, {total} gzipped")
        for asset_url in parser.urls:
            data = static_file(url, asset_url).read_bytes()
            size = gzip_size(data)
            log(f"  {asset_url}: {len(data)} bytes, {size} gzipped")
            total += size
        figure(f"{name}_kb_gzip", f"{total / 1024:.1f}", "KB")


def bench_home_page() -> None:
    """home_page_ms, home_page_queries and home_page_kb_gzip, on the freshly migrated database."""
    from django.test import Client

    log("Home page, anonymous:")
    bench_page(Client(), "/", "home_page", weigh=True)


# Learning: a member, the demo courses, many small courses ------------------------------------------


def make_learner():
    """A member as after sign-up: verified e-mail address, Learner role, complete profile."""
    from allauth.account.models import EmailAddress

    from accounts.models import AgencyType, Profile, TaskForceLevel, User
    from accounts.services import learner_register, profile_save

    user = User.objects.create_user("pembelajar@example.org", "kata-sandi-bench-2026")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    learner_register(user=user)
    profile_save(
        user=user,
        profile=Profile(
            full_name="Pembelajar Bench",
            agency_type=AgencyType.DP3A,
            position="Konselor",
            task_force_level=TaskForceLevel.REGENCY,
            province_id="32",
            regency_id="32.73",
        ),
    )
    return user


def add_small_courses(count: int) -> list:
    """Publish ``count`` courses of one module with one lesson, as trainers would (revisions)."""
    from tests.courses.factories import make_course

    started = time.perf_counter()
    courses = [make_course(lessons_per_module=1) for _ in range(count)]
    log(f"  published {count} small courses in {time.perf_counter() - started:.1f} s")
    return courses


def bench_lesson_page(client, learner, sop_course) -> None:
    """lesson_page_ms, lesson_page_queries and lesson_page_kb_gzip."""
    from courses.models import LessonPage
    from courses.services import enrolment_create

    enrolment_create(user=learner, course=sop_course)
    lesson = LessonPage.objects.descendant_of(sop_course).live().get(slug=LESSON_SLUG)
    log(f"Lesson page, enrolled learner: {lesson.title}")
    bench_page(client, lesson.url, "lesson_page", weigh=True)


def bench_catalogue_and_my_learning(client, learner) -> None:
    """catalogue_ms and catalogue_queries at 50 courses; my_learning_ms and _queries at 100 enrolments."""
    from courses.models import CourseIndexPage, CoursePage
    from courses.services import enrolment_create, lesson_complete
    from tests.courses.factories import lessons_of

    catalogue = CourseIndexPage.objects.get()
    live_courses = CoursePage.objects.child_of(catalogue).live()
    log(f"Catalogue with {CATALOGUE_COURSES} courses:")
    add_small_courses(CATALOGUE_COURSES - live_courses.count())
    bench_page(client, catalogue.url, "catalogue")

    log(f"My learning with {MY_LEARNING_ENROLMENTS} enrolments:")
    small_courses = add_small_courses(MY_LEARNING_ENROLMENTS - live_courses.count())
    started = time.perf_counter()
    for index, course in enumerate(live_courses.order_by("path")):
        enrolment = enrolment_create(user=learner, course=course)
        is_small = course.slug.startswith("kursus-")  # tests.courses.factories.make_course's slugs
        if is_small and index % COMPLETED_EVERY == 0:
            for lesson in lessons_of(course):
                lesson_complete(enrolment=enrolment, lesson=lesson)
    log(
        f"  enrolled in {learner.enrolments.count()} courses ({len(small_courses)} new),"
        f" {learner.enrolments.filter(completed_at__isnull=False).count()} completed,"
        f" in {time.perf_counter() - started:.1f} s"
    )
    bench_page(client, "/learn/", "my_learning")


def bench_handbook(course) -> None:
    """course_handbook_pdf_ms."""
    from courses.handbook import handbook_pdf

    log(f"Handbook PDF of {course.slug}: 1 warm-up render, timing {HANDBOOK_RENDERS}…")
    started = time.perf_counter()
    pdf = handbook_pdf(course)
    log(f"  warm-up render {(time.perf_counter() - started) * 1000:.0f} ms, {len(pdf)} bytes")
    timings_ms = []
    for _ in range(HANDBOOK_RENDERS):
        started = time.perf_counter()
        handbook_pdf(course)
        timings_ms.append((time.perf_counter() - started) * 1000)
    log("  renders: " + ", ".join(f"{ms:.0f} ms" for ms in timings_ms))
    figure("course_handbook_pdf_ms", f"{statistics.median(timings_ms):.0f}", "ms")


def bench_quizzes(client, learner, course) -> None:
    """quiz_page_ms and _queries, quiz_grade_ms and _queries, quiz_grade_pure_ms."""
    from courses.models import ModulePage
    from quizzes import services
    from quizzes.demo.seed import seed_quizzes
    from quizzes.grading import grade_attempt
    from tests.quizzes.bench_support import answer_all, make_quiz, right_answer

    log("Seeding the demo quizzes…")
    seed_quizzes()
    module = ModulePage.objects.child_of(course).order_by("path").last()
    quiz = make_quiz(module, questions=QUIZ_QUESTIONS)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    questions = services.attempt_questions(attempt)
    for question in questions[: QUIZ_SCREEN - 1]:
        services.response_save(
            attempt=attempt,
            question_id=question["id"],
            answer=right_answer(question),
            lock=question["type"] == "scenario",
        )
    screen_type = questions[QUIZ_SCREEN - 1]["type"]
    log(f"Question screen {QUIZ_SCREEN} of {len(questions)} ({screen_type}), mid-attempt:")
    bench_page(client, f"/learn/quiz/attempts/{attempt.pk}/{QUIZ_SCREEN}/", "quiz_page")

    log(f"Submitting {GRADE_WARMUP} + {GRADE_ATTEMPTS} attempts of {len(questions)} questions…")
    answer_all(attempt)
    timings_ms, queries = [], []
    for index in range(GRADE_WARMUP + GRADE_ATTEMPTS):
        if index:
            attempt = answer_all(services.attempt_start(user=learner, quiz=quiz))
        with timed_queries() as timer:
            started = time.perf_counter()
            graded = services.attempt_submit(attempt=attempt)
            elapsed_ms = (time.perf_counter() - started) * 1000
        if graded.percent != 100:
            raise RuntimeError(f"attempt graded {graded.percent}%, expected 100%")
        if index >= GRADE_WARMUP:
            timings_ms.append(elapsed_ms)
            queries = timer.queries
    timings_ms.sort()
    log(f"  min {timings_ms[0]:.1f} ms, max {timings_ms[-1]:.1f} ms")
    grade_ok = figure("quiz_grade_ms", f"{statistics.median(timings_ms):.1f}", "ms")
    figure("quiz_grade_queries", str(len(queries)), "count")
    log_queries(queries, slowest=not grade_ok)

    answers = [right_answer(question) for question in questions]
    timings_ms = []
    for _ in range(PURE_GRADINGS):
        started = time.perf_counter()
        grade_attempt(questions, answers)
        timings_ms.append((time.perf_counter() - started) * 1000)
    figure("quiz_grade_pure_ms", f"{statistics.median(timings_ms):.2f}", "ms")


def bench_learning() -> None:
    """The learner-facing figures, after seeding the demo courses into the same database."""
    from django.test import Client

    from courses.demo.seed import seed_courses

    log("Seeding the demo courses…")
    started = time.perf_counter()
    sop_course = next(course for course in seed_courses() if course.slug == SOP_COURSE_SLUG)
    log(f"  seeded in {time.perf_counter() - started:.1f} s")
    learner = make_learner()
    client = Client()
    client.force_login(learner)

    bench_lesson_page(client, learner, sop_course)
    bench_catalogue_and_my_learning(client, learner)
    bench_handbook(sop_course)
    bench_quizzes(client, learner, sop_course)


# Certificates: the PDF, the verification page, issuing in bulk ----------------------------------


def add_completed_enrolments(course, count: int) -> list[int]:
    """``count`` members (with profiles) who completed ``course``, made with bulk_create; their enrolment ids."""
    from django.utils import timezone

    from accounts.models import AgencyType, Profile, TaskForceLevel, User
    from courses.models import Enrolment

    users = User.objects.bulk_create(
        User(email=f"lulusan{n}@example.org", password="!") for n in range(count)
    )
    Profile.objects.bulk_create(
        Profile(
            user=user,
            full_name=f"Lulusan Pelatihan Nomor {n}",
            agency_type=AgencyType.DP3A,
            position="Konselor",
            task_force_level=TaskForceLevel.REGENCY,
            province_id="32",
            regency_id="32.73",
        )
        for n, user in enumerate(users)
    )
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            course=course,
            province_id="32",
            regency_id="32.73",
            agency_type=AgencyType.DP3A,
            completed_at=now,
            completion_province_id="32",
            completion_regency_id="32.73",
            completion_agency_type=AgencyType.DP3A,
        )
        for user in users
    )
    return [enrolment.pk for enrolment in enrolments]


def certificate_bulk_child(media_root: str, ids_file: str) -> None:
    """In a fresh process: issue the certificates of the enrolments listed in ``ids_file``; prints JSON."""
    import json
    import resource

    import django

    django.setup()
    from django.test import override_settings

    from certificates.services import certificate_issue
    from courses.models import Enrolment

    ids = [int(line) for line in Path(ids_file).read_text().split()]
    with override_settings(MEDIA_ROOT=media_root):
        started = time.perf_counter()
        issued = 0
        for enrolment in Enrolment.objects.select_related("course", "user").filter(pk__in=ids):
            issued += certificate_issue(enrolment=enrolment) is not None
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(json.dumps({"issued": issued, "seconds": elapsed, "peak_rss_mb": peak_mb}))


def bench_certificate_bulk(course, media_root: str) -> None:
    """certificate_bulk_1000_s and certificate_bulk_peak_rss_mb."""
    import json

    from django.db import connections

    log(f"Issuing {CERTIFICATE_BULK} certificates in a fresh process…")
    started = time.perf_counter()
    ids = add_completed_enrolments(course, CERTIFICATE_BULK)
    log(f"  {CERTIFICATE_BULK} completed enrolments made in {time.perf_counter() - started:.1f} s")
    ids_file = Path(media_root) / "enrolments.txt"
    ids_file.write_text("\n".join(map(str, ids)))
    connections.close_all()  # SQLite: nothing of ours open while the child writes
    code = (
        "import runpy, sys; "
        f"runpy.run_path({str(Path(__file__).resolve())!r})['certificate_bulk_child'](*sys.argv[1:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, media_root, str(ids_file)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        log(result.stderr[-3000:])
        raise RuntimeError(f"the bulk issuing process exited with {result.returncode}")
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    if outcome["issued"] != CERTIFICATE_BULK:
        raise RuntimeError(f"issued {outcome['issued']} certificates, expected {CERTIFICATE_BULK}")
    pdfs = list((Path(media_root) / "certificates").rglob("*.pdf"))
    log(f"  {len(pdfs)} PDFs stored, {sum(p.stat().st_size for p in pdfs) / 1024 / 1024:.1f} MB")
    figure("certificate_bulk_1000_s", f"{outcome['seconds']:.1f}", "s")
    figure("certificate_bulk_peak_rss_mb", f"{outcome['peak_rss_mb']:.0f}", "MB")


def bench_certificates() -> None:
    """certificate_pdf_ms and _kb, verify_page_ms and _queries, certificate_bulk_1000_s and _peak_rss_mb."""
    from unittest import mock

    from django.test import Client, override_settings
    from django.urls import reverse

    from certificates import views
    from certificates.pdf import render_pdf
    from tests.certificates.factories import make_certificate, make_image, make_template
    from tests.courses.factories import make_course

    media_root = tempfile.mkdtemp(prefix="sigap-bench-media-")
    try:
        with override_settings(MEDIA_ROOT=media_root):
            course = make_course(lessons_per_module=1, title="Identifikasi dan Rujukan Korban TPPO")
            template = make_template(
                course=course,
                logos=[make_image(width=480, height=240)],
                signatories=[
                    ("Dr. Siti Aminah", "Ketua Harian", make_image(width=600, height=200)),
                    ("Budi Santoso, S.H.", "Sekretaris", None),
                ],
            )
            certificate = make_certificate(course=course)  # makes the renditions too
            wording = template.latest_revision.as_object()

            log(f"Certificate PDF: 1 warm-up render, timing {CERTIFICATE_RENDERS}…")
            pdf = render_pdf(certificate, wording)
            timings_ms = []
            for _ in range(CERTIFICATE_RENDERS):
                started = time.perf_counter()
                pdf = render_pdf(certificate, wording)
                timings_ms.append((time.perf_counter() - started) * 1000)
            timings_ms.sort()
            log(f"  min {timings_ms[0]:.1f} ms, max {timings_ms[-1]:.1f} ms")
            figure("certificate_pdf_ms", f"{statistics.median(timings_ms):.1f}", "ms")
            figure("certificate_pdf_kb", f"{len(pdf) / 1024:.1f}", "KB")

            log("Verification page, anonymous:")
            limit = (WARMUP_REQUESTS + TIMED_REQUESTS) * 2
            with mock.patch.object(views, "VERIFY_PER_MINUTE", limit):
                url = reverse("certificates:verify", args=[certificate.code])
                bench_page(Client(), url, "verify_page")

        bench_certificate_bulk(course, media_root)
    finally:
        shutil.rmtree(media_root, ignore_errors=True)


# Fresh setup: clone, `make run`, first 200 ------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env() -> dict[str, str]:
    """The caller's environment without what would make the clone use this checkout's setup."""
    env = dict(ORIGINAL_ENV)
    for name in (
        "DATABASE_URL",
        "DJANGO_SETTINGS_MODULE",
        "VIRTUAL_ENV",
        "PYTHONPATH",
        "MAKEFLAGS",
        "MFLAGS",
        "MAKELEVEL",
    ):
        env.pop(name, None)
    if sys.prefix != sys.base_prefix:  # drop this venv's bin/ from PATH, should it be activated
        venv_bin = str(Path(sys.prefix) / "bin")
        env["PATH"] = os.pathsep.join(
            entry for entry in env.get("PATH", "").split(os.pathsep) if entry != venv_bin
        )
    return env


def status_of(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, urllib.error.URLError):
        return None


def stop(process: subprocess.Popen) -> None:
    """Ends `make run` and everything it started (pip, runserver and its autoreloader child)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass
    with contextlib.suppress(ProcessLookupError):  # the group may outlive its leader
        os.killpg(process.pid, signal.SIGKILL)


def bench_fresh_setup() -> bool:
    """fresh_setup_s. False when the clone never answered 200."""
    tmp = Path(tempfile.mkdtemp(prefix="sigap-bench-clone-"))
    clone = tmp / "sigap"
    log_path = tmp / "make-run.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = clean_env()
    process = None
    try:
        log(f"Cloning HEAD of {REPO} and running `make run PORT={port}` (log: {log_path})…")
        started = time.perf_counter()
        subprocess.run(
            ["git", "clone", "--quiet", str(REPO), str(clone)],
            check=True,
            env=env,
            stdout=sys.stderr,
        )
        with log_path.open("wb") as output:
            process = subprocess.Popen(
                ["make", "run", f"PORT={port}"],
                cwd=clone,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = started + SETUP_TIMEOUT_S
        last_status = None
        while time.perf_counter() < deadline:
            last_status = status_of(url)
            if last_status == 200:
                elapsed = time.perf_counter() - started
                log(f"  first 200 after {elapsed:.1f} s")
                figure("fresh_setup_s", f"{elapsed:.1f}", "s")
                return True
            if process.poll() is not None:
                log(f"  `make run` exited with {process.returncode} before serving a 200")
                break
            time.sleep(POLL_INTERVAL_S)
        else:
            log(f"  no 200 within {SETUP_TIMEOUT_S} s (last answer: {last_status})")
        log("  last lines of the log:")
        for line in log_path.read_text(errors="replace").splitlines()[-30:]:
            log(f"    {line}")
        return False
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    with throwaway_database():
        bench_home_page()
        bench_learning()
        bench_certificates()
    # The coverage dashboard's figures need PostgreSQL and 100,000 synthetic members: bench/dashboard.py.
    coverage = subprocess.run(
        [sys.executable, str(REPO / "bench" / "dashboard.py")], env=clean_env(), check=False
    )
    if coverage.returncode != 0:
        log("bench/dashboard.py reported a figure over its target or failed.")
    if os.environ.get("BENCH_SKIP_SETUP") == "1":
        log("BENCH_SKIP_SETUP=1: fresh_setup_s skipped.")
        return 0
    return 0 if bench_fresh_setup() else 1


if __name__ == "__main__":
    sys.exit(main())
