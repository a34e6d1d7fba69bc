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

One grouped query counts every regency (or, inside a regency, every agency type) at once; provinces and the
country are summed from those rows in Python, so a total is always the sum of its parts and the number of
queries does not grow with the number of regions. The results are cached until the next event that can
change them (coverage/caching.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from accounts.models import AgencyType, Profile, Province, Regency
from certificates.models import Certificate
from courses.models import Enrolment

from .caching import TIMEOUT_SECONDS, coverage_key
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


def place_for_code(code: str) -> Place | None:
    """The province ("32") or regency ("32.73") with this Kemendagri code, or None."""
    if len(code) == 2 and code.isdigit():
        province = Province.objects.filter(code=code).first()
        return province and Place(
            PROVINCE, province.code, province.name, province.code, province.name
        )
    if len(code) == 5 and code[2] == "." and code.replace(".", "", 1).isdigit():
        regency = Regency.objects.select_related("province").filter(code=code).first()
        return regency and Place(
            REGENCY, regency.code, regency.name, regency.province.code, regency.province.name
        )
    return None


# The queries --------------------------------------------------------------------------------------


def members(place: Place | None, filters: Filters) -> QuerySet[Profile]:
    """The members counted for ``place`` (None: everywhere) under ``filters``."""
    profiles = Profile.objects.filter(user__is_active=True)
    if place is not None and place.level == PROVINCE:
        profiles = profiles.filter(province_id=place.code)
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


def _counts_by(profiles: QuerySet[Profile], group: str, filters: Filters) -> dict[str, Counts]:
    # Uncorrelated IN subqueries: each is read once (a hashed subplan on PostgreSQL, an ephemeral index on
    # SQLite), not once per member.
    grouped = (
        profiles.values(group)
        .annotate(
            registered=Count("pk"),
            enrolled=Count("pk", filter=Q(user_id__in=_enrolments(filters).values("user_id"))),
            completed=Count("pk", filter=Q(user_id__in=_completions(filters).values("user_id"))),
            certified=Count(
                "pk", filter=Q(user_id__in=_valid_certificates(filters).values("user_id"))
            ),
        )
        .order_by()
    )
    return {
        row[group]: Counts(row["registered"], row["enrolled"], row["completed"], row["certified"])
        for row in grouped
    }


def _months(place: Place | None, filters: Filters) -> tuple[list[MonthCount], bool]:
    today = timezone.localdate()
    last = (filters.end or today).replace(day=1)
    if filters.start:
        first = filters.start.replace(day=1)
    else:
        first = _shift_months(last, -(DEFAULT_MONTHS - 1))
    cut = _month_index(last) - _month_index(first) + 1 > MAX_MONTHS
    if cut:
        first = _shift_months(last, -(MAX_MONTHS - 1))
    chart_filters = Filters(
        course_id=filters.course_id,
        start=max(first, filters.start) if filters.start else first,
        end=filters.end,
        agency_type=filters.agency_type,
        level=filters.level,
    )
    counted = {
        timezone.localtime(row["month"]).date()
        if isinstance(row["month"], dt.datetime)
        else row["month"]: row["n"]
        for row in _completions(chart_filters)
        .filter(user_id__in=members(place, filters).values("user_id"))
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    }
    months = []
    month = first
    while month <= last:
        months.append(MonthCount(month, counted.get(month, 0)))
        month = _shift_months(month, 1)
    return months, cut


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = _month_index(day) + months
    return dt.date(index // 12, index % 12 + 1, 1)


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
    """The figures for the country (``place`` None), a province or a regency, cached until they change."""
    # The language too: agency types and region totals are named in it.
    key = coverage_key(
        "report", get_language(), place.code if place else NATIONAL, filters.cache_part()
    )
    report = cache.get(key)
    if report is None:
        report = _build_report(place, filters)
        cache.set(key, report, TIMEOUT_SECONDS)
    return report


def _build_report(place: Place | None, filters: Filters) -> Report:
    province_targets, regency_targets = _targets()
    if place is not None and place.level == REGENCY:
        rows, total = _agency_rows(place, filters, regency_targets.get(place.code))
        blank_spots = []
        if total.is_blank:
            blank_spots = [
                BlankSpot(place.code, place.name, place.province_name, total.counts.registered)
            ]
    else:
        regency_rows = _regency_rows(place, filters, regency_targets)
        blank_spots = [
            BlankSpot(row.code, row.name, province_name, row.counts.registered)
            for province_name, row in regency_rows
            if row.is_blank
        ]
        if place is None:
            rows = _province_rows(regency_rows, province_targets)
            total = _total(rows, Place(NATIONAL, "", ""), None)
        else:
            rows = [row for _province_name, row in regency_rows]
            total = _total(rows, place, province_targets.get(place.code))
        total.regencies = len(regency_rows)
        total.blank_regencies = len(blank_spots)
    months, cut = _months(place, filters)
    return Report(place, rows, total, months, blank_spots, cut)


def _regency_rows(
    place: Place | None, filters: Filters, targets: dict[str, int]
) -> list[tuple[str, Row]]:
    """Every regency of the place (or of the country), with its province's name, zeros included."""
    counts = _counts_by(members(place, filters), "regency_id", filters)
    regencies = Regency.objects.select_related("province").order_by("code")
    if place is not None:
        regencies = regencies.filter(province_id=place.code)
    return [
        (
            regency.province.name,
            _own_target(
                Row(REGENCY, regency.code, regency.name, counts.get(regency.code, Counts())),
                targets.get(regency.code),
            ),
        )
        for regency in regencies
    ]


def _province_rows(regency_rows: list[tuple[str, Row]], targets: dict[str, int]) -> list[Row]:
    rows = {
        province.code: Row(PROVINCE, province.code, province.name)
        for province in Province.objects.order_by("code")
    }
    parts: dict[str, list[Row]] = {code: [] for code in rows}
    for _province_name, regency in regency_rows:
        parts[regency.code[:2]].append(regency)
    for code, row in rows.items():
        _sum_up(row, parts[code], targets.get(code))
        row.regencies = len(parts[code])
        row.blank_regencies = sum(regency.is_blank for regency in parts[code])
    return list(rows.values())


def _agency_rows(place: Place, filters: Filters, target: int | None) -> tuple[list[Row], Row]:
    counts = _counts_by(members(place, filters), "agency_type", filters)
    rows = [
        Row(AGENCY, value, str(label), counts[value])
        for value, label in AgencyType.choices
        if value in counts
    ]
    # Targets are set for regions, not agencies: the regency's own counts all its certified members.
    return rows, _own_target(_total(rows, place, None), target)


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
