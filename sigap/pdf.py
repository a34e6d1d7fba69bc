"""Shared by the PDFs Sigap renders with xhtml2pdf (course handbooks, certificates)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders


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
