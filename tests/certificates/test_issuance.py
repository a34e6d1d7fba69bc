"""Issuing: automatic on completion through the task queue, once per completion, retried, never half-done,
and pinned to what it certified when it was issued."""

from __future__ import annotations

import hashlib
import re
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.models import Profile
from certificates import services
from certificates.models import Certificate, CertificateEvent
from certificates.pdf import verification_url
from certificates.services import certificate_issue
from certificates.tasks import issue_certificate
from courses.models import CoursePage, Enrolment
from courses.services import enrolment_create
from quizzes import services as quiz_services
from tests.certificates.factories import (
    complete,
    completed_enrolment,
    edit_template,
    make_certificate,
    make_member,
    make_template,
)
from tests.courses.factories import make_course, make_regulation
from tests.quizzes.bench_support import answer_all
from tests.quizzes.support import make_quiz

pytestmark = pytest.mark.django_db


def verification_section(client, certificate) -> str:
    """What the public verification page says about the certificate (the page around it has a CSRF token)."""
    html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    return re.search(r"<section class=\"panel verify-result.*?</section>", html, re.S).group()


def stored_pdfs() -> list[Path]:
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "certificates"
    return sorted(folder.rglob("*.pdf")) if folder.exists() else []


@pytest.fixture
def enrolment():
    """An enrolment whose last lesson is still to do."""
    return enrolment_create(user=make_member(), course=make_course(lessons_per_module=1))


def test_completing_a_course_issues_its_certificate_through_the_task_queue(
    enrolment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)

    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.user == enrolment.user
    assert certificate.status == Certificate.Status.VALID
    assert certificate.events.get().action == CertificateEvent.Action.ISSUED


def test_the_member_gets_one_email_with_the_verification_link(
    enrolment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)
    issue_certificate.enqueue(enrolment.pk)  # a duplicate task mails nothing more

    certificate = Certificate.objects.get(enrolment=enrolment)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [enrolment.user.email]
    assert verification_url(certificate.code) in message.body
    assert reverse("certificates:mine") in message.body


def test_issuing_twice_for_one_completion_gives_the_same_certificate():
    enrolment = completed_enrolment()

    first = certificate_issue(enrolment=enrolment)
    second = certificate_issue(enrolment=enrolment)

    assert first.pk == second.pk
    assert Certificate.objects.count() == 1
    assert len(stored_pdfs()) == 1


def test_enqueuing_the_task_twice_issues_one_certificate_and_one_email():
    enrolment = completed_enrolment()

    issue_certificate.enqueue(enrolment.pk)
    issue_certificate.enqueue(enrolment.pk)

    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert len(mail.outbox) == 1


def test_a_concurrent_issue_of_the_same_completion_gives_one_certificate(monkeypatch):
    """Two tasks for one completion both find no certificate; the one that stores second gets the first's.

    The race is played in one thread: while the first task renders its PDF, the second runs to the end.
    """
    enrolment = completed_enrolment()
    real_render = services.render_pdf
    rival = {}

    def render_while_a_rival_issues(certificate, template):
        if "started" not in rival:
            rival["started"] = certificate.number
            rival["certificate"] = certificate_issue(enrolment=enrolment)
        return real_render(certificate, template)

    monkeypatch.setattr(services, "render_pdf", render_while_a_rival_issues)

    certificate = certificate_issue(enrolment=enrolment)

    assert certificate.pk == rival["certificate"].pk
    assert Certificate.objects.count() == 1
    assert stored_pdfs() == [Path(rival["certificate"].pdf.path)], "the loser's PDF is removed"


def test_a_failed_render_is_retried_and_issues_the_certificate(
    enrolment, monkeypatch, django_capture_on_commit_callbacks
):
    real_render = services.render_pdf
    calls = []

    def fail_once(certificate, template):
        calls.append(certificate.number)
        if len(calls) == 1:
            raise OSError("disk briefly unavailable")
        return real_render(certificate, template)

    monkeypatch.setattr(services, "render_pdf", fail_once)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)

    assert len(calls) == 2
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert stored_pdfs() == [Path(certificate.pdf.path)]
    assert len(mail.outbox) == 1


def test_a_render_that_keeps_failing_leaves_nothing_behind_until_the_command_issues_it(
    enrolment, monkeypatch, django_capture_on_commit_callbacks
):
    real_render = services.render_pdf
    calls = []

    def always_fail(certificate, template):
        calls.append(certificate.number)
        raise OSError("renderer down")

    monkeypatch.setattr(services, "render_pdf", always_fail)
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrolment)

    assert len(calls) == 3, "tried three times"
    assert not Certificate.objects.exists()
    assert stored_pdfs() == []
    assert mail.outbox == []

    monkeypatch.setattr(services, "render_pdf", real_render)
    call_command("issue_missing_certificates", stdout=StringIO())

    certificate = Certificate.objects.get(enrolment=enrolment)
    assert stored_pdfs() == [Path(certificate.pdf.path)]
    assert len(mail.outbox) == 1


def test_a_failed_insert_removes_the_stored_pdf(monkeypatch):
    enrolment = completed_enrolment()

    def insert_fails(**kwargs):
        raise DatabaseError("database went away")

    monkeypatch.setattr(CertificateEvent.objects, "create", insert_fails)

    with pytest.raises(DatabaseError):
        certificate_issue(enrolment=enrolment)

    assert not Certificate.objects.exists()
    assert stored_pdfs() == []


def test_a_course_without_certificates_issues_none(django_capture_on_commit_callbacks):
    course = make_course(lessons_per_module=1, certificate_enabled=False)
    enrolment = enrolment_create(user=make_member(), course=course)

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(enrolment)

    assert enrolment.completed_at is not None
    assert not Certificate.objects.exists()
    assert stored_pdfs() == []
    assert mail.outbox == []


def test_the_stored_pdf_matches_its_recorded_sha256():
    certificate = make_certificate()

    data = Path(certificate.pdf.path).read_bytes()

    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == certificate.sha256


def test_the_certificate_snapshots_what_it_certifies():
    regulation = make_regulation(kind="uu", number="21", year=2007, title_id="Pemberantasan TPPO")
    course = make_course(lessons_per_module=1, title="Penanganan Korban", title_en="Victim Care")
    course.regulations.add(regulation)
    course.save_revision().publish()
    member = make_member(full_name="Dewi Lestari")
    make_template(course=course, issuer="Gugus Tugas PP-TPPO Provinsi Jawa Barat")

    certificate = make_certificate(user=member, course=CoursePage.objects.get(pk=course.pk))

    assert certificate.holder_name == "Dewi Lestari"
    assert certificate.course_title == "Penanganan Korban"
    assert certificate.course_title_en == "Victim Care"
    assert certificate.completed_on == timezone.localdate(certificate.enrolment.completed_at)
    assert certificate.issuer == "Gugus Tugas PP-TPPO Provinsi Jawa Barat"
    assert str(regulation) in certificate.regulations
    assert certificate.template_revision_id is not None


def test_the_score_is_the_best_final_quiz_score(learner):
    quiz = make_quiz()
    enrolment = enrolment_create(user=learner, course=quiz.get_parent().get_parent().specific)
    complete(enrolment)
    passed = quiz_services.attempt_submit(
        attempt=answer_all(quiz_services.attempt_start(user=learner, quiz=quiz))
    )
    retake = quiz_services.attempt_submit(
        attempt=quiz_services.attempt_start(user=learner, quiz=quiz)
    )
    assert (passed.percent, retake.percent) == (100, 0)

    certificate = certificate_issue(enrolment=Enrolment.objects.get(pk=enrolment.pk))

    assert certificate.score == 100


def test_later_edits_change_nothing_about_an_issued_certificate(client):
    course = make_course(lessons_per_module=1, title="Kursus Asli")
    template = make_template(course=course, issuer="Penerbit Asli", title="Sertifikat Asli")
    member = make_member(full_name="Nama Asli")
    certificate = make_certificate(user=member, course=course)
    verify_page = verification_section(client, certificate)
    pdf = Path(certificate.pdf.path).read_bytes()

    edit_template(template, issuer="Penerbit Baru", title="Sertifikat Baru", body="Baru: {name}.")
    course.title = "Kursus Baru"
    course.save_revision().publish()
    Profile.objects.filter(user=member).update(full_name="Nama Baru")

    certificate.refresh_from_db()
    assert certificate.template_revision.as_object().issuer == "Penerbit Asli"
    assert verification_section(client, certificate) == verify_page
    assert all(old in verify_page for old in ("Nama Asli", "Kursus Asli", "Penerbit Asli"))
    assert Path(certificate.pdf.path).read_bytes() == pdf
    assert hashlib.sha256(pdf).hexdigest() == certificate.sha256


def test_a_corrected_certificate_changes_the_name_and_nothing_else(settings):
    old = make_certificate()
    template = services.template_for(old.course)
    edit_template(template, validity_months=6, issuer="Penerbit Baru")
    Profile.objects.filter(user=old.user).update(full_name="Nama Yang Dibetulkan")
    old = Certificate.objects.get(pk=old.pk)  # as the admin loads it

    new = services.certificate_reissue(certificate=old, actor=None)

    assert new.holder_name == "Nama Yang Dibetulkan"
    assert new.template_revision_id == old.template_revision_id
    for field in services.SNAPSHOT_FIELDS:
        assert getattr(new, field) == getattr(old, field), field
    assert new.number != old.number and new.code != old.code


def test_a_member_without_a_profile_gets_no_certificate_with_their_address_as_the_name():
    enrolment = completed_enrolment()
    Profile.objects.filter(user=enrolment.user).delete()

    with pytest.raises(services.CertificateRefused):
        certificate_issue(enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_the_email_subject_keeps_an_ampersand_as_typed(django_capture_on_commit_callbacks):
    course = make_course(title="Hak & Kewajiban Saksi")
    with django_capture_on_commit_callbacks(execute=True):
        completed_enrolment(course=course)

    assert "Hak & Kewajiban Saksi" in mail.outbox[-1].subject
