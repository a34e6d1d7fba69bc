"""The course page tree, enforced in code: CourseIndexPage → CoursePage → ModulePage → LessonPage.

Pages only gather what to show; reads go through courses.selectors and writes through courses.services.
"""

from __future__ import annotations

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from accounts.models import AgencyType, TaskForceLevel
from sigap.translation import TranslatedField

from ..blocks import TEXT_FEATURES, LessonBodyBlock
from .fields import ChoiceListField


class CourseIndexPage(Page):
    """The catalogue: every published course, with filters and search."""

    intro = RichTextField(_("introduction (Indonesian)"), features=TEXT_FEATURES, blank=True)
    intro_en = RichTextField(_("introduction (English)"), features=TEXT_FEATURES, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=120, blank=True)

    heading = TranslatedField("title", "title_en")
    intro_text = TranslatedField("intro", "intro_en")

    parent_page_types = ["sigap.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("intro_en"),
    ]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def serve(self, request, *args, **kwargs):
        from ..views import catalogue

        return catalogue(request, self)


class CoursePage(Page):
    class CompletionRule(models.TextChoices):
        REQUIRED = "required", _("Every required lesson done and every required quiz passed")
        ALL = "all", _("Every lesson done (optional ones too) and every required quiz passed")

    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    summary = models.TextField(_("summary (Indonesian)"), max_length=600)
    summary_en = models.TextField(_("summary (English)"), max_length=600, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    regulations = ParentalManyToManyField(
        "courses.Regulation",
        blank=True,
        related_name="courses",
        verbose_name=_("regulations covered"),
    )
    audience_agencies = ChoiceListField(
        _("agencies it is for"),
        choices_from=AgencyType,
        help_text=_("Leave all unticked for every agency."),
    )
    audience_levels = ChoiceListField(
        _("task-force levels it is for"),
        choices_from=TaskForceLevel,
        help_text=_("Leave all unticked for every level."),
    )
    objectives = models.TextField(
        _("learning objectives (Indonesian)"), help_text=_("One per line.")
    )
    objectives_en = models.TextField(
        _("learning objectives (English)"), blank=True, help_text=_("One per line.")
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=60)
    prerequisites = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="+",
        verbose_name=_("prerequisite courses"),
        help_text=_("Courses a member must complete before enrolling in this one."),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.REQUIRED,
    )
    certificate_enabled = models.BooleanField(_("issues a certificate"), default=True)

    heading = TranslatedField("title", "title_en")
    summary_text = TranslatedField("summary", "summary_en")
    objectives_text = TranslatedField("objectives", "objectives_en")

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("objectives"), FieldPanel("objectives_en")],
            heading=_("Learning objectives"),
        ),
        MultiFieldPanel(
            [FieldPanel("audience_agencies"), FieldPanel("audience_levels")], heading=_("Audience")
        ),
        FieldPanel("regulations"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("completion_rule"),
                FieldPanel("certificate_enabled"),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("summary"),
        index.SearchField("summary_en"),
        index.SearchField("objectives"),
        index.RelatedFields(
            "regulations", [index.SearchField("short_name"), index.SearchField("title_id")]
        ),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def objective_list(self) -> list[str]:
        return [line.strip() for line in (self.objectives_text or "").splitlines() if line.strip()]

    def live_prerequisites(self):
        """Published prerequisite courses (the relation may be in memory on an unsaved or previewed page)."""
        return CoursePage.objects.live().filter(
            pk__in=[course.pk for course in self.prerequisites.all()]
        )

    def is_for(self, *, agency: str | None = None, level: str | None = None) -> bool:
        agency_ok = not agency or not self.audience_agencies or agency in self.audience_agencies
        level_ok = not level or not self.audience_levels or level in self.audience_levels
        return agency_ok and level_ok

    def serve(self, request, *args, **kwargs):
        from ..views import course_detail

        return course_detail(request, self)


class ModulePage(Page):
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    intro = models.TextField(_("introduction (Indonesian)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    heading = TranslatedField("title", "title_en")
    intro_text = TranslatedField("intro", "intro_en")

    parent_page_types = ["courses.CoursePage"]
    # A course's final assessment is a quiz in its last module.
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("intro_en"),
    ]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        # A module is a heading in its course's outline, not a page of its own.
        return redirect(self.get_parent().url + f"#module-{self.pk}")


class LessonPage(Page):
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    summary_en = models.TextField(
        _("English summary"),
        blank=True,
        help_text=_("A short summary for members reading in English."),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson content"))
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=10)
    required = models.BooleanField(_("required for completion"), default=True)

    heading = TranslatedField("title", "title_en")

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("summary_en"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("required")], heading=_("Completion")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.SearchField("summary_en"),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from ..views import lesson_detail

        return lesson_detail(request, self)

    def serve_preview(self, request, mode_name):
        # Trainers preview drafts in the admin without being enrolled.
        return TemplateResponse(
            request, self.get_template(request), {"page": self, "self": self, "preview": True}
        )
