"""What the browser journeys share: their pytest marks and a few steps a member takes in many of them.

Selectors prefer what does not change with the language: input names, URLs and ids. allauth's pages are in
Indonesian by default, Sigap's own strings in whichever language the member chose.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

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
