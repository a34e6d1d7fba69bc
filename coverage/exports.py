"""The dashboard's downloads: the table on screen (with its total) and, for coordinators, the named members.

Each file carries exactly the rows and filters of the page it came from: the region and the filters are
written before the table in a CSV (lines starting with "#") and on an "About" sheet in XLSX. Counts are
numbers, coverage a number of percent with one decimal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.models import AgencyType, TaskForceLevel
from courses.models import CoursePage
from sigap.exports import csv_response, xlsx_response

from .filters import Filters
from .selectors import AGENCY, PROVINCE, REGENCY, Place, Report, Row, member_list

MEMBER_CHUNK = 2000


def describe(place: Place | None, filters: Filters) -> list[tuple[str, str]]:
    """What a page shows, as (label, value) lines: the region and every filter in force."""
    course = CoursePage.objects.filter(pk=filters.course_id).first() if filters.course_id else None
    return [
        (_("Region"), place.name if place else _("Indonesia")),
        (_("Course"), course.heading if course else _("All courses")),
        (
            _("Completed between"),
            " – ".join(
                [
                    filters.start.isoformat() if filters.start else "…",
                    filters.end.isoformat() if filters.end else "…",
                ]
            ),
        ),
        (
            _("Agency type"),
            str(AgencyType(filters.agency_type).label)
            if filters.agency_type
            else _("All agencies"),
        ),
        (
            _("Task-force level"),
            str(TaskForceLevel(filters.level).label) if filters.level else _("All levels"),
        ),
        (_("Figures as of"), date_format(timezone.localtime(), "Y-m-d H:i")),
    ]


def _row_heading(kind: str) -> str:
    return {PROVINCE: _("Province"), REGENCY: _("Regency or city"), AGENCY: _("Agency type")}.get(
        kind, _("Region")
    )


def table_header(report: Report) -> list[str]:
    header = [
        _("Code"),
        _row_heading(report.row_kind),
        _("Members registered"),
        _("Enrolled"),
        _("Completed"),
        _("Valid certificate"),
        _("Target"),
        _("Coverage (%)"),
    ]
    if report.row_kind == PROVINCE:
        header.append(_("Regencies and cities with no certified member"))
    return header


def _table_line(row: Row, kind: str, label: str | None = None) -> list[Any]:
    line = [
        row.code,
        label or row.name,
        row.counts.registered,
        row.counts.enrolled,
        row.counts.completed,
        row.counts.certified,
        row.target,
        None if row.coverage is None else round(row.coverage, 1),
    ]
    if kind == PROVINCE:
        line.append(row.blank_regencies)
    return line


def table_lines(report: Report) -> Iterator[list[Any]]:
    for row in report.rows:
        yield _table_line(row, report.row_kind)
    yield _table_line(
        report.total,
        report.row_kind,
        _("Total: %(region)s") % {"region": report.total.name or _("Indonesia")},
    )


def member_header() -> list[str]:
    return [
        _("Name"),
        _("Regency or city"),
        _("Agency type"),
        _("Position"),
        _("Task-force level"),
        _("Enrolled"),
        _("Completed"),
        _("Valid certificate"),
    ]


def member_lines(place: Place | None, filters: Filters) -> Iterator[list[Any]]:
    """One line per member, read in chunks (a server-side cursor on PostgreSQL). 1 = yes, 0 = no."""
    agencies = {value: str(label) for value, label in AgencyType.choices}
    levels = {value: str(label) for value, label in TaskForceLevel.choices}
    rows = member_list(place, filters).values_list(
        "full_name",
        "regency__name",
        "agency_type",
        "position",
        "task_force_level",
        "is_enrolled",
        "has_completed",
        "is_certified",
    )
    for name, regency, agency, position, level, enrolled, completed, certified in rows.iterator(
        chunk_size=MEMBER_CHUNK
    ):
        yield [
            name,
            regency,
            agencies.get(agency, agency),
            position,
            levels.get(level, level),
            int(enrolled),
            int(completed),
            int(certified),
        ]


def download(fmt: str, filename: str, header, lines, *, about, sheet_title: str):
    """A CSV or XLSX response of ``lines``, with the ``about`` lines saying what it shows."""
    if fmt == "xlsx":
        return xlsx_response(
            f"{filename}.xlsx", header, lines, sheet_title=sheet_title, preamble=about
        )
    return csv_response(f"{filename}.csv", header, lines, preamble=about)
