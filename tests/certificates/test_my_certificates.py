"""My certificates: a member's own list, their PDFs (only theirs, only while valid), and the share link."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.urls import reverse

import pytest

from certificates.pdf import verification_url
from certificates.services import certificate_reissue, certificate_revoke
from tests.certificates.factories import make_certificate

pytestmark = pytest.mark.django_db

MINE = reverse("certificates:mine")


@pytest.fixture(autouse=True)
def english(client):
    """Pages in English, so the tests read the source strings whatever the catalogue says."""
    client.cookies["sigap_language"] = "en"


def download_url(certificate) -> str:
    return reverse("certificates:download", args=[certificate.code])


@pytest.fixture
def certificate(learner):
    return make_certificate(user=learner)


def test_a_member_sees_their_certificates_and_no_one_elses(client, learner, certificate):
    someone_elses = make_certificate()
    client.force_login(learner)

    html = client.get(MINE).content.decode()

    assert certificate.number in html
    assert certificate.course_title in html
    assert someone_elses.number not in html
    assert someone_elses.course_title not in html


def test_a_member_without_certificates_is_told_how_to_earn_one(client, learner):
    client.force_login(learner)

    response = client.get(MINE)

    assert response.status_code == 200
    assert "Complete a course to earn one" in response.content.decode()


def test_the_share_link_is_the_public_verification_page(client, learner, certificate):
    client.force_login(learner)

    html = client.get(MINE).content.decode()

    verify_path = reverse("certificates:verify", args=[certificate.code])
    assert f'href="{verify_path}"' in html
    assert verification_url(certificate.code).endswith(verify_path)


def test_a_member_downloads_their_stored_pdf(client, learner, certificate):
    client.force_login(learner)

    response = client.get(download_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{certificate.number}.pdf"' in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == certificate.sha256


def test_the_pdf_is_kept_outside_media_and_has_no_public_address(client, settings, certificate):
    # Numbers are sequential and the PDF carries the name: a guessable /media/ address would leak both.
    stored = Path(certificate.pdf.path)

    assert stored.is_file()
    assert Path(settings.PRIVATE_MEDIA_ROOT) in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents
    with pytest.raises(ValueError):
        _ = certificate.pdf.url
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_another_members_pdf_is_not_found(client, certificate):
    other = make_certificate()
    client.force_login(certificate.user)

    assert client.get(download_url(other)).status_code == 404


def test_an_unknown_code_is_not_found(client, learner):
    client.force_login(learner)

    assert client.get("/me/certificates/AAAABBBBCCCCDDDD.pdf").status_code == 404


def test_a_revoked_certificate_cannot_be_downloaded_and_the_page_says_why(
    client, learner, certificate, trainer
):
    certificate_revoke(certificate=certificate, reason="Salah peserta", actor=trainer)
    client.force_login(learner)

    response = client.get(download_url(certificate))

    assert response.status_code == 410
    html = response.content.decode()
    assert "can no longer be downloaded" in html
    assert "revoked" in html
    assert reverse("certificates:verify", args=[certificate.code]) in html
    assert "Revoked." in client.get(MINE).content.decode()


def test_a_superseded_certificate_cannot_be_downloaded_but_its_replacement_can(
    client, learner, certificate, trainer
):
    new = certificate_reissue(certificate=certificate, actor=trainer)
    client.force_login(learner)

    response = client.get(download_url(certificate))

    assert response.status_code == 410
    assert "replaced by a corrected certificate" in response.content.decode()
    assert client.get(download_url(new)).status_code == 200
    assert (
        f"Replaced by the corrected certificate {new.number}" in client.get(MINE).content.decode()
    )


@pytest.mark.parametrize("url", ["mine", "download"])
def test_an_anonymous_visitor_is_sent_to_sign_in(client, certificate, url):
    target = MINE if url == "mine" else download_url(certificate)

    response = client.get(target)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=" in response.url
