"""Admin wiring for certificates. Each admin module registers its own hooks when imported:
admin_views (templates, the certificate list, revoke, re-issue, regenerate, downloads) and classroom_views
(issuing for a classroom training from an attendance list)."""

from . import admin_views, classroom_views  # noqa: F401
