"""*Reports → Audit trail*: role changes, certificate revocations, coverage-target edits and deleted accounts,
newest first, for the Ministry (and administrators) only.

A Wagtail report (https://docs.wagtail.org/en/stable/extending/adding_reports.html) over the log entries that
accounts/audit.py describes, filtered by kind and by date, downloadable as CSV or XLSX. It only reads: Wagtail
has no view that edits or deletes a log entry, and this adds none. It lives in accounts because it answers
an accounts question (who did what with which powers) and rests on accounts' roles; the entries themselves
are written by the app that owns each action.
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.urls import path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

import django_filters

from .audit import CERTIFICATE_REVOKE, ROLE_CHANGE, audit_entries, can_read_audit_trail
from .privacy import ACCOUNT_DELETED

KINDS = {
    "roles": _("Role changes"),
    "certificates": _("Certificate revocations"),
    "targets": _("Coverage targets"),
    "accounts": _("Deleted accounts"),
}


# Wagtail's own words for a target's entries ("Create", "Edit") say nothing about what was created.
TARGET_ACTIONS = {
    "wagtail.create": _("Set a coverage target"),
    "wagtail.edit": _("Change a coverage target"),
    "wagtail.delete": _("Remove a coverage target"),
}


def _kind_condition(kind: str) -> Q:
    from coverage.models import CoverageTarget

    return {
        "roles": Q(action=ROLE_CHANGE),
        "certificates": Q(action=CERTIFICATE_REVOKE),
        "targets": Q(content_type=ContentType.objects.get_for_model(CoverageTarget)),
        "accounts": Q(action=ACCOUNT_DELETED),
    }[kind]


class AuditTrailFilterSet(WagtailFilterSet):
    kind = django_filters.MultipleChoiceFilter(
        label=_("What"),
        choices=list(KINDS.items()),
        widget=CheckboxSelectMultiple,
        method="filter_kind",
    )
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = ModelLogEntry
        fields = []

    def filter_kind(self, queryset, name, value):
        condition = Q()
        for kind in value:
            condition |= _kind_condition(kind)
        return queryset.filter(condition) if value else queryset


def action_label(entry) -> str:
    from coverage.models import CoverageTarget

    if entry.content_type.model_class() is CoverageTarget and entry.action in TARGET_ACTIONS:
        return str(TARGET_ACTIONS[entry.action])
    if log_registry.action_exists(entry.action):
        return str(log_registry.get_action_label(entry.action))
    return entry.action


def details(entry) -> str:
    """What changed, in words: the roles given and taken away, a target's old and new number …"""
    members = (entry.data or {}).get("members")
    if isinstance(members, dict):

        def count(value):
            return "—" if value is None else number_format(value, force_grouping=True)

        return str(
            _("Members to train: %(old)s → %(new)s")
            % {"old": count(members.get("old")), "new": count(members.get("new"))}
        )
    return str(entry.message)


class AuditTrailView(ReportView):
    page_title = _("Audit trail")
    header_icon = "history"
    index_url_name = "audit_trail"
    index_results_url_name = "audit_trail_results"
    filterset_class = AuditTrailFilterSet
    paginate_by = 50
    columns = [
        DateColumn("timestamp", label=_("When")),
        Column("user_display_name", label=_("By")),
        Column("action_label", label=_("Action")),
        TitleColumn(
            "label",
            label=_("About"),
            get_url=lambda entry: entry.edit_url,
        ),
        Column("details", label=_("Details")),
    ]
    list_export = [
        "timestamp",
        "user_id",
        "user_display_name",
        "action_label",
        "object_type",
        "object_id",
        "label",
        "details",
    ]
    export_headings = {
        "timestamp": _("When (UTC)"),
        "user_id": _("By (user id)"),
        "user_display_name": _("By"),
        "action_label": _("Action"),
        "object_type": _("Type"),
        "object_id": _("Id"),
        "label": _("About"),
        "details": _("Details"),
    }
    # No cell can become a formula (a label is whatever a member typed): sigap/exports.py guards every
    # Wagtail export, this one included.

    def dispatch(self, request, *args, **kwargs):
        if not can_read_audit_trail(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"audit-trail-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return audit_entries().select_related("user", "user__profile")

    def decorate_paginated_queryset(self, object_list):
        entries = list(object_list)
        urls = {}
        if not self.is_export:
            finder = AdminURLFinder(self.request.user)
            pks = [entry.pk for entry in entries]
            for entry, instance in ModelLogEntry.objects.filter(pk__in=pks).with_instances():
                urls[entry.pk] = finder.get_edit_url(instance) if instance is not None else None
        for entry in entries:
            entry.edit_url = urls.get(entry.pk)
            entry.action_label = action_label(entry)
            entry.object_type = str(entry.object_verbose_name)
            entry.details = details(entry)
        return entries


class AuditTrailMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_audit_trail(request.user)


@hooks.register("register_admin_urls")
def register_audit_trail_urls():
    return [
        path("reports/audit-trail/", AuditTrailView.as_view(), name="audit_trail"),
        path(
            "reports/audit-trail/results/",
            AuditTrailView.as_view(results_only=True),
            name="audit_trail_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_audit_trail_menu_item():
    return AuditTrailMenuItem(
        _("Audit trail"),
        reverse("audit_trail"),
        name="audit-trail",
        icon_name="history",
        order=650,
    )
