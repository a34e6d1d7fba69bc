"""Certificate templates: placeholders checked when saved, English wording required where it is printed,
and every known placeholder filled on the certificate."""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest
from pypdf import PdfReader

from certificates.models import CertificateTemplate
from certificates.pdf import render_pdf
from tests.certificates.factories import make_certificate, make_template

pytestmark = pytest.mark.django_db


def template(**fields) -> CertificateTemplate:
    defaults = {
        "name": "Templat uji",
        "language": CertificateTemplate.Language.BOTH,
        "body": "Diberikan kepada {name}.",
        "body_en": "Awarded to {name}.",
    }
    return CertificateTemplate(**{**defaults, **fields})


def errors_of(candidate: CertificateTemplate) -> dict[str, list[str]]:
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        candidate.full_clean()
    return raised.value.message_dict


@pytest.mark.parametrize("field", ["body", "body_en", "title", "title_en"])
def test_an_unknown_placeholder_is_refused_naming_it(field):
    candidate = template()
    setattr(candidate, field, getattr(candidate, field) + " Nomor induk: {nip}.")

    errors = errors_of(candidate)

    assert list(errors) == [field]
    assert "{nip}" in errors[field][0]


def test_every_unknown_placeholder_is_named():
    errors = errors_of(template(body="{nama} menyelesaikan {kursus} pada {date}."))

    assert errors["body"][0].startswith("Unknown placeholder: {kursus}, {nama}.")


def test_every_known_placeholder_is_accepted():
    template(
        body="{name} {course} {date} {score} {regulations} {number}",
        body_en="{name} {course} {date} {score} {regulations} {number}",
        title="Sertifikat {course}",
    ).full_clean()


@pytest.mark.parametrize("language", ["en", "both"])
def test_english_wording_is_required_when_it_is_printed(language):
    errors = errors_of(template(language=language, body_en=""))

    assert list(errors) == ["body_en"]


def test_an_indonesian_only_template_needs_no_english_wording():
    template(language="id", body_en="").full_clean()


def test_every_placeholder_is_filled_on_the_certificate():
    certificate = make_certificate()
    certificate.score = 87.5
    certificate.regulations = "UU 21/2007"
    wording = make_template(
        language="id",
        title="Sertifikat {course}",
        body="N={name} | K={course} | T={date} | S={score} | R={regulations} | No={number}",
    ).latest_revision.as_object()

    text = " ".join(
        PdfReader(BytesIO(render_pdf(certificate, wording))).pages[0].extract_text().split()
    )

    assert f"N={certificate.holder_name} | K={certificate.course_title} |" in text
    assert "S=88% | R=UU 21/2007 |" in text
    assert f"No={certificate.number}" in text
    assert f"SERTIFIKAT {certificate.course_title.upper()}" in text
    assert "{" not in text


def test_braces_in_a_name_are_printed_as_they_are():
    certificate = make_certificate()
    certificate.holder_name = "Ayu {course} {number}"
    wording = make_template(language="id", body="Untuk {name} atas {course}.")

    text = PdfReader(BytesIO(render_pdf(certificate, wording))).pages[0].extract_text()

    assert f"Untuk Ayu {{course}} {{number}} atas {certificate.course_title}." in " ".join(
        text.split()
    )
