"""Two-factor sign-in is required for staff roles.

allauth.mfa lets anyone turn on TOTP but has no switch to require it (allauth issue #3649), so this middleware
sends a staff member without an active authenticator to the TOTP set-up page, leaving them only the pages that
set-up needs (allauth's account and MFA pages, the language switcher).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled

from .roles import LEARNER
from .scoping import role_names

ALLOWED_URL_NAMES = {"set_language", "healthz", "regency_options"}
ALLOWED_URL_PREFIXES = ("account_", "mfa_")


def requires_mfa(user) -> bool:
    """Anyone with more than the learner role: the staff roles, superusers, and any group an operator adds."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or bool(role_names(user) - {LEARNER})


class StaffMFARequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(settings, "SIGAP_MFA_REQUIRED_FOR_STAFF", True):
            return None
        match = request.resolver_match
        name = match.url_name if match else None
        if name and (name in ALLOWED_URL_NAMES or name.startswith(ALLOWED_URL_PREFIXES)):
            return None
        user = request.user
        if not requires_mfa(user) or is_mfa_enabled(user, [Authenticator.Type.TOTP]):
            return None
        messages.warning(
            request,
            _("Your role needs two-factor sign-in. Set up an authenticator app to continue."),
        )
        return redirect("mfa_activate_totp")
