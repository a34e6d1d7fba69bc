"""The coverage dashboard at /coverage/: the country, a province (/coverage/32/) or a regency
(/coverage/32.73/), each with CSV and XLSX downloads of what it shows.

Who sees what (accounts/scoping.py):
- the Ministry (and superusers): everything, as counts;
- a regional coordinator: their own province or regency only, and the names of the members behind the
  counts in a regency list of their region. /coverage/ takes them to their region; any other region is a
  404, as if it did not exist;
- everyone else (learners, trainers): 403. Anonymous visitors are sent to sign in.

No page or download may be kept by a browser or a proxy (never_cache): some carry names, all are personal
data in aggregate, and the figures change with every completion.

Their reads run on the read replica when one is configured (sigap/db_routers.py), after the sign-in check.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts.scoping import RegionScope, region_scope_for
from sigap.db_routers import reads_from_replica

from . import charts, exports
from .filters import CoverageFilterForm, Filters, query_string
from .selectors import (
    NATIONAL,
    PROVINCE,
    REGENCY,
    Place,
    coverage_report,
    member_list,
    place_for_code,
    regions,
)

MEMBERS_PER_PAGE = 50


def _scope(request: HttpRequest) -> RegionScope:
    scope = region_scope_for(request.user)
    if scope.is_empty:
        raise PermissionDenied
    return scope


def _allows(scope: RegionScope, place: Place) -> bool:
    if place.level == REGENCY:
        return scope.allows(province_code=place.province_code, regency_code=place.code)
    return scope.allows(province_code=place.code)


def _place(scope: RegionScope, code: str | None) -> Place | None:
    """The region asked for, if it exists and lies in the scope (404 otherwise); None for the country."""
    if code is None:
        if not scope.national:
            raise Http404
        return None
    place = place_for_code(code)
    if place is None or not _allows(scope, place):
        raise Http404
    return place


def _shows_names(scope: RegionScope, place: Place | None) -> bool:
    """Names only in a regency's list, and only for the coordinators of that regency or its province."""
    return place is not None and place.level == REGENCY and not scope.national


def _url(code: str | None, filters: Filters | None = None, **overrides) -> str:
    url = reverse("coverage:region", args=[code]) if code else reverse("coverage:national")
    return url + (query_string(filters, **overrides) if filters else "")


@never_cache
@login_required
@reads_from_replica
def dashboard(request: HttpRequest, code: str | None = None) -> HttpResponse:
    scope = _scope(request)
    if code is None and not scope.national:
        own = scope.regency_code or scope.province_code
        return redirect(reverse("coverage:region", args=[own]) + _query(request))
    place = _place(scope, code)
    form = CoverageFilterForm(request.GET)
    level = place.level if place else NATIONAL
    context = {
        "place": place,
        "level": level,
        "form": form,
        "breadcrumbs": _breadcrumbs(scope, place),
        "subregions": _subregions(place),
        "chosen_region": request.GET.get("region", ""),
    }
    if not form.is_valid():
        return render(request, "coverage/dashboard.html", context, status=400)
    filters = form.filters()

    jump = request.GET.get("region", "").strip()
    if jump:
        target = place_for_code(jump)
        if target is None:
            form.add_error(None, _("There is no region with the code “%(code)s”.") % {"code": jump})
            return render(request, "coverage/dashboard.html", context, status=400)
        if not _allows(scope, target):
            raise Http404
        return redirect(_url(target.code, filters))

    report = coverage_report(place, filters)
    context.update(
        filters=filters,
        report=report,
        query=query_string(filters),
        table_rows=_table_rows(report, filters),
        bars=charts.bar_chart(report.rows),
        month_chart=charts.month_chart(report.months),
        export_csv=_export_url(place, filters, "csv"),
        export_xlsx=_export_url(place, filters, "xlsx"),
    )
    if level == NATIONAL:
        context["tile_map"] = charts.tile_map(report.rows, lambda row_code: _url(row_code, filters))
    if _shows_names(scope, place):
        page = Paginator(member_list(place, filters), MEMBERS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context.update(
            members=page,
            members_csv=reverse("coverage:members_export", args=[place.code, "csv"])
            + query_string(filters),
            members_xlsx=reverse("coverage:members_export", args=[place.code, "xlsx"])
            + query_string(filters),
        )
    return render(request, "coverage/dashboard.html", context)


def _subregions(place: Place | None) -> list[tuple[str, str]]:
    """What the region filter offers, as (code, name): the provinces on the national page, the regencies
    on a province's."""
    table = regions()
    if place is None:
        return list(table.provinces.items())
    if place.level == PROVINCE:
        return [(code, table.regencies[code][0]) for code in table.regencies_of(place.code)]
    return []


def _query(request: HttpRequest) -> str:
    query = request.GET.urlencode()
    return f"?{query}" if query else ""


def _breadcrumbs(scope: RegionScope, place: Place | None) -> list[tuple[str, str | None]]:
    """(label, link) from the widest region the viewer may open down to this one."""
    crumbs: list[tuple[str, str | None]] = []
    if scope.national:
        crumbs.append((_("Indonesia"), reverse("coverage:national")))
    if (
        place is not None
        and place.level == REGENCY
        and scope.allows(province_code=place.province_code)
    ):
        crumbs.append((place.province_name, reverse("coverage:region", args=[place.province_code])))
    if place is not None:
        crumbs.append((place.name, None))
    elif crumbs:
        crumbs[-1] = (crumbs[-1][0], None)
    return crumbs


def _table_rows(report, filters: Filters) -> list[tuple]:
    """Each row of the table with where it leads: a province to its regencies, a regency to its agencies,
    an agency to the same regency filtered to it (with its members, for coordinators)."""
    return [
        (
            row,
            _url(report.place.code, filters, agency_type=row.code)
            if row.kind == "agency"
            else _url(row.code, filters),
        )
        for row in report.rows
    ]


def _export_url(place: Place | None, filters: Filters, fmt: str) -> str:
    if place is None:
        url = reverse("coverage:national_export", args=[fmt])
    else:
        url = reverse("coverage:region_export", args=[place.code, fmt])
    return url + query_string(filters)


def _valid_filters(request: HttpRequest) -> Filters | HttpResponse:
    form = CoverageFilterForm(request.GET)
    if form.is_valid():
        return form.filters()
    errors = [str(error) for field_errors in form.errors.values() for error in field_errors]
    return HttpResponseBadRequest("\n".join(errors), content_type="text/plain; charset=utf-8")


def _filename(place: Place | None, what: str) -> str:
    return f"sigap-{what}-{place.code if place else 'indonesia'}"


@never_cache
@login_required
@reads_from_replica
def export(request: HttpRequest, fmt: str, code: str | None = None) -> HttpResponse:
    """The table on the page, with its total row, in the same filters."""
    scope = _scope(request)
    place = _place(scope, code)
    filters = _valid_filters(request)
    if isinstance(filters, HttpResponse):
        return filters
    report = coverage_report(place, filters)
    return exports.download(
        fmt,
        _filename(place, "coverage"),
        exports.table_header(report),
        exports.table_lines(report),
        about=exports.describe(place, filters),
        sheet_title=_("Coverage"),
    )


@never_cache
@login_required
@reads_from_replica
def members_export(request: HttpRequest, fmt: str, code: str) -> HttpResponse:
    """The named members of a regency: only for the coordinators who see them on the page."""
    scope = _scope(request)
    place = _place(scope, code)
    if not _shows_names(scope, place):
        raise Http404
    filters = _valid_filters(request)
    if isinstance(filters, HttpResponse):
        return filters
    return exports.download(
        fmt,
        _filename(place, "members"),
        exports.member_header(),
        exports.member_lines(place, filters),
        about=exports.describe(place, filters),
        sheet_title=_("Members"),
    )
