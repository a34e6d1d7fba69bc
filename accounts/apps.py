from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = _("Accounts and regions")

    def ready(self):
        # Role changes are recorded wherever they come from (accounts/audit.py).
        from . import audit

        audit.connect()


class SigapUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with Sigap's user admin (accounts/admin_users.py)."""

    user_viewset = "accounts.admin_users.UserViewSet"
