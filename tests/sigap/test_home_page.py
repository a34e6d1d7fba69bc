"""The home page: a Wagtail page the ministry edits, Indonesian first, the SAPA 129 hotline on every page."""

from __future__ import annotations

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, Page, Site

import pytest

from sigap.models import HomePage

pytestmark = pytest.mark.django_db


def test_the_home_page_is_the_sites_root_and_speaks_indonesian_by_default(client):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert "Sigap: belajar bersama Gugus Tugas TPPO" in html
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)


def test_wagtails_welcome_page_is_gone():
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_english_visitors_get_the_english_text(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})

    html = client.get("/").content.decode()

    assert '<html lang="en">' in html
    assert "learning together as an anti-trafficking task force" in html
    assert "For new members" in html


def test_the_language_switcher_returns_to_the_same_page(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})

    assert response["Location"] == "/accounts/login/"
    assert '<html lang="en">' in client.get("/accounts/login/").content.decode()


@pytest.mark.parametrize(
    "path", ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
)
def test_every_page_has_the_switcher_the_skip_link_and_the_hotline(client, path):
    html = client.get(path).content.decode()

    assert 'class="language-switcher"' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert 'href="tel:129"' in html
    assert "08111-129-129" in html


def test_the_header_shows_who_is_signed_in(client, learner):
    assert "/accounts/login/" in client.get("/").content.decode()

    client.force_login(learner)
    html = client.get("/").content.decode()

    assert "/me/" in html
    assert 'action="/accounts/logout/"' in html


def test_the_ministry_may_edit_and_publish_the_home_page_and_trainers_may_not(ministry, trainer):
    home = HomePage.objects.get()

    assert home.permissions_for_user(ministry).can_edit()
    assert home.permissions_for_user(ministry).can_publish()
    assert not home.permissions_for_user(trainer).can_edit()
    assert (
        GroupPagePermission.objects.filter(
            group=Group.objects.get(name="Ministry"), page=home
        ).count()
        == 2
    )


def test_the_ministry_opens_the_home_page_editor(client, ministry):
    client.force_login(ministry)
    home = HomePage.objects.get()

    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


def test_an_edited_hotline_shows_in_the_footer(client):
    from sigap.models import SiteSettings

    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.hotline_whatsapp = "08111-000-129"
    settings_row.save()

    html = client.get("/").content.decode()
    assert "08111-000-129" in html
    assert 'href="https://wa.me/628111000129"' in html


def test_the_home_page_needs_few_queries(client, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's site-root cache, as any running server has

    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


def test_the_home_page_for_a_signed_in_member_needs_few_queries(
    client, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    client.get("/")

    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


def test_unknown_pages_get_a_friendly_404(client):
    response = client.get("/tidak-ada/")

    assert response.status_code == 404
    assert (
        "Back to the home page" in response.content.decode()
        or "beranda" in response.content.decode().lower()
    )


def test_a_browser_set_to_english_still_gets_indonesian_until_the_member_chooses(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="id">' in html

    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
