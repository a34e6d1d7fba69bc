"""Coverage targets set by the ministry, and a record of the weekly digests sent to coordinators."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import Province, Regency


class CoverageTarget(models.Model):
    """How many members of one province, or one regency or city, should hold a valid certificate.

    A province without a target of its own is measured against the sum of its regencies' targets
    (coverage/selectors.py), so a ministry can set targets at either level.
    """

    province = models.OneToOneField(
        Province,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="coverage_target",
        verbose_name=_("province"),
    )
    regency = models.OneToOneField(
        Regency,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="coverage_target",
        verbose_name=_("regency or city"),
    )
    members = models.PositiveIntegerField(
        _("members to train"),
        help_text=_("How many members of this region should hold a valid certificate."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        verbose_name = _("coverage target")
        verbose_name_plural = _("coverage targets")
        ordering = ["province_id", "regency_id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(province__isnull=False, regency__isnull=True)
                    | Q(province__isnull=True, regency__isnull=False)
                ),
                name="coverage_target_one_region",
            )
        ]

    def __str__(self) -> str:
        return f"{self.region}: {self.members}"

    @property
    def region(self) -> Province | Regency | None:
        return self.regency or self.province

    @property
    def code(self) -> str:
        return self.regency_id or self.province_id or ""


class DigestDelivery(models.Model):
    """One weekly digest sent to one coordinator: a retried task never mails the same week twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    week_start = models.DateField(_("week beginning"))
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("coverage digest sent")
        verbose_name_plural = _("coverage digests sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "week_start"], name="digest_once_per_week")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.week_start}"
