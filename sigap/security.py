"""The security headers Django 5.2 does not write itself: Content-Security-Policy and Permissions-Policy.

Django's SecurityMiddleware already sends nosniff, Referrer-Policy and Cross-Origin-Opener-Policy, and
XFrameOptionsMiddleware sends X-Frame-Options; this adds the rest, on every response in every environment, so
that the browser journeys (tests/e2e) run under the same policy production sends.

Why a small middleware rather than django-csp: Sigap's policy is one fixed list of sources with no nonce
(no page, Wagtail's admin included, runs an inline script or style; see ``sigap/templates/wagtailadmin/``
and ``js/admin-init.js``), so a dependency would bring nothing but its own settings format. The setting
here, ``SECURE_CSP``, has the shape Django 6.0's built-in CSP reads (directive name → list of sources), so
the upgrade swaps this middleware for ``django.middleware.csp.ContentSecurityPolicyMiddleware`` and keeps
the policy; only frame-ancestors, which this middleware derives from X-Frame-Options, then needs a
per-view override for Wagtail's preview. https://docs.djangoproject.com/en/6.0/ref/csp/
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from django.conf import settings
from django.http import HttpRequest, HttpResponse

CSP_HEADER = "Content-Security-Policy"
PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def csp_header_value(
    directives: Mapping[str, Iterable[str] | bool], *, frame_ancestors: str
) -> str:
    """``default-src 'self'; img-src 'self' data:; …`` from the setting's mapping.

    ``frame-ancestors``, unless the setting names it, follows the response's X-Frame-Options (see
    ``frame_ancestors_for``): one decision about framing, made where Django and Wagtail already make it.
    A directive set to ``True`` is written without sources (``upgrade-insecure-requests``); ``False`` or
    an empty list leaves it out.
    """
    parts = []
    for name, sources in {"frame-ancestors": [frame_ancestors], **directives}.items():
        if sources is True:
            parts.append(name)
        elif sources:
            parts.append(" ".join([name, *sources]))
    return "; ".join(parts)


def frame_ancestors_for(response: HttpResponse) -> str:
    """Wagtail's preview views answer with X-Frame-Options: SAMEORIGIN, because the page editor shows the
    preview in an iframe of its own; every other response says DENY (Django's default). A response without
    the header is framed by nobody either: Sigap has no page meant to be embedded elsewhere."""
    if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
        return "'self'"
    return "'none'"


def permissions_policy_header_value(features: Mapping[str, Iterable[str]]) -> str:
    """``camera=(), geolocation=()``: each feature with the origins allowed to use it, none when empty."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in features.items())


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response that has none of its own.

    A view may send a stricter policy itself: Wagtail's document view sends ``default-src 'none'`` so a
    downloaded file can never run anything, and that header is kept.

    Django's debug pages (``DEBUG = True`` only, never in production) are built with inline CSS and
    JavaScript; when a view raised, the page that shows the traceback goes out without a policy so the
    developer can read it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # A policy this middleware wrote earlier is written again: Wagtail renders a preview by passing a
        # request through the whole middleware stack inside the preview view, which marks the response
        # SAMEORIGIN only afterwards, on its way out.
        ours = getattr(response, "_sigap_csp", False)
        debug_page = getattr(request, "_sigap_debug_page", False)
        if (ours or CSP_HEADER not in response) and not debug_page:
            response[CSP_HEADER] = csp_header_value(
                settings.SECURE_CSP, frame_ancestors=frame_ancestors_for(response)
            )
            response._sigap_csp = True
        if PERMISSIONS_POLICY_HEADER not in response:
            response[PERMISSIONS_POLICY_HEADER] = permissions_policy_header_value(
                settings.PERMISSIONS_POLICY
            )
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if settings.DEBUG:
            request._sigap_debug_page = True
