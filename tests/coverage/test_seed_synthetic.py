"""`manage.py seed_synthetic`: realistic members at scale for benchmarks, kept apart and removable at once."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from types import SimpleNamespace

from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone

import pytest

from accounts.models import Profile, User
from certificates.models import Certificate
from certificates.renewals import certificates_due_reminder
from certificates.selectors import enrolments_missing_certificates
from courses.completion import lessons_requirement
from courses.models import CoursePage, Enrolment, LessonProgress, ModulePage
from coverage.caching import cell_keys
from coverage.synthetic import (
    REAL_ACCOUNTS_LIMIT,
    SYNTHETIC_EMAIL_SUFFIX,
    SyntheticRefused,
    blank_spot_regencies,
    remove_synthetic,
    seed_synthetic,
    synthetic_users,
)
from quizzes.models import Attempt, QuizPage
from quizzes.selectors import required_quizzes_passed
from quizzes.services import attempt_questions
from tests.certificates.factories import make_certificate
from tests.courses.factories import lessons_of, make_course
from tests.quizzes.support import make_quiz

pytestmark = pytest.mark.django_db

MEMBERS = 300


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Three courses and MEMBERS synthetic members, made once for the module.

    Seeding takes a couple of seconds, so it happens once, inside a transaction that is rolled back after
    the module's last test; each test runs in a savepoint within it (as in Django's
    TestCase.setUpTestData), so a test that removes or reseeds leaves the next one the same world.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with_quiz = make_course(modules=2, lessons_per_module=2)
        first_module = ModulePage.objects.child_of(with_quiz).order_by("path").first()
        make_quiz(
            with_quiz, module=first_module, mode=QuizPage.Mode.PRETEST, required=False, pass_mark=1
        )
        make_quiz(with_quiz, max_attempts=3)
        plain = make_course(lessons_per_module=3)
        no_certificate = make_course(lessons_per_module=2, certificate_enabled=False)
        counts = seed_synthetic(members=MEMBERS, seed=7)
        yield SimpleNamespace(
            with_quiz=with_quiz, plain=plain, no_certificate=no_certificate, counts=counts
        )
        transaction.set_rollback(True)


@pytest.fixture
def seeded(world):
    return world.counts


@pytest.fixture
def courses(world):
    return world.with_quiz, world.plain, world.no_certificate


def synthetic_enrolments():
    return Enrolment.objects.filter(user__in=synthetic_users())


def test_members_are_spread_over_many_regencies_and_provinces(seeded):
    profiles = Profile.objects.filter(user__in=synthetic_users())
    assert seeded["members"] == profiles.count() == MEMBERS
    assert profiles.values("regency").distinct().count() > 150
    assert profiles.values("province").distinct().count() > 30
    assert profiles.values("agency_type").distinct().count() >= 8
    # Most members serve at regency level.
    assert profiles.filter(task_force_level="regency").count() > MEMBERS / 2


def test_members_are_unmistakable_and_cannot_sign_in(seeded):
    users = list(synthetic_users())
    assert all(user.email.endswith(SYNTHETIC_EMAIL_SUFFIX) for user in users)
    assert not any(user.has_usable_password() for user in users)
    assert all(user.is_active for user in users)
    assert all(user.groups.filter(name="Learner").exists() for user in users[:20])
    assert users[0].profile.full_name.startswith("Peserta Sintetis ")


def test_completed_enrolments_meet_the_real_completion_requirements(seeded, courses):
    with_quiz, plain, _no_certificate = courses
    enrolments = synthetic_enrolments().select_related("course", "user__profile")
    completed = [enrolment for enrolment in enrolments if enrolment.is_complete]
    assert 0.55 < len(completed) / len(enrolments) < 0.8
    assert (
        seeded["lesson progress"]
        == LessonProgress.objects.filter(user__in=synthetic_users()).count()
    )
    for enrolment in completed[:40]:
        assert lessons_requirement(enrolment)
        assert required_quizzes_passed(enrolment)
        profile = enrolment.user.profile
        assert (
            enrolment.completion_province_id,
            enrolment.completion_regency_id,
            enrolment.completion_agency_type,
        ) == (profile.province_id, profile.regency_id, profile.agency_type)
        assert enrolment.user.date_joined <= enrolment.enrolled_at < enrolment.completed_at


def test_enrolments_in_progress_have_a_prefix_of_the_lessons(seeded, courses):
    _with_quiz, plain, _no_certificate = courses
    lessons = [lesson.pk for lesson in lessons_of(plain)]
    in_progress = synthetic_enrolments().filter(course=plain, completed_at__isnull=True)
    assert in_progress.exists()
    for enrolment in in_progress:
        done = list(
            enrolment.lesson_progress.order_by("lesson__path").values_list("lesson_id", flat=True)
        )
        assert done == lessons[: len(done)]
        assert not lessons_requirement(enrolment)


def test_times_are_spread_out_not_the_moment_of_seeding(seeded):
    now = timezone.now()
    enrolments = list(synthetic_enrolments().exclude(completed_at=None))
    months = {enrolment.completed_at.strftime("%Y-%m") for enrolment in enrolments}
    assert len(months) >= 12
    assert all(enrolment.enrolled_at < now - timedelta(minutes=1) for enrolment in enrolments)
    for progress in LessonProgress.objects.filter(user__in=synthetic_users()).exclude(
        completed_at=None
    )[:200]:
        assert progress.first_viewed_at <= progress.completed_at <= progress.last_viewed_at <= now
    # The fields are automatic again for everyone else.
    assert Enrolment._meta.get_field("enrolled_at").auto_now_add
    assert LessonProgress._meta.get_field("last_viewed_at").auto_now


def test_attempts_are_submitted_and_graded_against_their_revision(seeded, courses):
    with_quiz, _plain, _no_certificate = courses
    attempts = Attempt.objects.filter(user__in=synthetic_users())
    assert attempts.count() == seeded["quiz attempts"] > 0
    assert not attempts.filter(status=Attempt.Status.IN_PROGRESS).exists()
    assert attempts.filter(is_pretest=True).exists()
    assert attempts.filter(is_pretest=False, passed=False).exists()
    for attempt in attempts.filter(is_pretest=False)[:20]:
        assert attempt_questions(attempt)  # the layout matches the pinned revision's questions
        assert attempt.passed == (attempt.percent >= attempt.pass_mark)
        assert attempt.started_at < attempt.submitted_at
        assert attempt.enrolment.course_id == with_quiz.pk


def test_certificates_exist_exactly_for_completions_of_certificate_courses(seeded, courses):
    _with_quiz, _plain, no_certificate = courses
    certificates = Certificate.objects.filter(user__in=synthetic_users()).select_related(
        "enrolment", "user__profile"
    )
    completed = synthetic_enrolments().exclude(completed_at=None).exclude(course=no_certificate)
    assert seeded["certificates"] == certificates.count() == completed.count()
    assert not certificates.filter(course=no_certificate).exists()
    for certificate in certificates:
        assert certificate.number.startswith("SYN-")
        assert certificate.completion_key == f"synthetic:{certificate.enrolment_id}"
        assert certificate.enrolment.completed_at is not None
        assert certificate.holder_name == certificate.user.profile.full_name
        assert certificate.completed_on == timezone.localdate(certificate.enrolment.completed_at)
    assert certificates.filter(status=Certificate.Status.VALID).count() > 0.9 * len(certificates)
    # Nothing for the background jobs to do: no PDF to render, no reminder to an .invalid address.
    assert not set(enrolments_missing_certificates()) & set(completed.values_list("pk", flat=True))
    assert not certificates_due_reminder().filter(user__in=synthetic_users()).exists()


def test_blank_spot_regencies_have_members_but_no_completion(seeded):
    blank = blank_spot_regencies(seed=7)
    assert seeded["blank-spot regencies"] == len(blank) == 26  # 5 % of 514
    members = Profile.objects.filter(user__in=synthetic_users())
    assert members.filter(regency__in=blank).exists()
    assert not synthetic_enrolments().filter(regency__in=blank).exclude(completed_at=None).exists()
    assert not Certificate.objects.filter(enrolment__regency__in=blank).exists()
    assert Certificate.objects.exclude(enrolment__regency__in=blank).exists()


def test_removal_deletes_every_synthetic_row_and_leaves_real_data(
    courses, django_assert_max_num_queries
):
    real = make_certificate(course=courses[1])
    # A fixed number of statements however many members: nothing is loaded row by row.
    with django_assert_max_num_queries(60):
        removed = remove_synthetic()
    assert removed["members"] == MEMBERS
    assert not synthetic_users().exists()
    assert not Certificate.objects.filter(completion_key__startswith="synthetic:").exists()
    assert Enrolment.objects.count() == 1
    assert LessonProgress.objects.count() == len(lessons_of(courses[1]))
    assert Attempt.objects.count() == 0
    real.refresh_from_db()
    assert real.user is not None and real.enrolment is not None
    assert User.objects.filter(pk=real.user_id).exists()


def test_a_second_seed_is_refused_until_the_first_is_removed(seeded):
    with pytest.raises(SyntheticRefused, match="already exists"):
        seed_synthetic(members=10)
    assert synthetic_users().count() == MEMBERS
    remove_synthetic()
    assert seed_synthetic(members=10)["members"] == 10


def test_the_same_seed_gives_the_same_members(courses):
    def regencies():
        return list(
            Profile.objects.filter(user__in=synthetic_users())
            .order_by("user__email")
            .values_list("regency", "agency_type")
        )

    remove_synthetic()
    seed_synthetic(members=40, seed=3)
    first = regencies()
    remove_synthetic()
    # A month later: the members are the same, however far their learning got by then.
    seed_synthetic(members=40, seed=3, now=timezone.now() - timedelta(days=30))
    assert regencies() == first


def test_the_command_seeds_reports_and_removes(courses):
    out = StringIO()
    call_command("seed_synthetic", members=30, replace=True, stdout=out)
    assert "removed the 300" in out.getvalue() and "certificates" in out.getvalue()
    assert synthetic_users().count() == 30
    call_command("seed_synthetic", remove=True, stdout=StringIO())
    assert not synthetic_users().exists()


def test_the_command_refuses_beside_many_real_accounts_unless_forced(courses):
    User.objects.bulk_create(
        [User(email=f"anggota-nyata-{n}@example.org") for n in range(REAL_ACCOUNTS_LIMIT + 1)]
    )
    with pytest.raises(CommandError, match="real deployment"):
        call_command("seed_synthetic", members=5, replace=True, stdout=StringIO())
    assert synthetic_users().count() == MEMBERS
    call_command("seed_synthetic", members=5, replace=True, force=True, stdout=StringIO())
    assert synthetic_users().count() == 5


def test_the_command_refuses_under_the_production_settings(courses, settings):
    settings.SETTINGS_MODULE = "sigap.settings.production"
    with pytest.raises(CommandError, match="production"):
        call_command("seed_synthetic", members=5, replace=True, stdout=StringIO())
    assert synthetic_users().count() == MEMBERS


def test_seeding_and_removal_drop_the_dashboard_cache(world, django_capture_on_commit_callbacks):
    before = cell_keys(["32.73"], "")
    with django_capture_on_commit_callbacks(execute=True):
        remove_synthetic()
    after_removal = cell_keys(["32.73"], "")
    assert after_removal != before
    with django_capture_on_commit_callbacks(execute=True):
        seed_synthetic(members=10)
    assert cell_keys(["32.73"], "") != after_removal


def test_the_command_asks_for_courses_first(courses):
    CoursePage.objects.update(live=False)
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("seed_synthetic", members=5, replace=True, stdout=StringIO())
