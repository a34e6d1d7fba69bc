"""Accounts: the e-mail-login user, Indonesia's regions, the task-force profile and coordinator scopes."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

CERTIFICATE_NAME_MAX_LENGTH = 100


class UserManager(BaseUserManager):
    """Users are identified by e-mail alone; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in with an e-mail address.

    The name printed on certificates lives on the profile (``Profile.full_name``); first and last name are
    kept only because Wagtail's user admin asks for them when staff create an account by hand.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    def get_full_name(self) -> str:
        profile = getattr(self, "profile", None)
        if profile is not None and profile.full_name:
            return profile.full_name
        return super().get_full_name() or self.email

    def get_short_name(self) -> str:
        return self.get_full_name()


def regency_in_province(regency_code: str, province_code: str) -> bool:
    """Kemendagri codes nest: regency 32.73 lies in province 32."""
    return regency_code.startswith(f"{province_code}.")


def validate_regency_in_province(province_code: str | None, regency_code: str | None) -> None:
    if province_code and regency_code and not regency_in_province(regency_code, province_code):
        raise ValidationError(
            {"regency": _("Choose a regency or city in the province you selected.")}
        )


class Province(models.Model):
    """One of Indonesia's 38 provinces, keyed by its Kemendagri code (e.g. "32" = Jawa Barat)."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Regency(models.Model):
    """A regency (kabupaten) or city (kota), keyed by its Kemendagri code (e.g. "32.73" = Kota Bandung)."""

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="regencies", verbose_name=_("province")
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("regency or city")
        verbose_name_plural = _("regencies and cities")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class AgencyType(models.TextChoices):
    POLICE = "police", _("Police (Polri)")
    PROSECUTION = "prosecution", _("Prosecution service")
    DP3A = "dp3a", _("Women and child protection office (DP3A / UPTD PPA)")
    SOCIAL = "social", _("Social affairs")
    HEALTH = "health", _("Health")
    MANPOWER = "manpower", _("Manpower")
    IMMIGRATION = "immigration", _("Immigration")
    KP2MI = "kp2mi", _("Migrant worker protection (KP2MI / BP3MI)")
    FOREIGN_AFFAIRS = "foreign_affairs", _("Foreign affairs / missions abroad")
    VILLAGE = "village", _("Village government")
    NGO = "ngo", _("NGO / community organisation")
    OTHER = "other", _("Other")


class TaskForceLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    PROVINCIAL = "provincial", _("Provincial")
    REGENCY = "regency", _("Regency / city")
    VILLAGE = "village", _("Village / community")


class Profile(models.Model):
    """What training needs to know about a task-force member, and nothing more (UU 27/2022)."""

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    full_name = models.CharField(
        _("full name for certificates"),
        max_length=CERTIFICATE_NAME_MAX_LENGTH,
        error_messages={"blank": _("Enter the name to print on your certificates.")},
        help_text=_("Exactly as it must appear on your certificates, with titles if you use them."),
    )
    agency_type = models.CharField(_("agency type"), max_length=20, choices=AgencyType.choices)
    position = models.CharField(_("position"), max_length=100)
    task_force_level = models.CharField(
        _("task-force level"), max_length=20, choices=TaskForceLevel.choices
    )
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="+", verbose_name=_("province")
    )
    regency = models.ForeignKey(
        Regency, on_delete=models.PROTECT, related_name="+", verbose_name=_("regency or city")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("task-force profile")
        verbose_name_plural = _("task-force profiles")
        indexes = [models.Index(fields=["province", "regency", "agency_type"])]

    def __str__(self) -> str:
        return self.full_name

    def clean_fields(self, exclude=None) -> None:
        # Runs of spaces would print as gaps on a certificate; a name of spaces only is no name.
        self.full_name = " ".join((self.full_name or "").split())
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        validate_regency_in_province(self.province_id, self.regency_id)


class CoordinatorScope(models.Model):
    """The one province, or one regency, that a regional coordinator may see.

    Its existence is what makes a user a regional coordinator (accounts.services keeps the
    "Regional coordinator" group in step with it).
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="coordinator_scope", verbose_name=_("user")
    )
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="+", verbose_name=_("province")
    )
    regency = models.ForeignKey(
        Regency,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("regency or city"),
        help_text=_("Leave empty to coordinate the whole province."),
    )

    class Meta:
        verbose_name = _("regional coordinator")
        verbose_name_plural = _("regional coordinators")

    def __str__(self) -> str:
        return f"{self.user} — {self.regency or self.province}"

    def clean(self) -> None:
        validate_regency_in_province(self.province_id, self.regency_id)
