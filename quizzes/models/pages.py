"""The quiz page: questions written with StreamField blocks, and the settings that govern attempts.

Quizzes sit in a course module beside its lessons; a course's final assessment is a quiz in its last module.
The page itself shows the quiz's introduction, the member's attempts and a start button
(quizzes.views.quiz_detail); taking the quiz happens one question per screen in quizzes.views.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from sigap.translation import TranslatedField

from ..blocks import QuestionStreamBlock


class QuizPage(Page):
    class Mode(models.TextChoices):
        FINAL = "final", _("Graded quiz")
        PRETEST = (
            "pretest",
            _("Pre-test (not graded; measures what members knew before the course)"),
        )

    class FeedbackTiming(models.TextChoices):
        EACH = "each", _("After each question")
        SUBMISSION = "submission", _("After the quiz is submitted")
        PASSED = "passed", _("Only after passing")

    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    intro = models.TextField(_("introduction (Indonesian)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    mode = models.CharField(_("kind"), max_length=10, choices=Mode.choices, default=Mode.FINAL)
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Members must pass it to complete the course. Pre-tests never count."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for unlimited attempts."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no time limit. The limit is kept by the server."),
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Draw this many questions at random from the pool. Leave empty to ask them all."
        ),
    )
    feedback_timing = models.CharField(
        _("feedback shows"),
        max_length=12,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.SUBMISSION,
    )
    reveal_answers = models.BooleanField(
        _("reveal the correct answers after the last attempt"), default=True
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))

    heading = TranslatedField("title", "title_en")
    intro_text = TranslatedField("intro", "intro_en")

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("intro_en"),
        FieldPanel("questions"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldPanel("required"),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("draw_count")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldPanel("feedback_timing"),
                FieldPanel("reveal_answers"),
            ],
            heading=_("Quiz settings"),
        ),
    ] + Page.settings_panels

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def is_pretest(self) -> bool:
        return self.mode == self.Mode.PRETEST

    @property
    def counts_for_completion(self) -> bool:
        return self.required and not self.is_pretest

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_count > len(self.questions):
            raise ValidationError(
                {
                    "draw_count": _(
                        "The quiz has only %(count)d questions; draw that many or fewer."
                    )
                    % {"count": len(self.questions)}
                }
            )

    def serve(self, request, *args, **kwargs):
        from ..views import quiz_detail

        return quiz_detail(request, self)

    def serve_preview(self, request, mode_name):
        # Trainers preview a draft in the admin: every question with its answers and feedback.
        from ..questions import question_dicts

        questions = question_dicts(self.questions)
        for question in questions:
            question["type_label"] = self.questions.stream_block.child_blocks[
                question["type"]
            ].meta.label
        return TemplateResponse(
            request,
            "quizzes/quiz_preview.html",
            {"page": self, "self": self, "questions": questions},
        )
