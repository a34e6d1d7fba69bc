"""A member's copy of their data: one JSON file with everything Sigap holds about them (account, profile,
roles, learning, quiz answers, certificates, e-mails sent, two-factor methods, audit entries), and never a
secret: no password hash, session key, two-factor secret or recovery code, and no right answer of an open
quiz attempt."""

from __future__ import annotations

import datetime as dt
import json
import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from accounts.privacy import EXPORT_FORMAT
from courses.services import reflection_save
from coverage.models import DigestDelivery
from quizzes import services as quiz_services
from tests.accounts.factories import give_totp
from tests.certificates.factories import make_certificate, make_member
from tests.courses.factories import lessons_of
from tests.quizzes.factories import make_submitted_attempt
from tests.quizzes.support import course_of, enrol, make_quiz, ordering, single_choice

from .privacy_support import download, reauthenticate

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return make_member(
        full_name="Siti Rahmawati", position="Penyidik", province_id="31", regency_id="31.71"
    )


def test_the_download_is_a_json_attachment_named_by_date_and_never_cached(client, member):
    client.force_login(member)
    reauthenticate(client)

    response = client.get(reverse("accounts:data_download"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="sigap-data-{today}.json"'
    assert "no-store" in response["Cache-Control"]
    assert json.loads(response.content)["format"] == EXPORT_FORMAT


def test_it_holds_the_account_with_its_addresses_and_the_task_force_profile(client, member):
    client.force_login(member)

    data = download(client)

    account = data["account"]
    assert account["email"] == member.email
    assert account["email_addresses"] == [
        {"address": member.email, "primary": True, "verified": True}
    ]
    assert account["date_joined"][:10] == member.date_joined.date().isoformat()
    assert account["last_login"] is not None
    assert account["language"] == "id"
    profile = data["task_force_profile"]
    assert profile["full_name"] == "Siti Rahmawati"
    assert profile["position"] == "Penyidik"
    assert profile["agency_type"]["code"] == "dp3a"
    assert profile["province"] == {"code": "31", "name": "Daerah Khusus Ibukota Jakarta"}
    assert profile["regency"]["code"] == "31.71"
    assert [role["name"] for role in data["roles"]] == ["Learner"]
    assert data["coordinator_scope"] is None


def test_a_coordinator_sees_the_region_they_coordinate_and_the_digests_sent_to_them(
    client, coordinator_bandung
):
    DigestDelivery.objects.create(user=coordinator_bandung, week_start=dt.date(2026, 3, 2))
    client.force_login(coordinator_bandung)

    data = download(client)

    assert data["coordinator_scope"]["regency"] == {"code": "32.73", "name": "Kota Bandung"}
    assert "Regional coordinator" in [role["name"] for role in data["roles"]]
    assert [digest["week_beginning"] for digest in data["coverage_digests"]] == ["2026-03-02"]


def test_it_holds_courses_with_lesson_progress_completion_and_reflections(client, member):
    certificate = make_certificate(user=member)
    lesson = lessons_of(certificate.course)[0]
    reflection_save(user=member, lesson=lesson, block_id="refleksi-1", text="<p>Catatan saya</p>")
    client.force_login(member)

    data = download(client)

    [enrolment] = data["enrolments"]
    assert enrolment["course"] == {"id": certificate.course.pk, "title": certificate.course.title}
    assert enrolment["completed_at"] is not None
    assert enrolment["at_enrolment"]["regency"]["code"] == "31.71"
    assert enrolment["at_completion"]["province"]["code"] == "31"
    assert [row["lesson"]["id"] for row in enrolment["lessons"]] == [lesson.pk]
    assert enrolment["lessons"][0]["completed_at"] is not None
    [reflection] = data["reflections"]
    assert reflection["lesson"]["id"] == lesson.pk
    assert reflection["text"] == "<p>Catatan saya</p>"


def test_it_holds_certificates_with_their_verification_address_and_history(client, member):
    certificate = make_certificate(user=member)
    client.force_login(member)

    [entry] = download(client)["certificates"]

    assert entry["number"] == certificate.number
    assert entry["name"] == "Siti Rahmawati"
    assert entry["status"] == "valid"
    assert entry["verification_url"].endswith(f"/verify/{certificate.code}/")
    assert [event["action"]["code"] for event in entry["history"]] == ["issued"]


def test_a_submitted_attempt_has_the_answers_in_words_in_the_order_seen_and_the_score(
    client, member
):
    quiz = make_quiz(questions=[single_choice("sc", right=1), ordering("or", size=3)])
    make_submitted_attempt(member, quiz, {quiz.questions[0].id: 0, quiz.questions[1].id: [2, 1, 0]})
    client.force_login(member)

    [attempt] = download(client)["quiz_attempts"]

    assert attempt["quiz"]["title"] == quiz.title
    assert attempt["status"]["code"] == "submitted"
    assert attempt["score"]["passed"] is False
    assert attempt["score"]["pass_mark"] == 70
    first, second = attempt["answers"]
    assert first["position"] == 1
    assert first["question"] == "Soal sc: pilih satu."
    assert first["answer"] == ["Pilihan sc0"]
    assert first["points"] == 0
    assert second["answer"] == ["Langkah or-3", "Langkah or-2", "Langkah or-1"]


def test_an_open_attempt_shows_the_members_answers_but_no_points_feedback_or_right_answer(
    client, member
):
    quiz = make_quiz(questions=[single_choice("sc", right=1), single_choice("nx", right=2)])
    enrol(member, quiz)
    attempt = quiz_services.attempt_start(user=member, quiz=quiz)
    quiz_services.response_save(attempt=attempt, question_id=quiz.questions[0].id, answer=0)
    client.force_login(member)

    [entry] = download(client)["quiz_attempts"]

    assert entry["status"]["code"] == "in_progress"
    assert entry["score"] is None
    assert [answer["answer"] for answer in entry["answers"]] == [["Pilihan sc0"], []]
    assert all("points" not in answer for answer in entry["answers"])
    text = json.dumps(entry)
    assert "Pilihan sc1" not in text and "Pilihan nx2" not in text  # the right choices
    assert "FB-" not in text  # feedback
    assert '"correct"' not in text


def test_two_factor_methods_are_listed_without_their_secret_or_codes(client, member):
    secret = give_totp(member)
    codes = RecoveryCodes.activate(member).get_unused_codes()
    client.force_login(member)
    reauthenticate(client)

    response = client.get(reverse("accounts:data_download"))

    data = json.loads(response.content)
    assert data["two_factor"]["enabled"] is True
    assert sorted(method["type"]["code"] for method in data["two_factor"]["methods"]) == [
        "recovery_codes",
        "totp",
    ]
    body = response.content.decode()
    assert secret not in body
    assert not any(code in body for code in codes)


def test_the_file_never_holds_the_password_hash_or_the_session_key(client, member):
    make_certificate(user=member)
    client.force_login(member)
    reauthenticate(client)

    body = client.get(reverse("accounts:data_download")).content.decode()

    member.refresh_from_db()
    assert member.password not in body
    assert member.password.split("$")[-1] not in body  # not even the hash without its prefix
    assert client.session.session_key not in body
    assert not re.search(r'"(password|session_key|secret)"', body)


def test_audit_entries_about_the_member_say_what_happened_but_not_who_on_staff(
    client, member, ministry
):
    log(instance=member, action="wagtail.edit", user=ministry)
    client.force_login(member)

    data = download(client)

    assert {key: data["audit_log"]["about_you"][0][key] for key in ("action", "by")} == {
        "action": "wagtail.edit",
        "by": "staff",
    }
    assert ministry.email not in json.dumps(data)


def test_a_trainer_sees_the_pages_they_own(client, trainer):
    quiz = make_quiz()
    course = course_of(quiz)
    course.owner = trainer
    course.save(update_fields=["owner"])
    client.force_login(trainer)

    data = download(client)

    assert {"id": course.pk, "title": course.title} in data["admin_work"]["pages_owned"]


# Every place that holds a member's data is known -------------------------------------------------------

#: Each relation to the user model, and where the export and the deletion deal with it. A new model that
#: points at users fails the test below until it is added here (and to accounts/privacy.py).
KNOWN_RELATIONS = {
    # Exported, and deleted with the account (CASCADE).
    "accounts.Profile.user",
    "accounts.CoordinatorScope.user",
    "accounts.User_groups.user",
    "courses.Enrolment.user",
    "courses.LessonProgress.user",
    "courses.ReflectionAnswer.user",
    "quizzes.Attempt.user",
    "coverage.DigestDelivery.user",
    "account.EmailAddress.user",
    "mfa.Authenticator.user",
    "wagtailusers.UserProfile.user",
    "wagtailcore.Comment.user",
    "wagtailcore.CommentReply.user",
    # Exported; withdrawn and erased rather than deleted (certificates.services).
    "certificates.Certificate.user",
    # Exported as the member's actions in the admin; the rows stay without the member (SET_NULL).
    "wagtailcore.Page.owner",
    "wagtailcore.ModelLogEntry.user",
    "wagtailcore.PageLogEntry.user",
    # Not personal data of the member, or transient editing state: deleted or unlinked with the account.
    "accounts.User_user_permissions.user",
    "certificates.CertificateEvent.actor",
    "coverage.CoverageTarget.updated_by",
    "wagtaildocs.Document.uploaded_by_user",
    "wagtailimages.Image.uploaded_by_user",
    "wagtailadmin.EditingSession.user",
    "wagtailadmin.FormState.user",
    "wagtailcore.APIToken.user",
    "wagtailcore.Revision.user",
    "wagtailcore.UploadedFile.uploaded_by_user",
    "wagtailcore.WorkflowState.requested_by",
    "wagtailcore.TaskState.finished_by",
    "wagtailcore.Page.locked_by",
    "wagtailcore.Comment.resolved_by",
    "wagtailcore.PageSubscription.user",
}


def test_every_relation_to_the_user_model_is_known_to_the_export_and_the_deletion():
    relations = {
        f"{field.related_model._meta.label}.{field.field.name}"
        for field in get_user_model()._meta.get_fields(include_hidden=True)
        if field.is_relation and field.auto_created and not field.concrete
    }

    assert relations - KNOWN_RELATIONS == set(), "add these to accounts/privacy.py and this list"
