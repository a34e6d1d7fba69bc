"""Privacy in the browser: a member with a certificate confirms their password, downloads their data, deletes
their account, and the certificate's verification page, opened by a stranger, then says it was withdrawn at
the holder's request, without the holder's name.

Sigap's own pages are found by URL and CSS class; allauth's password confirmation by its input names.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from accounts.models import User
from certificates.models import Certificate
from tests.accounts.factories import PASSWORD
from tests.certificates.factories import make_certificate, make_member
from tests.e2e.support import E2E, main_form, sign_in, submit_button

pytestmark = E2E

HOLDER = "Ni Luh Putu Ayu Kusumawardhani"


def test_a_member_downloads_their_data_deletes_their_account_and_the_certificate_is_withdrawn(
    page, new_page, live_server, check_page, journey
):
    certificate = make_certificate(user=make_member(full_name=HOLDER))
    member = certificate.user
    pdf = Path(certificate.pdf.path)
    assert pdf.exists()

    # From "My account", the data page: allauth asks for the password once more, then comes back.
    sign_in(page, member.email, PASSWORD)
    page.goto("/me/")
    check_page(page, "my account")
    page.locator("main a[href='/me/data/']").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    main_form(page).locator("input[name=password]").fill(PASSWORD)
    submit_button(page).click()
    expect(page).to_have_url(f"{live_server.url}/me/data/")
    check_page(page, "my data")

    # The download: one JSON file, named by the date, with the account, the profile and the certificate.
    with page.expect_download() as download_info:
        page.locator("main a[href='/me/data/download/']").click()
    download = download_info.value
    assert re.fullmatch(r"sigap-data-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == member.email
    assert data["task_force_profile"]["full_name"] == HOLDER
    assert [entry["number"] for entry in data["certificates"]] == [certificate.number]
    assert member.password not in json.dumps(data)

    # Deleting: the page lists the certificate that will be withdrawn; password and the box, then gone.
    page.locator("main a[href='/me/delete/']").click()
    expect(page).to_have_url(f"{live_server.url}/me/delete/")
    expect(page.locator("main ul.withdraw-list")).to_contain_text(certificate.number)
    check_page(page, "delete my account")
    form = main_form(page)
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("input[name=confirm]").check()
    submit_button(page).click()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("main .message-success")).to_be_visible()
    expect(page.locator("header a[href='/accounts/login/']")).to_be_visible()
    check_page(page, "account deleted")
    assert not User.objects.filter(pk=member.pk).exists()
    assert not pdf.exists()
    assert Certificate.objects.get(pk=certificate.pk).status == Certificate.Status.WITHDRAWN

    # A stranger scans the QR code: the page answers, says withdrawn, and no longer shows the name.
    stranger = new_page()
    stranger.goto(f"/verify/{certificate.code}/")
    result = stranger.locator("main section.verify-result")
    expect(result).to_have_class(re.compile(r"\bverify-withdrawn\b"))
    expect(result.locator(".verify-withdrawn-notice")).to_be_visible()
    expect(result).to_contain_text(certificate.number)
    expect(stranger.locator("main")).not_to_contain_text(HOLDER)
    expect(stranger.locator("main #verify-about-heading")).to_be_visible()
    check_page(stranger, "verification page withdrawn")
