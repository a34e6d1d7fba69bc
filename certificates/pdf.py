"""A certificate as a PDF: A4 landscape, rendered by xhtml2pdf with the fonts bundled in site/static/fonts.

The QR code (to the public verification page) is drawn here and embedded as a PNG data URI, logos and
signatures are read from media storage on disk, so rendering never touches the network.
"""

from __future__ import annotations

import base64
from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation

import qrcode
from xhtml2pdf import pisa

from sigap.pdf import local_file


class CertificateRenderError(Exception):
    pass


def verification_url(code: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:verify", args=[code])


def qr_data_uri(url: str) -> str:
    image = qrcode.make(url, box_size=6, border=2)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def fill(text: str, values: dict[str, str]) -> str:
    """Put the certificate's values into a template text ({name}, {course}, …; checked when saved)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _values(certificate, language: str) -> dict[str, str]:
    with translation.override(language):
        course = (language == "en" and certificate.course_title_en) or certificate.course_title
        return {
            "name": certificate.holder_name,
            "course": course,
            "date": formats.date_format(certificate.completed_on, "j F Y"),
            "score": "" if certificate.score is None else f"{certificate.score:.0f}%",
            "regulations": certificate.regulations,
            "number": certificate.number,
        }


def render_pdf(certificate, template) -> bytes:
    """``template``: the CertificateTemplate as of the revision the certificate pins."""
    languages = {"id": ["id"], "en": ["en"]}.get(template.language, ["id", "en"])
    sections = []
    for language in languages:
        values = _values(certificate, language)
        title = template.title_en if language == "en" else template.title
        body = template.body_en if language == "en" else template.body
        sections.append(
            {"language": language, "title": fill(title, values), "body": fill(body, values)}
        )
    url = verification_url(certificate.code)
    html = render_to_string(
        "certificates/pdf.html",
        {
            "certificate": certificate,
            "template": template,
            "sections": sections,
            "qr": qr_data_uri(url),
            "verify_url": url,
            "expires_on": certificate.expires_on,
        },
    )
    output = BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", link_callback=local_file)
    if result.err:
        raise CertificateRenderError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()
