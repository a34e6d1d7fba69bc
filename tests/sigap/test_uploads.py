"""Uploads are checked for what they really are and for size: documents and images in Wagtail's admin, and
the CSV imports (classroom attendance, coverage targets). No active content gets in: no SVG, no web page
under another name.
"""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest

from sigap.filetypes import check_document_contents, looks_like_markup
from tests.accounts.factories import UserFactory, give_totp
from tests.courses.factories import make_course
from tests.sigap.factories import (
    docx_bytes,
    odt_bytes,
    pdf_bytes,
    png_bytes,
    pptx_bytes,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/me/data/download/').then(r => r.text()).then(alert)</script></svg>"
)
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture(autouse=True)
def english(client):
    client.cookies["sigap_language"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def administrator(client):
    user = UserFactory(is_superuser=True)
    give_totp(user)
    client.force_login(user)
    return user


def check(data: bytes, extension: str) -> None:
    check_document_contents(BytesIO(data), extension=extension)


def refusal(data: bytes, extension: str) -> str:
    with pytest.raises(ValidationError) as refused:
        check(data, extension)
    return " ".join(refused.value.messages)


# What a document's bytes say -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (pdf_bytes(), "pdf"),
        (docx_bytes(), "docx"),
        (xlsx_bytes(), "xlsx"),
        (pptx_bytes(), "pptx"),
        (odt_bytes(), "odt"),
        (b"kode,anggota\n32,1500\n", "csv"),
        ("\ufeffProvinsi;Anggota\nJawa Barat;1500\n".encode(), "csv"),  # Excel's "CSV UTF-8"
        ("Catatan rapat gugus tugas — ringkasan.\n".encode(), "txt"),
    ],
)
def test_a_genuine_document_of_each_accepted_kind_passes(data, extension):
    check(data, extension)


@pytest.mark.parametrize(
    ("data", "extension", "says"),
    [
        (HTML_PAGE, "pdf", "This file is not a real PDF document"),
        (SVG_WITH_SCRIPT, "pdf", "This file is not a real PDF document"),
        (b"%PDF-1.7\n<html><script>alert(1)</script></html>", "pdf", "not a real PDF document"),
        (pdf_bytes(), "docx", "not a real Word document"),
        (xlsx_bytes(), "docx", "not a real Word document"),
        (docx_bytes(), "xlsx", "not a real Excel document"),
        (HTML_PAGE, "pptx", "not a real PowerPoint document"),
        (
            odt_bytes(mimetype=b"application/vnd.oasis.opendocument.spreadsheet"),
            "odt",
            "OpenDocument",
        ),
        (docx_bytes(), "odt", "not a real OpenDocument text document"),
        (docx_bytes(extra={"word/vbaProject.bin": b"macro"}), "docx", "contains macros"),
        ("kode,anggota\n32,1500\n".encode("utf-16"), "csv", "not plain text in UTF-8"),
        ("Provinsi;Anggota\nBali;café\n".encode("cp1252"), "csv", "not plain text in UTF-8"),
        (b"kode,anggota\n32,\x00\n", "csv", "not plain text in UTF-8"),
        (png_bytes(), "txt", "not plain text in UTF-8"),
        (HTML_PAGE, "txt", "a web page or an image"),
        (SVG_WITH_SCRIPT, "csv", "a web page or an image"),
    ],
)
def test_a_file_whose_bytes_are_not_what_its_name_says_is_refused(data, extension, says):
    assert says in refusal(data, extension)


def test_the_file_is_left_at_its_start_for_whoever_reads_it_next():
    upload = BytesIO(pdf_bytes())
    check_document_contents(upload, extension="pdf")
    assert upload.tell() == 0


def test_web_pages_and_svg_images_are_recognised_by_how_they_begin():
    for start in [
        "<!DOCTYPE html>",
        "\ufeff  <html lang=id>",
        "<svg xmlns='…'>",
        "<?xml version='1.0'?>",
    ]:
        assert looks_like_markup(start), start
    for start in ["kode,anggota", "siti@example.org", "<b>not a page</b>"]:
        assert not looks_like_markup(start), start


# Documents in the admin ------------------------------------------------------------------------------


def add(client, url_name: str, name: str, data: bytes):
    """Wagtail's add form for a document or an image, as an editor fills it in."""
    return client.post(
        reverse(url_name),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def add_document(client, name: str, data: bytes):
    return add(client, "wagtaildocs:add", name, data)


def test_an_html_page_renamed_pdf_is_refused_with_the_reason(client, administrator):
    response = add_document(client, "surat-edaran.pdf", HTML_PAGE)

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == [
        "This file is not a real PDF document, although its name ends in .pdf. Open it in the program "
        "that made it, save it again as PDF and upload that file."
    ]
    assert not get_document_model().objects.exists()


def test_an_svg_document_is_refused_for_its_extension(client, administrator):
    response = add_document(client, "logo.svg", SVG_WITH_SCRIPT)

    assert response.status_code == 200
    assert "“svg” is not allowed" in " ".join(response.context["form"].errors["file"])
    assert not get_document_model().objects.exists()


def test_a_genuine_pdf_is_stored_and_served_as_a_pdf(client, administrator):
    response = add_document(client, "uu-21-2007.pdf", pdf_bytes())

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.file_extension == "pdf"
    served = client.get(document.url)
    assert served["Content-Type"] == "application/pdf"
    assert b"".join(served.streaming_content).startswith(b"%PDF-")


def test_an_oversized_document_is_refused(client, administrator, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10_000
    response = add_document(client, "laporan.pdf", pdf_bytes() + b"%" * 10_000)

    assert response.status_code == 200
    assert "This file is too big" in " ".join(response.context["form"].errors["file"])
    assert not get_document_model().objects.exists()


def test_the_multiple_uploader_refuses_the_file_outright(client, administrator):
    """The error is on the file, so Wagtail does not keep the upload aside for a second form."""
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("formulir.docx", HTML_PAGE)},
    )

    assert response.json() == {
        "success": False,
        "error_message": "This file is not a real Word document, although its name ends in .docx. "
        "Open it in the program that made it, save it again as Word and upload that file.",
    }
    assert not get_document_model().objects.exists()


def test_editing_a_documents_title_does_not_read_its_file_again(client, administrator):
    add_document(client, "uu.pdf", pdf_bytes())
    document = get_document_model().objects.get()

    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "UU 21/2007", "collection": document.collection_id},
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "UU 21/2007"


# Images in the admin ---------------------------------------------------------------------------------


def add_image(client, name: str, data: bytes):
    return add(client, "wagtailimages:add", name, data)


def image_errors(response) -> str:
    assert response.status_code == 200, "the image was accepted"
    assert not get_image_model().objects.exists()
    return " ".join(response.context["form"].errors["file"])


def test_an_svg_image_is_refused(client, administrator):
    assert "Not a supported image format" in image_errors(
        add_image(client, "logo.svg", SVG_WITH_SCRIPT)
    )


@pytest.mark.parametrize("data", [SVG_WITH_SCRIPT, HTML_PAGE])
def test_active_content_renamed_png_is_refused(client, administrator, data):
    assert image_errors(add_image(client, "logo.png", data))


def test_an_oversized_image_is_refused(client, administrator, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1_000
    says = image_errors(add_image(client, "foto.png", png_bytes(400, 400) + b"\x00" * 1_000))
    assert "This file is too big" in says


def test_an_image_with_too_many_pixels_is_refused(client, administrator, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 10_000
    says = image_errors(add_image(client, "foto.png", png_bytes(200, 100)))
    assert "This file has too many pixels" in says


def test_a_genuine_png_is_accepted(client, administrator):
    response = add_image(client, "foto.png", png_bytes())

    assert response.status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".png")


def test_the_limits_are_set_for_production():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert not {"svg", "html", "htm", "js"} & set(settings.WAGTAILDOCS_EXTENSIONS)


# The CSV imports -------------------------------------------------------------------------------------
# Their size limits, binary files and bad rows are tested with each import (tests/certificates/
# test_classroom.py, tests/coverage/test_targets*.py); here, active content under a .csv name.


@pytest.mark.parametrize("data", [SVG_WITH_SCRIPT, HTML_PAGE])
def test_a_web_page_or_svg_named_csv_is_refused_as_an_attendance_list(client, administrator, data):
    course = make_course(certificate_enabled=True)
    response = client.post(
        reverse("classroom_certificates:upload"),
        {
            "course": course.pk,
            "completed_on": "2026-01-15",
            "attendance": SimpleUploadedFile("hadir.csv", data, content_type="text/csv"),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["attendance"][0].startswith("This is not a CSV file.")


@pytest.mark.parametrize("data", [SVG_WITH_SCRIPT, HTML_PAGE])
def test_a_web_page_or_svg_named_csv_is_refused_as_a_targets_file(client, administrator, data):
    response = client.post(
        reverse("coverage_targets:import"),
        {"file": SimpleUploadedFile("targets.csv", data, content_type="text/csv")},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"][0].startswith("This is not a CSV file.")
