"""Absolute links to Sigap, for e-mails, PDFs and QR codes: always built from PUBLIC_BASE_URL.

A link that leaves the page (a verification link in a mail, the QR code on a certificate, the dashboard link
in a digest) must point at the server members actually reach, and never at whatever the request's Host header
said: an attacker who can send a password reset with a forged Host would otherwise mail a member a link to
their own server. So every absolute URL comes from one setting (docs/configuration.md, PUBLIC_BASE_URL), and
PublicLinksMiddleware makes ``request.build_absolute_uri`` (which allauth, Wagtail and Django call) use it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MethodType
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.encoding import iri_to_uri


def public_url(location: str = "/", *, relative_to: str = "/") -> str:
    """``location`` as an absolute URL on the public server; an absolute ``location`` is kept as it is."""
    location = str(location)
    bits = urlsplit(location)
    if bits.scheme and bits.netloc:
        return iri_to_uri(location)
    base = settings.PUBLIC_BASE_URL
    if location.startswith("//"):
        # A scheme-relative URL names its own host: still only the path is taken from it.
        location = bits.path or "/"
        if bits.query:
            location += "?" + bits.query
    return iri_to_uri(urljoin(base + relative_to, location))


@dataclass(frozen=True)
class PublicSite:
    """What allauth's mails call ``current_site``: Sigap's name and the public host, not the request's."""

    name: str
    domain: str

    def __str__(self) -> str:
        return self.domain


def public_site() -> PublicSite:
    return PublicSite(
        name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.PUBLIC_BASE_URL).netloc
    )


def _build_absolute_uri(request, location=None) -> str:
    if location is None:
        location = request.get_full_path()
    return public_url(location, relative_to=request.path)


class PublicLinksMiddleware:
    """Every ``request.build_absolute_uri()`` answers with PUBLIC_BASE_URL's scheme and host.

    Only the links a response or a mail carries change: ``request.get_host()`` (ALLOWED_HOSTS, CSRF's origin
    check) still reads the request, so the site works under any name the operator allows.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.build_absolute_uri = MethodType(_build_absolute_uri, request)
        return self.get_response(request)
