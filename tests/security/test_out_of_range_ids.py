"""An id too large for the database, in an address or a filter, is "not found" or "no such choice", never a
server error: in every URL pattern with an id (Sigap's and Wagtail's admin), and in the filters of the
coverage dashboard and its downloads, the certificates list, the audit trail and Wagtail's own listings.

SQLite holds 64-bit integers and raises OverflowError beyond; PostgreSQL's Wagtail page ids are 32-bit and a
larger number raised a DataError through a relation (sigap/lookups.py). Run this module on both.
"""

from __future__ import annotations

from django.test import Client
from django.urls import NoReverseMatch, resolve, reverse

import pytest

from .walk import NoURL, concrete_urls

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_media_settings")]

#: Beyond 64 bits (a 20-digit id), just beyond 64 bits, and beyond the 32 bits of PostgreSQL's integer ids.
TOO_LARGE = [10**20, 2**63, 2**31]
HUGE = 10**20


def _signed_in(world, role: str) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(world.users[role])
    return client


def _is_id(value) -> bool:
    return isinstance(value, int) or (
        isinstance(value, str) and value.isascii() and value.isdigit()
    )


def _with_huge_ids(pattern, world):
    """For each id argument of ``pattern`` (an int, or the digits of a ``<str:pk>``), its URL with that one
    argument set to HUGE."""
    if pattern.name is None or pattern.positional:
        return
    try:
        urls = concrete_urls(pattern, world)
    except NoURL:
        return
    for url in urls.values():
        kwargs = resolve(url.split("?")[0]).kwargs
        for name, value in kwargs.items():
            if not _is_id(value):
                continue
            try:
                yield reverse(pattern.name, kwargs={**kwargs, name: HUGE})
            except NoReverseMatch:
                continue


def _failures(response, what: str) -> list[str]:
    if response.status_code < 500:
        return []
    error = getattr(response, "exc_info", None)
    return [
        f"{what}: {response.status_code} {error[1]!r}"
        if error
        else f"{what}: {response.status_code}"
    ]


@pytest.mark.parametrize("role", ["ministry", "learner"])
def test_no_url_pattern_answers_a_too_large_id_with_a_server_error(world, patterns, role):
    client = _signed_in(world, role)
    failures = []
    for pattern in patterns:
        for url in _with_huge_ids(pattern, world):
            failures += _failures(client.get(url), f"GET {url}")
            failures += _failures(client.post(url), f"POST {url}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("value", TOO_LARGE)
@pytest.mark.parametrize(
    "role, url",
    [
        ("learner", "/learn/courses/{}/handbook.pdf"),
        ("ministry", "/admin/quiz-analytics/{}/"),
        ("ministry", "/admin/quiz-analytics/{}/questions.csv"),
        ("ministry", "/admin/certificates/{}/revoke/"),
        ("ministry", "/admin/certificates/template/{}/sample.pdf"),
        ("ministry", "/admin/pages/{}/edit/"),
        ("ministry", "/admin/certificates/issued/inspect/{}/"),
        ("ministry", "/admin/coverage/targets/edit/{}/"),
    ],
)
def test_an_address_with_a_too_large_id_is_not_found(world, role, url, value):
    response = _signed_in(world, role).get(url.format(value))

    assert response.status_code == 404


@pytest.mark.parametrize("value", TOO_LARGE)
@pytest.mark.parametrize(
    "url", ["/learn/courses/{}/enrol/", "/learn/lessons/{}/complete/", "/learn/quiz/{}/start/"]
)
def test_a_form_posted_to_a_too_large_id_is_not_found(world, url, value):
    response = _signed_in(world, "learner").post(url.format(value))

    assert response.status_code == 404


@pytest.mark.parametrize("value", TOO_LARGE)
@pytest.mark.parametrize(
    "url", ["/coverage/", "/coverage/32/", "/coverage/export.csv", "/coverage/32/export.xlsx"]
)
def test_a_coverage_filter_naming_a_too_large_course_is_a_form_error(world, url, value):
    client = _signed_in(world, "ministry")
    client.cookies["sigap_language"] = "en"

    response = client.get(url, {"course": value})

    assert response.status_code == 400
    assert "There is no such course." in response.content.decode()


def test_a_coordinators_members_download_with_a_too_large_course_is_refused(world):
    from tests.accounts.factories import give_totp, make_coordinator

    coordinator = make_coordinator(province="32", regency="32.73")
    give_totp(coordinator)
    client = Client()
    client.force_login(coordinator)

    response = client.get("/coverage/32.73/members.csv", {"course": HUGE})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "url, params",
    [
        ("/admin/certificates/issued/", {"course": HUGE}),
        ("/admin/certificates/issued/", {"course": HUGE, "export": "csv"}),
        ("/admin/reports/audit-trail/", {"kind": HUGE}),
        ("/admin/reports/site-history/", {"user": HUGE}),
        ("/admin/reports/site-history/", {"user": HUGE, "export": "csv"}),
        ("/admin/pages/", {"site": HUGE}),
        ("/admin/pages/", {"content_type": HUGE}),
        ("/admin/pages/usage/courses/coursepage/", {"site": HUGE}),
        ("/admin/users/", {"group": HUGE}),
        ("/admin/forms/", {"site": HUGE}),
        ("/admin/coverage/targets/", {"province": HUGE}),
        ("/admin/quiz-analytics/", {"course": HUGE}),
        ("/admin/bulk/certificates/certificate/download_pdf/", {"id": HUGE}),
    ],
)
def test_an_admin_filter_or_selection_naming_a_too_large_id_is_no_server_error(world, url, params):
    response = _signed_in(world, "ministry").get(url, params)

    assert response.status_code < 500, getattr(response, "exc_info", None)


def test_a_too_large_id_in_a_target_history_filter_is_no_server_error(world):
    from coverage.models import CoverageTarget

    target = CoverageTarget.objects.get(province_id="32")
    response = _signed_in(world, "ministry").get(
        f"/admin/coverage/targets/history/{target.pk}/", {"user": HUGE}
    )

    assert response.status_code == 200


def test_the_course_catalogue_ignores_a_too_large_regulation(world, client):
    response = client.get(world.course.get_parent().url, {"regulation": HUGE})

    assert response.status_code == 200
