"""Certificates that end: a reminder 30 days before, and renewal by passing the course's final quiz again."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.models import Certificate, CertificateEvent, Renewal
from certificates.renewals import renewable_ids
from certificates.services import certificate_issue_classroom, template_for
from certificates.tasks import send_expiry_reminders
from courses.services import enrolment_create
from quizzes import services as quiz_services
from tests.certificates.factories import complete, edit_template, make_certificate, make_member
from tests.courses.factories import make_course
from tests.quizzes.support import make_quiz, single_choice

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def ends_in(certificate: Certificate, days: int) -> Certificate:
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=TODAY + timedelta(days=days))
    certificate.refresh_from_db()
    return certificate


def take_quiz(user, quiz, *, right: bool):
    attempt = quiz_services.attempt_start(user=user, quiz=quiz)
    question = quiz_services.attempt_questions(attempt)[0]
    quiz_services.response_save(
        attempt=attempt, question_id=question["id"], answer=1 if right else 0
    )
    return quiz_services.attempt_submit(attempt=attempt)


@pytest.fixture
def course():
    course = make_course(lessons_per_module=1)
    edit_template(template_for(course), validity_months=12)
    return course


@pytest.fixture
def quiz(course):
    # single_choice(right=1): choice 1 is the right one. One attempt per round.
    return make_quiz(course, questions=[single_choice("r", right=1)], max_attempts=1, pass_mark=60)


@pytest.fixture
def certified(course, quiz, django_capture_on_commit_callbacks):
    """A member who completed the course (lessons and the final quiz) and holds its certificate."""
    member = make_member()
    enrolment = enrolment_create(user=member, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
        take_quiz(member, quiz, right=True)
    certificate = Certificate.objects.get(user=member)
    assert certificate.expires_on is not None
    return certificate


# Reminders --------------------------------------------------------------------------------------------


def test_a_member_is_reminded_once_thirty_days_before_the_end(django_capture_on_commit_callbacks):
    soon = make_certificate()
    later = make_certificate()
    ends_in(soon, 20)
    ends_in(later, 45)
    mail.outbox.clear()

    send_expiry_reminders.enqueue()
    send_expiry_reminders.enqueue()

    assert [message.to for message in mail.outbox] == [[soon.user.email]]
    assert soon.number in mail.outbox[0].body
    soon.refresh_from_db()
    assert soon.reminded_at is not None
    assert soon.events.filter(action=CertificateEvent.Action.REMINDED).count() == 1
    later.refresh_from_db()
    assert later.reminded_at is None


def test_a_revoked_or_renewed_certificate_brings_no_reminder(course):
    member = make_member()
    older = ends_in(make_certificate(user=member, course=course), 10)
    Certificate.objects.filter(pk=older.pk).update(issued_at=timezone.now() - timedelta(days=400))
    # A newer certificate for the same course (here from a classroom training) replaces the need.
    certificate_issue_classroom(user=member, course=course, completed_on=TODAY, actor=None)
    revoked = ends_in(make_certificate(), 10)
    Certificate.objects.filter(pk=revoked.pk).update(status=Certificate.Status.REVOKED)
    sent_before = len(mail.outbox)

    send_expiry_reminders.enqueue()

    assert len(mail.outbox) == sent_before


# Renewal ----------------------------------------------------------------------------------------------


def test_renewal_opens_thirty_days_before_the_end(client, certified):
    client.force_login(certified.user)
    client.cookies["sigap_language"] = "en"

    assert certified.pk not in renewable_ids(certified.user)
    assert "Renew" not in client.get(reverse("certificates:mine")).content.decode()

    ends_in(certified, 25)
    assert certified.pk in renewable_ids(certified.user)
    assert "Renew" in client.get(reverse("certificates:mine")).content.decode()


def test_passing_the_final_quiz_again_renews_the_certificate_and_keeps_the_history(
    client, certified, quiz, django_capture_on_commit_callbacks
):
    member = certified.user
    enrolment = certified.enrolment
    first_completion = enrolment.completed_at
    ends_in(certified, 10)
    client.force_login(member)

    response = client.post(reverse("certificates:renew", args=[certified.code]))

    assert response.status_code == 302 and response["Location"] == quiz.url
    renewal = Renewal.objects.get(enrolment=enrolment)
    # The quiz allows one attempt; the one before the renewal no longer counts.
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(member, quiz, right=True)

    renewal.refresh_from_db()
    assert renewal.completed_at is not None
    new = Certificate.objects.filter(user=member).exclude(pk=certified.pk).get()
    assert new.completion_key == f"renewal:{renewal.pk}"
    assert new.expires_on > certified.expires_on
    assert new.pk not in renewable_ids(member) and certified.pk not in renewable_ids(member)
    enrolment.refresh_from_db()
    assert enrolment.completed_at == first_completion  # the first completion is never undone
    certified.refresh_from_db()
    assert certified.status == Certificate.Status.VALID  # the old one stays, ending on its own date
    assert mail.outbox[-1].to == [member.email]


def test_failing_the_renewal_attempt_uses_up_the_rounds_attempts(client, certified, quiz):
    member = certified.user
    ends_in(certified, 10)
    client.force_login(member)
    client.post(reverse("certificates:renew", args=[certified.code]))

    take_quiz(member, quiz, right=False)

    with pytest.raises(quiz_services.QuizRefused):
        quiz_services.attempt_start(user=member, quiz=quiz)
    assert Certificate.objects.filter(user=member).count() == 1


def test_renewing_too_early_is_refused_with_a_reason(client, certified):
    client.force_login(certified.user)
    client.cookies["sigap_language"] = "en"

    response = client.post(reverse("certificates:renew", args=[certified.code]), follow=True)

    assert "renewal opens 30 days before it ends" in response.content.decode()
    assert not Renewal.objects.exists()


def test_another_members_certificate_cannot_be_renewed(client, certified):
    ends_in(certified, 10)
    client.force_login(make_member())

    response = client.post(reverse("certificates:renew", args=[certified.code]))

    assert response.status_code == 404
    assert not Renewal.objects.exists()


def test_renewing_needs_a_signed_in_member_and_a_post(client, certified):
    url = reverse("certificates:renew", args=[certified.code])

    assert client.post(url)["Location"].startswith(reverse("account_login"))
    client.force_login(certified.user)
    assert client.get(url).status_code == 405


def test_a_renewed_certificate_cannot_be_renewed_again_even_before_the_new_one_exists(
    client, certified, quiz, monkeypatch, django_capture_on_commit_callbacks
):
    member = certified.user
    ends_in(certified, 10)
    client.force_login(member)
    client.post(reverse("certificates:renew", args=[certified.code]))

    # Rendering the new certificate fails (every retry): the renewal is passed, its certificate missing.
    def broken(**kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr("certificates.renewals.certificate_issue_renewal", broken)
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(member, quiz, right=True)
    assert Renewal.objects.get().completed_at is not None
    assert Certificate.objects.filter(user=member).count() == 1

    assert certified.pk not in renewable_ids(member)
    client.post(reverse("certificates:renew", args=[certified.code]))
    assert Renewal.objects.count() == 1

    monkeypatch.undo()
    call_command("issue_missing_certificates", stdout=StringIO())
    renewal = Renewal.objects.get()
    assert Certificate.objects.filter(completion_key=f"renewal:{renewal.pk}").count() == 1


def test_every_required_quiz_must_be_passed_again_and_the_score_is_the_rounds(
    client, course, quiz, django_capture_on_commit_callbacks
):
    first = make_quiz(course, questions=[single_choice("p", right=1)], max_attempts=None)
    # Tree order: the new quiz sits after `quiz` in the same module, so `first` is now the final one.
    member = make_member()
    enrolment = enrolment_create(user=member, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
        take_quiz(member, quiz, right=True)
        take_quiz(member, first, right=True)
    certificate = ends_in(Certificate.objects.get(user=member), 10)
    client.force_login(member)

    response = client.post(reverse("certificates:renew", args=[certificate.code]))

    assert response["Location"] == quiz.url  # the first quiz still to pass
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(member, first, right=True)
    assert Certificate.objects.filter(user=member).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(member, quiz, right=True)
    assert Certificate.objects.filter(user=member).count() == 2


def test_a_classroom_only_certificate_is_renewed_at_a_classroom_training(course):
    member = make_member()
    certificate = certificate_issue_classroom(
        user=member, course=course, completed_on=TODAY, actor=None
    )
    ends_in(certificate, 10)
    mail.outbox.clear()

    send_expiry_reminders.enqueue()

    assert certificate.pk not in renewable_ids(member)
    assert "choose Renew" not in mail.outbox[0].body and "Perbarui" not in mail.outbox[0].body


def test_a_deactivated_member_is_not_reminded():
    certificate = ends_in(make_certificate(), 10)
    type(certificate.user).objects.filter(pk=certificate.user_id).update(is_active=False)
    mail.outbox.clear()

    send_expiry_reminders.enqueue()

    assert mail.outbox == []
