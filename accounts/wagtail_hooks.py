"""The Ministry assigns regional coordinators in the Wagtail admin (Snippets → Regional coordinators)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CoordinatorScope
from .roles import COORDINATOR
from .services import coordinator_sync, role_remove


class CoordinatorScopeViewSet(SnippetViewSet):
    model = CoordinatorScope
    icon = "globe"
    menu_label = _("Regional coordinators")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["user", "province", "regency"]
    list_filter = ["province"]
    search_fields = ["user__email", "user__profile__full_name"]
    panels = [FieldPanel("user"), FieldPanel("province"), FieldPanel("regency")]


register_snippet(CoordinatorScopeViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def give_coordinator_role(request, instance):
    if isinstance(instance, CoordinatorScope):
        coordinator_sync(scope=instance)


@hooks.register("after_delete_snippet")
def take_coordinator_role(request, instances):
    for instance in instances:
        if isinstance(instance, CoordinatorScope):
            role_remove(user=instance.user, role=COORDINATOR)
