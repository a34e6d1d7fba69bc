"""A new task-force member joins Sigap in the browser: sign-up, e-mail confirmation, profile, signing in again."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from accounts.models import Profile, User
from tests.accounts.factories import UserFactory
from tests.e2e.support import (
    E2E,
    STRONG_PASSWORD,
    confirmation_link,
    expect_regencies_of_jawa_barat_only,
    header_sign_out,
    main_form,
    sign_in,
    submit_button,
)

pytestmark = E2E


def test_new_member_signs_up_verifies_email_completes_profile_and_signs_in_again(
    page, live_server, mailoutbox, check_page
):
    email = "siti.rahma@dp3a-jabar.example.id"

    # Sign up with an e-mail address and a strong password.
    page.goto("/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    check_page(page, "sign-up form")
    form = main_form(page)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(STRONG_PASSWORD)
    form.locator("input[name=password2]").fill(STRONG_PASSWORD)
    submit_button(page).click()

    # Sigap says a confirmation e-mail is on its way, and it is.
    expect(page).to_have_url(f"{live_server.url}/accounts/confirm-email/")
    expect(page.locator("main h1")).to_have_text("Verifikasi Alamat E-mail Anda")
    check_page(page, "verification sent")
    link = confirmation_link(mailoutbox, email)
    assert link.startswith(f"{live_server.url}/accounts/confirm-email/")

    # The link in the e-mail opens a page asking to confirm the address; confirming signs the member in
    # and asks for the task-force profile.
    page.goto(link)
    expect(page.locator("main h1")).to_have_text("Konfirmasi Alamat E-mail")
    expect(page.locator("main")).to_contain_text(email)
    check_page(page, "confirm e-mail")
    submit_button(page).click()
    expect(page).to_have_url(f"{live_server.url}/me/profile/")
    check_page(page, "empty profile form")

    # With JavaScript on, the "show regencies" button is hidden and choosing the province refills the
    # regency list at once with only that province's regencies and cities.
    form = main_form(page)
    expect(form.locator("button[name=action][value=choose-province]")).to_be_hidden()
    form.locator("#id_full_name").fill("Siti Rahmawati, S.Sos.")
    form.locator("#id_agency_type").select_option("dp3a")
    form.locator("#id_position").fill("Konselor UPTD PPA")
    form.locator("#id_task_force_level").select_option("regency")
    regency = form.locator("#id_regency")
    expect(regency.locator("option")).to_have_count(1)  # only "choose a province first"
    form.locator("#id_province").select_option("32")
    expect_regencies_of_jawa_barat_only(regency)
    expect(regency).to_be_enabled()
    regency.select_option(label="Kota Bandung")
    check_page(page, "filled profile form")
    submit_button(page).click()

    # The account page shows the profile just saved.
    expect(page).to_have_url(f"{live_server.url}/me/")
    expect(page.locator("main")).to_contain_text("Siti Rahmawati, S.Sos.")
    expect(page.locator("main")).to_contain_text("Kota Bandung, Jawa Barat")
    check_page(page, "account page")
    profile = Profile.objects.get(user__email=email)
    assert (profile.province_id, profile.regency_id) == ("32", "32.73")

    # Sign out from the header, then sign in again: the profile is complete, so Sigap goes straight to
    # the account page.
    header_sign_out(page).click()
    if re.search(
        r"/accounts/logout/$", page.url
    ):  # allauth's "are you sure?" page, if it shows one
        check_page(page, "sign out confirmation")
        submit_button(page).click()
    expect(page.locator("header a[href='/accounts/login/']")).to_be_visible()
    expect(header_sign_out(page)).to_have_count(0)
    check_page(page, "signed out")

    sign_in(page, email, STRONG_PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/me/")
    expect(page.locator("main")).to_contain_text("Siti Rahmawati, S.Sos.")
    check_page(page, "signed in again")


def test_signing_up_again_with_a_registered_email_shows_an_error_and_keeps_the_address(
    page, live_server, mailoutbox, check_page
):
    email = "budi.santoso@polda-jatim.example.id"
    UserFactory(email=email)

    page.goto("/accounts/signup/")
    form = main_form(page)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(STRONG_PASSWORD)
    form.locator("input[name=password2]").fill(STRONG_PASSWORD)
    submit_button(page).click()

    # Still on the sign-up form, told the address is taken, with the address still in its field.
    expect(page).to_have_url(f"{live_server.url}/accounts/signup/")
    expect(page.locator("main")).to_contain_text(
        "Seorang pengguna sudah terdaftar dengan alamat e-mail ini."
    )
    expect(main_form(page).locator("input[name=email]")).to_have_value(email)
    check_page(page, "sign-up error")

    # Nothing was created and nothing was sent.
    assert User.objects.filter(email=email).count() == 1
    assert mailoutbox == []
