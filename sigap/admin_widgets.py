"""Wagtail's admin under a Content-Security-Policy without 'unsafe-inline'.

Wagtail 8 still starts a few widgets with an inline ``<script>`` (wagtail/wagtail#1288, #12940): choosers
rendered in an ordinary form (a course's cover image, the pages of a workflow), date and time pickers and
inline panels. Sigap's policy refuses inline scripts, so each of them writes a hidden marker instead, with
the same call as data, and ``js/admin-init.js`` (on every admin page) makes the call when the marker enters
the page, whether while the page loads, when a panel adds a form or when a dialog opens. The templates are
overridden in ``sigap/templates/wagtailadmin/``; choosers build their script in Python, so ``install``
replaces ``BaseChooser.render`` here.

Draftail, the rich-text editor, writes two ``<style>`` elements. One numbers nested lists and never
changes: the policy allows it by its hash (``SECURE_CSP["style-src"]``). The other shows the hint
"Write something or type ‘/’…" in the focused paragraph and changes as the caret moves, which no hash can
follow; ``DraftailRichTextArea`` turns that hint off, which leaves the element empty (allowed by the hash of
the empty string), and ``css/admin.css`` shows the same hint from the admin's own stylesheet.
"""

from __future__ import annotations

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from wagtail.admin.rich_text import DraftailRichTextArea as WagtailDraftailRichTextArea
from wagtail.admin.widgets import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser


def starter_marker(start: str, options: object) -> SafeString:
    """``<span hidden data-sigap-start=… data-sigap-options=…>``: what admin-init.js starts."""
    return format_html(
        '<span hidden data-sigap-start="{}" data-sigap-options="{}"></span>',
        start,
        json.dumps(options),
    )


def _chooser_starter(widget: BaseChooser, id_: str, name: str, value_data) -> SafeString | None:
    """The marker for the call Wagtail's ``render_js_init`` would write, if Sigap knows that call."""
    render_js_init = type(widget).render_js_init
    if render_js_init is BaseChooser.render_js_init:  # `new PageChooser(id, options)` and its kin
        return starter_marker(
            "chooser",
            {
                "constructor": widget.js_constructor,
                "args": [id_, widget.get_js_init_options(id_, name, value_data)],
            },
        )
    if render_js_init is AdminTaskChooser.render_js_init:  # `createTaskChooser(id)`
        return starter_marker("task-chooser", {"args": [id_]})
    return None


_wagtail_chooser_render = BaseChooser.render


def _render_chooser(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render with the starting call as a marker instead of an inline <script>.

    A chooser whose script Sigap does not know keeps Wagtail's rendering: the policy refuses its script,
    and the browser journeys, which fail on any refusal, say which one.
    """
    id_ = (attrs or {}).get("id")
    if not id_:
        return _wagtail_chooser_render(self, name, value, attrs, renderer)
    try:
        value_data = self.get_value_data(value)
    except (TypeError, ValueError):
        # A posted value that is no id at all (`cover_image=g`): Wagtail would fail looking it up while
        # the form is shown again with its error; the chooser shows nothing chosen, the form says why.
        value_data = self.get_value_data(None)
    marker = _chooser_starter(self, id_, name, value_data)
    if marker is None:
        return _wagtail_chooser_render(self, name, value, attrs, renderer)
    # render_html is Wagtail's own template, rendered with autoescaping, as in BaseChooser.render.
    return mark_safe(self.render_html(name, value_data, attrs)) + marker


def install() -> None:
    """Called once from SigapConfig.ready()."""
    BaseChooser.render = _render_chooser


class DraftailRichTextArea(WagtailDraftailRichTextArea):
    """Wagtail's Draftail editor without its per-paragraph hint, so it writes no changing <style>.

    Selected with WAGTAILADMIN_RICH_TEXT_EDITORS; the options reach the editor both in ordinary forms and
    in StreamField blocks, which Wagtail builds from the same widget.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.options["placeholder"] = ""
