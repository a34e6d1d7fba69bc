"""The coverage dashboard in the browser: the ministry narrows the national figures to one course and to Jawa
Barat, drills down to Kota Bandung and downloads its table as CSV (counts only, never names); a period that
ends before it starts is refused with the filters kept; a coordinator for Jawa Barat is held to their
province and sees the names behind a regency's counts.

The members, enrolments and certificates are made through the services (tests/certificates/factories.py),
so what the dashboard counts is real: completions with their certificates, one of them revoked, and
enrolments still in progress. Pages are in Indonesian and found by URL, id and input name; figures are read
from the table's cells.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import Locator, Page, expect

from accounts.models import AgencyType
from certificates.services import certificate_revoke
from courses.models import CoursePage
from courses.services import enrolment_create
from coverage.models import CoverageTarget
from tests.accounts.factories import (
    PASSWORD,
    ProfileFactory,
    give_totp,
    make_coordinator,
    with_role,
)
from tests.certificates.factories import make_certificate, make_member
from tests.courses.factories import make_course
from tests.e2e.support import E2E, expect_regencies_of_jawa_barat_only, sign_in_with_totp

pytestmark = E2E

JAWA_BARAT = "32"
KOTA_BANDUNG = "32.73"
KABUPATEN_BOGOR = "32.01"
ACEH_SELATAN = "11.01"
BANDUNG_NAMES = ["Agus Salim", "Budi Santoso", "Dewi Lestari", "Eko Prasetyo", "Siti Rahmawati"]


@dataclass
class Courses:
    a: CoursePage
    b: CoursePage


def members_of_jawa_barat_and_aceh(ministry) -> Courses:
    """Two courses; members in Kota Bandung and Kabupaten Bogor (Jawa Barat), and in Aceh Selatan.

    In course A: Siti, Budi and Rina are certified; Eko completed it but his certificate was revoked; Dewi
    is enrolled and has not finished; Cut, in Aceh, is certified. Agus holds course B's certificate only,
    Hendra is enrolled in course B only. Jawa Barat's target is 10 members.
    """
    a = make_course(title="Kursus A: Identifikasi Korban TPPO", lessons_per_module=1)
    b = make_course(title="Kursus B: Rujukan dan Pemulihan", lessons_per_module=1)

    def member(name, regency, agency):
        return make_member(
            full_name=name, province_id=regency[:2], regency_id=regency, agency_type=agency
        )

    make_certificate(member("Siti Rahmawati", KOTA_BANDUNG, AgencyType.DP3A), course=a)
    make_certificate(member("Budi Santoso", KOTA_BANDUNG, AgencyType.POLICE), course=a)
    certificate_revoke(
        certificate=make_certificate(
            member("Eko Prasetyo", KOTA_BANDUNG, AgencyType.POLICE), course=a
        ),
        reason="Sertifikat diterbitkan untuk akun yang salah.",
        actor=ministry,
    )
    enrolment_create(user=member("Dewi Lestari", KOTA_BANDUNG, AgencyType.DP3A), course=a)
    make_certificate(member("Agus Salim", KOTA_BANDUNG, AgencyType.SOCIAL), course=b)
    make_certificate(member("Rina Marlina", KABUPATEN_BOGOR, AgencyType.DP3A), course=a)
    enrolment_create(user=member("Hendra Gunawan", KABUPATEN_BOGOR, AgencyType.HEALTH), course=b)
    make_certificate(member("Cut Meutia", ACEH_SELATAN, AgencyType.DP3A), course=a)
    CoverageTarget.objects.create(province_id=JAWA_BARAT, members=10)
    return Courses(a, b)


def ministry_official() -> tuple:
    """A ministry official (who serves in Jakarta, so counts there), with an authenticator."""
    user = with_role(ProfileFactory(province_id="31", regency_id="31.71").user, "Ministry")
    return user, give_totp(user)


def coordinator_of_jawa_barat() -> tuple:
    """A coordinator for Jawa Barat, who serves in Kabupaten Bogor (and counts there)."""
    user = make_coordinator(province=JAWA_BARAT)
    assert user.profile.regency_id == KABUPATEN_BOGOR
    return user, give_totp(user)


# The page -----------------------------------------------------------------------------------------------


def filter_form(page: Page) -> Locator:
    return page.locator("main form[role=search]")


def table(page: Page) -> Locator:
    return page.locator("main #coverage-table")


def table_row(page: Page, code: str) -> Locator:
    """The table's row that drills down to ``code`` (a province or regency)."""
    return (
        table(page).locator("tbody tr").filter(has=page.locator(f"th a[href^='/coverage/{code}/']"))
    )


def figures(row: Locator) -> list[str]:
    """A row's cells after its heading: registered, enrolled, completed, certified, target, coverage…"""
    return [text.strip() for text in row.locator("td").all_text_contents()]


def column_titles(page: Page) -> list[str]:
    return [text.strip() for text in table(page).locator("thead th").all_text_contents()]


def read_csv(path) -> tuple[dict[str, str], list[str], list[list[str]]]:
    """The download's "#" lines (their values), its header and its table lines."""
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    about = [line for line in lines if line and line[0].startswith("# ")]
    rest = [line for line in lines if line and not line[0].startswith("# ")]
    assert lines[: len(about)] == about, "the lines saying what the file shows come first"
    return {line[0][2:]: line[1] for line in about}, rest[0], rest[1:]


# The journeys -------------------------------------------------------------------------------------------


def test_the_ministry_narrows_to_a_course_and_province_drills_down_and_downloads_the_counts(
    page, live_server, check_page, journey, tmp_path
):
    ministry, secret = ministry_official()
    courses = members_of_jawa_barat_and_aceh(ministry)
    course_query = f"?course={courses.a.pk}"

    # From the header to the national page: the tile map and one row for each of the 38 provinces.
    sign_in_with_totp(page, ministry.email, PASSWORD, secret)
    page.locator("header a[href='/coverage/']").click()
    expect(page).to_have_url(f"{live_server.url}/coverage/")
    expect(page.locator("main svg.tile-map a")).to_have_count(38)
    expect(table(page).locator("tbody tr")).to_have_count(38)
    expect(table(page).locator("tfoot tr")).to_have_count(1)
    # Every course: Jawa Barat's 7 members, all enrolled in something, 5 completed, 4 certified (Eko's
    # was revoked) of a target of 10; Aceh's one certified member is counted in Aceh.
    assert figures(table_row(page, JAWA_BARAT))[:6] == ["7", "7", "5", "4", "10", "40%"]
    assert figures(table_row(page, "11"))[:4] == ["1", "1", "1", "1"]
    check_page(page, "national page")

    # Course A and Jawa Barat, then "Show": the province's page, filtered to course A.
    form = filter_form(page)
    form.locator("select[name=course]").select_option(str(courses.a.pk))
    form.locator("select[name=region]").select_option(JAWA_BARAT)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/coverage/{JAWA_BARAT}/{course_query}")
    expect(filter_form(page).locator("select[name=course]")).to_have_value(str(courses.a.pk))
    expect(table(page).locator("tbody tr")).to_have_count(27)
    # Course A only: Agus (course B) and Hendra (course B) count as registered, no more.
    assert figures(table_row(page, KOTA_BANDUNG)) == ["5", "4", "3", "2", "—", "—"]
    assert figures(table_row(page, KABUPATEN_BOGOR)) == ["2", "1", "1", "1", "—", "—"]
    assert figures(table(page).locator("tfoot tr")) == ["7", "5", "4", "3", "10", "30%"]
    journey.screenshot(page, "jawa barat course a")

    # Kota Bandung's row: the regency's page, still for course A, by agency type and with counts only.
    table_row(page, KOTA_BANDUNG).locator("th a").click()
    expect(page).to_have_url(f"{live_server.url}/coverage/{KOTA_BANDUNG}/{course_query}")
    expect(
        page.locator(f"main nav.breadcrumb a[href='/coverage/{JAWA_BARAT}/{course_query}']")
    ).to_be_visible()
    rows = table(page).locator("tbody tr")
    expect(rows).to_have_count(3)  # police, DP3A, social affairs: only the agencies with members
    assert figures(table(page).locator("tfoot tr")) == ["5", "4", "3", "2", "—", "—"]
    expect(page.locator("main #members-table")).to_have_count(0)
    for name in BANDUNG_NAMES:
        expect(page.locator("main")).not_to_contain_text(name)
    check_page(page, "kota bandung counts only")
    on_page = {row.locator("th").inner_text().strip(): figures(row) for row in rows.all()}
    totals_on_page = figures(table(page).locator("tfoot tr"))
    headings_on_page = column_titles(page)

    # The CSV: what it shows first, then the page's table, the same figures, and the total.
    link = page.locator(f"main a[href='/coverage/{KOTA_BANDUNG}/export.csv{course_query}']")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == f"sigap-coverage-{KOTA_BANDUNG}.csv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    about, header, lines = read_csv(path)
    assert "Kota Bandung" in about.values()
    assert courses.a.title in about.values()
    assert courses.b.title not in about.values()
    assert len(header) == 8
    assert header[1:7] == headings_on_page[:6]
    *agency_lines, total_line = lines
    assert [line[0] for line in agency_lines] == ["police", "dp3a", "social"]
    for line in agency_lines:
        assert line[1] in on_page, (line, on_page)
        assert line[2:6] == on_page[line[1]][:4]
        assert line[6:8] == ["", ""]  # no target for the regency, so no coverage
    assert {line[0]: line[2:6] for line in agency_lines} == {
        "police": ["2", "2", "2", "1"],
        "dp3a": ["2", "2", "1", "1"],
        "social": ["1", "0", "0", "0"],
    }
    assert total_line[0] == KOTA_BANDUNG
    assert "Kota Bandung" in total_line[1]
    assert total_line[2:6] == totals_on_page[:4] == ["5", "4", "3", "2"]


def test_a_period_that_ends_before_it_starts_is_refused_and_the_filters_stay(
    page, live_server, check_page
):
    ministry, secret = ministry_official()
    course = make_course(title="Kursus A: Identifikasi Korban TPPO", lessons_per_module=1)
    sign_in_with_totp(page, ministry.email, PASSWORD, secret)
    page.goto(f"/coverage/{JAWA_BARAT}/")

    form = filter_form(page)
    form.locator("select[name=course]").select_option(str(course.pk))
    form.locator("input[name=start]").fill("2026-03-01")
    form.locator("input[name=end]").fill("2026-02-01")
    form.locator("select[name=agency_type]").select_option(AgencyType.POLICE)
    with page.expect_navigation() as navigation:
        form.locator("button[type=submit]").click()
    assert navigation.value.status == 400
    expect(page).to_have_url(re.compile(rf"/coverage/{JAWA_BARAT}/\?.*end=2026-02-01"))

    summary = page.locator("main .error-summary[role=alert]")
    expect(summary).to_be_visible()
    expect(summary.locator("a[href='#id_end']")).to_be_visible()
    expect(page.locator("main .field-error #id_end")).to_be_visible()
    form = filter_form(page)
    expect(form.locator("select[name=course]")).to_have_value(str(course.pk))
    expect(form.locator("input[name=start]")).to_have_value("2026-03-01")
    expect(form.locator("input[name=end]")).to_have_value("2026-02-01")
    expect(form.locator("select[name=agency_type]")).to_have_value(AgencyType.POLICE)
    # No figures for filters that were not applied.
    expect(table(page)).to_have_count(0)
    check_page(page, "period refused")


def test_a_coordinator_sees_only_their_province_and_the_names_in_its_regencies(
    page, live_server, check_page, journey
):
    ministry, _secret = ministry_official()
    members_of_jawa_barat_and_aceh(ministry)
    coordinator, secret = coordinator_of_jawa_barat()

    # The header's link takes the coordinator to Jawa Barat, the only province they may open.
    sign_in_with_totp(page, coordinator.email, PASSWORD, secret)
    page.locator("header a[href='/coverage/']").click()
    expect(page).to_have_url(f"{live_server.url}/coverage/{JAWA_BARAT}/")
    expect_regencies_of_jawa_barat_only(filter_form(page).locator("select[name=region]"))
    links = table(page).locator("tbody th a")
    expect(links).to_have_count(27)
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert all(href.startswith(f"/coverage/{JAWA_BARAT}.") for href in hrefs), hrefs
    expect(page.locator("main svg.tile-map")).to_have_count(0)
    expect(page.locator("main a[href='/coverage/']")).to_have_count(0)
    assert figures(table(page).locator("tfoot tr"))[:4] == ["8", "7", "5", "4"]
    journey.screenshot(page, "coordinator jawa barat")

    # Another province, by its address or through the region jump, does not exist for them; the
    # national address brings them back to their own.
    response = page.goto("/coverage/11/")
    assert response.status == 404
    expect(table(page)).to_have_count(0)
    expect(page.locator("main")).not_to_contain_text("Cut Meutia")
    assert page.goto(f"/coverage/{JAWA_BARAT}/?region={ACEH_SELATAN}").status == 404
    page.goto("/coverage/")
    expect(page).to_have_url(f"{live_server.url}/coverage/{JAWA_BARAT}/")

    # Kota Bandung: the members behind the counts, by name, and no one from elsewhere.
    table_row(page, KOTA_BANDUNG).locator("th a").click()
    expect(page).to_have_url(f"{live_server.url}/coverage/{KOTA_BANDUNG}/")
    names = page.locator("main #members-table tbody th")
    expect(names).to_have_text(BANDUNG_NAMES)
    expect(page.locator("main #members-table")).not_to_contain_text("Rina Marlina")
    # Eko completed as Budi did, but his certificate was revoked: the last column tells them apart.
    budi = figures(page.locator("#members-table tbody tr", has_text="Budi Santoso"))
    eko = figures(page.locator("#members-table tbody tr", has_text="Eko Prasetyo"))
    assert eko[:-1] == budi[:-1]
    assert eko[-1] != budi[-1]
    expect(page.locator(f"main a[href^='/coverage/{KOTA_BANDUNG}/members.csv']")).to_be_visible()
    check_page(page, "kota bandung with names")


def test_the_charts_draw_the_certified_members_and_this_months_completions(page, live_server):
    ministry, secret = ministry_official()
    make_certificate(make_member(province_id=JAWA_BARAT, regency_id=KOTA_BANDUNG))
    sign_in_with_totp(page, ministry.email, PASSWORD, secret)
    page.goto(f"/coverage/{JAWA_BARAT}/")

    # One bar per regency; only Kota Bandung has a certified member, and its bar is the whole width.
    bars = page.locator("main svg.bar-chart rect[fill='#2c7fb8']")
    expect(bars).to_have_count(27)
    widths = bars.evaluate_all("bars => bars.map(bar => bar.getBBox().width)")
    assert [width > 0 for width in widths].count(True) == 1, widths
    assert max(widths) == pytest.approx(420)
    # The month chart ends with this month, which holds the completion: a column of the full height.
    columns = page.locator("main svg.column-chart rect")
    heights = columns.evaluate_all("columns => columns.map(column => column.getBBox().height)")
    assert heights[-1] == pytest.approx(140), heights
    assert not any(heights[:-1]), heights
