"""Who reaches a member's data: only the member, signed in, who has just confirmed their password."""

from __future__ import annotations

import json

from django.urls import reverse

import pytest

from tests.accounts.factories import PASSWORD
from tests.certificates.factories import make_certificate, make_member

from .privacy_support import reauthenticate

pytestmark = pytest.mark.django_db

PAGES = ["accounts:privacy", "accounts:data_download", "accounts:delete"]


@pytest.mark.parametrize("name", PAGES)
def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_data_page_asks_for_the_password_again_and_then_comes_back(client, learner):
    client.force_login(learner)

    asked = client.get(reverse("accounts:privacy"))
    assert asked.status_code == 302
    assert asked["Location"].startswith(reverse("account_reauthenticate"))
    assert "next=%2Fme%2Fdata%2F" in asked["Location"]

    confirmed = client.post(asked["Location"], {"password": PASSWORD})
    assert confirmed["Location"] == reverse("accounts:privacy")
    page = client.get(reverse("accounts:privacy"))
    assert page.status_code == 200
    assert reverse("accounts:data_download") in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def test_a_download_without_a_recent_password_goes_back_to_the_data_page(client, learner):
    client.force_login(learner)

    response = client.get(reverse("accounts:data_download"))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:privacy")


def test_a_wrong_password_gives_no_download(client, learner):
    client.force_login(learner)
    reauthenticate(client, "not-the-password")

    response = client.get(reverse("accounts:data_download"))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:privacy")


def test_a_member_gets_their_own_data_and_nobody_elses(client):
    mine = make_certificate(user=make_member(full_name="Dewi Lestari"))
    theirs = make_certificate(user=make_member(full_name="Budi Santoso"))
    client.force_login(mine.user)
    reauthenticate(client)

    body = client.get(reverse("accounts:data_download")).content.decode()

    assert mine.number in body and "Dewi Lestari" in body
    assert theirs.number not in body
    assert "Budi Santoso" not in body
    assert theirs.user.email not in body
    assert json.loads(body)["account"]["email"] == mine.user.email


def test_the_download_cannot_be_posted_to(client, learner):
    client.force_login(learner)
    reauthenticate(client)

    assert client.post(reverse("accounts:data_download")).status_code == 405


def test_my_account_links_to_the_data_and_deletion_pages(client, learner):
    client.force_login(learner)

    html = client.get(reverse("accounts:dashboard")).content.decode()

    assert f'href="{reverse("accounts:privacy")}"' in html
    assert f'href="{reverse("accounts:delete")}"' in html
