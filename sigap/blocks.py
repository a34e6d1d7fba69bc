from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class HighlightBlock(blocks.StructBlock):
    """A short card on the home page: what Sigap offers one kind of member, in Indonesian and English."""

    title = blocks.CharBlock(label=_("Title (Indonesian)"), max_length=80)
    title_en = blocks.CharBlock(label=_("Title (English)"), max_length=80, required=False)
    text = blocks.TextBlock(label=_("Text (Indonesian)"), max_length=400)
    text_en = blocks.TextBlock(label=_("Text (English)"), max_length=400, required=False)

    class Meta:
        icon = "pick"
        template = "sigap/blocks/highlight.html"
        label = _("Highlight")
        preview_value = {
            "title": "Belajar SOP layanan terpadu",
            "text": "Modul singkat yang bisa dibaca di ponsel.",
        }
