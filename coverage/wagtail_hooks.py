"""Admin wiring for coverage: the Ministry's coverage targets (coverage/admin_views.py), with their CSV import
and download, under /admin/coverage/targets/; and a fresh count after bulk changes to users."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.scoping import region_scope_for

from .admin_views import CoverageTargetViewSet
from .caching import coverage_changed


@hooks.register("register_admin_viewset")
def register_coverage_targets():
    return CoverageTargetViewSet()


class CoverageDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return not region_scope_for(request.user).is_empty


@hooks.register("register_admin_menu_item")
def register_coverage_dashboard_menu_item():
    # The dashboard itself lives on the site (/coverage/), for coordinators too, who have no admin access.
    return CoverageDashboardMenuItem(
        _("Coverage dashboard"),
        reverse("coverage:national"),
        name="coverage-dashboard",
        icon_name="table",
        order=250,
    )


@hooks.register("after_bulk_action")
def count_afresh_after_bulk_user_changes(request, action_type, objects, action_class_instance):
    # Wagtail's bulk "set active state" and "delete" on users write with a queryset update, which sends no
    # signal: the dashboard counts afresh instead.
    if action_class_instance.model is get_user_model():
        coverage_changed()
