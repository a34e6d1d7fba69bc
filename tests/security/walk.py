"""Every URL pattern of the site, found by walking Django's resolver, and a concrete URL for each.

``url_patterns()`` lists them all (Sigap's apps, allauth, the Wagtail admin, documents, page serving …), each
with its full route, its URL name and the names of its arguments. ``concrete_urls()`` turns one into the
URLs the walk requests, with arguments that point at the world's objects (tests/security/world.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RegexPattern, RoutePattern

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Site, Task, Workflow

from .world import MEMBER_PROVINCE, MEMBER_REGENCY, World


@dataclass(frozen=True)
class Pattern:
    route: str  # the full route as written in the URLconfs, e.g. "admin/pages/<int:page_id>/edit/"
    name: str | None  # "namespace:name", or None for an unnamed pattern
    arguments: tuple[str, ...]  # named arguments, from every level of the route
    positional: bool  # a regex with unnamed groups, so reverse() cannot build it from names
    view: Callable

    @property
    def label(self) -> str:
        return f"{self.name or '(unnamed)'} [{self.route}]"

    @property
    def model(self):
        """The model a Wagtail viewset view works on, if it says (its ``pk`` argument is one of these)."""
        model = getattr(self.view, "view_initkwargs", {}).get("model") or getattr(
            getattr(self.view, "view_class", None), "model", None
        )
        if isinstance(model, str):
            model = apps.get_model(model)
        return model if isinstance(model, type) else None


def _arguments(pattern) -> tuple[tuple[str, ...], bool]:
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters), False
    if isinstance(pattern, RegexPattern):
        regex = pattern.regex
        return tuple(regex.groupindex), regex.groups > len(regex.groupindex)
    return (), False


def _walk(
    patterns, prefix: str, namespaces: tuple[str, ...], arguments: tuple[str, ...], positional
):
    for entry in patterns:
        names, unnamed = _arguments(entry.pattern)
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            namespace = (entry.namespace,) if entry.namespace else ()
            yield from _walk(
                entry.url_patterns,
                route,
                namespaces + namespace,
                arguments + names,
                positional or unnamed,
            )
        elif isinstance(entry, URLPattern):
            name = ":".join((*namespaces, entry.name)) if entry.name else None
            yield Pattern(route, name, arguments + names, positional or unnamed, entry.callback)


def url_patterns() -> list[Pattern]:
    return list(_walk(get_resolver().url_patterns, "/", (), (), False))


# Concrete URLs ---------------------------------------------------------------------------------------------


class NoURL(LookupError):
    """The walk does not know how to fill in this pattern's arguments."""


def _arguments_by_name(world: World) -> dict[str, object]:
    """What each argument name stands for, unless ``_by_pattern`` says otherwise for a pattern."""
    course = world.course
    return {
        "page_id": course.pk,
        "parent_page_id": course.pk,
        "page_to_move_id": course.pk,
        "destination_id": course.get_parent().pk,
        "page_pk": course.pk,
        "revision_id": course.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "image_id": world.image.pk,
        "document_id": world.document.pk,
        "doc_id": world.document.pk,
        "quiz_id": world.quiz.pk,
        "course_id": course.pk,
        "lesson_id": world.lesson.pk,
        "attempt_id": world.attempt.pk,
        "number": 1,
        "code": world.certificate.code,
        "template_pk": world.template.pk,
        "task_state_id": world.in_review.pk,
        "workflow_state_id": world.in_review.workflow_state_id,
        "task_id": world.in_review.task_id,
        "action_name": "approve",
        "app_label": "courses",
        "model_name": "coursepage",
        "app_name": "courses",
        "content_type_app_name": "courses",
        "content_type_model_name": "coursepage",
        "province_code": MEMBER_PROVINCE,
        "fmt": "csv",
        "filter_spec": "original",
        "collection_id": world.objects[Collection].pk,
        "redirect_id": world.objects[Redirect].pk,
        "workflow_pk": world.objects[Workflow].pk,
        "object_id": course.pk,
        "block_id": "no-such-block",
        "page_view_restriction_id": world.restriction.pk,
        # Uploads in progress, editing sessions, tokens and keys that do not exist: nobody may learn more
        # from them than "not found" (or a form that says the link is invalid).
        "uploaded_file_id": 999999,
        "session_id": 999999,
        "restriction_id": 999999,
        "uidb64": "MQ",
        "token": "set-password",
        "key": "no-such-key",
        "uidb36": "1",
    }


class Cases(dict):
    """A pattern's URLs given outright, by case name (the expectations may differ per case)."""


def _by_pattern(world: World) -> dict[str, dict[str, object] | Cases]:
    """Arguments for one pattern (by URL name, or by route for unnamed ones), or its URLs outright."""
    draft, in_review = world.draft, world.in_review
    site = world.objects[Site]
    workflow = world.objects[Workflow]
    task = world.objects[Task]
    in_workflow = {"page_id": draft.pk, "task_state_id": in_review.pk, "task_id": in_review.task_id}
    return {
        # Page serving: the pages a visitor can reach, one of each kind, plus a draft and a password page.
        "wagtail_serve": Cases(
            {
                "home": "/",
                "catalogue": world.course.get_parent().url,
                "course": world.course.url,
                "module": world.module.url,
                "lesson": world.lesson.url,
                "quiz": world.quiz.url,
                # Not live: its address is the one it would have.
                "draft": f"{world.course.get_parent().url}{draft.slug}/",
                "password-protected": world.restriction.page.url,
            }
        ),
        "wagtaildocs_serve": Cases(document=world.document.url),
        "/admin/^.*/$": Cases(unknown="/admin/no-such-admin-page/"),
        "wagtailadmin_api:pages:detail": {"pk": world.course.pk},
        "wagtailadmin_api:pages:action": {"pk": world.course.pk, "action_name": "copy"},
        "wagtailadmin_api:documents:detail": {"pk": world.document.pk},
        "wagtailadmin_api:images:detail": {"pk": world.image.pk},
        "wagtailadmin_pages:add": {"parent_page_id": world.course.get_parent().pk},
        "wagtailadmin_pages:preview_on_add": {"parent_page_id": world.course.get_parent().pk},
        "wagtailadmin_pages:revisions_compare": {"pk": world.course.pk},
        "wagtailadmin_pages:workflow_action": in_workflow,
        "wagtailadmin_pages:collect_workflow_action_data": in_workflow,
        "wagtailadmin_pages:confirm_workflow_cancellation": {"page_id": draft.pk},
        "wagtailadmin_pages:workflow_preview": in_workflow,
        "wagtailadmin_pages:workflow_history_detail": {
            "page_id": draft.pk,
            "workflow_state_id": in_review.workflow_state_id,
        },
        "wagtailadmin_workflows:enable": {"pk": workflow.pk},
        "wagtailadmin_workflows:disable": {"pk": workflow.pk},
        "wagtailadmin_workflows:edit": {"pk": workflow.pk},
        "wagtailadmin_workflows:usage": {"pk": workflow.pk},
        "wagtailadmin_workflows:usage_results": {"pk": workflow.pk},
        "wagtailadmin_workflows:edit_task": {"pk": task.pk},
        "wagtailadmin_workflows:disable_task": {"pk": task.pk},
        "wagtailadmin_workflows:enable_task": {"pk": task.pk},
        "wagtailadmin_workflows:add_task": {
            "app_label": "wagtailcore",
            "model_name": "groupapprovaltask",
        },
        "wagtailadmin_workflows:task_chosen": {"task_id": task.pk},
        "wagtailadmin_collections:edit": {"pk": world.objects[Collection].pk},
        "wagtailadmin_collections:delete": {"pk": world.objects[Collection].pk},
        "certificate_admin:revoke": {"pk": world.certificate.pk},
        "certificate_admin:reissue": {"pk": world.certificate.pk},
        "certificate_admin:pdf": {"pk": world.certificate.pk},
        "wagtailsettings:edit": {"app_name": "sigap", "model_name": "sitesettings", "pk": site.pk},
        "wagtailsettings:preview_on_edit": {
            "app_name": "sigap",
            "model_name": "sitesettings",
            "pk": site.pk,
        },
        "wagtail_bulk_action": {
            "app_label": "wagtailcore",
            "model_name": "page",
            "action": "delete",
        },
        "wagtailadmin_editing_sessions:ping": {
            "app_label": "courses",
            "model_name": "coursepage",
            "object_id": world.course.pk,
        },
        "certificates:renew": {"code": world.certificate.code},
        "coverage:region": {"code": MEMBER_PROVINCE},
        "coverage:region_export": {"code": MEMBER_PROVINCE},
        "coverage:members_export": {"code": MEMBER_REGENCY},
    }


def concrete_urls(pattern: Pattern, world: World) -> dict[str, str]:
    """The URLs to request for ``pattern``, by case name ("" when there is one); raises NoURL if the walk
    cannot fill in its arguments."""
    special = _by_pattern(world).get(pattern.name or pattern.route)
    if isinstance(special, Cases):
        return special
    if not pattern.arguments and not pattern.positional and "^" not in pattern.route:
        # No arguments: the route is the address (unnamed patterns included).
        return {"": pattern.route}
    if pattern.name is None or pattern.positional:
        raise NoURL(f"{pattern.label}: give its URLs in tests/security/walk.py _by_pattern()")
    by_name = _arguments_by_name(world)
    kwargs = {}
    for argument in pattern.arguments:
        if special and argument in special:
            kwargs[argument] = special[argument]
        elif argument == "pk" and pattern.model is not None:
            instance = world.instance_of(pattern.model)
            if instance is None:
                raise NoURL(f"{pattern.label}: the world has no {pattern.model.__name__}")
            kwargs[argument] = instance.pk
        elif argument in by_name:
            kwargs[argument] = by_name[argument]
        else:
            raise NoURL(f"{pattern.label}: no value for the argument {argument!r}")
    return {"": reverse(pattern.name, kwargs=kwargs)}


def resolves_to(url: str, pattern: Pattern) -> str | None:
    """None if ``url`` reaches ``pattern``; else the label of the earlier pattern that answers it."""
    match = resolve(urlsplit(url).path)
    route = "/" + match.route
    # Django drops the "^" that starts an included regex when it joins routes.
    if (
        route.replace("^", "") == pattern.route.replace("^", "")
        and (match.view_name if match.url_name else None) == pattern.name
    ):
        return None
    return f"{match.view_name if match.url_name else '(unnamed)'} [{route}]"
