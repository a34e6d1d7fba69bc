"""What an uploaded file really is, read from its bytes rather than its name.

Used by Sigap's document form (sigap/uploads.py) and by the CSV imports (attendance lists, coverage
targets). No Django models or forms here, so any module can use it.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pypdf import PdfReader
from pypdf.errors import PyPdfError

PDF_SIGNATURE = b"%PDF-"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
#: The part every Office Open XML file of each kind has (ECMA-376 part 1, the "main" part).
OOXML_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
#: The program named in the error, so the member knows what to open the file with again.
KINDS = {
    "pdf": _("PDF"),
    "docx": _("Word"),
    "xlsx": _("Excel"),
    "pptx": _("PowerPoint"),
    "odt": _("OpenDocument text"),
}
TEXT_EXTENSIONS = {"csv", "txt"}
CHUNK = 64 * 1024
#: How a web page, an SVG image or another XML document begins (after any byte-order mark and blank space).
MARKUP_START = re.compile(
    r"\s*<(?:!doctype\b|html\b|head\b|body\b|svg\b|script\b|\?xml\b|!--)", re.IGNORECASE
)


def looks_like_markup(text: str) -> bool:
    """A web page, an SVG image or other XML: never a list or a document Sigap accepts, and what a
    browser could run. Lets a CSV import say plainly that the file is not a CSV."""
    return bool(MARKUP_START.match(text.lstrip("\ufeff")))


def check_document_contents(upload: IO[bytes], *, extension: str) -> None:
    """Raise ValidationError unless the bytes are a document of the kind ``extension`` names.

    Extensions Sigap does not accept are left alone here: Wagtail's extension check refuses them with its
    own message. The file is left at its start for whoever reads it next.
    """
    extension = extension.lower()
    try:
        if extension == "pdf":
            _check_pdf(upload)
        elif extension in OOXML_MAIN_PARTS:
            _check_ooxml(upload, main_part=OOXML_MAIN_PARTS[extension], extension=extension)
        elif extension == "odt":
            _check_odt(upload)
        elif extension in TEXT_EXTENSIONS:
            _check_text(upload, extension=extension)
    finally:
        upload.seek(0)


def _not_the_promised_kind(extension: str) -> ValidationError:
    return ValidationError(
        _(
            "This file is not a real %(kind)s document, although its name ends in .%(extension)s. "
            "Open it in the program that made it, save it again as %(kind)s and upload that file."
        ),
        code="contents_do_not_match_extension",
        params={"kind": KINDS[extension], "extension": extension},
    )


def _check_pdf(upload: IO[bytes]) -> None:
    upload.seek(0)
    if upload.read(len(PDF_SIGNATURE)) != PDF_SIGNATURE:
        raise _not_the_promised_kind("pdf")
    upload.seek(0)
    try:
        # Reads the cross-reference table and trailer only, not every page.
        PdfReader(upload, strict=False)
    except (PyPdfError, ValueError, KeyError, IndexError, TypeError) as error:
        raise _not_the_promised_kind("pdf") from error


def _zip_names(upload: IO[bytes], extension: str) -> tuple[zipfile.ZipFile, set[str]]:
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError) as error:
        raise _not_the_promised_kind(extension) from error
    return archive, set(archive.namelist())


def _check_ooxml(upload: IO[bytes], *, main_part: str, extension: str) -> None:
    archive, names = _zip_names(upload, extension)
    with archive:
        if "[Content_Types].xml" not in names or main_part not in names:
            raise _not_the_promised_kind(extension)
        # A .docm/.xlsm/.pptm renamed: Office would offer to run its macros.
        if any(os.path.basename(name).lower() == "vbaproject.bin" for name in names):
            raise ValidationError(
                _(
                    "This document contains macros, which Sigap does not accept. Save it as a plain "
                    ".%(extension)s file without macros and upload that file."
                ),
                code="macros",
                params={"extension": extension},
            )


def _check_odt(upload: IO[bytes]) -> None:
    archive, names = _zip_names(upload, "odt")
    with archive:
        # OpenDocument's first entry, stored uncompressed, names the kind of document (ODF 1.2 part 3, 3.3).
        if "mimetype" not in names or "content.xml" not in names:
            raise _not_the_promised_kind("odt")
        if archive.read("mimetype").strip() != ODT_MIMETYPE:
            raise _not_the_promised_kind("odt")


def _check_text(upload: IO[bytes], *, extension: str) -> None:
    """UTF-8 (with or without a byte-order mark), no NUL byte, and not a web page: read in chunks."""
    upload.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    start = ""
    try:
        while chunk := upload.read(CHUNK):
            if b"\x00" in chunk:
                raise UnicodeDecodeError("utf-8", chunk, chunk.index(b"\x00"), 1, "NUL byte")
            text = decoder.decode(chunk)
            start = start or text
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise ValidationError(
            _(
                "This .%(extension)s file is not plain text in UTF-8. Save it as UTF-8 text (from a "
                "spreadsheet: “CSV UTF-8”) and upload it again."
            ),
            code="not_utf8_text",
            params={"extension": extension},
        ) from error
    if looks_like_markup(start):
        raise ValidationError(
            _(
                "This file is a web page or an image, not plain text, although its name ends in "
                ".%(extension)s. Upload the .%(extension)s file itself."
            ),
            code="markup",
            params={"extension": extension},
        )
