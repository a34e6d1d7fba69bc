"""The coverage dashboard: what it counts, that totals are the sum of their parts, its filters and errors,
and that a completion or a certificate shows on the next page load."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

import pytest

from certificates.models import Certificate
from certificates.services import certificate_revoke
from coverage.filters import Filters
from coverage.models import CoverageTarget
from coverage.selectors import coverage_report, place_for_code
from tests.certificates.factories import complete

from .support import certify, days_ago, enrol, member, task_force

pytestmark = pytest.mark.django_db


def report(code: str | None = None, **filters):
    return coverage_report(place_for_code(code) if code else None, Filters(**filters))


def row(rep, code: str):
    return next(r for r in rep.rows if r.code == code)


def counts(r) -> tuple[int, int, int, int]:
    return (r.counts.registered, r.counts.enrolled, r.counts.completed, r.counts.certified)


# What is counted ----------------------------------------------------------------------------------


def test_a_regency_counts_members_enrolled_completed_and_certified():
    task_force()
    assert counts(row(report("32"), "32.73")) == (3, 3, 2, 2)
    assert counts(row(report("32"), "32.01")) == (1, 1, 1, 1)
    assert counts(row(report("11"), "11.01")) == (1, 1, 0, 0)


def test_the_course_filter_counts_that_course_only():
    force = task_force()
    assert counts(row(report("32", course_id=force.course_a.pk), "32.73")) == (3, 2, 2, 2)
    assert counts(row(report("32", course_id=force.course_b.pk), "32.73")) == (3, 1, 0, 0)
    assert counts(row(report("32", course_id=force.course_b.pk), "32.01")) == (1, 1, 1, 1)


def test_the_period_filter_counts_completions_inside_it_only():
    course = task_force().course_a
    late = member("32.73")
    certify(late, course, completed_at=days_ago(400))
    today = timezone.localdate()
    recent = report("32", start=today - dt.timedelta(days=30), end=today)
    assert row(recent, "32.73").counts.completed == 2
    # A certificate is held today whenever the course was completed.
    assert row(recent, "32.73").counts.certified == 3
    last_year = report(
        "32", start=today - dt.timedelta(days=420), end=today - dt.timedelta(days=380)
    )
    assert row(last_year, "32.73").counts.completed == 1


def test_agency_and_level_filters_narrow_the_members():
    task_force()
    assert counts(row(report("32", agency_type="police"), "32.73")) == (1, 1, 0, 0)
    assert row(report("11", level="provincial"), "11.01").counts.registered == 1
    assert row(report("11", level="regency"), "11.01").counts.registered == 0


def test_revoked_and_expired_certificates_do_not_count_and_inactive_members_not_at_all(
    django_capture_on_commit_callbacks,
):
    force = task_force()
    first, second, _third = force.members["32.73"]
    certificate_revoke(certificate=Certificate.objects.get(user=first), reason="Salah", actor=None)
    Certificate.objects.filter(user=second).update(
        expires_on=timezone.localdate() - dt.timedelta(days=1)
    )
    assert row(report("32"), "32.73").counts.certified == 0
    leaver = force.members["32.01"][0]
    leaver.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        leaver.save()
    assert counts(row(report("32"), "32.01")) == (0, 0, 0, 0)


def test_members_count_where_they_serve_today(django_capture_on_commit_callbacks):
    force = task_force()
    assert row(report("32"), "32.73").counts.certified == 2
    assert row(report("11"), "11.01").counts.certified == 0
    mover = force.members["32.73"][0]
    mover.profile.regency_id, mover.profile.province_id = "11.01", "11"
    with django_capture_on_commit_callbacks(execute=True):
        mover.profile.save()
    assert row(report("32"), "32.73").counts.certified == 1
    assert row(report("11"), "11.01").counts.certified == 1


# Totals are the sum of their parts ----------------------------------------------------------------


FILTER_SETS = [{}, {"agency_type": "police"}, {"level": "provincial"}]


@pytest.mark.parametrize("filters", FILTER_SETS)
def test_every_total_is_the_sum_of_its_rows_at_every_level(filters):
    force = task_force()
    for course in (None, force.course_a.pk, force.course_b.pk):
        national = report(course_id=course, **filters)
        assert len(national.rows) == 38
        assert _summed(national.rows) == counts(national.total)
        for province in national.rows:
            regional = report(province.code, course_id=course, **filters)
            assert _summed(regional.rows) == counts(regional.total) == counts(province)
            for regency in regional.rows:
                if regency.counts.registered:
                    local = report(regency.code, course_id=course, **filters)
                    assert _summed(local.rows) == counts(local.total) == counts(regency)


def _summed(rows) -> tuple[int, ...]:
    return tuple(sum(values) for values in zip(*(counts(r) for r in rows), strict=True)) or (
        0,
        0,
        0,
        0,
    )


# Targets and blank spots --------------------------------------------------------------------------


def test_coverage_is_certified_members_over_the_target():
    force = task_force()
    CoverageTarget.objects.create(regency_id="32.73", members=4)
    CoverageTarget.objects.create(regency_id="32.01", members=1)
    jabar = report("32")
    assert row(jabar, "32.73").coverage == 50
    assert row(jabar, "32.01").coverage == 100
    # Without a target of its own, a province is measured against its regencies' targets …
    assert row(report(), "32").target == 5
    assert row(report(), "32").coverage == 60
    # Certified members of a region without a target do not count toward the others' targets.
    certify(member("11.01"), force.course_a)
    assert report().total.target == 5
    assert report().total.coverage == 60
    # … and its own target, once set, wins.
    CoverageTarget.objects.create(province_id="32", members=30)
    assert row(report(), "32").target == 30
    assert report("32").total.target == 30
    assert row(report(), "11").coverage is None


def test_regencies_without_a_certified_member_are_blank_spots():
    task_force()
    jabar = report("32")
    blank = {spot.code for spot in jabar.blank_spots}
    assert "32.73" not in blank and "32.01" not in blank
    assert len(blank) == len(jabar.rows) - 2
    assert row(report(), "32").blank_regencies == len(jabar.rows) - 2
    assert "11.01" in {spot.code for spot in report().blank_spots}


def test_blank_spots_are_listed_and_highlighted_on_the_page(client, coordinator_jabar):
    task_force()
    client.force_login(coordinator_jabar)
    html = client.get("/coverage/32/").content.decode()
    assert re.search(r'class="blank-spot">\s*<th scope="row"><a href="/coverage/32.02/">', html)
    assert 'href="/coverage/32.73/">Kota Bandung</a>\n' in html
    assert '<ul class="blank-list">' in html


# The pages ----------------------------------------------------------------------------------------


def test_the_national_page_shows_the_map_the_table_and_the_charts(client, ministry):
    task_force()
    CoverageTarget.objects.create(province_id="32", members=4)
    client.force_login(ministry)
    response = client.get("/coverage/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<a href="/coverage/') >= 38
    assert 'class="tile-map"' in html and html.count("<rect") > 38
    # Jawa Barat is at 75% of its target (3 of 4): the 75–99% colour.
    assert 'aria-label="Jawa Barat: 75%' in html
    assert 'class="bar-chart"' in html and 'class="column-chart"' in html
    assert 'id="months-table"' in html
    assert "https://" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_province_row_links_to_its_page_keeping_the_filters(client, ministry):
    force = task_force()
    client.force_login(ministry)
    html = client.get(f"/coverage/?course={force.course_a.pk}").content.decode()
    assert f'href="/coverage/32/?course={force.course_a.pk}"' in html


def test_choosing_a_region_in_the_filters_opens_its_page(client, ministry):
    force = task_force()
    client.force_login(ministry)
    response = client.get(f"/coverage/?region=32&course={force.course_a.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"/coverage/32/?course={force.course_a.pk}"


def test_the_regency_page_breaks_the_figures_down_by_agency(client, ministry):
    task_force()
    client.force_login(ministry)
    html = client.get("/coverage/32.73/").content.decode()
    assert "/coverage/32.73/?agency_type=police" in html
    assert "/coverage/32.73/?agency_type=dp3a" in html


# Names only for the region's own coordinators -----------------------------------------------------


def test_the_ministry_sees_counts_but_no_names(client, ministry):
    force = task_force()
    client.force_login(ministry)
    html = client.get("/coverage/32.73/").content.decode()
    assert force.members["32.73"][0].profile.full_name not in html
    assert 'id="members-table"' not in html


@pytest.mark.parametrize("coordinator", ["coordinator_jabar", "coordinator_bandung"])
def test_the_coordinators_of_a_regency_see_its_members_by_name(client, coordinator, request):
    force = task_force()
    client.force_login(request.getfixturevalue(coordinator))
    html = client.get("/coverage/32.73/").content.decode()
    for person in force.members["32.73"]:
        assert person.profile.full_name in html
    assert force.members["32.01"][0].profile.full_name not in html


def test_a_province_page_shows_no_names_even_to_its_coordinator(client, coordinator_jabar):
    force = task_force()
    client.force_login(coordinator_jabar)
    html = client.get("/coverage/32/").content.decode()
    assert force.members["32.73"][0].profile.full_name not in html


# Bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("start=2026-05-01&end=2026-04-01", "The end of the period is before its start."),
        ("start=kemarin", "Enter a date as YYYY-MM-DD."),
        ("course=999999", "There is no such course."),
        ("agency_type=army", "There is no such agency type."),
        ("level=galactic", "There is no such task-force level."),
        ("region=99", "There is no region with the code “99”."),
        ("end=9999-12-31", "Choose a date between 2000-01-01 and 2099-12-31."),
        ("start=0001-01-01", "Choose a date between 2000-01-01 and 2099-12-31."),
    ],
)
def test_bad_filters_get_a_clear_error_and_keep_what_was_typed(client, ministry, query, message):
    client.force_login(ministry)
    client.cookies["sigap_language"] = "en"
    response = client.get(f"/coverage/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'id="coverage-table"' not in html
    if query.startswith("start=2026"):
        assert 'value="2026-05-01"' in html and 'value="2026-04-01"' in html


def test_the_errors_are_in_indonesian_by_default(client, ministry):
    client.force_login(ministry)
    html = client.get("/coverage/?start=2026-05-01&end=2026-04-01").content.decode()
    assert "The end of the period" not in html


def test_an_export_with_bad_filters_is_refused_with_the_reason(client, ministry):
    client.force_login(ministry)
    client.cookies["sigap_language"] = "en"
    response = client.get("/coverage/export.csv?start=2026-05-01&end=2026-04-01")
    assert response.status_code == 400
    assert "The end of the period is before its start." in response.content.decode()


@pytest.mark.parametrize("code", ["99", "32.99", "abc", "3", "32.7", "32.73.1001"])
def test_an_unknown_region_is_not_found(client, ministry, code):
    client.force_login(ministry)
    assert client.get(f"/coverage/{code}/").status_code == 404
    assert client.get(f"/coverage/{code}/export.csv").status_code == 404


# Freshness ----------------------------------------------------------------------------------------


def _certified_total(client, url: str) -> int:
    html = client.get(url).content.decode()
    match = re.search(
        r"<dt>[^<]+</dt><dd>([\d.,]+)</dd></div>\s*<div><dt>[^<]+</dt><dd>[^<]*</dd></div>\s*<div><dt>[^<]+</dt><dd>[^<]*</dd></div>\s*</dl>",
        html,
    )
    assert match, html
    return int(match.group(1).replace(".", "").replace(",", ""))


def test_a_completion_and_its_certificate_show_on_the_next_page_load(
    client, coordinator_jabar, django_capture_on_commit_callbacks
):
    force = task_force()
    client.force_login(coordinator_jabar)
    before = report("32")
    assert _certified_total(client, "/coverage/32/") == 3
    newcomer = force.members["32.73"][2]
    with django_capture_on_commit_callbacks(execute=True):
        complete(enrol(newcomer, force.course_a))
    # The completion signal issued the certificate (certificates' task, run at once in tests).
    assert Certificate.objects.filter(user=newcomer).exists()
    assert _certified_total(client, "/coverage/32/") == 4
    assert row(report("32"), "32.73").counts.completed == row(before, "32.73").counts.completed + 1


def test_a_revoked_certificate_leaves_the_figures_on_the_next_page_load(
    client, coordinator_jabar, django_capture_on_commit_callbacks
):
    force = task_force()
    client.force_login(coordinator_jabar)
    assert _certified_total(client, "/coverage/32/") == 3
    certificate = Certificate.objects.get(user=force.members["32.01"][0])
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, reason="Data salah", actor=None)
    assert _certified_total(client, "/coverage/32/") == 2


def test_a_new_target_shows_on_the_next_page_load(client, ministry):
    task_force()
    client.force_login(ministry)
    assert "75%" not in client.get("/coverage/32/").content.decode()
    CoverageTarget.objects.create(province_id="32", members=4)
    assert "75%" in client.get("/coverage/32/").content.decode()


# Query counts -------------------------------------------------------------------------------------


def _spread(course, regencies: list[str]) -> None:
    for code in regencies:
        certify(member(code), course)


@pytest.mark.parametrize(
    ("user", "url"),
    [
        ("ministry", "/coverage/"),
        ("ministry", "/coverage/32/"),
        ("coordinator_jabar", "/coverage/32/"),
        ("coordinator_bandung", "/coverage/32.73/"),
    ],
)
def test_the_query_count_does_not_grow_with_the_regions(
    client, request, django_assert_max_num_queries, user, url
):
    from coverage.caching import coverage_changed

    client.force_login(request.getfixturevalue(user))
    course = task_force().course_a
    client.get(url)
    coverage_changed()
    with django_assert_max_num_queries(15) as few:
        assert client.get(url).status_code == 200
    _spread(
        course,
        ["32.02", "32.03", "32.04", "32.05", "32.06", "32.07", "32.08", "32.09", "11.01", "35.78"],
    )
    coverage_changed()
    with django_assert_max_num_queries(15) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)
