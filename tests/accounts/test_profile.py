"""The task-force profile: asked after sign-up, editable later, regency narrowed to the province."""

from __future__ import annotations

from django.urls import reverse

import pytest

from accounts.models import CERTIFICATE_NAME_MAX_LENGTH, Profile

pytestmark = pytest.mark.django_db

PROFILE = "/me/profile/"
VALID = {
    "full_name": "Dra. Siti Nurhaliza, M.Si.",
    "agency_type": "dp3a",
    "position": "Kepala UPTD PPA",
    "task_force_level": "regency",
    "province": "53",
    "regency": "53.71",
}


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(PROFILE)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_new_member_saves_a_complete_profile(client, user_without_profile):
    client.force_login(user_without_profile)

    response = client.post(PROFILE, VALID)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")
    profile = Profile.objects.get(user=user_without_profile)
    assert (profile.full_name, profile.province_id, profile.regency_id) == (
        "Dra. Siti Nurhaliza, M.Si.",
        "53",
        "53.71",
    )
    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Dra. Siti Nurhaliza, M.Si." in page
    assert "Kota Kupang" in page


def test_member_edits_their_profile_later(client, learner):
    client.force_login(learner)

    client.post(PROFILE, {**VALID, "position": "Pekerja sosial"})

    learner.profile.refresh_from_db()
    assert learner.profile.position == "Pekerja sosial"


def test_regency_outside_the_province_is_refused_and_the_rest_kept(client, user_without_profile):
    client.force_login(user_without_profile)

    response = client.post(PROFILE, {**VALID, "province": "32", "regency": "11.01"})

    assert response.status_code == 200
    assert (
        "Pilih kabupaten/kota di provinsi yang Anda pilih."
        in response.context["form"].errors["regency"]
    )
    html = response.content.decode()
    assert 'value="Dra. Siti Nurhaliza, M.Si."' in html
    assert 'value="Kepala UPTD PPA"' in html
    assert not Profile.objects.exists()


def test_empty_certificate_name_is_refused(client, user_without_profile):
    client.force_login(user_without_profile)

    response = client.post(PROFILE, {**VALID, "full_name": "   "})

    assert response.context["form"].errors["full_name"] == [
        "Masukkan nama yang akan dicetak pada sertifikat Anda."
    ]
    assert 'value="Kepala UPTD PPA"' in response.content.decode()
    assert not Profile.objects.exists()


def test_overlong_certificate_name_is_refused(client, user_without_profile):
    client.force_login(user_without_profile)
    too_long = "A" * (CERTIFICATE_NAME_MAX_LENGTH + 1)

    response = client.post(PROFILE, {**VALID, "full_name": too_long})

    errors = response.context["form"].errors["full_name"]
    assert errors and str(CERTIFICATE_NAME_MAX_LENGTH) in errors[0]
    assert not Profile.objects.exists()


def test_errors_are_in_english_when_english_is_chosen(client, user_without_profile):
    client.force_login(user_without_profile)
    client.cookies["sigap_language"] = "en"

    response = client.post(PROFILE, {**VALID, "full_name": ""})

    assert "Enter the name to print on your certificates." in response.content.decode()


def test_without_javascript_choosing_a_province_narrows_the_regencies_and_keeps_the_typing(
    client, user_without_profile
):
    client.force_login(user_without_profile)

    response = client.post(
        PROFILE, {**VALID, "province": "32", "regency": "", "action": "choose-province"}
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert not form.errors
    codes = [code for code, _label in form.fields["regency"].widget.choices if code]
    assert "32.73" in codes
    assert all(code.startswith("32.") for code in codes)
    assert len(codes) == 27
    assert 'value="Kepala UPTD PPA"' in response.content.decode()
    assert not Profile.objects.exists()


def test_before_a_province_is_chosen_no_regencies_are_offered(client, user_without_profile):
    client.force_login(user_without_profile)

    form = client.get(PROFILE).context["form"]

    assert [code for code, _label in form.fields["regency"].widget.choices if code] == []


def test_regency_options_for_the_script_list_only_that_province(client):
    response = client.get("/regions/34/regencies.json")

    assert response.status_code == 200
    names = [r["name"] for r in response.json()["regencies"]]
    assert "Kota Yogyakarta" in names
    assert len(names) == 5


def test_regency_options_for_an_unknown_province_are_not_found(client):
    assert client.get("/regions/99/regencies.json").status_code == 404


def test_changing_province_without_a_regency_gives_one_clear_error(client, learner):
    client.force_login(learner)

    response = client.post(PROFILE, {**VALID, "province": "11", "regency": ""})

    assert response.context["form"].errors["regency"] == ["Pilih kabupaten/kota Anda."]


def test_account_page_needs_sign_in(client):
    response = client.get(reverse("accounts:dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_account_page_without_profile_sends_to_the_profile_form(client, user_without_profile):
    client.force_login(user_without_profile)

    assert client.get(reverse("accounts:dashboard"))["Location"] == reverse("accounts:profile")


def test_account_page_shows_only_the_members_own_profile(client, learner, trainer):
    client.force_login(learner)

    html = client.get(reverse("accounts:dashboard")).content.decode()

    assert learner.profile.full_name in html
    assert trainer.profile.full_name not in html


def test_editing_an_existing_profile_lists_the_regencies_of_its_province(client, learner):
    client.force_login(learner)

    form = client.get(PROFILE).context["form"]

    codes = [code for code, _label in form.fields["regency"].widget.choices if code]
    assert learner.profile.regency_id in codes
    assert all(code.startswith(f"{learner.profile.province_id}.") for code in codes)


def test_an_unknown_province_in_the_no_javascript_step_offers_no_regencies(
    client, user_without_profile
):
    client.force_login(user_without_profile)

    response = client.post(PROFILE, {**VALID, "province": "99", "action": "choose-province"})

    assert response.status_code == 200
    assert [c for c, _l in response.context["form"].fields["regency"].widget.choices if c] == []


def test_errors_are_summarised_at_the_top_with_links_to_the_fields(client, user_without_profile):
    client.force_login(user_without_profile)

    html = client.post(PROFILE, {**VALID, "full_name": "", "position": ""}).content.decode()

    assert 'class="error-summary" role="alert"' in html
    assert 'href="#id_full_name"' in html and 'href="#id_position"' in html
