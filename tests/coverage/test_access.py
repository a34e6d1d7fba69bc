"""Who may open which coverage page and download: every endpoint, as every kind of user.

The Ministry sees everything; a coordinator only their own province or regency (another region is a 404,
as if it did not exist); learners and trainers are refused; anonymous visitors are sent to sign in.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

# Every coverage URL; {province} and {regency} are filled with a region code.
ENDPOINTS = {
    "national": "/coverage/",
    "national_csv": "/coverage/export.csv",
    "national_xlsx": "/coverage/export.xlsx",
    "province": "/coverage/{province}/",
    "province_csv": "/coverage/{province}/export.csv",
    "province_xlsx": "/coverage/{province}/export.xlsx",
    "regency": "/coverage/{regency}/",
    "regency_csv": "/coverage/{regency}/export.csv",
    "regency_xlsx": "/coverage/{regency}/export.xlsx",
    "members_csv": "/coverage/{regency}/members.csv",
    "members_xlsx": "/coverage/{regency}/members.xlsx",
}
NAMED = {"members_csv", "members_xlsx"}
JABAR = {"province": "32", "regency": "32.73"}
ACEH = {"province": "11", "regency": "11.01"}
OTHER_REGENCY_IN_JABAR = {"province": "32", "regency": "32.01"}


def url(name: str, region: dict[str, str]) -> str:
    return ENDPOINTS[name].format(**region)


@pytest.mark.parametrize("name", ENDPOINTS)
def test_anonymous_visitors_are_sent_to_sign_in(client, name):
    response = client.get(url(name, JABAR))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("role", ["learner", "trainer"])
@pytest.mark.parametrize("name", ENDPOINTS)
def test_learners_and_trainers_are_refused(client, request, role, name):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(name, JABAR)).status_code == 403


@pytest.mark.parametrize("name", ENDPOINTS)
def test_the_ministry_sees_every_region_but_no_names(client, ministry, name):
    client.force_login(ministry)
    for region in (JABAR, ACEH):
        response = client.get(url(name, region))
        assert response.status_code == (404 if name in NAMED else 200)
        if response.status_code == 200:
            assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", [name for name in ENDPOINTS if not name.startswith("national")])
def test_a_province_coordinator_sees_their_province_and_nothing_else(
    client, coordinator_jabar, name
):
    client.force_login(coordinator_jabar)
    assert client.get(url(name, JABAR)).status_code == 200
    assert client.get(url(name, OTHER_REGENCY_IN_JABAR)).status_code == 200
    assert client.get(url(name, ACEH)).status_code == 404


@pytest.mark.parametrize("name", [name for name in ENDPOINTS if not name.startswith("national")])
def test_a_regency_coordinator_sees_their_regency_and_nothing_else(
    client, coordinator_bandung, name
):
    client.force_login(coordinator_bandung)
    own = name.startswith(("regency", "members"))
    assert client.get(url(name, JABAR)).status_code == (200 if own else 404)
    assert client.get(url(name, OTHER_REGENCY_IN_JABAR)).status_code == 404
    assert client.get(url(name, ACEH)).status_code == 404


@pytest.mark.parametrize("name", ["national_csv", "national_xlsx"])
@pytest.mark.parametrize("coordinator", ["coordinator_jabar", "coordinator_bandung"])
def test_coordinators_cannot_download_the_national_figures(client, request, coordinator, name):
    client.force_login(request.getfixturevalue(coordinator))
    assert client.get(url(name, JABAR)).status_code == 404


@pytest.mark.parametrize(
    ("coordinator", "home"),
    [("coordinator_jabar", "/coverage/32/"), ("coordinator_bandung", "/coverage/32.73/")],
)
def test_coordinators_are_taken_from_the_national_page_to_their_region(
    client, request, coordinator, home
):
    client.force_login(request.getfixturevalue(coordinator))
    response = client.get("/coverage/?course=&level=regency")
    assert response.status_code == 302
    assert response["Location"] == f"{home}?course=&level=regency"


def test_choosing_a_region_outside_ones_scope_in_the_filters_is_not_found(
    client, coordinator_jabar
):
    client.force_login(coordinator_jabar)
    assert client.get("/coverage/32/?region=11").status_code == 404
    assert client.get("/coverage/32/?region=11.01").status_code == 404
    assert client.get("/coverage/32/?region=32.01").status_code == 302


def test_a_coordinator_without_a_region_is_refused(client, coordinator_jabar):
    coordinator_jabar.coordinator_scope.delete()
    client.force_login(coordinator_jabar)
    assert client.get("/coverage/").status_code == 403


def test_the_header_links_to_the_dashboard_only_for_those_who_may_see_it(
    client, learner, trainer, ministry, coordinator_bandung
):
    for user, shown in [
        (learner, False),
        (trainer, False),
        (ministry, True),
        (coordinator_bandung, True),
    ]:
        client.force_login(user)
        html = client.get("/me/").content.decode()
        assert ('href="/coverage/"' in html) is shown, user


def test_the_admin_menu_links_to_the_dashboard_for_the_ministry_only(client, ministry, trainer):
    client.force_login(ministry)
    assert "coverage-dashboard" in client.get("/admin/").content.decode()
    client.force_login(trainer)
    assert "coverage-dashboard" not in client.get("/admin/").content.decode()
