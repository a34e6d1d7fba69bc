"""Uploaded media served by Sigap itself, for production on one machine with no web server in front.

With SIGAP_SERVE_MEDIA=true (`make prod`) the app servers hand out MEDIA_ROOT under MEDIA_URL. Behind nginx
(docs/deploy.md) or with media on object storage this stays off: they serve the files without a Python
worker. Certificate PDFs are never here (certificates/storage.py).
"""

from __future__ import annotations

import posixpath
import re

from django.conf import settings
from django.http import Http404
from django.urls import URLPattern, re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve

# Wagtail gives every rendition and every replaced file a new name, so a day in browsers and proxies is safe;
# the names are not content hashes, so not "immutable".
MEDIA_MAX_AGE = 24 * 60 * 60
# Uploads only Sigap's own views may hand out (see serve_media).
PRIVATE_FOLDERS = ("documents",)


@cache_control(public=True, max_age=MEDIA_MAX_AGE)
def serve_media(request, path: str):
    """Django's file view (it answers If-Modified-Since, refuses paths outside the folder) with caching.

    Documents are left out: Wagtail hands them out at /documents/ after checking the collection's privacy
    settings, and a direct /media/documents/ address would skip that check. The path is normalised as serve()
    normalises it, so /media/./documents/… or /media/images/../documents/… are refused too."""
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] in PRIVATE_FOLDERS:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def media_urlpatterns() -> list[URLPattern]:
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{re.escape(prefix)}(?P<path>.*)$", serve_media, name="media")]
