"""Absolute links to Sigap, for e-mails, PDFs and QR codes: always built from PUBLIC_BASE_URL.

A link that leaves the page (a verification link in a mail, the QR code on a certificate, the dashboard link
in a digest) must point at the server members actually reach, and never at whatever the request's Host header
said: an attacker who can send a password reset with a forged Host would otherwise mail a member a link to
their own server. So every absolute URL in a mail or a PDF comes from one setting (docs/configuration.md,
PUBLIC_BASE_URL). Pages themselves keep the request's own host: the browser that asked fetches their scripts
from it, and the Content-Security-Policy allows only that origin.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.encoding import iri_to_uri


def public_url(location: str = "/") -> str:
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
    return iri_to_uri(urljoin(base + "/", location))


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


def to_public_server(text: str, request) -> str:
    """``text`` with every link to the server the request came in on (its scheme and Host header) turned
    into one to the public server: allauth builds the links in its mails from the request."""
    if request is None:
        return text
    origin = f"{request.scheme}://{request.get_host()}"
    return (
        text
        if origin == settings.PUBLIC_BASE_URL
        else text.replace(origin, settings.PUBLIC_BASE_URL)
    )
