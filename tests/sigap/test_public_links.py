"""Links in mails, PDFs and QR codes follow PUBLIC_BASE_URL, whatever the request's Host header says.

`make run PORT=8741` serves on another port: its mails and certificates must send members there, not to
:8000. And a request with a forged Host header (an attacker asking for a password reset in a member's name)
must change no link in any mail or PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

import pytest
import zxingcpp
from pypdf import PdfReader

from certificates.models import Certificate
from courses.models import LessonPage
from courses.services import enrolment_create
from sigap.links import public_url
from sigap.settings.env import public_base_url
from tests.accounts.factories import UserFactory
from tests.certificates.factories import make_member
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

OTHER_PORT = "http://127.0.0.1:8741"
FORGED = "attacker.example:666"
PASSWORD = "kata-sandi-yang-kuat-2026"


def links(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def everything_sent(outbox) -> str:
    parts = []
    for message in outbox:
        parts += [message.subject, message.body]
        parts += [content for content, _mimetype in getattr(message, "alternatives", [])]
    return "\n".join(parts)


@pytest.fixture
def other_port(settings):
    settings.PUBLIC_BASE_URL = OTHER_PORT
    settings.WAGTAILADMIN_BASE_URL = OTHER_PORT


def assert_all_links_public(outbox, base: str) -> None:
    sent = everything_sent(outbox)
    found = links(sent)
    assert found, "the mail carries a link"
    assert all(link.startswith(base + "/") for link in found), found
    assert "attacker" not in sent


def test_a_signup_verification_link_points_at_the_configured_port(client, mailoutbox, other_port):
    client.post(
        "/accounts/signup/",
        {"email": "rina@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert len(mailoutbox) == 1
    assert_all_links_public(mailoutbox, OTHER_PORT)
    assert re.search(re.escape(OTHER_PORT) + r"/accounts/confirm-email/\S+/", mailoutbox[0].body)


@pytest.mark.parametrize("host", [FORGED, "127.0.0.1:9999", "localhost"])
def test_a_forged_host_header_changes_no_link_in_the_signup_mail(client, mailoutbox, host):
    client.post(
        "/accounts/signup/",
        {"email": "rina@example.org", "password1": PASSWORD, "password2": PASSWORD},
        HTTP_HOST=host,
    )

    assert len(mailoutbox) == 1
    assert_all_links_public(mailoutbox, "http://127.0.0.1:8000")
    assert host not in everything_sent(mailoutbox)


def test_a_forged_host_header_changes_no_link_in_a_password_reset(client, mailoutbox):
    UserFactory(email="ayu@example.org")

    client.post("/accounts/password/reset/", {"email": "ayu@example.org"}, HTTP_HOST=FORGED)

    assert len(mailoutbox) == 1
    assert_all_links_public(mailoutbox, "http://127.0.0.1:8000")
    assert "/accounts/password/reset/key/" in mailoutbox[0].body


def test_a_forged_host_header_changes_no_link_in_a_change_of_address(client, mailoutbox):
    user = UserFactory(email="ayu@example.org")
    client.force_login(user)

    client.post(
        "/accounts/email/",
        {"action_add": "", "email": "ayu.baru@example.org"},
        HTTP_HOST=FORGED,
    )

    assert len(mailoutbox) == 1
    assert_all_links_public(mailoutbox, "http://127.0.0.1:8000")


def test_the_signup_mail_greets_from_sigap_not_from_the_host_name(client, mailoutbox):
    client.post(
        "/accounts/signup/",
        {"email": "rina@example.org", "password1": PASSWORD, "password2": PASSWORD},
        HTTP_HOST=FORGED,
    )

    body = mailoutbox[0].body
    greeting = body.strip().splitlines()[0]
    assert "Sigap" in greeting
    assert "127.0.0.1" not in greeting and "attacker" not in greeting
    assert mailoutbox[0].subject.startswith("[Sigap] ")


def test_a_certificate_earned_behind_a_forged_host_links_only_to_the_public_server(
    client, mailoutbox, other_port, django_capture_on_commit_callbacks
):
    member = make_member()
    course = make_course(lessons_per_module=1)
    enrolment_create(user=member, course=course)
    lesson = LessonPage.objects.descendant_of(course).get()
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("courses:complete_lesson", args=[lesson.pk]),
            HTTP_HOST=FORGED,
        )

    certificate = Certificate.objects.get(user=member)
    verify = f"{OTHER_PORT}/verify/{certificate.code}/"
    assert_all_links_public(mailoutbox, OTHER_PORT)
    assert verify in everything_sent(mailoutbox)
    page = PdfReader(Path(certificate.pdf.path)).pages[0]
    decoded = [code.text for image in page.images for code in zxingcpp.read_barcodes(image.image)]
    assert decoded == [verify]
    assert "attacker" not in page.extract_text()


def test_public_url_keeps_only_the_path_of_a_scheme_relative_location(settings):
    settings.PUBLIC_BASE_URL = OTHER_PORT

    assert public_url("/verify/abc/") == OTHER_PORT + "/verify/abc/"
    assert public_url("//attacker.example/x?y=1") == OTHER_PORT + "/x?y=1"
    assert public_url("https://elsewhere.example/") == "https://elsewhere.example/"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://127.0.0.1:8741", "http://127.0.0.1:8741"),
        ("https://Sigap.Example.go.id/", "https://sigap.example.go.id"),
        ("  https://sigap.example.go.id  ", "https://sigap.example.go.id"),
    ],
)
def test_the_public_base_url_is_normalised(value, expected):
    assert public_base_url(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "sigap.example.go.id",
        "ftp://sigap.example.go.id",
        "https://",
        "https://sigap.example.go.id/lms",
        "https://sigap.example.go.id/?a=1",
        "https://user:secret@sigap.example.go.id",
        "http://127.0.0.1:99999",
    ],
)
def test_a_public_base_url_that_is_not_scheme_host_and_port_is_refused(value):
    with pytest.raises(ImproperlyConfigured, match="PUBLIC_BASE_URL"):
        public_base_url(value)
