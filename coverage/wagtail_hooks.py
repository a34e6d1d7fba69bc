"""Admin wiring for coverage: the Ministry's coverage targets (coverage/admin_views.py), with their CSV import
and download, under /admin/coverage/targets/."""

from wagtail import hooks

from .admin_views import CoverageTargetViewSet


@hooks.register("register_admin_viewset")
def register_coverage_targets():
    return CoverageTargetViewSet()
