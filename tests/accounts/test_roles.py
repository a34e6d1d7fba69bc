"""The four roles exist as groups; only Trainer and Ministry reach the Wagtail admin."""

from __future__ import annotations

from django.contrib.auth.models import Group

import pytest

from accounts.models import CoordinatorScope
from accounts.roles import ROLE_PERMISSIONS

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"


def test_the_migration_creates_every_role_with_its_permissions():
    for role, perms in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        have = set(group.permissions.values_list("content_type__app_label", "codename"))
        assert set(perms) <= have, role


def test_anonymous_visitor_is_sent_to_the_sign_in_page_from_the_admin(client):
    response = client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_fixture", ["learner", "coordinator_jabar"])
def test_learners_and_coordinators_do_not_reach_the_admin(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))

    response = client.get(ADMIN)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response["Location"].startswith(ADMIN)


@pytest.mark.parametrize("role_fixture", ["trainer", "ministry"])
def test_trainers_and_the_ministry_reach_the_admin(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))

    assert client.get(ADMIN).status_code == 200


def test_the_header_links_to_the_admin_only_for_those_who_may_use_it(client, learner, trainer):
    client.force_login(learner)
    assert 'href="/admin/"' not in client.get("/").content.decode()

    client.force_login(trainer)
    assert 'href="/admin/"' in client.get("/").content.decode()


def test_the_ministry_assigns_a_coordinator_in_the_admin_and_the_role_follows(
    client, ministry, learner
):
    client.force_login(ministry)

    response = client.post(
        "/admin/snippets/accounts/coordinatorscope/add/",
        {"user": learner.pk, "province": "32", "regency": ""},
    )

    assert response.status_code == 302
    assert CoordinatorScope.objects.get(user=learner).province_id == "32"
    assert learner.groups.filter(name="Regional coordinator").exists()

    scope = CoordinatorScope.objects.get(user=learner)
    client.post(f"/admin/snippets/accounts/coordinatorscope/delete/{scope.pk}/")
    assert not CoordinatorScope.objects.filter(user=learner).exists()
    assert not learner.groups.filter(name="Regional coordinator").exists()


def test_a_coordinator_scope_with_a_regency_outside_its_province_is_refused(
    client, ministry, learner
):
    client.force_login(ministry)

    response = client.post(
        "/admin/snippets/accounts/coordinatorscope/add/",
        {"user": learner.pk, "province": "32", "regency": "11.01"},
    )

    assert response.status_code == 200
    assert not CoordinatorScope.objects.exists()


def test_trainers_cannot_assign_coordinators(client, trainer, learner):
    client.force_login(trainer)

    response = client.post(
        "/admin/snippets/accounts/coordinatorscope/add/",
        {"user": learner.pk, "province": "32", "regency": ""},
    )

    assert response.status_code in (302, 403)
    assert not CoordinatorScope.objects.exists()


def test_moving_a_coordinator_entry_to_another_user_moves_the_role(
    client, ministry, coordinator_jabar, learner
):
    client.force_login(ministry)
    scope = CoordinatorScope.objects.get(user=coordinator_jabar)

    client.post(
        f"/admin/snippets/accounts/coordinatorscope/edit/{scope.pk}/",
        {"user": learner.pk, "province": "32", "regency": ""},
    )

    assert learner.groups.filter(name="Regional coordinator").exists()
    assert not coordinator_jabar.groups.filter(name="Regional coordinator").exists()


@pytest.mark.parametrize("role_fixture", ["trainer", "ministry"])
def test_trainers_and_the_ministry_can_upload_images_and_documents(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))

    assert client.get("/admin/images/").status_code == 200
    assert client.get("/admin/documents/").status_code == 200


def test_wagtails_starter_groups_are_gone():
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Learner",
        "Trainer",
        "Regional coordinator",
        "Ministry",
    }


def test_wagtails_own_sign_in_page_sends_people_to_the_sigap_sign_in(client, ministry, password):
    response = client.post(
        "/admin/login/?next=/admin/users/", {"username": ministry.email, "password": password}
    )

    assert response.status_code in (301, 302)
    assert response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
