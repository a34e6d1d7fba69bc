"""The coverage figures: who is registered, enrolled, has completed and holds a valid certificate, where.

Every figure counts *members*: active accounts with a task-force profile, placed where their profile says
they serve today. A member who moves from Aceh to Jawa Barat takes their training along, which is what a
coordinator asking "who in my province is trained?" needs. (Each enrolment also keeps where the member was
when they enrolled and completed, for the record.)

- registered: members in the region (filtered by agency type and task-force level);
- enrolled: of those, members enrolled in the course (any course when none is chosen);
- completed: members who completed it, within the completion period when one is given;
- certified: members holding a certificate for it that is valid today (not revoked, replaced or expired);
- coverage: certified ÷ target. A province without a target of its own is measured against the sum of
  its regencies' targets, and the country against the sum of the provinces'; then only the certified
  members of the regions that have a target count, so a region without one cannot inflate the figure.

Every page is summed from one *cell* per regency (its counts by agency type and its completions by month),
so a total is always the sum of its parts and the number of queries does not grow with the number of
regions. Cells are cached, and an event drops only the cells of the regency it happened in
(coverage/caching.py), so after a completion the next page counts one regency afresh, not the country.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.models import AgencyType, Profile, Province, Regency
from certificates.models import Certificate
from courses.models import Enrolment
from sigap.db_routers import replica_in_use

from .caching import REPLICA_TIMEOUT_SECONDS, TIMEOUT_SECONDS, cell_keys
from .filters import DEFAULT_MONTHS, MAX_MONTHS, Filters
from .models import CoverageTarget

NATIONAL = "national"
PROVINCE = "province"
REGENCY = "regency"
AGENCY = "agency"


@dataclass
class Counts:
    registered: int = 0
    enrolled: int = 0
    completed: int = 0
    certified: int = 0

    def add(self, other: Counts) -> None:
        self.registered += other.registered
        self.enrolled += other.enrolled
        self.completed += other.completed
        self.certified += other.certified


@dataclass
class Row:
    """One line of the table: a province, a regency or an agency type (``kind``), or the total."""

    kind: str
    code: str
    name: str
    counts: Counts = field(default_factory=Counts)
    target: int | None = None
    #: The certified members that count toward the target: those in regions that have one (a region's own
    #: target counts all of its certified members; otherwise only those of its parts that have a target).
    certified_in_target: int = 0
    #: For province rows: how many regencies it has, and how many of them have no certified member.
    regencies: int = 0
    blank_regencies: int = 0

    @property
    def coverage(self) -> float | None:
        """Percent of the target reached (may pass 100), or None without a target."""
        if not self.target:
            return None
        return 100 * self.certified_in_target / self.target

    @property
    def is_blank(self) -> bool:
        return self.counts.certified == 0


@dataclass(frozen=True)
class Place:
    """A region as the dashboard shows it: its level, code and name, and its province for the breadcrumb."""

    level: str
    code: str
    name: str
    province_code: str = ""
    province_name: str = ""


@dataclass
class BlankSpot:
    code: str
    name: str
    province_name: str
    registered: int


@dataclass
class MonthCount:
    month: dt.date
    completions: int


@dataclass
class Report:
    place: Place | None  # None: the whole country
    rows: list[Row]
    total: Row
    months: list[MonthCount]
    blank_spots: list[BlankSpot]
    #: True when the period is longer than the chart can show (its last MAX_MONTHS months are shown).
    months_cut: bool = False
    generated_at: dt.datetime = field(default_factory=timezone.now)

    @property
    def row_kind(self) -> str:
        return self.rows[0].kind if self.rows else ""


# Regions ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionTable:
    """Indonesia's provinces and regencies (accounts/data/wilayah): read once per process, as they change
    only when an operator runs load_regions (and a restart follows a deployment)."""

    provinces: dict[str, str]  # code -> name
    regencies: dict[str, tuple[str, str]]  # code -> (name, province code)

    def regencies_of(self, province_code: str | None) -> list[str]:
        if province_code is None:
            return list(self.regencies)
        return [
            code for code, (_name, province) in self.regencies.items() if province == province_code
        ]


@functools.cache
def regions() -> RegionTable:
    return RegionTable(
        provinces=dict(Province.objects.order_by("code").values_list("code", "name")),
        regencies={
            code: (name, province)
            for code, name, province in Regency.objects.order_by("code").values_list(
                "code", "name", "province_id"
            )
        },
    )


def place_for_code(code: str) -> Place | None:
    """The province ("32") or regency ("32.73") with this Kemendagri code, or None."""
    table = regions()
    if code in table.provinces:
        return Place(PROVINCE, code, table.provinces[code], code, table.provinces[code])
    if code in table.regencies:
        name, province = table.regencies[code]
        return Place(REGENCY, code, name, province, table.provinces[province])
    return None


# The queries --------------------------------------------------------------------------------------


def members(place: Place | None, filters: Filters) -> QuerySet[Profile]:
    """The members counted for ``place`` (None: everywhere) under ``filters``."""
    profiles = Profile.objects.filter(user__is_active=True)
    if place is not None and place.level == PROVINCE:
        # By regency, as the cells are: a profile's province and regency always agree, but the figures
        # must not depend on it.
        profiles = profiles.filter(regency_id__in=regions().regencies_of(place.code))
    elif place is not None:
        profiles = profiles.filter(regency_id=place.code)
    if filters.agency_type:
        profiles = profiles.filter(agency_type=filters.agency_type)
    if filters.level:
        profiles = profiles.filter(task_force_level=filters.level)
    return profiles


def _enrolments(filters: Filters) -> QuerySet[Enrolment]:
    enrolments = Enrolment.objects.all()
    if filters.course_id:
        enrolments = enrolments.filter(course_id=filters.course_id)
    return enrolments


def _completions(filters: Filters) -> QuerySet[Enrolment]:
    completions = _enrolments(filters).filter(completed_at__isnull=False)
    start, end = filters.completed_between()
    if start:
        completions = completions.filter(completed_at__gte=start)
    if end:
        completions = completions.filter(completed_at__lt=end)
    return completions


def _valid_certificates(filters: Filters) -> QuerySet[Certificate]:
    certificates = Certificate.objects.filter(status=Certificate.Status.VALID).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=timezone.localdate())
    )
    if filters.course_id:
        certificates = certificates.filter(course_id=filters.course_id)
    return certificates


def completions_by_course(place: Place | None, filters: Filters) -> dict[int, int]:
    """Course completions in the period among the members counted for ``place``: {course id: count}. The
    report counts by region; this one grouped query answers per course (the weekly digest), with the same
    definitions, so it agrees with the dashboard filtered to each course."""
    return dict(
        _completions(filters)
        .filter(user_id__in=members(place, filters).values("user_id"))
        .values("course_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("course_id", "n")
    )


# Cells: one regency's figures under one set of filters ---------------------------------------------


@dataclass
class Cell:
    """Counts by agency type, and course completions by month (the chart's months), of one regency."""

    agencies: dict[str, Counts] = field(default_factory=dict)
    months: dict[dt.date, int] = field(default_factory=dict)

    def counts(self) -> Counts:
        total = Counts()
        for counts in self.agencies.values():
            total.add(counts)
        return total


#: Up to this many regencies are counted member by member (index lookups, a few ms for a regency); more
#: are counted with each subquery read once, which is faster for the whole country.
FEW_REGENCIES = 40


def regency_cells(codes: list[str], filters: Filters) -> dict[str, Cell]:
    """The cell of each regency in ``codes``: from the cache, counting only those that changed."""
    keys = cell_keys(codes, filters.cache_part())
    found = cache.get_many(list(keys.values()))
    cells = {code: found[key] for code, key in keys.items() if key in found}
    missing = [code for code in codes if code not in cells]
    if missing:
        counted = _count_cells(missing, filters)
        timeout = REPLICA_TIMEOUT_SECONDS if replica_in_use() else TIMEOUT_SECONDS
        cache.set_many({keys[code]: cell for code, cell in counted.items()}, timeout)
        cells.update(counted)
    return cells


def _count_cells(codes: list[str], filters: Filters) -> dict[str, Cell]:
    cells = {code: Cell() for code in codes}
    profiles = members(None, filters)
    if len(codes) < len(regions().regencies):
        profiles = profiles.filter(regency_id__in=codes)
    if len(codes) <= FEW_REGENCIES:
        user = OuterRef("user_id")
        enrolled = Q(Exists(_enrolments(filters).filter(user_id=user)))
        completed = Q(Exists(_completions(filters).filter(user_id=user)))
        certified = Q(Exists(_valid_certificates(filters).filter(user_id=user)))
    else:
        # Uncorrelated IN subqueries: each is read once (a hashed subplan on PostgreSQL).
        enrolled = Q(user_id__in=_enrolments(filters).values("user_id"))
        completed = Q(user_id__in=_completions(filters).values("user_id"))
        certified = Q(user_id__in=_valid_certificates(filters).values("user_id"))
    grouped = (
        profiles.values("regency_id", "agency_type")
        .annotate(
            registered=Count("pk"),
            enrolled=Count("pk", filter=enrolled),
            completed=Count("pk", filter=completed),
            certified=Count("pk", filter=certified),
        )
        .order_by()
    )
    for row in grouped:
        if row["regency_id"] not in cells:  # a region loaded after this process read the regions
            continue
        cells[row["regency_id"]].agencies[row["agency_type"]] = Counts(
            row["registered"], row["enrolled"], row["completed"], row["certified"]
        )
    chart = chart_period(filters)
    monthly = (
        _completions(chart.filters)
        .filter(_through_profile(codes, filters))
        .annotate(month=TruncMonth("completed_at"))
        .values("user__profile__regency_id", "month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in monthly:
        month = row["month"]
        if isinstance(month, dt.datetime):
            month = timezone.localtime(month).date()
        cell = cells.get(row["user__profile__regency_id"])
        if cell is not None:
            cell.months[month] = row["n"]
    return cells


def _through_profile(codes: list[str], filters: Filters) -> Q:
    """``members(None, filters)`` in these regencies, as a condition on enrolments (joined, not a subquery,
    which lets the database start from the completions in the chart's months)."""
    condition = Q(user__is_active=True)
    if len(codes) < len(regions().regencies):
        condition &= Q(user__profile__regency_id__in=codes)
    if filters.agency_type:
        condition &= Q(user__profile__agency_type=filters.agency_type)
    if filters.level:
        condition &= Q(user__profile__task_force_level=filters.level)
    return condition


# The monthly chart's months -----------------------------------------------------------------------


@dataclass(frozen=True)
class ChartPeriod:
    first: dt.date  # the first day of the first month shown
    last: dt.date  # the first day of the last month shown
    cut: bool  # the period is longer than the chart shows (its last MAX_MONTHS months are shown)
    filters: Filters  # the filters with the period narrowed to the months shown

    def months(self) -> list[dt.date]:
        months, month = [], self.first
        while month <= self.last:
            months.append(month)
            month = _shift_months(month, 1)
        return months


def chart_period(filters: Filters) -> ChartPeriod:
    """The months the chart shows: the period's, or the last DEFAULT_MONTHS; at most MAX_MONTHS."""
    last = (filters.end or timezone.localdate()).replace(day=1)
    first = (
        filters.start.replace(day=1)
        if filters.start
        else _shift_months(last, -(DEFAULT_MONTHS - 1))
    )
    cut = _month_index(last) - _month_index(first) + 1 > MAX_MONTHS
    if cut:
        first = _shift_months(last, -(MAX_MONTHS - 1))
    start = max(first, filters.start) if filters.start else first
    return ChartPeriod(first, last, cut, dataclasses.replace(filters, start=start))


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = _month_index(day) + months
    return dt.date(index // 12, index % 12 + 1, 1)


# Targets ------------------------------------------------------------------------------------------


def _targets() -> tuple[dict[str, int], dict[str, int]]:
    provinces, regencies = {}, {}
    for province_id, regency_id, target in CoverageTarget.objects.values_list(
        "province_id", "regency_id", "members"
    ):
        if regency_id:
            regencies[regency_id] = target
        else:
            provinces[province_id] = target
    return provinces, regencies


def _sum_targets(targets: list[int | None]) -> int | None:
    given = [target for target in targets if target is not None]
    return sum(given) if given else None


# The report ---------------------------------------------------------------------------------------


def coverage_report(place: Place | None, filters: Filters) -> Report:
    """The figures for the country (``place`` None), a province or a regency: summed from the cells of its
    regencies, so every total is the sum of its parts; a few queries whatever the number of regions."""
    province_targets, regency_targets = _targets()
    table = regions()
    codes = (
        [place.code]
        if place and place.level == REGENCY
        else table.regencies_of(place and place.code)
    )
    cells = regency_cells(codes, filters)
    chart = chart_period(filters)
    months = [
        MonthCount(month, sum(cell.months.get(month, 0) for cell in cells.values()))
        for month in chart.months()
    ]
    if place is not None and place.level == REGENCY:
        cell = cells[place.code]
        rows = [
            Row(AGENCY, value, str(label), cell.agencies[value])
            for value, label in AgencyType.choices
            if value in cell.agencies
        ]
        # Targets are set for regions, not agencies: the regency's own counts all its certified members.
        total = _own_target(_total(rows, place, None), regency_targets.get(place.code))
        blank_spots = []
        if total.is_blank:
            blank_spots = [
                BlankSpot(place.code, place.name, place.province_name, total.counts.registered)
            ]
        return Report(place, rows, total, months, blank_spots, chart.cut)

    regency_rows = [
        _own_target(
            Row(REGENCY, code, table.regencies[code][0], cells[code].counts()),
            regency_targets.get(code),
        )
        for code in codes
    ]
    blank_spots = [
        BlankSpot(row.code, row.name, table.provinces[row.code[:2]], row.counts.registered)
        for row in regency_rows
        if row.is_blank
    ]
    if place is None:
        rows = _province_rows(regency_rows, province_targets)
        total = _total(rows, Place(NATIONAL, "", ""), None)
    else:
        rows = regency_rows
        total = _total(rows, place, province_targets.get(place.code))
    total.regencies = len(regency_rows)
    total.blank_regencies = len(blank_spots)
    return Report(place, rows, total, months, blank_spots, chart.cut)


def _province_rows(regency_rows: list[Row], targets: dict[str, int]) -> list[Row]:
    parts: dict[str, list[Row]] = {code: [] for code in regions().provinces}
    for regency in regency_rows:
        parts[regency.code[:2]].append(regency)
    rows = []
    for code, name in regions().provinces.items():
        row = _sum_up(Row(PROVINCE, code, name), parts[code], targets.get(code))
        row.regencies = len(parts[code])
        row.blank_regencies = sum(regency.is_blank for regency in parts[code])
        rows.append(row)
    return rows


def _own_target(row: Row, target: int | None) -> Row:
    """A region with a target of its own: all of its certified members count toward it."""
    row.target = target
    row.certified_in_target = row.counts.certified if target is not None else 0
    return row


def _sum_up(row: Row, parts: list[Row], own_target: int | None) -> Row:
    """``row`` as the sum of ``parts``, measured against its own target or else the sum of theirs."""
    for part in parts:
        row.counts.add(part.counts)
    if own_target is not None:
        return _own_target(row, own_target)
    row.target = _sum_targets([part.target for part in parts])
    row.certified_in_target = sum(part.certified_in_target for part in parts)
    return row


def _total(rows: list[Row], place: Place, own_target: int | None) -> Row:
    return _sum_up(Row("total", place.code, place.name), rows, own_target)


# Named members, for the coordinators of their own region ------------------------------------------


def member_list(place: Place | None, filters: Filters) -> QuerySet[Profile]:
    """The members behind the counts, with whether each is enrolled, has completed and is certified.

    Only coordinators see names (coverage/access.py decides); this function does not check.
    """
    user = OuterRef("user_id")
    return (
        members(place, filters)
        .annotate(
            is_enrolled=Exists(_enrolments(filters).filter(user_id=user)),
            has_completed=Exists(_completions(filters).filter(user_id=user)),
            is_certified=Exists(_valid_certificates(filters).filter(user_id=user)),
        )
        .select_related("regency")
        .order_by("full_name", "pk")
    )
