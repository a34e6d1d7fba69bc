"""The whole course as one PDF handbook (xhtml2pdf), for members who study offline or in a classroom."""

from __future__ import annotations

from io import BytesIO

from django.template.loader import render_to_string
from django.utils import timezone

from xhtml2pdf import pisa

from sigap.pdf import font_urls, local_file, resource_policy

from .selectors import course_outline


class HandbookError(Exception):
    pass


def handbook_pdf(course, *, request=None) -> bytes:
    html = render_to_string(
        "courses/handbook.html",
        {
            "course": course,
            "outline": course_outline(course),
            "generated": timezone.now(),
            "fonts": font_urls(),
        },
        request=request,
    )
    output = BytesIO()
    result = pisa.CreatePDF(
        html,
        dest=output,
        encoding="utf-8",
        link_callback=local_file,
        resource_policy=resource_policy(),
    )
    if result.err:
        raise HandbookError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()
