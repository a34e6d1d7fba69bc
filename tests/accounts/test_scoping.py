"""One scoping helper decides which regions a user may see; a Jawa Barat coordinator never sees Aceh."""

from __future__ import annotations

import pytest

from accounts.models import Profile
from accounts.scoping import region_scope_for
from tests.accounts.factories import ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    return {
        "aceh": ProfileFactory(province_id="11", regency_id="11.01"),
        "bandung": ProfileFactory(province_id="32", regency_id="32.73"),
        "bogor": ProfileFactory(province_id="32", regency_id="32.01"),
    }


def visible(user):
    return set(
        region_scope_for(user).filter(Profile.objects.all()).values_list("regency_id", flat=True)
    )


def test_the_ministry_sees_the_whole_country(ministry, members):
    assert {"11.01", "32.73", "32.01"} <= visible(ministry)


def test_a_province_coordinator_sees_only_their_province(coordinator_jabar, members):
    seen = visible(coordinator_jabar)

    assert {"32.73", "32.01"} <= seen
    assert "11.01" not in seen
    assert all(code.startswith("32.") for code in seen)


def test_a_regency_coordinator_sees_only_their_regency(coordinator_bandung, members):
    assert visible(coordinator_bandung) == {"32.73"}


@pytest.mark.parametrize("role_fixture", ["learner", "trainer"])
def test_learners_and_trainers_see_no_region(request, role_fixture, members):
    assert visible(request.getfixturevalue(role_fixture)) == set()


def test_anonymous_visitors_see_no_region(members):
    from django.contrib.auth.models import AnonymousUser

    assert visible(AnonymousUser()) == set()


def test_allows_answers_for_single_regions(coordinator_jabar, coordinator_bandung, ministry):
    jabar = region_scope_for(coordinator_jabar)
    assert jabar.allows(province_code="32")
    assert jabar.allows(regency_code="32.01")
    assert not jabar.allows(province_code="11")
    assert not jabar.allows(regency_code="11.01")
    assert not jabar.allows(province_code="32", regency_code="11.01")

    bandung = region_scope_for(coordinator_bandung)
    assert bandung.allows(regency_code="32.73")
    assert not bandung.allows(regency_code="32.01")
    assert not bandung.allows(province_code="32")

    assert region_scope_for(ministry).allows(province_code="11")


def test_scope_lists_the_regions_it_covers(coordinator_jabar, coordinator_bandung):
    jabar = region_scope_for(coordinator_jabar)
    assert list(jabar.provinces().values_list("code", flat=True)) == ["32"]
    assert jabar.regencies().count() == 27
    assert list(
        region_scope_for(coordinator_bandung).regencies().values_list("code", flat=True)
    ) == ["32.73"]


def test_a_coordinator_whose_role_was_removed_sees_nothing(coordinator_jabar, members):
    from accounts.services import coordinator_unassign

    coordinator_unassign(user=coordinator_jabar)
    coordinator_jabar.refresh_from_db()

    assert visible(coordinator_jabar) == set()


def test_an_inactive_ministry_account_sees_nothing(ministry, members):
    ministry.is_active = False

    assert visible(ministry) == set()
