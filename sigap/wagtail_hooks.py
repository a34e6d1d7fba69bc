"""Admin wiring for the site as a whole: what lets Wagtail's admin run under the Content-Security-Policy."""

from __future__ import annotations

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_js")
def start_widgets_without_inline_scripts():
    """Starts Wagtail's choosers, date pickers and inline panels from markers (sigap/admin_widgets.py)."""
    return format_html('<script src="{}"></script>', static("js/admin-init.js"))


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
