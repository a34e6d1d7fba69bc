from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigapConfig(AppConfig):
    name = "sigap"
    verbose_name = _("Sigap site")

    def ready(self):
        # Wagtail's choosers start with an inline <script>, which the Content-Security-Policy refuses.
        from .admin_widgets import install

        install()

        # An id too large for its column finds nothing (a 404, "no such choice"), not a database error.
        from .lookups import install as install_lookups

        install_lookups()

        # Wagtail's CSV exports (the audit trail, its reports) would leave formulas in members' text.
        from .exports import guard_wagtail_exports

        guard_wagtail_exports()
