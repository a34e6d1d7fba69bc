"""Trainers and the Ministry issue certificates for a classroom training from its attendance list: read the
CSV, preview who gets one and why others do not, confirm, and the task queue issues and mails them."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from accounts.models import User
from certificates import classroom
from certificates.classroom import (
    DUPLICATE,
    ELIGIBLE,
    HOLDS_CERTIFICATE,
    MALFORMED,
    NOT_READY,
    AttendanceError,
    parse_attendance,
    read_attendance,
)
from certificates.models import Certificate, CertificateEvent
from certificates.services import certificate_issue_classroom
from tests.accounts.factories import ProfileFactory, UserFactory, give_totp, with_role
from tests.certificates.factories import make_certificate
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/admin/classroom-certificates/"
TRAINING_DAY = datetime.date(2026, 3, 12)


def member(email: str, name: str = "") -> User:
    fields = {"user__email": email}
    if name:
        fields["full_name"] = name
    return with_role(ProfileFactory(**fields).user, "Learner")


def emails(attendance) -> list[str]:
    return [value for _line, value in attendance.rows]


def csv_file(content: str | bytes, name: str = "hadir.csv") -> SimpleUploadedFile:
    data = content.encode() if isinstance(content, str) else content
    return SimpleUploadedFile(name, data, content_type="text/csv")


@pytest.fixture(autouse=True)
def english(client):
    """Messages are compared in English: on the pages (the language cookie) and in this thread."""
    client.cookies["sigap_language"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def course():
    return make_course(title="Penanganan Korban TPPO", lessons_per_module=1)


@pytest.fixture
def attendees():
    """Three members with profiles: all three eligible unless a test says otherwise."""
    return [
        member("siti@example.org", "Siti Rahmawati, S.H."),
        member("budi@example.org", "Budi Santoso"),
        member("wayan@example.org", "I Wayan Sudarta"),
    ]


def form_data(course, attendance, **overrides) -> dict:
    return {
        "course": course.pk,
        "completed_on": TRAINING_DAY.isoformat(),
        "note": "Rakor Gugus Tugas Provinsi Jawa Barat, Bandung",
        "attendance": attendance,
        **overrides,
    }


def upload(client, course, content, **overrides):
    return client.post(UPLOAD_URL, form_data(course, csv_file(content), **overrides))


def confirm(client, response):
    return client.post(
        reverse("classroom_certificates:confirm"), {"token": response.context["token"]}
    )


# Reading the file -----------------------------------------------------------------------------------------


def test_a_plain_list_without_a_header_is_read_line_by_line():
    attendance = parse_attendance(b"siti@example.org\nbudi@example.org\n")

    assert attendance.rows == [(1, "siti@example.org"), (2, "budi@example.org")]
    assert attendance.header == ""
    assert attendance.encoding == "UTF-8"


def test_a_header_row_is_skipped_and_reported():
    attendance = parse_attendance(b"email\r\nsiti@example.org\r\n\r\nbudi@example.org\r\n")

    assert attendance.header == "email"
    assert attendance.rows == [(2, "siti@example.org"), (4, "budi@example.org")]


def test_the_byte_order_mark_of_excels_csv_utf8_is_dropped():
    attendance = parse_attendance("\ufeffemail\nsiti@example.org\n".encode())

    assert attendance.header == "email"
    assert emails(attendance) == ["siti@example.org"]
    assert attendance.encoding == "UTF-8"


def test_semicolons_as_excel_writes_them_in_indonesian_settings_are_accepted():
    attendance = parse_attendance(b'email;\nsiti@example.org;\n"budi@example.org";\n')

    assert emails(attendance) == ["siti@example.org", "budi@example.org"]


def test_a_windows_1252_file_is_read_and_named_as_such():
    raw = "Daftar hadir – Rakor\r\nsiti@example.org\r\nrené@example.org\r\n".encode("cp1252")

    attendance = parse_attendance(raw)

    assert attendance.encoding == "Windows-1252"
    assert attendance.header == "Daftar hadir – Rakor"
    assert emails(attendance) == ["siti@example.org", "rené@example.org"]


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf \r\n\r\n", "empty"),
        (b"email\n", "no e-mail addresses"),
        (b"nama\nSiti\nBudi\n", "Is this the attendance list"),
        (b"PK\x03\x04\x14\x00\x06\x00binary spreadsheet", "spreadsheet"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a CSV"),
        (bytes(range(256)) * 4, "not a CSV"),
        (b"siti@example.org\n\x01\x02\x03\x04\n", "not a CSV"),
        (b"siti@example.org\n\x81\x8d\x8f\n", "cannot be read"),
        (b"nama,email\nSiti,siti@example.org\n", "more than one column"),
    ],
)
def test_files_that_are_not_an_attendance_list_are_refused_with_a_reason(raw, says):
    with pytest.raises(AttendanceError) as refused:
        parse_attendance(raw)

    assert says in refused.value.message


def test_a_file_over_one_megabyte_is_refused_before_it_is_read():
    big = csv_file(b"a" * (classroom.MAX_BYTES + 1))

    with pytest.raises(AttendanceError) as refused:
        read_attendance(big)

    assert "too large" in refused.value.message


def test_a_list_of_more_than_five_thousand_addresses_is_refused():
    raw = "".join(f"a{n}@ex.id\n" for n in range(classroom.MAX_ROWS + 1)).encode()
    assert len(raw) < classroom.MAX_BYTES

    with pytest.raises(AttendanceError) as refused:
        parse_attendance(raw)

    assert "too large" in refused.value.message


# The preview ----------------------------------------------------------------------------------------------


def test_the_preview_says_for_each_line_who_gets_a_certificate_and_why_others_do_not(
    course, attendees
):
    with_role(UserFactory(email="tanpa.profil@example.org"), "Learner")
    inactive = member("pensiun@example.org")
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    holder = member("sudah@example.org")
    make_certificate(user=holder, course=course)
    raw = (
        b"email\n"
        b"Siti@Example.org\n"
        b"budi@example.org\n"
        b"siti@example.org\n"
        b"tidak.terdaftar@example.org\n"
        b"tanpa.profil@example.org\n"
        b"pensiun@example.org\n"
        b"sudah@example.org\n"
        b"bukan-alamat@\n"
    )

    result = classroom.preview(parse_attendance(raw), course=course)

    assert [(row.line, row.outcome) for row in result.rows] == [
        (2, ELIGIBLE),
        (3, ELIGIBLE),
        (4, DUPLICATE),
        (5, NOT_READY),
        (6, NOT_READY),
        (7, NOT_READY),
        (8, HOLDS_CERTIFICATE),
        (9, MALFORMED),
    ]
    assert result.rows[0].name == "Siti Rahmawati, S.H."
    # Who has an account, or what a profile says, is not told apart for the others.
    assert all(row.name == "" for row in result.rows if row.outcome == NOT_READY)
    assert result.eligible_user_ids == [attendees[0].pk, attendees[1].pk]
    assert {outcome: count for outcome, _label, count in result.counts} == {
        ELIGIBLE: 2,
        DUPLICATE: 1,
        NOT_READY: 3,
        HOLDS_CERTIFICATE: 1,
        MALFORMED: 1,
    }


def test_a_classroom_certificate_already_held_counts_too(course, attendees):
    certificate_issue_classroom(
        user=attendees[0], course=course, completed_on=TRAINING_DAY, actor=None
    )

    result = classroom.preview(parse_attendance(b"siti@example.org\n"), course=course)

    assert result.rows[0].outcome == HOLDS_CERTIFICATE


def test_an_expired_certificate_does_not_stop_a_member_recertifying(course, attendees):
    old = certificate_issue_classroom(
        user=attendees[0], course=course, completed_on=TRAINING_DAY, actor=None
    )
    Certificate.objects.filter(pk=old.pk).update(expires_on=datetime.date(2026, 1, 1))

    result = classroom.preview(parse_attendance(b"siti@example.org\n"), course=course)

    assert result.rows[0].outcome == ELIGIBLE


def test_the_preview_page_shows_counts_and_every_line_and_issues_nothing(
    client, trainer, course, attendees
):
    client.force_login(trainer)

    response = upload(
        client, course, "email\nsiti@example.org\nbudi@example.org\nnobody@example.org\n"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Siti Rahmawati, S.H." in html
    assert "nobody@example.org" in html
    assert response.context["eligible_count"] == 2
    assert response.context["row_count"] == 3
    assert "UTF-8" in html
    assert Certificate.objects.count() == 0
    assert mail.outbox == []


def test_the_preview_names_the_encoding_when_the_file_was_not_utf8(
    client, trainer, course, attendees
):
    client.force_login(trainer)

    response = upload(client, course, "Daftar hadir – Rakor\nsiti@example.org\n".encode("cp1252"))

    assert "Windows-1252" in response.content.decode()
    assert response.context["eligible_count"] == 1


def test_a_bad_file_is_refused_on_the_form_with_its_reason(client, trainer, course):
    client.force_login(trainer)

    response = upload(client, course, b"")

    assert response.status_code == 200
    assert response.context["form"].errors["attendance"] == ["The file is empty."]


def test_a_training_date_in_the_future_is_refused(client, trainer, course, attendees):
    client.force_login(trainer)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = upload(client, course, "siti@example.org\n", completed_on=tomorrow.isoformat())

    assert "completed_on" in response.context["form"].errors
    assert "token" not in response.context


def test_only_published_courses_that_issue_certificates_can_be_chosen(client, trainer, course):
    without = make_course(title="Tanpa sertifikat", certificate_enabled=False)
    client.force_login(trainer)

    choices = client.get(UPLOAD_URL).context["form"].fields["course"].queryset

    assert course in choices
    assert without not in choices


# Confirming -----------------------------------------------------------------------------------------------


def test_confirming_issues_exactly_the_eligible_members_and_mails_them(
    client, trainer, course, attendees
):
    client.force_login(trainer)
    preview = upload(
        client, course, "siti@example.org\nbudi@example.org\nsiti@example.org\nx@example.org\n"
    )

    response = client.post(
        reverse("classroom_certificates:confirm"), {"token": preview.context["token"]}, follow=True
    )

    certificates = Certificate.objects.order_by("holder_name")
    assert [c.holder_name for c in certificates] == ["Budi Santoso", "Siti Rahmawati, S.H."]
    assert {c.user for c in certificates} == {attendees[0], attendees[1]}
    for certificate in certificates:
        assert certificate.source == Certificate.Source.CLASSROOM
        # One per member, course and training date, held by the database.
        assert certificate.completion_key == (
            f"classroom:{certificate.user.pk}:{certificate.course.pk}:{TRAINING_DAY.isoformat()}"
        )
        assert certificate.enrolment is None
        assert certificate.score is None
        assert certificate.completed_on == TRAINING_DAY
        assert certificate.pdf and certificate.sha256
        event = certificate.events.get()
        assert event.action == CertificateEvent.Action.ISSUED
        assert event.actor == trainer
        assert event.note == "Rakor Gugus Tugas Provinsi Jawa Barat, Bandung"
    assert sorted(message.to[0] for message in mail.outbox) == [
        "budi@example.org",
        "siti@example.org",
    ]
    assert "2 certificates are being issued." in response.content.decode()


def test_confirming_twice_issues_nothing_twice(client, trainer, course, attendees):
    client.force_login(trainer)
    preview = upload(client, course, "siti@example.org\n")
    confirm(client, preview)

    replay = client.post(
        reverse("classroom_certificates:confirm"), {"token": preview.context["token"]}, follow=True
    )

    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert "already confirmed" in replay.content.decode()


def test_a_second_upload_of_the_same_list_finds_them_already_certified(
    client, trainer, course, attendees
):
    client.force_login(trainer)
    confirm(client, upload(client, course, "siti@example.org\n"))

    again = upload(client, course, "siti@example.org\n")

    assert again.context["token"] is None
    assert again.context["preview"].rows[0].outcome == HOLDS_CERTIFICATE
    assert Certificate.objects.count() == 1


def test_a_member_certified_between_preview_and_confirm_is_left_out(
    client, trainer, course, attendees
):
    client.force_login(trainer)
    preview = upload(client, course, "siti@example.org\nbudi@example.org\n")
    make_certificate(user=attendees[0], course=course)
    mail.outbox.clear()

    response = client.post(
        reverse("classroom_certificates:confirm"), {"token": preview.context["token"]}, follow=True
    )

    classroom_certificates = Certificate.objects.filter(source=Certificate.Source.CLASSROOM)
    assert [c.user for c in classroom_certificates] == [attendees[1]]
    assert "1 certificate is being issued." in response.content.decode()


def test_a_token_from_another_session_issues_nothing(client, trainer, ministry, course, attendees):
    client.force_login(trainer)
    token = upload(client, course, "siti@example.org\n").context["token"]
    client.logout()
    client.force_login(ministry)

    client.post(reverse("classroom_certificates:confirm"), {"token": token})

    assert Certificate.objects.count() == 0


def test_the_task_skips_a_member_already_certified_for_that_training_day(course, attendees):
    kwargs = {
        "course_id": course.pk,
        "completed_on": TRAINING_DAY.isoformat(),
        "user_ids": [attendees[0].pk],
        "actor_id": None,
    }
    first = classroom.issue_classroom_certificates.enqueue(**kwargs)
    second = classroom.issue_classroom_certificates.enqueue(**kwargs)

    assert first.return_value["issued"] == 1
    assert second.return_value == {"issued": 0, "found": 1, "refused": 0, "failed": 0}
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_confirm_needs_a_post(client, trainer):
    client.force_login(trainer)

    assert client.get(reverse("classroom_certificates:confirm")).status_code == 405


# Who may ------------------------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(UPLOAD_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_fixture", ["learner", "coordinator_jabar"])
def test_learners_and_coordinators_are_turned_away(
    client, request, role_fixture, course, attendees
):
    client.force_login(request.getfixturevalue(role_fixture))

    for response in (
        client.get(UPLOAD_URL),
        upload(client, course, "siti@example.org\n"),
        client.post(reverse("classroom_certificates:confirm"), {"token": "x"}),
    ):
        assert response.status_code in (302, 403)
        assert not urlsplit(response.get("Location", "")).path.startswith(UPLOAD_URL)
    assert Certificate.objects.count() == 0


def test_admin_access_without_a_trainer_or_ministry_role_is_not_enough(client):
    editors = Group.objects.create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = member("editor@example.org")
    user.groups.add(editors)
    give_totp(user)
    client.force_login(user)

    response = client.get(UPLOAD_URL)
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert UPLOAD_URL not in home


@pytest.mark.parametrize("role_fixture", ["trainer", "ministry"])
def test_trainers_and_the_ministry_open_the_page_from_the_menu(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))

    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert UPLOAD_URL in home
    assert client.get(UPLOAD_URL).status_code == 200


def test_the_ministry_issues_too(client, ministry, course, attendees):
    client.force_login(ministry)

    confirm(client, upload(client, course, "wayan@example.org\n"))

    assert Certificate.objects.get().holder_name == "I Wayan Sudarta"


def test_superusers_open_the_page(client):
    root = User.objects.create_superuser(email="root@example.org", password="x-strong-password-1")
    give_totp(root)
    client.force_login(root)

    assert client.get(UPLOAD_URL).status_code == 200


def test_the_preview_takes_two_queries_however_long_the_list(
    course, attendees, django_assert_num_queries
):
    raw = b"".join(f"anggota{n}@example.org\n".encode() for n in range(200))
    attendance = parse_attendance(raw + b"siti@example.org\nbudi@example.org\n")

    with django_assert_num_queries(2):
        result = classroom.preview(attendance, course=course)

    assert len(result.eligible_user_ids) == 2
