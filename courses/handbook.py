"""The whole course as one PDF handbook (xhtml2pdf), for members who study offline or in a classroom."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from sigap.pdf import FONT_FAMILY, html_to_pdf

from .selectors import course_outline


def handbook_pdf(course, *, request=None) -> bytes:
    html = render_to_string(
        "courses/handbook.html",
        {
            "course": course,
            "outline": course_outline(course),
            "generated": timezone.now(),
            "font_family": FONT_FAMILY,
        },
        request=request,
    )
    return html_to_pdf(html)
