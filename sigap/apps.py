from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigapConfig(AppConfig):
    name = "sigap"
    verbose_name = _("Sigap site")
