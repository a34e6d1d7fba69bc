"""Real files of each kind Sigap accepts as a document or image, built in memory for upload tests."""

from __future__ import annotations

import zipfile
from io import BytesIO

from openpyxl import Workbook
from PIL import Image as PILImage
from pypdf import PdfWriter

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" ContentType="{content_type}"/>'
    "</Types>"
)
RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{part}" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument"/></Relationships>'
)


def pdf_bytes(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "#1f6f8b").save(buffer, format="PNG")
    return buffer.getvalue()


def _ooxml(
    part: str, content_type: str, body: str, *, extra: dict[str, bytes] | None = None
) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml", CONTENT_TYPES.format(part=part, content_type=content_type)
        )
        archive.writestr("_rels/.rels", RELATIONSHIPS.format(part=part))
        archive.writestr(part, body)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(*, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal WordprocessingML package: one paragraph of text."""
    return _ooxml(
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Formulir rujukan korban</w:t></w:r></w:p></w:body></w:document>",
        extra=extra,
    )


def pptx_bytes() -> bytes:
    return _ooxml(
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    )


def xlsx_bytes() -> bytes:
    workbook = Workbook()
    workbook.active.append(["Provinsi", "Anggota"])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt_bytes(*, mimetype: bytes = b"application/vnd.oasis.opendocument.text") -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # OpenDocument's first entry, stored uncompressed.
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
        )
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()
