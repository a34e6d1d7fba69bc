"""The whole course as one PDF handbook (xhtml2pdf), for members who study offline or in a classroom."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

from xhtml2pdf import pisa

from .selectors import course_outline


class HandbookError(Exception):
    pass


def _local_file(uri: str, rel: str | None = None) -> str:
    """Map /media/ and /static/ URLs in the HTML to files on disk; xhtml2pdf never fetches over the network."""
    if uri.startswith(settings.MEDIA_URL):
        path = Path(settings.MEDIA_ROOT) / uri.removeprefix(settings.MEDIA_URL)
    elif uri.startswith(settings.STATIC_URL):
        found = finders.find(uri.removeprefix(settings.STATIC_URL))
        path = Path(found) if found else None
    else:
        return ""
    return str(path) if path and path.is_file() else ""


def handbook_pdf(course, *, request=None) -> bytes:
    html = render_to_string(
        "courses/handbook.html",
        {"course": course, "outline": course_outline(course), "generated": timezone.now()},
        request=request,
    )
    output = BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", link_callback=_local_file)
    if result.err:
        raise HandbookError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()
