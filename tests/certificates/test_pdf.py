"""The certificate PDF: one A4 landscape page in the bundled DejaVu fonts, with the template's logos and
signatures, a QR code that leads to the verification page, the number and code, metadata, and a layout that
holds for long and non-Latin names."""

from __future__ import annotations

import hashlib
import re
from io import BytesIO
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import ContentStream

from certificates.pdf import render_pdf, verification_url
from tests.certificates.factories import make_certificate, make_image, make_member, make_template
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

A4_LANDSCAPE_PT = (841.89, 595.28)
#: Names DejaVu Sans has every glyph for: Latin with diacritics (Balinese, Javanese and Sundanese names as
#: written in Indonesia), Cyrillic and Greek.
NAMES = [
    "Ni Luh Putu Ayu Kusumawardhani Śrī Wedhasmara",
    "R. Ngt. Siti Ḍāhlia Ṣāliḥah Ēndāng Kūsumāningrum",
    "Александра Ивановна Петрова-Водкина",
    "Αικατερίνη Παπαδοπούλου-Χατζηγεωργίου",
]
LONG_NAME = ("Ni Luh Putu Ayu Kusumawardhani Śrī Wedhasmara Dewi Anggraeni " * 3)[:120].strip()


def read(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


def fonts_drawing_text(page) -> set[str]:
    """The BaseFont of every font the page shows text with (not merely names in passing)."""
    fonts = page["/Resources"]["/Font"]
    used, current = set(), None
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Tf":
            current = operands[0]
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            used.add(current)
    return {fonts[name].get_object()["/BaseFont"] for name in used}


@pytest.fixture
def dressed():
    """A certificate whose course template has two logos and two signatories (one with a signature)."""
    course = make_course(lessons_per_module=1, title="Identifikasi Korban TPPO")
    template = make_template(
        course=course,
        logos=[make_image(colour="#8a1538"), make_image(colour="#225588")],
        signatories=[
            ("Dr. Siti Aminah", "Ketua Harian", make_image(width=300, height=100, colour="#222")),
            ("Budi Santoso, S.H.", "Sekretaris", None),
        ],
        issuer="Gugus Tugas PP-TPPO Provinsi Bali",
    )
    certificate = make_certificate(course=course)
    return certificate, template.latest_revision.as_object()


def test_the_pdf_is_one_a4_landscape_page(dressed):
    reader = read(Path(dressed[0].pdf.path).read_bytes())

    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_LANDSCAPE_PT, abs=0.5)


def test_all_text_is_drawn_in_the_embedded_dejavu_fonts(dressed):
    page = read(Path(dressed[0].pdf.path).read_bytes()).pages[0]

    drawing = fonts_drawing_text(page)

    assert drawing
    assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", name) for name in drawing)
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        if font["/BaseFont"] in drawing:
            assert (
                "/FontFile2" in font["/FontDescriptor"].get_object()
            )  # embedded, not the system's


def test_the_logos_signature_and_qr_code_are_on_the_page(dressed):
    images = read(Path(dressed[0].pdf.path).read_bytes()).pages[0].images

    sizes = sorted(image.image.size for image in images)
    # Two 240×120 logos, one 300×100 signature, and the QR code (square).
    assert sizes.count((240, 120)) == 2
    assert (300, 100) in sizes
    assert any(width == height for width, height in sizes)


def test_without_logos_or_signatures_only_the_qr_code_is_drawn():
    certificate = make_certificate()

    images = read(Path(certificate.pdf.path).read_bytes()).pages[0].images

    assert len(images) == 1


def test_the_qr_code_leads_to_the_verification_page(dressed):
    certificate = dressed[0]
    images = read(Path(certificate.pdf.path).read_bytes()).pages[0].images

    decoded = [barcode.text for image in images for barcode in zxingcpp.read_barcodes(image.image)]

    assert decoded == [verification_url(certificate.code)]


def test_the_pdf_shows_the_number_and_the_verification_code(dressed):
    certificate = dressed[0]
    text = read(Path(certificate.pdf.path).read_bytes()).pages[0].extract_text()

    assert re.fullmatch(r"SIGAP-\d{4}-\d{6}", certificate.number)
    assert certificate.number in text
    assert certificate.code in text
    assert certificate.code not in certificate.number
    assert verification_url(certificate.code) in text


def test_the_pdf_carries_title_author_and_subject(dressed):
    certificate = dressed[0]
    metadata = read(Path(certificate.pdf.path).read_bytes()).metadata

    assert certificate.number in metadata.title
    assert "Identifikasi Korban TPPO" in metadata.title
    assert metadata.author == "Gugus Tugas PP-TPPO Provinsi Bali"
    assert certificate.holder_name in metadata.subject


def test_the_pdf_is_stored_in_media_with_its_sha256(dressed):
    certificate = dressed[0]

    data = certificate.pdf.read()

    assert certificate.pdf.name.startswith("certificates/")
    assert certificate.pdf.name.endswith(f"{certificate.number}.pdf")
    assert hashlib.sha256(data).hexdigest() == certificate.sha256


def test_a_certificate_with_logos_stays_small(dressed):
    assert dressed[0].pdf.size < 150 * 1024


@pytest.mark.parametrize("name", [LONG_NAME, *NAMES])
def test_long_and_non_latin_names_keep_the_one_page_layout(dressed, name):
    certificate, template = dressed
    certificate.holder_name = name

    reader = read(render_pdf(certificate, template))

    assert len(reader.pages) == 1
    assert flat(name) in flat(reader.pages[0].extract_text())


def test_a_long_name_in_a_long_bilingual_text_still_fits_one_page(dressed):
    certificate, _template = dressed
    template = make_template(
        language="both",
        body="Diberikan kepada {name} yang telah menyelesaikan kursus {course} "
        "dengan nilai {score} pada {date}, mencakup {regulations}. " * 4,
        body_en="Awarded to {name} for completing the course {course} with a score of {score} "
        "on {date}, covering {regulations}. " * 4,
        logos=[make_image()],
        signatories=[(f"Penandatangan {n}", "Jabatan yang cukup panjang", None) for n in range(3)],
    )
    certificate.holder_name = LONG_NAME

    reader = read(render_pdf(certificate, template))

    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert flat(LONG_NAME) in text
    assert certificate.number in text  # the footer is still there


def test_a_member_with_a_non_latin_name_gets_it_on_the_stored_certificate():
    member = make_member(full_name="Александра Петрова")

    certificate = make_certificate(user=member)

    text = read(Path(certificate.pdf.path).read_bytes()).pages[0].extract_text()
    assert "Александра Петрова" in text


def test_the_fonts_are_found_under_productions_hashed_static_files(dressed, settings, tmp_path):
    """ManifestStaticFilesStorage names files by their hash; the PDF still finds the bundled fonts."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    certificate, template = dressed
    certificate.holder_name = NAMES[2]

    page = read(render_pdf(certificate, template)).pages[0]

    assert {name.split("+")[-1] for name in fonts_drawing_text(page)} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    assert NAMES[2] in page.extract_text()
