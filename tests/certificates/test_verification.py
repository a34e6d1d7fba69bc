"""The public verification page and its JSON: anyone, no login, the certificate's facts and nothing more
personal; helpful when the code is unknown; codes that cannot be guessed; rate-limited; three queries."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.models import Certificate, new_verification_code
from certificates.pdf import verification_url
from certificates.services import (
    certificate_reissue,
    certificate_revoke,
    certificates_withdraw_for_deleted_account,
)
from certificates.views import VERIFY_PER_MINUTE
from tests.certificates.factories import make_certificate, make_member

pytestmark = pytest.mark.django_db

CODE = re.compile(r"^[A-Z2-7]{16,}$")


@pytest.fixture(autouse=True)
def english(client):
    """Pages in English, so the tests read the source strings whatever the catalogue says."""
    client.cookies["sigap_language"] = "en"


def page(certificate_or_code) -> str:
    code = getattr(certificate_or_code, "code", certificate_or_code)
    return reverse("certificates:verify", args=[code])


def data(certificate_or_code) -> str:
    code = getattr(certificate_or_code, "code", certificate_or_code)
    return reverse("certificates:verify_json", args=[code])


@pytest.fixture
def certificate():
    member = make_member(
        full_name="Siti Rahmawati", province_id="31", regency_id="31.71", position="Penyidik"
    )
    return make_certificate(user=member)


def test_anyone_sees_a_valid_certificate_with_name_course_date_and_issuer(client, certificate):
    response = client.get(page(certificate))

    assert response.status_code == 200
    html = response.content.decode()
    assert "verify-valid" in html
    for fact in (
        certificate.holder_name,
        certificate.course_title,
        certificate.number,
        certificate.issuer,
        certificate.completed_on.strftime("%Y"),
    ):
        assert fact in html


def test_the_page_shows_nothing_more_personal_than_the_name(client, certificate):
    html = client.get(page(certificate)).content.decode()

    member = certificate.user
    assert member.email not in html
    assert member.profile.position not in html
    assert "Jakarta" not in html  # the member's province (31) and city (31.71)
    assert member.profile.get_agency_type_display() not in html


def test_the_json_has_exactly_the_public_facts(client, certificate):
    response = client.get(data(certificate))

    assert response.status_code == 200
    facts = response.json()
    assert set(facts) == {
        "status",
        "number",
        "name",
        "course",
        "course_en",
        "completed_on",
        "issued_on",
        "issuer",
        "valid_until",
        "replaced_by",
        "holder_erased_on",
    }
    assert facts["status"] == "valid"
    assert facts["name"] == "Siti Rahmawati"
    assert facts["number"] == certificate.number
    assert facts["completed_on"] == certificate.completed_on.isoformat()
    assert facts["issuer"] == certificate.issuer
    assert facts["replaced_by"] is None
    assert facts["holder_erased_on"] is None
    assert certificate.user.email not in response.content.decode()


def test_a_revoked_certificate_says_so(client, certificate, trainer):
    certificate_revoke(certificate=certificate, reason="Data palsu", actor=trainer)

    html = client.get(page(certificate)).content.decode()

    assert "verify-revoked" in html
    assert "has been revoked" in html
    assert client.get(data(certificate)).json()["status"] == "revoked"


def test_a_superseded_certificate_links_to_the_one_that_replaces_it(client, certificate, trainer):
    new = certificate_reissue(certificate=certificate, actor=trainer, note="Nama diperbaiki")

    html = client.get(page(certificate)).content.decode()

    assert "verify-superseded" in html
    assert f'href="{page(new)}"' in html
    assert new.number in html
    facts = client.get(data(certificate)).json()
    assert facts["status"] == "superseded"
    assert facts["replaced_by"] == verification_url(new.code)
    assert client.get(data(new)).json()["status"] == "valid"


def test_an_expired_certificate_says_so(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - timedelta(days=1)
    )

    html = client.get(page(certificate)).content.decode()

    assert "verify-expired" in html
    assert "has expired" in html
    facts = client.get(data(certificate)).json()
    assert facts["status"] == "expired"
    assert facts["valid_until"] == (timezone.localdate() - timedelta(days=1)).isoformat()


def test_a_withdrawn_certificate_says_so_without_the_holders_name(client, certificate):
    certificates_withdraw_for_deleted_account(user=certificate.user)

    html = client.get(page(certificate)).content.decode()

    assert "verify-withdrawn" in html
    assert "This certificate has been withdrawn." in html
    assert "when they deleted their Sigap account" in html
    assert "Siti Rahmawati" not in html
    assert certificate.number in html
    facts = client.get(data(certificate)).json()
    assert facts["status"] == "withdrawn"
    assert facts["name"] is None


def test_the_page_explains_what_it_shows_and_what_happens_when_a_holder_leaves(client, certificate):
    html = client.get(page(certificate)).content.decode()

    assert "About this page" in html
    assert "It shows only what the certificate itself says" in html
    assert "When holders delete their Sigap account, their certificates are withdrawn" in html


def test_an_unknown_code_gets_a_helpful_404(client, db):
    response = client.get(page("AAAABBBBCCCCDDDD"))

    assert response.status_code == 404
    html = response.content.decode()
    assert "Certificate not found" in html
    assert "AAAABBBBCCCCDDDD" in html
    assert "QR code" in html  # what to try next


def test_an_unknown_code_gets_a_json_404_with_a_message(client, db):
    response = client.get(data("AAAABBBBCCCCDDDD"))

    assert response.status_code == 404
    assert "No certificate has this verification code" in response.json()["error"]


def test_lowercase_and_dashed_codes_still_resolve(client, certificate):
    code = certificate.code
    dashed = "-".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()

    for typed in (code.lower(), dashed):
        response = client.get(page(typed))
        assert response.status_code == 200
        assert certificate.number in response.content.decode()
    assert client.get(data(dashed)).json()["number"] == certificate.number


def test_codes_carry_at_least_80_random_bits_in_an_unambiguous_alphabet():
    codes = [new_verification_code() for _ in range(2000)]

    assert all(CODE.match(code) for code in codes)
    assert min(len(code) for code in codes) * 5 >= 80  # base32: 5 bits a character
    assert len(set(codes)) == len(codes)
    for position in range(16):  # every position varies over the whole alphabet
        assert len({code[position] for code in codes}) == 32


def test_consecutive_certificates_have_unrelated_codes(db):
    first, second = make_certificate(), make_certificate()

    assert CODE.match(first.code) and CODE.match(second.code)
    assert first.code[:4] != second.code[:4]
    assert sum(a == b for a, b in zip(first.code, second.code, strict=True)) < 6
    assert first.code not in first.number and second.number.endswith("000002")


def test_the_31st_lookup_in_a_minute_from_one_address_is_refused(client, certificate):
    for _ in range(VERIFY_PER_MINUTE):
        assert client.get(page(certificate), REMOTE_ADDR="203.0.113.9").status_code == 200

    refused = client.get(page(certificate), REMOTE_ADDR="203.0.113.9")
    refused_json = client.get(data(certificate), REMOTE_ADDR="203.0.113.9")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Too many checks" in refused.content.decode()
    assert certificate.holder_name not in refused.content.decode()
    assert refused_json.status_code == 429
    assert "Too many checks" in refused_json.json()["error"]
    assert client.get(page(certificate), REMOTE_ADDR="198.51.100.7").status_code == 200


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(client, certificate, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(VERIFY_PER_MINUTE):
        client.get(page(certificate), HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)

    assert (
        client.get(page(certificate), HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code
        == 429
    )
    assert (
        client.get(page(certificate), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code
        == 200
    )


def test_guessing_unknown_codes_counts_towards_the_limit(client, db):
    for _ in range(VERIFY_PER_MINUTE):
        assert (
            client.get(data(new_verification_code()), REMOTE_ADDR="203.0.113.10").status_code == 404
        )

    assert client.get(data(new_verification_code()), REMOTE_ADDR="203.0.113.10").status_code == 429


def test_the_verification_page_takes_at_most_three_queries(
    client, certificate, trainer, django_assert_max_num_queries
):
    new = certificate_reissue(certificate=certificate, actor=trainer)
    client.get(page(new))  # warm: Wagtail's site and settings caches

    with django_assert_max_num_queries(3):
        assert client.get(page(certificate)).status_code == 200  # superseded: links to the new one
    with django_assert_max_num_queries(3):
        assert client.get(page(new)).status_code == 200
    certificates_withdraw_for_deleted_account(user=new.user)
    with django_assert_max_num_queries(3):
        assert client.get(page(new)).status_code == 200  # withdrawn


def test_the_verification_page_needs_no_login(client, certificate):
    response = client.get(page(certificate))

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_signed_in_member_sees_another_members_certificate_the_same_way(client, certificate):
    client.force_login(make_member())

    facts = client.get(data(certificate)).json()

    assert facts["name"] == certificate.holder_name
    assert client.get(page(certificate)).status_code == 200
