"""Reads for certificates: a member's own, one by its verification code, and completions still without one."""

from __future__ import annotations

import re

from django.db.models import Exists, OuterRef

from courses.models import Enrolment

from .models import Certificate

CODE_CHARACTERS = re.compile(r"[^A-Z2-7]")


def normalise_code(code: str) -> str:
    """Codes are read off paper: accept lower case, spaces and dashes (ABCD-EFGH-…)."""
    return CODE_CHARACTERS.sub("", (code or "").upper())[:32]


def certificate_by_code(code: str) -> Certificate | None:
    code = normalise_code(code)
    if not code:
        return None
    return Certificate.objects.select_related("superseded_by").filter(code=code).first()


def certificates_of(user) -> list[Certificate]:
    return list(
        Certificate.objects.filter(user=user).select_related("superseded_by").order_by("-issued_at")
    )


def enrolments_missing_certificates() -> list[int]:
    """Completed enrolments in courses that issue certificates, with no certificate of that completion."""
    issued = Certificate.objects.filter(
        enrolment=OuterRef("pk"), source=Certificate.Source.COMPLETION
    )
    return list(
        Enrolment.objects.filter(completed_at__isnull=False, course__certificate_enabled=True)
        .filter(~Exists(issued))
        .values_list("pk", flat=True)
    )
