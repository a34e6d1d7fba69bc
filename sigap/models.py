"""The home page and the site-wide settings the ministry edits in the Wagtail admin."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import HighlightBlock
from .translation import TranslatedField

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HomePage(Page):
    heading_en = models.CharField(_("heading (English)"), max_length=120, blank=True)
    intro = RichTextField(_("introduction (Indonesian)"), features=INTRO_FEATURES, blank=True)
    intro_en = RichTextField(_("introduction (English)"), features=INTRO_FEATURES, blank=True)
    highlights = StreamField(
        [("highlight", HighlightBlock())], blank=True, verbose_name=_("highlights"), max_num=6
    )

    heading = TranslatedField("title", "heading_en")
    intro_text = TranslatedField("intro", "intro_en")

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    # Later issues add the course catalogue beneath the home page.
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("heading_en"),
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("intro_en")], heading=_("Introduction")),
        FieldPanel("highlights"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("intro_en")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details shown in every page's footer."""

    hotline_number = models.CharField(
        _("hotline number"),
        max_length=30,
        default="129",
        help_text=_(
            "SAPA 129, the Ministry of Women's Empowerment and Child Protection's complaint line."
        ),
    )
    hotline_whatsapp = models.CharField(
        _("hotline WhatsApp"), max_length=30, default="08111-129-129"
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        default="Gugus Tugas Pencegahan dan Penanganan TPPO",
    )
    contact_email = models.EmailField(_("contact e-mail for support"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("hotline_number"), FieldPanel("hotline_whatsapp")],
            heading=_("SAPA 129 hotline"),
        ),
        FieldPanel("organisation"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
