from __future__ import annotations

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of choice values stored as JSON, edited as checkboxes (works on SQLite and PostgreSQL alike).

    Used for course audiences; catalogues are small, so filtering happens in Python after one query.
    """

    def __init__(self, *args, choices_from=None, **kwargs):
        self.choices_from = choices_from
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_from", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_from.choices if self.choices_from else [],
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if self.choices_from and value:
            allowed = set(self.choices_from.values)
            unknown = [v for v in value if v not in allowed]
            if unknown:
                raise forms.ValidationError(f"Unknown values: {', '.join(map(str, unknown))}")
