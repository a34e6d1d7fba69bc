"""Checks on what people type that more than one form needs."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: The longest e-mail address there is: RFC 5321's limit for a path, and the column every address is stored in
#: (``User.email`` and allauth's ``EmailAddress.email``, Django's and allauth's default of 254).
EMAIL_MAX_LENGTH = 254


def validate_email_length(value: str) -> None:
    """Refuse an address longer than any that can be stored or delivered.

    Django's form field lets up to 320 characters through (RFC 3696), and so do allauth's forms. SQLite
    would store a longer one anyway (it does not enforce lengths), and the next sign-up with it fails on the
    unique address; PostgreSQL refuses it at once. Either way the member would see a server error.
    """
    if len(value) > EMAIL_MAX_LENGTH:
        raise ValidationError(
            _(
                "An e-mail address can be at most %(limit)d characters long; this one has %(length)d."
            ),
            code="email_too_long",
            params={"limit": EMAIL_MAX_LENGTH, "length": len(value)},
        )
