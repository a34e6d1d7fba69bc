"""Admin wiring for coverage: the Ministry's coverage targets (coverage/admin_views.py), with their CSV import
and download, under /admin/coverage/targets/; and a fresh count after bulk changes to users."""

from django.contrib.auth import get_user_model

from wagtail import hooks

from .admin_views import CoverageTargetViewSet
from .caching import coverage_changed


@hooks.register("register_admin_viewset")
def register_coverage_targets():
    return CoverageTargetViewSet()


@hooks.register("after_bulk_action")
def count_afresh_after_bulk_user_changes(request, action_type, objects, action_class_instance):
    # Wagtail's bulk "set active state" and "delete" on users write with a queryset update, which sends no
    # signal: the dashboard counts afresh instead.
    if action_class_instance.model is get_user_model():
        coverage_changed()
