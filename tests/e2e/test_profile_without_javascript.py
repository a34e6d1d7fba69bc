"""The task-force profile form works in a browser with JavaScript turned off."""

from __future__ import annotations

from playwright.sync_api import expect

from accounts.models import Profile
from tests.accounts.factories import UserFactory, with_role
from tests.e2e.support import (
    E2E,
    STRONG_PASSWORD,
    expect_regencies_of_jawa_barat_only,
    main_form,
    sign_in,
    submit_button,
)

pytestmark = E2E


def test_without_javascript_choosing_a_province_narrows_the_regencies_and_keeps_what_was_typed(
    no_js_page, live_server, check_page
):
    page = no_js_page
    user = with_role(
        UserFactory(email="andi.wijaya@bp3mi.example.id", password=STRONG_PASSWORD), "Learner"
    )

    # A member without a profile is sent to the profile form when signing in.
    sign_in(page, user.email, STRONG_PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/me/profile/")
    form = main_form(page)
    show_regencies = form.locator("button[name=action][value=choose-province]")
    expect(show_regencies).to_be_visible()
    regency = form.locator("#id_regency")
    expect(regency.locator("option")).to_have_count(1)  # only "choose a province first"
    check_page(page, "profile form without javascript")

    # Fill in part of the form, choose the province and ask for its regencies.
    form.locator("#id_full_name").fill("Andi Wijaya")
    form.locator("#id_agency_type").select_option("kp2mi")
    form.locator("#id_position").fill("Pengantar Kerja Ahli Muda")
    form.locator("#id_task_force_level").select_option("provincial")
    form.locator("#id_province").select_option("32")
    expect(regency.locator("option")).to_have_count(1)  # nothing happens without JavaScript...
    show_regencies.click()  # ...until the button asks the server

    # The same form comes back with only Jawa Barat's regencies and cities, and everything typed so far.
    expect(page).to_have_url(f"{live_server.url}/me/profile/")
    form = main_form(page)
    regency = form.locator("#id_regency")
    expect_regencies_of_jawa_barat_only(regency)
    expect(form.locator("#id_full_name")).to_have_value("Andi Wijaya")
    expect(form.locator("#id_agency_type")).to_have_value("kp2mi")
    expect(form.locator("#id_position")).to_have_value("Pengantar Kerja Ahli Muda")
    expect(form.locator("#id_task_force_level")).to_have_value("provincial")
    expect(form.locator("#id_province")).to_have_value("32")
    expect(form.locator(".errorlist")).to_have_count(0)  # choosing a province is not a failed save
    assert not Profile.objects.filter(user=user).exists()
    check_page(page, "regencies of the chosen province")

    # Picking a regency and saving completes the profile, still without JavaScript.
    regency.select_option(label="Kota Bandung")
    submit_button(page).click()
    expect(page).to_have_url(f"{live_server.url}/me/")
    expect(page.locator("main")).to_contain_text("Andi Wijaya")
    check_page(page, "account page")
    profile = Profile.objects.get(user=user)
    assert (profile.full_name, profile.province_id, profile.regency_id) == (
        "Andi Wijaya",
        "32",
        "32.73",
    )
