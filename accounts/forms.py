from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import ReauthenticateForm

from .models import Profile, Province, Regency
from .selectors import regencies_in


class ProfileForm(forms.ModelForm):
    """The task-force profile.

    The regency list shows only the chosen province's regencies. Without JavaScript the member picks the
    province and presses "Show regencies" (the form comes back with the list narrowed and everything else kept);
    with JavaScript the list is refilled as soon as the province changes (site/static/js/region-select.js).
    Validation still accepts any regency, so that one outside the province gets a clear message from
    ``Profile.clean`` rather than a generic "invalid choice".
    """

    class Meta:
        model = Profile
        fields = ["full_name", "agency_type", "position", "task_force_level", "province", "regency"]
        error_messages = {
            "full_name": {"required": _("Enter the name to print on your certificates.")},
            "agency_type": {"required": _("Choose your agency type.")},
            "position": {"required": _("Enter your position.")},
            "task_force_level": {"required": _("Choose your task-force level.")},
            "province": {"required": _("Choose your province.")},
            "regency": {"required": _("Choose your regency or city.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.order_by("name")
        self.fields["province"].empty_label = _("— choose a province —")
        self.fields["agency_type"].choices = [
            ("", _("— choose —")),
            *self.fields["agency_type"].choices[1:],
        ]
        self.fields["task_force_level"].choices = [
            ("", _("— choose —")),
            *self.fields["task_force_level"].choices[1:],
        ]
        self.fields["full_name"].widget.attrs.update(
            {"autocomplete": "name", "spellcheck": "false"}
        )
        self.fields["position"].widget.attrs.update({"autocomplete": "organization-title"})
        self.fields["province"].widget.attrs.update({"data-region-province": ""})
        regency = self.fields["regency"]
        regency.queryset = Regency.objects.all()
        regency.widget.attrs.update({"data-region-regency": ""})
        regency.widget.choices = [
            (
                "",
                _("— choose a regency or city —")
                if self.selected_province
                else _("— choose a province first —"),
            ),
            *((r.code, r.name) for r in regencies_in(self.selected_province)),
        ]

    def _post_clean(self):
        # A province or regency that failed its own validation must not be checked against the saved one:
        # the member would see a second, confusing error about a value they did not choose.
        for name in ("province", "regency"):
            if name in self.errors:
                setattr(self.instance, f"{name}_id", None)
        super()._post_clean()

    @property
    def selected_province(self) -> str | None:
        if self.is_bound:
            return self.data.get(self.add_prefix("province")) or None
        value = self.initial.get("province")
        if isinstance(value, Province):
            return value.code
        return value or None


class AccountDeleteForm(ReauthenticateForm):
    """The password (checked by allauth, under its failed-sign-in rate limits) and an explicit yes."""

    confirm = forms.BooleanField(
        label=_(
            "I understand that my account and my data are deleted for good, and my certificates withdrawn."
        ),
        error_messages={
            "required": _("Tick the box to confirm that you want to delete your account.")
        },
    )
