"""The dashboard's filters: course, completion period, agency type and task-force level, read from the query
string by a form so bad input gets a clear, translated error instead of a wrong figure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import AgencyType, TaskForceLevel
from courses.models import CoursePage

#: The monthly chart without a period shows the last twelve months; a longer period is cut to this many.
DEFAULT_MONTHS = 12
MAX_MONTHS = 60
#: The dates a period may name: long before Sigap and far enough ahead for any plan, and well inside
#: what dates and time zones can do on every database.
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2099, 12, 31)


@dataclass(frozen=True)
class Filters:
    course_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    agency_type: str = ""
    level: str = ""

    def cache_part(self) -> str:
        return f"{self.course_id or ''}|{self.start or ''}|{self.end or ''}|{self.agency_type}|{self.level}"

    def completed_between(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The period as aware datetimes in the site's time zone (end exclusive: the day after ``end``)."""
        start = end = None
        if self.start:
            start = timezone.make_aware(dt.datetime.combine(self.start, dt.time.min))
        if self.end:
            end = timezone.make_aware(
                dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)
            )
        return start, end


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return obj.heading


class CoverageFilterForm(forms.Form):
    course = CourseChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.order_by("title"),
        required=False,
        empty_label=_("All courses"),
        error_messages={"invalid_choice": _("There is no such course.")},
    )
    start = forms.DateField(
        label=_("Completed from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    end = forms.DateField(
        label=_("Completed until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    agency_type = forms.ChoiceField(
        label=_("Agency type"),
        required=False,
        choices=[("", _("All agencies")), *AgencyType.choices],
        error_messages={"invalid_choice": _("There is no such agency type.")},
    )
    level = forms.ChoiceField(
        label=_("Task-force level"),
        required=False,
        choices=[("", _("All levels")), *TaskForceLevel.choices],
        error_messages={"invalid_choice": _("There is no such task-force level.")},
    )

    def clean_start(self):
        return self._in_range(self.cleaned_data.get("start"))

    def clean_end(self):
        return self._in_range(self.cleaned_data.get("end"))

    def _in_range(self, day: dt.date | None) -> dt.date | None:
        if day is not None and not (EARLIEST <= day <= LATEST):
            raise forms.ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s.")
                % {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()}
            )
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the period is before its start."))
        return cleaned

    def filters(self) -> Filters:
        """The validated filters; call only after ``is_valid()`` returned True."""
        data = self.cleaned_data
        return Filters(
            course_id=data["course"].pk if data.get("course") else None,
            start=data.get("start"),
            end=data.get("end"),
            agency_type=data.get("agency_type") or "",
            level=data.get("level") or "",
        )


def query_string(filters: Filters, **overrides) -> str:
    """The filters as a query string ("?course=3&…", or ""), so links and exports keep what is on screen."""
    values = {
        "course": filters.course_id or "",
        "start": filters.start.isoformat() if filters.start else "",
        "end": filters.end.isoformat() if filters.end else "",
        "agency_type": filters.agency_type,
        "level": filters.level,
        **overrides,
    }
    present = {key: value for key, value in values.items() if value}
    return f"?{urlencode(present)}" if present else ""
