"""Sigap's saving views read forms only: a POST with any other body is refused, never read as an empty form.

Django parses only ``application/x-www-form-urlencoded`` and ``multipart/form-data`` bodies into
request.POST; for JSON, plain text or no body at all, request.POST is simply empty. A view that saves what
the form says (a quiz answer, a reflection, a profile) would then save "nothing chosen" over the member's
answer. ``FormPostsOnlyMiddleware`` answers such a POST to any of Sigap's own views 415 Unsupported Media
Type before the view runs: JSON with a translated ``error`` for the views that answer JSON (marked with
``answers_json``, the quiz autosave that site/static/js/quiz.js calls), the site's error page otherwise.

One rule in one place rather than a check in each view, so a saving view added later is covered too.
Wagtail's admin and allauth keep their own handling: their views are not Sigap's (allauth's forms refuse an
empty post with field errors), and the admin's own scripts post in ways of their own.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
#: The top-level packages whose views are Sigap's (see STYLE.md, Layout).
SIGAP_PACKAGES = {"sigap", "accounts", "courses", "quizzes", "certificates", "coverage"}


def answers_json(view):
    """Marks a view whose callers read JSON: a refused body is answered in JSON too."""
    view.answers_json = True
    return view


def is_sigap_view(request, view_func) -> bool:
    if view_func.__module__.partition(".")[0] not in SIGAP_PACKAGES:
        return False
    return not request.path_info.startswith(reverse("wagtailadmin_home"))


class FormPostsOnlyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.content_type in FORM_CONTENT_TYPES:
            return None
        if not is_sigap_view(request, view_func):
            return None
        if getattr(view_func, "answers_json", False):
            error = _(
                "This was not sent as a form, so nothing was saved. Reload the page and try again."
            )
            return JsonResponse({"saved": False, "error": error}, status=415)
        return render(request, "400.html", status=415)
