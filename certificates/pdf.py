"""A certificate as a PDF: A4 landscape, rendered by xhtml2pdf with the fonts bundled in site/static/fonts.

The QR code (to the public verification page) is drawn here and embedded as a PNG data URI, logos and
signatures are read from media storage on disk, so rendering never touches the network.
"""

from __future__ import annotations

import base64
import unicodedata
from io import BytesIO

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

import qrcode

from sigap.links import public_url
from sigap.pdf import FONT_FAMILY, font_family_for, html_to_pdf

from .models import PLACEHOLDER_PATTERN


def verification_url(code: str) -> str:
    return public_url(reverse("certificates:verify", args=[code]))


def qr_data_uri(url: str) -> str:
    image = qrcode.make(url, box_size=6, border=2)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def fill(text: str, values: dict[str, str]) -> str:
    """Put the certificate's values into a template text ({name}, {course}, …; checked when saved).

    In one pass, so braces in a value (a name typed as "{course}") are printed as they are.
    """
    return PLACEHOLDER_PATTERN.sub(lambda match: values.get(match[1], match[0]), text)


#: The sizes the holder's name is printed in, largest first: the largest that keeps it to two lines.
NAME_SIZES_PT = (25, 22, 19, 16, 14)
#: The width of the name's line: the wording frame (25.3 cm) less the name's margins (50 pt each side), and
#: of two lines less a tenth for what word wrapping leaves at the end of the first.
NAME_LINE_PT = 617
NAME_ROOM_PT = 2 * NAME_LINE_PT * 0.9


def _em_width(text: str) -> float:
    """How wide ``text`` prints in the bold name fonts, in ems, near enough to choose a size: each script's
    letters as wide as they are on average in its bundled font (DejaVu Sans Bold 0.64 em, Noto Sans
    Javanese and Balinese 0.75–0.85, a Chinese ideograph 1), combining marks nothing."""
    width = 0.0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
            continue
        if unicodedata.east_asian_width(char) in {"W", "F"}:
            width += 1.0
        elif "\u1b00" <= char <= "\u1b7f" or "\ua980" <= char <= "\ua9df":
            width += 0.85
        else:
            width += 0.64
    return width


def name_size(name: str) -> int:
    """The font size (pt) of the holder's name: 25 pt, smaller for a long name, so that 120 characters
    still print on at most two lines within the page (the wording frame shrinks what still does not fit)."""
    width = _em_width(name)
    return next((size for size in NAME_SIZES_PT if width * size <= NAME_ROOM_PT), NAME_SIZES_PT[-1])


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


def _section(certificate, template, language: str) -> dict[str, str]:
    """The wording of one language of the certificate, with the labels around it in that language."""
    values = _values(certificate, language)
    title = template.title_en if language == "en" else template.title
    body = template.body_en if language == "en" else template.body
    with translation.override(language):
        return {
            "language": language,
            "title": fill(title, values),
            "body": fill(body, values),
            "presented_to": _("Presented to"),
            "valid_until": _("valid until %(date)s")
            % {"date": formats.date_format(certificate.expires_on, "j F Y")}
            if certificate.expires_on
            else "",
            "code_label": _("Verification code"),
        }


def _labels(sections: list[dict[str, str]], key: str, separator: str) -> str:
    return separator.join(dict.fromkeys(section[key] for section in sections if section[key]))


def render_pdf(certificate, template) -> bytes:
    """``template``: the CertificateTemplate as of the revision the certificate pins."""
    languages = {"id": ["id"], "en": ["en"]}.get(template.language, ["id", "en"])
    sections = [_section(certificate, template, language) for language in languages]
    url = verification_url(certificate.code)
    html = render_to_string(
        "certificates/pdf.html",
        {
            "certificate": certificate,
            "template": template,
            "sections": sections,
            "qr": qr_data_uri(url),
            "verify_url": url,
            "font_family": FONT_FAMILY,
            "name_size": name_size(certificate.holder_name),
            "name_font_family": font_family_for(certificate.holder_name),
            # Labels in each language of the certificate, once each: "Diberikan kepada · Presented to".
            "presented_to": _labels(sections, "presented_to", " · "),
            "valid_until": _labels(sections, "valid_until", " / "),
            "code_label": _labels(sections, "code_label", " / "),
        },
    )
    return html_to_pdf(html)
