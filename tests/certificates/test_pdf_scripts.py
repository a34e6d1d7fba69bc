"""Names in every script a task force's members write them in print as their letters, not as empty boxes: each
character is drawn from a bundled font that has it (read from the PDF), its rasterised glyph is not the
missing-glyph box, pdftotext gives the name back, and a 120-character name stays on the page in its place.

The raster and text checks run poppler's pdftoppm and pdftotext (Debian's poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from functools import cache
from html import unescape
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.utils.html import escape

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from certificates.pdf import render_pdf
from courses.handbook import handbook_pdf
from sigap.pdf import FONT_FAMILY, html_to_pdf
from tests.certificates.factories import make_certificate, make_template
from tests.courses.factories import make_course

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
        reason="pdftoppm and pdftotext are not installed (apt-get install poppler-utils)",
    ),
]

FONTS_DIR = Path(settings.BASE_DIR) / "site" / "static" / "fonts"

#: A name in each script, and the bundled font its letters must be drawn in (the name is bold).
NAMES = {
    "javanese": ("ꦱꦶꦠꦶ ꦫꦲꦪꦸ", "NotoSansJavanese-Bold"),
    "balinese": ("ᬳᬦᬓ᭄ ᬅᬕᬸᬂ", "NotoSansBalinese-Bold"),
    "chinese": ("陈美玲", "DroidSansFallback"),
    "arabic": ("محمد عبد الله", "NotoSansArabic-Bold"),
    "pegon": ("ڤيݢون ڠاجي", "NotoSansArabic-Bold"),
    "greek": ("Ελένη Παπαδοπούλου", "DejaVuSans-Bold"),
    "cyrillic": ("Мария Иванова", "DejaVuSans-Bold"),
    "mixed": ("Siti ꦱꦶꦠꦶ 陈美玲 Ελένη", "NotoSansJavanese-Bold"),
}

#: An unassigned code point: no font has a glyph for it, so it prints as the missing-glyph box.
MISSING = "\u0378"

LONG_NAMES = {
    "latin": ("Ni Luh Putu Ayu Kusumawardhani Śrī Wedhasmara Dewi Anggraeni " * 3)[:120].strip(),
    "javanese": ("ꦱꦶꦠꦶ ꦫꦲꦪꦸ ꦏꦸꦱꦸꦩ " * 10)[:120].strip(),
    "chinese (no spaces to wrap at)": ("陈美玲王小明李华" * 20)[:120],
}

#: The wording frame of certificates/templates/certificates/pdf.html (left 2.2 cm, width 25.3 cm), in pt.
FRAME_LEFT, FRAME_RIGHT = 2.2 / 2.54 * 72, (2.2 + 25.3) / 2.54 * 72


@cache
def bundled_fonts() -> dict[str, frozenset[int]]:
    """The code points each bundled font has a glyph for, by its PostScript name (the PDF's BaseFont)."""
    fonts = {}
    for path in FONTS_DIR.glob("*.ttf"):
        font = TTFontFile(str(path), validate=0)
        fonts[font.name.decode()] = frozenset(font.charToGlyph)
    return fonts


def normalised(text: str) -> str:
    """Text as a reader compares it: Arabic presentation forms (the joined letters drawn) as the letters they
    are, without the bidi marks pdftotext adds around a right-to-left run, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def pdftotext(pdf: bytes, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def words(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """pdftotext -bbox: each word with xMin, yMin, xMax, yMax in pt from the top left of the page."""
    html = pdftotext(pdf, "-bbox")
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (unescape(text), float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in re.findall(pattern, html)
    ]


def page_size(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


def drawn_text_by_font(pdf: bytes) -> list[tuple[str, str]]:
    """(text, font's PostScript name) for every run of text the page draws."""
    runs = []

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            runs.append((text, font["/BaseFont"].split("+")[-1]))

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def name_lines(pdf: bytes) -> tuple[list[tuple], tuple, tuple]:
    """The name's words, the last word above them ("to" of "Presented to") and the first below (the text)."""
    found = words(pdf)
    start = (
        next(
            i for i, word in enumerate(found) if word[0] == "to" and found[i - 1][0] == "Presented"
        )
        + 1
    )
    end = next(i for i in range(start, len(found)) if found[i][0] == "Diberikan")
    return found[start:end], found[start - 1], found[end]


@pytest.fixture
def certificate():
    course = make_course(lessons_per_module=1, title="Identifikasi Korban TPPO")
    template = make_template(course=course, issuer="Gugus Tugas PP-TPPO Provinsi Bali")
    return make_certificate(course=course), template.latest_revision.as_object()


def render_for(certificate, name: str) -> bytes:
    holder, template = certificate
    holder.holder_name = name
    return render_pdf(holder, template)


@pytest.mark.parametrize(("name", "font"), NAMES.values(), ids=NAMES.keys())
def test_every_letter_of_the_name_is_drawn_in_an_embedded_font_that_has_it(certificate, name, font):
    pdf = render_for(certificate, name)

    runs = drawn_text_by_font(pdf)

    fonts = bundled_fonts()
    assert font in {used for _text, used in runs}
    for text, used in runs:
        assert used in fonts, f"{text!r} is drawn in {used}, which is not a bundled font"
        missing = [char for char in text if not char.isspace() and ord(char) not in fonts[used]]
        assert not missing, f"{used} has no glyph for {missing} of {text!r}"
    reader = PdfReader(BytesIO(pdf))
    for resource in reader.pages[0]["/Resources"]["/Font"].values():
        resource = resource.get_object()
        if resource["/BaseFont"].endswith(font):
            assert (
                "/FontFile2" in resource["/FontDescriptor"].get_object()
            )  # embedded, as a TrueType subset


@pytest.mark.parametrize(("name", "_font"), NAMES.values(), ids=NAMES.keys())
def test_pdftotext_gives_the_name_back(certificate, name, _font):
    text = pdftotext(render_for(certificate, name))

    assert normalised(name) in normalised(text)


def glyph_images(characters: list[str], folder: Path) -> list[Image.Image]:
    """Each character alone on a page of a PDF from the same renderer and fonts as a certificate (bold, as the
    name is), rasterised: one image per character, each drawn at the same place on a page of the same size."""
    html = (
        "<html><head><style>@page { size: 6cm 6cm; margin: 1cm 1cm 0.5cm 1.5cm; }"
        f"p {{ font-family: {FONT_FAMILY}; font-weight: bold; font-size: 36pt; margin: 0; }}"
        "</style></head><body>"
        + "<pdf:nextpage>".join(f"<p>{escape(char)}</p>" for char in characters)
        + "</body></html>"
    )
    pdf = folder / "glyphs.pdf"
    pdf.write_bytes(html_to_pdf(html))
    subprocess.run(["pdftoppm", "-r", "144", "-png", str(pdf), str(folder / "glyph")], check=True)
    pages = sorted(folder.glob("glyph-*.png"))
    assert len(pages) == len(characters)
    return [Image.open(page).convert("L") for page in pages]


def difference(one: Image.Image, other: Image.Image) -> float:
    """Mean difference of two greyscale images, 0 (the same) to 255."""
    return ImageStat.Stat(ImageChops.difference(one, other)).mean[0]


@pytest.mark.parametrize(("name", "_font"), NAMES.values(), ids=NAMES.keys())
def test_no_letter_of_the_name_prints_as_the_missing_glyph_box(certificate, name, _font, tmp_path):
    assert all(ord(MISSING) not in covered for covered in bundled_fonts().values())
    # The glyphs the certificate draws: for Arabic the joined forms, which pdftotext reads back as they are.
    text = pdftotext(render_for(certificate, name))
    line = next(line for line in text.splitlines() if normalised(line) == normalised(name))
    characters = sorted(
        {char for char in line if not char.isspace() and unicodedata.category(char) != "Cf"}
    )

    *letters, box, another_box = glyph_images([*characters, MISSING, MISSING], tmp_path)

    # Rendering is deterministic: the box is the box to the pixel, and a missing letter would be too (a Thai
    # letter, which no bundled font has, differs from it by 0.0; the smallest bundled mark, Balinese cecek, by 2).
    assert difference(box, another_box) < 0.05
    for character, image in zip(characters, letters, strict=True):
        assert image.getextrema()[0] < 128, f"{character!r} (U+{ord(character):04X}) prints nothing"
        assert difference(image, box) > 0.5, (
            f"{character!r} (U+{ord(character):04X}) prints as the box"
        )


@pytest.mark.parametrize("name", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_a_120_character_name_stays_on_the_page_between_the_label_and_the_text(certificate, name):
    assert len(name) >= 119
    pdf = render_for(certificate, name)
    width, height = page_size(pdf)

    name_words, above, below = name_lines(pdf)

    assert normalised("".join(word[0] for word in name_words)) == normalised(name.replace(" ", ""))
    for _text, x0, y0, x1, y1 in name_words:
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height  # on the page
        assert x0 >= FRAME_LEFT - 1 and x1 <= FRAME_RIGHT + 1  # within the wording's frame
        assert y0 >= above[4] - 1  # below "Presented to"
        assert y1 <= below[2] + 1  # above the text that follows


@pytest.mark.parametrize(
    "name", [LONG_NAMES["latin"], LONG_NAMES["javanese"]], ids=["latin", "javanese"]
)
def test_a_120_character_name_prints_in_two_lines_at_most(certificate, name):
    name_words, _above, _below = name_lines(render_for(certificate, name))

    assert len({round(word[2]) for word in name_words}) <= 2


def test_a_latin_certificate_embeds_no_font_for_other_scripts(certificate):
    """The fonts for other scripts cost a certificate nothing when its texts are in none of them."""
    pdf = render_for(certificate, "Ni Luh Putu Ayu Kusumawardhani")

    fonts = {
        resource.get_object()["/BaseFont"].split("+")[-1]
        for resource in PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    }

    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "/Helvetica"}


def test_the_course_handbook_prints_a_title_in_javanese_and_chinese():
    """The handbook goes through the same renderer: its text finds the same fonts."""
    course = make_course(lessons_per_module=1, title="Pelatihan ꦱꦶꦠꦶ 陈美玲")

    pdf = handbook_pdf(course)

    assert "Pelatihan ꦱꦶꦠꦶ 陈美玲" in normalised(pdftotext(pdf))
    drawn = {font for _text, font in drawn_text_by_font(pdf)}
    assert {"NotoSansJavanese-Bold", "DroidSansFallback"} <= drawn
