"""Deleting one's own account: the password and an explicit yes, then everything goes except the certificate
records, which are withdrawn (name, score and PDF erased) so their verification pages keep answering; the
member leaves the coverage figures, one audit entry with their id remains, and a confirmation is mailed."""

from __future__ import annotations

from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page
from wagtail.users.models import UserProfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from accounts.models import CoordinatorScope, Profile, User
from accounts.privacy import ACCOUNT_DELETED
from certificates.models import Certificate, CertificateEvent
from certificates.services import certificate_revoke
from courses.models import Enrolment, LessonProgress, ReflectionAnswer
from courses.services import reflection_save
from coverage.filters import Filters
from coverage.selectors import coverage_report, place_for_code
from quizzes.models import Attempt
from tests.accounts.factories import PASSWORD, give_totp
from tests.certificates.factories import make_certificate, make_member
from tests.courses.factories import lessons_of
from tests.quizzes.factories import make_submitted_attempt
from tests.quizzes.support import make_quiz

pytestmark = pytest.mark.django_db

URL = reverse("accounts:delete")


@pytest.fixture(autouse=True)
def english(client):
    """Pages in English, so the tests read the source strings whatever the catalogue says."""
    client.cookies["sigap_language"] = "en"


@pytest.fixture
def certificate():
    """A learner in Kota Jakarta Pusat (31.71) with a certificate, an answered quiz and a reflection."""
    member = make_member(full_name="Siti Rahmawati", province_id="31", regency_id="31.71")
    certificate = make_certificate(user=member)
    reflection_save(
        user=member,
        lesson=lessons_of(certificate.course)[0],
        block_id="r1",
        text="<p>Catatan</p>",
    )
    quiz = make_quiz(certificate.course)
    make_submitted_attempt(member, quiz, {})
    return certificate


def delete(client, password: str = PASSWORD, *, confirm: bool = True):
    data = {"password": password}
    if confirm:
        data["confirm"] = "on"
    return client.post(URL, data)


def test_the_page_says_what_goes_and_what_stays_and_lists_the_certificates(client, certificate):
    client.force_login(certificate.user)

    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "What is deleted" in html and "What stays, and why" in html
    assert "withdrawn at your request" in html
    assert certificate.number in html
    assert 'name="password"' in html and 'name="confirm"' in html
    assert "no-store" in response["Cache-Control"]


def test_a_wrong_password_is_refused_clearly_and_nothing_is_deleted(client, certificate):
    member = certificate.user
    client.force_login(member)

    response = delete(client, "not-my-password")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Your account has not been deleted" in html
    assert "Incorrect password." in html
    assert User.objects.filter(pk=member.pk).exists()
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.holder_name == "Siti Rahmawati"
    assert Path(certificate.pdf.path).exists()
    assert "_auth_user_id" in client.session


def test_without_ticking_the_box_nothing_is_deleted(client, certificate):
    client.force_login(certificate.user)

    response = delete(client, confirm=False)

    assert "Tick the box to confirm" in response.content.decode()
    assert User.objects.filter(pk=certificate.user_id).exists()


def test_deleting_removes_the_account_and_everything_it_holds_and_signs_out(
    client, certificate, django_capture_on_commit_callbacks
):
    member = certificate.user
    give_totp(member)
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = delete(client)

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=member.pk).exists()
    for model in (Profile, Enrolment, LessonProgress, ReflectionAnswer, Attempt, Authenticator):
        assert not model.objects.filter(user_id=member.pk).exists(), model
    assert not EmailAddress.objects.filter(email=member.email).exists()
    assert "_auth_user_id" not in client.session
    home = client.get("/")
    assert "Your account has been deleted" in home.content.decode()


def test_the_certificates_are_withdrawn_with_the_name_score_and_pdf_erased(
    client, certificate, django_capture_on_commit_callbacks
):
    pdf = Path(certificate.pdf.path)
    client.force_login(certificate.user)

    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.WITHDRAWN
    assert certificate.user_id is None
    assert certificate.holder_name == ""
    assert certificate.score is None
    assert not certificate.pdf
    assert certificate.holder_erased_at is not None
    assert not pdf.exists()
    assert certificate.events.filter(action=CertificateEvent.Action.ERASED).count() == 1


def test_the_verification_page_and_its_json_then_say_withdrawn_without_the_name(
    client, certificate, django_capture_on_commit_callbacks
):
    client.force_login(certificate.user)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    facts = client.get(reverse("certificates:verify_json", args=[certificate.code])).json()

    assert "verify-withdrawn" in html
    assert "withdrawn" in html and "at the holder's request" in html
    assert "Sigap no longer holds the holder's details" in html
    assert "Siti Rahmawati" not in html
    assert certificate.number in html and certificate.course_title in html
    assert facts["status"] == "withdrawn"
    assert facts["name"] is None
    assert facts["holder_erased_on"] == timezone.localdate().isoformat()
    assert facts["number"] == certificate.number


def test_a_revoked_certificate_stays_revoked_but_loses_the_name(
    client, certificate, trainer, django_capture_on_commit_callbacks
):
    certificate_revoke(certificate=certificate, reason="Nama Siti Rahmawati salah", actor=trainer)
    client.force_login(certificate.user)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    facts = client.get(reverse("certificates:verify_json", args=[certificate.code])).json()
    html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()

    assert facts["status"] == "revoked"
    assert facts["name"] is None
    assert "has been revoked" in html
    assert "has since deleted their Sigap account" in html
    assert "Siti Rahmawati" not in html
    certificate.refresh_from_db()
    assert certificate.revoked_reason == ""
    assert not certificate.events.exclude(note="").exists()


def test_the_member_leaves_the_coverage_figures_on_the_next_load(
    client, certificate, django_capture_on_commit_callbacks
):
    def jakarta_pusat():
        report = coverage_report(place_for_code("31"), Filters())
        row = next(row for row in report.rows if row.code == "31.71")
        return (row.counts.registered, row.counts.certified)

    assert jakarta_pusat() == (1, 1)  # and now cached
    client.force_login(certificate.user)

    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    assert jakarta_pusat() == (0, 0)


def test_one_audit_entry_records_the_deletion_with_the_id_only(
    client, certificate, ministry, django_capture_on_commit_callbacks
):
    member = certificate.user
    member_id, address = member.pk, member.email
    log(instance=member, action="wagtail.edit", user=ministry)  # the user admin named the account
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    entry = ModelLogEntry.objects.get(action=ACCOUNT_DELETED)
    assert entry.data == {"user_id": member_id}
    assert entry.user_id == member_id
    assert str(member_id) in entry.label
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(member_id)
    )
    assert sorted(entries.values_list("action", flat=True)) == [ACCOUNT_DELETED, "wagtail.edit"]
    assert all(address not in e.label and "Siti" not in e.label for e in entries)


def test_a_confirmation_is_mailed_to_the_deleted_address_once_it_is_done(
    client, certificate, mailoutbox, django_capture_on_commit_callbacks
):
    address = certificate.user.email
    client.force_login(certificate.user)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        delete(client)

    assert callbacks  # sent after the commit, not before
    [mail] = [message for message in mailoutbox if address in message.to]
    assert mail.to == [address]
    assert "Siti Rahmawati" not in mail.body


def test_every_other_session_of_the_member_ends(
    client, certificate, django_capture_on_commit_callbacks
):
    other_device = Client()
    other_device.force_login(certificate.user)
    other_key = other_device.session.session_key
    bystander = Client()
    bystander.force_login(make_member())
    client.force_login(certificate.user)

    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    assert not Session.objects.filter(session_key=other_key).exists()
    assert other_device.get(reverse("accounts:dashboard")).status_code == 302
    assert Session.objects.filter(session_key=bystander.session.session_key).exists()


def test_a_failed_deletion_keeps_everything_including_the_pdf(
    client, certificate, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr("accounts.privacy.log", broken)
    client.force_login(certificate.user)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        delete(client)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.holder_name == "Siti Rahmawati"
    assert Path(certificate.pdf.path).exists()
    assert User.objects.filter(pk=certificate.user_id).exists()


def test_a_superuser_is_told_why_and_cannot_delete_their_account_here(client):
    admin = User.objects.create_superuser("admin@example.org", PASSWORD)
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    give_totp(admin)
    client.force_login(admin)

    page = client.get(URL)
    refused = delete(client)

    assert "Sigap must always keep an administrator" in page.content.decode()
    assert 'name="password"' not in page.content.decode()
    assert refused.status_code == 403
    assert User.objects.filter(pk=admin.pk).exists()


def test_a_trainer_can_delete_their_account_and_their_pages_stay_without_an_owner(
    client, trainer, django_capture_on_commit_callbacks
):
    course = make_certificate().course
    Page.objects.filter(pk=course.pk).update(owner=trainer)
    client.force_login(trainer)

    with django_capture_on_commit_callbacks(execute=True):
        response = delete(client)

    assert response.status_code == 302
    assert not User.objects.filter(pk=trainer.pk).exists()
    page = Page.objects.get(pk=course.pk)
    assert page.owner_id is None
    assert page.live


def test_a_staff_members_profile_picture_is_deleted_with_the_account(
    client, trainer, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(trainer)
    profile.avatar.save("avatar.png", ContentFile(b"\x89PNG not really"), save=True)
    picture = Path(profile.avatar.path)
    assert picture.exists()
    client.force_login(trainer)

    with django_capture_on_commit_callbacks(execute=True):
        delete(client)

    assert not picture.exists()
    assert not UserProfile.objects.filter(user_id=trainer.pk).exists()


def test_the_admin_shows_a_withdrawn_certificate_and_offers_no_pdf(
    client, certificate, trainer, django_capture_on_commit_callbacks
):
    member_client = Client()
    member_client.force_login(certificate.user)
    with django_capture_on_commit_callbacks(execute=True):
        delete(member_client)
    client.force_login(trainer)

    listing = client.get(reverse("certificates_issued:list")).content.decode()
    inspect = client.get(reverse("certificates_issued:inspect", args=[certificate.pk]))
    pdf = client.get(reverse("certificate_admin:pdf", args=[certificate.pk]))

    assert certificate.number in listing and "Withdrawn (account deleted)" in listing
    assert "The holder deleted their account" in inspect.content.decode()
    assert reverse("certificate_admin:pdf", args=[certificate.pk]) not in inspect.content.decode()
    assert pdf.status_code == 404


def test_the_log_records_the_deletion_by_id_only_once_it_is_committed(
    client, certificate, caplog, django_capture_on_commit_callbacks
):
    member_id, address = certificate.user_id, certificate.user.email
    client.force_login(certificate.user)

    with caplog.at_level("INFO", logger="accounts.privacy"):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            delete(client)
        assert f"User {member_id} deleted their account" not in caplog.text  # not before the commit
        for callback in callbacks:
            callback()

    assert f"User {member_id} deleted their account (1 certificates withdrawn)" in caplog.text
    assert address not in caplog.text and "Siti" not in caplog.text


def test_a_coordinator_can_delete_their_account_and_their_region_goes_with_it(
    client, coordinator_bandung, django_capture_on_commit_callbacks
):
    client.force_login(coordinator_bandung)

    with django_capture_on_commit_callbacks(execute=True):
        response = delete(client)

    assert response.status_code == 302
    assert not CoordinatorScope.objects.filter(user_id=coordinator_bandung.pk).exists()
    assert not User.objects.filter(pk=coordinator_bandung.pk).exists()
