"""Admin wiring for accounts: regional coordinators (a snippet the Ministry manages), user-admin guards and
the audit trail (its report registers its own URLs and menu item: accounts/admin_audit.py)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.auth import permission_required
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from allauth.account.models import EmailAddress

from . import (
    admin_audit,  # noqa: F401
    audit,
)
from .models import CoordinatorScope, User
from .privacy import ACCOUNT_DELETED
from .services import coordinator_roles_sync


class CoordinatorScopeChooserViewSet(SnippetChooserViewSet):
    """Wagtail opens a snippet's chooser to everyone with admin access; this one lists coordinators with
    their e-mail addresses, so it asks for the right to see them (trainers have none)."""

    def get_urlpatterns(self):
        return decorate_urlpatterns(
            super().get_urlpatterns(), permission_required("accounts.view_coordinatorscope")
        )


class CoordinatorScopeViewSet(SnippetViewSet):
    model = CoordinatorScope
    chooser_viewset_class = CoordinatorScopeChooserViewSet
    icon = "globe"
    menu_label = gettext_lazy("Regional coordinators")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["user", "province", "regency"]
    list_filter = ["province"]
    search_fields = ["user__email", "user__profile__full_name"]
    panels = [FieldPanel("user"), FieldPanel("province"), FieldPanel("regency")]


register_snippet(CoordinatorScopeViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def sync_coordinator_role(request, instance_or_instances):
    instances = (
        instance_or_instances
        if isinstance(instance_or_instances, list)
        else [instance_or_instances]
    )
    if any(isinstance(instance, CoordinatorScope) for instance in instances):
        coordinator_roles_sync()


@hooks.register("after_edit_user")
def keep_coordinator_role(request, user):
    coordinator_roles_sync()


@hooks.register("after_create_user")
def record_email_for_allauth(request, user):
    # allauth signs people in by their EmailAddress record; the new member verifies it at first sign-in.
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"primary": True, "verified": False}
    )


@hooks.register("before_bulk_action")
def protect_superusers_from_bulk_actions(request, action_type, objects, action_class_instance):
    if request.user.is_superuser or getattr(action_class_instance, "model", None) is not User:
        return None
    if any(getattr(obj, "is_superuser", False) for obj in objects):
        messages.error(request, _("Only administrators can change administrator accounts."))
        return redirect("wagtailusers_users:index")
    return None


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    # The entry carries the account's id only (accounts/privacy.py); the ministry's audit report lists it.
    actions.register_action(
        ACCOUNT_DELETED,
        gettext_lazy("Delete own account"),
        gettext_lazy("A member deleted their own account; their certificates were withdrawn"),
    )


@hooks.register("register_log_actions")
def register_audit_log_actions(actions):
    audit.register_log_actions(actions)
