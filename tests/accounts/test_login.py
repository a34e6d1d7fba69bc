"""Signing in and out, password reset, change of e-mail, login rate limits."""

from __future__ import annotations

import re

from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def test_member_with_a_profile_lands_on_their_account_page(client, learner, password):
    response = client.post(LOGIN, {"login": learner.email, "password": password})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")


def test_member_without_a_profile_is_asked_for_it_after_signing_in(
    client, user_without_profile, password
):
    response = client.post(LOGIN, {"login": user_without_profile.email, "password": password})

    assert response["Location"] == reverse("accounts:profile")


def test_wrong_password_gets_a_clear_error_and_keeps_the_email(client, learner):
    response = client.post(LOGIN, {"login": learner.email, "password": "salah-sekali"})

    assert response.status_code == 200
    assert response.context["form"]["login"].value() == learner.email
    assert "_auth_user_id" not in client.session
    assert response.context["form"].non_field_errors()


def test_repeated_failed_logins_are_blocked(client, learner, password):
    for _ in range(5):
        client.post(LOGIN, {"login": learner.email, "password": "salah-sekali"})

    response = client.post(LOGIN, {"login": learner.email, "password": password})

    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_sign_out_ends_the_session(client, learner):
    client.force_login(learner)

    client.post(reverse("account_logout"))

    assert "_auth_user_id" not in client.session


def test_password_reset_by_emailed_link(client, learner, mailoutbox):
    client.post(reverse("account_reset_password"), {"email": learner.email})
    assert len(mailoutbox) == 1
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)", mailoutbox[0].body
    ).group(1)

    form_page = client.get(link, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    response = client.post(
        action, {"password1": "sandi-baru-yang-kuat-9", "password2": "sandi-baru-yang-kuat-9"}
    )

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("sandi-baru-yang-kuat-9")


def test_change_of_email_takes_effect_after_the_new_address_is_verified(
    client, learner, mailoutbox
):
    client.force_login(learner)
    old = learner.email

    client.post(reverse("account_email"), {"action_add": "", "email": "alamat.baru@example.org"})
    assert len(mailoutbox) == 1
    learner.refresh_from_db()
    assert learner.email == old

    link = re.search(
        r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)", mailoutbox[0].body
    ).group(1)
    client.post(link)

    learner.refresh_from_db()
    assert learner.email == "alamat.baru@example.org"
    assert EmailAddress.objects.get(user=learner, primary=True).email == "alamat.baru@example.org"
