"""Wagtail's user admin, tightened for Sigap.

The Ministry gives the Trainer and Ministry roles in *Settings → Users*. Wagtail's stock admin would also let
anyone with ``change_user``
- tick "Administrator" (superuser), edit or deactivate a superuser: only superusers may do that here, in the
  single-user forms and in bulk actions alike (accounts/wagtail_hooks.py guards the bulk ones);
- change someone's e-mail without verification, a path to taking over their account through a password reset:
  the e-mail is read-only here and changes only through allauth, which verifies the new address first;
- tick "Regional coordinator" with no region behind it: that role follows the *Regional coordinators* entries.
First and last name are optional because members sign up with an e-mail address only.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from .roles import COORDINATOR


class SigapUserFormMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False
        groups = self.fields.get("groups")
        if groups is not None:
            groups.queryset = groups.queryset.exclude(name=COORDINATOR)
            groups.help_text = _(
                "Regional coordinators are assigned under “Regional coordinators”."
            )


class SigapUserEditForm(SigapUserFormMixin, UserEditForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].disabled = True
        self.fields["email"].help_text = _(
            "Members change their e-mail address themselves, with verification."
        )


class SigapUserCreationForm(SigapUserFormMixin, UserCreationForm):
    pass


class SuperuserFieldMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class CreateView(SuperuserFieldMixin, users.CreateView):
    pass


class EditView(SuperuserFieldMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return SigapUserEditForm if for_update else SigapUserCreationForm
