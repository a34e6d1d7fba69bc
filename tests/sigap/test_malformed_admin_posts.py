"""A malformed POST to the Wagtail admin gets the 400 page where Wagtail's own views would fail (sigap/requests.py,
MalformedAdminPostMiddleware), and a failure in Sigap's own code is still a server error.

Each URL here answered 500 to an empty form before (found by tests/security/test_hostile_posts.py).
"""

from __future__ import annotations

from django.urls import reverse

import pytest

from certificates import admin_views
from tests.certificates.factories import make_certificate, make_member, make_template
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def admin_client(client, ministry):
    client.force_login(ministry)
    client.raise_request_exception = False
    return client


def empty_post(client, url: str):
    return client.generic("POST", url, b"", content_type=FORM)


def test_copying_a_page_without_choosing_where_gets_the_400_page_in_indonesian(admin_client):
    course = make_course(lessons_per_module=1)

    response = empty_post(admin_client, reverse("wagtailadmin_pages:copy", args=[course.pk]))

    assert response.status_code == 400
    assert "Permintaan tidak dapat dibaca" in response.content.decode()


def test_a_certificate_template_form_without_its_signatories_gets_the_400_page(admin_client):
    template = make_template()

    for url in [
        reverse("certificate_templates:add"),
        reverse("certificate_templates:edit", args=[template.pk]),
    ]:
        response = empty_post(admin_client, url)

        assert response.status_code == 400, url


def test_the_external_link_chooser_without_a_url_gets_the_400_page_in_english(admin_client):
    admin_client.cookies["sigap_language"] = "en"

    response = empty_post(admin_client, reverse("wagtailadmin_choose_page_external_link"))

    assert response.status_code == 400
    assert "The request could not be read" in response.content.decode()


def test_a_snippet_chooser_without_a_creation_form_refuses_a_post_with_400(admin_client):
    response = empty_post(admin_client, "/admin/snippets/choose/courses/regulation/create/")

    assert response.status_code == 400


def test_a_failure_in_sigaps_own_admin_code_is_still_a_server_error(admin_client, monkeypatch):
    certificate = make_certificate(user=make_member())

    def broken(**kwargs):
        raise KeyError("a bug of ours")

    monkeypatch.setattr(admin_views, "certificate_revoke", broken)
    response = admin_client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "Keliru"}
    )

    assert response.status_code == 500


@pytest.mark.parametrize("next_url", ["31251805", "-1", "javascript:alert(1)"])
def test_locking_a_page_with_a_next_that_is_no_address_is_refused_before_it_locks(
    admin_client, next_url
):
    course = make_course(lessons_per_module=1)

    response = admin_client.post(
        reverse("wagtailadmin_pages:lock", args=[course.pk]), {"next": next_url}
    )

    assert response.status_code == 400
    course.refresh_from_db()
    assert not course.locked


def test_locking_a_page_with_a_path_as_next_still_locks_it(admin_client):
    course = make_course(lessons_per_module=1)

    response = admin_client.post(
        reverse("wagtailadmin_pages:lock", args=[course.pk]), {"next": "/admin/pages/"}
    )

    assert response.status_code == 302
    course.refresh_from_db()
    assert course.locked


def test_a_page_form_with_an_image_that_is_no_id_is_shown_again_with_its_error(admin_client):
    course = make_course(lessons_per_module=1)
    parent = course.get_parent()

    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "coursepage", parent.pk]),
        {"title": "Kursus baru", "cover_image": "g"},
    )

    assert response.status_code == 200
    assert "cover_image" in response.context["form"].errors
