"""Admin for the snippets lessons cite: Regulations and Glossary terms, grouped under "Course library"."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Enrolment, GlossaryTerm, Regulation


class RegulationViewSet(SnippetViewSet):
    model = Regulation
    icon = "doc-full"
    menu_label = _("Regulations")
    list_display = ["short_name", "title_id", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["short_name", "title_id", "title_en"]
    ordering = ["kind", "-year"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "gloss_en"]
    search_fields = ["term", "gloss_en", "definition"]


class CourseLibraryGroup(SnippetViewSetGroup):
    menu_label = _("Course library")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (RegulationViewSet, GlossaryTermViewSet)


register_snippet(CourseLibraryGroup)


@hooks.register("before_delete_page")
def keep_courses_with_members(request, page):
    """Training history must outlive the course page: unpublish instead (Enrolment.course is PROTECT)."""
    if Enrolment.objects.filter(course__path__startswith=page.path).exists():
        messages.error(
            request,
            _(
                "Members are enrolled in this course, so it cannot be deleted. Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_courses_with_members_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    paths = [getattr(obj, "path", None) for obj in objects]
    if any(
        path and Enrolment.objects.filter(course__path__startswith=path).exists() for path in paths
    ):
        messages.error(
            request,
            _(
                "Members are enrolled in one of these courses, so it cannot be deleted. Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_explore_root")
    return None
