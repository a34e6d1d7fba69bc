"""Shared by the PDFs Sigap renders with xhtml2pdf (course handbooks, certificates)."""

from __future__ import annotations

import base64
import mimetypes
import re
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, default_storage

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy
from xhtml2pdf.default import DEFAULT_CSS


@dataclass(frozen=True)
class FontFamily:
    """A family bundled in site/static/fonts, declared to xhtml2pdf with @font-face.

    ``faces`` are by their unhashed static paths: local_file finds them with the staticfiles finders, which
    know the source files and not the hashed names ManifestStaticFilesStorage gives out in production
    ({% static %} would give those). ``script`` matches the characters the family is there for; a family
    without one is declared in every PDF.
    """

    name: str
    faces: dict[str, str] = field(hash=False)
    script: re.Pattern[str] | None = None

    def needed_by(self, text: str) -> bool:
        return self.script is None or self.script.search(text) is not None


def _upright(regular: str, bold: str) -> dict[str, str]:
    """The faces of a family with no italic: its upright faces stand in for the italic ones. Named
    outright, because xhtml2pdf fills a style nobody declared with the face declared last, and the
    English text, in italic, came out in bold."""
    return {"regular": regular, "bold": bold, "italic": regular, "bold_italic": bold}


#: Every bundled family, in the order a character looks for its glyph (FONT_FAMILY). ReportLab draws a run
#: of text in one font and has no fallback of its own; xhtml2pdf reads a font-family list the way CSS does,
#: per character (the first family with a glyph draws it), so one list serves every script. DejaVu Sans
#: draws Latin, Greek and Cyrillic; the others cover the scripts of names it has no glyphs for.
FAMILIES = (
    FontFamily(
        "DejaVu",
        {
            "regular": "fonts/DejaVuSans.ttf",
            "bold": "fonts/DejaVuSans-Bold.ttf",
            "italic": "fonts/DejaVuSans-Oblique.ttf",
            "bold_italic": "fonts/DejaVuSans-BoldOblique.ttf",
        },
    ),
    # After DejaVu, which has the Arabic letters and their joined forms, but not all of Pegon's (ݢ, ۑ).
    # Not before it: Noto Sans Arabic has digits and a few marks too, and its lines are twice as tall as
    # DejaVu's, so every line with a number in it would have been; the name puts it first (font_family_for).
    FontFamily(
        "NotoSansArabic",
        _upright("fonts/NotoSansArabic-Regular.ttf", "fonts/NotoSansArabic-Bold.ttf"),
        re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    ),
    FontFamily(
        "NotoSansJavanese",
        _upright("fonts/NotoSansJavanese-Regular.ttf", "fonts/NotoSansJavanese-Bold.ttf"),
        re.compile("[\ua980-\ua9df]"),
    ),
    FontFamily(
        "NotoSansBalinese",
        _upright("fonts/NotoSansBalinese-Regular.ttf", "fonts/NotoSansBalinese-Bold.ttf"),
        re.compile("[\u1b00-\u1b7f]"),
    ),
    # Chinese (and Japanese kanji and kana): the 27,484 ideographs of the basic block and extension A. Debian's
    # Noto CJK has PostScript (CFF) outlines, which ReportLab cannot embed as they are, and is 56 MB; this is
    # TrueType and 4 MB (site/static/fonts/README.md).
    FontFamily(
        "DroidSansFallback",
        {"regular": "fonts/DroidSansFallbackFull.ttf"},
        re.compile(
            "[\u2e80-\u2fdf\u3000-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
        ),
    ),
)

#: The font-family list the PDF templates give their text.
FONT_FAMILY = ", ".join(family.name for family in FAMILIES)


def font_family_for(text: str) -> str:
    """FONT_FAMILY with the families of the scripts ``text`` is written in first, DejaVu next: for a
    holder's name in Arabic script, whose letters are then all drawn in one design, Noto Sans Arabic (DejaVu
    has most of them, and would have drawn those)."""
    return ", ".join(
        family.name
        for family in sorted(
            FAMILIES, key=lambda family: not (family.script and family.needed_by(text))
        )
    )


_STYLES = {
    "regular": "",
    "bold": " font-weight: bold;",
    "italic": " font-style: italic;",
    "bold_italic": " font-weight: bold; font-style: italic;",
}


def font_faces(text: str) -> str:
    """The @font-face rules for the families ``text`` needs: DejaVu always, a script's family only when the
    text has that script. Each declared face costs xhtml2pdf a read of its file per document (it checks the
    file is the one it registered), 4 MB for the Chinese one, so a Latin certificate declares none of them."""
    return "\n".join(
        f'@font-face {{ font-family: {family.name}; src: url("{settings.STATIC_URL}{path}");{_STYLES[style]} }}'
        for family in FAMILIES
        if family.needed_by(text)
        for style, path in family.faces.items()
    )


def resource_policy() -> ResourceAccessPolicy:
    """What a PDF may read: media (logos, signatures, lesson images) and the static files (fonts), nothing
    remote. xhtml2pdf otherwise confines local reads to the working directory, which silently drops images
    and fonts wherever MEDIA_ROOT or the static files live outside it."""
    roots = [Path(settings.MEDIA_ROOT), *map(Path, settings.STATICFILES_DIRS)]
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT))
    return ResourceAccessPolicy(base_dir=roots[0], extra_roots=tuple(roots[1:]), allow_remote=False)


def _media_name(uri: str) -> str | None:
    """The storage name behind a media URL: under MEDIA_URL on the filesystem, under the storage's own
    address on object storage (MEDIA_STORAGE=s3)."""
    for base in dict.fromkeys([settings.MEDIA_URL, default_storage.url("")]):
        if base and uri.startswith(base):
            return unquote(uri.removeprefix(base))
    return None


def _media_file(name: str) -> str:
    """A media file as xhtml2pdf reads it: its path on disk, or, on object storage (MEDIA_STORAGE=s3), its
    bytes inline, read through the storage's own client, so logos and signatures print wherever media lives."""
    if isinstance(default_storage, FileSystemStorage):
        try:
            path = Path(default_storage.path(name))
        except SuspiciousFileOperation:
            return ""
        return str(path) if path.is_file() else ""
    try:
        if not default_storage.exists(name):
            return ""
        with default_storage.open(name, "rb") as file:
            data = file.read()
    except (OSError, SuspiciousFileOperation):
        return ""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"data:{content_type};base64,{base64.b64encode(data).decode()}"


def local_file(uri: str, rel: str | None = None) -> str:
    """Map media and /static/ URLs in the HTML to files; xhtml2pdf never fetches over the network."""
    name = _media_name(uri)
    if name is not None:
        return _media_file(name)
    if uri.startswith(settings.STATIC_URL):
        found = finders.find(uri.removeprefix(settings.STATIC_URL))
        return found if found and Path(found).is_file() else ""
    return ""


class PdfError(Exception):
    """xhtml2pdf could not render the document."""


def html_to_pdf(html: str) -> bytes:
    """Render Sigap's HTML to PDF: local media and static files only (fonts bundled), nothing remote.

    The bundled fonts are declared here, for the scripts the HTML has, and not in the templates, which
    name them with FONT_FAMILY: a template cannot know which scripts its names and titles are in."""
    output = BytesIO()
    result = pisa.CreatePDF(
        html,
        dest=output,
        encoding="utf-8",
        default_css=DEFAULT_CSS + font_faces(html),
        link_callback=local_file,
        resource_policy=resource_policy(),
    )
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()
