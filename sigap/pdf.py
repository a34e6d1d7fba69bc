"""Shared by the PDFs Sigap renders with xhtml2pdf (course handbooks, certificates)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

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


def local_file(uri: str, rel: str | None = None) -> str:
    """Map /media/ and /static/ URLs in the HTML to files on disk; xhtml2pdf never fetches over the network."""
    if uri.startswith(settings.MEDIA_URL):
        path = Path(settings.MEDIA_ROOT) / uri.removeprefix(settings.MEDIA_URL)
    elif uri.startswith(settings.STATIC_URL):
        found = finders.find(uri.removeprefix(settings.STATIC_URL))
        path = Path(found) if found else None
    else:
        return ""
    return str(path) if path and path.is_file() else ""


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
