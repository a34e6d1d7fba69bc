"""Two-factor sign-in: available to everyone, required for staff roles."""

from __future__ import annotations

from django.urls import reverse

import pytest
from allauth.mfa.models import Authenticator

from tests.accounts.factories import ProfileFactory, totp_code, with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_without_mfa(db):
    return with_role(ProfileFactory().user, "Trainer")


def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, trainer_without_mfa):
    client.force_login(trainer_without_mfa)

    for path in ("/", "/admin/", reverse("accounts:dashboard")):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == reverse("mfa_activate_totp")


def test_the_set_up_page_itself_and_sign_out_stay_reachable(client, trainer_without_mfa):
    client.force_login(trainer_without_mfa)

    assert client.get(reverse("mfa_activate_totp")).status_code in (200, 302)
    assert client.get(reverse("mfa_index")).status_code == 200
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_learners_may_use_the_site_without_two_factor(client, learner):
    client.force_login(learner)

    assert client.get(reverse("accounts:dashboard")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200


def test_staff_with_an_authenticator_are_asked_for_a_code_when_signing_in(client, password):
    from tests.accounts.factories import give_totp

    user = with_role(ProfileFactory().user, "Ministry")
    secret = give_totp(user)

    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_member_turns_on_totp_with_a_code_from_their_app(client, learner, password):
    from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time

    client.force_login(learner)
    client.post(reverse("account_reauthenticate"), {"password": password})
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    code = f"{hotp_value(secret, next(iter(yield_hotp_counters_from_time()))):06d}"

    client.post(reverse("mfa_activate_totp"), {"code": code})

    assert Authenticator.objects.filter(user=learner, type=Authenticator.Type.TOTP).exists()


def test_the_requirement_can_be_switched_off_for_a_deployment(
    client, settings, trainer_without_mfa
):
    settings.SIGAP_MFA_REQUIRED_FOR_STAFF = False
    client.force_login(trainer_without_mfa)

    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_any_group_beyond_learner_needs_two_factor(client):
    from django.contrib.auth.models import Group

    user = with_role(ProfileFactory().user, "Learner")
    user.groups.add(Group.objects.create(name="Penyunting tambahan"))
    client.force_login(user)

    assert client.get(reverse("accounts:dashboard"))["Location"] == reverse("mfa_activate_totp")
