"""The people of the load test: members and coordinators, their progress, and signed-in sessions.

Run by bench/loadtest.py in a child process, with the same settings and environment as the server under
test (sigap.settings.production, the same SECRET_KEY, DATABASE_URL and REDIS_URL), after `seed_demo`:

    python bench/load/population.py ROSTER.json --members 300 --coordinators 5 --sign-ins 20

It writes ROSTER.json, which bench/load/locustfile.py reads: who is who, their session cookies, the demo
courses' pages and an answer key of the demo quizzes by the text a member sees.

Why sessions are made here: allauth allows 30 sign-ins a minute from one address (ACCOUNT_RATE_LIMITS), and
every simulated member comes from 127.0.0.1, so 300 members cannot all sign in through the form within a
test of three minutes. Most members therefore arrive already signed in, as members do who signed in earlier
that day: their session is created with Django's own ``login()`` into the same session store the server
uses (Redis, written through to PostgreSQL). ``--sign-ins`` members (spread over the roster) and every
coordinator sign in through allauth's form during the test (coordinators with their authenticator code),
within that limit. Everyone has the same password, hashed once.

Members (all with a verified address, the Learner role and a complete task-force profile; about 40% in
the coordinators' provinces, the rest spread over Indonesia's regencies) are all enrolled in the SOP
course, the one the synchronised start opens, with a few of its lessons read. Besides that, by turns:
- a third completed one of the two other demo courses and hold its certificate (queued here; the runner
  has the task worker issue them before the test, so downloads are real PDFs);
- a third read every lesson of one of those courses and left its final quiz with QUESTIONS_LEFT questions
  to go: finishing it during the test completes the course, and the task worker issues the certificate;
- a third have only the SOP course.
Nobody passes the SOP course's final quiz here, so every member can start it in the synchronised start.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from pages import plain_text  # bench/load/pages.py: the locustfile reads the screens the same way

REPO = Path(__file__).resolve().parents[2]
SEED = 20260707
PASSWORD = "sandi-uji-beban-2026"  # a throwaway database's: printed nowhere, used by the sign-ins
SYNC_COURSE_SLUG = "sop-pelayanan-terpadu-permen-8-2021"
COORDINATOR_PROVINCES = ["32", "35", "53"]  # Jawa Barat, Jawa Timur, Nusa Tenggara Timur
LOCAL_SHARE = 0.4
SOP_LESSONS_READ = (0, 4)  # how many of the SOP course's lessons a member has read already
QUESTIONS_LEFT = 3  # of a final quiz left half done


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# The answer key ------------------------------------------------------------------------------------


def answer_key(quizzes) -> dict:
    """The right answers of ``quizzes``, by the Indonesian text on screen (the member's screen never
    carries the authored order, see quizzes/presentation.py). Texts that would be ambiguous are left out:
    a member meeting one then answers at random."""
    from quizzes.grading import scenario_step
    from tests.quizzes.bench_support import right_answer

    key: dict[str, dict] = {"choice": {}, "true_false": {}, "place": {}, "match": {}, "step": {}}
    clashes: dict[str, set[str]] = {name: set() for name in key}

    def put(kind: str, text: str, value) -> None:
        if text in key[kind] and key[kind][text] != value:
            clashes[kind].add(text)
        key[kind][text] = value

    for quiz in quizzes:
        for block in quiz.questions.raw_data:
            question = {"type": block["type"], **block["value"]}
            kind = question["type"]
            right = right_answer(question)
            if kind in ("single_choice", "multiple_response"):
                chosen = {right} if kind == "single_choice" else set(right)
                for index, choice in enumerate(question["choices"]):
                    put("choice", plain_text(choice["text"]), index in chosen)
            elif kind == "true_false":
                put("true_false", plain_text(question["prompt"]), bool(right))
            elif kind == "ordering":
                for place, item in enumerate(question["items"]):
                    put("place", plain_text(item["text"]), place)
            elif kind == "matching":
                for pair in question["pairs"]:
                    put("match", plain_text(pair["left"]), plain_text(pair["right"]))
            elif kind == "scenario":
                for taken in range(len(right)):
                    step_key, step = scenario_step(question, right[:taken])
                    put("step", step_key, plain_text(step["choices"][right[taken]]["text"]))
    for kind, texts in clashes.items():
        for text in texts:
            key[kind].pop(text, None)
    return key


# Members and coordinators --------------------------------------------------------------------------


def signed_in_session(user) -> str:
    """A session of ``user`` made by Django's own login(), stored where the server reads sessions."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import login
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.session = import_module(settings.SESSION_ENGINE).SessionStore()
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session.save()
    return request.session.session_key


def make_account(*, email: str, password_hash: str, profile_fields: dict):
    from allauth.account.models import EmailAddress

    from accounts.models import Profile, User
    from accounts.services import learner_register, profile_save

    user = User.objects.create_user(email=email)
    user.password = password_hash  # hashed once for everyone: 300 PBKDF2 runs would take minutes
    user.save(update_fields=["password"])
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    learner_register(user=user)
    profile_save(user=user, profile=Profile(**profile_fields))
    return user


def final_quiz(course):
    from quizzes.models import QuizPage

    return QuizPage.objects.descendant_of(course).live().get(required=True)


def pass_final_quiz(user, course) -> None:
    """The member passes ``course``'s final quiz, as they would have on an earlier day."""
    from quizzes import services
    from tests.quizzes.bench_support import answer_all

    quiz = final_quiz(course)
    services.attempt_submit(attempt=answer_all(services.attempt_start(user=user, quiz=quiz)))


def leave_final_quiz_open(user, course) -> int:
    """The member answered all but the last QUESTIONS_LEFT questions of ``course``'s final quiz (right)
    before stopping; returns the quiz's id."""
    from quizzes import services
    from tests.quizzes.bench_support import right_answer

    quiz = final_quiz(course)
    attempt = services.attempt_start(user=user, quiz=quiz)
    for question in services.attempt_questions(attempt)[:-QUESTIONS_LEFT]:
        services.response_save(
            attempt=attempt,
            question_id=question["id"],
            answer=right_answer(question),
            lock=question["type"] == "scenario",
        )
    return quiz.pk


def make_members(count: int, *, sign_ins: int, password_hash: str, courses: dict) -> list[dict]:
    from accounts.models import AgencyType, Regency, TaskForceLevel
    from courses.services import enrolment_create, lesson_complete

    rng = random.Random(SEED)
    regencies = list(Regency.objects.order_by("code").values_list("code", "province_id"))
    local = [pair for pair in regencies if pair[1] in COORDINATOR_PROVINCES]
    agencies = list(AgencyType.values)
    levels = list(TaskForceLevel.values)
    sync_course = courses[SYNC_COURSE_SLUG]
    others = [course for slug, course in courses.items() if slug != SYNC_COURSE_SLUG]
    lessons = {course.pk: lessons_of(course) for course in courses.values()}
    # Spread over the roster, so the sign-ins come at intervals as members arrive.
    signing_in = {n * count // sign_ins for n in range(sign_ins)} if sign_ins else set()
    members = []
    for n in range(count):
        regency, province = rng.choice(local if rng.random() < LOCAL_SHARE else regencies)
        user = make_account(
            email=f"anggota{n:04d}@uji-beban.sigap.test",
            password_hash=password_hash,
            profile_fields={
                "full_name": f"Anggota Uji Beban {n}",
                "agency_type": rng.choice(agencies),
                "position": "Anggota gugus tugas",
                "task_force_level": rng.choice(levels),
                "province_id": province,
                "regency_id": regency,
            },
        )
        enrolment = enrolment_create(user=user, course=sync_course)
        for lesson in lessons[sync_course.pk][: rng.randint(*SOP_LESSONS_READ)]:
            lesson_complete(enrolment=enrolment, lesson=lesson)
        other = others[n % len(others)]
        share = n % 3
        enrolled, due = [sync_course.pk], None
        if share in (0, 1):
            enrolled.append(other.pk)
            enrolment = enrolment_create(user=user, course=other)
            for lesson in lessons[other.pk]:
                lesson_complete(enrolment=enrolment, lesson=lesson)
            if share == 0:
                pass_final_quiz(user, other)  # completes it: its certificate task is queued
            else:
                due = leave_final_quiz_open(user, other)
        members.append(
            {
                "id": user.pk,
                "email": user.email,
                "session": None if n in signing_in else signed_in_session(user),
                "courses": enrolled,
                # Every lesson read, the final quiz half done: submitting it completes the course.
                "quiz_due": due,
            }
        )
        if (n + 1) % 50 == 0:
            log(f"  {n + 1} members")
    return members


def make_coordinators(count: int, *, password_hash: str) -> list[dict]:
    """Half the ministry (national view), half provincial coordinators; each with an authenticator."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from accounts.models import AgencyType, Province, TaskForceLevel
    from accounts.roles import MINISTRY
    from accounts.services import coordinator_assign, role_add

    coordinators = []
    for n in range(count):
        province = COORDINATOR_PROVINCES[n // 2 % len(COORDINATOR_PROVINCES)]
        national = n % 2 == 0
        user = make_account(
            email=f"koordinator{n:02d}@uji-beban.sigap.test",
            password_hash=password_hash,
            profile_fields={
                "full_name": f"Koordinator Uji Beban {n}",
                "agency_type": AgencyType.DP3A,
                "position": "Koordinator",
                "task_force_level": TaskForceLevel.NATIONAL
                if national
                else TaskForceLevel.PROVINCIAL,
                "province_id": province,
                "regency_id": f"{province}.71",
            },
        )
        if national:
            role_add(user=user, role=MINISTRY)
        else:
            coordinator_assign(user=user, province=Province.objects.get(code=province))
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        coordinators.append(
            {
                "id": user.pk,
                "email": user.email,
                "totp_secret": secret,
                "national": national,
                "province": province,
            }
        )
    return coordinators


def lessons_of(course) -> list:
    """The course's lessons in the order its page lists them."""
    from courses.selectors import course_outline, lessons_in_order

    return lessons_in_order(course_outline(course))


def course_map(courses: dict) -> list[dict]:
    from quizzes.models import QuizPage

    return [
        {
            "id": course.pk,
            "slug": slug,
            "url": course.url,
            "lessons": [{"id": lesson.pk, "url": lesson.url} for lesson in lessons_of(course)],
            "quizzes": [
                {"id": quiz.pk, "url": quiz.url, "final": quiz.required}
                for quiz in QuizPage.objects.descendant_of(course).live().order_by("path")
            ],
        }
        for slug, course in courses.items()
    ]


def populate(*, members: int, coordinators: int, sign_ins: int) -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from accounts.models import AgencyType, TaskForceLevel
    from courses.models import CourseIndexPage, CoursePage
    from quizzes.models import QuizPage

    catalogue = CourseIndexPage.objects.get()
    courses = {course.slug: course for course in CoursePage.objects.child_of(catalogue).live()}
    if SYNC_COURSE_SLUG not in courses or len(courses) < 2:
        raise RuntimeError("run `manage.py seed_demo` first: the demo courses are missing")
    password_hash = make_password(PASSWORD)
    started = time.perf_counter()
    log(f"Making {members} members and {coordinators} coordinators…")
    with transaction.atomic():
        roster_members = make_members(
            members, sign_ins=sign_ins, password_hash=password_hash, courses=courses
        )
        roster_coordinators = make_coordinators(coordinators, password_hash=password_hash)
    log(f"  made in {time.perf_counter() - started:.0f} s")
    sync_quiz = QuizPage.objects.descendant_of(courses[SYNC_COURSE_SLUG]).live().get(required=True)
    return {
        "password": PASSWORD,
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "catalogue": catalogue.url,
        "members": roster_members,
        "coordinators": roster_coordinators,
        "courses": course_map(courses),
        "sync_quiz": {"id": sync_quiz.pk, "url": sync_quiz.url},
        "answer_key": answer_key(QuizPage.objects.live()),
        "filters": {
            "course": [course.pk for course in courses.values()],
            "agency_type": list(AgencyType.values),
            "level": list(TaskForceLevel.values),
            "province": COORDINATOR_PROVINCES,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roster", type=Path)
    parser.add_argument("--members", type=int, required=True)
    parser.add_argument("--coordinators", type=int, required=True)
    parser.add_argument("--sign-ins", type=int, required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    roster = populate(members=args.members, coordinators=args.coordinators, sign_ins=args.sign_ins)
    args.roster.write_text(json.dumps(roster))


if __name__ == "__main__":
    main()
