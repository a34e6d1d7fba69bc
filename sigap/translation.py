"""Content fields kept in Indonesian and English side by side.

Sigap's content is written in Indonesian first; an English version is optional. ``TranslatedField`` picks the
one for the active language and falls back to Indonesian, the pattern Wagtail's docs describe for sites that
do not need a full per-locale page tree (https://docs.wagtail.org/en/stable/advanced_topics/i18n.html).
"""

from __future__ import annotations

from django.utils import translation


class TranslatedField:
    def __init__(self, indonesian_field: str, english_field: str):
        self.indonesian_field = indonesian_field
        self.english_field = english_field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if (translation.get_language() or "id").startswith("en"):
            english = getattr(instance, self.english_field)
            if english:
                return english
        return getattr(instance, self.indonesian_field)


def translated_value(value: dict, key: str):
    """The same choice for a StructBlock value holding ``key`` and ``key_en``."""
    if (translation.get_language() or "id").startswith("en") and value.get(f"{key}_en"):
        return value.get(f"{key}_en")
    return value.get(key)
