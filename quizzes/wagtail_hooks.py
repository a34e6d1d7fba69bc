"""Admin wiring for quizzes: the "Quiz analytics" menu item and its pages, a link to them from each quiz
page's header and its row in the page listing (Wagtail's register_page_header_buttons and
register_page_listing_more_buttons hooks: https://docs.wagtail.org/en/stable/reference/hooks.html), and a guard
that keeps quizzes members have taken (their attempts must outlive the page: unpublish instead)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views
from .models import QuizPage
from .selectors import attempts_exist_under


class QuizAnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_quiz_analytics(request.user)


@hooks.register("register_admin_urls")
def register_quiz_analytics_urls():
    return [path("quiz-analytics/", include(admin_views, namespace="quiz_analytics"))]


@hooks.register("register_admin_menu_item")
def register_quiz_analytics_menu_item():
    return QuizAnalyticsMenuItem(
        _("Quiz analytics"),
        reverse("quiz_analytics:index"),
        name="quiz-analytics",
        icon_name="table",
        order=260,
    )


def _analytics_button(page, user, priority: int):
    # page.specific_class reads the page's content type from the cache: no query per listed page.
    if issubclass(
        page.specific_class or type(page), QuizPage
    ) and admin_views.can_view_quiz_analytics(user):
        yield Button(
            _("Quiz analytics"),
            reverse("quiz_analytics:quiz", args=[page.pk]),
            icon_name="table",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def quiz_analytics_header_button(page, user, view_name, next_url=None):
    yield from _analytics_button(page, user, priority=90)


@hooks.register("register_page_listing_more_buttons")
def quiz_analytics_listing_button(page, user, next_url=None):
    yield from _analytics_button(page, user, priority=90)


@hooks.register("before_delete_page")
def keep_quizzes_with_attempts(request, page):
    if attempts_exist_under(page.path):
        messages.error(
            request,
            _(
                "Members have taken a quiz on this page, so it cannot be deleted. Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_quizzes_with_attempts_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    if any(attempts_exist_under(obj.path) for obj in objects if getattr(obj, "path", None)):
        messages.error(
            request,
            _(
                "Members have taken a quiz on one of these pages, so it cannot be deleted. Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_explore_root")
    return None
