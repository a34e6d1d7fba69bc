"""The home page and the site-wide settings the ministry edits in the Wagtail admin."""

from __future__ import annotations

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

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
    subpage_types = ["courses.CourseIndexPage"]

    content_panels = Page.content_panels + [
        FieldPanel("heading_en"),
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("intro_en")], heading=_("Introduction")),
        FieldPanel("highlights"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("intro_en")]

    def route(self, request, path_components):
        """Find a descendant by its URL in one query instead of two per level of the tree.

        Lessons sit five levels down (catalogue, course, module, lesson), where Wagtail's level-by-level
        routing costs ten queries. As in Wagtail, only the page served must be live. Anything that is not a
        page's own URL (a sub-route of a RoutablePage, say) falls back to Wagtail's routing.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = (
                Page.objects.filter(url_path=url_path, path__startswith=self.path, live=True)
                .specific(defer=False)
                .first()
            )
            if page is not None:
                return RouteResult(page)
        return super().route(request, path_components)

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

    @classmethod
    def for_site(cls, site):
        """Read on every page (the footer): kept in the cache between requests, refreshed when saved."""
        key = cls.cache_key(site.pk)
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, 3600)
        return instance

    @staticmethod
    def cache_key(site_id) -> str:
        return f"sigap:site-settings:{site_id}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(self.cache_key(self.site_id))

    @property
    def whatsapp_link(self) -> str:
        """wa.me wants the international number in digits: 08111-129-129 → 628111129129."""
        digits = "".join(ch for ch in self.hotline_whatsapp if ch.isdigit())
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        return f"https://wa.me/{digits}"

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


class TaskWorker(models.Model):
    """A running task worker (`manage.py db_worker`) and when the database last heard from it.

    Kept by sigap/workers.py: a worker that stops writing here has died, and the task it left running is
    queued again. ``seen_at`` comes from the database's clock, so workers on several machines compare times
    without trusting each other's clocks. Only the machine's name and a process id: nothing personal.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, primary_key=True)
    hostname = models.CharField(_("host name"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started at"))
    seen_at = models.DateTimeField(_("last seen at"), db_index=True)

    class Meta:
        verbose_name = _("task worker")
        verbose_name_plural = _("task workers")

    def __str__(self) -> str:
        return f"{self.hostname}:{self.pid} ({self.worker_id})"
