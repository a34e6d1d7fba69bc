from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoverageConfig(AppConfig):
    name = "coverage"
    verbose_name = _("Training coverage")

    def ready(self) -> None:
        from . import caching  # noqa: F401  (connects the receivers that keep the dashboard fresh)
