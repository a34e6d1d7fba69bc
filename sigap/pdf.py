"""Shared by the PDFs Sigap renders with xhtml2pdf (course handbooks, certificates)."""

from __future__ import annotations

import base64
import mimetypes
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, default_storage

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

#: The bundled fonts (site/static/fonts), by their unhashed static paths: local_file finds them with the
#: staticfiles finders, which know the source files and not the hashed names ManifestStaticFilesStorage gives
#: out in production ({% static %} would give those).
FONTS = {
    "regular": "fonts/DejaVuSans.ttf",
    "bold": "fonts/DejaVuSans-Bold.ttf",
    "italic": "fonts/DejaVuSans-Oblique.ttf",
    "bold_italic": "fonts/DejaVuSans-BoldOblique.ttf",
}


def font_urls() -> dict[str, str]:
    return {style: settings.STATIC_URL + path for style, path in FONTS.items()}


def resource_policy() -> ResourceAccessPolicy:
    """What a PDF may read: media (logos, signatures, lesson images) and the static files (fonts), nothing
    remote. xhtml2pdf otherwise confines local reads to the working directory, which silently drops images
    and fonts wherever MEDIA_ROOT or the static files live outside it."""
    roots = [Path(settings.MEDIA_ROOT), *map(Path, settings.STATICFILES_DIRS)]
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT))
    return ResourceAccessPolicy(base_dir=roots[0], extra_roots=tuple(roots[1:]), allow_remote=False)


def _media_name(uri: str) -> str | None:
    """The storage name behind a media URL: under MEDIA_URL on the filesystem, under the storage's own
    address on object storage (MEDIA_STORAGE=s3)."""
    for base in dict.fromkeys([settings.MEDIA_URL, default_storage.url("")]):
        if base and uri.startswith(base):
            return unquote(uri.removeprefix(base))
    return None


def _media_file(name: str) -> str:
    """A media file as xhtml2pdf reads it: its path on disk, or, on object storage (MEDIA_STORAGE=s3), its
    bytes inline, read through the storage's own client, so logos and signatures print wherever media lives."""
    if isinstance(default_storage, FileSystemStorage):
        try:
            path = Path(default_storage.path(name))
        except SuspiciousFileOperation:
            return ""
        return str(path) if path.is_file() else ""
    try:
        if not default_storage.exists(name):
            return ""
        with default_storage.open(name, "rb") as file:
            data = file.read()
    except (OSError, SuspiciousFileOperation):
        return ""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"data:{content_type};base64,{base64.b64encode(data).decode()}"


def local_file(uri: str, rel: str | None = None) -> str:
    """Map media and /static/ URLs in the HTML to files; xhtml2pdf never fetches over the network."""
    name = _media_name(uri)
    if name is not None:
        return _media_file(name)
    if uri.startswith(settings.STATIC_URL):
        found = finders.find(uri.removeprefix(settings.STATIC_URL))
        return found if found and Path(found).is_file() else ""
    return ""


class PdfError(Exception):
    """xhtml2pdf could not render the document."""


def html_to_pdf(html: str) -> bytes:
    """Render Sigap's HTML to PDF: local media and static files only (fonts bundled), nothing remote."""
    output = BytesIO()
    result = pisa.CreatePDF(
        html,
        dest=output,
        encoding="utf-8",
        link_callback=local_file,
        resource_policy=resource_policy(),
    )
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()
