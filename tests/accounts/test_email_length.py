"""An e-mail address longer than 254 characters (RFC 5321's limit, and the column it is stored in) gets a clear
form error on every form that takes one, never a server error: sign-up, adding an address, a password reset,
signing in, the admin's user form and a classroom attendance list."""

from __future__ import annotations

from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from accounts.validators import EMAIL_MAX_LENGTH
from certificates import classroom
from certificates.classroom import MALFORMED, NOT_READY, parse_attendance
from tests.accounts.factories import give_totp
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-yang-kuat-2026"


def address(length: int) -> str:
    """A well-formed address of exactly ``length`` characters (Django's own validator accepts up to 320)."""
    domain = ".".join(["d" * 60, "e" * 60, "f" * 60, "example.org"])
    local = "a" * (length - len(domain) - 1)
    value = f"{local}@{domain}"
    assert len(value) == length
    return value


TOO_LONG = address(EMAIL_MAX_LENGTH + 1)
LONGEST = address(EMAIL_MAX_LENGTH)

SAYS_ID = "Alamat email paling panjang 254 karakter; alamat ini 255 karakter."
SAYS_EN = "An e-mail address can be at most 254 characters long; this one has 255."


def refused(response) -> bool:
    """The page came back with the form, saying the address is too long."""
    form = response.context["form"]
    return response.status_code == 200 and any(
        error.code == "email_too_long" for error in form.errors.as_data().get("email", [])
    )


def signup(client, email):
    return client.post(
        reverse("account_signup"), {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_sign_up_with_a_too_long_address_is_refused_on_the_form(client):
    response = signup(client, TOO_LONG)

    assert refused(response)
    assert not User.objects.exists()
    assert not EmailAddress.objects.exists()


def test_trying_the_too_long_address_again_gets_the_same_answer_not_a_server_error(client):
    signup(client, TOO_LONG)
    response = signup(client, TOO_LONG)

    assert refused(response)


def test_the_refusal_is_in_indonesian(client):
    response = signup(client, TOO_LONG)

    assert SAYS_ID in response.content.decode()


def test_the_refusal_is_in_english_for_a_member_who_chose_english(client):
    client.cookies["sigap_language"] = "en"

    response = signup(client, TOO_LONG)

    assert SAYS_EN in response.content.decode()


def test_an_address_of_exactly_254_characters_can_sign_up(client, mailoutbox):
    response = signup(client, LONGEST)

    assert response.status_code == 302
    assert User.objects.get().email == LONGEST


def test_adding_a_too_long_address_is_refused_on_the_form(client, learner, mailoutbox):
    client.force_login(learner)

    response = client.post(reverse("account_email"), {"action_add": "", "email": TOO_LONG})

    assert refused(response)
    assert not EmailAddress.objects.filter(email=TOO_LONG).exists()
    assert mailoutbox == []


def test_a_password_reset_for_a_too_long_address_is_refused_on_the_form(client, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": TOO_LONG})

    assert refused(response)
    assert mailoutbox == []


def test_signing_in_with_a_too_long_address_is_a_form_error(client):
    response = client.post(reverse("account_login"), {"login": TOO_LONG, "password": PASSWORD})

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_the_admin_user_form_refuses_a_too_long_address(client):
    # Only an administrator adds accounts in the admin (the Ministry gives roles to existing ones).
    root = User.objects.create_superuser(email="operator@example.org", password="x-strong-pw-1")
    give_totp(root)
    client.force_login(root)

    response = client.post(
        "/admin/users/new/",
        {
            "email": TOO_LONG,
            "first_name": "",
            "last_name": "",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_active": "on",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not User.objects.filter(email=TOO_LONG).exists()


def test_a_too_long_address_in_an_attendance_list_is_not_an_address():
    course = make_course(title="Penanganan Korban TPPO", lessons_per_module=1)
    raw = f"{TOO_LONG}\n{LONGEST}\n".encode()

    result = classroom.preview(parse_attendance(raw), course=course)

    assert [row.outcome for row in result.rows] == [MALFORMED, NOT_READY]
