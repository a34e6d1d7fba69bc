"""Admin for the snippets lessons cite: Regulations and Glossary terms, grouped under "Course library"."""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .context_processors import CACHE_KEY as CATALOGUE_URL_CACHE_KEY
from .models import CourseIndexPage, GlossaryTerm, Regulation


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


@hooks.register("after_publish_page")
@hooks.register("after_unpublish_page")
@hooks.register("after_move_page")
def forget_catalogue_url(request, page, *args):
    if isinstance(page.specific_deferred, CourseIndexPage):
        cache.delete(CATALOGUE_URL_CACHE_KEY)
