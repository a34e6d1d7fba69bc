"""Coverage targets in the Wagtail admin, for the Ministry (imported by coverage/wagtail_hooks.py).

A "Coverage targets" menu item opens a ModelViewSet (https://docs.wagtail.org/en/stable/extending/generic_views.html)
under /admin/coverage/targets/ (URL names ``coverage_targets:…``): the list of targets with a filter by
province and level and a search by name or code, a form to add one (a province, or a regency or city, chosen
in one list) or change its number, delete, and the history of each target. Every write goes through
coverage/targets.py, which logs it for that history.

Two more pages hang off the list's header:
- *Import from CSV* (``coverage_targets:import``): upload, then a preview of every line (the region, its
  current target, the new one and the change) with every error listed; nothing can be confirmed until the
  file has none. The checked rows are kept in the session under a random token and the confirm form posts
  only the token (as certificates/classroom_views.py does), so what is imported is exactly what was
  previewed, and a second click or a replayed request finds nothing to import. The import itself is one
  transaction: all rows or none.
- *Download CSV* (``coverage_targets:download``): every province and regency with its current target, in
  the import's format (``code,name,members``), to be filled in a spreadsheet and uploaded again.

Who may: the model permissions on CoverageTarget, which coverage/migrations/0002_roles.py gives the Ministry
(superusers have them all). Viewing the list and the download need any of them; importing needs add, change
and delete together, since one file can do all three. Trainers reach the admin but hold none of these
permissions; learners and regional coordinators never reach the admin at all.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

import django_filters

from accounts.models import Province, Regency
from sigap.exports import csv_response
from sigap.previews import SessionPreviews

from .models import CoverageTarget
from .targets import (
    CHANGE_LABELS,
    LEVEL_LABELS,
    MAX_MEMBERS,
    MAX_ROWS,
    PROVINCE,
    TEMPLATE_HEADER,
    level_of,
    parse_targets_csv,
    region_targets,
    target_clear,
    target_set,
    targets_import,
)

# Who may ----------------------------------------------------------------------------------------------

permission_policy = ModelPermissionPolicy(CoverageTarget)
# Registered before the viewset asks for it (Wagtail refuses a policy once its fallback exists).
register_permission_policy(CoverageTarget, permission_policy)


def can_view_targets(user) -> bool:
    return permission_policy.user_has_any_permission(user, ["add", "change", "delete", "view"])


def can_import_targets(user) -> bool:
    return all(
        permission_policy.user_has_permission(user, action)
        for action in ("add", "change", "delete")
    )


# The list ---------------------------------------------------------------------------------------------


def region_label(target: CoverageTarget) -> str:
    return f"{target.code} · {target.region.name}"


def level_label(target: CoverageTarget) -> str:
    return str(LEVEL_LABELS[level_of(target.region)])


def updater_name(target: CoverageTarget) -> str:
    return target.updated_by.get_full_name() if target.updated_by else "—"


class TargetFilterSet(WagtailFilterSet):
    province = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Province"),
        queryset=Province.objects.order_by("name"),
        method="filter_province",
        help_text=gettext_lazy("The province's own target and those of its regencies and cities."),
    )
    level = django_filters.ChoiceFilter(
        label=gettext_lazy("Level"),
        choices=list(LEVEL_LABELS.items()),
        method="filter_level",
        empty_label=gettext_lazy("Any"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = CoverageTarget
        fields = ["province", "level"]

    def filter_province(self, queryset, name, value):
        return queryset.filter(Q(province=value) | Q(regency__province=value))

    def filter_level(self, queryset, name, value):
        return queryset.filter(regency__isnull=value == PROVINCE)


class TargetIndexView(generic.IndexView):
    def get_base_queryset(self):
        # Sorting by the code keeps a province beside its regencies: 32, 32.01 … 32.79, 33.
        return CoverageTarget.objects.select_related(
            "province", "regency", "updated_by__profile"
        ).annotate(region_code=Coalesce("regency_id", "province_id"))

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        return queryset.filter(
            Q(province__name__icontains=query)
            | Q(regency__name__icontains=query)
            | Q(province__code__startswith=query)
            | Q(regency__code__startswith=query)
        )

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "region",
                label=_("Region"),
                accessor=region_label,
                sort_key="region_code",
                get_url=self.get_edit_url,
            ),
            Column("level", label=_("Level"), accessor=level_label),
            Column("members", label=_("Members to train"), sort_key="members"),
            DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
            Column("updated_by", label=_("Updated by"), accessor=updater_name),
        ]

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can_import_targets(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import from CSV"),
                    url=reverse("coverage_targets:import"),
                    icon_name="upload",
                    priority=20,
                )
            )
        buttons.append(
            HeaderButton(
                _("Download CSV"),
                url=reverse("coverage_targets:download"),
                icon_name="download",
                priority=30,
            )
        )
        return buttons


# Adding and changing one ------------------------------------------------------------------------------


def region_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every province, each followed by its regencies and cities, grouped by province (two queries)."""
    regencies: dict[str, list[tuple[str, str]]] = {}
    for regency in Regency.objects.order_by("code"):
        regencies.setdefault(regency.province_id, []).append(
            (regency.code, f"{regency.code} · {regency.name}")
        )
    choices: list = [("", "---------")]
    for province in Province.objects.order_by("code"):
        whole = _("%(code)s · %(name)s (whole province)") % {
            "code": province.code,
            "name": province.name,
        }
        choices.append((province.name, [(province.code, whole), *regencies.get(province.code, [])]))
    return choices


class TargetForm(forms.ModelForm):
    region = forms.ChoiceField(
        label=gettext_lazy("Region"),
        help_text=gettext_lazy(
            "A province, or one of its regencies or cities. A province without a target of its own is "
            "measured against the sum of its regencies' and cities' targets."
        ),
    )
    members = forms.IntegerField(
        label=gettext_lazy("Members to train"),
        min_value=1,
        max_value=MAX_MEMBERS,
        help_text=gettext_lazy("How many members of this region should hold a valid certificate."),
    )

    field_order = ["region", "members"]

    class Meta:
        model = CoverageTarget
        fields = ["members"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        region = self.fields["region"]
        region.choices = region_choices()
        if self.instance.pk:
            # A target belongs to its region: another region's target is added, not moved here.
            region.initial = self.instance.code
            region.disabled = True
            region.help_text = _("To set another region's target, add a new target.")

    def clean_region(self) -> str:
        code = self.cleaned_data["region"]
        if self.instance.pk:
            return self.instance.code
        existing = (
            CoverageTarget.objects.select_related("province", "regency")
            .filter(Q(province_id=code) | Q(regency_id=code))
            .first()
        )
        if existing is not None:
            raise ValidationError(
                _(
                    "%(region)s already has a target of %(members)s members: change that one instead."
                )
                % {"region": existing.region.name, "members": existing.members}
            )
        return code


class TargetSaveMixin:
    """Saves through coverage/targets.py (which logs the change) instead of Wagtail's create/edit action."""

    def save_instance(self):
        return target_set(
            code=self.form.cleaned_data["region"],
            members=self.form.cleaned_data["members"],
            actor=self.request.user,
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            # Only if the rules changed under the form (it checks the same things first).
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def get_success_message(self, *args):
        return _("The target for %(region)s is %(members)s members.") % {
            "region": self.object.region.name,
            "members": self.object.members,
        }


class TargetCreateView(TargetSaveMixin, generic.CreateView):
    pass


class TargetEditView(TargetSaveMixin, generic.EditView):
    pass


class TargetDeleteView(generic.DeleteView):
    def delete_action(self):
        target_clear(code=self.object.code, actor=self.request.user)

    def get_success_message(self):
        return _("%(region)s no longer has a coverage target.") % {
            "region": self.object.region.name
        }


# Import from CSV --------------------------------------------------------------------------------------

#: A preview can be confirmed for two hours; three can be open at once (in several tabs).
PREVIEWS = SessionPreviews("coverage_target_imports", lifetime_seconds=2 * 3600, max_open=3)


class TargetImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        allow_empty_file=True,  # parse_targets_csv says so itself, in the same words as other bad files
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Filled in here, not at import time, so it is in the language of the request.
        self.fields["file"].help_text = _(
            "The columns code and members (a name column may be kept: it is only checked). At most "
            "1 MB and %(rows)s lines."
        ) % {"rows": MAX_ROWS}

    def clean_file(self):
        result = parse_targets_csv(self.cleaned_data["file"])
        if result.file_errors:
            raise ValidationError(result.file_errors)
        return result


class ImportAccessMixin:
    # Wagtail's require_admin_access wraps every admin URL (sign-in, access_admin); this narrows it.
    def dispatch(self, request, *args, **kwargs):
        if not can_import_targets(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TargetImportView(ImportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """The upload form; posted, the preview (nothing written yet)."""

    template_name = "coverage/admin/targets_import.html"
    preview_template_name = "coverage/admin/targets_import_preview.html"
    page_title = gettext_lazy("Import coverage targets")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("coverage_targets:index"), "label": _("Coverage targets")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", TargetImportForm())
        context["max_rows"] = MAX_ROWS
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = TargetImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        result = form.cleaned_data["file"]
        token = (
            PREVIEWS.keep(request, {"rows": [list(row) for row in result.to_import()]})
            if result.has_changes
            else None
        )
        errors = result.errors
        return TemplateResponse(
            request,
            self.preview_template_name,
            self.get_context_data(
                result=result,
                token=token,
                errors=errors[:100],
                more_errors=max(len(errors) - 100, 0),
                warnings=result.warnings,
                counts=[
                    (change, label, result.counts[change])
                    for change, label in CHANGE_LABELS.items()
                    if result.counts[change]
                ],
            ),
        )


class TargetImportConfirmView(ImportAccessMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        pending = PREVIEWS.take(request, request.POST.get("token", ""))
        if pending is None:
            messages.error(
                request,
                _(
                    "This file was already imported, or its preview is more than two hours old. "
                    "Upload it again to see what it would still change."
                ),
            )
            return redirect("coverage_targets:import")
        try:
            result = targets_import(
                rows=[(code, members) for code, members in pending["rows"]], actor=request.user
            )
        except ValidationError as error:
            messages.error(
                request,
                _("Nothing was imported: %(problems)s Upload the corrected file again.")
                % {"problems": " ".join(error.messages)},
            )
            return redirect("coverage_targets:import")
        messages.success(
            request,
            _(
                "Targets imported. New: %(created)s · changed: %(updated)s · removed: %(removed)s · "
                "unchanged: %(unchanged)s."
            )
            % {
                "created": result.created,
                "updated": result.updated,
                "removed": result.removed,
                "unchanged": result.unchanged,
            },
        )
        return HttpResponseRedirect(reverse("coverage_targets:index"))


def targets_csv(request: HttpRequest) -> HttpResponse:
    """Every province and regency with its current target, as the import reads it."""
    if not can_view_targets(request.user):
        raise PermissionDenied
    return csv_response(
        f"coverage-targets-{timezone.localdate():%Y%m%d}.csv", TEMPLATE_HEADER, region_targets()
    )


# The viewset ------------------------------------------------------------------------------------------


class CoverageTargetViewSet(ModelViewSet):
    model = CoverageTarget
    icon = "crosshairs"
    menu_label = gettext_lazy("Coverage targets")
    menu_name = "coverage-targets"
    menu_order = 290
    add_to_admin_menu = True
    name = "coverage_targets"
    url_prefix = "coverage/targets"
    index_view_class = TargetIndexView
    add_view_class = TargetCreateView
    edit_view_class = TargetEditView
    delete_view_class = TargetDeleteView
    copy_view_enabled = False
    # A target refers to nothing a page or snippet could use; no reference index to keep on every save.
    add_to_reference_index = False
    index_template_name = "coverage/admin/targets_index.html"
    filterset_class = TargetFilterSet
    search_fields = ["province__name", "regency__name"]
    search_backend_name = None
    ordering = "region_code"
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return TargetForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", TargetImportView.as_view(), name="import"),
            path("import/confirm/", TargetImportConfirmView.as_view(), name="import_confirm"),
            path("download/", targets_csv, name="download"),
        ]
