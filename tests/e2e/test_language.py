"""Sigap is in Indonesian by default; the header's switcher turns it to English and back."""

from __future__ import annotations

from playwright.sync_api import expect

from sigap.home_content import HEADING_EN, TITLE
from tests.e2e.support import E2E

pytestmark = E2E


def test_visitor_switches_to_english_it_stays_english_on_the_next_page_and_switches_back(
    page, live_server, check_page
):
    html = page.locator("html")
    switcher = page.locator("header form.language-switcher")
    sign_in_link = page.locator("header a[href='/accounts/login/']")

    # Indonesian first.
    page.goto("/")
    expect(html).to_have_attribute("lang", "id")
    expect(page.locator("main h1")).to_have_text(TITLE)
    expect(sign_in_link).to_have_text("Masuk")
    expect(switcher.locator(".lang-current [aria-hidden=true]")).to_have_text("ID")
    check_page(page, "home in indonesian")

    # English, on the same page.
    switcher.locator("button[value=en]").click()
    expect(html).to_have_attribute("lang", "en")
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("main h1")).to_have_text(HEADING_EN)
    expect(sign_in_link).to_have_text("Sign in")
    expect(switcher.locator(".lang-current [aria-hidden=true]")).to_have_text("EN")
    check_page(page, "home in english")

    # The choice is remembered on the next page (allauth's sign-in page, in English too).
    sign_in_link.click()
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(html).to_have_attribute("lang", "en")
    expect(page.locator("main h1")).to_have_text("Sign In")
    check_page(page, "sign-in page in english")

    # And back to Indonesian, staying on the sign-in page.
    switcher.locator("button[value=id]").click()
    expect(html).to_have_attribute("lang", "id")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.locator("main h1")).to_have_text("Masuk")
    expect(sign_in_link).to_have_text("Masuk")
    check_page(page, "sign-in page in indonesian")
