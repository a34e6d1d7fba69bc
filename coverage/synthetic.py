"""Synthetic members at national scale, for benchmarks only (``manage.py seed_synthetic``).

``seed_synthetic(members=100_000)`` creates task-force members across all 514 regencies and cities, with
enrolments in the live courses, lesson progress (about ten rows per member, so a million for 100,000), quiz
attempts and certificates, shaped like real use so the coverage dashboard and its exports can be measured at
the size the ministry expects. ``remove_synthetic()`` deletes all of it and nothing else.

Kept apart from real and demo data by one mark: every synthetic account's address ends in
``@synthetic.sigap.invalid`` (``.invalid`` is reserved by RFC 2606, so no message can ever be delivered to it),
and every synthetic certificate's ``completion_key`` starts with ``synthetic:``. The accounts have unusable
passwords and no e-mail address record, so nobody can sign in as one.

The shape, drawn from random streams seeded with ``seed``, so a seed always gives the same members (who,
where, which agency) and, on the same day, the same learning:

- Members per regency follow a lognormal weight (a few big cities, a long tail of small regencies); agency
  types and task-force levels are weighted as in the task forces (DP3A and police most, then social affairs,
  village governments, health, NGOs …; most members at regency level). About 5 % of regencies are blank
  spots, among the smaller ones: their members enrol but nobody there has completed a course, so nobody
  holds a certificate.
- Members joined over the last two years, more of them recently. Most enrol in one to three courses (in the
  order their prerequisites allow); about two thirds of enrolments are completed, most within a few weeks,
  so completions per month have a realistic curve. Snapshots (region and agency at enrolment and at
  completion) are the member's profile: synthetic members never move.
- A completed enrolment has every live lesson completed, a passed attempt at each required graded quiz
  (sometimes after a failed one) and, when the course issues certificates, a certificate. One in progress has
  a prefix of the lessons, and sometimes a failed attempt. Many members took the course's pre-test.

What synthetic data leaves out, on purpose:

- **No certificate PDFs.** Rendering 100,000 PDFs would take hours; synthetic certificates have an empty
  ``pdf`` and ``sha256``, so downloading one fails. They are numbered ``SYN-<year>-<7 digits>`` (real ones
  are ``SIGAP-<year>-<6 digits>``, and the real number sequence is untouched) and have no CertificateEvent.
  Those with an end date are marked as already reminded, so the reminder job never mails them.
- No quiz answers (Response rows): attempts carry their layout and score, but item analysis has no answers
  to analyse. No reflections, no e-mail address records, no coordinator scopes.

Speed: rows are written with ``bulk_create`` in chunks of members, one transaction per chunk, with no
per-row query and no signal (bulk_create sends none); memory stays bounded by the chunk size. A run that
fails part-way leaves its finished chunks behind: ``remove_synthetic()`` clears them.

Never for production: the command refuses to seed under the production settings or beside more than 100 real
accounts unless forced. (Not with DEBUG off, as seed_demo does: bench/dashboard.py seeds under the test
settings.) The coverage dashboard's cache is dropped after seeding and after removal, as the signals that
bulk writes skip would have done (coverage/caching.py).
"""

from __future__ import annotations

import math
import random
import time
import uuid
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import reset_queries, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import AgencyType, Profile, Regency, TaskForceLevel
from accounts.roles import LEARNER
from certificates.models import Certificate, CertificateEvent, Renewal, new_verification_code
from certificates.services import _add_months, template_for
from courses.models import CoursePage, Enrolment, LessonProgress, ReflectionAnswer
from courses.selectors import course_outline, lessons_in_order
from quizzes.models import Attempt, QuizPage, Response
from quizzes.presentation import make_layout
from quizzes.questions import questions_for_revision
from quizzes.selectors import required_quizzes

from .caching import coverage_changed

SYNTHETIC_EMAIL_DOMAIN = "synthetic.sigap.invalid"
SYNTHETIC_EMAIL_SUFFIX = f"@{SYNTHETIC_EMAIL_DOMAIN}"
SYNTHETIC_COMPLETION_KEY_PREFIX = "synthetic:"
SYNTHETIC_NUMBER_PREFIX = "SYN"

DEFAULT_SEED = 2026
#: Members written per transaction; bounds memory (about 10 progress rows per member).
CHUNK_SIZE = 5000
BATCH_SIZE = 5000

# The shape (see the module docstring). Tuned so that with the three demo courses (9, 5 and 6 lessons) a
# member has about 1.8 enrolments and 10 lesson-progress rows, and about two thirds of enrolments complete.
JOIN_SPAN_DAYS = 730
#: Members per regency: a lognormal weight with this sigma (about 0.5 % of members in the smallest regency
#: for every 5 % in the biggest).
REGENCY_WEIGHT_SIGMA = 1.0
BLANK_REGENCY_SHARE = 0.05
#: How many courses a member enrols in (0, 1, 2, 3 or more), capped at the number of live courses.
ENROLMENT_COUNT_WEIGHTS = (4, 24, 38, 34)
ENROL_DELAY_MEAN_DAYS = 21
COMPLETION_PROPENSITY = 0.72
COMPLETION_MEAN_DAYS = 14
PRETEST_SHARE = 0.85
#: Failed attempts before the pass at a required quiz: none, one or two.
FAILED_ATTEMPT_WEIGHTS = (72, 20, 8)
REVOKED_SHARE = 0.01
EXPIRED_SHARE = 0.04
REVISITED_SHARE = 0.15
#: Layouts drawn per quiz and shared among its attempts (each attempt's own draw would add nothing here).
LAYOUT_VARIANTS = 24

AGENCY_WEIGHTS = {
    AgencyType.DP3A: 20,
    AgencyType.POLICE: 18,
    AgencyType.SOCIAL: 13,
    AgencyType.VILLAGE: 10,
    AgencyType.HEALTH: 9,
    AgencyType.NGO: 8,
    AgencyType.MANPOWER: 7,
    AgencyType.PROSECUTION: 4,
    AgencyType.IMMIGRATION: 3,
    AgencyType.KP2MI: 3,
    AgencyType.OTHER: 3,
    AgencyType.FOREIGN_AFFAIRS: 1,
}
LEVEL_WEIGHTS = {
    TaskForceLevel.REGENCY: 70,
    TaskForceLevel.PROVINCIAL: 14,
    TaskForceLevel.VILLAGE: 12,
    TaskForceLevel.NATIONAL: 4,
}
#: Agencies whose members mostly serve at another level than the usual weights say.
AGENCY_LEVEL_WEIGHTS = {
    AgencyType.VILLAGE: {TaskForceLevel.VILLAGE: 85, TaskForceLevel.REGENCY: 15},
    AgencyType.NGO: {
        TaskForceLevel.VILLAGE: 40,
        TaskForceLevel.REGENCY: 50,
        TaskForceLevel.PROVINCIAL: 10,
    },
    AgencyType.FOREIGN_AFFAIRS: {TaskForceLevel.NATIONAL: 80, TaskForceLevel.PROVINCIAL: 20},
    AgencyType.IMMIGRATION: {
        TaskForceLevel.PROVINCIAL: 45,
        TaskForceLevel.REGENCY: 50,
        TaskForceLevel.NATIONAL: 5,
    },
    AgencyType.KP2MI: {
        TaskForceLevel.PROVINCIAL: 60,
        TaskForceLevel.REGENCY: 35,
        TaskForceLevel.NATIONAL: 5,
    },
}
POSITIONS = {
    AgencyType.POLICE: ["Penyidik Unit PPA", "Kanit PPA", "Bhabinkamtibmas", "Penyidik Pembantu"],
    AgencyType.PROSECUTION: ["Jaksa Fungsional", "Jaksa Penuntut Umum", "Kasi Pidum"],
    AgencyType.DP3A: [
        "Konselor UPTD PPA",
        "Kepala Bidang PPA",
        "Pendamping Korban",
        "Psikolog UPTD PPA",
    ],
    AgencyType.SOCIAL: ["Pekerja Sosial", "Pendamping PKH", "Sakti Peksos", "Penyuluh Sosial"],
    AgencyType.HEALTH: ["Dokter Puskesmas", "Bidan Desa", "Perawat", "Petugas Promosi Kesehatan"],
    AgencyType.MANPOWER: [
        "Pengantar Kerja",
        "Pengawas Ketenagakerjaan",
        "Mediator Hubungan Industrial",
    ],
    AgencyType.IMMIGRATION: ["Petugas Imigrasi", "Analis Keimigrasian", "Pemeriksa Keimigrasian"],
    AgencyType.KP2MI: [
        "Petugas Pelindungan PMI",
        "Pengantar Kerja BP3MI",
        "Analis Pelindungan PMI",
    ],
    AgencyType.FOREIGN_AFFAIRS: ["Staf Fungsi Konsuler", "Diplomat Pelindungan WNI"],
    AgencyType.VILLAGE: ["Kepala Desa", "Sekretaris Desa", "Kader Desa", "Kepala Dusun"],
    AgencyType.NGO: ["Pendamping Komunitas", "Paralegal", "Koordinator Program", "Relawan"],
    AgencyType.OTHER: ["Staf", "Analis Kebijakan", "Penyuluh"],
}
REVOKED_REASON = "Data sintetis: dicabut untuk uji beban."
#: The command refuses to seed beside more real accounts than this (the demo has four) unless forced.
REAL_ACCOUNTS_LIMIT = 100

User = get_user_model()


class SyntheticRefused(Exception):
    """Why seeding cannot run now; ``message`` is meant for the operator."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def synthetic_email(number: int) -> str:
    return f"synthetic-{number:06d}{SYNTHETIC_EMAIL_SUFFIX}"


def synthetic_users():
    """Every synthetic account (a queryset, usable as a subquery)."""
    # Both marks: the reserved address and the unusable password no real account set up for sign-in has.
    return User.objects.filter(
        email__endswith=SYNTHETIC_EMAIL_SUFFIX, password__startswith=UNUSABLE_PASSWORD_PREFIX
    )


def real_accounts():
    """Every other account: more than REAL_ACCOUNTS_LIMIT of them and the database looks like a deployment."""
    return User.objects.exclude(email__endswith=SYNTHETIC_EMAIL_SUFFIX)


# --- What the seeding needs to know about the live courses ------------------------------------------------


@dataclass
class QuizPlan:
    id: int
    revision_id: int
    pass_mark: int
    max_attempts: int | None
    time_limit_minutes: int | None
    is_pretest: bool
    #: (layout, possible points) pairs to pick from.
    variants: list[tuple[list[dict], int]]


@dataclass
class CertificatePlan:
    template_revision_id: int
    issuer: str
    language: str
    validity_months: int | None


@dataclass
class CoursePlan:
    id: int
    title: str
    title_en: str
    regulations: str
    weight: float
    lesson_ids: list[int]
    required_quizzes: list[QuizPlan]
    pretests: list[QuizPlan]
    prerequisite_ids: set[int] = field(default_factory=set)
    certificate: CertificatePlan | None = None


def _quiz_plan(quiz: QuizPage, rng: random.Random) -> QuizPlan | None:
    revision_id = quiz.live_revision_id or quiz.latest_revision_id
    if revision_id is None:
        return None
    questions = questions_for_revision(revision_id)
    points = {question["id"]: int(question.get("points") or 1) for question in questions}
    variants = []
    for _variant in range(LAYOUT_VARIANTS):
        layout = make_layout(
            questions,
            draw=quiz.draw_count,
            shuffle_questions=quiz.shuffle_questions,
            shuffle_choices=quiz.shuffle_choices,
            rng=rng,
        )
        variants.append((layout, sum(points[entry["id"]] for entry in layout)))
    return QuizPlan(
        id=quiz.pk,
        revision_id=revision_id,
        pass_mark=quiz.pass_mark,
        max_attempts=quiz.max_attempts,
        time_limit_minutes=quiz.time_limit_minutes,
        is_pretest=quiz.is_pretest,
        variants=variants,
    )


def _certificate_plan(course: CoursePage) -> CertificatePlan | None:
    if not course.certificate_enabled:
        return None
    # As certificates.services does: the course's template or the site-wide default (created if missing).
    template = template_for(course)
    version = template.latest_revision.as_object()
    return CertificatePlan(
        template_revision_id=template.latest_revision_id,
        issuer=version.issuer,
        language=version.language,
        validity_months=version.validity_months,
    )


def _course_plans(rng: random.Random) -> list[CoursePlan]:
    """The live courses, prerequisites first, each with its lessons, quizzes and certificate template."""
    plans = []
    for position, course in enumerate(CoursePage.objects.live().order_by("path")):
        outline = course_outline(course)
        pretests = [quiz for module in outline for quiz in module.quizzes if quiz.is_pretest]
        plans.append(
            CoursePlan(
                id=course.pk,
                title=course.title,
                title_en=course.title_en,
                regulations=", ".join(str(regulation) for regulation in course.regulations.all()),
                # The first courses in the catalogue (the foundations) draw the most members.
                weight=1 / math.sqrt(position + 1),
                lesson_ids=[lesson.pk for lesson in lessons_in_order(outline)],
                required_quizzes=[
                    plan
                    for plan in (_quiz_plan(quiz, rng) for quiz in required_quizzes(course))
                    if plan
                ],
                pretests=[plan for plan in (_quiz_plan(quiz, rng) for quiz in pretests) if plan],
                prerequisite_ids=set(course.live_prerequisites().values_list("pk", flat=True)),
                certificate=_certificate_plan(course),
            )
        )
    return _prerequisites_first(plans)


def _prerequisites_first(plans: list[CoursePlan]) -> list[CoursePlan]:
    by_id = {plan.id: plan for plan in plans}
    ordered: list[CoursePlan] = []
    seen: set[int] = set()

    def visit(plan: CoursePlan, trail: frozenset[int]) -> None:
        if plan.id in seen or plan.id in trail:  # a cycle cannot be satisfied anyway
            return
        for prerequisite_id in sorted(plan.prerequisite_ids):
            if prerequisite_id in by_id:
                visit(by_id[prerequisite_id], trail | {plan.id})
        seen.add(plan.id)
        ordered.append(plan)

    for plan in plans:
        visit(plan, frozenset())
    return ordered


# --- Drawing ---------------------------------------------------------------------------------------------


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + (end - start) * rng.random() if end > start else start


def _sorted_times(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    return sorted(_between(rng, start, end) for _ in range(count))


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pick_courses(rng: random.Random, plans: list[CoursePlan]) -> list[CoursePlan]:
    """The courses one member enrols in, in the order they take them (prerequisites first)."""
    wanted = rng.choices(range(len(ENROLMENT_COUNT_WEIGHTS)), weights=ENROLMENT_COUNT_WEIGHTS)[0]
    if wanted >= len(ENROLMENT_COUNT_WEIGHTS) - 1:
        wanted += int(rng.expovariate(1.0))  # "three or more"
    pool = list(range(len(plans)))
    picked = set()
    while pool and len(picked) < wanted:
        index = rng.choices(pool, weights=[plans[i].weight for i in pool])[0]
        picked.add(index)
        pool.remove(index)
    return [plans[i] for i in sorted(picked)]


def _score(
    rng: random.Random, quiz: QuizPlan, *, passed: bool | None
) -> tuple[list[dict], int, int]:
    """A layout, its possible points and points earned: passing (True), failing (False), or a pre-test's
    free score (None)."""
    layout, possible = rng.choice(quiz.variants)
    needed = math.ceil(quiz.pass_mark * possible / 100)
    if passed is None:
        earned = round(possible * min(1.0, max(0.0, rng.gauss(0.45, 0.18))))
    elif passed or needed == 0:
        earned = needed + round((possible - needed) * rng.random() ** 0.6)
    else:
        earned = rng.randint(max(0, needed - 1 - possible // 2), needed - 1)
    return layout, possible, earned


def _regency_draw(rng: random.Random, regencies: list[str]) -> tuple[list[float], set[str]]:
    """Each regency's weight (its share of members) and the blank spots: small regencies (remote ones,
    with few members), drawn from the lighter half."""
    weights = [rng.lognormvariate(0, REGENCY_WEIGHT_SIGMA) for _ in regencies]
    blank_count = max(1, round(len(regencies) * BLANK_REGENCY_SHARE))
    by_weight = sorted(regencies, key=dict(zip(regencies, weights, strict=True)).get)
    return weights, set(rng.sample(by_weight[: max(blank_count, len(by_weight) // 2)], blank_count))


def blank_spot_regencies(seed: int = DEFAULT_SEED) -> set[str]:
    """The codes of the regencies where nobody completes a course, for a seed (as seeding draws them)."""
    regencies = list(Regency.objects.order_by("code").values_list("code", flat=True))
    return _regency_draw(random.Random(f"{seed}:members"), regencies)[1]


@dataclass
class _Member:
    number: int
    regency_code: str
    province_code: str
    agency_type: str
    level: str
    position: str
    joined: datetime
    blank: bool
    user_id: int | None = None

    @property
    def full_name(self) -> str:
        return f"Peserta Sintetis {self.number:06d}"


@dataclass
class _EnrolmentDraw:
    member: _Member
    course: CoursePlan
    enrolment: Enrolment
    #: (lesson id, first viewed, last viewed, completed or None), in course order.
    lessons: list[tuple[int, datetime, datetime, datetime | None]]
    #: (quiz, started, submitted, passed: True/False, or None for a pre-test).
    attempts: list[tuple[QuizPlan, datetime, datetime, bool | None]]


class _Seeder:
    def __init__(self, *, seed: int, now: datetime, plans, regencies, learner_group_id: int):
        # Two streams, so that the members (who, where, which agency) are the same for a seed whatever the
        # date, while their learning, which depends on the time left until now, follows from them.
        self.member_rng = rng = random.Random(f"{seed}:members")
        self.rng = random.Random(f"{seed}:learning")
        self.now = now
        self.today = timezone.localdate(now)
        self.plans = plans
        self.learner_group_id = learner_group_id
        self.regencies = [code for code, _province in regencies]
        self.provinces = dict(regencies)
        weights, self.blank = _regency_draw(rng, self.regencies)
        self.cum_weights = list(accumulate(weights))
        self.certificate_number = 0
        self.counts: Counter[str] = Counter()
        self.regencies_seen: set[str] = set()
        self.provinces_seen: set[str] = set()

    # Members ------------------------------------------------------------------------------------------------

    def _member(self, number: int) -> _Member:
        rng = self.member_rng
        index = bisect_left(self.cum_weights, rng.random() * self.cum_weights[-1])
        regency = self.regencies[min(index, len(self.regencies) - 1)]
        agency = _weighted(rng, AGENCY_WEIGHTS)
        level = _weighted(rng, AGENCY_LEVEL_WEIGHTS.get(agency, LEVEL_WEIGHTS))
        # More members joined recently: the platform is growing.
        days_ago = JOIN_SPAN_DAYS * rng.random() ** 1.5
        return _Member(
            number=number,
            regency_code=regency,
            province_code=self.provinces[regency],
            agency_type=str(agency),
            level=str(level),
            position=rng.choice(POSITIONS[agency]),
            joined=self.now - timedelta(days=days_ago),
            blank=regency in self.blank,
        )

    def _write_members(self, members: list[_Member]) -> None:
        rng = self.member_rng
        users = [
            User(
                email=synthetic_email(member.number),
                # What set_unusable_password() stores, without hashing anything per row.
                password=f"{UNUSABLE_PASSWORD_PREFIX}{rng.getrandbits(160):040x}",
                is_active=True,
                date_joined=member.joined,
            )
            for member in members
        ]
        User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        for member, user in zip(members, users, strict=True):
            member.user_id = user.pk
        User.groups.through.objects.bulk_create(
            [
                User.groups.through(user_id=member.user_id, group_id=self.learner_group_id)
                for member in members
            ],
            batch_size=BATCH_SIZE,
        )
        Profile.objects.bulk_create(
            [
                Profile(
                    user_id=member.user_id,
                    full_name=member.full_name,
                    agency_type=member.agency_type,
                    position=member.position,
                    task_force_level=member.level,
                    province_id=member.province_code,
                    regency_id=member.regency_code,
                    updated_at=member.joined,
                )
                for member in members
            ],
            batch_size=BATCH_SIZE,
        )
        self.counts["members"] += len(members)
        self.regencies_seen.update(member.regency_code for member in members)
        self.provinces_seen.update(member.province_code for member in members)

    # Enrolments ---------------------------------------------------------------------------------------------

    def _enrolments(self, member: _Member) -> Iterator[_EnrolmentDraw]:
        rng, now = self.rng, self.now
        anchor = member.joined
        completed_courses: set[int] = set()
        for course in _pick_courses(rng, self.plans):
            if not course.prerequisite_ids <= completed_courses:
                continue
            enrolled = anchor + timedelta(days=rng.expovariate(1 / ENROL_DELAY_MEAN_DAYS))
            if enrolled >= now:
                return  # this member has not got that far yet
            duration = timedelta(hours=1, days=rng.expovariate(1 / COMPLETION_MEAN_DAYS))
            completes = not member.blank and rng.random() < COMPLETION_PROPENSITY
            completed = enrolled + duration if completes and enrolled + duration < now else None
            draw = self._progress(
                member, course, enrolled, completed, min(now, enrolled + duration)
            )
            if completed is not None:
                completed_courses.add(course.id)
            anchor = completed or enrolled
            yield draw

    def _progress(self, member, course, enrolled, completed, active_until) -> _EnrolmentDraw:
        rng = self.rng
        end = completed or active_until
        attempts = []
        start = enrolled
        if course.pretests and rng.random() < PRETEST_SHARE:
            for quiz in course.pretests:
                started = _between(rng, start, start + (end - start) * 0.05)
                submitted = started + self._attempt_minutes(quiz)
                attempts.append((quiz, started, min(submitted, end), None))
                start = min(submitted, end)
        lessons = []
        lesson_ids = course.lesson_ids
        if completed is not None:
            # Lessons first, then the required quizzes; the last pass completes the course.
            lessons_end = start + (end - start) * 0.85 if course.required_quizzes else end
            times = _sorted_times(rng, start, lessons_end, len(lesson_ids))
            if times and not course.required_quizzes:
                times[-1] = completed
            lessons = [
                self._lesson(lesson_id, t, start)
                for lesson_id, t in zip(lesson_ids, times, strict=True)
            ]
            tries = []
            for quiz in course.required_quizzes:
                failures = rng.choices(
                    range(len(FAILED_ATTEMPT_WEIGHTS)), weights=FAILED_ATTEMPT_WEIGHTS
                )[0]
                if quiz.max_attempts is not None:
                    failures = min(failures, quiz.max_attempts - 1)
                tries += [(quiz, False)] * failures + [(quiz, True)]
            submitted_times = _sorted_times(rng, lessons_end, end, len(tries))
            if submitted_times:
                submitted_times[-1] = completed
            for (quiz, passed), submitted in zip(tries, submitted_times, strict=True):
                attempts.append((quiz, submitted - self._attempt_minutes(quiz), submitted, passed))
        else:
            # All lessons done but a required quiz not yet passed is possible only in a course with one.
            most = len(lesson_ids) if course.required_quizzes else max(0, len(lesson_ids) - 1)
            done = rng.randint(0, most)
            times = _sorted_times(rng, start, end, done)
            lessons = [
                self._lesson(lesson_id, t, start)
                for lesson_id, t in zip(lesson_ids, times, strict=False)
            ]
            if lessons and rng.random() < 0.3:
                lesson_id, first_viewed, _last, _completed = lessons[-1]
                lessons[-1] = (lesson_id, first_viewed, first_viewed, None)  # opened, not finished
            if done == len(lesson_ids) and course.required_quizzes and rng.random() < 0.6:
                quiz = course.required_quizzes[0]
                failures = rng.randint(1, min(2, quiz.max_attempts or 2))
                last_lesson = times[-1] if times else start
                for submitted in _sorted_times(rng, last_lesson, end, failures):
                    attempts.append(
                        (quiz, submitted - self._attempt_minutes(quiz), submitted, False)
                    )
        enrolment = Enrolment(
            user_id=member.user_id,
            course_id=course.id,
            enrolled_at=enrolled,
            completed_at=completed,
            last_lesson_id=lessons[-1][0] if lessons else None,
            province_id=member.province_code,
            regency_id=member.regency_code,
            agency_type=member.agency_type,
        )
        if completed is not None:
            enrolment.completion_province_id = member.province_code
            enrolment.completion_regency_id = member.regency_code
            enrolment.completion_agency_type = member.agency_type
        return _EnrolmentDraw(member, course, enrolment, lessons, attempts)

    def _lesson(self, lesson_id: int, completed: datetime, not_before: datetime):
        rng = self.rng
        first_viewed = max(not_before, completed - timedelta(minutes=rng.uniform(3, 30)))
        last_viewed = (
            _between(rng, completed, self.now) if rng.random() < REVISITED_SHARE else completed
        )
        return (lesson_id, first_viewed, last_viewed, completed)

    def _attempt_minutes(self, quiz: QuizPlan) -> timedelta:
        longest = min(35, (quiz.time_limit_minutes or 36) - 1)
        return timedelta(minutes=self.rng.uniform(min(4, longest), longest))

    # Writing ------------------------------------------------------------------------------------------------

    def write_chunk(self, numbers: range) -> None:
        members = [self._member(number) for number in numbers]
        self._write_members(members)
        draws = [draw for member in members for draw in self._enrolments(member)]
        Enrolment.objects.bulk_create([draw.enrolment for draw in draws], batch_size=BATCH_SIZE)
        self.counts["enrolments"] += len(draws)
        self.counts["completed enrolments"] += sum(
            1 for draw in draws if draw.enrolment.completed_at
        )
        progress = [
            LessonProgress(
                user_id=draw.member.user_id,
                enrolment_id=draw.enrolment.pk,
                lesson_id=lesson_id,
                first_viewed_at=first_viewed,
                last_viewed_at=last_viewed,
                completed_at=completed,
            )
            for draw in draws
            for lesson_id, first_viewed, last_viewed, completed in draw.lessons
        ]
        LessonProgress.objects.bulk_create(progress, batch_size=BATCH_SIZE)
        self.counts["lesson progress"] += len(progress)
        del progress
        attempts, best = self._attempts(draws)
        Attempt.objects.bulk_create(attempts, batch_size=BATCH_SIZE)
        self.counts["quiz attempts"] += len(attempts)
        certificates = [
            self._certificate(draw, best.get(draw.enrolment.pk))
            for draw in draws
            if draw.enrolment.completed_at is not None and draw.course.certificate is not None
        ]
        Certificate.objects.bulk_create(certificates, batch_size=BATCH_SIZE)
        self.counts["certificates"] += len(certificates)

    def _attempts(self, draws) -> tuple[list[Attempt], dict[int, float]]:
        """The attempts, and per enrolment the best score at its course's final assessment (the last required
        graded quiz), which its certificate shows."""
        rng = self.rng
        attempts, best = [], {}
        for draw in draws:
            numbers: Counter[int] = Counter()
            final = draw.course.required_quizzes[-1].id if draw.course.required_quizzes else None
            for quiz, started, submitted, passed in draw.attempts:
                numbers[quiz.id] += 1
                layout, possible, earned = _score(rng, quiz, passed=passed)
                percent = round(100 * earned / possible, 1) if possible else 0.0
                attempts.append(
                    Attempt(
                        id=uuid.UUID(int=rng.getrandbits(128), version=4),
                        user_id=draw.member.user_id,
                        quiz_id=quiz.id,
                        enrolment_id=draw.enrolment.pk,
                        revision_id=quiz.revision_id,
                        number=numbers[quiz.id],
                        is_pretest=quiz.is_pretest,
                        pass_mark=quiz.pass_mark,
                        layout=layout,
                        status=Attempt.Status.SUBMITTED,
                        started_at=started,
                        deadline=started + timedelta(minutes=quiz.time_limit_minutes)
                        if quiz.time_limit_minutes
                        else None,
                        submitted_at=submitted,
                        points=float(earned),
                        possible=possible,
                        percent=percent,
                        passed=percent >= quiz.pass_mark,
                    )
                )
                if quiz.id == final:
                    best[draw.enrolment.pk] = max(percent, best.get(draw.enrolment.pk, 0.0))
        return attempts, best

    def _certificate(self, draw: _EnrolmentDraw, score: float | None) -> Certificate:
        rng, plan = self.rng, draw.course.certificate
        completed_at = draw.enrolment.completed_at
        completed_on = timezone.localdate(completed_at)
        issued_at = min(self.now, completed_at + timedelta(seconds=rng.uniform(5, 600)))
        self.certificate_number += 1
        certificate = Certificate(
            number=f"{SYNTHETIC_NUMBER_PREFIX}-{completed_on.year}-{self.certificate_number:07d}",
            code=new_verification_code(),
            user_id=draw.member.user_id,
            course_id=draw.course.id,
            enrolment_id=draw.enrolment.pk,
            source=Certificate.Source.COMPLETION,
            completion_key=f"{SYNTHETIC_COMPLETION_KEY_PREFIX}{draw.enrolment.pk}",
            template_revision_id=plan.template_revision_id,
            holder_name=draw.member.full_name,
            course_title=draw.course.title,
            course_title_en=draw.course.title_en,
            completed_on=completed_on,
            score=score,
            regulations=draw.course.regulations,
            issuer=plan.issuer,
            language=plan.language,
            issued_at=issued_at,
            expires_on=_add_months(completed_on, plan.validity_months)
            if plan.validity_months
            else None,
            status=Certificate.Status.VALID,
            # No PDF: see the module docstring.
            pdf="",
            sha256="",
        )
        draw_status = rng.random()
        if draw_status < REVOKED_SHARE:
            certificate.status = Certificate.Status.REVOKED
            certificate.revoked_at = _between(rng, issued_at, self.now)
            certificate.revoked_reason = REVOKED_REASON
        elif draw_status < REVOKED_SHARE + EXPIRED_SHARE and (self.today - completed_on).days > 2:
            certificate.expires_on = completed_on + timedelta(
                days=rng.randint(1, (self.today - completed_on).days - 1)
            )
        if certificate.expires_on is not None:
            # Never e-mail an .invalid address: the reminder job skips certificates already reminded.
            certificate.reminded_at = issued_at
        return certificate


@contextmanager
def _timestamps_as_given(*fields):
    """Let bulk_create store the times we give to auto_now / auto_now_add fields.

    bulk_create overwrites them with the current time (DateTimeField.pre_save), which would put every
    synthetic enrolment and lesson view at the moment of seeding. Switching the flags off for the run is
    cheaper than rewriting a million rows afterwards; it changes the model fields process-wide, which is
    safe only because seeding runs alone in a management command (or a test).
    """
    saved = [
        (model_field, model_field.auto_now, model_field.auto_now_add) for model_field in fields
    ]
    for model_field in fields:
        model_field.auto_now = model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field, auto_now, auto_now_add in saved:
            model_field.auto_now, model_field.auto_now_add = auto_now, auto_now_add


def seed_synthetic(
    *,
    members: int,
    seed: int = DEFAULT_SEED,
    replace: bool = False,
    stdout=None,
    now: datetime | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> dict[str, int]:
    """Create ``members`` synthetic members and their learning (see the module docstring); returns counts.

    Synthetic data already there is removed first with ``replace``; without it, seeding is refused (a
    second set beside the first would skew every benchmark). Also refused when no regions are loaded or no
    course is live (SyntheticRefused).
    """
    if members < 1:
        raise SyntheticRefused("Give a number of members of at least 1.")
    regencies = list(Regency.objects.order_by("code").values_list("code", "province_id"))
    if not regencies:
        raise SyntheticRefused("No regencies: run manage.py load_regions first.")
    plans = _course_plans(random.Random(f"{seed}:layouts"))
    if not plans:
        raise SyntheticRefused("No live courses: run manage.py seed_demo first.")
    if synthetic_users().exists():
        if not replace:
            raise SyntheticRefused(
                "Synthetic data already exists: remove it first (seed_synthetic --remove), "
                "or replace it (--replace)."
            )
        removed = remove_synthetic()
        if stdout is not None:
            stdout.write(f"  removed the {removed['members']} synthetic members there were")
    seeder = _Seeder(
        seed=seed,
        now=now or timezone.now(),
        plans=plans,
        regencies=regencies,
        learner_group_id=Group.objects.get(name=LEARNER).pk,
    )
    started = time.monotonic()
    with _timestamps_as_given(
        Profile._meta.get_field("updated_at"),
        Enrolment._meta.get_field("enrolled_at"),
        LessonProgress._meta.get_field("first_viewed_at"),
        LessonProgress._meta.get_field("last_viewed_at"),
    ):
        for first in range(1, members + 1, chunk_size):
            with transaction.atomic():
                seeder.write_chunk(range(first, min(first + chunk_size, members + 1)))
            # With DEBUG on, Django keeps the text of recent queries: here megabytes each.
            reset_queries()
            if stdout is not None:
                stdout.write(
                    f"  {seeder.counts['members']:>7} / {members} members, "
                    f"{seeder.counts['lesson progress']:>8} progress rows ({time.monotonic() - started:.0f} s)"
                )
    coverage_changed()
    return {
        **seeder.counts,
        "regencies with members": len(seeder.regencies_seen),
        "provinces with members": len(seeder.provinces_seen),
        "blank-spot regencies": len(seeder.blank),
    }


# --- Removal ---------------------------------------------------------------------------------------------


def _raw_delete(queryset) -> int:
    # QuerySet.delete() can delete in one statement only for a model nothing else points to and no signal
    # receiver listens to; for the others (Enrolment, Attempt, Certificate, Profile …) Django's collector
    # loads every row into memory first, to follow the relations and send post_delete per row: a million
    # objects here. Removal deletes the dependants first, in order, so one DELETE … WHERE … per table is
    # safe; _raw_delete is that statement (what the collector itself runs for its "fast deletes"). The only
    # receivers it skips drop the coverage cache (coverage/caching.py), which removal drops once at the end.
    return queryset._raw_delete(queryset.db)


def _delete_users() -> int:
    """The accounts, once the rows this module creates are gone: in one statement when nothing else points
    to them (the usual case), else through Django's collector, in chunks, so that a relation this module
    does not know about (a session's admin log entry, an e-mail address added by hand …) is honoured, and a
    protected one stops the removal."""
    users = synthetic_users()
    relations = [
        relation
        for relation in User._meta.get_fields(include_hidden=True)
        if relation.auto_created
        and not relation.concrete
        and (relation.one_to_one or relation.one_to_many)
    ]
    if not any(
        relation.related_model._base_manager.filter(
            **{f"{relation.field.name}__in": users}
        ).exists()
        for relation in relations
    ):
        return _raw_delete(users)
    user_ids = list(users.order_by("pk").values_list("pk", flat=True))
    deleted = 0
    for start in range(0, len(user_ids), CHUNK_SIZE):
        _total, per_model = User.objects.filter(
            pk__in=user_ids[start : start + CHUNK_SIZE]
        ).delete()
        deleted += per_model.get(User._meta.label, 0)
    return deleted


@transaction.atomic
def remove_synthetic() -> dict[str, int]:
    """Delete every synthetic member and everything hanging off them, and nothing else; returns counts.

    Deletes table by table, from the leaves up, one statement each, then the accounts themselves.
    """
    users = synthetic_users().values("pk")
    certificates = Certificate.objects.filter(
        Q(completion_key__startswith=SYNTHETIC_COMPLETION_KEY_PREFIX)
        | Q(user__in=users)
        | Q(enrolment__user__in=users)
    ).values("pk")
    counts = {
        "certificate events": _raw_delete(
            CertificateEvent.objects.filter(certificate__in=certificates)
        ),
        "renewals": _raw_delete(
            Renewal.objects.filter(Q(enrolment__user__in=users) | Q(renews__in=certificates))
        ),
    }
    counts["certificates"] = _raw_delete(Certificate.objects.filter(pk__in=certificates))
    counts["quiz answers"] = _raw_delete(Response.objects.filter(attempt__user__in=users))
    counts["quiz attempts"] = _raw_delete(Attempt.objects.filter(user__in=users))
    counts["lesson progress"] = _raw_delete(LessonProgress.objects.filter(user__in=users))
    counts["reflections"] = _raw_delete(ReflectionAnswer.objects.filter(user__in=users))
    counts["enrolments"] = _raw_delete(Enrolment.objects.filter(user__in=users))
    counts["profiles"] = _raw_delete(Profile.objects.filter(user__in=users))
    counts["group memberships"] = _raw_delete(User.groups.through.objects.filter(user__in=users))
    counts["members"] = _delete_users()
    transaction.on_commit(coverage_changed)
    return counts
