"""The Ministry gives roles in Settings → Users, but can never make or edit a superuser."""

from __future__ import annotations

from django.contrib.auth.models import Group

import pytest

from accounts.models import User

pytestmark = pytest.mark.django_db


def edit_url(user):
    return f"/admin/users/edit/{user.pk}/"


def form_data(user, **overrides):
    data = {
        "email": user.email,
        "first_name": "",
        "last_name": "",
        "is_active": "on",
        "groups": list(user.groups.values_list("pk", flat=True)),
    }
    data.update(overrides)
    return data


def test_the_ministry_makes_a_learner_a_trainer(client, ministry, learner):
    client.force_login(ministry)
    trainer_group = Group.objects.get(name="Trainer")

    response = client.post(
        edit_url(learner),
        form_data(learner, groups=[Group.objects.get(name="Learner").pk, trainer_group.pk]),
    )

    assert response.status_code == 302
    assert set(learner.groups.values_list("name", flat=True)) == {"Learner", "Trainer"}


def test_the_ministry_cannot_tick_superuser(client, ministry, learner):
    client.force_login(ministry)

    page = client.get(edit_url(learner))
    client.post(edit_url(learner), form_data(learner, is_superuser="on"))

    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()
    learner.refresh_from_db()
    assert not learner.is_superuser


def test_the_ministry_cannot_edit_a_superuser(client, ministry):
    from tests.accounts.factories import give_totp

    root = User.objects.create_superuser(
        email="operator@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(ministry)

    response = client.get(edit_url(root))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    client.post(edit_url(root), form_data(root, email="ministry-takeover@example.org"))
    root.refresh_from_db()
    assert root.email == "operator@example.org"


@pytest.mark.parametrize("role_fixture", ["trainer", "coordinator_jabar", "learner"])
def test_other_roles_cannot_manage_users(client, request, role_fixture, ministry):
    client.force_login(request.getfixturevalue(role_fixture))

    response = client.get(edit_url(ministry))

    assert response.status_code in (302, 403)


def test_anonymous_visitors_are_sent_to_sign_in_from_the_user_admin(client, learner):
    response = client.get(edit_url(learner))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_superuser_may_still_grant_superuser(client, learner):
    from tests.accounts.factories import give_totp

    root = User.objects.create_superuser(
        email="operator@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(root)

    client.post(edit_url(learner), form_data(learner, is_superuser="on"))

    learner.refresh_from_db()
    assert learner.is_superuser


def test_the_ministry_cannot_deactivate_a_superuser_in_bulk(client, ministry):
    from tests.accounts.factories import give_totp

    root = User.objects.create_superuser(
        email="operator@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(ministry)

    client.post(
        f"/admin/bulk/accounts/user/set_active_state/?id={root.pk}", {"mark_as_active": "False"}
    )

    root.refresh_from_db()
    assert root.is_active


def test_the_ministry_deactivates_an_ordinary_member_in_bulk(client, ministry, learner):
    client.force_login(ministry)

    client.post(
        f"/admin/bulk/accounts/user/set_active_state/?id={learner.pk}", {"mark_as_active": "False"}
    )

    learner.refresh_from_db()
    assert not learner.is_active


def test_email_addresses_cannot_be_changed_in_the_user_admin(client, ministry, learner):
    client.force_login(ministry)
    old = learner.email

    client.post(edit_url(learner), form_data(learner, email="attacker@example.org"))

    learner.refresh_from_db()
    assert learner.email == old


def test_the_coordinator_role_is_not_offered_in_the_user_form(client, ministry, learner):
    client.force_login(ministry)

    form = client.get(edit_url(learner)).context["form"]

    assert "Regional coordinator" not in [g.name for g in form.fields["groups"].queryset]


def test_saving_a_coordinators_user_form_keeps_their_coordinator_role(
    client, ministry, coordinator_jabar
):
    client.force_login(ministry)

    client.post(
        edit_url(coordinator_jabar),
        form_data(coordinator_jabar, groups=[Group.objects.get(name="Learner").pk]),
    )

    assert coordinator_jabar.groups.filter(name="Regional coordinator").exists()


def test_a_user_created_by_an_administrator_gets_an_unverified_address_for_allauth(client):
    from allauth.account.models import EmailAddress

    from tests.accounts.factories import give_totp

    root = User.objects.create_superuser(
        email="operator@example.org", password="x-strong-password-1"
    )
    give_totp(root)
    client.force_login(root)

    client.post(
        "/admin/users/new/",
        {
            "email": "baru@example.org",
            "first_name": "",
            "last_name": "",
            "password1": "sandi-awal-yang-kuat-1",
            "password2": "sandi-awal-yang-kuat-1",
            "groups": [Group.objects.get(name="Learner").pk],
            "is_active": "on",
        },
    )

    assert EmailAddress.objects.filter(
        email="baru@example.org", verified=False, primary=True
    ).exists()
