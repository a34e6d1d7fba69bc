"""The Ministry sets coverage targets in the admin (coverage/wagtail_hooks.py): add, change, delete and view.
Added to the role group beside what accounts/roles.py gives it, as certificates/migrations/0002_roles.py does.
Seeing the dashboard itself follows the region scope (accounts/scoping.py), not a model permission."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "add_coveragetarget",
    "change_coveragetarget",
    "delete_coveragetarget",
    "view_coveragetarget",
]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Model permissions are normally created after all migrations ran; the role needs them now.
    coverage_app = apps.get_app_config("coverage")
    coverage_app.models_module = True
    create_permissions(coverage_app, apps=apps, verbosity=0)
    coverage_app.models_module = None
    group = Group.objects.filter(name="Ministry").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="coverage", codename__in=CODENAMES)
        )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Ministry").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="coverage", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("coverage", "0001_initial"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
