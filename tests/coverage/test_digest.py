"""The weekly coverage digest: each regional coordinator gets last week's completions and the blank spots of their
own region, once per week, whatever fails or runs twice."""

from __future__ import annotations

import datetime as dt
from io import StringIO

from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

import pytest
from django_tasks import TaskResultStatus

from accounts.models import Regency, User
from courses.models import Enrolment
from coverage.digest import last_full_week, week_starting
from coverage.models import CoverageTarget, DigestDelivery
from coverage.tasks import send_coverage_digest, send_weekly_digests
from tests.accounts.factories import make_coordinator
from tests.certificates.factories import completed_enrolment, make_certificate, make_member
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

WEEK = last_full_week()


def in_indonesian(message: str) -> str:
    """What the mail says for ``message`` (the mail is in Indonesian, whatever the catalogue holds yet)."""
    with translation.override("id"):
        return gettext(message)


BLANK_REGENCY = "Blank spot: no member in this regency or city holds a valid certificate."


def jakarta(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def completed_on(enrolment: Enrolment, moment: dt.datetime) -> Enrolment:
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=moment)
    return enrolment


def member_in(regency: str, name: str):
    return make_member(province_id=regency[:2], regency_id=regency, full_name=name)


def regency_name(code: str) -> str:
    return Regency.objects.get(code=code).name


@pytest.fixture
def course():
    return make_course(lessons_per_module=1, title="Penanganan Korban TPPO")


@pytest.fixture
def week_in_jabar(course):
    """Completions in and around last week: two in Jawa Barat during the week (Kota Bandung, with a
    certificate, and Kabupaten Bogor), one there just before and one just after it, one in Aceh during it."""
    in_week = jakarta(WEEK.start + dt.timedelta(days=2), 10)
    bandung = make_certificate(user=member_in("32.73", "Siti Rahmawati"), course=course)
    completed_on(Enrolment.objects.get(user=bandung.user, course=course), in_week)
    completed_on(completed_enrolment(member_in("32.01", "Budi Santoso"), course), in_week)
    # Sunday 23:30 before the week and Monday 00:30 after it, in Jakarta.
    completed_on(
        completed_enrolment(member_in("32.73", "Dewi Lestari"), course),
        jakarta(WEEK.start - dt.timedelta(days=1), 23, 30),
    )
    completed_on(
        completed_enrolment(member_in("32.73", "Agus Pratama"), course),
        jakarta(WEEK.end + dt.timedelta(days=1), 0, 30),
    )
    completed_on(completed_enrolment(member_in("11.01", "Cut Nyak Meutia"), course), in_week)
    mail.outbox.clear()


def digests_to(user: User) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


def test_a_province_coordinator_gets_the_weeks_completions_per_regency_and_the_blank_spots(
    coordinator_jabar, week_in_jabar
):
    CoverageTarget.objects.create(province_id="32", members=40)

    send_weekly_digests.enqueue()

    [message] = digests_to(coordinator_jabar)
    assert "Jawa Barat" in message.subject
    assert coordinator_jabar.profile.full_name in message.body.splitlines()[0]
    assert f"{WEEK.start.day} " in message.subject
    body = message.body
    assert "- Kota Bandung: 1\n" in body
    assert "- Kabupaten Bogor: 1\n" in body
    assert "- Penanganan Korban TPPO: 2\n" in body
    # Not Aceh's completion, nor those just outside the week; no names in a province's digest.
    assert "Kabupaten Aceh Selatan" not in body
    assert "Siti Rahmawati" not in body and "Budi Santoso" not in body
    # Every regency without a certified member is a blank spot; Kota Bandung has one. Those with members
    # are listed with how many (Budi and the coordinator themself in Bogor), the others named on one line.
    assert "- Kabupaten Bogor (2 " in body
    [unregistered] = [line for line in body.splitlines() if "Kota Depok" in line]
    assert "Kabupaten Sukabumi, " in unregistered and "Kota Bandung" not in unregistered
    assert "- Kota Bandung (" not in body
    # One certified member (in Kota Bandung) of the 40 to train.
    coverage = in_indonesian(
        "Coverage today: %(certified)s of the %(target)s members to train hold a valid certificate "
        "(%(coverage)s%%)."
    ) % {"certified": 1, "target": 40, "coverage": 3}
    assert coverage in body
    assert "http://127.0.0.1:8000" + reverse("coverage:region", args=["32"]) in body


def test_a_regency_coordinator_gets_their_regency_only_with_the_names(
    coordinator_bandung, week_in_jabar
):
    send_weekly_digests.enqueue()

    [message] = digests_to(coordinator_bandung)
    assert "Kota Bandung" in message.subject
    body = message.body
    assert "Siti Rahmawati" in body
    assert "Dewi Lestari" not in body and "Agus Pratama" not in body  # outside the week
    assert "Budi Santoso" not in body and regency_name("32.01") not in body
    assert "- Penanganan Korban TPPO: 1\n" in body
    # Kota Bandung has a certified member: it is no blank spot.
    assert in_indonesian(BLANK_REGENCY) not in body
    assert reverse("coverage:region", args=["32.73"]) in body


def test_a_long_list_of_names_is_cut_and_the_rest_counted(coordinator_bandung, course, monkeypatch):
    monkeypatch.setattr("coverage.digest.MAX_NAMES", 2)
    in_week = jakarta(WEEK.start, 9)
    for name in ["Ani", "Bayu", "Citra"]:
        completed_on(completed_enrolment(member_in("32.73", name), course), in_week)

    send_coverage_digest.enqueue(coordinator_bandung.pk, WEEK.start.isoformat())

    [message] = digests_to(coordinator_bandung)
    assert "- Ani\n- Bayu\n" in message.body and "Citra" not in message.body
    with translation.override("id"):
        more = ngettext(
            "… and %(counter)s more, listed on the dashboard.",
            "… and %(counter)s more, listed on the dashboard.",
            1,
        ) % {"counter": 1}
    assert more in message.body


def test_a_regency_without_a_certified_member_is_told_it_is_a_blank_spot(course):
    coordinator = make_coordinator(province="32", regency="32.01")
    completed_enrolment(member_in("32.01", "Budi Santoso"), course)

    send_coverage_digest.enqueue(coordinator.pk, WEEK.start.isoformat())

    [message] = digests_to(coordinator)
    assert in_indonesian(BLANK_REGENCY) in message.body


def test_a_second_run_for_the_same_week_sends_nothing(
    coordinator_jabar, coordinator_bandung, week_in_jabar
):
    send_weekly_digests.enqueue(WEEK.start.isoformat())
    send_weekly_digests.enqueue(WEEK.start.isoformat())
    send_coverage_digest.enqueue(coordinator_jabar.pk, WEEK.start.isoformat())

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [coordinator_jabar.email, coordinator_bandung.email]
    )
    assert DigestDelivery.objects.filter(week_start=WEEK.start).count() == 2


def test_a_failed_mail_is_not_recorded_and_a_retry_sends_it(coordinator_jabar, monkeypatch):
    def refused(*args, **kwargs):
        raise OSError("the mail server refused the connection")

    monkeypatch.setattr("coverage.tasks.send_mail", refused)
    result = send_coverage_digest.enqueue(coordinator_jabar.pk, WEEK.start.isoformat())

    assert result.status == TaskResultStatus.FAILED
    assert not DigestDelivery.objects.exists()

    monkeypatch.undo()
    send_coverage_digest.enqueue(coordinator_jabar.pk, WEEK.start.isoformat())

    assert len(digests_to(coordinator_jabar)) == 1
    assert DigestDelivery.objects.filter(user=coordinator_jabar, week_start=WEEK.start).exists()


def test_inactive_coordinators_and_coordinators_without_an_address_get_nothing(
    coordinator_jabar, coordinator_bandung
):
    User.objects.filter(pk=coordinator_jabar.pk).update(is_active=False)
    User.objects.filter(pk=coordinator_bandung.pk).update(email="")

    assert send_weekly_digests.enqueue().return_value == 0
    send_coverage_digest.enqueue(coordinator_jabar.pk, WEEK.start.isoformat())

    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_members_who_are_not_coordinators_get_no_digest(coordinator_jabar):
    member = member_in("32.73", "Anggota Biasa")

    send_coverage_digest.enqueue(member.pk, WEEK.start.isoformat())

    assert digests_to(member) == []


def test_the_week_is_the_last_full_monday_to_sunday():
    # Wednesday 11 March 2026: the week of Monday 2 March to Sunday 8 March.
    week = last_full_week(dt.date(2026, 3, 11))
    assert (week.start, week.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
    # On a Monday the week that just ended.
    assert last_full_week(dt.date(2026, 3, 9)).start == dt.date(2026, 3, 2)


def test_the_command_enqueues_the_last_full_weeks_digests(coordinator_jabar):
    out = StringIO()
    call_command("send_coverage_digests", stdout=out)

    assert WEEK.start.isoformat() in out.getvalue()
    assert len(digests_to(coordinator_jabar)) == 1
    assert DigestDelivery.objects.get().week_start == WEEK.start


def test_the_command_sends_a_missed_earlier_week(coordinator_jabar):
    earlier = WEEK.start - dt.timedelta(weeks=2)

    call_command("send_coverage_digests", week=earlier.isoformat(), stdout=StringIO())

    assert DigestDelivery.objects.get().week_start == earlier
    assert len(digests_to(coordinator_jabar)) == 1


@pytest.mark.parametrize(
    "week",
    [
        (WEEK.start + dt.timedelta(days=1)).isoformat(),  # a Tuesday
        (WEEK.start + dt.timedelta(weeks=1)).isoformat(),  # this week: not over yet
        "2026-13-01",
    ],
)
def test_the_command_refuses_a_week_that_is_not_a_past_monday(week):
    with pytest.raises(CommandError):
        call_command("send_coverage_digests", week=week, stdout=StringIO())


def test_a_week_is_named_by_its_monday():
    assert week_starting(WEEK.start.isoformat()) == WEEK
    with pytest.raises(ValueError, match="not a Monday"):
        week_starting(WEEK.end)
