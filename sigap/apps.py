from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigapConfig(AppConfig):
    name = "sigap"
    verbose_name = _("Sigap site")

    def ready(self):
        # Wagtail's choosers start with an inline <script>, which the Content-Security-Policy refuses.
        from .admin_widgets import install

        install()
