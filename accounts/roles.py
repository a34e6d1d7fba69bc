"""The four roles, as Django groups, and the permissions each carries.

The groups are created by a data migration (accounts/migrations/0003_roles.py) that calls ``ensure_roles``;
later apps add their own permissions to these groups in their own migrations (courses: page permissions on
the catalogue, the review workflow and the course library snippets).
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

# Roles whose groups carry wagtailadmin.access_admin: only they reach the Wagtail admin.
ADMIN_ROLES = frozenset({TRAINER, MINISTRY})

# Model permissions, as (app_label, codename).
ROLE_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    LEARNER: [],
    TRAINER: [("wagtailadmin", "access_admin")],
    COORDINATOR: [],
    MINISTRY: [
        ("wagtailadmin", "access_admin"),
        ("sigap", "change_sitesettings"),
        ("accounts", "view_user"),
        ("accounts", "change_user"),
        ("accounts", "add_coordinatorscope"),
        ("accounts", "change_coordinatorscope"),
        ("accounts", "delete_coordinatorscope"),
        ("accounts", "view_coordinatorscope"),
    ],
}

# Images and documents are permitted per collection in Wagtail: these apply to the root collection.
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
COLLECTION_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    TRAINER: MEDIA_PERMISSIONS,
    MINISTRY: MEDIA_PERMISSIONS,
}


def can_use_admin(user) -> bool:
    """Whether the user reaches the Wagtail admin, from the role groups already loaded (no extra query)."""
    from .scoping import role_names

    return user.is_authenticated and (user.is_superuser or bool(role_names(user) & ADMIN_ROLES))


def _permission(permission_model, app_label: str, codename: str):
    return permission_model.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_roles(apps) -> None:
    """Create the role groups with exactly the permissions above (idempotent). ``apps``: a model registry."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    collection_model = apps.get_model("wagtailcore", "Collection")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = collection_model.objects.filter(depth=1).first()
    for role, perms in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        group.permissions.set([_permission(permission_model, *perm) for perm in perms])
        for perm in COLLECTION_PERMISSIONS.get(role, []):
            collection_permission_model.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(permission_model, *perm),
            )
