"""What the browser journeys share: their pytest marks and a few steps a member takes in many of them.

Selectors prefer what does not change with the language: input names, URLs and ids. allauth's pages are in
Indonesian by default, Sigap's own strings in whichever language the member chose.
"""

from __future__ import annotations

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from playwright.sync_api import Locator, Page, expect

from tests.accounts.factories import totp_code

# Every browser test: the `e2e` marker, and a transactional database that gets the migrations' data back
# before each test (see conftest.py).
E2E = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Long, not common, not numeric, not like the address: passes every AUTH_PASSWORD_VALIDATORS rule.
STRONG_PASSWORD = "Gugus-Tugas-Sigap!2026"

CONFIRMATION_LINK = re.compile(r"https?://[^\s\"'<>]+/accounts/confirm-email/[^\s\"'<>/]+/")


def main_form(page: Page) -> Locator:
    """The page's own form (the header's sign-out and language forms are outside <main>)."""
    return page.locator("main form[method=post]").first


def submit_button(page: Page) -> Locator:
    return main_form(page).locator("button[type=submit]:not([name=action])")


def confirmation_link(mailoutbox, address: str) -> str:
    """The e-mail confirmation link in the last message sent to ``address``."""
    messages = [message for message in mailoutbox if address in message.to]
    assert messages, f"No e-mail was sent to {address}; sent: {[m.to for m in mailoutbox]}"
    message = messages[-1]
    bodies = [message.body] + [content for content, _type in getattr(message, "alternatives", [])]
    for body in bodies:
        match = CONFIRMATION_LINK.search(body)
        if match:
            return match.group(0)
    raise AssertionError(f"No confirmation link in the e-mail {message.subject!r}:\n{message.body}")


def sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/accounts/login/")
    form = main_form(page)
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    submit_button(page).click()
    page.wait_for_load_state("load")


def header_sign_out(page: Page) -> Locator:
    return page.locator("header form[action='/accounts/logout/'] button[type=submit]")


def option_texts(select: Locator) -> list[str]:
    return [text.strip() for text in select.locator("option").all_text_contents()]


def option_values(select: Locator) -> list[str]:
    return select.locator("option").evaluate_all("options => options.map(o => o.value)")


def expect_regencies_of_jawa_barat_only(regency: Locator) -> None:
    """The regency list offers Jawa Barat's regencies and cities, and nothing from another province."""
    expect(regency.locator("option", has_text="Kota Bandung")).to_have_count(1)
    names = option_texts(regency)
    assert "Kabupaten Aceh Selatan" not in names
    codes = [code for code in option_values(regency) if code]
    assert codes, names
    assert all(code.startswith("32.") for code in codes), codes
    assert len(codes) == 27, (
        f"Jawa Barat has 18 regencies and 9 cities, the list shows {len(codes)}"
    )


def current_totp_code(secret: str) -> str:
    """The authenticator's code now, never one about to expire (allauth accepts only the current period)."""
    period = mfa_settings.TOTP_PERIOD
    remaining = period - time.time() % period
    if remaining < 3:
        time.sleep(remaining + 0.2)
    return totp_code(secret)


def sign_in_with_totp(page: Page, email: str, password: str, totp_secret: str) -> None:
    """Sign in on allauth's page, then give the authenticator's code on its second step."""
    sign_in(page, email, password)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    form = main_form(page)
    form.locator("input[name=code]").fill(current_totp_code(totp_secret))
    # The form also holds the "cancel" button, which submits the separate sign-out form.
    form.locator("button[type=submit]:not([form])").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/(login|2fa/authenticate)/$"))


def sign_out(page: Page) -> None:
    """Sign out with the header's button (confirming on allauth's page if it asks)."""
    header_sign_out(page).click()
    page.wait_for_load_state("load")
    if re.search(r"/accounts/logout/$", page.url):
        submit_button(page).click()
    expect(page.locator("header a[href='/accounts/login/']")).to_be_visible()
