"""The one place where HTML from users is cleaned, on the way in (bleach).

Everything a member types that may be shown again as HTML passes through here before it is stored, so a later
change of sanitiser touches this file only.
"""

from __future__ import annotations

import bleach

# Plain formatting only: no links, images, styles or scripts in learners' own notes.
ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "b", "i", "ul", "ol", "li"})


def clean_html(value: str) -> str:
    """Keep simple formatting, drop every other tag (and its event handlers and scripts)."""
    cleaned = bleach.clean(
        value or "", tags=ALLOWED_TAGS, attributes={}, protocols=[], strip=True, strip_comments=True
    )
    return cleaned.strip()
