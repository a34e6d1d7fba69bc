"""The four roles, as Django groups, and the permissions each carries.

The groups are created by a data migration (accounts/migrations/0003_roles.py) that calls ``ensure_roles``;
later apps add their own permissions to these groups in their own migrations.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LEARNER = "Learner"
TRAINER = "Trainer"
COORDINATOR = "Regional coordinator"
MINISTRY = "Ministry"

ROLE_LABELS = {
    LEARNER: _("Learner"),
    TRAINER: _("Trainer"),
    COORDINATOR: _("Regional coordinator"),
    MINISTRY: _("Ministry"),
}

# Roles that handle other people's data or publish content: they must use two-factor sign-in.
STAFF_ROLES = frozenset({TRAINER, COORDINATOR, MINISTRY})

# (app_label, codename) pairs. Only Trainer and Ministry reach the Wagtail admin.
ROLE_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    LEARNER: [],
    TRAINER: [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    COORDINATOR: [],
    MINISTRY: [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("sigap", "change_sitesettings"),
        ("accounts", "view_user"),
        ("accounts", "change_user"),
        ("accounts", "add_coordinatorscope"),
        ("accounts", "change_coordinatorscope"),
        ("accounts", "delete_coordinatorscope"),
        ("accounts", "view_coordinatorscope"),
    ],
}


def ensure_roles(group_model, permission_model) -> None:
    """Create the role groups and give each exactly the permissions listed above (idempotent)."""
    for role, perms in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        wanted = [
            permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in perms
        ]
        group.permissions.add(*wanted)


# Roles whose groups carry wagtailadmin.access_admin (see ROLE_PERMISSIONS).
ADMIN_ROLES = frozenset({TRAINER, MINISTRY})
