"""Sign-up with allauth: mandatory e-mail verification, every new member starts as a learner."""

from __future__ import annotations

import re

from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"


def signup(client, email, password="kata-sandi-yang-kuat-2026", password2=None):
    return client.post(
        SIGNUP, {"email": email, "password1": password, "password2": password2 or password}
    )


def test_signup_creates_a_learner_and_sends_a_verification_link(client, mailoutbox):
    response = signup(client, "Rina@Example.org")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="rina@example.org")
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mailoutbox) == 1
    assert re.search(r"/accounts/confirm-email/[^/\s]+/", mailoutbox[0].body)


def test_unverified_member_cannot_sign_in(client, mailoutbox):
    signup(client, "belum@example.org")
    client.logout()

    response = client.post(
        reverse("account_login"),
        {"login": "belum@example.org", "password": "kata-sandi-yang-kuat-2026"},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_following_the_link_verifies_signs_in_and_asks_for_the_profile(client, mailoutbox):
    signup(client, "baru@example.org")
    link = re.search(
        r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)", mailoutbox[0].body
    ).group(1)

    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link)

    assert EmailAddress.objects.get(email="baru@example.org").verified
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert client.get(response["Location"]).status_code == 200


def test_existing_email_is_refused_and_the_address_is_kept(client, learner):
    response = signup(client, learner.email.upper())

    assert response.status_code == 200
    form = response.context["form"]
    assert "email" in form.errors
    assert form["email"].value() == learner.email.upper()
    assert User.objects.filter(email__iexact=learner.email).count() == 1


def test_malformed_email_gets_an_error_in_indonesian(client):
    response = signup(client, "bukan-alamat-email")

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert "Masukkan alamat email yang valid" in response.content.decode()
    assert not User.objects.exists()


def test_malformed_email_error_in_english_when_english_is_chosen(client):
    client.cookies["sigap_language"] = "en"

    response = signup(client, "not-an-address")

    assert "Enter a valid email address" in response.content.decode()


@pytest.mark.parametrize("weak", ["12345678901", "password123", "pendek"])
def test_weak_password_is_refused_and_the_email_kept(client, weak):
    response = signup(client, "kuat@example.org", password=weak)

    assert response.status_code == 200
    form = response.context["form"]
    assert "password1" in form.errors
    assert form["email"].value() == "kuat@example.org"
    assert not User.objects.exists()


def test_signup_is_rate_limited(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}
    for n in range(2):
        signup(client, f"orang{n}@example.org")
        client.logout()

    response = signup(client, "orang9@example.org")

    assert response.status_code == 429
    assert not User.objects.filter(email="orang9@example.org").exists()
