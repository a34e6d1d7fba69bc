"""The audit trail: every way a role changes leaves exactly one entry saying who gave or took which role from
whom; certificate revocations and coverage-target edits are there too; the Ministry reads them all in one
admin report, and nobody else can."""

from __future__ import annotations

import csv
import io
import json

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import BaseLogEntry, ModelLogEntry

import pytest

from accounts.audit import CERTIFICATE_REVOKE, ROLE_CHANGE
from accounts.models import CoordinatorScope, Province, User
from accounts.privacy import account_delete
from accounts.services import (
    coordinator_assign,
    coordinator_unassign,
    learner_register,
    role_add,
    role_remove,
)
from certificates.services import certificate_revoke
from coverage.targets import target_clear, target_set
from tests.accounts.factories import ProfileFactory, UserFactory, give_totp, with_role
from tests.accounts.test_user_admin import form_data
from tests.certificates.factories import make_certificate

from .walk import url_patterns

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/audit-trail/"


def role_changes(user) -> list[ModelLogEntry]:
    return list(
        ModelLogEntry.objects.filter(action=ROLE_CHANGE, object_id=str(user.pk)).order_by("pk")
    )


def changes_of(user) -> list[tuple]:
    """(actor id, roles given, roles taken away) of each entry about ``user``."""
    return [
        (entry.user_id, entry.data["added"], entry.data["removed"]) for entry in role_changes(user)
    ]


def group(name: str) -> int:
    return Group.objects.get(name=name).pk


@pytest.fixture
def root(db):
    user = User.objects.create_superuser(email="operator@example.org", password="x-strong-pw-1")
    give_totp(user)
    return user


# Every path that changes a role ------------------------------------------------------------------------


def test_giving_a_role_in_the_user_admin_records_who_gave_which_role_to_whom(
    client, ministry, learner
):
    client.force_login(ministry)

    client.post(
        f"/admin/users/edit/{learner.pk}/",
        form_data(learner, groups=[group("Learner"), group("Trainer")]),
    )

    assert changes_of(learner) == [(ministry.pk, ["Trainer"], [])]


def test_swapping_roles_in_one_save_is_one_entry(client, ministry, learner):
    with_role(learner, "Trainer")
    before = len(role_changes(learner))
    client.force_login(ministry)

    client.post(
        f"/admin/users/edit/{learner.pk}/",
        form_data(learner, groups=[group("Learner"), group("Ministry")]),
    )

    assert changes_of(learner)[before:] == [(ministry.pk, ["Ministry"], ["Trainer"])]


def test_saving_a_coordinators_user_form_unchanged_records_nothing(
    client, ministry, coordinator_jabar
):
    # The form has no coordinator box: saving it takes the role away and the sync gives it back.
    before = role_changes(coordinator_jabar)
    client.force_login(ministry)

    client.post(
        f"/admin/users/edit/{coordinator_jabar.pk}/",
        form_data(coordinator_jabar, groups=[group("Learner")]),
    )

    assert coordinator_jabar.groups.filter(name="Regional coordinator").exists()
    assert role_changes(coordinator_jabar) == before


def test_creating_a_user_with_a_role_records_it(client, root):
    client.force_login(root)

    client.post(
        "/admin/users/new/",
        {
            "email": "baru@example.org",
            "first_name": "",
            "last_name": "",
            "password1": "sandi-awal-yang-kuat-1",
            "password2": "sandi-awal-yang-kuat-1",
            "groups": [group("Learner"), group("Ministry")],
            "is_active": "on",
        },
    )

    assert changes_of(User.objects.get(email="baru@example.org")) == [(root.pk, ["Ministry"], [])]


def test_making_someone_an_administrator_is_recorded(client, root, learner):
    client.force_login(root)

    client.post(f"/admin/users/edit/{learner.pk}/", form_data(learner, is_superuser="on"))

    assert changes_of(learner) == [(root.pk, ["Administrator"], [])]


def test_assigning_a_role_to_several_users_in_bulk_records_one_entry_each(client, ministry):
    members = [with_role(ProfileFactory().user, "Learner") for _ in range(2)]
    client.force_login(ministry)
    ids = "&".join(f"id={member.pk}" for member in members)

    response = client.post(
        f"/admin/bulk/accounts/user/assign_role/?{ids}", {"role": group("Trainer")}
    )

    assert response.status_code == 302
    for member in members:
        assert changes_of(member) == [(ministry.pk, ["Trainer"], [])]


def test_assigning_a_role_someone_already_has_records_nothing(client, ministry, trainer):
    before = role_changes(trainer)
    client.force_login(ministry)

    client.post(
        f"/admin/bulk/accounts/user/assign_role/?id={trainer.pk}", {"role": group("Trainer")}
    )

    assert role_changes(trainer) == before


def test_adding_and_removing_a_regional_coordinator_records_both(client, ministry, learner):
    client.force_login(ministry)

    client.post(
        "/admin/snippets/accounts/coordinatorscope/add/",
        {"user": learner.pk, "province": "32", "regency": ""},
    )
    scope = CoordinatorScope.objects.get(user=learner)
    client.post(f"/admin/snippets/accounts/coordinatorscope/delete/{scope.pk}/")

    assert changes_of(learner) == [
        (ministry.pk, ["Regional coordinator"], []),
        (ministry.pk, [], ["Regional coordinator"]),
    ]


def test_the_role_services_record_each_change_without_an_actor(learner):
    role_add(user=learner, role="Trainer")
    role_remove(user=learner, role="Trainer")
    coordinator_assign(user=learner, province=Province.objects.get(code="32"))
    coordinator_unassign(user=learner)

    assert changes_of(learner) == [
        (None, ["Trainer"], []),
        (None, [], ["Trainer"]),
        (None, ["Regional coordinator"], []),
        (None, [], ["Regional coordinator"]),
    ]


def test_removing_a_role_someone_does_not_have_records_nothing(learner):
    role_remove(user=learner, role="Ministry")

    assert role_changes(learner) == []


def test_clearing_every_role_records_what_was_taken_away(learner):
    with_role(learner, "Trainer")

    learner.groups.clear()

    assert changes_of(learner)[-1] == (None, [], ["Trainer"])


def test_the_learner_role_every_member_gets_at_sign_up_is_not_recorded(db):
    user = UserFactory()

    learner_register(user=user)

    assert user.groups.filter(name="Learner").exists()
    assert role_changes(user) == []


def test_seeding_the_demo_records_the_staff_roles_once(settings):
    settings.DEBUG = True

    call_command("seed_demo", "--skip-courses", stdout=io.StringIO())
    first = ModelLogEntry.objects.filter(action=ROLE_CHANGE).count()
    call_command("seed_demo", "--skip-courses", stdout=io.StringIO())

    # The trainer, the coordinator and the ministry; the second run changes nothing.
    assert first == 3
    assert ModelLogEntry.objects.filter(action=ROLE_CHANGE).count() == first


def test_role_entries_carry_ids_and_role_names_but_no_name_or_address(client, ministry, learner):
    client.force_login(ministry)

    client.post(
        f"/admin/users/edit/{learner.pk}/",
        form_data(learner, groups=[group("Learner"), group("Trainer")]),
    )

    (entry,) = role_changes(learner)
    payload = json.dumps(entry.data)
    assert entry.data == {"user_id": learner.pk, "added": ["Trainer"], "removed": []}
    assert learner.email not in payload
    assert learner.profile.full_name not in payload


# Certificates and targets --------------------------------------------------------------------------------


def test_revoking_a_certificate_in_the_admin_is_recorded_without_the_reason(client, trainer):
    certificate = make_certificate()
    client.force_login(trainer)

    client.post(
        f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Nama tertukar dengan Budi"}
    )

    (entry,) = ModelLogEntry.objects.filter(action=CERTIFICATE_REVOKE)
    assert (entry.object_id, entry.user_id, entry.label) == (
        str(certificate.pk),
        trainer.pk,
        certificate.number,
    )
    assert "Budi" not in json.dumps(entry.data)


# The report -----------------------------------------------------------------------------------------------


@pytest.fixture
def trail(ministry, learner):
    """One entry of each kind."""
    role_add(user=learner, role="Trainer")
    certificate = make_certificate()
    certificate_revoke(certificate=certificate, reason="Salah cetak", actor=ministry)
    target_set(code="32", members=120, actor=ministry)
    target_set(code="32", members=150, actor=ministry)
    target_clear(code="32", actor=ministry)
    return {"learner": learner, "certificate": certificate}


def test_the_ministry_reads_roles_revocations_and_targets_in_one_report(client, ministry, trail):
    client.cookies["sigap_language"] = "en"
    client.force_login(ministry)

    html = client.get(REPORT).content.decode()

    assert "Audit trail" in html
    assert trail["learner"].email in html
    assert "Given: Trainer" in html
    assert trail["certificate"].number in html
    assert "Members to train: — → 120" in html
    assert "Members to train: 120 → 150" in html
    assert "Members to train: 150 → —" in html


def test_the_report_filters_by_kind_and_date(client, ministry, trail):
    client.force_login(ministry)
    today = timezone.localdate()

    revocations = client.get(REPORT, {"kind": "certificates"}).content.decode()
    since_today = client.get(REPORT, {"timestamp_from": today.isoformat()})
    since_tomorrow = client.get(
        REPORT, {"timestamp_from": (today + timezone.timedelta(days=1)).isoformat()}
    )

    assert trail["certificate"].number in revocations
    assert trail["learner"].email not in revocations
    # The ministry's own role and the learner's, a revocation, three target edits.
    assert len(since_today.context["object_list"]) == 6
    assert list(since_tomorrow.context["object_list"]) == []


def test_the_report_downloads_as_csv(client, ministry, trail):
    client.force_login(ministry)

    response = client.get(REPORT, {"export": "csv", "kind": "roles"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert response.status_code == 200
    assert any(row[2:] and str(trail["learner"].pk) in row for row in rows[1:])
    assert all(trail["certificate"].number not in row for row in rows)


def test_a_deleted_account_is_in_the_report(client, ministry, learner):
    learner_id = learner.pk
    account_delete(user=learner)
    client.force_login(ministry)

    entries = client.get(REPORT, {"kind": "accounts"}).context["object_list"]

    assert [entry.data["user_id"] for entry in entries] == [learner_id]


@pytest.mark.parametrize("role", [None, "learner", "trainer", "coordinator_jabar"])
def test_nobody_but_the_ministry_opens_the_report_or_sees_it_in_the_menu(
    client, request, role, trail
):
    if role is not None:
        client.force_login(request.getfixturevalue(role))

    response = client.get(REPORT)
    download = client.get(REPORT, {"export": "csv"})

    assert response.status_code == 302
    assert download.status_code == 302
    if role == "trainer":
        assert response["Location"] == "/admin/"
        assert REPORT not in client.get("/admin/").content.decode()


def test_the_report_is_in_the_ministrys_reports_menu(client, ministry):
    client.force_login(ministry)

    assert REPORT in client.get("/admin/").content.decode()


def test_audit_entries_cannot_be_changed_from_the_admin(client, ministry, trail):
    # No admin view works on log entries but the report, and the report only reads.
    editing_views = [
        pattern.label
        for pattern in url_patterns()
        if pattern.model is not None and issubclass(pattern.model, BaseLogEntry)
    ]
    client.force_login(ministry)
    count = ModelLogEntry.objects.count()

    response = client.post(REPORT, {"action": "delete"})

    assert editing_views == []
    assert response.status_code == 405
    assert ModelLogEntry.objects.count() == count
