"""Wagtail's user admin, tightened for Sigap.

The Ministry manages people's roles in *Settings → Users*. Wagtail's stock forms would let anyone with
``change_user`` tick "Administrator" (superuser) or edit a superuser's e-mail, which is a path to taking over the
operator's account; here only superusers see that box or edit superusers. First and last name are optional
because members sign up with an e-mail address only (their certificate name lives on the profile).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users


class SigapUserEditForm(UserEditForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False


class SigapUserCreationForm(UserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False


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
