"""Trainers and the Ministry manage certificates in the admin (certificates/admin_views.py): they edit templates
(add, change, view; deleting one is left to superusers), see every issued certificate (view) and revoke,
re-issue or regenerate them (change: there is no edit form for a certificate). Added to the role groups
beside what accounts/roles.py gives them, as courses/migrations/0002_authoring.py does."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMISSIONS = {
    role: [
        "add_certificatetemplate",
        "change_certificatetemplate",
        "view_certificatetemplate",
        "change_certificate",
        "view_certificate",
    ]
    for role in ("Trainer", "Ministry")
}


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Model permissions are normally created after all migrations ran; the roles need them now.
    certificates_app = apps.get_app_config("certificates")
    certificates_app.models_module = True
    create_permissions(certificates_app, apps=apps, verbosity=0)
    certificates_app.models_module = None
    for role, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="certificates", codename__in=codenames)
        )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="certificates", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
