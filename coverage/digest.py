"""The weekly coverage digest: what a regional coordinator reads on Monday morning about their own region.

The week is the last full calendar week, Monday to Sunday in the site's time zone (Asia/Jakarta), so every
coordinator's digest covers the same seven days whenever the job runs, and a digest sent late or again
still describes the week it names. It is identified by its Monday (``DigestDelivery.week_start``).

Every figure comes from the dashboard's own report (coverage/selectors.py) for the region with the week as
its completion period, so the mail and the dashboard link it carries show the same numbers:

- completions: members who completed a course during the week, per regency (a province coordinator) or per
  agency type (a regency coordinator), and per course;
- for a regency coordinator, the names of those members, as their dashboard shows them (province
  coordinators get counts only, to keep a province's mail short; the names are one click away);
- coverage: members holding a valid certificate today against the region's target;
- blank spots: the regencies with no member holding a valid certificate (for a regency: whether it is one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.scoping import region_scope_for
from courses.models import CoursePage
from sigap.links import public_url

from .filters import Filters, query_string
from .selectors import (
    REGENCY,
    BlankSpot,
    Place,
    Report,
    Row,
    completions_by_course,
    coverage_report,
    member_list,
    place_for_code,
)

#: Names listed in a regency coordinator's digest; the rest are counted, and listed on the dashboard.
MAX_NAMES = 30


@dataclass(frozen=True)
class Week:
    """Monday to Sunday, both included."""

    start: dt.date

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    def filters(self) -> Filters:
        return Filters(start=self.start, end=self.end)


def last_full_week(today: dt.date | None = None) -> Week:
    """The Monday-to-Sunday week before the one containing ``today`` (default: today in Jakarta)."""
    today = today or timezone.localdate()
    return Week(today - dt.timedelta(days=today.weekday() + 7))


def week_starting(value: str | dt.date) -> Week:
    """The week beginning on ``value`` (an ISO date); ValueError unless it is a Monday of a week that is over."""
    start = dt.date.fromisoformat(value) if isinstance(value, str) else value
    if start.weekday() != 0:
        raise ValueError(f"{start.isoformat()} is not a Monday.")
    if start > last_full_week().start:
        raise ValueError(f"The week of {start.isoformat()} is not over yet.")
    return Week(start)


@dataclass
class CourseCount:
    title: str
    completed: int


@dataclass
class Digest:
    place: Place
    week: Week
    report: Report
    #: Regencies (province) or agency types (regency) with completions in the week.
    rows: list[Row]
    courses: list[CourseCount]
    recipient_name: str = ""
    names: list[str] = field(default_factory=list)
    more_names: int = 0
    dashboard_url: str = ""

    @property
    def is_regency(self) -> bool:
        return self.place.level == REGENCY

    @property
    def completed(self) -> int:
        return self.report.total.counts.completed

    @property
    def blank_with_members(self) -> list[BlankSpot]:
        """Blank spots with members to train: listed with how many."""
        return [spot for spot in self.report.blank_spots if spot.registered]

    @property
    def blank_without_members(self) -> list[str]:
        """Blank spots where nobody has registered yet: only named, on one line, to keep the mail short."""
        return [spot.name for spot in self.report.blank_spots if not spot.registered]


def digest_for(user, week: Week) -> Digest | None:
    """The digest for a regional coordinator's own region, or None for anyone else (the Ministry included:
    it sees the whole country on the dashboard and has no region of its own). Built in Indonesian, the
    language of the mail: agency types and course titles are named as the report is built."""
    with translation.override("id"):
        return _digest_for(user, week)


def _digest_for(user, week: Week) -> Digest | None:
    scope = region_scope_for(user)
    if scope.national or scope.is_empty:
        return None
    place = place_for_code(scope.regency_code or scope.province_code)
    if place is None:
        return None
    filters = week.filters()
    report = coverage_report(place, filters)
    digest = Digest(
        place=place,
        week=week,
        report=report,
        rows=[row for row in report.rows if row.counts.completed],
        courses=_completions_by_course(place, filters),
        recipient_name=user.get_full_name(),
        dashboard_url=public_url(
            reverse("coverage:region", args=[place.code]) + query_string(filters)
        ),
    )
    if digest.is_regency and digest.completed:
        # The dashboard shows a regency's coordinators these names; so may their digest.
        completers = member_list(place, filters).filter(has_completed=True)
        digest.names = [profile.full_name for profile in completers[:MAX_NAMES]]
        digest.more_names = max(digest.completed - len(digest.names), 0)
    return digest


def _completions_by_course(place: Place, filters: Filters) -> list[CourseCount]:
    counted = completions_by_course(place, filters)
    courses = CoursePage.objects.filter(pk__in=counted)
    return sorted(
        (CourseCount(course.heading, counted[course.pk]) for course in courses),
        key=lambda item: (-item.completed, item.title),
    )


def render_digest(digest: Digest) -> tuple[str, str]:
    """The subject and plain-text body, in Indonesian as the certificate mails are."""
    with translation.override("id"):
        context = {"digest": digest, "report": digest.report, "place": digest.place}
        subject = render_to_string("coverage/email/digest_subject.txt", context).strip()
        body = render_to_string("coverage/email/digest.txt", context)
    return f"[Sigap] {subject}", body
