"""Certificate templates (edited in the admin) and the certificates issued from them.

An issued certificate snapshots everything it certifies (name, course title, completion date, score,
regulations, issuer) and pins the template revision it was rendered from, so later edits never change it
(edx GeneratedCertificate; MITx Online pins a page revision). Its PDF is stored beside the record with its
SHA-256. Certificates are never deleted: they are revoked or superseded by a corrected one, or withdrawn when
their holder deletes their account (then the name, score and PDF are erased and the record keeps answering
the QR code), and each change is recorded in CertificateEvent.
"""

from __future__ import annotations

import re
import secrets
from base64 import b32encode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin
from wagtail.search import index

from .blocks import LogoBlock, SignatoryBlock
from .storage import PrivateStorage

#: What a template's title and body may say, in braces: {name}, {course}, …
PLACEHOLDERS = {
    "name": _("the member's name as on their profile"),
    "course": _("the course title"),
    "date": _("the completion date"),
    "score": _("the best final quiz score, e.g. 85%"),
    "regulations": _("the regulations the course covers"),
    "number": _("the certificate number, e.g. SIGAP-2026-000123"),
}
PLACEHOLDER_PATTERN = re.compile(r"{([^{}]*)}")


def unknown_placeholders(text: str) -> list[str]:
    return sorted(
        {name for name in PLACEHOLDER_PATTERN.findall(text or "") if name not in PLACEHOLDERS}
    )


class CertificateTemplate(RevisionMixin, index.Indexed, models.Model):
    class Language(models.TextChoices):
        INDONESIAN = "id", _("Indonesian")
        ENGLISH = "en", _("English")
        BOTH = "both", _("Indonesian and English")

    name = models.CharField(_("name"), max_length=120, help_text=_("For trainers only."))
    course = models.OneToOneField(
        "courses.CoursePage",
        null=True,
        blank=True,
        # A deleted course's template goes with it, rather than silently becoming a site-wide default.
        on_delete=models.CASCADE,
        related_name="certificate_template",
        verbose_name=_("course"),
        help_text=_("Leave empty for the site-wide default used by every course without its own."),
    )
    language = models.CharField(
        _("language"), max_length=4, choices=Language.choices, default=Language.BOTH
    )
    title = models.CharField(_("title (Indonesian)"), max_length=120, default="Sertifikat")
    title_en = models.CharField(_("title (English)"), max_length=120, default="Certificate")
    body = models.TextField(
        _("text (Indonesian)"),
        help_text=_(
            "Placeholders: {name}, {course}, {date}, {score}, {regulations}, {number}. "
            "Any other word in braces is refused."
        ),
    )
    body_en = models.TextField(_("text (English)"), blank=True)
    signatories = StreamField(
        [("signatory", SignatoryBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("signatories"),
    )
    logos = StreamField([("logo", LogoBlock())], blank=True, max_num=3, verbose_name=_("logos"))
    issuer = models.CharField(
        _("issuer"),
        max_length=200,
        default="Gugus Tugas Pencegahan dan Penanganan TPPO",
        help_text=_("Shown on the certificate and on its public verification page."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        # Longer than the 30-day renewal window, so a renewed certificate is not renewable at once.
        validators=[MinValueValidator(2)],
        help_text=_(
            "Members are reminded to recertify before it ends. Leave empty: never expires."
        ),
    )
    # No GenericRelation to the revisions on purpose: issued certificates pin them (PROTECT), and deleting a
    # template must leave those revisions in place.

    panels = [
        FieldPanel("name"),
        FieldPanel("course"),
        FieldPanel("language"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]),
                FieldPanel("body"),
                FieldPanel("body_en"),
            ],
            heading=_("Wording"),
        ),
        FieldPanel("issuer"),
        FieldPanel("signatories"),
        FieldPanel("logos"),
        FieldPanel("validity_months"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        for field in ("title", "title_en", "body", "body_en"):
            unknown = unknown_placeholders(getattr(self, field))
            if unknown:
                errors[field] = _(
                    "Unknown placeholder: %(names)s. Use only {name}, {course}, {date}, {score}, "
                    "{regulations} or {number}."
                ) % {"names": ", ".join("{" + name + "}" for name in unknown)}
        if self.language in (self.Language.ENGLISH, self.Language.BOTH) and not self.body_en:
            errors["body_en"] = _("Write the English text for an English or bilingual certificate.")
        if errors:
            raise ValidationError(errors)


def new_verification_code() -> str:
    """80 random bits as 16 characters of base32 (no 0/1/8/9 confusion, not sequential)."""
    return b32encode(secrets.token_bytes(10)).decode()


class NumberSequence(models.Model):
    """The last certificate number given out per year (SIGAP-<year>-<number>), taken under a row lock."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Replaced by a corrected certificate")
        # The holder deleted their account (accounts/privacy.py): not revoked for a fault, and not a
        # 404 either, because third parties may still hold the paper or its QR code.
        WITHDRAWN = "withdrawn", _("Withdrawn at the holder's request")

    class Source(models.TextChoices):
        COMPLETION = "completion", _("Course completed on Sigap")
        CLASSROOM = "classroom", _("Classroom training")

    number = models.CharField(_("number"), max_length=32, unique=True)
    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=new_verification_code
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("member"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("course"),
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("enrolment"),
    )
    source = models.CharField(
        _("source"), max_length=12, choices=Source.choices, default=Source.COMPLETION
    )
    #: "enrolment:<id>:<completion time>" for the certificate of one completion: at most one, ever.
    completion_key = models.CharField(
        max_length=80, null=True, blank=True, unique=True, editable=False
    )
    template_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("template revision"),
    )
    # What it certifies, as it was when issued.
    holder_name = models.CharField(_("name"), max_length=200)
    course_title = models.CharField(_("course title"), max_length=255)
    course_title_en = models.CharField(_("course title (English)"), max_length=255, blank=True)
    completed_on = models.DateField(_("completed on"))
    score = models.FloatField(_("score (%)"), null=True, blank=True)
    regulations = models.TextField(_("regulations covered"), blank=True)
    issuer = models.CharField(_("issuer"), max_length=200)
    language = models.CharField(_("language"), max_length=4)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.VALID, db_index=True
    )
    superseded_by = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supersedes",
        verbose_name=_("replaced by"),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/%Y/", max_length=200, storage=PrivateStorage()
    )
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64)
    reminded_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)
    #: When the holder deleted their account and Sigap erased their name, score and PDF from this record.
    holder_erased_at = models.DateTimeField(_("holder's details erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        indexes = [
            models.Index(fields=["course", "issued_at"]),
            models.Index(fields=["expires_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="superseded") | Q(superseded_by__isnull=False),
                name="certificate_superseded_points_to_its_successor",
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def is_expired(self) -> bool:
        return self.expires_on is not None and self.expires_on < timezone.localdate()

    @property
    def state(self) -> str:
        """valid, revoked, superseded, withdrawn or expired: what the verification page says."""
        if self.status != self.Status.VALID:
            return self.status
        return "expired" if self.is_expired else "valid"


class CertificateEvent(models.Model):
    """The audit trail: who issued, revoked, replaced or re-rendered a certificate, when and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Replaced by a corrected certificate")
        REGENERATED = "regenerated", _("PDF regenerated")
        REMINDED = "reminded", _("Expiry reminder sent")
        ERASED = "erased", _("Holder deleted their account: name and PDF erased")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.PROTECT, related_name="events", verbose_name=_("certificate")
    )
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at"]

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.action}"


class Renewal(models.Model):
    """A member renewing their certificate for a course: they pass the course's final quiz again, and a new
    certificate is issued while the old ones (and the first completion) stay in the history."""

    enrolment = models.ForeignKey(
        "courses.Enrolment",
        on_delete=models.CASCADE,
        related_name="renewals",
        verbose_name=_("enrolment"),
    )
    renews = models.ForeignKey(
        Certificate,
        on_delete=models.PROTECT,
        related_name="renewals",
        verbose_name=_("certificate renewed"),
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    completed_at = models.DateTimeField(_("passed again"), null=True, blank=True)

    class Meta:
        verbose_name = _("renewal")
        verbose_name_plural = _("renewals")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(completed_at__isnull=True),
                name="renewal_one_open_per_enrolment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} since {self.started_at:%Y-%m-%d}"
