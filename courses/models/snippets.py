"""Regulations and glossary terms: reusable snippets that lessons cite, each with its own admin."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from sigap.translation import TranslatedField


class Regulation(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        UU = "uu", _("Law (UU)")
        PP = "pp", _("Government regulation (PP)")
        PERPRES = "perpres", _("Presidential regulation (Perpres)")
        PERMEN = "permen", _("Ministerial regulation (Permen)")
        PERMA = "perma", _("Supreme Court regulation (Perma)")
        INTERNATIONAL = "international", _("International instrument")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("Amended")
        REVOKED = "revoked", _("Revoked")

    SHORT_KIND = {
        "uu": "UU",
        "pp": "PP",
        "perpres": "Perpres",
        "permen": "Permen",
        "perma": "Perma",
    }

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    issuer = models.CharField(
        _("issuing ministry"),
        max_length=20,
        blank=True,
        help_text=_("For ministerial regulations, e.g. PPPA."),
    )
    number = models.CharField(_("number"), max_length=20, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    title_id = models.CharField(_("title (Indonesian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_(
            "How lessons cite it, e.g. “UU 21/2007”. Filled in from kind, number and year when empty."
        ),
    )
    source_url = models.URLField(
        _("official source"), blank=True, help_text=_("The official text, e.g. on JDIH.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attached PDF"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    amended_by = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="amends", verbose_name=_("amended by")
    )

    title = TranslatedField("title_id", "title_en")

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("issuer")]),
                FieldRowPanel([FieldPanel("number"), FieldPanel("year")]),
            ],
            heading=_("Citation"),
        ),
        FieldPanel("title_id"),
        FieldPanel("title_en"),
        FieldPanel("short_name"),
        FieldPanel("status"),
        FieldPanel("amended_by"),
        FieldPanel("source_url"),
        FieldPanel("document"),
    ]
    search_fields = [
        index.SearchField("title_id"),
        index.SearchField("title_en"),
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("regulation")
        verbose_name_plural = _("regulations")
        ordering = ["kind", "-year", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "issuer", "number", "year"], name="regulation_unique_citation"
            )
        ]

    def __str__(self) -> str:
        return self.short_name or self.default_short_name()

    def save(self, *args, **kwargs):
        if not self.short_name:
            self.short_name = self.default_short_name()
        super().save(*args, **kwargs)

    def default_short_name(self) -> str:
        kind = self.SHORT_KIND.get(self.kind)
        if kind is None:
            return f"{self.title_id} ({self.year})"
        issuer = f" {self.issuer}" if self.issuer else ""
        return f"{kind}{issuer} {self.number}/{self.year}"


class GlossaryTerm(index.Indexed, models.Model):
    term = models.CharField(_("term (Indonesian)"), max_length=100, unique=True)
    gloss_en = models.CharField(_("English gloss"), max_length=200, blank=True)
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("gloss_en"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("gloss_en"),
        index.SearchField("definition"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term
