"""Trainers and the Ministry manage certificates in the admin: templates with revisions and a sample PDF, the
read-only list of issued certificates, revoking, re-issuing, regenerating after a template change and
downloading many at once. Regional coordinators, learners and visitors who are signed out get none of it.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
from pypdf import PdfReader

from accounts.models import Profile
from certificates import admin_views
from certificates.models import Certificate, CertificateEvent, CertificateTemplate
from tests.accounts.factories import give_totp
from tests.certificates.factories import edit_template, make_certificate, make_member
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

STAFF = ["trainer", "ministry"]
NO_ADMIN = ["learner", "coordinator_jabar"]


@pytest.fixture
def certificate():
    return make_certificate(user=make_member(full_name="Siti Rahmawati"))


def sign_in(client, user):
    client.force_login(user)
    client.cookies["sigap_language"] = "en"
    return client


def as_role(request, client, role: str):
    return sign_in(client, request.getfixturevalue(role))


def template_of(certificate: Certificate) -> CertificateTemplate:
    return CertificateTemplate.objects.get(pk=certificate.template_revision.object_id)


def bulk_url(action: str, *ids, query: str = "") -> str:
    url = reverse("wagtail_bulk_action", args=["certificates", "certificate", action])
    return url + "?" + ("&".join(f"id={pk}" for pk in ids) + query).lstrip("&")


def shown_messages(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# Who may open what --------------------------------------------------------------------------------------


def screens(certificate: Certificate) -> list[tuple[str, str, dict]]:
    template = template_of(certificate)
    return [
        ("get", reverse("certificates_issued:list"), {}),
        ("get", reverse("certificates_issued:inspect", args=[certificate.pk]), {}),
        ("get", reverse("certificate_templates:list"), {}),
        ("get", reverse("certificate_templates:edit", args=[template.pk]), {}),
        ("get", reverse("certificate_admin:pdf", args=[certificate.pk]), {}),
        ("get", reverse("certificate_admin:sample", args=[template.pk]), {}),
        ("get", reverse("certificate_admin:revoke", args=[certificate.pk]), {}),
        ("post", reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "Keliru"}),
        ("get", reverse("certificate_admin:reissue", args=[certificate.pk]), {}),
        ("post", reverse("certificate_admin:reissue", args=[certificate.pk]), {}),
        ("get", reverse("certificate_admin:regenerate", args=[template.pk]), {}),
        ("post", reverse("certificate_admin:regenerate", args=[template.pk]), {}),
        ("get", bulk_url("download_pdf", certificate.pk), {}),
        ("post", bulk_url("download_pdf", certificate.pk), {}),
        ("get", bulk_url("download_zip", certificate.pk), {}),
        ("post", bulk_url("download_zip", certificate.pk), {}),
    ]


SCREEN_IDS = [
    "list",
    "inspect",
    "templates",
    "template-edit",
    "pdf",
    "sample",
    "revoke-form",
    "revoke",
    "reissue-form",
    "reissue",
    "regenerate-form",
    "regenerate",
    "bulk-pdf-confirm",
    "bulk-pdf",
    "bulk-zip-confirm",
    "bulk-zip",
]

# The POSTs change things: they are tested further down, with their effects.
GET_SCREENS = [
    i
    for i, name in enumerate(SCREEN_IDS)
    if name not in ("revoke", "reissue", "regenerate", "bulk-pdf", "bulk-zip")
]


@pytest.fixture
def outdated(certificate):
    """The certificate, after its template changed: regenerating it would change it."""
    edit_template(template_of(certificate), body="Untuk {name}, kursus {course}.")
    return certificate


def assert_nothing_changed(certificate: Certificate):
    sha256 = certificate.sha256
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.sha256 == sha256
    assert Certificate.objects.count() == 1
    assert list(certificate.events.values_list("action", flat=True)) == ["issued"]


@pytest.mark.parametrize("index", range(len(SCREEN_IDS)), ids=SCREEN_IDS)
def test_signed_out_visitors_are_sent_to_sign_in(client, outdated, index):
    method, url, data = screens(outdated)[index]

    response = getattr(client, method)(url, data)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert_nothing_changed(outdated)


@pytest.mark.parametrize("role", NO_ADMIN)
@pytest.mark.parametrize("index", range(len(SCREEN_IDS)), ids=SCREEN_IDS)
def test_learners_and_coordinators_are_turned_away(request, client, outdated, role, index):
    method, url, data = screens(outdated)[index]
    as_role(request, client, role)

    response = getattr(client, method)(url, data)

    assert response.status_code in (302, 403)
    assert not response.get("Content-Type", "").startswith(("application/pdf", "application/zip"))
    assert_nothing_changed(outdated)


@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize("index", GET_SCREENS, ids=[SCREEN_IDS[i] for i in GET_SCREENS])
def test_trainers_and_the_ministry_open_every_screen(request, client, certificate, role, index):
    method, url, data = screens(certificate)[index]
    as_role(request, client, role)

    response = getattr(client, method)(url, data)

    assert response.status_code == 200, url


def test_a_signed_in_member_without_the_permissions_is_refused_even_with_admin_access(
    client, outdated
):
    """Admin access alone (a hypothetical role without certificate permissions) opens nothing here."""
    user = make_member()
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(
        *Group.objects.get(name="Trainer").permissions.filter(codename="access_admin")
    )
    user.groups.add(group)
    give_totp(user)
    sign_in(client, user)

    for method, url, data in screens(outdated):
        response = getattr(client, method)(url, data)
        assert response.status_code in (302, 403), url
        assert not response.get("Content-Type", "").startswith(
            ("application/pdf", "application/zip")
        )
    assert_nothing_changed(outdated)


def test_the_roles_carry_the_certificate_permissions():
    codenames = {
        "add_certificatetemplate",
        "change_certificatetemplate",
        "view_certificatetemplate",
        "change_certificate",
        "view_certificate",
    }
    for role in ("Trainer", "Ministry"):
        granted = set(
            Group.objects.get(name=role)
            .permissions.filter(content_type__app_label="certificates")
            .values_list("codename", flat=True)
        )
        assert granted == codenames, role
    for role in ("Learner", "Regional coordinator"):
        assert not Group.objects.get(name=role).permissions.filter(
            content_type__app_label="certificates"
        )


# The list is read-only ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", STAFF)
def test_certificates_cannot_be_added_edited_or_deleted_in_a_form(
    request, client, certificate, role
):
    as_role(request, client, role)

    listing = client.get(reverse("certificates_issued:list")).content.decode()
    assert reverse("certificates_issued:add") not in listing
    for url in (
        reverse("certificates_issued:add"),
        reverse("certificates_issued:edit", args=[certificate.pk]),
        reverse("certificates_issued:delete", args=[certificate.pk]),
    ):
        assert client.get(url).status_code == 302, url
        client.post(url, {})
    assert_nothing_changed(certificate)


def test_the_list_shows_number_name_course_and_state_including_expired(client, trainer):
    valid = make_certificate(user=make_member(full_name="Made Wirawan"))
    expired = make_certificate(user=make_member(full_name="Ketut Sari"))
    Certificate.objects.filter(pk=expired.pk).update(expires_on="2020-01-01")
    sign_in(client, trainer)

    html = client.get(reverse("certificates_issued:list")).content.decode()

    for certificate in (valid, expired):
        assert certificate.number in html
        assert certificate.course_title in html
    assert "Made Wirawan" in html and "Ketut Sari" in html
    assert "Expired" in html


def test_the_list_filters_by_state_course_source_and_issue_date(client, ministry):
    kept = make_certificate()
    other_course = make_certificate()
    revoked = make_certificate(course=kept.course)
    Certificate.objects.filter(pk=revoked.pk).update(status="revoked")
    sign_in(client, ministry)
    url = reverse("certificates_issued:list")

    by_state = client.get(url, {"state": "revoked"}).content.decode()
    by_course = client.get(url, {"course": kept.course.pk, "state": "valid"}).content.decode()
    by_source = client.get(url, {"source": "classroom"}).content.decode()
    Certificate.objects.filter(pk=other_course.pk).update(issued_at="2025-03-10T09:00:00+07:00")
    by_date = client.get(
        url, {"issued_at_from": "2025-03-01", "issued_at_to": "2025-03-31"}
    ).content.decode()

    assert revoked.number in by_state and kept.number not in by_state
    assert kept.number in by_course
    assert other_course.number not in by_course and revoked.number not in by_course
    assert kept.number not in by_source
    assert other_course.number in by_date and kept.number not in by_date


def test_the_list_finds_a_certificate_by_its_code_as_read_off_paper(client, trainer, certificate):
    other = make_certificate()
    sign_in(client, trainer)
    code = certificate.code.lower()
    typed = f"{code[:4]}-{code[4:8]} {code[8:]}"

    html = client.get(reverse("certificates_issued:list"), {"q": typed}).content.decode()
    by_name = client.get(reverse("certificates_issued:list"), {"q": "rahmawati"}).content.decode()

    assert certificate.number in html and other.number not in html
    assert certificate.number in by_name and other.number not in by_name


def list_queries(client, count: int) -> int:
    while Certificate.objects.count() < count:
        make_certificate()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("certificates_issued:list"))
    assert response.status_code == 200
    return len(queries)


def test_the_list_runs_the_same_few_queries_however_many_certificates_it_shows(
    client, trainer, django_assert_max_num_queries
):
    sign_in(client, trainer)
    client.get(
        reverse("certificates_issued:list")
    )  # fills the per-process caches (content types, …)
    few = list_queries(client, 2)
    many = list_queries(client, 7)

    assert many == few
    with django_assert_max_num_queries(16):
        client.get(reverse("certificates_issued:list"))


def test_the_inspect_page_shows_the_facts_and_the_audit_trail(client, ministry, certificate):
    sign_in(client, ministry)

    html = client.get(
        reverse("certificates_issued:inspect", args=[certificate.pk])
    ).content.decode()

    assert certificate.number in html and "Siti Rahmawati" in html
    assert "Audit trail" in html and "Issued" in html
    assert reverse("certificates:verify", args=[certificate.code]) in html
    assert reverse("certificate_admin:revoke", args=[certificate.pk]) in html


# Templates ----------------------------------------------------------------------------------------------


def template_form(template: CertificateTemplate, **changes) -> dict:
    fields = {
        "name": template.name,
        "course": template.course_id or "",
        "language": template.language,
        "title": template.title,
        "title_en": template.title_en,
        "body": template.body,
        "body_en": template.body_en,
        "issuer": template.issuer,
        "validity_months": template.validity_months or "",
        "signatories": streamfield([]),
        "logos": streamfield([]),
        **changes,
    }
    return nested_form_data(fields)


@pytest.mark.parametrize("role", STAFF)
def test_an_unknown_placeholder_is_refused_on_the_edit_form_before_saving(
    request, client, certificate, role
):
    template = template_of(certificate)
    revisions = Revision.objects.for_instance(template).count()
    body_before = template.body
    as_role(request, client, role)

    response = client.post(
        reverse("certificate_templates:edit", args=[template.pk]),
        template_form(template, body="Diberikan kepada {nama} atas {course}."),
    )

    assert response.status_code == 200
    assert "Unknown placeholder: {nama}" in response.content.decode()
    template.refresh_from_db()
    assert template.body == body_before
    assert Revision.objects.for_instance(template).count() == revisions


@pytest.mark.parametrize("role", STAFF)
def test_saving_a_template_in_the_admin_makes_a_new_revision(request, client, certificate, role):
    template = template_of(certificate)
    before = template.latest_revision_id
    as_role(request, client, role)

    response = client.post(
        reverse("certificate_templates:edit", args=[template.pk]),
        template_form(template, body="Kepada {name}, peserta kursus {course}."),
    )

    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == "Kepada {name}, peserta kursus {course}."
    assert template.latest_revision_id != before


@pytest.mark.parametrize("role", STAFF)
def test_trainers_and_the_ministry_can_add_a_template(request, client, role):
    course = make_course()
    as_role(request, client, role)
    blank = CertificateTemplate(
        name="Templat Baru", course=course, body="Untuk {name}.", body_en="For {name}."
    )

    response = client.post(reverse("certificate_templates:add"), template_form(blank))

    assert response.status_code == 302
    assert CertificateTemplate.objects.get(course=course).latest_revision_id is not None


def test_the_template_edit_page_links_to_its_sample_pdf(client, trainer, certificate):
    template = template_of(certificate)
    sign_in(client, trainer)

    html = client.get(reverse("certificate_templates:edit", args=[template.pk])).content.decode()

    assert reverse("certificate_admin:sample", args=[template.pk]) in html
    assert reverse("certificate_admin:regenerate", args=[template.pk]) in html


def test_the_sample_pdf_prints_a_long_name_and_issues_nothing(client, trainer, certificate):
    template = template_of(certificate)
    sign_in(client, trainer)

    response = client.get(reverse("certificate_admin:sample", args=[template.pk]))

    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Kusumawardhani" in text
    assert Certificate.objects.count() == 1


# Revoke -------------------------------------------------------------------------------------------------


def test_revoking_needs_a_reason(client, ministry, certificate):
    sign_in(client, ministry)

    response = client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "  "}
    )

    assert response.status_code == 200
    assert "Give the reason for revoking this certificate." in response.content.decode()
    assert_nothing_changed(certificate)


@pytest.mark.parametrize("role", STAFF)
def test_revoking_records_who_and_why_and_the_verification_page_says_revoked(
    request, client, certificate, role
):
    as_role(request, client, role)
    user = request.getfixturevalue(role)

    response = client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]),
        {"reason": "Peserta tidak pernah mengikuti pelatihan."},
        follow=True,
    )

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_reason == "Peserta tidak pernah mengikuti pelatihan."
    event = certificate.events.get(action=CertificateEvent.Action.REVOKED)
    assert event.actor == user and event.note == certificate.revoked_reason
    assert any("is revoked" in message for message in shown_messages(response))
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "This certificate has been revoked." in page


def test_a_revoked_certificate_cannot_be_revoked_or_reissued_again(client, ministry, certificate):
    sign_in(client, ministry)
    client.post(reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "Keliru"})

    again = client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "Lagi"}, follow=True
    )
    reissued = client.post(reverse("certificate_admin:reissue", args=[certificate.pk]), follow=True)

    assert "Only a valid certificate can be revoked or re-issued." in shown_messages(again)
    assert "Only a valid certificate can be revoked or re-issued." in shown_messages(reissued)
    assert certificate.events.filter(action="revoked").count() == 1
    assert Certificate.objects.count() == 1


# Re-issue -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", STAFF)
def test_reissuing_after_a_name_correction_replaces_the_certificate(
    request, client, certificate, role
):
    Profile.objects.filter(user=certificate.user).update(full_name="Siti Rahmawati Hasibuan")
    as_role(request, client, role)

    form = client.get(reverse("certificate_admin:reissue", args=[certificate.pk])).content.decode()
    response = client.post(
        reverse("certificate_admin:reissue", args=[certificate.pk]),
        {"note": "Nama keluarga tertinggal."},
    )

    assert "Siti Rahmawati Hasibuan" in form
    new = Certificate.objects.exclude(pk=certificate.pk).get()
    certificate.refresh_from_db()
    assert response["Location"] == reverse("certificates_issued:inspect", args=[new.pk])
    assert certificate.status == Certificate.Status.SUPERSEDED
    assert certificate.superseded_by == new
    assert new.number != certificate.number and new.code != certificate.code
    assert new.holder_name == "Siti Rahmawati Hasibuan"
    assert certificate.events.filter(action="superseded", note="Nama keluarga tertinggal.").exists()
    old_page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert reverse("certificates:verify", args=[new.code]) in old_page


def test_the_reissue_page_warns_when_the_name_has_not_changed(client, trainer, certificate):
    sign_in(client, trainer)

    html = client.get(reverse("certificate_admin:reissue", args=[certificate.pk])).content.decode()

    assert "The name has not changed." in html


# Regenerate ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", STAFF)
def test_regenerating_rerenders_from_the_latest_template_and_keeps_what_was_certified(
    request, client, django_capture_on_commit_callbacks, certificate, role
):
    template = template_of(certificate)
    before = Certificate.objects.get(pk=certificate.pk)
    old_file = before.pdf.name
    edit_template(template, body="Dengan bangga diberikan kepada {name} atas kursus {course}.")
    as_role(request, client, role)

    confirm = client.get(reverse("certificate_admin:regenerate", args=[template.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificate_admin:regenerate", args=[template.pk]), follow=True
        )

    assert confirm.context["outdated"] == 1
    after = Certificate.objects.get(pk=certificate.pk)
    assert after.sha256 != before.sha256
    assert after.template_revision_id == template.latest_revision_id != before.template_revision_id
    for field in ("number", "code", "holder_name", "course_title", "completed_on", "issuer"):
        assert getattr(after, field) == getattr(before, field)
    assert after.events.filter(action=CertificateEvent.Action.REGENERATED).count() == 1
    assert after.pdf.storage.exists(after.pdf.name)
    assert not after.pdf.storage.exists(old_file)
    with after.pdf.open("rb") as stored:
        assert hashlib.sha256(stored.read()).hexdigest() == after.sha256
    assert any("Regenerating 1 certificate" in message for message in shown_messages(response))


def test_regenerating_leaves_revoked_and_up_to_date_certificates_alone(
    client, ministry, django_capture_on_commit_callbacks
):
    first = make_certificate()
    template = template_of(first)
    revoked = make_certificate(course=first.course)
    Certificate.objects.filter(pk=revoked.pk).update(status="revoked")
    edit_template(template, body="Untuk {name}, kursus {course}.")
    current = make_certificate(course=first.course)  # issued from the new revision already
    hashes = {c.pk: c.sha256 for c in Certificate.objects.all()}
    sign_in(client, ministry)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificate_admin:regenerate", args=[template.pk]))

    after = {c.pk: c.sha256 for c in Certificate.objects.all()}
    assert after[first.pk] != hashes[first.pk]
    assert after[revoked.pk] == hashes[revoked.pk]
    assert after[current.pk] == hashes[current.pk]


# Downloading many ---------------------------------------------------------------------------------------


@pytest.fixture
def three():
    return [make_certificate() for _ in range(3)]


@pytest.mark.parametrize("role", STAFF)
def test_selected_certificates_download_as_one_pdf_with_every_page(request, client, three, role):
    as_role(request, client, role)
    expected = sum(pdf_pages(c.pdf.read()) for c in three)

    confirm = client.get(bulk_url("download_pdf", *[c.pk for c in three]))
    response = client.post(bulk_url("download_pdf", *[c.pk for c in three]))

    assert "3 valid certificates will be downloaded." in confirm.content.decode()
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert pdf_pages(body(response)) == expected == 3


@pytest.mark.parametrize("role", STAFF)
def test_selected_certificates_download_as_a_zip_of_their_pdfs(request, client, three, role):
    as_role(request, client, role)

    response = client.post(bulk_url("download_zip", *[c.pk for c in three]))

    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(body(response)))
    assert sorted(archive.namelist()) == sorted(f"{c.number}.pdf" for c in three)
    for certificate in three:
        assert archive.read(f"{certificate.number}.pdf") == certificate.pdf.open("rb").read()


def test_revoked_certificates_are_left_out_of_a_download(client, trainer, three):
    Certificate.objects.filter(pk=three[0].pk).update(status="revoked")
    sign_in(client, trainer)
    ids = [c.pk for c in three]

    confirm = client.get(bulk_url("download_zip", *ids)).content.decode()
    archive = zipfile.ZipFile(io.BytesIO(body(client.post(bulk_url("download_zip", *ids)))))

    assert "1 revoked or replaced certificate is left out" in confirm
    assert sorted(archive.namelist()) == sorted(f"{c.number}.pdf" for c in three[1:])


def test_selecting_all_in_a_filtered_list_downloads_only_what_the_filters_show(
    client, ministry, three
):
    same_course = make_certificate(course=three[0].course)
    sign_in(client, ministry)

    response = client.post(bulk_url("download_zip", "all", query=f"&course={three[0].course.pk}"))

    names = zipfile.ZipFile(io.BytesIO(body(response))).namelist()
    assert sorted(names) == sorted([f"{three[0].number}.pdf", f"{same_course.number}.pdf"])


def test_a_download_above_the_limit_is_refused_with_a_way_forward(
    client, ministry, three, monkeypatch
):
    monkeypatch.setattr(admin_views, "MAX_PER_DOWNLOAD", 2)
    sign_in(client, ministry)
    ids = [c.pk for c in three]

    confirm = client.get(bulk_url("download_pdf", *ids)).content.decode()
    response = client.post(bulk_url("download_pdf", *ids), follow=True)

    assert "one download holds at most 2" in confirm
    assert response.get("Content-Type", "").startswith("text/html")
    assert any("at most 2 certificates" in message for message in shown_messages(response))
